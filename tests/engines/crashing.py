"""A stage that kills its own process on a marked article, as a crash in native code or
the kernel's out-of-memory killer would: workers import it by its path."""

from __future__ import annotations

import os
import signal

from eventwire.datatypes import Document

MARKER = "KILL-THIS-WORKER"


def kill_on_marker(doc: Document) -> Document:
    """The document unchanged, unless its text holds the marker."""
    if MARKER in doc.article.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return doc
