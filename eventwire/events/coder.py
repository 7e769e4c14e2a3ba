"""The rule-based CAMEO coder: lexicon patterns matched on the dependency parse.

For each sentence, every verb and noun whose lemma heads a lexicon pattern is tried;
the most specific pattern whose particles, object and complement are present wins.
Source and target come from the sentence's structure (subject, passive agent,
controller, object, target prepositions, noun modifiers); coordinated actors give one
event per pair, and a subject of two actors with no target gives a reciprocal pair.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import weakref
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.actors.coref import HOLDER_KINDS
from eventwire.actors.knowledge import code_of
from eventwire.actors.resolver import FOREIGN_WORDS
from eventwire.datatypes import (
    PLACE,
    Actor,
    Document,
    Event,
    Factuality,
    Mention,
    Span,
    stable_id,
)
from eventwire.errors import StageError
from eventwire.events import syntax
from eventwire.events.factuality import (
    ALLEGING_VERBS,
    REQUEST_NOUNS,
    SPEECH_VERBS,
    classify,
    intention,
    of_its_own,
    own_claim,
    planned,
    refusal,
    rejected_words,
    threat,
)
from eventwire.events.lexicon import (
    ANY_COMPLEMENT,
    NO_EVENT,
    Lexicon,
    Pattern,
    irregular_lemmas,
    load_lexicon,
    misspelt_present,
    parse_pattern,
    regular_stems,
)
from eventwire.events.ontology import (
    CameoCode,
    Ontology,
    intent_of,
    load_ontology,
    refusal_of,
    threatened,
)
from eventwire.events.petrarch import negated_code

Token = Any
RULE_PREFIX = "cameo_rules.v1"
# Roots whose events stand without a target ("the army seized the pumping stations"): all
# but public statements, which say nothing without an addressee.
UNTARGETED_ROOTS = tuple(f"{root:02d}" for root in range(2, 21))
# Roots where "A and B <did it>" with no target means they did it with each other.
RECIPROCAL_ROOTS = ("03", "04", "05", "06", "19")
# Participles that describe a standing relation of the noun, no event of the news.
STANDING_SUPPORT = frozenset({"back", "support", "aid", "arm", "fund", "sponsor", "ally"})
# Roots of cooperation, where troops of no country are the source's own to move or withdraw.
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# Roots whose troops of no country, or of the doer's, are the doer's own: "put forces on
# alert" and "threatened to send troops" act on no one with them.
OWN_FORCES_ROOTS = COOPERATIVE_ROOTS | {"13", "15"}
REJECT_ROOT = "12"
MEETING_ROOT = "04"
# Verbs of meeting, whatever a dictionary codes them: a meeting noun they govern is theirs.
MEETING_VERBS = frozenset({"meet", "visit", "host", "receive", "talk", "speak", "confer"})
# Roots of acts of words and cooperation whose doers, states and bodies too, took part in
# the talks they were done at or after ("agreed a truce after talks in Doha"); not force.
WORDS_AT_TALKS = frozenset({f"{root:02d}" for root in range(1, 14)})
TALKS = frozenset({"talk", "negotiation"})
INTENT_ROOT = "03"
# Roots of acts of words: refused or denied, they were said all the same.
WORDS_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})
# Roots of comments on an act: the act they are about is told as known, not as news.
COMMENT_ROOTS = frozenset({"02", "10", "11", "12"})
CRITICISM_ROOTS = frozenset({"11", "12"})
# Praise is a comment, but approving or backing a deployment or an extradition decides it,
# and welcoming a visit hosts it.
PRAISE_CODE = "051"
DECIDING_OR_HOSTING = frozenset({"approve", "endorse", "support", "back", "welcome"})
# Codes of those roots aimed at one side: "China and Russia praised the deal" praise no one.
DIRECTED_CODES = frozenset({"051", "052", "053", "054", "055", "056", "193", "194", "195"})
"""Codes whose doers, even several, act on someone else: praise, and fire from guns,
artillery or the air ("Philippine and US forces fired missiles to sink a vessel" is no
fight between them; "A and B clashed" is, and "exchanged fire", `193:193`, is its own
reverse). A fight (19) at a thing its pattern names is directed too ("sank a vessel")."""
FIGHT_ROOT = "19"
# Prepositions that name the target inside a complement ("agreed to lift sanctions on B").
COMPLEMENT_TARGET_PREPS = ("on", "against", "to", "with", "between")
CODED_KEPT = 256  # documents whose events the coder keeps for a second coding
# Modifiers inside an object the pattern names: part of the thing, not an actor.
OBJECT_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Match:
    """A pattern matched at a trigger, with the tokens that fill its roles."""

    pattern: Pattern
    trigger: Token
    sources: tuple[Token, ...]
    targets: tuple[Token, ...]
    used: tuple[Token, ...]
    objects: tuple[Token, ...] = ()
    passed: tuple[Token, ...] = ()

    @property
    def score(self) -> int:
        """The pattern's specificity, less one when its target prepositions are absent."""
        missing_preps = bool(self.pattern.target_preps) and not self.prep_found
        return self.pattern.specificity - missing_preps

    @property
    def prep_found(self) -> bool:
        """Whether a target came from one of the pattern's prepositions."""
        return any(t.head.lower_ in self.pattern.target_preps for t in self.targets)


OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
OWNED_BY_ANOTHER = OBJECT_PRONOUNS | {"his"}


def _of_a_noun(word: Token) -> bool:
    """Whether a word's phrase is the "of" of a noun that is itself a preposition's object,
    which a pronoun later does not stand for while an actor before it may ("a trafficker
    wanted for the murder of a prosecutor, and deported him": the trafficker; not
    "arrested supporters of Hamas and accused them")."""
    phrase = word.head if word.dep_ in ("compound", "amod", "det") else word
    preposition = phrase.head
    return (
        phrase.dep_ == "pobj"
        and preposition.lower_ == "of"
        and preposition.head.pos_ == "NOUN"
        and preposition.head.dep_ == "pobj"
        and preposition.head.lower_ not in syntax.COUNTING_NOUNS  # "by a group of gunmen"
    )


def _subjects_above(pronoun: Token) -> Iterator[Token]:
    """The subjects, other than pronouns, of the clauses above a pronoun, nearest first;
    not, for "him", "her" or "them", the doer of its own verb ("Macron called Putin and
    urged him": not Macron); none for "them" after a verb joined to another with a subject
    of its own, which stands for the nearer actor ("police detained hundreds of protesters
    and a prosecutor charged them": the protesters); nor, for those, the speaker named
    after them ("the army detained him, the defence minister said": not the minister)."""
    own = _own_subjects(pronoun)
    if pronoun.lower_ == "them" and own and own[0].head.dep_ == "conj":
        return
    bound = {t.i for t in own}
    for clause in syntax.governing_clauses(pronoun):
        for subject in syntax.children(clause, syntax.SUBJECT_DEPS):
            if subject.i in bound or _reported_before_its_speaker(pronoun, clause, subject):
                continue
            if subject is not pronoun and subject.lower_ not in syntax.ACTOR_PRONOUNS:
                yield subject


def _reported_before_its_speaker(pronoun: Token, clause: Token, speaker: Token) -> bool:
    """Whether an object pronoun is in the words of a speaker named after it ("the army
    detained him, the minister said"), who is not whom it stands for; unlike a clause of
    time before the subject ("a day after the Treasury blacklisted him, Maduro said")."""
    if pronoun.lower_ not in OBJECT_PRONOUNS or speaker.i < pronoun.i:
        return False
    below = next((a for a in pronoun.ancestors if a.head.i == clause.i and a.i != clause.i), None)
    return below is not None and below.dep_ in ("ccomp", "parataxis")


BODY_KINDS = frozenset(
    {"group", "organisation", "country", "capital", "demonym", "place", "metonym"}
)
"""Kinds of mention that name a body or a people, never one person."""


def _agrees(pronoun: Token, mention: Mention) -> bool:
    """Whether a pronoun may stand for a mention: "they" for no single person, "them" for
    no single person or country, "him" and "her" for no body ("a court sentenced Khan and
    police arrested him": Khan)."""
    word = pronoun.lower_
    if word == "them":  # nor one country ("flew the prisoners to the US, ... strip them")
        return mention.kind not in HOLDER_KINDS | SINGLE_STATE_KINDS
    if word == "they":
        return mention.kind not in HOLDER_KINDS
    return word not in ("him", "her", "he", "she", "his") or mention.kind not in BODY_KINDS


SINGLE_STATE_KINDS = frozenset({"country", "capital"})
"""Mention kinds that name one country: the country itself or its capital."""
SINGULAR_PRONOUNS = frozenset({"it", "its", "he", "him", "his", "she", "her"})


def _plural_for(pronoun: Token, subject: Token) -> bool:
    """Whether a coordinated subject ("Israel and Hamas") is too many for a singular
    pronoun ("... after talks it mediated": not Israel)."""
    return pronoun.lower_ in SINGULAR_PRONOUNS and len(syntax.with_conjuncts([subject])) > 1


def _role_of_no_country(actor: Actor) -> bool:
    """Whether an actor is only the sectors of a role ("minister": ``GOV``), no body's."""
    return not actor.country and bool(actor.sectors) and actor.code == "".join(actor.sectors)


def _owned_role(
    role: Mention, role_actor: Actor, owner: Mention, country: str, text: str
) -> Mention:
    """The role's mention stretched over its owner, with the owner's country."""
    code = code_of(country, role_actor.sectors)
    actor = dataclasses.replace(role_actor, code=code, country=country)
    start, end = min(role.start, owner.start), max(role.end, owner.end)
    return dataclasses.replace(role, start=start, end=end, text=text[start:end], actor=actor)


def _people_adjective(mention: Mention, token: Token | None) -> bool:
    """Whether a mention is a people's adjective alone, before a noun that names no actor
    ("the Mexican border city"): no one "them" may stand for."""
    if token is None or mention.kind != DEMONYM or token.dep_ != "amod":
        return False
    return mention.end <= token.idx + len(token)


def _object_above_a_participle(pronoun: Token) -> list[Token]:
    """For the object of a participle that shares its clause's subject ("suspended the
    broadcaster, accusing it of ..."), the clause's direct objects, which it stands for,
    then the objects of "against" on the clause's verb or object ("filed a case against
    the UAE, accusing it of ..."); for the object of what a call was for, the one called."""
    verb = pronoun.head
    called = syntax.called_for(verb) if pronoun.dep_ == "dobj" else []
    if called:  # "telephoned Mirziyoyev to congratulate him": the one called
        return called
    participle = pronoun.dep_ == "dobj" and verb.tag_ == "VBG" and verb.dep_ == "advcl"
    if not participle or syntax.children(verb, syntax.SUBJECT_DEPS):
        return []
    objects = syntax.children(verb.head, frozenset({"dobj"}))
    opposed = syntax.prep_objects(verb.head, ("against",))
    return objects + opposed + [o for d in objects for o in syntax.prep_objects(d, ("against",))]


def _own_subjects(pronoun: Token) -> list[Token]:
    """For an object pronoun, or "his" in an object, the doers of its own verb, which it
    cannot stand for ("Trump hosted Bukele and praised his crackdown": Bukele's)."""
    verb = syntax.governing_verb(pronoun) if pronoun.lower_ in OWNED_BY_ANOTHER else None
    return syntax.verb_subjects(verb) if verb is not None else []


class MentionIndex:
    """Find the actor mention that covers a token, by character offset."""

    def __init__(self, mentions: Iterable[Mention], places: Iterable[Mention] = ()) -> None:
        """The actor mentions, and (in ``places``) the document's places."""
        self.mentions = sorted((m for m in mentions if m.actor is not None), key=lambda m: m.start)
        found = tuple(places)
        self.places = MentionIndex(found) if found else None
        self.starts = [m.start for m in self.mentions]
        self.same_span: dict[tuple[int, int], list[Mention]] = {}
        self.resolving: set[int] = set()  # owning pronouns being resolved
        for mention in self.mentions:
            self.same_span.setdefault((mention.start, mention.end), []).append(mention)

    def at(self, char: int) -> Mention | None:
        """The mention whose span contains the character offset."""
        position = bisect.bisect_right(self.starts, char) - 1
        if position >= 0 and self.mentions[position].end > char:
            return self.mentions[position]
        return None

    def for_phrase(self, head: Token) -> Mention | None:
        """The mention naming the noun phrase headed by ``head``; a pronoun's antecedent."""
        for token in syntax.subtree_heads(head):
            mention = self.at(token.idx)
            if mention is not None and not _adjective_of_no_country(mention, token):
                found = self.with_included(self.with_owner(mention, token), token)
                found = self.with_body(self.with_apposed_country(found, token), token)
                return _at_a_protest(found, token)
        if head.lower_ in syntax.ACTOR_PRONOUNS:
            return self.antecedent(head)
        doer = _doer_pronoun(head)  # "praised his crackdown on gangs": his
        if doer is not None:
            return self.antecedent(doer)
        counted = syntax.counted_noun(head)  # "detained more than 100 of them"
        if counted is not None and counted.lower_ in syntax.ACTOR_PRONOUNS:
            return self.antecedent(counted)
        return None

    def with_owner(self, mention: Mention, token: Token) -> Mention:
        """A role of no country whose noun a country owns in the parse, as that country's
        role: "Kenya's blunt and tireless minister" is Kenya's government, whatever words
        stand between the owner and the role."""
        actor = mention.actor
        if actor is None or not _role_of_no_country(actor):
            return mention
        words = [t for t in token.sent if mention.start <= t.idx < mention.end] or [token]
        for owner in (c for word in words for c in word.children if c.dep_ == "poss"):
            found = self.at(owner.idx)
            if found is None and owner.lower_ == "its":  # "its chief negotiator"
                found = self._owning_country(owner)
            if found is not None and found.kind == "country" and found.actor is not None:
                return _owned_role(mention, actor, found, found.actor.country, token.doc.text)
        return mention

    def with_body(self, mention: Mention, token: Token) -> Mention:
        """A role of no country "at" an international body as that body's: "judges at the
        U.N. tribunal in The Hague" (IGOUNO)."""
        actor = mention.actor
        if actor is None or not _role_of_no_country(actor):
            return mention
        bodies = [self.at(body.idx) for body in syntax.prep_objects(token, ("at",))]
        for body in bodies:
            if body is not None and body.actor is not None and body.actor.code.startswith("IGO"):
                return dataclasses.replace(mention, actor=body.actor)
        return mention

    def _owning_country(self, pronoun: Token) -> Mention | None:
        """The country an owning pronoun stands for ("North Korea broke off talks, with its
        chief negotiator blaming Washington": North Korea), found as for "it" but not
        through the phrase the pronoun stands in."""
        if pronoun.i in self.resolving:
            return None
        self.resolving.add(pronoun.i)
        try:
            outside = [s for s in _subjects_above(pronoun) if pronoun not in s.subtree]
            found = [self.for_phrase(s) for s in outside]
        finally:
            self.resolving.discard(pronoun.i)
        return next((m for m in found if m is not None and m.kind == "country"), None)

    def with_apposed_country(self, mention: Mention, token: Token) -> Mention:
        """A person of no country as the country of an apposition that names one ("Gen.
        Laura Richardson, the head of U.S. Southern Command": USAMIL, not MIL)."""
        actor = mention.actor
        if actor is None or actor.country or mention.kind not in PERSON_KINDS:
            return mention
        apposed = [self.at(a.idx) for a in token.children if a.dep_ == "appos"]
        countries = {_country(m) for m in apposed if m is not None and m is not mention}
        countries.discard("")
        return _of_country(mention, countries.pop()) if len(countries) == 1 else mention

    def included_at(self, token: Token) -> Mention | None:
        """The mention at a token, as the people "including" lists make it (below)."""
        mention = self.at(token.idx)
        return self.with_included(mention, token) if mention is not None else None

    def with_included(self, mention: Mention, token: Token) -> Mention:
        """People of no country that "including" lists people of one country among, as
        theirs: "sentenced 37 people, including three Americans": USACVL."""
        actor = mention.actor
        if actor is None or actor.code != "CVL":
            return mention
        included = [
            found
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "including"
            for member in syntax.with_conjuncts(syntax.children(prep, frozenset({"pobj"})))
            if (found := self.at(member.idx)) is not None and found.actor is not None
        ]
        countries = {m.actor.country for m in included if m.actor is not None}
        if len(countries) != 1 or any(m.actor and m.actor.sectors for m in included):
            return mention
        return _of_country(mention, countries.pop())

    def antecedent(self, pronoun: Token) -> Mention | None:
        """What "it"/"they" stands for: the subject of a clause above it ("X said it would"),
        else the nearest actor named before it in the sentence."""
        for acted_on in self._acted_on_above(pronoun):  # "suspended RFI, accusing it"
            found = self.for_phrase(acted_on)
            if found is not None and _agrees(pronoun, found):
                return found
        for subject in _subjects_above(pronoun):
            found = self.for_phrase(subject)
            if found is not None and _agrees(pronoun, found) and not _plural_for(pronoun, subject):
                return found
        bound = {id(m) for m in self.of_phrases(_own_subjects(pronoun))}
        bound |= {id(m) for m in self.mentions if not _agrees(pronoun, m)}
        starts = {token.idx: token for token in pronoun.sent}
        bound |= {  # "... military bases it seized": not "military"
            id(m)
            for m in self.mentions
            if m.start in starts and _adjective_of_no_country(m, starts[m.start])
        }
        if pronoun.lower_ == "them":  # "in the Mexican border city ... abducted them"
            bound |= {id(m) for m in self.mentions if _people_adjective(m, starts.get(m.start))}
        before = [
            m
            for m in self.mentions
            if pronoun.sent.start_char <= m.start < pronoun.idx and id(m) not in bound
        ]
        owners = [m for m in before if m.start not in starts or not _of_a_noun(starts[m.start])]
        return (owners or before)[-1] if before else None

    def _acted_on_above(self, pronoun: Token) -> list[Token]:
        """The objects above a participle's pronoun (``_object_above_a_participle``), an
        object that names no actor by whom its "to" names first ("halted U.S. funding to
        the WHO, accusing it": the WHO, not the U.S.)."""
        found: list[Token] = []
        for acted_on in _object_above_a_participle(pronoun):
            if self.at(acted_on.idx) is None:  # "to" on the noun or, as parsed, the verb
                found += syntax.prep_objects(acted_on, ("to",))
                found += syntax.prep_objects(acted_on.head, ("to",))
            found.append(acted_on)
        return found

    def plural_antecedents(self, pronoun: Token) -> list[Mention]:
        """What "they" stands for when the subject of a clause above it is coordinated
        ("Russia and China said they would veto": both)."""
        subject = next(_subjects_above(pronoun), None)
        if subject is None:
            return []
        found = [self.for_phrase(s) for s in syntax.with_conjuncts([subject])]
        return [m for m in found if m is not None]

    def of_phrases(self, heads: Iterable[Token]) -> list[Mention]:
        """The mentions naming each phrase, in order; a span naming several actors ("the
        two leaders", resolved by coreference) gives them all, and so does "they" after a
        coordinated subject. A thing whose owners or authors a participle names stands for
        them when they are known ("vetoed a resolution drafted by Germany and Belgium", "a
        mine run by Orano")."""
        found: list[Mention] = []
        heads = [owner for head in heads for owner in self._owners_or_itself(head)]
        for head in heads:
            plural = self.plural_antecedents(head) if head.lower_ in ("they", "them") else []
            if len(plural) > 1 and self.at(head.idx) is None:
                found += [m for m in plural if m not in found]
                continue
            members = self._members_included(head)
            if members:  # "15 countries, including China and Japan, signed"
                found += [m for m in members if m not in found]
                continue
            mention = self.for_phrase(head)
            if mention is not None:
                same = self.same_span.get((mention.start, mention.end), [mention])
                same = same if mention in same else [mention]  # "people, including Americans"
                found += [m for m in [*same, *self.sharing(mention, head)] if m not in found]
        return found

    def _members_included(self, head: Token) -> list[Mention]:
        """The countries an unnamed plural of states lists with "including" ("fifteen
        countries, including China, Japan and South Korea"), when it names two or more."""
        if head.lemma_.lower() not in syntax.STATE_PLURALS or self.at(head.idx) is not None:
            return []
        included = syntax.with_conjuncts(syntax.prep_objects(head, ("including",)))
        members = [m for t in included if (m := self.at(t.idx)) is not None]
        return members if len(members) > 1 else []

    def _owners_or_itself(self, head: Token) -> list[Token]:
        """The owners or authors a participle names for a thing, if any is an actor; else
        the thing."""
        owners = syntax.participle_owners(head)
        return owners if any(self.for_phrase(o) for o in owners) else [head]

    def sharing(self, mention: Mention, head: Token) -> list[Mention]:
        """Actors coordinated inside the phrase's name that share its role ("the foreign
        ministers of Russia and China", "Indian and Chinese troops": the resolver gave India
        and China the role's sectors), or listed after the place the phrase is in
        ("lawmakers and officials in Peru and Chile": the resolver gave Chile each role)."""
        sectors = mention.actor.sectors if mention.actor is not None else ()
        inside = [t for t in head.sent if mention.start <= t.idx < mention.end]
        places = syntax.prep_objects(head, ("in", "of", "from"))
        outside = [
            c
            for t in dict.fromkeys([*inside, *places])
            for c in t.conjuncts
            if not mention.start <= c.idx < mention.end
        ]
        modifier = not mention.start <= head.idx < mention.end  # "American interests"
        found: list[Mention] = []
        for other in (m for c in outside for m in self._same_span_at(c)):
            shares = other.actor is not None and other.actor.sectors == sectors
            listed = sectors or (modifier and other.start < head.idx)
            if listed and shares and other not in found:
                found.append(other)
        return found

    def _same_span_at(self, token: Token) -> list[Mention]:
        """Every mention on the span that covers a token (the resolver may give one
        name several roles)."""
        mention = self.at(token.idx)
        return self.same_span[(mention.start, mention.end)] if mention is not None else []

    def in_sentence(self, sentence: Any) -> list[Mention]:
        """The actors and places named in a sentence."""
        places = self.places.mentions if self.places is not None else []
        start, end = sentence.start_char, sentence.end_char
        return [m for m in (*self.mentions, *places) if start <= m.start < end]

    def all_in(self, tokens: Iterable[Token]) -> list[Mention]:
        """Distinct mentions covering any of the tokens, in text order."""
        found = {m.start: m for t in tokens if (m := self.at(t.idx)) is not None}
        return [found[start] for start in sorted(found)]


