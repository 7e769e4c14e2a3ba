"""The language gate: eventwire's lexicons and models are English, so other languages are
skipped with a reason instead of being mis-coded.

English news is dense in a few function words ("the", "of", "and", "to"...): a third or
more of its words. Text in another language, or in another script, has almost none.
"""

from __future__ import annotations

import re

from eventwire.datatypes import Document
from eventwire.errors import Skip

ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "that",
        "is",
        "was",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "it",
        "his",
        "her",
        "their",
        "its",
        "be",
        "been",
        "has",
        "have",
        "had",
        "are",
        "were",
        "said",
        "not",
        "but",
        "an",
        "this",
        "which",
        "who",
        "will",
        "would",
        "or",
        "they",
        "he",
        "she",
        "we",
        "also",
        "after",
        "over",
        "into",
        "than",
        "more",
        "about",
        "up",
        "out",
    ]
)
_WORD = re.compile(r"\w+")
# Below this share of English function words, a text of MIN_WORDS or more is not English.
THRESHOLD = 0.07
MIN_WORDS = 25


def english_share(text: str) -> tuple[float, int]:
    """The share of English function words among the text's words, and the word count."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0, 0
    return sum(word in ENGLISH_FUNCTION_WORDS for word in words) / len(words), len(words)


def english_only(doc: Document) -> Document:
    """Stage ``language.english.v1``: skip an article that is not in English."""
    share, words = english_share(doc.article.text)
    if words >= MIN_WORDS and share < THRESHOLD:
        raise Skip(
            "not-english",
            f"only {share:.0%} of its {words} words are common English words; eventwire codes "
            "English news (remove language.english.v1 from [pipeline] stages to force it)",
        )
    return doc
