"""The command line: thin wrappers over library functions.

Data goes to stdout, messages to stderr; exit code 1 for errors, 2 for usage.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import json
import os
import sys
import time
from collections.abc import Iterator
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import click

from eventwire import __version__
from eventwire.analyse import top_events, type_distribution
from eventwire.annotate import without_cascade
from eventwire.batch import Progress, documents, run_batch
from eventwire.config import Config, load_config
from eventwire.datatypes import Article, Reject
from eventwire.engines import ENGINES, EngineOptions, open_engine
from eventwire.engines.inputs import Inputs
from eventwire.errors import EventwireError
from eventwire.pipeline import Pipeline
from eventwire.records import event_record, toponym_record
from eventwire.registry import available_stages
from eventwire.store import EventFilter, EventStore, RunCounts, connect, query_events, summarize

GEOPARSE_STAGES = ("clean.v1", "annotate.spacy.v1", "actors.resolver.v1", "geo.toponyms.v1")
ALL_HELP = "Also events not asserted, and those that name no one they were done to."


class EventwireGroup(click.Group):
    """Turns eventwire's own errors into a message on stderr and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EventwireError as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=EventwireGroup)
@click.option(
    "--config",
    "config_files",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="A TOML file overriding the default settings (repeatable).",
)
@click.version_option(__version__, prog_name="eventwire")
@click.pass_context
def main(ctx: click.Context, config_files: tuple[str, ...]) -> None:
    """eventwire: news in, political events out."""
    ctx.obj = load_config(*config_files)


def _inputs(paths: tuple[str, ...]) -> Iterator[Article | Reject]:
    from eventwire.ingest import read_paths, read_stream

    for path in paths or ("-",):
        if path == "-":
            yield from read_stream(sys.stdin.buffer, origin="<stdin>")
        else:
            yield from read_paths([path])


def _warn(reject: Reject) -> None:
    detail = f" ({reject.detail})" if reject.detail else ""
    click.echo(f"skipped {reject.origin}: {reject.reason}{detail}", err=True)


def _emit(record: dict[str, Any]) -> None:
    click.echo(json.dumps(record, ensure_ascii=False, default=str))


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--all", "include_all", is_flag=True, help=ALL_HELP)
@click.pass_obj
def code(config: Config, paths: tuple[str, ...], include_all: bool) -> None:
    """Print the events of articles as JSON Lines (FILE... or - for stdin)."""
    pipeline = Pipeline(config)
    for item in documents(_inputs(paths), pipeline=pipeline):
        if isinstance(item, Reject):
            _warn(item)
            continue
        for event in item.events:
            if include_all or event.shown_by_default:
                _emit(event_record(event, article=item.article))


@main.command()
@click.argument("paths", nargs=-1)
@click.pass_obj
def geoparse(config: Config, paths: tuple[str, ...]) -> None:
    """Print the place names of articles with coordinates, candidates and reasons."""
    config = without_cascade(config)  # every sentence's toponyms
    stages = tuple(name for name in config.stages if name in GEOPARSE_STAGES)
    pipeline = Pipeline(dataclasses.replace(config, stages=stages))
    for item in documents(_inputs(paths), pipeline=pipeline):
        if isinstance(item, Reject):
            _warn(item)
            continue
        for toponym in item.toponyms:
            _emit(toponym_record(toponym, article_id=item.article.id))


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"


def _progress_line(progress: Progress) -> str:
    """``42% [####------] 1,234 articles 5.1/s, 321 events, 2 skipped, 7 duplicates, ETA ...``"""
    counts, fraction, eta = progress.counts, progress.fraction, progress.eta
    head = ""
    if fraction is not None:
        done = round(fraction * 10)
        head = f"{fraction:4.0%} [{'#' * done}{'-' * (10 - done)}] "
    tail = f", ETA {_clock(eta)}" if eta is not None else ""
    return (
        f"{head}{counts.read:,} articles {progress.rate:.1f}/s, {counts.events:,} events, "
        f"{counts.rejected:,} skipped, {counts.duplicates:,} duplicates{tail}"
    )


