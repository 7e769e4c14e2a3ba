"""Merging reports into real-world events, and syndicated copies into one story.

Two reports are the same event when they share the dyad (source and target codes) and the
CAMEO root, their dates are at most ``days`` apart, their places (when both have one) are
at most ``km`` apart, and their evidence is alike (word overlap at least
``evidence_overlap``) or their codes are the same. Articles whose texts share at least
``syndication_overlap`` of their word 5-grams are copies of one story: a merged event
counts every report, but each story once as an article.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.datatypes import stable_id
from eventwire.store import EventStore

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True, kw_only=True)
class MergeOptions:
    """How close two reports must be to count as one event."""

    days: int = 1
    km: float = 100.0
    evidence_overlap: float = 0.2
    syndication_overlap: float = 0.8


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """What merging needs of one stored event."""

    event_id: str
    article_id: str
    source_code: str
    target_code: str
    cameo: str
    day: date | None
    lat: float | None
    lon: float | None
    evidence: str
    publisher: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Cluster:
    """One real-world event: its reports, and how many stories and publishers carried it."""

    id: str
    reports: tuple[Report, ...]
    stories: int
    publishers: int

    @property
    def first(self) -> Report:
        """The earliest report (ties: the smallest event id)."""
        return min(self.reports, key=lambda r: (r.day or date.max, r.event_id))


def shingles(text: str, size: int = 5) -> frozenset[int]:
    """Hashes of the text's word n-grams."""
    words = _WORD.findall(text.lower())
    return frozenset(hash(tuple(words[i : i + size])) for i in range(max(len(words) - size + 1, 1)))


def overlap(first: frozenset[Any], second: frozenset[Any]) -> float:
    """Jaccard similarity of two sets."""
    union = len(first | second)
    return len(first & second) / union if union else 0.0


def _km(a: Report, b: Report) -> float:
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return 0.0
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(min(h, 1.0)))


def same_event(a: Report, b: Report, options: MergeOptions) -> bool:
    """Whether two reports of one dyad and root describe the same happening."""
    if a.day is None or b.day is None or abs((a.day - b.day).days) > options.days:
        return False
    if _km(a, b) > options.km:
        return False
    words_a, words_b = (
        frozenset(_WORD.findall(a.evidence.lower())),
        frozenset(_WORD.findall(b.evidence.lower())),
    )
    return a.cameo == b.cameo or overlap(words_a, words_b) >= options.evidence_overlap


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _groups(reports: Sequence[Report], options: MergeOptions) -> list[list[Report]]:
    """Reports of one dyad and root, joined when they describe the same happening."""
    ordered = sorted(reports, key=lambda r: (r.day or date.max, r.event_id))
    links = _UnionFind(len(ordered))
    for i, a in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            b = ordered[j]
            if a.day and b.day and (b.day - a.day).days > options.days:
                break
            if same_event(a, b, options):
                links.join(i, j)
    groups: dict[int, list[Report]] = defaultdict(list)
    for index, report in enumerate(ordered):
        groups[links.find(index)].append(report)
    return list(groups.values())


def count_stories(article_ids: Iterable[str], texts: dict[str, str], options: MergeOptions) -> int:
    """How many stories the articles tell: near-copies (syndication) count once."""
    originals: list[frozenset[int]] = []
    for aid in sorted(set(article_ids)):
        fingerprint = shingles(texts.get(aid, aid))
        if all(overlap(o, fingerprint) < options.syndication_overlap for o in originals):
            originals.append(fingerprint)
    return len(originals)


def merge(
    reports: Iterable[Report], article_texts: dict[str, str], options: MergeOptions = MergeOptions()
) -> list[Cluster]:
    """Clusters of reports, each one real-world event."""
    blocks: dict[tuple[str, str, str], list[Report]] = defaultdict(list)
    for report in reports:
        blocks[(report.source_code, report.target_code, report.cameo[:2])].append(report)
    clusters = []
    for key in sorted(blocks):
        for group in _groups(blocks[key], options):
            clusters.append(
                Cluster(
                    id=stable_id(*sorted(r.event_id for r in group)),
                    reports=tuple(group),
                    stories=count_stories((r.article_id for r in group), article_texts, options),
                    publishers=len({r.publisher for r in group if r.publisher}),
                )
            )
    return clusters


REPORTS_SQL = """
    SELECT e.id, e.article_id, e.source_code, coalesce(e.target_code, ''), e.cameo, e.date,
           e.place_lat, e.place_lon, e.evidence_text, coalesce(nullif(a.source, ''), a.url, '')
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE e.factuality = 'asserted' AND e.source_code IS NOT NULL"""


def _publisher(value: str) -> str:
    """A publisher's name, or the host of its URL."""
    host = re.match(r"^[a-z]+://([^/]+)", value)
    return host.group(1).removeprefix("www.") if host else value


def stored_reports(con: Any) -> list[Report]:
    """Every asserted event with an actor, as a report to merge."""
    return [
        Report(
            event_id=r[0],
            article_id=r[1],
            source_code=r[2],
            target_code=r[3],
            cameo=r[4],
            day=r[5],
            lat=r[6],
            lon=r[7],
            evidence=r[8] or "",
            publisher=_publisher(r[9]),
        )
        for r in con.execute(REPORTS_SQL).fetchall()
    ]


def article_texts(con: Any, article_ids: Iterable[str]) -> dict[str, str]:
    """The texts of the given articles."""
    ids = sorted(set(article_ids))
    rows = (
        con.execute("SELECT id, text FROM articles WHERE id IN ?", [ids]).fetchall() if ids else []
    )
    return dict(rows)


def cluster_rows(cluster: Cluster) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A cluster as a row of ``clusters`` and rows of ``cluster_reports``."""
    first = cluster.first
    days = [r.day for r in cluster.reports if r.day]
    row = {
        "id": cluster.id,
        "event_id": first.event_id,
        "source_code": first.source_code,
        "target_code": first.target_code or None,
        "root": first.cameo[:2],
        "cameo": first.cameo,
        "first_date": min(days, default=None),
        "last_date": max(days, default=None),
        "reports": len(cluster.reports),
        "articles": cluster.stories,
        "sources": cluster.publishers,
    }
    links = [
        {"cluster_id": cluster.id, "event_id": r.event_id, "article_id": r.article_id}
        for r in cluster.reports
    ]
    return row, links


def merge_store(store: EventStore, options: MergeOptions = MergeOptions()) -> list[Cluster]:
    """Merge every stored report into events and store them (replacing earlier merges)."""
    reports = stored_reports(store.con)
    multi = defaultdict(set)
    for report in reports:
        multi[(report.source_code, report.target_code, report.cameo[:2])].add(report.article_id)
    texts = article_texts(store.con, (a for ids in multi.values() if len(ids) > 1 for a in ids))
    clusters = merge(reports, texts, options)
    rows = [cluster_rows(c) for c in clusters]
    store.replace_clusters([r for r, _ in rows], [link for _, links in rows for link in links])
    return clusters
