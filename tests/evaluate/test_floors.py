"""The quality gate: every stored floor must hold on its gold set (skipped without ../shared).

A floor file ``floors/NAME.toml`` holds the minimum value of each metric of
``eventwire evaluate NAME``. Raise floors as scores improve; never lower one silently.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from eventwire.evaluate import evaluate, gold_set
from tests.conftest import SHARED

FLOORS = sorted((Path(__file__).parent / "floors").glob("*.toml"))

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("floor_file", FLOORS, ids=[f.stem for f in FLOORS])
def test_scores_stay_above_their_floors(floor_file: Path) -> None:
    name = floor_file.stem
    if not (SHARED / "eval" / gold_set(name).file).exists():
        pytest.skip(f"gold set {name} is not available")
    floors = tomllib.loads(floor_file.read_text())
    metrics = evaluate(name, eval_dir=SHARED / "eval").metrics
    below = {
        key: (metrics.get(key), floor)
        for key, floor in floors.items()
        if metrics.get(key, float("-inf")) < floor
    }
    assert below == {}, f"{name}: metrics below their floors (got, floor): {below}"


def test_every_floor_names_a_gold_set() -> None:
    for floor_file in FLOORS:
        gold_set(floor_file.stem)
