"""Every error eventwire raises, and the messages that explain them.

The library raises; only the CLI and web layers print or exit.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error raised on purpose by eventwire."""


class InputError(EventwireError):
    """An input could not be read: says what, where (file, line) and how to fix it."""

    def __init__(self, message: str, *, origin: str = "", line: int | None = None) -> None:
        where = origin + (f":{line}" if line is not None else "")
        super().__init__(f"{where}: {message}" if where else message)
        self.origin = origin
        self.line = line
        self.reason = message


class ConfigError(EventwireError):
    """A configuration file or setting is invalid."""


class StageError(EventwireError):
    """A pipeline stage failed on a document; names the stage and the article."""


class StoreError(EventwireError):
    """The event store could not be opened, read or written."""


class Skip(EventwireError):
    """Raised by a stage to drop a document on purpose, with a machine-readable reason."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
