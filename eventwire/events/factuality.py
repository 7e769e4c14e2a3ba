"""Factuality: whether a trigger's sentence says the event happened.

The rules read the dependency chain from the trigger up to its clause's root: negation,
modal and future auxiliaries, conditional clauses, the verb that governs a complement
("urged B to attack" is not an attack), and reported speech.
"""

from __future__ import annotations

from typing import Any

from eventwire.datatypes import Factuality
from eventwire.events.syntax import (
    ACCUSING_VERBS,
    CLAIM_NOUNS,
    FINITE_TAGS,
    PASSIVE_SUBJECT_DEPS,
    REACTION_VERBS,
    SUBJECT_DEPS,
    WORDING_VERBS,
    committed_gerund,
    finite_beside_an_infinitive,
    hung_on_its_comment,
    is_passive,
    is_purpose,
    journey_on,
    means_of,
    misread_control_complement,
    phoned_for,
    reacted_clause,
    speakers_conjunct,
    speakers_words,
    with_to,
)

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
MODAL_AUX = frozenset({"could", "would", "might", "may", "should", "must", "can", "ca"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
FUTURE_GOVERNORS = frozenset(
    {
        "expect",
        "plan",
        "schedule",
        "intend",
        "prepare",
        "aim",
        "hope",
        "agree",
        "promise",
        "pledge",
        "vow",
        "decide",
        "set",
        "go",
        "want",
        "wish",
        "seek",
        "offer",
        "propose",
        "due",
        "poise",
        "about",
        "slated",
    }
)
"""Words whose complement is still to come ("plans to", "is due to", "is poised to")."""
WISHING_GOVERNORS = frozenset({"want", "wish", "hope"})
"""Verbs whose complement, when another is to do it, is only wished ("wants Peru to",
"hopes that Chile will")."""
NEEDING_GOVERNORS = frozenset({"need"})
"""Verbs whose complement is only needed, not done ("Japan needs to enact reforms")."""
MISREAD_LEMMAS = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}
"""Forms spaCy's lemmatizer gets wrong in news ("hopes" as "hop")."""
UNLIKELY_GOVERNORS = frozenset({"likely", "unlikely", "able", "unable"})
"""Adjectives whose complement may or may not happen ("is likely to attack")."""
HEARSAY_PASSIVES = frozenset({"say", "report", "believe", "think", "allege", "rumor", "suspect"})
"""Passive verbs that report their subject's act ("Russia is said to have attacked")."""
HEARSAY_ADJECTIVES = frozenset({"alleged", "suspected", "purported", "reported", "claimed"})
"""Adjectives that make the event noun they describe a report ("the alleged attack")."""
FUTURE_NOUNS = frozenset(
    {"decision", "plan", "intention", "pledge", "promise", "offer", "proposal", "bid", "vow"}
    | {"invitation", "invite"}
)
"""Nouns whose infinitive is still to come ("the decision to sell weapons", "an invitation
to visit")."""
REQUEST_NOUNS = frozenset({"call", "demand", "appeal", "request", "order", "pressure", "threat"})
"""Nouns whose infinitive is only asked or threatened ("calls to withdraw")."""
UNCERTAIN_NOUNS = frozenset({"effort", "attempt", "need"})
UNCERTAIN_NOUNS |= {"willingness", "readiness", "desire", "hope", "ambition", "wish"}
"""Nouns whose infinitive may not come about ("efforts by Peru to repeal the law")."""
REFUSAL_NOUNS = frozenset({"refusal", "failure"})
"""Nouns whose infinitive is not done ("Peru's refusal to meet", "its failure to pay")."""
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
"""Adverbs that make the act they describe a report ("troops reportedly shelled ...")."""
BACKGROUND_PREPOSITIONS = frozenset({"during", "amid", "after", "following", "since"})
"""Prepositions whose event noun is the background of the clause, not part of what the
clause promises or asks ("pledged to improve ties during a visit by Erdogan")."""
REQUEST_GOVERNORS = frozenset(
    {
        "urge",
        "call",
        "ask",
        "demand",
        "appeal",
        "press",
        "push",
        "request",
        "encourage",
        "invite",
        "threaten",
        "warn",
        "consider",
        "mull",
        "weigh",
        "discuss",
        "propose",
    }
)
ORDERING_GOVERNORS = frozenset({"order", "tell", "instruct", "direct", "require", "oblige"})
"""Verbs whose infinitive is only ordered of another ("ordered Israel to halt"), as
against an act ordered ("ordered a mobilisation") or a thing told ("told him that ...")."""
NEGATING_GOVERNORS = frozenset(
    {
        "refuse",
        "decline",
        "fail",
        "deny",
        "reject",
        "avoid",
        "stop",
        "postpone",
        "delay",
        "cancel",
        "scrap",
        "abandon",
        "ban",
        "prohibit",
        "block",
        "bar",
    }
)
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "report",
        "claim",
        "allege",
        "charge",
        "state",
        "announce",
        "add",
        "note",
        "write",
        "according",
        "insist",
        "believe",
    }
)
ALLEGING_VERBS = frozenset({"claim", "allege", "charge"})
"""Speech verbs whose clause is a charge against another ("Kyiv claimed that Moscow
shelled the plant"), not news a source gives."""
REFUSING_GOVERNORS = frozenset({"refuse", "decline", "reject"})
REFUSING_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "can", "ca"})
"""Auxiliaries that make a negated verb a refusal: "will not lift", "won't meet",
"would not provide", "cannot accept" (not "did not", "has not", "could not")."""
PROMISING_AUX = frozenset({"will", "shall", "'ll", "wo", "would"})
PROMISING = frozenset(
    {*("willing", "ready", "prepared", "eager", "determined", "agree", "pledge", "promise")}
    | {"vow", "offer", "plan", "intend", "commit", "want", "seek", "aim", "resolve"}
)
"""Words whose complement is an act their subject commits to ("is ready to talk"); not
"decide": a government that decided to ease sanctions has taken the act, still to come."""
_CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj", "relcl", "acl", "pcomp"})