class CameoCoder:
    """Stage ``events.cameo_rules.v1``: CAMEO events from the parse and the actor mentions."""

    def __init__(
        self,
        *,
        extra_lexicons: Sequence[str] = (),
        untargeted_roots: Sequence[str] = UNTARGETED_ROOTS,
        reciprocal_roots: Sequence[str] = RECIPROCAL_ROOTS,
        stances: bool = True,
    ) -> None:
        self.lexicon: Lexicon = load_lexicon(extra_lexicons)
        self.ontology: Ontology = load_ontology()
        self.untargeted_roots = frozenset(untargeted_roots)
        self.reciprocal_roots = frozenset(reciprocal_roots)
        self.stances = stances
        # The events of the last documents coded, by article, parse and mentions: a second
        # coding of the same parse (after annotate.entities.v1) whose resolver found the
        # same actors gives the same events.
        self._coded: dict[tuple[object, ...], tuple[weakref.ref[Any], tuple[Event, ...]]] = {}

    def __call__(self, doc: Document) -> Document:
        if doc.parse is None:
            raise StageError("the CAMEO coder needs a parse: run an annotate stage before it")
        mentions = (*doc.mentions, *doc.places)
        key = (doc.article.id, id(doc.parse), tuple(map(_mention_key, mentions)))
        parse, events = self._coded.get(key, (None, ()))
        if parse is not None and parse() is doc.parse:
            return dataclasses.replace(doc, events=_with_mentions(events, mentions))
        events = self._code(doc)
        self._coded[key] = (weakref.ref(doc.parse), events)
        while len(self._coded) > CODED_KEPT:
            del self._coded[next(iter(self._coded))]
        return dataclasses.replace(doc, events=events)

    def _code(self, doc: Document) -> tuple[Event, ...]:
        mentions = MentionIndex(_outside_the_dateline(doc), doc.places)
        events: dict[str, Event] = {}
        for index, sentence in enumerate(doc.parse.sents):
            for event in self.code_sentence(doc, index, sentence, mentions):
                if not _on_itself(event):
                    events.setdefault(event.id, event)
        return tuple(_without_duplicates(events.values()))

    def code_sentence(
        self, doc: Document, index: int, sentence: Any, mentions: MentionIndex
    ) -> list[Event]:
        """Every event of one sentence."""
        used: set[int] = set()
        coded: list[tuple[Match, list[Event]]] = []
        for match in self.matches(sentence):
            if match.trigger.i in used:
                continue
            if match.pattern.code == NO_EVENT:  # a pattern that says "no event here"
                used.update(token.i for token in match.used)
                continue
            built = self.events_of(doc, index, sentence, match, mentions)
            if built:
                answered = self._answered_objects(match)  # coded by their own noun pattern
                used.update(token.i for token in match.used if token.i not in answered)
                coded.append((match, built))
        mediations = self._mediations(doc, index, sentence, mentions, coded)
        mediated = {m.trigger.i for m, _ in mediations}
        coded = [(m, evs) for m, evs in coded if m.trigger.i not in mediated] + mediations
        coded += self._releases_in_exchange(doc, index, sentence, mentions, coded)
        pressing = [e for _, evs in coded for e in evs if e.root in PRESSING_ROOTS and e.source]
        hostile = [e for _, evs in coded for e in evs if e.root in HOSTILE_ROOTS and e.source]
        assailing = hostile + [e for _, evs in coded for e in evs if e.root == PROTEST_ROOT]
        shows = [e for _, evs in coded for e in evs if e.root == POSTURE_ROOT and e.source]
        accusing = [e for _, evs in coded for e in evs if e.root == ACCUSING_ROOT and e.target]

        def aimed(match: Match, event: Event) -> list[Mention]:
            """Whom a resignation yielded to, whom a show of force answers, or whom a threat
            answers or is made to."""
            if event.cameo == LEADERSHIP_YIELD:
                return _pressers(event, pressing, mentions, sentence)
            if event.root == POSTURE_ROOT:  # "scrambled jets after Chinese jets intruded"
                return _doers_suffered(event, hostile + shows)
            if event.cameo == DENIAL:  # "denied it was behind the attack, after Kabul blamed"
                return _accusers(event, accusing)
            if event.cameo == DISSENT_EASED:  # "ended the strike after the mayor agreed to"
                return _conceders(match, event, mentions)
            if event.root in VIOLENT_ROOTS and _answers_in_kind(match):  # "returned fire"
                return _assailants_answered(event, assailing)
            if match.pattern is _DISPARAGE:  # "boycotted the election, calling it a fraud"
                return _targets_of_the_act_named(match, event, coded)
            if event.root != THREAT_ROOT:
                return []
            return _doers_suffered(event, hostile) or _conditioned_on(match, event, mentions)

        coded = [
            (m, self._given_targets(doc, index, sentence, m, evs, functools.partial(aimed, m)))
            for m, evs in coded
        ]
        coded = [(m, self._without_unanswered_denials(evs)) for m, evs in coded]
        return _countries_shared(_without_carriers(coded))

    def _without_unanswered_denials(self, events: list[Event]) -> list[Event]:
        """A denial that found no target, where its root needs one, is dropped."""
        needs_target = DENIAL[:2] not in self.untargeted_roots
        return [e for e in events if not (needs_target and e.cameo == DENIAL and not e.target)]

    def _given_targets(
        self,
        doc: Document,
        index: int,
        sentence: Any,
        match: Match,
        events: list[Event],
        targets_for: Callable[[Event], list[Mention]],
    ) -> list[Event]:
        """The events, each with no target replaced by one event per target that
        ``targets_for`` finds for it (none found: the event as it was)."""
        found = []
        for event in events:
            source = event.source
            targets = targets_for(event) if source is not None and event.target is None else []
            found += [
                self.build_event(doc, index, sentence, match, source, target)
                for target in targets
                if source is not None
            ] or [event]
        return found

    def _mediations(
        self,
        doc: Document,
        index: int,
        sentence: Any,
        mentions: MentionIndex,
        coded: list[tuple[Match, list[Event]]],
    ) -> list[tuple[Match, list[Event]]]:
        """Mediation (045) by the agent of a participle that describes what was mediated,
        with each party of the act that noun is, or is part of: "swap prisoners in a
        UAE-brokered exchange", "in a swap mediated by Oman", "talks convened by the
        African Union" (the parties are those of the act coded at the noun or above it;
        it replaces an untargeted event of the participle's own pattern); so too the
        subject of a verb of mediation whose object is the act ("Qatar, which mediated
        the agreement between Israel and Hamas"), one "under the mediation of" whom the
        clause's act happened, and one "acting as" mediator to it."""
        found: list[tuple[Match, list[Event]]] = []
        targeted = {m.trigger.i for m, events in coded if any(e.target for e in events)}
        for token in sentence:
            mediation = None if token.i in targeted else _mediation_at(token)
            if mediation is None:
                continue
            agents, mediated = mediation
            mediators = mentions.of_phrases(agents)
            parties = _parties_of_the_mediated(mediated, coded, mediators)
            if not mediators or len(parties) < 2:
                continue
            match = Match(pattern=_MEDIATE, trigger=token, sources=(), targets=(), used=(token,))
            events = [
                self.build_event(doc, index, sentence, match, mediator, party)
                for mediator in mediators
                for party in parties
            ]
            found.append((match, events))
        return found

    def _releases_in_exchange(
        self,
        doc: Document,
        index: int,
        sentence: Any,
        mentions: MentionIndex,
        coded: list[tuple[Match, list[Event]]],
    ) -> list[tuple[Match, list[Event]]]:
        """A release in exchange for people another holds is that holder's release too,
        given to the releasers: "Hamas freed four hostages in exchange for 200 Palestinian
        prisoners held by Israel" (Israel released them to Hamas, 0841)."""
        found: list[tuple[Match, list[Event]]] = []
        for release, events in coded:
            if release.pattern.code != RELEASE_CODE:
                continue
            exchange = _exchange_for(release.trigger)
            if exchange is None:
                continue
            holders = mentions.of_phrases(_holders(exchange))
            releasers = [e.source for e in events if e.source and e.factuality in HAPPENED]
            if not holders or not releasers:
                continue
            match = Match(pattern=_EXCHANGED, trigger=exchange, sources=(), targets=(), used=())
            swapped = [
                self.build_event(doc, index, sentence, match, holder, releaser)
                for holder in holders
                for releaser in {_actor_key(r): r for r in releasers}.values()
            ]
            found.append((match, swapped))
        return found

    def matches(self, sentence: Any) -> list[Match]:
        """Pattern matches in a sentence, most specific first."""
        found = []
        for token in sentence:
            match = self.match_token(token)
            if match is not None:
                found.append(match)
        return sorted(found, key=lambda m: (-m.score, m.trigger.i))

    def match_token(self, token: Token) -> Match | None:
        """The best pattern at ``token``: the most specific, its prepositions present."""
        lemma = token.lemma_.lower()
        if token.dep_ == "acl" and lemma in STANDING_SUPPORT:
            return None  # "government forces backed by Russian warplanes" describes them
        if self.stances and lemma in SPEECH_VERBS:
            demand = _deontic_demand(token) or _blame_in_words(token)
            if demand is not None:
                return demand
        if self.stances and lemma in NAMING_VERBS | DISMISSING_VERBS:
            naming = _disparaging_naming(token)
            if naming is not None:  # "Erdogan called Netanyahu a terrorist"
                return naming
        if self.stances and lemma in DESIGNATING_VERBS:
            designation = _terror_designation(token)
            if designation is not None:  # "designated the Guards a terrorist organisation"
                return designation
        if lemma in DENYING_VERBS:
            denial = _denied_claim(token)
            if denial is not None:  # "Moscow accused Kyiv of ..., a claim Ukraine dismissed"
                return denial
        if self.stances and lemma in WISHING_VERBS:
            wish = _wish_of_another(token)
            if wish is not None:  # "Washington wants Beijing to release the activists"
                return wish
        nominal = self.lexicon.nouns.get(token.lower_, ()) if _nominal_gerund(token) else ()
        found: list[Match | None]
        if nominal:  # "wounded in army shelling": the noun "shelling"
            found = [_match_noun(p, token) for p in nominal]
        elif token.pos_ in ("VERB", "AUX") or syntax.misread_verb(token):
            patterns = _for_form(self.verb_patterns(token, lemma), token.lower_)
            if misspelt_present(token.lower_, lemma):  # "departes": no form a dictionary lists
                patterns = [p for p in patterns if not p.dictionary]
            objects = syntax.direct_objects(token) if patterns else []
            clauses = syntax.complements(token) if any(p.complement for p in patterns) else []
            coded = self._codes
            found = [_match_verb(p, token, objects, clauses, coded) for p in patterns]
            verbal = [m for m in found if m is not None and not _naming(m)]
            if lemma in PHRASAL_ONLY and _particles_of(token):  # "called off the advance"
                verbal = [m for m in verbal if m.pattern.particles]
            if lemma in DESIGNATING_VERBS and _declares_a_status(token):
                verbal = [m for m in verbal if m.pattern.code != STATEMENT]
            best = max(verbal, key=_preference) if verbal else None
            return _with_doers(_phone_call(best) if _phoned(best) else best) if best else None
        elif token.pos_ in ("NOUN", "PROPN") or syntax.misread_object(token):
            if self._names_another_event(token) or _undone(token) or _names_a_kind(token):
                return None
            found = [_match_noun(p, token) for p in self.lexicon.nouns.get(lemma, ())]
        else:
            return None
        matches = [m for m in found if m is not None]
        return max(matches, key=_preference) if matches else None

    def _answered_objects(self, match: Match) -> set[int]:
        """The objects of a verbal match that are words another said to its doer, an event
        of their own ("Russia rejected Ukraine's proposal": Ukraine proposed it); not the
        charge a denial names ("Iran denied Israel's accusation" is Iran's denial)."""
        if match.pattern.nominal:
            return set()
        return {
            noun.i
            for noun in match.objects
            if noun.lemma_.lower() not in syntax.CLAIM_NOUNS
            and any(
                p.code[:2] in WORDS_ROOTS for p in self.lexicon.nouns.get(noun.lemma_.lower(), ())
            )
            and _answered_words(noun) is not None
        }

    def _names_another_event(self, noun: Token) -> bool:
        """Whether an event noun only says what kind the event noun after it is, which the
        parser made a second object of the verb ("approved a ceasefire deal with Hamas")."""
        if noun.i + 1 >= len(noun.doc) or noun.dep_ not in ("dobj", "pobj", "nsubj"):
            return False
        after = noun.doc[noun.i + 1]
        return (
            after.dep_ == noun.dep_
            and after.head.i == noun.head.i
            and after.pos_ == "NOUN"
            and after.lemma_.lower() in self.lexicon.nouns
        )

    def _commented_on(self, match: Match) -> bool:
        """Whether an event noun is what a verb of comment (an appeal, praise, a demand,
        disapproval, a rejection) is about: an act told before, not news. Words a
        rejection answers are news with it ("rejected calls by Chile for ...", "dismissed
        as unacceptable British accusations that ...")."""
        noun = match.trigger
        verb = syntax.verb_of_topic(noun)
        if verb is None or rejected_words(noun) is not None:
            return False
        if match.pattern.code[:2] in WORDS_ROOTS and _answered_words(noun) is not None:
            return False  # "Tehran welcomed Moscow's offer": Moscow made one
        patterns = self.verb_patterns(verb, verb.lemma_.lower())
        if not any(p.code[:2] in COMMENT_ROOTS or p.code == PRAISE_CODE for p in patterns):
            return False  # no verb of comment, whatever else it may code
        comment = self.match_token(verb)
        if comment is None:
            return False
        words = match.pattern.code[:2] in WORDS_ROOTS
        if words and comment.pattern.code[:2] == REJECT_ROOT:
            return False
        if comment.pattern.code == PRAISE_CODE:
            return verb.lemma_.lower() not in DECIDING_OR_HOSTING
        return comment.pattern.code[:2] in COMMENT_ROOTS

    def _codes(self, token: Token) -> bool:
        """Whether a pattern of the lexicon matches at the token."""
        return self.match_token(token) is not None

    def verb_patterns(self, token: Token, lemma: str) -> tuple[Pattern, ...]:
        """The patterns of a verb's lemma; for a lemma the lexicon lacks, those of the
        regular stems of its form (spaCy lemmatizes "cordoned" as "cordone") or of the
        irregular past it is ("overran" tagged as a present verb)."""
        found = self.lexicon.verbs.get(lemma)
        if found is not None:
            return found
        stems = [*regular_stems(token.lower_), *irregular_lemmas(token.lower_)]
        stem = next((s for s in stems if s in self.lexicon.verbs), "")
        return self.lexicon.verbs[stem] if stem else ()

    def events_of(
        self, doc: Document, index: int, sentence: Any, match: Match, mentions: MentionIndex
    ) -> list[Event]:
        """The events of one match: one per source-target pair of resolved actors."""
        match = _territorial(match, doc, mentions)
        if match.pattern.nominal and syntax.dates_another_act(match.trigger):
            return []  # "fled within a week of Azerbaijan's offensive": a time, no news
        if match.pattern.nominal and syntax.lived_under(match.trigger):
            return []  # "has been under a U.S. embargo since 1962": a state, no news
        if match.pattern.nominal and self._commented_on(match):
            return []  # "France condemned Iran's seizure of a tanker": the news is the comment
        sources = _protesters_for_a_pronoun(match, mentions.of_phrases(match.sources), mentions)
        sources += _people_joined_before(sources, mentions, sentence, doc)
        match = _armed_storming(_labour_strike(match, sources), sources)
        match = _agreed_together(self._demand_of_a_protest(match))
        if not sources and not match.pattern.nominal:  # "an attack by rebels killed five"
            agents = [a for s in match.sources for a in syntax.prep_objects(s, ("by",))]
            sources = mentions.of_phrases(agents)
        if not sources and match.pattern.code.startswith(PROTEST_ROOT):
            sources = _crowds(match, index, doc.article.text)  # "thousands marched in Lima"
        targets = mentions.of_phrases(self._doers_of_events(match.targets))
        if not sources and targets and _sentenced_by_no_one(match):  # "Khan was sentenced"
            sources = _the_court(match, mentions, sentence, targets)
        warrant = match.pattern.code.startswith(REPRESSION_ROOT)  # "a warrant for his arrest"
        if warrant and not targets:
            targets = [o for t in match.targets for o in _owners_befallen(t, mentions)]
        elif match.targets and all(self._state_act_of_no_one(t) for t in match.targets):
            targets = [_as_government(t) for t in targets if _country(t)]  # "the arrest of"
        targets = [t for t in targets if t not in sources]  # "a move condemned by Chile"
        if _hosted_or_freed_no_one(match, targets):
            return []  # "Hamas received the Israeli proposal" hosted no one
        traded = [t for t in match.targets if match.pattern.nominal or _traded(t)]
        if not targets and traded:  # "curbs on chip exports to China", "on imports from"
            carried = [a for t in traded for a in syntax.children(t, ACL)]  # "imported from"
            nested = [n for t in traded + carried for n in syntax.prep_objects(t, TRADE_PREPS)]
            targets = [t for t in mentions.of_phrases(nested) if t not in sources]
        if _done_for_others(match.trigger):  # "a truce brokered by Qatar": its parties
            targets = mentions.of_phrases(_parties_of(match.trigger)) or targets
            if not sources:  # "a Russian-brokered truce"
                brokers = syntax.children(match.trigger, frozenset({"npadvmod"}))
                sources = mentions.of_phrases(brokers)
        if not targets and match.pattern.nominal and match.pattern.code[:2] in WORDS_ROOTS:
            answerers = mentions.of_phrases(_answerers(match.trigger))
            targets = [t for t in answerers if t not in sources]  # "rejected calls by Britain"
        if not targets and match.pattern.code[:2] in WORDS_ROOTS:
            claimants = mentions.of_phrases(_claimants(match.trigger))
            targets = [t for t in claimants if t not in sources]  # "charges brought by"
        if not targets:  # "telephoned Obama to demand an explanation": Obama
            called = mentions.of_phrases(syntax.called_for(match.trigger))
            targets = [t for t in called if t not in sources]
        commented = _commented_clause(match.trigger) if not targets else None
        worded = match.pattern.code[:2] in COMMENT_ROOTS or match.pattern.code == PRAISE_CODE
        if commented is None and not targets and worded:
            commented = _commented_by_words(match.trigger)  # also ", a move Grandi hailed"
            if commented is not None and not sources:  # its subject, lost with the clause
                sources = mentions.all_in(_words_before(match.trigger))
        if commented is None and not targets and match.pattern.code[:2] in CRITICISM_ROOTS:
            called = mentions.of_phrases(syntax.named_by_what(match.trigger))
            targets = [t for t in called if t not in sources]  # "what it called Iran's lies"
            commented = None if targets else _earlier_act(match)  # "..., and Britain condemned"
        if commented is None and not targets and match.pattern.code[:2] in PROMPTED_ROOTS:
            commented = _prompting_act(match.trigger)  # "..., prompting Seoul to warn"
        if commented is not None:  # "Putin signed the treaty, a move Kyiv denounced"
            own = {code for s in sources if s.actor for code in (s.actor.code, s.actor.country)}
            claimed = match.pattern.code == CLAIM_CODE  # "..., an attack claimed by X"
            doers = mentions.of_phrases(
                _acted_on(commented) if claimed else syntax.verb_subjects(commented)
            )
            targets = [t for t in doers if t.actor is not None and t.actor.code not in own]
            if match.pattern.code == STATEMENT and _critical(match.trigger):
                match = _recoded(match, DISAPPROVAL)  # ", a move Beijing said was poisoning"
        if not targets and match.pattern.code == STATEMENT:  # "said Putin was a killer"
            disparaged = mentions.of_phrases(_disparaged_in_words(match.trigger))
            targets = [t for t in disparaged if t not in sources]
            match = _recoded(match, DISAPPROVAL) if targets else match
        match = _seizing_territory(match, targets)  # "rebels seized Damascus"
        root = match.pattern.code[:2]
        symmetric = match.pattern.reverse == match.pattern.code  # "054:054"
        armed_at_a_thing = root == FIGHT_ROOT and bool(match.pattern.obj)  # "sank a vessel"
        undirected = match.pattern.code[:3] not in DIRECTED_CODES and not armed_at_a_thing
        # a code that is its own reverse is mutual whatever its root: "A and B scuffled"
        mutual_code = symmetric or (root in self.reciprocal_roots and undirected)
        reciprocal = mutual_code and not _for_others(match.trigger)
        rejected: list[Mention] = []
        if not targets:  # "Iranian diplomats were expelled": the object names the target
            owned = [t for t in match.objects if _possessed_by_subject(t)]
            objects = _distinct(  # "dispersed thousands of protesters": the protesters
                mentions.included_at(syntax.counted_noun(t) or t)
                for t in match.objects
                if t not in owned
            )
            targets = [m for m in objects if not _own_forces(m, sources)]
            rejected = [m for m in objects if m not in targets]
        if root in OWN_FORCES_ROOTS:  # "A and B agreed to withdraw troops": their own
            targets = [m for m in targets if not _own_forces(m, sources)]
        if match.pattern.head == "order":  # "the army chief ordered his troops to withdraw"
            rejected += [m for m in targets if _own_forces(m, sources) and _country(m)]
            targets = [m for m in targets if m not in rejected]
        if not targets and _object_instead_of_preposition(match):
            return []  # "demonstrate @against" does not code "Russia demonstrated its role"
        if not targets and match.pattern.obj:  # "rejected a Hamas proposal"
            targets = _object_owners(match, mentions, sources)
        if not targets:  # "five soldiers died when their convoy was ambushed": the soldiers
            targets = _owners_of_the_done_to(match, mentions, sources)
        if root in SELF_MOVING_ROOTS:  # "pulled the United States out of the deal"
            rejected += [m for m in targets if _own_country(m, sources)]
            targets = [m for m in targets if m not in rejected]
        saying = _saying(match.pattern, match.trigger)
        supported = _supported(match.trigger)  # "rallied in London in solidarity with B"
        if not targets and not match.pattern.nominal and not saying:  # "welcomed the ... with B"
            skipped = _object_words(match) if match.pattern.obj else set[int]()
            skipped |= _passed_words(match) | _asked_of_others(match) | _brokers(sentence)
            skipped |= supported
            if match.pattern.code.startswith(VISITING):  # "flew in from Berlin"
                skipped |= _origin_words(match.trigger)
            mutual = reciprocal and _several_actors(sources)  # "A and B met in Cairo"
            if mutual:  # "A and B signed a memorandum to set up zones in Syria": each other
                skipped |= _purpose_words(match.trigger)
            after = functools.partial(
                _first_actor_after,
                match.trigger,
                mentions,
                [*sources, *rejected],
                skipped,
                mutual=mutual,
                posture=root == POSTURE_ROOT,
                force=root in FORCE_ROOTS,
            )
            violent = root in VIOLENT_ROOTS and not mutual
            venue = not _prepositions_of_place_only(match.pattern)  # "filed a case at the ICJ"
            targets = after(places=False) if violent or venue else after()
            if violent and not targets:  # "a car bomb outside a hotel in Mogadishu, killing 12"
                targets = _toll_victims(match.trigger, mentions, sources) or after()
        if not targets and not match.pattern.nominal:  # "Arnor allowed that Mordor is ..."
            statement = match.pattern.dictionary  # "Arnor believes Gondor can cope": GON
            accused = root == ACCUSING_ROOT  # "Ukraine alleged that Russia shelled": RUS
            targets = _clause_subject_target(
                match.trigger, mentions, sources, statement=statement, accused=accused
            )
        if not targets and match.pattern.code == DENIAL:  # "denied that Russia interfered
            targets = _wronged_in_the_denied(match.trigger, mentions, sources)  # in Moldova"
        if match.pattern.code in RELEASE_DEMANDS:  # "urged the release of reporters Iran held"
            targets = [m for m in _captors(sentence, mentions) if m not in sources] or targets
        if not targets and match.objects:  # "expressed hopes that Peru could be drawn in"
            targets = _content_clause_target(match.objects, mentions, sources)
        if not targets and root == THREAT_ROOT:  # "threatened to use force if Finland joined"
            conditions = [c for v in syntax.complements(match.trigger) for c in _conditions(v)]
            found = mentions.of_phrases(s for c in conditions for s in syntax.clause_subjects(c))
            targets = [m for m in found if m not in sources and not _own_side(m, sources)]
        if not targets and root == THREAT_ROOT and match.trigger.dep_ == "conj":
            targets = _answered_by_the_threat(match.trigger, mentions, sources)
        if not targets and match.pattern.nominal and _befalls_its_owner(match.trigger):
            targets = _owners_befallen(match.trigger, mentions)  # "ordered his expulsion"
        if not sources and match.pattern.nominal:  # "US sanctions", not "military aid"
            modifiers = mentions.all_in(syntax.noun_modifiers(match.trigger))
            sources = [m for m in modifiers if _named_body(m) and m not in targets]
            if _visitor_of_a_place(match, sources, targets):  # "the Russian tour of Kim"
                sources, targets = targets, sources
        came = syntax.came_under(match.trigger) if match.pattern.nominal else None
        if came is not None and not sources:  # "the convoy came under attack by rebels"
            sources = mentions.of_phrases(syntax.prep_objects(came, ("by", "from")))
            targets = targets or mentions.of_phrases(syntax.verb_subjects(came))
        if not sources and match.pattern.nominal:  # "A and B shook hands during their talks"
            owners = syntax.possessive_pronoun_owners(match.trigger)
            sources = mentions.of_phrases(owners)
        if not sources and match.pattern.nominal:  # "flew to Addis Ababa for talks with Abiy"
            sources = mentions.of_phrases(syntax.doers_by_means(match.trigger))
            if sources and not targets:  # "responded with air strikes across Lebanon"
                targets = _first_actor_after(match.trigger, mentions, sources, set())
        occasion = self._occasion_root(match) if not sources and match.pattern.nominal else None
        if occasion is not None:
            present = mentions.of_phrases(syntax.attendees(match.trigger))
            words = occasion in WORDS_AT_TALKS and _talks_of_the_doers(match, targets)
            sources = [m for m in present if words or m.kind in PERSON_KINDS]  # not "struck
            if sources and not targets:  # Gaza during talks"; "told Blinken during talks"
                verb = syntax.occasion_verb(match.trigger)
                met = mentions.of_phrases(syntax.direct_objects(verb))
                targets = [m for m in met if m.kind in PERSON_KINDS and m not in sources]
        fight = match.pattern.nominal and match.pattern.code in FIGHT_CODES
        if fight and not sources and targets and _harmed_in(match.trigger):
            sufferers = _fallback_targets(match.trigger, mentions, targets)
            if sufferers:  # "Palestinians were hurt in clashes with Israeli troops": both
                sources, targets = [*sufferers, *targets], []
        if match.pattern.nominal and sources and not targets and root >= "09":
            targets = _fallback_targets(match.trigger, mentions, sources)
        located = root in LOCATED_ROOTS or match.pattern.code in PLACED_CODES
        solidarity = bool(supported)  # a protest in solidarity with B is against no one
        if not targets and sources and located and mentions.places is not None and not solidarity:
            targets = _place_targets(match, mentions.places, sources)
        if not targets and root == ACCUSING_ROOT and match.pattern.complement:
            return []  # "Ukraine claimed that it had retaken the town" accuses no one
        if not targets and match.targets and mentions.places is not None:
            targets = mentions.places.of_phrases(match.targets)  # "sent food to Gaza": PSE
        if match.pattern.nominal and not sources and len(targets) >= 2:
            sources, targets = targets, []  # "the summit between A and B"
            sides = syntax.between(match.trigger, match.targets)  # "a truce between A and B"
            reciprocal = root in self.reciprocal_roots or sides
        pairs = _pairs(sources, targets, reciprocal=reciprocal)
        if match.pattern.compound_subject or syntax.mutual(match.targets):  # "each other"
            pairs = _pairs(sources, [], reciprocal=True)
        denial = match.pattern.code == DENIAL  # aimed later at its accusers, if any
        targeted_only = (root not in self.untargeted_roots and not denial) or (
            match.pattern.nominal and not match.sources
        )
        if targeted_only:
            pairs = [(s, t) for s, t in pairs if t is not None]
        executed = match.pattern.code == EXECUTION  # a state's executions are repression
        at_home = not _at_a_mission(match)  # "stormed the French embassy in Baghdad": abroad
        if at_home:
            pairs = [_at_home(s, t, REPRESSION_ROOT if executed else root) for s, t in pairs]
        if root in VIOLENT_ROOTS | {PROTEST_ROOT}:
            place = _country_of_the_scene(mentions, sentence, match.trigger)
            pairs = [_at_the_scene(s, t, place, root) for s, t in pairs] if place else pairs
            if at_home:  # rioters at the scene's police
                pairs = [_at_home(s, t, root) for s, t in pairs]
            pairs = [(s, _repressed_by_troops(s, t, root)) for s, t in pairs]
        pairs = [(s, _of_the_other_country(s, t, mentions, sentence)) for s, t in pairs]
        if root == PROTEST_ROOT:
            if not solidarity:
                home = _one_country(mentions.in_sentence(sentence))
                pairs = [(_protesters_at_home(s, t, home), t) for s, t in pairs]
                pairs = [(s, _home_government(s, t, mentions, sentence)) for s, t in pairs]
            pairs = [(_as_protesters(s), t) for s, t in pairs]
        if root in FORCE_ROOTS:  # "entered Kabul", "struck Kyiv": the country, not its state
            pairs = [(s, _capital_as_a_place(t)) for s, t in pairs]
            pairs = [(_fighters_at_home(s, t, mentions, sentence), t) for s, t in pairs]
            pairs = [(_its_military(s), t) for s, t in pairs]  # "Israeli air strikes"
        pairs = [(s, _state_the_rebels_rose_against(s, t, mentions, sentence)) for s, t in pairs]
        text = doc.article.text
        if any(_state_body_of_no_country(m, text) for pair in pairs for m in pair if m is not None):
            named = _one_country(  # "and the government ..."
                [m for m in mentions.in_sentence(sentence) if not _shared_name(m)]
            )
            named = "" if _congress_of_another(pairs, named) else named
            home_rule = match.pattern.code in HOME_RULE_CODES
            if named:
                pairs = [_states_of(s, t, named, text, home_rule) for s, t in pairs]
            else:  # "..., and the government ordered diplomats from Peru to leave"
                beside = _beside_the_dealt_with(pairs, mentions.in_sentence(sentence), text)
                home = _one_country(beside) or _speakers_country(match.trigger, mentions)
                pairs = [(_home_state_of(s, home, text), t) for s, t in pairs] if home else pairs
                pairs = [_congress_across(s, t) for s, t in pairs]
        if root not in FORCE_ROOTS:
            country = _one_country(mentions.in_sentence(sentence))
            freed = root == YIELD_ROOT  # freed captives may be foreigners
            if country:
                pairs = [_civil_society_at_home(s, t, country, freed) for s, t in pairs]
        if root == REPRESSION_ROOT:
            pairs = [(s, _party_as_opposition(s, t)) for s, t in pairs]
        if root in VIOLENT_ROOTS and _names_a_protest(sentence):  # "fired on the crowd"
            pairs = [(s, _repressed_protesters(s, t)) for s, t in pairs]
        if match.pattern.code.startswith(EXPELLING):  # "deported 200 Venezuelans": VENREF
            pairs = [(s, _as_migrants(t)) for s, t in pairs]
        if match.pattern.code in HOME_RULE_CODES:  # "Noboa declared a state of emergency"
            pairs = [(s, t or _home_country(s)) for s, t in pairs]
        if _seizes_power(match.pattern):  # "the army seized power": its state's government
            pairs = [(s, _government_overthrown(s, t)) for s, t in pairs if _armed(s)]
        if match.pattern.head in OVERTHROWING:  # no one overthrows himself
            pairs = [(s, t) for s, t in pairs if t is None or _actor_key(s) != _actor_key(t)]
        pairs = [(s, None if _no_one_but_its_like(s, t) else t) for s, t in pairs]
        if root in SELF_ADDRESSED_ROOTS:  # "pledged that Washington would help": no one
            pairs = [(s, None if _its_own_state(s, t) else t) for s, t in pairs]
        if match.pattern.code.startswith(VISITING):  # "Ukrainian refugees arrived in Poland"
            pairs = [(s, t) for s, t in pairs if not _no_visitor(s)]
            pairs = [(s, _capital_as_a_place(t)) for s, t in pairs]  # "arrived in Beijing"
        if targeted_only:
            pairs = [(s, t) for s, t in pairs if t is not None]
        match = _fired_over(match, [t for _, t in pairs if t is not None])  # a show of force
        events = [
            self.build_event(doc, index, sentence, _recoded_for(match, s, t), s, t)
            for s, t in pairs
        ]
        reverse = match.pattern.reverse
        if reverse:  # "A visited B": B hosted A; not "A refused to meet B"
            plain = self.ontology.user_code(match.pattern.code).code
            pairs = [
                (e.target, e.source)
                for e in events
                if e.target and e.cameo == plain and _fights_back(e.target, plain)
            ]
            events += [
                self.build_event(doc, index, sentence, match, s, t, reverse) for s, t in pairs
            ]
        return events

    def _occasion_root(self, match: Match) -> str | None:
        """For a meeting noun on whose occasion a verb of another kind is done ("promised a
        loan at talks with Lukashenko"), the root of the verb's act ("" for none); None for
        any other noun, and for the meeting a verb of meeting tells again ("will meet its
        leaders during a visit to Eriador")."""
        verb = syntax.occasion_verb(match.trigger)
        if match.pattern.code[:2] != MEETING_ROOT or verb.lemma_ in MEETING_VERBS:
            return None
        found = self.match_token(verb)
        root = found.pattern.code[:2] if found is not None else ""
        return None if root == MEETING_ROOT else root

    def _demand_of_a_protest(self, match: Match) -> Match:
        """A demand that protesters voice by their protest is the protest (140), not a
        demand of its own: "tens of thousands marched to demand that Lukashenko step down",
        "protesters stormed the office, demanding that both leaders resign", "clashed with
        protesters demanding the president's resignation"."""
        verb = match.trigger
        if not match.pattern.code.startswith(DEMAND_ROOT) or match.pattern.nominal:
            return match
        if verb.dep_ not in PURPOSE_DEPS:
            return match
        head = verb.head
        if head.pos_ == "NOUN":
            voiced = head.lemma_.lower() in PROTESTER_NOUNS
        else:
            patterns = self.verb_patterns(head, head.lemma_.lower())
            voiced = any(p.code.startswith(PROTEST_ROOT) for p in patterns)
        return _recoded(match, PROTEST_CODE) if voiced else match

    def _doers_of_events(self, targets: Sequence[Token]) -> list[Token]:
        """Targets, an event noun among them replaced by its "by" agent ("welcomed the
        release of the prisoners by the authorities": the authorities)."""
        found: list[Token] = []
        for target in targets:
            nominal = target.pos_ == "NOUN" and target.lemma_.lower() in self.lexicon.nouns
            agents = syntax.prep_objects(target, ("by",)) if nominal else []
            found += agents or [target]
        return found

    def _state_act_of_no_one(self, noun: Token) -> bool:
        """Whether a noun names an arrest, detention or execution whose doer is not named:
        a state's act, so a reaction to it is aimed at the state of those it befell ("the
        arrest of opposition leader Sonko was condemned by the AU": SENGOV)."""
        lemma = noun.lemma_.lower()
        patterns = self.lexicon.nouns.get(lemma, ()) if noun.pos_ == "NOUN" else ()
        repression = bool(patterns) and all(p.code.startswith(REPRESSION_ROOT) for p in patterns)
        state_act = repression or lemma == "execution"  # not "the killing of", by anyone
        return state_act and not syntax.prep_objects(noun, ("by",))

    def _stance(
        self, code: CameoCode, match: Match, *, reversed_code: bool
    ) -> tuple[CameoCode, Factuality]:
        """The code and factuality of an event: a refused cooperative act is a rejection
        ("will not lift the embargo": 1244), a promised one an intent ("will lift the
        embargo": 0354), a promised conflictual act a threat ("will impose sanctions":
        1312), a threatened act a threat whatever it is ("threatened to withdraw
        benefits": 130), each as sure as the refusal, threat or promise itself. A pattern
        that states the negation ("clash ^will ^not") codes the negated act itself, as
        asserted; a negated act of a PETRARCH dictionary's pattern codes what PETRARCH's
        ontology makes of it (``negated_code``)."""
        trigger = match.trigger
        comment = _commented_clause(trigger) is not None  # ", a move Kyiv denounced"
        factuality = of_its_own(trigger) if comment else classify(trigger)
        words = code.root in WORDS_ROOTS
        said = _answered_words(trigger) if words and match.pattern.nominal else None
        if said is None and words:  # "has not responded to Seoul's offer": Seoul offered
            said = rejected_words(trigger)
        if said is not None:  # "Netanyahu rejected calls by Biden for ...": Biden called
            return code, said
        if match.pattern.states_negation:
            negated = factuality is Factuality.NEGATED
            return code, Factuality.ASSERTED if negated else factuality
        recoded = negated_code(code.code) if match.pattern.dictionary else None
        if recoded is not None and factuality is Factuality.NEGATED:  # "did not clash": 050
            return self.ontology[recoded], Factuality.ASSERTED
        if reversed_code or not self.stances:  # "A will visit B": nothing on B's part
            return code, factuality
        stances = (
            (own_claim, _claim_of),
            (refusal, refusal_of),
            (threat, threatened),
            (intention, intent_of),
        )
        for stance, recode in stances:
            said = stance(trigger)
            new_code = recode(code.code) if said is not None else None
            if new_code is not None and new_code[:2] == INTENT_ROOT and planned(trigger):
                break  # "Lula plans to travel to Beijing to meet Xi": a plan, no pledge
            if said is not None and new_code is not None:
                return self.ontology[new_code], said
        return code, factuality

    def build_event(
        self,
        doc: Document,
        index: int,
        sentence: Any,
        match: Match,
        source: Mention,
        target: Mention | None,
        cameo: str = "",
    ) -> Event:
        """An Event for one source-target pair (with the pattern's code unless ``cameo``)."""
        code = self.ontology.user_code(cameo or match.pattern.code)
        trigger = match.trigger
        code, factuality = self._stance(code, match, reversed_code=bool(cameo))
        evidence = _evidence(doc.article.text, sentence, match, source, target)
        ids = (doc.article.id, trigger.idx, code.code, _where(source), _where(target))
        return Event(
            id=stable_id(*ids),
            article_id=doc.article.id,
            sentence=index,
            cameo=code.code,
            plover=code.plover,
            mode=code.mode,
            goldstein=code.goldstein,
            quad_class=code.quad_class,
            source=source,
            target=target,
            factuality=factuality,
            evidence=evidence,
            trigger=_span(doc.article.text, trigger.idx, trigger.idx + len(trigger)),
            confidence=round(
                _confidence(match.pattern, target) - (INFERRED_PENALTY if cameo else 0.0), 2
            ),
            rule=f"{RULE_PREFIX}:{match.pattern.origin} {match.pattern.text}",
        )


