"""The actor resolver: every actor mention in an article, resolved as of its date.

Matching is on the text itself, so it works without spaCy: proper names are matched
case-sensitively on whole tokens, role nouns case-insensitively, the longest first.
Adjacent pieces compose into one mention: ``Russian President Vladimir Putin``,
``Chairman of the DPRK Kim Jong Un``, ``Ukrainian police``. spaCy's PERSON entities,
when the document has them, mark names the knowledge base does not know.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType

from eventwire.actors.coref import corefer
from eventwire.actors.knowledge import (
    ADJECTIVE,
    ELITE,
    LEADER_OFFICES,
    PLURAL,
    KnowledgeBase,
    NameEntry,
    Organisation,
    Person,
    Role,
    code_of,
    default_knowledge_base,
    first_word_lengths,
    normalise,
    office_key,
    phrase_key,
    singulars,
    tokenize,
)
from eventwire.datatypes import PLACE, Actor, Document, Entity, Mention, Sentence
from eventwire.errors import ConfigError

MODIFIER_KINDS = frozenset({"country", "demonym", "capital", "metonym", "organisation", "place"})
OF_KINDS = frozenset({"country", "capital", "metonym", "organisation", "place"})
# Names that say where something is: a capital or a place after "in" is no actor but one of
# the document's places (a mention of kind PLACE of its country).
PLACE_KINDS = frozenset({"capital", "place"})
COUNTRY_KINDS = frozenset({"country", "capital"})
# What else PETRARCH agents compose with: the named actors of a PETRARCH actors dictionary.
AGENT_HEADS = frozenset({"person"})
# Words joining a group to where it is: "farm unions in Norway", "police from Kharkiv".
WHERE_WORDS = frozenset({"of", "in", "from"})
# Words before a role that do not change it; those in DROPPING mean "no longer".
QUALIFIERS = frozenset(
    {
        "former", "ex", "then", "late", "retired", "acting", "interim", "caretaker", "deputy",
        "vice", "first", "assistant", "top", "senior", "junior", "new", "incoming", "outgoing",
        "current", "special", "permanent", "federal", "regional", "local", "provincial",
        "municipal", "national", "foreign", "presidential", "humanitarian", "nuclear",
        "trade", "economic", "security", "prominent", "exiled", "jailed", "veteran",
        "self", "proclaimed", "elected", "newly", "unnamed", "anonymous",
        "hardline", "powerful", "influential", "embattled", "beleaguered", "ousted", "deposed",
        "conservative", "reformist", "moderate", "populist", "nationalist", "longtime",
        "outspoken", "hawkish", "controversial", "popular", "unpopular", "ailing", "defiant",
    }
)  # fmt: skip
DROPPING = frozenset({"former", "ex", "late", "retired", "ousted", "deposed"})
# Adjectives of a body that make the role after them its own ("a congressional delegation":
# LEG), and that are no role alone ("parliamentary elections").
BODY_ADJECTIVES = frozenset({"congressional", "parliamentary"})
# Heads that take their sector from the role before them: "army chief", "police spokesman".
GENERIC_HEADS = frozenset(
    " ".join(phrase_key(phrase, lower=True))
    for phrase in (
        "official", "spokesman", "spokeswoman", "spokesperson", "chief", "leader", "head",
        "commander", "member", "representative", "adviser", "advisor", "aide", "director",
        "director general", "director-general", "secretary-general", "secretary general",
        "officer", "boss", "chairman", "chairwoman", "chairperson", "president", "executive",
        "chief executive", "founder", "source", "staff", "deputy",
    )
)  # fmt: skip
# Roles too often adjectives or common words ("an official visit", "general election",
# "executive order") to make a mention alone, without a country or a name.
# Weapons too: "Russian missiles" are Russia's military, "a missile" alone is no actor.
# "Parties" alone are the sides of a conflict or a deal more often than political parties.
# Prisoners are their country's people ("Palestinian prisoners": PSE), no actor alone.
LONE_DROPPED = frozenset(
    {"official", "head", "chief", "general", "executive", "representative", "delegate", "firm",
     "missile", "missiles", "rocket", "rockets", "drone", "drones", "tank", "tanks",
     "artillery", "jet", "warplane", "warplanes", "bomber", "bombers", "intelligence",
     "island", "islands", "land", "counterpart", "counterparts", "parties", "vessel",
     "ship", "boat", "aircraft", "plane", "passenger plane", "passenger jet",
     "passenger aircraft", "airliner", "supporter", "follower", "loyalist", "sympathiser",
     "sympathizer", "prisoner", "prisoners"}
)  # fmt: skip
# Followers of someone: an actor only with their owner ("supporters of Imran Khan", "Hamas
# supporters", "his loyalists"), who gives their code (see _followers_actor).
FOLLOWERS = frozenset({"supporter", "follower", "loyalist", "sympathiser", "sympathizer"})
# The sectors of a vague role (``vessel``, ``occupiers``): it takes a specific role's before it.
VAGUE = ("UNK",)
UNSPECIFIC = frozenset({VAGUE, ("UAF",)})  # also unidentified armed men: "fighters"
# Of those, weapons and craft: a possessive pronoun gives them an owner ("its warplanes").
ARMS_AND_CRAFT = frozenset(
    {"missile", "missiles", "rocket", "rockets", "drone", "drones", "tank", "tanks",
     "artillery", "jet", "warplane", "warplanes", "bomber", "bombers", "vessel", "ship",
     "boat", "aircraft", "plane"}
)  # fmt: skip
# Roles that are places: an actor only with a country before them ("a Syrian island"); the
# place after them says where they are ("the island in Vladivostok" is no Russian actor).
PLACE_ROLES = frozenset({"island", "islands", "land"})
# Places in a city: a role among them before a person of no side says where that person
# acted, not whose they are ("the mosque gunman" is a gunman, not a cleric); a capital
# before one names the city, not the government ("the Nairobi mall").
SITES = frozenset(
    {"mosque", "mosques", "church", "churches", "synagogue", "temple", "school", "schools",
     "hospital", "university", "campus", "embassy", "consulate", "mall", "airport", "market",
     "hotel", "concert", "stadium", "metro", "subway", "station", "street", "suburb",
     "neighbourhood", "neighborhood", "district", "restaurant", "cafe", "theatre", "theater",
     "nightclub", "bar", "office", "offices", "port", "harbour", "harbor"}
)  # fmt: skip
# Capitalised words after a person's name that make it the name of a place or body named
# after them: "Sharif University of Technology", "Jomo Kenyatta International Airport".
NAMED_AFTER_PEOPLE = frozenset(
    {"University", "College", "Institute", "Academy", "School", "Airport", "International",
     "Stadium", "Square", "Street", "Avenue", "Boulevard", "Road", "Bridge", "Hospital",
     "Foundation", "Prize", "Center", "Centre", "Mosque", "Hall", "Library", "Museum", "Park",
     "Dam", "Memorial", "Mausoleum", "Cathedral", "Palace", "Station"}
)  # fmt: skip


def _named_after_a_person(scan: _Scan, stop: int, names: tuple[NameEntry, ...]) -> bool:
    """Whether a person's name is the start of a place or body named after them."""
    tokens = scan.tokens
    if stop >= len(tokens) or not names or any(n.kind != "person" for n in names):
        return False
    return tokens[stop].text in NAMED_AFTER_PEOPLE and _spaced(scan, stop)