def _own_factuality(token: Any) -> Factuality | None:
    """What a token's own auxiliaries, negation and markers say; a negation wins ("will
    not attack" did not happen)."""
    if _negated(token):
        return Factuality.NEGATED
    if _headline_infinitive(token) or _stipulated(token):
        return Factuality.FUTURE  # "Xi to visit France next week"
    for child in token.children:
        lower = child.lower_
        if child.dep_ == "det" and lower in ("no", "any"):  # "any attack", "no talks"
            return Factuality.NEGATED if lower == "no" else Factuality.HYPOTHETICAL
        if child.dep_ == "amod" and lower in HEARSAY_ADJECTIVES:  # "the alleged attack"
            return Factuality.REPORTED
        if child.dep_ == "advmod" and lower in HEARSAY_ADVERBS:  # "reportedly shelled"
            return Factuality.REPORTED
        if child.dep_ in ("aux", "auxpass") and lower in FUTURE_AUX:
            return Factuality.FUTURE
        if child.dep_ in ("aux", "auxpass") and lower in MODAL_AUX:
            return Factuality.HYPOTHETICAL
        if child.dep_ == "mark" and lower in CONDITION_MARKS:
            return Factuality.HYPOTHETICAL
    return None


FINITE_OR_MODAL_TAGS = FINITE_TAGS | {"MD"}


def _stipulated(verb: Any) -> bool:
    """Whether a verb is an infinitive with its own subject after "for", which says what is
    to be done ("signed a deal for Gazprom to supply gas to China", "called for Israel to
    withdraw"): not done yet."""
    deps = {(child.dep_, child.lower_) for child in verb.children}
    subject = any(child.dep_ == "nsubj" for child in verb.children)
    return verb.tag_ == "VB" and subject and {("mark", "for"), ("aux", "to")} <= deps


def _headline_infinitive(verb: Any) -> bool:
    """Whether a verb is the infinitive of a headline with no finite verb, after its
    subject: what is to come ("Xi to visit France", "Xi to make first Europe trip"; the
    parser may hang it on the name as its root)."""
    deps = {child.dep_: child.lower_ for child in verb.children}
    if verb.tag_ != "VB" or deps.get("aux") != "to":
        return False
    if verb.dep_ == "ROOT":
        return "nsubj" in deps
    head, sent = verb.head, verb.sent
    finite = any(token.tag_ in FINITE_OR_MODAL_TAGS for token in sent)
    return head.dep_ == "ROOT" and head.left_edge.i == sent.start < verb.i and not finite


