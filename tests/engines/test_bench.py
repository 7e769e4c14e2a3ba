from eventwire.datatypes import Article
from eventwire.engines.bench import Corpus, Report, Timing, report_lines


def _report() -> Report:
    corpus = Corpus(
        articles=tuple(Article(id=str(i), text="Russia met China.") for i in range(10)),
        words=30_000,
        sources=("demo",),
    )
    return Report(
        corpus=corpus,
        sentences=1_000,
        references=(
            Timing(name="spaCy pipeline alone", seconds=12.0),
            Timing(name="spaCy pipeline alone, again", seconds=8.0),
        ),
        timings=(
            Timing(name="eventwire, 1 process", seconds=8.0, events=5),
            Timing(name="eventwire, 2 processes", seconds=4.0, events=5, peaks={"a": 1, "b": 2}),
        ),
        stages={"annotate.spacy.v1": 6.0, "events.cameo_rules.v1": 1.0},
        processes=2,
    )


def test_ratios_are_against_the_mean_of_the_reference_runs():
    lines = report_lines(_report())
    assert "ratio eventwire, 1 process / spaCy alone (mean 10.0 s): 1.25 (5 events)" in lines
    assert "ratio eventwire, 2 processes / spaCy alone (mean 10.0 s): 2.50 (5 events)" in lines
    assert any(line.startswith("spaCy pipeline alone, again ") for line in lines)


def test_the_stage_line_shares_out_the_one_process_run():
    assert report_lines(_report())[-1] == (
        "time in 1 process: annotate.spacy.v1 75%, events.cameo_rules.v1 12%, "
        "reading, rows and DuckDB 12%"
    )
