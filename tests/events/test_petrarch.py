"""PETRARCH verb dictionaries read as user lexicon files, and the PETRARCH suite evaluator."""

from __future__ import annotations

import json

import pytest

from eventwire.errors import ConfigError
from eventwire.events.lexicon import load_lexicon
from eventwire.events.petrarch import (
    looks_like_verb_dictionary,
    noun_lemma,
    read_verb_dictionary,
    verb_lemmas,
)

DICTIONARY = """\
<!-- A VALIDATION DICTIONARY
     spread over two lines -->
&TIETYPES
+MILITARY
+ECONOMIC

&MONEY   # a synset whose members are multi-word or synsets themselves
+SWISS_FRANCS
+&TIETYPES

--- RESTORE  [064]  ---
RESTORE           # the block's verb
- * TIES  [064]
- * DIPLXMATIC  [###]   # no event code: skipped
- HEAVILY *  [122]      # a word before the verb
- &NEGAUX * TIES  [904] # a negation before the verb, as TreeBank splits "didn't"
- * NO TIES  [112]      # a negation after the verb: skipped

--- CONTRIBUTE [070] ---
CONTRIBUTE
- * &MONEY  [071]

--- FREE  [---]  ---
FREE
- + * FROM $  [071]
- * (WITH)  [030]
- * CARD  [---]

--- ASK  [090] ---
ASK
- * TO RECONSIDER  [102]
- * FOR +  [0871]
- % *  [030]

--- SAID  [023]  ---
SAID

--- VISIT  [042:043]  ---
VISIT

--- BREAK [120] ---
BREAK {BROKE BROKEN}
+BREAK_DOWN {+BROKE_DOWN}
WIRE_+TAP

&NEGAUX
+DID N'T
+WO N'T

--- RISEN  [---]  ---
RISEN
- DEATH_TOTAL *  [224]  # joined words: adjacent ones
"""


@pytest.fixture(scope="module")
def converted():
    return read_verb_dictionary(DICTIONARY, name="mine.verbs.txt")


def texts(converted) -> dict[str, str]:
    return {pattern.text: pattern.code for pattern in converted.patterns}


def test_the_block_default_is_a_bare_verb_pattern(converted):
    found = texts(converted)
    assert found["restore"] == "064"
    assert found["contribute"] == "070"
    assert "free" not in found  # [---]: the verb alone codes nothing


def test_an_object_takes_its_singular_and_petrarchs_default_targets(converted):
    restore = next(p for p in converted.patterns if p.text.startswith("restore +tie"))
    assert restore.code == "064"
    assert {"with", "to", "against"} <= set(restore.target_preps)
    assert restore.origin == "mine.verbs.txt:13"


def test_synsets_expand_to_one_pattern_per_member_nested_ones_too(converted):
    objects = {p.obj for p in converted.patterns if p.head == "contribute" and p.code == "071"}
    assert {"franc", "military", "economic"} <= objects


def test_source_and_target_prepositions(converted):
    found = texts(converted)
    assert found["free <from"] == "071"  # "+ * FROM $": the subject is the target
    assert found["free @with!"] == "030"  # a preposition the pattern names must be there
    assert found["ask @for!"] == "0871"


def test_a_complement_verb(converted):
    ask = next(p for p in converted.patterns if p.head == "ask" and p.complement)
    assert (ask.complement, ask.code) == ("reconsider", "102")


def test_a_reverse_code_is_kept(converted):
    [visit] = [p for p in converted.patterns if p.text == "visit"]
    assert (visit.code, visit.reverse) == ("042", "043")  # [042:043]: B hosts A


def test_words_before_the_verb_are_required_words(converted):
    found = texts(converted)
    assert found["restore ^heavily"] == "122"
    negated = [p for p in converted.patterns if p.code == "904"]
    assert {p.before for p in negated} == {("did", "not"), ("will", "not")}
    assert all(p.states_negation for p in negated)
    assert "restore ^did ^not +tie" in {p.text.split(" @")[0] for p in negated}
    assert found["rise ^death_total"] == "224"


