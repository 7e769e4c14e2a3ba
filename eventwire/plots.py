"""Plots of analysis results (matplotlib, the ``plot`` extra), and GraphML for networks.

Labels sit on the data (direction names in panel titles, QuadClass colours named in the
first panel), so a reader needs no legend hunt.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.analyse import DyadPoint, Edge
from eventwire.errors import ConfigError

QUADS = (
    ("verbal_cooperation", "verbal cooperation", "#4c9be8"),
    ("material_cooperation", "material cooperation", "#1f5fa8"),
    ("verbal_conflict", "verbal conflict", "#f0a04b"),
    ("material_conflict", "material conflict", "#c0392b"),
)


def _pyplot() -> Any:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as error:
        raise ConfigError(
            "plots need matplotlib: pip install 'eventwire[plot]' (or 'eventwire[all]')"
        ) from error
    return plt


def plot_dyad(
    points: Sequence[DyadPoint], first: str, second: str, path: Path, *, by: str = "month"
) -> None:
    """Two panels, one per direction: events by QuadClass (bars) and the Goldstein sum."""
    plt = _pyplot()
    periods = sorted({p.period for p in points})
    fig, axes = plt.subplots(2, 1, figsize=(10, 6), sharex=True, constrained_layout=True)
    for axis, (src, tgt) in zip(axes, ((first, second), (second, first)), strict=True):
        by_period = {p.period: p for p in points if p.source == src and p.target == tgt}
        _stacked_bars(axis, periods, by_period, by)
        line = axis.twinx()
        line.plot(
            periods,
            [by_period[d].goldstein if d in by_period else 0 for d in periods],
            color="black",
            marker="o",
            linewidth=1,
        )
        line.set_ylabel("Goldstein sum")
        axis.set_title(f"{src} → {tgt}", loc="left", fontweight="bold")
        axis.set_ylabel("events")
    _label_quads(fig)
    fig.savefig(path, dpi=120)
    plt.close(fig)


def _stacked_bars(axis: Any, periods: list[Any], by_period: dict[Any, DyadPoint], by: str) -> None:
    bottom = [0] * len(periods)
    for key, _label, colour in QUADS:
        heights = [getattr(by_period[d], key) if d in by_period else 0 for d in periods]
        axis.bar(periods, heights, bottom=bottom, color=colour, width=_bar_width(by))
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]


PERIOD_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def _bar_width(by: str) -> float:
    """Bars fill most of their period (matplotlib measures dates in days)."""
    return 0.8 * PERIOD_DAYS.get(by, 30)


def _label_quads(fig: Any) -> None:
    """The colour key as a line of coloured words above the panels."""
    fig.get_layout_engine().set(rect=(0, 0, 1, 0.95))
    for index, (_key, label, colour) in enumerate(QUADS):
        fig.text(
            0.02 + 0.22 * index,
            0.97,
            f"■ {label}",
            color=colour,
            fontsize=10,
            fontweight="bold",
            va="center",
        )


def plot_network(edges: Sequence[Edge], path: Path) -> None:
    """Actors on a circle; arrows as wide as their event counts, red for conflict."""
    plt = _pyplot()
    nodes = sorted({e.source for e in edges} | {e.target for e in edges})
    where = {
        n: (math.cos(2 * math.pi * i / len(nodes)), math.sin(2 * math.pi * i / len(nodes)))
        for i, n in enumerate(nodes)
    }
    fig, axis = plt.subplots(figsize=(8, 8), constrained_layout=True)
    most = max((e.events for e in edges), default=1)
    for edge in edges:
        (x1, y1), (x2, y2) = where[edge.source], where[edge.target]
        colour = "#c0392b" if edge.mean_goldstein < 0 else "#1f5fa8"
        axis.annotate(
            "",
            xy=(x2, y2),
            xytext=(x1, y1),
            arrowprops={
                "arrowstyle": "->",
                "color": colour,
                "lw": 0.5 + 4 * edge.events / most,
                "connectionstyle": "arc3,rad=0.1",
            },
        )
    for name, (x, y) in where.items():
        axis.text(
            x,
            y,
            name,
            ha="center",
            va="center",
            fontsize=9,
            bbox={"boxstyle": "round", "fc": "white", "ec": "grey"},
        )
    axis.set_title("blue: cooperation, red: conflict; width: events", loc="left")
    axis.set_xlim(-1.25, 1.25)
    axis.set_ylim(-1.25, 1.25)
    axis.set_aspect("equal")
    axis.set_axis_off()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def write_graphml(edges: Sequence[Edge], path: Path) -> None:
    """The network as GraphML, with events, Goldstein sum and mean on each edge."""
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for key, kind in (("events", "int"), ("goldstein", "double"), ("mean_goldstein", "double")):
        ET.SubElement(
            root, "key", id=key, attrib={"for": "edge", "attr.name": key, "attr.type": kind}
        )
    graph = ET.SubElement(root, "graph", id="events", edgedefault="directed")
    for node in sorted({e.source for e in edges} | {e.target for e in edges}):
        ET.SubElement(graph, "node", id=node)
    for edge in edges:
        element = ET.SubElement(graph, "edge", source=edge.source, target=edge.target)
        for key in ("events", "goldstein", "mean_goldstein"):
            ET.SubElement(element, "data", key=key).text = str(getattr(edge, key))
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
