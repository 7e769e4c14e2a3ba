"""Reading who-did-what-to-whom off a spaCy dependency parse.

Functions here take spaCy tokens and return tokens: the heads of the noun phrases that
play source and target for a trigger. The coder turns those heads into actor mentions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

Token = Any

SUBJECT_DEPS = frozenset({"nsubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass"})
OBJECT_DEPS = frozenset({"dobj"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
OBJECT_CONTROL_PREPS = frozenset({"on", "upon"})
PREPOSITIONAL_CONTROL_VERBS = frozenset({"call", "prevail", "rely", "count", "depend"})
LIGHT_VERB_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
REPORTING_VERBS = frozenset({"say", "tell", "report", "add", "claim", "state", "announce"})
# Verbs whose object names the event their subject does ("launched an offensive").
LIGHT_VERBS = frozenset(
    {
        "launch",
        "carry",
        "conduct",
        "stage",
        "stag",
        "mount",
        "begin",
        "start",
        "continue",
        "resume",
        "hold",
        "have",
        "make",
        "pay",
        "impose",
        "intensify",
        "escalate",
        "step",
        "wage",
        "wag",
        "undertake",
        "perform",
        "sign",
        "reach",
        "conclude",
        "complete",
        "finish",
        "give",
        "provide",
        "offer",
        "extend",
        "send",
        "deliver",
        "announce",
        "order",
        "host",
        "organise",
        "organize",
        "lead",
        "join",
        "attend",
        "declare",
        "pledge",
        "promise",
        "approve",
        "allocate",
        "grant",
        "renew",
    }
)


BARE_COMPLEMENT_VERBS = frozenset({"let", "help"})
"""Verbs whose subjectless bare complement their own subject does ("let free", "helped
rebuild")."""


def with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """Each token followed by the tokens coordinated with it ("A and B", "A, B and C")."""
    out: list[Token] = []
    for token in tokens:
        conjuncts = [
            c
            for c in token.conjuncts
            if not _finite_verb_of_a_noun(token, c) and not _subject_of_the_next_verb(c)
        ]
        for item in (token, *conjuncts, *_listed_appositions(token)):
            if item not in out:
                out.append(item)
    return out


def _subject_of_the_next_verb(conjunct: Token) -> bool:
    """Whether a name the parser joined to an object is the subject of the finite verb
    right after it, which has none ("Hamas freed 13 hostages and Israel released 39
    prisoners": Israel released)."""
    doc = conjunct.doc
    if conjunct.pos_ != "PROPN" or conjunct.right_edge.i + 1 >= len(doc):
        return False
    verb = doc[conjunct.right_edge.i + 1]
    joined = verb.dep_ == "conj" and verb.tag_ in FINITE_TAGS
    return joined and not children(verb, SUBJECT_DEPS) and conjunct.head.dep_ in OBJECT_DEPS


def _subjects_read_as_a_time(verb: Token) -> list[Token]:
    """The names right before a finite verb with no subject that the parser made the
    object of a preposition of time, joining the verb to the main one ("resumed pumping
    gas, a day after Moscow and Kiev signed new contracts": Moscow and Kiev)."""
    if verb.dep_ != "conj" or verb.i == 0 or verb.tag_ not in FINITE_TAGS:
        return []
    if children(verb, SUBJECT_DEPS):
        return []
    before = verb.doc[verb.i - 1]
    first = before.head if before.dep_ == "conj" else before
    timed = first.dep_ == "pobj" and first.head.lower_ in TIME_PREPS
    return with_conjuncts([first]) if timed and before.pos_ == "PROPN" else []


def _finite_verb_of_a_noun(noun: Token, conjunct: Token) -> bool:
    """Whether the parser joined a finite verb to a noun ("planned days in advance and
    called on Riyadh"): no second thing named."""
    finite = conjunct.tag_ in FINITE_TAGS
    return finite and noun.pos_ in ("NOUN", "PROPN") and conjunct.pos_ == "VERB"


def _listed_appositions(token: Token) -> list[Token]:
    """ "Chile, Peru, and Bolivia": the parser hangs the list on an apposition, or
    on a modifier ("Arnor, Calenardhon and the evil Gondor": Arnor modifies Gondor); in
    "Peru and the vile awful Chile" it took "awful" for the conjunct, Chile for an
    apposition of Peru, right after that conjunct with no comma between."""
    return [
        item
        for child in token.children
        if (child.dep_ in ("appos", "nmod") and child.conjuncts) or _split_conjunct(child)
        for item in (child, *child.conjuncts)
    ]


def _split_conjunct(child: Token) -> bool:
    """An apposition right after its head's conjunct, with no comma between, when that
    conjunct names no one (an adjective taken for a noun): the conjunct's own head."""
    if child.dep_ != "appos":
        return False
    return any(
        c.dep_ == "conj"
        and c.right_edge.i + 1 == child.left_edge.i
        and not any(t.pos_ == "PROPN" for t in c.subtree)
        for c in child.head.children
    )


def children(token: Token, deps: frozenset[str]) -> list[Token]:
    """The children of a token with one of the given dependency labels.

    Children the parser hung on the token's auxiliary ("Britain [have] opposed") count too.
    """
    found = [child for child in token.children if child.dep_ in deps]
    for aux in token.children:
        if aux.dep_ in ("aux", "auxpass") and aux.pos_ == "AUX":
            found += [child for child in aux.children if child.dep_ in deps]
    return found


def misread_verb(token: Token) -> bool:
    """A verb the tagger took for a noun, though it has a subject: a plural ("the
    government rejects and condemns ...": "rejects" tagged NNS), or a singular with a
    particle or an object too ("the EU and UN hand over supplies")."""
    if token.tag_ not in ("NN", "NNS"):
        return False
    deps = {child.dep_ for child in token.children}
    if not deps & SUBJECT_DEPS:
        return False
    return token.tag_ == "NNS" or bool(deps & {"prt", "dobj"})


def is_passive(verb: Token) -> bool:
    """Whether a verb is in the passive voice (also a participle with a "by" agent: "a bomb
    planted by militants", or one the parser took for the main verb: "jailed" in "the men
    jailed for spying were freed"), but not a verb with a subject of its own that the
    parser gave a "by" of means as an agent ("Biden and Xi spoke by telephone")."""
    deps = {child.dep_ for child in verb.children}
    if deps & {"nsubjpass", "auxpass"}:
        return True
    if "agent" in deps and "nsubj" not in deps:
        return True
    return misread_relative(verb)


def misread_relative(verb: Token) -> bool:
    """A participle describing the subject that the parser took for the main verb, the
    real one being its passive conjunct with no subject, joined by no "and" or comma ("The
    men jailed for spying were freed by Putin": "jailed" the root, "freed" its conjunct)."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    kids = list(verb.children)
    deps = {kid.dep_ for kid in kids}
    if not deps & SUBJECT_DEPS or deps & (OBJECT_DEPS | {"cc"}):
        return False
    return any(kid.dep_ == "conj" and _joined_directly(kid) for kid in kids)


def _joined_directly(conjunct: Token) -> bool:
    """A passive conjunct with no subject of its own, joined to its head by no comma or
    "and" ("jailed for spying were freed", not "arrived, was met")."""
    if not _subjectless_passive(conjunct):
        return False
    between = conjunct.doc[conjunct.head.i + 1 : conjunct.left_edge.i]
    return not any(t.dep_ in ("punct", "cc") and t.head.i == conjunct.head.i for t in between)


def _subjectless_passive(verb: Token) -> bool:
    """A passive verb with no subject of its own ("... and were repelled by the army")."""
    if not children(verb, frozenset({"auxpass"})):
        return False
    return not children(verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)


def _passive_participle(verb: Token) -> bool:
    """A past participle describing a noun ("soldiers killed in the attack"); not one with
    an object of its own, an active verb the parser took for it ("Israeli airstrikes
    killed 20 people, officials said"), nor one with a subject of its own, a clause the
    parser hung on the noun ("hopes that Peru could be drawn in")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or children(verb, OBJECT_DEPS):
        return False
    return not children(verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)


ACCIDENT_NOUNS = frozenset(
    {"crash", "accident", "collision", "earthquake", "flood", "storm", "landslide", "fire"}
    | {"disease", "outbreak", "virus", "avalanche", "cyclone", "hurricane", "tsunami"}
)
"""Causes that are no one's act: "victims killed by the crash of a Malaysia Airlines jet"."""


def passive_agents(verb: Token) -> list[Token]:
    """The objects of the verb's "by" agent phrase, but no accident or disaster; or of a
    "by" the parser hung on a noun it took for the passive verb's object ("was jailed
    pending trial by an Istanbul court") or on the noun of its "with" ("was greeted with a
    handshake by Moon")."""
    agents = children(verb, frozenset({"agent"}))
    nouns = children(verb, frozenset({"dobj"})) + prep_objects(verb, ("with",))
    misread = [
        prep
        for noun in nouns
        for prep in children(noun, frozenset({"prep"}))
        if prep.lower_ == "by"
    ]
    return [
        pobj
        for agent in agents or misread
        for pobj in agent.children
        if pobj.dep_ == "pobj" and (pobj.lemma_.lower() not in ACCIDENT_NOUNS or _gunfire(pobj))
    ]


GUNFIRE_WORDS = frozenset({"army", "police", "tank", "sniper", "artillery", "gun", "mortar"})


def _gunfire(noun: Token) -> bool:
    """Whether a "fire" is someone's shooting: "killed by Israeli fire", "by army fire"."""
    if noun.lemma_.lower() != "fire":
        return False
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss")]
    return any(m.text[:1].isupper() or m.lower_ in GUNFIRE_WORDS for m in modifiers)


def _earlier_reported_clause(verb: Token) -> Token | None:
    """The reported clause with a subject that a subjectless one of the same verb of
    saying follows, as the next item of a list the parser split ("the army said it had
    removed the president, suspended the constitution and ...": it)."""
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBN"):
        return None
    earlier = [
        c
        for c in verb.head.children
        if c.dep_ == "ccomp" and c.i < verb.i and children(c, SUBJECT_DEPS)
    ]
    return earlier[-1] if earlier else None


def _subject_as_compound(verb: Token) -> list[Token]:
    """A name before a verb that the parser hung on it as a compound, as if the verb were a
    noun ("Ethiopia act on the resolution", a headline's plural subject): its subject."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBD", "VBZ"):
        return []
    return [c for c in verb.lefts if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN")]


def _clause_of_a_verb_joined_to_its_object(verb: Token) -> Token | None:
    """The clause whose object the parser joined a finite verb to, as if the verb were a
    noun ("said the killing was planned days in advance and called on Riyadh": said)."""
    head = verb.head
    if verb.dep_ != "conj" or not _finite_verb_of_a_noun(head, verb):
        return None
    if head.dep_ not in ("dobj", "npadvmod"):
        return None
    return head.head if head.head.pos_ in ("VERB", "AUX") else None


def _subject_under_its_mark(verb: Token) -> list[Token]:
    """A subject the parser hung on the verb's subordinating word as its object, as if the
    word were a preposition ("resigned after the army chief urged him to": the chief)."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBD", "VBZ"):
        return []
    marks = [c for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    return [c for m in marks for c in m.children if c.dep_ == "pobj" and c.i < verb.i]


def _verb_of_a_participle_read_as_root(verb: Token) -> bool:
    """Whether a past tense with no subject is the main verb of a subject the parser gave
    to a describing participle it made the root ("Gunmen linked to Islamic State killed
    ten soldiers": "linked" the root, "killed" its clause)."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or head.dep_ != "ROOT":
        return False
    if head.lemma_.lower() not in DESCRIBING_PARTICIPLES or head.i > verb.i:
        return False
    marked = any(c.dep_ == "mark" for c in verb.children)  # not "linked to X after it killed"
    helped = any(c.dep_ in ("aux", "auxpass") for c in head.children)
    return not marked and not helped and bool(children(head, SUBJECT_DEPS))


def _noun_root_of_a_lost_verb(verb: Token) -> Token | None:
    """The noun the parser made the root of a sentence whose main verb, after the comma
    that closes a relative clause on that noun, it hung inside the clause ("Machado, who
    has been in hiding since the July election, called on the armed forces": Machado)."""
    root = verb.sent.root
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or root.pos_ not in ("PROPN", "NOUN"):
        return None
    if verb.i < 1 or verb.doc[verb.i - 1].text != ",":
        return None
    clauses = [c for c in root.children if c.dep_ == "relcl" and c.i < verb.i]
    inside = any(verb.head.i in {t.i for t in c.subtree} for c in clauses)
    return root if inside else None


DESCRIBING_PARTICIPLES = frozenset(
    {"link", "tie", "ally", "affiliate", "align", "connect", "associate", "loyal", "base"}
)
"""Participles that say whose side their noun is on ("militants linked to al Qaeda")."""


def verb_subjects(verb: Token, *, depth: int = 0) -> list[Token]:
    """The doers of a verb: its subject, the passive agent, or a controller up the tree."""
    if is_passive(verb):
        return with_conjuncts(passive_agents(verb))
    subjects = (
        _after_its_mark(verb, children(verb, SUBJECT_DEPS))
        or _subject_as_compound(verb)
        or _subject_under_its_mark(verb)
    )
    subjects = _headline_pair(verb) + subjects
    taken = {s.i for s in subjects if _a_participles_object(s)}
    subjects = [c for s in subjects for c in (s.conjuncts if s.i in taken else (s,))]
    sides = _clause_of_each(verb, subjects)
    if sides is not None:  # "A and B traded fire, with each side accusing the other"
        return verb_subjects(sides, depth=depth + 1)
    if subjects or depth > 4:
        found = [s for s in with_conjuncts(_antecedents(subjects, verb)) if s.i not in taken]
        return found + [c for c in _companions(verb, subjects) if c not in found]
    head = verb.head
    before = verb.doc[verb.i - 1] if verb.i else verb
    named = before.head if before.dep_ == "compound" else before
    if verb.dep_ == "conj" and _subject_of_the_next_verb(named):
        return [named]  # "freed 13 hostages and Israel released 39 prisoners"
    timed = _subjects_read_as_a_time(verb)
    if timed:  # "a day after Moscow and Kiev signed contracts"
        return timed
    if _verb_of_a_participle_read_as_root(verb):  # "Gunmen linked to IS killed ten"
        return with_conjuncts(children(head, SUBJECT_DEPS))
    subject = _noun_root_of_a_lost_verb(verb)
    if subject is not None:  # "Machado, who has been in hiding since ..., called on"
        return [subject]
    speaker = speakers_conjunct(verb)
    if speaker is not None:  # "Qatar said A and B had agreed ..., and urged both sides"
        return verb_subjects(speaker, depth=depth + 1)
    listed = _earlier_reported_clause(verb)
    if listed is not None:  # "said it had removed the president, suspended the ..."
        return verb_subjects(listed, depth=depth + 1)
    if finite_beside_an_infinitive(verb):  # "called on Israel to halt ... and urged"
        return verb_subjects(head.head, depth=depth + 1)
    sibling = _participle_joined_too_low(verb)
    if sibling is not None:  # "saying it was an airship blown off course and accusing"
        return verb_subjects(sibling, depth=depth + 1)
    active = verb.tag_ in FINITE_TAGS and bool(children(verb, ACTIVE_COMPLEMENTS))
    undergone = children(head, PASSIVE_SUBJECT_DEPS) if active and is_passive(head) else []
    if verb.dep_ == "conj" and undergone:  # "was received by Goita and pledged support"
        return with_conjuncts(_antecedents(undergone, head))
    if verb.dep_ == "conj" and (head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT"):
        return verb_subjects(head, depth=depth + 1)  # also a root verb tagged as a noun
    if verb.dep_ == "conj" and misread_verb(head):  # "the government rejects and condemns"
        return verb_subjects(head, depth=depth + 1)
    joined = _clause_of_a_verb_joined_to_its_object(verb)
    if joined is not None:  # "said it was planned days ahead and called on Riyadh to"
        return verb_subjects(joined, depth=depth + 1)
    call = phoned_for(verb)
    if call is not None:  # "Putin telephoned Mirziyoyev to congratulate him": Putin
        return verb_subjects(call, depth=depth + 1)
    if verb.dep_ == "xcomp" and is_passive(head) and children(head, PASSIVE_SUBJECT_DEPS):
        return with_conjuncts(children(head, PASSIVE_SUBJECT_DEPS))  # "X is expected to meet"
    if verb.dep_ == "xcomp" and head.dep_ == "acomp":  # "Arnor is about to restore ties"
        return with_conjuncts(children(head.head, SUBJECT_DEPS))
    if verb.dep_ == "xcomp" and not _of_means(head):  # "used batons to disperse": police
        return controllers(head) or verb_subjects(head, depth=depth + 1)
    if misread_control_complement(verb):  # "called on the ELN on Wednesday to halt"
        return controllers(head)
    if verb.dep_ == "xcomp":
        return verb_subjects(head, depth=depth + 1)
    if verb.dep_ == "ccomp" and head.lemma_.lower() in BARE_COMPLEMENT_VERBS:
        return verb_subjects(head, depth=depth + 1)  # "Ethiopia let free 74 prisoners"
    if _infinitive_of_a_predicate(verb):  # "Russia became the first country to recognise"
        return with_conjuncts(children(head.head, SUBJECT_DEPS))
    issuer = issuing_clause(verb)
    if issuer is not None:  # "the council adopted a resolution calling on Israel to ..."
        return verb_subjects(issuer, depth=depth + 1)
    if verb.dep_ == "acl" and head.lemma_.lower() in INVITATION_NOUNS:
        return _invitees(head, depth)  # "Putin accepted Xi's invitation to visit": Putin
    if verb.dep_ in ("relcl", "acl") and not _passive_participle(verb):
        return [head]  # "troops who attacked", "troops attacking"
    if _gerund_of_time(verb) and head.head.pos_ in ("VERB", "AUX"):
        return verb_subjects(head.head, depth=depth + 1)  # "Trump said after meeting Kim"
    if verb.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.pos_ == "VERB":
        accused = head.head  # "accused Russia of shelling", "Russia was accused of shelling"
        deps = PASSIVE_SUBJECT_DEPS if is_passive(accused) else OBJECT_DEPS
        return with_conjuncts(children(accused, deps))
    if verb.dep_ == "pcomp" and _deed_adjective(head.head):  # "the army was guilty of shelling"
        return with_conjuncts(children(head.head.head, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS))
    if verb.dep_ == "pcomp" and _accused_object(head.head):  # the parser hung "of" on Russia
        return with_conjuncts([head.head])
    if committed_gerund(verb):  # "Chile is committed to opening its market"
        predicate = head.head
        if predicate.dep_ == "acomp":  # "it is committed to", "remains committed to"
            predicate = predicate.head
        return with_conjuncts(children(predicate, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS))
    if _gerund_of_means(verb):  # "Peru retaliated by expelling the envoys"
        clause = head.head
        if is_passive(clause):  # "Kenya was honoured by hosting the talks"
            return with_conjuncts(children(clause, PASSIVE_SUBJECT_DEPS))
        return verb_subjects(clause, depth=depth + 1)
    if is_purpose(verb) and (not children(head, OBJECT_DEPS) or _of_means(head)):
        return verb_subjects(head, depth=depth + 1)  # "protesters gathered to denounce"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _describes_noun_before(verb):
        return with_conjuncts([verb.doc[verb.i - 1]])  # "fired at protesters demanding ..."
    if _marked_participle_of_passive(verb):  # "were arrested while investigating": they
        return with_conjuncts(_grammatical_subjects(head))
    described = participle_hung_on_a_description(verb)
    if described is not None:  # "bombed a crowd gathered for a rally, killing scores"
        return _participle_subjects(described, depth, verb)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ in ("VERB", "AUX"):
        return _participle_subjects(head, depth, verb)  # "A shelled B, killing five"
    return []


JOURNEY_VERBS = frozenset({"leave", "arrive", "return", "fly", "travel", "come", "go"})
"""Verbs of a journey, whose gerund after "after" or "before" only dates another act."""


def _gerund_of_time(verb: Token) -> bool:
    """A gerund after a preposition of time, which shares the subject of the verb the
    phrase modifies ("Trump said after meeting Kim", "blew up the office days after
    threatening to cut ties"); not a journey's ("after leaving Eriador")."""
    time = verb.head.lower_ in TIME_PREPS and verb.lemma_ not in JOURNEY_VERBS
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and time


DOCUMENT_NOUNS = frozenset(
    {"statement", "resolution", "communique", "communiqué", "declaration", "letter", "note"}
    | {"report", "motion", "decree", "ruling", "verdict", "order", "memo", "memorandum"}
    | {"law", "bill", "legislation"}
)
"""Writings whose words are the acts of whoever issued them."""
AUTHORED_NOUNS = DOCUMENT_NOUNS | {"proposal", "draft", "plan", "text"}
"""Writings whose author a participle's agent names ("a resolution drafted by Germany")."""
ISSUING_VERBS = frozenset(
    {"issue", "adopt", "pass", "release", "publish", "send", "sign", "approve", "deliver"}
    | {"read", "table", "draft", "unveil", "file", "present", "submit", "write", "hand"}
)
"""Verbs whose subject issues their object ("adopted a resolution"; not "vetoed" one)."""
STATEMENT_PREPS = frozenset({"in", "with", "through", "via"})


def issuing_clause(verb: Token) -> Token | None:
    """The clause whose subject issued the writing a participle describes ("the council
    adopted a resolution calling on Israel to halt": the council calls; "Germany said in a
    statement condemning the attack": Germany condemns), else None."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    clause = noun.head
    if noun.dep_ in OBJECT_DEPS and clause.lemma_.lower() in ISSUING_VERBS:
        return clause
    if noun.dep_ == "pobj" and clause.lower_ in STATEMENT_PREPS and clause.head.pos_ == "VERB":
        return clause.head
    return None


INVITATION_NOUNS = frozenset({"invitation", "invite"})


def _invitees(invitation: Token, depth: int) -> list[Token]:
    """Who an invitation's infinitive is for: the "to" after it ("an invitation to Putin to
    visit"), or whoever accepted, declined or received it ("Putin accepted Xi's invitation
    to visit Beijing"); not the inviter, whose possessive it has."""
    named = [o for o in prep_objects(invitation, ("to",)) if o.pos_ in ("PROPN", "NOUN")]
    if named:
        return with_conjuncts(named)
    if invitation.dep_ in OBJECT_DEPS:
        return verb_subjects(invitation.head, depth=depth + 1)
    return []


PARTICIPLE_MARKS = frozenset({"while", "when", "after", "before", "since", "whilst"})
TIME_PREPS = PARTICIPLE_MARKS | {"upon", "during"}
"""Prepositions of time whose gerund dates the act of the clause it hangs on."""


def _marked_participle_of_passive(verb: Token) -> bool:
    """Whether a verb is a participle after "while", "when", "after" or "before" on a
    passive clause, whose subject, not its agent, does it ("two journalists were arrested
    by police while investigating the killings": the journalists)."""
    clause = _timed_participle(verb)
    return verb.tag_ == "VBG" and clause is not None and is_passive(clause)


def own_clause(trigger: Token) -> set[int]:
    """The indices of a trigger's own clause: its subtree, less the clauses joined to it or
    below it ("kidnapped them in Mandera and drove them into Somalia": not the driving)."""
    inside = {t.i for t in trigger.subtree}
    for child in trigger.children:
        if child.dep_ in CLAUSE_DEPS | {"conj"} and child.pos_ in ("VERB", "AUX"):
            inside -= {t.i for t in child.subtree}
    return inside


COPULAS = frozenset({"be", "become", "remain"})


def with_to(verb: Token) -> bool:
    """Whether a verb is an infinitive with "to" ("to release", "to set up")."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


CALLING_VERBS = frozenset({"call", "ring"})
"""Verbs of calling, a telephone call or, with "on" or "for", an appeal."""
PHONING_LEMMAS = CALLING_VERBS | {"telephone", "phone"}


def phoned_for(verb: Token) -> Token | None:
    """The telephone call an infinitive says the purpose of, done in it by the caller to
    the one called: "Putin telephoned Mirziyoyev to congratulate him" (telephoned),
    "called Erdogan to offer condolences"; not an appeal ("called on Peru to")."""
    call = verb.head
    infinitive = verb.dep_ in ("advcl", "xcomp") and with_to(verb) and call.i < verb.i
    if not infinitive or call.lemma_.lower() not in PHONING_LEMMAS:
        return None
    if any(_appeal_word(c) for c in call.children):  # "called on Peru to", not "on Monday"
        return None
    called = children(call, frozenset({"dobj"}))
    return call if called and all(names_a_person(c) for c in called) else None


def called_for(verb: Token) -> list[Token]:
    """The ones called in the telephone call an infinitive says the purpose of ("telephoned
    Obama to demand an explanation": Obama), or none."""
    call = phoned_for(verb)
    return children(call, frozenset({"dobj"})) if call is not None else []


def _appeal_word(word: Token) -> bool:
    """Whether a word on a verb of calling makes it an appeal: "on", "upon" or "for",
    also one the parser left with no object ("called on Energy Minister Murungi to
    resign"), but no time ("called Boric on Monday")."""
    if word.dep_ not in ("prep", "prt") or word.lower_ not in ("on", "upon", "for"):
        return False
    objects = [o for o in word.children if o.dep_ == "pobj"]
    return not objects or any(o.lower_ not in TIME_WORDS for o in objects)


def names_a_person(noun: Token) -> bool:
    """A name, "him"/"her", or a noun with a name beside it ("his counterpart Putin")."""
    beside = [c for c in noun.children if c.dep_ in ("appos", "compound")]
    return (
        noun.pos_ == "PROPN"
        or noun.lower_ in ("him", "her")
        or any(c.pos_ == "PROPN" for c in beside)
    )


def _infinitive_of_a_predicate(verb: Token) -> bool:
    """Whether a verb is an infinitive after the noun a copula says its subject is, which
    makes it the subject's act ("Russia became the first country to recognise the
    Taliban": Russia recognised it)."""
    noun = verb.head
    infinitive = with_to(verb)
    predicate = noun.dep_ == "attr" and noun.head.lemma_.lower() in COPULAS
    return verb.dep_ in ("acl", "relcl") and infinitive and predicate


CLAUSE_AUXILIARIES = frozenset({"had", "has", "have", "will", "would", "could", "can", "may"})
MODAL_AUXILIARIES = CLAUSE_AUXILIARIES - {"had", "has", "have"}
"""Auxiliaries no past tense joined after them can take: "said he would not bow to
Washington and accused the United States" (no comma needed: Maduro accused)."""
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
ACTIVE_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp"})
"""What only an active verb takes: an object or a clause ("pledged support"), which a
passive participle joined to a passive ("was arrested and sentenced to prison") lacks."""


def speakers_conjunct(verb: Token) -> Token | None:
    """The speaker's verb, when a verb the parser joined to a reported clause (or to a
    condition inside it) is the speaker's own: after ", and", with no subject of its own,
    and in a finite form the clause's perfect or modal does not take ("Qatar said Israel
    and Hamas had agreed to a truce, and urged both sides to honour it": Qatar urged;
    "said Beijing would fight if Washington insisted, and accused the United States")."""
    head = verb.head
    if verb.dep_ != "conj" or verb.i < 2:
        return None
    clause = head
    if head.dep_ == "advcl" and conditional(head):
        clause = head.head
    if head.dep_ in ("acomp", "attr") and head.head.lemma_.lower() == "be":
        clause = head.head  # "said the missile was Iranian-made and accused Tehran"
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    if verb.tag_ not in FINITE_TAGS or children(verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        return None
    joined = verb.doc[verb.i - 1].dep_ == "cc" and verb.doc[verb.i - 2].text == ","
    auxiliaries = [c for c in clause.children if c.dep_ == "aux" and c.lower_ in CLAUSE_AUXILIARIES]
    modal = any(c.lower_ in MODAL_AUXILIARIES for c in auxiliaries) and verb.tag_ == "VBD"
    said_of = clause.lemma_.lower() == "be" and verb.lemma_.lower() in WORDING_VERBS
    if said_of and verb.tag_ == "VBD":  # what a thing "was", then the speaker's words
        return clause.head
    return clause.head if (joined or modal) and auxiliaries else None


CONDITIONS = frozenset({"if", "unless"})


def conditional(clause: Token) -> bool:
    """Whether a clause is a condition: "if/unless ..." or inverted "should Tehran
    attack"."""
    marks = children(clause, frozenset({"mark"}))
    first = clause.left_edge  # "Should Tehran attack again, ...", however "should" was hung
    inverted = first.lower_ == "should" and first.dep_ == "aux" and first.i < clause.i
    return any(m.lower_ in CONDITIONS for m in marks) or inverted


def _after_its_mark(verb: Token, subjects: list[Token]) -> list[Token]:
    """The subjects of a verb that come after its subordinating word, where the parser hung
    another clause's subject on it too ("planes dropped food, days after troops opened
    fire": the troops)."""
    marks = [c.i for c in verb.children if c.dep_ == "mark"]
    if not marks or len(subjects) < 2:
        return subjects
    return [s for s in subjects if s.i > marks[0]]


def _grammatical_subjects(clause: Token) -> list[Token]:
    """A clause's subject, active or passive, or that of the verb it is joined to ("stabbed
    and wounded two officers before ...": the one who stabbed them)."""
    found = children(clause, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    while not found and clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
        found = children(clause, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    return found


def _timed_participle(verb: Token) -> Token | None:
    """The clause a participle after "while", "when", "after" or "before" hangs on, whose
    subject is the participle's own ("... before being shot dead"); None for any other."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in PARTICIPLE_MARKS:
        return verb.head.head if verb.head.head.pos_ in ("VERB", "AUX") else None
    marked = any(c.dep_ == "mark" and c.lower_ in PARTICIPLE_MARKS for c in verb.children)
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and marked:
        return verb.head
    return None


CONSEQUENCE_VERBS = frozenset(
    {"kill", "wound", "injure", "leave", "destroy", "damage", "force", "prompt", "cause"}
    | {"spark", "trigger", "displace", "send", "bring", "raise", "drive", "take"}
)
"""Verbs of what an act brought about ("shelled villages killing five"): their participle
is the act's, also with no comma before it."""


def participle_hung_on_a_description(participle: Token) -> Token | None:
    """The clause a participle set off by a comma follows, where the parser hung it on a
    participle that describes that clause's object ("bombed a crowd gathered for a rally,
    killing scores": bombed, not gathered); None otherwise."""
    head = participle.head
    comma = participle.i > 0 and participle.doc[participle.i - 1].text == ","
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or not comma:
        return None
    if head.dep_ != "acl" or head.tag_ not in ("VBN", "VBD") or children(head, SUBJECT_DEPS):
        return None
    return governing_verb(head.head)


def _describes_noun_before(participle: Token) -> bool:
    """A participle the parser hung on the verb that describes the plural noun right before
    it, with no comma between ("fired tear gas at demonstrators demanding his resignation"):
    those people do it."""
    before = participle.doc[participle.i - 1] if participle.i else None
    return (
        before is not None
        and before.tag_ == "NNS"
        and before.dep_ in ("dobj", "pobj")
        and participle.lemma_.lower() not in CONSEQUENCE_VERBS
    )


RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})


def _antecedents(subjects: list[Token], verb: Token) -> list[Token]:
    """Subjects, a "who", "which" or "that" of a relative clause replaced by the subject or
    object the clause describes ("Abbas, who met Olmert": Abbas), or the passive agent
    ("condemned by the AU, which urged Dakar to ...": the AU); not another noun after a
    preposition, where the parser often hangs a clause that describes the noun before it
    ("a woman linked to Al-Qaeda who shot at officers"), nor a writing ("a UN resolution
    that would have extended aid" is no act of the UN), unless the preposition is a
    finite verb's own ("police fired at protesters who stormed parliament")."""
    head = verb.head
    anchor = _amount_of(head) or head  # "fired at thousands of people who had marched"
    after_a_verb = anchor.dep_ == "pobj" and _finite(anchor.head.head)
    if verb.dep_ != "relcl" or (
        anchor.dep_ == "pobj" and anchor.head.dep_ != "agent" and not after_a_verb
    ):
        return subjects
    if head.lemma_.lower() in DOCUMENT_NOUNS:
        return subjects
    relative = [s for s in subjects if s.lower_ in RELATIVE_SUBJECTS]
    if relative and _act_in_which(head):  # "sentenced them in a mass trial that drew ..."
        return verb_subjects(head.head.head)
    return [head if s.lower_ in RELATIVE_SUBJECTS else s for s in subjects]


COMPANION_ADVERBS = frozenset({"together", "along"})


def _companions(verb: Token, subjects: list[Token]) -> list[Token]:
    """Those who do the act "together with" or "along with" the subject, on the verb or
    on the subject ("Scholz travelled to Kyiv together with Macron and Draghi")."""
    return with_conjuncts(
        pobj
        for holder in (verb, *subjects)
        for prep in holder.children
        if prep.dep_ == "prep"
        and prep.lower_ == "with"
        and any(c.lower_ in COMPANION_ADVERBS for c in prep.children)
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


def _participle_joined_too_low(verb: Token) -> Token | None:
    """The participle clause an "-ing" participle was joined to, when the parser joined it
    to a passive participle inside that clause instead: "saying it was a civilian airship
    blown off course and accusing Washington" (accusing joins saying, not blown)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or verb.head.tag_ != "VBN":
        return None
    above = (a for a in verb.head.ancestors if a.tag_ == "VBG" and a.dep_ == "advcl")
    return next(above, None)


def _amount_of(noun: Token) -> Token | None:
    """The amount that counts a noun after its "of" ("thousands" of "thousands of
    people"), or None."""
    amount = noun.head.head
    of = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    return amount if of and counted_noun(amount) == noun else None


OCCASION_NOUNS = frozenset({"move", "step", "decision", "trial", "operation", "crackdown"})


def _act_in_which(noun: Token) -> bool:
    """Whether a noun after "in" names the act of the verb it hangs on ("expelled two
    diplomats in a move that drew criticism", "in a mass trial that drew condemnation"):
    what the clause on it says of it, it says of that verb's doers."""
    preposition = noun.head
    if (
        noun.dep_ != "pobj"
        or preposition.lower_ != "in"
        or noun.lemma_.lower() not in OCCASION_NOUNS
    ):
        return False
    return preposition.head.pos_ == "VERB" and _finite(preposition.head)


PERSONAL_RELATIVES = frozenset({"whom", "who"})


def _relative_objects(objects: list[Token], verb: Token) -> list[Token]:
    """Objects, a "whom" of a relative clause, or a "which" or "that" after a name,
    replaced by the noun the clause describes ("Rwanda, which Kinshasa accuses of sending
    troops": Rwanda); not a thing ("a deal that Ethiopia signed"), whose act is told only
    to describe it."""
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ not in ("NOUN", "PROPN"):
        return objects
    relatives = PERSONAL_RELATIVES | (RELATIVE_SUBJECTS if head.pos_ == "PROPN" else set())
    return [head if o.lower_ in relatives else o for o in objects]


CLAIM_NOUNS = frozenset({"claim", "charge", "accusation", "allegation"})
COMMENT_NOUNS = CLAIM_NOUNS | {
    *("move", "step", "decision", "ruling", "verdict", "gesture", "measure", "action"),
    *("announcement", "remark", "comment", "statement", "act", "order", "demand"),
    *("trip", "visit", "deal", "agreement", "pact", "accord", "treaty", "law", "bill"),
    *("plan", "proposal", "policy", "result", "findings", "meeting", "encounter"),
    *("strike", "attack", "assault", "raid", "offensive", "operation", "incursion"),
    *("deployment", "exercise", "drill", "test", "launch", "crackdown", "blockade"),
    *("invasion", "annexation", "intervention", "expulsion", "arrest", "conviction"),
    *("sentence", "execution", "seizure", "veto", "coup", "takeover", "killing", "murder"),
    *("bombing", "shooting", "shelling", "massacre", "kidnapping", "abduction", "detention"),
    *("ban", "closure", "suspension", "shutdown", "boycott", "sanction", "tariff"),
    *("curb", "restriction", "embargo"),
}
"""Nouns by which a clause after a comma comments on the one before ("..., a move Kyiv
denounced")."""


def hung_on_its_comment(clause: Token) -> bool:
    """Whether the parser hung a clause on the verb of a comment after it, whose object is
    a comment noun after a comma ("Armenia accused Azerbaijan of shelling, a charge Baku
    denied": accused): the comment does not govern what it comments on."""
    if clause.dep_ != "ccomp":
        return False
    for noun in children(clause.head, frozenset({"dobj", "nsubj"})):  # either, as parsed
        comma = after_a_comma(noun)
        if comma and noun.left_edge.i > clause.i and noun.lemma_.lower() in COMMENT_NOUNS:
            return True
    return False


def after_a_comma(token: Token) -> bool:
    """Whether a token's phrase starts right after a comma (", a move Kyiv denounced")."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text == ","


def _finite(word: Token) -> bool:
    """Whether a word is a finite verb ("fired", "fires")."""
    return word.tag_ in FINITE_TAGS and word.pos_ in ("VERB", "AUX")


def subject_parties(verb: Token) -> int:
    """How many parties the verb's subject names: its coordinated subjects ("Chile and Peru
    held drills"), or the countries coordinated after a plural role ("the navies of Chile
    and Peru held drills")."""
    subjects = verb_subjects(verb)
    if len(subjects) != 1 or subjects[0].tag_ not in ("NNS", "NNPS"):
        return len(subjects)
    if subjects[0].lemma_.lower() in PARTNER_NOUNS:  # "Western allies held drills"
        return 2
    if subjects[0].lemma_.lower() in STATE_PLURALS:  # "15 countries, including A and B"
        return max(1, len(with_conjuncts(prep_objects(subjects[0], ("including",)))))
    return max(1, len(prep_objects(subjects[0], ("of",))))


PARTNER_NOUNS = frozenset({"ally", "partner"})
"""Plural nouns that name several parties acting together."""
STATE_PLURALS = frozenset({"country", "nation", "state", "government", "member"})
"""Nouns that, plural, name several states, whom "including" may list."""


HOSTING_VERBS = frozenset({"tell", "meet", "receive", "host", "welcome", "thank", "greet"})


def attributive_visit(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """ "Xi met the visiting Russian minister", "talks with the visiting president": the
    visitor (the object "visiting" describes) and the host (the clause's subject). Also
    the parse that makes "visiting" the complement of a verb of meeting ("Xi told visiting
    Secretary Blinken that ...")."""
    if verb.lower_ != "visiting":
        return None
    visitor: Token | None = None
    clause: Token | None = None
    if verb.dep_ == "amod" and verb.head.dep_ in ("dobj", "pobj"):
        visitor, clause = verb.head, governing_verb(verb.head)
    elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in HOSTING_VERBS:
        found = children(verb, OBJECT_DEPS)
        if found and not children(verb.head, OBJECT_DEPS):
            visitor, clause = found[0], verb.head
    if visitor is None or clause is None:
        return None
    return with_conjuncts([visitor]), with_conjuncts(children(clause, SUBJECT_DEPS))


def _participle_subjects(head: Token, depth: int, participle: Token) -> list[Token]:
    """The doers of a participle after a clause: that clause's, or, when the clause is a
    parenthetical "witnesses said", those of the clause reported ("soldiers opened fire,
    witnesses said, killing five")."""
    if _toll_of_an_accident(head, participle):
        return []  # "a bus plunged off a road, killing 24 passengers": no one killed them
    alleged = alleged_acts(head)
    if alleged and participle.lemma_.lower() not in WORDING_VERBS:
        # "accused Russia of shelling a hospital, killing two nurses" (not "..., calling it")
        return verb_subjects(alleged[0], depth=depth + 1)
    reacted = reacted_clause(participle)
    if reacted is not None:  # "Milei said ..., drawing a rebuke"
        return verb_subjects(_speaking_clause(reacted), depth=depth + 1)
    if _suffered_subordinate(head) or toll_over_a_scene(participle):
        # "called a strike after his aides were shot, blaming"; "bombed a village as
        # residents gathered, killing 100"
        return verb_subjects(head.head, depth=depth + 1)
    speaker = speakers_verb(participle)
    if speaker is not None:  # "ordered the envoy to leave, accusing Paris"
        return verb_subjects(speaker, depth=depth + 1)
    wording = participle.lemma_.lower() in WORDING_VERBS
    reporter = _parenthetical_report(head, participle) if wording else None
    if reporter is not None:  # "Troops killed ten, Amnesty said, calling it a crime"
        return verb_subjects(reporter, depth=depth + 1)
    if head.lemma_.lower() not in REPORTING_VERBS or wording:
        return verb_subjects(head, depth=depth + 1)  # "Kyiv said ..., calling it a crime"
    reported = [child for child in head.children if child.dep_ == "ccomp"]
    # "announced their withdrawal, accusing the bloc of ...": no words reported
    return verb_subjects(reported[0] if reported else head, depth=depth + 1)


ACCIDENT_VERBS = frozenset(
    {"derail", "crash", "capsize", "plunge", "collapse", "overturn", "sink", "veer"}
    | {"skid", "collide", "topple"}
)
"""Verbs of what befalls a vehicle or a building: what follows from them is no one's act."""


def _toll_of_an_accident(clause: Token, participle: Token) -> bool:
    """Whether a participle of harm follows a clause of an accident ("a train derailed,
    killing 280 people"), whose subject did nothing to the dead; also a copula's clause
    that tells the accident in a relative clause ("Prigozhin was on the passenger list of a
    jet that crashed, killing all 10 people on board")."""
    if participle.lemma_.lower() not in CONSEQUENCE_VERBS:
        return False
    if clause.lemma_.lower() in ACCIDENT_VERBS:
        return True
    told = [t for t in clause.subtree if t.dep_ == "relcl" and t.i < participle.i]
    return clause.lemma_ == "be" and any(t.lemma_.lower() in ACCIDENT_VERBS for t in told)


SCENE_MARKS = frozenset({"as", "while", "when"})
TARGET_PREPS = frozenset({"at", "on", "against", "into", "toward", "towards"})


def toll_over_a_scene(participle: Token) -> bool:
    """Whether a participle of harm follows a clause under "as", "while" or "when" that
    only sets the scene, acting on no one ("bombed a village as residents gathered for a
    ceremony, killing 100"): the toll is the main clause's."""
    clause = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or clause.dep_ != "advcl":
        return False
    if participle.lemma_.lower() not in {"kill", "wound", "injure"}:
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in clause.children)
    acting = children(clause, OBJECT_DEPS) or prep_objects(clause, TARGET_PREPS)
    return marked and not acting


def _suffered_subordinate(clause: Token) -> bool:
    """Whether a clause is a passive one under "after", "as" or "when": what its subject
    suffered, so a participle after it is the main clause's."""
    marked = any(c.dep_ == "mark" for c in clause.children)
    return clause.dep_ == "advcl" and marked and is_passive(clause)


SPEAKING_VERBS = frozenset(
    {"order", "demand", "urge", "ask", "tell", "instruct", "command", "request", "press"}
    | {"deny", "say", "claim", "state", "announce"}
)
"""Verbs whose complement is what their subject wants another to do ("ordered the
ambassador to leave"), denies or says."""


def speakers_words(participle: Token) -> bool:
    """Whether a participle of words after a comma hangs on the complement of a demand, a
    denial or a statement ("ordered the French envoy to leave within 48 hours, accusing
    Paris of ...", "denied that its troops were fighting, dismissing the report"): the
    words are the speaker's, not those of the one the complement is about."""
    return speakers_verb(participle) is not None


def speakers_verb(participle: Token) -> Token | None:
    """The verb of demand, denial or statement whose speaker a participle of words speaks
    for (see ``speakers_words``), also after a second verb of the complement ("demanded
    that the junta release the president and restore order, threatening to use force")."""
    clause = participle.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    comma = participle.i > 0 and participle.doc[participle.i - 1].text == ","
    wording = participle.lemma_.lower() in WORDING_VERBS | ACCUSING_VERBS
    found = (
        participle.dep_ == "advcl"
        and participle.tag_ == "VBG"
        and comma
        and wording
        and clause.dep_ in ("xcomp", "ccomp")
        and clause.head.i < clause.i < participle.i  # not a closing "..., officials said"
        and clause.head.lemma_.lower() in SPEAKING_VERBS
    )
    return clause.head if found else None


def _parenthetical_report(clause: Token, participle: Token) -> Token | None:
    """The "X said" the parser set beside a clause, between it and a participle of words
    ("Troops killed ten, Amnesty said, calling the killings a crime": said)."""
    for child in clause.children:
        reporting = child.lemma_.lower() in REPORTING_VERBS
        if child.dep_ == "parataxis" and reporting and clause.i < child.i < participle.i:
            return child
    return None


def _speaking_clause(clause: Token) -> Token:
    """The clause that reports ``clause``, if it is reported ("said that X would ..."),
    else the clause itself."""
    reporting = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS
    return clause.head if reporting else clause


def reacted_clause(participle: Token) -> Token | None:
    """The act a participle of reaction answers: the clause it follows, or the one whose
    object that clause describes ("vetoed a resolution that would have threatened Syria,
    drawing criticism": vetoed); None for a participle of another verb."""
    if participle.lemma_.lower() not in REACTION_VERBS:
        return None
    head = participle.head
    governing = governing_verb(head.head) if head.dep_ == "relcl" else None
    head = governing if governing is not None else head
    while head.dep_ == "xcomp" and head.head.pos_ == "VERB":  # "agreed to deploy ..., drawing"
        head = head.head
    return head


REACTION_VERBS = frozenset({"draw", "earn", "attract"})
"""Verbs of the reaction words meet ("drawing a rebuke from London"): a participle of them
after a statement is the speaker's, not the doer's of what the speaker reported."""
WORDING_VERBS = REPORTING_VERBS | {
    *("call", "describe", "term", "label", "brand", "vow", "warn", "threaten", "demand"),
    *("urge", "insist", "deny", "dismiss", "condemn", "say", "thank", "praise", "welcome"),
    *("blame", "criticise", "criticize", "hail", "reject", "accuse"),
}
"""Verbs of words: a participle of them after an accusation is the accuser's ("accused
Kyiv of the attack, calling it terrorism")."""
ACCUSING_VERBS = frozenset({"accuse", "blame", "charge", "suspect"})
"""Verbs whose "of"/"for" gerund is the act alleged of their object ("accused Russia of
shelling")."""


DEED_ADJECTIVES = frozenset(
    {"guilty", "responsible", "complicit", "culpable", "instrumental", "involved", "engaged"}
)
"""Predicates that say their subject did the act of the gerund after them ("guilty of
shelling", "complicit in torturing"), unlike "capable of" or "opposed to"."""


COMMITTED_WORDS = frozenset({"committed", "dedicated", "devoted", "pledged"})
"""Participles whose "to" gerund their subject promises to do ("is committed to opening")."""


def committed_gerund(verb: Token) -> bool:
    """A gerund after "to" on "committed", "dedicated", "devoted" or "pledged" ("is
    committed to opening up the economy")."""
    head = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and head.lower_ == "to"
        and head.head.lower_ in COMMITTED_WORDS
    )


def means_of(verb: Token) -> Token | None:
    """The verb whose means a gerund after "by" is ("retaliated by expelling": retaliated),
    or None."""
    return verb.head.head if _gerund_of_means(verb) else None


def _gerund_of_means(verb: Token) -> bool:
    """A gerund after "by" on a verb: the means, done by the verb's subject ("retaliated by
    expelling the envoys"). Not a gerund after "after" or "before", the clause's background
    ("attacked after receiving reports"), nor after "without", what was not done."""
    head = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and head.dep_ == "prep"
        and head.lower_ == "by"
        and head.head.pos_ in ("VERB", "AUX")
    )


def _deed_adjective(word: Token) -> bool:
    """Whether a word is a predicate of deeds ("was guilty of") on a verb that has a subject."""
    return word.dep_ in ("acomp", "oprd") and word.lemma_.lower() in DEED_ADJECTIVES


def _accused_object(noun: Token) -> bool:
    """Whether a noun is the object of an accusing verb ("accused Chinese vessels")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in ACCUSING_VERBS


def alleged_acts(verb: Token) -> list[Token]:
    """The gerunds an accusing verb alleges ("accused Russia of shelling the city")."""
    if verb.lemma_.lower() not in ACCUSING_VERBS:
        return []
    return [
        gerund
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for")
        for gerund in prep.children
        if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG"
    ]


def finite_beside_an_infinitive(verb: Token) -> bool:
    """Whether a finite verb is joined to an infinitive complement, where the parser hung
    a second main verb ("called on Israel to halt construction and urged Palestinians to
    abandon violence": urged is Obama's, as called is)."""
    head = verb.head
    finite = verb.dep_ == "conj" and verb.tag_ in FINITE_TAGS
    return finite and with_to(head) and head.head.i != head.i


def misread_control_complement(verb: Token) -> bool:
    """Whether an infinitive the parser hung as a purpose clause is the complement of a
    prepositional control verb with its "on" object ("called on the ELN on Wednesday to
    halt attacks": the ELN is to halt them)."""
    head = verb.head
    control = head.lemma_.lower() in PREPOSITIONAL_CONTROL_VERBS
    return is_purpose(verb) and control and bool(prep_objects(head, OBJECT_CONTROL_PREPS))


def controllers(verb: Token) -> list[Token]:
    """Who the complement of an object-control verb is about ("urged B to", "called on B to")."""
    objects = children(verb, OBJECT_DEPS)
    if objects:
        return with_conjuncts(objects)
    if verb.lemma_.lower() not in PREPOSITIONAL_CONTROL_VERBS:
        return []  # "agreed on 4 May to ease": May does not ease
    return with_conjuncts(prep_objects(verb, OBJECT_CONTROL_PREPS))


def mutual(targets: Iterable[Token]) -> bool:
    """Whether a target is "each other", "one another" or "the other" (side): the subjects
    act on each other."""
    pairs = (("other", "each"), ("another", "one"), ("other", "the"), ("side", "other"))
    return any((t.lower_, c.lower_) in pairs for t in targets for c in t.children)


def between(noun: Token, phrases: Iterable[Token]) -> bool:
    """Whether the event noun is what its clause is about and a phrase is its object of
    "between" ("a truce between A and B began"): whatever it names, the two sides do it to
    each other. Not when the noun is another's object ("oversee a truce between A and B")."""
    if noun.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        return False
    for phrase in phrases:
        while phrase.dep_ == "conj" and phrase.head.i != phrase.i:
            phrase = phrase.head
        if phrase.dep_ == "pobj" and phrase.head.lower_ == "between":
            return True
    return False


def _clause_of_each(verb: Token, subjects: list[Token]) -> Token | None:
    """The clause whose subjects "each" (side) of a participle stands for ("Thai and
    Cambodian troops exchanged fire, with each side accusing the other", "..., each
    blaming the other"), else None."""
    each = any(s.lower_ == "each" or any(c.lower_ == "each" for c in s.children) for s in subjects)
    if not each or verb.tag_ != "VBG":
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return verb.head.head
    return verb.head if verb.dep_ == "advcl" else None


TIME_WORDS = frozenset(
    {*("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")}
    | {*("today", "tonight", "day", "days", "week", "weeks", "weekend", "month", "months")}
    | {*("year", "years", "morning", "afternoon", "evening", "night", "eve", "anniversary")}
)
"""Nouns of time: "on Friday" is when, never whom."""


TIME_SPANS = frozenset({"week", "day", "month", "year", "hour", "anniversary", "eve"})
"""Nouns of a span of time that an event noun after "of" dates ("within a week of")."""


def dates_another_act(noun: Token) -> bool:
    """Whether an event noun only dates another act: the object of "since" ("the first
    talks since the invasion") or of "of" after a span of time ("fled within a week of
    the offensive", "on the anniversary of the invasion"); not after spans that say how
    long it lasted ("after two days of clashes with protesters")."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "since":
        return True
    span = prep.head
    return prep.lower_ == "of" and span.lemma_.lower() in TIME_SPANS and span.tag_ != "NNS"


def lived_under(noun: Token) -> bool:
    """Whether an event noun is a state its subject is, stays or lives "under" ("Cuba has
    been under a U.S. embargo since 1962"), not news; "came under attack" is."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under":
        return False
    return prep.head.lemma_.lower() in STATE_VERBS


STATE_VERBS = frozenset({"be", "remain", "stay", "live", "languish"})


def came_under(noun: Token) -> Token | None:
    """The verb of coming "under" an event noun ("the convoy came under attack by rebels":
    came), whose "by" or "from" names the doers and whose subject suffered it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.lemma_.lower() != "come":
        return None
    return prep.head


TOPIC_PATH_DEPS = frozenset({"dobj", "nsubjpass", "pobj", "prep", "conj", "appos"})
TOPIC_PREPS = frozenset({"of", "to", "against", "over", "on", "for", "as"})


def verb_of_topic(noun: Token) -> Token | None:
    """The verb whose object (or the object of whose object's prepositions) the noun is:
    "condemned" for "the attack" in "condemned the attack on Abu Dhabi", "demand" in
    "demand an end to the embargo"; None when a clause or another word comes between, or
    for a journey the verb is done on ("thanked Putin on a visit to Moscow")."""
    if journey_on(noun):
        return None
    word = noun
    while word.dep_ in TOPIC_PATH_DEPS and word.head.i != word.i:
        if word.dep_ == "prep" and word.lower_ not in TOPIC_PREPS:
            return None
        head = word.head
        if head.pos_ in ("VERB", "AUX"):
            return head if word.dep_ in ("dobj", "nsubjpass", "prep") else None
        word = head
    return None


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the token's prepositions whose word is in ``preps``, but no time ("called
    on Friday")."""
    wanted = set(preps)
    found = []
    for prep in token.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in wanted:
            found += [
                child
                for child in prep.children
                if child.dep_ == "pobj"
                and child.lower_ not in TIME_WORDS
                and not _misread_speaker(child)
            ]
    return with_conjuncts(found)


def _misread_speaker(noun: Token) -> bool:
    """A noun after a comma that the parser hung on an earlier preposition though it is
    the subject of the reporting verb right after it ("an air strike against militants
    near Jilib, U.S. Africa Command said")."""
    first, last = noun.left_edge, noun.right_edge
    after = noun.doc[last.i + 1] if last.i + 1 < len(noun.doc) else None
    comma = first.i > 0 and noun.doc[first.i - 1].text == ","
    return (
        comma
        and after is not None
        and after.lemma_.lower() in REPORTING_VERBS
        and not _grammatical_subjects(after)
    )


def direct_objects(verb: Token) -> list[Token]:
    """The verb's direct object, or its passive subject, or a dative."""
    if _passive_participle(verb):
        return with_conjuncts([verb.head])  # "soldiers killed in the attack"
    if misread_relative(verb):  # "the men jailed for spying were freed": the men
        return with_conjuncts(children(verb, SUBJECT_DEPS))
    if verb.dep_ == "conj" and _subjectless_passive(verb):  # "attacked and were repelled"
        return with_conjuncts(children(verb.head, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS))
    deps = PASSIVE_SUBJECT_DEPS if is_passive(verb) else OBJECT_DEPS
    found = _without_comment_objects(children(verb, deps)) or children(verb, frozenset({"dative"}))
    if deps is PASSIVE_SUBJECT_DEPS:
        found = _antecedents(found, verb)  # "the journalist, who was arrested"
    else:
        found = _relative_objects(found, verb)  # "Rwanda, which it accuses of ..."
    timed = _timed_participle(verb) if deps is PASSIVE_SUBJECT_DEPS and not found else None
    if timed is not None:  # "stabbed two officers before being shot dead": the stabber
        found = _grammatical_subjects(timed)
    if not found and deps is OBJECT_DEPS:
        found = _small_clause_subjects(verb) or _shared_object(verb) or _object_gap(verb)
    if not found and deps is OBJECT_DEPS:
        found = _describing_participle_misread(verb)
    if not found and deps is OBJECT_DEPS:
        misread = _object_taken_for_a_subject(verb)
        return [misread] if misread is not None else []
    return with_conjuncts(found)


def _object_taken_for_a_subject(participle: Token) -> Token | None:
    """The object of a participle with none, which the parser made the first subject of a
    clause joined after it ("struck a school, killing 22 people, and Hamas ... accused
    Israel": "people" and Hamas the subjects of "accused")."""
    if participle.tag_ != "VBG" or participle.i + 1 >= len(participle.doc):
        return None
    after = participle.doc[participle.i + 1]
    noun = after if after.dep_ in SUBJECT_DEPS else _phrase_head(after)
    if noun is None or noun.dep_ not in SUBJECT_DEPS or noun.left_edge.i != participle.i + 1:
        return None
    return noun if children(noun, frozenset({"conj"})) else None


def _phrase_head(token: Token) -> Token | None:
    """The noun a word before it modifies ("at least 22 people": people)."""
    current = token
    for _ in range(4):
        if current.pos_ in ("NOUN", "PROPN"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _headline_pair(verb: Token) -> list[Token]:
    """The first of a headline's two subjects joined by a comma, which the parser hangs on
    the verb as a modifier ("Colombia, ELN rebels agree to ceasefire": Colombia), or makes
    the root with the verb beside it ("Pashinyan, Aliyev hold talks")."""
    if verb.dep_ not in ("ROOT", "parataxis") or verb.tag_ not in ("VBP", "VB"):
        return []
    first = verb.doc[verb.sent.start]
    head = first if first.pos_ in ("NOUN", "PROPN") else first.head
    comma = verb.doc[head.i + 1] if head.i + 1 < len(verb.doc) else None
    modifier = head.head.i == verb.i and head.dep_ in ("npadvmod", "dep")
    beside = verb.dep_ == "parataxis" and verb.head.i == head.i and head.dep_ == "ROOT"
    if not (modifier or beside):
        return []
    followed = comma is not None and comma.text == "," and comma.i + 1 < verb.i
    return [head] if followed and any(c.dep_ == "nsubj" for c in verb.children) else []


def _a_participles_object(subject: Token) -> bool:
    """Whether a subject is the object of a participle right before it (see
    ``_object_taken_for_a_subject``)."""
    first = subject.left_edge.i
    taken = _object_taken_for_a_subject(subject.doc[first - 1]) if first > 0 else None
    return taken is not None and taken.i == subject.i


def _describing_participle_misread(verb: Token) -> list[Token]:
    """The object of a participle the parser took for the verb's clause, though it only
    describes the verb's object ("Xi received visiting Spanish Prime Minister Sanchez":
    Sanchez; "police detained ousted President Castillo": Castillo)."""
    return [
        obj
        for child in verb.children
        if child.i == verb.i + 1 and _describing_participle(child)
        for obj in children(child, OBJECT_DEPS)
    ]


def _describing_participle(word: Token) -> bool:
    """A lower-case "visiting", or past participle (which the tagger may take for a past
    tense), with no subject, auxiliary or mark."""
    if word.dep_ not in ("xcomp", "advcl", "ccomp") or not word.text.islower():
        return False
    if word.lower_ != "visiting" and word.tag_ not in ("VBN", "VBD"):
        return False
    return not children(word, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | _CLAUSE_MARKS)


def _object_gap(verb: Token) -> list[Token]:
    """The noun a relative clause with a subject of its own and no object describes, which
    is its object: of an accusation ("arrested two citizens they accused of plotting": the
    citizens) or of a past act ("freed schoolchildren they had kidnapped"); not of a state
    ("the hostages it holds"), nor a writing or a comment ("the deal Ethiopia signed")."""
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ not in ("NOUN", "PROPN"):
        return []
    past = verb.tag_ in ("VBD", "VBN") and not children(verb, CLAUSE_DEPS)
    accusing = verb.lemma_.lower() in ACCUSING_VERBS
    if not (accusing or past) or head.lemma_.lower() in DOCUMENT_NOUNS | COMMENT_NOUNS:
        return []
    subjects = children(verb, SUBJECT_DEPS)
    own = subjects and all(s.lower_ not in RELATIVE_SUBJECTS for s in subjects)
    return [verb.head] if own else []


def _without_comment_objects(objects: list[Token]) -> list[Token]:
    """A verb's objects but a second one after a comma, which the parser hung on the verb
    but which describes the first or the act ("visited Kyiv on Friday, the first trip by
    an Indian leader"), and but a comment on the clause ("spoke by telephone on Monday,
    after which Trump said talks would start, a claim Kyiv greeted with caution")."""
    objects = [o for o in objects if not _comment_after_a_comma(o)]
    if len(objects) < 2:
        return objects
    first = objects[0]
    return [first, *(o for o in objects[1:] if not after_a_comma(o))]


def appended_object(noun: Token) -> bool:
    """Whether an object is one the parser hung on a verb after a comma, beside its own
    object, which describes the object or the act ("hosted Maduro on Monday, the
    Venezuelan leader's first visit in eight years")."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.i < verb.i:
        return False
    objects = [o for o in children(verb, frozenset({"dobj"})) if o.i < noun.i]
    return bool(objects) and after_a_comma(noun)


def _comment_after_a_comma(noun: Token) -> bool:
    """A comment noun after a comma with a clause describing it (", a claim Kyiv greeted",
    ", a move Beijing condemned")."""
    described = any(c.dep_ in ("relcl", "acl") for c in noun.children)
    return after_a_comma(noun) and described and noun.lemma_.lower() in COMMENT_NOUNS


def _shared_object(verb: Token) -> list[Token]:
    """The object a verb shares with the verb joined right after it ("stabbed and wounded
    two officers": the officers were stabbed too); none when the verb has a phrase of its
    own or the second verb a subject of its own."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or any(c.dep_ == "prep" for c in verb.children):
        return []
    joiner, second = doc[verb.i + 1], doc[verb.i + 2]
    if joiner.dep_ != "cc" or second.dep_ != "conj" or second.head.i != verb.i:
        return []
    if second.tag_ != verb.tag_ or children(second, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        return []
    return children(second, OBJECT_DEPS)


LETTING_VERBS = frozenset({"allow", "permit", "let", "enable", "help", "force", "compel"})
"""Verbs whose object the parser may make the subject of the infinitive after it."""


def _small_clause_subjects(verb: Token) -> list[Token]:
    """The noun the parser made the subject of a gerund after the verb, its object in truth
    ("will not accept refugees fleeing the war": "refugees" the subject of "fleeing"), or
    of an infinitive after a verb of letting ("allow the ship to dock": the ship)."""
    letting = verb.lemma_.lower() in LETTING_VERBS
    return [
        subject
        for clause in verb.children
        if clause.dep_ == "ccomp"
        and clause.i > verb.i
        and (clause.tag_ == "VBG" or (letting and clause.tag_ == "VB"))
        and not children(clause, frozenset({"mark"}))
        and (letting or not children(clause, frozenset({"aux"})))
        for subject in children(clause, SUBJECT_DEPS)
        if subject.pos_ in ("NOUN", "PROPN")
    ]


PREDICATIVE_DEPS = frozenset({"oprd", "acomp"})


def predicatives(verb: Token) -> list[Token]:
    """The adjectives after a verb that say what it made of its object ("shot dead",
    "beaten unconscious", "found guilty")."""
    return [c for c in children(verb, PREDICATIVE_DEPS) if c.i > verb.i and c.pos_ == "ADJ"]


def misread_objects(verb: Token) -> list[Token]:
    """Nouns after the verb that the tagger took for its adverbs, as a number or a noun
    stands before them ("will contribute a million Austrian gold florin": "florin"; "eased
    curfew hours": "hours", an adverbial noun to the parser), or for its clause ("halted
    fighting")."""
    return [child for child in verb.children if child.i > verb.i and _misread_object(child)]


def _misread_object(child: Token) -> bool:
    """A noun the parser made a clause ("halted fighting"), or an adverb with a number or a
    noun before it ("a million Austrian gold florin")."""
    if child.dep_ == "xcomp":
        return child.pos_ == "NOUN"
    counted = (g.dep_ in ("nummod", "compound") and g.i < child.i for g in child.children)
    return child.dep_ in ("advmod", "npadvmod") and any(counted)


_CLAUSE_MARKS = frozenset({"nsubj", "nsubjpass", "mark", "aux"})


def is_clause_verb(token: Token) -> bool:
    """A verb, or a complement the tagger took for a noun but that heads a clause: the
    subjunctive after "demand that" ("demanded that the president resign", where "resign"
    is tagged a noun yet has a subject and "that")."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    return token.dep_ in COMPLEMENT_DEPS and any(c.dep_ in _CLAUSE_MARKS for c in token.children)


def clause_subjects(clause: Token) -> list[Token]:
    """The named subjects of a finite clause ("that Israel withdraw"); a pronoun ("that it
    would") names no one new."""
    return with_conjuncts(s for s in children(clause, SUBJECT_DEPS) if s.pos_ != "PRON")


def content_clause_subjects(noun: Token) -> list[Token]:
    """The named subjects, active or passive, of a "that" clause that says what a noun
    holds ("hopes that Peru would join", "fears that Chile could be drawn in"); not of a
    relative clause ("the hopes that Peru raised")."""
    clauses = [
        c
        for c in noun.children
        if c.dep_ in ("acl", "ccomp")
        and is_clause_verb(c)
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]
    deps = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
    return with_conjuncts(s for c in clauses for s in children(c, deps) if s.pos_ != "PRON")


def complements(verb: Token) -> list[Token]:
    """Clausal complements of the verb, including those attached to its object, and its
    purpose clauses ("gathered to protest")."""
    found = children(verb, COMPLEMENT_DEPS)
    for obj in children(verb, OBJECT_DEPS):
        found += children(obj, frozenset({"acl", "relcl", "xcomp"}))
    return found + [c for c in verb.children if is_purpose(c)]


MEANS_VERBS = frozenset(
    {"use", "deploy", "send", "dispatch", "employ", "mobilise", "mobilize", "fire"}
)


def _of_means(verb: Token) -> bool:
    """A verb whose object is the means of its purpose clause ("police used batons to
    disperse the crowd"), unlike "summoned the envoy to protest"."""
    return verb.lemma_.lower() in MEANS_VERBS


def is_purpose(clause: Token) -> bool:
    """Whether a clause is an infinitive of purpose ("gathered outside parliament to
    denounce the law"), also one the parser made the complement of a verb of means
    ("fired stun grenades and rubber bullets to disperse the protesters")."""
    purpose = clause.dep_ == "advcl" or (clause.dep_ == "xcomp" and _of_means(clause.head))
    return purpose and with_to(clause)


# Children of a verb whose phrases PETRARCH searches for a target; clauses below the verb
# ("after crowds stormed the consulate") are not searched.
TARGET_PHRASE_DEPS = frozenset({"dobj", "dative", "prep", "attr", "oprd", "npadvmod", "advmod"})
# What follows a noun without being part of its noun phrase: its phrases and clauses.
AFTER_NOUN_DEPS = frozenset({"prep", "acl", "relcl"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})


def phrase_tokens_after(verb: Token) -> list[Token]:
    """The tokens of the verb's object and prepositional phrases after it, and of its
    infinitive of purpose ("signed an accord to supply Chile with wheat"), in text order,
    without the clauses inside them: where PETRARCH looks for an unmarked target."""
    found: list[Token] = []
    for child in verb.children:
        if child.i < verb.i:
            continue
        if (child.dep_ in TARGET_PHRASE_DEPS and not _occasion(child)) or is_purpose(child):
            found += _phrase_tokens(child)
        found += [t for named in _named_by_what(child) for t in _phrase_tokens(named)]
        for words in (c for c in child.children if c.dep_ == "pcomp" and c.i > verb.i):
            # "fired missiles at what they said were bases of the opposition"
            found += [
                t for c in words.children for n in _named_by_what(c) for t in _phrase_tokens(n)
            ]
    return sorted(found, key=lambda token: token.i)


def says_what_a_thing_is(verb: Token) -> bool:
    """Whether a verb of words in a free relative only says what a thing is ("fired at what
    they said were bases", "in what Beijing called a warning"): no statement of its own."""
    if verb.dep_ == "ROOT" or verb.lemma_.lower() not in WORDING_VERBS:
        return False
    what = [c for c in verb.children if c.lower_ == "what"]
    what += (
        [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.lower_ == "what"]
        if verb.lemma_.lower() in REPORTING_VERBS
        else []
    )  # not "condemned what it called"
    return bool(what)


def named_by_what(verb: Token) -> list[Token]:
    """What a free relative of naming that is a verb's object names ("condemned what it
    called the government's brutal treatment of protesters": treatment); none when the
    verb has no such object."""
    return [
        named
        for c in verb.children
        if c.dep_ == "ccomp" and c.lemma_.lower() in NAMING_LEMMAS
        and any(g.lower_ == "what" and g.i < c.i for g in c.children)
        for named in _named_by_what(c)
    ]  # fmt: skip


NAMING_LEMMAS = frozenset({"call", "describe", "term", "label", "brand", "dub"})
"""Verbs of naming whose free relative ("what it called ...") names an act."""


def _named_by_what(clause: Token) -> list[Token]:
    """What a free relative object names ("struck what the military described as a Hamas
    depot", "hit what it called terrorist targets"): the phrase after "as", or the
    predicate of "called"."""
    if clause.dep_ != "ccomp" or not any(c.lower_ == "what" for c in clause.children):
        return []
    named = [
        c for c in clause.children if c.dep_ in ("oprd", "attr", "dobj") and c.lower_ != "what"
    ]
    named += [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"]
    return named


OCCASION_PREPOSITIONS = frozenset(
    {"after", "before", "during", "amid", "following", "despite", "since", "until"}
    | {"through", "via"}  # the way, not whom it is for: "fuel to Gaza through Egypt"
    | {"as"}  # a capacity: "resigned as prime minister"
)


BEHEST_NOUNS = frozenset({"request", "behest", "urging", "initiative", "invitation"})
SPONSOR_NOUNS = frozenset({"auspice", "auspex", "mediation", "sponsorship", "supervision"})
"""Nouns of whose auspices an act is ("auspex": spaCy's lemma of "auspices")."""


def _occasion(phrase: Token) -> bool:
    """A phrase of time or circumstance ("seized the town after fighting with the army",
    "refused, with Prime Minister Orban saying ..."), of whose request or auspices it was
    ("met at the request of France", "talks under Turkish auspices"), or of who says so
    ("according to the governor"), which names no one the act is done to."""
    if phrase.dep_ != "prep":
        return False
    requested = phrase.lower_ == "at" and any(
        child.dep_ == "pobj" and child.lemma_.lower() in BEHEST_NOUNS for child in phrase.children
    )
    absolute = phrase.lower_ == "with" and any(
        child.dep_ == "pcomp" and child.tag_ == "VBG" for child in phrase.children
    )
    return (
        requested
        or absolute
        or _sponsor_or_teller(phrase)
        or _medium(phrase)
        or phrase.lower_ in OCCASION_PREPOSITIONS
    )


MEDIUM_NOUNS = frozenset({"television", "tv", "radio", "airwave", "website", "telephone", "phone"})
"""Nouns of the channel words go by ("announced on national television"); not those of a
broadcaster or a platform, which can be targets ("a fine on Facebook")."""


def _medium(phrase: Token) -> bool:
    """A phrase of the channel words went by ("announced on state television"), which
    names no one they are aimed at."""
    return phrase.lower_ in ("on", "over", "by") and any(
        child.dep_ == "pobj" and child.lemma_.lower() in MEDIUM_NOUNS for child in phrase.children
    )


def _sponsor_or_teller(phrase: Token) -> bool:
    """A phrase of whose auspices an act was, or of who says so ("talks under Turkish
    auspices", "according to the governor"), on the verb or inside its phrases."""
    if phrase.dep_ != "prep":
        return False
    if phrase.lower_ in ("according", "per"):
        return True
    return phrase.lower_ == "under" and any(
        child.dep_ == "pobj" and child.lemma_.lower() in SPONSOR_NOUNS for child in phrase.children
    )


PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside", "around", "throughout"})


def names_the_place(token: Token, verb: Token) -> bool:
    """Whether a token is in the noun phrase right after a preposition of place on the verb
    or its object ("met in Moscow", "celebrated Iftar in Cairo"), not deeper ("in the
    dispute with Kyiv")."""
    current = token
    while current.head.i != current.i and current.dep_ not in ("pobj", "prep"):
        current = current.head  # up to the phrase's head noun
    if current.dep_ != "pobj" and current.head.dep_ != "prep":
        return False
    prep = current.head
    if prep.lower_ not in PLACE_PREPOSITIONS:
        return False
    owner = prep.head
    on_verb = owner.i == verb.i or (owner.dep_ == "dobj" and owner.head.i == verb.i)
    on_verb = on_verb or (prep.lower_ == "at" and _verbs_prepositional_object(owner, verb))
    nested = owner.dep_ == "pobj" and owner.i != token.i and names_the_place(owner, verb)
    return on_verb or nested  # "met at the summit in Osaka": Osaka too


def _verbs_prepositional_object(noun: Token, verb: Token) -> bool:
    """Whether a noun is the object of a preposition on the verb ("agreed to a ceasefire
    at talks in Malaysia", where the parser hung "at" on the ceasefire)."""
    return noun.dep_ == "pobj" and noun.head.head.i == verb.i


def only_near(token: Token) -> bool:
    """Whether a token is in the noun phrase after "near": a place close to the act."""
    current = token
    while current.head.i != current.i and current.dep_ != "pobj":
        current = current.head
    return current.dep_ == "pobj" and current.head.lower_ == "near"


def _phrase_tokens(token: Token) -> list[Token]:
    """A phrase's tokens, with a present participle or an infinitive that describes a noun
    ("the roads leading into the city", "efforts to stop the march") but no other clause;
    a noun the parser took for a clause is still the phrase's ("an anti- Chile march", where
    "anti-" became the head and "march" its relative clause)."""
    found = [token]
    for child in token.children:
        if _sponsor_or_teller(child):  # "talks under Turkish auspices"
            continue
        if child.dep_ == "appos" and _misread_speaker(child):  # "..., an army spokesman said"
            continue
        if child.dep_ == "conj" and _finite_verb_of_a_noun(token, child):
            continue  # "said it was planned days ahead and called on Riyadh": no phrase
        if child.dep_ not in CLAUSE_DEPS or _describes_noun(child):
            found += _phrase_tokens(child)
    return found


def _describes_noun(clause: Token) -> bool:
    """A present participle or an infinitive describing a noun, or a noun taken for a
    relative clause."""
    if clause.dep_ not in ("acl", "relcl"):
        return False
    if clause.pos_ in ("NOUN", "PROPN"):
        return True
    return clause.dep_ == "acl" and (clause.tag_ == "VBG" or with_to(clause))


def names_object(
    token: Token, lemma: str, modifiers: tuple[str, ...] = (), glued: tuple[str, ...] = ()
) -> bool:
    """Whether an object is the noun ``lemma`` or a compound of it ("artillery shells"),
    or has it as its adjective (a PETRARCH "* DIPLOMATIC" codes "diplomatic ties"), with
    each of ``modifiers`` among the words before it ("full diplomatic ties") and the
    ``glued`` words right before it, in order ("cultural memos", not "cultural secret
    memos")."""
    counted = counted_noun(token)
    if counted is not None and names_object(counted, lemma, modifiers, glued):
        return True  # "fired dozens of rockets"; "rounds of their own" are rounds
    funds = _sum_of(token)  # "froze $2 billion in funds", or "pledged $2 billion" itself
    if funds is not None and names_object(funds, lemma, modifiers, glued):
        return True
    if modifiers and not set(modifiers) <= _words_before(token):
        return False
    if glued:
        return _is_word(token, lemma) and _glued_before(token, glued)
    return (
        token.lemma_.lower() == lemma
        or has_modifier(token, lemma)
        or _named_by_apposition(token, lemma)
    )


def _named_by_apposition(noun: Token, lemma: str) -> bool:
    """Whether an apposition names the object as ``lemma`` ("dissolved the main opposition
    Cambodia National Rescue Party", parsed as "opposition" with "Party" beside it); not
    one after a comma, which comments on the act ("made a stopover, the first visit")."""
    doc = noun.doc
    return any(
        c.dep_ == "appos"
        and c.lemma_.lower() == lemma
        and not any(t.text == "," for t in doc[noun.i : c.left_edge.i])
        for c in noun.children
    )


def has_modifier(noun: Token, lemma: str) -> bool:
    """Whether a compound or adjective of the noun has this lemma ("artillery fire")."""
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() == lemma for c in noun.children)


COUNTING_NOUNS = frozenset(
    {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores"}
    | {"barrage", "volley", "salvo", "wave", "series", "number", "couple", "pair", "batch"}
    | {"team", "contingent", "round", "rounds"}
    | {"some", "many", "most", "several", "all", "part", "rest", "majority", "half"}
    | {"first", "last", "remainder", "bulk", "raft", "slew", "string", "host", "package"}
    | {"flurry", "spate", "range", "array", "list", "group", "groups"}
    | {"ton", "tons", "tonne", "tonnes", "truckload", "truckloads", "planeload", "planeloads"}
    | {"shipment", "shipments", "consignment", "consignments", "load", "loads"}
    | {"hour", "hours", "day", "days", "week", "weeks", "month", "months"}  # "hours of talks"
)


CURRENCIES = frozenset(
    {"euro", "dollar", "pound", "yen", "yuan", "rupee", "franc", "shekel", "ruble", "rouble"}
    | {"peso", "naira", "rand", "lira", "dinar", "riyal", "dirham"}
)
"""Currencies, whose sums count the thing after "in": "22 billion euros in funds" (not
"$40 million in aid", which a pattern may name by its amount: ``pledge +million``)."""


def counted_noun(token: Token) -> Token | None:
    """What an amount counts ("dozens of rockets", "a barrage of missiles", "20 of the
    prisoners"): the noun after its "of"."""
    counting = {token.lower_, token.lemma_.lower()} & COUNTING_NOUNS  # "volleys of"
    if not counting and token.pos_ != "NUM":
        return None
    found = prep_objects(token, ("of",))
    return found[0] if found else None


CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥", "US$"})
LARGE_NUMBERS = frozenset({"million", "billion", "trillion"})


def _sum_of(token: Token) -> Token | None:
    """What a sum of a currency is in: "22 billion euros in cohesion funds", "$700 million
    in emergency assistance": the funds, the assistance."""
    signed = token.lower_ in LARGE_NUMBERS and any(c.text in CURRENCY_SIGNS for c in token.children)
    if token.lemma_.lower() not in CURRENCIES and not signed:
        return None
    found = prep_objects(token, ("in",))
    return found[0] if found else None


LARGE_COUNTS = {"hundreds": 100, "thousands": 1000, "millions": 1000000}


def counts_at_least(noun: Token, number: int) -> bool:
    """Whether a noun phrase counts ``number`` or more ("at least 300 civilians",
    "hundreds of villagers")."""
    if LARGE_COUNTS.get(noun.lower_, 0) >= number:
        return True
    for child in noun.children:
        digits = child.text.replace(",", "")
        if child.dep_ == "nummod" and digits.isdigit() and int(digits) >= number:
            return True
    return False


def _glued_before(token: Token, words: tuple[str, ...]) -> bool:
    """Whether ``words`` stand right before the token, in order, in its sentence."""
    start = token.i - len(words)
    if start < token.sent.start:
        return False
    return all(_is_word(token.doc[start + n], word) for n, word in enumerate(words))


def _words_before(token: Token) -> set[str]:
    """The words and lemmas of a noun phrase before its head."""
    before = [t for t in token.subtree if t.i < token.i]
    return {t.lower_ for t in before} | {t.lemma_.lower() for t in before}


def verb_words(verb: Token, words: tuple[str, ...]) -> list[Token] | None:
    """The tokens that stand for ``words``, in that order, before the verb in its clause or
    a clause above it ("did not clash", "said it would not attack", "heavily criticized"),
    or adverbs of the verb after it ("responded angrily"); None when one is missing. A
    word matches a token's form or lemma; words joined by ``_`` (``death_total``) must be
    adjacent, and words ending in ``.`` (``failed_to.``) stand right before the verb, or
    before its perfect auxiliary ("planes have bombed")."""
    chain = {verb.i, *(ancestor.i for ancestor in verb.ancestors)}
    candidates = [t for t in verb.sent if t.i < verb.i and _in_clauses(t, chain)]
    candidates += [c for c in verb.children if c.i > verb.i and c.dep_ == "advmod"]
    found: list[Token] = []
    for word in sorted(words, key=lambda w: w.endswith(".")):  # glued words last
        parts = word.removesuffix(".").split("_")
        if word.endswith("."):
            start = _glued_start(verb, parts)
            start = start if start is not None and start in candidates else None
        else:
            start = next((t for t in candidates if _starts_words(t, parts, verb)), None)
        if start is None:
            return None
        found += [start.doc[start.i + n] for n in range(len(parts))]
        candidates = [t for t in candidates if t.i >= start.i + len(parts)]
    return found


def _glued_start(verb: Token, words: list[str]) -> Token | None:
    """The first of ``words`` when they stand right before the verb, with only the verb's
    perfect auxiliary between ("failed to agree", "planes have bombed"); else None."""
    end = verb.i
    while end > verb.sent.start and _perfect_auxiliary(verb.doc[end - 1], verb):
        end -= 1
    start = end - len(words)
    if start < verb.sent.start:
        return None
    tokens = [verb.doc[i] for i in range(start, end)]
    return tokens[0] if all(map(_is_word, tokens, words)) else None


def _perfect_auxiliary(token: Token, verb: Token) -> bool:
    return token.head.i == verb.i and token.dep_ == "aux" and token.lemma_.lower() == "have"


def _starts_words(token: Token, words: list[str], verb: Token) -> bool:
    """Whether ``words`` stand one after the other from ``token``, on its side of the verb."""
    end = verb.i if token.i < verb.i else verb.sent.end
    if token.i + len(words) > end:
        return False
    return all(_is_word(token.doc[token.i + n], word) for n, word in enumerate(words))


def _in_clauses(token: Token, chain: set[int]) -> bool:
    """Whether a token belongs to one of the clauses whose verbs are ``chain``: its way up
    reaches one of them without passing through another verb ("who never lies")."""
    current = token
    for _ in range(40):
        if current.i in chain:
            return True
        if current.pos_ == "VERB":
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _is_word(token: Token, word: str) -> bool:
    return word in (token.lower_, token.lemma_.lower()) or (word == "not" and token.lower_ == "n't")


ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "dative"})


def is_argument_of(token: Token, verb: Token) -> bool:
    """Whether the token heads the verb's subject or object ("condemned an attack", "the
    launch of an attack"), not a phrase inside it ("difficulties due to sanctions")."""
    current = token
    while current.head.i != current.i and current.i != verb.i:
        if current.dep_ == "pobj" and current.head.lower_ != "of":
            return False
        if current.dep_ in ARGUMENT_DEPS and current.head.i == verb.i:
            return True
        current = current.head
    return False


def has_particles(verb: Token, particles: tuple[str, ...]) -> bool:
    """Whether every particle of a pattern hangs off the verb; a preposition counts only
    right after the verb or its adverbs ("ruled against", "sent in troops", "pushed hard
    for"; not "sent troops in Sudan"), or as "out of" anywhere ("pulled its troops out of
    Syria")."""
    words = {
        child.lower_
        for child in verb.children
        if child.dep_ in PARTICLE_DEPS
        and (child.dep_ != "prep" or _right_after(verb, child) or _out_of(child))
    }
    return all(particle in words for particle in particles)


def _out_of(word: Token) -> bool:
    """Whether a preposition is the "out" of "out of"."""
    return word.lower_ == "out" and any(c.lower_ == "of" for c in word.children)


def _right_after(verb: Token, word: Token) -> bool:
    """Whether nothing but the verb's own adverbs stands between the verb and a word after
    it ("pushed hard for", "ruled swiftly against")."""
    between = verb.doc[verb.i + 1 : word.i]
    return word.i > verb.i and all(
        t.dep_ == "advmod" and t.head.i == verb.i and t.pos_ == "ADV" for t in between
    )


def stranded_modifier(gerund: Token) -> Token | None:
    """The modifier the parser left as a preposition's object before an event gerund it
    hung on the verb ("wounded in Israeli shelling": "Israeli" the object of "in",
    "shelling" a clause of "wounded"; "in Israeli tank shelling"); None when the gerund
    has arguments of its own."""
    if gerund.tag_ != "VBG" or gerund.i == 0 or children(gerund, SUBJECT_DEPS | OBJECT_DEPS):
        return None
    before = gerund.doc[gerund.i - 1]
    stranded = (
        before.dep_ == "pobj"
        and before.pos_ in ("ADJ", "PROPN", "NOUN")
        and all(child.dep_ in ("amod", "compound") for child in before.children)
        and before.head.head.i == gerund.head.i
    )
    return before if stranded else None


def noun_modifiers(noun: Token) -> list[Token]:
    """The noun's possessive, compound and adjective modifiers ("Russia's", "US", "Russian"),
    also one the parser stranded before an event gerund ("in Israeli shelling")."""
    stranded = stranded_modifier(noun)
    found = children(noun, MODIFIER_DEPS) + ([stranded] if stranded is not None else [])
    found += [
        grand
        for child in found
        if child.dep_ == "compound"
        for grand in child.children
        if grand.dep_ in ("compound", "punct", "amod")
    ]
    return [token for token in found if token.dep_ != "punct"]


def misread_object(token: Token) -> bool:
    """A word right after a light verb that the tagger took for an adjective or adverb
    where a headline drops the article ("Turkey launches offensive in Syria")."""
    head = token.head
    return (
        token.pos_ in ("ADJ", "ADV")
        and token.dep_ in ("advmod", "amod", "acomp", "oprd")
        and head.i == token.i - 1
        and head.pos_ == "VERB"
        and head.lemma_.lower() in LIGHT_VERBS
    )


def light_verb(noun: Token) -> Token | None:
    """The light verb whose object the noun is, so that the verb's subject did the event
    ("launched an offensive"); also through a noun of amount ("announced $33 million in
    assistance", "a threefold rise in funding")."""
    if misread_object(noun):  # "Turkey launches offensive in Syria"
        return noun.head
    while noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of"):
        amount = noun.head.head
        if not _is_amount(amount):
            return None
        noun = amount
    light = noun.dep_ in LIGHT_VERB_OBJECT_DEPS and noun.head.lemma_.lower() in LIGHT_VERBS
    if light and not appended_object(noun):  # not "hosted Maduro, his first visit"
        return noun.head
    return noun.head if _cut_short(noun) else None


def _cut_short(noun: Token) -> bool:
    """Whether a journey or meeting is the object of "cut short", which says it took
    place ("Modi cut short a visit to Saudi Arabia")."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in JOURNEYS | MEETINGS:
        return False
    return verb.lemma_.lower() == "cut" and any(c.lower_ == "short" for c in verb.children)


HAPPENING_VERBS = frozenset(
    {"erupt", "flare", "rage", "continue", "resume", "intensify", "escalate", "occur",
     "happen", "start", "begin", "spread", "ensue", "persist"}
)  # fmt: skip
"""Verbs that say an event noun, their subject, happened: "fighting erupted between A and B"."""


def happening_verb(noun: Token) -> Token | None:
    """The verb saying that the noun, its subject, happened ("clashes broke out between the
    army and rebels", "talks took place with B"), whose prepositions are the noun's."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    objects = {c.lower_ for c in verb.children if c.dep_ == "dobj"}
    if lemma in HAPPENING_VERBS or (lemma == "break" and "out" in particles):
        return verb
    return verb if lemma == "take" and "place" in objects else None


def held_responsible(noun: Token) -> list[Token]:
    """Who is "responsible for" the event noun: the subject of "is responsible for
    killings", the noun of "leaders responsible for killings"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return []
    adjective = noun.head.head
    if adjective.lower_ != "responsible":
        return []
    if adjective.dep_ == "amod" or (adjective.dep_ == "acl" and adjective.head.pos_ == "NOUN"):
        return with_conjuncts([adjective.head])
    if adjective.dep_ == "acomp":
        return verb_subjects(adjective.head)
    return []  # "held Moscow responsible for the attack" is an accusation, not the attack


AMOUNT_NOUNS = frozenset(
    {*("million", "billion", "$", "package", "increase", "round", "tranche", "batch")}
    | {"shipment", "amount", "sum", "wave", "series", "number", "lot", "consignment"}
)
"""Nouns of amount that stand between a light verb and its event noun."""


def measured(amount: Token) -> list[Token]:
    """What a noun of amount measures ("$500 million in aid", "a batch of weapons")."""
    return prep_objects(amount, ("in", "of")) if _is_amount(amount) else []


def _is_amount(token: Token) -> bool:
    """A noun of amount or a number ("million", "package", "300")."""
    return token.lemma_.lower() in AMOUNT_NOUNS or token.tag_ == "CD"


POSSESSIVE_PRONOUNS = frozenset({"their", "his", "her", "its"})
# Pronouns that stand for a political actor named before them in the sentence.
ACTOR_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "him", "her", "them"})


def governing_clauses(token: Token) -> list[Token]:
    """The verbs above a token, nearest first."""
    verbs: list[Token] = []
    current = token
    while current.head.i != current.i and len(verbs) < 6:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            verbs.append(current)
    return verbs


def possessive_pronoun_owners(noun: Token) -> list[Token]:
    """For "their talks" inside a clause, the clause's subjects ("A and B ... their talks")."""
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children):
        return []
    verb = governing_verb(noun)
    return verb_subjects(verb) if verb is not None else []


TRAVEL_VERBS = frozenset({"travel", "fly", "arrive", "head", "go", "come", "return", "land"})
RESPONDING_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer"})
MEANS_OF = {"for": TRAVEL_VERBS, "with": RESPONDING_VERBS}
"""The prepositions that make an event noun the purpose or means of a verb's subject."""


def doers_by_means(noun: Token) -> list[Token]:
    """For an event noun a journey is for or a response is made with, the verb's subjects
    ("Ruto flew to Addis Ababa for talks with Abiy", "Israel responded with air strikes");
    not a "for" of reason ("criticised Peru for attacks")."""
    verbs = MEANS_OF.get(noun.head.lower_, frozenset()) if noun.dep_ == "pobj" else ()
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in verbs:
        return []
    return verb_subjects(verb)


OCCASION_PREPS = frozenset({"during", "at", "after", "before", "in", "on"})
MEETINGS = frozenset({"talk", "meeting", "visit", "summit", "call", "conversation"})
JOURNEYS = frozenset({"visit", "trip", "tour"})
"""Meetings on whose occasion their attendees do something ("told Blinken during talks in
Beijing", "lifted the ban during a visit to Hanoi"), and journeys they make meanwhile
("thanked Putin on a visit to Moscow")."""


SPANS = frozenset({"hour", "day", "week", "month", "round", "session"})
"""Nouns of a meeting's length or parts: "after six hours of talks"."""


def occasion(noun: Token) -> Token:
    """The word a meeting noun stands for as an occasion: the noun, or the span of it
    ("agreed a ceasefire after six hours of talks": "hours")."""
    of = noun.head
    spanned = noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in SPANS
    return of.head if spanned and of.head.dep_ == "pobj" else noun


def occasion_verb(noun: Token) -> Token:
    """The word above the preposition a meeting noun (or its span) hangs on."""
    return occasion(noun).head.head


def attendees(noun: Token) -> list[Token]:
    """For a meeting in whose course or after which a verb's subjects act, those subjects
    ("Putin promised a loan at talks with Lukashenko": Putin; "agreed a ceasefire after
    six hours of talks")."""
    held = occasion(noun)
    if held.dep_ != "pobj" or noun.lemma_.lower() not in MEETINGS | JOURNEYS:
        return []
    verb = held.head.head
    if journey_on(noun) and verb.pos_ in ("NOUN", "PROPN"):
        return with_conjuncts([verb])  # "Diaz-Canel, on a visit to Moscow, thanked Putin"
    preposition = held.head.lower_
    if preposition == "on" and not journey_on(noun):
        return []  # "said on a call"
    if preposition not in OCCASION_PREPS or verb.pos_ not in ("VERB", "AUX"):
        return []
    journey = noun.lemma_.lower() in JOURNEYS
    if journey and is_passive(verb):  # "on a visit to China, was feted by Xi": not Xi
        return with_conjuncts(children(verb, PASSIVE_SUBJECT_DEPS))
    return verb_subjects(verb)


def journey_on(noun: Token) -> bool:
    """Whether a noun is a journey someone is "on" ("on a visit to Moscow")."""
    journey = noun.lemma_.lower() in JOURNEYS
    return journey and noun.dep_ == "pobj" and noun.head.lower_ == "on"


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token, or None."""
    current = token
    for _ in range(8):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def subtree_heads(token: Token) -> Iterator[Token]:
    """The token, then its modifiers and appositions, its owner last ("Russia's GRU
    military intelligence agency" is the GRU): where an actor's name may sit."""
    yield token
    if token.lemma_.lower() in PART_NOUNS:  # "the Dutch section of Doctors Without Borders"
        yield from prep_objects(token, ("of",))
    modifiers = [c for c in token.children if c.dep_ in MODIFIER_DEPS or c.dep_ == "appos"]
    yield from sorted(modifiers, key=lambda child: child.dep_ == "poss")
    yield from _makers(token)
    if token.lemma_.lower() in RELATIONAL_NOUNS:
        return  # "the main allies of Syrian President Assad" are not Assad
    for owned in prep_objects(token, ("of",)):
        yield owned
        yield from _makers(owned)  # "imports of Chinese-made cars"
    yield from participle_agents(token)


PROPOSAL_NOUNS = frozenset(
    {"offer", "proposal", "plan", "request", "demand", "call", "appeal", "invitation"}
    | {"ultimatum", "initiative", "bid", "overture"}
)
"""Words a relative clause may say who made ("an offer of talks that Seoul had made")."""
AUTHORING_VERBS = frozenset(
    {"make", "propose", "offer", "put", "submit", "present", "table", "extend", "issue"}
    | {"send", "float", "unveil", "announce", "deliver"}
)


def relative_authors(noun: Token) -> list[Token]:
    """Who made the words a relative clause says they made ("rejected an offer of military
    talks that Seoul had made": Seoul, also where the parser hung the clause on what the
    words are of)."""
    if noun.lemma_.lower() not in PROPOSAL_NOUNS:
        return []
    return [
        subject
        for described in (noun, *prep_objects(noun, ("of",)))
        for clause in described.children
        if clause.dep_ == "relcl"
        and clause.lemma_.lower() in AUTHORING_VERBS
        and all(o.lower_ in RELATIVE_SUBJECTS for o in children(clause, OBJECT_DEPS))
        for subject in children(clause, SUBJECT_DEPS)
        if subject.lower_ not in RELATIVE_SUBJECTS
    ]


PART_NOUNS = frozenset({"section", "branch", "chapter", "wing", "arm", "affiliate"})
"""Nouns of a part of a body, which its "of" names before any word before them ("the
Dutch section of Doctors Without Borders" is the charity's, not the Netherlands')."""
RELATIONAL_NOUNS = frozenset({"ally", "enemy", "rival", "neighbour", "neighbor", "foe", "backer"})
"""Nouns whose "of" names another than themselves ("the allies of Assad")."""


def _makers(noun: Token) -> Iterator[Token]:
    """The country glued by a hyphen to a participle of making before a noun ("Chinese-made
    cars": Chinese)."""
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in MAKING_WORDS:
            yield from children(child, frozenset({"npadvmod", "compound", "nmod"}))


MAKING_WORDS = frozenset({"made", "built", "manufactured", "produced"})
"""Participles glued by a hyphen after the country that made a thing ("Chinese-made")."""


OWNING_VERBS = frozenset({"own", "run", "operate", "manage", "control", "build", "develop"})
"""Participles whose agent a thing stands for: "a mine run by Orano", "a plant built by
Lynas"."""


def participle_owners(noun: Token) -> list[Token]:
    """Whose a thing is by a participle's agent: who wrote a writing ("a Security Council
    resolution drafted by Germany and Belgium": Germany, Belgium) or who owns or runs a
    thing ("a uranium mine run by Orano": Orano), else nothing."""
    written = noun.lemma_.lower() in AUTHORED_NOUNS
    hyphened = [  # "an Algerian-drafted resolution", "a Wagner-run mine"
        author
        for participle in children(noun, frozenset({"amod"}))
        if participle.tag_ == "VBN" and (written or participle.lemma_.lower() in OWNING_VERBS)
        for author in children(participle, frozenset({"npadvmod", "compound", "amod"}))
        if author.i + 2 == participle.i and author.nbor().tag_ == "HYPH"
    ]
    return hyphened or [
        agent
        for participle in children(noun, frozenset({"acl"}))
        if written or participle.lemma_.lower() in OWNING_VERBS
        for agent in with_conjuncts(passive_agents(participle))
    ]


def participle_agents(noun: Token) -> list[Token]:
    """Who a thing is "fired by": "the missiles fired by the Israeli military", "a missile
    believed to be fired by rebels" (a participle or the infinitive under it)."""
    found: list[Token] = []
    for participle in children(noun, frozenset({"acl"})):
        for verb in [participle, *children(participle, frozenset({"xcomp"}))]:
            found += with_conjuncts(passive_agents(verb))
    return found
