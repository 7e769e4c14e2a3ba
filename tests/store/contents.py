"""A store's rows, to compare two stores built from the same input."""

from __future__ import annotations

from pathlib import Path

from eventwire.store import connect

TABLES = ("articles", "mentions", "events", "rejects")


def store_contents(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the store's tables but the run they came from, in id order."""
    con = connect(db, read_only=True)
    try:
        return {
            table: con.execute(f"SELECT * EXCLUDE (run_id) FROM {table} ORDER BY id").fetchall()
            for table in TABLES
        }
    finally:
        con.close()
