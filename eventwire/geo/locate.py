"""Event location: where each event happened, chosen among the article's toponyms.

Runs after the ``Geoparser``. For each event, the first rule that gives a place wins, and
the chosen ``Toponym`` (copied onto ``Event.place``) says why in its ``reason``:

1. ``in-sentence preposition 'in'`` (or ``at``, ``near``, ``on``, ``outside``, ``inside``):
   a resolved toponym of the event's sentence that such a preposition introduces. The
   preposition is found in the dependency parse when the document has one (climbing from
   the toponym through appositions, compounds and "the city of ...": "in Vladivostok,
   Russia", "in the port city of Basra", "in Ethiopia's Tigray region"), and from the words
   just before the toponym in the text when the parse has none. The most
   specific toponym wins (a point or city over an admin1 area, region or sea, over a
   country), then the one closest to the trigger. "on" counts only for points, regions and
   waters ("on Russky Island", "on the Korean Peninsula"), never for countries or cities,
   where it names a topic ("talks on Syria").
2. ``dateline``: the dateline place, for events in the first three sentences of the story
   (counted from the dateline's sentence, so a headline or caption before it does not
   shorten the window).
3. Nothing: ``place`` stays None. The locator never guesses a country from the actors.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from eventwire.datatypes import Document, Event, Span, Toponym

PREPOSITIONS = frozenset({"in", "at", "near", "on", "outside", "inside"})
DATELINE_SENTENCES = 3
SPECIFICITY = {"point": 0, "city": 0, "admin1": 1, "region": 1, "water": 1, "country": 2}
_ON_PRECISIONS = frozenset({"point", "region", "water"})
_CLIMB = frozenset({"appos", "compound", "conj", "npadvmod", "nmod", "amod"})
_DIRECTION = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central)\s+"
FEATURE_WORDS = frozenset(
    [
        "city",
        "town",
        "village",
        "port",
        "capital",
        "region",
        "province",
        "state",
        "island",
        "islands",
        "area",
        "district",
        "enclave",
        "territory",
        "republic",
        "county",
        "outskirts",
        "suburb",
        "suburbs",
        "centre",
        "center",
    ]
)
_FEATURE = "(?:" + "|".join(sorted(FEATURE_WORDS)) + ")"
_BEFORE = re.compile(
    rf"\b(in|at|near|on|outside|inside)\s+(?:the\s+)?(?:{_DIRECTION})?"
    rf"(?:[A-Z][\w-]*['\u2019]s\s+)?"
    rf"(?:(?:[\w'\u2019-]+\s+){{0,3}}?{_FEATURE}\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_LOOKBEHIND = 120


class EventLocator:
    """Stage ``geo.event_location.v1``: sets ``place`` on every event (see the module docstring)."""

    def __call__(self, doc: Document) -> Document:
        events = tuple(self.locate(doc, event) for event in doc.events)
        return dataclasses.replace(doc, events=events)

    def locate(self, doc: Document, event: Event) -> Event:
        """The event with its place set (or left None)."""
        place = _in_sentence(doc, event) or _dateline(doc, event)
        return dataclasses.replace(event, place=place)


def _in_sentence(doc: Document, event: Event) -> Toponym | None:
    """The best toponym of the event's sentence that a locative preposition introduces."""
    found = []
    for toponym in doc.toponyms:
        if toponym.sentence != event.sentence or toponym.place is None:
            continue
        word = preposition(doc, toponym)
        if word is not None:
            rank = (_specificity(toponym), _distance(toponym, event.trigger), toponym.start)
            found.append((rank, word, toponym))
    if not found:
        return None
    _, word, best = min(found, key=lambda item: item[0])
    return dataclasses.replace(best, reason=f"in-sentence preposition '{word}'")


def _specificity(toponym: Toponym) -> int:
    precision = toponym.place.precision if toponym.place is not None else "country"
    return SPECIFICITY.get(precision, 1)


def preposition(doc: Document, toponym: Toponym) -> str | None:
    """The locative preposition that introduces a toponym, if any."""
    word = _parse_preposition(doc.parse, toponym) or _text_preposition(doc, toponym)
    if word == "on" and toponym.place is not None:
        return word if toponym.place.precision in _ON_PRECISIONS else None
    return word


def _parse_preposition(parse: Any, toponym: Toponym) -> str | None:
    """The preposition governing the toponym in a spaCy parse, climbing through
    appositions, compounds, conjunctions and "the city of"."""
    if parse is None:
        return None
    span = parse.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            return None
        if token.dep_ == "pobj" and head.lower_ == "of":
            if head.head.lower_ not in FEATURE_WORDS:
                return None
            token = head.head
        elif token.dep_ == "pobj":
            return str(head.lower_) if head.lower_ in PREPOSITIONS else None
        elif token.dep_ in _CLIMB:
            token = head
        else:
            return None
    return None


def _text_preposition(doc: Document, toponym: Toponym) -> str | None:
    """The preposition among the words just before the toponym in the text."""
    before = doc.article.text[max(0, toponym.start - _LOOKBEHIND) : toponym.start]
    match = _BEFORE.search(before)
    return match.group(1).lower() if match else None


def _distance(toponym: Toponym, trigger: Span) -> int:
    if toponym.start >= trigger.end:
        return toponym.start - trigger.end
    return max(0, trigger.start - toponym.end)


def _dateline(doc: Document, event: Event) -> Toponym | None:
    """The dateline's toponym, for events of the first sentences."""
    dateline = doc.article.dateline
    if dateline is None:
        return None
    for toponym in doc.toponyms:
        inside = toponym.start < dateline.end and dateline.start < toponym.end
        if toponym.place is None or not (inside or toponym.start == dateline.start):
            continue
        if event.sentence < max(toponym.sentence, 0) + DATELINE_SENTENCES:
            return dataclasses.replace(toponym, reason="dateline")
        return None
    return None