def test_an_adverb_of_time_after_the_verb_is_dropped():
    text = "--- ACT [100] ---\nACT\n- INDICATED WOULD * NOW [1010]\n- * ANGRILY [122]\n"
    found = read_verb_dictionary(text, name="act.txt")
    codes = {p.text.split(" @")[0]: p.code for p in found.patterns}
    assert codes["act ^indicated ^would"] == "1010" and found.approximated == 1
    assert codes["act ^angrily"] == "122"  # a manner adverb must modify the verb


def test_inflected_blocks_and_phrasal_verbs(converted):
    found = texts(converted)
    assert found["say"] == "023"  # --- SAID --- is the verb "say"
    assert found["break"] == found["break down"] == "120"
    assert found["tap ^wire."] == "120"  # WIRE_+TAP: "wire" right before "tap"


def test_what_cannot_be_said_is_counted_not_dropped_silently(converted):
    skipped = converted.skipped
    assert skipped["not an event code"] == 1  # [###]
    assert skipped["negation after the verb"] == 1
    assert converted.skipped_count == sum(skipped.values())
    loose = read_verb_dictionary("--- URGE [023] ---\nURGE\n- $ IN ^ *  [0871]\n", name="u.txt")
    assert loose.approximated == 1  # "IN ^" before the verb: any words between


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- * TIES [064]\n", r"mine.txt:1: a pattern line comes before any"),
        ("--- RESTORE [064] ---\nRESTORE\n<!-- never closed\n", r"mine.txt:3: '<!--'"),
        ("--- RESTORE [064 ---\n", r"mine.txt:1: unbalanced '\['"),
        ("&SYN\n+A\nLOOSE WORDS\n", r"mine.txt:3: unexpected line 'LOOSE WORDS' after a synset"),
        ("--- [064] ---\n", r"mine.txt:1: a verb block names no verb"),
    ],
)
def test_errors_in_structure_name_file_and_line(text, message):
    with pytest.raises(ConfigError, match=message):
        read_verb_dictionary(text, name="mine.txt")


def test_odd_lines_are_skipped_never_fatal():
    odd = (
        "--- BEGIN [---] ---\nBEGIN\n* (TO QUESTION) [110]\n- * ^ ^ [abc]\n- *  [07.5]\n---------\n"
    )
    converted = read_verb_dictionary(odd, name="odd.txt")
    assert converted.patterns == ()
    assert converted.skipped_count == 3


def test_detection_by_content():
    assert looks_like_verb_dictionary(DICTIONARY)
    assert not looks_like_verb_dictionary("040\tmeet @with\tThey met with B.\n")


