"""Factuality: whether a trigger's sentence says the event happened.

The rules read the dependency chain from the trigger up to its clause's root: negation,
modal and future auxiliaries, conditional clauses, the verb that governs a complement
("urged B to attack" is not an attack), and reported speech.
"""

from __future__ import annotations

from typing import Any

from eventwire.datatypes import Factuality

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
    }
)
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
    }
)
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "report",
        "claim",
        "allege",
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
_CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj", "relcl", "acl", "pcomp"})


def _own_factuality(token: Any) -> Factuality | None:
    """What a token's own auxiliaries, negation and markers say."""
    for child in token.children:
        lower = child.lower_
        if child.dep_ == "neg":
            return Factuality.NEGATED
        if child.dep_ in ("aux", "auxpass") and lower in FUTURE_AUX:
            return Factuality.FUTURE
        if child.dep_ in ("aux", "auxpass") and lower in MODAL_AUX:
            return Factuality.HYPOTHETICAL
        if child.dep_ == "mark" and lower in CONDITION_MARKS:
            return Factuality.HYPOTHETICAL
    return None


def _governor_factuality(governor: Any, link: str) -> Factuality | None:
    """What a governing verb says about the clause or noun below it."""
    lemma = governor.lemma_.lower()
    if link in ("xcomp", "nsubjpass", "nsubj", "dobj", "ccomp"):
        if lemma in NEGATING_GOVERNORS and link != "nsubj":
            return Factuality.NEGATED
        if lemma in REQUEST_GOVERNORS and link != "nsubj":
            return Factuality.HYPOTHETICAL
        if lemma in FUTURE_GOVERNORS and link != "dobj":
            return Factuality.FUTURE
    if link == "ccomp" and lemma in SPEECH_VERBS:
        return Factuality.REPORTED
    return None


def _is_copula_subject(token: Any) -> bool:
    """ "The summit is not surprising": what is said of a noun is not whether it happened."""
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ == "nsubj" and token.head.lemma_ == "be"


def classify(trigger: Any) -> Factuality:
    """The factuality of an event whose trigger is ``trigger`` (a spaCy token)."""
    token = trigger
    reported = False
    for _ in range(12):
        own = _own_factuality(token)
        if own is not None:
            return own
        if token.dep_ == "ROOT" or token.head.i == token.i or _is_copula_subject(token):
            break
        found = _governor_factuality(token.head, token.dep_)
        if found is Factuality.REPORTED:
            reported = True
        elif found is not None:
            return found
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in _CLAUSE_LINKS:
            break
        token = token.head
    return Factuality.REPORTED if reported else Factuality.ASSERTED
