from eventwire.datatypes import Article
from eventwire.engines.bench import Corpus, Report, Timing, report_lines, rounds


def _report() -> Report:
    corpus = Corpus(
        articles=tuple(Article(id=str(i), text="Russia met China.") for i in range(10)),
        words=30_000,
        sources=("demo",),
    )
    return Report(
        corpus=corpus,
        sentences=1_000,
        reference=Timing(name="spaCy pipeline alone", seconds=10.0),
        timings=(
            Timing(name="eventwire, 1 process", seconds=8.0, events=5),
            Timing(name="eventwire, 2 processes", seconds=4.0, events=5, peaks={"a": 1, "b": 2}),
        ),
        stages={"annotate.spacy.v1": 6.0, "events.cameo_rules.v1": 1.0},
        processes=2,
        rounds=3,
    )


def test_each_run_is_compared_with_spacy_alone():
    lines = report_lines(_report())
    assert "ratio eventwire, 1 process / spaCy alone: 1.25 (5 events)" in lines
    assert "ratio eventwire, 2 processes / spaCy alone: 2.50 (5 events)" in lines
    assert "timed in 3 rounds: each run codes each part in turn" in lines


def test_rounds_cut_the_corpus_in_parts_in_order():
    articles = [Article(id=str(i), text="x") for i in range(5)]
    parts = rounds(articles, 2)
    assert [[a.id for a in part] for part in parts] == [["0", "1"], ["2", "3"], ["4"]]


def test_the_stage_line_shares_out_the_one_process_run():
    assert report_lines(_report())[-1] == (
        "time in 1 process: annotate.spacy.v1 75%, events.cameo_rules.v1 12%, "
        "reading, rows and DuckDB 12%"
    )


def _gold_set(folder, name: str, texts: list[str]) -> None:
    import json

    (folder / name).mkdir()
    lines = [json.dumps({"text": text}) for text in texts]
    (folder / name / "data.jsonl").write_text("\n".join(lines) + "\n", "utf-8")


def test_the_corpus_takes_sets_in_turn_and_warms_up_on_other_articles(tmp_path):
    from eventwire.engines.bench import load_corpus

    _gold_set(tmp_path, "lgl", [f"Local story {i}." for i in range(5)])
    _gold_set(tmp_path, "trnews", [f"Wire story {i}." for i in range(5)])
    corpus = load_corpus(tmp_path, 4, warm_up=2)
    assert [a.text for a in corpus.warm_up] == ["Local story 0.", "Wire story 0."]
    assert [a.text for a in corpus.articles] == [
        "Local story 1.", "Wire story 1.", "Local story 2.", "Wire story 2."
    ]  # fmt: skip
    assert corpus.words == 12 and corpus.sources == ("lgl", "trnews")
    small = load_corpus(tmp_path, 100, warm_up=64)  # too few: half of them warm up
    assert len(small.warm_up) == 5 and len(small.articles) == 5
