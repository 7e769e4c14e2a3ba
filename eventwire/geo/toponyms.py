"""Toponyms: find the place names of an article and resolve each to a gazetteer place.

Found: names a feature noun introduces or follows ("the town of X", "X province") or an
apposition calls a place ("X, a small town in Somalia");
entities labelled GPE, LOC or FAC (an unknown one as the state its abbreviation names or as
the place it is named after); capitalised phrases the NER missed that the gazetteer knows
well (a multi-word name of a prominent place, or the own name of a country, capital, state,
large city or one of our additions); a town's name in a place's context, whatever the NER
labelled it ("northern Hama", "the capital Grozny", "captured Manbij"); and the dateline
place.

Resolved, first rule that applies (the ``reason`` of each ``Toponym``):

1. ``city-country pattern`` / ``city-state pattern`` / ``place-region pattern``: "X, Y" where
   a candidate of Y contains a candidate of X ("Vladivostok, Russia", "Paris, Texas");
2. ``same name in article``: a name resolved by a pattern resolves the same way elsewhere;
3. ``only candidate``;
4. ``country in article``: the best plausible candidate in a country the article names (by
   unambiguous toponyms, actor mentions and the dateline); a small town never beats a
   capital, state or large city of the same name this way;
5. ``feature class`` (a country, capital or state over a town) or ``largest population``.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from eventwire.datatypes import Document, Entity, Place, Sentence
from eventwire.geo.gazetteer import DATA, RANKS, Gazetteer, default_gazetteer, normalise, read_tsv
from eventwire.geo.resolve import Found, Resolver, Weights
from eventwire.geo.sources import aliases

LABELS = frozenset({"GPE", "LOC", "FAC"})
MAX_CANDIDATES = 5
_PROMINENT = RANKS["admin1"]
_ARABIC_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an|ul)-"
"""An Arabic article written lowercase before a capitalised name ("al-Bab", "ash-Sham")."""
_PHRASE_WORD = rf"(?:{_ARABIC_ARTICLE})?[A-Z][\w'\u2019.-]*"
_PHRASE = re.compile(
    rf"\b{_PHRASE_WORD}(?:[ ](?:(?:of|of the|de|del|al|el|and)[ ])?{_PHRASE_WORD})*"
)
_WORD = re.compile(r"\S+")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
SMALL_TOWN = 10_000  # people: a town that one of our additions of the same name outranks
_SMALL_WORDS = frozenset({"of", "the", "de", "del", "al", "el", "and"})
_DIRECTIONS = re.compile(
    r"^(?:(?:north|south|east|west|central)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?)\s+",
    re.IGNORECASE,
)
_BLOCKING = frozenset({"PERSON", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"})
"""Entity labels inside which no place name is looked for."""
_TITLES = frozenset({"WORK_OF_ART", "LAW"})
_LOCATIVE = re.compile(r"\b(?:in|at|near|from|outside|across|around|into)\s+(?:the\s+)?#?$")
_NOT_PLACES = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "christmas",
        "easter",
        "god",
    ]
)
_DATELINE = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)(?P<place>[A-Z][A-Z'.\-]+(?:[ ][A-Z][A-Z'.\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?))?\s*"
    r"(?:\([^)\n]{1,40}\)\s*)?(?:-{1,2}|\u2014|\u2013)\s"
)
_DATELINE_REACH = 400
"""How far into an uncleaned text a dateline ("ATLANTA -") is looked for."""
_PATTERN_GAP = re.compile(r"\s*,\s*")
_PATTERN_REASONS = {"country": "city-country pattern", "admin1": "city-state pattern"}


class Geoparser:
    """Stage ``geo.toponyms.v1``: sets ``doc.toponyms``."""

    def __init__(
        self,
        *,
        gazetteer: Gazetteer | None = None,
        weights: Weights | None = None,
        demonyms: bool = True,
    ) -> None:
        self.gazetteer = default_gazetteer() if gazetteer is None else gazetteer
        self.weights = weights or Weights()
        self.demonyms = demonyms

    def __call__(self, doc: Document) -> Document:
        found = _find_toponyms(doc, self.gazetteer, demonyms=self.demonyms)
        resolved = Resolver(self.gazetteer, doc, found, self.weights).resolve()
        return dataclasses.replace(doc, toponyms=tuple(resolved))


def _find_toponyms(doc: Document, gazetteer: Gazetteer, *, demonyms: bool) -> list[Found]:
    """Dateline, feature phrase, entity, phrase, abbreviation, facility, site, contained
    name, event site, distance, part of a place, seized name and demonym toponyms, in text
    order, without overlaps (docs/geo.md)."""
    kept = _without_overlaps(list(_from_dateline(doc, gazetteer)))
    kept = _without_overlaps(kept, list(_from_feature_phrases(doc, gazetteer)))
    kept = _without_overlaps(kept, list(_from_called_names(doc, gazetteer)))
    kept = _without_overlaps(kept, list(_from_entities(doc, gazetteer)))
    kept = _without_overlaps(kept, _relabelled(doc, gazetteer, kept))
    kept = _without_overlaps(kept, list(_from_phrases(doc, gazetteer, kept)))
    kept = _without_overlaps(kept, list(_from_abbreviations(doc, gazetteer, kept)))
    kept = _without_overlaps(kept, list(_from_facilities(doc, gazetteer, kept)))
    kept = _without_overlaps(kept, list(_from_named_sites(doc, gazetteer, kept)))
    kept = _with_longer_names(doc.article.text, kept, gazetteer)
    kept = _without_overlaps(kept, list(_from_contained_names(doc, gazetteer, kept)))
    kept = _without_overlaps(kept, list(_from_event_sites(doc, gazetteer, kept)))
    kept = _without_overlaps(kept, list(_from_distances(doc, gazetteer, kept)))
    kept = _without_overlaps(kept, list(_from_parts_named(doc, gazetteer, kept)))
    kept = _without_overlaps(kept, list(_from_seized_names(doc, gazetteer, kept)))
    kept = _without_overlaps(kept, list(_from_assaulted_names(doc, gazetteer, kept)))
    if demonyms:
        kept = _without_overlaps(kept, list(_from_demonyms(doc, gazetteer)))
    kept = [found for found in kept if not _DISEASE_AFTER.match(doc.article.text, found.end)]
    return _counties_listed(doc.article.text, sorted(kept, key=lambda f: f.start), gazetteer)


_DISEASE_AFTER = re.compile(r"\s+(?:virus|viruses|fever)\b", re.IGNORECASE)
"""A word after a name that makes it a disease's ("West Nile virus", "Lassa fever"): no
place."""


def _with_longer_names(text: str, found: list[Found], gazetteer: Gazetteer) -> list[Found]:
    """Each toponym as the longer place name its capitalised words before it make, where
    that overlaps no other toponym ("Hartford" of "the West Hartford Fire Department")."""
    longer = []
    for number, current in enumerate(found):
        stretched = _stretched_back(current, text, gazetteer)
        others = found[:number] + found[number + 1 :]
        overlaps = any(o.start < current.start and stretched.start < o.end for o in others)
        longer.append(current if overlaps else stretched)
    return longer


_COMES_AFTER = re.compile(r"(?:[A-Z][\w'\u2019]*[ \-]){1,2}$")


def _stretched_back(found: Found, text: str, gazetteer: Gazetteer) -> Found:
    """The toponym with the capitalised words before it (one or two) when together they
    are a place's own name."""
    before = _COMES_AFTER.search(text, max(0, found.start - 40), found.start)
    if before is None or found.kind:
        return found
    longest = found
    for word in reversed(list(re.finditer(r"[A-Z][\w'\u2019]*", before.group()))):
        if word.group() in _LEADING_WORDS:  # "The Kljuc region": Kljuc
            break
        start = before.start() + word.start()
        name = text[start : found.end]
        candidates = gazetteer.lookup(name)
        if candidates and gazetteer.known_as(candidates[0], name):
            longest = Found(
                start, found.end, name, found.sentence, _prefer_ours(candidates, gazetteer)
            )
    return longest


def _prefer_ours(candidates: tuple[Place, ...], gazetteer: Gazetteer) -> tuple[Place, ...]:
    """Without the small towns that share a name with one of our own additions (news says
    "the Middle East" or "the Pacific" for ours, not for a neighbourhood of Baltimore)."""
    if not any(gazetteer.rank(place) == RANKS["addition"] for place in candidates):
        return candidates
    return tuple(
        place
        for place in candidates
        if not (place.precision == "city" and place.population < SMALL_TOWN)
    )