# Words that make a capital after them a place ("in Seoul"); not "at", which news uses for
# targets ("fired shells at Seoul", "angry at Beijing") more than for places.
LOCATIVE = frozenset({"in", "near", "outside", "inside", "around", "across", "throughout"})
# Verbs of arrival: the capital "in" after them is the host ("arrived in Cairo").
ARRIVALS = frozenset({"arrive", "arrived", "arrives", "arriving", "land", "landed", "lands"})
# Words before "of" that make the capital after it a place: "southwest of Baghdad".
DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "northern", "southern", "eastern", "western", "outskirts", "suburbs", "centre", "center",
     "heart", "streets", "parts", "part"}
)  # fmt: skip
# Parts of a place before "of": "a district of Homs", "the city of Aleppo" is a place.
PARTS_OF_PLACES = frozenset(
    {"district", "districts", "neighbourhood", "neighborhood", "neighbourhoods",
     "neighborhoods", "suburb", "city", "town", "village", "area", "areas", "countryside",
     "province", "governorate", "region", "quarter", "sector"}
)  # fmt: skip
PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "ben", "abu", "von", "van", "der", "den", "de", "del",
     "della", "da", "di", "do", "dos", "das", "du", "la", "le", "ul", "ud"}
)  # fmt: skip
NOT_NAMES = frozenset(
    {
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An", "He", "She", "It",
        "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "This", "That",
        "These", "Those", "In", "On", "At", "By", "For", "With", "And", "But", "Or", "As",
        "After", "Before", "When", "While", "If", "Mr", "Mrs", "Ms", "Dr", "Sir", "Jan",
        "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    }
)  # fmt: skip
SENTENCE_MARKS = frozenset({".", "!", "?", '"', ":", ";", "(", "\u201c", "\u2014"})
COORDINATORS = frozenset({"and", ",", "or", ", and", ", or"})
CONTEXT_GAP = "\n\n"


@dataclass(slots=True)  # not frozen: made for every token, and never changed
class _Token:
    start: int
    end: int
    text: str
    lower: str
    gap: str  # the text between the previous token and this one

    @property
    def word(self) -> bool:
        return self.text[0].isalnum()


@dataclass(slots=True)  # not frozen (faster to make, in bulk); never changed
class _Atom:
    """A recognised piece: a proper name, a role noun, or a qualifier."""

    first: int
    stop: int
    names: tuple[NameEntry, ...] = ()
    role: Role | None = None
    qualifier: str = ""

    @property
    def name_kind(self) -> str:
        return self.names[0].kind if self.names else ""


@dataclass(slots=True)  # not frozen (faster to make, in bulk); never changed
class _PersonRef:
    """A person's name in the text: known (candidates) or found by an entity or its shape."""

    first: int
    stop: int
    name: str
    candidates: tuple[NameEntry, ...] = ()


@dataclass(slots=True)  # not frozen (faster to make, in bulk); never changed
class _Phrase:
    """One mention's parts: a modifier (country, seat, organisation), roles, a person."""

    first: int
    stop: int
    head: _Atom | None = None
    roles: tuple[Role, ...] = ()
    qualifiers: tuple[str, ...] = ()
    person: _PersonRef | None = None
    followers: bool = False  # "supporters of" the person or organisation of the phrase
    loyal: tuple[Role, ...] = ()  # armed men's roles, "loyal to" the phrase's person or body


@dataclass(frozen=True, slots=True)
class _DocPerson:
    """A person named in full in this article, for the surnames that follow."""

    start: int
    key: str
    actor: Actor | None
    surname: str


@dataclass(slots=True)  # not frozen (faster to make, in bulk); never changed
class _Found:
    first: int
    stop: int
    actor: Actor | None
    kind: str
    person_key: str = ""
    person_name: str = ""
    person_start: int = -1
    from_roles: bool = False
    roles: tuple[Role, ...] = ()
    stem: Actor | None = None  # with PETRARCH agents: the actor without the last agent


@dataclass(frozen=True, slots=True)
class _Scan:
    """One text, tokenized and split into atoms, with what the resolver knows about it."""

    text: str
    tokens: tuple[_Token, ...]
    atoms: Mapping[int, _Atom]
    persons: Mapping[int, int]  # PERSON entities: first token -> stop token
    places: tuple[tuple[int, int], ...]  # other named entities, as token ranges
    kb: KnowledgeBase
    on: date | None
    breaks: tuple[int, ...] = ()  # line breaks before each token, counted from the start
    people: tuple[_DocPerson, ...] = ()
    overlay: Mapping[tuple[str, ...], tuple[NameEntry, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    overlay_lengths: Mapping[str, tuple[int, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )


class ActorResolver:
    """Stage ``actors.resolver.v1``: the actor mentions of a document, as of its date."""

    def __init__(
        self,
        *,
        knowledge: KnowledgeBase | None = None,
        extra_files: Sequence[str | Path] = (),
        packaged_roles: bool = True,
    ) -> None:
        if knowledge is not None and (extra_files or not packaged_roles):
            raise ConfigError(
                "ActorResolver: give either knowledge or extra_files (and packaged_roles), not both"
            )
        self.knowledge = knowledge or knowledge_for(extra_files, packaged_roles=packaged_roles)

    def __call__(self, doc: Document) -> Document:
        """The document with its mentions found and resolved."""
        published = doc.article.published
        mentions, places = _mentions(
            doc.article.text,
            self.knowledge,
            published.date() if published else None,
            tuple(doc.entities),
        )
        return dataclasses.replace(
            doc,
            mentions=_numbered(mentions, doc.sentences),
            places=_numbered(places, doc.sentences),
        )


def lookup(
    text: str,
    *,
    on: date | None = None,
    context: str = "",
    knowledge: KnowledgeBase | None = None,
) -> Actor | None:
    """The actor of the longest mention in ``text``.

    ``context`` helps with surnames; and a name the knowledge base lacks (two capitalised
    words or more) is kept, with the country the context names, when it names one.
    """
    offset = len(context) + len(CONTEXT_GAP) if context else 0
    whole = f"{context}{CONTEXT_GAP}{text}" if context else text
    kb = knowledge or default_knowledge_base()
    found = find_mentions(whole, knowledge=kb, on=on)
    mentions = [m for m in found if m.start >= offset and m.actor]
    if mentions:
        return max(mentions, key=lambda m: m.end - m.start).actor
    countries = [m.actor.country for m in found if m.start < offset and m.actor]
    return _named_in(text, kb, next((c for c in countries if c), ""))


def _named_in(text: str, kb: KnowledgeBase, country: str) -> Actor | None:
    """An unknown name with the country its context gives: ``Diego Molano`` (Colombia)."""
    words = text.split()
    if not country or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return kb.country_actor(country, name=" ".join(words))


def find_mentions(
    text: str,
    *,
    knowledge: KnowledgeBase,
    on: date | None = None,
    sentences: Sequence[Sentence] = (),
    entities: Sequence[Entity] = (),
) -> tuple[Mention, ...]:
    """Every actor mention in the text, sorted by offset.

    Mentions do not overlap, except the two halves of a compound one (``the two leaders``),
    which share their offsets (see :mod:`eventwire.actors.coref`).
    """
    mentions, _ = _mentions(text, knowledge, on, tuple(entities))
    return _numbered(mentions, sentences)


def _numbered(mentions: tuple[Mention, ...], sentences: Sequence[Sentence]) -> tuple[Mention, ...]:
    """The mentions with the numbers of their sentences."""
    if not sentences:
        return mentions
    starts = [sentence.start for sentence in sentences]
    return tuple(
        dataclasses.replace(mention, sentence=_sentence_of(mention.start, sentences, starts))
        for mention in mentions
    )


@functools.lru_cache(maxsize=256)
def _mentions(
    text: str, kb: KnowledgeBase, on: date | None, entities: tuple[Entity, ...]
) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
    """The mentions and the places, with no sentence numbers yet (each is that of its
    start): kept for a second pass over the same article with the same entities (after a
    first coding)."""
    scan = _scan(text, kb, on, entities)
    first, composed = _compose(scan)
    with_people = _with_people(scan, _doc_people(scan, first))
    if with_people.people:
        first, composed = _compose(with_people, composed)
    scan = with_people
    found = _owned_roles(scan, _distributed(scan, _coordinated(scan, first)))
    found = sorted([*found, *_entity_people(scan, found)], key=lambda f: f.first)
    mentions = _acronyms_as_named(text, [m for item in found for m in _mentions_of(scan, item)])
    mentions = _without_kinds_of_named_bodies(text, mentions)
    mentions = _with_the_north(scan, mentions)
    places = [
        _place_mention(scan, phrase.head)
        for phrase, item in composed.values()
        if item is None and phrase.head is not None and _located_place(scan, phrase)
    ]
    return tuple(corefer(scan.text, mentions)), tuple(places)


ROLE_MENTION_KINDS = frozenset({"group", "office"})


def _without_kinds_of_named_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions less the roles that only say what kind of body the organisation named
    right after them is ("the paramilitary Rapid Support Forces", "the militant group
    Hamas", "Sudan's paramilitary RSF"): one actor, not two."""
    kept = []
    for at, mention in enumerate(mentions):
        after = mentions[at + 1] if at + 1 < len(mentions) else None
        describes = (
            after is not None
            and mention.kind in ROLE_MENTION_KINDS
            and after.kind == "organisation"
            and text[mention.end : after.start] == " "
            and mention.actor is not None
            and after.actor is not None
            and mention.actor.country in ("", after.actor.country)
        )
        if not describes:
            kept.append(mention)
        elif after is not None and _in_opposition(mention, after):
            mentions[at + 1] = _as_opposition(after)  # "the opposition Move Forward Party"
    return kept


def _in_opposition(role: Mention, party: Mention) -> bool:
    """Whether a role of the opposition stands before a party's name."""
    role_sectors = role.actor.sectors if role.actor else ()
    party_sectors = party.actor.sectors if party.actor else ()
    return OPP in role_sectors and PARTY in party_sectors and OPP not in party_sectors


def _as_opposition(party: Mention) -> Mention:
    """A party's mention as the opposition: its country, OPP and its own sectors."""
    assert party.actor is not None
    sectors = (OPP, *party.actor.sectors)
    code = code_of(party.actor.country, sectors)
    return dataclasses.replace(
        party, actor=dataclasses.replace(party.actor, code=code, sectors=sectors)
    )


OPP = "OPP"
PARTY = "PTY"


def _located_place(scan: _Scan, phrase: _Phrase) -> bool:
    """A capital alone after a word of place (``in Beijing``, ``east of Kabul``), or a place
    alone anywhere (``near Aleppo``, ``shelled Kharkiv``): where something happened or what
    it hit, not an actor."""
    head = phrase.head
    if head is None or phrase.roles or phrase.person is not None:
        return False
    if head.name_kind not in PLACE_KINDS or _possessive(scan, head.stop) != head.stop:
        return False
    if _head_key(scan, head) in scan.kb.peoples:  # "in Rohingya camps": a people, no place
        return False
    first, stop = head.first, head.stop
    the = first > 0 and scan.tokens[first - 1].lower == "the"  # "in the Gaza Strip"
    located = _after_locative(scan, first) or (the and _after_locative(scan, first - 1))
    return (
        (located or head.name_kind == "place")
        and not _backing(scan, stop)
        and not _inside_entity(scan, first, stop)
        and not (_spaced(scan, stop) and _name_word(scan, stop) and stop not in scan.atoms)
    )


def _place_mention(scan: _Scan, head: _Atom) -> Mention:
    """A place as a mention of kind ``place``, its actor the country it is in."""
    start, end = scan.tokens[head.first].start, scan.tokens[head.stop - 1].end
    actor = scan.kb.country_actor(head.names[0].key)
    return Mention(
        start=start, end=end, text=scan.text[start:end], sentence=-1, actor=actor, kind=PLACE
    )


def _acronyms_as_named(text: str, mentions: list[Mention]) -> list[Mention]:
    """``the European Union (EU)``: an acronym in brackets right after a name, made of its
    initials, is the same actor as the name (a user's dictionary may code them apart)."""
    kept = list(mentions)
    for index in range(1, len(kept)):
        name, acronym = kept[index - 1], kept[index]
        between = text[name.end : acronym.start]
        closed = text[acronym.end : acronym.end + 1] == ")"
        if between.strip() == "(" and closed and _initials_of(acronym.text, name.text):
            kept[index] = dataclasses.replace(acronym, actor=name.actor)
    return kept


NORTH_BEFORE = re.compile(r"\b(North)\s+and\s+$")


def _with_the_north(scan: _Scan, mentions: list[Mention]) -> list[Mention]:
    """``North and South Korea``, ``North and South Korean warships``: "North" is the
    northern country of the pair, with the sectors of the southern one's mention."""
    added = []
    for mention in mentions:
        actor = mention.actor
        if actor is None or not actor.country or not mention.text.startswith("South "):
            continue
        before = NORTH_BEFORE.search(scan.text, max(0, mention.start - 12), mention.start)
        name = ("North", mention.text.split()[1])  # "North Korea", "North Korean"
        entries = scan.kb.names.get(phrase_key(" ".join(name)), ())
        north = next((e.key for e in entries if e.kind in ("country", "demonym")), "")
        if before is None or not north or north == actor.country:
            continue
        added.append(
            dataclasses.replace(
                mention,
                start=before.start(1),
                end=before.end(1),
                text="North",
                actor=scan.kb.country_actor(north, actor.sectors),
            )
        )
    return sorted([*mentions, *added], key=lambda m: m.start)


def _initials_of(acronym: str, name: str) -> bool:
    """Whether an acronym is the initials of a name's capitalised words (``EU``)."""
    initials = "".join(word[0] for word in re.findall(r"[A-Z][\w'-]*", name))
    return acronym.isupper() and len(acronym) >= 2 and acronym == initials


# Tokens and atoms ----------------------------------------------------------------------


def _tokens(text: str) -> tuple[_Token, ...]:
    plain = normalise(text)
    tokens = []
    previous = 0
    for match in tokenize(plain):
        word = match.group()
        tokens.append(
            _Token(match.start(), match.end(), word, word.lower(), plain[previous : match.start()])
        )
        previous = match.end()
    return tuple(tokens)


@functools.lru_cache(maxsize=256)
def _plain_scan(text: str, kb: KnowledgeBase) -> _Scan:
    """The text's tokens and atoms, which depend on the text and the tables alone: kept for
    a second pass over the same article (with the cascade, before and after the parse)."""
    tokens = _tokens(text)
    breaks = tuple(itertools.accumulate(int("\n" in token.gap) for token in tokens))
    scan = _Scan(text, tokens, {}, {}, (), kb, None, breaks)
    return dataclasses.replace(scan, atoms=_atoms(scan))


def _scan(text: str, kb: KnowledgeBase, on: date | None, entities: Sequence[Entity]) -> _Scan:
    plain = _plain_scan(text, kb)
    starts = [token.start for token in plain.tokens]
    persons: dict[int, int] = {}
    places: list[tuple[int, int]] = []
    for entity in entities:
        first = bisect.bisect_left(starts, entity.start)
        stop = bisect.bisect_left(starts, entity.end)
        if first >= stop:
            continue
        if entity.label == "PERSON":  # "Vladimir Putin's" names Vladimir Putin
            owned = stop - 2 > first and _possessive_at(plain.tokens, stop - 2)
            persons[first] = stop - 2 if owned else stop
        elif entity.label in {"ORG", "FAC", "LOC", "GPE"}:
            the = plain.tokens[first].lower == "the" and stop - first > 1
            places.append((first + the, stop))  # "the Gaza Strip" names the Gaza Strip
    return dataclasses.replace(plain, persons=persons, places=tuple(places), on=on)


def _with_people(scan: _Scan, people: tuple[_DocPerson, ...]) -> _Scan:
    overlay: dict[tuple[str, ...], list[NameEntry]] = {}
    for person in people:
        if person.key in scan.kb.people:
            continue
        full = phrase_key(person.key)
        overlay.setdefault(full, []).append(NameEntry(kind="person", key=person.key))
        if person.surname and (person.surname,) != full:
            entry = NameEntry(kind="person", key=person.key, full=False)
            overlay.setdefault((person.surname,), []).append(entry)
    frozen = {key: tuple(dict.fromkeys(entries)) for key, entries in overlay.items()}
    lengths = MappingProxyType(first_word_lengths(frozen))
    scan = dataclasses.replace(
        scan, people=people, overlay=MappingProxyType(frozen), overlay_lengths=lengths
    )
    return dataclasses.replace(scan, atoms=_overlay_atoms(scan)) if frozen else scan


def _atoms(scan: _Scan) -> Mapping[int, _Atom]:
    atoms: dict[int, _Atom] = {}
    i = 0
    while i < len(scan.tokens):
        atom = _atom_at(scan, i)
        if atom is None:
            i += 1
            continue
        atoms[i] = atom
        i = atom.stop
    return MappingProxyType(atoms)


def _overlay_atoms(scan: _Scan) -> Mapping[int, _Atom]:
    """The atoms again where the article's own people may start one (their surnames)."""
    atoms = dict(scan.atoms)
    covered = {j for atom in atoms.values() for j in range(atom.first + 1, atom.stop)}
    for i, token in enumerate(scan.tokens):
        if token.text not in scan.overlay_lengths or i in covered:
            continue
        atom = _atom_at(scan, i)
        if atom is None:
            continue
        for j in range(i + 1, atom.stop):
            atoms.pop(j, None)
        atoms[i] = atom
    return MappingProxyType(atoms)


def _may_name(scan: _Scan, token: _Token) -> bool:
    """A cheap test that a token may start a name (or be a plural demonym)."""
    text, lengths = token.text, scan.kb.name_lengths
    if text in lengths or text in scan.overlay_lengths:
        return True
    return len(text) > 3 and text.endswith("s") and text[:-1] in lengths


def _may_role(scan: _Scan, token: _Token) -> bool:
    """A cheap test that a token may start a role (or be a plural one)."""
    lengths = scan.kb.role_lengths
    if token.lower in lengths:
        return True
    return token.lower.endswith("s") and any(form in lengths for form in singulars(token.lower))


def _atom_at(scan: _Scan, i: int) -> _Atom | None:
    token = scan.tokens[i]
    name_len, names = _name_match(scan, i) if _may_name(scan, token) else (0, ())
    if name_len and _named_after_a_person(scan, i + name_len, names):
        name_len, names = 0, ()  # "Sharif University", "Kenyatta International Airport"
    role_len, role = _role_match(scan, i) if _may_role(scan, token) else (0, None)
    if role_len and (_counted(scan.tokens, i) or _no_role_after(scan.tokens, i)):
        role_len, role = 0, None  # "the six-party talks", "non-Muslims", "the west bank"
    if role_len == 1 and (_adjective_role(scan, i) or _infinitive(scan.tokens, i)):
        role_len, role = 0, None  # "the IMF's executive board", "to press the government"
    is_qualifier = token.lower in QUALIFIERS
    qual_len, qualifier = _qualifier_match(scan.tokens, i) if is_qualifier else (0, "")
    size = max(name_len, role_len, qual_len)
    if size == 0:
        return None
    return _Atom(
        first=i,
        stop=i + size,
        names=names if name_len == size else (),
        role=role if role_len == size else None,
        qualifier=qualifier if qual_len == size and role_len != size else "",
    )


# Words of number that make a role glued after them by a hyphen an adjective: "six-party
# talks", "a multi-party system", "a three-member panel".
COUNT_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "single", "multi", "bi", "tri", "cross", "all", "inter", "third"}
)  # fmt: skip


def _counted(tokens: Sequence[_Token], i: int) -> bool:
    """Whether token i is glued by a hyphen after a word of number (``six-party``) or a
    "non" that names everyone else (``non-Muslims``)."""
    if i < 2 or tokens[i].gap or tokens[i - 1].text != "-" or tokens[i - 1].gap:
        return False
    word = tokens[i - 2].lower
    return word in COUNT_WORDS or word.isdigit() or word == "non"


ADJECTIVE_ROLES = frozenset({"executive", "campaign"})
"""Roles mostly written as adjectives: "executive board", "executive order", "a campaign
rally"."""


NATIONAL_THINGS = frozenset(
    {"security", "unity", "interest", "interests", "team", "teams", "election", "elections",
     "anthem", "day", "holiday", "mourning", "emergency", "debt", "budget", "carrier",
     "broadcaster", "airline", "dialogue", "referendum", "strike", "level", "news", "media",
     "television", "radio", "agency", "committee", "intelligence", "defence", "defense",
     "service", "identity", "flag", "economy", "currency", "grid", "health", "reconciliation",
     "sovereignty", "territory", "borders", "law", "laws", "holidays", "park", "lockdown"}
)  # fmt: skip
"""Nouns after which "national" is an adjective ("the national security committee"), not
a citizen ("a British national")."""


def _adjective_role(scan: _Scan, i: int) -> bool:
    """Whether the role at token i describes a lower-case noun after it that is no role
    ("the IMF's executive board"; not "a chief executive", "executive director"), or is
    "national" before a thing of the nation ("the national security committee")."""
    tokens = scan.tokens
    if i + 1 >= len(tokens) or not _spaced(scan, i + 1):
        return False
    noun = tokens[i + 1]
    if tokens[i].lower == "national":
        return noun.lower in NATIONAL_THINGS
    if tokens[i].lower not in ADJECTIVE_ROLES:
        return False
    return noun.text.isalpha() and noun.text.islower() and not _may_role(scan, noun)


OBJECT_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def _infinitive(tokens: Sequence[_Token], i: int) -> bool:
    """Whether the role word at token i is a verb after "to", its object's determiner after
    it ("a strike to press the government", "troops to police the streets")."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i - 1].lower != "to":
        return False
    return tokens[i + 1].lower in OBJECT_DETERMINERS


BANK_SIDES = frozenset({"west", "east", "left", "right", "north", "south", "opposite", "river"})
CAMPAIGN_KINDS = frozenset(
    {"military", "bombing", "air", "aerial", "ground", "missile", "drone", "offensive"}
    | {"pressure", "disinformation", "smear", "vaccination", "counterinsurgency"}
)
NO_ROLE_AFTER = {
    "bank": BANK_SIDES,  # "the west bank of the Dnipro": a river's side
    "banks": BANK_SIDES,
    "campaign": CAMPAIGN_KINDS,  # "Israel's military campaign": an act, not a party
    "campaigns": CAMPAIGN_KINDS,
}
"""Role words that a word before them makes no role."""


def _no_role_after(tokens: Sequence[_Token], i: int) -> bool:
    """Whether the role word at token i is no role for the word before it ("the west
    bank", "a military campaign")."""
    words = NO_ROLE_AFTER.get(tokens[i].lower, frozenset())
    return i > 0 and tokens[i - 1].lower in words


def _tight(scan: _Scan, i: int, size: int) -> bool:
    """Whether the tokens of a phrase are separated by at most plain spaces."""
    breaks = scan.breaks
    return size == 1 or breaks[min(i + size, len(breaks)) - 1] == breaks[i]


def _entries(scan: _Scan, key: tuple[str, ...]) -> tuple[NameEntry, ...]:
    entries = (*scan.kb.names.get(key, ()), *scan.overlay.get(key, ()))
    if not entries:
        return ()
    top = min(entry.priority for entry in entries)
    return tuple(entry for entry in entries if entry.priority == top)


def _name_lengths(scan: _Scan, word: str) -> tuple[int, ...]:
    """The lengths of the names that may start with a word, longest first; 1 is added for
    a word that may be a plural demonym (``Russians``)."""
    sizes = scan.kb.name_lengths.get(word, ())
    extra = scan.overlay_lengths.get(word, ())
    if len(word) > 3 and word.endswith("s"):
        extra = (*extra, 1)
    if not extra:
        return sizes
    return tuple(sorted({*sizes, *extra}, reverse=True))


def _name_match(scan: _Scan, i: int) -> tuple[int, tuple[NameEntry, ...]]:
    """The longest proper name at token i (plural demonyms allowed: ``Russians``), also a
    name with gaps (``Ithilen state-run television``) where it is longer."""
    size, entries = _adjacent_name_match(scan, i)
    gapped_size, gapped = _gapped_match(scan, i)
    return (gapped_size, gapped) if gapped_size > size else (size, entries)


def _adjacent_name_match(scan: _Scan, i: int) -> tuple[int, tuple[NameEntry, ...]]:
    tokens = scan.tokens
    sizes = _name_lengths(scan, tokens[i].text)
    if not sizes:
        return 0, ()
    texts = [token.text for token in tokens[i : i + sizes[0]]]
    for size in sizes:
        if size > len(texts) or not _tight(scan, i, size):
            continue
        key = tuple(texts[:size])
        entries = _entries(scan, key) or _plural_demonym(scan, key)
        if entries and not _money(tokens, i + size) and not _name_goes_on(scan, key, i + size):
            return size, entries
    return 0, ()


def _name_goes_on(scan: _Scan, key: tuple[str, ...], j: int) -> bool:
    """Whether a name that starts with an article goes on in a capitalised word at token j,
    into a longer name: "the West" is not in "the West Bank", "the West Coast"."""
    return key[0] in ("the", "The") and _spaced(scan, j) and _title_word(scan.tokens[j].text)


# Words that end a noun phrase rather than stand inside one, between a name's parts.
GAP_STOPS = frozenset(
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for",
        "from", "with", "by", "as", "into", "than", "that", "which", "who", "whom", "whose",
        "this", "these", "those", "it", "its", "their", "his", "her", "they", "he", "she",
        "we", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do",
        "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "not", "no", "also", "now", "again", "then", "still", "already", "yet",
        "even", "just", "only", "too", "soon", "here", "there", "later", "today",
        "tomorrow", "yesterday",
        # irregular past forms of verbs frequent in news (regular ones end in -ed)
        "said", "told", "met", "made", "took", "gave", "sent", "led", "held", "won", "lost",
        "cut", "put", "set", "hit", "let", "began", "left", "got", "saw", "came", "went",
        "ran", "fought", "sought", "struck", "broke", "shot", "fled", "fell", "paid",
        "kept", "brought", "bought", "thought", "became", "rose", "spoke", "drew", "threw",
        "knew", "grew", "chose", "sold", "built", "meant", "found", "stood", "swore",
    }
)  # fmt: skip
GAP_WORDS = 3  # at most this many words between two parts of a name


def _gapped_match(scan: _Scan, i: int) -> tuple[int, tuple[NameEntry, ...]]:
    """The longest name at token i whose parts may have words between them."""
    best = 0
    entries: tuple[NameEntry, ...] = ()
    for name in scan.kb.gapped_names.get(scan.tokens[i].text, ()):
        stop = _gapped_stop(scan, i, name.parts)
        if stop - i > best:
            best, entries = stop - i, (name.entry,)
    return best, entries


def _gapped_stop(scan: _Scan, i: int, parts: tuple[tuple[str, ...], ...]) -> int:
    """Where a name with gaps ends when it starts at token i (its first part as written,
    the others in any case, each after at most GAP_WORDS modifiers), else 0."""
    if not _part_at(scan, i, parts[0], exact=True):
        return 0
    j = i + len(parts[0])
    for part in parts[1:]:
        j = _after_gap(scan, j, part)
        if j < 0:
            return 0
    return j


def _after_gap(scan: _Scan, j: int, part: tuple[str, ...]) -> int:
    """The end of ``part`` found at j or after a few modifiers from j (and a possessive
    before them: ``Ithilen's state television``), else -1."""
    tokens, words = scan.tokens, 0
    if _possessive_at(tokens, j):
        j += 2
    while j < len(tokens) and _plain_gap(tokens[j]):
        if _part_at(scan, j, part, exact=False):
            return j + len(part)
        if words == GAP_WORDS or not _modifier_word(tokens[j]):
            return -1
        words += 1
        j = _word_stop(tokens, j)
    return -1


def _plain_gap(token: _Token) -> bool:
    return bool(token.gap) and not token.gap.strip() and "\n" not in token.gap


def _part_at(scan: _Scan, j: int, part: tuple[str, ...], *, exact: bool) -> bool:
    """Whether the tokens from j are the part, separated as words are (plain spaces)."""
    tokens = scan.tokens[j : j + len(part)]
    if len(tokens) < len(part) or not _tight(scan, j, len(part)):
        return False
    if exact:
        return tuple(token.text for token in tokens) == part
    return all(token.lower == word.lower() for token, word in zip(tokens, part, strict=True))


def _modifier_word(token: _Token) -> bool:
    """A word that may stand inside a noun phrase: no function word, adverb or plain form
    of a verb's (``-s``, ``-ed``, an irregular past), which would more likely end it."""
    if not token.word or token.lower in GAP_STOPS:
        return False
    return token.text[0].isupper() or not token.lower.endswith(("s", "ed", "ly"))


def _possessive_at(tokens: Sequence[_Token], j: int) -> bool:
    """Whether a possessive ``'s`` is glued to the word before token j."""
    glued = j + 1 < len(tokens) and not tokens[j].gap and not tokens[j + 1].gap
    return glued and tokens[j].text == "'" and tokens[j + 1].lower == "s"


def _word_stop(tokens: Sequence[_Token], j: int) -> int:
    """The end of the word at j with what is glued to it by hyphens or a possessive:
    ``state-run``, ``Gondor's``."""
    j += 1
    while j + 1 < len(tokens) and not tokens[j].gap and not tokens[j + 1].gap:
        if tokens[j].text == "-" or _possessive_at(tokens, j):
            j += 2
        else:
            break
    return j


def _plural_demonym(scan: _Scan, key: tuple[str, ...]) -> tuple[NameEntry, ...]:
    if not key[-1].endswith("s"):
        return ()
    singular = (*key[:-1], key[-1][:-1])
    return tuple(entry for entry in _entries(scan, singular) if entry.kind == "demonym")


def _money(tokens: Sequence[_Token], j: int) -> bool:
    """``US$40``: a currency, not a country."""
    return j < len(tokens) and tokens[j].text == "$" and not tokens[j].gap


def _role_match(scan: _Scan, i: int) -> tuple[int, Role | None]:
    tokens = scan.tokens
    for size in scan.kb.role_sizes(tokens[i].lower):
        if i + size > len(tokens) or not _tight(scan, i, size):
            continue
        role = scan.kb.role_lookup([token.lower for token in tokens[i : i + size]])
        if role is not None:
            return size, role
    return 0, None


def _qualifier_match(tokens: Sequence[_Token], i: int) -> tuple[int, str]:
    word = tokens[i].lower
    if word not in QUALIFIERS:
        return 0, ""
    hyphen = i + 1 < len(tokens) and tokens[i + 1].text == "-" and not tokens[i + 1].gap
    if word in {"ex", "then", "self"} and not hyphen:
        return 0, ""
    return (2 if hyphen else 1), word


# Composition ---------------------------------------------------------------------------


def _spaced(scan: _Scan, j: int) -> bool:
    """Whether token j follows the previous one after plain spaces (one line break at most)."""
    if j >= len(scan.tokens):
        return False
    gap = scan.tokens[j].gap
    return bool(gap) and not gap.strip() and gap.count("\n") <= 1


def _joined(scan: _Scan, j: int) -> bool:
    """Spaced, or glued after a hyphenated qualifier (``ex-president``)."""
    if _spaced(scan, j):
        return True
    return 0 < j < len(scan.tokens) and not scan.tokens[j].gap and scan.tokens[j - 1].text == "-"


_Composed = dict[int, tuple[_Phrase, _Found | None]]


def _compose(scan: _Scan, earlier: _Composed | None = None) -> tuple[list[_Found], _Composed]:
    """The phrases of the text and what they stand for, left to right.

    ``earlier`` holds the phrases of a first pass: away from the article's own people's
    names (the overlay), a phrase is taken again as it was, and only resolved anew when
    it names a person (the article may now tell who that is).
    """
    found: list[_Found] = []
    composed: _Composed = {}
    fresh = _near_overlay(scan) if earlier is not None else None
    starts = {*scan.atoms, *scan.persons, *(earlier or ())}  # where a phrase may start
    stop = 0
    for i in sorted(starts):
        if i < stop:
            continue
        phrase, item = _phrase_and_item(scan, i, earlier, fresh)
        if phrase is None:
            continue
        composed[i] = (phrase, item)
        if item is not None:
            found.append(item)
        stop = phrase.stop
    return found, composed


def _phrase_and_item(
    scan: _Scan, i: int, earlier: _Composed | None, fresh: Sequence[bool] | None
) -> tuple[_Phrase | None, _Found | None]:
    if earlier is not None and fresh is not None and not fresh[i]:
        if i not in earlier:
            return None, None
        phrase, item = earlier[i]
        return phrase, (item if phrase.person is None else _resolve(scan, phrase))
    built = _phrase_at(scan, i) if i in scan.atoms or i in scan.persons else None
    return built, (_resolve(scan, built) if built is not None else None)


def _near_overlay(scan: _Scan) -> list[bool]:
    """Positions whose phrase may change once the article's people are known: up to eight
    tokens before one of their names (a title may precede it) and two after."""
    fresh = [False] * len(scan.tokens)
    for j, token in enumerate(scan.tokens):
        if token.text in scan.overlay_lengths:
            for k in range(max(0, j - 8), min(len(fresh), j + 3)):
                fresh[k] = True
    return fresh


def _phrase_at(scan: _Scan, i: int) -> _Phrase | None:
    qualifiers, j = _qualifiers(scan, i)
    phrase = _prefixed(scan, j) or _modified(scan, j) or _titled(scan, j) or _named(scan, j)
    if phrase is None or not qualifiers:
        return phrase
    if phrase.roles:
        return dataclasses.replace(phrase, first=i, qualifiers=qualifiers + phrase.qualifiers)
    return phrase


def _qualifiers(scan: _Scan, i: int) -> tuple[tuple[str, ...], int]:
    found: list[str] = []
    j = i
    atom = scan.atoms.get(i)
    if atom is not None and _participle(atom.qualifier) and _after_a_role(scan, i):
        return (), atom.stop  # "the armed forces ousted President Mursi": a verb
    while (atom := scan.atoms.get(j)) is not None and atom.qualifier and not atom.names:
        if j > i and not _joined(scan, j):
            break
        found.append(atom.qualifier)
        j = atom.stop
    if found and not _joined(scan, j):
        return (), i
    return tuple(found), j


def _modifier(scan: _Scan, j: int, kinds: frozenset[str] = MODIFIER_KINDS) -> _Atom | None:
    atom = scan.atoms.get(j)
    if atom is None or atom.name_kind not in kinds:
        return None
    return atom


def _possessive(scan: _Scan, j: int) -> int:
    """The token after ``'s`` (or a bare ``'`` after an s), else j itself."""
    tokens = scan.tokens
    if j < len(tokens) and tokens[j].text == "'" and not tokens[j].gap:
        if j + 1 < len(tokens) and tokens[j + 1].lower == "s" and not tokens[j + 1].gap:
            return j + 2
        if tokens[j - 1].text.endswith("s"):
            return j + 1
    return j


def _modified(scan: _Scan, j: int) -> _Phrase | None:
    """``Russian President Vladimir Putin``, ``Russia's foreign ministry``, ``Moscow``."""
    head = _modifier(scan, j)
    if head is None or _stance_prefixed(scan, j):
        return None
    after = _possessive(scan, head.stop)
    after = _after_ownership(scan, after)  # "a British-flagged oil tanker"
    after = _after_model(scan, after)  # "Russian MiG-31 fighter jets"
    after = _after_its_rulers(scan, after)  # "Sudan's army-led government"
    roles = _roles(scan, after) if _spaced(scan, after) else None
    if roles is None and (after > head.stop or _adjectival(scan, head) or _body(scan, head)):
        roles = _roles_after_nouns(scan, after) or _roles_after_people(scan, after)
    if roles is not None:
        found, qualifiers, stop = roles
        person = _person_after(scan, stop, office=found[-1].kind == "office", titles=found)
        end = person.stop if person else stop
        return _Phrase(j, end, head, found, qualifiers, person)
    if after == head.stop and _spaced(scan, after):
        person = _person_at(scan, after, shape=False)
        if person is not None:
            return _Phrase(j, person.stop, head, person=person)
    return _Phrase(j, head.stop, head)


NOUN_GAP = 2  # at most this many plain words between a country and its role
OWNERSHIP_WORDS = frozenset({"flagged", "owned", "registered", "operated"})
"""Words glued by a hyphen after a name that make what follows the name's: "a
British-flagged tanker", "a Chinese-owned mine" (not "Iran-backed", BACKING_WORDS; nor
"Taliban-run", a ruler)."""


def _after_ownership(scan: _Scan, j: int) -> int:
    """The token after "-flagged", "-owned"... glued at token j, else j."""
    return j + 2 if _hyphened(scan, j, OWNERSHIP_WORDS) else j


def _after_its_rulers(scan: _Scan, j: int) -> int:
    """The token after a compound of who rules what follows ("army-led", "military-run",
    "Islamist-dominated") at token j, when a role follows it; else j: "Sudan's army-led
    government" is Sudan's government."""
    stop = _ruling_stop(scan, j, RULING_WORDS | {"backed"})
    return stop if stop > j and _spaced(scan, stop) and _roles(scan, stop) is not None else j


MODEL_CODE = re.compile(r"[A-Z][A-Za-z]{0,3}-?[0-9]{1,3}[A-Z]?")
"""A weapon's model ("F-16", "Su-27", "MiG-31", "MQ-9", "S-400") between a people's name
and the force it names: "Russian MiG-31 fighter jets" are Russia's military."""


def _after_model(scan: _Scan, j: int) -> int:
    """The token after a model code that starts, spaced, at token j, else j."""
    if not _spaced(scan, j) or j in scan.atoms:
        return j
    stop = j + 1
    while stop < len(scan.tokens) and not scan.tokens[stop].gap:
        stop += 1
    code = "".join(token.text for token in scan.tokens[j:stop])
    return stop if MODEL_CODE.fullmatch(code) else j


def _body(scan: _Scan, head: _Atom) -> bool:
    """An intergovernmental organisation's name, whose roles may follow words that qualify
    them ("U.N. human rights experts", "EU foreign policy chief")."""
    if head.name_kind != "organisation":
        return False
    return any(
        scan.kb.organisations[e.key].code.startswith("IGO")
        for e in _entries(scan, _head_key(scan, head))
        if e.kind == "organisation"
    )


def _adjectival(scan: _Scan, head: _Atom) -> bool:
    """A demonym as written in the tables (``Philippine``; not the plural ``Russians``,
    which may be a subject before a verb: "Russians fear police")."""
    key = _head_key(scan, head)
    return head.name_kind == "demonym" and any(e.kind == "demonym" for e in _entries(scan, key))


def _roles_after_nouns(scan: _Scan, j: int) -> tuple[tuple[Role, ...], tuple[str, ...], int] | None:
    """The roles after a few plain lower-case words that qualify them, after a demonym or
    a possessive: "a Philippine supply vessel", "Iran's oil minister", and before a name's
    capitalised word ("Tunisia's powerful UGTT union"). A word that may end the noun
    phrase (a verb's form, a function word) ends the search."""
    tokens = scan.tokens
    for _ in range(NOUN_GAP):
        if not (_spaced(scan, j) and j not in scan.atoms and _plain_noun(tokens[j])):
            return None
        last = tokens[j].lower.endswith("s")  # "arms dealer"; not "strikes kill civilians"
        j = _word_stop(tokens, j)
        found = _roles(scan, j) if _spaced(scan, j) else None
        titled = j < len(tokens) and tokens[j].text[:1].isupper()  # "House criticises Vice
        if last and titled:  # President Duterte": a headline's verb before a title
            return None
        if found is None and titled:  # "Tunisia's powerful UGTT union"
            found = _roles_after_people(scan, j)
        if found is not None and not found[0][0].phrase.endswith("ed"):  # "war displaced"
            return found
        if last:
            return None
    return None


def _roles_after_people(
    scan: _Scan, j: int
) -> tuple[tuple[Role, ...], tuple[str, ...], int] | None:
    """The roles after a capitalised adjective of a people, a faith or a region, after a
    demonym or a possessive: "Iraqi Kurdish authorities", "Syria's Alawite officers",
    "Pakistani Pashtun leaders" (the country is the demonym's). Not a plural, which
    is a name's noun ("British Airways pilots")."""
    text = scan.tokens[j].text if j < len(scan.tokens) else ""
    if not (_spaced(scan, j) and _title_word(text)) or text.endswith("s"):
        return None
    atom = scan.atoms.get(j)
    if atom is not None and atom.name_kind != "place":  # not "Turkish Cypriot leaders"
        return None
    k = atom.stop if atom is not None else j + 1
    if not _spaced(scan, k):
        return None
    return _roles(scan, k) or _roles_after_nouns(scan, k)


def _plain_noun(token: _Token) -> bool:
    """A lower-case word that may qualify a noun: no function word, verb's form (``-ed``,
    an irregular past) or act (``a Russian attack``, whose doer is Russia)."""
    text = token.text
    plain = text.islower() and text.isalpha() and token.lower not in GAP_STOPS
    return plain and not text.endswith("ed") and token.lower not in ACTS_NAMED_BY_DOER


def _prefixed(scan: _Scan, j: int) -> _Phrase | None:
    """``MSF Arnor``, ``an MSF Arnor diplomat``: PETRARCH agents whose code goes before the
    actor's (``NGO~``), right before a country or a PETRARCH actor, and the agents after it.
    Such an agent wins over a packaged name of the same words (``MSF``)."""
    found = _roles(scan, j)
    if found is None or not _agents(found[0]) or found[0][-1].agent != "before":
        return None
    roles, qualifiers, stop = found
    head = _modifier(scan, stop, MODIFIER_KINDS | AGENT_HEADS) if _spaced(scan, stop) else None
    if head is None or head.name_kind == "place":
        return None
    after = _roles(scan, head.stop) if _spaced(scan, head.stop) else None
    if after is not None and _agents(after[0]):
        return _Phrase(j, after[2], head, (*roles, *after[0]), qualifiers)
    return _Phrase(j, head.stop, head, roles, qualifiers)


STANCE_PREFIXES = frozenset({"pro", "anti"})


def _stance_prefixed(scan: _Scan, j: int) -> bool:
    """``pro-Russian separatists``, ``anti-Western protesters``: a stance towards the country,
    not its people; the roles after it keep their sectors alone."""
    tokens = scan.tokens
    glued = j >= 2 and tokens[j - 1].text == "-" and not tokens[j - 1].gap
    return glued and not tokens[j].gap and tokens[j - 2].lower in STANCE_PREFIXES


def _roles(scan: _Scan, j: int) -> tuple[tuple[Role, ...], tuple[str, ...], int] | None:
    """Qualifiers and role nouns in a row: ``former deputy foreign minister``."""
    roles: list[Role] = []
    qualifiers: list[str] = []
    ends: list[tuple[tuple[str, ...], int]] = []  # the qualifiers and the stop of each role
    k = j
    while (atom := scan.atoms.get(k)) is not None or _and_after_qualifier(scan, k, qualifiers):
        if atom is None:  # "new and powerful"
            k += 1
            continue
        if not (k == j or _joined(scan, k)):
            break
        if atom.role is not None:
            roles.append(atom.role)
            ends.append((tuple(qualifiers), atom.stop))
        elif atom.qualifier and not (roles and _participle(atom.qualifier)):
            qualifiers.append(atom.qualifier)
        else:  # "Egypt's armed forces ousted President Mursi": a verb after the role
            break
        k = atom.stop
    while roles and roles[-1].phrase in BODY_ADJECTIVES:  # "parliamentary elections"
        roles.pop()
        ends.pop()
    return (tuple(roles), *ends[-1]) if roles else None


def _after_a_role(scan: _Scan, i: int) -> bool:
    """Whether a role noun ends right before token i ("the armed forces | ousted")."""
    before = (scan.atoms.get(k) for k in range(max(0, i - 4), i))
    return any(a is not None and a.stop == i and a.role is not None for a in before)


def _participle(qualifier: str) -> bool:
    """Whether a qualifier is a past participle ("ousted", "jailed", "elected")."""
    return qualifier.endswith("ed")


def _and_after_qualifier(scan: _Scan, k: int, qualifiers: list[str]) -> bool:
    """An "and" joining two qualifiers ("Iran's new and powerful foreign minister")."""
    if not qualifiers or k >= len(scan.tokens) or scan.tokens[k].lower != "and":
        return False
    following = scan.atoms.get(k + 1)
    return _spaced(scan, k) and following is not None and bool(following.qualifier)


def _titled(scan: _Scan, j: int) -> _Phrase | None:
    """``Foreign Minister Wang Yi``, ``Chairman of the DPRK Kim Jong Un``, ``the police``."""
    found = _roles(scan, j)
    if found is None:
        return None
    roles, qualifiers, stop = found
    owner = _followed(scan, stop) if roles[-1].phrase in FOLLOWERS else None
    if owner is not None:  # "supporters of former Prime Minister Imran Khan"
        return dataclasses.replace(owner, first=j, followers=True)
    master = _loyal_to(scan, stop) if set(_role_sectors(roles)) & ARMED_SECTORS else None
    if master is not None:  # "soldiers loyal to President Salva Kiir"
        return dataclasses.replace(master, first=j, loyal=roles)
    words = WHERE_WORDS if roles[-1].kind == "group" else frozenset({"of"})
    words = words | {"for"} if roles[-1].phrase in SPEAKERS else words  # "spokesman for Hamas"
    words = frozenset() if roles[-1].phrase in PLACE_ROLES else words
    words = words - {"of"} if roles[-1].phrase in FOLLOWERS else words  # of Russia: no owner
    if _owned(scan, j):  # "its forces in Crimea", "its troops from Kherson" are not theirs
        words = words - {"in", "from"}
    titled = any(word in FOREIGN_WORDS for role in roles for word in role.phrase.split())
    if _foreign(scan, j, stop) and not titled:  # "foreign aid agencies in Darfur": no one's
        words = words - {"in", "from"}
    of = _of_clause(scan, stop, words, agents=_agents(roles))
    led = _led_group(scan, stop) if of is None and roles[-1].phrase in LEADING_ROLES else None
    if led is not None:  # "leaders of the rebel group" are the rebels'
        return dataclasses.replace(led, first=j)
    kin = _kin_of(scan, stop) if of is None and roles[-1].phrase in KIN_ROLES else None
    if kin is not None:  # "relatives of Thai farm workers" are Thai civilians
        return _Phrase(j, kin.stop, kin.head, roles, qualifiers)
    if of is None and _based(scan, stop):  # "a trader based in the United Arab Emirates"
        of = _of_clause(scan, stop + 1, frozenset({"in"}))
    head: _Atom | None = None
    if of is not None:
        head, inner, stop = of
        roles = inner + roles
    person = _person_after(scan, stop, office=roles[-1].kind == "office", titles=roles)
    if person is None and head is None and _abstract_noun(scan, j, roles):
        return None
    return _Phrase(j, person.stop if person else stop, head, roles, qualifiers, person)


FOREIGN_WORDS = frozenset({"foreign", "international", "overseas"})


def _foreign(scan: _Scan, first: int, stop: int) -> bool:
    """Whether a role phrase, or the word before it, says its people are from abroad
    ("foreign journalists", "foreign aid workers")."""
    return any(token.lower in FOREIGN_WORDS for token in scan.tokens[max(first - 1, 0) : stop])


ABSTRACT_ROLES = frozenset({"justice"})
"""Role nouns that are more often abstract nouns: an actor only as a title before a name
("Justice Varma") or after a determiner ("the justice"), not in "demanded justice"."""
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})


def _abstract_noun(scan: _Scan, j: int, roles: tuple[Role, ...]) -> bool:
    """Whether a lone role noun that is more often an abstract noun stands without a
    determiner ("protesters demanded justice for the victims")."""
    if len(roles) != 1 or roles[0].phrase not in ABSTRACT_ROLES:
        return False
    return j == 0 or scan.tokens[j - 1].lower not in DETERMINERS


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})
SPEAKERS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "correspondent", "reporter", "journalist"}
)
"""Roles whose "for" names whom they speak or write for, as "of" names others' owner
("a spokesman for Hamas", "a correspondent for the Wall Street Journal")."""
BASED_WORDS = frozenset({"based", "headquartered"})


