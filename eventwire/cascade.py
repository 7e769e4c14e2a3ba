"""The cascade's lexical pass: which sentences can hold an event, before any parse.

A sentence is a candidate when some lexicon pattern could fire in it and an actor could
fill it. A pattern could fire when every word it needs (its head, particles, object and
the words before it, fixed phrase, complement and the complement's object) is a possible
lemma of a word of the sentence; possible lemmas come from spaCy's own lemmatizer tables
(every rule and exception, whatever the part of speech), so the test only errs towards
parsing. An actor could fill it when the resolver (run before the annotator) found a
mention in the sentence, or, without such a pass, always.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.events.lexicon import ANY_COMPLEMENT, NO_EVENT, Lexicon, Pattern, load_lexicon

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_KNOWN_WORDS = 200_000  # words whose lemmas are kept; the memo starts again past this
# Used when the spaCy pipeline has no lemmatizer tables: (ending, replacement).
_SUFFIXES = (
    ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ied", "y"),
    ("ing", ""), ("ing", "e"), ("'s", ""),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Lemmas:
    """Every lemma a word may have: the word, its exceptions, and every suffix rule."""

    exceptions: Mapping[str, tuple[str, ...]]
    rules: tuple[tuple[str, str], ...]

    def of(self, word: str) -> set[str]:
        """The possible lemmas of a lower-case word."""
        found = {word, *self.exceptions.get(word, ())}
        for ending, replacement in self.rules:
            if word.endswith(ending) and len(word) > len(ending):
                stem = word[: len(word) - len(ending)]
                found.add(stem + replacement)
                if len(stem) > 2 and stem[-1] == stem[-2]:
                    found.add(stem[:-1])  # "planned", "hitting"
        return found


def lemmas_of(nlp: Any) -> Lemmas:
    """The lemma tables of a spaCy pipeline's rule lemmatizer (any component with its
    lookups: spaCy's, or :class:`eventwire.lemma_memo.LemmaMemo`), or plain English suffixes."""
    tables = [
        (lookups.get_table("lemma_exc"), lookups.get_table("lemma_rules"))
        for _, component in nlp.pipeline
        if (lookups := getattr(component, "lookups", None)) is not None
        and lookups.has_table("lemma_exc")
        and lookups.has_table("lemma_rules")
    ]
    if not tables:
        return Lemmas(exceptions={}, rules=_SUFFIXES)
    exceptions, rules = tables[0]
    merged: dict[str, set[str]] = {}
    for pos in ("verb", "noun", "adj"):
        for word, lemmas in dict(exceptions.get(pos, {})).items():
            merged.setdefault(word, set()).update(lemmas)
    pairs = {(old, new) for pos in ("verb", "noun") for old, new in rules.get(pos, [])}
    return Lemmas(
        exceptions={w: tuple(sorted(ls)) for w, ls in merged.items()},
        rules=tuple(sorted(pairs | set(_SUFFIXES))),
    )


def _needs(pattern: Pattern) -> frozenset[str]:
    """The words besides its head that a pattern cannot match without."""
    words = [
        *pattern.particles,
        *pattern.obj_mods,
        *pattern.obj_glued,
        pattern.obj,
        *pattern.phrase,
        pattern.complement_obj,
    ]
    if pattern.complement != ANY_COMPLEMENT:
        words.append(pattern.complement)
    return frozenset(w for w in words if w)