DEONTIC = frozenset({"must"})
""""should" is as often advice or a shared wish ("the two countries should work together")."""
_DEMAND = parse_pattern("100", "say >*", origin="deontic rule")


_NOMINAL_DEPS = frozenset({"pobj", "pcomp", "nsubj", "nsubjpass", "csubj"})


def _outside_the_dateline(doc: Document) -> list[Mention]:
    """The document's mentions but those of its dateline ("BOGOTA (Reuters) -"): the
    agency there reports the news, it does not act in it."""
    dateline = doc.article.dateline
    if dateline is None:
        return list(doc.mentions)
    return [m for m in doc.mentions if not dateline.start <= m.start < dateline.end]


def _talks_of_the_doers(match: Match, targets: Sequence[Mention]) -> bool:
    """Whether talks a verb's doers acted at or after were theirs, states and bodies too:
    talks ("Bahrain and Qatar restored ties after talks in Riyadh") with at most one other
    side named, not a summit of many nor talks between others ("at a summit between
    their prime ministers")."""
    return match.trigger.lemma_.lower() in TALKS and len(targets) <= 1


def _nominal_gerund(token: Token) -> bool:
    """A gerund the parser tagged as a verb that stands as a noun, with no object of its
    own ("wounded in army shelling"; not "accused of shelling civilians")."""
    if syntax.stranded_modifier(token) is not None:  # "wounded in Israeli shelling"
        return True
    return (
        token.tag_ == "VBG"
        and token.dep_ in _NOMINAL_DEPS
        and not any(child.dep_ == "dobj" for child in token.children)
    )


def _claim_of(code: str) -> str:
    """What claiming an act as one's own is: ACKNOWLEDGE OR CLAIM RESPONSIBILITY (015)."""
    return "015"


def _verb_rule(pattern: Pattern, verb: Token, targets: Sequence[Token]) -> Match:
    """A rule's match at a verb: its doers act on ``targets``."""
    return Match(
        pattern=pattern,
        trigger=verb,
        sources=tuple(syntax.verb_subjects(verb)),
        targets=tuple(targets),
        used=(verb,),
    )


def _deontic_demand(verb: Token) -> Match | None:
    """ "The EU said Belgrade must withdraw its police": what a speaker says another must
    do is a demand (100) by the speaker on the subject of that clause."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and any(
            child.dep_ == "aux" and child.lower_ in DEONTIC for child in clause.children
        ):
            return _said_of_its_subjects(_DEMAND, verb, clause)
    return None


def _said_of_its_subjects(pattern: Pattern, verb: Token, clause: Token) -> Match:
    """A rule's match at a verb of speech: its speakers act on the subjects of the clause
    they said."""
    return Match(
        pattern=pattern,
        trigger=verb,
        sources=tuple(syntax.verb_subjects(verb)),
        targets=tuple(syntax.clause_subjects(clause)),
        used=(verb, clause),
    )


BLAMING_WORDS = frozenset({"responsible", "behind", "culpable", "guilty"})
_BLAME = parse_pattern("112", "say >be", origin="blame rule")


def _blame_in_words(verb: Token) -> Match | None:
    """ "Biden said Putin was responsible", "Warsaw said Moscow was behind the attack":
    saying another is responsible for, or behind, an act accuses it (112); not a
    negated clause ("said Kyiv was not behind it")."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_ != "be":
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            continue
        said = [c for c in clause.children if c.dep_ in ("acomp", "prep")]
        if any(c.lower_ in BLAMING_WORDS for c in said):
            return _said_of_its_subjects(_BLAME, verb, clause)
    return None


WISHING_VERBS = frozenset({"want", "wish"})
_APPEAL = parse_pattern("020", "want >*", origin="wish rule")


def _wish_of_another(verb: Token) -> Match | None:
    """ "Washington wants Beijing to release the activists": wanting another to act is an
    appeal (020) to that other; the act itself stays hypothetical."""
    for clause in verb.children:
        to = syntax.with_to(clause)
        subjects = syntax.children(clause, syntax.SUBJECT_DEPS)
        named = [s for s in subjects if s.pos_ in ("NOUN", "PROPN")]
        if clause.dep_ == "ccomp" and to and named:
            return _verb_rule(_APPEAL, verb, syntax.with_conjuncts(named))
    return None


PROMISE_ROOTS = frozenset({"03", "13"})
"""Roots of the codes a promised act takes: an intent to cooperate, a threat."""


def _countries_shared(events: list[Event]) -> list[Event]:
    """The events of a sentence with a mention of no country given the country one of
    them found for it, sectors unchanged ("Venezuela's government and the opposition
    signed an agreement, in talks mediated by Norway": the opposition is Venezuela's in
    the mediation too)."""
    found: dict[tuple[int, int], set[Actor]] = {}
    for mention in (m for e in events for m in (e.source, e.target)):
        if mention is not None and mention.actor is not None and mention.actor.country:
            found.setdefault((mention.start, mention.end), set()).add(mention.actor)

    def filled(mention: Mention | None) -> Mention | None:
        actor = mention.actor if mention is not None else None
        if mention is None or actor is None or not actor.sectors:
            return mention
        known = found.get((mention.start, mention.end), set())
        protesting = [a for a in known if _protesters_of(a, actor)]
        if len(protesting) == 1:  # "people rallied, and police detained 100 of them"
            return dataclasses.replace(mention, actor=protesting[0])
        if not _sector_alone(mention):
            return mention
        same = [a for a in known if a.sectors == actor.sectors]
        if len(same) == 1:
            return dataclasses.replace(mention, actor=same[0])
        countries = {a.country for a in known if _protesters_of(actor, a)}
        if len(countries) == 1:  # the people placed by one event protest in another
            return _of_country(mention, countries.pop())
        return mention

    return [
        _shared_at_home(e, *_not_on_itself(e, filled(e.source), filled(e.target))) for e in events
    ]


def _not_on_itself(
    event: Event, source: Mention | None, target: Mention | None
) -> tuple[Mention | None, Mention | None]:
    """The mentions as filled, but the target as it was if filling made the event act on its
    own source ("Athens agreed to cuts its government had vowed to reject": not Greece's
    government on itself)."""
    if target is not event.target and _actor_key(target) == _actor_key(source):
        return source, event.target
    return source, target


def _shared_at_home(event: Event, source: Mention | None, target: Mention | None) -> Event:
    """An event with the mentions given a country by the sentence's other events, and the
    state body of no country that people so placed deal with made their own state's
    ("police fired at protesters who hurled petrol bombs at the government headquarters":
    the protesters and the government are Hong Kong's)."""
    placed = source is not None and source is not event.source and _of_a_people(source)
    if placed and source is not None and target is not None and _countryless(target, STATE_AT_HOME):
        target = _of_country(target, _country(source))
    return dataclasses.replace(event, source=source, target=target)


def _without_carriers(coded: list[tuple[Match, list[Event]]]) -> list[Event]:
    """The events of a sentence without the statements (01) that only carry another of its
    events as their object ("France announced the release of the hostages" is a release,
    "Peru issued a statement condemning the attack" a condemnation),
    nor the travel of one granted asylum in it,
    nor the vague acts of a light verb whose object is the event ("a judge approved the
    extradition" is an extradition, not an approval) or of a verb whose targeted means is
    ("Moscow retaliated by expelling 23 British diplomats" is an expulsion)."""
    substantive = [m.trigger for m, events in coded if any(e.root != "01" for e in events)]
    carried = {  # not "denied India's accusation": words answered, not carried
        t.head.i
        for t in substantive
        if t.dep_ == "dobj" and _answered_words(t) is None and not syntax.appended_object(t)
    }
    carried |= {  # "issued a statement condemning the attack" is a condemnation
        clause.i for t in substantive if (clause := syntax.issuing_clause(t)) is not None
    }
    by_light_verb = {verb.i for t in substantive if (verb := syntax.light_verb(t)) is not None}
    by_light_verb |= {  # "retaliated by expelling diplomats", each expulsion targeted
        verb.i
        for m, events in coded
        if (verb := _verb_by_means(m.trigger)) is not None
        and all(e.target is not None for e in events)
    }
    told = _told_by_subject_events(coded) | _told_better_by_their_verb(coded)
    told |= _told_again_by_a_noun(coded) | _told_by_the_protest(coded)
    exiles = {_actor_key(e.target) for _, events in coded for e in events if e.cameo == ASYLUM}
    return [
        event
        for match, events in coded
        if not _carrier(match, substantive, carried | by_light_verb, by_light_verb)
        and not _untargeted_promise(match, events, coded)
        and not _acted_on_by_its_actors(match, events, coded)
        and not _outcome_of_an_attack(match, events, coded)
        and not _told_by_its_act(match, events, coded)
        and not (syntax.says_what_a_thing_is(match.trigger) and not _criticised_in_what(match))
        for event in events
        if (match.trigger.i, _triple(event)) not in told
        and not (event.cameo == VISITING and _actor_key(event.source) in exiles)
    ]


ASYLUM = "075"
"""One granted asylum who travels there goes into exile: "flew to Spain after Madrid
granted him asylum" is no visit."""


def _told_by_subject_events(coded: list[tuple[Match, list[Event]]]) -> set[tuple[int, object]]:
    """The events of a verb whose subject is a coded event noun that already tells them
    ("the Israeli raid on Jenin killed nine Palestinians" is one act of Israel on the
    Palestinians, not a raid and a killing), as (verb, triple) pairs."""
    by_noun = {m.trigger.i: {_triple(e) for e in evs} for m, evs in coded if m.pattern.nominal}
    told: set[tuple[int, object]] = set()
    for match, events in coded:
        subjects = syntax.children(match.trigger, syntax.SUBJECT_DEPS)
        nouns = [by_noun[s.i] for s in subjects if s.i in by_noun]
        told |= {
            (match.trigger.i, _triple(e)) for e in events if any(_triple(e) in n for n in nouns)
        }
    return told


def _told_better_by_their_verb(
    coded: list[tuple[Match, list[Event]]],
) -> set[tuple[int, object]]:
    """The events of an event noun that its verb tells more exactly ("an Israeli airstrike
    on a house in Rafah killed 12 people" is one act on Palestinian civilians, not also one
    on the country the place names): same source and root, the noun's target the bare
    country of the verb's and found from a place, not named by the noun's own phrases
    ("the raid on Jenin killed two Hamas commanders" is both), as (noun, triple) pairs."""
    by_noun = {m.trigger.i: (m, evs) for m, evs in coded if m.pattern.nominal}
    told: set[tuple[int, object]] = set()
    for match, events in coded:
        for subject in syntax.children(match.trigger, syntax.SUBJECT_DEPS):
            noun_match, noun_events = by_noun.get(subject.i, (None, []))
            told |= {
                (subject.i, _triple(n))
                for n in noun_events
                if noun_match is not None
                and not _named_by(noun_match, n.target)
                and any(_more_exact(e, n) for e in events)
            }
    return told


def _told_by_the_protest(coded: list[tuple[Match, list[Event]]]) -> set[tuple[int, object]]:
    """The protest events (14) of a purpose clause, a demand voiced by a protest among
    them, that name no target ("summoned the envoy to protest the incident") or that the
    verb above codes on the same actors and root ("marched to demand that Lukashenko step
    down" is one protest), as (trigger, triple) pairs."""
    by_verb = {m.trigger.i: {_dyad_and_root(e) for e in evs} for m, evs in coded}
    return {
        (match.trigger.i, _triple(event))
        for match, events in coded
        if match.trigger.dep_ in PURPOSE_DEPS
        for event in events
        if event.root == PROTEST_ROOT
        and (
            event.target is None
            or _dyad_and_root(event) in by_verb.get(match.trigger.head.i, set())
        )
    }


def _dyad_and_root(event: Event) -> tuple[str, str, str]:
    return _actor_key(event.source), _actor_key(event.target), event.root


def _told_again_by_a_noun(coded: list[tuple[Match, list[Event]]]) -> set[tuple[int, object]]:
    """The events of an event noun below a verb that codes the same act on the same actors
    ("arrived in Washington for a state visit to the United States" is one visit; "launched
    missiles at Israel in its first direct attack on Israeli territory" one attack, a plain
    act of force told by a precise one), as (noun, triple) pairs."""
    by_verb = {
        m.trigger.i: {_codes_of(e) for e in evs}
        | {_plain_force_of(e) for e in evs if e.root in VIOLENT_ROOTS}
        for m, evs in coded
        if not m.pattern.nominal
    }
    told: set[tuple[int, object]] = set()
    for match, events in coded:
        if not match.pattern.nominal:
            continue
        noun = match.trigger
        if noun.dep_ in syntax.SUBJECT_DEPS:
            continue  # "the raid on Tacna killed nine": the verb is told by the noun
        above = [by_verb[a.i] for a in noun.ancestors if a.i in by_verb]
        told |= {
            (match.trigger.i, _triple(e))
            for e in events
            if any(_codes_of(e) in codes for codes in above)
        }
    return told


def _codes_of(event: Event) -> tuple[str, str, str]:
    """An event's source and target codes and its CAMEO code."""
    return _actor_key(event.source), _actor_key(event.target), event.cameo


def _plain_force_of(event: Event) -> tuple[str, str, str]:
    """For an act of force, its source and target codes and the plain code of its root,
    which any act of force on them tells again (195 "launched missiles at Israel" tells
    190 "a direct attack on Israeli territory"; not 193 "sniper fire", more precise)."""
    return _actor_key(event.source), _actor_key(event.target), event.root + "0"


def _named_by(match: Match, mention: Mention | None) -> bool:
    """Whether a mention is what the match's own target phrases name ("the raid on Jenin":
    Jenin), not a place found around them ("an airstrike on a house in Rafah")."""
    if mention is None:
        return False
    return any(mention.start <= t.idx < mention.end for t in match.targets)


def _more_exact(event: Event, other: Event) -> bool:
    """Whether an event tells another's act on a sector of the country it targets."""
    if _actor_key(event.source) != _actor_key(other.source) or event.root != other.root:
        return False
    if other.target is None or event.target is None or other.target.actor is None:
        return False
    country = _country(other.target)
    bare = bool(country) and not other.target.actor.sectors
    exact = event.target.actor is not None and bool(event.target.actor.sectors)
    return bare and exact and _country(event.target) == country


def _triple(event: Event) -> tuple[str, str, str]:
    """An event's source code, target code and root."""
    return (_actor_key(event.source), _actor_key(event.target), event.root)


def _verb_by_means(trigger: Token) -> Token | None:
    """The verb a trigger is the means of, after "by": "retaliated by expelling", also
    through a light verb and a conjunct ("retaliated by ordering the expulsion of 60
    diplomats and closing the consulate")."""
    gerund = syntax.light_verb(trigger) or trigger
    while gerund.dep_ == "conj" and gerund.head.tag_ == "VBG":
        gerund = gerund.head
    means = gerund.dep_ == "pcomp" and gerund.head.lower_ == "by" and gerund.head.dep_ == "prep"
    return gerund.head.head if means else None


def _acted_on_by_its_actors(
    match: Match, events: list[Event], coded: list[tuple[Match, list[Event]]]
) -> bool:
    """An event noun that its own actors' coded act is done to: "A and B postponed their
    meeting" is a postponement, and the meeting is not said to have happened (a light
    verb's object stays the event: "A and B held their meeting"), and so does a noun the
    parser hung on the verb after a comma ("met Bainimarama, the first visit to Fiji by")."""
    noun = match.trigger
    if not match.pattern.nominal or noun.dep_ != "dobj" or syntax.light_verb(noun):
        return False
    if syntax.appended_object(noun):
        return False
    actors = {_actor_key(e.source) for e in events}
    return any(
        other.trigger.i == noun.head.i
        and not other.pattern.nominal
        and actors <= {_actor_key(e.source) for e in found}
        for other, found in coded
    )


def _outcome_of_an_attack(
    match: Match, events: list[Event], coded: list[tuple[Match, list[Event]]]
) -> bool:
    """The toll of an attack told by a participle after it: "insurgents shelled the city,
    killing eight people" is one attack on the city, not an attack and a killing. The
    participle must kill, wound, damage or destroy, and the attack (or repression: "fired
    water cannon at the boat, injuring its crew") be coded with a target and by the same
    sources."""
    harming = match.trigger.lemma_.lower() in KILLING_VERBS | WOUNDING_VERBS | DAMAGING_VERBS
    if not harming or not all(e.root in VIOLENT_ROOTS for e in events):
        return False  # "stormed the town, seizing hostages" is an abduction besides
    attack = _attack_told_before(match.trigger)
    if attack is None:
        return False
    conjunct = match.trigger.dep_ == "conj" and attack.i == match.trigger.head.i
    joined = conjunct and not _shares_objects(match.trigger)
    roots = FORCE_ROOTS if joined else VIOLENT_ROOTS  # "arrested ten and killed two": both
    return any(
        other.trigger.i == attack.i
        and any(e.root in roots and e.target is not None for e in found)
        and not any(e.cameo == ABDUCTION for e in found)
        and all(_same_doer(e.source, [f.source for f in found]) for e in events)
        for other, found in coded
    )


def _toll_victims(trigger: Token, mentions: MentionIndex, sources: list[Mention]) -> list[Mention]:
    """Those a participle of harm after an attack names as killed or wounded ("detonated a
    car bomb near a checkpoint, killing nine soldiers": the soldiers), the attack's targets
    when nothing else names them."""
    harms = [
        child
        for child in trigger.children
        if child.dep_ == "advcl"
        and child.tag_ == "VBG"
        and child.lemma_.lower() in KILLING_VERBS | WOUNDING_VERBS
    ]
    victims = [
        syntax.counted_noun(obj) or obj
        for harm in syntax.with_conjuncts(harms)
        for obj in syntax.direct_objects(harm)
    ]
    found = _distinct(mentions.included_at(victim) for victim in victims)
    return [m for m in found if m not in sources]


def _told_by_its_act(
    match: Match, events: list[Event], coded: list[tuple[Match, list[Event]]]
) -> bool:
    """Whether a participle after an act coded before it only tells what the act brought
    about, a plain "forcing" ("protesters stormed the residence, forcing him to flee"), the
    prisoners an attack frees ("gangs stormed two prisons, freeing 4,000 inmates"), or
    the deadline it set its own target ("expelled the ambassador, giving him 72 hours to
    leave", also joined: "and gave him five days to leave"), or the hand-over of those a
    release frees ("freed ten soldiers, handing them over to the Red Cross"): the act, not
    a second one."""
    trigger = match.trigger
    participle = trigger.dep_ == "advcl" and trigger.tag_ == "VBG"
    joined = trigger.dep_ == "conj" and match.pattern.code == ULTIMATUM_CODE
    if not participle and not joined:  # "expelled the envoy and gave him five days"
        return False
    acts = [found for other, found in coded if other.trigger.i == trigger.head.i]
    if not acts:
        return False
    if trigger.lemma_.lower() == "force":
        return match.pattern.code == COERCE_CODE
    if trigger.lemma_.lower() in FREEING_VERBS:  # "stormed two prisons, freeing 4,000 inmates"
        return any(e.root in VIOLENT_ROOTS for found in acts for e in found)
    if trigger.lemma_.lower() in HANDING_VERBS:  # "freed ten soldiers, handing them over to"
        return any(e.cameo.startswith(RELEASE_CODE) for found in acts for e in found)
    targets = {_actor_key(e.target) for found in acts for e in found}
    deadline = match.pattern.code == ULTIMATUM_CODE
    return deadline and all(_actor_key(e.target) in targets for e in events)


COERCE_CODE = "170"
ULTIMATUM_CODE = "139"
FREEING_VERBS = frozenset({"free", "release"})
HANDING_VERBS = frozenset({"hand", "turn", "transfer"})
RELEASE_CODE = "0841"


def _same_doer(source: Mention | None, others: list[Mention | None]) -> bool:
    """Whether another event's source is this one: the same actor, or the same words (which
    one event may have given a country: "rebels shelled a Syrian army base": SYRREB)."""
    spans = {(m.start, m.end) for m in others if m is not None}
    key = _actor_key(source)
    here = (source.start, source.end) if source is not None else None
    return key in {_actor_key(m) for m in others} or here in spans


ABDUCTION = "181"
"""An abduction, whose victims' killing is an act of its own ("abducted and killed")."""


def _attack_told_before(harm: Token) -> Token | None:
    """The verb whose toll a killing or wounding verb tells: the clause a participle follows
    ("shelled the city, killing eight") or the verb it is joined to, with the object they
    share ("stabbed and wounded two officers") or as a second finite verb ("attacked a
    police station and killed five officers"); None for any other."""
    finite = harm.tag_ in syntax.FINITE_TAGS  # "attacked a post and killed five": also
    if harm.dep_ == "conj" and (finite or _shares_objects(harm)):
        return harm.head if harm.head.tag_ == harm.tag_ else None
    participle = harm
    while participle.dep_ == "conj":  # "killing seven and wounding twelve"
        participle = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG":
        return None
    if syntax.toll_over_a_scene(participle):  # "bombed a village as residents gathered, killing"
        return participle.head.head
    described = syntax.participle_hung_on_a_description(participle)
    return described if described is not None else participle.head  # "a crowd gathered for"


def _shares_objects(verb: Token) -> bool:
    """Whether a verb joined to another has the same objects ("stabbed and wounded two
    officers")."""
    return syntax.direct_objects(verb.head) == syntax.direct_objects(verb)


UNDOING_VERBS = frozenset(
    {"lift", "ease", "end", "remove", "scrap", "suspend", "drop", "cancel", "revoke", "waive"}
    | {"relax", "rescind", "repeal", "withdraw"}
)
"""Verbs that end the thing their object names ("lifted UN sanctions")."""


def _undone(noun: Token) -> bool:
    """Whether an event noun is what a verb ends ("UN sanctions against Iran were lifted"):
    the ending is the act, not the sanctions."""
    verb = noun.head
    ended = noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in UNDOING_VERBS
    return ended and verb.i != noun.i


KIND_NOUNS = frozenset(
    {"list", "blacklist", "committee", "regime", "programme", "program", "evasion", "relief"}
    | {"waiver", "exemption", "expert", "lawyer", "analyst", "monitor", "envoy", "official"}
)
"""Nouns that an event noun before them only says the kind of: "its Russia sanctions
list", "the sanctions committee", "a peace envoy" name no sanctions and no peace."""


def _names_a_kind(noun: Token) -> bool:
    """Whether an event noun is a compound that only says what kind of thing the noun after
    it is ("added firms to its Russia sanctions list")."""
    return noun.dep_ == "compound" and noun.head.lemma_.lower() in KIND_NOUNS


def _fights_back(target: Mention, code: str) -> bool:
    """Whether the target of a fight (root 19) can fight back: an armed side, a state or
    a country, not unarmed people ("troops clashed with rioters" is no rioters' fight)."""
    if not code.startswith(FIGHTING_ROOT) or target.actor is None:
        return True
    sectors = set(target.actor.sectors)
    return not sectors or bool(sectors & (ARMED_GROUPS | FORCE_SECTORS | {"GOV"}))


def _doer_pronoun(noun: Token) -> Token | None:
    """The "his" or "her" that owns an act noun as its doer ("praised his crackdown"; not
    "his arrest", which befalls him)."""
    if noun.lemma_.lower() not in DOERS_ACTS:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS]
    return owners[0] if owners else None


BEFALLING_NOUNS = frozenset(
    {"arrest", "detention", "release", "expulsion", "extradition", "deportation", "ouster",
     "execution", "assassination", "kidnapping", "abduction", "impeachment", "conviction",
     "jailing", "imprisonment", "dismissal", "sacking", "removal"}
)  # fmt: skip
"""Nouns of acts done to someone, whose owner is whom they befall ("his arrest")."""
DOERS_ACTS = syntax.COMMENT_NOUNS - BEFALLING_NOUNS
"""Act nouns whose owner is their doer ("his crackdown")."""


def _befalls_its_owner(noun: Token) -> bool:
    """Whether an event noun a verb acts on befalls its owner: an act done to someone with
    no "of" to name them ("ordered his expulsion"; not "Russia's expulsion of", nor the time
    "two months after his arrest", whose doer the clause does not name)."""
    befalling = noun.lemma_.lower() in BEFALLING_NOUNS and noun.dep_ == "dobj"
    return befalling and not syntax.prep_objects(noun, ("of",))


def _owners_befallen(noun: Token, mentions: MentionIndex) -> list[Mention]:
    """The owners of an act done to them, a pronoun as the actor it stands for."""
    found = []
    for owner in syntax.children(noun, frozenset({"poss"})):
        pronoun = owner.lower_ in OWNER_PRONOUNS
        mention = mentions.antecedent(owner) if pronoun else mentions.for_phrase(owner)
        found += [mention] if mention is not None else []
    return found


OWNER_PRONOUNS = frozenset({"his", "her"})


def _named_body(mention: Mention) -> bool:
    """Whether a mention is a country's or an organisation's ("US sanctions", "EU
    sanctions"), not a sector alone ("military aid")."""
    actor = mention.actor
    return actor is not None and (bool(actor.country) or mention.kind == "organisation")


def _actor_key(mention: Mention | None) -> str:
    actor = mention.actor if mention is not None else None
    return actor.code if actor is not None else ""


def _untargeted_promise(
    match: Match, events: list[Event], coded: list[tuple[Match, list[Event]]]
) -> bool:
    """A promise with no target (``pledge >*``) whose complement was coded as the intent or
    threat itself: "Qatar pledged to expel the leaders" is a threat to expel them (137),
    and no untargeted pledge besides."""
    if match.pattern.complement != ANY_COMPLEMENT or any(e.target for e in events):
        return False
    trigger = match.trigger
    return any(
        other.trigger.head.i == trigger.i
        and other.trigger.dep_ in syntax.COMPLEMENT_DEPS
        and all(e.root in PROMISE_ROOTS for e in found)
        for other, found in coded
    )


def _carrier(
    match: Match, substantive: list[Token], carriers: set[int], by_light_verb: set[int]
) -> bool:
    """Whether a match only carries another event: a statement, or a light verb's vague act."""
    trigger = match.trigger
    if trigger.i not in carriers:
        return False
    if trigger not in substantive:
        return True
    return trigger.i in by_light_verb and not match.pattern.obj and not match.pattern.nominal


