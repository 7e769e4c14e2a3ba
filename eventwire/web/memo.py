"""Answers kept for the server's lifetime: a served store cannot change.

The server holds the store open read-only, and DuckDB then refuses every writer (``eventwire
ingest`` says the file is locked), so an answer computed once stays true until the server
stops. Answers are kept within a budget per server process (bytes of JSON sent, or a count
of values); the least recently asked for go first.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

MEMO_BYTES = 64 * 2**20
Value = TypeVar("Value")


def one(value: object) -> int:
    """The size of a value in a memo that counts values."""
    return 1


class Memo(Generic[Value]):
    """A least-recently-used store of values within a budget, safe across threads.

    ``size`` measures a value against the budget: ``len`` (bytes, the default) or ``one``.
    """

    def __init__(self, budget: int = MEMO_BYTES, *, size: Callable[[Any], int] = len) -> None:
        self.budget = budget
        self.size = size
        self.held = 0
        self.hits = 0
        self.misses = 0
        self._items: OrderedDict[Hashable, Value] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._items

    def get(self, key: Hashable, compute: Callable[[], Value]) -> Value:
        """The value kept under ``key``, computed (outside the lock) when missing."""
        found = self.find(key)
        if found is not None:
            return found
        value = compute()
        self.put(key, value)
        return value

    def find(self, key: Hashable) -> Value | None:
        """The value kept under ``key``, or None (counted as a miss)."""
        with self._lock:
            if key not in self._items:
                self.misses += 1
                return None
            self.hits += 1
            self._items.move_to_end(key)
            return self._items[key]

    def put(self, key: Hashable, value: Value) -> None:
        """Keep ``value`` (unless it alone is over the budget), forgetting the oldest."""
        size = self.size(value)
        if size > self.budget:
            return
        with self._lock:
            if key in self._items:
                self.held -= self.size(self._items.pop(key))
            self._items[key] = value
            self.held += size
            while self.held > self.budget:
                self.held -= self.size(self._items.popitem(last=False)[1])
