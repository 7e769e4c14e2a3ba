"""Throughput: eventwire end to end into DuckDB, per engine, against the spaCy pipeline alone.

One run times, on the same texts: the full spaCy pipeline alone (the reference, one
process), eventwire with the local engine in one process and in N, and with the Dask
engine on N workers; with the peak memory of every process and, for the one-process
run, the time spent in each stage. Every timed process first codes the same warm-up
articles, untimed, so that what is compared is the steady state of a long run (spaCy's
and eventwire's caches of words and lemmas filled); and the runs take turns, part of the
corpus by part, so that all of them meet the machine at the same speed. ``eventwire bench`` and
``benchmarks/throughput.py`` run this module.
"""

from __future__ import annotations

import functools
import itertools
import json
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
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

REFERENCE = "spaCy pipeline alone"
ROUND_BATCHES = 4  # a round is this many batches per process
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
    warm_up: int = 64  # articles every timed process codes first, untimed


@dataclass(frozen=True, slots=True, kw_only=True)
class Corpus:
    """The texts every run codes, and where they came from."""

    articles: tuple[Article, ...]
    words: int
    sources: tuple[str, ...]
    warm_up: tuple[Article, ...] = ()  # other articles, coded first by every timed process


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


def load_corpus(eval_dir: Path | None, limit: int, warm_up: int = 0) -> Corpus:
    """Article texts of the gold sets that are present, taken in turn from each (the
    first ``warm_up`` of them for warming up); the bundled demo corpus when none is."""
    found = {
        n: eval_dir / n / f for n, f in SETS.items() if eval_dir and (eval_dir / n / f).exists()
    }
    if not found:
        demo = tuple(itertools.islice(_demo_articles(), warm_up + limit))
        return _corpus(demo, limit, warm_up, ("demo corpus",))
    mixed = itertools.chain.from_iterable(
        itertools.zip_longest(*(_texts(p) for p in found.values()))
    )
    texts = itertools.islice((t for t in mixed if t), warm_up + limit)
    articles = tuple(Article(id=stable_id(t), text=t, origin="benchmark") for t in texts)
    return _corpus(articles, limit, warm_up, tuple(found))


