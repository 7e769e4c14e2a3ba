"""Event dates: date expressions and the dating stage, against a fixed base date."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from typing import Any

import pytest

from eventwire.datatypes import (
    Article,
    DatePrecision,
    Document,
    Entity,
    Event,
    Factuality,
    Sentence,
    Span,
)
from eventwire.when import date_events, resolve_date_expression
from tests.conftest import assault

BASE = date(2019, 4, 25)  # a Thursday
DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April 25, 2019", (date(2019, 4, 25), DAY, "explicit")),
        ("25 April 2019", (date(2019, 4, 25), DAY, "explicit")),
        ("2019-04-25", (date(2019, 4, 25), DAY, "explicit")),
        ("Sept. 11, 2001", (date(2001, 9, 11), DAY, "explicit")),
        ("the 3rd of May 2017", (date(2017, 5, 3), DAY, "explicit")),
        ("April 25-26", (date(2019, 4, 25), DAY, "explicit")),
        ("April 25", (date(2019, 4, 25), DAY, "explicit")),
        ("Apr. 3rd", (date(2019, 4, 3), DAY, "explicit")),
        ("April 26", (date(2018, 4, 26), DAY, "explicit")),
        ("25/04/2019", (date(2019, 4, 25), DAY, "explicit")),
        ("April 2018", (date(2018, 4, 1), MONTH, "month")),
        ("in March", (date(2019, 3, 1), MONTH, "month")),
        ("in April", (date(2019, 4, 1), MONTH, "month")),
        ("in May", (date(2018, 5, 1), MONTH, "month")),
        ("mid-March", (date(2019, 3, 1), MONTH, "month")),
        ("last April", (date(2018, 4, 1), MONTH, "month")),
        ("next May", (date(2019, 5, 1), MONTH, "month")),
        ("in 2018", (date(2018, 1, 1), YEAR, "year")),
        ("2018", (date(2018, 1, 1), YEAR, "year")),
        ("today", (BASE, DAY, "relative")),
        ("tonight", (BASE, DAY, "relative")),
        ("yesterday", (date(2019, 4, 24), DAY, "relative")),
        ("the day before yesterday", (date(2019, 4, 23), DAY, "relative")),
        ("tomorrow", (date(2019, 4, 26), DAY, "relative")),
        ("two days ago", (date(2019, 4, 23), DAY, "relative")),
        ("3 days ago", (date(2019, 4, 22), DAY, "relative")),
        ("a week ago", (date(2019, 4, 18), DAY, "relative")),
        ("last week", (date(2019, 4, 1), MONTH, "relative")),
        ("earlier this week", (date(2019, 4, 1), MONTH, "relative")),
        ("last month", (date(2019, 3, 1), MONTH, "relative")),
        ("three months ago", (date(2019, 1, 1), MONTH, "relative")),
        ("this month", (date(2019, 4, 1), MONTH, "relative")),
        ("last year", (date(2018, 1, 1), YEAR, "relative")),
        ("earlier this year", (date(2019, 1, 1), YEAR, "relative")),
        ("two years ago", (date(2017, 1, 1), YEAR, "relative")),
    ],
)
def test_shapes(text: str, expected: tuple[date, DatePrecision, str]) -> None:
    assert resolve_date_expression(text, base=BASE) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on Thursday", 25),  # the base itself: wire copy names today by its weekday
        ("Thursday evening", 25),
        ("on Wednesday", 24),
        ("Friday", 19),
        ("Monday", 22),
        ("last Thursday", 18),
        ("last Wednesday", 24),
        ("next Monday", 29),
        ("next Thursday", 2),
    ],
)
def test_weekdays_relative_to_the_base(text: str, day: int) -> None:
    found = resolve_date_expression(text, base=BASE)
    assert found is not None
    assert found[0].day == day and found[1:] == (DAY, "weekday")


def test_last_week_crossing_a_month() -> None:
    assert resolve_date_expression("last week", base=date(2019, 5, 3)) == (
        date(2019, 4, 1),
        MONTH,
        "relative",
    )


def test_last_week_in_january_is_in_december() -> None:
    found = resolve_date_expression("last month", base=date(2019, 1, 10))
    assert found == (date(2018, 12, 1), MONTH, "relative")


@pytest.mark.parametrize(
    "text", ["the 1950s", "two years", "decades", "recent days", "the weekend", "may", "", "soon"]
)
def test_not_a_date(text: str) -> None:
    assert resolve_date_expression(text, base=BASE) is None


def test_month_and_year_dates_never_invent_a_day() -> None:
    for text in ("in March", "March 2018", "last month", "in 2018", "earlier this year"):
        found = resolve_date_expression(text, base=BASE)
        assert found is not None and found[0].day == 1, text
    found = resolve_date_expression("in 2018", base=BASE)
    assert found is not None and found[0].month == 1


# The dating stage


PUBLISHED = datetime(2019, 4, 25, 9, 30)


def sentences(text: str) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(index=index, start=match.start(), end=match.end(), text=match.group())
        for index, match in enumerate(re.finditer(r"[^.]+\.?\s*", text))
    )


def make_event(
    text: str,
    trigger: str,
    *,
    sentence: int = 0,
    factuality: Factuality = Factuality.ASSERTED,
) -> Event:
    where = sentences(text)[sentence]
    start = text.index(trigger, where.start)
    return assault(
        sentence=sentence,
        evidence=Span(start=where.start, end=where.end, text=where.text),
        trigger=Span(start=start, end=start + len(trigger), text=trigger),
        factuality=factuality,
    )


def make_document(
    text: str,
    events: list[Event],
    *,
    dates: tuple[str, ...] = (),
    published: datetime | None = PUBLISHED,
    dateline: str = "",
) -> Document:
    split = sentences(text)
    entities = []
    for name in dates:
        start = text.index(name)
        index = next(s.index for s in split if s.start <= start < s.end)
        entities.append(
            Entity(start=start, end=start + len(name), text=name, label="DATE", sentence=index)
        )
    article = Article(
        id="a1",
        text=text,
        published=published,
        dateline=Span(start=0, end=len(dateline), text=dateline) if dateline else None,
    )
    return Document(
        article=article, sentences=split, entities=tuple(entities), events=tuple(events)
    )


def dated(doc: Document) -> tuple[Event, ...]:
    return date_events(doc).events


def test_closest_date_entity_first() -> None:
    text = "On April 2, after talks on Monday, troops attacked the town."
    doc = make_document(text, [make_event(text, "attacked")], dates=("April 2", "Monday"))
    (event,) = dated(doc)
    assert (event.date, event.date_precision, event.date_method) == (
        date(2019, 4, 22),
        DAY,
        "weekday",
    )


def test_unresolvable_entity_falls_through_to_the_next() -> None:
    text = "After two years of war, troops attacked the town in March."
    doc = make_document(text, [make_event(text, "attacked")], dates=("two years", "March"))
    (event,) = dated(doc)
    assert (event.date, event.date_precision, event.date_method) == (
        date(2019, 3, 1),
        MONTH,
        "month",
    )


def test_weekday_words_without_entities() -> None:
    text = "Troops attacked the town on Tuesday, officials said."
    (event,) = dated(make_document(text, [make_event(text, "attacked")]))
    assert (event.date, event.date_method) == (date(2019, 4, 23), "weekday")


def test_relative_words_without_entities() -> None:
    text = "Troops attacked the town the day before yesterday."
    (event,) = dated(make_document(text, [make_event(text, "attacked")]))
    assert (event.date, event.date_method) == (date(2019, 4, 23), "relative")


def test_dateline_date() -> None:
    dateline = "VLADIVOSTOK, April 24 (Reuters) -"
    text = dateline + " Kim met Putin."
    doc = make_document(text, [make_event(text, "met")], dates=("April 24",), dateline=dateline)
    (event,) = dated(doc)
    assert (event.date, event.date_precision, event.date_method) == (
        date(2019, 4, 24),
        DAY,
        "dateline",
    )


def test_published_date() -> None:
    text = "Kim met Putin."
    (event,) = dated(make_document(text, [make_event(text, "met")]))
    assert (event.date, event.date_precision, event.date_method) == (BASE, DAY, "published")


def test_no_date_at_all() -> None:
    text = "Kim met Putin on Thursday."
    (event,) = dated(make_document(text, [make_event(text, "met")], published=None))
    assert (event.date, event.date_precision, event.date_method) == (None, None, "")


def test_explicit_date_without_publication_date() -> None:
    text = "Kim met Putin on April 25, 2019."
    doc = make_document(text, [make_event(text, "met")], dates=("April 25, 2019",), published=None)
    (event,) = dated(doc)
    assert (event.date, event.date_method) == (BASE, "explicit")


def test_events_of_other_sentences_use_their_own_dates() -> None:
    text = "Troops attacked the town yesterday. Kim met Putin in 2017."
    events = [make_event(text, "attacked"), make_event(text, "met", sentence=1)]
    first, second = dated(make_document(text, events, dates=("yesterday", "2017")))
    assert first.date == date(2019, 4, 24)
    assert (second.date, second.date_precision) == (date(2017, 1, 1), YEAR)


@pytest.mark.parametrize(
    ("when", "before", "after"),
    [
        ("in 2017", Factuality.ASSERTED, Factuality.HISTORICAL),
        ("in 2017", Factuality.NEGATED, Factuality.NEGATED),
        ("in 2018", Factuality.ASSERTED, Factuality.ASSERTED),  # 2018 ended within the year
        ("on March 3, 2018", Factuality.ASSERTED, Factuality.HISTORICAL),
        ("on May 3, 2018", Factuality.ASSERTED, Factuality.ASSERTED),
        ("in March 2018", Factuality.ASSERTED, Factuality.HISTORICAL),
        ("in April 2018", Factuality.ASSERTED, Factuality.ASSERTED),
    ],
)
def test_historical_marking(when: str, before: Factuality, after: Factuality) -> None:
    text = f"Troops attacked the town {when}."
    expression = when.split(" ", 1)[1]
    doc = make_document(
        text, [make_event(text, "attacked", factuality=before)], dates=(expression,)
    )
    (event,) = dated(doc)
    assert event.factuality is after


def test_other_fields_are_kept() -> None:
    text = "Kim met Putin."
    original = make_event(text, "met")
    (event,) = dated(make_document(text, [original]))
    assert (event.id, event.cameo, event.trigger, event.place) == (
        original.id,
        original.cameo,
        original.trigger,
        original.place,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Thursday", date(2019, 4, 25)),
        ("on Wednesday", date(2019, 5, 1)),
        ("last Wednesday", date(2019, 4, 24)),
        ("May 3", date(2019, 5, 3)),
        ("April 2", date(2020, 4, 2)),
        ("in June", date(2019, 6, 1)),
        ("in March", date(2020, 3, 1)),
        ("in April", date(2019, 4, 1)),
    ],
)
def test_prefer_future(text: str, expected: date) -> None:
    found = resolve_date_expression(text, base=BASE, prefer_future=True)
    assert found is not None and found[0] == expected


def test_future_events_read_dates_forward() -> None:
    text = "The council is expected to meet on Wednesday."
    future = make_event(text, "meet", factuality=Factuality.FUTURE)
    (event,) = dated(make_document(text, [future], dates=("Wednesday",)))
    assert (event.date, event.date_method, event.factuality) == (
        date(2019, 5, 1),
        "weekday",
        Factuality.FUTURE,
    )


# A date inside a noun phrase names a thing, not the event (needs the parse)


def parsed_event_document(spacy_document: Any, text: str, trigger: str) -> Document:
    doc = spacy_document(text)
    start = text.index(trigger)
    sentence = next(s for s in doc.sentences if s.start <= start < s.end)
    event = assault(
        sentence=sentence.index,
        evidence=Span(start=sentence.start, end=sentence.end, text=sentence.text),
        trigger=Span(start=start, end=start + len(trigger), text=trigger),
    )
    article = dataclasses.replace(doc.article, published=PUBLISHED)
    return dataclasses.replace(doc, article=article, events=(event,))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Both sides agreed to restore the 2011 truce along the border.", "agreed"),
        ("The rebels broke the March 2016 peace accord.", "broke"),
        ("The governor condemned Monday's bombing of the market.", "condemned"),
    ],
)
def test_a_date_naming_a_thing_does_not_date_the_event(
    spacy_document: Any, text: str, trigger: str
) -> None:
    (event,) = dated(parsed_event_document(spacy_document, text, trigger))
    assert (event.date, event.date_method) == (PUBLISHED.date(), "published")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "year"),
    [
        ("Soldiers shot hundreds of villagers during the 1988 uprising.", "shot", 1988),
        ("The 2011 invasion of Norland was condemned at once.", "invasion", 2011),
    ],
)
def test_a_dated_happening_still_dates_the_event(
    spacy_document: Any, text: str, trigger: str, year: int
) -> None:
    (event,) = dated(parsed_event_document(spacy_document, text, trigger))
    assert event.date is not None and event.date.year == year


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("The court barred the senator from office until 2030.", ("2030",)),
        ("The court barred the senator from office until March.", ("until March",)),
        ("The rebels, fighting since 2003, barred the senator from the town.", ("2003",)),
    ],
)
def test_when_something_lasts_until_is_no_event_date(text: str, dates: tuple[str, ...]) -> None:
    doc = make_document(text, [make_event(text, "barred")], dates=dates)
    (event,) = dated(doc)
    assert (event.date, event.date_method) == (PUBLISHED.date(), "published")
