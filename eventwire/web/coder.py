"""POST /api/code: one pipeline per server, built on first use, one article at a time."""

from __future__ import annotations

import threading

import eventwire
from eventwire.config import Config, load_config
from eventwire.datatypes import Document
from eventwire.pipeline import Pipeline
from eventwire.records import event_record
from eventwire.web.models import Coded, CodedArticle, CodeRequest, Skipped


class Coder:
    """Codes texts for the web API; the pipeline (spaCy, gazetteer) loads on the first call."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()

    def pipeline(self) -> Pipeline:
        """The pipeline, built once."""
        if self._pipeline is None:
            self._pipeline = Pipeline(self.config or load_config())
        return self._pipeline

    def __call__(self, request: CodeRequest) -> Coded:
        with self._lock:
            doc = eventwire.code(
                request.text,
                published=request.published,
                title=request.title,
                pipeline=self.pipeline(),
            )
        return coded(doc, include_all=request.all)


def coded(doc: Document, *, include_all: bool) -> Coded:
    """The API's answer for a coded document."""
    article = doc.article
    skipped = doc.skipped
    return Coded(
        article=CodedArticle(
            id=article.id,
            title=article.title,
            published=article.published.isoformat() if article.published else None,
            text=article.text,
        ),
        events=[
            event_record(event, article=article)
            for event in doc.events
            if include_all or event.shown_by_default
        ],
        skipped=Skipped(reason=skipped.reason, detail=skipped.detail) if skipped else None,
    )