def _progress(progress: Progress) -> None:
    click.echo("\r" + _progress_line(progress).ljust(100), err=True, nl=False)


def ingest_paths(
    config: Config,
    paths: tuple[str, ...],
    db: str,
    *,
    quiet: bool,
    options: EngineOptions | None = None,
) -> RunCounts:
    """Code files into a store with the engine ``options`` name; the run and its counts are
    stored with it."""
    engine_options = options or EngineOptions()
    with (
        EventStore(db) as store,
        open_engine(config, engine_options, shards=Path(f"{db}.shards")) as engine,
    ):
        run_id = store.start_run(
            config=config.as_dict(),
            stages=config.stages,
            inputs=list(paths),
            version=__version__,
        )
        counts = run_batch(
            Inputs(paths),
            engine=engine,
            store=store,
            run_id=run_id,
            progress=None if quiet else _progress,
        )
    if not quiet:
        click.echo("", err=True)
    return counts


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="The DuckDB store.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option(
    "--processes",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes (local engine), or workers of the local Dask cluster.",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="local",
    show_default=True,
    help="local: this machine; dask: a Dask cluster (needs the dask extra).",
)
@click.option(
    "--scheduler",
    help="Address of a Dask scheduler (tcp://host:8786); default: a local cluster.",
)
@click.option(
    "--shards",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the Dask workers' Parquet shards, seen by the workers and this "
    "process (default: DB.shards).",
)
@click.pass_obj
def ingest(
    config: Config,
    paths: tuple[str, ...],
    db: str,
    quiet: bool,
    processes: int,
    engine: str,
    scheduler: str | None,
    shards: Path | None,
) -> None:
    """Read files and folders (and .gz of them) and store articles, mentions and events."""
    if engine != "dask" and (scheduler or shards):
        raise click.UsageError("--scheduler and --shards go with --engine dask")
    options = EngineOptions(engine=engine, processes=processes, scheduler=scheduler, shards=shards)
    counts = ingest_paths(config, paths, db, quiet=quiet, options=options)
    click.echo(_counts_line(counts), err=True)


@main.command()
@click.option(
    "--articles",
    type=click.IntRange(min=1),
    default=600,
    show_default=True,
    help="Articles in the timed corpus.",
)
@click.option(
    "--warm-up",
    type=click.IntRange(min=0),
    default=64,
    show_default=True,
    help="Other articles every timed process codes first, untimed (caches fill).",
)
@click.option(
    "--processes",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Processes of the local engine and workers of the Dask engine.",
)
@click.option("--no-dask", is_flag=True, help="Leave out the Dask engine.")
@click.option(
    "--data",
    "eval_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="The folder of gold sets whose texts make the corpus (default: ../shared/eval).",
)
@click.pass_obj
def bench(
    config: Config,
    articles: int,
    warm_up: int,
    processes: int,
    no_dask: bool,
    eval_dir: Path | None,
) -> None:
    """Time eventwire end to end (1 and N processes, Dask) against spaCy alone."""
    from eventwire.engines.bench import BenchOptions, report_lines, run_benchmark
    from eventwire.evaluate import default_eval_dir

    options = BenchOptions(
        articles=articles,
        processes=processes,
        eval_dir=eval_dir or default_eval_dir(),
        dask=not no_dask,
        warm_up=warm_up,
    )
    for line in report_lines(run_benchmark(config, options)):
        click.echo(line)


def _counts_line(counts: RunCounts) -> str:
    reasons = ", ".join(f"{reason} {n}" for reason, n in sorted(counts.reasons.items()))
    return (
        f"read {counts.read} = stored {counts.stored} + skipped {counts.rejected} + "
        f"duplicates {counts.duplicates}; {counts.events} events"
        + (f"; skipped: {reasons}" if reasons else "")
    )


def _actor_label(actor: dict[str, Any] | None) -> str:
    return "-" if actor is None else str(actor["code"] or actor["text"])


