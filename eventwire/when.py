"""Event dates: date expressions resolved against the publication date.

``resolve_date_expression`` reads one short expression (a DATE entity, never a whole
article) and says which date it names, how precisely, and by which method:

- ``explicit``: "April 25, 2019", "25 April 2019", "2019-04-25", "Apr. 25th"; without a year
  ("April 25") the year is the base's, or the year before when that day would be after it.
- ``month``: "April 2019", "in March", "mid-March" (the most recent March not after the
  base's month), "last March" (strictly before it), "next March" (strictly after).
- ``year``: "in 2018", "2018".
- ``weekday``: "on Thursday" is the most recent Thursday on or before the base, so the base
  itself when it is a Thursday (wire copy names the day of publication by its weekday, not
  "today"); "last Thursday" is strictly before the base, "next Thursday" strictly after.
- ``relative``: "today", "tonight" (the base), "yesterday", "the day before yesterday",
  "tomorrow", "two days ago", "a week ago" (day precision); "last week", "this week" and
  "earlier this week" have month precision (the month of the day a week before, or of the
  base): a week is coarser than a day, and month is the finest honest precision we have;
  "last month", "this month", "three months ago" (month); "last year", "this year",
  "earlier this year", "two years ago" (year).

With ``prefer_future`` (``date_events`` sets it for ``future`` events), the ambiguous shapes
read forward instead: "on Thursday" is the base or the coming Thursday, "in June" the
coming June, "May 3" the coming May 3.

Month-precision dates fall on the 1st and year-precision dates on January 1st: the day is
a placeholder, never a guess. Regexes handle the common shapes; dateparser is the fallback
for other short expressions with a digit. ``date_events`` is the stage that dates events.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import Any

from eventwire.datatypes import DatePrecision, Document, Event, Factuality, Span

Resolved = tuple[date, DatePrecision, str]
HISTORICAL_DAYS = 365
MAX_EXPRESSION = 60
_NOUN_MODIFIERS = frozenset({"nummod", "nmod", "compound", "amod", "poss"})

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "couple of": 2,
}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
_NUMBER = r"(?P<count>\d+|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_WEEKDAY = r"(?P<weekday>" + "|".join(_WEEKDAYS) + r")"


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_ISO = _compile(rf"\b{_YEAR}-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})\b")
_MONTH_DAY = _compile(rf"\b{_MONTH}\s+{_DAY}\b(?:\s*[-\u2013]\s*\d{{1,2}}\b)?(?:,?\s+{_YEAR}\b)?")
_DAY_MONTH = _compile(
    rf"\b{_DAY}(?:\s*[-\u2013]\s*\d{{1,2}})?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?"
)
_MONTH_YEAR = _compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b")
_WEEKDAY_WORDS = _compile(rf"\b(?:(?P<which>last|this|next|past|previous|coming)\s+)?{_WEEKDAY}\b")
_SAME_DAY = _compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b")
_DAY_BEFORE = _compile(r"\b(?:the\s+)?day\s+before\s+yesterday\b")
_YESTERDAY = _compile(r"\byesterday\b")
_TOMORROW = _compile(r"\btomorrow\b")
_AGO = _compile(rf"\b{_NUMBER}\s+(?P<unit>day|week|month|year)s?\s+ago\b")
_UNIT = _compile(
    r"\b(?P<which>last|past|previous|this|earlier\s+this|later\s+this|next|coming)"
    r"\s+(?P<unit>week|month|year)\b"
)
_MONTH_ONLY = _compile(rf"\b(?:(?P<which>last|this|next|early|mid|late)[\s-]+)?{_MONTH}\b")
_YEAR_ONLY = _compile(rf"\b{_YEAR}\b(?!s)")
_NUMERIC_DATE = _compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
_DECADE_OR_SPAN = _compile(r"\d0s\b|\b\d+\s+(?:day|week|month|year|decade|centur)")

SENTENCE_WORDS = (_WEEKDAY_WORDS, _DAY_BEFORE, _YESTERDAY, _SAME_DAY, _AGO, _UNIT)
"""Weekday and relative words worth finding in a sentence whose DATE entities name no date."""


def resolve_date_expression(
    text: str, *, base: date, prefer_future: bool = False
) -> Resolved | None:
    """The date a short expression names, its precision and the method used (see the
    module docstring); None when it names no date. ``prefer_future`` reads the ambiguous
    shapes (a weekday, a day or a month without a year) forward from the base instead of
    back: on or after it, for statements about what will happen."""
    return _resolve(text, base, future=prefer_future)


def _resolve(text: str, base: date | None, *, future: bool = False) -> Resolved | None:
    """As ``resolve_date_expression``; without a base, only dates with a year resolve."""
    text = text.strip()[:MAX_EXPRESSION]
    for shape in _SHAPES:
        found = shape(text, base, future)
        if found is not None:
            return found
    return _with_dateparser(text, base, future) if base is not None else None


def _explicit(text: str, base: date | None, future: bool = False) -> Resolved | None:
    match = _ISO.search(text) or _MONTH_DAY.search(text) or _DAY_MONTH.search(text)
    if match is None:
        return None
    month, day = match["month"], int(match["day"])
    number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    if match["year"] is not None:
        found = _safe_date(int(match["year"]), number, day)
    elif base is not None and month[0].isupper():
        found = _safe_date(base.year, number, day)
        if found is not None and (found < base if future else found > base):
            found = _safe_date(base.year + (1 if future else -1), number, day)
    else:
        return None
    return (found, DatePrecision.DAY, "explicit") if found is not None else None


def _month_year(text: str, base: date | None, future: bool = False) -> Resolved | None:
    match = _MONTH_YEAR.search(text)
    if match is None:
        return None
    month = _MONTHS[match["month"].lower().rstrip(".")]
    return date(int(match["year"]), month, 1), DatePrecision.MONTH, "month"


def _weekday(text: str, base: date | None, future: bool = False) -> Resolved | None:
    match = _WEEKDAY_WORDS.search(text)
    if match is None or base is None:
        return None
    target = _WEEKDAYS.index(match["weekday"].lower())
    which = (match["which"] or "").lower()
    if which in ("next", "coming"):
        shift = (target - base.weekday() - 1) % 7 + 1
    elif future and not which:
        shift = (target - base.weekday()) % 7
    else:
        shift = -((base.weekday() - target) % 7)
        if shift == 0 and which in ("last", "past", "previous"):
            shift = -7
    return base + timedelta(days=shift), DatePrecision.DAY, "weekday"


def _days(text: str, base: date | None, future: bool = False) -> Resolved | None:
    """Today, yesterday, the day before yesterday and tomorrow."""
    if base is None:
        return None
    for pattern, shift in ((_DAY_BEFORE, -2), (_YESTERDAY, -1), (_SAME_DAY, 0), (_TOMORROW, 1)):
        if pattern.search(text):
            return base + timedelta(days=shift), DatePrecision.DAY, "relative"
    return None


def _ago(text: str, base: date | None, future: bool = False) -> Resolved | None:
    match = _AGO.search(text)
    if match is None or base is None:
        return None
    count = match["count"].lower()
    number = int(count) if count.isdigit() else _NUMBERS[count]
    return _shifted(base, match["unit"].lower(), -number)


def _unit(text: str, base: date | None, future: bool = False) -> Resolved | None:
    """Last, this and next week, month or year."""
    match = _UNIT.search(text)
    if match is None or base is None:
        return None
    which = match["which"].lower().split()[-1]
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]
    unit = match["unit"].lower()
    if unit == "week":
        return _month_of(base + timedelta(days=7 * step)), DatePrecision.MONTH, "relative"
    return _shifted(base, unit, step)


def _month_only(text: str, base: date | None, future: bool = False) -> Resolved | None:
    match = _MONTH_ONLY.search(text)
    if match is None or base is None or not match["month"][0].isupper():
        return None
    month = _MONTHS[match["month"].lower().rstrip(".")]
    year = _year_of_month(month, base, (match["which"] or "").lower(), future)
    return date(year, month, 1), DatePrecision.MONTH, "month"


def _year_of_month(month: int, base: date, which: str, future: bool) -> int:
    """The year of a month named without one: the most recent such month (the base's own
    included unless "last"), or the coming one for "next" and for future statements."""
    if which == "next" or (future and which != "last"):
        coming = month > base.month or (month == base.month and which != "next")
        return base.year if coming else base.year + 1
    past = month < base.month or (month == base.month and which != "last")
    return base.year if past else base.year - 1


def _year_only(text: str, base: date | None, future: bool = False) -> Resolved | None:
    match = _YEAR_ONLY.search(text)
    if match is None or _NUMERIC_DATE.search(text):
        return None
    return date(int(match["year"]), 1, 1), DatePrecision.YEAR, "year"


_SHAPES: tuple[Callable[[str, date | None, bool], Resolved | None], ...] = (
    _explicit,
    _month_year,
    _weekday,
    _days,
    _ago,
    _unit,
    _month_only,
    _year_only,
)


def _shifted(base: date, unit: str, count: int) -> Resolved:
    """The base moved by whole days, weeks, months or years, at that unit's precision."""
    if unit in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        return base + timedelta(days=days), DatePrecision.DAY, "relative"
    if unit == "month":
        months = base.year * 12 + base.month - 1 + count
        return date(months // 12, months % 12 + 1, 1), DatePrecision.MONTH, "relative"
    return date(base.year + count, 1, 1), DatePrecision.YEAR, "relative"


def _month_of(day: date) -> date:
    return day.replace(day=1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _with_dateparser(text: str, base: date, future: bool = False) -> Resolved | None:
    """dateparser on a short expression with a digit that is neither a decade nor a
    duration; its period gives the precision."""
    if not re.search(r"\d", text) or _DECADE_OR_SPAN.search(text):
        return None
    data = _date_parser(base, "future" if future else "past").get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    if data.period == "year":
        return date(found.year, 1, 1), DatePrecision.YEAR, "year"
    if data.period == "month":
        return _month_of(found), DatePrecision.MONTH, "month"
    return found, DatePrecision.DAY, "explicit"


@functools.lru_cache(maxsize=32)
def _date_parser(base: date, prefer: str = "past") -> Any:
    """A dateparser parser relative to ``base`` (kept for the next article of that day)."""
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


def date_events(doc: Document) -> Document:
    """Stage ``when.event_dates.v1``: sets ``date``, ``date_precision`` and ``date_method`` on
    every event, from (in order) the DATE entities of its sentence, closest to the trigger
    first, skipping dates that only say which thing a noun names; weekday and relative
    words in the sentence; the dateline's date (``dateline``); the publication date
    (``published``). Asserted events dated more than a year before
    publication become ``historical``. Expressions in ``future`` events are read forward
    ("on Thursday" is the coming Thursday)."""
    published = doc.article.published.date() if doc.article.published else None
    dateline = _dateline_date(doc, published)
    events = tuple(_dated(doc, event, published, dateline) for event in doc.events)
    return dataclasses.replace(doc, events=events)


def _dated(doc: Document, event: Event, published: date | None, dateline: date | None) -> Event:
    found = next(_candidates(doc, event, published), None)
    if found is None and dateline is not None:
        found = (dateline, DatePrecision.DAY, "dateline")
    if found is None and published is not None:
        found = (published, DatePrecision.DAY, "published")
    if found is None:
        return dataclasses.replace(event, date=None, date_precision=None, date_method="")
    day, precision, method = found
    factuality = event.factuality
    if factuality is Factuality.ASSERTED and _is_historical(day, precision, published):
        factuality = Factuality.HISTORICAL
    return dataclasses.replace(
        event, date=day, date_precision=precision, date_method=method, factuality=factuality
    )


def _candidates(doc: Document, event: Event, base: date | None) -> Iterator[Resolved]:
    """Resolved dates for the event: its sentence's DATE entities, then its words; read
    forward from the base for ``future`` events."""
    future = event.factuality is Factuality.FUTURE
    for span in [*_date_entities(doc, event), *_date_words(doc, event)]:
        if _dates_a_thing(doc, span, event.trigger) or _an_end(doc.article.text, span):
            continue
        found = _resolve(span.text, base, future=future)
        if found is not None:
            yield found


def _dates_a_thing(doc: Document, span: Span, trigger: Span) -> bool:
    """Whether the date only says which thing a noun names ("restore the 2003 ceasefire",
    "condemned Monday's attack"), not when the event happened. A dated noun still dates the
    event when it is the trigger itself, a subject ("the 1994 war killed..."), or after "in"
    or "during" ("killed in the 2003 invasion"). Needs the parse; without one, never."""
    if doc.parse is None:
        return False
    words = doc.parse.char_span(span.start, span.end, alignment_mode="expand")
    if words is None:
        return False
    noun = words.root.head
    if words.root.dep_ not in _NOUN_MODIFIERS or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.idx <= trigger.start < noun.idx + len(noun.text):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during"))


_UNTIL = re.compile(r"\b(?:until|till|til|up to|since)\s+$", re.IGNORECASE)
_UNTIL_WORD = re.compile(r"(?:until|till|til|since)\b", re.IGNORECASE)


def _an_end(text: str, span: Span) -> bool:
    """Whether the date is when something lasts until or since ("barred from office until
    2030", "have been fighting the government since 2003"), which is not when the event
    happened."""
    before = _UNTIL.search(text, max(0, span.start - 12), span.start)
    return before is not None or _UNTIL_WORD.match(span.text) is not None


def _date_entities(doc: Document, event: Event) -> list[Span]:
    """The DATE entities of the event's sentence, outside the dateline, closest first."""
    dateline = doc.article.dateline
    spans = [
        Span(start=entity.start, end=entity.end, text=entity.text)
        for entity in doc.entities
        if entity.label == "DATE"
        and entity.sentence == event.sentence
        and not (dateline and entity.start < dateline.end and dateline.start < entity.end)
    ]
    return sorted(spans, key=lambda span: _distance(span, event.trigger))


def _date_words(doc: Document, event: Event) -> list[Span]:
    """Weekday and relative words of the event's sentence, closest to the trigger first."""
    where = next((s for s in doc.sentences if s.index == event.sentence), event.evidence)
    spans = [
        Span(start=where.start + match.start(), end=where.start + match.end(), text=match.group())
        for pattern in SENTENCE_WORDS
        for match in pattern.finditer(where.text)
    ]
    outer = [span for span in spans if not any(_inside(span, other) for other in spans)]
    return sorted(outer, key=lambda span: (_distance(span, event.trigger), span.start))


def _inside(span: Span, other: Span) -> bool:
    """Whether ``span`` lies strictly within ``other`` ("yesterday" in "the day before
    yesterday")."""
    return other.start <= span.start and span.end <= other.end and other != span


def _distance(span: Span, trigger: Span) -> int:
    if span.start >= trigger.end:
        return span.start - trigger.end
    return max(0, trigger.start - span.end)


def _dateline_date(doc: Document, published: date | None) -> date | None:
    """The day a dateline names ("VLADIVOSTOK, April 25 (Reuters) -"), if any."""
    dateline = doc.article.dateline
    if dateline is None:
        return None
    found = _explicit(dateline.text, published)
    return found[0] if found is not None else None


def _is_historical(day: date, precision: DatePrecision, published: date | None) -> bool:
    """Whether the whole period the date names ended more than a year before publication."""
    if published is None:
        return False
    return _period_end(day, precision) < published - timedelta(days=HISTORICAL_DAYS)


def _period_end(day: date, precision: DatePrecision) -> date:
    if precision is DatePrecision.YEAR:
        return date(day.year, 12, 31)
    if precision is DatePrecision.MONTH:
        following = _shifted(day, "month", 1)[0]
        return following - timedelta(days=1)
    return day
