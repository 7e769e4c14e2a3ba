"""Plain text inputs: decoding, empty and binary files, deterministic ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.datatypes import Article, Reject, stable_id
from eventwire.ingest import read_paths

BODY = "Leaders meet\n\nThe two leaders met on Thursday in Vladivostok.\n"


def read_one(path: Path) -> Article | Reject:
    """The single item a one-article file gives."""
    items = list(read_paths([path]))
    assert len(items) == 1, items
    return items[0]


def test_utf8_text_is_read_raw(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text == BODY
    assert article.origin == str(path)
    assert article.raw_format == "text"
    assert (article.title, article.published, article.url) == ("", None, "")
    assert article.id == stable_id(str(path), BODY)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbf" + "Caf\u00e9 talks".encode(), "Caf\u00e9 talks"),
        ("\ufeffCaf\u00e9 talks".encode("utf-16-le"), "Caf\u00e9 talks"),
        ("\ufeffCaf\u00e9 talks".encode("utf-16-be"), "Caf\u00e9 talks"),
        ("\ufeffCaf\u00e9 talks".encode("utf-32"), "Caf\u00e9 talks"),
        (
            "Caf\u00e9 \u201ctalks\u201d \u2013 done".encode("cp1252"),
            "Caf\u00e9 \u201ctalks\u201d \u2013 done",
        ),
        (b"Caf\xe9 \x81 talks", "Caf\u00e9 \x81 talks"),
    ],
    ids=["utf8-bom", "utf16-le", "utf16-be", "utf32", "cp1252", "latin1"],
)
def test_encodings(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(data)
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty-file"),
        (b"  \n\t\n", "empty-file"),
        (b"%PDF-1.7\n1 0 obj\n", "binary-content"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary-content"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary-content"),
        (b"GIF89a\x01\x00", "binary-content"),
        (b"PK\x03\x04\x14\x00", "binary-content"),
        (b"text\x00with\x00nuls", "binary-content"),
        (b"\xff\xfe\x00\xd8", "undecodable-text"),
    ],
)
def test_bad_text_becomes_reject(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    item = read_one(path)
    assert isinstance(item, Reject)
    assert (item.reason, item.stage, item.origin) == (reason, "ingest", str(path))
    assert item.detail


def test_binary_file_with_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4 binary")
    item = read_one(path)
    assert isinstance(item, Reject)
    assert item.reason == "binary-content"
    assert "PDF" in item.detail


def test_ids_are_deterministic(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First article text.")
    (tmp_path / "b.txt").write_text("Second article text.")
    first = [item.id for item in read_paths([tmp_path]) if isinstance(item, Article)]
    second = [item.id for item in read_paths([tmp_path]) if isinstance(item, Article)]
    assert first == second
    assert len(set(first)) == 2


def test_control_bytes_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.dat"
    path.write_bytes(bytes(range(1, 32)) * 10 + b"some text")
    item = read_one(path)
    assert isinstance(item, Reject)
    assert item.reason == "binary-content"
