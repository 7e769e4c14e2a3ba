"""Inputs measured before they are read: files, bytes, and how far reading has got."""

from __future__ import annotations

import gzip
import json

from eventwire.engines.inputs import Inputs, measure
from eventwire.ingest import read_paths


def _folder(tmp_path):
    (tmp_path / "a.txt").write_text("Putin met Kim in Vladivostok on Thursday.\n")
    records = "".join(json.dumps({"id": f"r{i}", "text": f"Text {i}."}) + "\n" for i in range(5))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl.gz").write_bytes(gzip.compress(records.encode()))
    (tmp_path / "sub" / "c.jsonl").write_text(records + "{broken\n")
    return tmp_path


def test_the_size_is_counted_without_reading(tmp_path):
    folder = _folder(tmp_path)
    size = measure((str(folder),))
    files = [folder / "a.txt", folder / "sub" / "b.jsonl.gz", folder / "sub" / "c.jsonl"]
    assert (size.files, size.bytes, size.known) == (3, sum(f.stat().st_size for f in files), True)
    assert measure(("-",)).known is False


def test_inputs_read_what_read_paths_reads_and_end_at_the_total(tmp_path):
    folder = _folder(tmp_path)
    inputs = Inputs((str(folder),))
    positions, items = [], []
    for item in inputs:
        items.append(item)
        positions.append(inputs.position())
    assert items == list(read_paths([str(folder)]))
    assert positions == sorted(positions)
    assert inputs.position() == inputs.size.bytes


def test_a_missing_path_is_a_reject_not_an_error(tmp_path):
    [reject] = list(Inputs((str(tmp_path / "nope.txt"),)))
    assert reject.reason == "not-found"