SOURCING_VERBS = frozenset({"say", "tell", "report", "add", "state", "announce", "note"})
"""Verbs that, after the clause they report, only give its source ("Gunmen kidnapped 20
students, officials said"): the news states the clause; not "claim" or "allege"."""


def _sourced(clause: Any) -> bool:
    """Whether a clause comes before the neutral speech verb that governs it: the
    attribution a report of news ends with, not a party's claim ("Kyiv said Moscow ...")."""
    governor = clause.head
    return (
        clause.dep_ == "ccomp"
        and clause.i < governor.i
        and governor.lemma_.lower() in SOURCING_VERBS
    )


PUNISHING = frozenset(
    {"arrest", "detain", "jail", "imprison", "sentence", "convict", "indict", "prosecute"}
    | {"punish", "fine", "execute", "try", "sanction", "expel", "deport"}
)
"""Verbs whose "for" gerund is the act alleged of the one punished ("jailed for spying")."""


def _alleged(token: Any) -> bool:
    """Whether a token is an act an accusing verb alleges: its "of"/"for" gerund or a
    participle after it."""
    head = token.head
    if token.dep_ == "prep" and head.dep_ == "dobj":  # "accused Chinese vessels of ramming"
        head = head.head
    punished = token.dep_ == "prep" and token.lower_ == "for" and head.lemma_ in PUNISHING
    if punished:  # "was arrested for collaborating with the rebels"
        return True
    if head.lemma_.lower() in CLAIM_NOUNS and token.dep_ in ("acl", "relcl"):
        return _content_clause(token)  # "accusations that it had carried out arrests"
    if head.lemma_.lower() not in ACCUSING_VERBS:
        return False
    return (token.dep_ == "prep" and token.lower_ in ("of", "for")) or (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.lemma_.lower() not in WORDING_VERBS | REACTION_VERBS  # "..., vowing to"
    )


def _yet_to(governor: Any) -> bool:
    """Whether "have" or "be" with "yet" says its infinitive has not happened ("has yet to
    deploy", "is yet to release")."""
    return _lemma(governor) in ("have", "be") and any(
        child.dep_ == "advmod" and child.lower_ == "yet" for child in governor.children
    )


def _lemma(token: Any) -> str:
    """A token's lemma, lower case, mended where spaCy's is wrong."""
    return MISREAD_LEMMAS.get(token.lower_, token.lemma_.lower())


def _governor_factuality(governor: Any, link: str, dependent: Any) -> Factuality | None:
    """What a governing verb says about the clause or noun (``dependent``) below it."""
    lemma = _lemma(governor)
    if _ruled_out(governor) and link in ("xcomp", "advcl", "dobj", "ccomp"):
        return Factuality.NEGATED  # "ruled out supplying missiles", "ruled out sending troops"
    if link in ("xcomp", "nsubjpass", "nsubj", "dobj", "ccomp"):
        if lemma in NEGATING_GOVERNORS and link != "nsubj":
            return Factuality.NEGATED
        requested = lemma in REQUEST_GOVERNORS and link != "nsubj" and not _naming(governor)
        if requested and phoned_for(dependent) is None:  # not "called Erdogan to offer"
            return Factuality.HYPOTHETICAL
        if lemma in ORDERING_GOVERNORS and link in ("xcomp", "ccomp") and _ordered(governor):
            return Factuality.HYPOTHETICAL  # "the court ordered Israel to halt its offensive"
        if lemma in WISHING_GOVERNORS and _wished_of_another(governor, link):
            return Factuality.HYPOTHETICAL
        if FUTURE_GOVERNORS & {lemma, governor.lower_} and link != "dobj":  # spaCy: "slat"
            return Factuality.FUTURE
        if lemma in UNLIKELY_GOVERNORS | NEEDING_GOVERNORS and link == "xcomp":
            return Factuality.HYPOTHETICAL
        if link == "xcomp" and _yet_to(governor):
            return Factuality.NEGATED  # "Kenya has yet to deploy", "is yet to release"
        if lemma == "be" and link == "xcomp" and _bare_copula(governor):
            return Factuality.FUTURE  # "the president is to meet Boric next week"
        if lemma == "be" and link == "nsubj" and _due_to(governor):
            return Factuality.FUTURE  # "talks between A and B are due to resume"
    if link == "xcomp" and lemma in HEARSAY_PASSIVES and is_passive(governor):
        return Factuality.REPORTED
    if link == "ccomp" and lemma in ALLEGING_VERBS:
        return Factuality.ALLEGED
    if link == "ccomp" and lemma in SPEECH_VERBS:
        return Factuality.REPORTED
    if link == "acl" and governor.pos_ == "NOUN":  # "the plan to sell", "calls to withdraw"
        if lemma in REFUSAL_NOUNS or _blocked_text(governor):
            return Factuality.NEGATED
        if lemma in FUTURE_NOUNS:
            return Factuality.FUTURE
        if lemma == "order" and dependent.tag_ == "VBG":
            return None  # "signed an order imposing tariffs": what the order does
        if lemma in REQUEST_NOUNS | UNCERTAIN_NOUNS:
            return Factuality.HYPOTHETICAL
    return None


