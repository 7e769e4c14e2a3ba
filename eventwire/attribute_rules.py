"""spaCy's attribute ruler without its Matcher: the same matches, found by table lookup.

The ``attribute_ruler`` of the English pipelines maps tags to parts of speech and fixes a
few words ("ai n't", "gon na"): 179 patterns, each one to three tokens tested for plain
attribute values. spaCy runs them through its general ``Matcher``, at about 30 µs a token,
which made the ruler 13% of the whole pipeline's time. :class:`AttributeRules` finds the
very same matches, in the ruler's own order, by looking patterns up by a value their
first token needs (its word, tag or a flag), and sets what they say through one array:
what every token gets is unchanged.

Patterns that use anything but plain values, ``IN``, ``NOT_IN`` and ``REGEX`` on token
attributes (quantifiers, comparisons, extension attributes) are left to spaCy's ruler:
:func:`install` then changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy

COMPONENT = "eventwire_attribute_rules"
RULER = "attribute_ruler"
_PREFERRED = ("LOWER", "ORTH", "TAG")  # the keys a pattern is best looked up by, in order


class Unsupported(ValueError):
    """A ruler pattern this module cannot test; spaCy's Matcher has to run it."""


# A test of one token attribute: (column, operator, argument); operators "==" (a hash or a
# flag), "in" and "not in" (a set of hashes), "regex" (a compiled pattern's search).
Test = tuple[int, str, Any]


@dataclass(frozen=True, slots=True)
class _Rule:
    """One pattern of the ruler: its rule number, match id, and the tests of each token."""

    order: int
    match_id: int
    tokens: tuple[tuple[Test, ...], ...]

    def matches(self, columns: Sequence[Sequence[int]], start: int, strings: Any) -> bool:
        """Whether the pattern matches the tokens from ``start``."""
        for offset, tests in enumerate(self.tokens):
            for column, operator, argument in tests:
                if not _passes(columns[column][start + offset], operator, argument, strings):
                    return False
        return True


def _passes(value: int, operator: str, argument: Any, strings: Any) -> bool:
    if operator == "==":
        return bool(value == argument)
    if operator == "in":
        return value in argument
    if operator == "not in":
        return value not in argument
    return bool(argument(strings[value]))


class AttributeRules:
    """The matches of an ``AttributeRuler``, by lookup; see the module docstring."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.strings = ruler.vocab.strings
        specs = [_patterns(ruler, order) for order in range(len(ruler.attrs))]
        self.attributes = sorted({k for patterns in specs for p in patterns for t in p for k in t})
        column = {name: i for i, name in enumerate(self.attributes)}
        preferred = [key for key in _PREFERRED if key in column]
        self.indexed = [column[key] for key in [*preferred, *sorted(set(column) - set(preferred))]]
        # (column, value) -> the rules to check there, and the one-token rules that match
        # on that value alone.
        self.to_check: dict[tuple[int, int], list[_Rule]] = {}
        self.sure: dict[tuple[int, int], list[_Rule]] = {}
        self.anywhere: list[_Rule] = []
        self.written = _written(ruler.attrs)
        for order, patterns in enumerate(specs):
            match_id = self.strings.add(str(order))
            for pattern in patterns:
                tests = tuple(_tests(token, column, self.strings) for token in pattern)
                self._index(_Rule(order, match_id, tests))

    def _index(self, rule: _Rule) -> None:
        """File a rule under the values its first token needs, or as one to try anywhere."""
        first = rule.tokens[0]
        for wanted in self.indexed:
            for column, operator, argument in first:
                if column != wanted or operator not in ("==", "in"):
                    continue
                values = [argument] if operator == "==" else sorted(argument)
                sure = len(rule.tokens) == 1 and len(first) == 1 and operator == "=="
                for value in values:
                    (self.sure if sure else self.to_check).setdefault((column, value), []).append(
                        rule
                    )
                return
        self.anywhere.append(rule)

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (rule, match id, start, end), sorted."""
        length = len(doc)
        columns = doc.to_array(self.attributes).reshape(length, -1).T.tolist()
        found = set()
        for start in range(length):
            rules = self.anywhere
            for column in self.indexed:
                key = (column, columns[column][start])
                for rule in self.sure.get(key, ()):
                    found.add((rule.order, rule.match_id, start, start + 1))
                rules = rules + self.to_check.get(key, [])
            for rule in rules:
                end = start + len(rule.tokens)
                if end <= length and rule.matches(columns, start, self.strings):
                    found.add((rule.order, rule.match_id, start, end))
        return sorted(found)

    def __call__(self, doc: Any) -> Any:
        matches = self.match(doc)
        if self.written is None:
            self.ruler.set_annotations(doc, matches)
        elif matches:
            self._write(doc, matches, self.written)
        return doc

    def _write(
        self, doc: Any, matches: list[tuple[int, int, int, int]], written: list[int]
    ) -> None:
        """Set the matched rules' attributes through one array, in the ruler's order (a
        later rule overrides an earlier one), as ``AttributeRuler.set_annotations`` does
        token by token."""
        column = {attr: i for i, attr in enumerate(written)}
        rows = doc.to_array(written).reshape(len(doc), -1).tolist()
        for order, _, start, end in matches:
            index = self.ruler.indices[order]
            row = rows[start + index if index >= 0 else end + index]
            for attr, value in self.ruler.attrs[order].items():
                row[column[attr]] = value
        doc.from_array(written, numpy.asarray(rows, dtype=numpy.uint64))


