import io

import pandas as pd
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import InputError
from eventwire.store import EventFilter, EventStore, connect
from eventwire.store.exporters import (
    GDELT_COLUMNS,
    ICEWS_COLUMNS,
    POLECAT_COLUMNS,
    export_events,
    gdelt_quad_class,
)
from tests.store.events import summit_documents


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "events.duckdb"
    with EventStore(path) as store:
        run_id = store.start_run(config={}, stages=[], inputs=[], version="t")
        store.write(summit_documents(), [], run_id=run_id)
    return path


def _export(db, fmt, **selection):
    out = io.StringIO()
    con = connect(db, read_only=True)
    count = export_events(
        con, EventFilter(**selection), fmt, out, country_name={"RUS": "Russia"}.get
    )
    con.close()
    return count, out.getvalue()


def test_gdelt_has_61_columns_in_gdelt_order(db):
    count, text = _export(db, "gdelt", code="163")
    frame = pd.read_csv(io.StringIO(text), sep="\t", header=None, names=GDELT_COLUMNS, dtype=str)
    assert len(GDELT_COLUMNS) == 61 and frame.shape == (1, 61) and count == 1
    row = frame.iloc[0]
    assert (row.SQLDATE, row.MonthYear, row.Year) == ("20190601", "201906", "2019")
    assert (row.Actor1Code, row.Actor1CountryCode, row.Actor2Code, row.Actor2Type1Code) == (
        "USA",
        "USA",
        "PRKGOV",
        "GOV",
    )
    assert (row.EventCode, row.EventBaseCode, row.EventRootCode, row.QuadClass) == (
        "163",
        "163",
        "16",
        "4",
    )
    assert (row.GoldsteinScale, row.ActionGeo_FullName, row.ActionGeo_Lat) == (
        "-8.0",
        "Vladivostok",
        "43.1",
    )
    assert (row.DATEADDED, row.SOURCEURL) == ("20190602", "https://news.example/a3")


def test_gdelt_quad_classes_follow_gdelt():
    assert [gdelt_quad_class(r) for r in ("04", "05", "06", "09", "10", "14", "15", "20")] == [
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
    ]
    assert gdelt_quad_class("90") == 0  # a user's code under no CAMEO root ("901")


def test_polecat_and_icews_layouts(db):
    _, polecat = _export(db, "polecat", code="043", source="RUS")
    frame = pd.read_csv(io.StringIO(polecat), sep="\t", dtype=str)
    assert tuple(frame.columns) == POLECAT_COLUMNS
    row = frame.iloc[0]
    assert (
        row["Event Type"],
        row["Event Mode"],
        row["Actor Country"],
        row["Recipient Country"],
    ) == ("CONSULT", "visit", "RUS", "PRK")
    _, icews = _export(db, "icews", code="043", source="RUS")
    frame = pd.read_csv(io.StringIO(icews), sep="\t", dtype=str)
    assert tuple(frame.columns) == ICEWS_COLUMNS
    row = frame.iloc[0]
    assert (row["Source Name"], row["Source Country"], row["CAMEO Code"], row["City"]) == (
        "Vladimir Putin",
        "Russia",
        "043",
        "Vladivostok",
    )


def test_native_formats_keep_the_evidence(db, tmp_path):
    count, text = _export(db, "csv")
    frame = pd.read_csv(io.StringIO(text), dtype=str)
    assert count == 5 and {"evidence_text", "source_code", "article_title"} <= set(frame.columns)
    _, jsonl = _export(db, "jsonl", include_all=True)
    assert len(jsonl.splitlines()) == 6
    path = tmp_path / "events.parquet"
    con = connect(db, read_only=True)
    assert export_events(con, EventFilter(), "parquet", path) == 5
    assert pd.read_parquet(path)["evidence_text"].str.contains("Putin").all()
    with pytest.raises(InputError, match="Parquet is binary"):
        export_events(con, EventFilter(), "parquet", io.StringIO())
    with pytest.raises(InputError, match="unknown export format"):
        export_events(con, EventFilter(), "xml", io.StringIO())


def test_the_export_command(db, tmp_path):
    out = tmp_path / "gdelt.tsv"
    result = CliRunner().invoke(
        main, ["export", "--db", str(db), "--format", "gdelt", "--out", str(out)]
    )
    assert result.exit_code == 0 and "5 events exported as gdelt" in result.stderr
    assert len(out.read_text().splitlines()) == 5