def _counties_listed(text: str, found: list[Found], gazetteer: Gazetteer) -> list[Found]:
    """Names listed before "counties" as the counties of those names ("Glynn and
    Brantley counties", "Adams, Clay and Nuckolls counties")."""
    listed, follows = list(found), None
    for number in range(len(listed) - 1, -1, -1):
        current = listed[number]
        joined = follows is not None and _LIST_JOIN.fullmatch(text[current.end : follows.start])
        named = joined or _COUNTIES.match(text, current.end)
        counties = gazetteer.lookup(f"{current.text} County") if named else ()
        counties = tuple(place for place in counties if place.precision == "admin2")
        follows = None
        if counties:
            follows = dataclasses.replace(current, candidates=counties, kind="county list")
            listed[number] = follows
    return listed


_COUNTIES = re.compile(r"\s+counties\b")
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _without_overlaps(kept: list[Found], more: Iterable[Found] = ()) -> list[Found]:
    """``kept`` and those of ``more`` that overlap nothing kept before them."""
    kept = list(kept)
    for found in more:
        if not any(found.start < other.end and other.start < found.end for other in kept):
            kept.append(found)
    return kept


def _from_entities(doc: Document, gazetteer: Gazetteer) -> Iterator[Found]:
    """Place entities, each as its place, as the state an abbreviation names ("Ind."), or
    as the place a facility is named after ("Marion County Jail") unless a place
    follows it ("the Lakeside Palace Hotel in Hanoi"); adjectives of nationality tagged as
    places are left to the demonym pass."""
    text = doc.article.text
    for entity in doc.entities:
        if entity.label in LABELS and _name_shaped(entity.text) and not _is_demonym(entity.text):
            if _common_noun_opening(doc, entity) and not gazetteer.lookup(entity.text):
                continue  # "Gunmen abducted 30 pupils"
            for part in _split_entity(entity.start, entity.text, entity.sentence, gazetteer):
                found = _stretched(part, text, gazetteer)
                contained = _CONTAINED.match(text, found.end)
                yield found if found.candidates or contained else _named_after(found, gazetteer)


def _common_noun_opening(doc: Document, entity: Entity) -> bool:
    """Whether an entity is one common noun that opens its sentence, capitalised only there
    ("Gunmen abducted 30 pupils", "Protesters marched"): the parser tags it as no name."""
    if doc.parse is None or " " in entity.text:
        return False
    span = doc.parse.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    word = span[0]
    return word.is_sent_start and word.tag_ in ("NN", "NNS")


def _name_shaped(name: str) -> bool:
    """Whether an entity is shaped like a name: a capital letter or a digit ("al-Bab",
    "F-8"); the NER's lowercase places are common nouns ("burned mosques", "its east
    coast"), its ordinals and plural designations units and weapons ("the 304th", "three
    F-4s")."""
    if _NOT_A_NAME.fullmatch(name):
        return False
    return any(char.isupper() or char.isdigit() for char in name)


_NOT_A_NAME = re.compile(r"\d+(?:st|nd|rd|th)|[A-Z]{1,3}-\d+s")


_GOES_ON = re.compile(r"(?:[ \-]+[\w'\u2019]+){1,4}")


def _stretched(found: Found, text: str, gazetteer: Gazetteer) -> Found:
    """The toponym stretched to the longest place name the text goes on with, when the
    entity stopped short ("Guinea" of "Guinea-Bissau", "Democratic Republic" of "...of the
    Congo"): up to four more words on the same line."""
    more = _GOES_ON.match(text, found.end)
    if more is None:
        return found
    longest = found
    for word in re.finditer(r"[\w'\u2019]+", more.group()):
        end = found.end + word.end()
        candidates = gazetteer.lookup(text[found.start : end])
        if candidates:
            name = text[found.start : end]
            longest = Found(
                found.start, end, name, found.sentence, _prefer_ours(candidates, gazetteer)
            )
    return longest


_CONTAINED = re.compile(r",?\s+(?:in|near|outside)\s+(?:the\s+)?[A-Z]|,\s+[A-Z]")
"""What follows a facility placed by the place after it ("the Lakeside Palace Hotel in Hanoi")."""


_NATURAL = frozenset(
    {*("River", "Creek", "Lake", "Lakes", "Bay", "Sea", "Mountain", "Mountains", "Hills")}
    | {"Island", "Islands", "Valley", "Forest"}
)
"""Last words of natural features, which are not named after the town they share a word
with ("Red River", "Lake Vermont" stay as they are)."""
_OF_PLACE = re.compile(
    r"^[A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*)*\s+of\s+(?:the\s+)?(?P<place>[A-Z].*)$"
)


_AREA_WORDS = frozenset(
    {*("East", "West", "North", "South", "Northeast", "Northwest", "Southeast", "Southwest")}
    | {"Downtown", "Uptown", "Historic", "Greater", "Metro", "Central", "Rural"}
)
"""First words that name a part of the place after them ("South Arlington", "Historic
Dublin", "Metro Nashville")."""


def _is_demonym(text: str) -> bool:
    """An adjective of nationality ("Turkish", "Afghans"), of a people or faith
    ("Kurdish", "Shiite") or of a direction ("Far Eastern", "Middle Eastern"): no place
    of its own."""
    demonyms = _demonyms()
    if text.split()[-1] in ("Eastern", "Western", "Northern", "Southern"):
        return True
    if text.replace("\u2019", "'") in _PEOPLES:
        return True
    return text in demonyms or (text.endswith("s") and text[:-1] in demonyms)


_PEOPLES = frozenset(
    {*("Kurdish", "Shiite", "Shi'ite", "Shia", "Shi'a", "Shi'i", "Sunni", "Alawite", "Druze")}
    | {"Christian", "Muslim", "Jewish", "Arab", "Yazidi", "Turkmen", "Assyrian", "Hindu"}
    | {"Buddhist", "Catholic", "Protestant", "Orthodox", "Hispanic", "Latino", "Pashtun"}
    | {"Uighur", "Uyghur", "Rohingya", "Berber", "Bedouin", "Palestinian", "Tamil", "Sikh"}
)
"""Adjectives of a people or a faith that feature nouns follow ("Kurdish neighbourhoods")."""


def _named_after(found: Found, gazetteer: Gazetteer) -> Found:
    """An unknown place entity as the state its AP abbreviation names, as the known place
    after a word naming a part of it ("South Arlington") or after its "of" ("Port of
    Seattle"), or as the known place its leading words name when the rest are capitalised
    words ("Dayton Regional Park", "Muskingum County Courthouse"), but not for natural
    features ("Red River"); else as it is."""
    abbreviation = _abbreviation(found.text, gazetteer)
    if abbreviation:
        return dataclasses.replace(found, candidates=abbreviation)
    if found.text.split()[-1] in _NATURAL:
        return found
    for reading in (_after_area_word, _after_of, _leading_place):
        named = reading(found, gazetteer)
        if named is not None:
            return named
    return found


def _part(found: Found, offset: int, text: str, gazetteer: Gazetteer) -> Found | None:
    """The part of a name at ``offset``, as its own place when it is a place's own name."""
    candidates = gazetteer.lookup(text)
    if not candidates or not gazetteer.known_as(candidates[0], text):
        return None
    start = found.start + offset
    return Found(start, start + len(text), text, found.sentence, candidates)


def _after_area_word(found: Found, gazetteer: Gazetteer) -> Found | None:
    """ "South Arlington", "Historic Dublin": the place after the word naming its part."""
    first, _, rest = found.text.partition(" ")
    if first not in _AREA_WORDS or not rest:
        return None
    return _part(found, len(found.text) - len(rest.lstrip()), rest.lstrip(), gazetteer)


def _after_of(found: Found, gazetteer: Gazetteer) -> Found | None:
    """ "Port of Seattle": the place after "of"."""
    of = _OF_PLACE.search(found.text)
    if of is None or not gazetteer.lookup(of["place"]):
        return None
    start = found.start + of.start("place")
    place = of["place"]
    return Found(start, start + len(place), place, found.sentence, gazetteer.lookup(place))


def _leading_place(found: Found, gazetteer: Gazetteer) -> Found | None:
    """ "Dayton Regional Park": the longest leading words that are a place's own name,
    when the rest are capitalised."""
    words = found.text.split()
    if words[0].lower() in _SMALL_WORDS:
        return None
    for size in range(len(words) - 1, 0, -1):
        if all(word[:1].isupper() for word in words[size:]):
            named = _part(found, 0, " ".join(words[:size]), gazetteer)
            if named is not None:
                return named
    return None


def _relabelled(doc: Document, gazetteer: Gazetteer, found: list[Found]) -> list[Found]:
    """Entities of other labels whose whole text is a place name the NER tagged as a place
    elsewhere in the article (one sense per discourse: "Vladivostok" once tagged PERSON)."""
    names = {normalise(place.text) for place in found if place.candidates}
    return [
        _trimmed(entity.start, entity.text, entity.sentence, gazetteer)
        for entity in doc.entities
        if entity.label not in LABELS and normalise(entity.text) in names
    ]


