"""Exports of stored events: native JSONL and CSV, Parquet, and the GDELT 2.0, POLECAT and
ICEWS layouts.

Every export starts from the native records (``query_events``), so each format carries
the same events; the CSV and Parquet tables are the flat ``events`` columns plus the
article's title, publication time and URL.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.errors import InputError
from eventwire.store.query import EventFilter, event_rows, query_events

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "polecat", "icews")
Record = dict[str, Any]
CountryName = Callable[[str], str]

GDELT_COLUMNS = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
]

POLECAT_COLUMNS = (
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Event Intensity",
    "Contexts",
    "Actor Name",
    "Actor Country",
    "Primary Actor Sector",
    "Actor Sectors",
    "Actor Name Raw",
    "Recipient Name",
    "Recipient Country",
    "Primary Recipient Sector",
    "Recipient Sectors",
    "Recipient Name Raw",
    "Placename",
    "Country",
    "Latitude",
    "Longitude",
    "GeoNames ID",
    "Raw Placename",
    "Feature Type",
    "Source",
    "Publication Date",
    "Story ID",
    "Event Text",
    "CAMEO Code",
    "Language",
    "Version",
)

ICEWS_COLUMNS = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)

# GDELT's QuadClass: 1 verbal cooperation (01-05), 2 material cooperation (06-09),
# 3 verbal conflict (10-14), 4 material conflict (15-20); ours moves 09 and 14.
GDELT_QUAD_LIMITS = ((5, 1), (9, 2), (14, 3), (20, 4))
GDELT_ACTION_GEO = {"country": 1, "admin1": 5, "city": 4, "point": 4, "region": 5, "water": 4}


def gdelt_quad_class(root: str) -> int:
    """GDELT's QuadClass of a CAMEO root; 0 for a user's code under no CAMEO root."""
    number = int(root)
    return next((quad for limit, quad in GDELT_QUAD_LIMITS if 1 <= number <= limit), 0)


def _actor(record: Record, role: str) -> Record:
    return record[role] or {}


def _gdelt_actor(actor: Record) -> list[Any]:
    sectors = list(actor.get("sectors") or [])[:3]
    return [
        actor.get("code") or "",
        (actor.get("name") or "").upper(),
        actor.get("country") or "",
        "",
        "",
        "",
        "",
        *([*sectors, "", "", ""])[:3],
    ]


def _gdelt_geo(place: Record | None) -> list[Any]:
    if not place:
        return [0, "", "", "", "", "", "", ""]
    kind = GDELT_ACTION_GEO.get(place.get("precision") or "", 4)
    return [
        kind,
        place.get("name") or "",
        place.get("country") or "",
        "",
        "",
        place["lat"],
        place["lon"],
        place.get("geonameid") or "",
    ]


def _gdelt_date(record: Record) -> tuple[str, str, str, str]:
    day = date.fromisoformat(record["date"]) if record["date"] else None
    if day is None:
        return "", "", "", ""
    fraction = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
    return day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), fraction


def gdelt_row(record: Record, number: int) -> list[Any]:
    """One event as the 61 columns of the GDELT 2.0 event table."""
    added = (record["article"].get("published") or "")[:10].replace("-", "")
    return [
        number,
        *_gdelt_date(record),
        *_gdelt_actor(_actor(record, "source")),
        *_gdelt_actor(_actor(record, "target")),
        int(record["sentence"] == 0),
        record["cameo"],
        record["cameo"][:3],
        record["root"],
        gdelt_quad_class(record["root"]),
        record["goldstein"],
        1,
        1,
        1,
        0.0,
        *_gdelt_geo(None),
        *_gdelt_geo(None),
        *_gdelt_geo(record["place"]),
        added,
        record["article"].get("url") or "",
    ]


def _place(record: Record, key: str) -> Any:
    return (record["place"] or {}).get(key) or ""


def polecat_row(record: Record) -> list[Any]:
    """One event in POLECAT's layout."""
    source, target = _actor(record, "source"), _actor(record, "target")
    return [
        record["id"],
        record["date"] or "",
        record["plover"] or "",
        record["mode"] or "",
        record["goldstein"],
        "",
        source.get("name") or "",
        source.get("country") or "",
        (source.get("sectors") or [""])[0],
        ";".join(source.get("sectors") or []),
        source.get("text") or "",
        target.get("name") or "",
        target.get("country") or "",
        (target.get("sectors") or [""])[0],
        ";".join(target.get("sectors") or []),
        target.get("text") or "",
        _place(record, "name"),
        _place(record, "country"),
        _place(record, "lat"),
        _place(record, "lon"),
        _place(record, "geonameid"),
        _place(record, "text"),
        _place(record, "precision"),
        record["article"].get("url") or "",
        (record["article"].get("published") or "")[:10],
        record["article_id"],
        record["evidence"]["text"],
        record["cameo"],
        "en",
        "eventwire",
    ]


def icews_row(record: Record, country_name: CountryName) -> list[Any]:
    """One event in the ICEWS coded-event layout."""
    source, target = _actor(record, "source"), _actor(record, "target")
    place_country = _place(record, "country")
    return [
        record["id"],
        record["date"] or "",
        source.get("name") or source.get("text") or "",
        ",".join(source.get("sectors") or []),
        country_name(source.get("country") or ""),
        record["evidence"]["text"],
        record["cameo"],
        record["goldstein"],
        target.get("name") or target.get("text") or "",
        ",".join(target.get("sectors") or []),
        country_name(target.get("country") or ""),
        record["article_id"],
        record["sentence"],
        record["article"].get("url") or "",
        _place(record, "name") if _place(record, "precision") in ("city", "point") else "",
        "",
        _place(record, "name") if _place(record, "precision") == "admin1" else "",
        country_name(place_country) if place_country else "",
        _place(record, "lat"),
        _place(record, "lon"),
    ]


def _write_tsv(rows: Iterable[list[Any]], handle: TextIO, header: Iterable[str] | None) -> None:
    writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if header is not None:
        writer.writerow(header)
    writer.writerows(rows)


def _flat_table(con: duckdb.DuckDBPyConnection, selection: EventFilter) -> pa.Table:
    rows = event_rows(con, selection)
    return pa.Table.from_pylist(rows) if rows else pa.table({})


def export_events(
    con: duckdb.DuckDBPyConnection,
    selection: EventFilter,
    fmt: str,
    out: TextIO | Path,
    *,
    country_name: CountryName = str,
) -> int:
    """Write the selected events in ``fmt`` to ``out`` (a path for Parquet); returns the count."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise InputError("Parquet is binary: give an output file with --out FILE.parquet")
        table = _flat_table(con, selection)
        pq.write_table(table, out)
        return table.num_rows
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as handle:
            return export_events(con, selection, fmt, handle, country_name=country_name)
    if fmt == "csv":
        rows = event_rows(con, selection)
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
        return len(rows)
    records = query_events(con, selection)
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    elif fmt == "gdelt":
        _write_tsv((gdelt_row(r, n) for n, r in enumerate(records, start=1)), out, None)
    elif fmt == "polecat":
        _write_tsv(map(polecat_row, records), out, POLECAT_COLUMNS)
    else:
        _write_tsv((icews_row(r, country_name) for r in records), out, ICEWS_COLUMNS)
    return len(records)


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(map(str, value))
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value