def _preference(match: Match) -> tuple[int, bool, bool, int]:
    """Higher score first; on a tie, a pattern whose target preposition is there, or has
    none; then one whose object is the verb's own, not a conjunct of it ("dissolved the
    government and national assembly": the government); then the finer code ("pledged
    $40 million in aid": `pledge +million`, 0331, over `pledge +aid`, 033)."""
    missing = bool(match.pattern.target_preps) and not match.prep_found
    own = not any(o.dep_ == "conj" for o in match.objects)
    return match.score, not missing, own, len(match.pattern.code)


def _for_form(patterns: Sequence[Pattern], surface: str) -> list[Pattern]:
    """The patterns that may code this surface form: those naming it (a dictionary's
    ``--- LEFT ---`` block for "left") replace the lemma's; others apply to every form."""
    named = [p for p in patterns if surface in p.forms]
    return named or [p for p in patterns if not p.forms]


def _objects_of_the_next_verb(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects a verb shares with the verb joined after it, when its own preposition
    stands with no object: "fired on and seized three Ukrainian vessels" (the vessels)."""
    stranded = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps]
    if not stranded or any(list(p.children) for p in stranded):
        return []
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return syntax.with_conjuncts(syntax.direct_objects(joined[0])) if joined else []


TOPIC_VERBS = frozenset({"discuss", "debate"})


def _of_topic(verb: Token) -> bool:
    """Whether a verb's object is what it is about, never whom it is done with: "Putin and
    Xi discussed Ukraine" is no meeting with Ukraine."""
    return verb.lemma_.lower() in TOPIC_VERBS


def _match_verb(
    pattern: Pattern,
    verb: Token,
    objects: list[Token],
    clauses: list[Token],
    codes: Callable[[Token], bool] | None = None,
) -> Match | None:
    """Match a verbal pattern at ``verb`` (whose direct ``objects`` and complement
    ``clauses`` are given): particles, object and complement must be there. A complement
    the lexicon codes (``codes``) is its own event."""
    if pattern.particles and not syntax.has_particles(verb, pattern.particles):
        return None
    if pattern.compound_subject and syntax.subject_parties(verb) < 2:
        return None
    if pattern.before and syntax.verb_words(verb, pattern.before) is None:
        return None
    if pattern.code == VISITING and _carried_somewhere(pattern, objects):  # "flew him into exile"
        return None
    used = [verb]
    if pattern.obj:  # "contributed a million gold florin", "florin" tagged an adverb
        objects = (
            _named(pattern, objects)
            or _named(pattern, syntax.misread_objects(verb))
            or _named(pattern, syntax.predicatives(verb))  # "* DEAD": "was shot dead"
        )
        if not objects:
            return None
        if verb.lemma_.lower() not in THIRD_PARTY_VERBS:  # "hosted talks between A and B":
            used += [*objects, *(n for o in objects for n in syntax.measured(o))]  # theirs too
    anchors = [verb, *objects]
    complement = None
    if pattern.phrase:  # "acted on the resolution"
        phrase = _phrase_objects(pattern, anchors)
        if not phrase:
            return None
        used += phrase
        anchors += phrase
    if pattern.complement:
        complement = _find_complement(pattern, clauses)
        if complement is None or _negated_predicate(complement):
            return None  # "found the journalist not guilty"
        objects_of_complement = syntax.direct_objects(complement)
        anchors += [complement, *objects_of_complement]
        # ">*" leaves the complement its own event, unless it names the complement's object
        # ("vow >* +war": "vowed to wage war" is one act)
        if pattern.complement != ANY_COMPLEMENT or pattern.complement_obj:
            used += [complement, *objects_of_complement]
    if pattern.source_preps:  # "B received aid from A": A is the source, B the target
        return _match_received(pattern, verb, anchors, used)
    passed = _passed_objects(pattern, anchors)
    if passed is None:
        return None  # "!in": the preposition must be there
    targets = [t for a in anchors for t in syntax.prep_objects(a, pattern.target_preps)]
    if not targets and pattern.target_preps and not pattern.obj:
        # a preposition the parser hung on the object: "returned dozens of artifacts to Peru"
        nouns = [n for o in objects for n in (o, *syntax.prep_objects(o, ("of",)))]
        targets = [t for n in nouns for t in syntax.prep_objects(n, pattern.target_preps)]
    if not targets and pattern.target_preps:  # "fired on and seized three vessels"
        targets = _objects_of_the_next_verb(verb, pattern.target_preps)
    if not targets and pattern.required_preps:  # "welcomed assurances sent from B"
        targets = _described_prep_objects(pattern, anchors[1:])
    if pattern.required_preps and not targets:
        return None  # "@from!": the preposition must be there
    if pattern.compound_target and len(targets) < 2:
        return None  # "agree @with %" needs "with A and B"
    if not targets and passed:  # "celebrated Iftar in Cairo with Peru": the actor after it
        return Match(
            pattern=pattern,
            trigger=verb,
            sources=(),
            targets=(),
            used=tuple(used),
            objects=tuple(objects) if pattern.obj else (),
            passed=tuple(passed),
        )
    if not targets:  # "gave Malawi $3 million", "sent Ukraine weapons", "granted him asylum"
        targets = syntax.with_conjuncts(
            c
            for c in verb.children
            if c.dep_ == "dative" and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in OBJECT_PRONOUNS)
        )
    if not targets and not pattern.obj and not _saying(pattern, verb) and not _of_topic(verb):
        targets = list(objects)
    if not targets and pattern.complement:
        targets = syntax.controllers(verb)
    if not targets and complement is not None and complement.dep_ == "ccomp":
        targets = syntax.clause_subjects(complement)  # "demanded that Israel withdraw"
    if not targets and pattern.complement:  # "agreed to lift sanctions on B"
        found = [t for a in anchors[1:] for t in syntax.prep_objects(a, COMPLEMENT_TARGET_PREPS)]
        targets = [t for t in found if not _possessed_by_subject(t)]  # "between their leaders"
    # "vowed to attack B"; a threat's uncoded one: "threatened to turn Seoul into ashes"
    named = pattern.complement not in ("", ANY_COMPLEMENT)
    threat = pattern.code.startswith(THREAT_ROOT)  # "threatened to expel the envoy": him
    refusal = pattern.code.startswith(REJECT_ROOT)  # "refused to allow the ship to dock"
    if complement is not None and (threat or refusal) and codes is not None:
        named = named or not codes(complement)
    if not targets and complement is not None and named and (threat or not pattern.complement_obj):
        given_to = syntax.children(complement, DATIVE)  # "agreed to lend Bolivia $5 billion"
        things = [o for o in syntax.direct_objects(complement) if o not in given_to]
        targets = syntax.with_conjuncts([*given_to, *things])
    return Match(
        pattern=pattern,
        trigger=verb,
        sources=(),  # filled in for the chosen match only (_with_doers)
        targets=tuple(targets),
        used=tuple(used),
        objects=tuple(objects) if pattern.obj else (),
    )


VEHICLE_NOUNS = frozenset({"plane", "jet", "aircraft", "helicopter", "flight", "ship", "boat"})


def _carried_somewhere(pattern: Pattern, objects: list[Token]) -> bool:
    """Whether a verb of travel to a place ("fly @to") has people for its object: it
    carried them there ("soldiers flew him into exile in Costa Rica", "Panama flew 29
    Colombian migrants home"), a visit of no one; not a vehicle it came in."""
    travel = "to" in pattern.target_preps and not pattern.obj
    carried = [o for o in objects if o.pos_ in ("PRON", "PROPN", "NOUN")]
    return travel and any(o.lemma_.lower() not in VEHICLE_NOUNS for o in carried)


def _saying(pattern: Pattern, verb: Token) -> bool:
    """Whether the verb is "say" coded by the lexicon's own pattern: what one says is no
    one ("economists say the government's reliance on debt ..."). A PETRARCH verb
    dictionary's statements take the first actor after them."""
    return verb.lemma_.lower() == "say" and not pattern.dictionary


def _named(pattern: Pattern, objects: list[Token]) -> list[Token]:
    """The objects that are the one the pattern names."""
    return [
        o
        for o in objects
        if syntax.names_object(o, pattern.obj, pattern.obj_mods, pattern.obj_glued)
    ]


def _passed_objects(pattern: Pattern, anchors: list[Token]) -> list[Token] | None:
    """The objects of the pattern's passed prepositions (``!in``) on the verb, its object
    or phrase; None when one of them is not there."""
    found: list[Token] = []
    for prep in pattern.passed_preps:
        objects = [o for a in anchors for o in syntax.prep_objects(a, (prep,))]
        if not objects:
            return None
        found += objects
    return found


def _described_prep_objects(pattern: Pattern, nouns: list[Token]) -> list[Token]:
    """The objects of the pattern's prepositions on a past participle that describes one
    of the nouns it matched ("welcomed memos sent from Peru")."""
    participles = [c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return [t for p in participles for t in syntax.prep_objects(p, pattern.target_preps)]


def _with_doers(match: Match) -> Match:
    """A verbal match with its sources: the verb's doers, or, for "Xi met the visiting
    Russian minister", the visitor and the host; a "<from" pattern has its own."""
    if match.pattern.source_preps:
        return match
    visit = syntax.attributive_visit(match.trigger)
    if visit is not None:
        return dataclasses.replace(match, sources=tuple(visit[0]), targets=tuple(visit[1]))
    return dataclasses.replace(match, sources=tuple(syntax.verb_subjects(match.trigger)))


def _phrase_objects(pattern: Pattern, anchors: list[Token]) -> list[Token]:
    """The objects of the pattern's fixed phrase (``~on_resolution``) on the verb, its
    object, or a particle the parser took for a preposition ("pulled out of the deal")."""
    prep, *mods, noun = pattern.phrase
    verb = anchors[0]
    particles = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in pattern.particles]
    found = [o for a in [*anchors, *particles] for o in syntax.prep_objects(a, (prep,))]
    if not found and any(c.dep_ == "prt" and c.lower_ == prep for c in verb.children):
        found = syntax.direct_objects(verb)  # "quarrelled over the plans": a particle and object
    return [o for o in found if syntax.names_object(o, noun, tuple(mods))]


_PHONE = parse_pattern("041", "call", origin="phone rule")


def _phoned(match: Match) -> bool:
    """ "Macron called Putin": a verb of calling whose object is a person or a name, with
    no "on" or "for" to make it an appeal, is a telephone call; so is one with an
    infinitive of what it was for ("called Erdogan to offer condolences")."""
    verb, pattern = match.trigger, match.pattern
    if verb.lemma_.lower() not in syntax.CALLING_VERBS or match.prep_found:
        return False
    if pattern.complement and not any(syntax.phoned_for(c) for c in syntax.complements(verb)):
        return False
    objects = syntax.direct_objects(verb)
    named = [o for o in objects if syntax.names_a_person(o)]
    return bool(named) and not any(child.dep_ == "oprd" for child in verb.children)


CIVIL_SECTORS = frozenset(
    {"LAB", "EDU", "CVL", "OPP", "HLH", "MED", "AGR", "BUS", "REL", "NGO", "REF", "JUD"}
)
"""People who bear no arms: their strike is a labour strike, and killing a hundred of them
a mass killing."""


def _labour_strike(match: Match, sources: list[Mention]) -> Match:
    """A strike by workers, teachers or doctors is a strike (143), not an airstrike: "the
    teachers began a strike over pay", "truckers strike over freight rates"."""
    named = match.pattern.obj if not match.pattern.nominal else match.trigger.lemma_.lower()
    if not match.pattern.nominal and not named and not match.targets:
        named = match.trigger.lemma_.lower()  # "truckers strike over pay"
    if named != "strike" or not match.pattern.code.startswith("19") or not sources:
        return match  # an airstrike's pattern only: "began a strike", "launched a strike"
    sectors = [set(s.actor.sectors) for s in sources if s.actor is not None]
    if not sectors or not all(found and found <= CIVIL_SECTORS for found in sectors):
        return match
    return _recoded(match, "143")


DEMAND_ROOT = "10"
PROTEST_CODE = "140"
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})
"""A participle or infinitive of purpose: "marched to demand", "protesters demanding"."""
PROTESTER_NOUNS = frozenset({"protester", "demonstrator", "marcher", "protestor", "rioter"})


ARMED_GROUPS = frozenset({"INS", "REB", "UAF", "CRM", "PRM"})
"""Armed men who are no state's forces: their violence is unconventional (18)."""
PROTEST_STORMING = "145"


def _armed_storming(match: Match, sources: list[Mention]) -> Match:
    """Armed men who storm a place assault it: "Hamas gunmen stormed into southern
    Israel" is an assault (180), troops' storming a military attack (190), police's a
    coercion (170: "police stormed the embassy and arrested ..."); protesters' storming
    stays a violent protest (145)."""
    if match.pattern.code != PROTEST_STORMING or match.trigger.lemma_.lower() != "storm":
        return match
    sectors = [set(s.actor.sectors) for s in sources if s.actor is not None]
    if sectors and all(found & {"MIL"} for found in sectors):
        return _recoded(match, "190")
    if sectors and all(found & {"COP"} for found in sectors):
        return _recoded(match, "170")
    if sectors and all(found & ARMED_GROUPS for found in sectors):
        return _recoded(match, "180")
    return match


def _agreed_together(match: Match) -> Match:
    """Agreeing "with" another to do something is both sides' ("Marcos agreed with Xi to
    set up a hotline": 030 both ways); not agreeing with a view ("agreed with Xi that ...")."""
    verb = match.trigger
    if match.pattern.code[:2] != INTENT_ROOT or verb.lemma_.lower() != "agree":
        return match
    if not syntax.prep_objects(verb, ("with",)) or not syntax.children(verb, XCOMP):
        return match
    return dataclasses.replace(
        match, pattern=dataclasses.replace(match.pattern, reverse=match.pattern.code)
    )


XCOMP = frozenset({"xcomp"})


def _answered_by_the_threat(
    threat: Token, mentions: MentionIndex, sources: list[Mention]
) -> list[Mention]:
    """Whom a threat of no target and no subject of its own answers: the object of the
    verb it is joined to ("Iran blamed Israel for the sabotage and vowed revenge": Israel;
    "condemned the new U.S. sanctions and vowed a tough response": the United States)."""
    if syntax.children(threat, syntax.SUBJECT_DEPS):
        return []  # "Israel struck Iran, and Tehran vowed a harsh response"
    objects = syntax.direct_objects(threat.head)
    return [m for m in mentions.of_phrases(objects) if m not in sources]


def _recoded(match: Match, code: str) -> Match:
    """The match with its pattern's code replaced."""
    return dataclasses.replace(match, pattern=dataclasses.replace(match.pattern, code=code))


THREAT_ROOT = "13"
SEIZING_VERBS = frozenset({"capture", "seize", "retake", "recapture"})


def _territorial(match: Match, doc: Document, mentions: MentionIndex) -> Match:
    """A seizure of a named thing that is no actor nor person is a seizure of territory
    (192): "rebels seized Kidal", "troops captured Afrin"; not "captured the opposition
    leader" (an actor) or "captured El Chapo" (a person)."""
    trigger = match.trigger
    if trigger.lemma_.lower() not in SEIZING_VERBS or match.pattern.obj:
        return match
    if match.pattern.code.startswith("19"):
        return match
    objects = syntax.direct_objects(trigger) or syntax.misread_objects(trigger)
    named = [o for o in objects if o.pos_ == "PROPN" and not _actor_or_person(o, doc, mentions)]
    if not named:
        return match
    return _recoded(match, OCCUPYING)


PLACE_MENTION_KINDS = frozenset({"country", "capital", "demonym", "place"})


def _actor_or_person(token: Token, doc: Document, mentions: MentionIndex) -> bool:
    """Whether a name is an actor's or a person's (a PERSON entity), or one an apposition
    or the words before it say is an actor ("captured Ovidio Guzman, a son of a drug
    lord", "captured cartel boss Joaquin 'El Chapo' Guzman")."""
    if mentions.at(token.idx) is not None:
        return True
    appositions = syntax.children(token, APPOSITION)
    words = [t for a in appositions for t in a.subtree]
    words += list(token.doc[token.left_edge.i : token.i])  # "cartel boss Joaquin 'El Chapo'"
    described = mentions.all_in(words)
    if any(m.kind not in PLACE_MENTION_KINDS for m in described):  # not "Kidal, a town in Mali"
        return True
    return any(e.label == "PERSON" and e.start <= token.idx < e.end for e in doc.entities)


def _phone_call(match: Match) -> Match:
    """The match recoded as a telephone call (041) to the verb's object."""
    objects = tuple(syntax.with_conjuncts(syntax.direct_objects(match.trigger)))
    return dataclasses.replace(match, pattern=_PHONE, targets=objects)


def _naming(match: Match) -> bool:
    """A verb that names its object, without the pattern's preposition: "called it a
    terrorist act", "what Delhi called a training camp" (two objects) is no call on anyone."""
    verb = match.trigger
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    two = len(objects) > 1 and verb.lemma_.lower() in NAMING_VERBS
    two = two or _names_its_antecedent(verb)
    naming = two or any(child.dep_ == "oprd" for child in verb.children)
    return naming and bool(match.pattern.target_preps) and not match.prep_found


NAMING_VERBS = frozenset({"call", "name", "label", "term", "brand", "dub"})
DISMISSING_VERBS = frozenset({"describe", "dismiss", "reject", "slam", "decry", "portray"})
"""Verbs that name their object "as" something ("dismissed the sanctions as banditry")."""
DISPARAGING_WORDS = frozenset(
    {"terrorist", "criminal", "murderer", "killer", "dictator", "tyrant", "liar", "puppet",
     "aggressor", "invader", "occupier", "enemy", "traitor", "thug", "butcher", "fascist",
     "nazi", "provocation", "threat", "farce", "sham", "lie", "propaganda", "interference",
     "aggression", "blackmail", "piracy", "hypocrisy", "disgrace", "genocide", "coup",
     "terrorism", "banditry", "violation", "crime", "atrocity", "massacre", "theft",
     "fabrication", "slander", "nonsense", "preposterous", "absurd", "baseless", "stab",
     "betrayal", "treachery", "affront", "travesty", "mockery",
     "unacceptable", "outrageous", "illegal", "unjustified", "shameful", "barbaric",
     "illegitimate", "unlawful", "fraudulent", "reckless", "irresponsible", "provocative",
     "hostile", "brutal", "inhumane", "unconstitutional",
     "unfair", "unjust", "unreasonable", "madness", "fraud", "persecution", "witch-hunt",
     "mistake", "insult", "insulting", "harassment", "intimidation", "bullying", "coercion",
     "extortion", "robbery", "sabotage", "ridiculous", "cynical", "undemocratic",
     "discriminatory", "racist", "arbitrary", "abuse", "regrettable", "shortsighted",
     "short-sighted", "counterproductive", "deplorable", "cruel", "immoral", "appalling",
     "disgraceful", "despicable", "cowardly", "heinous", "unwarranted", "unprovoked",
     "treasonous", "treason", "bandit", "unwise", "warfare", "worthless", "meaningless",
     "condescending", "arrogant"}
)  # fmt: skip
_DISPARAGE = parse_pattern("111", "call", origin="naming rule")


def _disparaging_naming(verb: Token) -> Match | None:
    """Naming an actor or its act with a word of abuse is denouncing it (111): "Erdogan
    called Netanyahu a terrorist", "China described the US move as a provocation"."""
    objects = syntax.children(verb, syntax.OBJECT_DEPS)
    if _names_its_antecedent(verb):  # "a move Israel called a reward for terrorism"
        objects = [verb.head, *objects, *syntax.prep_objects(verb, ("for",))]
    joined = _named_in_the_name(verb)  # "called the measures robbery", parsed as one noun
    if joined and (not objects or objects[0].lemma_.lower() in DISPARAGING_WORDS):
        return _verb_rule(_DISPARAGE, verb, joined)
    if not objects:  # "called the authorities illegitimate", parsed as a clause
        clauses = syntax.children(verb, frozenset({"ccomp"}))
        named = [s for c in clauses if _disparages(c) for s in syntax.clause_subjects(c)]
        return _verb_rule(_DISPARAGE, verb, named[:1]) if named else None
    names = [c for c in verb.children if c.dep_ in ("oprd", "attr")] + objects[1:]
    names += [c for c in objects[0].children if c.dep_ in TRAILING and c.i > objects[0].i]
    names += [
        p for o in (verb, *objects[0].subtree) for p in syntax.prep_objects(o, ("as",))
    ]  # "described the move as a provocation", "the proposal to suspend funds as blackmail"
    if not any(_disparages(name) for name in names):
        return None
    named = objects[0]
    if named.lemma_.lower() in syntax.CLAIM_NOUNS | {"report"}:  # "called the accusations lies"
        claimants = syntax.prep_objects(named, ("by", "from"))
        return _verb_rule(_DENIAL, verb, claimants or [named])
    if verb.lemma_.lower() == "reject":  # "rejected the re-election as a fraud": a rejection
        return None
    return _verb_rule(_DISPARAGE, verb, [named])


DENYING_VERBS = frozenset({"deny", "dismiss", "reject", "refute", "rebut"})

DESIGNATING_VERBS = frozenset({"designate", "declare", "list", "classify"})
LISTED_NOUNS = frozenset({"organisation", "organization", "group", "entity", "network"})
TERROR_WORDS = frozenset({"terrorist", "terror"})
_DESIGNATE = parse_pattern("163", "designate", origin="terrorist designation rule")


STATEMENT = "010"
DISAPPROVAL = "111"
CRITICAL_VERBS = frozenset(
    {"regret", "appal", "appall", "poison", "undermine", "violate", "damage", "harm"}
    | {"endanger", "destabilize", "destabilise", "threaten", "jeopardize", "jeopardise"}
)
"""Verbs by which words about an act criticise it ("a move Beijing said was poisoning
relations", "a move Norway said it deeply regretted")."""


def _critical(verb: Token) -> bool:
    """Whether what a speech verb says holds a word of abuse or a verb of harm."""
    said = [t for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree]
    return any(t.lemma_.lower() in CRITICAL_VERBS | DISPARAGING_WORDS for t in said)


BELIEVING_VERBS = frozenset({"think", "believe", "feel"})


def _disparaged_in_words(verb: Token) -> list[Token]:
    """Whom a speaker's words call by a word of abuse: the subject of a clause of "be"
    ("Biden said he thought Putin was a killer", "said London's move had been immoral",
    "said Morrison had been condescending"); not when the clause is negated."""
    clauses = syntax.children(verb, frozenset({"ccomp"}))
    clauses += [
        c for b in clauses if b.lemma_.lower() in BELIEVING_VERBS
        for c in syntax.children(b, frozenset({"ccomp"}))
    ]  # fmt: skip
    subjects = [s for c in clauses if _called_abusive(c) for s in syntax.clause_subjects(c)]
    return [s for s in subjects if s.lemma_.lower() not in BEFALLING_NOUNS]  # not "his arrest"


def _called_abusive(clause: Token) -> bool:
    """Whether a clause of "be" says its subject is a word of abuse, and not that it isn't."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    if clause.lemma_.lower() == "be":
        names = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
        return any(_disparages(name) for name in names)
    been = any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in clause.children)
    return been and clause.lower_ in DISPARAGING_WORDS  # "had been 'condescending'"


PHRASAL_ONLY = frozenset({"call"})
"""Verbs whose particle makes another verb: "called off" is no call on anyone."""


def _particles_of(verb: Token) -> list[str]:
    """The verb's particles ("off" in "called off the advance")."""
    return [child.lower_ for child in verb.children if child.dep_ == "prt"]


def _declares_a_status(verb: Token) -> bool:
    """Whether a verb of declaring says what its object is, no statement to anyone:
    "declared Maduro the winner", "declared himself interim president", "declared Nigeria
    free of Ebola" (an object, a name, or a complement with no verb); not "declared that
    elections would be held"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "oprd", "attr"):
            return True
        if child.dep_ == "ccomp" and child.pos_ not in ("VERB", "AUX"):
            return True
    return False


def _terror_designation(verb: Token) -> Match | None:
    """Designating or declaring a group a terrorist organisation puts sanctions on it
    (163): "Washington designated Iran's Revolutionary Guards a foreign terrorist
    organisation", "Egypt declared the Brotherhood a terrorist group", "Canada listed the
    Proud Boys as a terrorist entity"; however the parser hung the name (a second object,
    a clause, "as")."""
    named = [c for c in verb.children if c.dep_ in ("dobj", "dative", "oprd", "attr", "ccomp")]
    names = named + [p for o in (verb, *named[:1]) for p in syntax.prep_objects(o, ("as",))]
    names += [a for n in named for a in syntax.children(n, APPOSITION)]
    names += _noun_after(named[0]) if named else []  # the name the parser hung elsewhere
    listed = [n for n in names if _terror_list_name(n)]
    if not listed:
        return None
    targets = [c for c in named if c.dep_ in ("dobj", "dative") and c not in listed]
    return _verb_rule(_DESIGNATE, verb, syntax.with_conjuncts(targets[:1]))


def _noun_after(phrase: Token) -> list[Token]:
    """The first noun of the words right after a phrase ("designated the Brotherhood a
    terrorist organisation", where the parser made "organisation" the subject of a later
    clause)."""
    doc = phrase.doc
    after = doc[phrase.right_edge.i + 1 : min(phrase.right_edge.i + 5, len(doc))]
    return next(([t] for t in after if t.pos_ == "NOUN"), [])


def _terror_list_name(noun: Token) -> bool:
    """ "a (foreign) terrorist organisation", "a terror group"."""
    described = {child.lemma_.lower() for child in noun.children}
    return noun.lemma_.lower() in LISTED_NOUNS and bool(described & TERROR_WORDS)


ANSWERING_VERBS = DENYING_VERBS | frozenset(
    {"refuse", "decline", "accept", "welcome", "heed", "ignore", "spurn", "rebuff", "answer"}
    | {"defy"}
)
"""Verbs whose object can be words said to their subject ("rejected Ukraine's proposal")."""
ANSWERING_PREPOSITIONS = {
    "respond": "to",
    "reply": "to",
    "bow": "to",
    "yield": "to",
    "accede": "to",
    "agree": "to",
    "listen": "to",
    "comply": "with",
}
"""The preposition before the words a verb answers ("responded to Seoul's offer")."""
ASKED_PREPOSITIONS = frozenset({"at", "despite"})
"""Prepositions before words that the clause's subject acts on or against ("arrested him at
Washington's request", "refused despite requests from Kyiv")."""


def _answerers(noun: Token) -> list[Token]:
    """The doers of a verb that answers a noun of words, to whom those words were said
    ("Uzbekistan rejected calls by Britain for an inquiry", "Iran rejected U.S.
    accusations", "North Korea has not responded to Seoul's offer", "Canada arrested her
    at Washington's request": Uzbekistan, Iran, North Korea, Canada)."""
    verb = _answering_verb(noun)
    return syntax.verb_subjects(verb) if verb is not None else []


def _answering_verb(noun: Token) -> Token | None:
    """The verb whose object, or whose preposition's object, a noun of words is, when that
    verb answers those words ("rejected", "responded to", "arrested ... at the request
    of") and the answer is real: "urged Eriador to respond to Gondor's proposals" answers
    none, that may never have been made."""
    head = noun.head
    verb = head if noun.dep_ in ("dobj", "nsubjpass") else head.head
    if noun.dep_ in ("dobj", "nsubjpass"):
        answering = verb.lemma_.lower() in ANSWERING_VERBS
    else:
        preposition = head.lower_ if noun.dep_ == "pobj" and head.dep_ == "prep" else ""
        answered = ANSWERING_PREPOSITIONS.get(verb.lemma_.lower()) == preposition
        answering = verb.pos_ in ("VERB", "AUX") and (answered or preposition in ASKED_PREPOSITIONS)
    background = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj")
    if not answering or background:  # "..., dismissing a proposal by Turkey": an aside
        return None
    return verb if classify(verb) not in UNREAL_ANSWERS else None


KEPT_FROM_THE_ANSWER = frozenset({Factuality.REPORTED, Factuality.HISTORICAL})
UNREAL_ANSWERS = frozenset({Factuality.HYPOTHETICAL, Factuality.FUTURE})


def _answered_words(noun: Token) -> Factuality | None:
    """When the noun is words another said to the doer of a verb that answers them, their
    factuality: said, whatever the answer ("North Korea has not responded to Seoul's offer":
    Seoul offered), as reported or as old as the answer. Else None."""
    verb = _answering_verb(noun)
    if verb is None:
        return None
    answer = classify(verb)
    return answer if answer in KEPT_FROM_THE_ANSWER else of_its_own(noun)


def _claimants(verb: Token) -> list[Token]:
    """Who made the claims a verb answers, named in a participle after them (or after
    what they are of): "denied charges of corruption brought by prosecutors"."""
    claims = [o for o in syntax.direct_objects(verb) if o.lemma_.lower() in syntax.CLAIM_NOUNS]
    nouns = [n for c in claims for n in (c, *syntax.prep_objects(c, ("of",)))]  # "of fraud"
    return [
        agent
        for noun in nouns
        for clause in noun.children
        if clause.dep_ == "acl"
        for agent in syntax.passive_agents(clause)
    ]


DENIAL = "016"
_DENIAL = parse_pattern(DENIAL, "deny", origin="denied claim rule")


