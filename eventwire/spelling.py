"""British spellings, and names, the parser reads less well, as ones of the same length.

spaCy's small English model was trained on American news: "Trump recognises Jerusalem"
parses "recognises" as a plural noun, "Trump recognizes Jerusalem" as the verb. The parser
is given the American spelling; the swap keeps every character offset (-ise/-yse and
-ize/-yze are as long), so mentions and evidence still point into the article's own text.
"""

from __future__ import annotations

import re

IZE_STEMS = frozenset(
    {
        *("recogn", "critic", "apolog", "mobil", "demobil", "organ", "author", "legal"),
        *("normal", "stabil", "destabil", "privat", "national", "militar", "demilitar"),
        *("neutral", "final", "formal", "priorit", "emphas", "summar", "sympath", "real"),
        *("util", "jeopard", "scrutin", "maxim", "minim", "penal", "character", "categor"),
        *("modern", "democrat", "harmon", "symbol", "subsid", "hospital", "terror"),
        *("traumat", "radical", "polar", "criminal", "decriminal", "marginal", "capital"),
        *("public", "patron", "agon", "colon", "energ", "fertil", "global", "industrial"),
        *("memorial", "revital", "standard", "weapon", "western", "antagon", "ostrac"),
        *("victim", "monopol", "central", "decentral", "vandal", "pressur", "demon"),
        *("international", "institutional", "legitim", "equal", "optim", "custom"),
        *("familiar", "immun", "liberal", "local", "politic", "sensit", "social"),
        *("special", "synchron", "theor", "visual", "urban", "digit", "galvan"),
    }
)
"""Stems whose British "-ise" verb is spelt "-ize" in American English ("recognise",
"mobilise"); not "promise", "exercise", "advise", "comprise", "surprise"."""

_ISE = re.compile(r"\b([A-Za-z]+?)is(e|es|ed|ing|ation|ations)\b")
_YSE = re.compile(r"\b(anal|paral|catal)ys(e|es|ed|ing)\b", re.IGNORECASE)


def for_the_parser(text: str) -> str:
    """The text with British "-ise"/"-yse" verbs spelt "-ize"/"-yze", and names the parser
    takes for words swapped for names it knows: same length."""
    text = _ISE.sub(_ize, text)
    text = _YSE.sub(lambda m: f"{m[1]}yz{m[2]}", text)
    return _MISREAD_NAME.sub(lambda m: MISREAD_NAMES[m[0]], text)


MISREAD_NAMES = {"Trump": "Biden"}
"""Names the parser reads as a word, each with a name of the same length it reads as one:
"Trump imposed sanctions on Turkey" parsed "Trump" as an adjective and the sentence had no
subject. Only the parse sees the swap; mentions come from the article's own text."""
_MISREAD_NAME = re.compile(r"\b(?:" + "|".join(MISREAD_NAMES) + r")\b")


def _ize(match: re.Match[str]) -> str:
    stem = match[1]
    if stem.lower() not in IZE_STEMS:
        return match[0]
    return f"{stem}iz{match[2]}"
