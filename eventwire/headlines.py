"""Headlines the parser misreads: "Pakistan arrests opposition leader Imran Khan".

spaCy's small English model reads the present-tense verb of a headline as a plural noun
("arrests", "orders", "summons") or a noun modifier ("Kenya police fire tear gas"), and
the sentence is left with no verb at all, or with a noun taken for the verb after it
("Kenya's Ruto scraps finance bill": "finance"). A sentence with no verb, or one with no
stop at its end whose verb is also a noun and comes after a candidate, gets a second
parse of
a variant that puts "will" before one of its words, in that word's base form ("Pakistan
will arrest opposition leader Imran Khan"); when the variant reads the word as the root
verb with a subject, its parse (heads, labels, tags, parts of speech, lemmas) is copied
onto the sentence, and the word is tagged as the present verb it is. The text, the
tokens and so every offset stay the article's; "will" itself is left out, so the verb
is not made a future.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG

ATTRS = [HEAD, DEP, TAG, POS, LEMMA]
NOUN_TAGS = frozenset({"NNS", "NN", "VBZ", "VBP"})
"""Tags the parser gives a headline's verb: a plural or singular noun, or a verb."""
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
PLURAL_NOUNS = frozenset({"police", "people", "military", "militia", "staff", "clergy"})
"""Nouns a headline writes with a plural verb though spaCy tags them singular."""
PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "CCONJ", "NUM", "PART"})
MAX_TOKENS = 30
MAX_TRIES = 3
_WRAP = 2**64  # spaCy's arrays hold a head's relative offset as an unsigned integer

Parser = Callable[[str], Any]


@dataclass(frozen=True, slots=True)
class WordIndex:
    """The base forms of English verbs and adjectives (spaCy's lemmatizer tables)."""

    verbs: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()


def reparse_headlines(parse: Parser, doc: Any, words: WordIndex) -> Any:
    """The parsed ``doc`` with the verb of each misread headline found (in place)."""
    for sent in list(doc.sents):
        if _headline(sent):
            _reparse(parse, doc, sent, _candidates(sent, words))
        elif _unpunctuated(sent) and sent.root.lower_ in words.nouns:
            root = sent.root  # "Kenya's Ruto scraps finance bill": "finance" read as the verb
            _reparse(parse, doc, sent, [t for t in _candidates(sent, words) if t.i < root.i])
    return doc


def word_index(nlp: Any) -> WordIndex:
    """The verbs and adjectives of the spaCy pipeline's lemmatizer tables (none without)."""
    for name in ("eventwire_lemmatizer", "lemmatizer"):
        if name in nlp.pipe_names:
            tables = nlp.get_pipe(name).lookups
            if tables.has_table("lemma_index"):
                index = tables.get_table("lemma_index")
                return WordIndex(
                    verbs=frozenset(index.get("verb", ())),
                    adjectives=frozenset(index.get("adj", ())),
                    nouns=frozenset(index.get("noun", ())),
                )
    return WordIndex()


def _short_words(sent: Any) -> list[Any]:
    """The words of a sentence short enough to be a headline; none for a longer one."""
    words = [t for t in sent if not t.is_space]
    return words if 3 <= len(words) <= MAX_TOKENS else []


def _headline(sent: Any) -> bool:
    """Whether a sentence is short and the parser found no finite verb in it."""
    words = _short_words(sent)
    return bool(words) and not any(t.tag_ in FINITE_TAGS for t in words)


END_PUNCTUATION = frozenset({".", "?", "!", '"', "'", "\u201d", "\u2019", ":", ";"})


def _unpunctuated(sent: Any) -> bool:
    """Whether a short sentence ends with no stop, as a headline does."""
    words = _short_words(sent)
    return bool(words) and words[-1].text not in END_PUNCTUATION


def _candidates(sent: Any, words: WordIndex) -> list[Any]:
    """Words that may be the headline's verb: a verb's form after a noun or adjective, in
    the form its subject takes ("Israel strikes", "protesters storm", "police fire")."""
    found = [
        t
        for t in sent[1:]
        if t.tag_ in NOUN_TAGS
        and t.is_alpha
        and t.is_lower
        and t.lemma_ in words.verbs
        and _ends_a_subject(t.nbor(-1), words.adjectives)
        and _after_a_noun_phrase(t)
        and _agrees(t)
    ]
    return found[:MAX_TRIES]


def _ends_a_subject(word: Any, adjectives: Collection[str]) -> bool:
    """Whether a word can end a headline's subject: a noun, or an adjective that is no
    common adjective (a name the parser took for one: "Pakistan arrests")."""
    if word.pos_ in ("NOUN", "PROPN"):
        return True
    return word.pos_ == "ADJ" and word.lower_ not in adjectives


def _after_a_noun_phrase(word: Any) -> bool:
    """Whether only a noun phrase (or several, joined) stands before the word in its
    sentence, as a headline's subject does."""
    before = word.doc[word.sent.start : word.i]
    return all(t.pos_ in PHRASE_POS or t.text == "," for t in before)


def _agrees(word: Any) -> bool:
    """Whether a present verb's form fits its subject: "-s" after a singular noun, the base
    form after a plural ("rebels seize"), a word of many ("police fire") or subjects joined
    ("EU and UN hand over", "Japan, Philippines sign")."""
    before = word.doc[word.sent.start : word.i]
    last = word.nbor(-1)
    joined = any(t.lower_ in ("and", ",") for t in before)
    plural = last.tag_ in PLURAL_TAGS or last.lower_ in PLURAL_NOUNS or joined
    third_person = word.lower_ != word.lemma_ and word.lower_.endswith("s")
    return plural != third_person


def _reparse(parse: Parser, doc: Any, sent: Any, candidates: list[Any]) -> None:
    """Copy onto ``sent`` the parse of the first variant that reads a candidate as its verb."""
    for word in candidates:
        variant = parse(_variant_text(sent, word))
        at = word.i - sent.start
        if _reads_as_verb(variant, sent, at):
            _copy(doc, sent, variant, at)
            return


def _variant_text(sent: Any, word: Any) -> str:
    """The sentence with "will" and the base form in place of ``word``."""
    before = "".join(t.text_with_ws for t in sent[: word.i - sent.start])
    after = "".join(t.text_with_ws for t in sent[word.i - sent.start + 1 :])
    return f"{before}will {word.lemma_}{word.whitespace_}{after}"


def _reads_as_verb(variant: Any, sent: Any, at: int) -> bool:
    """Whether the variant has one more token than the sentence, one root, and that root
    the candidate's verb with a subject ("will" standing right before it)."""
    if len(variant) != len(sent) + 1:
        return False
    verb = variant[at + 1]
    roots = [t for t in variant if t.dep_ == "ROOT" and not t.is_space]
    subject = any(child.dep_ == "nsubj" for child in verb.children)
    return roots == [verb] and verb.pos_ == "VERB" and subject


def _copy(doc: Any, sent: Any, variant: Any, at: int) -> None:
    """Set the sentence's tokens to the variant's parse, "will" left out."""
    array = doc.to_array(ATTRS)
    present = doc.vocab.strings.add("VBZ" if sent[at].lower_.endswith("s") else "VBP")
    for j, token in enumerate(variant):
        if j == at:  # "will"
            continue
        i = sent.start + (j if j < at else j - 1)
        head = token.head.i
        head_i = sent.start + (head if head < at else at if head == at else head - 1)
        tag = present if j == at + 1 else token.tag
        array[i] = [(head_i - i) % _WRAP, token.dep, tag, token.pos, token.lemma]
    doc.from_array(ATTRS, array)