def _corpus(
    articles: tuple[Article, ...], limit: int, warm_up: int, sources: tuple[str, ...]
) -> Corpus:
    """``limit`` articles to time after ``warm_up`` others; when there are too few for
    both, at most half of them warm up."""
    warm = min(warm_up, max(len(articles) - limit, len(articles) // 2))
    timed = articles[warm : warm + limit]
    return Corpus(articles=timed, words=_words(timed), sources=sources, warm_up=articles[:warm])


def _words(articles: Iterable[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def _demo_articles() -> Iterator[Article]:
    from eventwire.ingest import read_paths

    with resources.as_file(resources.files("eventwire.demo").joinpath("corpus")) as corpus:
        yield from (a for a in read_paths([str(corpus)]) if isinstance(a, Article))


class _SpacyRun:
    """The full spaCy pipeline, as its package ships it, in this process: loaded and warmed
    up once, then timed round by round."""

    def __init__(self, config: Config, warm_up: Sequence[Article]) -> None:
        from eventwire.annotate import DEFAULT_MODEL, load_plain_spacy

        settings = config.for_stage("annotate.spacy.v1")
        started = time.perf_counter()
        self.nlp = load_plain_spacy(settings.get("model", DEFAULT_MODEL))
        self.batch_size = settings.get("batch_size", 16)
        self._parse(warm_up)
        self.startup = time.perf_counter() - started
        self.seconds, self.sentences = 0.0, 0

    def _parse(self, articles: Sequence[Article]) -> int:
        texts = (a.text for a in articles)
        return sum(len(list(doc.sents)) for doc in self.nlp.pipe(texts, batch_size=self.batch_size))

    def time(self, articles: Sequence[Article]) -> None:
        started = time.perf_counter()
        self.sentences += self._parse(articles)
        self.seconds += time.perf_counter() - started

    def timing(self) -> Timing:
        peaks = {"main process": peak_rss_mb()}
        return Timing(name=REFERENCE, seconds=self.seconds, startup=self.startup, peaks=peaks)


class _EventwireRun:
    """eventwire end to end into its own DuckDB store on one engine: started and warmed up
    once, then timed round by round."""

    def __init__(
        self,
        name: str,
        start: Callable[[], Engine],
        warm_up: Sequence[Article],
        stack: ExitStack,
    ) -> None:
        from eventwire.store import EventStore

        self.name = name
        started = time.perf_counter()
        self.engine = start()
        self.engine.warm_up(warm_up)
        self.startup = time.perf_counter() - started
        folder = stack.enter_context(tempfile.TemporaryDirectory())
        self.store = stack.enter_context(EventStore(Path(folder) / "bench.duckdb"))
        self.seconds, self.events = 0.0, 0

    def time(self, articles: Sequence[Article]) -> None:
        from eventwire.batch import run_batch

        run_id = self.store.start_run(config={}, stages=[], inputs=[], version="bench")
        started = time.perf_counter()
        counts = run_batch(articles, engine=self.engine, store=self.store, run_id=run_id)
        self.seconds += time.perf_counter() - started
        self.events += counts.events

    def timing(self) -> Timing:
        in_process = isinstance(self.engine, InlineEngine)
        peaks = {"main process": peak_rss_mb()} if in_process else dict(self.engine.peaks)
        return Timing(
            name=self.name,
            seconds=self.seconds,
            startup=self.startup,
            events=self.events,
            peaks=peaks,
        )


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


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Everything one benchmark run measured."""

    corpus: Corpus
    sentences: int
    reference: Timing  # spaCy alone
    timings: tuple[Timing, ...]  # eventwire, in 1 process first
    stages: dict[str, float]
    processes: int
    rounds: int


def _inline(config: Config, spent: dict[str, float]) -> Engine:
    """This process's engine, its stages timed into ``spent``."""
    return InlineEngine(_timed_pipeline(config, spent))


def _entered(stack: ExitStack, config: Config, options: EngineOptions, shards: Path) -> Engine:
    """An engine, closed with the stack."""
    return stack.enter_context(open_engine(config, options, shards=shards))


def rounds(articles: Sequence[Article], size: int) -> list[Sequence[Article]]:
    """The corpus in parts of ``size`` articles, the last one shorter."""
    return [articles[i : i + size] for i in range(0, len(articles), size)]


def run_benchmark(config: Config, options: BenchOptions) -> Report:
    """Time the spaCy reference and every engine on the same corpus, round by round: each
    run codes a part of the corpus in turn, so that all of them meet the machine at the
    same speed (it drifts by 20% and more from one minute to the next)."""
    if options.dask:
        from eventwire.engines.dask_engine import distributed

        distributed()  # says which extra to install before anything is timed
    corpus = load_corpus(options.eval_dir, options.articles, options.warm_up)
    n = options.processes
    spent: dict[str, float] = {}
    with ExitStack() as stack:
        reference = _SpacyRun(config, corpus.warm_up)
        inline = functools.partial(_inline, config, spent)
        runs = [_EventwireRun("eventwire, 1 process", inline, corpus.warm_up, stack)]
        spent.update(dict.fromkeys(spent, 0.0))  # the stages' time in the timed rounds only
        engines = [("local", f"eventwire, {n} processes")]
        if options.dask:
            engines.append(("dask", f"eventwire, Dask, {n} workers"))
        for kind, name in engines:
            shards = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            engine_options = EngineOptions(engine=kind, processes=n)
            start = functools.partial(_entered, stack, config, engine_options, shards)
            runs.append(_EventwireRun(name, start, corpus.warm_up, stack))
        parts = rounds(corpus.articles, ROUND_BATCHES * n * config.batch_size)
        for part in parts:
            reference.time(part)
            for run in runs:
                run.time(part)
        timings = tuple(run.timing() for run in runs)
    return Report(
        corpus=corpus,
        sentences=reference.sentences,
        reference=reference.timing(),
        timings=timings,
        stages=spent,
        processes=n,
        rounds=len(parts),
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
        f"{report.sentences:,} sentences ({', '.join(corpus.sources)}); every timed process "
        f"first codes {len(corpus.warm_up)} other articles, untimed"
    ]
    plural = "s" * (report.rounds != 1)
    lines.append(f"timed in {report.rounds} round{plural}: each run codes each part in turn")
    lines += [_rates(report, t) for t in (report.reference, *report.timings)]
    reference = report.reference.seconds
    for timing in report.timings:
        lines.append(
            f"ratio {timing.name} / spaCy alone: {reference / timing.seconds:.2f} "
            f"({timing.events} events)"
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