def _split_entity(start: int, text: str, sentence: int, gazetteer: Gazetteer) -> Iterator[Found]:
    """The entity as one toponym, or as its comma-separated parts when each part is a
    known place ("Paris, Texas" tagged as one entity)."""
    parts = [(match.start(), match.group()) for match in re.finditer(r"[^,]+", text)]
    parts = [(offset + len(part) - len(part.lstrip()), part.strip()) for offset, part in parts]
    if len(parts) > 1 and all(gazetteer.lookup(part) for _, part in parts):
        for offset, part in parts:
            yield _trimmed(start + offset, part, sentence, gazetteer)
    else:
        yield _trimmed(start, text, sentence, gazetteer)


_FULL_STOP = re.compile(r"(?<=[^\W\d_](?:[^\W\d_]|['\u2019]){3})\.$")
"""A sentence's full stop after a name's last word of four letters or more."""


def _trimmed(start: int, text: str, sentence: int, gazetteer: Gazetteer) -> Found:
    """A toponym without a leading "the", a trailing possessive or space, with its candidates;
    a leading direction ("eastern Ukraine") is dropped when the whole is unknown and the
    rest is a prominent place (a country, state, capital, large city or one of ours)."""
    text = text.rstrip()  # "Qorvath.\n" ends a paragraph
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            start, text = start + len(prefix), text[len(prefix) :]
    text = re.sub(r"['\u2019]s?$", "", text)
    if text.replace(" ", "") not in _state_abbreviations():  # "Mass." is a state
        text = _FULL_STOP.sub("", text)  # "south of Akhtarin." (not "St." nor "D.C.")
    candidates = _prefer_ours(gazetteer.lookup(text), gazetteer)
    if _ACRONYM.fullmatch(text):  # "EU" is not Eu, a town in Normandy; "UK" is a country
        candidates = tuple(p for p in candidates if gazetteer.rank(p) <= _PROMINENT)
    direction = _DIRECTIONS.match(text)
    if not candidates and direction:
        rest = gazetteer.lookup(text[direction.end() :])
        if rest and gazetteer.rank(rest[0]) <= _PROMINENT:
            start, text, candidates = start + direction.end(), text[direction.end() :], rest
    return Found(start, start + len(text), text, sentence, candidates)


def _from_dateline(doc: Document, gazetteer: Gazetteer) -> Iterator[Found]:
    """The dateline place, where the dateline names one the gazetteer knows: the one the
    clean stage found, else one at the start of an uncleaned text ("ATLANTA -")."""
    dateline, name = doc.article.dateline, doc.article.dateline_place
    if dateline is None:
        yield from _leading_dateline(doc, gazetteer)
        return
    if not name or not gazetteer.lookup(name):
        return
    text = doc.article.text
    pattern = re.compile(re.escape(name), re.IGNORECASE)
    match = pattern.search(text, dateline.start, max(dateline.end, dateline.start))
    start, end = match.span() if match else (dateline.start, dateline.end)
    sentence = sentence_of(doc, start)
    yield Found(start, end, text[start:end], sentence, gazetteer.lookup(name), kind="dateline")


def _leading_dateline(doc: Document, gazetteer: Gazetteer) -> Iterator[Found]:
    """An all-capitals place (and its state or country) ending in a dash near the start."""
    match = _DATELINE.search(doc.article.text[:_DATELINE_REACH])
    if match is None or not gazetteer.lookup(match["place"]):
        return
    start, text = match.start("place"), match["place"]
    yield Found(
        start,
        match.end("place"),
        text,
        sentence_of(doc, start),
        gazetteer.lookup(text),
        kind="dateline",
    )
    if match["region"]:
        region = match["region"]
        candidates = _abbreviation(region, gazetteer) or gazetteer.lookup(region)
        at = match.start("region")
        yield Found(at, at + len(region), region, sentence_of(doc, at), candidates)


def _from_phrases(doc: Document, gazetteer: Gazetteer, taken: list[Found]) -> Iterator[Found]:
    """Places in capitalised phrases: well-known ones anywhere but in a person's name (or a
    title, law, event...), and any town a locative preposition introduces ("in Innisfail")
    where no entity is."""
    text = doc.article.text
    blocked = bytearray(len(text))
    surnames = {e.text.split()[-1] for e in _full_names(doc)}
    listed = _list_starts(text, taken)
    spans = [
        (e.start, e.start + len(name))
        for e in doc.entities
        if e.label in _BLOCKING
        for name in [_named_part(e.text)]
        if e.text in surnames or not _in_place_context(text, e.start, name, gazetteer, listed)
    ]
    for start, end in [*spans, *((found.start, found.end) for found in taken)]:
        blocked[start:end] = b"\x01" * (end - start)
    known = _Known(doc, gazetteer, frozenset(surnames), listed)
    for match in _PHRASE.finditer(text):
        for start, name in _longest_known(match.start(), match.group(), known, blocked):
            found = _trimmed(start, name, sentence_of(doc, start), gazetteer)
            if found.candidates:
                yield found


def _in_place_context(
    text: str, start: int, name: str, gazetteer: Gazetteer, listed: frozenset[int]
) -> bool:
    """Whether a name is in a place's context (see ``_introduced_place``) or a town's own
    name listed right after a place found already (``listed``: where such names start;
    "between Qorvath and Al-Bab", "Tarvik, Kabo and ...")."""
    if start in listed:
        candidates = gazetteer.lookup(name)
        if candidates and gazetteer.known_as(candidates[0], name):
            return True
    return _introduced_place(text, start, name, gazetteer)


def _named_part(entity: str) -> str:
    """An entity's text without a tail of lowercase words or a weekday that the NER ran on
    into ("Aleppo for the ninth consecutive day", "Goma Thursday")."""
    tail = _TAIL.search(entity)
    return entity[: tail.start()] if tail else entity


_TAIL = re.compile(
    r"(?:\s+(?:[a-z][\w-]*|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))+$"
)


def _list_starts(text: str, taken: list[Found]) -> frozenset[int]:
    """Where a name listed after each found place would start ("Qorvath and |Tarvik")."""
    joints = (_LIST_JOINT.match(text, found.end) for found in taken)
    return frozenset(joint.end() for joint in joints if joint is not None)


_LIST_JOINT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _introduced_place(text: str, start: int, name: str, gazetteer: Gazetteer) -> bool:
    """Whether an entity is a place's name in a place's context, whatever the NER labelled
    it: a place's own name after a locative preposition ("inside Qorvath", "in Tarvik") or a
    verb of seizing ("captured Kabo") or before a possessive of a place's part ("Tashkent's
    streets"), or a town's name, own or alternate, after words that only a place takes
    ("northern Qorvath", "the capital Tarvik", "captured Kabo", "attacks on Tarvik")."""
    candidates = gazetteer.lookup(name)
    if not candidates:
        return False
    before = text[max(0, start - 24) : start]
    if _LOCATIVE.search(before) and gazetteer.known_as(candidates[0], name):
        return True
    if _OWNS_PLACE_PARTS.match(text, start + len(name)) and gazetteer.known_as(candidates[0], name):
        return True
    if _SITE_AFTER.match(text, start + len(name)) and _DETERMINER.search(before):
        return _town(candidates[0], gazetteer)  # "their Inglewood home"
    if _SEIZED.search(before) and gazetteer.known_as(candidates[0], name):
        return not _NAME_GOES_ON.match(text, start + len(name))
    if _SEIZED_AFTER.match(text, start + len(name)):  # "Tarvik was overrun"
        return _town(candidates[0], gazetteer)
    return (
        bool(_PLACE_CONTEXT.search(before))
        and not _NAME_GOES_ON.match(text, start + len(name))
        and _town(candidates[0], gazetteer)
    )


