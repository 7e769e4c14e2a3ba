"""Scoring coded events against gold ones, record by record, at three levels.

An event is compared as (source, target, root code), as (source, target, full code) and
as its event type alone (PLOVER). Totals give precision, recall and F1 at each level;
the root level also gives them per root, and a confusion table of gold roots against
coded ones (``none``: missed, or coded where the gold has nothing).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

# One event as scored: source code, target code, CAMEO code, PLOVER event type.
Scored = tuple[str, str, str, str]
LEVELS = ("root", "full_code", "event_type")
NONE = "none"


def level_key(level: str, event: Scored) -> tuple[str, ...] | None:
    """What a level compares of an event; None where the event lacks it (no code, no type)."""
    source, target, code, plover = event
    if level == "event_type":
        return (plover,) if plover else None
    if not code:
        return None
    return (source, target, code[:2] if level == "root" else code)


def _keys(level: str, events: list[Scored]) -> Counter[tuple[str, ...]]:
    keys = (level_key(level, event) for event in events)
    return Counter(key for key in keys if key is not None)


def prf(right: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1, rounded to four places (0 where undefined)."""
    precision = right / predicted if predicted else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


@dataclass
class EventTally:
    """Counts over the records scored so far."""

    records: int = 0
    exact_records: int = 0
    right: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    root_right: Counter[str] = field(default_factory=Counter)
    root_predicted: Counter[str] = field(default_factory=Counter)
    root_gold: Counter[str] = field(default_factory=Counter)
    confusion: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, expected: list[Scored], got: list[Scored]) -> dict[str, list[tuple[str, ...]]]:
        """Count one record; return its missed and extra events at the root level."""
        self.records += 1
        keys = {level: (_keys(level, expected), _keys(level, got)) for level in LEVELS}
        for level, (want, have) in keys.items():
            self.right[level] += (want & have).total()
            self.predicted[level] += have.total()
            self.gold[level] += want.total()
        want, have = keys["root"]
        matched = want & have
        self.exact_records += want == have
        for (_, _, root), count in matched.items():
            self.root_right[root] += count
        for (_, _, root), count in want.items():
            self.root_gold[root] += count
        for (_, _, root), count in have.items():
            self.root_predicted[root] += count
        missed, extra = sorted((want - have).elements()), sorted((have - want).elements())
        self._confuse(matched, missed, extra)
        return {"missed": missed, "extra": extra}

    def _confuse(
        self,
        matched: Counter[tuple[str, ...]],
        missed: list[tuple[str, ...]],
        extra: list[tuple[str, ...]],
    ) -> None:
        """Gold root against coded root: a missed event pairs with an extra one of the same
        source and target (a wrong code), else with ``none``."""
        for key, count in matched.items():
            self._count(key[2], key[2], count)
        unpaired = list(extra)
        for key in missed:
            partner = next((other for other in unpaired if other[:2] == key[:2]), None)
            if partner is None:
                self._count(key[2], NONE)
            else:
                unpaired.remove(partner)
                self._count(key[2], partner[2])
        for key in unpaired:
            self._count(NONE, key[2])

    def _count(self, gold: str, coded: str, count: int = 1) -> None:
        self.confusion.setdefault(gold, Counter())[coded] += count

    def metrics(self) -> dict[str, Any]:
        """Root-level precision, recall and F1 at the top (the floors' names), then the other
        levels, the share of records exactly right, per-root scores and the confusion."""
        gold, right, predicted = self.gold["root"], self.right["root"], self.predicted["root"]
        return {
            "records": self.records,
            "gold_events": gold,
            "predicted_events": predicted,
            **prf(right, predicted, gold),
            "extra_ratio": round((predicted - right) / gold, 4) if gold else 0.0,
            "exact_records": round(self.exact_records / self.records, 4) if self.records else 0.0,
            **{
                level: prf(self.right[level], self.predicted[level], self.gold[level])
                for level in LEVELS[1:]
            },
            "per_root": {
                root: {
                    "gold": self.root_gold[root],
                    "predicted": self.root_predicted[root],
                    "right": self.root_right[root],
                    **prf(self.root_right[root], self.root_predicted[root], self.root_gold[root]),
                }
                for root in sorted(self.root_gold.keys() | self.root_predicted.keys())
            },
            "confusion": {
                gold_root: dict(sorted(row.items()))
                for gold_root, row in sorted(self.confusion.items())
            },
        }
