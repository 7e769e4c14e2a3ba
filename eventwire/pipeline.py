"""The pipeline runner: a short loop over the configured stages.

A stage that raises ``Skip`` drops the article with its reason; any other failure is
recorded as a ``stage-failed`` reject naming the stage and the article, and the batch
goes on. Stages that have a ``pipe`` method get a whole batch at once.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Iterator

from eventwire.config import Config, load_config
from eventwire.datatypes import Article, Document, Reject
from eventwire.errors import Skip
from eventwire.registry import Stage, create_stage


def _skipped(doc: Document, stage: str, reason: str, detail: str) -> Document:
    article = doc.article
    reject = Reject(
        origin=article.origin or article.id,
        reason=reason,
        detail=detail,
        stage=stage,
        article_id=article.id,
    )
    return dataclasses.replace(doc, skipped=reject)


def run_stage(name: str, stage: Stage, doc: Document) -> Document:
    """One stage on one document; failures become a skipped document, never an exception."""
    try:
        return stage(doc)
    except Skip as skip:
        return _skipped(doc, name, skip.reason, skip.detail)
    except Exception as error:
        return _skipped(doc, name, "stage-failed", f"{type(error).__name__}: {error}")


class Pipeline:
    """The configured stages, built once and applied to many articles."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or load_config()
        built: dict[str, Stage] = {}  # a stage listed twice (the resolver, the coder) is one
        for name in self.config.stages:
            if name not in built:
                built[name] = create_stage(name, self.config.for_stage(name))
        self.stages: list[tuple[str, Stage]] = [(name, built[name]) for name in self.config.stages]

    @property
    def stage_names(self) -> tuple[str, ...]:
        """The names of the stages, in order."""
        return tuple(name for name, _ in self.stages)

    def __call__(self, article: Article) -> Document:
        return next(self.process([article]))

    def process(self, articles: Iterable[Article]) -> Iterator[Document]:
        """Documents for the articles, in order, batch by batch."""
        iterator = iter(articles)
        while batch := list(itertools.islice(iterator, self.config.batch_size)):
            yield from self.process_batch(batch)

    def process_batch(self, articles: list[Article]) -> list[Document]:
        """Run every stage over a batch of articles."""
        docs = [self._admit(article) for article in articles]
        for name, stage in self.stages:
            docs = self._apply(name, stage, docs)
        return docs

    def _admit(self, article: Article) -> Document:
        """A document for the article, skipped as "too-long" over the size limit."""
        doc = Document(article=article)
        limit = self.config.max_article_chars
        if len(article.text) <= limit:
            return doc
        detail = (
            f"the article has {len(article.text):,} characters, over the limit of {limit:,}; "
            "split it into articles, or raise [pipeline] max_article_chars in your config"
        )
        return _skipped(doc, "pipeline", "too-long", detail)

    def _apply(self, name: str, stage: Stage, docs: list[Document]) -> list[Document]:
        live = [i for i, doc in enumerate(docs) if doc.skipped is None]
        pipe = getattr(stage, "pipe", None)
        results = _try_pipe(pipe, [docs[i] for i in live]) if pipe else None
        if results is None:
            results = [run_stage(name, stage, docs[i]) for i in live]
        updated = list(docs)
        for index, result in zip(live, results, strict=True):
            updated[index] = result
        return updated


def _try_pipe(pipe: object, docs: list[Document]) -> list[Document] | None:
    """A batched stage; None when the batch failed, so each document is tried alone."""
    try:
        return list(pipe(docs))  # type: ignore[operator]
    except Exception:
        return None
