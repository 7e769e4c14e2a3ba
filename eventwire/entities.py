"""Stage ``annotate.entities.v1``: named entities only where the coding needs them.

spaCy's NER is more than half of the parse's time. With ``entities_later``, the annotator
parses without it, the coder makes a first coding with the mentions the resolver found
before the parse, and this stage runs NER (which has a tok2vec of its own, so it can read a
doc of its own) on:

* every sentence that gave an event: its places, dates and people;
* every sentence where a lexicon pattern takes "he" or "she" as its source or target (a
  statement, which needs a target, only with an actor after its verb), and the parsed
  sentences before it that hold a proper noun no mention covers, back to the last person
  the resolver found before the pronoun (to the article's start if none): a person only
  NER finds, named in a sentence that gave no event, may be whom the pronoun stands for.

A model whose NER cannot run apart (a transformer pipeline's listens to the shared
transformer) keeps NER in the annotator, and this stage leaves documents as they are.

The resolver and the coder then run again, with the entities. Sentences the cascade did
not parse get no entities, as with the cascade alone.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from eventwire.actors.coref import PERSON_KINDS, PRONOUN
from eventwire.annotate import (
    DEFAULT_MODEL,
    ENTITIES_STAGE,
    SKIPPED_MARK,
    STAGE,
    allow_length,
    load_spacy,
    ner_runs_apart,
    text_to_parse,
)
from eventwire.datatypes import Document, Entity
from eventwire.errors import StageError
from eventwire.events import CameoCoder
from eventwire.events.coder import UNTARGETED_ROOTS


class EntityFinder:
    """Stage ``annotate.entities.v1`` (see the module)."""

    def __init__(
        self,
        *,
        model: str = DEFAULT_MODEL,
        batch_size: int = 16,
        extra_lexicons: Sequence[str] = (),
        untargeted_roots: Sequence[str] = UNTARGETED_ROOTS,
    ) -> None:
        self.nlp = load_spacy(model)
        self.ner = self.nlp.get_pipe("ner") if ner_runs_apart(self.nlp) else None
        self.batch_size = batch_size
        self.coder = CameoCoder(extra_lexicons=extra_lexicons, untargeted_roots=untargeted_roots)

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Find the entities of many documents with one batched NER run."""
        if self.ner is None:  # the annotator kept its NER (see the module)
            yield from docs
            return
        docs = list(docs)
        allow_length(self.nlp, max((len(d.article.text) for d in docs), default=0))
        wanted = [self.sentences_to_read(doc) for doc in docs]
        texts = (_text(doc, chosen) for doc, chosen in zip(docs, wanted, strict=True))
        found = self.ner.pipe(
            (self.nlp.make_doc(text) for text in texts), batch_size=self.batch_size
        )
        for doc, chosen, ner_doc in zip(docs, wanted, found, strict=True):
            yield dataclasses.replace(doc, entities=_merged(doc, chosen, ner_doc))

    def sentences_to_read(self, doc: Document) -> set[int]:
        """The indexes of the sentences that need entities (see the module)."""
        if doc.parse is None:
            raise StageError(f"{ENTITIES_STAGE} needs a parse: run {STAGE} before it")
        chosen = {event.sentence for event in doc.events}
        named: list[int] = []  # parsed sentences with a proper noun no mention covers
        covered = _covered(doc)
        actors = [m.start for m in doc.mentions if m.actor is not None]
        for index, sentence in enumerate(doc.parse.sents):
            if sentence[0].text == SKIPPED_MARK:
                continue
            pronoun = self._pronoun_argument(sentence, actors)
            if pronoun is not None:
                since = _last_person_sentence(doc, pronoun.idx)
                chosen.update(i for i in named if i >= since)
                chosen.add(index)
            if _names_someone(sentence, covered):
                named.append(index)
        return chosen

    def _pronoun_argument(self, sentence: Any, actors: Sequence[int]) -> Any:
        """The first "he" or "she" that a pattern matched in the sentence takes as an actor
        of a possible event (see ``_may_code``; ``actors``: where actor mentions start)."""
        if not PRONOUN.search(sentence.text):
            return None
        matches = self.coder.matches(sentence)
        for match in matches:
            if not self._may_code(match, len(matches), sentence, actors):
                continue
            for token in (*match.sources, *match.targets):
                if PRONOUN.fullmatch(token.text):
                    return token
        return None

    def _may_code(self, match: Any, matches: int, sentence: Any, actors: Sequence[int]) -> bool:
        """Whether a match may give an event: a statement (its root needs a target) only
        with an actor after its verb, as in the cascade, or with another match in the
        sentence, whose source the speaker may be ("he said: 'we have to strike'")."""
        if match.pattern.code[:2] in self.coder.untargeted_roots or matches > 1:
            return True
        after = bisect.bisect_right(actors, match.trigger.idx)
        return after < len(actors) and actors[after] < sentence.end_char


def _names_someone(sentence: Any, covered: Callable[[int], bool]) -> bool:
    """Whether the sentence has a proper noun that no mention covers: a name NER may find."""
    return any(token.pos_ == "PROPN" and not covered(token.idx) for token in sentence)


def _covered(doc: Document) -> Callable[[int], bool]:
    """Whether an offset falls inside one of the doc's mentions."""
    starts = [m.start for m in doc.mentions]
    reach = list(itertools.accumulate((m.end for m in doc.mentions), max))

    def covered(offset: int) -> bool:
        at = bisect.bisect_right(starts, offset) - 1
        return at >= 0 and offset < reach[at]

    return covered


def _last_person_sentence(doc: Document, before: int) -> int:
    """The sentence of the last person mention before the offset, else 0 (by offsets: the
    mentions may have been found before the parse gave sentences)."""
    people = [m.start for m in doc.mentions if m.kind in PERSON_KINDS and m.end <= before]
    if not people:
        return 0
    starts = [sentence.start for sentence in doc.sentences]
    return doc.sentences[max(0, bisect.bisect_right(starts, max(people)) - 1)].index


def _text(doc: Document, chosen: set[int]) -> str:
    keep = [(s.start, s.end) for s in doc.sentences if s.index in chosen]
    return text_to_parse(doc.article, keep)


def _merged(doc: Document, chosen: set[int], found: Any) -> tuple[Entity, ...]:
    """The entities NER found in the chosen sentences, and the doc's own in the others."""
    starts = [sentence.start for sentence in doc.sentences]
    new = [
        Entity(
            start=ent.start_char,
            end=ent.end_char,
            text=ent.text,
            label=ent.label_,
            sentence=doc.sentences[bisect.bisect_right(starts, ent.start_char) - 1].index,
        )
        for ent in found.ents
    ]
    kept = [entity for entity in doc.entities if entity.sentence not in chosen]
    return tuple(sorted([*kept, *new], key=lambda entity: entity.start))
