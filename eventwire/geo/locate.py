"""Event location: where each event happened, chosen among the article's toponyms.

Runs after the ``Geoparser``. For each event, the first rule that gives a place wins, and
the chosen ``Toponym`` (copied onto ``Event.place``) says why in its ``reason``:

1. ``in-sentence preposition 'in'`` (or ``at``, ``near``, ``on``, ``outside``, ``inside``,
   ``through``, ``across``, ``around``, ``into``, ``toward``, ``throughout``, ``along``,
   ``within``, ``over``, ``off``, ``above``; ``to`` after a verb of motion: "travelled to
   Tehran"; ``from`` after one that is no arrival, ranked with the describers: "marched
   from Lyon", but "from Nablus to Ramallah": Ramallah, and not "returned from Vienna";
   also after abducting or rescuing: "abducted 30 pupils from a school in Kaduna";
   ``out of`` like such a ``from``: "shot as he stepped out of a Nairobi courthouse"),
   ``in-sentence object`` or ``in-sentence subject``: a
   toponym of the event's sentence that is where the event's verb, or a clause governing it,
   happened. With a dependency parse, the toponym's preposition must attach to the trigger or
   to one of its ancestors ("In Kabul, officials said ... killed"), climbing from the toponym
   through appositions, compounds, conjunctions and an "of" after a place noun ("in the
   city of Basra", "on the outskirts of Aleppo", but not "at the request of the United
   States"), and through the nouns that other prepositions hang from ("positions at X");
   the object of the trigger ("captured Nablus", "shelled the town of Marea", "captured
   five towns, including Kunduz"; a step
   further, that of an infinitive of taking a place on it: "launched an offensive to
   capture Saraqib", and of a clause of time that enters, leaves or assails one: "shot
   as he left a Kandahar mosque", and of such a gerund after its "by" or "in": "began the
   assault by storming the town of Saraqib"; for a
   participle after a clause, that clause's object: "stormed the town of Samarra, killing
   14"; that of a participle of holding the parser read as a verb right after the
   trigger's object: "targeting the army (SAA) controlled Qorvath district") and the
   subject of a passive trigger ("Baghdad was hit") count too, as do the
   trigger's clauses ("killed when a mine exploded near Tikrit"), the gerund of its "by"
   or "in" ("began the assault by storming positions near Rastan"), the clauses on its
   arguments ("a driver crossing a bridge in Mosul was shot"), those on the act it happened
   in that say where that took place ("killed in clashes that broke out in Mosul") and the
   places of its
   subject and object ("gunmen in Hebron seized"), of the noun after its "with", "by",
   "under", "among" or "for" ("captured with explosives in Kharkiv"), of its occasion
   ("during the invasion of Kuwait", "after a shootout in Multan") and of the target of an
   assault ("a rocket attack on Homs killed nine"), also when a clause on the assault noun
   names it ("raids that targeted the city of Homs"), and of the sides of a fight
   ("fighting between rival clans in Kismayo"); a direction's "of" puts it in a place
   ("in the north of Lebanon") or near one ("15 km west of Tikrit", ranked with the
   describers);
   a place that only describes a thing ("US soldiers") is neither subject nor object,
   though a place below a country that owns the object or the passive subject counts,
   ranked with the describers ("bombed Kabul's largest market", "captured Mosul
   airport"; not "shot down U.S. drones", but "patrolled Peru's capital" and "Peru's
   interior minister was shot"), and a name
   that is the subject or object and reads as a person is none ("Qorvath was stabbed in a
   Haifa cafe": Haifa; "Kent, 41, was captured"; "Lopez, 34, of Madrid"; any name the
   actor dictionaries know as a person's), while a town whose police or residents are
   the subject counts, ranked with the describers ("Dallas police arrested two men"), as
   does one whose thing the trigger befell ("the Mombasa floods occurred");
   words of nearness place it near ("not far from Kandahar", "close to Tarvik"), and a
   town a protest was in counts past "against" ("demonstrated against the reform in
   Lyon"; not "against the killing of a student in Lyon").
   Without a parse, the preposition is read from the words just before the toponym. Among
   several, for a participle trigger one of its own clause wins over one of the clause it
   hangs from ("launched an offensive in Idlib, targeting positions north of Saraqib"),
   then one that is not a mere describer ("outside the US consulate in Lisbon"),
   then one that is no road, street or bridge ("the town of Saraqib along the
   Aleppo-Latakia Highway") nor a building the gazetteer lacks ("outside the Lakeside
   Hotel in Nairobi": Nairobi),
   then the one attached nearest the trigger (a clause conjoined with the trigger's with
   its own subject or its own words, or a contrastive "while" clause, is another event,
   further away: "killed in Bavaria and a driver was shot in Vienna", "captured in
   Helmand province and flown to a base in Kabul"; the verb after "and" next to a trigger
   misread as a participle on a noun is one step away: "a bomber driving a car packed
   with explosives killed 11 and wounded 30 in Hilla"), then the most specific (a point or a city
   over an admin1 area, region or sea, over a country; a name the gazetteer lacks, such as
   a district or a building, counts as a point, before a resolved one: "the Qalandar
   district of Basra", unless its words call it a province: "Qorvath province"), then the
   one closest to the trigger. When the winner is a country, state or region, an attached
   place inside it wins instead ("in the town of Samawa, in the province of Muthanna"; "in
   Dhuusa Weyn, a small town in Somalia"), as do a place the words make part of the winner
   ("the Qorvath region of Aleppo"), a smaller town by a winning city ("In Kyiv, ... in
   Brovary") and, attached or not, a place set in a winning area by a comma just before it
   ("in Qorvath province, in northern Syria"). Last, a place written before the winner
   that the winner only locates wins: one the parser hangs it on ("Qorvath, a village in
   the Basra countryside", "the capture of the town of Qorvath in southern Basra") or
   one set in or by it just before it ("near Qorvath village in the Basra area"), unless
   it is a building, a road, a bearing ("north of Qorvath in Basra") or wider.
   "on" counts only for points, regions, waters and names the gazetteer lacks ("on
   Russky Island", "an assault on the Bab Qamar District"), never for
   countries or cities directly, where it names a topic ("talks on Syria"), unless their
   words call them ground ("on Bolivar Peninsula", "on the Old Road"), though it may
   through a noun ("on the porch of her Lagos home", "marched on Basra's
   business district"). Adjectives of nationality
   are never event locations, nor is a place's clock ("at 12:30 Moscow time"); a
   possessive place ("shot in Karachi's business district",
   "patrolled outside Mecca's hospital") ranks with the describers, after every other.
   A chosen name the gazetteer lacks takes the place of the toponym right after it ("a
   market in Qoryale", "Tell Hamdoun, Syria"), if any, and says so in its reason.
2. ``'the city' named before``: "the city", "the town" or "the village" where the event
   happened stands for the town or point named most before it ("Fighting raged in
   Mombasa. Rebels shelled a school in the east of the city": Mombasa).
3. ``dateline``: the dateline place, for events in the first three sentences of the story
   (counted from the dateline's sentence, so a headline or caption before it does not
   shorten the window).
4. Nothing: ``place`` stays None. The locator never guesses a country from the actors.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
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
        "above",
    }
)
MOTION_VERBS = frozenset(
    {"march", "travel", "fly", "go", "come", "return", "head", "walk", "drive", "sail"}
)
"""Verbs whose "to" names where their event takes place ("marched to the parliament in
Ottawa", "travelled to Tehran")."""
FROM_VERBS = MOTION_VERBS - {"return", "come"} | {
    *("withdraw", "retreat", "flee", "escape", "infiltrate", "cross", "pull"),
    *("expel", "dislodge", "evict", "oust", "push", "drive"),
    *("abduct", "kidnap", "snatch", "rescue", "evacuate", "loot", "steal"),
}
"""Verbs whose "from" names where their event began ("marched from the town hall in Lyon",
"abducted pupils from a school in Kaduna"); not those of an arrival ("returned from Iraq")
nor of capturing ("captured the Golan from Syria": whom it was taken from)."""
DATELINE_SENTENCES = 3
SPECIFICITY = {"point": 0, "city": 0, "admin2": 0, "admin1": 1, "region": 1, "water": 1}
_ON_PRECISIONS = frozenset({"point", "region", "water"})
_CLIMB = frozenset({"appos", "compound", "conj", "npadvmod", "nmod", "amod", "poss"})
_OBJECTS = {"dobj": "object", "nsubjpass": "subject"}
_ANCESTOR_DEPTH = 2
"""How far the clauses governing the trigger are from it ("In Kabul, officials said a blast
killed five"): past its own clauses and the nouns of its arguments."""
_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
_OWNERS = frozenset({"poss", "compound"})
"""How a place modifies the trigger's object when it says where the object is ("bombed
Kabul's largest market", "captured Mosul airport"), unlike an adjective ("Syrian")."""
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "oprd"})
"""The trigger's arguments whose locative modifiers place its event ("gunmen in Hebron
seized", "a blast in Nasr Square killed", "set off a bomb inside Tell Qarah")."""
_EVENT_PREPOSITIONS = frozenset({"during", "amid", "after"})
"""Prepositions whose object is an occasion the event happened in ("killed during a raid
in Yemen")."""
EVENT_NOUNS = frozenset(
    {*("invasion", "attack", "attacks", "siege", "bombardment", "bombing", "shelling")}
    | {"occupation", "capture", "liberation", "storming", "blockade", "raid", "raids"}
)
"""Nouns whose "of" names where they happened ("the invasion of Kuwait")."""
ASSAULT_NOUNS = EVENT_NOUNS | {
    *("assault", "assaults", "offensive", "counteroffensive", "counter-offensive", "strike"),
    *("strikes", "airstrike", "airstrikes", "counterattack", "counter-attack", "push"),
}
"""Nouns whose "on" or "against" names where they happened ("the attack on Aleppo")."""
BATTLE_NOUNS = frozenset({"battle", "battles", "fight", "fighting", "struggle"})
"""Nouns whose "for" names where they happened ("the battle for Sirte")."""
_ARGUMENT_WORDS = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "around", "throughout", "within"}
)
"""The prepositions that place an argument ("gunmen in Hebron"), unlike "on" ("the
estimate on Iran")."""
_CLAUSES = frozenset({"advcl", "xcomp"})
"""Clauses of the trigger that tell where its event happened ("killed when a mine exploded
near Tikrit", "began shelling positions in Daraa")."""
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
    *("camp", "governorate", "municipality", "quarter", "areas", "resort", "resorts"),
    *("township", "townships", "sectors", "neighborhoods", "neighbourhoods", "quarters"),
    *("heartland", "bastion", "hotbed", "environs", "entrance", "fringes", "flank"),
    *("flanks", "slopes", "outskirt", "shores", "banks", "downtown"),
    *("hamlet", "hamlets", "borough", "boroughs", "hub", "jungle", "jungles", "corridor"),
    *("valley", "valleys", "plain", "plains", "hill", "hills", "hilltops", "mountain"),
    *("mountains", "peninsula", "gorge", "plateau", "ridge", "highlands", "desert", "oasis"),
    *("states", "regions", "counties", "territories", "municipalities", "governorates"),
    *("sky", "skies", "airspace", "waters"),
}
"""Nouns that "of" may follow in a location ("the outskirts of Aleppo", "the streets of
Nazareth"); not directions ("north of Baghdad" is near Baghdad, not in it)."""
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
_COMPASS = re.compile(r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?")
"""A direction whose "of" names a place the event is in ("the north of Lebanon") or near
("15 km west of Tikrit")."""
_BARE_COMPASS = frozenset({"advmod", "npadvmod"})


@dataclasses.dataclass(frozen=True, slots=True)
class _Attached:
    """How a toponym attaches to the event: the relation word, and how many steps up from
    the trigger the attachment point is (0: the trigger itself)."""

    word: str
    depth: int
    modifier: bool = False
    """Whether the toponym only modifies a noun that is no place ("the US consulate")."""
    target: bool = False
    """Whether that noun is the target of an assault ("attacks on U.S. forces")."""
    where: int = -1
    """The word of the trigger's chain the toponym attaches to (-1: read from the text)."""
    host: bool = False
    """Whether that word is in the clause a participle trigger hangs from, not its own."""


class EventLocator:
    """Stage ``geo.event_location.v1``: sets ``place`` on every event (see the module docstring)."""

    def __call__(self, doc: Document) -> Document:
        events = tuple(self.locate(doc, event) for event in doc.events)
        return dataclasses.replace(doc, events=events)

    def locate(self, doc: Document, event: Event) -> Event:
        """The event with its place set (or left None)."""
        place = _in_sentence(doc, event) or _town_named_before(doc, event) or _dateline(doc, event)
        return dataclasses.replace(event, place=place)


def _in_sentence(doc: Document, event: Event) -> Toponym | None:
    """The best toponym of the event's sentence that is where the event happened."""
    found = []
    text = doc.article.text
    said = _where_said(doc, event)
    for toponym in _eligible(doc, event):
        attached = attachment(doc, toponym, event.trigger)
        if attached is not None and _POSSESSIVE.match(text, toponym.end):
            attached = dataclasses.replace(attached, modifier=True)
        if attached is not None and _owning_country(attached, toponym, doc):
            attached = None
        if attached is not None and (
            _unknown_argument(doc, attached, toponym) or _kin_of(doc, toponym)
        ):
            attached = None
        if attached is not None and _addressee(attached, event):
            attached = None
        if attached is not None and said is not None and attached.where not in said:
            attached = None  # "urged Asmara to withdraw its troops from Tigray": no place
        if attached is not None:
            rank = (
                attached.host,
                attached.modifier,
                _route(toponym) or _building(toponym),
                attached.depth,
                _specificity(doc, toponym),
                not _unresolved(toponym),
                _distance(toponym, event.trigger),
                toponym.start,
            )
            found.append((rank, attached, toponym))
    if not found:
        return None
    _, chosen, best = min(found, key=lambda item: item[0])
    inner = [(r, a, t) for r, a, t in found if not a.modifier and _inside(doc, t, best)]
    if inner:  # "in the town of Samawa, in the province of Muthanna"
        _, chosen, best = min(inner, key=lambda item: item[0])
    else:  # "in Qorvath province, in northern Syria"
        best = _written_before(doc, _eligible(doc, event), best) or best
    best = _place_it_locates(doc, event, best) or best
    word = chosen.word
    return _placed(doc, best, _REASONS.get(word, f"in-sentence preposition '{word}'"))


VERBAL_QUAD_CLASSES = frozenset({1, 3})
"""Verbal cooperation and conflict: said, promised, praised or accused, not done to a place."""


def _addressee(attached: _Attached, event: Event) -> bool:
    """The object or subject of a verbal event is whom it is addressed to, not where it
    happened ("Zelensky thanked Britain", "Russia criticised Kyiv"); that of a material
    event is a place too ("Russia shelled Kharkiv")."""
    return attached.word in ("object", "subject") and event.quad_class in VERBAL_QUAD_CLASSES


def _where_said(doc: Document, event: Event) -> frozenset[int] | None:
    """For a verbal event, the words whose places are where it was said: its verb, a verb
    sharing its subject and the clauses governing it ("In Geneva, Lavrov said", "criticised
    Kyiv during a visit to Minsk"); never the act it reports or asks for, nor another
    clause's ("urged Eritrea to withdraw its troops from Tigray", "demanded that NATO never
    admit Ukraine and pull back from Eastern Europe": no place). None for other events."""
    if event.quad_class not in VERBAL_QUAD_CLASSES or doc.parse is None:
        return None
    verb = doc.parse.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if verb is None or len(verb) == 0:
        return None
    root = verb.root
    shared = (t for t in root.conjuncts if not _own_clause(t, root))
    return frozenset({root.i, *(t.i for t in root.ancestors), *(t.i for t in shared)})


def _owning_country(attached: _Attached, toponym: Toponym, doc: Document) -> bool:
    """A country that only owns the trigger's subject or object ("shot down U.S.
    drones", "India's first device was detonated") or a thing it owns wherever it is
    ("outside the U.S. embassy"): no location, unlike a city
    ("bombed Kabul's largest market") or a country that owns a place ("patrolled Peru's
    capital", "seized half of Chad's territory")."""
    if toponym.place is None or toponym.place.precision != "country" or not attached.modifier:
        return False
    if _names_an_owned_thing(doc, toponym):  # "outside the U.S. embassy", "a US military base"
        return True
    if _owns_a_place(doc, toponym) or _home_official(doc, toponym):
        return False
    return attached.word in ("object", "subject") or attached.target


HOME_OFFICES = frozenset(
    {*("official", "officials", "chief", "minister", "governor", "mayor", "judge", "judges")}
    | {*("prosecutor", "policeman", "policemen", "officer", "officers", "leader", "president")}
)
"""A country's officials at home: one it owns is attacked in it ("Japan's top police
official was shot"), unlike its envoys and troops abroad ("U.S. soldiers")."""


def _home_official(doc: Document, toponym: Toponym) -> bool:
    """Whether a possessive country owns one of its officials at home ("Japan's top police
    official", "Mexico's police chief")."""
    root = _root_in_parse(doc, toponym)
    return root is not None and root.dep_ == "poss" and root.head.lower_ in HOME_OFFICES


OWNED_NOUNS = frozenset(
    {*("embassy", "embassies", "consulate", "consulates", "mission", "military", "army")}
    | {*("forces", "troops", "soldiers", "base", "bases", "government", "ministry", "navy")}
)
"""Nouns a country before them owns wherever they are ("the U.S. embassy", "U.S. troops")."""


def _names_an_owned_thing(doc: Document, toponym: Toponym) -> bool:
    """Whether a country modifies a noun it owns wherever that is ("protested outside the
    U.S. embassy"): no location."""
    root = _root_in_parse(doc, toponym)
    if root is None or root.dep_ not in _MODIFIERS - {"poss"}:
        return False
    head = root.head
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:  # "U.S. military base"
        head = head.head
    return root.head.lower_ in OWNED_NOUNS or head.lower_ in OWNED_NOUNS


TERRITORY_NOUNS = PLACE_NOUNS | {
    *("seawaters", "coastline", "border", "borders"),
    "roads",
}
"""Nouns of a country's own ground: its owner is where the event is ("Peru's capital")."""


def _owns_a_place(doc: Document, toponym: Toponym) -> bool:
    """Whether a possessive toponym owns a place ("Chad's territory", "Peru's northern
    coastline")."""
    root = _root_in_parse(doc, toponym)
    return root is not None and root.dep_ == "poss" and root.head.lower_ in TERRITORY_NOUNS


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
    """A name that is itself the trigger's subject or object, or in apposition to it, and
    reads as a person: an age follows it ("Kent, 41, was shot", "his brother, Kent, 41,
    was shot"), or the verb is one done to people ("Houston was
    arrested"), or, for a name the gazetteer lacks, a "he" or "she" follows it ("seized
    Qorvath ... jailed him")."""
    if attached.word not in ("object", "subject") or not doc.parse:
        return False
    span = doc.parse.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None:
        return False
    argument = span.root
    while argument.dep_ == "appos" and argument.head.i != argument.i:  # "his brother, Kent,"
        argument = argument.head
    if argument.dep_ not in _OBJECTS:
        return False
    if any(t.lower_ in PLACE_NOUNS for t in span):  # "Camp Halvor"
        return False
    if _aged(span) or _named_person(doc, toponym):  # "Kent, 41, was shot"
        return True
    verb = argument.head.lemma_.lower()
    if not _unresolved(toponym):
        return verb in PEOPLE_VERBS - _PLACE_VERBS
    if argument.dep_ == "nsubjpass" and verb == "capture" and len(span) == 1:
        return True  # a surname: "Qorvath was captured in Basra"
    after = span.sent[span.end - span.sent.start :]
    return verb in PEOPLE_VERBS or any(t.lower_ in _PERSONAL for t in after)


KIN_NOUNS = frozenset(
    {*("brother", "sister", "wife", "husband", "son", "daughter", "father", "mother")}
    | {*("cousin", "uncle", "aunt", "nephew", "niece", "widow", "family", "relatives")}
)


def _kin_of(doc: Document, toponym: Toponym) -> bool:
    """Whether a name owns a kinsman ("Houston's brother was shot"): a person's name."""
    root = _root_in_parse(doc, toponym)
    return root is not None and root.dep_ == "poss" and root.head.lower_ in KIN_NOUNS


def _root_in_parse(doc: Document, toponym: Toponym) -> Any:
    """The toponym's head word in the parse, if the document has one."""
    if doc.parse is None:
        return None
    span = doc.parse.char_span(toponym.start, toponym.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _named_person(doc: Document, toponym: Toponym) -> bool:
    """Whether the actor dictionaries know the name as a person's ("Ocalan was captured")."""
    return any(
        mention.kind == "person" and mention.start == toponym.start and mention.end == toponym.end
        for mention in doc.mentions
    )


_PLACE_VERBS = frozenset({"free", "release", "beat"})
"""Verbs done to people that are done to places too ("freed Kuwait")."""
_AGE = re.compile(r",\s+(?:now\s+|aged\s+)?\d{1,3},")


def _aged(span: Any) -> bool:
    """Whether a name is followed by an age ("Kent, 41,"): a person's name."""
    doc = span.doc
    return bool(_AGE.match(doc.text, span.end_char))


_REASONS = {
    "object": "in-sentence object",
    "subject": "in-sentence subject",
    "on a place": "in-sentence preposition 'on'",
    "out": "in-sentence preposition 'out of'",
}


_INSIDE_KM = 300.0
_WIDE = frozenset({"country", "admin1", "region"})


def _inside(doc: Document, inner: Toponym, outer: Toponym) -> bool:
    """Whether ``inner`` names a more specific place within ``outer``: one of its country
    (for a country) or within a few hundred kilometres (for a state or region), or a name
    the gazetteer lacks written just before it ("Dhuusa Weyn, a small town in Somalia");
    one the words put in it ("the Qorvath region of Aleppo"); a smaller town by a city
    ("In Kyiv, ... at a market in Brovary")."""
    if inner is outer:
        return False
    if _nested_by_words(doc, inner, outer):
        return True
    if _in_the_city(inner, outer) and not _called_an_area(doc, inner):
        return True
    if _unresolved(inner) and not _called_an_area(doc, inner) and _sets_the_scene(doc, outer):
        return True
    if outer.place is None or outer.place.precision not in _WIDE:
        return False
    if _unresolved(inner):
        gap = doc.article.text[inner.end : outer.start]
        return inner.end <= outer.start and bool(_CONTAINED_BY.fullmatch(gap))
    place, wide = inner.place, outer.place
    if place is None or place.precision in _WIDE:
        return False
    if _specificity(doc, inner) >= _specificity(doc, outer):
        return False
    if wide.precision == "country":
        return place.country == wide.country
    return place.country == wide.country and distance_km(place, wide) <= _INSIDE_KM


def _sets_the_scene(doc: Document, toponym: Toponym) -> bool:
    """Whether a toponym opens its sentence in a phrase set off by a comma ("In the Gaza
    Strip, soldiers ...", "In Mosul on Saturday, ..."): the scene the sentence's other
    places are in."""
    sentence = next((s for s in doc.sentences if s.index == toponym.sentence), None)
    if sentence is None:
        return False
    before = doc.article.text[sentence.start : toponym.start]
    after = doc.article.text[toponym.end : sentence.end]
    return bool(_SCENE_BEFORE.fullmatch(before) and _SCENE_AFTER.match(after))


_SCENE_BEFORE = re.compile(r"\s*(?:In|At|Inside)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}")
_SCENE_AFTER = re.compile(r"(?:\s+(?:on|early|late|last)\s+\w+(?:\s+\w+)?)?\s*,")
_CITY_KM = 25.0


def _in_the_city(inner: Toponym, outer: Toponym) -> bool:
    """Whether ``inner`` is a smaller place in or by the city ``outer``, within a few
    kilometres (a district or a suburb the gazetteer knows: "In Kyiv, ... in Brovary")."""
    place, city = inner.place, outer.place
    if place is None or city is None or _unresolved(inner) or _unresolved(outer):
        return False
    if city.precision != "city" or place.precision not in ("city", "point"):
        return False
    if place.population >= city.population or place.geonameid == city.geonameid:
        return False
    return place.country == city.country and distance_km(place, city) <= _CITY_KM


def _written_before(doc: Document, toponyms: list[Toponym], outer: Toponym) -> Toponym | None:
    """The more specific place written just before a province, region or country and set
    in it by a comma or "in", attached or not: the parser may hang it elsewhere ("killed in
    airstrikes by the coalition in Qorvath province, in northern Syria")."""
    if _specificity(doc, outer) == 0:
        return None
    text = doc.article.text
    for toponym in toponyms:
        if toponym.end > outer.start:
            continue
        gap = _SET_IN.fullmatch(text, toponym.end, outer.start)
        if gap and _more_specific_within(doc, toponym, outer):
            return toponym
    return None


_SET_IN = re.compile(
    r"(?:\s+(?:district|province|region|area|village|town|city|county|state|governorate))?"
    rf"\s*,\s*(?:in\s+)?(?:the\s+)?(?:{_DIRECTION})?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:region|province|state|district|governorate)\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
"""What sets a place in the wider one after it: "Qorvath province, in northern"."""


def _place_it_locates(doc: Document, event: Event, outer: Toponym) -> Toponym | None:
    """The place written before the chosen one that the chosen one only locates, which is
    where the event is: one the parser hangs it on ("the town of Tarvik inside the Qorvath
    region", "Tarvik, a village in Qorvath State", "the village of Tarvik west of Qorvath",
    "killed during the capture of Tarvik in southern Qorvath"), or one set in or by it just
    before it ("near Tarvik village in the Qorvath area", "the village of Tarvik, near the
    Qorvath town"). None when that place is a building, a road, a bearing ("north of
    Tarvik in Qorvath") or wider, or when the event is in a clause on the chosen place
    ("Qorvath, where troops are based")."""
    root = _root_in_parse(doc, outer)
    if root is None or _on_the_place(doc, event, root):
        return None
    before = [t for t in _eligible(doc, event) if t.end <= outer.start]
    inner = _hung_on(doc, before, root) or _written_in(doc, before, outer)
    return inner if inner is not None and _may_locate(doc, inner, outer) else None


def _hung_on(doc: Document, toponyms: list[Toponym], token: Any) -> Toponym | None:
    """The toponym the parser hangs a place on, climbing through locating words."""
    roots = {}
    for toponym in toponyms:
        root = _root_in_parse(doc, toponym)
        if root is not None:
            roots[root.i] = toponym
    for _ in range(_LOCATES_STEPS):
        token, same = _locating_head(token)
        if token is None:
            return None
        if same and _part_of(token, roots):  # "the Qorvath District of Tarvik"
            return roots[token.i]
        if same and (token.i in roots or _named_before(token, roots)):
            return None  # "the Qorvath neighbourhood of Tarvik": which holds which is unsaid
        inner = None if same else roots.get(token.i) or _named_by_of(token, roots)
        if inner is not None:
            return inner
    return None


def _written_in(doc: Document, toponyms: list[Toponym], outer: Toponym) -> Toponym | None:
    """The toponym written just before a place and set in it or by it ("Tarvik village in
    the Qorvath area", "Tarvik, near the Qorvath town"), where the parser hangs both on the
    verb; not a bearing ("north of Tarvik in Qorvath")."""
    text = doc.article.text
    for toponym in toponyms:
        if not _LOCATED_GAP.fullmatch(text, toponym.end, outer.start):
            continue
        if _BY_COMPASS.search(text, max(0, toponym.start - _LOOKBEHIND), toponym.start):
            return None
        return toponym
    return None


_LOCATED_GAP = re.compile(
    r"(?:\s+(?:village|town|city|area|district|neighbou?rhood|suburb|camp))?\s*,?\s*"
    r"(?:in|inside|within|near|outside|close\s+to|next\s+to)\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}?"
)
"""What sets a place in or by the one after it: "Tarvik village in the", "Tarvik, near
the"."""
_BY_COMPASS = re.compile(rf"\b{_COMPASS.pattern}\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _on_the_place(doc: Document, event: Event, place: Any) -> bool:
    """Whether the trigger is in a clause on the place ("Qorvath, where troops are based")."""
    assert doc.parse is not None
    verb = doc.parse.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return verb is not None and len(verb) > 0 and place in verb.root.ancestors


_LOCATES_STEPS = 5
PART_NOUNS = frozenset(
    {*("area", "areas", "district", "districts", "region", "countryside", "sector", "suburb")}
    | {*("suburbs", "outskirts", "neighborhood", "neighbourhood", "quarter", "part", "parts")}
)
"""Nouns of a part of a wider place: the name they end is in the place their "of" names
("the Qorvath District of Tarvik"), unlike nouns that name the place itself ("the Mexico
state of Hidalgo")."""
_LOCATING_WORDS = frozenset({"in", "inside", "within", "near", "outside", "around", "at"})


def _locating_head(token: Any) -> tuple[Any, bool]:
    """The word a place or a noun locates, one step up: the head of its "in" or "near"
    ("Kinsibba in Qorvath"), of its direction's "of" ("Tarvik west of Qorvath") or of its
    apposition ("Tarvik, a village in Qorvath"); or, with True, the place noun whose "of"
    names it or holds it ("the town of Qorvath", "the Biu area of Qorvath")."""
    head = token.head
    if head.i == token.i:
        return None, False
    if token.dep_ == "appos":
        return head, False
    if token.dep_ in _OWNERS and head.lower_ in PLACE_NOUNS:  # "the Qorvath countryside"
        return head, True
    if token.dep_ != "pobj":
        return None, False
    if head.lower_ in _LOCATING_WORDS:
        return head.head, False
    if head.lower_ == "of" and _COMPASS.fullmatch(head.head.lower_):
        return head.head.head, False
    if head.lower_ == "of" and head.head.lower_ in PLACE_NOUNS:
        return head.head, True
    if head.lower_ == "to" and head.head.lower_ in ("close", "next"):
        return head.head.head, False
    return None, False


def _called_a_place(doc: Document, toponym: Toponym) -> bool:
    """Whether the words of a name the gazetteer lacks call it a place: "the Tarvik
    District", "Tarvik village", "the village of Tarvik", "Tarvik, an area near Qorvath"
    (not "the Northern Alliance in Qorvath", "guerrillas near Qorvath")."""
    root = _root_in_parse(doc, toponym)
    if root is None:
        return False
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if root.lower_ in PLACE_NOUNS or (after is not None and after.lower_ in PLACE_NOUNS):
        return True
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PLACE_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lower_ in PLACE_NOUNS for c in root.children)


def _part_of(noun: Any, roots: dict[int, Toponym]) -> bool:
    """Whether a part noun ends a toponym whose "of" holds it ("the Qorvath District of
    Tarvik"), unlike a noun that names its "of" ("the Mexico state of Hidalgo")."""
    return noun.i in roots and noun.lower_ in PART_NOUNS


def _named_before(noun: Any, roots: dict[int, Toponym]) -> bool:
    """Whether a place noun has a toponym before it ("the Qorvath neighbourhood")."""
    return any(child.dep_ in _OWNERS and child.i in roots for child in noun.children)


def _named_by_of(noun: Any, roots: dict[int, Toponym]) -> Toponym | None:
    """The toponym a place noun's "of" or its name before it names ("the village of
    Tarvik", "the Tarvik area")."""
    if noun.lower_ not in PLACE_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "compound" and child.i in roots:
            return roots[child.i]
        if child.dep_ == "prep" and child.lower_ == "of":
            for place in child.children:
                if place.dep_ == "pobj" and place.i in roots:
                    return roots[place.i]
    return None


def _may_locate(doc: Document, inner: Toponym, outer: Toponym) -> bool:
    """Whether a place another one locates is where the event is: no building or road, no
    person, no wider place, and in the same country as far as the gazetteer knows."""
    if _building(inner) or _route(inner) or _named_person(doc, inner):
        return False
    if inner.reason == "demonym" or (_unresolved(inner) and not _called_a_place(doc, inner)):
        return False
    if _specificity(doc, inner) > _specificity(doc, outer):
        return False
    if _unresolved(inner) or _unresolved(outer) or inner.place is None or outer.place is None:
        return True
    return inner.place.country == outer.place.country


def _more_specific_within(doc: Document, inner: Toponym, outer: Toponym) -> bool:
    """Whether ``inner`` is more specific than ``outer`` and, as far as the gazetteer
    knows, in its country."""
    if _specificity(doc, inner) >= _specificity(doc, outer):
        return False
    if _unresolved(inner) or _unresolved(outer) or inner.place is None or outer.place is None:
        return True
    return inner.place.country == outer.place.country


_CONTAINED_BY = re.compile(
    r"(?:\s+(?:district|province|region|area|village|town|city|county|state))?"  # Qarat district
    r"\s*,?\s*(?:also\s+)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?"  # ", a small town"
    r"(?:in|of|near)?\s*(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:region|province|state|district)\s+of\s+(?:the\s+)?)?"
)
"""What may stand between a name the gazetteer lacks and the wider place it lies in."""


_AREA_NOUN = r"(?:region|area|countryside|sector|district)"
_PART_OF = re.compile(rf"\s+{_AREA_NOUN}\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?", re.IGNORECASE)
"""What stands between a place and the wider one it is part of: "the Qorvath region of
(rural) Aleppo"."""


def _nested_by_words(doc: Document, inner: Toponym, outer: Toponym) -> bool:
    """Whether the words between two places make the first a part of the second: "the
    Qorvath region of (rural) Aleppo"."""
    if inner.end > outer.start:
        return False
    return bool(_PART_OF.fullmatch(doc.article.text, inner.end, outer.start))


def _eligible(doc: Document, event: Event) -> list[Toponym]:
    """The toponyms of the event's sentence that may be a location: not adjectives of
    nationality, nor a place's clock ("at 12:30 Moscow time")."""
    text = doc.article.text
    return [
        toponym
        for toponym in doc.toponyms
        if toponym.sentence == event.sentence
        and toponym.reason != "demonym"
        and not _CLOCK.match(text, toponym.end)
    ]


_CLOCK = re.compile(r"\s+(?:standard\s+|summer\s+|daylight\s+)?time\b", re.IGNORECASE)


ROUTE_WORDS = frozenset(
    {"highway", "road", "street", "avenue", "boulevard", "bridge", "motorway", "expressway"}
    | {"interstate", "route"}
)


def _route(toponym: Toponym) -> bool:
    """Whether a toponym is a road, street or bridge ("the Aleppo-Damascus Highway",
    "Highway 13", "Rustaveli Avenue"): a line through places, after any other place
    attached ("targeting the town of Ma'an along the Aleppo-Damascus Highway": Ma'an)."""
    return _called(toponym, ROUTE_WORDS)


def _called(toponym: Toponym, words: frozenset[str]) -> bool:
    """Whether a toponym's first or last word is one of ``words`` ("Highway 13")."""
    own = toponym.text.casefold().split()
    return bool(own) and (own[0] in words or own[-1] in words)


BUILDING_WORDS = frozenset(
    {*("hotel", "hospital", "embassy", "consulate", "university", "college", "school")}
    | {*("church", "cathedral", "temple", "zone", "department", "ministry", "legislature")}
    | {"mosque", "synagogue"}
    | {*("stadium", "palace", "prison", "club", "office", "offices", "headquarters")}
)


def _building(toponym: Toponym) -> bool:
    """Whether a toponym the gazetteer lacks names a building ("the Victoria Hotel", "the
    Temple of Heaven"): a point in the town the text names with it, which is where the
    event is placed ("shot outside the Victoria Hotel in Warsaw": Warsaw)."""
    return _unresolved(toponym) and _called(toponym, BUILDING_WORDS)


def _specificity(doc: Document, toponym: Toponym) -> int:
    """0 for a point or a city (or a name the gazetteer lacks), 1 for a province, region or
    sea (or a name the gazetteer lacks that its words call one), 2 for a country."""
    if _unresolved(toponym) or toponym.place is None:
        return int(_named_area(doc, toponym))
    return SPECIFICITY.get(toponym.place.precision, 2)


_AREA_WORD = r"(?:province|governorate|state|countryside|oblast|prefecture)"
"""Words that call the name before them an area ("Qorvath province"); not "region",
which news puts after places of any size ("the Basque region", "the Qorvath Farms region")."""
_AREA_AFTER = re.compile(rf"\s+{_AREA_WORD}\b", re.IGNORECASE)
_AREA_LAST = re.compile(rf"\s{_AREA_WORD}$", re.IGNORECASE)
_AREA_BEFORE = re.compile(
    r"\b(?:province|region|governorate|state|oblast|prefecture"
    r"|(?:main|largest|biggest|chief|principal|capital)\s+(?:town|city))\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Words that call the name after them an area: "the region of", "the main town of" (the
town is the name before: "Miranshah, the main town of North Waziristan")."""


def _named_area(doc: Document, toponym: Toponym) -> bool:
    """Whether a name the gazetteer lacks is called a province or region by the words
    around it ("Qorvath province", "the region of Qorvath"): an area, not a point."""
    return _unresolved(toponym) and _called_an_area(doc, toponym)


def _called_an_area(doc: Document, toponym: Toponym) -> bool:
    """Whether its own words or those around a toponym call it a province or region: "the
    Qorvath province" (in the toponym or after it), "the region of Qorvath", "the main town
    of Qorvath"."""
    text = doc.article.text
    before = text[max(0, toponym.start - _AREA_LOOKBEHIND) : toponym.start]
    return bool(
        _AREA_LAST.search(toponym.text)
        or _AREA_AFTER.match(text, toponym.end)
        or _AREA_BEFORE.search(before)
    )


_AREA_LOOKBEHIND = 40


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
    precise = precise or _called(toponym, GROUND_WORDS)
    return attached if precise or _owns_ground(doc, toponym) else None


GROUND_WORDS = ROUTE_WORDS | {
    *("peninsula", "island", "islands", "district", "square", "front", "coast", "border"),
    *("plaza", "beach", "shore", "mount", "hill"),
}
"""Words that make a name one of ground, which "on" introduces as a place whatever the
gazetteer calls it ("on Bolivar Peninsula", "marched on the Mission District")."""


_GROUND_NOUNS = PLACE_NOUNS | BUILDING_WORDS | {"border", "frontier", "soil", "parliament"}
"""Nouns of a piece of ground or a building, which "on" introduces as a place ("shot on
Gibraltar's border", "marched on the Kenyan parliament")."""


def _owns_ground(doc: Document, toponym: Toponym) -> bool:
    """Whether a toponym owns or names the ground "on" introduces ("on Gibraltar's border":
    a place; "talks on Syria" and "sanctions on Iran's oil" are topics)."""
    if doc.parse is None:
        return False
    span = doc.parse.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return root.dep_ in ("poss", "compound") and root.head.lower_ in _GROUND_NOUNS


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
    chain = _chain(root)
    adjunct = root.dep_ == "advcl" and root.tag_ == "VBG"  # "stormed the village, killing 39"
    above = _clauses_above(root) if adjunct else ()
    when = _when(root)
    for i in when:  # "shot after leaving his Tehran office"
        chain.setdefault(i, _STEP)
    for host in above[:1]:  # "targeted a bus carrying pilgrims in Taji, killing 10"
        for i in _argument_clauses(root.doc[host]):
            chain.setdefault(i, chain.get(host, _ANCESTOR_DEPTH) + 1)
    means = [i for i in _means([root], _MEANS) if root.doc[i].lemma_ in ASSAILING_VERBS]
    held = _misread_participles(root)
    for i in held:  # "targeting the army (SAA) controlled Qorvath District"
        chain.setdefault(i, 0)
    objects_of = frozenset(
        {root.i, *_sharing(root), *_purposes(root), *when, *means, *above, *held}
    )
    start = span.root
    if _on_a_date(start):  # "patrolled Maputo Monday", "in the capital Maputo Monday"
        before = _before_the_date(start.head)
        if before is None or before.i in objects_of:
            return before and _Attached("object", chain[before.i], where=before.i)
        if before.lower_ not in PLACE_NOUNS:
            return None
        start = before
    start = _named_place_noun(start) or start
    wheres = frozenset(_where_antecedents(root))
    local, regional = _no_wider_than(toponym, 0), _no_wider_than(toponym, 1)
    attached = _climb(start, objects_of, chain, local=local, regional=regional, wheres=wheres)
    if attached is not None and attached.where in above:
        return dataclasses.replace(attached, host=True)  # "stormed Qorvath, killing 14 in Basra"
    return attached


def _misread_participles(verb: Any) -> list[int]:
    """The participles of holding right after the trigger's object that the parser read as
    verbs of their own, where they describe the noun after them: "targeting the army (SAA)
    controlled Qorvath District" reads as "targeting the army, [controlled Qorvath
    District]"; its object is the trigger's."""
    doc = verb.doc
    found = []
    for noun in verb.children:
        if noun.dep_ != "dobj":
            continue
        after = noun.right_edge.i + 1
        while after < len(doc) and doc[after].text == ")":
            after += 1
        if after == len(doc) or doc[after].lower_ not in _HELD:
            continue
        participle = doc[after]
        if participle.pos_ == "VERB" and not _with_subject(participle):
            found.append(participle.i)
    return found


_HELD = frozenset({"controlled", "held"})


def _where_antecedents(verb: Any) -> list[int]:
    """The nouns a "where" clause holding the trigger is on, where it happened ("attacked
    the village of Tarvik, where 30 people were killed"; "in Aleppo, where ...")."""
    for clause in (verb, *verb.ancestors):
        where = next((c for c in clause.children if c.lower_ == "where"), None)
        if where is None or clause.dep_ not in ("relcl", "advcl"):
            continue
        if clause.dep_ == "relcl":
            return [clause.head.i]
        before = where.doc[where.i - 1] if where.i > 0 else where
        before = before.doc[before.i - 1] if before.text == "," and before.i > 0 else before
        return [before.i] if before.pos_ in _NOUNS else []  # "in Aleppo where ..."
    return []


def _named_place_noun(token: Any) -> Any:
    """The place noun a name right after it (or after its comma) names, where the parser
    hung the name elsewhere ("shot in Congo's capital, Kinshasa" and "protested in the
    seaside capital Lome" read with the name on the verb)."""
    if token.dep_ not in ("npadvmod", "dep", "advmod") or token.i < 1:
        return None
    noun = token.doc[token.i - 1]
    if noun.text == "," and token.i >= 2:
        noun = token.doc[token.i - 2]
    return noun if noun.lower_ in PLACE_NOUNS else None


def _no_wider_than(toponym: Toponym, specificity: int) -> bool:
    """Whether a toponym is a name the gazetteer lacks or no wider than ``specificity``
    (0: a point or a city, "local"; 1: also a province, state, region or sea)."""
    place = toponym.place
    return (
        place is None or _unresolved(toponym) or SPECIFICITY.get(place.precision, 2) <= specificity
    )


def _chain(root: Any) -> dict[int, int]:
    """The words whose locative prepositions place the trigger's event, each with how far
    it is from the trigger: the trigger and the verbs conjoined with it, their clauses, the
    clauses governing it, the clauses on its arguments and the clauses its clauses go on
    with ("shot as they tried to cross a bridge near Kirkuk")."""
    verbs = [root, *root.conjuncts]
    clauses = [child for token in verbs for child in token.children if child.dep_ in _CLAUSES]
    chain = {token.i: _OTHER_CLAUSE if _apart(token, root) else 0 for token in reversed(verbs)}
    chain |= {
        clause.i: _clause_depth(clause)
        for clause in clauses
        if clause.i != root.i and not _another_time(clause)
    }
    for depth, token in enumerate(root.ancestors, start=_ANCESTOR_DEPTH):
        chain.setdefault(token.i, depth)
    for i in _argument_clauses(root):
        chain.setdefault(i, _ANCESTOR_DEPTH)
    for i in _means(verbs, _MEANS):
        chain.setdefault(i, _STEP)
    for child in (child for clause in clauses for child in clause.children):
        if child.dep_ == "xcomp":
            chain.setdefault(child.i, _ANCESTOR_DEPTH)
    for i in _misread_conjuncts(root):
        chain.setdefault(i, _STEP)
    for i in _misread_participle(root):
        chain.setdefault(i, _STEP)
    for i in _occasion_clauses(verbs):
        chain.setdefault(i, _ANCESTOR_DEPTH)
    return chain


_OCCASION_WORDS = _EVENT_PREPOSITIONS | {"in"}


def _occasion_clauses(verbs: list[Any]) -> list[int]:
    """The clauses on the act or fight the trigger happened in that say where it took
    place: "killed in the clashes that centred on Tarvik", "killed in an explosion that
    ripped through a mosque in Qorvath", "died during clashes, which took place near
    Tarvik"; not who did it where ("killed in an attack carried out by gunmen in Tarvik")."""
    return [
        clause.i
        for verb in verbs
        for preposition in verb.children
        if preposition.dep_ == "prep" and preposition.lower_ in _OCCASION_WORDS
        for noun in preposition.children
        if noun.dep_ == "pobj" and _an_event(noun)
        for clause in noun.children
        if clause.dep_ in _ARGUMENT_CLAUSES and _taking_place(clause)
    ]


HAPPENING_VERBS = frozenset(
    {*("occur", "happen", "center", "centre", "erupt", "rage", "rip", "tear", "unfold")}
)
"""Verbs of a clause on an act that say where it took place ("clashes that raged in
Tarvik"), besides "take place" and "break out"."""


def _taking_place(clause: Any) -> bool:
    """Whether a clause says where an act took place ("which took place near Tarvik",
    "that broke out in Qorvath", "centering on Tarvik")."""
    words = {child.lower_ for child in clause.children}
    lemma = clause.lemma_.lower()
    return (
        lemma in HAPPENING_VERBS
        or (lemma == "take" and "place" in words)
        or (lemma == "break" and "out" in words)
    )


def _misread_participle(verb: Any) -> list[int]:
    """The verb after "and" right after a trigger the parser read as a participle on a
    noun, though it has an object and so is the sentence's verb: "a bomber driving a car
    packed with explosives killed 11 people and wounded 30 in Qorvath" reads as "explosives
    [killed 11 people]", with "wounded 30 in Qorvath" hung elsewhere."""
    if verb.dep_ != "acl" or not any(child.dep_ == "dobj" for child in verb.children):
        return []
    after = verb.right_edge.i + 1
    doc = verb.doc
    if after + 1 >= len(doc) or doc[after].lower_ != "and" or doc[after + 1].pos_ != "VERB":
        return []
    return [after + 1]


def _misread_conjuncts(verb: Any) -> list[int]:
    """The clauses the parser hung on a word it conjoined with the trigger, where another
    verb of the same report was meant: "two were killed and three others wounded in
    Qorvath" reads as "killed and [others [wounded in Qorvath]]"."""
    return [
        clause.i
        for noun in verb.conjuncts
        if noun.pos_ not in ("VERB", "AUX")
        for clause in noun.children
        if clause.dep_ in _ARGUMENT_CLAUSES
    ]


_STEP = 1
"""How far a gerund of the trigger's "by", or a clause the parser hung on a noun it
conjoined with the trigger, is from it."""
_OTHER_CLAUSE = 2
"""How far a clause conjoined with the trigger's that has its own subject is from it: as far
as the nouns a step away ("shot in a clash near Kisumu, and a riot broke out near
Eldoret": Kisumu)."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CONTRASTS = frozenset({"while", "whereas"})
_SEQUENCE = frozenset({"before", "until"})


def _another_time(clause: Any) -> bool:
    """Whether a clause of the trigger is another event, before or after it, with its own
    subject ("Hours before the envoy landed in Tokyo, the North fired a missile"): its
    places are not the trigger's."""
    return bool(_marks(clause) & _SEQUENCE) and _with_subject(clause)


def _clause_depth(clause: Any) -> int:
    """How far a clause of the trigger is from it: one step, or, for a contrastive "while"
    clause with its own subject, another event, as far as the clauses above the trigger
    ("two were killed in Qorvath, while a third died near Basra")."""
    return _ANCESTOR_DEPTH if _marks(clause) & _CONTRASTS and _with_subject(clause) else 1


def _marks(clause: Any) -> set[str]:
    """The words that introduce a clause ("while", "before")."""
    return {child.lower_ for child in clause.children if child.dep_ == "mark"}


def _with_subject(verb: Any) -> bool:
    """Whether a verb has a subject of its own."""
    return any(child.dep_ in _SUBJECTS for child in verb.children)


_JOINING = frozenset({"cc", "punct", "aux", "auxpass", "advmod", "neg", "acomp", "oprd", "prt"})
"""Words that may stand between two verbs of one act ("shot and killed", "was shot dead
and robbed")."""


def _apart(verb: Any, root: Any) -> bool:
    """Whether a verb conjoined with the trigger is another act: one with a subject of its
    own, or one set apart from the trigger by its own arguments ("was captured fighting in
    Kunduz and sent to a camp at Qorvath"), not one of a pair ("shot and wounded in Qorvath")."""
    if _own_clause(verb, root):
        return True
    low, high = sorted((verb.i, root.i))
    verbs = {root.i, *(token.i for token in root.conjuncts)}
    between = verb.doc[low + 1 : high]
    return any(token.i not in verbs and token.dep_ not in _JOINING for token in between)


def _own_clause(verb: Any, root: Any) -> bool:
    """Whether a verb conjoined with the trigger heads a clause of its own, with its own
    subject: another event, whose places come after the trigger's own ("two were killed
    by gunmen in Kharkiv and a guard was shot in Izium")."""
    return verb.i != root.i and verb.pos_ in ("VERB", "AUX") and _with_subject(verb)


_MEANS = ("by", "in")


def _means(verbs: list[Any], words: tuple[str, ...]) -> list[int]:
    """The gerunds after the trigger's "by" or "in": the acts it was done by or in, where it
    happened ("began the assault by storming the Qorvath barracks", "succeeded in
    capturing the town of Tarvik")."""
    return [
        gerund.i
        for verb in verbs
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in words
        for gerund in prep.children
        if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG"
    ]


def _on_a_date(token: Any) -> bool:
    """Whether the parser took a place for a modifier of the date after it ("patrolled
    Maputo Monday")."""
    head = token.head
    return token.dep_ == "compound" and head.dep_ == "npadvmod" and _a_date(head)


def _a_date(token: Any) -> bool:
    """Whether a word is a date: one the NER tagged, a weekday (the NER reads "Goma
    Thursday" as one name) or a month ("Oct.9")."""
    return (
        token.ent_type_ == "DATE"
        or token.lower_ in _DAY_WORDS
        or bool(_MONTH.fullmatch(token.text))
    )


_DAY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"}
    | {"today", "tonight"}
)
_MONTH = re.compile(r"(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\d{0,2}", re.I)
"""A month, or a month and day written as one word ("Oct.9"), which "May" is not: a verb."""


def _past_the_date(noun: Any) -> Any:
    """The verb a date hangs on, where the parser hung a preposition on the date ("captured
    Oct.9 in Sydney", "killed Monday in Kabul"); else the word itself."""
    return noun.head if _a_date(noun) and noun.dep_ in ("advmod", "npadvmod") else noun


def _before_the_date(date: Any) -> Any:
    """The word before the date and the words the parser hung on it: the verb or the noun
    the place goes with ("patrolled downtown Maputo Monday", "the capital Maputo")."""
    first = min(child.left_edge.i for child in date.children if child.dep_ == "compound")
    return date.doc[first - 1] if first > 0 else None


def _argument_clauses(verb: Any) -> list[int]:
    """The clauses on the trigger's arguments that say where they were when it happened:
    "a driver crossing a bridge in Mosul was shot", "destroyed a plane that landed in
    Herat", "shot by gunmen who opened fire in Tarvik"."""
    return [
        clause.i
        for argument in _arguments(verb)
        for clause in argument.children
        if clause.dep_ in _ARGUMENT_CLAUSES
        and not _aside(argument, clause)
        and clause.lemma_ not in _STATES
    ]


_STATES = frozenset({"be", "have", "base", "station", "live"})
"""Verbs of a clause on an argument that say where it stays, not where it was when the
event happened ("troops which have their bases in Tarvik", "a brigade based in Tarvik")."""


def _arguments(verb: Any) -> list[Any]:
    """The trigger's subject, object, date and agent ("shot by gunmen who opened fire in
    Tarvik")."""
    found = [child for child in verb.children if child.dep_ in _ARGUMENT_CLAUSE_HOSTS]
    agents = (child for child in verb.children if child.dep_ == "agent")
    return found + [noun for agent in agents for noun in agent.children if noun.dep_ == "pobj"]


def _aside(argument: Any, clause: Any) -> bool:
    """A relative clause set off by a comma that describes a person or thing apart from
    the event ("Rahim, who was born in Jeddah, was arrested"); not one on a date ("wounded
    Tuesday, when a grenade went off in Galle")."""
    if clause.dep_ != "relcl" or argument.dep_ == "npadvmod":
        return False
    before = clause.left_edge.i - 1
    return before >= 0 and clause.doc[before].text == ","


_ARGUMENT_CLAUSE_HOSTS = frozenset({"nsubj", "nsubjpass", "dobj", "npadvmod"})
_ARGUMENT_CLAUSES = frozenset({"relcl", "acl"})


def _sharing(verb: Any) -> list[int]:
    """The verbs conjoined with a trigger that has no object or passive subject of its own,
    whose ones it shares ("seized and looted the town", "was hit and destroyed")."""
    if any(child.dep_ in _OBJECTS for child in verb.children):
        return []
    return [token.i for token in verb.conjuncts if token.pos_ in ("VERB", "AUX")]


def _when(verb: Any) -> list[int]:
    """The clauses of time on a trigger that enter, leave or assail a place at its time,
    and its gerunds after "after" that happen just before it, where it happened ("was shot
    as he left a Qorvath mosque", "were captured when militants overran the town of Tarvik",
    "killed after shells hit the city of Tarvik", "shot after leaving his Tarvik office";
    see ``_happened_at_once`` and ``_just_before``)."""
    clauses = [
        clause.i
        for clause in verb.children
        if clause.dep_ == "advcl"
        and any(_happened_at_once(clause, child.lower_) for child in clause.children)
    ]
    gerunds = [  # "shot dead after leaving his Tehran office"
        gerund.i
        for after in verb.children
        if after.dep_ == "prep" and after.lower_ == "after"
        for gerund in after.children
        if gerund.dep_ == "pcomp" and gerund.tag_ in ("VBG", "VBN") and _just_before(gerund)
    ]
    return clauses + gerunds


def _just_before(gerund: Any) -> bool:
    """Whether a gerund after "after" leaves or reaches a place, is an assault suffered
    there or opens fire there, just before the trigger ("shot after leaving his office",
    "captured after going to the town of Tarvik", "died after being shot in Tarvik", "shot
    dead after opening fire in a Tarvik cafe")."""
    passive = any(child.lower_ == "being" for child in gerund.children)
    return (
        gerund.lemma_ in ENTERING_VERBS | ARRIVING_VERBS
        or (passive and gerund.lemma_ in WOUNDING_VERBS)
        or _opening_fire(gerund)
    )


def _opening_fire(verb: Any) -> bool:
    """Whether a verb is "opened fire", an assault that happens where it is answered
    ("shot dead after opening fire in a Tarvik restaurant")."""
    return verb.lemma_ == "open" and any(child.lower_ == "fire" for child in verb.children)


ARRIVING_VERBS = frozenset({"go", "travel", "return", "arrive", "come"})
WOUNDING_VERBS = frozenset({"shoot", "stab", "wound", "hit", "attack", "ambush", "beat"})


ENTERING_VERBS = frozenset(
    {*("leave", "overrun", "raid", "bomb", "bombard", "attack", "shell", "besiege", "occupy")}
)
_TIME_WORDS = frozenset({"as", "when", "while"})


def _happened_at_once(clause: Any, mark: str) -> bool:
    """Whether a clause of time marked so enters, leaves or assails a place at the time of
    the trigger: "as", "when" or "while" any of these, "after" an assault, which caused it
    ("killed after shells hit the town of Tarvik"; not "after they seized Qorvath", a step
    before)."""
    if mark in _TIME_WORDS:
        return clause.lemma_ in TAKING_VERBS | ENTERING_VERBS
    return mark == "after" and clause.lemma_ in ASSAILING_VERBS - TAKING_VERBS - {"leave"}


def _purposes(verb: Any) -> list[int]:
    """The infinitives of taking a place on a trigger, whose objects are where it was
    aimed ("launched an offensive to capture the town of Qorvath", "managed to enter
    Tarvik"; not "bombed to free Kuwait")."""
    return [
        clause.i
        for clause in verb.children
        if clause.dep_ in _CLAUSES
        and clause.lemma_ in TAKING_VERBS
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in clause.children)
    ]


TAKING_VERBS = frozenset(
    {*("capture", "recapture", "take", "retake", "seize", "regain", "storm", "enter"), "reach"}
)
ASSAILING_VERBS = TAKING_VERBS | ENTERING_VERBS | {"target", "strike", "hit"}
"""Verbs whose object is a place taken, entered, left or assailed: by or in such a gerund
the trigger happened there ("began the assault by storming the town of Tarvik",
"succeeded in capturing Qorvath"; not "won the title by beating Italy")."""


def _clauses_above(participle: Any) -> list[int]:
    """The clause a participle adjunct hangs from, and the clauses above that one when it
    is itself an adverbial clause: the parser hangs "killing 39" of "raided the village
    as farmers were gathering for the harvest, killing 11" on "gathering"."""
    found = [participle.head]
    while found[-1].dep_ == "advcl" and found[-1].head.i != found[-1].i:
        found.append(found[-1].head)
    return [token.i for token in found]


def _climb(
    token: Any,
    verbs: frozenset[int],
    chain: dict[int, int],
    *,
    local: bool = False,
    regional: bool = False,
    wheres: frozenset[int] = frozenset(),
) -> _Attached | None:
    """Up from the toponym to the first locative preposition whose head is on the trigger's
    chain, or to a noun a "where" clause holding the trigger is on (``wheres``); through
    "of" and through the nouns that other prepositions hang from ("positions at X", "an
    attack in X"), each noun a step further away."""
    hops, direct, word, modifier, owner, target = 0, True, "", False, False, False
    for _ in range(_REACH):
        if token.i in wheres and not modifier:  # "in Aleppo, where 67 were killed"
            return _Attached(word or "in", hops, target=target, where=token.i)
        head = _past_of(token)
        if head.i == token.i:
            return None
        if (noun := _called_noun(token)) is not None:
            token = noun  # "captured two areas known as Qorvath": the areas
        elif token.dep_ == "pobj" and _targeted(head):  # "the attack on Aleppo", "the battle for"
            target = target or modifier  # "attacks on U.S. forces": a describer
            token, direct, word = head.head, False, word or "in"
        elif token.dep_ == "pobj" and (host := _near_host(head)) is not None:
            found = _at("near", host.i, chain, hops, direct=direct)
            if found is not None or not _nominal(host):
                return found and dataclasses.replace(found, modifier=modifier, target=target)
            token, hops, direct, word = host, hops + 1, False, word or "near"
        elif token.dep_ == "pobj" and (
            head.lower_ in PREPOSITIONS
            or _out_of(head)
            or _motion(head)
            or _between_towns(head, local=local, named=direct)
        ):
            found = _at(str(head.lower_), _past_the_date(head.head).i, chain, hops, direct=direct)
            modifier = modifier or head.lower_ in ("from", "out")  # "from Qorvath to Basra"
            if found is not None or not _nominal(head.head):
                return found and dataclasses.replace(found, modifier=modifier, target=target)
            token, hops, direct, word = head.head, hops + 1, False, word or str(head.lower_)
        elif word and (governor := _governor(token, word, local=local)) is not None:
            found = _at(word, governor, chain, hops, direct=False)
            noun = token.doc[governor]
            if (
                found is None
                and noun.dep_ == "pobj"
                and ((_by_whom(token) and _an_event(noun)) or _doer_or_means(noun))
            ):
                token, hops = noun, hops + 1  # "in a bombing by a jihadist in Tarvik"
                continue
            return found and dataclasses.replace(found, modifier=modifier, target=target)
        elif word == "on" and token.dep_ == "pobj" and _doer_or_means(token):
            found = _at(word, head.head.i, chain, hops + 1, direct=False)
            if found is not None or not _nominal(head.head):  # "raids by jets on Raqqa"
                return found and dataclasses.replace(found, modifier=modifier, target=target)
            token, hops, direct = head.head, hops + 1, False
        elif word and token.dep_ == "pobj" and _between_sides(head):
            token, hops, direct = head.head, hops + 1, False  # "clashes between A and B in X"
        elif token.dep_ == "pobj" and head.lower_ == "of" and _COMPASS.fullmatch(head.head.lower_):
            compass = head.head  # "in the north of Lebanon"; "20 km north of Kirkuk": near it
            if compass.dep_ in _BARE_COMPASS:
                if not _near_by_compass(compass):
                    return None
                found = _at(word or "near", compass.head.i, chain, hops + 1, direct=True)
                if found is not None or not _nominal(compass.head):
                    return found and dataclasses.replace(found, modifier=True)
                token, hops, direct, word = compass.head, hops + 2, False, word or "near"
                modifier = True
            elif any(child.dep_ == "det" for child in compass.children):
                token, direct = compass, False
            else:
                return None
        elif token.dep_ == "pobj" and (places := _among_places(head)) is not None:
            token = places  # "captured strongholds, including Mazar-e-Sharif"
        elif token.dep_ == "pobj" and head.lower_ == "of" and _in_a_name(token):
            token, modifier = head.head, True  # "the Liberation Front of Tajikistan"
        elif token.dep_ == "pobj" and head.lower_ == "of" and _quantity(head.head):
            token, direct = head.head, False  # "in one of Peru's provinces"
        elif token.dep_ == "pobj" and (head.lower_ == "of" or _way_to(head)):
            if not word and not _holds_a_place(head.head, local=local):
                return _object_of(head.head, verbs, chain, hops, modifier=modifier)
            token, direct = head.head, False
            word = word or ("in" if head.head.lower_ in EVENT_NOUNS else "")
        elif token.dep_ == "nsubj" and head.i in verbs and owner and _local(token, regional):
            return _Attached("subject", hops + chain[head.i], modifier=True, where=head.i)
        elif token.dep_ == "dobj" and head.i not in verbs and _on_an_assault(head):
            token, direct, word = head.head, False, word or "in"  # "raids that hit Qorvath"
        elif token.dep_ in _OBJECTS and head.i in verbs:
            if modifier and not owner:
                return None
            return _Attached(
                _OBJECTS[token.dep_],
                hops + chain[head.i],
                modifier=modifier,
                target=target,
                where=head.i,
            )
        elif token.dep_ in _CLIMB:
            if not modifier and _modifies_a_thing(token, local=local):
                modifier, owner = True, token.dep_ in _OWNERS
            direct = direct and token.dep_ != "compound" and head.lower_ not in PLACE_NOUNS
            token = head  # "marched on Basra's business district": a place, not a topic
        else:
            return None
    return None


ACT_NOUNS = frozenset(
    {*("ambush", "ambushes", "protest", "protests", "campaign", "crackdown", "shootout")}
)
"""Nouns of an act besides assaults, clashes and those ending in -ion or -ing."""


def _doer_or_means(noun: Any) -> bool:
    """Whether a noun is the trigger's doer or means, which a place the parser hung on a
    noun of its own may go on to ("shot by two men with rifles in Sahiwal")."""
    return noun.head.dep_ == "agent" or noun.head.lower_ == "with"


def _by_whom(token: Any) -> bool:
    """Whether a noun is the doer after "by" of another noun ("an attack by militiamen")."""
    return token.dep_ == "pobj" and token.head.lower_ == "by"


def _holds_a_place(noun: Any, *, local: bool) -> bool:
    """Whether an "of" after a noun names a place where it is: a place or event noun ("the
    outskirts of Aleppo", "the invasion of Kuwait") or, for a town, a site or a street
    ("the council headquarters of Tarvik", "the main market of Kisumu", "the main avenue
    of Tarvik", "a central square of Kisumu"; not "the embassy of France")."""
    word = noun.lower_
    local_nouns = SITE_NOUNS | STREET_NOUNS
    return word in PLACE_NOUNS | EVENT_NOUNS | WAYS_IN or (local and word in local_nouns)


STREET_NOUNS = frozenset(
    {*("street", "avenue", "avenues", "boulevard", "square", "squares", "thoroughfare")}
)
"""Nouns of a town's streets and squares, whose "of" names the town ("the main avenue of
Tarvik")."""


WAYS_IN = frozenset({"entrance", "entrances", "gate", "gates", "approaches", "road", "highway"})
"""Nouns whose "to" names the place they lead into ("at the entrance to Bethlehem", "on
the road to Ariel")."""


def _way_to(preposition: Any) -> bool:
    """Whether a "to" names the place a way leads into ("the entrance to Tarvik")."""
    return preposition.lower_ == "to" and preposition.head.lower_ in WAYS_IN


SITE_NOUNS = frozenset(
    {*("headquarters", "office", "offices", "building", "buildings", "compound", "home")}
    | {*("homes", "house", "houses", "residence", "market", "marketplace", "hospital")}
    | {*("school", "mosque", "church", "palace", "airport", "station", "prison", "hotel")}
    | {*("checkpoint", "checkpoints", "crossing", "nightclub", "restaurant", "cafe", "shop")}
    | {*("junction", "intersection", "roundabout", "crossroads", "doorstep")}
)
"""Nouns of a site, which a town before or after them places ("a Qorvath mosque", "the
main market of Tarvik")."""


def _nominal(token: Any) -> bool:
    """Whether a word is a noun a place may hang from: a noun, or a gerund after a
    preposition ("killed in a drive-by shooting in Kisumu")."""
    return token.pos_ in _NOUNS or (token.dep_ == "pobj" and token.tag_ == "VBG")


CLASH_NOUNS = BATTLE_NOUNS | {
    *("clash", "clashes", "fights", "scuffle", "scuffles", "skirmish", "skirmishes"),
    *("gunbattle", "gunbattles", "firefight", "firefights", "confrontation"),
    *("confrontations", "war", "conflict"),
}
"""Nouns of a fight whose sides "between" names ("clashes between police and protesters")."""


def _between_towns(preposition: Any, *, local: bool, named: bool) -> bool:
    """Whether a "between" places the event between towns ("positions between Qorvath and
    Tarvik", "clashes broke out between troops and rebels at Tarvik"), not between sides
    ("talks between Russia and China"; "mediated between Washington and Moscow", where the
    towns ``named`` after a verb's "between" are its sides)."""
    if not local or preposition.lower_ != "between" or _between_sides(preposition):
        return False
    return not named or preposition.head.pos_ in _NOUNS


def _between_sides(preposition: Any) -> bool:
    """Whether a preposition names the sides of a fight: a place the parser hangs on the last
    side is where the fight was ("clashes between police and protesters in Sanaa")."""
    return preposition.lower_ == "between" and preposition.head.lower_ in CLASH_NOUNS


LOCAL_FORCES = frozenset(
    {*("police", "policemen", "firefighters", "residents", "villagers", "protesters")}
    | {"protestors", "demonstrators", "marchers", "rioters"}
)
"""The people of a town, who act in it ("Dallas police shot a man")."""


def _local(subject: Any, regional: bool) -> bool:
    """Whether the trigger's subject is the police or people of the town or province that
    names them (``regional``; "Dallas police shot a man": in Dallas, ranked with the
    describers; "Texas residents protested"; not "US police"), or a thing of it that the
    trigger befell ("the Tarvik floods occurred", "the Tarvik theatre burned down")."""
    if not regional:
        return False
    return subject.lower_ in LOCAL_FORCES or subject.head.lemma_.lower() in BEFALLING_VERBS


BEFALLING_VERBS = frozenset(
    {*("occur", "happen", "burn", "collapse", "explode", "sink", "crash", "erupt", "flood")}
)
"""Verbs of what befalls their subject, where the subject's town is where it happened."""


STRIKE_NOUNS = ASSAULT_NOUNS | {
    *("bombings", "blast", "blasts", "explosion", "explosions", "shellings"),
}
"""Nouns of an assault whose clause's object is where it struck ("raids that hit Homs")."""


def _on_an_assault(verb: Any) -> bool:
    """Whether a verb is a clause on an assault noun, whose object is where the assault
    happened ("killed in raids that targeted Qorvath", "bombings hitting Basra")."""
    return verb.dep_ in _ARGUMENT_CLAUSES and verb.head.lower_ in STRIKE_NOUNS


def _motion(preposition: Any) -> bool:
    """Whether a preposition names where a motion goes ("to") or begins ("from")."""
    verb = preposition.head.lemma_.lower()
    if preposition.lower_ == "to":  # "travelled to Tehran", "took to the streets of Lyon"
        return verb in MOTION_VERBS or (verb == "take" and _to_the_streets(preposition))
    return preposition.lower_ == "from" and verb in FROM_VERBS


def _near_host(preposition: Any) -> Any:
    """The word a preposition places near somewhere hangs from, when it says how near:
    "not far from Kandahar", "200 metres away from the offices", "close to Tarvik", "next to
    the embassy"; not "far (away) from"."""
    adverb = preposition.head
    if adverb.i != preposition.i - 1:  # "ambushed not far from": "from" hung on the verb
        adverb = preposition.doc[preposition.i - 1] if preposition.i > 0 else adverb
    if adverb.lower_ not in _NEARNESS.get(preposition.lower_, ()):
        return None
    before = preposition.doc[adverb.i - 1].lower_ if adverb.i > 0 else ""
    if adverb.lower_ == "far" and before not in ("not", "never"):
        return None
    if adverb.lower_ == "away" and before == "far":
        return None
    return preposition.head if adverb.head.i == preposition.i else adverb.head


_NEARNESS = {"from": ("far", "away"), "to": ("close", "next")}


def _to_the_streets(preposition: Any) -> bool:
    """Whether a "to" after "take" names the streets protesters took to."""
    return any(child.lower_ == "streets" for child in preposition.children)


_OF_PREPOSITIONS = frozenset({"outside", "inside", "out"})


PLACES = PLACE_NOUNS | {"strongholds", "communities", "places", "rivers", "sites"}
"""Nouns of places, whose "including" names some of them ("captured five towns, including
Tarvik")."""


def _among_places(preposition: Any) -> Any:
    """The places before an "including" that names some of them, if it does ("sacked 29
    villages, including Qorvath"; "patrolled the cities on Friday, including Kano", hung
    on the verb); not the people ("killed ten militants, including their commander in
    Tarvik")."""
    if preposition.lower_ != "including":
        return None
    head = preposition.head
    if head.pos_ in ("VERB", "AUX"):  # the parser hangs it on the verb after a date
        head = next((child for child in head.children if child.dep_ in _OBJECTS), head)
    return head if head.lower_ in PLACES else None


def _out_of(preposition: Any) -> bool:
    """Whether a preposition is the "out" of "out of", which names where a motion began
    ("shot as he stepped out of a Qorvath courthouse"), ranked like "from"."""
    return preposition.lower_ == "out" and any(c.lower_ == "of" for c in preposition.children)


def _past_of(token: Any) -> Any:
    """The token's head, past an "of" after a preposition ("outside of Nazran")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _OF_PREPOSITIONS:
        return head.head
    return head


def _called_noun(token: Any) -> Any:
    """The place noun a name is the name of through "called", "named", "dubbed" or "known
    as" ("a place called Tarvik", "two areas known as Qorvath"), or None ("a battle dubbed
    Qorvath", "Sadr City, formerly called Tarvik City")."""
    namer = token.head
    if token.dep_ == "pobj" and namer.lower_ == "as":
        namer = namer.head
    elif token.dep_ != "oprd":
        return None
    noun = namer.head
    if namer.dep_ != "acl" or namer.lemma_ not in ("call", "name", "dub", "know"):
        return None
    common = noun.text.islower() and (noun.lower_ in PLACE_NOUNS or noun.lower_ in _SPOTS)
    return noun if common else None


_SPOTS = frozenset({"place", "places", "spot", "location", "peak", "strip"})
"""Nouns besides place nouns that "called" or "known as" may name ("a place called X")."""


def _in_a_name(place: Any) -> bool:
    """Whether a place after "of" is part of an organisation's name ("the Liberation Front
    of Tajikistan", "the Labour Party of Malta")."""
    return place.ent_type_ == "ORG" and place.head.head.pos_ == "PROPN"


QUANTITIES = frozenset({"one", "some", "many", "most", "all", "each", "several", "both"})


def _quantity(token: Any) -> bool:
    """A number or quantity whose "of" names the places it counts ("in one of Peru's
    provinces", "in two of the villages")."""
    return token.lower_ in QUANTITIES or (token.pos_ == "NUM" and token.dep_ == "pobj")


_MEASURES = frozenset({"kilometers", "kilometres", "km", "miles", "meters", "metres", "yards"})


def _near_by_compass(compass: Any) -> bool:
    """Whether a bare direction ("north of Ramadi") says near where the event happened:
    not when it describes a place ("a mountain village, east of Kabul"; "Marulan, 950
    km south of Manila")."""
    head = compass.head
    if head.pos_ == "PROPN" or head.lower_ in _MEASURES:
        return False
    before = compass.left_edge.i - 1
    return before < 0 or compass.doc[before].text != ","


def _targeted(preposition: Any) -> bool:
    """Whether a preposition names the target of an assault or a battle, where it happened:
    "the attack on Homs", "an offensive against Misrata", "the battle for Sirte"."""
    noun = preposition.head.lower_
    if preposition.lower_ in ("on", "against"):
        return noun in ASSAULT_NOUNS
    return preposition.lower_ == "for" and noun in BATTLE_NOUNS


def _object_of(
    noun: Any, verbs: frozenset[int], chain: dict[int, int], hops: int, *, modifier: bool
) -> _Attached | None:
    """The attachment of a place after "of" when the noun before it is the trigger's
    object ("seized 60 percent of Liberia", "captured the airport of Kandahar")."""
    if modifier or noun.dep_ not in _OBJECTS or noun.head.i not in verbs:
        return None
    if noun.ent_type_ == "PERSON" or noun.pos_ == "NUM":  # "Lopez, 34, of Madrid"
        return None
    return _Attached(_OBJECTS[noun.dep_], hops + chain[noun.head.i], where=noun.head.i)


def _governor(token: Any, word: str, *, local: bool = False) -> int | None:
    """The verb that a noun a place hangs from (through ``word``) is an argument, agent or
    occasion of: "gunmen in Hebron seized", "wounded by snipers in Hilla", "seized
    during a raid in Yemen"; for a town, also what a protest was against ("marched
    against the reform in Lyon")."""
    head = token.head
    if word in _ARGUMENT_WORDS and token.dep_ in _ARGUMENTS | {"npadvmod"}:
        return int(head.i)  # "npadvmod": "was arrested March 3 in Lima" hung on the date
    if token.dep_ != "pobj":
        return None
    if (word in _ARGUMENT_WORDS and head.dep_ == "agent") or _occasion(head):
        return int(head.head.i)
    if word in _ARGUMENT_WORDS and head.dep_ == "prep" and head.lower_ in _OTHER_PREPOSITIONS:
        return int(head.head.i)
    if local and word in _ARGUMENT_WORDS and _protested_against(head):
        return int(head.head.i)
    return None


def _protested_against(preposition: Any) -> bool:
    """Whether a preposition says what a protest was against, a thing that is no act
    ("demonstrated against the war in Lyon"; not "against the bombing in Tarvik", "against
    the detention of a leader in Qorvath")."""
    return (
        preposition.lower_ == "against"
        and preposition.head.lemma_ in PROTEST_VERBS
        and not any(_an_act(child) for child in preposition.children)
    )


def _an_act(noun: Any) -> bool:
    """Whether a noun names an act, which has its own place ("the killing", "detention")."""
    word = noun.lower_
    return word in ASSAULT_NOUNS or word.endswith(("ion", "ing", "ions", "ings"))


def _an_event(noun: Any) -> bool:
    """Whether a noun names an act or a fight ("an ambush", "clashes", "a bombing")."""
    return _an_act(noun) or noun.lower_ in ACT_NOUNS | STRIKE_NOUNS | CLASH_NOUNS


PROTEST_VERBS = frozenset({"protest", "demonstrate", "march", "rally", "strike", "picket"})


_OTHER_PREPOSITIONS = frozenset({"with", "by", "under", "among", "for"})
"""Prepositions of the trigger whose object's place is the event's ("captured with
explosives in Kharkiv", "arrested for fraud in Izium"); not "against", whose object is
often what a protest is about ("protested against the war in Iraq"), unless the place is
a town (see ``_protested_against``)."""


def _occasion(preposition: Any) -> bool:
    """Whether a preposition's object is the occasion of the event: "during", "amid", and
    "after" right after it ("caught after a shootout in Multan"; not "a day after")."""
    if preposition.lower_ == "after":
        return not any(child.dep_ == "npadvmod" for child in preposition.children)
    return preposition.lower_ in _EVENT_PREPOSITIONS


def _modifies_a_thing(token: Any, *, local: bool) -> bool:
    """Whether the token modifies a noun that is no place ("US soldiers", "the US
    embassy"; not "the Donetsk region"), nor, for a town or a name the gazetteer lacks,
    the rest of a longer name ("the Karachi Press Club")."""
    return (
        token.dep_ in _MODIFIERS
        and token.head.pos_ in _NOUNS
        and token.head.lower_ not in PLACE_NOUNS
        and not (local and _name_goes_on(token))
        and not (local and token.head.lower_ in SITE_NOUNS)  # "near the Tarvik checkpoint"
    )


def _name_goes_on(token: Any) -> bool:
    """Whether a place is the start of a longer place name ("the Karachi Press Club"): a
    compound on a proper noun."""
    return token.dep_ == "compound" and token.head.pos_ == "PROPN"


def _at(
    word: str, where: int, chain: dict[int, int], hops: int, *, direct: bool
) -> _Attached | None:
    if where not in chain:
        return None
    word = word if direct or word != "on" else "on a place"
    return _Attached(word, chain[where] + hops, where=where)


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
    the resolved toponym right after it ("a hotel in Qoryale"), if any, else stays at
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


_THE_TOWN = re.compile(
    r"\bthe\s+(?P<noun>city|town|village)\b(?!['\u2019]|\s+(?:of|council|hall|centre|center)\b)"
)
"""A town the text named before, called by its noun alone ("in the south of the city")."""


def _town_named_before(doc: Document, event: Event) -> Toponym | None:
    """The town that "the city", "the town" or "the village" stands for, where that phrase
    is where the event happened ("fighting raged in Tarvik ... The rebels shelled a
    hospital in the south of the city": Tarvik): the town named most before it."""
    sentence = next((s for s in doc.sentences if s.index == event.sentence), None)
    if sentence is None or doc.parse is None:
        return None
    for match in _THE_TOWN.finditer(doc.article.text, sentence.start, sentence.end):
        town = _town_before(doc, match.start())
        if town is None:
            continue
        phrase = dataclasses.replace(
            town, start=match.start(), end=match.end(), text=match.group(), sentence=sentence.index
        )
        attached = attachment(doc, phrase, event.trigger)
        if attached is not None and not attached.modifier:
            return dataclasses.replace(town, reason=f"'{match.group()}' named before")
    return None


def _town_before(doc: Document, offset: int) -> Toponym | None:
    """The town (or point) the text names most before an offset, the last named on a tie:
    the town the story is about ("the city" of a Lagos story that also names Abuja)."""
    towns = [
        t
        for t in doc.toponyms
        if t.end <= offset and t.place is not None and t.place.precision in ("city", "point")
    ]
    if not towns:
        return None
    counts = Counter(t.place for t in towns)
    return max(reversed(towns), key=lambda t: counts[t.place])


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