def _ruled_out(governor: Any) -> bool:
    """Whether a verb is "rule out", which says what it governs will not be done."""
    particles = {child.lower_ for child in governor.children if child.dep_ == "prt"}
    return _lemma(governor) == "rule" and "out" in particles


def _naming(governor: Any) -> bool:
    """Whether a verb names its object ("called Turkey's downing of the jet a crime"): the
    act named happened, it is no request."""
    return any(child.dep_ == "oprd" for child in governor.children)


def _ordered(governor: Any) -> bool:
    """Whether an order has an infinitive with "to" ("ordered Israel to halt"), not a
    clause ("told the UN it cannot accept", "told Ma that ...") or a participle."""
    return any(with_to(clause) for clause in governor.children if clause.dep_ in ("xcomp", "ccomp"))


def _due_to(copula: Any) -> bool:
    """Whether a copula's adjective of time to come has an infinitive ("are due to resume",
    "is set to begin")."""
    return any(
        child.dep_ == "acomp"
        and FUTURE_GOVERNORS & {_lemma(child), child.lower_}
        and any(grandchild.dep_ == "xcomp" for grandchild in child.children)
        for child in copula.children
    )


TEXT_NOUNS = frozenset(
    {"resolution", "draft", "motion", "bill", "statement", "declaration", "text", "proposal"}
)
BLOCKING_VERBS = frozenset({"veto", "block", "reject", "defeat", "scuttle"})


def _blocked_text(noun: Any) -> bool:
    """Whether the noun is a text that was blocked: what it says was never said ("Russia
    vetoed a resolution condemning the annexation")."""
    object_of = noun.dep_ in ("dobj", "nsubjpass")
    return _lemma(noun) in TEXT_NOUNS and object_of and _lemma(noun.head) in BLOCKING_VERBS


def _bare_copula(verb: Any) -> bool:
    """Whether "be" says nothing of its subject but the infinitive after it ("is to meet";
    not "it is important to meet")."""
    return not any(c.dep_ in ("acomp", "attr", "expl") for c in verb.children)


def _is_copula_subject(token: Any) -> bool:
    """ "The summit is not surprising": what is said of a noun is not whether it happened
    (but "talks are due to resume" says when)."""
    copula = token.pos_ in ("NOUN", "PROPN") and token.dep_ == "nsubj" and token.head.lemma_ == "be"
    return copula and not _due_to(token.head)


SUPPOSING_AUX = frozenset({"would", "could", "might"})


def _supposed_by_a_modal_copula(token: Any) -> bool:
    """Whether a noun with "a" is the subject of a copula under "would", "could" or
    "might": an act supposed, not told ("a strike on Mexico would be a violation of its
    sovereignty"; not "the attack would be the deadliest this year")."""
    if not _is_copula_subject(token):
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    return indefinite and _has_aux(token.head, SUPPOSING_AUX)


