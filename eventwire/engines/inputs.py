"""Inputs of a run, measured before they are read, so progress can show an ETA.

``Inputs`` walks the paths once up front for the number and size of the files (no
content is read), then reads them one at a time and says how many bytes it has got
through (of compressed files, the compressed bytes).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from eventwire.datatypes import Article, Reject
from eventwire.ingest import read_stream
from eventwire.ingest.common import reject_from_os_error
from eventwire.ingest.files import walk


@dataclass(frozen=True, slots=True, kw_only=True)
class InputSize:
    """How many files and bytes there are to read; ``known`` is False for stdin."""

    files: int
    bytes: int
    known: bool = True


def measure(paths: tuple[str, ...]) -> InputSize:
    """Count the files under the paths and their bytes, without opening them."""
    files = size = 0
    for path in paths:
        if path == "-":
            return InputSize(files=files, bytes=size, known=False)
        for found in walk(Path(path)):
            if isinstance(found, Path):
                files += 1
                size += _size(found)
    return InputSize(files=files, bytes=size)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class Inputs:
    """Articles and rejects from files, folders and ``-`` (stdin), with bytes read so far."""

    def __init__(self, paths: tuple[str, ...]) -> None:
        self.paths = paths
        self.size = measure(paths)
        self._done = 0
        self._current: BinaryIO | None = None

    def position(self) -> int:
        """Bytes of the input read so far."""
        current = self._current
        if current is None or current.closed:
            return self._done
        try:
            return self._done + current.tell()
        except OSError:  # a pipe or a socket given as a path
            return self._done

    def __iter__(self) -> Iterator[Article | Reject]:
        for path in self.paths:
            if path == "-":
                yield from read_stream(sys.stdin.buffer, origin="<stdin>")
                continue
            for found in walk(Path(path)):
                yield from self._read(found) if isinstance(found, Path) else (found,)

    def _read(self, path: Path) -> Iterator[Article | Reject]:
        try:
            stream = path.open("rb")
        except OSError as error:
            yield reject_from_os_error(str(path), error)
            return
        self._current = stream
        with stream:
            yield from read_stream(stream, origin=str(path), name=path.name)
        self._current = None
        self._done += _size(path)