@dataclass(frozen=True, slots=True)
class Triggers:
    """For each head lemma, the sets of other words one of its patterns needs; apart, the
    patterns of roots that code nothing without a target (public statements)."""

    needs: Mapping[str, tuple[frozenset[str], ...]]
    targeted: Mapping[str, tuple[frozenset[str], ...]]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon, targeted_roots: Iterable[str] = ("01",)) -> Triggers:
        """The coding patterns of a lexicon (``---`` patterns code nothing)."""
        roots = frozenset(targeted_roots)
        needs: dict[str, set[frozenset[str]]] = {}
        targeted: dict[str, set[frozenset[str]]] = {}
        for pattern in lexicon.patterns():
            if pattern.code == NO_EVENT:
                continue
            into = targeted if {pattern.code[:2], pattern.reverse[:2]} <= roots | {""} else needs
            into.setdefault(pattern.head, set()).add(_needs(pattern))
        return cls(
            {head: _minimal(sets) for head, sets in needs.items()},
            {head: _minimal(sets) for head, sets in targeted.items()},
        )

    def fire(self, lemmas: set[str], *, targeted: bool = False) -> set[str]:
        """The heads among ``lemmas`` with a pattern whose words are all there."""
        table = self.targeted if targeted else self.needs
        return {
            head for head in lemmas & table.keys() if any(need <= lemmas for need in table[head])
        }


def _minimal(sets: Iterable[frozenset[str]]) -> tuple[frozenset[str], ...]:
    """The sets that hold no other set: the others add nothing to the test."""
    ordered = sorted(set(sets), key=len)
    kept: list[frozenset[str]] = []
    for need in ordered:
        if not any(k <= need for k in kept):
            kept.append(need)
    return tuple(kept)


class Cascade:
    """Chooses the sentences worth a parse."""

    def __init__(self, lemmas: Lemmas, triggers: Triggers) -> None:
        self.lemmas = lemmas
        self.triggers = triggers
        self._known: dict[str, frozenset[str]] = {}  # a word's lemmas, hyphen parts' too

    def _lemmas_of(self, word: str) -> frozenset[str]:
        found = self._known.get(word)
        if found is None:
            if len(self._known) >= _KNOWN_WORDS:
                self._known.clear()
            parts = {word, *word.split("-")} - {""}
            found = frozenset().union(*(self.lemmas.of(part) for part in parts))
            self._known[word] = found
        return found

    def word_lemmas(self, text: str, start: int = 0) -> list[tuple[int, frozenset[str]]]:
        """Each word's offset and possible lemmas (a hyphenated word's parts' too)."""
        return [
            (start + match.start(), self._lemmas_of(match.group().lower()))
            for match in _WORD.finditer(text)
        ]

    def candidate(self, text: str, start: int, end: int, actors: Sequence[int] | None) -> bool:
        """Whether the sentence ``text[start:end]`` may hold an event: a pattern may fire
        and, when ``actors`` (sorted offsets of actor mentions) is given, an actor may fill
        it; a statement needs an actor after its verb (a target)."""
        if actors is not None and not _holds(actors, start, end):
            return False
        words = self.word_lemmas(text[start:end], start)
        lemmas = set().union(*(found for _, found in words))
        if self.triggers.fire(lemmas):
            return True
        heads = self.triggers.fire(lemmas, targeted=True)
        if not heads:
            return False
        if actors is None:
            return True
        first = min(at for at, found in words if found & heads)
        return _holds(actors, first + 1, end)

    def has_trigger(self, text: str) -> bool:
        """Whether a lexicon pattern could fire in the sentence, with actors anywhere."""
        return self.candidate(text, 0, len(text), None)

    def choose(
        self, text: str, sentences: Sequence[tuple[int, int]], actors: Sequence[int] | None
    ) -> list[tuple[int, int]]:
        """The candidate sentences among ``sentences``."""
        return [(s, e) for s, e in sentences if self.candidate(text, s, e, actors)]


def _holds(offsets: Sequence[int], start: int, end: int) -> bool:
    """Whether a sorted offset falls in ``[start, end)``."""
    first = bisect.bisect_left(offsets, start)
    return first < len(offsets) and offsets[first] < end


@functools.cache
def cascade_for(nlp: Any, extra_lexicons: tuple[str, ...] = ()) -> Cascade:
    """The cascade of a spaCy pipeline, with the packaged lexicon and users' own files (in
    either lexicon format); built once."""
    return Cascade(lemmas_of(nlp), Triggers.from_lexicon(load_lexicon(extra_lexicons)))