def classify(trigger: Any) -> Factuality:
    """The factuality of an event whose trigger is ``trigger`` (a spaCy token)."""
    return _walk(trigger, own_first=True)


def of_its_own(trigger: Any) -> Factuality:
    """What the trigger's own auxiliaries and negation say, whatever governs it: for the
    news's own comment on a clause ("..., a decision German officials criticised")."""
    return _own_factuality(trigger) or Factuality.ASSERTED


def refusal(trigger: Any) -> Factuality | None:
    """When the trigger's action is refused ("will not lift", "refused to meet"), the
    factuality of the refusal itself ("the minister said he would not ..." is reported); else
    None. A plain negation ("did not lift") is no refusal."""
    if _negated(trigger):
        return _walk(trigger, own_first=False) if _has_aux(trigger, REFUSING_AUX) else None
    governor = _governor_in(trigger, REFUSING_GOVERNORS) or _refusal_noun(trigger)
    return None if governor is None else classify(governor)


def _refusal_noun(trigger: Any) -> Any | None:
    """The noun of refusal whose infinitive the trigger is ("Peru's refusal to meet")."""
    head = trigger.head
    refused = head.pos_ == "NOUN" and head.lemma_.lower() == "refusal"
    return head if trigger.dep_ == "acl" and refused and head.i != trigger.i else None


def intention(trigger: Any) -> Factuality | None:
    """When the trigger's action is promised by its doer ("will lift", "said it would
    free", "is willing to withdraw", "pledged to send"), the factuality of the promise
    itself; else None. Expectations of others ("is expected to") and conditions ("could")
    are no promise."""
    if _negated(trigger) or _wished_clause(trigger):
        return None
    means = means_of(trigger)
    if means is not None:  # "said Moscow would respond by expelling": as "would respond"
        return intention(means)
    if _has_aux(trigger, PROMISING_AUX):
        return _walk(trigger, own_first=False)
    governor = _governor_in(trigger, PROMISING)
    if governor is None or any(child.dep_ == "dobj" for child in governor.children):
        return None  # "wants Peru to extradite": an appeal to another, no promise
    return classify(governor)


PLANNING = frozenset({"plan", "intend", "aim"})


def planned(trigger: Any) -> bool:
    """Whether the trigger's action is what its doer plans ("plans to travel to Beijing",
    "intends to hold talks"), or the purpose of a planned act ("plans to travel to Beijing
    to meet Xi"), not yet promised to anyone."""
    if _has_aux(trigger, PROMISING_AUX):
        return False
    if _governor_in(trigger, PLANNING) is not None:
        return True
    return is_purpose(trigger) and trigger.head.i != trigger.i and planned(trigger.head)


def _wished_clause(trigger: Any) -> bool:
    """Whether the trigger heads a clause another only wishes for ("Peru hopes that Chile
    will lift sanctions": no promise of Chile's)."""
    return trigger.dep_ == "ccomp" and _lemma(trigger.head) in WISHING_GOVERNORS


def _wished_of_another(governor: Any, link: str) -> bool:
    """Whether a wishing verb's complement has a doer other than the wisher ("Obama wants
    Putin to attack"): an object, or a clause with its own subject."""
    return link == "ccomp" or any(child.dep_ == "dobj" for child in governor.children)


def rejected_words(trigger: Any) -> Factuality | None:
    """When the trigger is a noun of words that a verb of refusal takes as its object
    ("rejected calls for a ceasefire", "denied the accusations"), the factuality of the
    refusal: the words were said all the same. Else None."""
    head = trigger.head
    rejected = trigger.dep_ == "dobj" and head.lemma_.lower() in NEGATING_GOVERNORS
    if not rejected or trigger.pos_ not in ("NOUN", "PROPN") or _negated(trigger):
        return None
    return classify(head)


CLAIMING_VERBS = frozenset({"claim", "admit", "acknowledge", "confirm"})
OWN_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})


