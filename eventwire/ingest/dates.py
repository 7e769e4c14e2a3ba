"""Publication dates of records and feed entries: ISO, RFC 2822 and a few common formats."""

from __future__ import annotations

from datetime import date, datetime
from email.utils import parsedate_to_datetime

FORMATS = (
    "%Y/%m/%d",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%d.%m.%Y",
    "%d.%m.%Y %H:%M",
    "%Y%m%d",
    "%d %B %Y",
    "%d %b %Y",
    "%d %B %Y %H:%M",
    "%d %b %Y %H:%M",
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%B %d %Y",
    "%B %d, %Y %H:%M",
    "%B %d, %Y %I:%M %p",
)


def parse_date(value: object) -> datetime | None:
    """A naive datetime in the time given (a date alone is midnight), or None when unparseable."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if not isinstance(value, str) or not value.strip():
        return None
    text = " ".join(value.split())
    return _iso(text) or _rfc2822(text) or _formats(text)


def _iso(text: str) -> datetime | None:
    """ISO 8601 (``2019-04-26``, ``2019-04-26T18:08:15Z``, with any offset)."""
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return None


def _rfc2822(text: str) -> datetime | None:
    """RFC 2822, as in RSS (``Fri, 26 Apr 2019 18:08:15 +0700``)."""
    try:
        return parsedate_to_datetime(text).replace(tzinfo=None)
    except (TypeError, ValueError, IndexError):
        return None


def _formats(text: str) -> datetime | None:
    """The first of the common formats that parses the whole text."""
    for fmt in FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None
