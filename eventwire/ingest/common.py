"""What every reader shares: the input error with a reason code, and the Article builder."""

from __future__ import annotations

import errno
import re
from datetime import datetime
from types import MappingProxyType

from eventwire.datatypes import Article, Reject, stable_id
from eventwire.errors import InputError

REASON_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")

OS_REASONS = MappingProxyType(
    {
        errno.ELOOP: (
            "symlink-loop",
            "a symbolic link points back into itself; remove or fix the link",
        ),
        errno.EACCES: ("unreadable", "permission denied; make the file readable (chmod +r)"),
        errno.EPERM: ("unreadable", "operation not permitted; make the file readable"),
        errno.ENOENT: ("not-found", "no such file or folder; check the path"),
    }
)


class BadInput(InputError):
    """An unusable input: a kebab-case reason, and a detail that says how to fix it."""

    def __init__(self, reason: str, detail: str, *, origin: str, line: int | None = None) -> None:
        super().__init__(reason, origin=origin, line=line)
        self.detail = detail


def reject(origin: str, reason: str, detail: str) -> Reject:
    """A Reject of the ingest stage."""
    return Reject(origin=origin, reason=reason, detail=detail, stage="ingest")


def reject_from_error(exc: InputError, fallback_origin: str) -> Reject:
    """Turn an InputError (a BadInput or a plain one) into a Reject."""
    origin = exc.origin or fallback_origin
    if exc.line is not None:
        origin = f"{origin}:{exc.line}"
    detail = getattr(exc, "detail", "")
    if REASON_RE.fullmatch(exc.reason):
        return reject(origin, exc.reason, detail)
    return reject(origin, "bad-input", detail or exc.reason)


def reject_from_os_error(origin: str, exc: OSError) -> Reject:
    """Turn an OSError met while listing or opening a path into a Reject."""
    reason, hint = OS_REASONS.get(
        exc.errno or 0, ("unreadable", "check the file and its permissions")
    )
    cause = exc.strerror or str(exc) or type(exc).__name__
    return reject(origin, reason, f"{cause}: {hint}")


def build_article(
    text: str,
    *,
    origin: str,
    base: str,
    raw_format: str,
    record_id: str = "",
    title: str = "",
    published: datetime | None = None,
    url: str = "",
    source: str = "",
) -> Article:
    """An Article whose id is the input's own id, else a hash of url (or base) and text."""
    article_id = record_id or stable_id(url or base, text)
    return Article(
        id=article_id,
        text=text,
        title=title,
        published=published,
        url=url,
        source=source,
        origin=origin,
        raw_format=raw_format,
    )
