"""Toponyms: find the place names of an article and resolve each to a gazetteer place.

Found: entities labelled GPE, LOC or FAC; capitalised phrases the NER missed that the
gazetteer knows well (a multi-word name of a prominent place, or the own name of a country,
capital, state, large city or one of our additions); and the dateline place.

Resolved, first rule that applies (the ``reason`` of each ``Toponym``):

1. ``city-country pattern`` / ``city-state pattern`` / ``place-region pattern``: "X, Y" where
   a candidate of Y contains a candidate of X ("Vladivostok, Russia", "Paris, Texas");
2. ``same name in article``: a name resolved by a pattern resolves the same way elsewhere;
3. ``only candidate``;
4. ``country in article``: the best plausible candidate in a country the article names (by
   unambiguous toponyms, actor mentions and the dateline); a small town never beats a
   capital, state or large city of the same name this way;
5. ``feature class`` (a country, capital or state over a town) or ``largest population``.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from eventwire.datatypes import Document, Place, Toponym
from eventwire.geo.gazetteer import RANKS, Gazetteer, default_gazetteer, normalise

LABELS = frozenset({"GPE", "LOC", "FAC"})
MAX_CANDIDATES = 5
_PROMINENT = RANKS["admin1"]
_PHRASE = re.compile(
    r"\b[A-Z][\w'\u2019.-]*(?:[ ](?:(?:of|of the|de|del|al|el|and)[ ])?[A-Z][\w'\u2019.-]*)*"
)
_WORD = re.compile(r"\S+")
_SMALL_WORDS = frozenset({"of", "the", "de", "del", "al", "el", "and"})
_DIRECTIONS = re.compile(
    r"^(?:(?:north|south|east|west|central)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?)\s+"
)
_PATTERN_GAP = re.compile(r"\s*,\s*")
_PATTERN_REASONS = {"country": "city-country pattern", "admin1": "city-state pattern"}


@dataclass(frozen=True, slots=True)
class _Found:
    """A place name found in the text, before resolution."""

    start: int
    end: int
    text: str
    sentence: int
    candidates: tuple[Place, ...]


@dataclass(frozen=True, slots=True)
class _Choice:
    place: Place
    score: float
    reason: str


class Geoparser:
    """Stage ``geo.toponyms.v1``: sets ``doc.toponyms``."""

    def __init__(self, *, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = default_gazetteer() if gazetteer is None else gazetteer

    def __call__(self, doc: Document) -> Document:
        found = _find_toponyms(doc, self.gazetteer)
        resolved = _Resolver(self.gazetteer, doc, found).resolve()
        return dataclasses.replace(doc, toponyms=tuple(resolved))


def _find_toponyms(doc: Document, gazetteer: Gazetteer) -> list[_Found]:
    """Entity, dateline and phrase toponyms, in text order, without overlaps."""
    dateline = list(_from_dateline(doc, gazetteer))
    entities = list(_from_entities(doc, gazetteer))
    entities += _relabelled(doc, gazetteer, entities)
    phrases = list(_from_phrases(doc, gazetteer, [*dateline, *entities]))
    kept: list[_Found] = []
    for found in [*dateline, *entities, *phrases]:
        if not any(found.start < other.end and other.start < found.end for other in kept):
            kept.append(found)
    return sorted(kept, key=lambda found: found.start)


def _from_entities(doc: Document, gazetteer: Gazetteer) -> Iterator[_Found]:
    for entity in doc.entities:
        if entity.label in LABELS:
            yield from _split_entity(entity.start, entity.text, entity.sentence, gazetteer)


def _relabelled(doc: Document, gazetteer: Gazetteer, found: list[_Found]) -> list[_Found]:
    """Entities of other labels whose whole text is a place name the NER tagged as a place
    elsewhere in the article (one sense per discourse: "Vladivostok" once tagged PERSON)."""
    names = {normalise(place.text) for place in found if place.candidates}
    return [
        _trimmed(entity.start, entity.text, entity.sentence, gazetteer)
        for entity in doc.entities
        if entity.label not in LABELS and normalise(entity.text) in names
    ]


def _split_entity(start: int, text: str, sentence: int, gazetteer: Gazetteer) -> Iterator[_Found]:
    """The entity as one toponym, or as its comma-separated parts when each part is a
    known place ("Paris, Texas" tagged as one entity)."""
    parts = [(match.start(), match.group()) for match in re.finditer(r"[^,]+", text)]
    parts = [(offset + len(part) - len(part.lstrip()), part.strip()) for offset, part in parts]
    if len(parts) > 1 and all(gazetteer.lookup(part) for _, part in parts):
        for offset, part in parts:
            yield _trimmed(start + offset, part, sentence, gazetteer)
    else:
        yield _trimmed(start, text, sentence, gazetteer)


def _trimmed(start: int, text: str, sentence: int, gazetteer: Gazetteer) -> _Found:
    """A toponym without a leading "the" or a trailing possessive, with its candidates;
    a leading direction ("eastern Ukraine") is dropped when the whole is unknown."""
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            start, text = start + len(prefix), text[len(prefix) :]
    text = re.sub(r"['\u2019]s?$", "", text)
    candidates = gazetteer.lookup(text)
    direction = _DIRECTIONS.match(text)
    if not candidates and direction:
        start, text = start + direction.end(), text[direction.end() :]
        candidates = gazetteer.lookup(text)
    return _Found(start, start + len(text), text, sentence, candidates)


def _from_dateline(doc: Document, gazetteer: Gazetteer) -> Iterator[_Found]:
    """The dateline place, where the dateline names one the gazetteer knows."""
    dateline, name = doc.article.dateline, doc.article.dateline_place
    if dateline is None or not name or not gazetteer.lookup(name):
        return
    text = doc.article.text
    pattern = re.compile(re.escape(name), re.IGNORECASE)
    match = pattern.search(text, dateline.start, max(dateline.end, dateline.start))
    start, end = match.span() if match else (dateline.start, dateline.end)
    sentence = sentence_of(doc, start)
    yield _Found(start, end, text[start:end], sentence, gazetteer.lookup(name))


def _from_phrases(doc: Document, gazetteer: Gazetteer, taken: list[_Found]) -> Iterator[_Found]:
    """Well-known places in capitalised phrases, where they overlap no entity of any label."""
    spans = [(entity.start, entity.end) for entity in doc.entities]
    spans += [(found.start, found.end) for found in taken]
    for match in _PHRASE.finditer(doc.article.text):
        for start, text in _longest_known(match.start(), match.group(), gazetteer, spans):
            found = _trimmed(start, text, sentence_of(doc, start), gazetteer)
            if found.candidates:
                yield found


def _longest_known(
    start: int, phrase: str, gazetteer: Gazetteer, spans: list[tuple[int, int]]
) -> Iterator[tuple[int, str]]:
    """The longest well-known names in a phrase that overlap none of ``spans``, left to
    right, as (start, text)."""
    words = [(start + word.start(), word.group()) for word in _WORD.finditer(phrase)][:8]
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            begin = words[i][0]
            text = phrase[begin - start : words[j - 1][0] - start + len(words[j - 1][1])]
            text = re.sub(r"(?:['\u2019]s|[.,;:])$", "", text)
            free = not any(begin < end and first < begin + len(text) for first, end in spans)
            if free and _well_known(text, gazetteer):
                yield begin, text
                i = j
                break
        else:
            i += 1


def _well_known(text: str, gazetteer: Gazetteer) -> bool:
    """Multi-word: its best place is prominent or has 100,000 people; one word: it is the
    own name of a country, capital, state, large city or one of our additions."""
    candidates = gazetteer.lookup(text)
    if not candidates or text.split()[0].lower() in _SMALL_WORDS:
        return False
    best = candidates[0]
    if len([word for word in text.split() if word.lower() not in _SMALL_WORDS]) > 1:
        return gazetteer.rank(best) <= _PROMINENT or best.population >= 100_000
    return gazetteer.rank(best) <= _PROMINENT and gazetteer.known_as(best, text)


def sentence_of(doc: Document, offset: int) -> int:
    """The index of the sentence holding a character offset (0 without sentences)."""
    if not doc.sentences:
        return 0
    starts = [sentence.start for sentence in doc.sentences]
    position = max(0, bisect.bisect_right(starts, offset) - 1)
    return doc.sentences[position].index


class _Resolver:
    """Resolves the toponyms of one document (see the module docstring for the order)."""

    def __init__(self, gazetteer: Gazetteer, doc: Document, found: list[_Found]) -> None:
        self.gazetteer = gazetteer
        self.doc = doc
        self.found = found
        self.patterns = self._patterns()
        self.evidence = [*self._mention_evidence(), *self._toponym_evidence()]

    def resolve(self) -> Iterator[Toponym]:
        for number, found in enumerate(self.found):
            choice = self._choose(number, found)
            yield _toponym(found, choice, self.gazetteer)

    def _choose(self, number: int, found: _Found) -> _Choice | None:
        if not found.candidates:
            return None
        if number in self.patterns:
            return self.patterns[number]
        same = self._same_name(found)
        if same is not None:
            return _Choice(same, 0.85, "same name in article")
        if len(found.candidates) == 1:
            return _Choice(found.candidates[0], 0.9, "only candidate")
        return self._by_context(found) or _by_prior(found.candidates, self.gazetteer)

    def _patterns(self) -> dict[int, _Choice]:
        """Choices made by "X, Y" patterns, keyed by position in ``found``."""
        text, chosen = self.doc.article.text, {}
        for number, (left, right) in enumerate(zip(self.found, self.found[1:], strict=False)):
            if not _PATTERN_GAP.fullmatch(text[left.end : right.start]):
                continue
            pair = self._containing_pair(left.candidates, right.candidates)
            if pair is not None:
                inner, outer = pair
                reason = _PATTERN_REASONS.get(outer.precision, "place-region pattern")
                chosen[number] = _Choice(inner, 0.95, reason)
                chosen.setdefault(number + 1, _Choice(outer, 0.9, reason))
        return chosen

    def _containing_pair(
        self, inners: Iterable[Place], outers: Iterable[Place]
    ) -> tuple[Place, Place] | None:
        outers = [outer for outer in outers if outer.precision != "city"]
        for inner in inners:
            for outer in outers:
                if inner.precision != "country" and self.gazetteer.contains(outer, inner):
                    return inner, outer
        return None

    def _same_name(self, found: _Found) -> Place | None:
        key = normalise(found.text)
        for number, choice in self.patterns.items():
            if normalise(self.found[number].text) == key:
                return choice.place
        return None

    def _mention_evidence(self) -> Iterator[tuple[int, int, str]]:
        for mention in self.doc.mentions:
            if mention.actor is not None and mention.actor.country:
                yield mention.start, mention.end, mention.actor.country

    def _toponym_evidence(self) -> Iterator[tuple[int, int, str]]:
        """Countries named without ambiguity: by a pattern, or by a name whose prominent
        candidates (all candidates, when none is prominent) lie in one country."""
        for number, found in enumerate(self.found):
            if number in self.patterns:
                country = self.patterns[number].place.country
                countries = {country} if country else set()
            else:
                countries = {place.country for place in _plausible(found, self.gazetteer)}
            if len(countries) == 1 and "" not in countries:
                yield found.start, found.end, countries.pop()

    def _context(self, found: _Found) -> Counter[str]:
        """Countries the article names, leaving out what overlaps this toponym."""
        return Counter(
            country
            for start, end, country in self.evidence
            if not (start < found.end and found.start < end)
        )

    def _by_context(self, found: _Found) -> _Choice | None:
        context = self._context(found)
        plausible = _plausible(found, self.gazetteer)
        supported = [place for place in plausible if context[place.country] > 0]
        if not supported:
            return None
        others = {place.country for place in supported} - {supported[0].country}
        return _Choice(supported[0], 0.65 if others else 0.8, "country in article")


def _plausible(found: _Found, gazetteer: Gazetteer) -> list[Place]:
    """The candidates context may choose between: the prominent ones (countries,
    capitals, states, our additions, large cities), or all when none is prominent."""
    prominent = [place for place in found.candidates if gazetteer.rank(place) <= _PROMINENT]
    return prominent or list(found.candidates)


def _by_prior(candidates: tuple[Place, ...], gazetteer: Gazetteer) -> _Choice:
    best, second = candidates[0], candidates[1]
    gap = gazetteer.rank(second) - gazetteer.rank(best)
    if gap > 0:
        return _Choice(best, round(0.7 + 0.05 * gap, 3), "feature class")
    share = second.population / best.population if best.population else 1.0
    return _Choice(best, round(0.5 + 0.4 * (1.0 - min(share, 1.0)), 3), "largest population")


def _toponym(found: _Found, choice: _Choice | None, gazetteer: Gazetteer) -> Toponym:
    if choice is None:
        return Toponym(
            start=found.start,
            end=found.end,
            text=found.text,
            sentence=found.sentence,
            place=None,
            reason="not in gazetteer",
        )
    others = [place for place in found.candidates if place != choice.place]
    return Toponym(
        start=found.start,
        end=found.end,
        text=found.text,
        sentence=found.sentence,
        place=choice.place,
        score=choice.score,
        reason=choice.reason,
        candidates=(choice.place, *others[: MAX_CANDIDATES - 1]),
    )