def _written(attrs: Sequence[Mapping[Any, Any]]) -> list[int] | None:
    """The attributes the rules set, when all can go through ``Doc.from_array``; None
    when one cannot (an extension, or another attribute), and spaCy's ruler sets them."""
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    written = sorted({attr for rule in attrs for attr in rule})
    return written if set(written) <= {DEP, LEMMA, MORPH, POS, TAG} else None


def _patterns(ruler: Any, order: int) -> list[list[dict[str, Any]]]:
    """The token patterns of the ruler's rule ``order``, keys upper-cased."""
    _, patterns = ruler.matcher.get(str(order))
    return [[{key.upper(): value for key, value in token.items()} for token in p] for p in patterns]


def _tests(token: Mapping[str, Any], column: Mapping[str, int], strings: Any) -> tuple[Test, ...]:
    """The tests of one token of a pattern, each on its attribute's column."""
    return tuple((column[key], *_test(key, value, strings)) for key, value in token.items())


def _test(key: str, value: Any, strings: Any) -> tuple[str, Any]:
    """The operator and argument that test an attribute as spaCy's Matcher would."""
    from spacy.attrs import IDS

    if key not in IDS or key == "OP":
        raise Unsupported(f"{key}: {value!r}")
    if isinstance(value, bool) and key.startswith("IS_"):
        return "==", int(value)
    if isinstance(value, str):
        return "==", strings.add(value)
    if isinstance(value, dict) and len(value) == 1:
        ((operator, argument),) = value.items()
        if operator in ("IN", "NOT_IN") and _all_strings(argument):
            hashes = frozenset(strings.add(a) for a in argument)
            return ("in" if operator == "IN" else "not in"), hashes
        if operator == "REGEX" and isinstance(argument, str):
            return "regex", re.compile(argument).search
    raise Unsupported(f"{key}: {value!r}")


def _all_strings(values: Any) -> bool:
    return isinstance(values, list | tuple) and all(isinstance(v, str) for v in values)


def install(nlp: Any) -> bool:
    """Put :class:`AttributeRules` in the place of the pipeline's attribute ruler; False
    (and the pipeline unchanged) when it has none or one of its patterns is unsupported."""
    if RULER not in nlp.pipe_names:
        return False
    try:
        AttributeRules(nlp.get_pipe(RULER))
    except Unsupported:
        return False
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):
        Language.factory(COMPONENT, func=_from_pipeline)
    nlp.add_pipe(COMPONENT, after=RULER)
    nlp.remove_pipe(RULER)
    return True


def _from_pipeline(nlp: Any, name: str) -> AttributeRules:
    """The factory: the rules of the pipeline's attribute ruler (still in it)."""
    return AttributeRules(nlp.get_pipe(RULER))