def own_claim(trigger: Any) -> Factuality | None:
    """When the trigger is an act its doers claim as their own ("the rebels claimed that
    they had attacked the base"), the factuality of the claim; else None."""
    head = trigger.head
    if trigger.dep_ != "ccomp" or head.lemma_.lower() not in CLAIMING_VERBS:
        return None
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lower_ not in OWN_PRONOUNS or _negated(trigger):
        return None
    return classify(head)


THREATENING = frozenset({"threaten"})


def threat(trigger: Any) -> Factuality | None:
    """When the trigger's action is threatened by its doer ("threatened to close the
    strait"), the factuality of the threat itself; else None."""
    if _negated(trigger):
        return None
    governor = _governor_in(trigger, THREATENING)
    return None if governor is None else classify(governor)


def _negated(token: Any) -> bool:
    """Whether the token is negated: its own "not", or one the parser hung on an adverb
    between an auxiliary of the token and the token ("did not even ever clash"; not "Not
    surprisingly, Chile attacked")."""
    if any(child.dep_ == "neg" for child in token.children):
        return True
    subjects = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
    if any(_no_one(child) for child in token.children if child.dep_ in subjects):
        return True  # "no Western government has recognised the junta"
    auxiliaries = [c.i for c in token.children if c.dep_ in ("aux", "auxpass") and c.i < token.i]
    return bool(auxiliaries) and any(
        negation.dep_ == "neg" and negation.i > min(auxiliaries)
        for adverb in token.children
        if adverb.dep_ == "advmod" and adverb.i < token.i
        for negation in adverb.children
    )


NO_ONE = frozenset({"nobody", "none", "neither", "nothing", "no-one"})


def _no_one(subject: Any) -> bool:
    """Whether a subject is no one: "no government", "none of the parties", "nobody"."""
    if subject.lower_ in NO_ONE:
        return True
    return any(child.dep_ == "det" and child.lower_ == "no" for child in subject.children)


def _has_aux(token: Any, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in token.children)


def _governor_in(trigger: Any, lemmas: frozenset[str]) -> Any | None:
    """The verb or adjective whose complement the trigger is, when its lemma is one of
    ``lemmas`` ("refused to meet", "is ready to talk")."""
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.i != trigger.i and head.lemma_.lower() in lemmas:
        return head
    if committed_gerund(trigger) and "commit" in lemmas:  # "is committed to opening"
        return head.head
    return None


def _walk(trigger: Any, *, own_first: bool) -> Factuality:
    """The factuality the chain from ``trigger`` up to its clause's root gives (without
    the trigger's own auxiliaries and negation unless ``own_first``). An act still to come
    stays so, unless a wish or a denial governs it ("hopes that Chile will lift")."""
    token = trigger
    reported = alleged = future = sealed = False
    for step in range(12):
        own = _own_factuality(token) if (own_first or step) and not sealed else None
        if own is not None and (future or own is not Factuality.FUTURE):
            return Factuality.FUTURE if future else own
        future = future or own is Factuality.FUTURE
        if _supposed_by_a_modal_copula(token):
            return Factuality.HYPOTHETICAL  # "a strike on Mexico would be a violation"
        if token.dep_ == "ROOT" or token.head.i == token.i or _is_copula_subject(token):
            break
        if speakers_words(token):  # "denied that its troops fought, dismissing the report"
            token = token.head.head
            continue
        speaker = speakers_conjunct(token)
        if speaker is not None:  # "said A and B had agreed ..., and urged them to"
            token = speaker
            continue
        if hung_on_its_comment(token):  # "accused Baku of shelling, a charge Baku denied"
            break
        if finite_beside_an_infinitive(token):
            token = token.head.head  # "vowed to take measures and urged Peru": as vowed
            continue
        reacted = reacted_clause(token)
        if reacted is not None and reacted.i != token.head.i:
            token = reacted  # "vetoed a resolution that would have ..., drawing criticism"
            continue
        # "accused Russia of shelling the city"; not a relative clause's own act below it
        # ("accused Pakistan of harbouring the militants who stormed the base")
        alleged = alleged or (_alleged(token) and not sealed)
        link = "xcomp" if _misread_complement(token) else token.dep_
        found = None if _sourced(token) else _governor_factuality(token.head, link, token)
        # a relative clause tells its own act: "could reject the deal Bolivia proposed"
        sealed = sealed or _own_relative_clause(token) or _past_time_clause(token)
        if found is Factuality.ALLEGED:
            alleged = True
        elif found is Factuality.REPORTED:
            reported = True
        elif found is not None and not sealed:
            if not future or _wishes_or_denies(token.head):
                return Factuality.NEGATED if _negated(token.head) else found
            return Factuality.FUTURE
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in _CLAUSE_LINKS:
            break
        if token.dep_ == "prep" and token.lower_ in BACKGROUND_PREPOSITIONS:
            break  # "pledged to improve ties during a visit": the visit is taking place
        if journey_on(trigger) and token.i == trigger.head.i:
            break  # "on a state visit to China, agreed to set up a hotline": as above
        token = token.head
    if future:
        return Factuality.FUTURE
    if alleged:
        return Factuality.ALLEGED
    return Factuality.REPORTED if reported else Factuality.ASSERTED


