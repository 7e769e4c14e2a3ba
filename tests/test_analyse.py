from datetime import date, datetime

import pytest
from click.testing import CliRunner

from eventwire.analyse import (
    Window,
    compare_dyads,
    dyad_series,
    network,
    top_events,
    type_distribution,
)
from eventwire.cli import main
from eventwire.errors import InputError
from eventwire.store import EventStore, connect
from tests.store.events import document, event, mention, summit_documents


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "events.duckdb"
    with EventStore(path) as store:
        store.write(
            summit_documents(),
            [],
            run_id=store.start_run(config={}, stages=[], inputs=[], version="t"),
        )
    return path


@pytest.fixture
def con(db):
    connection = connect(db, read_only=True)
    yield connection
    connection.close()


def test_a_dyad_series_by_month_in_both_directions(con):
    points = dyad_series(con, "RUS", "PRK", by="month")
    summary = [
        (p.period, p.source, p.target, p.events, p.verbal_cooperation, p.material_conflict)
        for p in points
    ]
    assert summary == [
        (date(2019, 4, 1), "PRK", "RUS", 1, 1, 0),
        (date(2019, 4, 1), "RUS", "PRK", 1, 1, 0),
        (date(2019, 5, 1), "PRK", "RUS", 1, 0, 0),
        (date(2019, 5, 1), "RUS", "PRK", 1, 0, 1),
    ]
    may = next(p for p in points if p.period == date(2019, 5, 1) and p.source == "PRK")
    assert (may.verbal_conflict, may.goldstein) == (1, -2.0)


def test_future_events_count_only_when_asked(con):
    asserted = sum(p.events for p in dyad_series(con, "RUS", "PRK"))
    everything = sum(
        p.events for p in dyad_series(con, "RUS", "PRK", window=Window(include_all=True))
    )
    assert (asserted, everything) == (4, 5)


def test_windows_and_periods(con):
    assert dyad_series(con, "RUS", "PRK", window=Window(since=date(2019, 5, 10)))[0].events == 1
    assert {p.period for p in dyad_series(con, "RUS", "PRK", by="year")} == {date(2019, 1, 1)}
    with pytest.raises(InputError, match="unknown period"):
        dyad_series(con, "RUS", "PRK", by="fortnight")


@pytest.mark.parametrize("by", ["day", "week", "month", "year"])
def test_periods_summed_from_days_match_the_stores_own_grouping(con, by):
    truncated = f"date_trunc('{by}', date)::DATE"
    rows = con.execute(
        f"""SELECT {truncated}, left(source_code, 3), left(target_code, 3), count(*),
                   count(*) FILTER (quad_class = 3), round(sum(goldstein), 3)
            FROM events WHERE date IS NOT NULL AND target_code IS NOT NULL
            GROUP BY ALL ORDER BY 1, 2, 3"""
    ).fetchall()
    for first, second in {tuple(sorted(row[1:3])) for row in rows}:
        expected = [row for row in rows if {row[1], row[2]} == {first, second}]
        points = dyad_series(con, first, second, by=by, window=Window(include_all=True))
        got = [
            (p.period, p.source, p.target, p.events, p.verbal_conflict, p.goldstein) for p in points
        ]
        assert got == expected


def test_weeks_start_on_monday(con):
    weeks = {p.period for p in dyad_series(con, "RUS", "PRK", by="week")}
    assert weeks and all(week.weekday() == 0 for week in weeks)


def test_network_edges_are_weighted_and_grouped(con):
    edges = {(e.source, e.target): e for e in network(con)}
    assert edges[("RUSGOV", "PRKGOV")].events == 2
    assert edges[("USA", "PRKGOV")].goldstein == -8.0
    by_country = {(e.source, e.target) for e in network(con, level=3)}
    assert by_country == {("RUS", "PRK"), ("PRK", "RUS"), ("USA", "PRK")}
    assert [(e.source, e.target) for e in network(con, min_events=2)] == [
        ("PRKGOV", "RUSGOV"),
        ("RUSGOV", "PRKGOV"),
    ]


def test_type_distribution_top_events_and_comparison(con):
    assert type_distribution(con)[0] == ("04", "CONSULT", 2)
    assert [r["cameo"] for r in top_events(con, limit=2)] == ["190", "163"]
    both = compare_dyads(con, ("RUS", "PRK"), ("USA", "PRK"))
    assert set(both) == {"RUS-PRK", "USA-PRK"} and both["USA-PRK"][0].material_conflict == 1


@pytest.mark.slow
def test_cli_dyad_network_and_summary(db, tmp_path):
    runner = CliRunner()
    dyad = runner.invoke(
        main, ["dyad", "RUS", "PRK", "--db", str(db), "--plot", str(tmp_path / "d.png")]
    )
    assert dyad.exit_code == 0 and "RUS->PRK" in dyad.stdout
    assert (tmp_path / "d.png").stat().st_size > 10_000
    graph = tmp_path / "g.graphml"
    assert runner.invoke(main, ["network", "--db", str(db), "--out", str(graph)]).exit_code == 0
    assert graph.read_text().count("<edge ") == 3
    png = runner.invoke(main, ["network", "--db", str(db), "--out", str(tmp_path / "n.png")])
    assert png.exit_code == 0 and (tmp_path / "n.png").exists()
    bad = runner.invoke(main, ["network", "--db", str(db), "--out", str(tmp_path / "n.txt")])
    assert bad.exit_code == 2
    summary = runner.invoke(main, ["summary", "--db", str(db)])
    assert "RUSGOV -> PRKGOV" in summary.stdout and "most intense events" in summary.stdout


def test_a_users_own_code_has_no_plover_type(tmp_path):
    rus, ita = mention("Vladimir Putin", "RUSGOV"), mention("Kim Jong Un", "ITA")
    doc = document("u1", (event("u1", "901", rus, ita, date(2019, 4, 25)),), datetime(2019, 4, 26))
    path = tmp_path / "user.duckdb"
    with EventStore(path) as store:
        run = store.start_run(config={}, stages=[], inputs=[], version="t")
        store.write([doc], [], run_id=run)
    connection = connect(path, read_only=True)
    try:
        assert type_distribution(connection) == [("90", "-", 1)]
    finally:
        connection.close()
