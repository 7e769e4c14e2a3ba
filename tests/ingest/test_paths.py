"""Files and folders: recursion, order, hidden files, gzip, symlink loops, unreadable files."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from eventwire.datatypes import Article, Reject
from eventwire.ingest import read_paths

EXAMPLES = Path(__file__).parents[2] / ".." / "shared" / "examples"
EXAMPLE = EXAMPLES / "russia-dprk-summit-2019.txt"


def origins(items: list[Article | Reject]) -> list[str]:
    """The origin of every item."""
    return [item.origin for item in items]


def test_folder_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "z.txt").write_text("Last.")
    (tmp_path / "a.txt").write_text("First.")
    (tmp_path / "b" / "deep" / "c.txt").write_text("Nested.")
    (tmp_path / "b" / ".secret.txt").write_text("Hidden.")
    (tmp_path / ".hidden" / "d.txt").write_text("Hidden too.")
    items = list(read_paths([tmp_path]))
    assert all(isinstance(item, Article) for item in items)
    assert origins(items) == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "deep" / "c.txt"),
        str(tmp_path / "z.txt"),
    ]


def test_paths_as_strings_and_explicit_hidden_file(tmp_path: Path) -> None:
    hidden = tmp_path / ".note.txt"
    hidden.write_text("Asked for by name.")
    (item,) = list(read_paths([str(hidden)]))
    assert isinstance(item, Article)


def test_reading_is_lazy(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First.")
    (tmp_path / "b.txt").write_text("Second.")
    items = read_paths([tmp_path])
    first = next(items)
    assert isinstance(first, Article)
    (tmp_path / "b.txt").unlink()
    (second,) = list(items)
    assert isinstance(second, Reject)
    assert second.reason == "not-found"


def test_gz_text(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress("Caf\u00e9 summit.".encode()))
    (article,) = list(read_paths([path]))
    assert isinstance(article, Article)
    assert (article.text, article.origin, article.raw_format) == (
        "Caf\u00e9 summit.",
        str(path),
        "text",
    )


def test_gz_html_and_gz_without_inner_extension(tmp_path: Path) -> None:
    page = "<html><body><article><p>" + "The ministers met in Geneva on Monday. " * 5
    (tmp_path / "a.html.gz").write_bytes(
        gzip.compress((page + "</p></article></body></html>").encode())
    )
    (tmp_path / "b.gz").write_bytes(gzip.compress(b'{"text": "Sniffed as JSONL."}\n'))
    first, second = list(read_paths([tmp_path]))
    assert isinstance(first, Article) and first.raw_format == "html"
    assert isinstance(second, Article) and second.raw_format == "jsonl"


@pytest.mark.parametrize(
    "data",
    [
        gzip.compress(b"A complete text that is long enough to be cut. " * 20)[:-30],
        b"\x1f\x8b\x08\x00garbage that is not deflate data",
    ],
    ids=["truncated", "corrupt"],
)
def test_bad_gzip(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(data)
    (item,) = list(read_paths([path]))
    assert isinstance(item, Reject)
    assert item.reason == "truncated-gzip"


def test_symlink_loops(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Text.")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "self.txt").symlink_to(folder / "self.txt")
    items = list(read_paths([folder]))
    assert [(type(i).__name__, i.origin) for i in items] == [
        ("Article", str(folder / "a.txt")),
        ("Reject", str(folder / "loop")),
        ("Reject", str(folder / "self.txt")),
    ]
    assert all(i.reason == "symlink-loop" for i in items if isinstance(i, Reject))


def test_missing_path(tmp_path: Path) -> None:
    (item,) = list(read_paths([tmp_path / "nope.txt"]))
    assert isinstance(item, Reject)
    assert item.reason == "not-found"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Text.")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    (item,) = list(read_paths([path]))
    assert isinstance(item, Reject)
    assert item.reason == "unreadable"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file_by_mode(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Text.")
    path.chmod(0)
    (item,) = list(read_paths([path]))
    assert isinstance(item, Reject)
    assert item.reason == "unreadable"


@pytest.mark.skipif(not EXAMPLE.exists(), reason="the shared example is absent")
def test_canonical_example_is_read_raw() -> None:
    (article,) = list(read_paths([EXAMPLE]))
    assert isinstance(article, Article)
    assert article.raw_format == "text"
    assert article.text.startswith("New motivation from Russia-DPRK Summit\n")
    assert "Font Size" in article.text
    assert article.published is None
    (again,) = list(read_paths([EXAMPLE]))
    assert isinstance(again, Article) and again.id == article.id