_OWNS_PLACE_PARTS = re.compile(
    r"['\u2019]s\s+(?:[a-z]+\s+){0,3}?(?:capital|streets|outskirts|suburbs|perimeter|"
    r"downtown|governor|mayor|districts|neighbou?rhoods|residential areas|thoroughfare|"
    r"(?:[A-Z][a-z]+\s+)?(?:[Ss]quare|[Aa]venue|[Bb]oulevard))\b"
)
"""A possessive of what only a place has ("Qorvath's capital", "Tashkent's central streets",
"Tarvik's governor"): the name before it is a place, whatever the NER labelled it."""
_DETERMINER = re.compile(r"\b(?:the|a|an|his|her|their|its|our)\s+$", re.IGNORECASE)
_SITE_AFTER = re.compile(r"\s+(?:home|house|residence|apartment|office|offices)\b")
"""A site after a name, which makes it the site's town ("the Abuja home of a minister")."""
_NAME_GOES_ON = re.compile(
    r"['\u2019]s\b|\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z0-9]"
)
"""A possessive or another capitalised word after a name ("Martin's farm", "Human
Resources"): a name in a place's context then is not sure to be the place."""
_SEIZING_VERBS = (
    r"(?:re)?captur(?:e|ed|es|ing)|storm(?:ed|ing)?|enter(?:ed|ing)?|seiz(?:e|ed|ing)|"
    r"liberat(?:e|ed|ing)|besieg(?:e|ed|ing)|shell(?:ed|ing)|retak(?:e|ing)|retook|overr[au]n"
)
"""Verbs whose object is a place taken or fought over ("captured Kabo", "stormed Qorvath")."""
_SEIZED = re.compile(rf"\b(?:{_SEIZING_VERBS})\s+#?$", re.IGNORECASE)
_SEIZED_AFTER = re.compile(
    r"\s+(?:was|were|has been|had been|is being)\s+(?:\w+ly\s+)?"
    r"(?:stormed|liberated|besieged|shelled|retaken|recaptured|overrun|encircled|bombarded|"
    r"occupied)\b"
)
"""A passive of a verb done to places after a name ("Qorvath was overrun", "Tarvik has been
completely encircled"; not "captured", which is done to people too): the name is a place
taken or fought over, whatever the NER labelled it."""
_PLACE_CONTEXT = re.compile(
    r"(?:\b(?:in|at|near|outside|inside|into|across|around|on|toward|towards|through|"
    r"throughout|over|between)|(?<!according\s)\bto|"
    r"\b(?:north|south|east|west|central)(?:ern)?(?:\s+rural)?|"
    r"\b(?:north|south)-?(?:east|west)(?:ern)?(?:\s+rural)?|\brural|\bcapital,?|"
    r"\bdowntown|\bsuburban|\b(?:city|town|village|resort),?|\b(?:mayor|governor)\s+of|"
    r"\b(?:inside|outside)\s+of|\b(?:battle|fight|fighting|struggle)\s+for|"
    r"\b(?:streets|outskirts|suburbs|slums|sector|centre|center|heart)\s+of|"
    r"\b(?:half|parts?|much|most|rest)\s+of|"
    rf"\b(?:{_SEIZING_VERBS}|patrol|patroll?ed|patrolling|occupied|evacuated|"
    r"bomb(?:ed|ing)|bombard(?:ed|ing)|controlling|raid(?:ed|ing)|attack(?:ed|ing))"
    r")\s+#?$",
    re.IGNORECASE,
)
"""Words before a name that make it a place ("southern Aleppo", "stormed Shali", "the
streets of Nazareth")."""
_TOWN = 20_000  # people: a town whose name, own or alternate, a place's context takes


def _town(place: Place, gazetteer: Gazetteer) -> bool:
    """Whether a candidate is a town of some size, a country, a capital or a state."""
    return place.population >= _TOWN or gazetteer.rank(place) <= _PROMINENT


@dataclass(frozen=True, slots=True)
class _Known:
    """Whether a capitalised phrase at an offset is a place worth taking."""

    doc: Document
    gazetteer: Gazetteer
    surnames: frozenset[str] = frozenset()
    """Last words of the article's people's names, never taken by a place's context."""
    listed: frozenset[int] = frozenset()
    """Where names listed after places found already start (see ``_list_starts``)."""

    def __call__(self, start: int, text: str) -> bool:
        if _well_known(text, self.gazetteer):
            return True
        return self._introduced(start, text)

    def _introduced(self, start: int, text: str) -> bool:
        """A town's name in a place's context (see ``_introduced_place``), outside every
        other entity (one inside it, "Qorvath" of "Qorvath-e-Tarvik", is the NER's slip)."""
        article = self.doc.article.text
        if text.casefold() in _NOT_PLACES or _is_demonym(text) or text in self.surnames:
            return False
        if not _in_place_context(article, start, text, self.gazetteer, self.listed):
            return False
        end = start + len(text)
        return not any(
            e.start < end and start < e_end and not (start <= e.start and e_end <= end)
            for e in self.doc.entities
            for e_end in [e.start + len(_named_part(e.text))]
        )


def _from_feature_phrases(doc: Document, gazetteer: Gazetteer) -> Iterator[Found]:
    """Names that a feature noun introduces or follows ("the town of Kafr Saleem", "the
    villages of Qarfa Zubda and Tell Hamdoun", "Kafr Zubda town", "the Donetsk region"),
    outside titles and laws (the feature noun outweighs the NER's guess that "the city of
    Sirte" names a person); kept without coordinates when the gazetteer lacks them."""
    text = doc.article.text
    blocked = [(e.start, e.end) for e in doc.entities if e.label in _TITLES]
    peoples = frozenset(e.text for e in doc.entities if e.label == "NORP")
    actors = _actor_spans(doc)
    for start, name in _feature_names(text, peoples):
        name = _TRAILING_DATE.sub("", name)
        end = start + len(name)
        if name.casefold() in _NOT_PLACES or _is_demonym(name):
            continue
        if _STRONGHOLD.match(text, end) and _overlaps_any(start, end, actors):
            continue  # "an al-Qaeda stronghold" is the group's, not a place of that name
        if _overlaps_any(start, end, blocked):
            continue
        found = _trimmed(start, name, sentence_of(doc, start), gazetteer)
        if found.candidates or not _tagged_as_is(doc, found):
            yield found


_STRONGHOLD = re.compile(r"\s+strongholds?\b")
_TRAILING_DATE = re.compile(
    r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December))+$"
)
"""Days and months after a name ("the city of Basra Wednesday"): no part of it."""


def _tagged_as_is(doc: Document, found: Found) -> bool:
    """Whether a place entity overlaps the name without lying strictly inside it (the
    entity pass then takes it as it is; "Tell" inside "the village of Tell Qarah" does not)."""
    return any(
        e.label in LABELS
        and e.start < found.end
        and found.start < e.end
        and not (
            found.start <= e.start
            and e.end <= found.end
            and e.end - e.start < found.end - found.start
        )
        for e in doc.entities
    )


def _feature_names(text: str, peoples: frozenset[str]) -> Iterator[tuple[int, str]]:
    """(start, name) of each name a feature noun introduces or follows; ``peoples``: the
    names the NER tagged as nationalities or groups (NORP)."""
    for match in _OF_FEATURE.finditer(text):
        yield _own_name(match.start("name"), match["name"])
        position = match.end("name")
        while more := _LIST_MORE.match(text, position):
            yield _own_name(more.start("name"), more["name"])
            position = more.end("name")
    for match in _FEATURE_AFTER.finditer(text):
        named = _name_at(match.start("name"), match["name"])
        if named is not None:
            yield named
            if match["plural"]:  # "the Bab Qamar and Tell Aswad districts of Homs"
                yield from _listed_before(text, named[0])
    for match in _APPOSED_FEATURE.finditer(text):
        named = _name_at(match.start("name"), match["name"])
        if named is not None:
            yield named
    for match in _PART_OF_PLACE.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, match.start() - 120), match.start())
        named = None if before is None else _name_at(before.start("name"), before["name"])
        if named is not None and not _describes(named[1], peoples):
            yield named
    for match in _GENERIC_FIRST.finditer(text):
        yield match.start("name"), match["name"]
    for match in _HELD_PLACE.finditer(text):
        named = _name_at(match.start("name"), match["name"])
        if named is not None and named[1].split()[-1] not in _INSTITUTIONS:
            yield named


def _from_called_names(doc: Document, gazetteer: Gazetteer) -> Iterator[Found]:
    """Names that a place noun calls by name ("a township called Qorvath", "two areas known
    as Tarvik and Kabo", "in a nearby Brooklyn neighbourhood, Qorvath."), whatever the NER
    labelled them; not an actor the resolver knows, a person's full name ("the region,
    Jesper Tarvik, said"), an acronym, a demonym, a month or a day."""
    text = doc.article.text
    people = [(e.start, e.end) for e in _full_names(doc)]
    blocked = [*_actor_spans(doc), *people]
    for start, name in _called_names(text):
        end = start + len(name)
        if name.casefold() in _NOT_PLACES or _is_demonym(name):
            continue
        if _ACRONYM.fullmatch(name.split()[0]):  # "the district, TIF II, ..."
            continue
        if not _overlaps_any(start, end, blocked):
            yield _trimmed(start, name, sentence_of(doc, start), gazetteer)


def _called_names(text: str) -> Iterator[tuple[int, str]]:
    """(start, name) of each name a place noun calls by name, with the names listed after
    it."""
    for match in _CALLED.finditer(text):
        before = max(0, match.start() - 60)
        if match["apposed"] and not _DETERMINED.search(text, before, match.start()):
            continue
        yield match.start("name"), match["name"]
        position = match.end("name")
        while more := _LIST_MORE.match(text, position):
            yield more.start("name"), more["name"]
            position = more.end("name")