def test_load_lexicon_reads_a_petrarch_file_whose_verbs_replace_ours(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text("--- MEET [031] ---\nMEET {MEETS MET MEETING}\n", encoding="utf-8")
    packaged = load_lexicon()
    lexicon = load_lexicon([path])
    assert [(p.code, p.text) for p in lexicon.verbs["meet"]] == [("031", "meet")]
    assert lexicon.verbs["attack"] == packaged.verbs["attack"]
    assert lexicon.nouns == packaged.nouns


def test_lemmas():
    assert noun_lemma("TIES") == "tie"
    assert noun_lemma("ALLIES") == "ally"
    assert noun_lemma("NEWS") == "news"
    assert verb_lemmas("SAID") == ["say"]
    assert "ease" in verb_lemmas("EASED")
    assert "repel" in verb_lemmas("REPELLED")


# End to end: a hand-written suite through annotate -> actors -> events ------------------

ACTORS = "ARNOR [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\nFRANCE [FRA]\n"
AGENTS = "GOVERNMENT [~GOV]\nSOLDIERS [~MIL]\n"
VERBS = """\
--- RESTORE [064] ---
RESTORE
- * TIES [064]

--- MEET [031] ---
MEET {MEETS MET MEETING}

--- WELCOME [041] ---
WELCOME

--- ARRIVE [032:033] ---
ARRIVE

--- SHELL [194] ---
SHELL

--- DELAY [191] ---
DELAY

--- LEAVE [012] ---
LEAVE

--- LEFT [032:033] ---
LEFT

--- ACT [100] ---
ACT
- * (ON RESOLUTION) [057]

--- AGREE [081] ---
AGREE
- % * [030:030]
- * WITH % [031]
"""
RECORDS = [
    {
        "id": "suite:T-1",
        "text": "Arnor restored diplomatic ties with Gondor.",
        "date": "1995-01-01",
        "events": [{"source": "ARN", "target": "GON", "code": "064"}],
        "meta": {},
    },
    {
        "id": "suite:T-2",
        "text": "Arnor met Minas Tirith.",
        "date": "1995-01-01",
        "events": [{"source": "ARN", "target": "GON", "code": "031"}],
        "meta": {},
    },
    {  # an agent composes with a dictionary country; the target is the first actor after
        "id": "suite:T-5",
        "text": "Gondor's government welcomed the reopening of the border with Arnor.",
        "date": "1995-01-01",
        "events": [{"source": "GONGOV", "target": "ARN", "code": "041"}],
        "meta": {},
    },
    {  # a reverse code: Gondor hosts the visit
        "id": "suite:T-6",
        "text": "Arnor arrived in Gondor.",
        "date": "1995-01-01",
        "events": [
            {"source": "ARN", "target": "GON", "code": "032"},
            {"source": "GON", "target": "ARN", "code": "033"},
        ],
        "meta": {},
    },
    {  # a modal event counts: PETRARCH codes what the sentence states
        "id": "suite:T-7",
        "text": "Arnor soldiers will shell Gondor.",
        "date": "1995-01-01",
        "events": [{"source": "ARNMIL", "target": "GON", "code": "194"}],
        "meta": {},
    },
    {  # a compound subject with no target acts on itself
        "id": "suite:T-8",
        "text": "Arnor and Gondor delayed the convoy.",
        "date": "1995-01-01",
        "events": [
            {"source": "ARN", "target": "GON", "code": "191"},
            {"source": "GON", "target": "ARN", "code": "191"},
        ],
        "meta": {},
    },
    {  # a block named by a form codes that form; the lemma's block the others
        "id": "suite:T-9",
        "text": "Arnor left for Gondor. Gondor leaves France.",
        "date": "1995-01-01",
        "events": [
            {"source": "ARN", "target": "GON", "code": "032"},
            {"source": "GON", "target": "ARN", "code": "033"},
            {"source": "GON", "target": "FRA", "code": "012"},
        ],
        "meta": {},
    },
    {  # "%": a compound subject acting on each other, a compound target
        "id": "suite:T-10",
        "text": "Arnor and Gondor agree that the war must end. Arnor agrees with Gondor and France.",
        "date": "1995-01-01",
        "events": [
            {"source": "ARN", "target": "GON", "code": "030"},
            {"source": "GON", "target": "ARN", "code": "030"},
            {"source": "ARN", "target": "GON", "code": "031"},
            {"source": "ARN", "target": "FRA", "code": "031"},
        ],
        "meta": {},
    },
    {  # a fixed prepositional phrase
        "id": "suite:T-11",
        "text": "Arnor acted on a resolution with Gondor.",
        "date": "1995-01-01",
        "events": [{"source": "ARN", "target": "GON", "code": "057"}],
        "meta": {},
    },
    {"id": "suite:T-3", "text": "Nothing happened.", "events": [], "meta": {"noevents": True}},
    {"id": "suite:T-4", "text": "x", "events": [], "meta": {"expected_error": "dateline"}},
]


@pytest.fixture
def suite(tmp_path):
    raw = tmp_path / "petrarch2_unittest" / "raw"
    raw.mkdir(parents=True)
    for name, text in (("actors", ACTORS), ("agents", AGENTS), ("verbs", VERBS)):
        (raw / f"Mine.{name}.txt").write_text(text, encoding="utf-8")
    lines = "".join(json.dumps(record) + "\n" for record in RECORDS)
    (tmp_path / "petrarch2_unittest" / "data.jsonl").write_text(lines, encoding="utf-8")
    return tmp_path


@pytest.mark.slow
def test_a_suite_codes_with_its_own_dictionaries(suite):
    from eventwire.evaluate import evaluate

    score = evaluate("petrarch2_unittest", eval_dir=suite)
    assert score.metrics["records"] == 10  # the expected-error record is left out
    assert score.metrics["exact"] == 1.0, score.errors
    assert score.metrics["extra_ratio"] == 0.0


def test_an_actors_dictionary_gives_countries_that_agents_compose_with():
    from eventwire.actors.petrarch import read_petrarch_tables

    tables = read_petrarch_tables(ACTORS + "ELROND [ELF]\nGALADRIEL [ELF]\n", "a.txt")
    countries = {row["iso3"]: row for row in tables[0].rows}
    assert tables[0].name == "countries" and tables[1].name == "people"
    assert countries["GON"]["aliases"] == "Minas Tirith"
    assert (countries["ELF"]["name"], countries["ELF"]["aliases"]) == ("Elrond", "Galadriel")
    france = countries["FRA"]  # the packaged row, kept whole
    assert france["name"] == "France" and "French" in france["demonyms"].split("|")


def test_a_dictionary_name_joins_a_packaged_country_as_an_alias():
    from eventwire.actors.petrarch import read_petrarch_tables

    text = "NORTH_KOREA [PRK]\n+PYONGYANG\n+THE_HERMIT_KINGDOM\nDENMARK [DNK]\n+ZEALAND\n"
    countries = {row["iso3"]: row for row in read_petrarch_tables(text, "a.txt")[0].rows}
    assert {"Pyongyang", "The Hermit Kingdom"} <= set(countries["PRK"]["aliases"].split("|"))
    assert "Danish" in countries["DNK"]["demonyms"].split("|")  # the packaged row stays


def test_dictionary_names_keep_function_words_in_lower_case():
    from eventwire.actors.petrarch import phrase_of

    assert phrase_of("PRINCE OF DOL AMROTH") == "Prince of Dol Amroth"
    assert phrase_of("THE_HERMIT_KINGDOM") == "The Hermit Kingdom"


def test_compound_markers_become_compound_subjects_and_targets(converted):
    assert texts(converted)["% ask"] == "030"  # - % * [030]: "A and B ask ..."
    dictionary = "--- AGREE [081] ---\nAGREE\n- * WITH % [031]\n- % HAVE * [030:030]\n"
    found = read_verb_dictionary(dictionary, name="agree.verbs.txt")
    assert texts(found)["agree @with! %"] == "031"
    both = next(p for p in found.patterns if p.compound_subject)
    assert (both.text, both.code, both.reverse) == ("% agree", "030", "030")
    assert found.approximated == 1  # HAVE is dropped


def test_a_block_named_by_a_form_is_restricted_to_that_form():
    dictionary = "--- LEAVE [012] ---\nLEAVE\n\n--- LEFT [032:033] ---\nLEFT\n- * FOR + [032]\n"
    converted = read_verb_dictionary(dictionary, name="left.verbs.txt")
    found = {p.text: f"{p.code}:{p.reverse}".rstrip(":") for p in converted.patterns}
    assert found["leave"] == "012"
    assert found["leave =left"] == "032:033"
    assert found["leave =left @for!"] == "032"
    alone = texts(read_verb_dictionary("--- SAID [023] ---\nSAID\n", name="said.verbs.txt"))
    assert alone == {"say": "023"}  # no SAY block: SAID codes every form of "say"


def test_a_no_event_pattern_blocks_the_bare_verb(converted):
    found = [p for p in converted.patterns if p.head == "free" and p.obj == "card"]
    assert found and all(p.code == "---" for p in found)  # - * CARD [---]


def test_object_modifiers_are_required():
    dictionary = "--- RESTORE  [064]  ---\nRESTORE\n- * FULL DIPLOMATIC TIES  [081]\n"
    found = texts(read_verb_dictionary(dictionary, name="mods.verbs.txt"))
    assert any(
        t.startswith("restore +full_diplomatic_tie ") and c == "081" for t, c in found.items()
    )
    assert not any(t.startswith("restore +tie ") for t in found)  # "restored ties" is 064


def test_joined_object_words_stand_together_and_named_prepositions_are_required():
    dictionary = (
        "&KINDS\n+TRADE\n+BORDER\n\n--- HAIL  [051]  ---\nHAIL\n"
        "- * &KINDS_LETTERS FROM [911]\n- * &KINDS PLEDGES [914]\n- * (TO) [043]\n"
        "- * TREATY [057]\n"
    )
    found = texts(read_verb_dictionary(dictionary, name="glue.verbs.txt"))
    assert found["hail +trade.letter @from!"] == "911"  # "_": adjacent words
    assert found["hail +border.letters @from!"] == "911"
    assert any(t.startswith("hail +trade_pledge @") and c == "914" for t, c in found.items())
    assert found["hail @to!"] == "043"
    treaty = [t for t in found if t.startswith("hail +treaty ")]
    assert treaty and "!" not in treaty[0]  # PETRARCH's default targets stay optional


def test_a_preposition_passed_over_leaves_the_target_to_the_actor_after_it():
    dictionary = (
        "--- FEAST  [051]  ---\nFEAST\n- * BANQUET IN ^ +  [045]\n"
        "- * BANQUET AT ^ ^ +  [044]\n- * HARVEST (AT ^) (WITH +)  [043]\n"
        "- * GALA (IN ^) +  [046]\n- * (TO) ^ +  [042]\n"
    )
    found = read_verb_dictionary(dictionary, name="feast.verbs.txt")
    assert texts(found)["feast +banquet !in"] == "045"
    assert texts(found)["feast +banquet !at"] == "044"
    assert texts(found)["feast +harvest !at @with!"] == "043"
    assert texts(found)["feast +gala !in"] == "046"  # UD-PETRARCH's "(IN ^) +"
    assert texts(found)["feast !to"] == "042"
    assert found.approximated == 0 and not found.skipped


def test_words_joined_to_the_verb_stand_right_before_it():
    dictionary = (
        "--- HAIL  [051]  ---\nHAIL\nSIDE_+HAIL\n- RECENTLY_*  [025]\n- FAILED_TO_*  [111]\n"
        "- DID_N'T_*  [112]\n- SAID WOULD_*  [036]\n- QUIETLY *  [052]\n"
    )
    found = texts(read_verb_dictionary(dictionary, name="hail.verbs.txt"))
    assert found["hail ^recently."] == "025"
    assert found["hail ^failed_to."] == "111"
    assert found["hail ^did_not."] == "112"
    assert found["hail ^said ^would."] == "036"
    assert found["hail ^quietly"] == "052"  # not joined: anywhere before the verb
    assert found["hail ^side."] == "051"  # a word before the verb of the verb line
    assert found["hail ^side. ^recently."] == "025"


def test_a_code_outside_cameo_is_the_dictionarys_own():
    dictionary = (
        "--- GIVE  [070]  ---\nGIVE\n- * SWISS FRANCS  [903]\n- * GOLD  [174K]\n"
        "- * FULL AID  [+++]\n"
    )
    found = texts(read_verb_dictionary(dictionary, name="money.verbs.txt"))
    assert any(t.startswith("give +swiss_franc ") and c == "903" for t, c in found.items())
    assert any(t.startswith("give +gold ") and c == "174K" for t, c in found.items())
    assert not any(t.startswith("give +full_aid ") for t in found)  # [+++]: no code at all


@pytest.mark.slow
def test_a_users_gold_file_is_coded_with_the_dictionaries_given(suite, tmp_path):
    from eventwire.evaluate import Options, evaluate

    gold = tmp_path / "mine.jsonl"
    gold.write_text("".join(json.dumps(record) + "\n" for record in RECORDS[:-1]))
    raw = suite / "petrarch2_unittest" / "raw"
    with_them = evaluate(str(gold), options=Options(dictionaries=raw)).metrics
    without = evaluate(str(gold)).metrics
    assert with_them["f1"] == 1.0, with_them
    assert without["f1"] < 0.5
