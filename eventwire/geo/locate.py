"""Event location: where each event happened, chosen among the article's toponyms.

Runs after the ``Geoparser``. For each event, the first rule that gives a place wins, and
the chosen ``Toponym`` (copied onto ``Event.place``) says why in its ``reason``:

1. ``in-sentence preposition 'in'`` (or ``at``, ``near``, ``on``, ``outside``, ``inside``,
   ``through``, ``across``, ``around``, ``into``, ``toward``, ``throughout``, ``along``,
   ``within``, ``over``, ``off``; ``to`` after a verb of motion: "travelled to Tehran"),
   ``in-sentence object`` or ``in-sentence subject``: a
   toponym of the event's sentence that is where the event's verb, or a clause governing it,
   happened. With a dependency parse, the toponym's preposition must attach to the trigger or
   to one of its ancestors ("In Kabul, police said ... killed"), climbing from the toponym
   through appositions, compounds, conjunctions and an "of" after a place noun ("in the
   city of Basra", "on the outskirts of Aleppo", but not "at the request of the United
   States"), and through the nouns that other prepositions hang from ("positions at X");
   the object of the trigger ("captured Nablus", "shelled the town of Marea"; for a
   participle after a clause, that clause's object: "stormed the town of Baiji, killing
   39") and the subject of a passive trigger ("Baghdad was hit") count too, as do the
   trigger's clauses ("killed when a bomb struck near Baiji") and the places of its
   subject and object ("militants in Gaza captured") and of its occasion ("during the
   invasion of Lebanon");
   a place that only describes a thing ("US soldiers") is neither subject nor object,
   though a place below a country that owns the object or the passive subject counts,
   ranked with the describers ("bombed Baghdad's largest slum", "captured Bagram
   airport"; not "shot down U.S. helicopters"), and a name the gazetteer lacks that is
   the subject or object and reads as a person is none ("Zeevi was shot in a Jerusalem
   hotel": Jerusalem).
   Without a parse, the preposition is read from the words just before the toponym. Among
   several, one that is not a mere describer wins ("outside the US embassy in Brussels"),
   then the one attached nearest the trigger, then the most specific (a point or a city
   over an admin1 area, region or sea, over a country; a name the gazetteer lacks, such as
   a district or a building, counts as a point, before a resolved one: "the Zaafaraniyah
   district of Baghdad"), then the one closest to the trigger. When the winner is a
   country, state or region, an attached place inside it wins instead ("in the town of
   Baqubah, in the province of Diyala"; "in Maryin Gubay, a small town in Somalia").
   "on" counts only for points, regions, waters and names the gazetteer lacks ("on
   Russky Island", "an assault on the Sheikh Saeed District"), never for
   countries or cities directly, where it names a topic ("talks on Syria"), though it may
   through a noun ("on the doorstep of his Moscow apartment", "marched on Manila's
   financial district"). Adjectives of nationality
   are never event locations; a possessive place ("shot in Karachi's business district",
   "patrolled outside Mecca's hospital") ranks with the describers, after every other.
   A chosen name the gazetteer lacks takes the place of the toponym right after it ("a hotel
   in Panchkula", "Tel Abyad, Syria"), if any, and says so in its reason.
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
from eventwire.geo.gazetteer import distance_km
from eventwire.geo.resolve import FOCUS

PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "near",
        "on",
        "outside",
        "inside",
        "through",
        "across",
        "around",
        "into",
        "toward",
        "towards",
        "throughout",
        "along",
        "within",
        "over",
        "off",
        "beside",
        "alongside",
    }
)
MOTION_VERBS = frozenset(
    {"march", "travel", "fly", "go", "come", "return", "head", "walk", "drive", "sail"}
)
"""Verbs whose "to" names where their event takes place ("marched to the embassy in
Ottawa", "travelled to Tehran")."""
DATELINE_SENTENCES = 3
SPECIFICITY = {"point": 0, "city": 0, "admin2": 0, "admin1": 1, "region": 1, "water": 1}
_ON_PRECISIONS = frozenset({"point", "region", "water"})
_CLIMB = frozenset({"appos", "compound", "conj", "npadvmod", "nmod", "amod", "poss"})
_OBJECTS = {"dobj": "object", "nsubjpass": "subject"}
_ANCESTOR_DEPTH = 2
"""How far the clauses governing the trigger are from it ("In Kabul, police said a bomb
killed five"): past its own clauses and the nouns of its arguments."""
_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
_OWNERS = frozenset({"poss", "compound"})
"""How a place modifies the trigger's object when it says where the object is ("bombed
Baghdad's largest slum", "captured Bagram airport"), unlike an adjective ("Syrian")."""
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
"""The trigger's arguments whose locative modifiers place its event ("militants in Gaza
captured", "a blast in Marjeh Square killed", "detonated a bomb inside Jobar")."""
_EVENT_PREPOSITIONS = frozenset({"during", "amid"})
"""Prepositions whose object is an occasion the event happened in ("killed during a raid
in Iraq")."""
EVENT_NOUNS = frozenset(
    {*("invasion", "attack", "attacks", "siege", "bombardment", "bombing", "shelling")}
    | {"occupation", "capture", "liberation", "storming", "blockade", "raid", "raids"}
)
"""Nouns whose "of" names where they happened ("the invasion of Lebanon")."""
_ARGUMENT_WORDS = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "around", "throughout", "within"}
)
"""The prepositions that place an argument ("militants in Gaza"), unlike "on" ("the
estimate on Iran")."""
_CLAUSES = frozenset({"advcl", "xcomp"})
"""Clauses of the trigger that tell where its event happened ("killed when a bomb struck
near Baiji", "began attacking positions in Quneitra")."""
_NOUNS = frozenset({"NOUN", "PROPN"})
_DIRECTION = r"(?:(?:north|south|east|west)(?:ern)?(?:-?(?:east|west)(?:ern)?)?|central)\s+"
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
PLACE_NOUNS = FEATURE_WORDS | {
    *("villages", "towns", "cities", "districts", "provinces", "settlement", "settlements"),
    *("streets", "countryside", "neighborhood", "neighbourhood", "parts", "part", "sector"),
    *("stronghold", "perimeter", "hilltop", "hometown", "heart", "edge", "coast", "vicinity"),
    *("camp", "governorate", "municipality", "quarter", "areas", "resorts", "township"),
    *("townships", "sectors", "neighborhoods", "neighbourhoods", "quarters"),
}
"""Nouns that "of" may follow in a location ("the outskirts of Aleppo", "the streets of
Abidjan"); not directions ("north of Baghdad" is near Baghdad, not in it)."""
_FEATURE = "(?:" + "|".join(sorted(FEATURE_WORDS)) + ")"
_WORDS = "|".join(sorted(PREPOSITIONS, key=len, reverse=True))
_BEFORE = re.compile(
    rf"\b({_WORDS})\s+(?:the\s+)?(?:{_DIRECTION})?"
    rf"(?:[A-Z][\w-]*['\u2019]s\s+)?"
    rf"(?:(?:[\w'\u2019-]+\s+){{0,3}}?{_FEATURE}\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_LOOKBEHIND = 120
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
_CONTAINER_GAP = re.compile(r"\s*(?:,|\bin\b|\bnear\b|\bof\b|\boutside\b)\s*(?:the\s+)?")
_REACH = 8


@dataclasses.dataclass(frozen=True, slots=True)
class _Attached:
    """How a toponym attaches to the event: the relation word, and how many steps up from
    the trigger the attachment point is (0: the trigger itself)."""

    word: str
    depth: int
    modifier: bool = False
    """Whether the toponym only modifies a noun that is no place ("the US embassy")."""


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
    """The best toponym of the event's sentence that is where the event happened."""
    found = []
    text = doc.article.text
    for toponym in _eligible(doc, event):
        attached = attachment(doc, toponym, event.trigger)
        if attached is not None and _POSSESSIVE.match(text, toponym.end):
            attached = dataclasses.replace(attached, modifier=True)
        if attached is not None and _owning_country(attached, toponym):
            attached = None
        if attached is not None and _unknown_argument(doc, attached, toponym):
            attached = None
        if attached is not None:
            rank = (
                attached.modifier,
                attached.depth,
                _specificity(toponym),
                not _unresolved(toponym),
                _distance(toponym, event.trigger),
                toponym.start,
            )
            found.append((rank, attached.word, toponym))
    if not found:
        return None
    _, word, best = min(found, key=lambda item: item[0])
    inner = [(rank, w, t) for rank, w, t in found if not rank[0] and _inside(doc, t, best)]
    if inner:  # "in the town of Baqubah, in the province of Diyala"
        _, word, best = min(inner, key=lambda item: item[0])
    return _placed(doc, best, _REASONS.get(word, f"in-sentence preposition '{word}'"))


def _owning_country(attached: _Attached, toponym: Toponym) -> bool:
    """A country that only owns the trigger's subject or object ("shot down U.S.
    helicopters", "China's first bomb was detonated"): no location, unlike a city
    ("bombed Baghdad's largest slum")."""
    return (
        attached.modifier
        and attached.word in ("object", "subject")
        and toponym.place is not None
        and toponym.place.precision == "country"
    )


PEOPLE_VERBS = frozenset(
    {
        "shoot", "kill", "wound", "injure", "murder", "assassinate", "execute", "behead",
        "stab", "torture", "arrest", "detain", "kidnap", "abduct", "extradite", "release",
        "free", "sentence", "convict", "jail", "imprison", "hang", "rape", "beat",
    }
)  # fmt: skip
"""Verbs done to people: an unknown name they take as subject or object is a person."""
_PERSONAL = frozenset({"he", "him", "his", "she", "her"})


def _unknown_argument(doc: Document, attached: _Attached, toponym: Toponym) -> bool:
    """A name the gazetteer lacks that is itself the trigger's subject or object and reads
    as a person: the verb is one done to people ("Zubaydah was shot") or a "he" or "she"
    follows it ("captured Ocalan ... sentenced him")."""
    if attached.word not in ("object", "subject") or not _unresolved(toponym) or not doc.parse:
        return False
    span = doc.parse.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in _OBJECTS:
        return False
    if any(t.lower_ in PLACE_NOUNS for t in span):  # "Camp Stannis"
        return False
    verb = span.root.head
    after = span.sent[span.end - span.sent.start :]
    return verb.lemma_.lower() in PEOPLE_VERBS or any(t.lower_ in _PERSONAL for t in after)


_REASONS = {
    "object": "in-sentence object",
    "subject": "in-sentence subject",
    "on a place": "in-sentence preposition 'on'",
}


_INSIDE_KM = 300.0
_WIDE = frozenset({"country", "admin1", "region"})


def _inside(doc: Document, inner: Toponym, outer: Toponym) -> bool:
    """Whether ``inner`` names a more specific place within ``outer``: one of its country
    (for a country) or within a few hundred kilometres (for a state or region), or a name
    the gazetteer lacks written just before it ("Maryin Gubay, a small town in Somalia")."""
    if outer.place is None or outer.place.precision not in _WIDE or inner is outer:
        return False
    if _unresolved(inner):
        gap = doc.article.text[inner.end : outer.start]
        return inner.end <= outer.start and bool(_CONTAINED_BY.fullmatch(gap))
    place, wide = inner.place, outer.place
    if place is None or _specificity(inner) >= _specificity(outer) or place.precision in _WIDE:
        return False
    if wide.precision == "country":
        return place.country == wide.country
    return place.country == wide.country and distance_km(place, wide) <= _INSIDE_KM


_CONTAINED_BY = re.compile(
    r"(?:\s+(?:district|province|region|area|village|town|city|county|state))?"  # Yarang district
    r"\s*,?\s*(?:also\s+)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?"  # ", a small town"
    r"(?:in|of|near)?\s*(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:region|province|state|district)\s+of\s+(?:the\s+)?)?"
)
"""What may stand between a name the gazetteer lacks and the wider place it lies in."""


def _eligible(doc: Document, event: Event) -> list[Toponym]:
    """The toponyms of the event's sentence that may be a location: not adjectives of
    nationality."""
    return [
        toponym
        for toponym in doc.toponyms
        if toponym.sentence == event.sentence and toponym.reason != "demonym"
    ]


def _specificity(toponym: Toponym) -> int:
    if _unresolved(toponym) or toponym.place is None:
        return 0
    return SPECIFICITY.get(toponym.place.precision, 2)


def _unresolved(toponym: Toponym) -> bool:
    """A name the gazetteer lacks (kept without a place, or placed by its container or
    at the article's focus)."""
    return toponym.place is None or toponym.reason.startswith((_PLACED_BY, FOCUS))


_PLACED_BY = "placed by "


def attachment(doc: Document, toponym: Toponym, trigger: Span) -> _Attached | None:
    """How a toponym is where the trigger's event happened, if it is."""
    if doc.parse is not None:
        attached = _parse_attachment(doc.parse, toponym, trigger)
    else:
        word = _text_preposition(doc, toponym)
        attached = _Attached(word, 0) if word else None
    if attached is None or attached.word != "on" or toponym.place is None:
        return attached
    precise = _unresolved(toponym) or toponym.place.precision in _ON_PRECISIONS
    return attached if precise else None


def preposition(doc: Document, toponym: Toponym) -> str | None:
    """The locative preposition that introduces a toponym, if any (read from the text)."""
    word = _text_preposition(doc, toponym)
    if word == "on" and toponym.place is not None:
        return word if toponym.place.precision in _ON_PRECISIONS else None
    return word


def _parse_attachment(parse: Any, toponym: Toponym, trigger: Span) -> _Attached | None:
    """The attachment in a spaCy parse (see the module docstring)."""
    span = parse.char_span(toponym.start, toponym.end, alignment_mode="expand")
    verb = parse.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if span is None or verb is None or len(span) == 0 or len(verb) == 0:
        return None
    root = verb.root
    verbs = [root, *root.conjuncts]
    clauses = [child.i for token in verbs for child in token.children if child.dep_ in _CLAUSES]
    chain = {token.i: 0 for token in reversed(verbs)} | {i: 1 for i in clauses if i != root.i}
    for depth, token in enumerate(root.ancestors, start=_ANCESTOR_DEPTH):
        chain.setdefault(token.i, depth)
    adjunct = root.dep_ == "advcl" and root.tag_ == "VBG"  # "stormed the village, killing 39"
    objects_of = frozenset({root.i, *(_clauses_above(root) if adjunct else ())})
    return _climb(span.root, objects_of, chain)


def _clauses_above(participle: Any) -> list[int]:
    """The clause a participle adjunct hangs from, and the clauses above that one when it
    is itself an adverbial clause: the parser hangs "killing 39" of "stormed the village
    as residents were preparing for prayers, killing 39" on "preparing"."""
    found = [participle.head]
    while found[-1].dep_ == "advcl" and found[-1].head.i != found[-1].i:
        found.append(found[-1].head)
    return [token.i for token in found]


def _climb(token: Any, verbs: frozenset[int], chain: dict[int, int]) -> _Attached | None:
    """Up from the toponym to the first locative preposition whose head is on the trigger's
    chain; through "of" and through the nouns that other prepositions hang from ("positions
    at X", "an attack in X"), each noun a step further away."""
    hops, direct, word, modifier, owner = 0, True, "", False, False
    for _ in range(_REACH):
        head = token.head
        if head.i == token.i:
            return None
        if token.dep_ == "pobj" and (
            head.lower_ in PREPOSITIONS
            or (head.lower_ == "to" and head.head.lemma_.lower() in MOTION_VERBS)
        ):
            found = _at(str(head.lower_), head.head.i, chain, hops, direct=direct)
            if found is not None or head.head.pos_ not in _NOUNS:
                return found and dataclasses.replace(found, modifier=modifier)
            token, hops, direct, word = head.head, hops + 1, False, word or str(head.lower_)
        elif word and (governor := _governor(token, word)) is not None:
            found = _at(word, governor, chain, hops, direct=False)
            return found and dataclasses.replace(found, modifier=modifier)
        elif token.dep_ == "pobj" and head.lower_ == "of":
            if not word and head.head.lower_ not in PLACE_NOUNS | EVENT_NOUNS:
                return _object_of(head.head, verbs, chain, hops, modifier=modifier)
            token, direct = head.head, False
            word = word or ("in" if head.head.lower_ in EVENT_NOUNS else "")
        elif token.dep_ in _OBJECTS and head.i in verbs:
            if modifier and not owner:
                return None
            return _Attached(_OBJECTS[token.dep_], hops + chain[head.i], modifier=modifier)
        elif token.dep_ in _CLIMB:
            if not modifier and _modifies_a_thing(token):
                modifier, owner = True, token.dep_ in _OWNERS
            direct = direct and token.dep_ != "compound" and head.lower_ not in PLACE_NOUNS
            token = head  # "marched on Manila's financial district": a place, not a topic
        else:
            return None
    return None


def _object_of(
    noun: Any, verbs: frozenset[int], chain: dict[int, int], hops: int, *, modifier: bool
) -> _Attached | None:
    """The attachment of a place after "of" when the noun before it is the trigger's
    object ("captured 70 percent of Bosnia", "captured the airport of Udbina")."""
    if modifier or noun.dep_ not in _OBJECTS or noun.head.i not in verbs:
        return None
    return _Attached(_OBJECTS[noun.dep_], hops + chain[noun.head.i])


def _governor(token: Any, word: str) -> int | None:
    """The verb that a noun a place hangs from (through ``word``) is an argument, agent or
    occasion of: "militants in Gaza captured", "killed by gunmen in Baquba", "captured
    during a raid in Iraq"."""
    head = token.head
    if word in _ARGUMENT_WORDS and token.dep_ in _ARGUMENTS | {"npadvmod"}:
        return int(head.i)  # "npadvmod": "was captured Jan. 15 in Panama" hung on the date
    if token.dep_ != "pobj":
        return None
    if (word in _ARGUMENT_WORDS and head.dep_ == "agent") or head.lower_ in _EVENT_PREPOSITIONS:
        return int(head.head.i)
    return None


def _modifies_a_thing(token: Any) -> bool:
    """Whether the token modifies a noun that is no place ("US soldiers", "the US
    embassy"; not "the Donetsk region")."""
    return (
        token.dep_ in _MODIFIERS
        and token.head.pos_ in _NOUNS
        and token.head.lower_ not in PLACE_NOUNS
    )


def _at(
    word: str, where: int, chain: dict[int, int], hops: int, *, direct: bool
) -> _Attached | None:
    if where not in chain:
        return None
    return _Attached(word if direct or word != "on" else "on a place", chain[where] + hops)


def _text_preposition(doc: Document, toponym: Toponym) -> str | None:
    """The preposition among the words just before the toponym in the text."""
    before = doc.article.text[max(0, toponym.start - _LOOKBEHIND) : toponym.start]
    match = _BEFORE.search(before)
    return match.group(1).lower() if match else None


def _distance(toponym: Toponym, trigger: Span) -> int:
    if toponym.start >= trigger.end:
        return toponym.start - trigger.end
    return max(0, trigger.start - toponym.end)


def _placed(doc: Document, toponym: Toponym, reason: str) -> Toponym:
    """The chosen toponym with its reason; a name the gazetteer lacks takes the place of
    the resolved toponym right after it ("a hotel in Panchkula"), if any, else stays at
    the article's focus where the resolver put it."""
    if toponym.place is not None and toponym.reason.startswith(_PLACED_BY):
        return dataclasses.replace(toponym, reason=f"{reason}, {toponym.reason}")
    if toponym.place is not None and not toponym.reason.startswith(FOCUS):
        return dataclasses.replace(toponym, reason=reason)
    container = _container(doc, toponym)
    if container is None or container.place is None:
        if toponym.place is not None:  # at the article's focus
            return dataclasses.replace(toponym, reason=f"{reason}, {toponym.reason}")
        return dataclasses.replace(toponym, reason=reason)
    return dataclasses.replace(
        toponym,
        place=container.place,
        score=container.score,
        reason=f"{reason}, placed by '{container.text}'",
    )


def _container(doc: Document, toponym: Toponym) -> Toponym | None:
    text = doc.article.text
    for other in doc.toponyms:
        if other.start >= toponym.end and other.place is not None:
            gap = text[toponym.end : other.start]
            return other if _CONTAINER_GAP.fullmatch(gap) else None
    return None


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