def _based(scan: _Scan, j: int) -> bool:
    """Whether "based in" or "headquartered in" stands at token j, after a role."""
    tokens = scan.tokens
    return (
        j + 1 < len(tokens)
        and _spaced(scan, j)
        and tokens[j].lower in BASED_WORDS
        and tokens[j + 1].lower == "in"
    )


def _owned(scan: _Scan, j: int) -> bool:
    """Whether a possessive pronoun stands right before token j (``its own`` too)."""
    return _owner_pronoun(scan, j) != ""


def _owner_pronoun(scan: _Scan, j: int) -> str:
    """The possessive pronoun right before token j (or before ``own`` there), else ""."""
    tokens = scan.tokens
    if j > 1 and tokens[j - 1].lower == "own":
        j -= 1
    word = tokens[j - 1].lower if j > 0 else ""
    return word if word in POSSESSIVE_PRONOUNS else ""


def _of_clause(
    scan: _Scan, j: int, words: frozenset[str], *, agents: bool = False
) -> tuple[_Atom, tuple[Role, ...], int] | None:
    """``of [the] Russia [army] [(RUS)]`` after a role (or ``in``/``from`` after a group);
    after PETRARCH agents, also a PETRARCH actor (``activists of Gonzo GMO``)."""
    tokens = scan.tokens
    if not (_spaced(scan, j) and tokens[j].lower in words and _spaced(scan, j + 1)):
        return None
    kinds = OF_KINDS | AGENT_HEADS if agents else OF_KINDS
    head = _modifier(scan, j + 1, kinds)  # a name may start with "the" ("the Shire")
    k = j + 2 if head is None and tokens[j + 1].lower == "the" and _spaced(scan, j + 2) else j + 1
    described = _described(scan, k, PLACE_KINDS | {"country", "organisation"})  # "war-torn"
    described = described or _kind_named(scan, k)  # "of the West African bloc ECOWAS"
    if described:
        head, k = None, described
    head = head or _place_named(scan, k) or _modifier(scan, k, kinds)
    if head is None or _hyphen(scan, head.stop):  # "prisoners in UAE-brokered swaps"
        return None
    stop = head.stop
    inner = _roles(scan, stop) if _spaced(scan, stop) else None
    if inner is None and stop < len(tokens) and tokens[stop].lower in ACTS_NAMED_BY_DOER:
        return None  # "survivors of the Hamas attack" are no part of Hamas
    roles, stop = (inner[0], inner[2]) if inner else ((), stop)
    return head, roles, _abbreviation(scan, stop, head)


