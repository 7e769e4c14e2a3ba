"""The DuckDB schema: articles, mentions, events, runs and rejects."""

from __future__ import annotations

SCHEMA_VERSION = 1

_ACTOR_COLUMNS = """
    {role}_code VARCHAR, {role}_country VARCHAR, {role}_sectors VARCHAR[], {role}_name VARCHAR,
    {role}_text VARCHAR, {role}_start INTEGER, {role}_end INTEGER"""

TABLES: dict[str, str] = {
    "meta": "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    "runs": """CREATE TABLE IF NOT EXISTS runs (
        run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, version VARCHAR,
        config JSON, stages VARCHAR[], inputs VARCHAR[],
        read INTEGER, stored INTEGER, rejected INTEGER, duplicates INTEGER, events INTEGER)""",
    "articles": """CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR PRIMARY KEY, title VARCHAR, published TIMESTAMP, url VARCHAR, source VARCHAR,
        origin VARCHAR, raw_format VARCHAR, dateline_place VARCHAR, text VARCHAR,
        run_id VARCHAR)""",
    "mentions": """CREATE TABLE IF NOT EXISTS mentions (
        id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence INTEGER, start INTEGER, "end" INTEGER,
        text VARCHAR, kind VARCHAR, code VARCHAR, country VARCHAR, sectors VARCHAR[], name VARCHAR,
        run_id VARCHAR)""",
    "events": f"""CREATE TABLE IF NOT EXISTS events (
        id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence INTEGER,
        evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR,
        trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
        cameo VARCHAR, root VARCHAR, plover VARCHAR, mode VARCHAR, goldstein DOUBLE,
        quad_class INTEGER, {_ACTOR_COLUMNS.format(role="source")},
        {_ACTOR_COLUMNS.format(role="target")},
        factuality VARCHAR, date DATE, date_precision VARCHAR, date_method VARCHAR,
        place_name VARCHAR, place_lat DOUBLE, place_lon DOUBLE, place_country VARCHAR,
        place_geonameid BIGINT, place_precision VARCHAR, place_text VARCHAR,
        place_start INTEGER, place_end INTEGER, place_reason VARCHAR,
        confidence DOUBLE, rule VARCHAR, run_id VARCHAR)""",
    "clusters": """CREATE TABLE IF NOT EXISTS clusters (
        id VARCHAR PRIMARY KEY, event_id VARCHAR, source_code VARCHAR, target_code VARCHAR,
        root VARCHAR, cameo VARCHAR, first_date DATE, last_date DATE, reports INTEGER,
        articles INTEGER, sources INTEGER)""",
    "cluster_reports": """CREATE TABLE IF NOT EXISTS cluster_reports (
        cluster_id VARCHAR, event_id VARCHAR PRIMARY KEY, article_id VARCHAR)""",
    "rejects": """CREATE TABLE IF NOT EXISTS rejects (
        id VARCHAR PRIMARY KEY, origin VARCHAR, reason VARCHAR, detail VARCHAR, stage VARCHAR,
        article_id VARCHAR, run_id VARCHAR)""",
}