def _describes(name: str, peoples: frozenset[str]) -> bool:
    """Whether a name before "district of" describes rather than names: a nationality or
    group ("the Basque town of") or one word shaped like an adjective ("the Alpine
    village of")."""
    return name in peoples or bool(_REGIONAL_ADJECTIVE.fullmatch(name))


def _listed_before(text: str, end: int) -> Iterator[tuple[int, str]]:
    """(start, name) of the names listed before a name that starts at ``end`` ("A, B and")."""
    while match := _LISTED.search(text, max(0, end - 80), end):
        named = _name_at(match.start("name"), match["name"])
        if named is None:
            return
        yield named
        end = named[0]


def _name_at(start: int, text: str) -> tuple[int, str] | None:
    """(start, name) of a capitalised name, after a possessive in it and without a leading
    word such as "In" or "The" ("In Awja" → "Awja"); None if no name is left."""
    start, name = _own_name(start, text)
    first = name.split()[0]
    if first in _LEADING_WORDS:
        start, name = start + len(first) + 1, name[len(first) :].lstrip()
    bare = _LOWER_ARTICLE.sub("", name).lstrip(_AYN_MARKS)
    if not name or not bare[:1].isupper() or name.split()[0] in _LEADING_WORDS:
        return None
    return start, name


def _own_name(start: int, name: str) -> tuple[int, str]:
    """The name after a possessive in it ("Iran's Kermanshah" → "Kermanshah")."""
    match = _POSSESSIVE_IN.search(name)
    return (start + match.end(), name[match.end() :]) if match else (start, name)


_POSSESSIVE_IN = re.compile(r"^.*['\u2019]s\s+")
_LOWER_ARTICLE = re.compile(r"^(?:(?:al|el)[-\s]|(?:as|ash|ad|ar|at|az|an)-)")
"""A lowercase Arabic article that a name may begin with ("the al-Tarikh area")."""


_FEATURE_NOUNS = (
    "town|towns|village|villages|city|cities|district|districts|province|provinces|region|"
    "area|neighbou?rhood|suburb|quarter|axis|peninsula|gorge|valley|governorate|countryside|"
    "enclave|settlement|settlements|refugee camp|camp|municipality|island|islands|areas|"
    "suburbs|neighbou?rhoods|farms|outskirts|stronghold|local government area|LGAs|LGA|"
    "sub-district|constituency|commune|locality|township|colony|Local Government Area"
)
_FEATURES_AFTER_ONLY = "mountains?|hills|plains"
"""Feature nouns that follow a name ("the Qorvath hills") but whose "of" ("the mountains
of Tarvik") is a region's that the gazetteer may not hold."""
_AYN_MARKS = "'\u2018\u2019"
_AYN = f"[{_AYN_MARKS}]?"
"""The apostrophe or left quotation mark (U+2018) that a transliterated Arabic name or
word of it may begin with, for an ayn: the village of U+2018 Ibta, Al-U+2018 Arqub."""
_NAME_WORD = rf"{_AYN}[A-Z][\w'\u2019]*(?:-{_AYN}[A-Z][\w'\u2019]*)*"
_NAME = (
    rf"(?:(?:al|el|ash|ad|ar|az)[-\s]|(?:as|at|an)-)?{_NAME_WORD}"
    rf"(?:\s(?:(?:al|el|ad|de|del|bin|ibn)[-\s]|as-)?{_NAME_WORD}){{0,3}}"
)
_OF_FEATURE = re.compile(
    rf"\b(?:{_FEATURE_NOUNS}|state|resort|port|harbou?r)\s+of\s+(?:the\s+)?(?P<name>{_NAME})(?![\w-])"
)
_LISTED = re.compile(rf"(?<![\w-])(?P<name>{_NAME})(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
_LIST_MORE = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<name>{_NAME})(?![\w-])")
_CALLING_NOUNS = (
    "towns?|villages?|city|cities|districts?|areas?|neighbou?rhoods?|suburbs?|townships?|"
    "quarters?|camps?|regions?|provinces?|settlements?|hamlets?|localit(?:y|ies)|islands?|"
    "thoroughfare"
)
_CALLED = re.compile(
    rf"\b(?:(?:{_CALLING_NOUNS}|places?|peak|hill|spot|location),?\s+"
    rf"(?:called|known\s+as|named|dubbed)|(?P<apposed>{_CALLING_NOUNS}),)"
    rf"\s+(?P<name>{_NAME})(?![\w-])(?(apposed)(?=\s*(?:[,.;:)]|\s(?:and|in|on|near)\s|$)))"
)
"""A place noun that names a place: "called", "known as", "named" or "dubbed", or an
apposition after it, whose name ends at punctuation, "and", "in", "on" or "near" (not "a
neighbourhood, Tarvik said")."""
_DETERMINED = re.compile(
    r"\b(?:a|an|another|the|its|their|his|her|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|several|some|[A-Za-z]+['\u2019]s)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""A determiner before a place noun, which then names no place of its own ("in a nearby
Brooklyn neighbourhood, Qorvath"; but "in Tarvik district, Kabo and Zandrevo" is a list)."""


_PLURAL_FEATURES = "districts|villages|towns|areas|neighbou?rhoods|suburbs|quarters|provinces|LGAs"
_FEATURE_AFTER = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME})\s+(?:(?P<plural>{_PLURAL_FEATURES})\b|"
    rf"(?:{_FEATURE_NOUNS}|{_FEATURES_AFTER_ONLY})\b(?!\s+(?:of|hall|halls)\b))"
)
"""A name before a feature noun, unless "of" follows (in "the Russian Far Eastern city of
Vladivostok" the name is after "of", and the words before the noun describe it) or the
noun begins a town's hall ("at Obama's town hall" is no town of Obama)."""
_PART_OF_PLACE = re.compile(
    r"\s+(?:district|sub-district|area|neighbou?rhood|quarter|sector|suburb|village|town|"
    r"locality|axis|region|governorate|constituency|commune|"
    r"local government area|Local Government Area|LGA)(?:\s+\(LGA\))?\s+of\s+(?:the\s+)?"
    r"(?:[a-z]+\s+){0,3}[A-Z]"
)
"""A feature noun and the place it lies in, after a name ("the Qorvath district of Kabul",
"the Zahra neighbourhood of the port city of Jiddah"); ``_NAME_BEFORE`` finds the name."""
_NAME_BEFORE = re.compile(rf"(?<![\w-])(?P<name>{_NAME})$")
_REGIONAL_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ic|ine)")
"""One word shaped like an adjective of a region or people ("the Basque town of",
"the Alpine village of"), which describes the place after "of" rather than naming one."""
_DESCRIBING = r"(?!(?:in|of|by|the|at|for|with|from|to|and|who|whose)\s)"
"""A word that may describe the feature noun of an apposition: no preposition, article or
pronoun ("a villager in the X district" is no apposition of a district)."""
_APPOSED_FEATURE = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?:{_DESCRIBING}[\w-]+\s+){{0,4}}?"
    r"(?:town|village|city|district|area|neighbou?rhood|suburb|community|settlement|"
    r"municipality|hamlet|camp|island)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:in|of|near|on|about|some|close|situated|located|just|"
    r"north|south|east|west|where|that|which|outside|along|at|between|bordering|sharing|"
    r"for|with)\b)"
)
"""A name that an apposition says is a place ("Dhuusa Weyn, a small town in Somalia",
"Qasba, a poor area of Karachi")."""
_HELD_PLACE = re.compile(
    rf"\w-(?:held|controlled|occupied|besieged)\s+(?:the\s+)?(?P<name>{_NAME})(?![\w-])"
    r"(?!\s+(?:news|television|TV|media|newspaper|daily|radio|company|bank|firm|group|"
    r"channel|agency|broadcaster|forces|militia)\b)"
)
"""A name that a compound of holding says is territory ("rebel-held Qorvath",
"the jihadist-controlled Tarvik Camp"), unless an organisation's noun follows it
("the state-controlled Xinhua news agency")."""
_INSTITUTIONS = frozenset(
    {*("Senate", "House", "Congress", "Assembly", "Parliament", "Council", "Legislature")}
    | {"Chamber", "Duma", "Knesset", "Board", "Court", "Commission", "Committee"}
)
"""Last words of the bodies that a party or faction controls ("the Republican-controlled
Senate"): no territory."""
_GENERIC_WORDS = "Kafr|Kfar|Tal|Tall|Tell|Jabal|Jebel|Deir|Wadi|Beit|Dahiyat|Khirbet|Marj|Qasr"
_GENERIC_FIRST = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_GENERIC_WORDS})\s(?:(?:al|el|Al|El|as|ad)-)?{_NAME_WORD})(?![\w-])"
)
"""A name whose first word is a feature noun of the place's own language (Arabic "Kafr",
village; "Tal", hill; "Jabal", mountain; "Deir", monastery; "Wadi", valley): "Kafr Zoumal",
"Jabal Al-Qirsh", whatever the NER labelled it."""
_LEADING_WORDS = frozenset(
    {*("In", "At", "On", "The", "A", "An", "From", "Near", "Into", "Of", "To", "By", "For")}
    | {"With", "And", "But", "Outside", "Inside", "Across"}
)