def _denied_claim(verb: Token) -> Match | None:
    """A claim a clause calls the words of the one before it is denied by the subject of
    the clause and aimed at the claimant (016): "Moscow accused Kyiv of preparing a
    provocation, a claim Ukraine dismissed as absurd" is Ukraine's denial to Moscow."""
    said = _commented_clause(verb)
    if said is None or verb.head.lemma_.lower() not in syntax.CLAIM_NOUNS:
        return None
    return _verb_rule(_DENIAL, verb, syntax.verb_subjects(_accusation_in(said, verb)))


CHARGING_VERBS = syntax.ACCUSING_VERBS | ALLEGING_VERBS


def _accusation_in(clause: Token, comment: Token) -> Token:
    """The accusation a claim noun names within the clause it comments on: its last
    accusing verb ("jets struck Syria, a week after Ankara blamed the PKK for a bombing,
    an accusation the group denied": blamed), or the clause itself."""
    words = clause.doc[clause.i : comment.i]
    accusing = [t for t in words if t.pos_ == "VERB" and t.lemma_.lower() in CHARGING_VERBS]
    return accusing[-1] if accusing else clause


SUBORDINATE_CLAUSES = frozenset({"pcomp", "xcomp", "ccomp", "advcl", "relcl", "acl"})


MOVE_NOUNS = frozenset({"move", "step", "decision"})
"""Nouns of a decision whose "in a move ..." comments on the clause before, comma or not."""


def _commented_clause(verb: Token) -> Token | None:
    """The clause a relative clause comments on through a noun after a comma or "in":
    "Putin signed the treaty, a move Kyiv denounced as illegal" (signed), "Modi and Putin
    embraced, a gesture that drew criticism from Kyiv" (embraced), "suspended parliament,
    invoking emergency powers in a move his opponents called a coup" (suspended), however
    the parser hung the noun."""
    if _in_what(verb):  # "detained Bazoum, in what the AU condemned as a coup"
        clause = verb.head.head
        return clause if clause.pos_ in ("VERB", "AUX") and clause.i < verb.i else None
    fronted = _fronted_comment_noun(verb)
    if fronted is not None:  # the parser made "a ruling Washington condemned" a clause
        noun, clause = fronted, verb.head
    elif _relative_clause(verb) and verb.head.lemma_.lower() in syntax.COMMENT_NOUNS:
        noun, clause = verb.head, verb.head.head
    else:
        return None
    start = noun.left_edge.i
    before = noun.doc[max(start - 2, 0) : start]  # ", a move ..." or "(,) in a move ..."
    moved = noun.lemma_.lower() in MOVE_NOUNS and bool(before) and before[-1].lower_ == "in"
    commented = moved or syntax.after_a_comma(noun)
    commented = commented or [t.lower_ for t in before] == [",", "in"]
    commented = commented or _object_commented_on(verb, noun)
    if not commented and not _after_a_comma(verb):  # "during their exercises, which drew"
        return None
    while clause.head.i != clause.i and (
        clause.pos_ not in ("VERB", "AUX") or clause.dep_ in SUBORDINATE_CLAUSES
    ):
        clause = clause.head  # "accused Serbia of backing the gunmen, a charge ...": accused
    return clause if clause.pos_ in ("VERB", "AUX") and clause.i < noun.i else None


def _object_commented_on(verb: Token, noun: Token) -> bool:
    """Whether a relative clause of criticism or reaction is said of the object of the
    verb before it, and so of that verb's act: "Putin signed a treaty that Georgia
    denounced as a step towards annexation" (Georgia denounced Putin's signing)."""
    reacting = verb.lemma_.lower() in REACTING_VERBS | NAMING_VERBS | DISMISSING_VERBS
    return reacting and noun.dep_ == "dobj" and verb.dep_ == "relcl" and not _after_a_comma(verb)


def _criticised_in_what(match: Match) -> bool:
    """Whether a match criticises the act it follows "in what" it names it ("in what the AU
    condemned as a coup", "in what Kyiv called a terrorist attack"; not "in what Beijing
    called a warning")."""
    return _in_what(match.trigger) and match.pattern.code[:2] == DISAPPROVAL[:2]


def _in_what(verb: Token) -> bool:
    """Whether a verb says what its subject made of the act it follows, "in what" it
    named it ("struck Kyiv, in what Ukraine called a terrorist attack")."""
    preposition = verb.head
    if verb.dep_ != "pcomp" or preposition.lower_ != "in" or preposition.i != verb.left_edge.i - 1:
        return False
    return any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)


DATIVE = frozenset({"dative"})
ACL = frozenset({"acl"})
APPOSITION = frozenset({"appos"})
COMMENT_DETERMINERS = frozenset({"a", "an", "the", "another"})
CLAIM_CODE = "015"
ACTED_ON_PREPS = ("into", "on", "at", "against")


def _purpose_words(verb: Token) -> set[int]:
    """The words of a verb's infinitives of purpose, or of its object's ("signed a
    memorandum to set up zones in Syria", "an agreement to set up zones in Syria")."""
    heads = [verb, *syntax.children(verb, syntax.OBJECT_DEPS)]
    clauses = [c for h in heads for c in h.children if syntax.is_purpose(c) or _infinitive_of(c)]
    return {t.i for c in clauses for t in c.subtree}


def _infinitive_of(clause: Token) -> bool:
    """Whether a clause is a noun's infinitive ("an agreement to set up zones")."""
    return clause.dep_ == "acl" and syntax.with_to(clause)


def _acted_on(clause: Token) -> list[Token]:
    """Whom a clause acts on, which its claim of responsibility is aimed at: its objects
    and those "into", "on", "at" or "against" it ("rammed a car into a convoy of Indian
    police, in an attack claimed by Jaish": the police)."""
    return syntax.direct_objects(clause) + syntax.prep_objects(clause, ACTED_ON_PREPS)


def _commented_by_words(verb: Token) -> Token | None:
    """The clause a comment is on, read from the words where the parse lost them: the
    sentence's root before ", a deployment Pompeo condemned as ..." (``deployment`` read
    as an adjective), when no verb stands between the comma and the comment."""
    doc, root = verb.doc, verb.sent.root
    if verb.pos_ != "VERB" or root.pos_ not in ("VERB", "AUX"):
        return None
    commas = [t.i for t in reversed(doc[root.i + 1 : verb.i]) if t.text == ","]
    for comma in commas:  # the nearest first; an apposition may stand between
        words = doc[comma + 1 : verb.i]
        if any(t.pos_ in ("VERB", "AUX") for t in words):
            return None
        if _names_a_comment(words):
            return root
    return None


DEFINITE_DETERMINERS = frozenset({"the", "this", "these", "that", "those"})


def _earlier_act(match: Match) -> Token | None:
    """The act an earlier clause told, when a comment's object names it by a noun with a
    definite article and nothing else, or by "what" it calls it: "a court convicted 14
    activists, and Britain condemned the verdicts" (convicted); "after gunmen stormed a
    church, the pope condemned the attack" (stormed); "..., and Maduro called the measures
    robbery" (the thing named); "Jammeh rejected the results, and the United States
    condemned what it called an unacceptable reversal" (rejected)."""
    verb = match.trigger
    objects = list(match.targets) or syntax.children(verb, syntax.OBJECT_DEPS)
    if match.pattern.obj:  # "lodged a protest over the ban": what the protest is over
        objects = [o for t in (verb, *objects) for o in syntax.prep_objects(t, ("over",))]
    named = bool(syntax.named_by_what(verb))  # "condemned what it called a reversal"
    if not named and not _names_the_act_before(objects):
        return None
    earlier = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        earlier.append(verb.head)
    acts = [c for c in earlier if c.pos_ == "VERB" and syntax.verb_subjects(c)]
    if len(acts) != 1 or _clause_between(acts[0], verb):
        return None
    return acts[0]


PROMPTED_ROOTS = CRITICISM_ROOTS | {"13"}
PROMPTING_VERBS = frozenset({"prompt", "provoke", "spur", "lead", "push", "force"})


def _prompting_act(verb: Token) -> Token | None:
    """The act that prompted a comment or threat aimed at no one named: "Japan removed
    Seoul from its list, prompting President Moon to warn of grave consequences" (removed,
    whose doer Moon warned); not one whose object has an owner ("prompting Manila to
    summon Beijing's ambassador")."""
    prompting = verb.head
    if verb.dep_ != "xcomp" or prompting.lemma_.lower() not in PROMPTING_VERBS:
        return None
    if any(c.dep_ == "poss" for o in syntax.direct_objects(verb) for c in o.children):
        return None
    if prompting.tag_ != "VBG" or prompting.dep_ != "advcl":
        return None
    act = prompting.head
    return act if act.pos_ == "VERB" and syntax.verb_subjects(act) else None


def _names_the_act_before(objects: list[Token]) -> bool:
    """Whether a comment's one object is a comment noun with a definite article and
    nothing else, which names an act told before ("the verdicts"; not "Russia's attack",
    "the attack on Kyiv", "an attack")."""
    if len(objects) != 1 or objects[0].lemma_.lower() not in syntax.COMMENT_NOUNS:
        return False
    noun = objects[0]
    kinds = {c.dep_ for c in noun.children if not _trailing_adjective(c)}
    phrase = noun.head if noun.dep_ == "compound" else noun  # "the measures robbery"
    determiners = {c.lower_ for c in phrase.children if c.dep_ == "det"}
    described = bool(kinds & {"poss", "prep", "acl", "relcl", "compound"})
    return not described and bool(determiners & DEFINITE_DETERMINERS)


SHOW_OF_FORCE = "150"
LAUNCHING_VERBS = frozenset({"fire", "launch", "test-fire"})


def _fired_over(match: Match, targets: list[Mention]) -> Match:
    """A missile fired or launched "over" a country, which is all its target, is a show of
    force there (150), not an attack: "North Korea fired a ballistic missile over Japan"."""
    verb = match.trigger
    if match.pattern.code[:2] != FIGHT_ROOT or verb.lemma_.lower() not in LAUNCHING_VERBS:
        return match
    overs = [o for t in (verb, *match.objects) for o in syntax.prep_objects(t, ("over",))]
    spans = [(t.left_edge.idx, t.right_edge.idx + 1) for t in overs]
    over = bool(targets) and all(any(a <= m.start < b for a, b in spans) for m in targets)
    return _recoded(match, SHOW_OF_FORCE) if over else match


def _negated_predicate(word: Token) -> bool:
    """Whether a word is a negated adjective ("found him not guilty")."""
    return word.pos_ == "ADJ" and any(c.dep_ == "neg" for c in word.children)


def _trailing_adjective(word: Token) -> bool:
    """A lone adjective after its noun: the name a naming verb gives it ("called the
    decision shortsighted"), whatever its tag; not a clause ("the decision to leave")."""
    return word.dep_ in TRAILING and word.i > word.head.i and not list(word.children)


def _clause_between(earlier: Token, verb: Token) -> bool:
    """Whether another clause with a subject of its own stands between an act and a
    comment, whose act the comment may name instead ("shot down drones that crossed into
    Poland, and Tusk called the incursion a provocation"); not a participle ("..., wounding
    two", "a crackdown ordered by the president")."""
    words = earlier.doc[earlier.i + 1 : verb.i]
    subjects = syntax.SUBJECT_DEPS | syntax.PASSIVE_SUBJECT_DEPS
    return any(t.pos_ == "VERB" and syntax.children(t, subjects) for t in words)


def _words_before(verb: Token) -> list[Token]:
    """The words between the last comma and a verb (", a move the UN chief hailed")."""
    start = verb.sent.start
    comma = next((t.i for t in reversed(verb.doc[start : verb.i]) if t.text == ","), start)
    return list(verb.doc[comma + 1 : verb.i])


def _names_a_comment(words: Sequence[Token]) -> bool:
    """Whether words after a comma open with a comment noun ("a move", "in a move")."""
    lowered = [t.lower_ for t in words]
    start = 1 if lowered[:1] == ["in"] else 0
    if len(lowered) <= start + 1 or lowered[start] not in COMMENT_DETERMINERS:
        return False
    nouns = words[start + 1 : start + 4]
    return any({t.lower_, t.lemma_.lower()} & syntax.COMMENT_NOUNS for t in nouns)


REACTING_VERBS = syntax.REACTION_VERBS | {
    *("condemn", "criticise", "criticize", "denounce", "deplore", "welcome", "praise"),
}
"""Verbs of reaction that a relative clause set off by a comma aims at the act its noun
names ("their joint exercises, which drew sharp criticism from Beijing")."""


def _after_a_comma(clause: Token) -> bool:
    """Whether a relative clause of reaction is set off by a comma ("exercises, which drew
    criticism"), as a comment on the act its noun names."""
    reacting = clause.lemma_.lower() in REACTING_VERBS
    return reacting and clause.dep_ == "relcl" and syntax.after_a_comma(clause)


def _fronted_comment_noun(verb: Token) -> Token | None:
    """The comment noun a clause hung on the one before it has as a fronted object, before
    its own subject (", a ruling Washington condemned as baseless": ruling)."""
    if verb.dep_ != "advcl":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not objects or not subjects or not objects[0].i < subjects[0].i < verb.i:
        return None
    noun = objects[0]
    named = {noun.lemma_.lower(), noun.lower_}
    return noun if named & syntax.COMMENT_NOUNS else None


def _relative_clause(verb: Token) -> bool:
    """Whether a verb heads a relative clause, also one with its own subject that the
    parser labelled a plain modifier ("a move Chile called ...") or a passive participle
    with its doer ("a move condemned by Chile")."""
    own_subject = any(child.dep_ in ("nsubj", "agent") for child in verb.children)
    return verb.dep_ == "relcl" or (verb.dep_ == "acl" and (own_subject or _lost_subject(verb)))


def _lost_subject(clause: Token) -> bool:
    """Whether the parser made a clause's subject an apposition of the noun the clause
    describes ("a move European Commission President Ursula von der Leyen called
    blackmail": Leyen, beside "move")."""
    head = clause.head
    return any(c.dep_ == "appos" and head.i < c.i < clause.i for c in head.children)


def _names_its_antecedent(verb: Token) -> bool:
    """Whether a verb of naming in a relative clause names the noun the clause describes
    ("a move Israel called a reward for terrorism": the move), having no other object
    before its name."""
    if not _relative_clause(verb) or verb.lemma_.lower() not in NAMING_VERBS | DISMISSING_VERBS:
        return False
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    named = any(child.dep_ == "oprd" for child in verb.children)  # "India called preposterous"
    if any(c.lower_ in ("that", "which") for c in objects):
        return False
    return len(objects) == 1 or (not objects and named)


def _disparages(noun: Token) -> bool:
    """Whether a noun, a word before it, the noun of its "of" or "for", or a word joined to
    it is a word of abuse ("a war criminal", "an act of aggression", "a reward for
    terrorism", "'unfair and unjustified'"), as written
    or in its lemma (which spaCy may get wrong: "unjustifie")."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound"))]
    words += syntax.prep_objects(noun, ("of", "for")) + list(noun.conjuncts)
    return any({w.lemma_.lower(), w.lower_} & DISPARAGING_WORDS for w in words)


TRAILING = frozenset({"acl", "amod"})
"""An adjective the parser hung after the noun a verb names ("called the decision
shortsighted")."""


def _named_in_the_name(verb: Token) -> list[Token]:
    """The owner of the thing a naming verb names when the parser joined the thing to the
    name as a compound ("called the Commission's proposal blackmail": the Commission), or
    else the thing itself ("called the American tariff unfair": the American tariff; "called
    the measures robbery", the name parsed as the object)."""
    for name in syntax.children(verb, frozenset({"oprd", "dobj"})):
        things = syntax.children(name, frozenset({"compound"}))
        if _disparages(name) and things:
            return (syntax.children(name, frozenset({"poss"})) or things)[:1]
    return []


def _object_instead_of_preposition(match: Match) -> bool:
    """A pattern whose target comes by a preposition, met with a plain object instead."""
    pattern = match.pattern
    return (
        bool(pattern.target_preps)
        and not pattern.obj
        and bool(match.targets)
        and (not match.prep_found)
    )


def _match_received(
    pattern: Pattern, verb: Token, anchors: list[Token], used: list[Token]
) -> Match | None:
    """ "B received aid from A": A is the source, B the target (in the passive, its
    subject: "B was freed from A"); without its source preposition the pattern does not
    match, and leaves the verb to the others. The preposition may hang on what the object
    is of ("received a tranche of a bailout from the IMF")."""
    nouns = [*anchors, *(n for a in anchors[1:] for n in syntax.prep_objects(a, ("of",)))]
    sources = [s for n in nouns for s in syntax.prep_objects(n, pattern.source_preps)]
    if not sources:
        return None
    targets = syntax.verb_subjects(verb)
    if not targets and syntax.is_passive(verb):
        targets = syntax.with_conjuncts(syntax.children(verb, syntax.PASSIVE_SUBJECT_DEPS))
    return Match(
        pattern=pattern,
        trigger=verb,
        sources=tuple(sources),
        targets=tuple(targets),
        used=tuple(used),
    )


def _find_complement(pattern: Pattern, clauses: list[Token]) -> Token | None:
    for complement in clauses:
        # by lemma, or by the form a dictionary wrote ("believe >linked": "believed linked")
        if pattern.complement not in (ANY_COMPLEMENT, complement.lemma_.lower(), complement.lower_):
            continue
        if pattern.complement == ANY_COMPLEMENT and syntax.is_purpose(complement):
            continue  # "pledged money to rebuild": no promise to rebuild
        if not syntax.is_clause_verb(complement):
            continue
        if not pattern.complement_obj:
            return complement
        objects = syntax.direct_objects(complement)
        if any(o.lemma_.lower() == pattern.complement_obj for o in objects):
            return complement
    return None


MOVERS_OF_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "retreat", "redeployment"})
"""Nouns of a move whose "of" names who moves: "the withdrawal of Russian troops"."""


def _moved_by_its_of(noun: Token) -> bool:
    """Whether a noun of a move names its mover after "of", having no owner before it ("the
    withdrawal of Russian troops"; not "its withdrawal of troops": its owner's)."""
    owned = any(c.dep_ == "poss" for c in noun.children)
    return noun.lemma_.lower() in MOVERS_OF_NOUNS and not owned


def _match_noun(pattern: Pattern, noun: Token) -> Match | None:
    """Match a nominal pattern: actors from "by" or the light verb's subject, targets from
    preps; a pattern's "+word" must be a compound or adjective of the noun ("n:fire
    +artillery": "artillery fire")."""
    if pattern.obj and not syntax.has_modifier(noun, pattern.obj):
        return None
    sources = syntax.with_conjuncts(syntax.prep_objects(noun, ("by",)))
    if not sources and pattern.code[:2] in WORDS_ROOTS and _answering_verb(noun) is not None:
        sources = syntax.with_conjuncts(syntax.prep_objects(noun, ("from", "of")))  # "calls from"
    if not sources and _moved_by_its_of(noun):  # "the withdrawal of Russian troops"
        sources = syntax.with_conjuncts(syntax.prep_objects(noun, ("of",)))
    targets = syntax.prep_objects(noun, pattern.target_preps)
    verb = None if sources else syntax.light_verb(noun)
    hosted = verb is not None and verb.lemma_.lower() in THIRD_PARTY_VERBS
    if verb is not None and not (hosted and len(targets) >= 2):  # "hosted talks between A and B"
        sources = syntax.verb_subjects(verb)
    if verb is not None and not targets and noun.dep_ == "pobj":  # "$300 million in aid to B"
        targets = syntax.prep_objects(verb, pattern.target_preps)
    happened = syntax.happening_verb(noun) if not targets else None
    if happened is not None:  # "fighting broke out between A and B"
        targets = syntax.prep_objects(happened, pattern.target_preps)
    if not sources:  # "the cartel is responsible for mass killings"
        sources = syntax.held_responsible(noun)
    return Match(
        pattern=pattern, trigger=noun, sources=tuple(sources), targets=tuple(targets), used=(noun,)
    )


def _object_words(match: Match) -> set[int]:
    """The words of the object a pattern names, with its modifiers and conjuncts: "fired
    artillery shells", "Russian-made missiles", "sent warships and fighter jets" name a
    weapon, not the target; so do the troops "thousands of" counts ("sent thousands of
    troops to Juarez")."""
    objects = [*match.objects, *(c for o in match.objects if (c := syntax.counted_noun(o)))]
    objects += [  # "sent warships and fighter jets"; not "seized Tacna and its port"
        c for c in syntax.with_conjuncts(objects) if c.pos_ == "NOUN" and c not in objects
    ]
    return {t.i for o in objects for t in o.lefts if t.dep_ in OBJECT_MODIFIER_DEPS} | {
        o.i for o in objects
    }


def _asked_of_others(match: Match) -> set[int]:
    """The words of what a rejected request asked for, when it names who asked ("rejected
    calls from the Greens to suspend arms exports to Israel"): the refusal is aimed at
    those who asked, not at whom the request was about."""
    if match.pattern.code[:2] != REJECT_ROOT:
        return set()
    found: set[int] = set()
    for request in syntax.direct_objects(match.trigger):
        askers = syntax.prep_objects(request, ("from", "by"))
        if request.lemma_.lower() in REQUEST_NOUNS and askers:
            asking = {t.i for asker in askers for t in asker.subtree}
            found |= {t.i for t in request.subtree} - asking
    return found


def _passed_words(match: Match) -> set[int]:
    """The words up to the end of the noun phrases a pattern passes over (``!in``), whose
    own phrases stay: PETRARCH's ``IN ^ +`` takes the first actor after them ("celebrated
    Iftar in Cairo with the leaders of Peru": Peru, not Egypt; "warned at the summit of
    the danger of Chile": Chile)."""
    if not match.passed:
        return set()
    end = max(_noun_phrase_end(obj) for obj in match.passed)
    return set(range(match.trigger.sent.start, end + 1))


def _noun_phrase_end(noun: Token) -> int:
    """The last word of a noun phrase without the phrases and clauses after its noun."""
    kept = [c for c in noun.children if c.i < noun.i or c.dep_ not in syntax.AFTER_NOUN_DEPS]
    return max([noun.i, *(c.right_edge.i for c in kept)])


TOPIC_PREPOSITIONS = frozenset({"on", "about", "over", "regarding", "concerning"})


def _in_topic(token: Token, verb: Token) -> bool:
    """Whether a token is in a phrase of topic below the verb ("an agreement on ...")."""
    for ancestor in token.ancestors:
        if ancestor.i == verb.i:
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ in TOPIC_PREPOSITIONS:
            return True
    return False


OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def _object_owners(match: Match, mentions: MentionIndex, sources: list[Mention]) -> list[Mention]:
    """The actor whose the named object is ("rejected a Hamas proposal", "recognised a
    Palestinian state", "violated Finnish airspace"): a country's or an organisation's
    name before it, not the subject's own ("reopened their embassies"); else the agent
    of a participle that describes it ("rejected the plan drawn up by Peru", "condemned
    the attack carried out by militants"), who made the thing."""
    owners = [
        child
        for obj in match.objects
        if not _possessed_by_subject(obj)
        for child in obj.children
        if child.dep_ in OWNER_DEPS and child.i < obj.i
    ]
    found = _distinct(mentions.at(token.idx) for token in owners)
    objects = [obj.idx for obj in match.objects]
    named = [
        m
        for m in found
        if m not in sources
        and not _sector_alone(m)
        and not _own_forces(m, sources)
        and not any(m.start <= idx < m.end for idx in objects)  # "deployed Russian troops"
    ]
    return named or _makers(match, mentions, sources)


def _makers(match: Match, mentions: MentionIndex, sources: list[Mention]) -> list[Mention]:
    """The "by" agents of a participle that describes the named object ("the plan drawn
    up by Peru"), or the subject of a relative clause that says who made it ("an offer of
    talks that Seoul had made"), not the source itself."""
    agents = [
        agent
        for obj in match.objects
        for agent in (*syntax.participle_agents(obj), *syntax.relative_authors(obj))
    ]
    return [m for m in mentions.of_phrases(agents) if m not in sources]


def _sector_alone(mention: Mention) -> bool:
    """A sector of no country and no organisation ("military", "police"): no owner."""
    actor = mention.actor
    if actor is None:
        return True
    return not actor.country and not {"IGO", "NGO"} & set(actor.sectors)


def _first_actor_after(
    verb: Token,
    mentions: MentionIndex,
    sources: list[Mention],
    skipped: Collection[int] = (),
    *,
    mutual: bool = False,
    posture: bool = False,
    force: bool = False,
    places: bool = True,
) -> list[Mention]:
    """PETRARCH's target rule: the first actor in the verb's object and prepositional phrases
    after it (nested ones too), with the actors coordinated with it. An actor that only
    names where the event happened ("celebrated in Osgiliath with the leaders of Gondor")
    is taken only when there is no other ("arrived in Gondor"), and one whose border only
    says where the verb's object is is not taken ("seized a town on the border with
    Uganda"), unless the act is a show of force (``posture``: "massed troops near the
    border with Ukraine"), whose own forces and country are not taken either ("deployed
    warships and fighter jets"); the border the subject moves to is ("marched to the border
    with Mordor"). In an act of force, a state's word before its post names the force
    ("attacked a military base": the military). For subjects that act on
    each other (``mutual``), neither a place ("A and B met in Cairo") nor an actor of a
    phrase of topic is taken ("Tokyo and Seoul signed an agreement on sharing military
    intelligence" is between them); nor is the object of a verb of topic ("discussed
    Ukraine"). Without ``places`` no place is taken at all."""
    tokens = syntax.phrase_tokens_after(verb)
    objects = syntax.children(verb, syntax.OBJECT_DEPS)
    if mutual:
        tokens = [t for t in tokens if not _in_topic(t, verb)]
    if _of_topic(verb):  # "they discussed Ukraine": what they discussed
        topic = {t.i for o in objects for t in o.subtree}
        tokens = [t for t in tokens if t.i not in topic]
    where = [t for t in tokens if syntax.names_the_place(t, verb)]
    # "Britain and France agreed ..., with British Prime Minister Starmer saying": no target
    countries = {_country(s) for s in sources} - {""}
    own = countries if mutual else set()
    at_places = [m for m in (mentions.at(t.idx) for t in where) if m is not None]
    for token in [
        *(t for t in tokens if t not in where),
        *(where if places and not mutual else []),
    ]:
        mention = mentions.at(token.idx)
        if mention is None or mention in sources or token.i in skipped:
            continue
        if token not in where and mention in at_places:
            continue  # "at the International Court of Justice": "Justice" is there too
        if _country(mention) in own or (mutual and _sector_alone(mention)):
            continue  # "A and B agreed to an exchange of prisoners": not the prisoners
        if posture and (_own_forces(mention, sources) or _country(mention) in countries):
            continue  # "deployed warships and fighter jets": the source's own forces
        head = token
        while head.head.i != head.i and mention.start <= head.head.idx < mention.end:
            head = head.head
        if head.dep_ == "poss" and mentions.at(head.head.idx) not in (None, mention):
            continue  # "attacked Assad's forces": the forces, named next
        held = force and _holding_a_post(head)  # "attacked a military base": the military
        if (_adjective_of_no_country(mention, head) and not held) or _border_adjective(
            mention, token
        ):
            continue
        if not posture and objects and _across_border(token):
            continue
        if _holder(token) or (force and syntax.only_near(head)):
            continue  # "stormed a hotel near the presidential palace": not the palace
        found = mentions.of_phrases(syntax.with_conjuncts([head]))
        return [m for m in found if m not in sources] or [mention]
    return []


LOCATED_ROOTS = frozenset({"14", "15", "18", "19", "20"})
"""Acts whose place names their target when nothing else does: a protest, a show of force
or an attack in Beijing is aimed at China, as one in China is."""
PLACED_CODES = frozenset({"087", "0874", "015", "016"})
"""Withdrawals and retreats, whose place is the country left ("pulled back from the west
bank of the river in the Kherson region": Ukraine), and claims or denials of an act,
aimed where it was done ("claimed responsibility for the bombing in Kabul": Afghanistan)."""


def _origin_words(verb: Token) -> set[int]:
    """The words of the places a journey comes from ("flew home from Germany")."""
    origins = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    return {t.i for origin in origins for t in origin.subtree}


def _place_targets(match: Match, places: MentionIndex, sources: list[Mention]) -> list[Mention]:
    """The country of the place where an act with no other target happened ("activists
    protested in Beijing": China), once however many of its places are listed, unless it
    is the source itself ("Bulgarians marched in Sofia") or the country of the state forces
    acting ("Chinese troops paraded in Beijing")."""
    skipped = _object_words(match) if match.pattern.obj else set[int]()
    found = _first_actor_after(match.trigger, places, sources, skipped)
    own = {s.actor.code for s in sources if s.actor is not None}
    first: dict[str, Mention] = {}
    for place in found:
        code = _actor_key(place)
        if code and code not in own and not _own_state(place, sources):
            first.setdefault(code, place)
    return list(first.values())


HOME_RULE_CODES = frozenset({"1721", "1723", "1724", "0813", "0814"})
"""Curfews, states of emergency and restrictions of political freedoms ("shut down the
internet"), imposed or eased, which a state rules its own country by where no other place
is named."""


OVERTHROWING = frozenset({"overthrow", "topple", "depose", "oust"})
"""Verbs of a coup that name the overthrown ("toppled President Bashir")."""
POWER_SEIZED = frozenset({"power", "coup"})
"""Objects of a coup's verbs ("seized power", "staged a coup")."""


def _seizes_power(pattern: Pattern) -> bool:
    """Whether a pattern codes a coup by its object, which names no one overthrown."""
    return pattern.code.startswith(REPRESSION_ROOT) and pattern.obj in POWER_SEIZED


