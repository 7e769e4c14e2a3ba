"""Hand-built documents for the geo tests."""

from __future__ import annotations

import re
from collections.abc import Iterable

from eventwire.datatypes import Actor, Article, Document, Entity, Mention, Sentence, Span


def split_sentences(text: str) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(index=index, start=match.start(), end=match.end(), text=match.group())
        for index, match in enumerate(re.finditer(r"[^.!?]+[.!?]?\s*", text))
    )


def build_document(
    text: str,
    places: Iterable[str] = (),
    *,
    others: Iterable[tuple[str, str]] = (),
    mentions: Iterable[tuple[str, str]] = (),
    dateline: str = "",
    dateline_place: str = "",
) -> Document:
    """A document whose GPE entities are ``places`` (found in text order), with other
    entities as (text, label) and actor mentions as (text, country)."""
    sentences = split_sentences(text)
    found = [*_spans(text, places, "GPE")]
    found += [_spans(text, [name], label)[0] for name, label in others]
    entities = tuple(
        Entity(
            start=span.start,
            end=span.end,
            text=span.text,
            label=label,
            sentence=sentence_at(sentences, span.start),
        )
        for span, label in sorted(found, key=lambda item: item[0].start)
    )
    article = Article(
        id="a1",
        text=text,
        dateline=Span(start=0, end=len(dateline), text=dateline) if dateline else None,
        dateline_place=dateline_place,
    )
    actors = tuple(_mention(text, sentences, name, country) for name, country in mentions)
    return Document(article=article, sentences=sentences, entities=entities, mentions=actors)


def sentence_at(sentences: tuple[Sentence, ...], offset: int) -> int:
    return next(s.index for s in sentences if s.start <= offset < s.end)


def _spans(text: str, names: Iterable[str], label: str) -> list[tuple[Span, str]]:
    spans, position = [], 0
    for name in names:
        start = _find(text, name, position)
        spans.append((Span(start=start, end=start + len(name), text=name), label))
        position = start + len(name)
    return spans


def _find(text: str, name: str, position: int = 0) -> int:
    """Where ``name`` occurs as whole words, from ``position`` on."""
    match = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)").search(text, position)
    if match is None:
        raise ValueError(f"{name!r} is not in {text!r}")
    return match.start()


def _mention(text: str, sentences: tuple[Sentence, ...], name: str, country: str) -> Mention:
    start = _find(text, name)
    actor = Actor(code=country + "GOV", country=country, sectors=("GOV",), name=name)
    return Mention(
        start=start,
        end=start + len(name),
        text=name,
        sentence=sentence_at(sentences, start),
        actor=actor,
    )