# Words after a hyphen that make what stands before them the ruler of the place they
# describe: "military-ruled Myanmar", "Taliban-held Kabul".
RULING_WORDS = frozenset(
    {"ruled", "led", "held", "controlled", "run", "governed", "dominated", "occupied",
     "administered"}
)  # fmt: skip


def _ruled(scan: _Scan, k: int, kinds: frozenset[str]) -> int:
    """The token of the name in "military-ruled Myanmar", "Taliban-ruled Afghanistan"
    (one word or one name or role before the hyphen) when the phrase starts at token k
    and its name is of the kinds given; else 0."""
    stop = _ruling_stop(scan, k, RULING_WORDS)
    return stop if stop > k and _modifier(scan, stop, kinds) is not None else 0


def _ruling_stop(scan: _Scan, k: int, words: frozenset[str]) -> int:
    """The end of a compound at token k whose last word is one of ``words`` (a ruler's
    "military-ruled", "army-led"), else k."""
    stop = _compound_stop(scan, k)
    return stop if stop > k and scan.tokens[stop - 1].lower in words else k


# Adjectives that may stand between a role's "of", "in", "from" and the place they name,
# besides the sides (SIDES: "northern") and compounds ("war-torn").
NEIGHBOURING = frozenset({"neighbouring", "neighboring"})
DESCRIBING_WORDS = 2  # at most this many


