"""RSS and Atom feeds: one Article per entry with text."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from eventwire.datatypes import Article, Reject
from eventwire.ingest import read_paths

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>World Wire</title><link>https://wire.example</link>
<item><title>Leaders meet in Vladivostok</title><link>https://wire.example/1</link>
<pubDate>Thu, 25 Apr 2019 10:30:00 +0300</pubDate>
<description>&lt;p&gt;VLADIVOSTOK, April 25 (Reuters) - Putin met Kim.&lt;/p&gt;
&lt;p&gt;They talked.&lt;/p&gt;</description>
</item>
<item><title>Empty item</title><link>https://wire.example/2</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Summit ends</title><link href="https://atom.example/a1"/><id>urn:a1</id>
<updated>2019-04-26T08:00:00Z</updated>
<content type="html">&lt;p&gt;The summit ended on &lt;b&gt;Friday&lt;/b&gt;.&lt;/p&gt;</content>
</entry>
</feed>
"""


def test_rss_entries(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second = list(read_paths([path]))
    assert isinstance(first, Article)
    assert first.origin == f"{path}#1"
    assert first.raw_format == "rss"
    assert first.title == "Leaders meet in Vladivostok"
    assert first.url == "https://wire.example/1"
    assert first.source == "World Wire"
    assert first.published == datetime(2019, 4, 25, 10, 30)
    assert first.text == "VLADIVOSTOK, April 25 (Reuters) - Putin met Kim.\n\nThey talked."
    assert isinstance(second, Reject)
    assert (second.origin, second.reason) == (f"{path}#2", "no-content")


def test_atom_entry(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    (entry,) = list(read_paths([path]))
    assert isinstance(entry, Article)
    assert entry.raw_format == "atom"
    assert entry.text == "The summit ended on Friday."
    assert entry.published == datetime(2019, 4, 26, 8, 0)
    assert entry.url == "https://atom.example/a1"


def test_xml_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text(ATOM)
    (tmp_path / "other.xml").write_text('<?xml version="1.0"?><catalog><book/></catalog>')
    feed, other = list(read_paths([tmp_path]))
    assert isinstance(feed, Article)
    assert feed.raw_format == "atom"
    assert isinstance(other, Reject)
    assert other.reason == "unsupported-format"


def test_malformed_feed(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><item><title>x</ti")
    (item,) = list(read_paths([path]))
    assert isinstance(item, Reject)
    assert item.reason == "malformed-feed"


def test_feed_that_breaks_the_parser(tmp_path: Path) -> None:
    path = tmp_path / "surrogate.rss"
    path.write_bytes(b"<rss><item><description>&#xD800;</description></item></rss>")
    (item,) = list(read_paths([path]))
    assert isinstance(item, Reject)
    assert item.reason == "malformed-feed"