def _armed(source: Mention) -> bool:
    """Whether a source is armed men, who can seize power; not a government that did so
    long ago ("the junta that seized power in July"), nor one charged with plotting it."""
    sectors = set(source.actor.sectors) if source.actor is not None else set()
    return bool(sectors & (FORCE_SECTORS | ARMED_GROUPS)) and "GOV" not in sectors


def _government_overthrown(source: Mention, target: Mention | None) -> Mention | None:
    """The government a coup overthrows: the state named ("seized power in Gabon": GABGOV),
    else the source's own ("Gabon's army seized power": GABGOV)."""
    if target is not None:
        return _as_government(target) if _a_state_alone(target) else target
    return _as_government(source) if _country(source) else None


def _home_country(source: Mention) -> Mention | None:
    """The country of a state body as a country ("Noboa declared a state of emergency":
    ECU); a country's own people for the country itself ("Iran imposed an internet
    blackout": IRNCVL); None for any other."""
    actor = source.actor
    if actor is None or not actor.country:
        return None
    if not actor.sectors:
        return _with_sectors(source, ("CVL",))
    return _with_sectors(source, ()) if STATE_SECTORS & set(actor.sectors) else None


def _own_state(place: Mention, sources: list[Mention]) -> bool:
    """Whether a source is a state body of the place's country, or of no country, likely
    the place's own ("six farmers were killed in police firing in Mumbai")."""
    country = place.actor.country if place.actor is not None else ""
    actors = [s.actor for s in sources if s.actor is not None]
    return any(a.country in ("", country) and STATE_SECTORS & set(a.sectors) for a in actors)


def _adjective_of_no_country(mention: Mention, token: Token) -> bool:
    """A state sector's word used as an adjective of a noun outside the mention ("military
    talks", "military bases"), or as a compound of a law ("the foreign agents bill"): it
    names a kind of thing, not an actor ("Muslim groups" are still religious actors)."""
    actor = mention.actor
    of_law = token.dep_ == "compound" and token.head.lemma_.lower() in LAW_NOUNS
    if (token.dep_ != "amod" and not of_law) or actor is None or actor.country:
        return False
    outside = not mention.start <= token.head.idx < mention.end
    return outside and bool(STATE_SECTORS & set(actor.sectors))


POST_NOUNS = frozenset(
    {"base", "post", "checkpoint", "convoy", "camp", "barracks", "position", "outpost"}
    | {"airbase", "headquarters", "garrison", "station", "patrol", "compound"}
)
"""Posts of a force: force used on a "military base" or an "army convoy" hits the force."""


def _holding_a_post(token: Token) -> bool:
    """Whether a state sector's word is the adjective or compound of one of its posts
    ("a military base", "an army checkpoint")."""
    return token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in POST_NOUNS


LAW_NOUNS = frozenset({"law", "bill", "legislation", "act", "decree", "ordinance"})


HOLDING_PARTICIPLES = frozenset(
    {"held", "controlled", "occupied", "run", "administered", "dominated", "besieged"}
)


MAKING_PARTICIPLES = frozenset(
    {"made", "built", "designed", "manufactured", "produced", "supplied", "developed"}
)


def _holder(token: Token) -> bool:
    """An actor that only says who holds a place ("a government-held district of Homs",
    "the Israeli-occupied sector") or who made a thing ("Iranian-made drones"): the place
    is hit, or the thing used, not its holder nor its maker."""
    head = token.head
    return (
        token.dep_ in ("npadvmod", "compound", "amod", "nmod")
        and head.dep_ == "amod"
        and head.lower_ in HOLDING_PARTICIPLES | MAKING_PARTICIPLES
    )


BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "coast", "waters"})


def _border_adjective(mention: Mention, token: Token) -> bool:
    """A nationality that only says whose border a place is ("near the Ugandan border")."""
    return mention.kind == "demonym" and token.head.lemma_.lower() in BORDER_NOUNS


POSTURE_ROOT = "15"


def _across_border(token: Token) -> bool:
    """A country after the "with" of a border in a phrase of place ("on the border with
    Uganda"; not "closed its border with Russia")."""
    preposition = token.head
    border = preposition.head
    return (
        token.dep_ == "pobj"
        and preposition.lower_ == "with"
        and border.lemma_.lower() in BORDER_NOUNS
        and border.dep_ == "pobj"
        and border.head.lower_ in BORDER_PREPOSITIONS
    )


BORDER_PREPOSITIONS = frozenset({"on", "near", "along", "at", "across", "to", "by"})


ACCUSING_ROOT = "11"
"""Disapproval: criticising or accusing someone that a "that" clause names ("alleged that
Russia shelled"), whom the event is aimed at, whatever the verb of speech."""


def _clause_subject_target(
    verb: Token,
    mentions: MentionIndex,
    sources: list[Mention],
    *,
    statement: bool = False,
    accused: bool = False,
) -> list[Mention]:
    """The subject of a "that" clause of a verb that is no verb of speech ("Chile fears
    that Peru will ..."): what it is about. What a speaker says of another is a report of
    that other's act, not a statement to it, unless a PETRARCH verb dictionary codes the
    verb of speech itself (``statement``): then, as PETRARCH takes the first actor after the
    verb, it is a statement to the subjects of its clause after it ("Arnor believes Gondor
    can cope"; not "Gondor can cope, Arnor said"). An accusation (``accused``) is aimed at
    the subjects of its clause, before or after it ("Kiev alleged that Russia shelled the
    town"). What one says of one's own country or forces ("Pakistan warned that its army
    would respond") is about no other actor."""
    speech = verb.lemma_.lower() in SPEECH_VERBS
    if speech and not (statement or accused):
        return []
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.lower_ not in WH]
    if speech and not accused:
        clauses = [c for c in clauses if c.left_edge.i > verb.i]
    if verb.lemma_.lower() in WARNING_VERBS:
        clauses = [c for c in clauses if c.left_edge.i > verb.i and _what_will_be(c)]
        clauses += _conditions(verb)  # "warned of a response if Israel attacked": Israel
    found = mentions.of_phrases(s for c in clauses for s in syntax.clause_subjects(c))
    return [m for m in found if m not in sources and not _own_side(m, sources)]


WH = frozenset({"what", "which", "who", "whom", "whose", "where", "when", "how", "why"})
WARNING_VERBS = frozenset({"warn", "caution"})
"""A warning is a threat to the subject of its clause only when that clause says what
will or could befall it ("warned that Finland would pay a price"); "warned that millions
faced famine" and "Israel may strike, analysts warned" threaten no one."""
MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "'ll", "wo"})


THREAT_CONDITIONS = syntax.CONDITIONS | {"should"}


def _conditions(verb: Token) -> list[Token]:
    """The conditional clauses on a verb ("warned of a response if Israel attacked")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in THREAT_CONDITIONS for m in c.children)
    ]


def _what_will_be(clause: Token) -> bool:
    """Whether a clause says what will or could happen: a modal on its verb."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in clause.children)


def _wronged_in_the_denied(
    verb: Token, mentions: MentionIndex, sources: list[Mention]
) -> list[Mention]:
    """Whom a denial of one's own side's act is about: the first other state the denied
    clause names ("Peskov denied that Russia had interfered in Moldova's election":
    Moldova); not its people, allies or victims of no country."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    named = [mentions.at(t.idx) for c in clauses for t in c.subtree]
    states = [m for m in _distinct(named) if _country(m) and _a_state_or_its_body(m)]
    return [m for m in states if m not in sources and not _own_side(m, sources)][:1]


def _a_state_or_its_body(mention: Mention) -> bool:
    """Whether a mention is a named country alone, or a state body (of a country or not)."""
    return _a_state_alone(mention) or _only_sectors(mention, STATE_SECTORS)


def _content_clause_target(
    objects: Sequence[Token], mentions: MentionIndex, sources: list[Mention]
) -> list[Mention]:
    """The subject of a "that" clause of the object a pattern names ("expressed hopes that
    Peru would join", "voiced fears that Chile could be drawn into the war"): what the hope
    or fear is about; not the source's own side."""
    found = mentions.of_phrases(s for o in objects for s in syntax.content_clause_subjects(o))
    return [m for m in found if m not in sources and not _own_side(m, sources)]


def _own_side(mention: Mention, sources: list[Mention]) -> bool:
    """Whether an actor is of a source's own country, or a state body of no country that is
    likely the source's own ("Ramaphosa warned that the government ...", "the army denied
    that its soldiers ..."); not people of no country ("police dispersed farmers")."""
    actor = mention.actor
    if actor is None:
        return False
    owners = [s.actor for s in sources if s.actor is not None]
    if actor.country:
        return any(actor.country == owner.country for owner in owners)
    state = bool(STATE_SECTORS & set(actor.sectors))
    return any((owner.country and state) or actor.code == owner.code for owner in owners)


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})


GRIEVANCE_PREPOSITIONS = frozenset({"over", "after", "following", "amid", "despite"})
"""Prepositions of what a clause's subject reacts to, not suffers."""


ANSWERED_PREPOSITIONS = frozenset({"for", "to"})
"""What an act answers comes after them ("in retaliation for", "in response to")."""


def _fallback_targets(noun: Token, mentions: MentionIndex, sources: list[Mention]) -> list[Mention]:
    """For "B faces difficulties due to A's sanctions": the subject of the governing clause,
    which suffers a hostile act (roots 09-20); cooperation it does not undergo ("Pyongyang
    condemned the US exercises" is no exercise with Pyongyang)."""
    verb = syntax.governing_verb(noun)
    if verb is None or syntax.is_argument_of(noun, verb):
        return []  # "B condemned an attack by A": B is no target of the attack
    if noun.head.lower_ in GRIEVANCE_PREPOSITIONS:
        return []  # "B cut ties with A over its offensive in Gaza": B reacts to it
    if noun.head.lower_ in ANSWERED_PREPOSITIONS and syntax.prep_objects(noun, ACTED_ON_PREPS):
        return []  # "struck the Houthis in retaliation for their attacks on shipping"
    subjects = syntax.children(verb, syntax.SUBJECT_DEPS | syntax.PASSIVE_SUBJECT_DEPS)
    if any(noun in subject.subtree for subject in subjects):
        return []
    found = mentions.of_phrases(subjects)
    return [m for m in found if m not in sources]


RELEASE_DEMANDS = frozenset({"0253", "1053"})
CAPTURE_VERBS = frozenset(
    {"detain", "arrest", "seize", "kidnap", "abduct", "hold", "capture", "jail", "imprison"}
)
CAPTURE_NOUNS = frozenset(
    {"detention", "arrest", "seizure", "kidnapping", "abduction", "capture", "imprisonment"}
)


def _captors(sentence: Any, mentions: MentionIndex) -> list[Mention]:
    """Who holds the captives whose release is asked for, at whom the demand is aimed: the
    doer of a capture the sentence tells ("rebels detained 13 UN staff, and the UN demanded
    their release": the rebels; "condemned Iran's seizure of a tanker and demanded its
    release": Iran; "urged the release of journalists held by Iran": Iran)."""
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in CAPTURE_VERBS:
            doers = syntax.verb_subjects(token)
        elif token.pos_ == "NOUN" and lemma in CAPTURE_NOUNS:
            doers = syntax.children(token, frozenset({"poss"}))
        else:
            continue
        found = mentions.of_phrases(doers)
        if found:
            return found
    return []


HARMED_VERBS = frozenset({"kill", "injure", "wound", "die", "hurt", "perish"})
SUFFERING_VERBS = frozenset({"die", "perish"})
FIGHT_CODES = frozenset({"190", "193"})


def _harmed_in(noun: Token) -> bool:
    """Whether a noun hangs on a verb of being killed or hurt ("Palestinians were injured in
    clashes with Israeli troops", "two soldiers died in clashes"), whose subjects, in a
    fight, fought too; not on one whose subject did the killing ("troops killed a
    commander in a raid on a rebel camp")."""
    verb = syntax.governing_verb(noun)
    if verb is None or verb.lemma_.lower() not in HARMED_VERBS:
        return False
    return syntax.is_passive(verb) or verb.lemma_.lower() in SUFFERING_VERBS


FORCE_SECTORS = frozenset({"MIL", "COP"})


def _own_forces(mention: Mention, sources: list[Mention]) -> bool:
    """An object that is the forces a source moves, not whom it acts on: troops of no
    country or of the source's own ("Russia massed troops near the border"); not a state's
    troops or police an armed group acts on ("rebels released six soldiers")."""
    actor = mention.actor
    if actor is None or not FORCE_SECTORS & set(actor.sectors):
        return False
    if sources and all(_only_sectors(s, NONSTATE_FIGHTERS) for s in sources):
        return False
    countries = {s.actor.country for s in sources if s.actor is not None}
    return not actor.country or actor.country in countries


OWNING_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})


def _protesters_for_a_pronoun(
    match: Match, sources: list[Mention], mentions: MentionIndex
) -> list[Mention]:
    """Who "they" protesting after "as" or "when" stands for when it was read as the
    troops or police of the clause above: the people they acted on ("police arrested the
    opposition leader and his supporters as they tried to march": the supporters)."""
    pronouns = [t for t in match.sources if t.pos_ == "PRON"]
    protest = match.pattern.code.startswith(PROTEST_ROOT)
    if not protest or not pronouns or not sources:
        return sources
    if not all(_only_sectors(s, FORCE_SECTORS) for s in sources):
        return sources
    clause = pronouns[0].head
    if clause.dep_ != "advcl":
        return sources
    acted_on = mentions.of_phrases(syntax.direct_objects(clause.head))
    people = [m for m in acted_on if not _only_sectors(m, FORCE_SECTORS)]
    return people or sources


TRADE_PREPS = ("to", "from", "of")
"""Prepositions of a thing an event noun is on that name whom it hits ("curbs on exports
to China", "a ban on imports from Russia")."""
TRADED_NOUNS = frozenset({"import", "export", "good", "product", "shipment", "commodity"})
"""Nouns of traded things whose "to", "from" or "of" names whose trade it is."""


def _traded(noun: Token) -> bool:
    return noun.lemma_.lower() in TRADED_NOUNS


HOSTING = "043"
GUEST_KINDS = frozenset({"person", "office", "organisation", "country", "capital"})


def _prepositions_of_place_only(pattern: Pattern) -> bool:
    """Whether a pattern names no target preposition, or one of place ("arrive @in"): not
    "file +case @against", where a court after "at" is where the case was filed."""
    preps = set(pattern.target_preps)
    return not preps or bool(preps & syntax.PLACE_PREPOSITIONS)


LEADERSHIP_YIELD = "0831"
PRESSING_ROOTS = frozenset({"02", "10", "11", "13", "14"})
"""Roots of the acts that press a leader to go: appeals, demands, accusations, threats
and protests."""


def _doers_suffered(threat: Event, hostile: list[Event]) -> list[Mention]:
    """Whom a threat with no target answers: the doers of the hostile acts the sentence
    says the threatener's country suffered, aimed at it or at no one named; not its own
    side ("Hezbollah vowed to retaliate for the killing of its commander in an Israeli
    strike": Israel; "a U.S. drone strike killed Iranian commander Soleimani, and Tehran
    vowed revenge": the United States)."""
    country = _country(threat.source) if threat.source else ""
    if not country:
        return []
    doers = {
        _actor_key(e.source): e.source
        for e in hostile
        if e.source is not None
        and _side(e.source) not in ("", country)
        and (e.target is None or _country(e.target) == country)
    }
    return list(doers.values())


RETALIATING_VERBS = frozenset({"respond", "retaliate"})
RETALIATING_PARTICLE_VERBS = frozenset({"hit", "fire", "strike"})


def _answers_in_kind(match: Match) -> bool:
    """Whether a match answers force with force: "returned fire", "fired back", "hit back
    with artillery fire", "responded with tear gas"."""
    verb = match.trigger
    lemma = verb.lemma_.lower()
    if lemma == "return":
        return match.pattern.obj == "fire"
    back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children)
    return lemma in RETALIATING_VERBS or (lemma in RETALIATING_PARTICLE_VERBS and back)


def _assailants_answered(answer: Event, assailing: list[Event]) -> list[Mention]:
    """Whom an answer in kind with no target answers: the doers of the attacks, or the
    protesters' assaults, the sentence told before it, aimed at the answerer's side or at
    no one named ("North Korea shelled the island, and South Korean troops returned fire":
    North Korea; "students hurled petrol bombs at police, who responded with tear gas")."""
    answerer = answer.source
    if answerer is None:
        return []
    side = _side(answerer)
    doers = {
        _actor_key(e.source): e.source
        for e in assailing
        if e.source is not None
        and e.trigger.start < answer.trigger.start
        and _actor_key(e.source) != _actor_key(answerer)
        and (e.target is None or not side or _side(e.target) == side)
    }
    return list(doers.values())


def _accusers(denial: Event, accusing: list[Event]) -> list[Mention]:
    """Whom a denial with no target answers: those the sentence says accused, blamed or
    criticised the denier ("A Taliban spokesman denied the group was behind the bombing,
    after President Ghani blamed the insurgents": Ghani)."""
    denier = denial.source
    if denier is None or denier.actor is None:
        return []
    found = {
        _actor_key(e.source): e.source
        for e in accusing
        if e.source is not None
        and e.target is not None
        and _same_actor(e.target, denier)
        and not _same_actor(e.source, denier)
    }
    return list(found.values())


def _same_actor(one: Mention, other: Mention) -> bool:
    """Whether two mentions name one actor: one code, or one country where either has no
    sector ("Kabul" and "the Afghan government")."""
    if one.actor is None or other.actor is None:
        return False
    if one.actor.code == other.actor.code:
        return True
    bare = not one.actor.sectors or not other.actor.sectors
    return bare and bool(_country(one)) and _country(one) == _country(other)


def _conditioned_on(match: Match, threat: Event, mentions: MentionIndex) -> list[Mention]:
    """Whom a threat with no target is made to: the doers of the condition it sets
    ("Beijing would fight to the end if Washington escalated the war", "should Tehran
    attack again, Israel will respond with force": Washington, Tehran)."""
    found = []
    for clause in [match.trigger, *match.trigger.ancestors]:
        for condition in syntax.children(clause, frozenset({"advcl"})):
            if syntax.conditional(condition):
                subjects = syntax.clause_subjects(condition) or [  # "should Chile attack"
                    c for c in condition.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                ]
                found += mentions.of_phrases(subjects)
        if clause.dep_ not in ("xcomp", "ccomp", "conj"):
            break
    source = _actor_key(threat.source)
    return [m for m in _distinct(found) if _actor_key(m) != source]


def _side(mention: Mention) -> str:
    """A mention's country, or its organisation's code for an IGO ("IGOEUREEC")."""
    key = _actor_key(mention)
    return _country(mention) or (key if key.startswith("IGO") else "")


def _pressers(
    resignation: Event, pressing: list[Event], mentions: MentionIndex, sentence: Any
) -> list[Mention]:
    """Whom a resignation with no target yielded to: the doers of acts the sentence aims at
    the one who resigned, or else its protesters, of their country or of none ("Hasina
    resigned as protesters stormed her residence": BGDGOV -> BGDOPP; "resigned after the
    head of the armed forces urged him to step down": the army)."""
    leader = _actor_key(resignation.source)
    found = [e.source for e in pressing if e.source and _actor_key(e.target) == leader]
    if not found:
        country = _country(resignation.source) if resignation.source else ""
        found = [
            m
            for m in mentions.in_sentence(sentence)
            if _only_sectors(m, UNARMED)
            and "OPP" in (m.actor.sectors if m.actor else ())
            and _country(m) in (country, "")
        ]
    keys = {_actor_key(m): m for m in found if m is not None and _actor_key(m) != leader}
    return list(keys.values())


NAMED_BY_PRONOUN = frozenset({"it", "them", "this"})


def _targets_of_the_act_named(
    match: Match, named: Event, coded: list[tuple[Match, list[Event]]]
) -> list[Mention]:
    """Whom a participle that names "it" with abuse is aimed at: the targets of the act of
    the clause it hangs on, what "it" stands for ("boycotted the election, calling it a
    fraud": the government the boycott is aimed at)."""
    verb = match.trigger
    objects = syntax.children(verb, syntax.OBJECT_DEPS)
    if verb.dep_ != "advcl" or not objects or objects[0].lower_ not in NAMED_BY_PRONOUN:
        return []
    own = _actor_key(named.source)
    acts = [e for m, events in coded if m.trigger.i == verb.head.i for e in events]
    return _distinct(e.target for e in acts if e.target is not None and _actor_key(e.target) != own)


DISSENT_EASED = "082"
CONCEDING_MARKS = frozenset({"after", "once", "when"})


def _conceders(match: Match, eased: Event, mentions: MentionIndex) -> list[Mention]:
    """Whom a strike or protest called off with no target yielded to: the doers of the
    clause after which it ended, not its own side ("teachers ended their strike after the
    mayor agreed to add school days": the mayor)."""
    clauses = [
        clause
        for clause in match.trigger.children
        if clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONCEDING_MARKS for m in clause.children)
    ]
    found = mentions.of_phrases(s for c in clauses for s in syntax.clause_subjects(c))
    own = _actor_key(eased.source)
    return [m for m in found if m.actor is not None and _actor_key(m) != own]


MEDIATING_VERBS = frozenset({"mediate", "broker", "host", "convene", "facilitate"})
HAPPENED = frozenset({Factuality.ASSERTED, Factuality.REPORTED})
_MEDIATE = parse_pattern("045", "mediate", origin="mediation rule")


def _mediating_participle(token: Token) -> bool:
    """A participle of mediation describing a noun ("a swap mediated by Oman", "a
    UAE-brokered exchange") or, with its agent, the clause before it ("signed a peace
    agreement on Monday, brokered by Finland")."""
    if token.lemma_.lower() not in MEDIATING_VERBS or token.tag_ != "VBN":
        return False
    if token.dep_ == "advcl" and token.head.pos_ == "VERB":  # after a comma, with its agent
        after_comma = token.i > 0 and token.doc[token.i - 1].text == ","
        return after_comma and bool(syntax.passive_agents(token))
    return token.dep_ in ("acl", "amod") and token.head.pos_ == "NOUN"


MEDIATION_NOUNS = frozenset({"mediation", "auspices", "facilitation"})
MEDIATOR_NOUNS = frozenset({"mediator", "facilitator", "intermediary", "go-between", "broker"})


_EXCHANGED = parse_pattern(RELEASE_CODE, "n:exchange", origin="exchange rule")
HOLDING_VERBS = frozenset({"hold", "detain", "jail", "imprison", "keep"})


def _exchange_for(verb: Token) -> Token | None:
    """The noun of "in exchange for" on a verb ("freed four hostages in exchange for")."""
    for noun in syntax.prep_objects(verb, ("in",)):
        if noun.lemma_.lower() == "exchange" and syntax.prep_objects(noun, ("for",)):
            return noun
    return None


def _holders(exchange: Token) -> list[Token]:
    """Who holds those given "in exchange for": the agent of a participle of holding
    ("200 prisoners held by Israel", "five of the group's commanders held by the Nigerian
    government")."""
    given = syntax.prep_objects(exchange, ("for",))
    people = [syntax.counted_noun(g) or g for g in given]
    return [
        agent
        for person in people
        for clause in person.children
        if clause.dep_ == "acl" and clause.lemma_.lower() in HOLDING_VERBS
        for agent in syntax.with_conjuncts(syntax.passive_agents(clause))
    ]


def _mediation_at(token: Token) -> tuple[list[Token], Token] | None:
    """Who mediated at the token and the word of what they mediated, if the token says
    so: a participle of mediation ("a swap mediated by Oman": Oman, swap), an active verb
    of mediation and its object ("Qatar, which mediated the agreement": Qatar,
    agreement), "under the mediation of X" (X, the clause's verb), "with X acting as
    mediator" (X, the clause's verb)."""
    if _mediating_participle(token):
        return _mediating_agents(token), token.head
    lemma = token.lemma_.lower()
    if lemma in MEDIATING_VERBS and token.pos_ == "VERB" and not syntax.is_passive(token):
        objects = syntax.direct_objects(token)
        return (syntax.verb_subjects(token), objects[0]) if objects else None
    verb = syntax.governing_verb(token) if lemma in MEDIATION_NOUNS or lemma == "act" else None
    if verb is None:
        return None
    if lemma in MEDIATION_NOUNS and token.dep_ == "pobj" and token.head.lower_ == "under":
        return syntax.with_conjuncts(syntax.prep_objects(token, ("of",))), verb
    as_mediator = [
        n for n in syntax.prep_objects(token, ("as",)) if n.lemma_.lower() in MEDIATOR_NOUNS
    ]
    if lemma == "act" and as_mediator and token.tag_ == "VBG":
        return syntax.verb_subjects(token), verb
    return None


def _mediating_agents(participle: Token) -> list[Token]:
    """Who mediated: the participle's "by" agent, or the name glued before it ("UAE-")."""
    glued = syntax.children(participle, frozenset({"npadvmod"}))
    return syntax.with_conjuncts(syntax.passive_agents(participle) or glued)


def _parties_of_the_mediated(
    noun: Token, coded: list[tuple[Match, list[Event]]], mediators: list[Mention]
) -> list[Mention]:
    """The actors of the act that happened coded at the mediated noun, or else at a word
    above it up to the first verb, without the mediators ("did not attend the
    Moscow-hosted conference" has no parties)."""
    by_trigger = {m.trigger.i: events for m, events in coded}
    events: list[Event] = []
    for word in (noun, *noun.ancestors):
        events = by_trigger.get(word.i, [])
        if events or word.pos_ in ("VERB", "AUX"):
            break
    events = [e for e in events if e.factuality in HAPPENED]
    own = {_actor_key(m) for m in mediators}
    parties: dict[str, Mention] = {}
    for event in events:
        for mention in (event.source, event.target):
            key = _actor_key(mention)
            if mention is not None and key and key not in own:
                parties.setdefault(key, mention)
    return list(parties.values())


COURT_VERBS = frozenset({"sentence", "convict", "charge", "indict"})
"""Verbs of a court or its prosecutors: "was sentenced to three years", "was charged with
treason" were done by a court."""


def _sentenced_by_no_one(match: Match) -> bool:
    """Whether a court's verb is passive with no agent named ("Khan was sentenced"), not
    in a clause that only describes someone."""
    verb = match.trigger
    described = verb.dep_ in ("relcl", "acl")  # "two men who had been convicted of killing"
    return verb.lemma_.lower() in COURT_VERBS and syntax.is_passive(verb) and not described


def _the_court(
    match: Match, mentions: MentionIndex, sentence: Any, targets: list[Mention]
) -> list[Mention]:
    """Who sentenced one of no named agent: a court the sentence names ("... after a court
    found him guilty"), else the court of the sentenced one's country, on the verb's span
    ("Khan was sentenced to three years": PAKJUD)."""
    courts = [m for m in mentions.in_sentence(sentence) if _only_sectors(m, frozenset({"JUD"}))]
    if courts:
        return courts[:1]
    country = _country(targets[0])
    if not country or country.startswith("IGO"):
        return []
    verb = match.trigger
    actor = Actor(code=country + "JUD", country=country, sectors=("JUD",))
    span = {"start": verb.idx, "end": verb.idx + len(verb.text), "text": verb.text}
    return [Mention(**span, sentence=targets[0].sentence, actor=actor, kind=GROUP)]


RELEASED_THINGS = frozenset(
    {"video", "footage", "image", "photo", "report", "statement", "document", "data"}
    | {"figure", "list", "recording", "transcript", "finding", "result", "detail", "flare"}
    | {"water", "gas", "balloon"}
)
"""Things one releases that free no one ("released a video", "released its assets")."""


def _hosted_or_freed_no_one(match: Match, targets: list[Mention]) -> bool:
    """Whether "receive" hosted no one, its object a thing, not a guest ("received the
    Israeli proposal", "received the first batch of fighter jets"; not "Xi received
    Putin"; nor the comment a clause describes: "a claim Kyiv greeted with caution"), or
    "release" freed no one ("released a report on Iran", "released flares")."""
    verb, pattern = match.trigger, match.pattern
    if pattern.obj or pattern.nominal:
        return False
    if pattern.code.startswith(HOSTING) and _describes_a_comment(verb):
        return True  # "a claim Kyiv greeted with caution"
    if verb.lemma_.lower() == "release" and pattern.code.startswith(RELEASE_ROOT_CODE):
        released = [syntax.counted_noun(t) or t for t in syntax.direct_objects(verb)]
        return any(_names_a_released_thing(t) for t in released)
    objects = [syntax.counted_noun(t) or t for t in match.targets]
    if verb.lemma_.lower() not in ("receive", "greet") or not pattern.code.startswith(HOSTING):
        return False
    guests = [
        m
        for m in targets
        if any(m.start <= o.idx < m.end for o in objects)
        and (m.kind in GUEST_KINDS or not _only_sectors(m, frozenset({"MIL"})))
    ]
    return bool(match.targets) and not guests


RELEASE_ROOT_CODE = "084"