def _described(scan: _Scan, k: int, kinds: frozenset[str]) -> int:
    """The token of the name after a few words that describe it, when the phrase starts
    at token k ("war-torn Syria", "military-ruled Myanmar", "northern Syria") and its
    name is of the kinds given; else 0."""
    j = k
    for _ in range(DESCRIBING_WORDS):
        word = scan.tokens[j].lower
        stop = j + 1 if word in SIDES or word in NEIGHBOURING else _compound_stop(scan, j)
        if stop == j or not _spaced(scan, stop):
            return 0
        if _modifier(scan, stop, kinds) is not None:
            return stop
        j = stop
    return 0


BODY_NOUNS = frozenset(
    {"bloc", "group", "alliance", "organisation", "organization", "movement", "coalition"}
)
"""Nouns that say what kind of body the name after them is ("the militant group Hamas")."""
KIND_WORDS = 3  # at most this many words before the body noun


def _kind_named(scan: _Scan, k: int) -> int:
    """The token of an organisation's name after words saying what kind of body it is,
    when the phrase starts at token k ("the West African bloc ECOWAS", "the militant
    group Hamas"); else 0."""
    tokens = scan.tokens
    for j in range(k, min(k + KIND_WORDS + 1, len(tokens) - 1)):
        if not (tokens[j].text.isalpha() and _spaced(scan, j + 1)):
            return 0
        if tokens[j].lower in BODY_NOUNS:
            named = _modifier(scan, j + 1, frozenset({"organisation"}))
            return j + 1 if named is not None else 0
    return 0


def _compound_stop(scan: _Scan, k: int) -> int:
    """The end of a compound adjective at token k ("war-torn", "military-ruled": a word,
    a name or a role, a hyphen and a lower-case word glued), else k."""
    tokens = scan.tokens
    atom = scan.atoms.get(k)
    stop = atom.stop if atom is not None else k + 1
    glued = (
        stop + 1 < len(tokens)
        and tokens[stop].text == "-"
        and not tokens[stop].gap
        and not tokens[stop + 1].gap
        and tokens[stop + 1].text.isalpha()
        and tokens[stop + 1].text.islower()
    )
    return stop + 2 if glued else k


# Acts a name before them says whose they are: "survivors of the Hamas attack".
ACTS_NAMED_BY_DOER = frozenset(
    {"attack", "attacks", "invasion", "offensive", "massacre", "assault", "raid", "raids",
     "bombing", "bombings", "shelling", "strike", "strikes", "airstrike", "airstrikes",
     "crackdown", "war", "occupation", "siege", "blockade", "incursion", "rule", "purge"}
)  # fmt: skip


# Words that say where a place lies, before its name: "the northern West Bank city of
# Nablus", "the southern port of Basra".
SIDES = frozenset(
    {
        "northern", "southern", "eastern", "western", "central", "northeastern",
        "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
        "south-eastern", "south-western",
    }
)  # fmt: skip
PLACE_NOUNS = frozenset({"city", "town", "village", "port", "province", "region", "district"})


def _place_named(scan: _Scan, k: int) -> _Atom | None:
    """The place in "the northern city of Basra", "the Gaza Strip town of Rafah": a known
    name after a place noun and "of"."""
    tokens = scan.tokens
    while k < len(tokens) and tokens[k].lower in SIDES and _spaced(scan, k + 1):
        k += 1
    region = _modifier(scan, k, OF_KINDS | {"stop", "demonym"})  # "West Bank", "Iraqi"
    noun = region.stop if region is not None else k
    if not (
        noun + 2 < len(tokens)
        and tokens[noun].lower in PLACE_NOUNS
        and tokens[noun + 1].lower == "of"
        and _spaced(scan, noun + 1)
        and _spaced(scan, noun + 2)
    ):
        return None
    return _modifier(scan, noun + 2, OF_KINDS)


def _abbreviation(scan: _Scan, j: int, head: _Atom) -> int:
    """Skip ``(DPRK)`` after a name when it names the same thing."""
    tokens = scan.tokens
    if not (_spaced(scan, j) and tokens[j].text == "("):
        return j
    inner = _modifier(scan, j + 1)
    if inner is None or inner.stop >= len(tokens) or tokens[inner.stop].text != ")":
        return j
    same = {e.key for e in inner.names} & {e.key for e in head.names}
    return inner.stop + 1 if same else j


def _person_after(
    scan: _Scan, j: int, *, office: bool, titles: Sequence[Role] = ()
) -> _PersonRef | None:
    """A name after a title: next to it, or after a comma (``the envoy, John Smith``); a
    known person's name in lower case too right after a title of theirs (``President
    obama``)."""
    if _spaced(scan, j):
        person = _person_at(scan, j, shape=office)
        lowered = _lower_case_holder(scan, j, titles) if office else None
        if lowered is not None and (person is None or lowered.stop >= person.stop):
            return lowered
        return person
    tokens = scan.tokens
    if j < len(tokens) and tokens[j].text == "," and not tokens[j].gap and _spaced(scan, j + 1):
        named = scan.atoms.get(j + 1)
        if named is not None and named.name_kind in NATION_NAMES:
            return None  # "the ambassadors of Chad, Niger and Mali": a list, no apposition
        return _person_at(scan, j + 1, shape=False)
    return None


NATION_NAMES = frozenset({"country", "capital", "demonym"})


ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "INS"})
"""Sectors of armed men, who may be "loyal to" someone."""


def _loyal_to(scan: _Scan, j: int) -> _Phrase | None:
    """The person or organisation after "loyal to" at token j (not a country: "militias
    loyal to Iran" are not Iran's)."""
    tokens = scan.tokens
    if not (j + 2 < len(tokens) and _spaced(scan, j) and tokens[j].lower == "loyal"):
        return None
    if tokens[j + 1].lower != "to" or not _spaced(scan, j + 2):
        return None
    k = j + 3 if tokens[j + 2].lower == "the" and _spaced(scan, j + 3) else j + 2
    while k + 1 < len(tokens) and tokens[k].lower in SIDES and _spaced(scan, k + 1):
        k += 1  # "loyal to eastern commander Khalifa Haftar"
    master = _phrase_at(scan, k)
    if master is None or master.followers or master.loyal:
        return None
    organisation = master.head is not None and master.head.name_kind == "organisation"
    return master if master.person is not None or organisation else None


LEADING_ROLES = frozenset({"leader"})
"""Roles whose "of" names the group they lead, whose sectors they share ("leaders of the
union": LAB), where no place follows ("the leaders of France": FRAGOV)."""
LED_GROUP_REACH = 3  # words an unknown name may take before the group's role noun


def _after_of(scan: _Scan, j: int) -> int:
    """The token after ``of`` (and a ``the``) at token j, or -1 where no ``of`` stands."""
    tokens = scan.tokens
    if not (_spaced(scan, j) and tokens[j].lower == "of" and _spaced(scan, j + 1)):
        return -1
    return j + 2 if tokens[j + 1].lower == "the" and _spaced(scan, j + 2) else j + 1


def _led_group(scan: _Scan, j: int) -> _Phrase | None:
    """The group a role phrase names after ``of`` at token j ("the rebel group", "the
    opposition", "the RMT rail union in London", "the ruling National League for
    Democracy"), not a person."""
    k = _after_of(scan, j)
    if k < 0:
        return None
    group = None
    for at in range(k, min(k + LED_GROUP_REACH, len(scan.tokens))):  # "the RMT rail union"
        group = _phrase_at(scan, at)
        if group is not None or not _spaced(scan, at + 1):
            break
    if group is None or group.person is not None:
        return None
    if not group.roles:  # "leaders of the ruling National League for Democracy"
        named = group.head is not None and group.head.name_kind == "organisation"
        return group if named else None
    return group if group.roles[-1].kind == "group" else None


KIN_ROLES = frozenset({"relative", "relatives", "family", "families", "parent", "parents"})
"""Roles whose "of" names the people they are kin to, whose country they share."""


def _kin_of(scan: _Scan, j: int) -> _Phrase | None:
    """The people after ``of`` at token j, named with their country ("Thai farm workers",
    "Israeli hostages"), whose kin the role before it names."""
    k = _after_of(scan, j)
    people = _phrase_at(scan, k) if k >= 0 else None
    if people is None or people.head is None or people.person is not None or not people.roles:
        return None
    return people if people.head.name_kind in ("country", "demonym") else None


def _followed(scan: _Scan, j: int) -> _Phrase | None:
    """The person or organisation after ``of`` at token j that followers follow."""
    k = _after_of(scan, j)
    owner = _phrase_at(scan, k) if k >= 0 else None
    if owner is None or owner.followers:
        return None
    organisation = owner.head is not None and owner.head.name_kind == "organisation"
    return owner if owner.person is not None or organisation else None


@functools.lru_cache(maxsize=8)
def _people_in_lower_case(kb: KnowledgeBase) -> Mapping[tuple[str, ...], tuple[NameEntry, ...]]:
    """The people's names in lower case, for a name written so after a title."""
    index: dict[tuple[str, ...], list[NameEntry]] = {}
    for key, entries in kb.names.items():
        for entry in entries:
            if entry.kind == "person" and entry.key in kb.people:
                index.setdefault(tuple(word.lower() for word in key), []).append(entry)
    return MappingProxyType({key: tuple(entries) for key, entries in index.items()})


LOWER_NAME_WORDS = 3  # the longest name in lower case looked for after a title


def _lower_case_holder(scan: _Scan, j: int, titles: Sequence[Role]) -> _PersonRef | None:
    """``President obama``: a known person's name written in lower case right after a
    title of theirs (an office they hold or held), no function word (``the president
    may``)."""
    tokens = scan.tokens
    if not titles or not tokens[j].text.islower() or tokens[j].lower in GAP_STOPS:
        return None
    offices = {office_key(role.phrase) for role in titles}
    index = _people_in_lower_case(scan.kb)
    for size in range(min(LOWER_NAME_WORDS, len(tokens) - j), 0, -1):
        words = tokens[j : j + size]
        if not _tight(scan, j, size) or any(t.lower in GAP_STOPS for t in words):
            continue
        entries = [
            entry
            for entry in index.get(tuple(t.lower for t in words), ())
            if any(office_key(t.office) in offices for t in scan.kb.people[entry.key].terms)
        ]
        if entries:
            return _PersonRef(j, j + size, _text(scan, j, j + size), tuple(entries))
    return None


def _named(scan: _Scan, j: int) -> _Phrase | None:
    """A person alone: a known name, or a PERSON entity that looks like a full name."""
    person = _person_at(scan, j, shape=False)
    if person is None or (not person.candidates and not _full_name(scan, j, person.stop)):
        return None
    after = _possessive(scan, person.stop)
    found = _roles(scan, after) if _spaced(scan, after) else None
    if found is not None and found[0][-1].phrase in FOLLOWERS:  # "Khan's supporters"
        return _Phrase(j, found[2], person=person, followers=True)
    found = _roles(scan, person.stop) if _spaced(scan, person.stop) else None
    if found is not None and found[0][-1].kind == "group" and not found[1]:
        return _Phrase(j, found[2], roles=found[0], person=person)  # "the Biden administration"
    if found is not None and _agents(found[0]) and not found[1]:
        return _Phrase(j, found[2], roles=found[0], person=person)  # a PETRARCH actor's agents
    return _Phrase(j, person.stop, person=person)