def _misread_complement(token: Any) -> bool:
    """Whether an infinitive the parser hung as a purpose clause is the complement of the
    verb above it: of a prepositional control verb ("called on the ELN on Wednesday to
    halt attacks"), or of a verb of commitment or plan with no object ("offered on Sunday
    to host a meeting": the meeting is still to come)."""
    if misread_control_complement(token):
        return True
    head = token.head
    committing = _lemma(head) in PROMISING | FUTURE_GOVERNORS
    objects = any(child.dep_ == "dobj" for child in head.children)
    return committing and not objects and is_purpose(token)


def _own_relative_clause(token: Any) -> bool:
    """Whether a token heads a finite relative clause with a subject of its own, which
    tells its own act whatever the clause above it says may happen ("would pull 12,000
    troops out, a decision German officials criticised": the criticism happened)."""
    return (
        token.dep_ == "relcl"
        and _has_subject(token)
        and _finite_or_past(token)
        and not _content_clause(token)
    )


def _finite_or_past(verb: Any) -> bool:
    """Whether a verb is finite, also a past tense the tagger took for a participle ("the
    strike, which Israel and the United States blamed on ...": an active subject and no
    auxiliary) and a participle after a past auxiliary ("who was detained by the FSB")."""
    if verb.tag_ in FINITE_TAGS:
        return True
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.tag_ == "VBD" for aux in auxiliaries):
        return True  # "who was detained by the FSB"
    deps = {child.dep_ for child in verb.children}
    return verb.tag_ == "VBN" and "nsubj" in deps and not deps & {"aux", "auxpass"}


def _has_subject(verb: Any) -> bool:
    """Whether a verb has a subject of its own, active or passive."""
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


TIME_MARKS = frozenset({"after", "before", "since", "when", "while", "whereas", "as"})


def _past_time_clause(token: Any) -> bool:
    """Whether a token heads a clause of time or contrast in the past tense with a subject
    of its own, which tells its own act whatever the clause above it asks ("ordered the
    diplomats to leave, hours after their governments refused to recognise Maduro";
    "demanded that Moscow release its reporter, while the White House condemned ...")."""
    marks = {child.lower_ for child in token.children if child.dep_ == "mark"}
    timed = bool(marks & TIME_MARKS)
    return token.dep_ == "advcl" and token.tag_ == "VBD" and _has_subject(token) and timed


def _content_clause(verb: Any) -> bool:
    """Whether a clause the parser hung on a noun as relative says what the noun says
    ("charges that it tortured a priest"): it opens with "that" as a conjunction, or its
    arguments are all there, none a relative pronoun."""
    if any(child.dep_ == "mark" for child in verb.children):
        return True
    pronouns = [*verb.children, *(o for p in verb.children if p.dep_ == "prep" for o in p.children)]
    relative = any(word.lower_ in RELATIVE_PRONOUNS for word in pronouns)  # "in which"
    has_object = any(child.dep_ in ("dobj", "ccomp") for child in verb.children)
    return not relative and has_object


RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})


def _wishes_or_denies(governor: Any) -> bool:
    """Whether a governor only wishes or denies what it governs ("hopes", "denied")."""
    return _lemma(governor) in WISHING_GOVERNORS | NEGATING_GOVERNORS