def _describes_a_comment(verb: Token) -> bool:
    """Whether a verb is a relative clause of a noun of comment ("..., a claim Kyiv greeted
    with caution"): what it takes is the comment, no guest."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in syntax.COMMENT_NOUNS


def _names_a_released_thing(noun: Token) -> bool:
    """Whether a noun, or a compound of it, is a thing released ("a video showing drills",
    which the parser may read as a compound)."""
    words = [noun, *syntax.children(noun, frozenset({"compound"}))]
    return any(word.lemma_.lower() in RELEASED_THINGS for word in words)


VISITING = "042"
PRIVATE_TRAVELLERS = frozenset({"REF", "CVL"})
"""Refugees, migrants and private people, whose journeys are no visits."""
DEPLOYED_UNITS = frozenset({"MIL", "COP", "HLH"})
"""Troops, police and medical teams, whose arrival as a body is a deployment, no visit."""


def _no_visitor(source: Mention) -> bool:
    """Whether a traveller's journey is no visit: private people and refugees ("Ukrainian
    refugees arrived in Poland"), and units sent abroad ("Kenyan police officers arrived in
    Haiti", "Cuban doctors arrived in Freetown"); not an officer named as a person, nor a
    warship calling at a port ("a U.S. aircraft carrier arrived in Da Nang")."""
    if _only_sectors(source, PRIVATE_TRAVELLERS):
        return True
    calling = bool(PORT_CALLERS & set(source.text.lower().split()))  # a warship's port call
    return source.kind == GROUP and _only_sectors(source, DEPLOYED_UNITS) and not calling


PORT_CALLERS = frozenset(
    {"ship", "warship", "carrier", "destroyer", "frigate", "submarine", "flotilla", "vessel"}
)


PERSON_KINDS = frozenset({"person", "office"})


def _visitor_of_a_place(match: Match, modifiers: list[Mention], named: list[Mention]) -> bool:
    """Whether a visit noun's country modifier is where a person named after "of" went
    ("the Russian tour of Chairman Kim Jong Un": Kim visited Russia), not the visitor."""
    people = bool(named) and all(m.kind in PERSON_KINDS for m in named)
    places = bool(modifiers) and all(not m.actor or not m.actor.sectors for m in modifiers)
    return match.pattern.code.startswith(VISITING) and people and places


def _owners_of_the_done_to(
    match: Match, mentions: MentionIndex, sources: list[Mention]
) -> list[Mention]:
    """Whom "its" or "their" stands for before the subject of a passive verb ("five
    soldiers died when their convoy was ambushed by jihadists": the soldiers) or the
    object of an active one ("three peacekeepers were killed when militiamen ambushed
    their convoy"), unless it is the doer."""
    passive = syntax.is_passive(match.trigger)
    pronouns = [
        child
        for target in match.targets
        if target.dep_ in (syntax.PASSIVE_SUBJECT_DEPS if passive else {"dobj"})
        for child in target.children
        if child.dep_ == "poss" and child.lower_ in OWNING_PRONOUNS
    ]
    owners = _distinct(mentions.antecedent(pronoun) for pronoun in pronouns)
    if not passive:  # "... when militiamen ambushed their convoy": not the militiamen's
        doers = all(owner in sources for owner in owners)
        force = match.pattern.code[:2] in FORCE_ROOTS
        owners = (
            _distinct(_sufferer_above(p, mentions) for p in pronouns) if doers and force else []
        )
    return [owner for owner in owners if owner not in sources]


def _sufferer_above(pronoun: Token, mentions: MentionIndex) -> Mention | None:
    """Who "their" stands for in an attack on "their" thing by others: the passive subject
    of a clause above ("three peacekeepers were killed when militiamen ambushed their
    convoy": the peacekeepers)."""
    for clause in syntax.governing_clauses(pronoun)[1:]:
        for subject in syntax.children(clause, syntax.PASSIVE_SUBJECT_DEPS):
            found = mentions.for_phrase(subject)
            if found is not None and _agrees(pronoun, found):
                return found
    return None


def _possessed_by_subject(token: Token) -> bool:
    """An object of the subject's own ("reopened their embassies", "withdrew its
    ambassador"): whoever it names, it is no one the subject acts on."""
    return any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in token.children)


def _distinct(mentions: Iterable[Mention | None]) -> list[Mention]:
    out: list[Mention] = []
    for mention in mentions:
        if mention is not None and mention not in out:
            out.append(mention)
    return out


def _several_actors(mentions: list[Mention]) -> bool:
    """Whether mentions name two actors or more ("Xi and Biden", not "Xi and the president")."""
    return len({m.actor.code for m in mentions if m.actor}) >= 2


def _pairs(
    sources: list[Mention], targets: list[Mention], *, reciprocal: bool
) -> list[tuple[Mention, Mention | None]]:
    """Source-target pairs: a cross product, or a reciprocal pair for "A and B met"."""
    if targets:
        return [(s, t) for s in sources for t in targets if s is not t and not _self_guess(s, t)]
    if reciprocal and _several_actors(sources):
        return list(itertools.permutations(sources, 2))
    return [(s, None) for s in sources]


def _of_the_other_country(
    source: Mention, target: Mention | None, mentions: MentionIndex, sentence: Any
) -> Mention | None:
    """A state body of no country that a named source (of a country, or an organisation)
    acts on is of the one other country its sentence names ("observers praised Nigeria's
    election but criticised the electoral commission": NGAGOV; "France refuses to leave
    Niger, says the junta ...": NERGOV)."""
    if target is None or not _countryless(target, STATE_AT_HOME) or _sector_alone(source):
        return target
    others = [m for m in mentions.in_sentence(sentence) if _country(m) != _country(source)]
    country = _one_country(others)
    return _of_country(target, country) if country else target


NONSTATE_FIGHTERS = frozenset({"REB", "INS", "UAF", "CRM", "PRM", "REL"})
"""Armed groups of no state (with a religion, "Islamist insurgents")."""


TRANSNATIONAL_MOVEMENTS = frozenset({"Islamic State", "al-Qaeda"})
"""Armed movements with branches in many countries, whose fighters are coded as the
country they strike in ("Islamic State militants ambushed a patrol in North Sinai":
EGYINS), as with a group of no country."""


def _branch_of_a_movement(mention: Mention) -> bool:
    actor = mention.actor
    return actor is not None and actor.name in TRANSNATIONAL_MOVEMENTS


def _fighters_at_home(
    source: Mention, target: Mention | None, mentions: MentionIndex, sentence: Any
) -> Mention:
    """Rebels, insurgents or gunmen of no country, or of a transnational movement, who
    attack a country's state (its government, troops, police...), when their sentence
    names no other country, are that country's ("five Malian soldiers were ambushed by
    jihadists": MLIREB; "the president of Haiti was shot dead by armed men": HTIUAF;
    "Islamic State militants killed three Egyptian policemen": EGYINS); so are rebels or
    insurgents, not gunmen, who attack its people ("separatist fighters abducted 30
    women in Cameroon's North-West region": CMRREB). Not when a second country is
    named: they may have come from there; nor when they strike a place ("insurgents
    shelled Aleppo"), as PETRARCH's coders leave them."""
    placeable = _countryless(source, NONSTATE_FIGHTERS) or _branch_of_a_movement(source)
    if target is None or not placeable:
        return source
    rebels = not _only_sectors(source, UNORGANISED)  # not gunmen: "gunmen killed 20"
    if not _only_sectors(target, STATE_SECTORS | UNARMED if rebels else STATE_SECTORS):
        return source
    country = _country(target)
    if not country or country.startswith("IGO"):
        return source
    others = [m for m in mentions.in_sentence(sentence) if m.start != source.start]
    named = _one_country(others)
    return _of_country(source, country) if named == country else source


REBEL_SECTORS = frozenset({"REB", "PRM"})


def _state_the_rebels_rose_against(
    source: Mention, target: Mention | None, mentions: MentionIndex, sentence: Any
) -> Mention | None:
    """A state body of no country (the army, the police) that rebels or paramilitaries of
    a country act on is that country's, when their sentence names no other country ("the
    Rapid Support Forces attacked the army": SDNMIL; "Colombia's FARC rebels freed 10
    police officers": COLCOP). Not for insurgents, who often strike abroad ("Hamas
    fighters attacked soldiers")."""
    country = _country(source)
    rebels = _only_sectors(source, REBEL_SECTORS) and not country.startswith("IGO")
    if target is None or not country or not rebels or not _countryless(target, STATE_SECTORS):
        return target
    named = _one_country(mentions.in_sentence(sentence))
    return _of_country(target, country) if named == country else target


def _home_government(
    source: Mention, target: Mention | None, mentions: MentionIndex, sentence: Any
) -> Mention | None:
    """What people who protest at home protest to when no one else is named: their
    government, at the place of their country the sentence names ("thousands of Kenyans
    marched through Nairobi": KENGOV, on the span of "Nairobi"; "protesters stormed the
    residence in Dhaka": BGDGOV). Without such a place, it is told by the protesters' own
    words ("Zimbabwe's opposition boycotted the vote": ZWEGOV, on the span of the
    opposition)."""
    country = _country(source)
    people = _only_sectors(source, UNARMED | {"PTY"}) or source.kind == DEMONYM
    if not country or not people:
        return target
    if target is not None:
        own = _country(target) == country and target.actor and not target.actor.sectors
        return _as_government(target) if own else target
    for place in mentions.in_sentence(sentence):
        scene = place.kind == PLACE or place.kind in SCENE_KINDS
        if scene and _country(place) == country:
            return _as_government(place)
    return _as_government(source)


def _protesters_at_home(source: Mention, target: Mention | None, country: str) -> Mention:
    """Protesters of no country who protest at no one named are the people of the one
    country their sentence names ("Sheikh Hasina resigned as Bangladesh's prime minister
    as protesters marched on her residence": BGDOPP)."""
    if target is not None or not country or not _countryless(source, UNARMED | {"PTY"}):
        return source
    return _of_country(source, country)


CAPITAL = "capital"


def _capital_as_a_place(mention: Mention | None) -> Mention | None:
    """A capital that force is used on, or that a guest visits, is a place of its country,
    not its government ("Taliban fighters entered Kabul": AFG; "arrived in Beijing": CHN)."""
    if mention is None or mention.kind != CAPITAL or mention.actor is None:
        return mention
    return _with_sectors(mention, ())


def _as_government(mention: Mention) -> Mention:
    """A mention of a place or country standing for its government."""
    return _with_sectors(mention, ("GOV",))


def _with_sectors(mention: Mention, sectors: tuple[str, ...]) -> Mention:
    """The mention's actor as its country with these sectors (none: the country itself)."""
    assert mention.actor is not None
    country = mention.actor.country
    actor = dataclasses.replace(mention.actor, code=code_of(country, sectors), sectors=sectors)
    return dataclasses.replace(mention, actor=actor)


def _no_one_but_its_like(source: Mention, target: Mention | None) -> bool:
    """Whether a sector of no country acts on the same sector of no country ("leaders
    weighed an intervention to restore the ousted president": GOV on GOV), or a country or
    its government on itself, a target that says nothing of whom it acted on ("Kishida
    arrived ..., accusing Tokyo of": a clause the parser gave the wrong subject). Two
    bodies of another one code are left ("Russian police arrested Russian police
    officers")."""
    if target is None or target.actor is None or _actor_key(source) != _actor_key(target):
        return False
    sectors = target.actor.sectors
    return not target.actor.country or not sectors or sectors == ("GOV",)


SELF_ADDRESSED_ROOTS = frozenset({"01", "02", "03", "04", "05"})
"""Words and meetings a state cannot address to itself or its country."""


def _its_own_state(source: Mention, target: Mention | None) -> bool:
    """Whether a state's words or meeting name its own government or its country as target
    ("Obama pledged that Washington would do whatever is necessary": USAGOV; "offered
    India's help": IND; "Abbott convened his cabinet's committee": AUSGOV)."""
    if target is None or target.actor is None or not _a_state_or_its_body(source):
        return False
    same = _actor_key(source) == _actor_key(target)
    return same or (_a_state_alone(target) and _country(target) == _country(source))


EXECUTION = "1823"
"""Executing someone: a state's executions are its repression at home ("Iran hanged two
men": IRNCVL)."""
HOME_AGENCIES = frozenset({"COP", "JUD"})
"""A state's agencies that act at home: police and courts."""
HOME_SECTORS = frozenset(
    {"CVL", "OPP", "EDU", "MED", "LAB", "REL", "HLH", "AGR", "CRM", "REB", "UAF", "ELI", "ENV"}
)
"""Sectors of people a state's police, courts or repression reach in its own country."""
UNARMED = HOME_SECTORS - {"REB", "UAF"}
"""Gunmen who attack the police may come from abroad; protesters who clash with it do not."""
REPRESSION_ROOT = "17"
YIELD_ROOT = "08"


def _at_home(source: Mention, target: Mention | None, root: str) -> tuple[Mention, Mention | None]:
    """Police, a court or a government's repression acting on people or state bodies of no
    named country act on their own country's ("Turkish police detained 43 people": TURCVL;
    "Turkish authorities detained 3,000 soldiers": TURMIL), and
    unarmed people with no country who act on police or a court act at home ("protesters
    clashed with Kenyan police": KENOPP)."""
    if target is None:
        return source, target
    if _home_agency(source, root) and _countryless(target, HOME_SECTORS | STATE_SECTORS):
        return source, _of_country(target, _country(source))
    if _home_agency(target, "") and _countryless(source, UNARMED):
        return _of_country(source, _country(target)), target
    if _countryless(source, HOME_AGENCIES) and _home_people(target):
        return _of_country(source, _country(target)), target  # "with French protesters"
    if _of_a_people(source) and _countryless(target, STATE_AT_HOME):
        return source, _of_country(target, _country(source))  # "accused the election board"
    if _opposition_of_no_country(source) and _state_at_home(target):
        return _of_country(source, _country(target)), target  # "accused by the opposition"
    if _home_troops(source, target, root):  # "soldiers detained the president of Niger": NERMIL
        return _of_country(source, _country(target)), target
    if _state_at_home(source) and _opposition_of_no_country(target):
        return source, _of_country(target, _country(source))  # "Venezuela's government and
        # the opposition signed an agreement": VENOPP
    if root in HOME_DEALING_ROOTS and _a_state_alone(source) and _opposition_of_no_country(target):
        return source, _of_country(target, _country(source))  # "Nicaragua freed dissidents"
    if root == YIELD_ROOT and _freeing_state(source) and _countryless(target, FREED_AT_HOME):
        return source, _of_country(target, _country(source))  # "Burundi's president
        # pardoned journalist Floriane Irangabiye": BDIMED
    return source, target


GOVERNING = frozenset({"GOV"})
FREED_AT_HOME = frozenset({"OPP", "PTY", "MED", "EDU", "LAB", "REL", "HLH"})
"""People of no named country whom a state frees at home: its dissidents, journalists,
unionists, clergy; not prisoners or civilians, who are often another country's."""


def _freeing_state(mention: Mention) -> bool:
    """Whether a mention is a named country alone or its government, which frees people."""
    governing = bool(_country(mention)) and _only_sectors(mention, GOVERNING)
    return _a_state_alone(mention) or governing


HOME_DEALING_ROOTS = frozenset({YIELD_ROOT, REPRESSION_ROOT})
"""Roots of what a state does to its own opposition: freeing and repressing it."""


SELF_MOVING_ROOTS = frozenset({"12", "16"})
"""Roots of refusals and reductions, where a state's own country named as the object is
what it moves, not whom it acts on ("pulled the United States out of the nuclear deal",
"suspended Russia's participation in the treaty")."""


def _own_country(mention: Mention, sources: list[Mention]) -> bool:
    """Whether a mention is the bare country of one of the sources."""
    return _a_state_alone(mention) and _country(mention) in {_country(s) for s in sources}


def _a_state_alone(mention: Mention) -> bool:
    """Whether a mention is a named country with no sector ("Nicaragua")."""
    actor = mention.actor
    return actor is not None and bool(actor.country) and not actor.sectors


def _home_troops(source: Mention, target: Mention, root: str) -> bool:
    """Whether troops of no country coerce (17) a named country or its government: they
    seize power at home ("the army seized power in Gabon", "mutinous soldiers detained the
    president in Burkina Faso"); or deal with that government short of force ("the head of
    the armed forces urged Morales to step down")."""
    if root in FORCE_ROOTS or not _countryless(source, frozenset({"MIL"})):
        return False
    government = _only_sectors(target, GOVERNING)
    alone = target.actor is not None and not target.actor.sectors and root == REPRESSION_ROOT
    return bool(_country(target)) and (alone or government)


def _repressed_by_troops(source: Mention, target: Mention | None, root: str) -> Mention | None:
    """Unarmed people or state bodies of no country that a country's troops repress (17)
    where no scene says otherwise are its own ("National Guard troops fired tear gas at
    opposition supporters": VENOPP; "Myanmar's military detained the leaders of the
    ruling party": MMRGOV)."""
    wanted = UNARMED | STATE_AT_HOME
    if target is None or root != REPRESSION_ROOT or not _countryless(target, wanted):
        return target
    troops = source.actor is not None and "MIL" in source.actor.sectors
    return _of_country(target, _country(source)) if troops and _country(source) else target


OPPOSITION = frozenset({"OPP", "PTY"})
"""An opposition and parties, who deal with their own country's state."""


def _opposition_of_no_country(mention: Mention) -> bool:
    """Whether a mention is an opposition, party or protesters of no country."""
    sectors = set(mention.actor.sectors) if mention.actor is not None else set()
    return _countryless(mention, UNARMED | OPPOSITION) and bool(sectors & OPPOSITION)


def _state_at_home(mention: Mention) -> bool:
    """Whether a mention is a named country's government (a military one too: "Sudan's
    military council"), police, court or parliament."""
    ruling = mention.actor is not None and set(mention.actor.sectors) == {"GOV", "MIL"}
    return bool(_country(mention)) and (_only_sectors(mention, STATE_AT_HOME) or ruling)


CITIZEN_SECTORS = frozenset({"OPP", "PTY", "LAB", "CVL", "EDU", "REL", "HLH", "AGR"})
"""A country's people and parties, who deal with their own state's bodies."""
STATE_AT_HOME = frozenset({"GOV", "COP", "JUD", "LEG"})
"""State bodies of no named country that a country's own people deal with at home."""


def _of_a_people(mention: Mention) -> bool:
    """Whether a mention is a named country's citizens, opposition, party or union
    ("Zimbabwe's main opposition party", "Nigerian unions"), not its state or firms."""
    return bool(_country(mention)) and _only_sectors(mention, CITIZEN_SECTORS)


def _country(mention: Mention) -> str:
    return mention.actor.country if mention.actor is not None else ""


def _home_people(mention: Mention) -> bool:
    """Whether a mention is a named country's opposition or protesters, whom police meet
    at home (not its tourists or journalists, who travel)."""
    actor = mention.actor
    return actor is not None and bool(actor.country) and "OPP" in actor.sectors


MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation"})


def _at_a_mission(match: Match) -> bool:
    """Whether an act is aimed at a state's embassy or consulate, which stands abroad:
    its attackers are not that state's people ("protesters attacked the embassies of
    Rwanda and France in Kinshasa")."""
    aimed = [*match.targets, *match.objects]
    return any(t.lemma_.lower() in MISSION_NOUNS for t in aimed)


def _home_agency(mention: Mention, root: str) -> bool:
    """Whether a mention is police or a court, or a government (a military one too) or a
    country (alone) that represses (17): all act at home."""
    actor = mention.actor
    if actor is None or not actor.country:
        return False
    first = actor.sectors[0] if actor.sectors else "GOV"
    if first == "GOV" and root == REPRESSION_ROOT:
        return True  # "Myanmar's military government detained activists"
    return first in HOME_AGENCIES and "MIL" not in actor.sectors


def _countryless(mention: Mention, sectors: frozenset[str] = HOME_SECTORS) -> bool:
    return mention.actor is not None and not _country(mention) and _only_sectors(mention, sectors)


def _only_sectors(mention: Mention, sectors: frozenset[str]) -> bool:
    """Whether a mention's actor has sectors, all of them among ``sectors``."""
    actor = mention.actor
    return actor is not None and bool(actor.sectors) and set(actor.sectors) <= sectors


PROTESTERS = ("OPP", "CVL")


CROWD_NUMBERS = frozenset({"hundred", "thousand", "million", "dozen", "ten"})
CROWD = Actor(code="CVL", country="", sectors=("CVL",))


def _crowds(match: Match, sentence: int, text: str) -> list[Mention]:
    """People a protest's subject counts with no noun ("tens of thousands marched",
    "thousands rallied"): a crowd of civilians, who protest as the opposition."""
    counted = [
        subject
        for subject in match.sources
        if subject.lemma_.lower() in CROWD_NUMBERS and subject.tag_ == "NNS"
    ]
    return [_crowd(subject, sentence, text) for subject in counted]


def _crowd(subject: Token, sentence: int, text: str) -> Mention:
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    words = text[start:end]
    return Mention(start=start, end=end, text=words, sentence=sentence, actor=CROWD, kind="group")


PROTEST_NOUNS = frozenset({"rally", "protest", "demonstration", "march", "vigil", "sit-in"})


def _at_a_protest(mention: Mention, token: Token) -> Mention:
    """People "at rallies" or "at a protest" are protesters ("police detained more than 700
    people at rallies": OPPCVL), also where the parser hung the "at" on their verb."""
    actor = mention.actor
    if actor is None or actor.sectors != ("CVL",):
        return mention
    places = syntax.prep_objects(token, ("at",))
    if token.dep_ in ("dobj", "nsubjpass"):
        places += syntax.prep_objects(token.head, ("at",))
    if not any(p.lemma_.lower() in PROTEST_NOUNS for p in places):
        return mention
    return dataclasses.replace(mention, actor=_protesters(actor))


PROTEST_WORDS = PROTEST_NOUNS | {"protester", "demonstrator", "demonstrate", "marcher"}


def _names_a_protest(sentence: Any) -> bool:
    """Whether a sentence speaks of a protest (not "riot police", nor the month of March)."""
    return any(t.pos_ != "PROPN" and t.lemma_.lower() in PROTEST_WORDS for t in sentence)


STATE_FORCES = FORCE_SECTORS | {"GOV", "PRM"}


def _repressed_protesters(source: Mention, target: Mention | None) -> Mention | None:
    """People of the state's own country (or of none) whom its forces repress or shoot in a
    sentence that speaks of a protest are the protesters ("police opened fire on the
    crowd", "detained more than 1,100 people in the protests": KENOPPCVL, TUROPPCVL)."""
    if target is None or target.actor is None or target.actor.sectors != ("CVL",):
        return target
    country = _country(source)
    if not country or not _only_sectors(source, STATE_FORCES):
        return target
    if _country(target) not in ("", country):
        return target
    placed = _of_country(target, country) if not _country(target) else target
    assert placed.actor is not None
    return dataclasses.replace(placed, actor=_protesters(placed.actor))


def _protesters_of(protesters: Actor, people: Actor) -> bool:
    """Whether the protesters of one event are the people of another (``CVL`` of the same
    country, or one of them of none)."""
    same_country = "" in (people.country, protesters.country) or (
        people.country == protesters.country
    )
    return same_country and people.sectors == ("CVL",) and protesters.sectors == PROTESTERS


def _as_protesters(source: Mention) -> Mention:
    """People who protest are the opposition, as the roles of protesters are: "thousands
    of people rallied", "tens of thousands of Israelis marched" (OPPCVL, ISROPPCVL); not a
    country or a state, nor people of a trade ("farmers", "workers")."""
    actor = source.actor
    people = source.kind == DEMONYM and actor is not None and not actor.sectors
    if actor is None or not (people or actor.sectors == ("CVL",)):
        return source
    return dataclasses.replace(source, actor=_protesters(actor))


def _protesters(actor: Actor) -> Actor:
    """The actor's people as protesters (``OPPCVL``)."""
    return dataclasses.replace(actor, code=code_of(actor.country, PROTESTERS), sectors=PROTESTERS)


def _of_country(mention: Mention, country: str) -> Mention:
    """The mention's actor placed in a country, unless it says it is from abroad."""
    assert mention.actor is not None
    if _foreign(mention):
        return mention
    code = code_of(country, mention.actor.sectors)
    actor = dataclasses.replace(mention.actor, code=code, country=country)
    return dataclasses.replace(mention, actor=actor)


FOREIGN_OFFICES = frozenset({"minister", "ministry", "secretary", "office", "affairs"})


def _foreign(mention: Mention) -> bool:
    """Whether a mention says its people are from abroad ("foreign aid agencies",
    "foreign journalists"); not a foreign minister or ministry, of its own state."""
    words = mention.text.lower().split()
    return any(
        word in FOREIGN_WORDS
        and (index + 1 == len(words) or words[index + 1] not in FOREIGN_OFFICES)
        for index, word in enumerate(words)
    )


VIOLENT_ROOTS = frozenset({"17", "18", "19", "20"})
HOSTILE_ROOTS = VIOLENT_ROOTS | {"16"}
"""Roots of the acts a threat may answer: reducing relations, coercion and force."""
PROTEST_ROOT = "14"
SCENE_KINDS = SINGLE_STATE_KINDS
DEMONYM = "demonym"
SCENE_VICTIMS = HOME_SECTORS | {"COP", "MIL", "GOV", "JUD", "LEG", "PTY"}
"""Victims a country's scene gives its country; not aid workers, refugees or firms, who
are often foreign."""


SCENE_DOERS = frozenset({"UAF", "CRM", "COP"})
"""Doers a country's scene gives its country: gunmen, gangs and police, not rebels,
insurgents or troops."""


def _country_of_the_scene(mentions: MentionIndex, sentence: Any, trigger: Token) -> str:
    """The one country a violent act's clause, or else its sentence, places it in ("killed
    14 civilians in an airstrike on a market in Yemen's Saada province": YEM; "kidnapped
    two aid workers in the Kenyan town of Mandera and drove them into Somalia": KEN); ""
    when they name none or several."""
    scenes = [m for m in mentions.in_sentence(sentence) if m.actor and _names_a_scene(m, sentence)]
    clause = syntax.own_clause(trigger)
    in_clause = [m for m in scenes if _token_at(sentence, m.start) in clause]
    return _one_country(in_clause) or _one_country(scenes)


def _states_of(
    source: Mention, target: Mention | None, country: str, text: str, home_rule: bool
) -> tuple[Mention, Mention | None]:
    """A pair with "the government", "troops" or another state body of no country made
    the one country's its sentence names, unless it would then act on itself or, outside
    home rule ("the government imposed a curfew on Ecuador"), that country is what it acts
    on ("the government thanked China")."""
    if not home_rule and target is not None and _actor_key(target) == country:
        return source, target
    placed_source = _state_of(source, country, text)
    placed_target = _state_of(target, country, text) if target is not None else None
    if placed_target is not None and _actor_key(placed_target) == _actor_key(placed_source):
        return source, target
    return placed_source, placed_target


def _beside_the_dealt_with(
    pairs: list[tuple[Mention, Mention | None]], mentions: list[Mention], text: str
) -> list[Mention]:
    """The sentence's names of countries (by name, capital or people) other than those
    that its state body of no country deals with, whose own country it then is:
    "Venezuela's electoral council proclaimed Maduro the winner, and the government
    ordered diplomats from Argentina, Chile and Peru to leave" leaves Venezuela."""
    dealt_with = {
        _country(m)
        for pair in pairs
        for m in pair
        if m is not None and not _state_body_of_no_country(m, text)
    }
    return [m for m in mentions if m.kind in NATION_KINDS and _country(m) not in dealt_with]


NATION_KINDS = SINGLE_STATE_KINDS | {DEMONYM}


def _speakers_country(trigger: Token, mentions: MentionIndex) -> str:
    """The one country of those whose words tell the trigger's clause ("Venezuela's
    interior minister said security forces had arrested three Americans": VEN), if any."""
    clause = trigger
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    said = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS
    return _one_country(mentions.of_phrases(syntax.verb_subjects(clause.head))) if said else ""


def _home_state_of(source: Mention, country: str, text: str) -> Mention:
    """A government, police, court or legislature of no country (also a military one) as
    the country's; not troops alone, which often fight abroad ("forces backing Ouattara
    captured Gbagbo after French helicopters pounded the compound")."""
    actor = source.actor  # "the military government" too
    home = actor is not None and not STATE_AT_HOME.isdisjoint(actor.sectors)
    return _state_of(source, country, text) if home else source


def _state_of(mention: Mention, country: str, text: str) -> Mention:
    """A state body of no country as the country's."""
    return _of_country(mention, country) if _state_body_of_no_country(mention, text) else mention


def _state_body_of_no_country(mention: Mention, text: str) -> bool:
    """Whether a mention is a state body of no country ("the army", "security forces",
    "a federal court"), not one a name before it places elsewhere ("West African
    leaders")."""
    if _shared_name(mention):
        return True
    before = text[: mention.start].split()[-1:]
    named_before = bool(before) and before[0][:1].isupper() and before[0] not in PARTY_WORDS
    return mention.kind == GROUP and not named_before and _countryless(mention, STATE_SECTORS)


PARTY_WORDS = frozenset({"Republican", "Democratic", "Democrat", "Conservative", "Labour"})
PARTY_WORDS |= {"Liberal", "Socialist", "Communist", "Tory", "Opposition"}
"""Capitalised words of a party before a state body, which place it nowhere ("Republican
senators"), as against names of regions ("West African leaders")."""


SHARED_NAMES = frozenset({"Congress"})
"""Names of state bodies many countries share, which the knowledge base gives the best
known one's country ("Congress": the United States')."""
CONGRESS_COUNTRIES = frozenset(
    {"USA", "PER", "COL", "CHL", "ARG", "BRA", "PRY", "GTM", "HND", "MEX", "PHL", "ESP", "DOM"}
    | {"ECU"}
)
"""Countries whose legislature is called Congress: a bare "Congress" in a sentence naming
only one of them is its own ("Zelensky urged Congress" is still the United States')."""


def _congress_across(source: Mention, target: Mention | None) -> tuple[Mention, Mention | None]:
    """A pair of a bare "Congress" and an actor of a country with a Congress of its own:
    that country's ("Castillo tried to dissolve Congress", in a sentence naming Peru and
    Mexico: PERLEG); not another's ("Zelensky urged Congress": still the United States')."""
    if target is None:
        return source, target
    for shared, other in ((source, target), (target, source)):
        country = _country(other)
        if _shared_name(shared) and not _shared_name(other) and country in CONGRESS_COUNTRIES:
            placed = _of_country(shared, country)
            return (placed, target) if shared is source else (source, placed)
    return source, target


def _congress_of_another(pairs: list[tuple[Mention, Mention | None]], country: str) -> bool:
    """Whether a pair holds a bare "Congress" that the sentence's one country has none of."""
    shared = any(_shared_name(m) for pair in pairs for m in pair if m is not None)
    return shared and country not in CONGRESS_COUNTRIES


SOCIETY_SECTORS = frozenset({"CVL", "OPP", "PTY", "EDU", "MED", "LAB", "REL", "HLH", "AGR"})
SOCIETY_SECTORS |= {"NGO", "BUS", "ELI"}
"""People, parties, groups and firms of a country's own society, as against its state,
armed groups, criminals and refugees."""


def _civil_society_at_home(
    source: Mention, target: Mention | None, country: str, freed: bool
) -> tuple[Mention, Mention | None]:
    """A pair in a sentence naming one country, where one side is of that country and the
    other is people, a party, a group or firms of no country, named by a common noun: they
    are that country's ("Zimbabwe's government threatened to fire striking teachers":
    ZWEEDU; "the clergy criticised Ruto's government": KENREL). Not for acts of force,
    whose victims are often across a border, nor for people freed, often foreign captives."""
    if target is None:
        return source, target
    placed_source, placed_target = source, target
    if _country(source) == country and _civil_of_no_country(target) and not freed:
        placed_target = _of_country(target, country)
    elif _country(target) == country and _civil_of_no_country(source):
        placed_source = _of_country(source, country)
    if _actor_key(placed_source) == _actor_key(placed_target):  # not on itself
        return source, target
    return placed_source, placed_target


RULING_PARTY_WORDS = frozenset({"ruling", "governing"})


def _party_as_opposition(source: Mention, target: Mention | None) -> Mention | None:
    """A party that its own state represses is in opposition ("Mali's junta dissolved all
    political parties", "police detained Congress party lawmakers": MLIOPP, INDOPP); not a
    party the mention says rules ("leaders of the ruling National League for Democracy")."""
    if target is None or not _only_sectors(target, frozenset({"PTY"})):
        return target
    if RULING_PARTY_WORDS & set(target.text.lower().split()):
        return target
    if not _a_state_or_its_body(source) or _country(source) != _country(target):
        return target
    return _with_sectors(target, ("OPP",))


def _as_migrants(target: Mention | None) -> Mention | None:
    """A people deported or expelled, named by its demonym alone or as plain civilians, as
    migrants (REF): "deported more than 200 Venezuelans" is VENREF, not Venezuela;
    "deported seven Rohingya men" is MMRREF, not MMRCVL."""
    if target is None or target.actor is None:
        return target
    people = target.kind == DEMONYM and _a_state_alone(target)
    civilians = bool(target.actor.country) and target.actor.sectors == ("CVL",)
    return _with_sectors(target, ("REF",)) if people or civilians else target


def _civil_of_no_country(mention: Mention) -> bool:
    return mention.kind == GROUP and _countryless(mention, SOCIETY_SECTORS)


def _shared_name(mention: Mention) -> bool:
    """Whether a mention is a bare shared name of a state body ("protesters set fire to the
    Congress building in Asuncion": Paraguay's)."""
    return mention.kind == "metonym" and mention.text in SHARED_NAMES


GROUP = "group"


def _one_country(mentions: list[Mention]) -> str:
    """The one country the mentions name, leaving organisations aside, and firms and news
    media by name where anyone else names one ("Iranian police restricted access to
    Instagram": IRN; "Boeing and the union of its machinists": USA); "" for none or
    several."""
    states = _countries([m for m in mentions if not _named_firm(m)])
    found = states or _countries(mentions)
    return found.pop() if len(found) == 1 else ""


def _countries(mentions: list[Mention]) -> set[str]:
    """The countries the mentions name, organisations left aside."""
    return {c for c in map(_country, mentions) if c and not c.startswith("IGO")}


FIRM_SECTORS = frozenset({"BUS", "MED"})


def _named_firm(mention: Mention) -> bool:
    """Whether a mention names a firm or news outlet, whose home says little of the
    sentence's country ("Instagram", "Reuters")."""
    actor = mention.actor
    if mention.kind != "organisation" or actor is None or not actor.sectors:
        return False
    return set(actor.sectors) <= FIRM_SECTORS


def _token_at(sentence: Any, offset: int) -> int:
    """The index of the sentence's token that starts at a character offset (-1 for none)."""
    span = sentence.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else -1


SCENE_NOUNS = frozenset(
    {"province", "state", "region", "city", "town", "village", "district", "capital"}
    | {"county", "area", "territory", "border", "coast", "north", "south", "east", "west"}
)
SITE_NOUNS = frozenset(
    {"prison", "jail", "school", "hospital", "market", "mosque", "church", "university"}
    | {"airport", "refinery", "mine", "highway", "road", "railway", "plant"}
)
"""Sites whose owner country is where they are: "Haiti's largest prisons" are in Haiti."""


def _names_a_scene(mention: Mention, sentence: Any) -> bool:
    """Whether a mention names where things happen: a place, or a country after a
    preposition of place ("in Yemen") or owning a place ("Yemen's Saada province");
    not a country that is an actor of the sentence ("accused Serbia of ...")."""
    if mention.kind == PLACE:
        return True
    span = sentence.doc.char_span(mention.start, mention.end)
    if span is None:
        return False
    if mention.kind not in SCENE_KINDS | {DEMONYM}:
        return _named_by_its_place(span)
    token = span.root
    head = token.head
    if mention.kind == DEMONYM:  # "the northern Kenyan town of Mandera"
        scene = head.lemma_.lower() in SCENE_NOUNS - {"border"}  # not "near the Ugandan border"
        return token.dep_ in ("amod", "compound") and scene
    while token.dep_ == "compound" and head.i != token.i:
        token, head = head, head.head
    if token.dep_ == "pobj":
        return head.lower_ in syntax.PLACE_PREPOSITIONS | {"across", "over", "into", "through"}
    return token.dep_ == "poss" and head.lemma_.lower() in SCENE_NOUNS | SITE_NOUNS


def _named_by_its_place(span: Any) -> bool:
    """An actor named by where it is, which gives its country ("the parliament in
    Mogadishu", "a mosque in the Nigerien town of Tillaberi"); not one whose own name
    comes first ("the US embassy in Kabul")."""
    at = [token for token in span[1:] if token.dep_ == "prep" and token.lower_ in ("in", "at")]
    if not at:
        return False
    named_before = span.doc[span.start : at[0].i]
    return not any(token.pos_ == "PROPN" or token.text[:1].isupper() for token in named_before)


def _at_the_scene(
    source: Mention, target: Mention | None, country: str, root: str
) -> tuple[Mention, Mention | None]:
    """The victims of a violent act with no country of their own are of the country it
    took place in ("gunmen abducted 27 students in Nigeria's Zamfara state": NGAEDU), and
    so are unarmed protesters ("protesters marched through Hong Kong": HKGOPP), gunmen
    or gangs of no side (NGAUAF) and police (NGACOP). Troops, rebels and insurgents of no
    country keep none here: they may come from across a border (``_fighters_at_home``)."""
    if root == PROTEST_ROOT:  # "farmers pelted police with eggs in Brussels": BELCOP
        located = _of_country(source, country) if _countryless(source, UNARMED) else source
        if target is not None and _countryless(target, STATE_AT_HOME):
            target = _of_country(target, country)
        return located, target
    if _countryless(source, SCENE_DOERS) or _branch_of_a_movement(source):
        source = _of_country(source, country)
    if target is None or not _countryless(target, SCENE_VICTIMS):
        return source, target
    return source, _of_country(target, country)


KILLING_VERBS = frozenset({"kill", "slay", "murder", "execute", "massacre", "slaughter"})
WOUNDING_VERBS = frozenset({"wound", "injure", "hurt", "maim"})
DAMAGING_VERBS = frozenset({"damage", "destroy"})
ARMED_VERBS = frozenset({"stab", "shoot", "gun", "knife", "hack"})
"""Verbs of an armed assault, which no unarmed protest commits."""
MASS_KILLING = "202"
MASS = 100
"""How many non-combatants killed make a mass killing: "hundreds", or a number from 100."""
_MASS_KILLING = parse_pattern(MASS_KILLING, "kill", origin="mass killing rule")


def _people_joined_before(
    sources: list[Mention], mentions: MentionIndex, sentence: Any, doc: Document
) -> list[Mention]:
    """A person joined by "and" right before a person the parser made the only subject,
    having read the first name as a modifier of the second's title ("Trump and Chinese
    President Xi Jinping discussed trade": "Trump" an adjective of "President")."""
    people = [s for s in sources if s.kind in PERSON_KINDS]
    if not people:
        return []
    text = doc.article.text
    in_sentence = mentions.in_sentence(sentence)
    return [
        before
        for source in people
        for before in in_sentence
        if before.kind in PERSON_KINDS
        and before not in sources
        and before.end < source.start
        and text[before.end : source.start].strip() == "and"
    ]


def _mass_killing(match: Match, target: Mention | None) -> Match:
    """A killing of a hundred or more non-combatants is CAMEO's mass killing (202):
    "killed at least 300 civilians", "killed hundreds of villagers"."""
    actor = target.actor if target is not None else None
    if actor is None or not actor.sectors or not set(actor.sectors) <= CIVIL_SECTORS:
        return match
    if match.trigger.lemma_.lower() not in KILLING_VERBS or match.pattern.code[:2] != "19":
        return match
    if not any(syntax.counts_at_least(t, MASS) for t in (*match.objects, *match.targets)):
        return match
    return dataclasses.replace(match, pattern=_MASS_KILLING)


def _recoded_for(match: Match, source: Mention, target: Mention | None) -> Match:
    """The match's code for one source and target: a mass killing, state force, unrest,
    unorganised violence, expelling officials, silencing the press, welcoming a guest,
    seizing people, leaving an organisation, or taking a firm."""
    match = _mass_killing(match, target)
    match = _as_unrest(_state_force(match, source, target), source, target)
    match = _unorganised_violence(match, source)
    match = _expelling_officials(match, target)
    match = _welcoming_a_guest(_silencing_the_press(match, target), target)
    match = _seizing_people(match, source, target)
    return _taking_a_firm(_leaving_a_body(match, target), target)


CONFISCATION = "1711"
ARREST = "173"
OCCUPYING = "192"
SEIZURES = frozenset({CONFISCATION, OCCUPYING})


def _seizing_territory(match: Match, targets: list[Mention]) -> Match:
    """Seizing a country, a capital or a place is occupying territory (192: "rebels seized
    Damascus", "the Taliban seized Kabul"), not confiscating property (1711)."""
    if match.pattern.code != CONFISCATION or match.pattern.obj or not targets:
        return match
    places = all(t.kind in SINGLE_STATE_KINDS | {PLACE} for t in targets)
    return _recoded(match, OCCUPYING) if places else match


def _seizing_people(match: Match, source: Mention, target: Mention | None) -> Match:
    """Seizing people is taking them hostage (181) for armed men of no state ("gunmen
    seized a French family"), arresting them (173) for a state's forces ("police seized
    three suspects", "police recaptured three gang members"); not confiscating property
    (1711: "seized the tanker") or taking a place (192: "recaptured Kherson")."""
    if match.pattern.code not in SEIZURES or match.pattern.obj or target is None:
        return match
    if target.kind not in PERSON_KINDS | {GROUP} or _only_sectors(target, FIRM_SECTORS):
        return match
    if match.pattern.code == OCCUPYING and not _names_the_seized(match, target):
        return match  # "overran a military base": a place
    sectors = set(source.actor.sectors) if source.actor is not None else set()
    if sectors & ARMED_GROUPS:
        return _recoded(match, ABDUCTION)
    return _recoded(match, ARREST) if sectors & STATE_FORCES else match


def _names_the_seized(match: Match, target: Mention) -> bool:
    """Whether the target names the object of a verb of seizing itself ("recaptured three
    gang members"), not a word before a place ("captured a military base")."""
    if match.trigger.lemma_.lower() not in SEIZING_VERBS:
        return False
    objects = [syntax.counted_noun(o) or o for o in syntax.direct_objects(match.trigger)]
    return any(target.start <= o.idx < target.end for o in objects)


RESTRICTING = "172"
RESTRICTING_FREEDOMS = "1721"
PRESS = "MED"
BLOCKADE = "191"
ACCESS = "access"


def _silencing_the_press(match: Match, target: Mention | None) -> Match:
    """Banning the press, or blocking access to it, is restricting political freedoms
    (1721), not an administrative sanction of any other kind (172) nor a blockade (191):
    "the junta banned VOA", "Moscow banned the news site", "Turkey blocked access to
    Twitter"; "banned the rights group" stays 172."""
    banned = match.pattern.code == RESTRICTING and not match.pattern.obj
    cut_off = match.pattern.code == BLOCKADE and match.pattern.obj == ACCESS
    if not (banned or cut_off):
        return match
    press = target is not None and target.actor is not None and PRESS in target.actor.sectors
    return _recoded(match, RESTRICTING_FREEDOMS) if press else match


def _welcoming_a_guest(match: Match, target: Mention | None) -> Match:
    """Welcoming a person named as the object, somewhere ("Biden welcomed Zelensky at the
    White House", "Xi welcomed Putin to Beijing") or with a ceremony ("was welcomed by
    Kishida with an honour guard"), is hosting the guest (043), not praise of something
    (051: "welcomed the agreement", "welcomed Zelensky's decision")."""
    if match.pattern.code != PRAISE_CODE or match.trigger.lemma_.lower() != "welcome":
        return match
    if target is None or target.kind not in PERSON_KINDS:
        return match
    named = [t for t in match.targets if t.pos_ == "PROPN" and t.dep_ != "poss"]
    places = ("to", "at", "in", "with")
    where = [p for t in (match.trigger, *named) for p in syntax.prep_objects(t, places)]
    return _recoded(match, HOSTING) if named and where else match


UNORGANISED = frozenset({"UAF", "CRM", "CVL"})
ORGANISED_WORDS = ("militia", "militant", "fighter", "force", "armed group")
"""Armed groups of no country that are organised, whose force is fighting (19)."""
FIGHTING_ROOT = "19"
ASSAULTING = "180"


def _unorganised_violence(match: Match, source: Mention) -> Match:
    """Force used by gunmen, gangs or civilians of no armed group is an assault (18), the
    unconventional violence of CAMEO's root 18, not the organised fighting of root 19:
    "gunmen fired on the minister's motorcade", "a lone gunman opened fire on
    worshippers"; militias and militants fight (19)."""
    if match.pattern.code[:2] != FIGHTING_ROOT or not _only_sectors(source, UNORGANISED):
        return match
    if any(word in source.text.lower() for word in ORGANISED_WORDS):
        return match
    return _recoded(match, ASSAULTING)


FIGHTING = "190"


ASSASSINATING = "186"


def _state_force(match: Match, source: Mention, target: Mention | None) -> Match:
    """An assault (180) by troops or police is the conventional force of root 19 ("police
    shot dead the gunman": 190), which on unarmed people is repression (175); so is their
    killing of an armed group's commander ("Israeli troops killed Hamas leader Yahya Sinwar
    in a firefight"), no assassination (186)."""
    if not _only_sectors(source, FORCE_SECTORS):
        return match
    armed = target is not None and _only_sectors(target, ARMED_GROUPS | FORCE_SECTORS)
    if match.pattern.code == ASSAULTING or (match.pattern.code == ASSASSINATING and armed):
        return _recoded(match, FIGHTING)
    return match


EXPELLING = "174"
EXPELLING_A_MISSION = "166"


def _expelling_officials(match: Match, target: Mention | None) -> Match:
    """Expelling an organisation's officials ends its mission (166): "expelled seven senior
    United Nations officials"; another state's diplomats are individuals expelled (174),
    as CAMEO defines the code and news coders write it."""
    if not match.pattern.code.startswith(EXPELLING) or target is None or target.actor is None:
        return match
    return _recoded(match, EXPELLING_A_MISSION) if _actor_key(target).startswith("IGO") else match


def _taking_a_firm(match: Match, target: Mention | None) -> Match:
    """Seizing control of a company is confiscating property (1711), not occupying
    territory: "Argentina seized control of the oil company YPF"."""
    firm = target is not None and _only_sectors(target, frozenset({"BUS"}))
    return _recoded(match, CONFISCATION) if match.pattern.code == OCCUPYING and firm else match


WITHDRAWING = "087"
LEAVING_A_BODY = "160"


def _leaving_a_body(match: Match, target: Mention | None) -> Match:
    """Withdrawing from an organisation is reducing relations with it (160), not a
    military withdrawal: "Mali, Burkina Faso and Niger announced their withdrawal from
    ECOWAS"."""
    if match.pattern.code != WITHDRAWING or match.pattern.obj or target is None:
        return match
    return _recoded(match, LEAVING_A_BODY) if _actor_key(target).startswith("IGO") else match


POLICE = frozenset({"COP"})
VIOLENT_REPRESSION = "175"
VIOLENT_PROTEST = "145"
DEFIANCE = "128"
CIVIL_STATE = frozenset({"GOV", "LEG", "JUD"})
"""A state's civil bodies, which unarmed people attack only in riots ("protesters attacked
the French embassy", "stormed parliament")."""


def _as_unrest(match: Match, source: Mention, target: Mention | None) -> Match:
    """Fighting between police and unarmed people is unrest: the police's violent
    repression (175), the people's violent protest (145): "riot police clashed with
    demonstrators" is COP 175 → OPP and OPP 145 → COP; "protesters overran the
    president's residence" is a violent protest too, and so are protesters' destruction of
    property ("set fire to the commander's residence"), unarmed people's assault on the
    police ("young men torched police stations") or on a state's civil bodies ("protesters
    attacked the French embassy"); a crowd of protesters defying a ban protests (140)."""
    code = match.pattern.code
    unarmed = _only_sectors(source, UNARMED)
    if code == OCCUPYING and match.trigger.lemma_.lower() == "overrun" and unarmed:
        return _recoded(match, VIOLENT_PROTEST)
    protesters = source.actor is not None and source.actor.sectors[:1] == ("OPP",)
    crowd = protesters and source.kind == GROUP and match.trigger.lemma_.lower() == "defy"
    if code == DEFIANCE and crowd:  # "protesters defied a ban on gatherings"
        return _recoded(match, PROTEST_CODE)
    if target is None:
        return match
    if code == DESTROYING_PROPERTY and protesters:  # "protesters set fire to his residence"
        return _recoded(match, VIOLENT_PROTEST)
    if code in FIGHT_CODES and _only_sectors(source, POLICE) and _only_sectors(target, UNARMED):
        return _recoded(match, VIOLENT_REPRESSION)
    rioting = code in FIGHT_CODES or (code[:2] == ASSAULT_ROOT and code != ABDUCTION)
    armed = match.trigger.lemma_.lower() in KILLING_VERBS | WOUNDING_VERBS | ARMED_VERBS
    if rioting and unarmed and _only_sectors(target, POLICE) and not armed:
        return _recoded(match, VIOLENT_PROTEST)  # not "a man stabbed two police officers"
    civilians = _only_sectors(source, UNARMED - {"CRM"})  # not "armed gangs stormed prisons"
    if rioting and civilians and _only_sectors(target, CIVIL_STATE) and not armed:
        return _recoded(match, VIOLENT_PROTEST)  # "protesters attacked the embassy"
    return match


ASSAULT_ROOT = "18"
DESTROYING_PROPERTY = "1712"


THIRD_PARTY_VERBS = frozenset({"host", "mediate", "broker", "facilitate"})
"""Verbs of an act done for others: "Qatar and Egypt hosted the talks" is no meeting of
Qatar and Egypt."""


def _for_others(trigger: Token) -> bool:
    """Whether the trigger, or the light verb of an event noun ("hosted talks"), is done
    for others."""
    verb = syntax.light_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
    return verb is not None and verb.lemma_.lower() in THIRD_PARTY_VERBS


def _done_for_others(trigger: Token) -> bool:
    """Whether the trigger is a participle or relative clause of an act done for others
    that describes a noun ("a swap brokered by the UAE", "talks mediated by Norway", "a
    Russian-brokered truce", "after talks it mediated")."""
    lemma = trigger.lemma_.lower()
    if lemma not in THIRD_PARTY_VERBS:
        return False
    if trigger.dep_ == "relcl":  # "agreed to a truce after talks it mediated"
        return True
    if trigger.tag_ != "VBN":
        return False
    if trigger.dep_ == "amod":  # not "violated a UN-brokered ceasefire", long agreed
        clause = syntax.governing_verb(trigger.head)
        return clause is not None and clause.lemma_.lower() in AGREEING_VERBS
    return trigger.dep_ == "acl"


AGREEING_VERBS = frozenset({"agree", "accept", "sign", "reach", "conclude", "approve"})
"""Verbs by which parties take up what a third party brokered in the same news."""


SUPPORT_NOUNS = frozenset({"solidarity", "support", "sympathy"})


def _supported(trigger: Token) -> set[int]:
    """The words of those an act is "in solidarity with" or "in support of" ("rallied in
    London in solidarity with American protesters"): its allies, not its target."""
    preps = syntax.children(trigger, frozenset({"prep"}))
    support = [
        noun
        for prep in preps
        for noun in syntax.children(prep, frozenset({"pobj"}))
        if noun.lemma_.lower() in SUPPORT_NOUNS
    ]
    after = [p for p in preps for n in support if p.i == n.right_edge.i + 1]  # hung apart
    return {word.i for phrase in [*support, *after] for word in phrase.subtree}


def _brokers(sentence: Any) -> set[int]:
    """The words naming who brokered or backed a thing before a hyphen ("a Russian-brokered
    ceasefire", "Iran-backed militants"): no party to what is done with the thing."""
    return {
        token.i
        for token in sentence
        if token.dep_ == "npadvmod"
        and token.head.tag_ == "VBN"
        and token.head.lemma_.lower() in THIRD_PARTY_VERBS | STANDING_SUPPORT
    }


def _parties_of(participle: Token) -> list[Token]:
    """The parties of what a third party brokered, hosted or mediated: those its noun is
    "between" ("a ceasefire between Israel and Hezbollah brokered by the United States"),
    or the doers of the clause the noun belongs to ("Russia and Ukraine exchanged
    prisoners in a swap brokered by the UAE": Russia and Ukraine)."""
    between = syntax.prep_objects(participle.head, ("between",))
    if between:
        return syntax.with_conjuncts(between)
    clause = syntax.governing_verb(participle.head)
    return syntax.verb_subjects(clause) if clause is not None else []


COREFERENCE_KINDS = frozenset({"pronoun", "compound"})


def _self_guess(source: Mention, target: Mention) -> bool:
    """A pair of one actor acting on itself where one side is a coreference guess ("Grossi
    praised both leaders", "he met Raisi"): the guess, not the event, is wrong. "Both
    sides" never holds the country of the one who speaks of them ("Wang Yi praised both
    sides" is not China)."""
    if source.actor is None or target.actor is None:
        return False
    same = source.actor.code == target.actor.code
    if "compound" in (source.kind, target.kind):
        country = source.actor.country
        return same or (bool(country) and country == target.actor.country)
    return same and bool({source.kind, target.kind} & COREFERENCE_KINDS)


def _evidence(
    text: str, sentence: Any, match: Match, source: Mention, target: Mention | None
) -> Span:
    """The smallest stretch of the sentence holding trigger, matched words and actors."""
    starts = [source.start, *(t.idx for t in match.used)]
    ends = [source.end, *(t.idx + len(t) for t in match.used)]
    if target is not None:
        starts.append(target.start)
        ends.append(target.end)
    first = sentence[0].idx
    last = sentence[-1].idx + len(sentence[-1])
    start, end = max(min(starts), first), min(max(ends), last)
    return _span(text, start, end)


def _span(text: str, start: int, end: int) -> Span:
    """A stretch of the article's own text (the parser read it with American spellings)."""
    return Span(start=start, end=end, text=text[start:end])


INFERRED_PENALTY = 0.2
"""Less trust in an event inferred from another's ("A visited B": B hosted A; "A met B":
B met A) than in one the sentence names."""


def _confidence(pattern: Pattern, target: Mention | None) -> float:
    """A documented heuristic: specific patterns and complete dyads earn trust."""
    score = 0.45 + 0.05 * min(pattern.specificity, 4) + (0.25 if target is not None else 0.0)
    return round(min(score, 0.95) - (0.1 if pattern.nominal else 0.0), 2)


def _mention_key(mention: Mention) -> tuple[object, ...]:
    """What of a mention the coding depends on: not its sentence number, which the
    resolver gives only once the parse has sentences."""
    return (mention.start, mention.end, mention.kind, mention.actor)


def _with_mentions(events: tuple[Event, ...], mentions: Sequence[Mention]) -> tuple[Event, ...]:
    """The events with their source and target taken from ``mentions`` (the same actors
    at the same offsets, maybe with their sentence numbers now)."""
    by_key = {_mention_key(m): m for m in mentions}

    def same(mention: Mention | None) -> Mention | None:
        return by_key.get(_mention_key(mention), mention) if mention is not None else None

    return tuple(
        dataclasses.replace(event, source=same(event.source), target=same(event.target))
        for event in events
    )


def _where(mention: Mention | None) -> str:
    """A mention's place and actor: one span may name two actors ("the two leaders")."""
    if mention is None:
        return ""
    return f"{mention.start}:{mention.actor.code if mention.actor else ''}"


FORCE_ROOTS = frozenset({"18", "19", "20"})
MILITARY = ("MIL",)
UNKNOWN_SECTOR = ("UNK",)  # a vague role's: "aircraft", "vessel"


def _its_military(source: Mention) -> Mention:
    """A people's name, or a craft of no sector, that attacks is its state's armed forces
    ("Israeli air strikes killed", "Israeli aircraft struck": ISRMIL), as news writers
    code them; a country by name stays the country ("Russia shelled Kharkiv": RUS)."""
    actor = source.actor
    vague = actor is not None and actor.sectors in ((), UNKNOWN_SECTOR)
    if actor is None or not actor.country or not vague or source.kind not in (DEMONYM, GROUP):
        return source
    military = dataclasses.replace(actor, code=code_of(actor.country, MILITARY), sectors=MILITARY)
    return dataclasses.replace(source, actor=military)


def _act_of_source(event: Event) -> tuple[object, ...]:
    """What an event's source did in its sentence, whoever to: the sentence, the source and
    the family of the root."""
    return (event.sentence, _where(event.source), _family(event.root))


def _family(root: str) -> str:
    """A root, or "force" for the roots of violence, which news often names twice for one
    act ("blown up by a missile fired by rebels")."""
    return "force" if root in FORCE_ROOTS else root


def _on_itself(event: Event) -> bool:
    """Whether an event's source and target are coded as the same actor ("troops loyal to
    the president fought mutinous soldiers": MIL on MIL): a self-loop tells no one who did
    what to whom, and is most often a misread sentence; but a body may repress its own
    ("Russian police arrested Russian police officers")."""
    source, target = event.source, event.target
    if source is None or target is None or source.actor is None or target.actor is None:
        return False
    return source.actor.code == target.actor.code and event.root != REPRESSION_ROOT


def _without_duplicates(events: Iterable[Event]) -> list[Event]:
    """One event per sentence, dyad and root: the most confident wins. A source's act with
    no target gives way to its act of the same root on a target ("police used tear gas to
    disperse protesters" is one act on the protesters), and an act of violence (18-20) to
    one of any of these roots."""
    best: dict[tuple[object, ...], Event] = {}
    for event in events:
        key = (event.sentence, _where(event.source), _where(event.target), event.root)
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    targeted = {_act_of_source(e) for e in best.values() if e.target}
    kept = [e for e in best.values() if e.target or _act_of_source(e) not in targeted]
    return sorted(
        _one_per_trigger(kept), key=lambda e: (e.evidence.start, e.trigger.start, e.cameo)
    )


def _one_per_trigger(events: Iterable[Event]) -> list[Event]:
    """One event per trigger, actor codes and root: "four children and a man were killed"
    is one killing of civilians, not two; the most confident, then the first, is kept."""
    first: dict[tuple[object, ...], Event] = {}
    for event in sorted(events, key=lambda e: (-e.confidence, e.evidence.start)):
        key = (
            event.trigger.start,
            _actor_key(event.source),
            _actor_key(event.target),
            event.root,
        )
        first.setdefault(key, event)
    return list(first.values())