def _full_name(scan: _Scan, first: int, stop: int) -> bool:
    """Two capitalised words or more, not a hashtag: spaCy's lone PERSON words are too
    often places (``Tigray``) or page furniture to stand alone."""
    words = [t.text for t in scan.tokens[first:stop] if t.word]
    tagged = first > 0 and scan.tokens[first - 1].text in {"#", "@"}
    return len(words) >= 2 and not tagged and all(w[0].isupper() for w in words[:1] + words[-1:])


def _person_at(scan: _Scan, j: int, *, shape: bool) -> _PersonRef | None:
    """The longest of: a known name, a PERSON entity, a name by its shape (after a title)."""
    atom = scan.atoms.get(j)
    known = atom if atom is not None and atom.name_kind == "person" else None
    shaped = _name_shape(scan, j) if shape else 0
    stop = max(scan.persons.get(j, 0), shaped, _entity_through(scan, j, shaped))
    if atom is not None and atom.name_kind == "organisation" and atom.stop >= stop:
        return None  # "the news site Mada Masr": a body the tables know, no person
    if known is not None and known.stop >= stop:
        return _PersonRef(j, known.stop, _text(scan, j, known.stop), known.names)
    if stop <= j:
        return None
    return _PersonRef(j, stop, _text(scan, j, stop))


def _name_word(scan: _Scan, j: int) -> bool:
    if j >= len(scan.tokens):
        return False
    text = scan.tokens[j].text
    atom = scan.atoms.get(j)
    if atom is not None and atom.name_kind != "person" and not atom.qualifier:
        return False
    return (
        text[0].isupper()
        and text.isalpha()
        and text not in NOT_NAMES
        and (not text.isupper() or len(text) <= 2)
    )


def _word_end(scan: _Scan, j: int) -> int:
    """The end of a name word: ``Sanwo-Olu``, ``O'Brien``, ``F.``."""
    tokens = scan.tokens
    k = j + 1
    while k + 1 < len(tokens) and not tokens[k].gap and not tokens[k + 1].gap:
        joined = tokens[k].text == "-" and tokens[k + 1].text.isalpha()
        apostrophe = tokens[k].text == "'" and tokens[k + 1].text[:1].isupper()
        if not (joined or apostrophe):
            break
        k += 2
    initial = len(tokens[j].text) == 1 and k == j + 1
    if initial and k < len(tokens) and tokens[k].text == "." and not tokens[k].gap:
        k += 1
    return k


def _name_shape(scan: _Scan, j: int) -> int:
    """Where a run of capitalised words (a name) starting at j ends; j if there is none."""
    if not _name_word(scan, j):
        return j
    stop = k = _word_end(scan, j)
    words = 1
    while words < 6 and _spaced(scan, k):
        if _name_word(scan, k):
            stop = k = _word_end(scan, k)
            words += 1
        elif scan.tokens[k].lower in PARTICLES and (_spaced(scan, k + 1) or _hyphen(scan, k + 1)):
            k = k + 2 if _hyphen(scan, k + 1) else k + 1
            if not (_name_word(scan, k) or _hyphen_word(scan, k)):
                break
            stop = k = _word_end(scan, k)
            words += 1
        else:
            break
    return _word_end(scan, stop) if _surname_atom(scan, stop) else stop


# Words that may follow a person's surname: a one-word organisation or people just
# before them is the end of the name ("Tarek William Saab has", "Cristiana Chamorro under").
AFTER_SURNAME = frozenset(
    {"has", "had", "was", "is", "said", "says", "told", "under", "in", "on", "at", "to",
     "of", "who", "from", "for", "with", "as", "by", "after", "before", "during", "over",
     "would", "will", "could", "also"}
)  # fmt: skip


def _surname_atom(scan: _Scan, k: int) -> bool:
    """Whether token k, a one-word company or people after a name, is the name's end."""
    atom = scan.atoms.get(k)
    if atom is None or atom.stop != k + 1 or atom.name_kind not in {"organisation", "demonym"}:
        return False
    if not (_spaced(scan, k) and scan.tokens[k].text.isalpha()):
        return False
    after = k + 1
    if after >= len(scan.tokens):
        return True
    token = scan.tokens[after]
    return not token.text.isalnum() or (token.lower in AFTER_SURNAME and token.text.islower())


def _entity_through(scan: _Scan, j: int, stop: int) -> int:
    """The end of a PERSON entity that starts inside the name j..stop and runs past it
    ("Tarek William Saab", whose entity is "William Saab")."""
    return max((scan.persons.get(k, 0) for k in range(j + 1, stop)), default=0)


def _hyphen(scan: _Scan, j: int) -> bool:
    return j < len(scan.tokens) and scan.tokens[j].text == "-" and not scan.tokens[j].gap


def _hyphen_word(scan: _Scan, j: int) -> bool:
    """A lower-case word glued after a particle's hyphen (``al-jubeir`` is rare but real)."""
    return j < len(scan.tokens) and not scan.tokens[j].gap and scan.tokens[j].text.isalpha()


def _text(scan: _Scan, first: int, stop: int) -> str:
    return scan.text[scan.tokens[first].start : scan.tokens[stop - 1].end]


# Resolution ----------------------------------------------------------------------------


def _role_sectors(roles: Sequence[Role]) -> tuple[str, ...]:
    """The sectors of a row of roles: the head's, unless it is generic (``army chief``) or
    says nothing of its owner (``navy vessel``: a vessel of unknown sector is the navy's;
    ``paramilitary fighters``: armed men of unknown side are the paramilitaries), or an
    adjective of a body says whose it is (``a congressional delegation``)."""
    bodies = [role for role in roles[:-1] if role.phrase in BODY_ADJECTIVES]
    if bodies:
        return bodies[-1].sectors
    if roles[-1].phrase not in GENERIC_HEADS and roles[-1].sectors not in UNSPECIFIC:
        return roles[-1].sectors
    no_side = roles[-1].sectors in UNSPECIFIC
    people = [r for r in roles if not (no_side and r.phrase in SITES)] or roles
    specific = [r for r in people if r.phrase not in GENERIC_HEADS and r.sectors not in UNSPECIFIC]
    known = [r for r in people if r.sectors != VAGUE]  # "island leaders" are leaders
    return (specific or known or people)[0].sectors


def _agents(roles: Sequence[Role]) -> bool:
    """Whether a row of roles are all PETRARCH agents (which stack their codes)."""
    return bool(roles) and all(role.agent for role in roles)


def _with_agents(actor: Actor | None, roles: Sequence[Role], name: str = "") -> Actor | None:
    """PETRARCH's composition of an actor and the agents of its phrase, in their order:
    each agent's code goes after the code (``~GOV``) or before it (``NGO~``), until one
    the code already holds (at a multiple of three: ``HGWGOVMED`` holds ``GOVMED``)."""
    code = actor.code if actor else ""
    before: list[str] = []
    after: list[str] = []
    for role in roles:
        agent = "".join(role.sectors)
        if _holds(code, agent):
            break
        if role.agent == "before":
            before[:0] = role.sectors
            code = agent + code
        else:
            after.extend(role.sectors)
            code += agent
    if actor is None:
        return Actor(code=code, sectors=(*before, *after), name=name) if code else None
    sectors = (*before, *actor.sectors, *after)
    return Actor(code=code, country=actor.country, sectors=sectors, name=name or actor.name)


def _holds(code: str, agent: str) -> bool:
    """Whether the code holds the agent's code at a multiple of three characters."""
    return any(code[i : i + len(agent)] == agent for i in range(0, len(code) - len(agent) + 1, 3))


def _head_actor(scan: _Scan, head: _Atom, roles: Sequence[Role], name: str) -> Actor | None:
    """The actor a modifier gives, with the sectors of the roles after it (with PETRARCH
    agents, the code of each)."""
    entry = head.names[0]
    kb = scan.kb
    if _agents(roles):  # a capital or a place with agents is its country, as with ours
        national = entry.kind in {"capital", "place"}
        base = kb.country_actor(entry.key) if national else _head_actor(scan, head, (), name)
        return _with_agents(base, roles, name) if base else None
    if entry.kind == "person":  # a PETRARCH actor before or after agents
        return kb.people[entry.key].actor(scan.on) if entry.key in kb.people else None
    if entry.kind == "organisation":
        return _organisation_actor(kb.organisations[entry.key], roles, name)
    if entry.kind == "place" and not roles:
        alone = _people_alone(scan, head)
        return kb.country_actor(entry.key, PEOPLE_SECTORS, name) if alone else None
    if entry.kind == "metonym":
        actor = kb.metonyms[entry.key].actor
        if roles and actor and actor.country and "OPP" in _role_sectors(roles):
            return kb.country_actor(actor.country, _role_sectors(roles), name)  # Kremlin critic
        return dataclasses.replace(actor, name=name) if actor and name else actor
    if roles and _head_key(scan, head) in kb.peoples:  # "Tigrayan forces": no state's army
        sectors = tuple(REBELS if sector == ARMY else sector for sector in _role_sectors(roles))
        return kb.country_actor(entry.key, sectors, name)
    if roles:
        return kb.country_actor(entry.key, _role_sectors(roles), name)
    governs = entry.kind == "capital" and not _before_a_site(scan, head.stop)
    return kb.country_actor(entry.key, ("GOV",) if governs else (), name)


def _before_a_site(scan: _Scan, stop: int) -> bool:
    """Whether the word right after a name is a place in its city ("Nairobi mall")."""
    return _spaced(scan, stop) and scan.tokens[stop].lower in SITES


ARMY = "MIL"
REBELS = "REB"
"""The forces of one of a country's peoples are rebels, not its army ("Tigrayan forces",
"Kachin fighters")."""


PEOPLE_SECTORS = ("CVL",)  # a people named alone: its country's civilians, not its state


def _people_alone(scan: _Scan, head: _Atom) -> bool:
    """A people of one country named alone (``Tibetans staged protests``, ``Rohingya fled``):
    a plural, or a name that is its own plural where the noun phrase ends after it (not
    ``the Rohingya crisis``, where it only qualifies)."""
    form = scan.kb.peoples.get(_head_key(scan, head))
    if form in (None, ADJECTIVE) or _possessive(scan, head.stop) != head.stop:
        return False
    return form == PLURAL or _phrase_ends(scan, head.stop)


def _head_key(scan: _Scan, head: _Atom) -> tuple[str, ...]:
    return tuple(token.text for token in scan.tokens[head.first : head.stop])


def _phrase_ends(scan: _Scan, j: int) -> bool:
    """Whether a noun phrase ends before token j: at a mark, or before a function word or
    a verb's past form."""
    if j >= len(scan.tokens) or not scan.tokens[j].word:
        return True
    token = scan.tokens[j]
    return token.text.islower() and (token.lower in GAP_STOPS or token.lower.endswith("ed"))


FIRM = "BUS"
LABOUR = "LAB"


def _organisation_actor(org: Organisation, roles: Sequence[Role], name: str) -> Actor:
    """An organisation, or a part of an intergovernmental one named by a role after it:
    ``the EU legislature`` is the EU with sector LEG (``IGOEUREECLEG``); a firm's workers
    are its country's labour (``Boeing machinists``: ``USALAB``)."""
    actor = org.actor(name)
    if roles and tuple(org.sectors) == (FIRM,) and LABOUR in _role_sectors(roles):
        return Actor(code=code_of(org.country, (LABOUR,)), country=org.country, sectors=(LABOUR,))
    if not roles or not org.code.startswith("IGO"):
        return actor
    if roles[-1].phrase in GENERIC_HEADS and len(org.sectors) > 1:
        return actor
    extra = tuple(s for s in _role_sectors(roles) if s not in org.sectors)
    if not extra:
        return actor
    code = org.code + "".join(extra)
    return Actor(code=code, country=org.country, sectors=(*org.sectors, *extra), name=actor.name)


def _kind(phrase: _Phrase, actor: Actor | None) -> str:
    if phrase.followers or phrase.loyal:
        return "group"
    if phrase.person is not None:
        return "person" if actor is not None else "unknown-person"
    if phrase.roles:
        return phrase.roles[-1].kind
    if phrase.head is not None and phrase.head.name_kind == "place" and actor is not None:
        return "group"  # a people named alone, no place
    return phrase.head.name_kind if phrase.head else "unknown-person"


def _resolve(scan: _Scan, phrase: _Phrase) -> _Found | None:
    """What a phrase stands for; None when it names nothing that counts."""
    if phrase.head is not None and phrase.head.name_kind == "stop":
        return None
    if _ruled(scan, phrase.first, COUNTRY_KINDS) == phrase.stop + 2:  # "military-ruled Myanmar"
        return None
    if _standalone_noise(scan, phrase) or _unsure_alias(scan, phrase):
        return None
    key, actor = _phrase_actor(scan, phrase)
    if actor is None and phrase.person is None:
        return None
    person = phrase.person
    return _Found(
        first=phrase.first,
        stop=phrase.stop,
        actor=actor,
        kind=_kind(phrase, actor),
        person_key=key,
        person_name=person.name if person else "",
        person_start=scan.tokens[person.first].start if person else -1,
        from_roles=bool(phrase.roles) and phrase.person is None,
        roles=phrase.roles,
        stem=_stem(scan, phrase),
    )


def _stem(scan: _Scan, phrase: _Phrase) -> Actor | None:
    """What a coordinated agent after the phrase composes with: the phrase without its last
    agent ("Danish Islamist media and government": Danish Islamist, then government)."""
    if phrase.person is not None or not _agents(phrase.roles):
        return None
    return _phrase_actor(scan, dataclasses.replace(phrase, roles=phrase.roles[:-1]))[1]


