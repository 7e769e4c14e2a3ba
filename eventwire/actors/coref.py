"""In-article coreference: mentions that stand for actors named elsewhere in the article.

* ``he`` / ``she`` → the last person mentioned before it (known or unknown by name);
* ``his country`` / ``her government`` / ``their nation`` → the country (or its government)
  of the last actor with a country mentioned before it (a person or an office holder for
  "his" and "her");
* ``the rebels`` / ``the militants`` → the last armed group with a country named before it;
* ``the two leaders`` / ``the two (foreign) ministers`` / ``both sides`` / ``the two
  countries`` / ``both neighbours``… → the two main actors of the article (the two
  persons, the two sides, or the two countries, mentioned most often; ties go to the one
  named first). A side is a
  country's state (government, army, police...) or a group of its own (rebels,
  opposition), so "both sides" of a civil war are the army and the rebels; the press and
  civilians take no side. Such a compound mention is given as two mentions with the same
  offsets, one per actor, so that each makes its own events.

The resolver adds these after its own mentions; a phrase already inside a mention is left.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from importlib.resources import files

from eventwire.datatypes import Actor, Mention

PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
PAIR = re.compile(
    r"\b(?:the two|both|The two|Both)\s+(?:foreign |prime |defence |defense )?"
    r"(leaders|presidents|ministers|men|women|sides|parties|delegations|"
    r"countries|nations|governments|states|neighbours|neighbors|rivals|allies)\b"
)
DEFINITE = re.compile(
    r"\b(?:the|The)\s+(?:(?P<modifier>[\w'-]+)\s+)?(?P<noun>bloc|alliance|group)\b"
    r"(?!['\u2019]s|\s+of\s+(?!\w+ing\b))"
)
"""A bloc or group named before ("the group said", "the Iran-backed group", "the
Palestinian group"), not a group of others ("the group of seven"), though "accused the bloc
of imposing ..." is the bloc. Not an owner ("the group's attacks"), whose events have no
target of their own to stand for."""
BACKING = re.compile(r"-(?:backed|linked|aligned|allied|supported|sponsored)$")
"""A modifier naming a group's backer, not its country ("the Iran-backed group")."""
EPITHET = re.compile(
    r"\b(?:the|The)\s+(?P<region>[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+)?)\s+"
    r"(?P<noun>state|nation|country|kingdom|emirate|republic|monarchy|sultanate|neighbou?r)"
    r"\b(?!['\u2019]s|\s+of\s+[A-Z])"
)
"""A country named by the region it is in, after it was named: "the Baltic state", "the
Gulf kingdom", "the Central American country"; not an owner ("the kingdom's oil") nor a
part of a country ("the Indian state of Kerala")."""
POSSESSED = re.compile(
    r"\b(?P<owner>his|her|their|His|Her|Their)\s+(?P<noun>country|nation|government|"
    r"administration)\b"
)
PERSON_KINDS = frozenset({"person", "unknown-person"})
HOLDER_KINDS = PERSON_KINDS | {"office"}
"""What "he" and "she" may stand for: a person, or the holder of an office named by it
("Sweden's prime minister said he ...")."""
PERSON_NOUNS = frozenset({"leaders", "presidents", "ministers", "men", "women"})
GOVERNMENT_NOUNS = frozenset({"governments", "government", "administration", "delegations"})
SIDE_NOUNS = frozenset({"sides", "parties"})
"""Pair nouns that may name two sides of one country ("the army and the rebels")."""
PEER_NOUNS = frozenset({"neighbours", "neighbors", "rivals", "allies"})
"""Pair nouns that name the two actors as they were named ("Washington and Seoul ... the
two allies")."""
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
NO_SIDE_SECTORS = frozenset({"MED", "CVL"})
ARMED_GROUPS = frozenset({"REB", "INS", "PRM", "UAF"})
"""Groups that are a side even with no country ("the rebels")."""


def corefer(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with pair, possessed and pronoun mentions added, sorted by offset.

    A pair or a possessed mention replaces the bare role mention inside it (``leaders``,
    ``government``, with no country).
    """
    mentions = _definite_armed_groups(text, mentions)
    definite = list(_definite(text, mentions))
    pairs = [*_pairs(text, mentions), *_possessed(text, mentions), *definite]
    pairs += _epithets(text, mentions)
    kept = [
        m
        for m in mentions
        if not (pairs and _inside_any(m, pairs) and not _national(m))
        and not _inside_any(m, definite)  # "the Palestinian group": the group
    ]
    pronouns = _pronouns(text, kept)
    starts = [m.start for m in kept]
    extra = [m for m in [*pairs, *pronouns] if not _overlaps(kept, starts, m)]
    return sorted([*kept, *extra], key=lambda m: m.start)


def _overlaps(mentions: Sequence[Mention], starts: Sequence[int], mention: Mention) -> bool:
    """Whether a mention overlaps one of the (sorted, non-overlapping) mentions."""
    at = bisect.bisect_left(starts, mention.end)
    return at > 0 and mentions[at - 1].end > mention.start


def _inside_any(mention: Mention, spans: Sequence[Mention]) -> bool:
    return any(s.start <= mention.start and mention.end <= s.end for s in spans)


def _pronouns(text: str, mentions: Sequence[Mention]) -> Iterator[Mention]:
    """ "he", "she": the last person (or office holder) named before it who is not named
    again later in its sentence ("Grossi said he would meet Raisi. He last met Raisi in
    March": the second "He" is Grossi, not Raisi)."""
    people = [m for m in mentions if m.kind in HOLDER_KINDS and m.actor is not None]
    ends = [m.end for m in people]
    sentence_ends = [found.end() for found in SENTENCE_END.finditer(text)]
    for match in PRONOUN.finditer(text):
        later = _named_later_in_sentence(text, people, match.end())
        earlier = people[: bisect.bisect_right(ends, match.start())]
        before = sentence_ends[: bisect.bisect_left(sentence_ends, match.start())]
        earlier = _without_the_owned(text, earlier, before[-1] if before else 0)
        found = next((m for m in reversed(earlier) if _person_key(m) not in later), None)
        if found is not None and found.actor is not None:
            yield _mention(match, found.actor, "pronoun")


AFTER_OF = re.compile(r"\bof (?:a |an |the )?$")


def _without_the_owned(text: str, people: list[Mention], sentence: int) -> list[Mention]:
    """The people, less one named after "of" whose sentence (starting at ``sentence``)
    names a person before it: "Biden met the widow of Alexei Navalny, and he said ..."
    (Biden, not Navalny)."""
    in_sentence = [m for m in people if m.start >= sentence]
    owned = {id(m) for m in in_sentence[1:] if AFTER_OF.search(text, max(m.start - 8, 0), m.start)}
    return [m for m in people if id(m) not in owned]


SENTENCE_END = re.compile(r"[.!?][\"')\u201d]*\s+(?=[A-Z\"\u201c])")


def _named_later_in_sentence(
    text: str, people: Sequence[Mention], start: int
) -> set[tuple[str, str]]:
    """The persons named between ``start`` and the end of its sentence."""
    end = SENTENCE_END.search(text, start)
    stop = end.start() if end else len(text)
    return {_person_key(m) for m in people if start <= m.start < stop}


def _person_key(mention: Mention) -> tuple[str, str]:
    actor = mention.actor
    return (actor.code, actor.name) if actor is not None else ("", "")


def _possessed(text: str, mentions: Sequence[Mention]) -> Iterator[Mention]:
    """ "his country", "their government": the country of the last actor before it that
    has one (a person for "his" and "her")."""
    for match in POSSESSED.finditer(text):
        person = match["owner"].lower() in ("his", "her")
        owner = _last_before(mentions, match.start(), functools.partial(_owner, person=person))
        if owner is not None and owner.actor is not None:
            actor = _country(owner.actor, match["noun"].lower())
            yield _mention(match, actor, "pronoun")


def _epithets(text: str, mentions: Sequence[Mention]) -> Iterator[Mention]:
    """ "the Baltic state", "the Central American country": the last country of that
    region named before it ("China downgraded ties with Lithuania and blocked imports from
    the Baltic state": Lithuania)."""
    for match in EPITHET.finditer(text):
        region = _regions().get(match["region"], frozenset())
        earlier = [m for m in mentions if m.end <= match.start() and m.actor is not None]
        found = next((m for m in reversed(earlier) if m.actor and m.actor.country in region), None)
        if found is not None and found.actor is not None:
            yield _mention(match, _country(found.actor, match["noun"]), "pronoun")


@functools.cache
def _regions() -> dict[str, frozenset[str]]:
    """The countries each regional adjective may stand for (``data/regions.tsv``)."""
    text = files("eventwire.actors").joinpath("data/regions.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {adjective: frozenset(codes.split()) for adjective, codes in rows[1:]}


BLOC_NOUNS = frozenset({"bloc", "alliance"})
GROUP_SECTORS = frozenset({"INS", "REB", "PRM", "UAF", "NGO", "OPP", "PTY"})
"""What "the group" may stand for: an armed group, a rights group, an opposition party."""


def _definite(text: str, mentions: Sequence[Mention]) -> Iterator[Mention]:
    """ "the bloc", "the alliance": the last organisation of states named before it;
    "the group": the last armed group, rights group or party named before it."""
    for match in DEFINITE.finditer(text):
        blocs = match["noun"].lower() in BLOC_NOUNS
        found = _last_before(mentions, match.start(), functools.partial(_stands_for, blocs=blocs))
        if found is None or found.actor is None:
            continue
        if _of_its_country(match, found.actor, mentions):
            yield _mention(match, found.actor, "pronoun")


def _of_its_country(match: re.Match[str], actor: Actor, mentions: Sequence[Mention]) -> bool:
    """Whether the country a definite's modifier names, if any, is the group's: "the
    Palestinian group" is not the Lebanese group named before it; a backer ("the
    Iran-backed group") names no country of the group's."""
    modifier = match["modifier"]
    if modifier is None or BACKING.search(modifier):
        return True
    start, end = match.start("modifier"), match.end("modifier")
    named = [m for m in mentions if start <= m.start and m.end <= end and _national(m)]
    return all(m.actor is not None and m.actor.country == actor.country for m in named)


THE_BEFORE = re.compile(r"\b(?:the|The)\s+$")


def _definite_armed_groups(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """ "the rebels", "the militants", "the guerrillas": an armed group of no country after
    "the" stands for the last armed group with a country named before it ("suspended
    talks with the ELN guerrilla group, accusing the rebels of ...": COLREB)."""
    found: list[Mention] = []
    for mention in mentions:
        actor = mention.actor
        the_before = THE_BEFORE.search(text, max(0, mention.start - 4), mention.start)
        definite = the_before is not None or mention.text.lower().startswith("the ")
        if actor is not None and not actor.country and definite and _armed(actor):
            antecedent = _last_before(found, mention.start, _armed_of_a_country)
            if antecedent is not None and antecedent.actor is not None:
                mention = dataclasses.replace(mention, actor=antecedent.actor)
        found.append(mention)
    return found


def _armed(actor: Actor) -> bool:
    """An armed group, also a religious one ("jihadists": REB|REL); not "the diocese"."""
    sectors = set(actor.sectors)
    return bool(sectors & ARMED_GROUPS) and sectors <= ARMED_GROUPS | {"REL"}


def _armed_of_a_country(mention: Mention) -> bool:
    return mention.actor is not None and bool(mention.actor.country) and _armed(mention.actor)


def _owner(mention: Mention, *, person: bool) -> bool:
    """Whether "his"/"her" (``person``) or "their" may point to a mention: "his" to a
    person or the holder of an office ("Ghana's finance minister said his country")."""
    return _national(mention) and (mention.kind in HOLDER_KINDS or not person)


def _stands_for(mention: Mention, *, blocs: bool) -> bool:
    """Whether "the bloc" (``blocs``) or "the group" may stand for an organisation."""
    actor = mention.actor
    if mention.kind != "organisation" or actor is None or ("IGO" in actor.sectors) != blocs:
        return False
    return blocs or bool(GROUP_SECTORS & set(actor.sectors))


def _last_before(
    mentions: Sequence[Mention], start: int, wanted: Callable[[Mention], bool]
) -> Mention | None:
    """The last mention ending before ``start`` that is ``wanted``."""
    return next((m for m in reversed(mentions) if m.end <= start and wanted(m)), None)


def _pairs(text: str, mentions: Sequence[Mention]) -> Iterator[Mention]:
    for match in PAIR.finditer(text):
        earlier = [m for m in mentions if m.end <= match.start() and m.actor is not None]
        noun = match.group(1).lower()
        for actor in _last_coordinated_pair(text, earlier, noun) or main_actors(earlier, noun):
            yield _mention(match, actor, "compound")


COORDINATORS = frozenset({"and", "and the"})
"""What stands between the two actors of a pair: "Israel and Hamas", "the government and
the rebels"."""


def _last_coordinated_pair(text: str, mentions: Sequence[Mention], noun: str) -> tuple[Actor, ...]:
    """The two actors of the last "A and B" named before a pair phrase, when they are of
    its kind ("Israel and Hamas agreed ..., and Qatar urged both sides": Israel and
    Hamas); () when there is none."""
    for first, second in reversed(list(itertools.pairwise(mentions))):
        if text[first.end : second.start].strip(" ,") not in COORDINATORS:
            continue
        pair = [first, second]
        kinds = main_actors(pair, noun)
        if len(kinds) == 2 and first.actor != second.actor:
            return kinds
    return ()


def main_actors(mentions: Sequence[Mention], noun: str) -> tuple[Actor, ...]:
    """The two actors most often mentioned: persons for "leaders", sides for "sides" and
    "parties", the actors as named for "allies" or "neighbours", else countries."""
    actors = [m.actor for m in mentions if m.actor is not None]
    if noun in PERSON_NOUNS:
        people = [m.actor for m in mentions if m.actor is not None and _person(m)]
        keyed = [(actor.name or actor.code, actor) for actor in people]
    elif noun in SIDE_NOUNS:
        keyed = [(_side(a), a) for a in actors if _side(a)]
    elif noun in PEER_NOUNS:  # "Washington and Seoul ... the two allies": as named
        keyed = [(a.country, a) for a in actors if a.country]
    else:
        keyed = [(a.country, _country(a, noun)) for a in actors if a.country]
    counts = Counter(key for key, _ in keyed)
    first: dict[str, Actor] = {}
    for key, actor in keyed:
        first.setdefault(key, actor)
    order = list(first)
    ranked = sorted(order, key=lambda key: (-counts[key], order.index(key)))
    return tuple(first[key] for key in ranked[:2]) if len(ranked) >= 2 else ()


def _side(actor: Actor) -> str:
    """The side of a conflict an actor takes: its country's state (government, army,
    police...) or a group of its own (rebels, opposition); none for the press and
    civilians, who are no side, nor any other group of no country that bears no arms."""
    if NO_SIDE_SECTORS & set(actor.sectors):
        return ""
    groups = [sector for sector in actor.sectors if sector not in STATE_SECTORS]
    if not actor.country and not ARMED_GROUPS & set(groups):
        return ""
    return f"{actor.country}:{groups[0] if groups else 'state'}"


def _person(mention: Mention) -> bool:
    return mention.kind in PERSON_KINDS and mention.actor is not None


def _national(mention: Mention) -> bool:
    return mention.actor is not None and bool(mention.actor.country)


def _country(actor: Actor, noun: str) -> Actor:
    sectors = ("GOV",) if noun in GOVERNMENT_NOUNS else ()
    return Actor(
        code=actor.country + "".join(sectors),
        country=actor.country,
        sectors=sectors,
        name=actor.country,
    )


def _mention(match: re.Match[str], actor: Actor, kind: str) -> Mention:
    start, end = match.start(), match.end()
    return Mention(
        start=start,
        end=end,
        text=match.group(),
        sentence=-1,  # the resolver numbers sentences by offset
        actor=actor,
        kind=kind,
    )
