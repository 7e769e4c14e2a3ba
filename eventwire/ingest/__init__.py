"""Readers: text, HTML, JSONL/CSV, RSS/Atom and WARC inputs to raw Articles (or Rejects)."""

from eventwire.ingest.reader import read_paths, read_stream

__all__ = ["read_paths", "read_stream"]
