"""Scoring eventwire against gold sets in the formats of ``../shared/eval``.

Each gold set has an evaluator: a function ``(records, options) -> Score`` registered
here by the set's folder name. ``eventwire evaluate NAME`` reads the set's JSON Lines
and prints the score; ``tests/evaluate`` fails CI when a score falls below its floor.
A user's own file of sentences with gold events (``eventwire evaluate gold.jsonl``) is
scored like ``petr2_gsr_validation``, whose format it shares.
"""

from __future__ import annotations

import dataclasses
import importlib
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import ConfigError, InputError

Record = dict[str, Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """How to run an evaluation: at most ``limit`` records, the config files to use, and
    the folder of PETRARCH dictionaries (actors, agents, verbs) to code with, if any."""

    limit: int | None = None
    config_files: tuple[str, ...] = ()
    eval_dir: Path | None = None
    gold_set: str = ""
    dictionaries: Path | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Score:
    """Named metrics of one evaluation, and the records it got wrong (for error analysis)."""

    name: str
    metrics: dict[str, Any]
    errors: list[Record] = field(default_factory=list)


Evaluator = Callable[[Iterable[Record], Options], Score]


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldSet:
    """A gold set: its file under the eval folder, and the evaluator that scores it."""

    file: str
    evaluator: str


# The registered set whose format and evaluator a user's gold file of events shares.
EVENTS_FORMAT = "petr2_gsr_validation"

GOLD_SETS: dict[str, GoldSet] = {
    "actor_resolution": GoldSet(
        file="actor_resolution/data.jsonl",
        evaluator="eventwire.evaluate.actors:evaluate_actor_resolution",
    ),
    "lgl": GoldSet(file="lgl/data.jsonl", evaluator="eventwire.evaluate.geo:evaluate_geoparsing"),
    "trnews": GoldSet(
        file="trnews/data.jsonl", evaluator="eventwire.evaluate.geo:evaluate_geoparsing"
    ),
    "geovirus": GoldSet(
        file="geovirus/data.jsonl", evaluator="eventwire.evaluate.geo:evaluate_geoparsing"
    ),
    "event_location": GoldSet(
        file="event_location/data.jsonl",
        evaluator="eventwire.evaluate.geo:evaluate_event_location",
    ),
    "petr2_gsr_validation": GoldSet(
        file="petr2_gsr_validation/data.jsonl",
        evaluator="eventwire.evaluate.coding:evaluate_events",
    ),
    "petrarch2_unittest": GoldSet(
        file="petrarch2_unittest/data.jsonl",
        evaluator="eventwire.evaluate.coding:evaluate_petrarch_suite",
    ),
    "udpetrarch_validate_2_02": GoldSet(
        file="udpetrarch_validate_2_02/data.jsonl",
        evaluator="eventwire.evaluate.coding:evaluate_petrarch_suite",
    ),
    "conflibert_cameo": GoldSet(
        file="conflibert_cameo/data_class.jsonl",
        evaluator="eventwire.evaluate.coding:evaluate_quad_class",
    ),
}


def default_eval_dir() -> Path:
    """``../shared/eval`` seen from the working directory."""
    return Path.cwd().parent / "shared" / "eval"


def read_records(path: Path) -> Iterator[Record]:
    """The JSON objects of a gold file, one a line; a bad line names file and line."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot read gold file ({error.strerror})", origin=str(path)) from error
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(
                    f"not JSON ({error.msg})", origin=str(path), line=number
                ) from error


def evaluator_for(name: str) -> Evaluator:
    """The evaluator registered for a gold set."""
    module_name, _, attribute = gold_set(name).evaluator.partition(":")
    evaluator: Evaluator = getattr(importlib.import_module(module_name), attribute)
    return evaluator


def gold_set(name: str) -> GoldSet:
    """A registered gold set, by name."""
    if name not in GOLD_SETS:
        raise ConfigError(f"unknown gold set {name!r}: choose one of {', '.join(GOLD_SETS)}")
    return GOLD_SETS[name]


def evaluate(name: str, *, eval_dir: Path | None = None, options: Options | None = None) -> Score:
    """Score eventwire on one gold set (the first ``options.limit`` records of it): a set
    registered by name, or a JSON Lines file of sentences with their gold events (or a
    folder holding one as ``data.jsonl``)."""
    folder = eval_dir or (options.eval_dir if options else None) or default_eval_dir()
    options = dataclasses.replace(options or Options(), eval_dir=folder, gold_set=name)
    if name in GOLD_SETS:
        path, evaluator = folder / gold_set(name).file, evaluator_for(name)
    else:
        path, evaluator = gold_file(name), evaluator_for(EVENTS_FORMAT)
    records = itertools.islice(read_records(path), options.limit)
    score = evaluator(records, options)
    return Score(name=name, metrics=score.metrics, errors=score.errors)


def gold_file(name: str) -> Path:
    """The gold file a name that is no registered set points to: a file, or a folder's
    ``data.jsonl``."""
    path = Path(name)
    if path.is_dir():
        path = path / "data.jsonl"
    if path.is_file():
        return path
    raise ConfigError(
        f"{name!r} is neither a gold set ({', '.join(GOLD_SETS)}) nor a gold file: give a "
        "set's name, or the path of a JSON Lines file of records with 'text' and 'events'"
    )