def _table(records: list[dict[str, Any]], *, width: int = 70) -> str:
    rows = [("date", "cameo", "plover", "source", "target", "fact", "place", "evidence")]
    for r in records:
        evidence = " ".join(r["evidence"]["text"].split())
        rows.append(
            (
                r["date"] or "-",
                r["cameo"],
                r["plover"] or "-",
                _actor_label(r["source"]),
                _actor_label(r["target"]),
                r["factuality"][:5],
                (r["place"] or {}).get("name") or "-",
                evidence if len(evidence) <= width else evidence[: width - 1] + "…",
            )
        )
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join(
        "  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1]
        for row in rows
    )


def _write_events(records: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "jsonl":
        for record in records:
            _emit(record)
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(
            [
                "id",
                "article_id",
                "date",
                "cameo",
                "plover",
                "goldstein",
                "quad_class",
                "source",
                "target",
                "factuality",
                "place",
                "lat",
                "lon",
                "evidence",
            ]
        )
        for r in records:
            place = r["place"] or {}
            writer.writerow(
                [
                    r["id"],
                    r["article_id"],
                    r["date"],
                    r["cameo"],
                    r["plover"],
                    r["goldstein"],
                    r["quad_class"],
                    _actor_label(r["source"]),
                    _actor_label(r["target"]),
                    r["factuality"],
                    place.get("name"),
                    place.get("lat"),
                    place.get("lon"),
                    r["evidence"]["text"],
                ]
            )
    else:
        click.echo(_table(records))


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD") from None


SINCE = click.option("--since", help="First event date, YYYY-MM-DD.")
UNTIL = click.option("--until", help="Last event date, YYYY-MM-DD.")
ALL = click.option("--all", "include_all", is_flag=True, help=ALL_HELP)
SELECTION_OPTIONS = (
    click.option("--source", help="Source actor code prefix, e.g. RUS or RUSGOV."),
    click.option("--target", help="Target actor code prefix."),
    SINCE,
    UNTIL,
    click.option("--code", "cameo", help="CAMEO code prefix, e.g. 04 or 163."),
    ALL,
)


def _selection_options(command: Any) -> Any:
    """The event filter options, handed to the command as one ``selection``."""

    @functools.wraps(command)
    def with_selection(
        *args: Any,
        source: str | None,
        target: str | None,
        since: str | None,
        until: str | None,
        cameo: str | None,
        include_all: bool,
        **kwargs: Any,
    ) -> Any:
        selection = EventFilter(
            source=source,
            target=target,
            since=_date(since),
            until=_date(until),
            code=cameo,
            include_all=include_all,
        )
        return command(*args, selection=selection, **kwargs)

    for option in reversed(SELECTION_OPTIONS):
        with_selection = option(with_selection)
    return with_selection


@main.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="The DuckDB store.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table")
@_selection_options
def events(db: str, limit: int | None, fmt: str, selection: EventFilter) -> None:
    """Query stored events."""
    selection = dataclasses.replace(selection, limit=limit)
    con = connect(db, read_only=True)
    try:
        _write_events(query_events(con, selection), fmt)
    finally:
        con.close()


@main.group()
def actors() -> None:
    """Look up actors in the knowledge base."""


def _lookup_records(path: str) -> Iterator[dict[str, Any]]:
    from eventwire.actors import lookup

    handle = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = str(record["text"])
                on = date.fromisoformat(record["date"][:10]) if record.get("date") else None
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
                click.echo(f"skipped {path}:{number}: not a record with text ({error})", err=True)
                continue
            actor = lookup(text, on=on, context=str(record.get("context") or ""))
            yield {
                "id": record.get("id"),
                "text": text,
                "code": actor.code if actor else None,
                "country": (actor.country or None) if actor else None,
                "sectors": list(actor.sectors) if actor else [],
                "name": actor.name if actor else None,
            }