def _phrase_actor(scan: _Scan, phrase: _Phrase) -> tuple[str, Actor | None]:
    """The person key (if any) and the actor of a phrase."""
    if phrase.followers:
        key, owner = _phrase_actor(scan, dataclasses.replace(phrase, followers=False))
        return key, _followers_actor(scan, owner)
    if phrase.loyal:
        _, master = _phrase_actor(scan, dataclasses.replace(phrase, loyal=()))
        return "", _loyal_actor(scan, master, phrase.loyal)
    dropped = any(q in DROPPING for q in phrase.qualifiers)
    if phrase.person is None:
        return "", _group_actor(scan, phrase, dropped)
    key, known = _which_person(scan, phrase.person)
    if phrase.head is not None and phrase.head.name_kind == "organisation" and not dropped:
        name = scan.kb.people[key].name if key in scan.kb.people else phrase.person.name
        return key, _head_actor(scan, phrase.head, (), name)
    if key:
        return key, _known_actor(scan, phrase, key, known, dropped)
    return phrase.person.name, _unknown_actor(scan, phrase, dropped=dropped)


OPPOSITION = ("OPP", "CVL")  # people of the opposition: protesters, activists, dissidents


def _loyal_actor(scan: _Scan, master: Actor | None, roles: Sequence[Role]) -> Actor | None:
    """Armed men loyal to an actor: an organisation's or an armed group's are it ("fighters
    loyal to Hamas": PSEINS); a state's office-holder's are its country's ("soldiers loyal
    to President Salva Kiir": SSDMIL; "forces loyal to commander Khalifa Haftar": LBYMIL)."""
    if master is None or not master.country:
        return None
    state = all(sector in STATE_SECTORS for sector in master.sectors)
    if master.code != code_of(master.country, master.sectors) or not state:
        return master  # an organisation's, a rebel's: their own
    return scan.kb.country_actor(master.country, _role_sectors(roles))


def _followers_actor(scan: _Scan, owner: Actor | None) -> Actor | None:
    """Who follows an actor: an organisation's followers are the organisation ("Hamas
    supporters", a party's loyalists: its code); a state's office-holder's are the
    country's civilians (CVL); one out of office (ELI) or of no sector is followed by the
    opposition (OPP CVL, as protesters are); one of another group (an opposition leader,
    a rebel chief) by the group."""
    if owner is None or not owner.country:
        return None
    if owner.code != code_of(owner.country, owner.sectors):
        return owner  # an organisation's code
    if owner.sectors and all(sector in STATE_SECTORS for sector in owner.sectors):
        return scan.kb.country_actor(owner.country, ("CVL",))
    if not owner.sectors or ELITE in owner.sectors:
        return scan.kb.country_actor(owner.country, OPPOSITION)
    return owner


def _group_actor(scan: _Scan, phrase: _Phrase, dropped: bool) -> Actor | None:
    """A modifier and/or roles with no person: ``Russian troops``, ``the police``."""
    if phrase.head is not None:
        if dropped and _agents(phrase.roles):
            return _former_agents(_head_actor(scan, phrase.head, (), ""))
        holder = None if dropped else _office_holder(scan, phrase)
        actor = holder or _head_actor(scan, phrase.head, phrase.roles, "")
        return _former(actor) if dropped else actor
    if not phrase.roles:
        return None
    if _agents(phrase.roles):
        actor = _with_agents(None, phrase.roles)
        return _former(actor) if dropped else actor
    sectors = _role_sectors(phrase.roles)
    actor = Actor(code=code_of("", sectors), sectors=sectors) if sectors else None
    return _former(actor) if dropped else actor


def _office_holder(scan: _Scan, phrase: _Phrase) -> Actor | None:
    """``the Russian leader``, ``the French president``: who held the office on the day."""
    assert phrase.head is not None
    if phrase.head.name_kind not in {"country", "demonym"} or len(phrase.roles) != 1:
        return None
    role = phrase.roles[0]
    before = phrase.first - 1
    if role.kind != "office" or before < 0 or scan.tokens[before].lower != "the":
        return None
    return scan.kb.office_holder(phrase.head.names[0].key, role.phrase, scan.on)


def _known_actor(
    scan: _Scan, phrase: _Phrase, key: str, known: Actor | None, dropped: bool
) -> Actor | None:
    """A known person: their term as of the date, else the title the text gives them."""
    kb = scan.kb
    if key not in kb.people:
        return _former(known) if dropped else known
    person = kb.people[key]
    actor = known or _titled_term(scan, phrase, key) or person.actor(scan.on)
    if dropped:
        return _former_agents(actor) if _agents(phrase.roles) else _former(actor)
    if _agents(phrase.roles) and phrase.head is None:
        return _with_agents(actor, phrase.roles)
    in_office = actor is not None and actor.sectors and ELITE not in actor.sectors
    if in_office and phrase.roles:
        return _title_first(scan, actor, phrase.roles)
    if in_office or not phrase.roles:
        return actor
    titled = _unknown_actor(scan, phrase, dropped=False)
    if titled is None or not (titled.country or actor):
        return actor
    country = titled.country or (actor.country if actor else "")
    return kb.country_actor(country, titled.sectors, person.name) if country else actor


def _title_first(scan: _Scan, actor: Actor | None, roles: tuple[Role, ...]) -> Actor | None:
    """A person of several sectors with the one the text's title names first ("Sudan's
    army chief General al-Burhan", who also chairs the sovereignty council: SDNMILGOV)."""
    titled = [s for s in _role_sectors(roles) if actor is not None and s in actor.sectors]
    if actor is None or not titled or titled[0] == actor.sectors[0]:
        return actor
    sectors = (*titled, *(s for s in actor.sectors if s not in titled))
    return scan.kb.country_actor(actor.country, sectors, actor.name) if actor.country else actor


def _titled_term(scan: _Scan, phrase: _Phrase, key: str) -> Actor | None:
    """Of a person's terms on the day, the one the title in the text names
    (``Crown Prince Mohammed bin Salman``, who is also defence minister)."""
    if not phrase.roles:
        return None
    person = scan.kb.people[key]
    titles = {office_key(role.phrase) for role in phrase.roles}
    matching = [t for t in person.terms_on(scan.on) if office_key(t.office) in titles]
    return matching[0].actor(person.name) if matching else None


CALLING_SECTORS = frozenset({"MED", "CVL", "EDU", "LAB", "BUS", "REL", "HLH", "AGR", "ENV"})
"""Sectors of a calling, not an office: "former journalists" are still the press's."""


def _former(actor: Actor | None) -> Actor | None:
    """A former office-holder: CAMEO's elite (``USAELI``), kept in their country; one of a
    calling stays so ("former journalists": ``MED``).

    Former members of an organisation with no country stay unresolved.
    """
    if actor is None or (actor.code[:3] in {"IGO", "NGO"} and not actor.country):
        return None
    if actor.sectors and set(actor.sectors) <= CALLING_SECTORS:
        return actor
    sectors = (ELITE,)
    return Actor(
        code=code_of(actor.country, sectors),
        country=actor.country,
        sectors=sectors,
        name=actor.name,
    )


def _former_agents(actor: Actor | None) -> Actor | None:
    """Former holders of PETRARCH agents, as TABARI codes them: the agents' codes give way
    to the elite's, after the actor's own code ("former White House officials", with
    ``WHITE_HOUSE [USAGOV]``, are ``USAGOVELI``; "former Arnor officials" ``ARNELI``)."""
    if actor is None:
        return Actor(code=ELITE, sectors=(ELITE,))
    if _holds(actor.code, ELITE):
        return actor
    sectors = (*actor.sectors, ELITE)
    return dataclasses.replace(actor, code=actor.code + ELITE, sectors=sectors)


def _unknown_actor(scan: _Scan, phrase: _Phrase, *, dropped: bool) -> Actor | None:
    """A name the knowledge base lacks: the modifier's country and the roles' sectors."""
    assert phrase.person is not None
    name = phrase.person.name
    if phrase.head is not None:
        actor = _head_actor(scan, phrase.head, phrase.roles, name)
        return _former(actor) if dropped else actor
    if not phrase.roles:
        return None
    if _agents(phrase.roles):
        actor = _with_agents(None, phrase.roles, name)
        return _former(actor) if dropped else actor
    sectors = _role_sectors(phrase.roles)
    actor = Actor(code=code_of("", sectors), sectors=sectors, name=name) if sectors else None
    return _former(actor) if dropped else actor


def _which_person(scan: _Scan, ref: _PersonRef) -> tuple[str, Actor | None]:
    """Which person a name is: the nearest full mention in the article, else the only one.

    Returns the key and, when the article already resolved that person, their actor.
    """
    keys = {entry.key for entry in ref.candidates}
    if not keys:
        return "", None
    start = scan.tokens[ref.first].start
    before = [p for p in scan.people if p.key in keys and p.start < start]
    after = [p for p in scan.people if p.key in keys and p.start >= start]
    if before or after:
        chosen = before[-1] if before else after[0]
        return chosen.key, chosen.actor
    known = sorted(key for key in keys if key in scan.kb.people)
    if len(known) == 1:
        return known[0], None
    serving = [key for key in known if scan.kb.people[key].terms_on(scan.on)]
    if len(serving) > 1:  # "Trump and Kim met": the one who leads a state that day
        serving = [key for key in serving if _leads_on(scan.kb.people[key], scan.on)]
    return (serving[0], None) if len(serving) == 1 and scan.on is not None else ("", None)


def _leads_on(person: Person, on: date | None) -> bool:
    """Whether a person holds one of the offices that lead a state on the day."""
    return any(office_key(term.office) in LEADER_OFFICES for term in person.terms_on(on))


def _unsure_alias(scan: _Scan, phrase: _Phrase) -> bool:
    """A lone short name that may be someone else's: ``Bill Gates``, ``in May``, or
    several people's, with nothing in the text to tell which."""
    person = phrase.person
    if person is None or not person.candidates or phrase.head or phrase.roles:
        return False
    if person.first in scan.persons:
        return False
    if not any(entry.full for entry in person.candidates) and _part_of_name(scan, person):
        return True
    return not _which_person(scan, person)[0]


def _part_of_name(scan: _Scan, person: _PersonRef) -> bool:
    first, stop = person.first, person.stop
    if scan.tokens[first].text in NOT_NAMES:
        return True
    before = first > 0 and _spaced(scan, first) and _name_word(scan, first - 1)
    if before and not _sentence_start(scan, first - 1):
        return True
    return _spaced(scan, stop) and _name_word(scan, stop) and stop not in scan.atoms


def _standalone_noise(scan: _Scan, phrase: _Phrase) -> bool:
    """A lone capital used as a place (``in Seoul``, ``Seoul Station``; a city standing for
    an organisation too: ``met in Brussels``), or a lone adjective."""
    if phrase.person is not None or phrase.roles or phrase.head is None:
        if phrase.person is not None or phrase.head is not None:
            return False
        lone = len(phrase.roles) == 1 and phrase.roles[0].phrase in LONE_DROPPED
        ownable = ARMS_AND_CRAFT | FOLLOWERS
        if lone and phrase.roles[0].phrase in ownable and _owned(scan, phrase.first):
            return False  # "its warplanes", "his supporters": the owner's, or dropped
        return lone or _inside_name(scan, phrase.first)
    first, stop = phrase.head.first, phrase.head.stop
    if _backing(scan, stop):  # "Iran-backed militias" are not Iran
        return True
    if phrase.head.name_kind == "metonym":  # "in Brussels", not "in the Kremlin"
        return _after_locative(scan, first) and _possessive(scan, stop) == stop
    if phrase.head.name_kind != "capital":
        return False
    return (
        (_after_locative(scan, first) and _possessive(scan, stop) == stop)
        or _inside_entity(scan, first, stop)
        or (_spaced(scan, stop) and _name_word(scan, stop) and stop not in scan.atoms)
        or _after_name(scan, first)
    )


BACKING_WORDS = frozenset(
    {"backed", "allied", "linked", "based", "aligned", "sponsored", "funded", "supported"}
    | {"affiliated", "inspired", "friendly", "leaning", "trained", "armed", "speaking"}
)
"""Words after a hyphen that make a name a patron, a place or a language, not the actor:
"Iran-backed militias", "a Pakistan-based group", "English-speaking regions" (not
"Saudi-led", where Saudi Arabia leads)."""


def _backing(scan: _Scan, stop: int) -> bool:
    """Whether the name ending at token ``stop`` is glued by a hyphen to a backing word."""
    return _hyphened(scan, stop, BACKING_WORDS)


def _hyphened(scan: _Scan, j: int, words: frozenset[str]) -> bool:
    """Whether a hyphen at token j glues one of ``words`` to the word before it."""
    tokens = scan.tokens
    return (
        j + 1 < len(tokens)
        and tokens[j].text == "-"
        and not tokens[j].gap
        and not tokens[j + 1].gap
        and tokens[j + 1].lower in words
    )


def _after_locative(scan: _Scan, first: int) -> bool:
    """``in Seoul``, ``southwest of Baghdad``, also ``in Lagos and Abuja``: a place, not an
    actor."""
    j = first
    while j > 0 and first - j < 8 and "\n" not in scan.tokens[j].gap:
        previous = scan.tokens[j - 1]
        if previous.lower in LOCATIVE and not _arrival(scan, j - 1):
            return True
        if _direction_of(scan, j - 1):
            return True
        if previous.lower not in {",", "and", "or"} and not _title_word(previous.text):
            return False
        j -= 1
    return False


def _arrival(scan: _Scan, j: int) -> bool:
    """``arrived in Cairo`` at token j (the ``in``): the capital is the host of a visit, as
    in ``visited Cairo``."""
    return j > 0 and scan.tokens[j].lower == "in" and scan.tokens[j - 1].lower in ARRIVALS


def _direction_of(scan: _Scan, j: int) -> bool:
    """``north of``, ``southwest of``, ``outskirts of``, ``a district of`` at token j (the
    ``of``)."""
    if j == 0 or scan.tokens[j].lower != "of":
        return False
    word = scan.tokens[j - 1].lower
    return word in DIRECTIONS or word in PARTS_OF_PLACES


def _title_word(text: str) -> bool:
    return text[0].isupper() and text.isalpha() and text not in NOT_NAMES


def _inside_name(scan: _Scan, first: int) -> bool:
    """A capitalised role inside a longer name: ``Far East Federal University``."""
    if first == 0 or not _title_word(scan.tokens[first].text) or not _spaced(scan, first):
        return False
    previous = first - 1
    if scan.tokens[previous].lower in {"of", "for", "and"} and _spaced(scan, previous):
        previous -= 1
    if previous < 0 or not _name_word(scan, previous):
        return False
    return not _sentence_start(scan, previous)