def _from_abbreviations(doc: Document, gazetteer: Gazetteer, taken: list[Found]) -> Iterator[Found]:
    """US state abbreviations right after a toponym and a comma ("Paris, Ky.")."""
    text = doc.article.text
    for found in taken:
        match = _AFTER_COMMA.match(text, found.end)
        if match is None:
            continue
        candidates = _abbreviation(match["abbreviation"], gazetteer)
        if candidates:
            start = match.start("abbreviation")
            yield Found(
                start, match.end("abbreviation"), match["abbreviation"], found.sentence, candidates
            )


def _abbreviation(text: str, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """The US state an AP-style abbreviation ("Ky.", "W. Va.") or postal code names."""
    name = _state_abbreviations().get(text.replace(" ", ""))
    if name is None:
        return ()
    return tuple(
        p for p in gazetteer.lookup(name) if p.precision == "admin1" and p.country == "USA"
    )


@functools.cache
def _state_abbreviations() -> dict[str, str]:
    rows = list(read_tsv(DATA / "us_states.tsv"))
    names = {row["code"]: row["name"] for row in rows}
    names.update({ap.replace(" ", ""): row["name"] for row in rows for ap in aliases(row["ap"])})
    return names


_AFTER_COMMA = re.compile(
    r",\s*(?P<abbreviation>(?:[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]?\.)?)|[A-Z]{2})(?=[\s,;:)]|$)"
)


def _from_facilities(doc: Document, gazetteer: Gazetteer, taken: list[Found]) -> Iterator[Found]:
    """Capitalised names of buildings, streets, districts and the like that a locative
    preposition or a verb of assault introduces ("at the Al-Noor Hospital", "in the Kalo
    District", "shells struck the Qorvath Mosque"), as the
    place they are named after where no place follows them ("at Stamford Hospital"),
    else kept unresolved."""
    text = doc.article.text
    blocking = [(e.start, e.end) for e in doc.entities if e.label in _BLOCKING]
    spans = [(found.start, found.end) for found in taken]
    for match in _FACILITY.finditer(text):
        start, end = match.span("name")
        checked = spans if _NO_PERSON_ENDS.search(match["name"]) else [*spans, *blocking]
        if not _overlaps_any(start, end, checked):
            found = Found(start, end, match["name"], sentence_of(doc, start), ())
            yield found if _CONTAINED.match(text, end) else _named_after(found, gazetteer)


_FACILITY_WORDS = (
    "Hospital|School|University|Square|Mosque|Church|Temple|Market|Bazaar|Airport|Base|"
    "Camp|Checkpoint|Street|Road|Avenue|Bridge|Hotel|Prison|Stadium|District|Province|"
    "Governorate|Village|Neighbou?rhood|Quarter|Mountains?|Valley|River|Lake|Island|Port|"
    "Palace|Embassy|Station|Park|Plaza|Compound|Refugee Camp|Crossing|Highway|Junction|"
    "Fields?|Farms?|Hills?|Housing Project|Checkpoint|Roundabout|Dam|Factory|Plant|Suburb|"
    "Airbase|Air Base|Gorge|Complex|Plains?|Orchards?|Springs?|Barracks|Silos?|"
    "Hilltop|Tower|College|Academy"
)
_SITE_ADJECTIVES = (
    r"strategic|nearby|besieged|main|key|vital|imperative|tense|disputed|contested|restive|"
    r"crowded|neighbou?ring|historic(?:al)?|old|ancient|famous|famed|[a-z]+-(?:held|controlled)"
)
"""Adjectives between "the" and a facility's name ("the disputed Qorvath Gorge")."""
_NO_PERSON_ENDS = re.compile(
    r"\b(?:Hospital|School|University|College|Academy|Square|Mosque|Market|Bazaar|Airport|"
    r"Checkpoint|District|Governorate|Quarter|Mountains|Valley|Refugee Camp|Housing Project|"
    r"Roundabout|Gas Fields?|Airbase|Air Base|Gorge|Barracks|Hilltop)$"
)
"""Closing words of a facility's name that no person's name has ("Kindi Hospital", not
"Benny Hill"): the name is a place whatever the NER labelled it."""
_FACILITY = re.compile(
    r"(?:\b(?:north|south|east|west)(?:ern)?\s+(?:part\s+|sector\s+|side\s+|flanks?\s+)?of|"
    r"\b(?:north|south)-?(?:east|west)(?:ern)?\s+of|\bin\s+front\s+of|\bclose\s+to|"
    r"\bnext\s+to|\b(?:parts?|sectors?|sections?|chunk|portions?|outskirts|"
    r"perimeter|edges?|heart|districts?|areas?)\s+of|"
    r"\b(?:in|at|near|outside|inside|into|on|across|around|toward|towards|"
    r"target(?:ed|ing|s)?|storm(?:ed|ing|s)?|(?:re)?captur(?:e|ed|es|ing)|enter(?:ed|ing|s)?|"
    r"shell(?:ed|ing|s)?|seiz(?:e|ed|es|ing)|liberat(?:e|ed|es|ing)|str(?:uck|ikes?|iking)|"
    r"hit|hits|hitting|attack(?:ed|ing|s)?|bomb(?:ed|ing|s)?|besieg(?:e|ed|es|ing)|"
    r"reach(?:ed|es|ing)?|retak(?:e|en|es|ing)|retook|controlled))\s+"
    rf"(?:the\s+)?(?:(?:{_SITE_ADJECTIVES})\s+)?"
    rf"(?P<name>(?:(?:al|el)-)?(?:{_AYN}[A-Z0-9][\w'\u2018\u2019.-]*\s+(?:(?:bin|ibn)\s+)?){{1,4}}"
    r"(?:" + _FACILITY_WORDS + r"))\b"
)
"""A locative preposition, a part's or a direction's "of" or a verb of assault, then
a capitalised name that a facility word closes ("at the Qorvath Hospital", "seized the
contested Tarvik Gorge", "shelled the Umar bin Qorvath Camp")."""


def _from_contained_names(
    doc: Document, gazetteer: Gazetteer, taken: list[Found]
) -> Iterator[Found]:
    """Names that a locative preposition introduces and a found area contains ("killed at
    Qorvath in Rupandehi district", "at Tarvik, in Hama province", "near Kabo in the
    Kailali district"), or a part of a found place ("at Qorvath in southern Aleppo", "at
    Tarvik, in the territory of Uvira"), whatever the NER labelled them, with the
    gazetteer's places of the name, else without coordinates; not after a verb of aiming
    ("fired at Smith in the Kent county"), nor a name of an institution ("at Acme Bank in
    Lagos state")."""
    text = doc.article.text
    people = {e.text for e in _full_names(doc)}
    for container in taken:
        match = _CONTAINED_NAME.search(text, max(0, container.start - 80), container.start)
        if match is None or "." in match["name"]:
            continue
        area = _AREA_AFTER.match(text, container.end) or _AREA_LAST.search(container.text)
        if not (area or match["part"]):
            continue
        if _AIMING.search(text, max(0, match.start() - 12), match.start()):
            continue
        start, name = match.start("name"), match["name"]
        if name in people or _INSTITUTION.search(name):
            continue
        if name.casefold() in _NOT_PLACES or _is_demonym(name):
            continue
        candidates = gazetteer.lookup(name)
        yield Found(start, start + len(name), name, sentence_of(doc, start), candidates)


_AREA_AFTER = re.compile(
    r"\s+(?:district|province|area|village|county|region|governorate|state|division|"
    r"countryside|territory|oblast|prefecture|municipality|LGA)\b"
)
"""An area word after a container: "in Rupandehi district", "in the Wanni region"."""
_AREA_LAST = re.compile(
    r"\s(?:district|province|region|governorate|state|county|oblast|prefecture)$", re.IGNORECASE
)
"""An area word that ends a container's name ("Kailali district" tagged as one entity)."""
_CONTAINED_NAME = re.compile(
    rf"\b(?:at|in|near|inside|outside|into|toward|towards)\s+"
    rf"(?P<name>{_AYN}{_PHRASE_WORD}(?:\s{_AYN}{_PHRASE_WORD}){{0,2}})"
    r"(?:,\s+(?:in\s+)?|\s+(?:in|near)\s+)(?:the\s+)?(?P<part>"
    r"(?:north|south|east|west|central)(?:ern)?\s+|"
    r"(?:territory|district|province|region|governorate|state)\s+of\s+(?:the\s+)?)?"
    r"(?:[a-z]+-(?:held|controlled)\s+)?$"
)
"""A name after a locative preposition, right before "in", "near" or a comma and the
place that contains it, or a direction or an area's "of" before that place (``part``)."""
_AIMING = re.compile(
    r"\b(?:shoot|shot|fire|fired|aim|aimed|look|looked|point|pointed|throw|threw|hurl|"
    r"hurled|lash|lashed|glance|glanced|stare|stared|shout|shouted|laugh|laughed)\s+$",
    re.IGNORECASE,
)
"""Verbs whose "at" names a person or thing aimed at, not a place."""
_INSTITUTION = re.compile(
    r"\b(?:University|College|School|Institute|Academy|Bank|Company|Corp|Inc|Ltd|Group|"
    r"Party|Council|Ministry|Department|Agency|Association|Club|Foundation|Committee|Court|"
    r"Times|Post|News|Airlines|Motors)\b"
)
"""Words of an institution's name: "at Acme Bank in Lagos" is at the bank, in Lagos."""


def _from_event_sites(doc: Document, gazetteer: Gazetteer, taken: list[Found]) -> Iterator[Found]:
    """Names the gazetteer lacks that the NER took for a person or organisation, right after
    "in" or "at" on a verb of violence or protest ("were killed in Qorvath", "demonstrated
    in Tarvik"), kept without coordinates; not an actor the resolver knows ("killed in
    Hamas raids" is no place), nor a name with an institution's word."""
    if doc.parse is None:
        return
    actors = _actor_spans(doc)
    spans = [(f.start, f.end) for f in taken]
    for entity in doc.entities:
        if entity.label not in ("PERSON", "ORG") or len(entity.text.split()) > 3:
            continue
        if _overlaps_any(entity.start, entity.end, [*actors, *spans]):
            continue
        name = _named_part(entity.text)
        if gazetteer.lookup(name) or _INSTITUTION.search(name) or not _at_an_event(doc, entity):
            continue
        yield Found(entity.start, entity.start + len(name), name, entity.sentence, ())


_EVENT_SITE_VERBS = frozenset(
    {*("kill", "shoot", "attack", "capture", "demonstrate", "protest", "march", "clash")}
    | {*("fight", "arrest", "explode", "detonate", "bomb", "shell", "die", "wound", "injure")}
    | {*("kidnap", "abduct", "raid", "erupt", "occur", "strike", "patrol", "riot", "rally")}
    | {*("ambush", "execute", "murder", "behead", "burn", "destroy", "storm", "seize")}
)
"""Verbs whose "in" or "at" names where they happened ("killed in", "demonstrated at")."""
_AIMED = frozenset({"shoot", "strike", "attack"})
"""Of those, verbs whose "at" right after them names what they aimed at ("shot at Kofi")."""


def _at_an_event(doc: Document, entity: Entity) -> bool:
    """Whether an entity is the object of "in" or "at" on a verb of ``_EVENT_SITE_VERBS``."""
    span = doc.parse.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    preposition = root.head
    verb = preposition.head
    aimed = (  # "shot at Mengistu"
        preposition.lower_ == "at" and preposition.i == verb.i + 1 and verb.lemma_ in _AIMED
    )
    return (
        root.dep_ == "pobj"
        and preposition.lower_ in _SITE_PREPOSITIONS
        and preposition.i == span.start - 1
        and verb.pos_ == "VERB"
        and verb.lemma_ in _EVENT_SITE_VERBS
        and not aimed
    )


_SITE_PREPOSITIONS = ("in", "at", "near", "inside", "outside", "around")


def _from_distances(doc: Document, gazetteer: Gazetteer, taken: list[Found]) -> Iterator[Found]:
    """Names a distance and a direction from somewhere follow ("in Qorvath, 100 kilometers
    north of the capital", "Tarvik, about 200 miles (322 km) northwest of Basra"), whatever
    the NER labelled them: with the gazetteer's places when it knows the name, else kept
    without coordinates; not an actor the resolver knows."""
    text = doc.article.text
    actors = _actor_spans(doc)
    spans = [(f.start, f.end) for f in taken]
    for match in _AT_A_DISTANCE.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, match.start() - 80), match.start())
        named = before and _name_at(before.start("name"), before["name"])
        if not named:
            continue
        start, name = named
        if name.casefold() in _NOT_PLACES or _is_demonym(name):
            continue
        if _overlaps_any(start, start + len(name), [*actors, *spans]):
            continue
        yield _named(doc, start, name, gazetteer)


