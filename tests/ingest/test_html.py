"""HTML pages: main text, title, date and URL."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from eventwire.datatypes import Article, Reject
from eventwire.ingest import read_paths

PAGE = """<!DOCTYPE html><html><head><title>Leaders meet | Example News</title>
<meta property="og:title" content="Leaders meet in Vladivostok">
<meta property="article:published_time" content="2019-04-25T10:30:00+03:00">
<link rel="canonical" href="https://news.example/a/1">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Leaders meet in Vladivostok</h1>
<p>VLADIVOSTOK, April 25 (Reuters) - Russian President Vladimir Putin met North Korean leader
Kim Jong Un on Thursday for their first summit, officials said.</p>
<p>The two leaders discussed the nuclear standoff on the Korean Peninsula and economic ties.</p>
<p>Kim arrived by armoured train on Wednesday.</p></article>
<script>var tracking = 1;</script>
</body></html>"""


def test_html_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = list(read_paths([path]))
    assert isinstance(article, Article)
    assert article.raw_format == "html"
    assert article.title == "Leaders meet in Vladivostok"
    assert article.url == "https://news.example/a/1"
    assert article.published == datetime(2019, 4, 25, 10, 30)
    paragraphs = article.text.split("\n\n")
    assert "VLADIVOSTOK, April 25 (Reuters) - Russian President" in article.text
    assert paragraphs[-1] == "Kim arrived by armoured train on Wednesday."
    assert "tracking" not in article.text
    assert "\n\n\n" not in article.text


def test_htm_date_only(tmp_path: Path) -> None:
    page = PAGE.replace("2019-04-25T10:30:00+03:00", "2019-04-25")
    path = tmp_path / "page.htm"
    path.write_text(page)
    (article,) = list(read_paths([path]))
    assert isinstance(article, Article)
    assert article.published == datetime(2019, 4, 25)


def test_page_without_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>app()</script></head><body></body></html>")
    (item,) = list(read_paths([path]))
    assert isinstance(item, Reject)
    assert item.reason == "no-content"


BROKEN = (
    b"<svg>--><p><p>&#xD800;</p><script><svg><title><svg><math><!--&#xD800;"
    b"<?xml version='1.0' encoding='ebcdic'?><svg><!DOCTYPE html>-->Some words here. "
    b"<?xml version='1.0' encoding='ebcdic'?><meta property='article:published_time' "
    b"content='9999-99-99'>"
)


def test_markup_that_breaks_the_extractor(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_bytes(BROKEN)
    items = list(read_paths([path]))
    assert len(items) == 1
    assert isinstance(items[0], Article | Reject)