@actors.command("lookup")
@click.option("--jsonl", "path", required=True, help="Records with id, text, date, context.")
def actors_lookup(path: str) -> None:
    """Resolve actor phrases, one JSON line per record."""
    for record in _lookup_records(path):
        _emit(record)


@main.command()
def stages() -> None:
    """List the registered stages."""
    for name, target in sorted(available_stages().items()):
        click.echo(f"{name}\t{target}")


def _print_summary(con: Any, counts: RunCounts, seconds: float) -> None:
    summary = summarize(con)
    click.echo(f"eventwire demo: {_counts_line(counts)} in {seconds:.1f} s")
    click.echo(
        f"store: {summary['articles']} articles, {summary['events']} asserted events "
        f"({summary['events_all']} with negated, hypothetical, future and reported)"
    )
    if summary["rejects"]:
        click.echo("skipped: " + ", ".join(f"{reason} {n}" for reason, n in summary["rejects"]))
    click.echo("\nevents by type (PLOVER, CAMEO root):")
    for root, plover, n in type_distribution(con):
        click.echo(f"  {n:4d}  {root}  {plover}")
    click.echo("\ntop dyads:")
    for source, target, n in summary["top_dyads"]:
        click.echo(f"  {n:4d}  {source} -> {target}")


@main.command()
@click.option(
    "--db",
    default="eventwire-demo.duckdb",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Where to store the demo's events.",
)
@click.option("--limit", default=40, show_default=True, help="Events shown in the table.")
@click.pass_obj
def demo(config: Config, db: str, limit: int) -> None:
    """Code the bundled corpus into a store and show what was found."""
    started = time.perf_counter()
    with resources.as_file(resources.files("eventwire.demo").joinpath("corpus")) as corpus:
        counts = ingest_paths(config, (str(corpus),), db, quiet=True)
    con = connect(db, read_only=True)
    try:
        _print_summary(con, counts, time.perf_counter() - started)
        records = query_events(con, EventFilter(limit=limit))
        click.echo(f"\nevents (first {len(records)}; all: eventwire events --db {db}):")
        click.echo(_table(records))
    finally:
        con.close()


@main.command("evaluate")
@click.argument("names", nargs=-1, required=True)
@click.option(
    "--data",
    "eval_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="The folder of gold sets (default: ../shared/eval).",
)
@click.option(
    "--dictionaries",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Code with the PETRARCH actor, agent and verb dictionaries in this folder.",
)
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N records.")
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False),
    help="Write the records scored wrong to this JSONL file.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON line of metrics per set.")
@click.pass_obj
def evaluate_command(
    config: Config,
    names: tuple[str, ...],
    eval_dir: Path | None,
    dictionaries: Path | None,
    limit: int | None,
    errors_path: str | None,
    as_json: bool,
) -> None:
    """Score eventwire on gold sets: a set's name (petr2_gsr_validation, lgl, ...) or a
    JSON Lines file of sentences with their gold events."""
    from eventwire.evaluate import Options, evaluate
    from eventwire.evaluate.report import report_lines

    options = Options(limit=limit, config_files=config.files, dictionaries=dictionaries)
    errors: list[dict[str, Any]] = []
    for name in names:
        score = evaluate(name, eval_dir=eval_dir, options=options)
        if as_json:
            _emit({"set": name, **score.metrics})
        else:
            click.echo("\n".join(report_lines(score)))
        errors += [{"set": name, **error} for error in score.errors]
    if errors_path:
        Path(errors_path).write_text(
            "".join(json.dumps(e, ensure_ascii=False, default=str) + "\n" for e in errors)
        )


def _window(since: str | None, until: str | None, include_all: bool) -> Any:
    from eventwire.analyse import Window

    return Window(since=_date(since), until=_date(until), include_all=include_all)


def _window_options(command: Any) -> Any:
    """The --since/--until/--all options shared by the analysis commands."""
    for option in (
        ALL,
        UNTIL,
        SINCE,
        click.option("--db", required=True, type=click.Path(dir_okay=False), help="The store."),
    ):
        command = option(command)
    return command