_AT_A_DISTANCE = re.compile(
    r",\s+(?:(?:about|some|around|nearly|roughly|approximately|just|only|almost|over|"
    r"more\s+than|less\s+than)\s+)?\d[\d,.]*\s*-?\s*(?:km|kms|kilometers?|kilometres?|miles?)"
    r"(?:\s*\([^)\n]{1,30}\))?\s+(?:to\s+the\s+)?"
    r"(?:north|south|east|west|(?:north|south)-?(?:east|west))(?:ern)?\s+(?:of|from)\b"
)
"""A comma, a distance and a direction from a place after a name: the name is a place too."""


def _from_parts_named(doc: Document, gazetteer: Gazetteer, taken: list[Found]) -> Iterator[Found]:
    """Names the gazetteer lacks that a locative preposition and a direction introduce
    ("in eastern Qorvath", "at northern Tarvik", "in central Kabo"), whatever the NER
    labelled them, kept without coordinates; not an actor the resolver knows, a person's
    surname, a demonym, an adjective ("the central Andean city") or a name with an
    institution's word, nor one that another capitalised word or a possessive follows."""
    text = doc.article.text
    actors = _actor_spans(doc)
    spans = [*actors, *((f.start, f.end) for f in taken)]
    surnames = {e.text.split()[-1] for e in _full_names(doc)}
    for match in _PART_NAMED.finditer(text):
        named = _name_at(match.start("name"), match["name"])
        if named is None:
            continue
        start, name = named
        end = start + len(name)
        if name.casefold() in _NOT_PLACES or name in surnames or _is_demonym(name):
            continue
        if _INSTITUTION.search(name) or _NAME_GOES_ON.match(text, end):
            continue
        if _REGIONAL_ADJECTIVE.fullmatch(name) or gazetteer.lookup(name):
            continue
        if not _overlaps_any(start, end, spans):
            yield Found(start, end, name, sentence_of(doc, start), ())


_PART_NAMED = re.compile(
    r"\b(?:in|at|near|inside|across|throughout)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?)"
    rf"\s+#?(?P<name>{_NAME})(?![\w-])"
)
"""A locative preposition and a direction before a name ("in eastern Qorvath")."""


def _from_seized_names(doc: Document, gazetteer: Gazetteer, taken: list[Found]) -> Iterator[Found]:
    """Names right after a verb of taking or fighting over a place ("stormed Qorvath",
    "shelling Tarvik", "entered Zandrevo"), whatever the NER labelled them: with the
    gazetteer's places when it knows the name, else kept without coordinates; after a verb
    done to people too (captured, seized, attacked), only a name the gazetteer knows or the
    NER took for a place; never an actor the resolver knows, a title ("Mr."), an acronym
    ("WW II"), a name with an institution's word or an owner ("Tarvik's hometown"); the
    verb in lowercase ("Tropical Storm Nicole" is none)."""
    text = doc.article.text
    actors = _actor_spans(doc)
    spans = [*actors, *((f.start, f.end) for f in taken)]
    for match in _SEIZED_NAME.finditer(text):
        start, name = match.start("name"), match["name"]
        end = start + len(name)
        if _POSSESSIVE_END.search(name) or _overlaps_any(start, end, spans):
            continue
        first = name.split()[0]
        if name.casefold() in _NOT_PLACES or first in _HONORIFICS or _ACRONYM.fullmatch(first):
            continue
        if _is_demonym(name) or _INSTITUTION.search(name):
            continue
        candidates = _own_places(name, gazetteer)
        if match["verb"].startswith(_ALSO_PEOPLE) and not (
            candidates or _tagged_a_place(doc, start, end)
        ):
            continue
        yield Found(start, end, name, sentence_of(doc, start), candidates)


def _from_assaulted_names(
    doc: Document, gazetteer: Gazetteer, taken: list[Found]
) -> Iterator[Found]:
    """Names an assault's "on" or "at" introduces ("an assault on Qorvath, in Hama",
    "their offensive at Tarvik"), whatever the NER labelled them: with the gazetteer's places
    when it knows the name, else kept without coordinates; not an actor the resolver knows,
    a person's full name, a date, a demonym, an acronym, a name with an institution's word,
    nor one a noun follows ("an attack on Qorvath positions")."""
    text = doc.article.text
    people = [(e.start, e.end) for e in _full_names(doc)]
    spans = [*_actor_spans(doc), *people, *((f.start, f.end) for f in taken)]
    for match in _ASSAULTED_NAME.finditer(text):
        start, name = match.start("name"), match["name"]
        if _overlaps_any(start, start + len(name), spans) or _ACRONYM.fullmatch(name.split()[0]):
            continue
        if name.casefold() in _NOT_PLACES or _is_demonym(name) or _INSTITUTION.search(name):
            continue
        yield _named(doc, start, name, gazetteer)


