import dataclasses

import pytest

from eventwire import pipeline as pipeline_module
from eventwire.config import Config
from eventwire.datatypes import Article, Document
from eventwire.errors import Skip
from eventwire.pipeline import Pipeline, run_stage


def upper(doc: Document) -> Document:
    return dataclasses.replace(
        doc, article=dataclasses.replace(doc.article, text=doc.article.text.upper())
    )


def skip_empty(doc: Document) -> Document:
    if not doc.article.text.strip():
        raise Skip("no-text", "nothing to code")
    return doc


def explode(doc: Document) -> Document:
    if "boom" in doc.article.text.lower():
        raise RuntimeError("kaboom")
    return doc


class Batched:
    calls = 0

    def __call__(self, doc: Document) -> Document:
        return doc

    def pipe(self, docs):
        Batched.calls += 1
        return [dataclasses.replace(d, entities=()) for d in docs]


@pytest.fixture
def stages(monkeypatch):
    table = {"upper": upper, "skip": skip_empty, "explode": explode, "batched": Batched()}
    monkeypatch.setattr(pipeline_module, "create_stage", lambda name, settings: table[name])


def _articles(*texts):
    return [Article(id=f"a{i}", text=t, origin=f"file{i}.txt") for i, t in enumerate(texts)]


def test_stages_run_in_order_and_skips_carry_their_reason(stages):
    pipe = Pipeline(Config(stages=("skip", "upper", "explode"), batch_size=2))
    docs = list(pipe.process(_articles("hello", " ", "boom here")))
    assert docs[0].article.text == "HELLO" and docs[0].skipped is None
    assert (docs[1].skipped.reason, docs[1].skipped.stage) == ("no-text", "skip")
    assert docs[2].skipped.reason == "stage-failed"
    assert "RuntimeError: kaboom" in docs[2].skipped.detail
    assert docs[2].skipped.origin == "file2.txt"


def test_a_batched_stage_gets_the_whole_batch(stages):
    Batched.calls = 0
    pipe = Pipeline(Config(stages=("batched",), batch_size=10))
    assert len(list(pipe.process(_articles("a", "b", "c")))) == 3
    assert Batched.calls == 1


def test_run_stage_never_raises():
    doc = Document(article=Article(id="x", text="boom"))
    assert run_stage("explode", explode, doc).skipped.reason == "stage-failed"


def test_an_article_over_the_size_limit_is_skipped_before_any_stage(stages):
    pipe = Pipeline(Config(stages=("upper",), max_article_chars=10))
    short, long = pipe.process_batch(_articles("ten chars!", "eleven chars"))
    assert short.skipped is None and short.article.text == "TEN CHARS!"
    assert (long.skipped.reason, long.skipped.stage) == ("too-long", "pipeline")
    assert "12 characters, over the limit of 10" in long.skipped.detail
    assert "max_article_chars" in long.skipped.detail
    assert long.article.text == "eleven chars"


def test_a_stage_listed_twice_is_built_once_and_runs_twice(monkeypatch):
    built = []

    def create(name, settings):
        built.append(name)
        return upper if name == "upper" else skip_empty

    monkeypatch.setattr(pipeline_module, "create_stage", create)
    pipe = Pipeline(Config(stages=("upper", "skip", "upper")))
    assert built == ["upper", "skip"]
    assert pipe.stage_names == ("upper", "skip", "upper")
    assert pipe(_articles("abc")[0]).article.text == "ABC"
