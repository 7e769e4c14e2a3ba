"""A gold set's score as lines of text for people (``--json`` gives the metrics as JSON)."""

from __future__ import annotations

from typing import Any

from eventwire.evaluate import Record, Score
from eventwire.evaluate.scoring import NONE

WORST_ERRORS = 10
CONFUSIONS_SHOWN = 12
LEVEL_NAMES = {
    "": "source, target, root",
    "full_code": "source, target, full code",
    "event_type": "event type (PLOVER)",
}


def report_lines(score: Score) -> list[str]:
    """The score of one set: an events table where the set scores events, else its metrics."""
    metrics = score.metrics
    if "per_root" not in metrics:
        flat = ", ".join(f"{key} {value}" for key, value in metrics.items())
        return [f"{score.name}: {flat}"]
    return [
        f"{score.name}: {metrics['records']} records, {metrics['gold_events']} gold events, "
        f"{metrics['predicted_events']} coded",
        *_levels(metrics),
        f"  records exactly right {metrics['exact_records']:.4f}; extra events "
        f"{metrics['extra_ratio']:.4f} of the gold ones",
        *_per_root(metrics["per_root"]),
        *_confusions(metrics["confusion"]),
        *_worst(score.errors),
    ]


def _levels(metrics: dict[str, Any]) -> list[str]:
    lines = [f"  {'level':<28}{'precision':>10}{'recall':>8}{'F1':>8}"]
    for key, name in LEVEL_NAMES.items():
        level = metrics[key] if key else metrics
        lines.append(
            f"  {name:<28}{level['precision']:>10.4f}{level['recall']:>8.4f}{level['f1']:>8.4f}"
        )
    return lines


def _per_root(per_root: dict[str, dict[str, Any]]) -> list[str]:
    lines = [
        "per root (source, target, root):",
        "  root  gold  coded  right  precision  recall      F1",
    ]
    for root, row in per_root.items():
        lines.append(
            f"  {root:<4}{row['gold']:>6}{row['predicted']:>7}{row['right']:>7}"
            f"{row['precision']:>11.4f}{row['recall']:>8.4f}{row['f1']:>8.4f}"
        )
    return lines


def _confusions(confusion: dict[str, dict[str, int]]) -> list[str]:
    """The most frequent ways a gold root was coded wrong (``none``: missed or extra)."""
    wrong = sorted(
        (
            (count, gold, coded)
            for gold, row in confusion.items()
            for coded, count in row.items()
            if gold != coded
        ),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    if not wrong:
        return []
    lines = [f"confusions (gold root -> coded root; {NONE}: no event), most frequent first:"]
    lines += [f"  {gold} -> {coded}: {count}" for count, gold, coded in wrong[:CONFUSIONS_SHOWN]]
    return lines


def _worst(errors: list[Record]) -> list[str]:
    """The records with the most missed and extra events, with their sentences."""
    ranked = sorted(errors, key=lambda e: -(len(e["missed"]) + len(e["extra"])))
    lines = [f"worst errors ({min(len(ranked), WORST_ERRORS)} of {len(errors)}):"] if errors else []
    for error in ranked[:WORST_ERRORS]:
        lines += [
            f"  {error['id']}: {error['text']}",
            f"    missed: {_events(error['missed'])}",
            f"    extra:  {_events(error['extra'])}",
        ]
    return lines


def _events(keys: list[Any]) -> str:
    return "; ".join(f"{s or '-'} -> {t or '-'} {code}" for s, t, code, *_ in keys) or "-"