_ASSAULTED_NAME = re.compile(
    r"\b(?:attacks?|assaults?|offensives?|counter-?(?:attack|assault|offensive)s?|"
    r"counteroffensives?|raids?)\s+(?:on|at)\s+#?"
    rf"(?P<name>{_NAME})(?![\w-])(?=\s*(?:[,.;:)]|$)|\s+(?:in|near|from|and|after|that|which)\s)"
)
"""An assault's "on" or "at" and a name that punctuation or a preposition ends."""


def _tagged_a_place(doc: Document, start: int, end: int) -> bool:
    """Whether a place entity covers the characters from start to end."""
    return any(e.start <= start and end <= e.end and e.label in LABELS for e in doc.entities)


_SEIZED_NAME = re.compile(
    # not as an adjective ("in captured Humvees"); "Nusra entered" has no article "a"
    r"\b(?=[cselbroa])(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bin )(?<!\bwith )(?<!\bof )"
    rf"(?P<verb>{_SEIZING_VERBS}|bombard(?:ed|ing)?|encircl(?:e|ed|ing)|"
    rf"attack(?:ed|ing)?)\s+(?P<name>{_NAME})(?![\w-])"
)
_ALSO_PEOPLE = ("captur", "recaptur", "seiz", "attack")
"""Verbs of taking that are also done to people ("captured Mengistu")."""
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
_HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "President"})


def _named(doc: Document, start: int, name: str, gazetteer: Gazetteer) -> Found:
    """A name a pass found at ``start``, with its own gazetteer places (see ``_own_places``)."""
    return Found(
        start, start + len(name), name, sentence_of(doc, start), _own_places(name, gazetteer)
    )


def _own_places(name: str, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """The gazetteer's places of a name when the best is known by it, else none (the name
    is kept without coordinates)."""
    candidates = gazetteer.lookup(name)
    known = bool(candidates) and gazetteer.known_as(candidates[0], name)
    return candidates if known else ()


def _full_names(doc: Document) -> list[Entity]:
    """The NER's persons named in full (a first name and a surname at least)."""
    return [e for e in doc.entities if e.label == "PERSON" and " " in e.text]


def _actor_spans(doc: Document) -> list[tuple[int, int]]:
    """Where the actors the resolver knows are named: no place of that name."""
    return [(m.start, m.end) for m in doc.mentions if m.actor is not None]


def _overlaps_any(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether the characters from ``start`` to ``end`` overlap any of the spans."""
    return any(first < end and start < last for first, last in spans)


def _from_named_sites(doc: Document, gazetteer: Gazetteer, taken: list[Found]) -> Iterator[Found]:
    """Names that a site's common noun follows after "the" or a place's possessive ("the
    Qorvath border crossing", "the Tarvik airbase", "Istanbul's Qorvath prison", "the
    capital's Tarvik market"): the name is the place the site is at, outside titles and
    laws and never a nationality ("the Iraqi checkpoint"), a word shaped like an adjective
    or an acronym ("the UN checkpoint"), nor after a company's possessive ("Acme Electric's
    Tarvik power plant")."""
    text = doc.article.text
    spans = [(e.start, e.end) for e in doc.entities if e.label in _TITLES]
    spans += [(found.start, found.end) for found in taken]
    for match in _NAMED_SITE.finditer(text):
        start, end = match.span("name")
        name = match["name"]
        if _is_demonym(name) or _ACRONYM.fullmatch(name) or name.casefold() in _NOT_PLACES:
            continue
        if _REGIONAL_ADJECTIVE.fullmatch(name):  # "the Asian stadium"
            continue
        owner = match["owner"]
        if owner and owner[0].isupper() and not _own_places(owner, gazetteer):
            continue
        if not _overlaps_any(start, end, spans):
            yield _named(doc, start, name, gazetteer)


_SITE_NOUNS = (
    "airbase|air base|airport|border[ -]crossing|crossing point|crossing|checkpoints?|"
    "prison|jail|bridge|shrine|junction|stadium|pumping station|railway station|depot|"
    "refinery|gas fields?|oil fields?|power plant|refugee camp|penitentiary|market|tower|"
    "roundabout|railway yard"
)
_NAMED_SITE = re.compile(
    r"(?:\bthe|\b(?P<owner>[A-Za-z]+)['\u2019]s)\s+"
    rf"(?:(?:{_SITE_ADJECTIVES}|maximum-security)\s+)?(?P<name>{_NAME})\s+(?:{_SITE_NOUNS})\b"
)
"""A site's noun after a name that "the" or a possessive introduces, maybe with an
adjective ("the maximum-security Tarvik prison", "Istanbul's Qorvath prison")."""


def _from_demonyms(doc: Document, gazetteer: Gazetteer) -> Iterator[Found]:
    """Adjectives and nouns of nationality ("Turkish", "Afghans", "South Korean"), as their
    country."""
    text, demonyms = doc.article.text, _demonyms()
    for match in _CAPITALISED.finditer(text):
        for word in _demonyms_by_first_word().get(match.group().removesuffix("s"), ()):
            end = match.start() + len(word)
            end += text.startswith("s", end) and _word_ends(text, end + 1)
            if text.startswith(word, match.start()) and _word_ends(text, end):
                country = gazetteer.country(demonyms[word])
                if country is not None:
                    start = match.start()
                    found = Found(start, end, text[start:end], sentence_of(doc, start), (country,))
                    yield dataclasses.replace(found, kind="demonym")
                break


_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]*")


def _word_ends(text: str, end: int) -> bool:
    return end >= len(text) or not (text[end].isalnum() or text[end] in "-'\u2019")


@functools.cache
def _demonyms() -> dict[str, str]:
    """Each demonym (singular) to its country's ISO alpha-3 code."""
    rows = read_tsv(DATA / "demonyms.tsv")
    return {word: row["iso3"] for row in rows for word in aliases(row["demonyms"])}


@functools.cache
def _demonyms_by_first_word() -> dict[str, list[str]]:
    """The demonyms by their first word, longest first."""
    index: dict[str, list[str]] = {}
    for word in sorted(_demonyms(), key=len, reverse=True):
        index.setdefault(re.split(r"[\s'\u2019-]", word)[0], []).append(word)
    return index


def _longest_known(
    start: int, phrase: str, known: Callable[[int, str], bool], blocked: bytearray
) -> Iterator[tuple[int, str]]:
    """The longest known names in a phrase that overlap nothing ``blocked``, left to
    right, as (start, text)."""
    words = [(start + word.start(), word.group()) for word in _WORD.finditer(phrase)][:8]
    i = 0
    while i < len(words):
        if not _capitalised(words[i][1]):  # "of" in "North of the Shayrat Airbase"
            i += 1
            continue
        for j in range(len(words), i, -1):
            begin = words[i][0]
            text = phrase[begin - start : words[j - 1][0] - start + len(words[j - 1][1])]
            text = re.sub(r"(?:['\u2019]s|[.,;:])$", "", text)
            free = blocked.find(1, begin, begin + len(text)) == -1
            if free and known(begin, text):
                yield begin, text
                i = j
                break
        else:
            i += 1


def _capitalised(word: str) -> bool:
    """Whether a word starts a name: a capital, or an Arabic article before one."""
    return bool(_NAME_START.match(word))


_NAME_START = re.compile(_PHRASE_WORD)


def _well_known(text: str, gazetteer: Gazetteer) -> bool:
    """Multi-word: its best place is prominent, a county or has 100,000 people; one word: it is the
    own name of a country, capital, state, large city or one of our additions, and a word of
    three letters or fewer is written in capitals ("CAR", not "Car bombs")."""
    candidates = gazetteer.lookup(text)
    if not candidates or text.split()[0].lower() in _SMALL_WORDS:
        return False
    if len(text) <= 3 and not text.isupper():
        return False
    best = candidates[0]
    if len([word for word in text.split() if word.lower() not in _SMALL_WORDS]) > 1:
        prominent = gazetteer.rank(best) <= _PROMINENT or best.precision == "admin2"
        return prominent or best.population >= 100_000
    return gazetteer.rank(best) <= _PROMINENT and gazetteer.known_as(best, text)


def sentence_of(doc: Document, offset: int) -> int:
    """The index of the sentence holding a character offset (0 without sentences)."""
    if not doc.sentences:
        return 0
    found = bisect.bisect_right(doc.sentences, offset, key=_sentence_start)
    return doc.sentences[max(0, found - 1)].index


def _sentence_start(sentence: Sentence) -> int:
    return sentence.start