def _sentence_start(scan: _Scan, j: int) -> bool:
    return j == 0 or "\n" in scan.tokens[j].gap or scan.tokens[j - 1].text in SENTENCE_MARKS


def _inside_entity(scan: _Scan, first: int, stop: int) -> bool:
    return any(a <= first and stop <= b and (a, b) != (first, stop) for a, b in scan.places)


def _after_name(scan: _Scan, first: int) -> bool:
    """``George Washington``: a capitalised word just before, not at a sentence start."""
    if first < 1 or not _spaced(scan, first) or not _name_word(scan, first - 1):
        return False
    return not _sentence_start(scan, first - 1)


# The article as a whole ----------------------------------------------------------------


def _doc_people(scan: _Scan, found: Iterable[_Found]) -> tuple[_DocPerson, ...]:
    """People named in full (or resolved) in the article, for later surnames."""
    people = []
    for item in found:
        if not item.person_name:
            continue
        words = item.person_name.split()
        if not item.person_key or (item.person_key not in scan.kb.people and len(words) < 2):
            continue
        surname = phrase_key(words[-1])
        people.append(
            _DocPerson(
                start=item.person_start,
                key=item.person_key,
                actor=item.actor,
                surname=surname[-1] if surname else "",
            )
        )
    return tuple(people)


def _coordinated(scan: _Scan, found: list[_Found]) -> list[_Found]:
    """``Indian and Pakistani troops``: the first country takes the sectors of the second."""
    items = list(found)
    for index in range(len(items) - 2, -1, -1):
        left, right = items[index], items[index + 1]
        if not _coordinable(scan, left, right):
            continue
        assert left.actor is not None and right.actor is not None
        actor = scan.kb.country_actor(left.actor.country, right.actor.sectors)
        if _agents(right.roles):
            actor = _with_agents(left.actor, right.roles) or actor
        items[index] = dataclasses.replace(left, actor=actor, kind=right.kind, from_roles=True)
    for index in range(1, len(items)):
        left, right = items[index - 1], items[index]
        if _shares_modifier(scan, left, right):
            assert left.actor is not None and right.actor is not None
            actor = scan.kb.country_actor(left.actor.country, right.actor.sectors)
            if left.stem is not None and _agents(right.roles):
                actor = _with_agents(left.stem, right.roles) or actor
            items[index] = dataclasses.replace(right, actor=actor)
    for index in range(len(items) - 2, -1, -1):
        left, right = items[index], items[index + 1]
        if _shares_place(scan, left, right):
            assert left.actor is not None and right.actor is not None
            actor = scan.kb.country_actor(right.actor.country, left.actor.sectors)
            if _agents(left.roles):
                country = scan.kb.country_actor(right.actor.country)
                actor = _with_agents(country, left.roles) or actor
            items[index] = dataclasses.replace(left, actor=actor)
    return items


# State sectors: an owner of only these (or a country) owns roles of its country.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
# Nouns after "his", "her", "their" that coref resolves to a country or its government.
COREF_OWNED = frozenset({"country", "nation", "government", "administration"})
HOLDER_KINDS = frozenset({"person", "unknown-person", "office"})
OWNER_REACH = 40  # tokens back to look for the owner, within the sentence


def _owned_roles(scan: _Scan, found: list[_Found]) -> list[_Found]:
    """``The Israeli military said its aircraft struck``: a role of no country after a
    possessive pronoun belongs to the nearest actor before it in its sentence (a person
    or an office for "his" and "her", no person for "its"). A state's role is of its
    country (``Putin said his troops``: RUSMIL); a group's own roles are the group
    (``Hamas said its fighters``); a vague one (aircraft, vessel) is its owner. A weapon
    or a craft with no owner found is no actor, as alone. A name with a possessive owns
    the roles right after it so too (``Putin's troops``: RUSMIL; ``Mugabe's government``:
    ZWEGOV), those of a country too (``his government`` is left to coreference)."""
    kept: list[_Found] = []
    for index, item in enumerate(found):
        if index and _possessed_by(scan, found[index - 1], item):
            actor = _owned_actor(scan, found[index - 1], item)
            kept.append(dataclasses.replace(item, actor=actor) if actor else item)
            continue
        pronoun = _owner_pronoun(scan, item.first) if _ownable(item) else ""
        if not pronoun:
            kept.append(item)
            continue
        owner = _owner(scan, found[:index], item.first, pronoun)
        actor = _owned_actor(scan, owner, item) if owner is not None else None
        if actor is not None:
            kept.append(dataclasses.replace(item, actor=actor))
        elif item.roles[-1].phrase not in LONE_DROPPED:
            kept.append(item)
    return kept


def _possessed_by(scan: _Scan, owner: _Found, item: _Found) -> bool:
    """``Tsvangirai's aides``: a role of no country right after a name and ``'s``; or
    right after a person's name with no ``'s`` (``Trump envoy Richard Grenell``); a
    titled person the tables lack too (``Putin's aide John Smith``)."""
    titled = item.from_roles or item.kind == "person"
    lone = titled and item.actor is not None and not item.actor.country
    led = owner.from_roles and bool(item.roles) and item.roles[-1].phrase in LEADING_ROLES
    owners = HOLDER_KINDS | {"organisation"} | ({"group"} if led else set())
    if not lone or owner.actor is None or owner.kind not in owners:  # "the party's leader"
        return False
    person = owner.kind == "person" and owner.stop == item.first and _spaced(scan, item.first)
    return person or owner.stop < item.first == _possessive(scan, owner.stop)


def _ownable(item: _Found) -> bool:
    lone = item.from_roles and item.actor is not None and not item.actor.country
    return lone and len(item.roles) > 0 and item.roles[-1].phrase not in COREF_OWNED


def _owner(scan: _Scan, before: Sequence[_Found], first: int, pronoun: str) -> _Found | None:
    """The nearest actor before token ``first`` in its sentence that the pronoun may own."""
    for owner in reversed(before):
        if owner.stop <= first - OWNER_REACH or _sentence_between(scan, owner.stop, first):
            return None
        if owner.actor is None or owner.stop > first:
            continue
        person = owner.kind in HOLDER_KINDS
        if (pronoun in {"his", "her"} and person) or (pronoun == "its" and not person):
            return owner
        if pronoun in {"their", "our"}:
            return owner
    return None


def _sentence_between(scan: _Scan, start: int, stop: int) -> bool:
    return any(_sentence_start(scan, j) for j in range(start + 1, stop))


def _owned_actor(scan: _Scan, owner: _Found, item: _Found) -> Actor | None:
    actor, sectors = owner.actor, _role_sectors(item.roles)
    assert actor is not None
    if item.roles[-1].phrase in FOLLOWERS:
        return _followers_actor(scan, actor)
    if sectors == VAGUE:
        return actor
    state = all(sector in STATE_SECTORS for sector in actor.sectors)
    if state and actor.country:
        return scan.kb.country_actor(actor.country, sectors)
    return None if state else actor


def _shares_place(scan: _Scan, left: _Found, right: _Found) -> bool:
    """``Lawmakers and officials in Ukraine``: roles with no country before a coordinator
    take the country of the roles after it, when a place phrase gives it ("in", "of",
    "from")."""
    if not left.from_roles or left.actor is None or left.actor.country:
        return False
    if not left.actor.sectors or not _role_of_country(scan, right):
        return False
    return _between(scan, left, right) in COORDINATORS


_ROLE_OF = re.compile(r"\b(?:of|in|from)\s+(?:the\s+)?\S[^,]*$", re.IGNORECASE)


def _distributed(scan: _Scan, found: list[_Found]) -> list[_Found]:
    """``the ambassadors of Arnor, Osgiliath and Gondor``, ``lawmakers in France and
    Germany``: the countries listed right after a role's own country take its sectors, and
    those of the roles listed with it ("lawmakers and officials in France and Germany":
    each country's lawmakers and officials, one mention each on the country's name)."""
    items = list(found)
    extra: list[_Found] = []
    groups: list[tuple[str, ...]] = []
    for index in range(1, len(items)):
        left, right = items[index - 1], items[index]
        if _role_of_country(scan, left):
            groups = _listed_roles(scan, items, index - 1)
        elif not (groups and left.kind == "country"):
            groups = []
        if not groups or right.kind != "country" or right.actor is None:
            groups = []
            continue
        if right.actor.sectors or _between(scan, left, right) not in COORDINATORS:
            groups = []
            continue
        country = right.actor.country
        actors = [scan.kb.country_actor(country, sectors) for sectors in groups]
        items[index] = dataclasses.replace(right, actor=actors[0])
        extra += [dataclasses.replace(right, actor=actor) for actor in actors[1:]]
    return sorted([*items, *extra], key=lambda item: item.first)


def _listed_roles(scan: _Scan, items: list[_Found], last: int) -> list[tuple[str, ...]]:
    """The sectors of a role of a country and of the roles coordinated before it that
    share its country ("lawmakers and officials in France": LEG and GOV)."""
    actor = items[last].actor
    assert actor is not None
    groups = [actor.sectors]
    for index in range(last - 1, -1, -1):
        left, right = items[index], items[index + 1]
        other = left.actor
        if not left.from_roles or other is None or other.country != actor.country:
            break
        if _between(scan, left, right) not in COORDINATORS or other.sectors in groups:
            break
        groups.append(other.sectors)
    return groups


def _role_of_country(scan: _Scan, found: _Found) -> bool:
    """Whether a mention is roles of a country ("the ambassadors of Arnor")."""
    actor = found.actor
    if not found.from_roles or actor is None or not actor.country or not actor.sectors:
        return False
    if actor.name != scan.kb.country_actor(actor.country).name:
        return False  # roles of an organisation ("the leader of Hamas"), not of a country
    return bool(_ROLE_OF.search(_text(scan, found.first, found.stop)))


def _shares_modifier(scan: _Scan, left: _Found, right: _Found) -> bool:
    """``Danish media and government``: roles with no country after a coordinator take
    the country of the roles before it."""
    if not (left.from_roles and right.from_roles) or left.actor is None or right.actor is None:
        return False
    if not left.actor.country or right.actor.country or not right.actor.sectors:
        return False
    if left.actor.code != code_of(left.actor.country, left.actor.sectors):
        return False  # an organisation's code, not a country's
    if right.actor.code != code_of("", right.actor.sectors):
        return False  # "Peru's army and EU ministers": the EU's, not Peru's
    return _between(scan, left, right) in COORDINATORS


def _coordinable(scan: _Scan, left: _Found, right: _Found) -> bool:
    """``Indian and Pakistani troops``; not ``Israeli and Hamas negotiators``, whose
    sectors are the organisation's, not the role's."""
    if left.kind not in {"country", "demonym"} or not right.from_roles:
        return False
    if left.actor is None or right.actor is None or not right.actor.country:
        return False
    head = scan.atoms.get(right.first)
    if head is not None and head.name_kind not in ("", "country", "demonym"):
        return False
    return _between(scan, left, right) in COORDINATORS


def _between(scan: _Scan, left: _Found, right: _Found) -> str:
    """The words between two mentions, normalised (``and``, ``, and``)."""
    between = normalise(scan.text[scan.tokens[left.stop - 1].end : scan.tokens[right.first].start])
    return " ".join(between.replace(",", " , ").split())


def _entity_people(scan: _Scan, found: Sequence[_Found]) -> list[_Found]:
    """PERSON entities no mention covers: a person named earlier, or an unknown person."""
    taken = [(item.first, item.stop) for item in found]
    extra = []
    for first, stop in sorted(scan.persons.items()):
        if any(a < stop and first < b for a, b in taken):
            continue
        name = _text(scan, first, stop)
        person = _earlier_person(scan, name, scan.tokens[first].start)
        if person is None and not _full_name(scan, first, stop):
            continue
        actor = person.actor if person else None
        kind = "person" if actor is not None else "unknown-person"
        key = person.key if person else name
        extra.append(_Found(first, stop, actor, kind, person_key=key, person_name=name))
    return extra


def _earlier_person(scan: _Scan, name: str, start: int) -> _DocPerson | None:
    """The person a short name stands for: the nearest one named before with that word."""
    words = set(phrase_key(name))
    matching = [
        p
        for p in scan.people
        if p.key == name or (len(words) == 1 and words <= set(phrase_key(p.key)))
    ]
    before = [p for p in matching if p.start < start]
    if before:
        return before[-1]
    return matching[0] if matching else None


def _mentions_of(scan: _Scan, item: _Found) -> Iterator[Mention]:
    """The mention of a found phrase; a compound actor (``ELR/GAL``) gives one mention per
    actor, all on the phrase."""
    mention = _mention(scan, item)
    if mention.actor is None or "/" not in mention.actor.code:
        yield mention
        return
    for code in mention.actor.code.split("/"):
        country = code[:3] if code[:3] in scan.kb.countries else ""
        sectors = tuple(code[i : i + 3] for i in range(3, len(code), 3)) if country else ()
        actor = Actor(code=code, country=country, sectors=sectors, name=mention.actor.name)
        if item.kind == "metonym" and country:  # "the two Koreas": each by its own name
            actor = scan.kb.country_actor(country, sectors)
        yield dataclasses.replace(mention, actor=actor)


def _mention(scan: _Scan, item: _Found) -> Mention:
    start, end = scan.tokens[item.first].start, scan.tokens[item.stop - 1].end
    return Mention(
        start=start,
        end=end,
        text=scan.text[start:end],
        sentence=-1,
        actor=item.actor,
        kind=item.kind,
    )


def _sentence_of(start: int, sentences: Sequence[Sentence], starts: Sequence[int]) -> int:
    position = bisect.bisect_right(starts, start) - 1
    if position < 0 or start >= sentences[position].end:
        return -1
    return sentences[position].index


def knowledge_for(
    extra_files: Sequence[str | Path], *, packaged_roles: bool = True
) -> KnowledgeBase:
    """The packaged knowledge base, or a fresh one with the user's files added (and, with
    ``packaged_roles`` false, only their roles)."""
    if not extra_files and packaged_roles:
        return default_knowledge_base()
    return KnowledgeBase.load(extra_files, base_roles=packaged_roles)
