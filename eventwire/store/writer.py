"""The event store: one writer connection, batched Arrow inserts, idempotent ids."""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from eventwire.datatypes import Document, Reject
from eventwire.errors import StoreError
from eventwire.store.rows import TABLE_ORDER, batch_tables, read_shard
from eventwire.store.schema import SCHEMA_VERSION, TABLES

WRITE_HINT = (
    "check that the disk has room, that the store and its folder are writable, and that no "
    "other eventwire process is writing to it"
)


def connect(path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and for a writer, create) the store at ``path``."""
    if read_only and not Path(path).exists():
        raise StoreError(f"{path}: no such event store; create it with `eventwire ingest`")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
        if not read_only:
            for ddl in TABLES.values():
                con.execute(ddl)
            con.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
    except (duckdb.Error, OSError) as error:
        hint = "" if read_only else f"; {WRITE_HINT}"
        raise StoreError(f"{path}: cannot open the event store ({error}){hint}") from error
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
        with self._transaction("the start of the run"):
            self.con.execute(
                "INSERT INTO runs (run_id, started, version, config, stages, inputs) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [run_id, datetime.now(), version, json.dumps(config), list(stages), list(inputs)],
            )
        return run_id

    def finish_run(self, run_id: str, counts: RunCounts) -> None:
        """Record what the run read, stored and rejected."""
        with self._transaction("the counts of the run"):
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
        self.write_tables([batch_tables(docs, rejects)], run_id=run_id)

    def write_tables(self, parts: Sequence[Mapping[str, pa.Table]], *, run_id: str) -> None:
        """Store Arrow tables of rows (``rows.batch_tables``) in one transaction, ignoring ids
        already stored."""
        with self._transaction("a batch"):
            for part in parts:
                for table in TABLE_ORDER:
                    if table in part:
                        self._insert(table, part[table], run_id)

    def load_shard(self, prefix: str | Path, *, run_id: str) -> None:
        """Store a Parquet shard written by a worker (``rows.write_shard``), like ``write``."""
        self.write_tables([read_shard(prefix)], run_id=run_id)

    def replace_clusters(
        self, clusters: Sequence[dict[str, Any]], reports: Sequence[dict[str, Any]]
    ) -> None:
        """Replace the merged events in one transaction."""
        with self._transaction("merged events"):
            self.con.execute("DELETE FROM cluster_reports")
            self.con.execute("DELETE FROM clusters")
            for table, rows in (("clusters", clusters), ("cluster_reports", reports)):
                if rows:
                    self.con.register("incoming", pa.Table.from_pylist(list(rows)))
                    self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming")
                    self.con.unregister("incoming")

    @contextlib.contextmanager
    def _transaction(self, what: str) -> Iterator[None]:
        """All of it or none of it: a failed write (a full disk, a read-only file) is rolled
        back and raised as a StoreError that says what to do."""
        try:
            self.con.execute("BEGIN TRANSACTION")
            yield
            self.con.execute("COMMIT")
        except duckdb.Error as error:
            self._rollback()
            raise StoreError(
                f"{self.path}: could not write {what} ({error}); {WRITE_HINT}, then run the "
                "same command again: what was stored before stays, nothing is stored twice"
            ) from error

    def _rollback(self) -> None:
        # A COMMIT that failed has already ended its transaction.
        with contextlib.suppress(duckdb.TransactionException):
            self.con.execute("ROLLBACK")

    def _insert(self, table: str, rows: pa.Table, run_id: str) -> None:
        if not rows.num_rows:
            return
        self.con.register("incoming", rows)
        try:
            self.con.execute(
                f"INSERT OR IGNORE INTO {table} BY NAME SELECT *, ? AS run_id FROM incoming",
                [run_id],
            )
        finally:
            self.con.unregister("incoming")
