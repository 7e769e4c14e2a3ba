"""Walking up the parse: every walk ends, whatever the sentence's root is."""

from __future__ import annotations

import pytest

from eventwire.events.syntax import governing_clauses, governing_verb, verb_subjects


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Russian troops in eastern Ukraine.",
        "Talks between the two leaders, the first since 2019.",
        "Officials said the ministers had agreed to meet again in the spring.",
    ],
)
def test_walks_up_the_parse_end_at_the_root(nlp, text):
    doc = nlp(text)
    for token in doc:
        verbs = governing_clauses(token)
        assert len(verbs) <= 6
        assert all(verb.pos_ in ("VERB", "AUX") for verb in verbs)
        verb = governing_verb(token)
        assert verb is None or verb.pos_ in ("VERB", "AUX")


@pytest.mark.slow
def test_the_verbs_above_a_token_nearest_first(nlp):
    doc = nlp("Officials said the ministers had agreed to meet again.")
    meet = next(t for t in doc if t.text == "meet")
    assert [v.text for v in governing_clauses(meet)] == ["agreed", "said"]


@pytest.mark.slow
def test_an_object_is_named_by_its_head_compound_or_adjective(nlp):
    from eventwire.events.syntax import names_object

    ties = next(t for t in nlp("Gondor restored full diplomatic ties.") if t.text == "ties")
    shells = next(t for t in nlp("Rebels fired artillery shells.") if t.text == "shells")
    assert names_object(ties, "tie") and names_object(ties, "diplomatic")
    assert names_object(ties, "tie", ("full", "diplomatic"))
    assert names_object(shells, "artillery") and not names_object(shells, "rocket")
    assert not names_object(ties, "tie", ("economic",))


@pytest.mark.slow
def test_an_object_that_counts_a_part_is_named_by_what_it_counts(nlp):
    from eventwire.events.syntax import names_object

    doc = nlp("Gondor began deploying the first of 1,000 police officers to Rohan.")
    first = next(t for t in doc if t.text == "first")
    assert names_object(first, "officer") and names_object(first, "police")
    alone = next(t for t in nlp("Gondor was the first to act.") if t.text == "first")
    assert not names_object(alone, "officer")
    doc = nlp("Gondor hosted a fresh round of talks between Rohan and Mordor.")
    assert names_object(next(t for t in doc if t.text == "round"), "talk")
    doc = nlp("Gondor and Rohan held three hours of talks in Osgiliath.")
    assert names_object(next(t for t in doc if t.text == "hours"), "talk")


@pytest.mark.slow
def test_a_preposition_is_a_particle_only_right_after_the_verb(nlp):
    from eventwire.events.syntax import has_particles

    doc = nlp("Moscow sent troops in Belarus. The court ruled against Russia.")
    sent = next(t for t in doc if t.text == "sent")
    ruled = next(t for t in doc if t.text == "ruled")
    assert not has_particles(sent, ("in",))
    assert has_particles(ruled, ("against",))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "doer"),
    [
        ("Iran was urged by the UN to halt enrichment.", "halt", "Iran"),
        ("The minister is expected to meet his counterpart.", "meet", "minister"),
        ("The minister urged Iran to halt enrichment.", "halt", "Iran"),
    ],
)
def test_the_doer_of_an_infinitive_under_a_passive_is_the_passive_subject(nlp, text, verb, doer):
    from eventwire.events.syntax import verb_subjects

    token = next(t for t in nlp(text) if t.text == verb)
    assert [t.text for t in verb_subjects(token)] == [doer]


@pytest.mark.slow
def test_a_name_the_parser_hung_on_a_verb_as_a_compound_is_its_subject(nlp):
    from eventwire.events.syntax import verb_subjects

    act = next(t for t in nlp("Norway act on a treaty with Chile.") if t.text == "act")
    assert act.pos_ == "VERB" and [c.dep_ for c in act.lefts] == ["compound"]
    assert [t.text for t in verb_subjects(act)] == ["Norway"]


