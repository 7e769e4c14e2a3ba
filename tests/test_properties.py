"""Properties that must hold for any input: the cleaner, the date resolver and the readers
never crash, every span points into the text, and ids do not depend on the run."""

from __future__ import annotations

import io
import json
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.clean import clean
from eventwire.datatypes import Article, DatePrecision, Document, Reject
from eventwire.errors import Skip
from eventwire.ingest import read_stream
from eventwire.when import resolve_date_expression

JUNK = (
    "Font Size: | Print",
    "Share this article",
    "Read more: x",
    "(Reuters)",
    "PARIS (AP) —",
    "Friday, 2019-04-26 18:08:15",
    "Photo: AFP",
    "\n\n",
    "\n",
    "  ",
    "—",
    "\u2019",
)
text_like = st.lists(st.one_of(st.text(max_size=80), st.sampled_from(JUNK)), max_size=12).map(
    "".join
)
quick = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@quick
@given(text_like, st.sampled_from(["text", "html", "jsonl"]))
def test_the_cleaner_never_crashes_and_its_spans_point_into_the_text(text, fmt):
    doc = Document(article=Article(id="a", text=text, raw_format=fmt))
    try:
        cleaned = clean(doc).article
    except Skip as skip:
        assert skip.reason == "no-text"
        return
    for span in (*cleaned.captions, *([cleaned.dateline] if cleaned.dateline else [])):
        assert 0 <= span.start <= span.end <= len(cleaned.text)
        assert cleaned.text[span.start : span.end] == span.text
    assert clean(Document(article=cleaned)).article.text == cleaned.text


@quick
@given(st.text(max_size=40), st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 1, 1)))
def test_the_date_resolver_never_crashes_and_says_how_precise_it_is(text, base):
    resolved = resolve_date_expression(text, base=base)
    if resolved is not None:
        day, precision, method = resolved
        assert isinstance(day, date) and precision in DatePrecision and method


@quick
@given(
    st.binary(max_size=400),
    st.sampled_from(["", "x.txt", "x.jsonl", "x.csv", "x.html", "x.rss", "x.warc", "x.gz"]),
)
def test_readers_turn_any_bytes_into_articles_or_rejects(data, name):
    items = list(read_stream(io.BytesIO(data), origin="<test>", name=name))
    assert all(isinstance(item, (Article, Reject)) for item in items)
    again = list(read_stream(io.BytesIO(data), origin="<test>", name=name))
    assert [getattr(i, "id", None) for i in items] == [getattr(i, "id", None) for i in again]


@quick
@given(st.text(min_size=1, max_size=200).filter(str.strip))
def test_article_ids_depend_only_on_the_input(text):
    record = (json.dumps({"text": text, "date": "2020-01-02"}) + "\n").encode()
    first = list(read_stream(io.BytesIO(record), origin="a.jsonl", name="a.jsonl"))
    second = list(read_stream(io.BytesIO(record), origin="a.jsonl", name="a.jsonl"))
    assert [a.id for a in first if isinstance(a, Article)] == [
        a.id for a in second if isinstance(a, Article)
    ]
    assert all(a.published == datetime(2020, 1, 2) for a in first if isinstance(a, Article))