def _points_table(points: list[Any]) -> str:
    header = ("period", "direction", "events", "vcoop", "mcoop", "vconf", "mconf", "goldstein")
    rows = [header] + [
        (
            str(p.period),
            f"{p.source}->{p.target}",
            p.events,
            p.verbal_cooperation,
            p.material_cooperation,
            p.verbal_conflict,
            p.material_conflict,
            p.goldstein,
        )
        for p in points
    ]
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(header))]
    return "\n".join(
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows
    )


@main.command()
@click.argument("first")
@click.argument("second")
@click.option(
    "--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True
)
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False), help="Save a PNG plot.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@_window_options
def dyad(
    first: str,
    second: str,
    by: str,
    plot_path: str | None,
    fmt: str,
    db: str,
    since: str | None,
    until: str | None,
    include_all: bool,
) -> None:
    """Events between two actors over time, in each direction (e.g. dyad RUS PRK)."""
    from eventwire.analyse import dyad_series

    con = connect(db, read_only=True)
    try:
        points = dyad_series(con, first, second, by=by, window=_window(since, until, include_all))
    finally:
        con.close()
    if fmt == "jsonl":
        for point in points:
            _emit(dataclasses.asdict(point))
    else:
        click.echo(_points_table(points))
    if plot_path:
        from eventwire.plots import plot_dyad

        plot_dyad(points, first.upper(), second.upper(), Path(plot_path), by=by)
        click.echo(f"plot written to {plot_path}", err=True)


@main.command()
@click.option(
    "--out",
    "out_path",
    type=click.Path(dir_okay=False),
    help="graph.graphml or graph.png; without it, edges as JSON Lines.",
)
@click.option(
    "--level",
    type=click.Choice(["actor", "country"]),
    default="actor",
    show_default=True,
    help="Group actors by full code or by country.",
)
@click.option("--min-events", type=click.IntRange(min=1), default=1, show_default=True)
@_window_options
def network(
    out_path: str | None,
    level: str,
    min_events: int,
    db: str,
    since: str | None,
    until: str | None,
    include_all: bool,
) -> None:
    """The actor network: directed edges weighted by events and Goldstein intensity."""
    from eventwire.analyse import network as build_network

    con = connect(db, read_only=True)
    try:
        edges = build_network(
            con,
            window=_window(since, until, include_all),
            level=3 if level == "country" else 0,
            min_events=min_events,
        )
    finally:
        con.close()
    if out_path is None:
        for edge in edges:
            _emit({**dataclasses.asdict(edge), "mean_goldstein": round(edge.mean_goldstein, 3)})
    elif out_path.endswith(".png"):
        from eventwire.plots import plot_network

        plot_network(edges, Path(out_path))
    elif out_path.endswith(".graphml"):
        from eventwire.plots import write_graphml

        write_graphml(edges, Path(out_path))
    else:
        raise click.BadParameter("--out must end in .graphml or .png", param_hint="--out")


@main.command()
@_window_options
def summary(db: str, since: str | None, until: str | None, include_all: bool) -> None:
    """What the store holds: counts, event types, top dyads, the most intense events."""
    window = _window(since, until, include_all)
    con = connect(db, read_only=True)
    try:
        counts = summarize(con)
        types = type_distribution(con, window=window)
        top = top_events(con, window=window, limit=10)
    finally:
        con.close()
    click.echo(
        f"{counts['articles']} articles, {counts['events']} asserted events "
        f"({counts['events_all']} in all)"
    )
    click.echo("\nevents by type (CAMEO root, PLOVER):")
    for root, plover, n in types:
        click.echo(f"  {n:5d}  {root}  {plover}")
    click.echo("\ntop dyads:")
    for source, target, n in counts["top_dyads"]:
        click.echo(f"  {n:5d}  {source} -> {target}")
    click.echo("\nmost intense events:")
    click.echo(_table(top))


def _country_names() -> Any:
    from eventwire.actors import default_knowledge_base

    countries = default_knowledge_base().countries
    return lambda code: countries[code].name if code in countries else code