@pytest.mark.parametrize(
    ("between", "found"),
    [
        # "awful" taken for the conjunct, Chile for an apposition of Peru
        (["the", "vile", "awful"], ["Peru", "awful", "Chile"]),
        # a conjunct that names someone keeps its apposition apart
        (["the", "vile", "Bolivia"], ["Peru", "Bolivia"]),
    ],
)
def test_an_apposition_right_after_a_conjunct_that_names_no_one_is_its_head(nlp, between, found):
    from spacy.tokens import Doc

    from eventwire.events.syntax import with_conjuncts

    words = ["Peru", "and", *between, "Chile", "protested"]
    heads = [6, 0, 4, 4, 0, 0, 6]
    deps = ["nsubj", "cc", "det", "amod", "conj", "appos", "ROOT"]
    pos = ["PROPN", "CCONJ", "DET", "ADJ", "PROPN" if between[-1] == "Bolivia" else "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=[*pos, "PROPN", "VERB"])
    assert [t.text for t in with_conjuncts([doc[0]])] == found


@pytest.mark.slow
def test_a_noun_the_parser_took_for_a_clause_is_searched_for_a_target(nlp):
    from spacy.tokens import Doc

    from eventwire.events.syntax import phrase_tokens_after

    # "anti-" became the object's head, "march" its relative clause
    words = ["Valdoria", "abandoned", "an", "anti-", "Kesh", "march", "today"]
    heads = [1, 1, 3, 1, 5, 3, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "compound", "relcl", "npadvmod"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PROPN", "NOUN", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert "Kesh" in [t.text for t in phrase_tokens_after(doc[1])]
    # a true relative clause is no phrase of the object
    words = ["Valdoria", "abandoned", "a", "march", "that", "praised", "Kesh"]
    heads = [1, 1, 3, 1, 5, 3, 5]
    deps = ["nsubj", "ROOT", "det", "dobj", "nsubj", "relcl", "dobj"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PRON", "VERB", "PROPN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert "Kesh" not in [t.text for t in phrase_tokens_after(doc[1])]


@pytest.mark.slow
def test_a_subject_hung_on_a_verb_before_its_mark_is_not_its_doer(nlp):
    from spacy.tokens import Doc

    from eventwire.events.syntax import verb_subjects

    # "Planes dropped food, days after troops opened fire": the planes hung on "opened"
    words = ["Planes", "dropped", "food", ",", "days", "after", "troops", "opened", "fire"]
    heads = [7, 0, 1, 7, 7, 7, 7, 7, 7]
    deps = ["nsubj", "acl", "dobj", "punct", "npadvmod", "mark", "nsubj", "ROOT", "dobj"]
    pos = ["NOUN", "VERB", "NOUN", "PUNCT", "NOUN", "SCONJ", "NOUN", "VERB", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in verb_subjects(doc[7])] == ["troops"]


@pytest.mark.slow
def test_a_by_of_means_taken_for_an_agent_is_no_passive(nlp):
    from spacy.tokens import Doc

    from eventwire.events.syntax import is_passive, verb_subjects

    # "Peru and Chile spoke by telephone": the parser made "by" an agent
    words = ["Peru", "and", "Chile", "spoke", "by", "telephone"]
    heads = [3, 0, 0, 3, 3, 4]
    deps = ["nsubj", "cc", "conj", "ROOT", "agent", "pobj"]
    tags = ["NNP", "CC", "NNP", "VBD", "IN", "NN"]
    pos = ["PROPN", "CCONJ", "PROPN", "VERB", "ADP", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert not is_passive(doc[3])
    assert [t.text for t in verb_subjects(doc[3])] == ["Peru", "Chile"]
    # "Peru had spoken by telephone": a perfect participle with a subject of its own
    words = ["Peru", "had", "spoken", "by", "telephone"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[2, 2, 2, 2, 3],
        deps=["nsubj", "aux", "ROOT", "agent", "pobj"],
        pos=["PROPN", "AUX", "VERB", "ADP", "NOUN"],
        tags=["NNP", "VBD", "VBN", "IN", "NN"],
    )
    assert not is_passive(doc[2])
    # a participle's "by" is its agent: "a bomb planted by rebels"
    words = ["a", "bomb", "planted", "by", "rebels"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 2, 3],
        deps=["det", "ROOT", "acl", "agent", "pobj"],
        pos=["DET", "NOUN", "VERB", "ADP", "NOUN"],
        tags=["DT", "NN", "VBN", "IN", "NNS"],
    )
    assert is_passive(doc[2])


@pytest.mark.slow
def test_an_infinitive_hung_as_purpose_on_call_on_is_the_callee_s_and_asked(nlp):
    from spacy.tokens import Doc

    from eventwire.datatypes import Factuality
    from eventwire.events.factuality import classify
    from eventwire.events.syntax import verb_subjects

    # "Peru called on Chile on Monday to halt attacks": the parser made "to halt" a purpose
    words = ["Peru", "called", "on", "Chile", "on", "Monday", "to", "halt", "attacks"]
    heads = [1, 1, 1, 2, 1, 4, 7, 1, 7]
    deps = ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "aux", "advcl", "dobj"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PART", "VERB", "NOUN"]
    tags = ["NNP", "VBD", "IN", "NNP", "IN", "NNP", "TO", "VB", "NNS"]
    lemmas = ["Peru", "call", "on", "Chile", "on", "Monday", "to", "halt", "attack"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert [t.text for t in verb_subjects(doc[7])] == ["Chile"]
    assert classify(doc[7]) is Factuality.HYPOTHETICAL


@pytest.mark.slow
def test_a_participles_object_the_parser_made_a_subject_stays_its_object(nlp):
    from eventwire.events.syntax import direct_objects, verb_subjects

    doc = nlp(
        "Saudi jets bombed a market in Saada on Monday, killing at least 40 people, "
        "and the Houthis, who control the province, accused Riyadh of a massacre."
    )
    killing = next(t for t in doc if t.text == "killing")
    accused = next(t for t in doc if t.text == "accused")
    assert [t.text for t in direct_objects(killing)] == ["people"]
    assert [t.text for t in verb_subjects(accused)] == ["Houthis"]


@pytest.mark.parametrize(
    ("text", "verb", "subjects"),
    [
        # a relative clause after an amount is done by what the amount counts
        ("Police fired at thousands of people who had marched in Lima.", "marched", ["people"]),
        ("Police detained hundreds of people who had marched in Lima.", "marched", ["people"]),
        # an -ing participle joined to a passive one inside a clause is the clause's sibling
        (
            "Lima expressed protest over the incident, saying it was a fishing boat blown "
            "off course and accusing Santiago of overreacting.",
            "accusing",
            ["Lima"],
        ),
        # names the parser made the object of a preposition of time are the verb's subjects
        (
            "Gazprom resumed pumping gas on Tuesday, a day after Moscow and Kiev signed new "
            "transit contracts.",
            "signed",
            ["Moscow", "Kiev"],
        ),
    ],
)
def test_subjects_the_parse_hides(nlp, text, verb, subjects):
    doc = nlp(text)
    assert [t.text for t in verb_subjects(next(t for t in doc if t.text == verb))] == subjects
