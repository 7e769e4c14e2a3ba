"""The event store: one writer connection, batched Arrow inserts, idempotent ids."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from eventwire.datatypes import Document, Reject
from eventwire.errors import StoreError
from eventwire.records import event_row
from eventwire.store.rows import article_row, mention_row, reject_row
from eventwire.store.schema import SCHEMA_VERSION, TABLES


def connect(path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and for a writer, create) the store at ``path``."""
    if read_only and not Path(path).exists():
        raise StoreError(f"{path}: no such event store; create it with `eventwire ingest`")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except (duckdb.Error, OSError) as error:
        raise StoreError(f"{path}: cannot open the event store ({error})") from error
    if not read_only:
        for ddl in TABLES.values():
            con.execute(ddl)
        con.execute(
            "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )
    return con


@dataclass(slots=True)
class RunCounts:
    """What a run read and what became of it: read = stored + rejected + duplicates."""

    read: int = 0
    stored: int = 0
    rejected: int = 0
    duplicates: int = 0
    events: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def add_reject(self, reason: str) -> None:
        """Count one rejected input."""
        self.rejected += 1
        self.reasons[reason] = self.reasons.get(reason, 0) + 1


class EventStore:
    """The one writer of a store: documents and rejects go in by batches."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.con = connect(self.path)

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    def start_run(
        self, *, config: dict[str, Any], stages: Sequence[str], inputs: Sequence[str], version: str
    ) -> str:
        """Record the start of a run; returns its id."""
        run_id = f"{datetime.now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        self.con.execute(
            "INSERT INTO runs (run_id, started, version, config, stages, inputs) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [run_id, datetime.now(), version, json.dumps(config), list(stages), list(inputs)],
        )
        return run_id

    def finish_run(self, run_id: str, counts: RunCounts) -> None:
        """Record what the run read, stored and rejected."""
        self.con.execute(
            "UPDATE runs SET finished = ?, read = ?, stored = ?, rejected = ?, duplicates = ?, "
            "events = ? WHERE run_id = ?",
            [
                datetime.now(),
                counts.read,
                counts.stored,
                counts.rejected,
                counts.duplicates,
                counts.events,
                run_id,
            ],
        )

    def known_articles(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are already stored."""
        wanted = list(set(ids))
        if not wanted:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN ?", [wanted]).fetchall()
        return {row[0] for row in rows}

    def write(self, docs: Sequence[Document], rejects: Sequence[Reject], *, run_id: str) -> None:
        """Store a batch in one transaction; rows already stored are left as they are."""
        tables = {
            "articles": [article_row(d.article) for d in docs],
            "mentions": [mention_row(m, d.article.id) for d in docs for m in d.mentions],
            "events": [event_row(e) for d in docs for e in d.events],
            "rejects": [reject_row(r) for r in rejects],
        }
        try:
            self.con.execute("BEGIN TRANSACTION")
            for table, rows in tables.items():
                self._insert(table, rows, run_id)
            self.con.execute("COMMIT")
        except duckdb.Error as error:
            self.con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: could not write a batch ({error})") from error

    def replace_clusters(
        self, clusters: Sequence[dict[str, Any]], reports: Sequence[dict[str, Any]]
    ) -> None:
        """Replace the merged events in one transaction."""
        try:
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute("DELETE FROM cluster_reports")
            self.con.execute("DELETE FROM clusters")
            for table, rows in (("clusters", clusters), ("cluster_reports", reports)):
                if rows:
                    self.con.register("incoming", pa.Table.from_pylist(list(rows)))
                    self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming")
                    self.con.unregister("incoming")
            self.con.execute("COMMIT")
        except duckdb.Error as error:
            self.con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: could not write merged events ({error})") from error

    def _insert(self, table: str, rows: list[dict[str, Any]], run_id: str) -> None:
        if not rows:
            return
        batch = pa.Table.from_pylist([{**row, "run_id": run_id} for row in rows])
        self.con.register("incoming", batch)
        try:
            self.con.execute(f"INSERT OR IGNORE INTO {table} BY NAME SELECT * FROM incoming")
        finally:
            self.con.unregister("incoming")