@main.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="The DuckDB store.")
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["gdelt", "polecat", "icews", "jsonl", "csv", "parquet"]),
)
@click.option(
    "--out",
    "out_path",
    type=click.Path(dir_okay=False),
    help="Output file (required for parquet); stdout otherwise.",
)
@_selection_options
def export(db: str, fmt: str, out_path: str | None, selection: EventFilter) -> None:
    """Export stored events: GDELT 2.0, POLECAT, ICEWS, JSONL, CSV or Parquet."""
    from eventwire.store.exporters import export_events

    con = connect(db, read_only=True)
    try:
        out: Any = Path(out_path) if out_path else sys.stdout
        count = export_events(con, selection, fmt, out, country_name=_country_names())
    finally:
        con.close()
    click.echo(f"{count} events exported as {fmt}", err=True)


def _web_server() -> Any:
    """``uvicorn`` and ``eventwire.web.create_app``, or an error naming the ``web`` extra."""
    try:
        import uvicorn

        from eventwire.web import create_app
    except ImportError as error:
        if error.name not in ("fastapi", "uvicorn", "starlette", "pydantic"):
            raise
        raise click.ClickException(
            f"`eventwire serve` needs the web extra ({error.name} is missing): "
            "pip install 'eventwire[web]'"
        ) from error
    return uvicorn, create_app


@main.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="The DuckDB store.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--token",
    envvar="EVENTWIRE_TOKEN",
    help="Require this bearer token to code texts (POST /api/code); env EVENTWIRE_TOKEN.",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Server processes, each with its own socket, store connection and memo "
    "(more pay on more than 2 cores).",
)
@click.pass_obj
def serve(config: Config, db: str, host: str, port: int, token: str | None, workers: int) -> None:
    """Serve the web app and the REST API over a store, read-only (needs the web extra)."""
    uvicorn, create_app = _web_server()
    app = create_app(db, token=token, config=config)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: on {host}, anyone who reaches the port can read the store", err=True)
    click.echo(f"eventwire: http://{host}:{port}/ (API docs at /docs); Ctrl-C stops", err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    from eventwire.web.server import (
        FACTORY,
        SPREADS_CONNECTIONS,
        serve_processes,
        worker_environment,
    )

    os.environ.update(
        worker_environment(db, token=token, config_files=config.files, workers=workers)
    )
    if not SPREADS_CONNECTIONS:
        uvicorn.run(
            FACTORY, factory=True, workers=workers, host=host, port=port, log_level="warning"
        )
        return
    try:
        serve_processes(workers, host=host, port=port)
    except (OSError, RuntimeError) as error:
        raise click.ClickException(f"cannot serve on {host}:{port}: {error}") from error


@main.command("merge")
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="The DuckDB store.")
@click.option(
    "--days",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Most days between two reports of one event.",
)
@click.option(
    "--km",
    type=click.FloatRange(min=0),
    default=100.0,
    show_default=True,
    help="Most kilometres between the places of two reports of one event.",
)
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="Merged events to list, most reported first.",
)
def merge_command(db: str, days: int, km: float, top: int) -> None:
    """Merge reports of the same happening into events (stored in clusters tables)."""
    from eventwire.merge import MergeOptions, merge_store

    with EventStore(db) as store:
        clusters = merge_store(store, MergeOptions(days=days, km=km))
    reports = sum(len(c.reports) for c in clusters)
    click.echo(f"{reports} reports merged into {len(clusters)} events", err=True)
    for cluster in sorted(clusters, key=lambda c: (-len(c.reports), c.id))[:top]:
        first = cluster.first
        _emit(
            {
                "id": cluster.id,
                "event_id": first.event_id,
                "source": first.source_code,
                "target": first.target_code or None,
                "cameo": first.cameo,
                "date": first.day.isoformat() if first.day else None,
                "reports": len(cluster.reports),
                "articles": cluster.stories,
                "sources": cluster.publishers,
            }
        )
