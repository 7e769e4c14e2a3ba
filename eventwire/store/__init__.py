"""The DuckDB event store: schema, the one writer, and queries."""

from eventwire.store.query import EventFilter, query_events, summarize
from eventwire.store.writer import EventStore, RunCounts, connect

__all__ = ["EventFilter", "EventStore", "RunCounts", "connect", "query_events", "summarize"]
