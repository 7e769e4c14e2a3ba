"""The coder on parsed sentences with hand-built actor mentions."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime

import pytest

from eventwire.annotate import text_to_parse, to_document
from eventwire.datatypes import PLACE, Actor, Article, Document, Entity, Factuality
from eventwire.errors import StageError
from eventwire.events import CameoCoder, factuality
from eventwire.events.ontology import load_ontology
from tests.conftest import mention_of

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coder():
    return CameoCoder()


def code(nlp, coder, text, actors):
    """The events of a text whose actors are (phrase, code) or (phrase, code, kind)."""
    article = Article(id="t", text=text, published=datetime(2019, 4, 26))
    doc = to_document(Document(article=article), nlp(text))
    mentions = tuple(_sector_alone(_mention(text, *actor)) for actor in actors)
    return coder(Document(**{**_fields(doc), "mentions": mentions})).events


def _mention(text, phrase, code, kind=""):
    return mention_of(text, phrase, code, kind=kind)


SECTORS = frozenset(
    {"GOV", "MIL", "COP", "REB", "OPP", "CVL", "MED", "JUD", "LEG", "SPY", "UAF", "CRM", "NGO"}
    | {"AGR", "ELI", "ENV", "EDU", "LAB", "REL", "HLH", "BUS", "REF", "PTY"}
)


def _sector_alone(mention):
    """A mention coded by a sector alone ("MIL") has no country."""
    if mention.actor.country not in SECTORS:
        return mention
    actor = dataclasses.replace(mention.actor, country="", sectors=(mention.actor.code[:3],))
    return dataclasses.replace(mention, actor=actor)


def _fields(doc):
    return {name: getattr(doc, name) for name in doc.__dataclass_fields__}


def _codes(event):
    return event.source.actor.code, event.target.actor.code if event.target else None


def dyads(events):
    return {
        (e.source.actor.code, e.target.actor.code if e.target else None, e.root) for e in events
    }


def test_active_voice_with_a_target_preposition(nlp, coder):
    events = code(
        nlp,
        coder,
        "The United States imposed new sanctions on North Korea on Tuesday.",
        [("The United States", "USA"), ("North Korea", "PRK")],
    )
    [event] = events
    assert (event.source.actor.code, event.target.actor.code, event.cameo) == ("USA", "PRK", "163")
    assert event.plover == "SANCTION" and event.quad_class == 4
    assert event.factuality is Factuality.ASSERTED
    assert "imposed" in event.evidence.text and "North Korea" in event.evidence.text


def test_passive_voice_keeps_the_doer_as_source(nlp, coder):
    events = code(
        nlp,
        coder,
        "Iranian diplomats were expelled by France on Monday.",
        [("Iranian diplomats", "IRNGOV"), ("France", "FRA")],
    )
    assert ("FRA", "IRNGOV", "17") in dyads(events)
    assert all(e.source.actor.code != "IRNGOV" for e in events)


def test_coordinated_subjects_with_no_target_meet_each_other(nlp, coder):
    events = code(
        nlp, coder, "Putin and Kim met in Vladivostok.", [("Putin", "RUSGOV"), ("Kim", "PRKGOV")]
    )
    assert {("RUSGOV", "PRKGOV", "04"), ("PRKGOV", "RUSGOV", "04")} <= dyads(events)


def test_an_actor_naming_the_place_is_no_counterpart_of_actors_meeting(nlp, coder):
    text = "Xi and Biden met at the summit in Osaka, Japan."
    actors = [("Xi", "CHNGOV"), ("Biden", "USAGOV"), ("Japan", "JPN")]
    assert dyads(code(nlp, coder, text, actors)) == {
        ("CHNGOV", "USAGOV", "04"),
        ("USAGOV", "CHNGOV", "04"),
    }


def test_the_country_of_the_talks_an_agreement_came_at_is_no_party_to_it(nlp, coder):
    text = "Peru and Chile agreed on Monday to an immediate ceasefire at talks in Bolivia."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL")]
    assert {_codes(e) for e in code(nlp, coder, text, actors)} == {("PER", "CHL"), ("CHL", "PER")}


def test_actors_praising_together_praise_no_one(nlp, coder):
    text = "China and Russia praised the resolution."
    events = code(nlp, coder, text, [("China", "CHN"), ("Russia", "RUS")])
    assert dyads(events) == {("CHN", None, "05"), ("RUS", None, "05")}


def test_a_sector_word_as_an_adjective_is_no_target(nlp, coder):
    text = "Peru and Chile held a new round of military talks."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("military", "MIL")]
    assert {t for _, t, _ in dyads(code(nlp, coder, text, actors))} == {"PER", "CHL"}


def test_a_missile_test_is_a_show_of_force(nlp, coder):
    text = "North Korea test-fired a cruise missile into the sea."
    assert dyads(code(nlp, coder, text, [("North Korea", "PRK")])) == {("PRK", None, "15")}


def test_traded_accusations_are_mutual(nlp, coder):
    text = "Peru and Chile traded accusations over the collapse of the talks."
    events = code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL")])
    assert dyads(events) == {("PER", "CHL", "11"), ("CHL", "PER", "11")}


def test_roles_coordinated_before_a_mention_share_it(nlp, coder):
    text = "Peruvian and Chilean troops clashed near the border."
    events = code(nlp, coder, text, [("Peruvian", "PERMIL"), ("Chilean troops", "CHLMIL")])
    assert dyads(events) == {("PERMIL", "CHLMIL", "19"), ("CHLMIL", "PERMIL", "19")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels attacked Peruvian and Chilean interests.",
            {("REB", "PER", "19"), ("REB", "CHL", "19")},
        ),
        ("The rebels attacked Peruvian interests in Ecuador and Chile.", {("REB", "PER", "19")}),
    ],
)
def test_countries_coordinated_before_a_thing_each_own_it(nlp, coder, text, expected):
    names = [("rebels", "REB"), ("Peruvian", "PER"), ("Chilean", "CHL"), ("Chile", "CHL")]
    names += [("Ecuador", "ECU")]
    actors = [(n, c) for n, c in names if re.search(rf"\b{n}\b", text)]
    assert dyads(code(nlp, coder, text, actors)) == expected


@pytest.mark.parametrize(
    ("listed", "expected"),
    [("three Peruvians", "PERCVL"), ("three Peruvians and a Bolivian", "CHLCVL")],
)
def test_people_including_those_of_one_country_are_theirs(nlp, coder, listed, expected):
    text = f"A Chilean court sentenced 37 people, including {listed}, to prison."
    names = [("Chilean court", "CHLJUD"), ("people", "CVL"), ("Peruvians", "PER")]
    actors = [*names, ("Bolivian", "BOL")] if "Bolivian" in text else names
    assert {t for _, t, _ in dyads(code(nlp, coder, text, actors))} == {expected}


def test_allies_holding_drills_hold_them_together(nlp, coder):
    text = "Peru's allies held naval drills near Chile."
    actors = [("Peru's allies", "PER"), ("Chile", "CHL")]
    assert {event.cameo for event in code(nlp, coder, text, actors)} == {"062"}


def test_an_act_on_a_target_absorbs_the_same_act_on_no_one(nlp, coder):
    text = "Chilean police used tear gas to disperse the protesters."
    events = code(nlp, coder, text, [("Chilean police", "CHLCOP"), ("protesters", "OPP")])
    assert dyads(events) == {("CHLCOP", "CHLOPP", "17")}


def test_a_verb_that_names_its_object_is_no_appeal(nlp, coder):
    text = "Peru accused Chile of attacking Lima, calling it an act of war."
    events = code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL"), ("Lima", "PERGOV")])
    found = {(e.source.actor.code, e.target.actor.code, e.root, e.factuality) for e in events}
    assert found == {
        ("PER", "CHL", "11", Factuality.ASSERTED),
        ("CHL", "PERGOV", "19", Factuality.ALLEGED),
    }


def test_a_participle_of_words_after_an_accusation_is_the_accuser_s(nlp, coder):
    text = "Peru accused Chile of shelling the border, vowing to attack Chile."
    events = code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL")])
    vow = [e for e in events if e.trigger.text == "attack"]
    assert [(e.source.actor.code, e.cameo, e.factuality) for e in vow] == [
        ("PER", "1384", Factuality.ASSERTED)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru and Chile began joint naval drills.", {("PER", "CHL", "06"), ("CHL", "PER", "06")}),
        ("Peru revoked its defence agreement with Chile.", {("PER", "CHL", "12")}),
        ("Peru received fighter jets from Chile.", {("CHL", "PER", "07")}),
        ("Peru's plan won praise from Chile.", {("CHL", "PER", "05")}),
        ("Peru sent a team of medical experts to Chile.", {("PER", "CHL", "07")}),
        ("Peru had lunch with Chile's president.", {("PER", "CHL", "04"), ("CHL", "PER", "04")}),
        ("Peru fired on Chile's boats.", {("PER", "CHL", "19")}),
        ("Peru fired its ambassador to Chile.", set()),
        ("Peru expelled some of Chile's peacekeepers.", {("PER", "CHL", "16")}),
        ("Peru and Chile agreed to withdraw troops.", {("PER", "CHL", "03"), ("CHL", "PER", "03")}),
        ("Peru oversaw the test of a new missile, Chile said.", {("PER", None, "15")}),
        (
            "Peru offered to mediate between Chile and Bolivia.",
            {("PER", "CHL", "03"), ("PER", "BOL", "03")},
        ),
        ("Peru strengthened its forces near Chile.", {("PER", "CHL", "15")}),
        ("Peru summoned Chile's envoy to protest against the raids.", {("PER", "CHL", "11")}),
        ("Peru's naval drills drew a warning from Chile.", {("CHL", "PER", "13")}),
        ("Peru sent howitzers to Chile.", {("PER", "CHL", "07")}),
        ("Peru faced pressure from Chile to close the border.", {("CHL", "PER", "10")}),
        ("Peru stepped up pressure on Chile.", {("PER", "CHL", "10")}),
        (
            "Peru and Chile discussed the border dispute by phone.",
            {("PER", "CHL", "04"), ("CHL", "PER", "04")},
        ),
        ("Peru protested to Chile over the arrest of a fisherman.", {("PER", "CHL", "11")}),
        ("Peru's court struck down Chile's claim to the islands.", {("PER", "CHL", "12")}),
        ("Peru hit back at Chile over its criticism.", {("PER", "CHL", "11")}),
        ("Peru halted gas supplies to Chile.", {("PER", "CHL", "16")}),
        ("Peru's troops poured into Chile.", {("PER", "CHL", "19")}),
        ("Peru lodged stern representations with Chile.", {("PER", "CHL", "11")}),
        ("Peru's downing of Chile's plane sparked a crisis.", {("PER", "CHL", "19")}),
        ("Peru delivered fuel to the region through Chile.", {("PER", None, "07")}),
        ("Peru retaliated by expelling Chile's ambassador.", {("PER", "CHL", "17")}),
        ("Peru spoke by phone with Chile.", {("PER", "CHL", "04"), ("CHL", "PER", "04")}),
        (
            "Peru told Chile in a phone call that it would stay.",
            {("PER", "CHL", "04"), ("CHL", "PER", "04")},
        ),
        ("Peru ordered Chile to close its consulate in Arica.", {("PER", "CHL", "16")}),
        ("Peru ordered the closure of Chile's consulates.", {("PER", "CHL", "16")}),
        ("Peru suspended the military pact with Chile.", {("PER", "CHL", "16")}),
        ("Peru signed a defence pact with Chile.", {("PER", "CHL", "05"), ("CHL", "PER", "05")}),
        ("Peru struck a trade deal with Chile.", {("PER", "CHL", "05"), ("CHL", "PER", "05")}),
        ("Peru reached an agreement with Chile.", {("PER", "CHL", "05"), ("CHL", "PER", "05")}),
        ("Peru's plan sparked outrage from Chile.", {("CHL", "PER", "11")}),
    ],
)
def test_lexicon_patterns_of_news(nlp, coder, text, expected):
    actors = [
        (a, c) for a, c in [("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL")] if a in text
    ]
    assert dyads(code(nlp, coder, text, actors)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boric met the visiting Peruvian minister.", ("CHLGOV", "PERGOV", "04")),
        ("Boric held talks with the visiting Peruvian minister.", ("CHLGOV", "PERGOV", "04")),
    ],
)
def test_a_visiting_guest_visits_the_host(nlp, coder, text, expected):
    actors = [("Boric", "CHLGOV"), ("Peruvian minister", "PERGOV")]
    events = code(nlp, coder, text, actors)
    assert dyads(events) == {expected, ("PERGOV", "CHLGOV", "04")}
    [visit] = [e for e in events if e.trigger.text == "visiting"]
    assert (visit.source.actor.code, visit.cameo) == ("PERGOV", "042")


def test_an_accused_object_does_the_act_alleged_of_it(nlp, coder):
    text = "Peru accused Chilean vessels of ramming its patrol boat near the coast."
    events = code(nlp, coder, text, [("Peru", "PER"), ("Chilean vessels", "CHLUNK")])
    ramming = [e for e in events if e.trigger.text == "ramming"]
    assert [(e.source.actor.code, e.root, e.factuality) for e in ramming] == [
        ("CHLUNK", "19", Factuality.ALLEGED)
    ]


def test_words_rejected_were_said_all_the_same(nlp, coder):
    text = "Peru rejected calls by Chile for a Palestinian state."
    events = code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL")])
    calls = [e for e in events if e.trigger.text == "calls"]
    assert [(e.source.actor.code, e.factuality) for e in calls] == [("CHL", Factuality.ASSERTED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boric called Castillo on Friday.", {("CHLGOV", "PERGOV", "04")}),
        ("Boric called on Castillo to resign.", {("CHLGOV", "PERGOV", "02")}),
        ("Boric called Castillo a liar.", {("CHLGOV", "PERGOV", "11")}),  # no call: abuse
        ("Chile shelled what Boric called a rebel camp near Lima.", set()),
    ],
)
def test_calling_a_person_is_a_phone_call(nlp, coder, text, expected):
    actors = [(a, c) for a, c in [("Boric", "CHLGOV"), ("Castillo", "PERGOV")] if a in text]
    assert dyads(code(nlp, coder, text, actors)) == expected


def test_an_object_pronoun_is_not_the_doer_of_its_verb(nlp, coder):
    text = "Boric phoned Castillo on Friday and urged him to resign."
    events = code(nlp, coder, text, [("Boric", "CHLGOV"), ("Castillo", "PERGOV")])
    assert dyads(events) == {("CHLGOV", "PERGOV", "04"), ("CHLGOV", "PERGOV", "02")}


def test_him_stands_for_no_metonym_of_a_state(nlp, coder):
    text = "La Moneda said Boric had phoned Castillo and urged him to resign."
    actors = [("La Moneda", "CHLGOV", "metonym"), ("Boric", "CHLGOV", "person")]
    actors += [("Castillo", "PERGOV", "person")]
    urged = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "urged"]
    assert [_codes(e) for e in urged] == [("CHLGOV", "PERGOV")]


def test_them_stands_for_no_single_country(nlp, coder):
    text = (
        "Peru freed 20 dissidents and flew them to Chile, and lawmakers stripped them of "
        "citizenship."
    )
    actors = [("Peru", "PER"), ("dissidents", "OPP", "group"), ("Chile", "CHL", "country")]
    actors += [("lawmakers", "LEG", "group")]
    stripped = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "stripped"]
    assert stripped and all(e.target.actor.code != "CHL" for e in stripped)


def test_dissidents_a_country_frees_are_its_own(nlp, coder):
    text = "Peru freed 20 political prisoners on Thursday."
    actors = [("Peru", "PER"), ("political prisoners", "OPP", "group")]
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "PEROPP", "08")}


def test_them_stands_for_no_single_person(nlp, coder):
    text = "Boric said Chile had detained ten Peruvian diplomats and accused them of spying."
    actors = [("Boric", "CHLGOV", "person"), ("Chile", "CHL"), ("Peruvian diplomats", "PERGOV")]
    accusations = [e for e in code(nlp, coder, text, actors) if e.root == "11"]
    assert [(e.source.actor.code, e.target.actor.code) for e in accusations] == [("CHL", "PERGOV")]


def test_a_verb_tagged_as_a_noun_with_a_particle_still_codes(nlp, coder):
    text = "Peru and Chile hand over urgently needed medical supplies to the Bolivian Government."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivian Government", "BOLGOV")]
    assert {("PER", "BOLGOV", "07"), ("CHL", "BOLGOV", "07")} <= dyads(
        code(nlp, coder, text, actors)
    )


def test_a_verb_tagged_as_a_plural_noun_still_codes(nlp, coder):
    text = "The Chilean government, thus, rejects and condemns the decision by Peru, he said."
    events = code(nlp, coder, text, [("Chilean government", "CHLGOV"), ("Peru", "PER")])
    assert ("CHLGOV", "PER", "11") in dyads(events)


def test_an_irregular_past_tagged_as_present_still_codes(nlp, coder):
    text = "Peruvian jihadists overran a military base in Chile after a firefight."
    actors = [("Peruvian jihadists", "PERREB"), ("Chile", "CHL")]
    assert ("PERREB", "CHL", "19") in dyads(code(nlp, coder, text, actors))


def test_a_violent_act_on_no_one_gives_way_to_one_on_a_target(nlp, coder):
    text = "The jet was blown up over Chile by a missile believed to be fired by Peruvian rebels."
    events = code(nlp, coder, text, [("Chile", "CHL"), ("Peruvian rebels", "PERREB")])
    assert all(e.target is not None for e in events if e.root in ("18", "19"))


def test_an_alleged_act_is_reported(nlp, coder):
    text = "Chile recalled its ambassador after the alleged attack by Peru on its embassy."
    events = code(nlp, coder, text, [("Chile", "CHL"), ("Peru", "PER")])
    attacks = [e for e in events if e.trigger.text == "attack"]
    assert attacks and all(e.factuality is Factuality.REPORTED for e in attacks)


@pytest.mark.parametrize(
    "text",
    [
        "Chile condemned Peru's seizure of a Bolivian tanker.",
        "Chile demanded an end to the Peruvian seizure of Bolivian tankers.",
        "Peru's seizure of a Bolivian tanker was condemned by Chile.",
    ],
)
def test_an_act_a_comment_is_about_is_no_news_of_its_own(nlp, coder, text):
    names = {"Chile": "CHL", "Peru": "PER", "Peruvian": "PER", "Bolivian": "BOL"}
    actors = [(name, code) for name, code in names.items() if re.search(rf"\b{name}\b", text)]
    roots = {e.root for e in code(nlp, coder, text, actors)}
    assert "17" not in roots and roots & {"10", "11"}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "Peru's government declared a state of emergency.",
            [("Peru's government", "PERGOV")],
            "PER",
        ),
        ("Peru imposed a curfew in Bolivia.", [("Peru", "PERGOV"), ("Bolivia", "BOL")], "BOL"),
    ],
)
def test_a_state_of_emergency_rules_the_state_s_own_country(nlp, coder, text, actors, expected):
    [event] = code(nlp, coder, text, actors)
    assert (event.root, event.target.actor.code) == ("17", expected)


def test_a_toll_after_a_scene_is_the_main_clause_s(nlp, coder):
    text = "Peruvian troops shelled a village as Chilean farmers gathered, killing 20 people."
    actors = [("Peruvian troops", "PERMIL"), ("Chilean farmers", "CHLAGR"), ("people", "CVL")]
    sources = {e.source.actor.code for e in code(nlp, coder, text, actors)}
    assert sources == {"PERMIL"}


def test_a_place_near_an_attack_is_not_its_target(nlp, coder):
    text = "Peruvian rebels stormed a hotel near the Chilean embassy, killing nine guests."
    actors = [("Peruvian rebels", "PERREB"), ("Chilean embassy", "CHLGOV"), ("guests", "CVL")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERREB", "CVL", "18")}


def test_a_toll_names_an_attack_s_target_before_its_place(nlp, coder):
    text = "Gunmen detonated a car bomb outside a hotel in Lima, killing 12 people."
    actors = [("Gunmen", "UAF"), ("Lima", "PERGOV", "capital"), ("people", "CVL")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERUAF", "PERCVL", "18")}


def test_an_attack_on_no_one_named_is_aimed_at_its_toll(nlp, coder):
    text = "Gunmen detonated a car bomb in Lima, killing nine Peruvian soldiers."
    actors = [("Gunmen", "UAF"), ("Peruvian soldiers", "PERMIL")]
    places = [("Lima", "PER")]
    assert dyads(code_in_places(nlp, coder, text, actors, places)) == {("PERUAF", "PERMIL", "18")}


def test_a_visiting_guest_received_is_the_host_s_target(nlp, coder):
    text = "Peruvian President Boric received visiting Chilean Prime Minister Arce in Lima."
    actors = [("Peruvian President Boric", "PERGOV"), ("Chilean Prime Minister Arce", "CHLGOV")]
    events = code(nlp, coder, text, actors)
    hosted = [e for e in events if e.cameo == "043"]
    assert [(e.source.actor.code, e.target.actor.code) for e in hosted] == [("PERGOV", "CHLGOV")]


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "Chilean rebels detained two engineers, and Peru demanded their release.",
            [("Chilean rebels", "CHLREB"), ("engineers", "CVL"), ("Peru", "PER")],
            ("PER", "CHLREB"),
        ),
        (
            "Peru condemned Chile's seizure of a fishing boat and demanded its release.",
            [("Peru", "PER"), ("Chile", "CHL")],
            ("PER", "CHL"),
        ),
        (
            "Peru urged the release of two engineers held by Chile.",
            [("Peru", "PER"), ("engineers", "CVL"), ("Chile", "CHL")],
            ("PER", "CHL"),
        ),
    ],
)
def test_a_demand_for_a_release_is_aimed_at_the_captors(nlp, coder, text, actors, expected):
    events = code(nlp, coder, text, actors)
    assert [_codes(e) for e in events if e.cameo in ("0253", "1053")] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Peru's Shining Path rebels freed ten soldiers, handing them over to the Red Cross.",
        "Peru's Shining Path rebels released six soldiers on Monday.",
    ],
)
def test_soldiers_rebels_free_are_their_country_s_and_the_hand_over_is_the_release(
    nlp, coder, text
):
    actors = [("Peru", "PER"), ("Shining Path rebels", "PERREB"), ("soldiers", "MIL")]
    actors += [("Red Cross", "NGOIRC")]
    present = [actor for actor in actors if actor[0] in text]
    assert dyads(code(nlp, coder, text, present)) == {("PERREB", "PERMIL", "08")}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Islamic State fighters killed two Chilean police officers.", []),
        ("Islamic State ambushed a police patrol in the Atacama desert.", [("Atacama", "CHL")]),
    ],
)
def test_a_transnational_movement_is_coded_where_it_strikes(nlp, coder, text, places):
    actors = [("Islamic State", "IRQINS"), ("Chilean police officers", "CHLCOP")]
    actors += [("police patrol", "COP")]
    present = [actor for actor in actors if actor[0] in text]
    events = code_in_places(nlp, coder, text, present, places)
    assert {e.source.actor.code for e in events} == {"CHLINS"}


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean navy released a video showing drills near Peru.",
        "A Chilean jet released flares near a Peruvian plane.",
        "Trade between Chile and Peru reached a record $2 billion last year.",
        "Chile filed a case at the International Court of Justice on Friday.",
    ],
)
def test_a_thing_released_a_trade_figure_and_a_court_filed_at_are_no_events(nlp, coder, text):
    actors = [("Chilean navy", "CHLMIL"), ("Chilean jet", "CHLMIL"), ("Peruvian plane", "PER")]
    actors += [("Peru", "PER"), ("Chile", "CHL"), ("International Court of Justice", "IGOUNO")]
    present = [actor for actor in actors if re.search(rf"\b{actor[0]}\b", text)]
    assert not [e for e in code(nlp, coder, text, present) if e.target is not None]


def test_an_attack_noun_after_a_strike_verb_is_the_same_attack(nlp, coder):
    text = (
        "Chile launched hundreds of drones and missiles at Peru overnight in its first direct "
        "attack on Peruvian territory."
    )
    actors = [("Chile", "CHL"), ("Peruvian", "PER", "demonym"), ("Peru", "PER")]
    assert [_codes(e) for e in code(nlp, coder, text, actors)] == [("CHL", "PER")]


def test_an_order_to_one_s_own_troops_is_no_demand_on_them(nlp, coder):
    text = "Peru's army chief ordered his troops to withdraw from the town."
    actors = [("Peru's army chief", "PERMIL"), ("troops", "PERMIL")]
    assert not [e for e in code(nlp, coder, text, actors) if e.target is not None]


def test_landing_on_a_ship_is_no_visit(nlp, coder):
    text = "Peruvian commandos, who landed on the deck of the Chilean-owned ship, seized it."
    actors = [("Peruvian commandos", "PERMIL"), ("Chilean", "CHL")]
    assert not [e for e in code(nlp, coder, text, actors) if e.root == "04"]


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "Peru's former president Castillo was sentenced to three years in prison.",
            [("Peru's former president Castillo", "PERELI")],
            {("PERJUD", "PERELI")},
        ),
        (
            "Castillo was sentenced to three years after a Lima court found him guilty.",
            [("Castillo", "PERELI", "person"), ("Lima court", "PERJUD")],
            {("PERJUD", "PERELI")},
        ),
        (
            "Peru hanged two men who had been convicted of murder.",
            [("Peru", "PER"), ("men", "CVL", "group")],
            set(),
        ),
    ],
)
def test_one_sentenced_by_no_one_named_was_sentenced_by_a_court(nlp, coder, text, actors, expected):
    events = code(nlp, coder, text, actors)
    assert {_codes(e) for e in events if e.root == "11"} == expected


def test_one_charged_by_no_one_named_was_charged_by_a_court(nlp, coder):
    text = "Peru's opposition leader was charged with treason on Thursday."
    events = code(nlp, coder, text, [("Peru's opposition leader", "PEROPP")])
    assert {_codes(e) for e in events if e.root == "17"} == {("PERJUD", "PEROPP")}


def test_greeting_people_of_no_body_is_no_hosting(nlp, coder):
    text = "The Peruvian candidate greeted supporters at a rally in Lima."
    actors = [("Peruvian candidate", "PERPTY"), ("Lima", "PERGOV", "capital")]
    assert not code(nlp, coder, text, actors)


@pytest.mark.parametrize(
    "text",
    [
        "Boric described Peru's proposal to cut fishing quotas for Chile as 'political blackmail'.",
        "Santiago called Peru's duties unjustified.",
        "Boric called Peru's proposal blackmail.",
        'Santiago called Peru\'s export curbs "unwise" on Monday.',
        'Boric called Peru\'s sanctions "economic warfare" on Monday.',
    ],
)
def test_naming_an_actor_s_act_with_a_word_of_abuse_denounces_it(nlp, coder, text):
    actors = [("Boric", "CHLGOV"), ("Santiago", "CHLGOV", "capital"), ("Peru", "PER")]
    actors += [("Chile", "CHL")]
    present = [actor for actor in actors if re.search(rf"\b{actor[0]}\b", text)]
    events = code(nlp, coder, text, present)
    assert {(e.source.actor.code, e.root) for e in events if e.target} == {("CHLGOV", "11")}
    assert all(e.target.actor.country == "PER" for e in events if e.target)


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile swapped hundreds of prisoners in a Bolivia-brokered exchange.",
        "Peru and Chile signed a truce after days of talks convened by Bolivia.",
        "Bolivia, which mediated the agreement between Peru and Chile, hailed the deal.",
        "Peru and Chile met in La Paz on Monday under the mediation of Bolivia.",
        "Peru and Chile signed a truce on Monday, with Bolivia acting as mediator.",
    ],
)
def test_the_mediator_of_an_act_mediates_with_each_of_its_parties(nlp, coder, text):
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL")]
    mediated = [e for e in code(nlp, coder, text, actors) if e.cameo == "045"]
    assert {_codes(e) for e in mediated} == {("BOL", "PER"), ("BOL", "CHL")}


def test_a_mediated_act_that_did_not_happen_has_no_mediation(nlp, coder):
    text = "Peru did not attend the Bolivia-hosted conference on Chile."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL")]
    assert not [e for e in code(nlp, coder, text, actors) if e.cameo == "045"]


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "Castillo resigned on Monday as thousands of protesters stormed his residence.",
            [("Castillo", "PERGOV", "person"), ("protesters", "PEROPP", "group")],
            {("PERGOV", "PEROPP")},
        ),
        (
            "Castillo resigned after the army chief urged him to step down.",
            [("Castillo", "PERGOV", "person"), ("army chief", "PERMIL")],
            {("PERGOV", "PERMIL")},
        ),
        ("Castillo resigned on Monday.", [("Castillo", "PERGOV", "person")], {("PERGOV", None)}),
    ],
)
def test_a_resignation_yields_to_those_who_pressed_for_it(nlp, coder, text, actors, expected):
    resigned = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "resigned"]
    assert {_codes(e) for e in resigned} == expected


def test_a_headline_s_two_subjects_joined_by_a_comma_act_together(nlp, coder):
    text = "Peru, Chile sign defence pact"
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    assert {_codes(e) for e in code(nlp, coder, text, actors)} == {("PER", "CHL"), ("CHL", "PER")}
    text = "Pashinyan, Aliyev hold EU-mediated talks in Brussels"  # the first is the root
    actors = [("Pashinyan", "ARMGOV", "person"), ("Aliyev", "AZEGOV", "person")]
    found = {_codes(e) for e in code(nlp, coder, text, actors)}
    assert {("ARMGOV", "AZEGOV"), ("AZEGOV", "ARMGOV")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Chilean jets struck a Peruvian base overnight, and Peru's army chief vowed a response.",
        "Peru vowed to retaliate for the killing of its commander in a Chilean strike on Lima.",
    ],
)
def test_a_threat_with_no_target_is_aimed_at_the_doer_of_the_act_suffered(nlp, coder, text):
    actors = [("Chilean jets", "CHLMIL"), ("Peruvian base", "PERMIL"), ("Peru", "PER")]
    actors += [("Peru's army chief", "PERMIL"), ("Chilean", "CHL", "demonym")]
    actors += [("Lima", "PERGOV", "capital")]
    present = [actor for actor in actors if re.search(rf"\b{re.escape(actor[0])}\b", text)]
    threats = [e for e in code(nlp, coder, text, present) if e.root == "13"]
    assert threats and all(
        e.target is not None and e.target.actor.country == "CHL" for e in threats
    )


def test_a_threat_answering_a_body_s_measures_is_aimed_at_the_body(nlp, coder):
    text = "The European Union imposed tariffs on Peruvian wine, and Lima vowed to take all necessary measures."
    actors = [("European Union", "IGOEUREEC"), ("Peruvian", "PER", "demonym")]
    actors += [("Lima", "PERGOV", "capital")]
    threats = [e for e in code(nlp, coder, text, actors) if e.root == "13"]
    assert [_codes(e) for e in threats] == [("PERGOV", "IGOEUREEC")]


def test_a_comment_greeted_is_no_guest(nlp, coder):
    text = "Boric said Peru would free the prisoners, a claim Lima greeted with caution."
    actors = [("Boric", "CHLGOV"), ("Peru", "PER"), ("Lima", "PERGOV", "capital")]
    assert not [e for e in code(nlp, coder, text, actors) if e.root == "04"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peruvian protesters set fire to the Congress building in Lima.", "PERLEG"),
        ("Ukrainian protesters set fire to a Congress building in Kyiv.", "USALEG"),
    ],
)
def test_a_bare_congress_is_that_of_the_one_country_named_if_it_has_one(nlp, coder, text, expected):
    people = text.split()[0] + " protesters"
    country = "PER" if text.startswith("Peru") else "UKR"
    actors = [(people, country + "OPP"), ("Congress", "USALEG", "metonym")]
    assert {_codes(e)[1] for e in code(nlp, coder, text, actors)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Castillo, who fled to the Mexican embassy, dissolved Congress.", "PERLEG"),
        ("Zelensky, who met Mexico's president, urged Congress to act.", "USALEG"),
    ],
)
def test_a_bare_congress_is_that_of_the_actor_across_if_it_has_one(nlp, coder, text, expected):
    actors = [
        ("Castillo", "PERGOV", "person"),
        ("Zelensky", "UKRGOV", "person"),
        ("Mexican embassy", "MEXGOV"),
        ("Mexico's president", "MEXGOV", "person"),
        ("Congress", "USALEG", "metonym"),
    ]
    events = code(nlp, coder, text, [a for a in actors if a[0] in text])
    assert [_codes(e)[1] for e in events if e.root in ("02", "17")] == [expected]


def test_a_strike_called_off_after_a_concession_yields_to_its_maker(nlp, coder):
    text = "The unions suspended their strike after the government promised a pay rise."
    actors = [("unions", "PERLAB"), ("government", "PERGOV")]
    eased = [e for e in code(nlp, coder, text, actors) if e.cameo == "082"]
    assert [_codes(e) for e in eased] == [("PERLAB", "PERGOV")]


def test_a_state_body_of_no_country_is_its_speaker_s(nlp, coder):
    text = "Boric said the police had arrested two Peruvians and a Bolivian."
    actors = [("Boric", "CHLGOV", "person"), ("police", "COP", "group"), ("Peruvians", "PER"),
              ("Bolivian", "BOL")]  # fmt: skip
    arrests = [e for e in code(nlp, coder, text, actors) if e.root == "17"]
    assert {_codes(e)[0] for e in arrests} == {"CHLCOP"}


def test_naming_it_with_abuse_is_aimed_at_the_target_of_the_act_it_stands_for(nlp, coder):
    text = "Peru imposed sanctions on Chile, calling it a fraud."
    events = code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL")])
    assert [_codes(e) for e in events if e.root == "11"] == [("PER", "CHL")]


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        ("Peruvian air strikes killed five people.", [("Peruvian", "PER", "demonym")], "PERMIL"),
        ("Peru shelled the town on Monday.", [("Peru", "PER", "country")], "PER"),
    ],
)
def test_a_people_s_name_that_attacks_is_its_military(nlp, coder, text, actors, expected):
    attacks = [e for e in code(nlp, coder, text, actors) if e.root in ("18", "19", "20")]
    assert {e.source.actor.code for e in attacks} == {expected}


def test_protesters_at_an_embassy_are_not_its_state_s_people(nlp, coder):
    text = "Protesters attacked the embassy of Chile on Tuesday."
    actors = [("Protesters", "OPPCVL", "group"), ("embassy of Chile", "CHLGOV", "group")]
    events = code(nlp, coder, text, actors)
    assert {_codes(e) for e in events} == {("OPPCVL", "CHLGOV")}


def test_a_vow_that_another_will_pay_is_a_threat(nlp, coder):
    text = "Boric vowed that Lima would pay for the attack."
    actors = [("Boric", "CHLGOV"), ("Lima", "PERGOV", "capital")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHLGOV", "PERGOV", "13")}


def test_an_infinitive_with_its_subject_after_for_is_still_to_come(nlp, coder):
    text = "Russia and Peru signed a deal on Wednesday for Gazprom to supply gas to Chile."
    actors = [("Russia", "RUS"), ("Peru", "PER"), ("Gazprom", "RUSBUS"), ("Chile", "CHL")]
    events = code(nlp, coder, text, actors)
    supply = [e for e in events if e.root == "06"]
    assert supply and all(e.factuality is Factuality.FUTURE for e in supply)
    assert any(e.root == "05" and e.factuality is Factuality.ASSERTED for e in events)


def test_attacking_a_ruling_is_criticism_and_attacking_troops_force(nlp, coder):
    actors = [("Boric", "CHLGOV", "person"), ("Chilean court", "CHLJUD", "group")]
    text = "Boric attacked the Chilean court's ruling as prejudiced."
    assert dyads(code(nlp, coder, text, actors)) == {("CHLGOV", "CHLJUD", "11")}
    actors = [("Chilean rebels", "CHLREB", "group"), ("government forces", "CHLMIL", "group")]
    text = "Chilean rebels attacked government forces near Arica."
    assert dyads(code(nlp, coder, text, actors)) == {("CHLREB", "CHLMIL", "19")}


def test_an_event_noun_naming_the_kind_of_a_list_is_no_event(nlp, coder):
    text = "Chile added three firms to its Peru sanctions list on Monday."
    actors = [("Chile", "CHL"), ("three firms", "BUS", "group"), ("Peru", "PER")]
    assert ("PER", "CHL", "16") not in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    ("killer", "killed", "expected"),
    [
        (("Chilean troops", "CHLMIL", "group"), ("rebel leader", "REB", "office"), "190"),
        (("Chilean gunmen", "CHLUAF", "group"), ("rebel leader", "REB", "office"), "186"),
        (("Chilean troops", "CHLMIL", "group"), ("opposition leader", "OPP", "office"), "186"),
    ],
)
def test_troops_killing_an_armed_group_s_leader_fight_it(nlp, coder, killer, killed, expected):
    text = f"{killer[0]} killed the {killed[0]} on Monday."
    assert [e.cameo for e in code(nlp, coder, text, [killer, killed])] == [expected]


def test_a_trade_war_is_no_war(nlp, coder):
    text = "China halted purchases of soybeans, escalating the trade war with Peru."
    events = code(nlp, coder, text, [("China", "CHN"), ("Peru", "PER")])
    assert not any(e.root == "19" for e in events)


def test_a_headline_infinitive_is_still_to_come(nlp, coder):
    events = code(
        nlp, coder, "Boric to visit Peru next week", [("Boric", "CHLGOV"), ("Peru", "PER")]
    )
    assert events and all(e.factuality is Factuality.FUTURE for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian police detained ousted President Pedro Castillo as he left his office.",
        "Peruvian prosecutors indicted impeached President Pedro Castillo on Sunday.",
    ],
)
def test_a_participle_before_the_object_describes_it(nlp, coder, text):
    actors = [("Peruvian police", "PERCOP"), ("Peruvian prosecutors", "PERJUD")]
    actors += [("President Pedro Castillo", "PERGOV")]
    present = [actor for actor in actors if actor[0] in text]
    assert {
        (e.target.actor.code if e.target else None) for e in code(nlp, coder, text, present)
    } == {"PERGOV"}


def test_which_after_a_name_is_the_object_of_its_clause(nlp, coder):
    text = "Peru cut ties with Chile, which it accuses of sending troops to the border."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("troops", "MIL")]
    accused = [e for e in code(nlp, coder, text, actors) if e.cameo.startswith("11")]
    assert {_codes(e) for e in accused} == {("PER", "CHL")}


def test_them_after_a_second_doer_stands_for_the_nearer_actor(nlp, coder):
    text = (
        "Peruvian police detained 200 protesters, and prosecutors charged dozens of them "
        "with rioting."
    )
    actors = [("Peruvian police", "PERCOP"), ("protesters", "PEROPP"), ("prosecutors", "PERJUD")]
    charged = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "charged"]
    assert [_codes(e) for e in charged] == [("PERJUD", "PEROPP")]


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Peru and Chile are due to resume in Lima next week.",
        "The summit between Peru and Chile is set to begin on Monday.",
    ],
)
def test_an_event_noun_due_to_happen_is_future(nlp, coder, text):
    events = code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL")])
    assert events and all(e.factuality is Factuality.FUTURE for e in events)


def test_an_abusive_adjective_the_parser_made_a_clause_still_denounces(nlp, coder):
    from spacy.tokens import Doc

    # "Peru called the authorities illegitimate": "illegitimate" parsed as a clause's verb
    words = ["Peru", "called", "the", "authorities", "illegitimate"]
    heads = [1, 1, 3, 4, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "VERB"]
    lemmas = ["Peru", "call", "the", "authority", "illegitimate"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    match = coder.match_token(doc[1])
    assert (match.pattern.code, [t.text for t in match.targets]) == ("111", ["authorities"])


def test_prisoners_an_attack_frees_are_its_outcome(nlp, coder):
    text = "Armed gangs stormed two Peruvian prisons, freeing nearly 4,000 inmates."
    actors = [("Armed gangs", "CRM"), ("Peruvian prisons", "PERGOV"), ("inmates", "CVL")]
    assert {e.root for e in code(nlp, coder, text, actors)} == {"18"}


def test_a_state_that_shuts_down_the_internet_restricts_its_own_country(nlp, coder):
    text = "Peru's government shut down the internet ahead of the vote."
    events = code(nlp, coder, text, [("Peru's government", "PERGOV")])
    assert [(e.cameo, e.target.actor.code) for e in events] == [("1721", "PER")]


def test_forcing_after_an_act_is_its_outcome(nlp, coder):
    text = "Chilean protesters stormed the Peruvian embassy in Santiago, forcing the ambassador to flee."
    actors = [
        ("Chilean protesters", "CHLOPP"),
        ("Peruvian embassy", "PERGOV"),
        ("ambassador", "GOV"),
    ]
    assert {e.root for e in code(nlp, coder, text, actors)} == {"14"}


def test_one_granted_asylum_by_a_pronoun_goes_into_exile_not_on_a_visit(nlp, coder):
    text = "The Chilean opposition leader flew to Lima after Peru granted him political asylum."
    actors = [("Chilean opposition leader", "CHLOPP"), ("Lima", "PERGOV"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "CHLOPP", "07")}


@pytest.mark.parametrize(
    "text",
    [
        "Peru expelled the Chilean ambassador on Monday, giving him 72 hours to leave.",
        "Peru expelled the Chilean ambassador on Monday and gave him five days to leave.",
    ],
)
def test_a_deadline_an_expulsion_sets_its_target_is_the_expulsion(nlp, coder, text):
    actors = [("Peru", "PER"), ("Chilean ambassador", "CHLGOV")]
    assert {e.root for e in code(nlp, coder, text, actors)} == {"17"}


def test_things_joined_to_a_named_object_are_no_target(nlp, coder):
    text = (
        "Peru's military staged large-scale war games around Chile on Monday, sending"
        " warships and fighter jets to practise blockading the country's main ports."
    )
    actors = [("Peru's military", "PERMIL"), ("Chile", "CHL"), ("warships", "MIL")]
    actors += [("fighter jets", "MIL")]
    assert ("PERMIL", "MIL") not in {_codes(e) for e in code(nlp, coder, text, actors)}


def test_one_flown_somewhere_makes_no_visit(nlp, coder):
    text = "Peruvian soldiers arrested the president and flew him into exile in Chile."
    actors = [("Peruvian soldiers", "PERMIL"), ("president", "PERGOV"), ("Chile", "CHL")]
    assert "042" not in {e.cameo for e in code(nlp, coder, text, actors)}
    text = "Peru flew 29 Bolivian migrants to La Paz on Tuesday on a deportation flight."
    actors = [("Peru", "PER"), ("Bolivian migrants", "BOLREF"), ("La Paz", "BOLGOV")]
    assert "042" not in {e.cameo for e in code(nlp, coder, text, actors)}


def test_the_agency_of_a_dateline_is_no_country_of_the_news(nlp, coder):
    from eventwire.annotate import text_to_parse
    from eventwire.datatypes import Span

    text = "LIMA (Reuters) - Peru's rebels freed ten police officers on Monday."
    dateline = Span(start=0, end=16, text=text[:16])
    article = Article(id="t", text=text, published=datetime(2019, 4, 26), dateline=dateline)
    doc = to_document(Document(article=article), nlp(text_to_parse(article)))
    actors = [("Reuters", "GBRMED"), ("Peru's rebels", "PERREB"), ("police officers", "COP")]
    mentions = tuple(_sector_alone(_mention(text, *actor)) for actor in actors)
    events = coder(Document(**{**_fields(doc), "mentions": mentions})).events
    assert {e.target.actor.code for e in events} == {"PERCOP"}  # Peru the one country named


def test_concerns_raised_with_a_state_are_a_complaint_to_it(nlp, coder):
    text = "Peru said it had raised serious concerns with Chile about the incident."
    events = code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL")])
    assert [(e.source.actor.code, e.target.actor.code, e.cameo) for e in events] == [
        ("PER", "CHL", "114")
    ]


def test_an_accusation_a_rejection_answers_is_news_with_it(nlp, coder):
    text = "Peru rejected as baseless accusations by Chile that it had attacked Bolivia."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL")]
    assert ("CHL", "PER", "11") in dyads(code(nlp, coder, text, actors))


def test_a_capital_a_guest_arrives_in_is_its_country(nlp, coder):
    text = "Chilean President Boric arrived in Lima on Monday for a state visit to Peru."
    actors = [("Chilean President Boric", "CHLGOV"), ("Lima", "PERGOV", "capital"), ("Peru", "PER")]
    assert [(*_codes(e), e.cameo) for e in code(nlp, coder, text, actors)] == [
        ("CHLGOV", "PER", "042")
    ]


def test_people_a_state_arrests_at_home_are_its_own(nlp, coder):
    text = "Peruvian police arrested two environmental activists on Friday."
    actors = [("Peruvian police", "PERCOP"), ("environmental activists", "ENV")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERCOP", "PERENV", "17")}


def test_the_government_of_no_country_is_the_one_its_sentence_names(nlp, coder):
    text = "Gangs attacked two of Peru's prisons, and the government declared a state of emergency."
    actors = [("Gangs", "CRM"), ("Peru", "PER"), ("government", "GOV", "group")]
    assert ("PERGOV", "PER", "17") in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "Peruvian troops stormed presidential palace on Monday.",
            [("Peruvian troops", "PERMIL"), ("presidential palace", "GOV", "group")],
            ("PERMIL", "PERGOV"),
        ),
        (
            "Peru's president said security forces arrested the rebel leader.",
            [
                ("Peru's president", "PERGOV"),
                ("security forces", "COP", "group"),
                ("rebel leader", "REB", "group"),
            ],
            ("PERCOP", "REB"),
        ),
    ],
)
def test_a_state_body_of_no_country_is_the_one_its_sentence_names(
    nlp, coder, text, actors, expected
):
    assert expected in {_codes(e) for e in code(nlp, coder, text, actors)}


def test_a_country_another_event_gives_a_mention_does_not_make_an_event_act_on_itself(nlp, coder):
    text = (
        "Ministers approved a bailout for Peru on Friday, after Lima agreed to pension cuts "
        "and tax increases that its leftist government had once vowed to reject."
    )
    actors = [("Peru", "PER"), ("Lima", "PERGOV", "capital"), ("government", "GOV", "group")]
    actors += [("Ministers", "GOV", "group")]
    codes = [_codes(e) for e in code(nlp, coder, text, actors)]
    assert codes and all(source != target for source, target in codes)


def test_a_state_body_a_name_places_elsewhere_is_not_the_sentence_s_country(nlp, coder):
    text = "Peru's junta expelled the ambassador as South American leaders met."
    actors = [("Peru's junta", "PERGOV"), ("leaders", "GOV", "group")]
    met = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "met"]
    assert [e.source.actor.code for e in met] == ["GOV"]


def test_a_party_word_before_a_state_body_places_it_nowhere(nlp, coder):
    text = "Republican senators accused the Peruvian government of lying."
    actors = [("senators", "LEG", "group"), ("Peruvian government", "PERGOV")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERLEG", "PERGOV", "11")}


def test_the_government_of_no_country_does_not_act_on_itself(nlp, coder):
    text = "The Peruvian president dismissed the government on Sunday."
    actors = [("Peruvian president", "PERGOV"), ("government", "GOV", "group")]
    assert ("PERGOV", "PERGOV") not in {_codes(e) for e in code(nlp, coder, text, actors)}


def test_a_government_does_not_accuse_itself(nlp, coder):
    text = "President Castillo arrived in Lima on Sunday, accusing the government of lying."
    actors = [("President Castillo", "PERGOV", "person"), ("Lima", "PERGOV", "capital")]
    actors += [("government", "PERGOV", "group")]
    assert ("PERGOV", "PERGOV") not in {_codes(e) for e in code(nlp, coder, text, actors)}


def test_a_comment_on_an_act_of_one_s_own_country_is_aimed_at_no_one(nlp, coder):
    text = "Peru broke off relations with Chile, and Boluarte called the decision a mistake."
    actors = [("Peru", "PER", "country"), ("Chile", "CHL", "country")]
    actors += [("Boluarte", "PERGOV", "person")]
    assert ("PERGOV", "PER", "11") not in dyads(code(nlp, coder, text, actors))


def test_the_government_of_no_country_is_not_that_of_the_country_it_thanks(nlp, coder):
    text = "The government thanked Chile for its help."
    actors = [("government", "GOV", "group"), ("Chile", "CHL")]
    assert dyads(code(nlp, coder, text, actors)) == {("GOV", "CHL", "05")}


@pytest.mark.parametrize(
    "text",
    [
        "Peru plans to hold talks with Chile next week.",
        "The Peruvian president plans to travel to Santiago next month to meet Chile's president.",
    ],
)
def test_a_plan_to_cooperate_is_no_intent(nlp, coder, text):
    names = {"Peru": "PER", "Peruvian president": "PERGOV", "Chile": "CHL", "Santiago": "CHL"}
    actors = [(name, code) for name, code in names.items() if re.search(rf"\b{name}\b", text)]
    events = code(nlp, coder, text, actors)
    assert events and all(e.root != "03" and e.factuality is Factuality.FUTURE for e in events)


def test_a_planned_conflictual_act_is_still_a_threat(nlp, coder):
    text = "Peru plans to impose sanctions on Chile."
    events = code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL")])
    assert {e.root for e in events} == {"13"}


def test_an_act_a_decision_is_about_is_coded(nlp, coder):
    text = "Chile approved the deployment of troops to Bolivia."
    events = code(nlp, coder, text, [("Chile", "CHL"), ("Bolivia", "BOL")])
    assert [(e.source.actor.code, e.root) for e in events] == [("CHL", "15")]


def test_an_act_an_accusation_noun_tells_is_alleged(nlp, coder):
    text = "Peru's accusations that Chile had arrested Bolivian fishermen strained ties."
    actors = [("Chile", "CHL"), ("Peru", "PER"), ("Bolivian fishermen", "BOLCVL")]
    events = code(nlp, coder, text, actors)
    arrests = [e for e in events if e.trigger.text == "arrested"]
    assert arrests and all(e.factuality is Factuality.ALLEGED for e in arrests)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru claimed that it had attacked Chile.", ("PER", "015", Factuality.ASSERTED)),
        ("Peru claimed that Bolivia had attacked Chile.", ("BOL", "190", Factuality.ALLEGED)),
    ],
)
def test_an_act_claimed_as_one_s_own_is_a_claim_of_responsibility(nlp, coder, text, expected):
    """Another's act claimed is alleged, and the claim accuses that other."""
    actors = [("Peru", "PER"), ("Bolivia", "BOL"), ("Chile", "CHL")]
    events = code(nlp, coder, text, [(a, c) for a, c in actors if a in text])
    [attack] = [e for e in events if e.trigger.text == "attacked"]
    assert (attack.source.actor.code, attack.cameo, attack.factuality) == expected
    assert attack.target.actor.code == "CHL"
    accusations = {(e.source.actor.code, e.target.actor.code) for e in events if e.root == "11"}
    assert accusations == ({("PER", "BOL")} if "Bolivia" in text else set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile was accused of shelling Peru.", ("CHL", "PER", "19", Factuality.ALLEGED)),
        ("Chile was jailed for attacking Peru.", ("CHL", "PER", "19", Factuality.ALLEGED)),
        ("Chile condemned Peru's decision to attack Bolivia.", ("PER", "BOL", "19", Factuality.FUTURE)),
        ("Chile rejected calls by Peru to attack Bolivia.", ("PER", "BOL", "19", Factuality.HYPOTHETICAL)),
    ],
)  # fmt: skip
def test_acts_alleged_decided_or_asked_for(nlp, coder, text, expected):
    actors = [
        (a, c) for a, c in [("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL")] if a in text
    ]
    events = code(nlp, coder, text, actors)
    found = {
        (e.source.actor.code, e.target and e.target.actor.code, e.root, e.factuality)
        for e in events
    }
    assert expected in found


def test_the_target_of_a_reaction_to_an_event_is_its_doer(nlp, coder):
    text = "Chile welcomed the release of the prisoners by Peru."
    events = code(nlp, coder, text, [("Chile", "CHL"), ("prisoners", "CRM"), ("Peru", "PER")])
    assert ("CHL", "PER", "05") in dyads(events)


def test_a_cooperative_event_noun_does_not_target_the_clause_subject(nlp, coder):
    text = "Lima said it faced new threats from Chile's military exercises."
    actors = [("Lima", "PERGOV"), ("Chile", "CHL")]
    assert ("CHL", "PERGOV", "06") not in dyads(code(nlp, coder, text, actors))


def test_a_state_sector_adjective_is_no_actor_for_a_noun_or_a_pronoun(nlp, coder):
    text = "Peru said it would return the military bases it had seized from Chile."
    events = code(nlp, coder, text, [("Peru", "PER"), ("military", "MIL"), ("Chile", "CHL")])
    assert "MIL" not in {code for s, t, _ in dyads(events) for code in (s, t)}


def test_a_nationality_of_a_border_is_no_target(nlp, coder):
    text = "Rebels seized the town of Tacna near the Chilean border."
    events = code(nlp, coder, text, [("Rebels", "REB"), ("Chilean", "CHL", "demonym")])
    assert dyads(events) == {("REB", None, "19")}


def test_the_subjects_own_people_in_a_complement_are_no_target(nlp, coder):
    text = "Peru and Chile agreed to hold talks between their leaders."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("leaders", "GOV")]
    assert {t for _, t, _ in dyads(code(nlp, coder, text, actors))} == {"PER", "CHL"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle with a "by" agent is passive: the agent did it
        ("Three Peruvian soldiers were wounded by a bomb planted by Chilean rebels.",
         {("CHLREB", "PERMIL", "19")}),
        # an accident is no one's act
        ("Three Peruvian soldiers were killed by the crash of a Chilean rebels' jet.", set()),
        # a participle of standing support describes, it is no event
        ("Peruvian soldiers backed by Chilean rebels attacked the town.", {("PERMIL", None, "19")}),
    ],
)  # fmt: skip
def test_participles_with_agents(nlp, coder, text, expected):
    actors = [("Peruvian soldiers", "PERMIL"), ("Chilean rebels", "CHLREB")]
    assert dyads(code(nlp, coder, text, actors)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # and Peru proposed it
            "Chile rejected a Peruvian proposal for a ceasefire.",
            {("CHL", "PER", "12"), ("PER", "CHL", "03")},
        ),
        ("Chile recognised a Peruvian state.", {("CHL", "PER", "05")}),
    ],
)
def test_the_owner_of_a_named_object_is_the_target(nlp, coder, text, expected):
    actors = [("Chile", "CHL"), ("Peruvian", "PER", "demonym")]
    assert dyads(code(nlp, coder, text, actors)) == expected


def test_actors_on_each_other_take_no_target_from_a_topic(nlp, coder):
    text = "Chile and Peru signed an agreement on sharing military intelligence."
    actors = [("Chile", "CHL"), ("Peru", "PER"), ("military intelligence", "SPY")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PER", "05"), ("PER", "CHL", "05")}


def test_whose_request_it_was_is_no_target(nlp, coder):
    text = "The ministers met on Friday at the request of France."
    events = code(nlp, coder, text, [("ministers", "GOV"), ("France", "FRA")])
    assert dyads(events) == {("GOV", None, "04"), ("FRA", "GOV", "02")}  # France asked


def test_coordinated_targets_give_one_event_each(nlp, coder):
    events = code(
        nlp,
        coder,
        "Germany accused Russia and Belarus of aggression.",
        [("Germany", "DEU"), ("Russia", "RUS"), ("Belarus", "BLR")],
    )
    assert {("DEU", "RUS", "11"), ("DEU", "BLR", "11")} <= dyads(events)


def test_a_request_codes_the_appeal_not_the_requested_act(nlp, coder):
    text = "Russia has repeatedly called on the United Nations to lift its sanctions against Pyongyang."
    events = code(
        nlp, coder, text, [("Russia", "RUS"), ("United Nations", "IGOUNO"), ("Pyongyang", "PRKGOV")]
    )
    asserted = [e for e in events if e.factuality is Factuality.ASSERTED]
    assert asserted and all(e.source.actor.code == "RUS" for e in asserted)
    assert {e.plover for e in asserted} == {"REQUEST"}
    assert not any(
        e.source.actor.code == "IGOUNO" and e.factuality is Factuality.ASSERTED for e in events
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia did not attack Ukraine.", Factuality.NEGATED),
        ("Russia has not even once attacked Ukraine.", Factuality.NEGATED),  # "not" on "once"
        ("Not surprisingly, Russia attacked Ukraine.", Factuality.ASSERTED),
        ("Russia could attack Ukraine if talks fail.", Factuality.HYPOTHETICAL),
        ("Russia will attack Ukraine next week.", Factuality.FUTURE),
        ("Russia refused to attack Ukraine.", Factuality.NEGATED),
        ("Officials said Russia attacked Ukraine.", Factuality.REPORTED),
        ("Russia attacked Ukraine, officials said.", Factuality.ASSERTED),  # the news's source
        ("Russia attacked Ukraine, Kyiv claimed.", Factuality.ALLEGED),  # a party's claim
        ("Russia attacked Ukraine.", Factuality.ASSERTED),
        ("Russia is expected to attack Ukraine.", Factuality.FUTURE),  # the passive's subject
        ("Russia is poised to attack Ukraine.", Factuality.FUTURE),
        ("Russia is due to attack Ukraine on Monday.", Factuality.FUTURE),
        ("Russia is likely to attack Ukraine.", Factuality.HYPOTHETICAL),
        ("Russia is said to have attacked Ukraine.", Factuality.REPORTED),
        ("Belarus wants Russia to attack Ukraine.", Factuality.HYPOTHETICAL),  # only a wish
        ("Russia is not expected to attack Ukraine.", Factuality.NEGATED),
        ("Any attack by Russia on Ukraine failed.", Factuality.HYPOTHETICAL),
        ("There was no attack by Russia on Ukraine.", Factuality.NEGATED),
        ("Russia reportedly attacked Ukraine.", Factuality.REPORTED),
        ("Ukraine vowed to resist during the attack by Russia on Ukraine.", Factuality.ASSERTED),
        ("Russia's failure to attack Ukraine puzzled analysts.", Factuality.NEGATED),
        ("Russia's refusal to attack Ukraine puzzled analysts.", Factuality.NEGATED),
        ("Russia has yet to attack Ukraine.", Factuality.NEGATED),
        ("Russia is yet to attack Ukraine.", Factuality.NEGATED),
        ("Belarus ordered Russia to attack Ukraine.", Factuality.HYPOTHETICAL),  # only ordered
        ("Belarus told Russia to attack Ukraine.", Factuality.HYPOTHETICAL),
        ("A bill requires Russia to attack Ukraine.", Factuality.HYPOTHETICAL),
        ("An attack by Russia on Ukraine would be a disaster.", Factuality.HYPOTHETICAL),
        ("The attack by Russia on Ukraine would be the deadliest yet.", Factuality.ASSERTED),
        ("Belarus told Poland that Russia attacked Ukraine.", Factuality.REPORTED),
        ("Belarus urged Poland to talk after Russia attacked Ukraine.", Factuality.ASSERTED),
    ],
)
def test_factuality(nlp, text, expected):
    plain = CameoCoder(stances=False)  # the attack itself, not the threat "will attack" is
    events = code(nlp, plain, text, [("Russia", "RUS"), ("Ukraine", "UKR")])
    attacks = [e for e in events if e.trigger.text.startswith("attack")]
    assert attacks and attacks[0].factuality is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # refusals of cooperative acts are rejections; a plain negation is not
        ("Washington will not lift the embargo on Cuba.", ("1244", Factuality.ASSERTED)),
        ("Obama said he would not provide aid to Cuba.", ("122", Factuality.REPORTED)),
        ("Washington refused to release the prisoners from Cuba.", ("1243", Factuality.ASSERTED)),
        ("Washington won't meet with Cuba.", ("125", Factuality.ASSERTED)),
        ("Washington did not lift the embargo on Cuba.", ("085", Factuality.NEGATED)),
        ("Washington's refusal to meet with Cuba puzzled analysts.", ("125", Factuality.ASSERTED)),
        ("Washington will not attack Cuba.", ("190", Factuality.NEGATED)),
        # promises are intents (cooperation) or threats (conflict); what may happen is not
        ("Washington will lift the embargo on Cuba.", ("0354", Factuality.ASSERTED)),
        ("Obama said Washington would provide aid to Cuba.", ("033", Factuality.REPORTED)),
        ("Washington is ready to meet with Cuba.", ("036", Factuality.ASSERTED)),
        ("Washington pledged to release the prisoners from Cuba.", ("0353", Factuality.ASSERTED)),
        ("Washington could lift the embargo on Cuba.", ("085", Factuality.HYPOTHETICAL)),
        ("Washington will attack Cuba.", ("1384", Factuality.ASSERTED)),
        ("Washington vowed to impose sanctions on Cuba.", ("1312", Factuality.ASSERTED)),
        ("Analysts expect that Washington could attack Cuba.", ("190", Factuality.HYPOTHETICAL)),
        # a decision is the act, still to come
        ("Washington decided to lift the embargo on Cuba.", ("085", Factuality.FUTURE)),
        # a threatened act is a threat on the act's object, whatever the act
        # deporting another state's diplomats breaks relations: a threat to (1313)
        ("Washington threatened to deport Cuban diplomats.", ("137", Factuality.ASSERTED)),
        ("Washington threatened to deport Cuban migrants.", ("137", Factuality.ASSERTED)),
        ("Washington threatened to withdraw its aid to Cuba.", ("1311", Factuality.ASSERTED)),
        ("Washington threatened to withdraw its troops from Cuba.", ("130", Factuality.ASSERTED)),
    ],
)
def test_refused_and_promised_acts(nlp, coder, text, expected):
    actors = [("Washington", "USA"), ("Obama", "USAGOV"), ("Cuban diplomats", "CUBGOV")]
    actors += [("Cuba", "CUB")] if "Cuba " in text or "Cuba." in text else []
    events = code(nlp, coder, text, [(a, c) for a, c in actors if a in text])
    assert (events[0].cameo, events[0].factuality) == expected


def test_a_threatened_act_s_object_is_the_threat_s_target(nlp, coder):
    text = "Washington threatened to arrest Cuban diplomats."
    events = code(nlp, coder, text, [("Washington", "USA"), ("Cuban diplomats", "CUBGOV")])
    assert dyads(events) == {("USA", "CUBGOV", "13")}


def test_what_a_speaker_says_another_must_do_is_a_demand(nlp, coder):
    actors = [("Russia", "RUS"), ("Israel", "ISR")]
    [demand] = code(nlp, coder, "Russia says Israel must end its attacks.", actors)
    assert (demand.source.actor.code, demand.target.actor.code, demand.cameo) == (
        "RUS",
        "ISR",
        "100",
    )
    assert demand.factuality is Factuality.ASSERTED
    said = code(nlp, coder, "Russia says Israel ended its attacks.", actors)
    assert "10" not in {e.root for e in said}


def test_a_participle_after_a_clause_shares_its_subject(nlp, coder):
    text = "Rebels shelled the city of Aleppo, killing five civilians."
    events = code(nlp, coder, text, [("Rebels", "REB"), ("five civilians", "CVL")])
    assert ("REB", "CVL", "19") in dyads(events)
    text = "Soldiers opened fire on the crowd, witnesses said, killing five civilians."
    actors = [("Soldiers", "MIL"), ("witnesses", "CVL"), ("five civilians", "CVL")]
    killed = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "killing"]
    assert [e.source.actor.code for e in killed] == ["MIL"]


def test_a_verb_whose_means_are_coded_is_not_coded_besides(nlp, coder):
    text = (
        "Peru retaliated on Thursday by ordering the expulsion of 60 Chilean diplomats"
        " and closing the Chilean consulate in Lima."
    )
    actors = [("Peru", "PERGOV"), ("Chilean diplomats", "CHLGOV"), ("Chilean consulate", "CHLGOV")]
    events = code(nlp, coder, text, actors)
    assert "retaliated" not in {e.trigger.text for e in events}
    assert {"expulsion", "closing"} <= {e.trigger.text for e in events}


def test_parties_who_act_on_each_other_are_not_aimed_at_their_own_leaders(nlp, coder):
    text = (
        "Britain and France agreed on Thursday to coordinate their nuclear deterrents for the"
        " first time, with British Prime Minister Keir Starmer calling the pact a new chapter"
        " in the two countries defence ties."
    )
    leader = "British Prime Minister Keir Starmer"
    actors = [("Britain", "GBR"), ("France", "FRA"), (leader, "GBRGOV")]
    found = {(s, t) for s, t, _ in dyads(code(nlp, coder, text, actors))}
    assert found == {("GBR", "FRA"), ("FRA", "GBR")}


@pytest.mark.parametrize(
    "text",
    [
        "Chilean jets struck what the army described as a Peruvian arms depot overnight.",
        "Chilean jets struck what they called Peruvian rebel camps overnight.",
    ],
)
def test_what_a_free_relative_object_names_is_the_target(nlp, coder, text):
    actors = [("Chilean jets", "CHLMIL"), ("army", "MIL"), ("Peruvian", "PER")]
    actors = [a for a in actors if a[0] in text]
    assert ("CHLMIL", "PER", "19") in dyads(code(nlp, coder, text, actors))


def test_parties_who_agree_to_an_exchange_are_not_aimed_at_what_they_exchange(nlp, coder):
    text = "Chile and Peru agreed to a four-day truce and an exchange of hostages and prisoners."
    actors = [("Chile", "CHL"), ("Peru", "PER"), ("hostages", "CVL"), ("prisoners", "CRM")]
    found = {(s, t) for s, t, _ in dyads(code(nlp, coder, text, actors))}
    assert found == {("CHL", "PER"), ("PER", "CHL")}


def test_what_a_third_party_mediated_in_a_relative_clause_is_for_the_parties(nlp, coder):
    text = (
        "Qatar said on Wednesday that Chile and Peru had agreed to a truce after weeks of"
        " talks it mediated."
    )
    actors = [("Qatar", "QAT"), ("Chile", "CHL"), ("Peru", "PER")]
    found = dyads(code(nlp, coder, text, actors))
    assert {("QAT", "CHL", "04"), ("QAT", "PER", "04")} <= found


def test_who_speaks_in_a_with_clause_is_no_target(nlp, coder):
    text = (
        "Chile refused on Thursday to approve the aid package, with President Gabriel Boric"
        " saying the money should not be sent."
    )
    actors = [("Chile", "CHL"), ("President Gabriel Boric", "CHLGOV")]
    assert {t for _, t, _ in dyads(code(nlp, coder, text, actors))} == {None}


def test_a_symmetric_pattern_makes_coordinated_subjects_act_on_each_other(nlp, coder):
    text = "Chile and Peru established diplomatic relations on Monday."
    actors = [("Chile", "CHL"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PER", "05"), ("PER", "CHL", "05")}


def test_withdrawing_from_an_organisation_reduces_relations_with_it(nlp, coder):
    text = "Chile and Peru announced their withdrawal from the Andean bloc on Sunday."
    actors = [("Chile", "CHL"), ("Peru", "PER"), ("Andean bloc", "IGOAND")]
    assert dyads(code(nlp, coder, text, actors)) == {
        ("CHL", "IGOAND", "16"),
        ("PER", "IGOAND", "16"),
    }
    text = "Chilean troops withdrew from Peru on Sunday."
    actors = [("Chilean troops", "CHLMIL"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHLMIL", "PER", "08")}


def test_banning_the_press_restricts_political_freedoms(nlp, coder):
    text = "The Chilean junta banned Radio Arica over its reporting."
    actors = [("Chilean junta", "CHLGOV"), ("Radio Arica", "CHLMED")]
    [event] = code(nlp, coder, text, actors)
    assert (*_codes(event), event.cameo) == ("CHLGOV", "CHLMED", "1721")
    text = "The Chilean junta banned the Arica Rights Group over its reporting."
    actors = [("Chilean junta", "CHLGOV"), ("Arica Rights Group", "CHLNGO")]
    [event] = code(nlp, coder, text, actors)
    assert (*_codes(event), event.cameo) == ("CHLGOV", "CHLNGO", "172")


def test_a_government_of_no_country_is_of_the_country_it_does_not_deal_with(nlp, coder):
    text = (
        "Chile's electoral council proclaimed the winner on Sunday, and the government "
        "ordered diplomats from Peru and Bolivia to leave the country."
    )
    actors = [
        ("Chile", "CHL", "country"),
        ("government", "GOV", "group"),
        ("Peru", "PER", "country"),
        ("Bolivia", "BOL", "country"),
    ]
    assert {_codes(e) for e in code(nlp, coder, text, actors)} == {
        ("CHLGOV", "PER"),
        ("CHLGOV", "BOL"),
    }


def test_what_a_volley_was_fired_to_disperse_is_its_target(nlp, coder):
    text = (
        "Chilean riot police fired stun grenades and rubber bullets to disperse thousands "
        "of protesters in Santiago."
    )
    actors = [("Chilean riot police", "CHLCOP"), ("protesters", "CHLOPP")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHLCOP", "CHLOPP", "17")}


def test_a_denial_of_charges_is_aimed_at_who_brought_them(nlp, coder):
    text = "The Chilean minister denied charges of fraud brought by Peruvian prosecutors."
    actors = [("Chilean minister", "CHLGOV"), ("Peruvian prosecutors", "PERJUD")]
    assert ("CHLGOV", "PERJUD", "01") in dyads(code(nlp, coder, text, actors))


def test_a_subjectless_clause_listed_after_a_reported_one_shares_its_subject(nlp, coder):
    text = (
        "Chile's army said on Monday that it had detained the president, suspended the "
        "constitution and closed the borders."
    )
    actors = [("Chile's army", "CHLMIL"), ("president", "CHLGOV")]
    assert ("CHLMIL", "CHL", "17") in dyads(code(nlp, coder, text, actors))


def test_a_pattern_of_the_verb_s_own_object_wins_over_one_of_its_conjunct(nlp, coder):
    text = "The Chilean army dissolved the government and national assembly."
    actors = [("Chilean army", "CHLMIL"), ("government", "CHLGOV"), ("assembly", "CHLLEG")]
    assert {e.cameo for e in code(nlp, coder, text, actors)} == {"172"}


def test_a_show_of_force_with_no_target_answers_the_intrusion_before_it(nlp, coder):
    text = "Japan scrambled jets after Chinese bombers entered Japanese airspace."
    actors = [("Japan", "JPN"), ("Chinese bombers", "CHNMIL"), ("Japanese", "JPN")]
    assert dyads(code(nlp, coder, text, actors)) == {
        ("JPN", "CHNMIL", "15"),
        ("CHNMIL", "JPN", "15"),
    }


def test_people_the_state_s_forces_repress_in_a_protest_are_the_protesters(nlp, coder):
    text = "Protesters marched in Santiago, and Chilean police opened fire on the crowd."
    actors = [("Protesters", "OPP"), ("Chilean police", "CHLCOP"), ("crowd", "CVL")]
    assert ("CHLCOP", "CHLOPPCVL", "17") in dyads(code(nlp, coder, text, actors))
    text = "Chilean police opened fire on the crowd in Santiago."
    actors = [("Chilean police", "CHLCOP"), ("crowd", "CVL")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHLCOP", "CHLCVL", "17")}


def test_a_state_pulling_its_own_country_out_of_a_deal_does_not_act_on_it(nlp, coder):
    text = "President Boric pulled Chile out of the Peruvian trade deal on Tuesday."
    actors = [
        ("President Boric", "CHLGOV", "person"),
        ("Chile", "CHL", "country"),
        ("Peruvian", "PER", "demonym"),
    ]
    assert dyads(code(nlp, coder, text, actors)) == {("CHLGOV", "PER", "12")}


def test_whose_thing_was_attacked_is_the_target(nlp, coder):
    text = "Five Chilean soldiers died when their convoy was ambushed by rebels near Arica."
    actors = [("Chilean soldiers", "CHLMIL"), ("rebels", "REB")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHLREB", "CHLMIL", "19")}


def test_killers_in_a_raid_are_not_raided_by_their_victims(nlp, coder):
    text = (
        "Chilean troops killed a senior commander of the Liberation Army in a bombing raid"
        " on an insurgent camp in the northern province of Arica, the minister said."
    )
    commander = "senior commander of the Liberation Army"
    actors = [("Chilean troops", "CHLMIL"), (commander, "CHLREB"), ("insurgent", "REB")]
    assert not any(s.endswith("REB") for s, _, _ in dyads(code(nlp, coder, text, actors)))
    text = "Two Chilean soldiers were killed in clashes with rebels."
    actors = [("Chilean soldiers", "CHLMIL"), ("rebels", "REB")]
    assert ("CHLREB", "CHLMIL", "19") in dyads(code(nlp, coder, text, actors))


def test_who_reacts_to_an_attack_is_not_its_target(nlp, coder):
    text = "Chile severed relations with Lima on Tuesday over Peru's military offensive."
    actors = [("Chile", "CHL"), ("Lima", "PERGOV"), ("Peru", "PER")]
    found = dyads(code(nlp, coder, text, actors))
    assert ("CHL", "PERGOV", "16") in found
    assert not any(s == "PER" and t == "CHL" for s, t, _ in found)
    text = "Chile faced a crisis because of Peru's sanctions."
    actors = [("Chile", "CHL"), ("Peru", "PER")]
    assert ("PER", "CHL", "16") in dyads(code(nlp, coder, text, actors))


def test_the_toll_of_a_targeted_attack_is_not_a_second_attack(nlp, coder):
    text = "Rebels shelled a Syrian army base, killing five soldiers and wounding twelve."
    actors = [("Rebels", "REB"), ("a Syrian army base", "SYRMIL"), ("five soldiers", "MIL")]
    assert dyads(code(nlp, coder, text, actors)) == {("SYRREB", "SYRMIL", "19")}
    text = "Rebels shelled the area overnight, killing five soldiers."
    assert ("REB", "MIL", "19") in dyads(code(nlp, coder, text, actors[::2]))
    text = "Rebels shelled a Syrian army base, abducting five soldiers."
    assert ("SYRREB", "MIL") in {(s, t) for s, t, _ in dyads(code(nlp, coder, text, actors))}


@pytest.mark.parametrize(
    ("doers", "sector", "expected"),
    [
        ("Gunmen", "UAF", "180"),
        ("Rebel fighters", "REB", "180"),
        ("Troops", "MIL", "190"),
        ("Protesters", "OPP", "145"),
    ],
)
def test_armed_men_who_storm_a_building_assault_it(nlp, coder, doers, sector, expected):
    text = f"{doers} stormed the parliament building in Lima."
    events = code(nlp, coder, text, [(doers, sector), ("parliament", "PERLEG")])
    assert [e.cameo for e in events if e.trigger.text == "stormed"] == [expected]


def test_without_stances_the_act_itself_is_coded(nlp):
    coder = CameoCoder(stances=False)
    actors = [("Washington", "USA"), ("Cuba", "CUB")]
    [lift] = code(nlp, coder, "Washington will lift the embargo on Cuba.", actors)
    meetings = code(nlp, coder, "Washington will not meet with Cuba.", actors)
    assert (lift.cameo, lift.factuality) == ("085", Factuality.FUTURE)
    assert {(e.root, e.factuality) for e in meetings} == {("04", Factuality.NEGATED)}


def test_a_statement_that_only_carries_an_event_is_that_event(nlp, coder):
    text = "Iran announced the release of two Kuwaiti nationals on Thursday."
    events = code(nlp, coder, text, [("Iran", "IRN"), ("two Kuwaiti nationals", "KWTCVL")])
    assert {e.root for e in events} == {"08"}
    said = code(
        nlp, coder, "Iran announced a deal with Kuwait.", [("Iran", "IRN"), ("Kuwait", "KWT")]
    )
    assert "01" in {e.root for e in said} or "05" in {e.root for e in said}


def test_a_light_verb_lends_its_subject_through_a_noun_of_amount(nlp, coder):
    actors = [("US government", "USAGOV"), ("Mozambique", "MOZ")]
    text = "The US government announced $33 million in assistance to Mozambique."
    events = code(nlp, coder, text, actors)
    assert dyads(events) == {("USAGOV", "MOZ", "07")}  # "to Mozambique" hangs on the verb
    text = "The US government condemned $33 million in assistance to Mozambique."
    events = code(nlp, coder, text, actors)
    assert "07" not in {e.root for e in events}


def test_the_event_noun_an_amount_object_measures_is_that_pattern_s(nlp, coder):
    text = "The World Bank pledged $40 million in aid to Chad."
    events = code(nlp, coder, text, [("World Bank", "IGOWB"), ("Chad", "TCD")])
    assert [(e.target.actor.code if e.target else None, e.cameo) for e in events] == [
        ("TCD", "0331")
    ]


def test_a_light_verb_of_vague_code_gives_way_to_the_event_it_carries(nlp, coder):
    text = "A Dutch court approved the extradition of the suspect to France."
    events = code(nlp, coder, text, [("Dutch court", "NLDJUD"), ("France", "FRA")])
    assert {e.root for e in events} == {"06"}


def test_calling_for_sanctions_against_a_country_threatens_it(nlp, coder):
    text = "The senator called for sanctions against Russia on Monday."
    events = code(nlp, coder, text, [("senator", "USALEG"), ("Russia", "RUS")])
    assert {(e.source.actor.code, e.target.actor.code, e.cameo) for e in events} == {
        ("USALEG", "RUS", "1312")
    }


def test_who_is_responsible_for_an_event_noun_did_it(nlp, coder):
    text = "The Sinaloa cartel has been responsible for mass killings in northern Mexico."
    events = code(nlp, coder, text, [("Sinaloa cartel", "MEXCRM")])
    assert {(e.source.actor.code, e.root) for e in events} == {("MEXCRM", "18")}
    text = "Washington held Moscow responsible for the attack on the pipeline."
    events = code(nlp, coder, text, [("Washington", "USA"), ("Moscow", "RUSGOV")])
    assert "19" not in {e.root for e in events}


def test_nominal_sanctions_find_source_and_the_clause_subject(nlp, coder):
    text = "The DPRK economy is currently facing many difficulties due to US sanctions."
    events = code(nlp, coder, text, [("DPRK", "PRK"), ("US", "USA")])
    assert ("USA", "PRK", "16") in dyads(events)


@pytest.mark.parametrize(
    ("text", "actors", "root"),
    [
        (
            "Heavy fighting broke out between Norland troops and Vessian rebels.",
            [("Norland troops", "NORMIL"), ("Vessian rebels", "VESREB")],
            "19",
        ),
        (
            "Clashes erupted between the Tarvik police and rebels on Monday.",
            [("the Tarvik police", "TARCOP"), ("rebels", "TARREB")],
            "19",
        ),
        (
            "Talks took place between Norland and Vessia in Geneva.",
            [("Norland", "NOR"), ("Vessia", "VES")],
            "04",
        ),
    ],
)
def test_an_event_noun_that_happened_takes_its_verbs_between(nlp, coder, text, actors, root):
    first, second = (code_ for _, code_ in actors)
    assert {(first, second, root), (second, first, root)} <= dyads(code(nlp, coder, text, actors))


def test_a_warning_threatens_whom_its_clause_says_will_pay(nlp, coder):
    text = "Norland warned that Vessia would pay a heavy price."
    events = code(nlp, coder, text, [("Norland", "NOR"), ("Vessia", "VES")])
    assert ("NOR", "VES", "13") in dyads(events)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Vessia may strike Norland soon, analysts warned.",
            [("Vessia", "VES"), ("Norland", "NOR"), ("analysts", "EDU")],
        ),
        (
            "The agency warned that Vessia lost half of its harvest.",
            [("The agency", "IGO"), ("Vessia", "VES")],
        ),
    ],
)
def test_a_warning_about_what_happened_or_others_do_threatens_no_one(nlp, coder, text, actors):
    threats = [e for e in code(nlp, coder, text, actors) if e.root == "13"]
    assert threats and all(e.target is None for e in threats)


def test_no_actor_no_event(nlp, coder):
    assert code(nlp, coder, "The talks were held in a friendly atmosphere.", []) == ()


def test_ids_are_deterministic(nlp, coder):
    args = ("Japan protested to China.", [("Japan", "JPN"), ("China", "CHN")])
    assert [e.id for e in code(nlp, coder, *args)] == [e.id for e in code(nlp, coder, *args)]


def test_the_coder_needs_a_parse(coder):
    with pytest.raises(StageError, match="needs a parse"):
        coder(Document(article=Article(id="x", text="y")))


def test_a_source_preposition_reverses_the_dyad(nlp, coder):
    events = code(
        nlp,
        coder,
        "Ukraine received weapons from Germany on Monday.",
        [("Ukraine", "UKR"), ("Germany", "DEU")],
    )
    assert ("DEU", "UKR", "07") in dyads(events)


def test_a_comma_list_of_subjects_is_coordinated(nlp, coder):
    events = code(
        nlp,
        coder,
        "The US, Russia, and Switzerland met yesterday.",
        [("US", "USA"), ("Russia", "RUS"), ("Switzerland", "CHE")],
    )
    assert {("USA", "RUS", "04"), ("CHE", "USA", "04"), ("RUS", "CHE", "04")} <= dyads(events)


def test_material_events_stand_without_a_target_but_statements_do_not(nlp, coder):
    seized = code(
        nlp, coder, "The Syrian army seized three pumping stations.", [("Syrian army", "SYRMIL")]
    )
    said = code(nlp, coder, "Russia said the talks were useful.", [("Russia", "RUS")])
    assert ("SYRMIL", None, "17") in dyads(seized)
    assert said == ()


def test_a_pronoun_subject_stands_for_the_speaker(nlp, coder):
    events = code(
        nlp,
        coder,
        "Colombia said it would send troops to Afghanistan.",
        [("Colombia", "COL"), ("Afghanistan", "AFG")],
    )
    sent = [e for e in events if e.trigger.text == "send"]
    assert sent and sent[0].source.actor.code == "COL"
    assert sent[0].factuality is Factuality.HYPOTHETICAL


def test_the_complement_names_the_target_when_the_verb_does_not(nlp, coder):
    events = code(
        nlp,
        coder,
        "Washington agreed to lift the sanctions on Iran.",
        [("Washington", "USAGOV"), ("Iran", "IRN")],
    )
    assert any(e.root == "03" and e.target and e.target.actor.code == "IRN" for e in events)


def test_a_span_naming_two_actors_gives_an_event_for_each(nlp, coder):
    text = "The two leaders discussed the standoff with the United States."
    events = code(
        nlp,
        coder,
        text,
        [("The two leaders", "RUSGOV"), ("The two leaders", "PRKGOV"), ("United States", "USA")],
    )
    assert {("RUSGOV", "USA", "04"), ("PRKGOV", "USA", "04")} <= dyads(events)
    assert len({e.id for e in events}) == len(events)


def test_the_first_actor_after_the_verb_is_the_target(nlp, coder):
    text = "Germany welcomed the resumption of nuclear talks with Iran."
    events = code(nlp, coder, text, [("Germany", "DEU"), ("Iran", "IRN")])
    assert ("DEU", "IRN", "05") in dyads(events)


def test_a_condemned_attack_does_not_target_the_condemner(nlp, coder):
    text = "The French government condemned an attack by Russian soldiers on Thursday."
    events = code(
        nlp, coder, text, [("French government", "FRAGOV"), ("Russian soldiers", "RUSMIL")]
    )
    assert ("RUSMIL", "FRAGOV", "19") not in dyads(events)
    assert ("FRAGOV", "RUSMIL", "11") in dyads(events)


def test_a_postponed_meeting_did_not_happen(nlp, coder):
    text = "Russia and Ukraine postponed their talks in Istanbul."
    events = code(nlp, coder, text, [("Russia", "RUS"), ("Ukraine", "UKR")])
    assert all(e.factuality is Factuality.NEGATED for e in events if e.root == "04")


def test_a_transfer_to_a_target(nlp, coder):
    text = "Japan gave $5 million to Jordan for the refugee camps."
    events = code(nlp, coder, text, [("Japan", "JPN"), ("Jordan", "JOR")])
    assert ("JPN", "JOR", "07") in dyads(events)


def test_a_reverse_code_gives_the_event_back(nlp, tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("042:043\ttour\tThe king toured Spain.\n", encoding="utf-8")
    text = "The Dutch king toured Spain last week."
    events = code(
        nlp,
        CameoCoder(extra_lexicons=[str(mine)]),
        text,
        [("Dutch king", "NLDGOV"), ("Spain", "ESP")],
    )
    found = {(e.source.actor.code, e.target.actor.code, e.cameo) for e in events}
    assert {("NLDGOV", "ESP", "042"), ("ESP", "NLDGOV", "043")} <= found


def test_a_users_own_code_is_coded_as_written(nlp, tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text(
        "1717\tseal off\tPolice sealed off the embassy.\n"
        "901\tpraise +cooking\tThe minister praised the cooking of Italy.\n",
        encoding="utf-8",
    )
    coder = CameoCoder(extra_lexicons=[str(mine)])
    actors = [("Police", "RUSCOP"), ("the Ukrainian embassy", "UKRGOV")]
    text = "Police sealed off the Ukrainian embassy."
    [sealed] = code(nlp, coder, text, actors)
    parent = load_ontology()["171"]  # its values are those of its CAMEO parent
    assert (sealed.cameo, sealed.goldstein, sealed.quad_class) == ("1717", parent.goldstein, 4)
    actors = [("The Russian minister", "RUSGOV"), ("Italy", "ITA")]
    text = "The Russian minister praised the cooking of Italy."
    [praise] = code(nlp, coder, text, actors)
    assert (praise.cameo, praise.goldstein, praise.quad_class, praise.plover) == ("901", 0, 0, "")


def test_a_verb_of_speech_a_petrarch_dictionary_codes_is_a_statement(nlp, coder, tmp_path):
    verbs = tmp_path / "speech.verbs.txt"
    verbs.write_text("--- SAID [023] ---\nSAID\n", "utf-8")
    petrarch = CameoCoder(extra_lexicons=[str(verbs)])
    actors = [("Valdoria", "VAL"), ("Kesh", "KES"), ("Tarnis", "TRN")]
    text = "Valdoria said Kesh and Tarnis would sign a treaty."
    spoken = {d for d in dyads(code(nlp, petrarch, text, actors)) if d[2] == "02"}
    assert spoken == {("VAL", "KES", "02"), ("VAL", "TRN", "02")}
    # what is said before the verb names no one the statement is made to
    text = "Kesh will sign a treaty, Valdoria said."
    assert {d for d in dyads(code(nlp, petrarch, text, actors[:2])) if d[0] == "VAL"} == {
        ("VAL", None, "02")
    }
    # the packaged lexicon's "say" reports the clause's act and states nothing to Kesh
    text = "Valdoria said Kesh and Tarnis would sign a treaty."
    assert not {d for d in dyads(code(nlp, coder, text, actors)) if d[0] == "VAL"}


def test_an_object_may_be_named_by_its_modifier(nlp, tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("194\tfire +artillery @at\tThe army fired artillery at the town.\n", "utf-8")
    text = "The army fired artillery shells at Ukrainian positions."
    actors = [("The army", "RUSMIL"), ("Ukrainian positions", "UKRMIL")]
    events = code(nlp, CameoCoder(extra_lexicons=[str(mine)]), text, actors)
    assert ("RUSMIL", "UKRMIL", "19") in dyads(events)


def test_a_list_the_parser_hung_on_a_modifier(nlp):
    from spacy.tokens import Doc

    from eventwire.events import syntax

    words = ["Chile", ",", "Peru", "and", "the", "tiny", "Bolivia", "welcomed", "it"]
    heads = [6, 0, 0, 2, 6, 6, 7, 7, 7]
    deps = ["nmod", "punct", "conj", "cc", "det", "amod", "nsubj", "ROOT", "dobj"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    found = [t.text for t in syntax.with_conjuncts([doc[6]])]
    assert found == ["Bolivia", "Chile", "Peru"]


def test_a_no_event_pattern_keeps_the_verb_from_coding(nlp, tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("---\tfire +employee\tThe ministry fired two employees.\n", "utf-8")
    text = "The Russian ministry fired two employees at Ukrainian request."
    actors = [("The Russian ministry", "RUSGOV")]
    assert code(nlp, CameoCoder(extra_lexicons=[str(mine)]), text, actors) == ()


def test_an_object_with_modifiers_needs_them(nlp, coder):
    from eventwire.events.lexicon import build_lexicon, parse_pattern

    strict = CameoCoder()
    patterns = [
        parse_pattern("064", "restore +diplomatic_tie @with"),
        parse_pattern("081", "restore"),
    ]
    strict.lexicon = build_lexicon(patterns)
    actors = [("Gondor", "GON"), ("Arnor", "ARN")]
    full = code(nlp, strict, "Gondor restored full diplomatic ties with Arnor.", actors)
    plain = code(nlp, strict, "Gondor restored trade ties with Arnor.", actors)
    assert {e.cameo for e in full} == {"064"} and {e.cameo for e in plain} == {"081"}


def test_the_words_of_a_named_object_are_no_target(nlp, coder):
    text = "North Korea fired two artillery shells at a South Korean island."
    events = code(nlp, coder, text, [("North Korea", "PRK"), ("artillery", "MIL")])
    assert all(e.target is None or e.target.actor.code != "MIL" for e in events)


def test_a_weapon_fired_by_an_actor_stands_for_it(nlp, coder):
    text = "The rockets fired by the Syrian army struck a market in Idlib."
    events = code(nlp, coder, text, [("Syrian army", "SYRMIL")])
    assert {e.source.actor.code for e in events} == {"SYRMIL"}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "Sweden gave 40 million euros to Malawi last year.",
            [("Sweden", "SWE"), ("Malawi", "MWI")],
            ("SWE", "MWI", "07"),
        ),
        (
            "Nurses went on strike at the main hospital.",
            [("Nurses", "HLH")],
            ("HLH", None, "14"),
        ),
        (
            "Egypt and Sudan agreed to a ceasefire along the border.",
            [("Egypt", "EGY"), ("Sudan", "SDN")],
            ("EGY", "SDN", "03"),
        ),
        (
            "Gunmen held the passengers as human shields.",
            [("Gunmen", "UAF"), ("the passengers", "CVL")],
            ("UAF", "CVL", "18"),
        ),
        # a gerund standing as a noun is a nominal event
        (
            "Five civilians were killed in shelling by the Syrian army on Friday.",
            [("civilians", "CVL"), ("Syrian army", "SYRMIL")],
            ("SYRMIL", "CVL", "19"),
        ),
        # the agent of an event noun that is the subject did the act
        (
            "An attack by rebels killed five soldiers.",
            [("rebels", "REB"), ("soldiers", "MIL")],
            ("REB", "MIL", "19"),
        ),
        # a target preposition the parser hung on the object
        (
            "The US government returned a collection of Inca artifacts to the government of Peru.",
            [("US government", "USAGOV"), ("government of Peru", "PERGOV")],
            ("USAGOV", "PERGOV", "08"),
        ),
        # a conjunct verb shares the subject of a root the tagger took for a noun
        (
            "The Iranian government, however, rejects and condemns the Israeli decision.",
            [("Iranian government", "IRNGOV"), ("Israeli", "ISR")],
            ("IRNGOV", "ISR", "11"),
        ),
        # the bare complement of "let" or "help" is its subject's act
        (
            "Ethiopia let free some 74 political prisoners.",
            [("Ethiopia", "ETH"), ("political prisoners", "ETHOPP")],
            ("ETH", "ETHOPP", "08"),
        ),
        # a country coordinated inside a role's name, given its sectors, acts with it
        (
            "The foreign ministers of Russia and China condemned the strikes on Syria.",
            [("foreign ministers of Russia", "RUSGOV"), ("China", "CHNGOV"), ("Syria", "SYR")],
            ("CHNGOV", "SYR", "11"),
        ),
        # the indirect object of a transfer is its target
        (
            "The European Union gave Malawi 3 million euros of aid.",
            [("The European Union", "IGOEUREEC"), ("Malawi", "MWI")],
            ("IGOEUREEC", "MWI", "07"),
        ),
    ],
)
def test_common_news_phrasings(nlp, coder, text, actors, expected):
    assert expected in dyads(code(nlp, coder, text, actors))


def test_the_subject_of_a_that_clause_is_the_target_of_a_demand(nlp, coder):
    events = code(
        nlp,
        coder,
        "The United States demanded that Israel withdraw from Gaza.",
        [("The United States", "USA"), ("Israel", "ISR"), ("Gaza", "PSEGZA")],
    )
    assert dyads(events) == {("USA", "ISR", "10")}
    assert [e.cameo for e in events] == ["106"]


def test_a_subjunctive_tagged_as_a_noun_is_still_the_demanded_action(nlp, coder):
    text = "Mali demanded that the president resign."
    assert nlp(text)[5].pos_ == "NOUN"  # the tagger's mistake this test is about
    events = code(nlp, coder, text, [("Mali", "MLI"), ("the president", "GOV")])
    assert [(e.cameo, e.target.actor.code if e.target else None) for e in events] == [
        ("1041", "GOV")
    ]


def test_a_pronoun_subject_of_a_that_clause_is_no_target(nlp, coder):
    events = code(
        nlp,
        coder,
        "Iran threatened that it would close the Strait of Hormuz.",
        [("Iran", "IRN"), ("it", "IRN")],  # "it" as coreference resolves it
    )
    assert [(e.root, e.target) for e in events] == [("13", None)]


def test_a_preposition_written_as_a_particle_is_required(nlp, coder):
    ruled = code(
        nlp,
        coder,
        "The European Court of Human Rights ruled against Russia.",
        [("The European Court of Human Rights", "IGOECHR"), ("Russia", "RUS")],
    )
    assert [(e.cameo, e.target.actor.code if e.target else None) for e in ruled] == [("116", "RUS")]
    assert code(nlp, coder, "The court ruled on Tuesday.", [("The court", "JUD")]) == ()


def test_a_second_coding_with_the_same_actors_keeps_the_events_with_the_new_mentions(nlp, coder):
    text = "Russia attacked Ukraine."
    article = Article(id="again", text=text, published=datetime(2019, 4, 26))
    doc = to_document(Document(article=article), nlp(text))
    before = tuple(
        dataclasses.replace(mention_of(text, phrase, code), sentence=-1)
        for phrase, code in (("Russia", "RUS"), ("Ukraine", "UKR"))
    )
    first = coder(dataclasses.replace(doc, mentions=before))
    after = tuple(dataclasses.replace(m, sentence=0) for m in before)
    second = coder(dataclasses.replace(first, mentions=after))
    assert [e.id for e in second.events] == [e.id for e in first.events]
    assert [e.source for e in second.events] == [after[0]]
    assert [e.target for e in second.events] == [after[1]]
    changed = (after[0], mention_of(text, "Ukraine", "UKRGOV"))
    assert dyads(coder(dataclasses.replace(doc, mentions=changed)).events) == {
        ("RUS", "UKRGOV", "19")
    }
    reparsed = to_document(Document(article=article), nlp(text.replace("attacked", "praised")))
    events = coder(dataclasses.replace(reparsed, mentions=after)).events
    assert {e.root for e in events} == {"05"}


WORDS_BEFORE = (
    "123\tcriticize ^heavily\tThe ministry heavily criticized Kyiv.\n"
    "904\tclash ^not @with\tTroops did not clash with the rebels.\n"
    "112\tattack ^say ^would ^not\tMoscow said it would not attack Kyiv.\n"
    "121\tclash ~over_plan\tThe ministers clashed over the plan of Kyiv.\n"
)


def coder_with(tmp_path_factory, lexicon: str) -> CameoCoder:
    """A coder with our lexicon and one extra lexicon file of these lines."""
    mine = tmp_path_factory.mktemp("lexicon") / "extra.txt"
    mine.write_text(lexicon, encoding="utf-8")
    return CameoCoder(extra_lexicons=[str(mine)])


@pytest.fixture(scope="module")
def before_coder(tmp_path_factory):
    return coder_with(tmp_path_factory, WORDS_BEFORE)


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "The Russian ministry heavily criticized Kyiv.",
            [("The Russian ministry", "RUSGOV"), ("Kyiv", "UKRGOV")],
            ("123", Factuality.ASSERTED),
        ),
        (  # an adverb may follow the verb
            "The Russian ministry criticized Kyiv heavily.",
            [("The Russian ministry", "RUSGOV"), ("Kyiv", "UKRGOV")],
            ("123", Factuality.ASSERTED),
        ),
        (  # without the word, the packaged pattern codes
            "The Russian ministry criticized Kyiv.",
            [("The Russian ministry", "RUSGOV"), ("Kyiv", "UKRGOV")],
            ("111", Factuality.ASSERTED),
        ),
        (  # the pattern states the negation: the negated act is what happened
            "Russian troops didn't clash with Ukrainian soldiers.",
            [("Russian troops", "RUSMIL"), ("Ukrainian soldiers", "UKRMIL")],
            ("904", Factuality.ASSERTED),
        ),
        (  # the words may stand in the clause above the verb
            "The Kremlin said Russia would not attack Ukraine.",
            [("Russia", "RUS"), ("Ukraine", "UKR")],
            ("112", Factuality.ASSERTED),
        ),
        (  # but not in a clause of another verb
            "The Kremlin, which said it would not retreat, attacked Ukraine.",
            [("The Kremlin", "RUSGOV"), ("Ukraine", "UKR")],
            ("190", Factuality.ASSERTED),
        ),
        (  # a phrase the parser split into a particle and an object
            "Russian officials did not clash over the plans of Ukraine.",
            [("Russian officials", "RUSGOV"), ("Ukraine", "UKR")],
            ("121", Factuality.NEGATED),
        ),
    ],
)
def test_words_before_the_verb(nlp, before_coder, text, actors, expected):
    events = code(nlp, before_coder, text, actors)
    assert {(e.cameo, e.factuality) for e in events if e.target} == {expected}


GLUED = (
    "911\twelcome +trade.memo @from!\tPeru welcomed trade memos from Chile.\n"
    "912\twelcome +trade.memo\tPeru welcomed trade memos.\n"
    "913\twelcome +assurance ~on_trade @from!\tPeru welcomed assurances on trade from Chile.\n"
)


@pytest.fixture(scope="module")
def glued_coder(tmp_path_factory):
    return coder_with(tmp_path_factory, GLUED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru welcomed trade memos from Chile.", "911"),
        ("Peru welcomed trade memos drafted by Chile.", "912"),  # no "from": not 911
        ("Peru welcomed trade secret memos from Chile.", "051"),  # not glued: the bare verb
        ("Peru welcomed assurances on trade issues sent from Chile.", "913"),
    ],
)
def test_glued_object_words_and_required_prepositions(nlp, glued_coder, text, expected):
    events = code(nlp, glued_coder, text, [("Peru", "PER"), ("Chile", "CHL")])
    assert {e.cameo for e in events if e.target} == {expected}


PASSED = (
    "921\tcelebrate +festival !in\tPeru celebrated the festival in Quito with Chile.\n"
    "922\tcelebrate +festival !at @with!\tPeru celebrated the festival at Quito with Chile.\n"
    "923\twarn !at\tPeru warned at the summit of the menace of Chile.\n"
)


GLUED_BEFORE = (
    "025\twelcome ^recently.\tPeru recently welcomed Chile.\n"
    "111\tagree ^failed_to.\tPeru failed to agree with Chile.\n"
    "223\tbomb ^plane.\tPeruvian planes bombed Chile.\n"
)


@pytest.fixture(scope="module")
def glued_before_coder(tmp_path_factory):
    return coder_with(tmp_path_factory, GLUED_BEFORE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru recently welcomed Chile.", "025"),
        ("Peru recently did welcome Chile.", "051"),  # not right before: the bare verb
        ("Recently, Peru welcomed Chile.", "051"),
        ("Peru failed to agree with Chile.", "111"),
        ("Peru's planes have bombed Chile.", "223"),  # a perfect auxiliary may stand between
    ],
)
def test_words_right_before_the_verb(nlp, glued_before_coder, text, expected):
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    events = code(nlp, glued_before_coder, text, actors)
    assert {e.cameo for e in events if e.target} == {expected}


def test_a_named_object_the_tagger_took_for_an_adverb(nlp, tmp_path):
    mine = tmp_path / "coins.txt"
    mine.write_text("904\tcontribute +silver_florin\tPeru gave silver florin.\n", encoding="utf-8")
    coins = CameoCoder(extra_lexicons=[str(mine)])
    text = "Peru will contribute two million silver florin to Chile."  # "florin": an adverb
    events = code(nlp, coins, text, [("Peru", "PER"), ("Chile", "CHL")])
    assert {(e.cameo, e.target.actor.code) for e in events if e.target} == {("904", "CHL")}


PLACES = (("Peru", "PER"), ("Quito", "ECU"), ("Chile", "CHL"))


@pytest.fixture(scope="module")
def passed_coder(tmp_path_factory):
    return coder_with(tmp_path_factory, PASSED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the first actor after the phrase passed over, not its object
        ("Peru celebrated the festival in Quito with the envoys of Chile.", {("921", "CHL")}),
        ("Peru celebrated the festival at Quito with the envoys of Chile.", {("922", "CHL")}),
        ("Peru celebrated the festival with the envoys of Chile.", set()),  # no "in", no "at"
        ("Peru warned at the summit in Quito of the menace of Chile.", {("923", "CHL")}),
    ],
)
def test_prepositions_passed_over(nlp, passed_coder, text, expected):
    actors = [(name, code) for name, code in PLACES if name in text]
    events = code(nlp, passed_coder, text, actors)
    assert {(e.cameo, e.target.actor.code) for e in events if e.cameo.startswith("92")} == expected


def test_joined_words_before_the_verb_stand_together(nlp):
    from eventwire.events import syntax

    rose = nlp("Ukraine's death total has risen.")[5]
    assert [t.text for t in syntax.verb_words(rose, ("death_total",))] == ["death", "total"]
    rose = nlp("Ukraine's death and injury total has risen.")[7]
    assert syntax.verb_words(rose, ("death_total",)) is None
    assert syntax.verb_words(rose, ("death", "total")) is not None


def test_a_promise_coded_by_its_act_is_not_coded_again(nlp, coder):
    text = "Qatar has pledged to expel the exiled leaders of the Brotherhood."
    actors = [("Qatar", "QAT"), ("the exiled leaders of the Brotherhood", "EGYOPP")]
    assert dyads(code(nlp, coder, text, actors)) == {("QAT", "EGYOPP", "13")}
    text = "Australia has offered to send troops."  # the act is no intent: the offer stays
    actors = [("Australia", "AUS"), ("troops", "MIL")]
    assert ("AUS", None, "03") in dyads(code(nlp, coder, text, actors))


def test_a_lemma_the_lexicon_lacks_is_tried_as_a_regular_stem(nlp, coder):
    text = "Israeli troops cordoned off the Palestinian town."  # spaCy's lemma: "cordone"
    assert nlp(text)[2].lemma_ != "cordon"
    events = code(nlp, coder, text, [("Israeli troops", "ISRMIL"), ("Palestinian town", "PSE")])
    assert ("ISRMIL", "PSE", "19") in dyads(events)


def test_an_unmarked_target_may_stand_in_a_participle_of_the_object(nlp, coder):
    text = "Israeli troops sealed off the roads leading into Gaza."
    events = code(nlp, coder, text, [("Israeli troops", "ISRMIL"), ("Gaza", "PSE")])
    assert dyads(events) == {("ISRMIL", "PSE", "19")}


def test_an_unmarked_target_may_stand_in_an_infinitive_of_the_object_or_verb(nlp):
    from eventwire.events.lexicon import build_lexicon, parse_pattern

    strict = CameoCoder()
    strict.lexicon = build_lexicon(
        [parse_pattern("080", "abandon +effort"), parse_pattern("056", "sign +deal")]
    )
    actors = [("Valdoria", "VAL"), ("Keshi", "KES")]
    text = "Valdoria abandoned efforts to stop a Keshi march."  # what the efforts were for
    assert dyads(code(nlp, strict, text, actors)) == {("VAL", "KES", "08")}
    text = "Valdoria signed a deal on Monday to supply Kesh with grain."  # the purpose
    assert dyads(code(nlp, strict, text, [("Valdoria", "VAL"), ("Kesh", "KES")])) == {
        ("VAL", "KES", "05")
    }


def test_the_subject_of_a_that_clause_of_the_object_is_the_target(nlp, coder):
    actors = [("Valdoria", "VAL"), ("Kesh", "KES")]
    text = "Valdoria expressed hopes on Monday that Kesh could be drawn into the peace talks."
    assert dyads(code(nlp, coder, text, actors)) == {("VAL", "KES", "01")}


def test_a_source_preposition_in_the_passive_makes_the_subject_the_target(nlp):
    from eventwire.events.lexicon import build_lexicon, parse_pattern

    strict = CameoCoder()
    strict.lexicon = build_lexicon([parse_pattern("080", "free <from")])
    actors = [("Valdorian hostages", "VAL"), ("Kesh", "KES")]
    text = "Valdorian hostages were freed from Kesh on Monday."
    assert dyads(code(nlp, strict, text, actors)) == {("KES", "VAL", "08")}


def test_a_present_tense_spelt_with_a_wrong_es_is_no_form_a_dictionary_lists(nlp):
    """A PETRARCH dictionary lists a verb's forms, and "departes" is none of them; our own
    lexicon, which matches lemmas, still codes the misspelling."""
    from eventwire.events.lexicon import build_lexicon, parse_pattern

    pattern = parse_pattern("040", "depart @from")
    actors = [("Valdoria", "VAL"), ("Kesh", "KES")]
    for dictionary, misspelt in ((True, set()), (False, {("VAL", "KES", "04")})):
        strict = CameoCoder()
        strict.lexicon = build_lexicon([dataclasses.replace(pattern, dictionary=dictionary)])
        right = code(nlp, strict, "Valdoria departs from Kesh.", actors)
        assert dyads(right) == {("VAL", "KES", "04")}
        assert dyads(code(nlp, strict, "Valdoria departes from Kesh.", actors)) == misspelt


def test_the_forces_an_actor_moves_are_no_target(nlp, coder):
    text = "Russia massed troops close to the border with Ukraine."
    article = Article(id="t", text=text, published=datetime(2019, 4, 26))
    doc = to_document(Document(article=article), nlp(text))
    troops = dataclasses.replace(
        mention_of(text, "troops", "MIL"), actor=Actor(code="MIL", sectors=("MIL",))
    )
    mentions = (mention_of(text, "Russia", "RUS"), troops, mention_of(text, "Ukraine", "UKR"))
    events = coder(dataclasses.replace(doc, mentions=mentions)).events
    assert dyads(events) == {("RUS", "UKR", "15")}
    text = "Russia deployed Russian troops."
    assert dyads(code(nlp, coder, text, [("Russia", "RUS"), ("Russian troops", "RUSMIL")])) == {
        ("RUS", None, "15")
    }
    text = "Saudi Arabia and Iran reopened their embassies."  # their own: no target
    actors = [("Saudi Arabia", "SAU"), ("Iran", "IRN"), ("embassies", "GOV")]
    assert {d for d in dyads(code(nlp, coder, text, actors)) if d[2] == "05"} == {
        ("SAU", "IRN", "05"),
        ("IRN", "SAU", "05"),
    }
    text = "Israel released Palestinian prisoners."  # people acted on stay the target
    actors = [("Israel", "ISR"), ("Palestinian prisoners", "PSECRM")]
    assert ("ISR", "PSECRM", "08") in dyads(code(nlp, coder, text, actors))


def test_phrases_after_the_verb_include_those_of_an_adverb(nlp):
    from eventwire.events import syntax

    sailed = nlp("Russian warships sailed very close to the coast of Japan.")[2]
    assert "Japan" in [t.text for t in syntax.phrase_tokens_after(sailed)]


def test_an_actor_acting_on_itself_through_a_coreference_guess_is_dropped(nlp, coder):
    text = "Stoltenberg praised both leaders."
    both = [
        mention_of(text, "both leaders", code, kind="compound") for code in ("IGOWSTNAT", "TUR")
    ]
    article = Article(id="t", text=text, published=datetime(2019, 4, 26))
    doc = to_document(Document(article=article), nlp(text))
    mentions = (mention_of(text, "Stoltenberg", "IGOWSTNAT", kind="person"), *both)
    events = coder(dataclasses.replace(doc, mentions=mentions)).events
    assert dyads(events) == {("IGOWSTNAT", "TUR", "05")}
    text = "Wang Yi praised both sides."  # "both sides" never holds the speaker's country
    both = [mention_of(text, "both sides", code, kind="compound") for code in ("CHN", "SAU")]
    doc = to_document(Document(article=dataclasses.replace(article, text=text)), nlp(text))
    mentions = (mention_of(text, "Wang Yi", "CHNGOV", kind="person"), *both)
    events = coder(dataclasses.replace(doc, mentions=mentions)).events
    assert dyads(events) == {("CHNGOV", "SAU", "05")}
    text = "Russian police arrested Russian police officers."  # no guess: kept
    actors = [("Russian police", "RUSCOP"), ("Russian police officers", "RUSCOP")]
    assert ("RUSCOP", "RUSCOP", "17") in dyads(code(nlp, coder, text, actors))


def test_they_after_a_coordinated_subject_stands_for_each(nlp, coder):
    text = "Russia and China said they would impose sanctions on Lithuania."
    actors = [("Russia", "RUS"), ("China", "CHN"), ("Lithuania", "LTU")]
    sources = {s for s, t, _ in dyads(code(nlp, coder, text, actors)) if t == "LTU"}
    assert sources == {"RUS", "CHN"}


def test_a_source_preposition_that_is_absent_leaves_the_verb_to_other_patterns(nlp, tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("1717\tsnub\tA snubbed B.\n075\tsnub <in\tA was snubbed in B.\n", "utf-8")
    coder = CameoCoder(extra_lexicons=[str(mine)])
    text = "Ethiopia snubbed Libya."
    events = code(nlp, coder, text, [("Ethiopia", "ETH"), ("Libya", "LBY")])
    assert {(e.source.actor.code, e.target.actor.code, e.cameo) for e in events} == {
        ("ETH", "LBY", "1717")
    }


def test_something_received_from_an_actor_is_no_visit(nlp, coder):
    text = "Iran received a letter from Saudi Arabia."
    assert code(nlp, coder, text, [("Iran", "IRN"), ("Saudi Arabia", "SAU")]) == ()
    text = "Iran received a delegation from Saudi Arabia."
    events = code(nlp, coder, text, [("Iran", "IRN"), ("Saudi Arabia", "SAU")])
    assert ("IRN", "SAU", "04") in dyads(events)


def test_an_actor_naming_where_is_the_target_only_when_there_is_no_other(nlp, tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("045\tfeast\tA feasted with B.\n", "utf-8")
    coder = CameoCoder(extra_lexicons=[str(mine)])
    text = "Chile feasted in Cairo with the leaders of Peru."
    actors = [("Chile", "CHL"), ("Cairo", "EGYGOV"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PER", "04")}
    text = "Chile feasted in Cairo."
    assert dyads(code(nlp, coder, text, actors[:2])) == {("CHL", "EGYGOV", "04")}


def code_in_places(nlp, coder, text, actors, places):
    """The events of a text with its actors and its places, (phrase, country code)."""
    article = Article(id="t", text=text, published=datetime(2019, 4, 26))
    doc = to_document(Document(article=article), nlp(text))
    mentions = tuple(_sector_alone(_mention(text, *actor)) for actor in actors)
    found = tuple(mention_of(text, phrase, country, kind=PLACE) for phrase, country in places)
    return coder(Document(**{**_fields(doc), "mentions": mentions, "places": found})).events


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "Chilean students staged a protest in Lima on Monday.",
            [("Chilean students", "CHLEDU")],
            {("CHLEDU", "PER", "14")},
        ),
        ("Gunmen stormed a hotel in Lima.", [("Gunmen", "UAF")], {("PERUAF", "PER", "18")}),
        (  # another target wins
            "Chilean students protested against Bolivia in Lima.",
            [("Chilean students", "CHLEDU"), ("Bolivia", "BOL")],
            {("CHLEDU", "BOL", "14")},
        ),
        (  # the state's own forces at home
            "Peruvian troops paraded in Lima.",
            [("Peruvian troops", "PERMIL")],
            set(),
        ),
        (  # no act of force or protest
            "Chile praised the vote in Lima.",
            [("Chile", "CHL")],
            {("CHL", None, "05")},
        ),
        (  # the source itself
            "Thousands of Peruvians marched in Lima.",
            [("Peruvians", "PER")],
            {("PER", None, "14")},
        ),
    ],
)
def test_an_act_of_force_or_protest_aims_at_the_country_of_its_place(
    nlp, coder, text, actors, expected
):
    events = code_in_places(nlp, coder, text, actors, [("Lima", "PER")])
    assert dyads(events) == expected


def test_places_of_one_country_make_one_target(nlp, coder):
    text = "Chilean students staged protests in Lima and Cusco on Monday."
    places = [("Lima", "PER"), ("Cusco", "PER")]
    events = code_in_places(nlp, coder, text, [("Chilean students", "CHLEDU")], places)
    assert [(e.source.actor.code, e.target.actor.code) for e in events] == [("CHLEDU", "PER")]


def test_the_subject_of_a_that_clause_is_what_the_verb_is_about(nlp, tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("023\tfear\tA fears that B will attack.\n", "utf-8")
    coder = CameoCoder(extra_lexicons=[str(mine)])
    text = "Chile fears that Peru will close the border."
    assert ("CHL", "PER", "02") in dyads(
        code(nlp, coder, text, [("Chile", "CHL"), ("Peru", "PER")])
    )
    text = "Chile fears that Chilean troops will leave."  # its own side: about no other actor
    actors = [("Chile", "CHL"), ("Chilean troops", "CHLMIL")]
    assert ("CHL", None, "02") in dyads(code(nlp, coder, text, actors))
    text = "Chile said that Peru closed the border."  # a report of Peru's act, no statement to it
    events = code(nlp, coder, text, [("Chile", "CHL"), ("Peru", "PER")])
    assert ("CHL", "PER", "01") not in dyads(events)


def test_an_infinitive_of_purpose(nlp, coder):
    text = "Hundreds of protesters gathered outside parliament to denounce the new law."
    actors = [("protesters", "KENOPPCVL"), ("parliament", "KENLEG")]
    assert ("KENOPPCVL", "KENLEG", "14") in dyads(code(nlp, coder, text, actors))
    text = "Kenyan lawmakers met on Monday to demand the resignation of the minister."
    actors = [("Kenyan lawmakers", "KENLEG"), ("the minister", "KENGOV")]
    assert ("KENLEG", "KENGOV", "10") in dyads(code(nlp, coder, text, actors))


def test_the_act_an_accusation_alleges_is_the_accused_ones_and_alleged(nlp, coder):
    text = "Ukraine accused Russia of shelling a hospital, killing two nurses."
    actors = [("Ukraine", "UKR"), ("Russia", "RUS"), ("hospital", "UKRHLH"), ("nurses", "HLH")]
    events = code(nlp, coder, text, actors)
    found = {(e.source.actor.code, e.root, e.factuality) for e in events}
    assert ("UKR", "11", Factuality.ASSERTED) in found
    assert ("RUS", "19", Factuality.ALLEGED) in found
    assert not any(e.source.actor.code == "UKR" and e.root == "19" for e in events)


def test_hosts_do_not_meet_each_other(nlp, coder):
    text = "Qatar and Oman hosted talks on Monday."
    actors = [("Qatar", "QAT"), ("Oman", "OMN")]
    assert {(s, t) for s, t, _ in dyads(code(nlp, coder, text, actors))} == {
        ("QAT", None),
        ("OMN", None),
    }
    text = "Qatar and Oman held talks on Monday."  # they met
    assert ("QAT", "OMN", "04") in dyads(code(nlp, coder, text, actors))


def test_a_phrase_of_time_names_no_target(nlp, coder):
    text = "Rebels seized the town after heavy fighting with government troops."
    actors = [("Rebels", "REB"), ("government troops", "GOVMIL")]
    assert dyads(code(nlp, coder, text, actors)) == {("REB", None, "19")}


def test_each_other_is_every_subject_on_the_others(nlp, coder):
    text = "Thailand and Cambodia accused each other of violating the truce."
    actors = [("Thailand", "THA"), ("Cambodia", "KHM")]
    found = {(s, t) for s, t, root in dyads(code(nlp, coder, text, actors)) if root == "11"}
    assert found == {("THA", "KHM"), ("KHM", "THA")}


def test_an_exchange_of_prisoners_is_between_the_subjects(nlp, coder):
    text = "Russia and Ukraine exchanged 90 prisoners of war."
    actors = [("Russia", "RUS"), ("Ukraine", "UKR"), ("prisoners of war", "MIL")]
    assert dyads(code(nlp, coder, text, actors)) == {("RUS", "UKR", "08"), ("UKR", "RUS", "08")}


def test_a_participle_with_an_object_of_its_own_is_an_active_verb(nlp, coder):
    from eventwire.events import syntax

    doc = nlp("Israeli airstrikes killed at least 20 people in Gaza City, health officials said.")
    killed = doc[2]
    assert killed.dep_ == "acl"  # the parser's reading this rule is for
    assert [t.text for t in syntax.verb_subjects(killed)] == ["airstrikes"]
    assert [t.text for t in syntax.direct_objects(killed)] == ["people"]
    soldiers = nlp("Three soldiers killed in the attack were buried.")[2]
    assert [t.text for t in syntax.direct_objects(soldiers)] == ["soldiers"]


def test_a_purpose_clause_after_an_object_is_no_act_of_the_subject(nlp, coder):
    text = "Pakistan summoned the Afghan envoy to protest the attack."
    actors = [("Pakistan", "PAK"), ("Afghan envoy", "AFGGOV")]
    assert {root for _, _, root in dyads(code(nlp, coder, text, actors))} == {"11"}


def test_an_object_counted_by_an_amount_is_what_it_counts(nlp, coder):
    text = "Hezbollah fired dozens of rockets at northern Israel."
    actors = [("Hezbollah", "LBNINS"), ("Israel", "ISR")]
    assert dyads(code(nlp, coder, text, actors)) == {("LBNINS", "ISR", "19")}


def test_the_subject_of_a_verb_of_means_does_its_purpose(nlp, coder):
    text = "Indian police used batons to disperse farmers marching toward the capital."
    actors = [("Indian police", "INDCOP"), ("farmers", "AGR")]
    assert ("INDCOP", "INDAGR", "17") in dyads(code(nlp, coder, text, actors))


def test_a_role_a_country_owns_is_that_countrys_role(nlp, coder):
    text = "Chile's blunt and tireless minister Ana Roldos criticized Bolivia on Monday."
    actors = [
        ("Chile", "CHL", "country"),
        ("minister Ana Roldos", "GOV", "person"),
        ("Bolivia", "BOL", "country"),
    ]
    assert dyads(code(nlp, coder, text, actors)) == {("CHLGOV", "BOL", "11")}


def test_a_role_owned_by_no_country_keeps_its_sectors(nlp, coder):
    text = "The army's blunt and tireless commander Ana Roldos criticized Bolivia on Monday."
    actors = [("commander Ana Roldos", "MIL", "person"), ("Bolivia", "BOL", "country")]
    assert dyads(code(nlp, coder, text, actors)) == {("MIL", "BOL", "11")}


def test_a_role_at_an_international_body_is_the_body_s(nlp, coder):
    text = "Judges at the U.N. tribunal in The Hague sentenced a Bolivian general on Monday."
    actors = [("Judges", "JUD"), ("U.N. tribunal", "IGOUNO"), ("Bolivian general", "BOLMIL")]
    assert dyads(code(nlp, coder, text, actors)) == {("IGOUNO", "BOLMIL", "11")}


def test_any_complement_with_a_named_object_is_one_act(nlp, tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("173\tvow >* +war @on\tThe junta vowed to wage war on the rebels.\n", "utf-8")
    text = "Peru's junta vowed on Sunday to wage war on Chile until the last soldier left."
    actors = [("Peru's junta", "PERGOV"), ("Chile", "CHL")]
    events = code(nlp, CameoCoder(extra_lexicons=[str(mine)]), text, actors)
    assert dyads(events) == {("PERGOV", "CHL", "17")}


def test_roles_listed_before_countries_act_for_each_country(nlp, coder):
    text = "Senators and officials in Ecuador and Uruguay condemned Paraguay."
    actors = [
        ("Senators", "ECULEG", "group"),
        ("officials in Ecuador", "ECUGOV", "group"),
        ("Uruguay", "URYGOV", "country"),
        ("Uruguay", "URYLEG", "country"),
        ("Paraguay", "PRY", "country"),
    ]
    sources = {s for s, _, _ in dyads(code(nlp, coder, text, actors))}
    assert sources == {"ECULEG", "ECUGOV", "URYLEG", "URYGOV"}


def test_a_complement_may_be_written_as_its_form(nlp, tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("111\tbelieve >linked @to\tHe was believed linked to the cartel.\n", "utf-8")
    text = "A Chilean colonel believed linked to Bolivian smugglers was arrested on Monday."
    actors = [("Chilean colonel", "CHLMIL"), ("Bolivian smugglers", "BOLCRM")]
    events = code(nlp, CameoCoder(extra_lexicons=[str(mine)]), text, actors)
    assert ("CHLMIL", "BOLCRM", "11") in dyads(events)


def test_the_maker_of_a_named_object_is_the_target(nlp, coder):
    text = "Bolivia rejected the border plan drawn up by Paraguay last spring."
    actors = [("Bolivia", "BOL"), ("Paraguay", "PRY")]
    assert dyads(code(nlp, coder, text, actors)) == {("BOL", "PRY", "12")}


def test_agreeing_to_a_truce_is_an_intent_not_the_truce(nlp, coder):
    text = "Peru and Chile agreed to a truce along their mountain frontier on Friday."
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    assert {e.cameo for e in code(nlp, coder, text, actors)} == {"0356"}


def test_who_is_guilty_of_an_act_did_it(nlp, coder):
    text = "The Bolivian army was guilty of shelling Peruvian border posts last winter."
    actors = [("Bolivian army", "BOLMIL"), ("Peruvian", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("BOLMIL", "PER", "19")}


def test_who_is_capable_of_an_act_did_not_do_it(nlp, coder):
    text = "The Bolivian army is capable of shelling Peruvian border posts."
    actors = [("Bolivian army", "BOLMIL"), ("Peruvian", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == set()


def test_a_required_preposition_may_follow_the_verbs_adverbs(nlp, coder):
    events = code(
        nlp,
        coder,
        "Ecuador pushed hard for a ceasefire between Peru and Chile.",
        [("Ecuador", "ECU"), ("Peru", "PER"), ("Chile", "CHL")],
    )
    assert {("ECU", "PER", "10"), ("ECU", "CHL", "10")} <= dyads(events)


@pytest.mark.parametrize(
    "text",
    [
        "Peru fought the cholera epidemic in Chile.",
        "Peru fought extradition from Chile.",
        "Peru met its export targets for Chile.",
        "Peru reinforced its commitment to Chile.",
        "Peru mobilised funds for Chile.",
        "Peru deployed election observers in Chile.",
    ],
)
def test_meeting_or_fighting_a_thing_that_is_no_one_codes_nothing(nlp, coder, text):
    assert dyads(code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL")])) == set()


COUNTRIES = (("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL"), ("Brazil", "BRA"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru hopes that Chile will lift sanctions on Bolivia.", ("CHL", "BOL", "085", Factuality.HYPOTHETICAL)),
        ("Peru hopes Brazil will persuade Chile to lift sanctions on Bolivia.", ("CHL", "BOL", "085", Factuality.HYPOTHETICAL)),
        ("Peru denied that it will attack Bolivia.", ("PER", "BOL", "1384", Factuality.NEGATED)),
        ("Peru needs to lift sanctions on Bolivia.", ("PER", "BOL", "085", Factuality.HYPOTHETICAL)),
        ("Chile blocked efforts by Peru to impose sanctions on Bolivia.", ("PER", "BOL", "163", Factuality.HYPOTHETICAL)),
        ("The president of Peru is to meet Bolivia next week.", ("PER", "BOL", "040", Factuality.FUTURE)),
        ("Peru said it will attack Bolivia.", ("PER", "BOL", "1384", Factuality.REPORTED)),
    ],
)  # fmt: skip
def test_acts_wished_needed_attempted_or_scheduled(nlp, coder, text, expected):
    events = code(nlp, coder, text, [(a, c) for a, c in COUNTRIES if a in text])
    found = {
        (e.source.actor.code, e.target and e.target.actor.code, e.cameo, e.factuality)
        for e in events
    }
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        "Chilean peacekeepers arrived in Haiti on Monday.",
        "Chilean peacekeeping troops arrived in Haiti on Monday.",
        "Chilean troops arrived in Haiti on Friday for a peacekeeping mission.",
    ],
)
def test_peacekeepers_arriving_are_peacekeeping_not_a_visit(nlp, coder, text):
    actors = [(text.split(" arrived")[0], "CHLMIL"), ("Haiti", "HTI")]
    events = code(nlp, coder, text, actors)
    assert {(e.source.actor.code, e.target.actor.code, e.cameo) for e in events} == {
        ("CHLMIL", "HTI", "074")
    }


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        # a gerund after "by" is done by the verb's subject (the means)
        ("Bolivia retaliated by expelling two Chilean diplomats.", [("Bolivia", "BOL"), ("Chilean diplomats", "CHLGOV")], ("BOL", "CHLGOV", "174")),
        # an object the parser took for an adverbial noun ("curfew hours")
        ("Peru eased curfew hours it had ordered during the strike.", [("Peru", "PER")], ("PER", "PERCVL", "0813")),
        # a gerund after "committed to" is promised by the subject
        ("Peru is committed to lifting the sanctions on Chile.", [("Peru", "PER"), ("Chile", "CHL")], ("PER", "CHL", "0354")),
        ("Peru remains committed to opening up its economy to Chile.", [("Peru", "PER"), ("Chile", "CHL")], ("PER", "CHL", "0311")),
        # the countries after a plural role are the parties of a joint act
        ("The navies of Chile and Peru performed war games off Arica.", [("navies of Chile", "CHLMIL"), ("Peru", "PERMIL")], ("CHLMIL", "PERMIL", "062")),
        # what a weight of goods carries is the object
        ("Bolivia flew ten tons of medicine into Peru.", [("Bolivia", "BOL"), ("Peru", "PER")], ("BOL", "PER", "073")),
        ("Bolivia accepted a formula for ending its dispute with Chile.", [("Bolivia", "BOL"), ("Chile", "CHL")], ("BOL", "CHL", "030")),
        ("Sudan allowed UN agencies access to Darfur.", [("Sudan", "SDN"), ("UN", "IGOUNO")], ("SDN", "IGOUNO", "086")),
        # joint war games in the passive, staged by two armies ("staged" has the lemma "stag")
        ("The war games were staged by Chilean marines and Peruvian troops.", [("Chilean marines", "CHLMIL"), ("Peruvian troops", "PERMIL")], ("CHLMIL", "PERMIL", "062")),
        ("Jailed Bolivian miners went on hunger strike on Monday.", [("Bolivian miners", "BOLLAB")], ("BOLLAB", "BOLGOV", "142")),
    ],
)  # fmt: skip
def test_constructions_of_aid_promises_and_joint_acts(nlp, coder, text, actors, expected):
    events = code(nlp, coder, text, actors)
    found = {(e.source.actor.code, e.target and e.target.actor.code, e.cameo) for e in events}
    assert expected in found


def test_an_event_noun_its_own_actors_act_on_is_not_coded_besides(nlp, tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("191\tpostpone\tA and B postponed their meeting.\n", "utf-8")
    coder = CameoCoder(extra_lexicons=[str(mine)])
    actors = [("Chile", "CHL"), ("Peru", "PER")]
    text = "Chile and Peru postponed their meeting."
    assert {e.root for e in code(nlp, coder, text, actors)} == {"19"}
    text = "Chile and Peru held their meeting."  # a light verb: the meeting itself
    assert {e.root for e in code(nlp, coder, text, actors)} == {"04"}


def test_an_adjective_the_verb_makes_of_its_object_is_the_named_word(nlp, tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("180\tbeat\n182\tbeat +unconscious\tbeaten unconscious\n", "utf-8")
    coder = CameoCoder(extra_lexicons=[str(mine)])
    text = "A Chilean envoy was beaten unconscious by Peruvian police."
    actors = [("A Chilean envoy", "CHLGOV"), ("Peruvian police", "PERCOP")]
    assert {e.cameo for e in code(nlp, coder, text, actors)} == {"182"}


def test_a_negated_act_of_a_petrarch_dictionary_codes_what_petrarch_makes_of_it(nlp, tmp_path):
    """PETRARCH's ontology writes disapproval as not cooperating: "did not quarrel" (110) is
    050; an act with no such reading ("did not attack", 190) stays a negated attack."""
    verbs = tmp_path / "mine.verbs.txt"
    verbs.write_text("--- QUARREL  [110]  ---\nQUARREL\n\n--- ATTACK  [190]  ---\nATTACK\n")
    coder = CameoCoder(extra_lexicons=[str(verbs)])
    actors = [("Chile", "CHL"), ("Peru", "PER")]
    (calm,) = code(nlp, coder, "Chile did not quarrel with Peru over the border.", actors)
    assert (calm.cameo, calm.factuality) == ("050", Factuality.ASSERTED)
    (spared,) = code(nlp, coder, "Chile did not attack Peru.", actors)
    assert (spared.cameo, spared.factuality) == ("190", Factuality.NEGATED)


@pytest.mark.parametrize(
    "text",
    [
        "Chile alleged that Peru had shelled the border post.",
        "Peru had shelled the border post, Chile alleged.",
        "Chile charged that Peru had shelled the border post.",  # not a criminal charge (173)
        "Chile claimed that Peru had shelled the border post.",
    ],
)
def test_an_accusation_by_a_verb_of_speech_is_aimed_at_whom_its_clause_accuses(nlp, coder, text):
    actors = [("Chile", "CHL"), ("Peru", "PER")]
    events = code(nlp, coder, text, actors)
    assert ("CHL", "PER", "11") in dyads(events)
    shelling = [e for e in events if e.root == "19"]
    assert shelling and all(e.factuality is Factuality.ALLEGED for e in shelling)


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        # the parser leaves "Israeli" the object of "in" and hangs "shelling" on the verb
        ("Two civilians were wounded in Israeli shelling on Monday.", [("civilians", "CVL"), ("Israeli", "ISR")], ("ISR", "CVL", "194")),
        ("Three soldiers were killed in Russian artillery fire near Kharkiv.", [("soldiers", "MIL"), ("Russian artillery", "RUSMIL")], ("RUSMIL", "MIL", "194")),
        ("Two soldiers were killed by Taliban sniper fire.", [("soldiers", "MIL"), ("Taliban", "AFGINS")], ("AFGINS", "MIL", "193")),
    ],
)  # fmt: skip
def test_those_killed_in_an_actor_s_fire_are_its_targets(nlp, coder, text, actors, expected):
    events = code(nlp, coder, text, actors)
    assert {(e.source.actor.code, e.target and e.target.actor.code, e.cameo) for e in events} == {
        expected
    }


def test_fire_of_no_weapon_is_no_attack(nlp, coder):
    text = "Two workers died when a fire broke out at a Chilean factory."
    assert code(nlp, coder, text, [("workers", "LAB"), ("Chilean", "CHL")]) == ()


def test_the_subject_of_a_participle_read_as_the_main_verb_is_the_passive_s(nlp, coder):
    text = "The civilians imprisoned for protesting were released yesterday by the junta."
    events = code(nlp, coder, text, [("civilians", "CVL"), ("the junta", "GOV")])
    assert dyads(events) == {("GOV", "CVL", "08")}


def test_a_passive_conjunct_acts_on_the_first_verb_s_subject(nlp, coder):
    text = "Chile invaded Peru in 1879 and was condemned by Bolivia."
    events = code(nlp, coder, text, [("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL")])
    assert dyads(events) == {("CHL", "PER", "19"), ("BOL", "CHL", "11")}


def test_an_active_verb_joined_to_a_passive_one_is_its_subject_s(nlp, coder):
    actors = [("Castillo", "PERGOV", "person"), ("Boric", "CHLGOV", "person"), ("Chile", "CHL")]
    text = "Castillo was received by Boric and pledged support to Chile."
    assert ("PERGOV", "CHL", "03") in dyads(code(nlp, coder, text, actors))
    text = "Castillo was arrested in Lima and sentenced to prison."
    assert not any(s == "PERGOV" for s, _, _ in dyads(code(nlp, coder, text, actors[:1])))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru shelled the border town on Tuesday, and Chilean troops returned fire.", "PER"),
        (
            "Peru shelled the border town on Tuesday, and Chilean troops responded with dozens "
            "of rounds of their own.",
            "PER",
        ),
        ("Students hurled stones at police, who responded with volleys of tear gas.", "EDU"),
        ("Chilean troops returned fire on Tuesday.", None),
    ],
)
def test_an_answer_in_kind_is_aimed_at_the_attackers_it_answers(nlp, coder, text, expected):
    names = [("Peru", "PER"), ("Chilean troops", "CHLMIL"), ("Students", "EDU")]
    names += [("police", "COP")]
    actors = [a for a in names if re.search(rf"\b{a[0]}\b", text)]
    answers = [
        e for e in code(nlp, coder, text, actors) if e.trigger.text in ("returned", "responded")
    ]
    assert [e.target.actor.code if e.target else None for e in answers] == [expected]


def test_a_role_its_country_owns_through_a_pronoun_is_that_country_s(nlp, coder):
    text = (
        "Peru broke off talks with Chile on Saturday, with its chief negotiator blaming Santiago."
    )
    actors = [("Peru", "PER", "country"), ("Chile", "CHL", "country")]
    actors += [("chief negotiator", "GOV", "office"), ("Santiago", "CHLGOV", "capital")]
    assert ("PERGOV", "CHLGOV", "11") in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    "text",
    [
        "Peru rejected the results on Friday, and Bolivia condemned what it called a fraud.",
        "Peru imposed a ban on Chilean fruit, and Bolivia lodged a protest over the ban.",
    ],
)
def test_a_comment_on_what_it_calls_or_is_over_is_aimed_at_its_doer(nlp, coder, text):
    actors = [("Peru", "PER"), ("Bolivia", "BOL")]
    assert ("BOL", "PER", "11") in dyads(code(nlp, coder, text, actors))


def test_what_a_comment_calls_an_owner_s_act_is_aimed_at_that_owner(nlp, coder):
    text = "Peru recalled its envoy, and Bolivia condemned what it called Chile's brutal crackdown."
    found = dyads(code(nlp, coder, text, [("Peru", "PER"), ("Bolivia", "BOL"), ("Chile", "CHL")]))
    assert ("BOL", "CHL", "11") in found
    assert ("BOL", "PER", "11") not in found


def test_words_joined_after_what_a_thing_was_are_the_speaker_s(nlp, coder):
    text = "Peru said the missile was Chilean-made and accused Santiago of aggression."
    actors = [("Peru", "PER"), ("Santiago", "CHLGOV", "capital")]
    assert ("PER", "CHLGOV", "11") in dyads(code(nlp, coder, text, actors))


def test_a_subject_described_as_linked_to_a_group_does_the_act(nlp, coder):
    text = "Gunmen linked to Islamic State killed ten soldiers on Tuesday."
    actors = [("Gunmen", "UAF"), ("Islamic State", "IRQINS"), ("soldiers", "MIL")]
    killed = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "killed"]
    assert [e.source.actor.code for e in killed] == ["UAF"]


def test_a_person_of_no_country_takes_the_country_of_an_apposition(nlp, coder):
    text = "Gen. Juan Perez, the head of Peru's army, visited Santiago on Monday."
    actors = [("Gen. Juan Perez", "MIL", "person"), ("head of Peru's army", "PERMIL", "person")]
    actors += [("Santiago", "CHLGOV", "capital")]
    visits = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "visited"]
    assert {e.source.actor.code for e in visits} == {"PERMIL"}


def test_praise_of_his_act_is_aimed_at_the_one_his_stands_for(nlp, coder):
    text = "Boric hosted Castillo on Monday and praised his crackdown on gangs."
    actors = [("Boric", "CHLGOV", "person"), ("Castillo", "PERGOV", "person"), ("gangs", "CRM")]
    praised = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "praised"]
    assert [_codes(e) for e in praised] == [("CHLGOV", "PERGOV")]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Bolivia fired a ballistic missile over Chile on Tuesday.", "15"),
        ("Bolivia fired rockets at Chile over the weekend.", "19"),
    ],
)
def test_a_missile_fired_over_a_country_is_a_show_of_force(nlp, coder, text, root):
    assert dyads(code(nlp, coder, text, [("Bolivia", "BOL"), ("Chile", "CHL")])) == {
        ("BOL", "CHL", root)
    }


def test_a_main_verb_hung_inside_a_relative_clause_on_a_noun_root_is_its(nlp, coder):
    text = (
        "Peruvian opposition leader Rosa Maria Machado, who has been in hiding since the "
        "disputed July election, called on the armed forces on Saturday to stand with the people."
    )
    actors = [("Peruvian opposition leader Rosa Maria Machado", "PEROPP", "person")]
    actors += [("armed forces", "PERMIL")]
    assert ("PEROPP", "PERMIL", "02") in dyads(code(nlp, coder, text, actors))


def test_who_holds_a_place_is_not_the_target_of_an_attack_on_it(nlp, coder):
    text = "Rebels shelled a government-held district of Lima overnight."
    article = Article(id="t", text=text, published=datetime(2019, 4, 26))
    doc = to_document(Document(article=article), nlp(text))
    mentions = tuple(
        _sector_alone(_mention(text, *a)) for a in [("Rebels", "REB"), ("government", "GOV")]
    )
    places = (_mention(text, "Lima", "PER", PLACE),)
    events = coder(Document(**{**_fields(doc), "mentions": mentions, "places": places})).events
    assert dyads(events) == {("REB", "PER", "19")}


def test_who_made_a_weapon_is_not_the_target_of_its_use(nlp, coder):
    text = (
        "Russia launched more than 40 cruise missiles and dozens of Iranian-made drones at"
        " Ukraine overnight, Ukrainian officials said on Thursday."
    )
    actors = [("Russia", "RUS"), ("Iranian", "IRN"), ("Ukraine", "UKR")]
    assert dyads(code(nlp, coder, text, actors)) == {("RUS", "UKR", "19")}


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("vetoed", Factuality.NEGATED),
        ("blocked", Factuality.NEGATED),
        ("welcomed", Factuality.ASSERTED),
    ],
)
def test_what_a_blocked_text_says_was_never_said(nlp, coder, verb, expected):
    text = f"Chile {verb} a Peruvian draft resolution condemning Bolivia."
    events = code(nlp, coder, text, [("Chile", "CHL"), ("Peruvian", "PER"), ("Bolivia", "BOL")])
    [condemning] = [e for e in events if e.trigger.text == "condemning"]
    assert condemning.factuality is expected


def test_a_claim_of_one_s_own_act_accuses_no_one(nlp, coder):
    text = "Chile claimed that it had shelled the Peruvian border post."
    events = code(nlp, coder, text, [("Chile", "CHL"), ("Peruvian", "PER")])
    assert dyads(events) == {("CHL", "PER", "01")}


def test_an_event_noun_naming_the_kind_of_another_is_no_event_of_its_own(nlp, coder):
    text = "The Israeli cabinet approved a ceasefire deal with Hamas early on Friday."
    events = code(nlp, coder, text, [("Israeli cabinet", "ISRGOV"), ("Hamas", "PSEINS")])
    assert dyads(events) == {("ISRGOV", "PSEINS", "05")}


def test_the_subject_the_parser_gave_a_gerund_after_the_verb_is_its_object(nlp, coder):
    text = "Chile says it will not accept any Peruvian refugees fleeing a new spate of violence."
    events = code(nlp, coder, text, [("Chile", "CHL"), ("Peruvian refugees", "PERREF")])
    assert dyads(events) == {("CHL", "PERREF", "12")}


def test_who_says_so_is_no_target(nlp, coder):
    text = "Chilean troops shelled the town on Sunday, according to the Peruvian governor."
    events = code(nlp, coder, text, [("Chilean troops", "CHLMIL"), ("Peruvian governor", "PERGOV")])
    assert dyads(events) == {("CHLMIL", None, "19")}


def test_a_participle_right_after_a_plural_object_is_that_object_s_act(nlp, coder):
    text = "Police in Santiago fired tear gas at demonstrators demanding the resignation of the president."
    actors = [("Police in Santiago", "CHLCOP"), ("demonstrators", "OPP"), ("president", "GOV")]
    events = code(nlp, coder, text, actors)
    assert {(s, r) for s, _, r in dyads(events)} == {("CHLCOP", "17"), ("CHLOPP", "10")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chilean rebels seized a town on the border with Peru.", {("CHLREB", None, "19")}),
        ("Chilean rebels massed troops near the border with Peru.", {("CHLREB", "PER", "15")}),
        ("Chilean rebels marched to the border with Peru.", {("CHLREB", "PER", "14")}),
    ],
)
def test_a_border_that_only_says_where_the_object_is_names_no_target(nlp, coder, text, expected):
    events = code(nlp, coder, text, [("Chilean rebels", "CHLREB"), ("Peru", "PER")])
    assert dyads(events) == expected


def test_a_state_sector_naming_what_a_law_is_about_is_no_target(nlp, coder):
    text = "The Chilean president vetoed the foreign agents bill passed by Congress."
    actors = [("Chilean president", "CHLGOV"), ("foreign agents", "SPY"), ("Congress", "LEG")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHLGOV", "LEG", "12")}


def test_wanting_another_to_act_is_an_appeal_to_it(nlp, coder):
    text = "Peru wants Chile to withdraw its troops from the border."
    events = code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL")])
    [appeal] = [e for e in events if e.root == "02"]
    assert (appeal.source.actor.code, appeal.target.actor.code) == ("PER", "CHL")
    assert appeal.factuality is Factuality.ASSERTED
    assert all(e.factuality is Factuality.HYPOTHETICAL for e in events if e is not appeal)


def test_speaking_somewhere_is_no_consultation(nlp, coder):
    text = "Speaking in Lima, the Chilean envoy urged Peru to reopen the border."
    events = code(nlp, coder, text, [("Chilean envoy", "CHLGOV"), ("Peru", "PER")])
    assert {e.root for e in events if e.source.actor.code == "CHLGOV"} == {"02"}
    text = "The Chilean envoy and Peru spoke on the sidelines of the summit."
    events = code(nlp, coder, text, [("Chilean envoy", "CHLGOV"), ("Peru", "PER")])
    assert dyads(events) == {("CHLGOV", "PER", "04"), ("PER", "CHLGOV", "04")}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        ("The Chilean minister, who met Peru's president in Lima, praised the talks.", [("Chilean minister", "CHLGOV"), ("Peru's president", "PERGOV")], ("CHLGOV", "PERGOV", "04")),
        ("The Chilean reporter, who was arrested by Peruvian police, was freed.", [("Chilean reporter", "CHLMED"), ("Peruvian police", "PERCOP")], ("PERCOP", "CHLMED", "17")),
    ],
)  # fmt: skip
def test_who_of_a_relative_clause_is_the_noun_it_describes(nlp, coder, text, actors, expected):
    assert expected in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chilean troops captured Tacna on Sunday.", {("CHLMIL", "PER", "19")}),
        ("Chilean troops seized Tacna and its port.", {("CHLMIL", "PER", "19")}),
        ("Chilean troops captured Pedro Lopez in Tacna.", {("CHLMIL", None, "17")}),
    ],
)
def test_seizing_a_named_place_is_seizing_territory(nlp, coder, text, expected):
    article = Article(id="t", text=text, published=datetime(2019, 4, 26))
    doc = to_document(Document(article=article), nlp(text))
    mentions = (_mention(text, "Chilean troops", "CHLMIL"),)
    person = "Pedro Lopez"
    start = text.find(person)
    entities = (
        Entity(start=start, end=start + len(person), text=person, label="PERSON", sentence=0),
    )
    places = (_mention(text, "Tacna", "PER", PLACE),)
    document = Document(
        **{**_fields(doc), "mentions": mentions, "places": places, "entities": entities}
    )
    assert dyads(coder(document).events) == expected


def test_the_sponsor_of_talks_is_no_party_to_them(nlp, coder):
    text = "Peru and Chile held indirect talks under Bolivian auspices."
    events = code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL"), ("Bolivian", "BOL")])
    assert dyads(events) == {("PER", "CHL", "04"), ("CHL", "PER", "04")}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        ("Chilean teachers began a strike over pay.", [("Chilean teachers", "CHLEDU")], {("CHLEDU", "CHLGOV", "14")}),
        ("Chilean doctors launched a strike.", [("Chilean doctors", "CHLHLH")], {("CHLHLH", "CHLGOV", "14")}),
        ("Chilean jets launched strikes on Peru.", [("Chilean jets", "CHLMIL"), ("Peru", "PER")], {("CHLMIL", "PER", "19")}),
        ("Chilean truckers strike over fuel prices", [("Chilean truckers", "CHLLAB")], {("CHLLAB", "CHLGOV", "14")}),
        ("Chilean nurses stayed away from work on Monday.", [("Chilean nurses", "CHLHLH")], {("CHLHLH", "CHLGOV", "14")}),
        ("Chilean jets struck Peru on Monday.", [("Chilean jets", "CHLMIL"), ("Peru", "PER")], {("CHLMIL", "PER", "19")}),
    ],
)  # fmt: skip
def test_a_strike_of_workers_is_no_airstrike(nlp, coder, text, actors, expected):
    assert dyads(code(nlp, coder, text, actors)) == expected


def test_halting_fighting_the_parser_made_a_clause_is_a_ceasefire(nlp, coder):
    text = "Peru and Chile halted fighting over the islands."
    events = code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL")])
    assert {e.cameo for e in events} == {"087"}


def test_a_verb_whose_subject_event_tells_its_act_adds_no_event(nlp, coder):
    text = "The Chilean raid on Tacna killed nine Peruvians."
    actors = [("Chilean", "CHL"), ("Tacna", "PER"), ("Peruvians", "PER")]
    events = code(nlp, coder, text, actors)
    assert [(e.trigger.text, e.root) for e in events] == [("raid", "19")]
    text = "The Chilean raid on Tacna killed two Peruvian soldiers."
    actors = [("Chilean", "CHL"), ("Tacna", "PER"), ("Peruvian soldiers", "PERMIL")]
    assert {e.target.actor.code for e in code(nlp, coder, text, actors)} == {"PER", "PERMIL"}


def test_troops_an_amount_counts_are_the_source_s_own_forces(nlp, coder):
    text = "Peru sent thousands of troops to the region."
    assert dyads(code(nlp, coder, text, [("Peru", "PER"), ("troops", "MIL")])) == {
        ("PER", None, "15")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru warned of a crushing response if Chile attacked its ports.", ("PER", "CHL", "13")),
        ("Peru threatened to turn Chile into a wasteland.", ("PER", "CHL", "13")),
    ],
)
def test_whom_a_threat_is_aimed_at(nlp, coder, text, expected):
    assert expected in dyads(code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL")]))


def test_those_hurt_in_clashes_with_an_actor_fought_it(nlp, coder):
    text = "Dozens of Peruvian soldiers were wounded in clashes with Chilean rebels."
    actors = [("Peruvian soldiers", "PERMIL"), ("Chilean rebels", "CHLREB")]
    assert dyads(code(nlp, coder, text, actors)) == {
        ("PERMIL", "CHLREB", "19"),
        ("CHLREB", "PERMIL", "19"),
    }
    text = "Chilean rebels claimed responsibility for attacks on Peruvian soldiers."
    assert {e.root for e in code(nlp, coder, text, actors)} == {"01"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru called Chile a terrorist state.", {("PER", "CHL", "11")}),
        ("Peru described Chile's move as a provocation.", {("PER", "CHL", "11")}),
        ("Peru called Chile a friend.", set()),
    ],
)
def test_naming_an_actor_with_a_word_of_abuse_denounces_it(nlp, coder, text, expected):
    assert dyads(code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL")])) == expected


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "Peruvian police detained 43 people in Lima on Thursday.",
            [("Peruvian police", "PERCOP"), ("people", "CVL")],
            {("PERCOP", "PERCVL", "17")},
        ),
        (
            "A Chilean court convicted 14 activists of subversion.",
            [("Chilean court", "CHLJUD"), ("activists", "OPP")],
            {("CHLJUD", "CHLOPP", "11")},
        ),
        (
            "The Peruvian government was accused by the opposition of fraud.",
            [("Peruvian government", "PERGOV"), ("opposition", "OPP")],
            {("PEROPP", "PERGOV", "11")},
        ),
        (
            "Peruvian police detained 30 farmers.",
            [("Peruvian police", "PERCOP"), ("farmers", "AGR")],
            {("PERCOP", "PERAGR", "17")},
        ),
        (
            "Peruvian police detained 300 soldiers.",
            [("Peruvian police", "PERCOP"), ("soldiers", "MIL")],
            {("PERCOP", "PERMIL", "17")},
        ),
        (
            "Protesters threw stones at Bolivian police.",
            [("Protesters", "OPP"), ("Bolivian police", "BOLCOP")],
            {("BOLOPP", "BOLCOP", "14")},
        ),
        (  # soldiers abroad, a government's words, gunmen: no country of their own
            "Peruvian troops killed two civilians.",
            [("Peruvian troops", "PERMIL"), ("civilians", "CVL")],
            {("PERMIL", "CVL", "19")},
        ),
        (
            "The Peruvian government condemned the rebels.",
            [("Peruvian government", "PERGOV"), ("rebels", "REB")],
            {("PERGOV", "REB", "11")},
        ),
        (
            "Gunmen attacked Bolivian police.",
            [("Gunmen", "UAF"), ("Bolivian police", "BOLCOP")],
            {("BOLUAF", "BOLCOP", "18")},
        ),
    ],
)
def test_police_and_courts_act_on_people_of_their_own_country(nlp, coder, text, actors, expected):
    assert dyads(code(nlp, coder, text, actors)) == expected


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "Chilean police dispersed thousands of protesters outside the ministry.",
            [("Chilean police", "CHLCOP"), ("protesters", "CHLOPP"), ("ministry", "CHLGOV")],
            {("CHLCOP", "CHLOPP", "17")},
        ),
        (
            "Chilean police detained 40 of the protesters.",
            [("Chilean police", "CHLCOP"), ("protesters", "CHLOPP")],
            {("CHLCOP", "CHLOPP", "17")},
        ),
    ],
)
def test_an_amount_of_people_is_those_people(nlp, coder, text, actors, expected):
    assert dyads(code(nlp, coder, text, actors)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peru said that Chile would one day join the pact, drawing a rebuke from Bolivia.",
        "Peru claimed the islands, drawing a rebuke from Bolivia.",
    ],
)
def test_a_rebuke_a_statement_draws_is_aimed_at_the_speaker(nlp, coder, text):
    names = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL")]
    actors = [(name, actor) for name, actor in names if name in text]
    assert ("BOL", "PER", "11") in dyads(code(nlp, coder, text, actors))


def test_the_channel_of_an_announcement_is_no_target(nlp, coder):
    text = "Peruvian soldiers announced on national television that they had arrested Castillo."
    actors = [("Peruvian soldiers", "PERMIL"), ("television", "MED"), ("Castillo", "PERGOV")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERMIL", "PERGOV", "17")}


@pytest.mark.parametrize(
    "text",
    [
        "Peru ordered the Chilean envoy to leave within 48 hours, accusing Santiago of spying.",
        "Peru demanded that the Chilean envoy leave the country, accusing Santiago of spying.",
    ],
)
def test_words_after_a_demand_are_the_demanders(nlp, coder, text):
    actors = [("Peru", "PER"), ("Chilean envoy", "CHLGOV"), ("Santiago", "CHLGOV")]
    assert ("PER", "CHLGOV", "11") in dyads(code(nlp, coder, text, actors))


def test_a_rejected_request_is_not_aimed_at_whom_it_was_about(nlp, coder):
    text = "Peru rejected calls from the Greens to impose sanctions on Chile."
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    assert dyads(code(nlp, coder, text, actors)) == {("PER", None, "12")}
    text = "Peru rejected calls for sanctions on Chile."
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "CHL", "12")}


def test_words_after_a_denied_clause_are_the_deniers(nlp, coder):
    text = "Peru denied that its troops had entered Chile, dismissing a report by Bolivia."
    actors = [("Peru", "PER"), ("troops", "PERMIL"), ("Chile", "CHL"), ("Bolivia", "BOL")]
    events = code(nlp, coder, text, actors)
    [dismissal] = [e for e in events if e.trigger.text == "dismissing"]
    assert (dismissal.source.actor.code, dismissal.target.actor.code) == ("PER", "BOL")
    assert dismissal.factuality is Factuality.ASSERTED


@pytest.mark.parametrize(
    ("text", "claimant", "denier"),
    [
        ("Peru accused Chile of spying, a claim Santiago dismissed as absurd.", "PER", "CHLGOV"),
        ("Peru accused Chile of spying, a charge Santiago denied.", "PER", "CHLGOV"),
    ],
)
def test_a_claim_a_clause_denies_is_a_denial_to_the_claimant(nlp, coder, text, claimant, denier):
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Santiago", "CHLGOV")]
    assert (denier, claimant, "01") in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean jets killed 20 civilians at a market in Peru's Tacna province.",
            ("CHLMIL", "PERCVL", "19"),
        ),
        ("Chilean jets killed 20 civilians in Peru.", ("CHLMIL", "PERCVL", "19")),
        ("Chilean jets killed 20 civilians.", ("CHLMIL", "CVL", "19")),
        ("Gunmen killed 20 soldiers in Peru.", ("PERUAF", "PERMIL", "18")),
        ("Gunmen killed 20 aid workers in Peru.", ("PERUAF", "NGO", "18")),
        (
            "Gunmen killed 20 villagers in the northern Peruvian town of Tacna.",
            ("PERUAF", "PERCVL", "18"),
        ),
        # a border's nationality says where the border is, not the act
        ("Chilean jets killed 20 civilians near the Peruvian border.", ("CHLMIL", "CVL", "19")),
        ("Peru accused Chile of arming gunmen who killed ten civilians.", ("UAF", "CVL", "18")),
        ("Gunmen killed six villagers at a mosque in Tacna.", ("PERUAF", "PERCVL", "18")),
        ("Gunmen killed six civilians at the Chilean embassy in Tacna.", ("UAF", "CVL", "18")),
        ("Police killed two gunmen in Peru.", ("PERCOP", "PERUAF", "19")),
    ],
)
# gunmen's and gangs' force is an assault (18), CAMEO's unconventional violence
def test_victims_gunmen_and_police_of_no_country_are_of_the_scene_s_country(
    nlp, coder, text, expected
):
    names = [
        ("Chilean jets", "CHLMIL", ""),
        ("civilians", "CVL", ""),
        ("villagers", "CVL", ""),
        ("Peruvian", "PER", "demonym"),
        ("gunmen", "UAF", ""),
        ("Gunmen", "UAF", ""),
        ("soldiers", "MIL", ""),
        ("aid workers", "NGO", ""),
        ("Peru", "PER", "country"),
        ("Chile", "CHL", "country"),
        ("a mosque in Tacna", "PERREL", "group"),
        ("the Chilean embassy in Tacna", "CHLGOV", "group"),
        ("Police", "COP", "group"),
    ]
    actors = [(n, actor, kind) for n, actor, kind in names if re.search(rf"\b{n}\b", text)]
    assert expected in dyads(code(nlp, coder, text, actors))


def test_a_nameless_sector_or_a_country_is_no_target_of_its_like(nlp, coder):
    text = "Officials accused the ousted minister of fraud."
    actors = [("Officials", "GOV"), ("the ousted minister", "GOV")]
    assert not any(t for _, t, _ in dyads(code(nlp, coder, text, actors)))
    actors = [("Officials", "PER"), ("the ousted minister", "PER")]
    assert not any(t for _, t, _ in dyads(code(nlp, coder, text, actors)))
    actors = [("Officials", "GOV"), ("the ousted minister", "PERGOV")]
    assert ("GOV", "PERGOV", "11") in dyads(code(nlp, coder, text, actors))


def test_a_state_body_of_no_country_is_of_the_other_country_named(nlp, coder):
    text = "Chile praised Peru's election but criticised the electoral commission."
    actors = [("Chile", "CHL"), ("Peru", "PER"), ("electoral commission", "GOV")]
    assert ("CHL", "PERGOV", "11") in dyads(code(nlp, coder, text, actors))
    text = "Chile praised the election in Peru and Bolivia but criticised the commission."
    actors = [("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL"), ("commission", "GOV")]
    assert ("CHL", "GOV", "11") in dyads(code(nlp, coder, text, actors))
    text = "Observers praised Peru's election but criticised the electoral commission."
    actors = [("Observers", "GOV"), ("Peru", "PER"), ("electoral commission", "GOV")]
    assert not any(t == "PERGOV" for _, t, _ in dyads(code(nlp, coder, text, actors)))


def test_him_and_her_stand_for_a_person_not_a_body(nlp, coder):
    text = "A Chilean court sentenced Pedro Soto to prison, and police arrested him at home."
    actors = [("Chilean court", "CHLJUD", "group"), ("Pedro Soto", "CHLELI", "person")]
    actors.append(("police", "CHLCOP", "group"))
    assert ("CHLCOP", "CHLELI", "17") in dyads(code(nlp, coder, text, actors))


def test_him_is_not_the_speaker_named_after_it(nlp, coder):
    text = (
        "Chilean police arrested Pedro Soto and later freed him, Interior Minister Ana Roldos said."
    )
    actors = [("Chilean police", "CHLCOP", "group"), ("Pedro Soto", "CHLELI", "person")]
    actors.append(("Interior Minister Ana Roldos", "CHLGOV", "person"))
    targets = {e.target.actor.code for e in code(nlp, coder, text, actors) if e.target}
    assert targets == {"CHLELI"}


def test_him_in_a_clause_of_time_may_be_the_subject_after_it(nlp, coder):
    text = "A day after Chile sanctioned him, Peruvian President Ana Roldos said he would not bow."
    actors = [("Chile", "CHL"), ("Peruvian President Ana Roldos", "PERGOV", "person")]
    sanctions = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "sanctioned"]
    assert dyads(sanctions) == {("CHL", "PERGOV", "16")}


def test_a_speaker_the_parser_made_an_apposition_is_no_target(nlp, coder):
    text = "Peruvian aircraft bombed Shining Path positions around Nasir, an army spokesman in Lima said."
    actors = [("Peruvian aircraft", "PERMIL"), ("army spokesman", "MIL")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERMIL", None, "19")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peruvian President Ana Roldos telephoned Gabriel Boric on Monday to congratulate "
            "him on his victory.",
            {("041", Factuality.ASSERTED), ("051", Factuality.ASSERTED)},
        ),
        (
            "Peruvian President Ana Roldos called Gabriel Boric to offer condolences over the "
            "earthquake.",
            {("041", Factuality.ASSERTED), ("018", Factuality.ASSERTED)},
        ),
        (
            "Peruvian President Ana Roldos telephoned Gabriel Boric to demand an explanation.",
            {("041", Factuality.ASSERTED), ("101", Factuality.ASSERTED)},
        ),
    ],
)
def test_what_a_call_was_for_is_done_in_it_to_the_one_called(nlp, coder, text, expected):
    actors = [("Peruvian President Ana Roldos", "PERGOV", "person")]
    actors.append(("Gabriel Boric", "CHLGOV", "person"))
    events = code(nlp, coder, text, actors)
    assert {(e.source.actor.code, e.target.actor.code) for e in events} == {("PERGOV", "CHLGOV")}
    assert {(e.cameo, e.factuality) for e in events} == expected


def test_them_is_no_people_s_adjective_before_a_place(nlp, coder):
    text = "Rebels seized twelve Peruvian pilgrims near the Chilean border town of Arica and later freed them."
    actors = [("Rebels", "REB"), ("Peruvian pilgrims", "PERCVL"), ("Chilean", "CHL", "demonym")]
    freed = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "freed"]
    assert dyads(freed) == {("REB", "PERCVL", "08")}


def test_what_one_calls_on_another_to_do_is_no_call_s_purpose(nlp, coder):
    text = (
        "Members of parliament from Kenya's Liberal Democratic Party called on Energy Minister "
        "Kiraitu Murungi to resign in the wake of new evidence over the scandals."
    )
    actors = [("Members of parliament", "KENLEG"), ("Energy Minister Kiraitu Murungi", "KENGOV")]
    events = code(nlp, coder, text, actors)
    assert {(e.cameo, e.factuality) for e in events} == {("0241", Factuality.ASSERTED)}


def test_the_object_of_a_verb_of_topic_is_no_one_met(nlp, coder):
    text = "Peru and Chile held a video call on Monday in which they discussed Bolivia."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL")]
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "CHL", "04"), ("CHL", "PER", "04")}


def test_the_toll_of_an_accident_told_in_a_relative_clause_is_no_one_s_act(nlp, coder):
    text = (
        "Peruvian minister Ana Roldos was on the passenger list of a private jet that crashed "
        "north of Lima on Wednesday, killing all 10 people on board."
    )
    actors = [("Peruvian minister Ana Roldos", "PERGOV", "person"), ("10 people", "CVL")]
    assert code(nlp, coder, text, actors) == ()


def test_a_promised_act_of_means_is_a_promise_as_its_clause_is(nlp, coder):
    text = "Peru said it would respond by expelling Chilean diplomats."
    actors = [("Peru", "PER"), ("Chilean diplomats", "CHLGOV")]
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "CHLGOV", "13")}


def test_a_code_that_is_its_own_reverse_is_mutual_whatever_its_root(nlp, coder):
    text = "Peruvian soldiers and Chilean soldiers scuffled on the border."
    actors = [("Peruvian soldiers", "PERMIL"), ("Chilean soldiers", "CHLMIL")]
    assert dyads(code(nlp, coder, text, actors)) == {
        ("PERMIL", "CHLMIL", "18"),
        ("CHLMIL", "PERMIL", "18"),
    }


def test_no_actor_acts_on_itself_but_in_repression(nlp, coder):
    text = "Troops loyal to the president fought mutinous soldiers in the capital on Sunday."
    actors = [("Troops", "CHLMIL"), ("mutinous soldiers", "CHLMIL")]
    assert code(nlp, coder, text, actors) == ()  # CHLMIL on CHLMIL tells no one anything
    text = "Russian police arrested Russian police officers."
    actors = [("Russian police", "RUSCOP"), ("Russian police officers", "RUSCOP")]
    assert dyads(code(nlp, coder, text, actors)) == {("RUSCOP", "RUSCOP", "17")}


def test_a_toll_hung_on_a_description_of_the_object_is_the_attack_s(nlp, coder):
    text = (
        "Peruvian jets bombed a crowd gathered for the opening of an opposition office in "
        "Cusco on Tuesday, killing scores of villagers."
    )
    actors = [("Peruvian jets", "PERMIL"), ("crowd", "PERCVL"), ("villagers", "CVL")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERMIL", "PERCVL", "19")}


def test_the_opposition_a_military_council_deals_with_is_its_country_s(nlp, coder):
    text = "Chile's military council and the opposition signed an accord in Santiago on Wednesday in a deal mediated by Peru."
    actors = [("Chile's military council", "CHLGOVMIL"), ("opposition", "OPP"), ("Peru", "PER")]
    signed = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "signed"]
    assert {e.target.actor.code for e in signed} == {"CHLOPP", "CHLGOVMIL"}


def test_coordinated_victims_of_one_code_are_one_event(nlp, coder):
    text = "Four children and a man were killed by Chilean jets."
    actors = [("children", "CVL"), ("man", "CVL"), ("Chilean jets", "CHLMIL")]
    events = code(nlp, coder, text, actors)
    assert [(e.source.actor.code, e.target.actor.code, e.root) for e in events] == [
        ("CHLMIL", "CVL", "19")
    ]


def test_words_after_a_reported_demand_are_not_the_reporters(nlp, coder):
    text = (
        "Peru ordered the Chilean envoys to leave within 48 hours, accusing them of spying, "
        "the foreign ministry said."
    )
    actors = [("Peru", "PER"), ("Chilean envoys", "CHLGOV"), ("foreign ministry", "GOV")]
    accusers = {e.source.actor.code for e in code(nlp, coder, text, actors) if e.root == "11"}
    assert accusers == {"PER"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru seized the islands on Tuesday, a move Chile denounced as illegal.",
            ("CHL", "PER", "11"),
        ),
        (
            "Peru and Bolivia embraced in Lima, a gesture that drew sharp criticism from Chile.",
            ("CHL", "BOL", "11"),
        ),
        (
            "Peru seized the islands on Tuesday, in what Chile condemned as an invasion.",
            ("CHL", "PER", "11"),
        ),
        (
            "Peru shelled the border town on Tuesday, in what Chile called a terrorist attack.",
            ("CHL", "PER", "11"),
        ),
        (
            "Peru signed a new border treaty that Chile denounced as illegal.",
            ("CHL", "PER", "11"),
        ),
        (
            "Peru and Bolivia met in Lima on Tuesday, an encounter Chile criticised.",
            ("CHL", "PER", "11"),
        ),
        (
            "Peru removed Bolivia from its list of partners, prompting Chile to warn of consequences.",
            ("CHL", "PER", "13"),
        ),
    ],
)
def test_a_comment_on_a_clause_is_aimed_at_its_doer(nlp, coder, text, expected):
    names = [("Peru", "PER"), ("Bolivia", "BOL"), ("Chile", "CHL")]
    actors = [(n, actor) for n, actor in names if re.search(rf"\b{n}\b", text)]
    assert expected in dyads(code(nlp, coder, text, actors))


def test_a_prompted_act_on_an_owned_object_is_aimed_at_its_owner(nlp, coder):
    text = "Peru shelled a Bolivian village, prompting Chile to summon Bolivia's ambassador."
    actors = [
        ("Peru", "PER"),
        ("Bolivian village", "BOL"),
        ("Chile", "CHL"),
        ("Bolivia's ambassador", "BOLGOV"),
    ]
    summons = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "summon"]
    assert dyads(summons) == {("CHL", "BOLGOV", "11")}


def test_what_a_plain_name_calls_an_act_is_no_comment_on_it(nlp, coder):
    text = "Peru freed two Chilean soldiers on Tuesday, in what Chile called a goodwill gesture."
    actors = [("Peru", "PER"), ("Chilean soldiers", "CHLMIL"), ("Chile", "CHL")]
    assert not [e for e in code(nlp, coder, text, actors) if e.trigger.text == "called"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru recognised the new state on Tuesday, a move Chile called a reward for terrorism.",
            ("CHL", "PER", "11"),
        ),
        ("Peru dismissed Chile's offer as blackmail.", ("PER", "CHL", "11")),
        (
            "Peruvian troops killed ten civilians, Amnesty said, calling the killings a crime.",
            ("NGOAMN", None, "11"),
        ),
        ("Chile called the Peruvian tariff unfair.", ("CHL", "PER", "11")),
        ("Chile called the decision of Peru a mistake.", ("CHL", "PER", "11")),
    ],
)
def test_naming_with_abuse_in_other_shapes(nlp, coder, text, expected):
    names = [("Peruvian troops", "PERMIL"), ("Peru", "PER"), ("Chile", "CHL")]
    names += [("civilians", "CVL"), ("Amnesty", "NGOAMN"), ("Peruvian tariff", "PER")]
    actors = [(n, actor) for n, actor in names if re.search(rf"\b{n}\b", text)]
    assert expected in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chilean president said he thought Evo Morales was a liar.", {("CHL", "BOL", "11")}),
        ("Chile said Evo Morales had been 'arrogant' at the summit.", {("CHL", "BOL", "11")}),
        ("Chile said Bolivia's move had been unjustified.", {("CHL", "BOL", "11")}),
        ("Chile said Evo Morales was not a liar.", set()),
        ("Chile said Evo Morales was a friend.", set()),
    ],
)
def test_saying_someone_is_a_word_of_abuse_denounces_them(nlp, coder, text, expected):
    names = [("Chilean president", "CHL"), ("Chile", "CHL"), ("Evo Morales", "BOL")]
    names += [("Bolivia", "BOL")]
    actors = [(n, actor) for n, actor in names if re.search(rf"\b{n}\b", text)]
    assert dyads(code(nlp, coder, text, actors)) == expected


def test_rejecting_something_as_abuse_stays_a_rejection(nlp, coder):
    text = "Chile rejected Peru's election result as a sham."
    assert dyads(code(nlp, coder, text, [("Chile", "CHL"), ("Peru", "PER")])) == {
        ("CHL", "PER", "12")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile sent food to Tacna.", {("CHL", "PER", "07")}),
        ("Chile dropped aid over Tacna.", {("CHL", "PER", "07")}),
    ],
)
def test_a_place_after_the_patterns_preposition_is_its_countrys(nlp, coder, text, expected):
    events = code_in_places(nlp, coder, text, [("Chile", "CHL")], [("Tacna", "PER")])
    assert dyads(events) == expected


def test_a_claim_of_ones_own_act_in_a_place_accuses_no_one(nlp, coder):
    text = "Chile claimed that it had attacked a base in Tacna."
    events = code_in_places(nlp, coder, text, [("Chile", "CHL")], [("Tacna", "PER")])
    assert not any(e.root == "11" for e in events)


def test_returning_fire_is_fighting(nlp, coder):
    text = "Chilean troops returned fire."
    assert dyads(code(nlp, coder, text, [("Chilean troops", "CHLMIL")])) == {("CHLMIL", None, "19")}


def test_a_capacity_after_as_is_no_target(nlp, coder):
    text = "Boric resigned as president on Monday."
    events = code(nlp, coder, text, [("Boric", "CHLGOV"), ("president", "GOV")])
    assert {target for _, target, _ in dyads(events)} == {None}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "Riot police clashed with demonstrators in the capital.",
            [("Riot police", "COP"), ("demonstrators", "OPP")],
            ("COP", "OPP", "175"),
        ),
        (
            "Demonstrators clashed with riot police in the capital.",
            [("Demonstrators", "OPP"), ("riot police", "COP")],
            ("OPP", "COP", "145"),
        ),
        (
            "Protesters overran the residence of the president.",
            [("Protesters", "OPP"), ("president", "GOV")],
            ("OPP", "GOV", "145"),
        ),
        (
            "Rebels overran the residence of the president.",
            [("Rebels", "REB"), ("president", "GOV")],
            ("REB", "GOV", "192"),
        ),
    ],
)
def test_fighting_between_police_and_unarmed_people_is_unrest(nlp, coder, text, actors, expected):
    events = code(nlp, coder, text, actors)
    assert expected in {(e.source.actor.code, e.target.actor.code, e.cameo) for e in events}


def test_police_of_no_country_meet_protesters_at_home(nlp, coder):
    text = "Riot police clashed with Chilean protesters in the capital."
    events = code(nlp, coder, text, [("Riot police", "COP"), ("Chilean protesters", "CHLOPP")])
    assert ("CHLCOP", "CHLOPP", "17") in dyads(events)  # violent repression


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        ("Protesters marched through Lima on Sunday.", [("Protesters", "OPP")], ("PEROPP", "14")),
        (
            "Chilean students marched through Lima on Sunday.",
            [("Chilean students", "CHLEDU")],
            ("CHLEDU", "14"),
        ),
        ("Gunmen marched through Lima on Sunday.", [("Gunmen", "UAF")], ("UAF", "14")),
    ],
)
def test_protesters_of_no_country_are_of_the_country_of_the_scene(
    nlp, coder, text, actors, expected
):
    events = code_in_places(nlp, coder, text, actors, [("Lima", "PER")])
    assert {(source, root) for source, _, root in dyads(events)} == {expected}


def test_police_that_protesters_pelt_are_of_the_scene_s_country(nlp, coder):
    text = "Protesters pelted police with eggs in Lima on Sunday."
    actors = [("Protesters", "OPP"), ("police", "COP")]
    events = code_in_places(nlp, coder, text, actors, [("Lima", "PER")])
    assert {(s, t) for s, t, _ in dyads(events)} == {("PEROPP", "PERCOP")}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        ("Protesters marched through Lima on Sunday.", [("Protesters", "OPP")], "PERGOV"),
        ("Peruvian students marched in Lima.", [("Peruvian students", "PEREDU")], "PERGOV"),
        ("Chilean students marched in Lima.", [("Chilean students", "CHLEDU")], "PER"),
    ],
)
def test_people_who_protest_at_home_protest_to_their_government(nlp, coder, text, actors, expected):
    events = code_in_places(nlp, coder, text, actors, [("Lima", "PER")])
    assert {target for _, target, _ in dyads(events)} == {expected}
    nowhere = code(nlp, coder, "Peruvian students marched.", [("Peruvian students", "PEREDU")])
    assert {target for _, target, _ in dyads(nowhere)} == {"PERGOV"}  # named by themselves
    unknown = code(nlp, coder, "Students marched.", [("Students", "EDU")])
    assert {target for _, target, _ in dyads(unknown)} == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru called the Chilean decision illegal.", ("PER", "CHL", "11")),
        ("Peru called Chile's accusations absurd.", ("PER", "CHL", "01")),
        (
            "Chile accused Peru of spying, a charge Lima called preposterous.",
            ("PERGOV", "CHL", "01"),
        ),
    ],
)
def test_naming_words_with_abuse_denies_them(nlp, coder, text, expected):
    names = [("Peru", "PER"), ("Chile", "CHL"), ("Chilean", "CHL"), ("Lima", "PERGOV")]
    actors = [(n, actor) for n, actor in names if re.search(rf"\b{n}\b", text)]
    found = dyads(code(nlp, coder, text, actors))
    assert expected in found
    assert not any(source == target for source, target, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru and Chile accepted the truce.", {("PER", "CHL", "08"), ("CHL", "PER", "08")}),
        ("Peru and Chile signed a ceasefire.", {("PER", "CHL", "08"), ("CHL", "PER", "08")}),
        ("Peru accepted the truce.", {("PER", None, "08")}),
    ],
)
def test_a_ceasefire_two_sides_accept_is_between_them(nlp, coder, text, expected):
    actors = [(n, c) for n, c in [("Peru", "PER"), ("Chile", "CHL")] if n in text]
    assert dyads(code(nlp, coder, text, actors)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A truce between Peru and Chile began on Friday.",
            {("PER", "CHL", "08"), ("CHL", "PER", "08")},
        ),
        (
            "A trade deal between Peru and Chile was signed in Lima.",
            {("PER", "CHL", "05"), ("CHL", "PER", "05")},
        ),
        ("Ecuadorian troops oversee a truce between Peru and Chile.", set()),
    ],
)
def test_what_two_sides_do_between_them_is_mutual(nlp, coder, text, expected):
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    assert dyads(code(nlp, coder, text, actors)) == expected


@pytest.mark.parametrize("verb", ["prompting", "sparking", "triggering", "drawing"])
def test_criticism_an_act_prompts_is_aimed_at_its_doer(nlp, coder, verb):
    text = f"Peru seized the islands, {verb} condemnation from Chile."
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    assert ("CHL", "PER", "11") in dyads(code(nlp, coder, text, actors))


def test_a_participle_after_what_someone_suffered_is_the_main_clause_s(nlp, coder):
    text = "Peru recalled its envoy after two of its diplomats were shot, blaming Chile."
    actors = [("Peru", "PER"), ("its diplomats", "PERGOV"), ("Chile", "CHL")]
    assert ("PER", "CHL", "11") in dyads(code(nlp, coder, text, actors))


def test_a_verb_the_parser_joined_to_an_object_is_its_clause_s(nlp, coder):
    text = (
        "Ramos said Jorge Vega's killing had been planned days in advance and called on"
        " Santiago to hand over the 18 suspects for trial in Lima."
    )
    actors = [("Ramos", "PERGOV"), ("Santiago", "CHLGOV"), ("Lima", "PERGOV")]
    found = dyads(code(nlp, coder, text, actors))
    assert ("PERGOV", "CHLGOV", "02") in found
    assert not any(root == "01" for _, _, root in found)  # "days" names no one told


def test_a_threat_after_a_demand_s_second_verb_is_the_demander_s(nlp, coder):
    text = (
        "The bloc demanded that Chile's junta release ousted President Ramos within a week"
        " and restore constitutional order, threatening to use force."
    )
    actors = [("bloc", "IGOAND"), ("Chile's junta", "CHLGOV"), ("President Ramos", "CHLGOV")]
    threats = [e for e in code(nlp, coder, text, actors) if e.root == "13"]
    assert [e.source.actor.code for e in threats] == ["IGOAND"]


def test_a_threat_on_a_condition_is_aimed_at_the_condition_s_subject(nlp, coder):
    text = "Peru threatened to use force if Chile closed the border."
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    assert ("PER", "CHL", "13") in dyads(code(nlp, coder, text, actors))


def test_a_noun_after_a_comma_describes_the_act_and_is_no_second_object(nlp, coder):
    text = (
        "Peruvian President Luis Ramos visited Santiago on Friday, the first trip by a"
        " Peruvian leader to Chile in a decade, and urged Boric to reopen talks."
    )
    actors = [("Peruvian President Luis Ramos", "PERGOV"), ("Santiago", "CHLGOV")]
    actors += [("Peruvian leader", "PERGOV"), ("Chile", "CHL"), ("Boric", "CHLGOV")]
    found = dyads(code(nlp, coder, text, actors))
    assert ("PERGOV", "CHLGOV", "04") in found
    assert not any(source == target for source, target, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Chileans fled to Peru within a week of the Bolivian offensive.",
        "Thousands of Chileans have fled to Peru since the Bolivian offensive.",
    ],
)
def test_an_event_noun_that_dates_another_act_is_no_event(nlp, coder, text):
    actors = [("Chileans", "CHL"), ("Peru", "PER"), ("Bolivian", "BOL")]
    assert not any(root == "19" for _, _, root in dyads(code(nlp, coder, text, actors)))


def test_an_event_noun_after_a_span_it_lasted_is_an_event(nlp, coder):
    text = "Peru closed its border on Friday after days of clashes between Chile and Bolivia."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL")]
    assert ("CHL", "BOL", "19") in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia has been under a Chilean embargo since 1962.", set()),
        ("The Peruvian convoy came under attack by Chilean rebels.", {("CHLREB", "PER", "19")}),
        ("The Peruvian convoy came under attack by Chilean troops.", {("CHLMIL", "PER", "19")}),
    ],
)
def test_an_event_noun_one_lives_under_is_a_state_one_comes_under_is_news(
    nlp, coder, text, expected
):
    actors = [("Bolivia", "BOL"), ("Chilean embargo", "CHL"), ("Peruvian", "PER", "demonym")]
    actors += [("Chilean rebels", "CHLREB"), ("Chilean troops", "CHLMIL")]
    actors = [a for a in actors if re.search(rf"\b{a[0]}\b", text)]
    assert dyads(code(nlp, coder, text, actors)) == expected


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ecuador condemned the arrest of Peruvian journalists.", "PERGOV"),
        ("Ecuador condemned the arrest of Peruvian journalists by Chilean police.", "CHLCOP"),
        ("Ecuador condemned the killing of Peruvian journalists.", "PERMED"),
    ],
)
def test_a_reaction_to_an_arrest_by_no_one_named_is_aimed_at_the_state(nlp, coder, text, target):
    names = [("Ecuador", "ECU"), ("Peruvian journalists", "PERMED"), ("Chilean police", "CHLCOP")]
    actors = [(n, c) for n, c in names if n in text]
    found = dyads(code(nlp, coder, text, actors))
    assert {t for s, t, root in found if s == "ECU"} == {target}


def test_a_killing_joined_after_an_attack_is_its_toll(nlp, coder):
    text = "Gunmen attacked a Peruvian police station and killed five officers."
    actors = [("Gunmen", "UAF"), ("Peruvian police", "PERCOP"), ("officers", "COP")]
    assert [e.trigger.text for e in code(nlp, coder, text, actors)] == ["attacked"]
    text = "Peruvian police arrested ten protesters and killed two."
    actors = [("Peruvian police", "PERCOP"), ("protesters", "OPP")]
    assert {e.root for e in code(nlp, coder, text, actors)} == {"17", "19"}


def test_what_one_says_is_said_to_no_one(nlp, coder):
    text = (
        "Economists say the Chilean government's growing reliance on short-term borrowing"
        " leaves it exposed to any rise in rates."
    )
    actors = [("Economists", "EDU"), ("Chilean government", "CHLGOV")]
    assert not any(root == "01" for _, _, root in dyads(code(nlp, coder, text, actors)))


def test_a_participle_after_an_announcement_is_the_announcers(nlp, coder):
    text = "Peru announced its withdrawal from the bloc, accusing Chile of meddling."
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    assert ("PER", "CHL", "11") in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile exchanged prisoners in a swap brokered by Bolivia.",
        "Peru and Chile signed a treaty after talks mediated by Bolivia.",
    ],
)
def test_a_third_party_brokers_for_the_doers_of_the_clause(nlp, coder, text):
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL")]
    found = dyads(code(nlp, coder, text, actors))
    assert {("BOL", "PER", "04"), ("BOL", "CHL", "04")} <= found


def test_a_comment_after_in_a_move_is_aimed_at_the_doers_before_it(nlp, coder):
    text = "Peru closed the border on Tuesday, in a move Chile denounced as illegal."
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    assert ("CHL", "PER", "11") in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "Peru's opposition accused the election board of fraud.",
            [("Peru's opposition", "PEROPP"), ("election board", "GOV")],
            ("PEROPP", "PERGOV", "11"),
        ),
        (  # a country's state may deal with another's officials
            "Peru's foreign minister accused the officials of fraud.",
            [("Peru's foreign minister", "PERGOV"), ("officials", "GOV")],
            ("PERGOV", "GOV", "11"),
        ),
    ],
)
def test_a_countrys_people_deal_with_their_own_states_bodies(nlp, coder, text, actors, expected):
    assert expected in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    "text",
    [
        "Peru met Chile on Monday.",
        "Peru held talks with Chile on Monday.",
        "Peru flew to Lima for talks with Chile.",
    ],
)
def test_a_meeting_is_both_sides(nlp, coder, text):
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    events = code(nlp, coder, text, actors)
    assert {("PER", "CHL", "04"), ("CHL", "PER", "04")} <= dyads(events)
    [inferred] = [e for e in events if e.source.actor.code == "CHL"]
    assert inferred.confidence < max(e.confidence for e in events)


def test_a_refused_meeting_is_no_meeting_of_the_other_side(nlp, coder):
    text = "Peru refused to meet Chile."
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "CHL", "12")}


def test_an_event_noun_a_response_is_made_with_is_the_responders(nlp, coder):
    text = "Peru responded with air strikes across northern Chile."
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "CHL", "19")}
    text = "Peru retaliated with sanctions on Chile."
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "CHL", "16")}


def test_a_headline_event_noun_with_no_article_is_the_light_verbs_object(nlp, coder):
    text = "Peru launches offensive in northern Chile"
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    assert {root for _, _, root in dyads(code(nlp, coder, text, actors))} == {"19"}


@pytest.mark.parametrize(
    "text",
    [
        "Peru closed the border, a move condemned by Chile.",
        "Peru signed a treaty with Bolivia, a deal that Chile condemned.",
        "Peru's president flew to La Paz, a trip that drew criticism from Chile.",
    ],
)
def test_a_comment_on_the_clause_before_is_aimed_at_its_doers(nlp, coder, text):
    actors = [
        (n, c)
        for n, c in [
            ("Peru's president", "PERGOV"),
            ("Peru", "PER"),
            ("Bolivia", "BOL"),
            ("Chile", "CHL"),
        ]
        if n in text
    ]
    if "Peru's president" in text:
        actors = [a for a in actors if a[0] != "Peru"]
    found = {(s, t) for s, t, root in dyads(code(nlp, coder, text, actors)) if root == "11"}
    assert found and all(s == "CHL" and t is not None and t.startswith("PER") for s, t in found)


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (  # the parser made the comment noun a fronted object
            "A Moscow court extended the pre-trial detention of reporter Evan Gershkovich by "
            "three months, a ruling Washington condemned as baseless.",
            [
                ("Moscow court", "RUSJUD"),
                ("reporter Evan Gershkovich", "MED"),
                ("Washington", "USAGOV"),
            ],
            ("USAGOV", "RUSJUD", "11"),
        ),
        (  # an apposition stands after the comment's subject
            "Peruvian President Dina Boluarte dissolved congress on Sunday, a move the Popular "
            "Force party, the largest in the chamber, denounced as a coup.",
            [
                ("Peruvian President Dina Boluarte", "PERGOV"),
                ("congress", "PERLEG"),
                ("Popular Force party", "PEROPP"),
            ],
            ("PEROPP", "PERGOV", "11"),
        ),
    ],
)
def test_a_comment_noun_however_parsed_is_still_a_comment(nlp, coder, text, actors, expected):
    assert expected in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peruvian troops killed at least 300 civilians.", ("PERMIL", "CVL", "20")),
        ("Peruvian troops killed hundreds of civilians.", ("PERMIL", "CVL", "20")),
        ("Peruvian troops killed 30 civilians.", ("PERMIL", "CVL", "19")),
        ("Peruvian troops killed 300 rebels.", ("PERMIL", "REB", "19")),
        ("Peruvian troops killed 150 refugees.", ("PERMIL", "REF", "20")),
        ("Peruvian troops killed 150 party members.", ("PERMIL", "PTY", "19")),
    ],
)
def test_a_killing_of_a_hundred_or_more_noncombatants_is_a_mass_killing(nlp, coder, text, expected):
    actors = [("Peruvian troops", "PERMIL"), ("civilians", "CVL"), ("rebels", "REB")]
    actors += [("refugees", "REF"), ("party members", "PTY")]
    actors = [a for a in actors if a[0] in text]
    assert dyads(code(nlp, coder, text, actors)) == {expected}


def test_a_broker_named_before_a_hyphen_mediates_only_what_the_parties_agree_to(nlp, coder):
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivian", "BOL")]
    text = "Peru and Chile agreed to a Bolivian-brokered truce."
    found = dyads(code(nlp, coder, text, actors))
    assert {("BOL", "PER", "04"), ("BOL", "CHL", "04")} <= found
    assert not any(target == "BOL" for _, target, _ in found)
    text = "Peru violated a Bolivian-brokered truce."
    assert not any(s == "BOL" for s, _, _ in dyads(code(nlp, coder, text, actors[::2])))


def test_money_received_from_a_lender_is_its_aid_also_through_of(nlp, coder):
    text = "Peru received the first tranche of a $2 billion bailout from the IMF."
    actors = [("Peru", "PER"), ("the IMF", "IGOIMF")]
    assert dyads(code(nlp, coder, text, actors)) == {("IGOIMF", "PER", "07")}


def test_a_participle_after_while_on_a_passive_clause_is_its_subject_s(nlp, coder):
    text = "Two Chilean envoys were detained by Peruvian police while visiting Bolivia."
    actors = [("Chilean envoys", "CHLGOV"), ("Peruvian police", "PERCOP"), ("Bolivia", "BOL")]
    found = dyads(code(nlp, coder, text, actors))
    assert ("CHLGOV", "BOL", "04") in found
    assert not any(s == "PERCOP" and t == "BOL" for s, t, _ in found)


def test_a_passive_participle_after_before_is_done_to_the_clause_s_subject(nlp, coder):
    text = "A Chilean man stabbed two Peruvian police officers before being shot by policemen."
    actors = [("Chilean man", "CHLCVL"), ("police officers", "PERCOP"), ("policemen", "COP")]
    assert ("COP", "CHLCVL") in {(s, t) for s, t, _ in dyads(code(nlp, coder, text, actors))}


def test_two_verbs_sharing_an_object_are_one_assault_and_no_protest(nlp, coder):
    text = "A Chilean man stabbed and wounded two Peruvian police officers in Lima."
    actors = [("Chilean man", "CHLCVL"), ("Peruvian police officers", "PERCOP")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHLCVL", "PERCOP", "18")}
    text = "Protesters shot two Peruvian police officers in Lima."
    actors = [("Protesters", "OPP"), ("Peruvian police officers", "PERCOP")]
    assert dyads(code(nlp, coder, text, actors)) == {("PEROPP", "PERCOP", "18")}


def test_a_show_of_force_is_not_aimed_at_the_forces_or_country_of_its_doer(nlp, coder):
    text = (
        "Chile launched military drills near Peru on Saturday, deploying dozens of warships"
        " and fighter jets in what Santiago called a warning."
    )
    actors = [("Chile", "CHL"), ("Peru", "PER"), ("fighter jets", "MIL"), ("Santiago", "CHLGOV")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PER", "15")}


def test_seizing_control_of_a_company_is_confiscation(nlp, coder):
    text = "Peru seized control of the Chilean oil company Petrochile on Monday."
    actors = [("Peru", "PER"), ("the Chilean oil company Petrochile", "CHLBUS")]
    assert [e.cameo for e in code(nlp, coder, text, actors)] == ["1711"]
    text = "Rebels seized control of the capital of Peru."
    assert [e.cameo for e in code(nlp, coder, text, [("Rebels", "REB"), ("Peru", "PER")])] == [
        "192"
    ]


def test_the_scene_is_the_one_of_the_act_s_own_clause(nlp, coder):
    text = (
        "Gunmen kidnapped two aid workers in the Peruvian town of Tacna"
        " and drove them across the border into Chile."
    )
    actors = [
        ("Gunmen", "UAF"),
        ("aid workers", "NGO"),
        ("Peruvian", "PER", "demonym"),
        ("Chile", "CHL", "country"),
    ]
    assert ("PERUAF", "NGO", "18") in dyads(code(nlp, coder, text, actors))


def test_a_country_s_prisons_or_schools_are_a_scene_in_it(nlp, coder):
    text = "Gangs attacked two of Peru's largest prisons on Sunday."
    actors = [("Gangs", "CRM"), ("Peru", "PER", "country")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERCRM", "PER", "18")}


@pytest.mark.parametrize("word", ["thanking", "blaming", "praising"])
def test_a_participle_of_words_after_a_closing_said_is_the_speaker_s(nlp, coder, word):
    text = f"Rebels freed a Chilean priest on Friday, the Chilean ministry said, {word} Peru."
    actors = [
        ("Rebels", "REB"),
        ("Chilean priest", "CHLREL"),
        ("the Chilean ministry", "CHLGOV"),
        ("Peru", "PER"),
    ]
    sources = {s for s, t, _ in dyads(code(nlp, coder, text, actors)) if t == "PER"}
    assert sources == {"CHLGOV"}


def test_an_attack_on_their_thing_by_others_is_on_those_it_befell(nlp, coder):
    text = "Three Peruvian soldiers were killed when gunmen ambushed their convoy near Tacna."
    actors = [("Peruvian soldiers", "PERMIL"), ("gunmen", "UAF")]
    assert ("PERUAF", "PERMIL", "18") in dyads(code(nlp, coder, text, actors))
    text = "Chile restored ties with Peru years after crowds burned down its embassy."
    actors = [("Chile", "CHL"), ("Peru", "PER"), ("crowds", "CVL")]
    assert not any(s == "CVL" and t for s, t, _ in dyads(code(nlp, coder, text, actors)))


def test_unarmed_people_who_torch_police_stations_riot_where_it_happens(nlp, coder):
    text = "Young men torched police stations in the Peruvian city of Tacna on Tuesday."
    actors = [("Young men", "CVL"), ("police stations", "COP"), ("Peruvian", "PER", "demonym")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERCVL", "PERCOP", "14")}


def test_a_free_relative_of_words_names_the_target_and_is_no_statement(nlp, coder):
    text = "Chilean jets fired missiles at what they said were bases of Peruvian rebels."
    actors = [("Chilean jets", "CHLMIL"), ("Peruvian rebels", "PERREB")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHLMIL", "PERREB", "19")}


def test_damage_and_injuries_a_repression_causes_are_its_toll(nlp, coder):
    text = (
        "Chilean coast guard ships fired water cannon at a Peruvian supply boat,"
        " damaging its engine and injuring several crew members."
    )
    actors = [
        ("Chilean coast guard ships", "CHLMIL"),
        ("Peruvian supply boat", "PER"),
        ("crew members", "CVL"),
    ]
    assert dyads(code(nlp, coder, text, actors)) == {("CHLMIL", "PER", "17")}


def test_a_country_s_repression_and_police_s_arrests_reach_its_own_former_officials(nlp, coder):
    text = "Peruvian police arrested a former vice president on Friday."
    actors = [("Peruvian police", "PERCOP"), ("former vice president", "ELI")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERCOP", "PERELI", "17")}
    text = "Peru detained 40 protesters on Friday."
    actors = [("Peru", "PER"), ("protesters", "OPP")]
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "PEROPP", "17")}


def test_police_who_storm_a_building_coerce(nlp, coder):
    text = "Peruvian police stormed the Chilean embassy in Lima on Friday."
    actors = [("Peruvian police", "PERCOP"), ("the Chilean embassy", "CHLGOV")]
    assert [e.cameo for e in code(nlp, coder, text, actors)] == ["170"]


@pytest.mark.parametrize("counted", ["a raft of", "a package of", "a string of", "a host of"])
def test_an_object_counted_by_a_noun_of_quantity_is_what_it_counts(nlp, coder, counted):
    text = f"Chile lifted {counted} economic sanctions on Peru on Saturday."
    actors = [("Chile", "CHL"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PER", "08")}


def test_a_finite_verb_joined_after_a_reported_perfect_clause_is_the_speaker_s(nlp, coder):
    text = (
        "Chile said on Friday that Peru and Bolivia had agreed to a truce after weeks of"
        " talks, and urged Bolivia to honour the deal."
    )
    actors = [("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL")]
    events = code(nlp, coder, text, actors)
    urged = [(e.source.actor.code, e.factuality) for e in events if e.trigger.text == "urged"]
    assert urged == [("CHL", Factuality.ASSERTED)]


def test_a_past_tense_joined_after_a_reported_modal_is_the_speaker_s_act(nlp, coder):
    text = "Boric said he would not bow to Peru's threats and accused Lima of lying."
    actors = [("Boric", "CHLGOV", "person"), ("Peru", "PER"), ("Lima", "PERGOV", "capital")]
    events = code(nlp, coder, text, actors)
    accused = [(_codes(e), e.factuality) for e in events if e.trigger.text == "accused"]
    assert accused == [(("CHLGOV", "PERGOV"), Factuality.ASSERTED)]


@pytest.mark.parametrize(
    "text",
    [
        "Peru blamed Chile for the bombing and vowed revenge.",
        "Peru condemned the new Chilean tariffs and vowed a tough response.",
    ],
)
def test_a_threat_with_no_target_answers_the_object_of_the_verb_before_it(nlp, coder, text):
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Chilean", "CHL", "demonym")]
    actors = [actor for actor in actors if re.search(rf"\b{actor[0]}\b", text)]
    assert ("PER", "CHL", "13") in dyads(code(nlp, coder, text, actors))


def test_a_threat_with_a_subject_of_its_own_answers_no_other_s_object(nlp, coder):
    text = "Peru shelled Chile on Monday, and Bolivia vowed a harsh response."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL")]
    assert ("BOL", "CHL", "13") not in dyads(code(nlp, coder, text, actors))


def test_a_comment_the_parser_made_the_verb_s_object_does_not_stop_its_pattern(nlp, coder):
    text = (
        "Trump and Boric spoke by telephone for more than two hours on Monday, after which"
        " the US president said Russia and Ukraine would start negotiations, a claim Kyiv"
        " greeted with caution."
    )
    actors = [("Trump", "USAGOV", "person"), ("Boric", "CHLGOV", "person")]
    assert ("USAGOV", "CHLGOV", "04") in dyads(code(nlp, coder, text, actors))


def test_agreeing_with_another_to_act_is_both_sides(nlp, coder):
    actors = [("Ramos", "PERGOV", "person"), ("Boric", "CHLGOV", "person")]
    text = "Ramos agreed with Boric on Monday to set up a hotline to manage disputes."
    agreed = {_codes(e) for e in code(nlp, coder, text, actors) if e.root == "03"}
    assert agreed == {("PERGOV", "CHLGOV"), ("CHLGOV", "PERGOV")}


@pytest.mark.parametrize(
    "text",
    [
        "Peru rejected an offer of military talks that Chile had made earlier in the week.",
        "Peru rejected the proposal that Chile put forward on Monday.",
    ],
)
def test_words_a_relative_clause_says_another_made_are_aimed_at_it(nlp, coder, text):
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    assert ("PER", "CHL", "12") in dyads(code(nlp, coder, text, actors))


def test_discussing_by_telephone_is_a_call_of_both(nlp, coder):
    text = "President Ramos and President Boric discussed trade by telephone on Thursday."
    actors = [("President Ramos", "PERGOV", "person"), ("President Boric", "CHLGOV", "person")]
    calls = {_codes(e) for e in code(nlp, coder, text, actors) if e.cameo == "041"}
    assert calls == {("PERGOV", "CHLGOV"), ("CHLGOV", "PERGOV")}


def test_those_who_act_together_with_the_subject_do_the_act_too(nlp, coder):
    text = "President Ramos travelled to Chile on Thursday together with President Arce."
    actors = [
        ("President Ramos", "PERGOV", "person"),
        ("Chile", "CHL"),
        ("President Arce", "BOLGOV", "person"),
    ]
    visits = {_codes(e) for e in code(nlp, coder, text, actors) if e.cameo == "042"}
    assert visits == {("PERGOV", "CHL"), ("BOLGOV", "CHL")}


def test_a_country_before_a_visit_of_a_person_is_where_the_person_went(nlp, coder):
    text = "Lima welcomed the Peruvian tour of Chilean President Boric on Friday."
    actors = [("Peruvian", "PER", "demonym"), ("Chilean President Boric", "CHLGOV", "person")]
    assert ("CHLGOV", "PER", "04") in dyads(code(nlp, coder, text, actors))


def test_unarmed_people_troops_repress_with_no_scene_are_of_their_country(nlp, coder):
    text = "Peruvian troops fired tear gas at opposition supporters on Saturday."
    actors = [("Peruvian troops", "PERMIL"), ("opposition supporters", "OPP")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERMIL", "PEROPP", "17")}
    text = "Peruvian troops fired tear gas at opposition supporters in Chile on Saturday."
    actors += [("Chile", "CHL", "country")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERMIL", "CHLOPP", "17")}
    text = "Peruvian troops detained the leaders of the ruling party on Saturday."
    actors = [("Peruvian troops", "PERMIL"), ("leaders of the ruling party", "GOV")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERMIL", "PERGOV", "17")}


def test_an_infinitive_after_what_a_copula_says_its_subject_is_is_the_subject_s(nlp, coder):
    text = "Peru on Thursday became the first country to formally recognise the new government of Chile."
    actors = [("Peru", "PER"), ("new government of Chile", "CHLGOV")]
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "CHLGOV", "05")}


def test_the_news_comment_on_a_clause_happened_whatever_the_clause_says(nlp, coder):
    text = (
        "Chile said on Friday it would pull 500 troops out of Peru, a decision Peruvian"
        " officials criticised as reckless."
    )
    actors = [("Chile", "CHL"), ("Peru", "PER"), ("Peruvian officials", "PERGOV")]
    [criticism] = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "criticised"]
    assert criticism.factuality is Factuality.ASSERTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru could reject the deal that Bolivia proposed to Chile.", Factuality.ASSERTED),
        ("Peru denied charges that it had attacked Chile.", Factuality.NEGATED),
    ],
)
def test_a_relative_clause_tells_its_own_act_but_a_content_clause_does_not(
    nlp, coder, text, expected
):
    actors = [
        (n, c) for n, c in [("Peru", "PER"), ("Bolivia", "BOL"), ("Chile", "CHL")] if n in text
    ]
    triggers = {"proposed", "attacked"}
    [event] = [e for e in code(nlp, coder, text, actors) if e.trigger.text in triggers]
    assert event.factuality is expected


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        ("Peru received the Chilean proposal.", [("Peru", "PER"), ("Chilean", "CHL")], set()),
        (
            "Peru received the first batch of fighter jets.",
            [("Peru", "PER"), ("fighter jets", "MIL")],
            set(),
        ),
        (
            "Boric received Arce in Santiago.",
            [("Boric", "CHLGOV", "person"), ("Arce", "BOLGOV", "person")],
            {("CHLGOV", "BOLGOV", "04")},
        ),
    ],
)
def test_receiving_a_thing_hosts_no_one(nlp, coder, text, actors, expected):
    assert dyads(code(nlp, coder, text, actors)) == expected


def test_journeys_of_refugees_and_private_people_are_no_visits(nlp, coder):
    actors = [("Peruvian refugees", "PERREF"), ("Chile", "CHL")]
    assert code(nlp, coder, "Peruvian refugees arrived in Chile on Monday.", actors) == ()
    actors = [("Boric", "CHLGOV", "person"), ("Peru", "PER")]
    assert ("CHLGOV", "PER", "04") in dyads(code(nlp, coder, "Boric arrived in Peru.", actors))


@pytest.mark.parametrize(
    ("target", "actor", "expected"),
    [
        ("Chilean diplomats", "CHLGOV", "174"),
        ("UN officials", "IGOUNO", "166"),
        ("Chilean journalists", "CHLMED", "174"),
    ],
)
def test_expelling_diplomats_is_an_expulsion_and_an_organisation_s_officials_ends_its_mission(
    nlp, coder, target, actor, expected
):
    text = f"Peru ordered the expulsion of 40 {target} on Friday."
    events = code(nlp, coder, text, [("Peru", "PER"), (target, actor)])
    assert [e.cameo for e in events] == [expected]


@pytest.mark.parametrize(
    ("doers", "sector", "expected"),
    [
        ("Gunmen", "UAF", "18"),
        ("Militiamen", "UAF", "19"),
        ("Rebels", "REB", "19"),
        ("Unidentified armed groups", "UAF", "19"),
    ],
)
def test_gunmen_assault_where_organised_armed_groups_fight(nlp, coder, doers, sector, expected):
    text = f"{doers} fired on the motorcade of Peru's interior minister on Monday."
    actors = [(doers, sector), ("Peru's interior minister", "PERGOV")]
    assert {r for _, _, r in dyads(code(nlp, coder, text, actors))} == {expected}


def test_an_assault_by_troops_or_police_is_conventional_force(nlp, coder):
    text = "Peruvian police shot the gunman near the mosque."
    actors = [("Peruvian police", "PERCOP"), ("gunman", "UAF")]
    assert [e.cameo for e in code(nlp, coder, text, actors)] == ["190"]


def test_an_event_noun_on_trade_hits_whom_the_trade_is_with(nlp, coder):
    text = "New Chilean curbs on copper exports to Peru took effect on Monday."
    actors = [("Chilean", "CHL"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PER", "16")}


def test_they_who_protest_after_as_are_those_the_police_acted_on(nlp, coder):
    text = "Peruvian police arrested the students on Tuesday as they marched to parliament."
    actors = [("Peruvian police", "PERCOP"), ("students", "CVL"), ("parliament", "PERLEG")]
    protests = {s for s, _, r in dyads(code(nlp, coder, text, actors)) if r == "14"}
    assert protests == {"PEROPPCVL"}  # the students the Peruvian police arrested, protesting


def test_force_used_on_a_capital_is_used_on_its_country(nlp, coder):
    text = "Rebel fighters entered Lima on Sunday."
    actors = [("Rebel fighters", "REB"), ("Lima", "PERGOV", "capital")]
    assert dyads(code(nlp, coder, text, actors)) == {("REB", "PER", "19")}
    text = "Chile condemned Lima on Sunday."
    actors = [("Chile", "CHL"), ("Lima", "PERGOV", "capital")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PERGOV", "11")}


def test_force_used_on_a_military_post_hits_the_military(nlp, coder):
    text = "Rebels attacked a military base in southern Peru."
    actors = [("Rebels", "REB"), ("military", "MIL"), ("Peru", "PER", "country")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERREB", "PERMIL", "19")}
    text = "Peru and Chile held military talks in Lima."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("military", "MIL")]
    assert not any(t == "MIL" for _, t, _ in dyads(code(nlp, coder, text, actors)))


def test_the_target_is_what_an_owner_owns_not_the_owner(nlp, coder):
    text = "Chile blamed the attack on Boric's troops."
    actors = [("Chile", "CHL"), ("Boric", "PERGOV", "person"), ("troops", "PERMIL")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PERMIL", "11")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile adopted a resolution calling on Peru to free the prisoners.", ("CHL", "PER", "02")),
        ("Chile issued a statement condemning Peru.", ("CHL", "PER", "11")),
        (
            "Chile said in a statement condemning Peru that the border was closed.",
            ("CHL", "PER", "11"),
        ),
    ],
)
def test_a_writing_issued_says_what_its_issuer_says(nlp, coder, text, expected):
    actors = [("Chile", "CHL"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {expected}


@pytest.mark.parametrize("verb", ["passed", "approved", "adopted"])
def test_a_law_passed_does_what_it_says_by_its_lawmakers(nlp, coder, verb):
    text = f"Chile's parliament {verb} a law banning the opposition party."
    actors = [("Chile's parliament", "CHLLEG", "group"), ("opposition party", "CHLOPP", "group")]
    assert ("CHLLEG", "CHLOPP", "17") in dyads(code(nlp, coder, text, actors))


def test_a_writing_rejected_is_not_the_rejecter_s(nlp, coder):
    text = "Chile vetoed a resolution condemning Peru."
    actors = [("Chile", "CHL"), ("Peru", "PER")]
    assert ("CHL", "PER", "11") not in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    "text",
    [
        "Chilean troops withdrew from Lima on Friday.",
        "Chilean troops pulled back from the river bank near Lima.",
        "The withdrawal of Chilean troops from the hills near Lima was completed.",
    ],
)
def test_a_withdrawal_from_a_place_leaves_its_country(nlp, coder, text):
    actors = [("Chilean troops", "CHLMIL")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHLMIL", None, "08")}
    events = code_in_places(nlp, coder, text, actors, [("Lima", "PER")])
    assert dyads(events) == {("CHLMIL", "PER", "08")}


def test_the_mover_of_a_withdrawal_is_after_its_of_unless_it_has_an_owner(nlp, coder):
    text = "Chile announced the withdrawal of Peruvian troops from Bolivia."
    actors = [("Chile", "CHL"), ("Peruvian troops", "PERMIL"), ("Bolivia", "BOL")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERMIL", "BOL", "08")}
    text = "Chile announced its withdrawal of troops from Bolivia."
    actors = [("Chile", "CHL"), ("troops", "MIL"), ("Bolivia", "BOL")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "BOL", "08")}


def test_out_of_after_the_object_is_the_verb_s_particle(nlp, coder):
    text = "Chile pulled its troops out of Peru."
    actors = [("Chile", "CHL"), ("troops", "CHLMIL"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PER", "08")}
    text = "Chile pulled out of the trade deal with Peru."
    actors = [("Chile", "CHL"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PER", "12")}


@pytest.mark.parametrize("verb", ["completed", "finished"])
def test_completing_an_act_does_it(nlp, coder, verb):
    text = f"Chile {verb} the withdrawal from Peru."
    actors = [("Chile", "CHL"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PER", "08")}


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru traded fire on Sunday, with each side accusing the other of firing first.",
        "Chile and Peru traded fire on Sunday, each accusing the other side of firing first.",
    ],
)
def test_each_side_accusing_the_other_is_an_accusation_both_ways(nlp, coder, text):
    actors = [("Chile", "CHL"), ("Peru", "PER")]
    found = dyads(code(nlp, coder, text, actors))
    assert {("CHL", "PER", "11"), ("PER", "CHL", "11")} <= found


def test_which_after_a_passive_agent_is_the_agent(nlp, coder):
    text = "The arrest was condemned by Chile, which urged Peru to free the journalists."
    actors = [("Chile", "CHL"), ("Peru", "PER")]
    assert ("CHL", "PER", "02") in dyads(code(nlp, coder, text, actors))


def test_a_writing_that_does_something_is_not_its_body_s_act(nlp, coder):
    text = "Bolivia vetoed a Chilean resolution that would have imposed sanctions on Peru."
    actors = [("Bolivia", "BOL"), ("Chilean", "CHL"), ("Peru", "PER")]
    assert not any(s == "CHL" for s, _, _ in dyads(code(nlp, coder, text, actors)))


def test_a_writing_rejected_stands_for_its_authors(nlp, coder):
    text = "Bolivia vetoed a UN resolution drafted by Chile and Peru."
    actors = [("Bolivia", "BOL"), ("UN", "IGOUNO"), ("Chile", "CHL"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("BOL", "CHL", "12"), ("BOL", "PER", "12")}
    text = "Bolivia vetoed a Chilean-drafted Security Council resolution."
    actors = [("Bolivia", "BOL"), ("Chilean", "CHL"), ("Security Council", "IGOUNO")]
    assert dyads(code(nlp, coder, text, actors)) == {("BOL", "CHL", "12")}


def test_troops_that_left_a_country_withdrew_from_it(nlp, coder):
    text = "The last Chilean troops left Peru on Friday."
    actors = [("Chilean troops", "CHLMIL"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHLMIL", "PER", "08")}
    text = "Chilean troops attacked Peruvian troops, leaving ten soldiers dead."
    actors = [("Chilean troops", "CHLMIL"), ("Peruvian troops", "PERMIL")]
    assert not any(root == "08" for _, _, root in dyads(code(nlp, coder, text, actors)))


@pytest.mark.parametrize("participle", ["owned", "run", "operated"])
def test_a_thing_a_participle_says_someone_owns_stands_for_its_owner(nlp, coder, participle):
    text = f"Chilean troops attacked a tanker {participle} by a Peruvian company."
    actors = [("Chilean troops", "CHLMIL"), ("tanker", "BUS"), ("Peruvian company", "PERBUS")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHLMIL", "PERBUS", "19")}


def test_a_thing_held_by_someone_is_not_theirs(nlp, coder):
    text = "Chilean troops freed the hostages held by Peruvian rebels."
    actors = [("Chilean troops", "CHLMIL"), ("hostages", "CVL"), ("Peruvian rebels", "PERREB")]
    assert ("CHLMIL", "PERREB", "08") not in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    "text",
    [
        "Boric accepted Castillo's invitation to visit Lima.",
        "Castillo extended an invitation to Boric to visit Lima.",
    ],
)
def test_the_invitee_not_the_inviter_does_what_an_invitation_is_to(nlp, coder, text):
    actors = [("Boric", "CHLGOV", "person"), ("Castillo", "PERGOV", "person"), ("Lima", "PERGOV")]
    visits = [e for e in code(nlp, coder, text, actors) if e.root == "04"]
    assert dyads(visits) == {("CHLGOV", "PERGOV", "04")}
    assert {e.factuality for e in visits} == {Factuality.FUTURE}


def test_a_government_deals_with_an_opposition_of_no_country_at_home(nlp, coder):
    text = "Chile's government and the opposition signed an agreement, in talks mediated by Peru."
    actors = [("Chile's government", "CHLGOV"), ("opposition", "OPP"), ("Peru", "PER")]
    found = dyads(code(nlp, coder, text, actors))
    assert {("CHLGOV", "CHLOPP", "05"), ("PER", "CHLOPP", "04")} <= found
    assert not any("OPP" in (source, target) for source, target, _ in found)


def test_a_sum_of_money_names_what_it_is_in(nlp, coder):
    text = "Chile froze 22 billion pesos in funds for Peru on Thursday."
    actors = [("Chile", "CHL"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PER", "16")}


def test_a_claim_of_an_act_with_no_target_is_aimed_where_the_act_was_done(nlp, coder):
    text = "Chilean rebels claimed responsibility for the bombing in Lima."
    events = code_in_places(nlp, coder, text, [("Chilean rebels", "CHLREB")], [("Lima", "PER")])
    assert dyads(events) == {("CHLREB", "PER", "01")}


@pytest.mark.parametrize(
    ("doer", "code_", "root"),
    [("Chilean jets", "CHLMIL", "19"), ("Chilean gunmen", "CHLUAF", "18")],
)
def test_armed_doers_who_target_someone_attack_them(nlp, coder, doer, code_, root):
    text = f"{doer} targeted Peruvian soldiers near the border."
    actors = [(doer, code_), ("Peruvian soldiers", "PERMIL")]
    assert dyads(code(nlp, coder, text, actors)) == {(code_, "PERMIL", root)}
    text = "New Chilean sanctions targeted Peruvian banks."
    actors = [("Chilean", "CHL"), ("Peruvian banks", "PERBUS")]
    assert not any(r == "19" for _, _, r in dyads(code(nlp, coder, text, actors)))


def test_a_threat_to_act_on_a_named_object_is_aimed_at_it(nlp, coder):
    text = "Chile threatened to expel the Peruvian ambassador."
    actors = [("Chile", "CHL"), ("Peruvian ambassador", "PERGOV")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PERGOV", "13")}


def test_whom_one_refuses_to_allow_to_act_is_the_target(nlp, coder):
    text = "Chile refused to allow the Peruvian navy to dock in Arica."
    actors = [("Chile", "CHL"), ("Peruvian navy", "PERMIL")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PERMIL", "12")}


def test_what_comes_under_fire_from_someone_is_attacked_by_them(nlp, coder):
    text = "Chilean troops came under heavy fire from Peruvian rebels near the border."
    actors = [("Chilean troops", "CHLMIL"), ("Peruvian rebels", "PERREB")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERREB", "CHLMIL", "19")}


def test_troops_of_no_country_who_coerce_a_government_seize_power_at_home(nlp, coder):
    text = "Mutinous soldiers detained the president of Peru on Wednesday."
    actors = [("Mutinous soldiers", "MIL"), ("president of Peru", "PERGOV")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERMIL", "PERGOV", "17")}
    text = "Soldiers killed the president of Peru on Wednesday."
    actors = [("Soldiers", "MIL"), ("president of Peru", "PERGOV")]
    assert {source for source, _, _ in dyads(code(nlp, coder, text, actors))} == {"MIL"}


def test_troops_of_no_country_who_press_a_government_are_its_own(nlp, coder):
    text = "The army urged President Ramos to step down."
    actors = [("army", "MIL"), ("President Ramos", "PERGOV")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERMIL", "PERGOV", "02")}


def test_a_subject_hung_on_its_subordinating_word_is_the_verb_s(nlp, coder):
    text = "Ramos resigned after the leader of the armed forces urged him to quit."
    actors = [("Ramos", "PERGOV"), ("armed forces", "PERMIL")]
    assert ("PERMIL", "PERGOV", "02") in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Five Peruvian soldiers were ambushed by rebels near Cusco.", "PERREB"),
        ("Five Peruvian soldiers were ambushed by rebels near the border with Chile.", "REB"),
        ("Rebels ambushed five Peruvian villagers near Cusco.", "PERREB"),
        ("Gunmen ambushed five Peruvian villagers near Cusco.", "UAF"),
        ("Rebels ambushed five Peruvian villagers near the border with Chile.", "REB"),
    ],
)
def test_rebels_of_no_country_who_attack_a_state_alone_named_are_its_own(nlp, coder, text, source):
    names = [("Peruvian soldiers", "PERMIL"), ("Peruvian villagers", "PERCVL")]
    names += [("rebels", "REB"), ("Rebels", "REB"), ("Gunmen", "UAF"), ("Chile", "CHL")]
    actors = [(n, c) for n, c in names if re.search(rf"\b{n}\b", text)]
    assert {s for s, _, _ in dyads(code(nlp, coder, text, actors))} == {source}


def test_someone_s_fire_is_no_accident(nlp, coder):
    text = "Five Peruvian soldiers were killed by Chilean fire on Tuesday."
    actors = [("Peruvian soldiers", "PERMIL"), ("Chilean", "CHL")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PERMIL", "19")}
    text = "Five Peruvian soldiers were killed by a fire in their barracks."
    assert dyads(code(nlp, coder, text, actors[:1])) == set()


def test_an_attack_noun_s_verb_tells_its_act_more_exactly(nlp, coder):
    text = "A Chilean airstrike on a house in Lima killed 12 Peruvian civilians."
    actors = [("Chilean", "CHL"), ("Peruvian civilians", "PERCVL")]
    events = code_in_places(nlp, coder, text, actors, [("Lima", "PER")])
    assert dyads(events) == {("CHL", "PERCVL", "19")}


def test_a_state_executes_people_of_no_country_at_home(nlp, coder):
    text = "Peru executed 12 people on Saturday."
    assert dyads(code(nlp, coder, text, [("Peru", "PER"), ("people", "CVL")])) == {
        ("PER", "PERCVL", "18")
    }
    text = "Rebels executed 12 people on Saturday."
    assert dyads(code(nlp, coder, text, [("Rebels", "REB"), ("people", "CVL")])) == {
        ("REB", "CVL", "18")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile condemned the drills and put its forces on alert.", ("CHL", None, "15")),
        ("Chile threatened to send troops if Lima did not yield.", ("CHL", "PERGOV", "13")),
    ],
)
def test_troops_put_on_alert_or_sent_in_a_threat_are_the_doer_s_own(nlp, coder, text, expected):
    actors = [("Chile", "CHL"), ("forces", "MIL"), ("troops", "MIL"), ("Lima", "PERGOV")]
    found = [a for a in actors if re.search(rf"\b{a[0]}\b", text)]
    assert expected in dyads(code(nlp, coder, text, found))
    assert not {d for d in dyads(code(nlp, coder, text, found)) if d[1] == "MIL"}


@pytest.mark.parametrize(
    "text",
    [
        "A Peruvian passenger train derailed on Friday, killing 28 people.",
        "A Peruvian tourist bus plunged off a road, killing 24 people.",
    ],
)
def test_the_toll_of_an_accident_is_no_one_s_act(nlp, coder, text):
    actors = [("Peruvian", "PER"), ("people", "CVL")]
    actors += [(w, "CVL") for w in ("passenger", "tourist") if w in text]
    assert dyads(code(nlp, coder, text, actors)) == set()


def test_coming_back_from_a_visit_returns_nothing(nlp, coder):
    text = "Chile staged drills after the president of Peru returned from a Bolivian visit."
    actors = [("Chile", "CHL"), ("president of Peru", "PERGOV"), ("Bolivian", "BOL")]
    assert not {d for d in dyads(code(nlp, coder, text, actors)) if d[2] == "08"}


def test_a_speaker_misread_as_an_object_is_no_target(nlp, coder):
    text = "Peru carried out an air strike against al-Shabaab fighters near Jilib, "
    text += "U.S. Africa Command said, adding that no civilians were hurt."
    actors = [("Peru", "PER"), ("al-Shabaab fighters", "SOMINS")]
    actors += [("U.S. Africa Command", "USAMIL")]
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "SOMINS", "19")}


def test_the_object_of_a_participle_is_the_object_of_its_clause(nlp, coder):
    text = "The Peruvian junta suspended Chilean broadcaster Radio Sur, accusing it of lying."
    actors = [("Peruvian junta", "PERGOV"), ("Chilean broadcaster Radio Sur", "CHLMED")]
    assert ("PERGOV", "CHLMED", "11") in dyads(code(nlp, coder, text, actors))


def test_the_object_of_a_participle_is_whom_its_clause_s_funding_went_to(nlp, coder):
    text = "Boric halted Chilean funding to the Andean Council, accusing it of waste."
    actors = [("Boric", "CHLGOV", "person"), ("Chilean", "CHL", "demonym")]
    actors += [("Andean Council", "IGOAND", "organisation")]
    assert ("CHLGOV", "IGOAND", "11") in dyads(code(nlp, coder, text, actors))


def test_the_object_of_a_participle_is_whom_its_clause_acts_against(nlp, coder):
    text = (
        "Peru lodged a complaint against Chile on Monday, accusing it of spying on the villagers."
    )
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("villagers", "CVL", "group")]
    assert {t for s, t, _ in dyads(code(nlp, coder, text, actors)) if s == "PER"} == {"CHL"}


def test_an_accusation_after_a_report_is_the_reporter_s(nlp, coder):
    text = "A Chilean air strike killed three rebels near Arica, the rebel group said, "
    text += "accusing Santiago of targeting civilians."
    actors = [("Chilean", "CHL"), ("rebels", "PERREB"), ("rebel group", "PERREB")]
    actors += [("Santiago", "CHLGOV")]
    assert ("PERREB", "CHLGOV", "11") in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    ("attacker", "expected"),
    [("Peruvian rebels", "PERMIL"), ("Peruvian insurgents", "MIL")],
)
def test_the_army_rebels_attack_is_their_country_s(nlp, coder, attacker, expected):
    text = f"{attacker} attacked the army near the border."
    actors = [(attacker, "PERREB" if "rebels" in attacker else "PERINS"), ("army", "MIL")]
    assert {d[1] for d in dyads(code(nlp, coder, text, actors))} == {expected}


def test_a_military_government_represses_people_of_its_own_country(nlp, coder):
    text = "Peru's military government executed four democracy activists."
    actors = [("Peru's military government", "PERGOVMIL"), ("democracy activists", "OPPCVL")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERGOVMIL", "PEROPP", "18")}


def test_the_toll_of_a_repression_told_by_a_participle_is_no_act_of_its_own(nlp, coder):
    text = "Peruvian police fired live rounds at protesters in Lima, killing five people."
    actors = [("Peruvian police", "PERCOP"), ("protesters", "OPPCVL"), ("people", "CVL")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERCOP", "PEROPP", "17")}


def test_who_after_a_verb_s_preposition_stands_for_its_object(nlp, coder):
    text = "Peruvian police fired at protesters who stormed the parliament in Lima."
    actors = [("Peruvian police", "PERCOP"), ("protesters", "OPPCVL"), ("parliament", "PERLEG")]
    assert ("PEROPP", "PERLEG", "14") in dyads(code(nlp, coder, text, actors))


def test_a_state_body_of_no_country_is_that_of_people_placed_by_another_event(nlp, coder):
    text = "Peruvian police fired tear gas at protesters who hurled petrol bombs at the "
    text += "government headquarters."
    actors = [("Peruvian police", "PERCOP"), ("protesters", "OPPCVL"), ("government", "GOV")]
    assert ("PEROPP", "PERGOV", "14") in dyads(code(nlp, coder, text, actors))


def test_an_accusation_a_comment_after_it_denies_still_happened(nlp, coder):
    text = "Peru accused Chile of shelling border villages overnight, a charge Santiago denied."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Santiago", "CHLGOV")]
    events = code(nlp, coder, text, actors)
    accusation = [e for e in events if e.root == "11"]
    assert [(e.source.actor.code, e.target.actor.code) for e in accusation] == [("PER", "CHL")]
    assert accusation[0].factuality is Factuality.ASSERTED


def test_the_noun_an_accusation_in_a_relative_clause_describes_is_the_accused(nlp, coder):
    text = "Peruvian police arrested two Chilean citizens they accused of plotting a coup."
    actors = [("Peruvian police", "PERCOP"), ("Chilean citizens", "CHLCVL")]
    assert ("PERCOP", "CHLCVL", "11") in dyads(code(nlp, coder, text, actors))


def test_the_noun_a_past_act_in_a_relative_clause_describes_is_its_object(nlp, coder):
    text = "Peruvian rebels freed six Chilean engineers they had kidnapped in Lima."
    actors = [("Peruvian rebels", "PERREB"), ("Chilean engineers", "CHLBUS"), ("Lima", "PER")]
    assert ("PERREB", "CHLBUS", "18") in dyads(code(nlp, coder, text, actors))


def test_the_noun_a_state_in_a_relative_clause_describes_is_not_its_object(nlp, coder):
    text = "Peruvian rebels freed two of the Chilean hostages they still hold."
    actors = [("Peruvian rebels", "PERREB"), ("Chilean hostages", "CHLCVL")]
    assert {d[2] for d in dyads(code(nlp, coder, text, actors))} == {"08"}


def test_a_british_spelling_parses_as_the_american(nlp, coder):
    text = "Trump criticises Peru over its tariffs"  # "Trump" is no verb's subject otherwise
    article = Article(id="t", text=text, published=datetime(2019, 4, 26))
    doc = to_document(Document(article=article), nlp(text_to_parse(article)))
    mentions = (_mention(text, "Trump", "USAGOV"), _mention(text, "Peru", "PER"))
    events = coder(Document(**{**_fields(doc), "mentions": mentions})).events
    assert dyads(events) == {("USAGOV", "PER", "11")}
    assert [e.trigger.text for e in events] == ["criticises"]


def test_a_name_an_apposition_makes_an_actor_is_no_territory_seized(nlp, coder):
    text = "Peruvian marines captured Ovidio Guzman, a son of a jailed drug lord, in a raid."
    actors = [("Peruvian marines", "PERMIL"), ("drug lord", "CRM")]
    assert {d[2] for d in dyads(code(nlp, coder, text, actors))} == {"17"}


def test_the_country_that_made_a_traded_thing_is_the_target(nlp, coder):
    text = "Chile imposed tariffs on imports of Peruvian-made cars."
    actors = [("Chile", "CHL"), ("Peruvian", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PER", "16")}


def test_an_organisation_before_an_event_noun_is_its_source(nlp, coder):
    text = "The Andean Pact embargo on Chilean copper came into force."
    article = Article(id="t", text=text, published=datetime(2019, 4, 26))
    doc = to_document(Document(article=article), nlp(text))
    pact = _mention(text, "Andean Pact", "IGOAND", "organisation")
    pact = dataclasses.replace(pact, actor=Actor(code="IGOAND", country="", sectors=("IGO",)))
    mentions = (pact, _mention(text, "Chilean", "CHL"))
    events = coder(Document(**{**_fields(doc), "mentions": mentions})).events
    assert dyads(events) == {("IGOAND", "CHL", "16")}


def test_an_event_noun_a_verb_ends_is_no_event_of_its_own(nlp, coder):
    text = "Andean Pact sanctions against Chile were lifted on Monday."
    actors = [("Andean Pact", "IGOAND", "organisation"), ("Chile", "CHL")]
    assert not {d for d in dyads(code(nlp, coder, text, actors)) if d[2] == "16"}


@pytest.mark.parametrize(
    ("other", "code_of_other", "expected"),
    [
        ("rebels", "PERREB", {("PERMIL", "PERREB", "19"), ("PERREB", "PERMIL", "19")}),
        ("rioters", "PEROPP", {("PERMIL", "PEROPP", "19")}),
    ],
)
def test_a_clash_is_fought_by_both_sides_that_bear_arms(nlp, coder, other, code_of_other, expected):
    text = f"Peruvian troops clashed with {other} near Cusco."
    actors = [("Peruvian troops", "PERMIL"), (other, code_of_other)]
    assert dyads(code(nlp, coder, text, actors)) == expected


@pytest.mark.parametrize(
    ("people", "code_of_people", "expected"),
    [
        ("Thousands of people", "CVL", "PEROPPCVL"),
        ("Thousands of Peruvians", "PER", "PEROPPCVL"),
        ("Thousands of farmers", "AGR", "PERAGR"),
    ],
)
def test_people_who_protest_are_the_opposition(nlp, coder, people, code_of_people, expected):
    text = f"{people} rallied in Lima against the government."
    kind = "demonym" if code_of_people == "PER" else ""
    actors = [(people, code_of_people, kind), ("government", "PERGOV")]
    events = code_in_places(nlp, coder, text, actors, [("Lima", "PER")])
    assert {d[0] for d in dyads(events) if d[2] == "14"} == {expected}


def test_the_people_counted_by_a_pronoun_are_those_it_stands_for(nlp, coder):
    text = "Thousands of people rallied in Lima, and Peruvian police detained 100 of them."
    actors = [("people", "CVL"), ("Peruvian police", "PERCOP")]
    events = code_in_places(nlp, coder, text, actors, [("Lima", "PER")])
    assert ("PERCOP", "PEROPPCVL", "17") in dyads(events)


def test_a_by_agent_hung_on_a_passive_verb_s_misread_object_is_its_doer(nlp, coder):
    text = "Lima Mayor Jorge Ruiz, the president's main rival, was jailed pending trial by a "
    text += "Lima court on Sunday."
    actors = [("Lima Mayor Jorge Ruiz", "PEROPP"), ("Lima court", "PERJUD")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERJUD", "PEROPP", "17")}


def test_protesters_destroying_property_protest_violently(nlp, coder):
    text = "Peruvian protesters set fire to the residence of an army commander in Lima."
    actors = [("Peruvian protesters", "PEROPPCVL"), ("army commander", "PERMIL")]
    assert [e.cameo for e in code(nlp, coder, text, actors)] == ["145"]


def test_a_tariff_on_imports_from_a_country_hits_that_country(nlp, coder):
    text = "Chile threatened to impose a 50% tariff on all imports from Peru."
    actors = [("Chile", "CHL"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PER", "13")}


def test_people_detained_at_rallies_are_protesters(nlp, coder):
    text = "Peruvian police detained more than 700 people at rallies across the country."
    actors = [("Peruvian police", "PERCOP"), ("people", "CVL")]
    events = code(nlp, coder, text, actors)
    assert [e.target.actor.code for e in events if e.target] == ["PEROPPCVL"]


def test_a_crowd_counted_with_no_noun_protests(nlp, coder):
    text = "Tens of thousands marched in Lima against the government."
    events = code_in_places(nlp, coder, text, [("government", "PERGOV")], [("Lima", "PER")])
    assert dyads(events) == {("PEROPPCVL", "PERGOV", "14")}


def test_those_a_protest_is_in_solidarity_with_are_no_target(nlp, coder):
    text = "Thousands of Chileans rallied in Lima in solidarity with Bolivian protesters."
    actors = [("Chileans", "CHL", "demonym"), ("Bolivian protesters", "BOLOPP")]
    events = code_in_places(nlp, coder, text, actors, [("Lima", "PER")])
    assert {d[1] for d in dyads(events)} == {None}


def test_people_of_no_country_dealing_with_the_one_country_named_are_its_own(nlp, coder):
    text = "The Zambian government threatened to sack striking teachers on Tuesday."
    actors = [("Zambian government", "ZMBGOV", "group"), ("striking teachers", "EDU", "group")]
    assert dyads(code(nlp, coder, text, actors)) == {("ZMBGOV", "ZMBEDU", "13")}
    text = "The clergy criticised the Zambian government over the arrests."
    actors = [("clergy", "REL", "group"), ("Zambian government", "ZMBGOV", "group")]
    assert dyads(code(nlp, coder, text, actors)) == {("ZMBREL", "ZMBGOV", "11")}


def test_people_of_no_country_stay_so_when_freed_or_attacked_or_among_two_countries(nlp, coder):
    freed = "The Zambian government freed the hostages on Tuesday."
    actors = [("Zambian government", "ZMBGOV", "group"), ("hostages", "CVL", "group")]
    assert dyads(code(nlp, coder, freed, actors)) == {("ZMBGOV", "CVL", "08")}
    shot = "Zambian troops shot dead three villagers on Tuesday."
    actors = [("Zambian troops", "ZMBMIL", "group"), ("villagers", "CVL", "group")]
    assert dyads(code(nlp, coder, shot, actors)) == {("ZMBMIL", "CVL", "19")}
    two = "The Zambian government criticised the unions over the strike in Malawi."
    actors = [
        ("Zambian government", "ZMBGOV", "group"),
        ("unions", "LAB", "group"),
        ("Malawi", "MWI", "country"),
    ]
    assert dyads(code(nlp, coder, two, actors)) == {("ZMBGOV", "LAB", "11")}


@pytest.mark.parametrize(
    ("text", "state", "freed", "expected"),
    [
        ("Zambia's president pardoned journalist Mwila Banda on Tuesday.",
         ("Zambia's president", "ZMBGOV", "group"), ("journalist Mwila Banda", "MED", "person"),
         ("ZMBGOV", "ZMBMED", "08")),
        ("Zambia freed the union leaders on Tuesday.",
         ("Zambia", "ZMB", "country"), ("union leaders", "LAB", "group"),
         ("ZMB", "ZMBLAB", "08")),
        ("Zambia's president pardoned the prisoners on Tuesday.",  # maybe foreigners
         ("Zambia's president", "ZMBGOV", "group"), ("prisoners", "CVL", "group"),
         ("ZMBGOV", "CVL", "08")),
    ],
)  # fmt: skip
def test_a_state_frees_its_own_journalists_and_unionists(nlp, coder, text, state, freed, expected):
    assert dyads(code(nlp, coder, text, [state, freed])) == {expected}


def test_walking_out_of_prison_is_no_strike(nlp, coder):
    freed = "Journalist Mwila Banda walked out of prison on Tuesday."
    assert code(nlp, coder, freed, [("Journalist Mwila Banda", "ZMBMED", "person")]) == ()
    walkout = "The nurses walked out on Tuesday."
    assert dyads(code(nlp, coder, walkout, [("nurses", "HLH", "group")])) == {("HLH", None, "14")}


def test_a_named_group_of_no_country_is_not_placed(nlp, coder):
    text = "The Zambian government criticised Transparency International on Tuesday."
    actors = [
        ("Zambian government", "ZMBGOV", "group"),
        ("Transparency International", "NGO", "organisation"),
    ]
    assert dyads(code(nlp, coder, text, actors)) == {("ZMBGOV", "NGO", "11")}


def test_a_fired_worker_is_no_target_of_gunfire(nlp, coder):
    text = "The Zambian government fired 200 striking nurses on Tuesday."
    actors = [("Zambian government", "ZMBGOV", "group"), ("striking nurses", "HLH", "group")]
    assert code(nlp, coder, text, actors) == ()


def test_a_party_its_own_state_represses_is_in_opposition(nlp, coder):
    text = "Zambian police arrested dozens of Patriotic Front officials on Tuesday."
    actors = [("Zambian police", "ZMBCOP", "group"), ("Patriotic Front officials", "ZMBPTY")]
    assert dyads(code(nlp, coder, text, actors)) == {("ZMBCOP", "ZMBOPP", "17")}
    text = "Zambian police praised the Patriotic Front officials on Tuesday."
    assert dyads(code(nlp, coder, text, actors)) == {("ZMBCOP", "ZMBPTY", "05")}
    text = "Zambian troops detained leaders of the ruling Patriotic Front on Tuesday."
    actors = [("Zambian troops", "ZMBMIL", "group")]
    actors += [("leaders of the ruling Patriotic Front", "ZMBPTY", "group")]
    assert dyads(code(nlp, coder, text, actors)) == {("ZMBMIL", "ZMBPTY", "17")}  # in power


def test_a_deadline_to_leave_is_an_expulsion_and_one_to_act_an_ultimatum(nlp, coder):
    actors = [("Peru", "PER"), ("Chilean diplomats", "CHLGOV")]
    text = "Peru gave Chilean diplomats 48 hours to leave the country."
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "CHLGOV", "17")}
    actors = [("Peru", "PER"), ("Chilean rebels", "CHLREB")]
    text = "Peru gave the Chilean rebels five days to lay down their arms."
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "CHLREB", "13")}


def test_a_demand_voiced_by_a_protest_is_the_protest(nlp, coder):
    actors = [("Chilean protesters", "CHLOPP", "group"), ("President Boric", "CHLGOV", "person")]
    text = "Chilean protesters marched through Santiago on Sunday to demand that President Boric resign."
    assert dyads(code(nlp, coder, text, actors)) == {("CHLOPP", "CHLGOV", "14")}
    text = (
        "Riot police clashed with Chilean protesters demanding the resignation of President Boric."
    )
    found = dyads(code(nlp, coder, text, [*actors, ("Riot police", "CHLCOP", "group")]))
    assert ("CHLOPP", "CHLGOV", "14") in found
    assert not {d for d in found if d[2] == "10"}


def test_a_demand_of_its_own_stays_a_demand(nlp, coder):
    actors = [("Chilean lawmakers", "CHLLEG", "group"), ("President Boric", "CHLGOV", "person")]
    text = "Chilean lawmakers demanded on Sunday that President Boric resign."
    assert dyads(code(nlp, coder, text, actors)) == {("CHLLEG", "CHLGOV", "10")}


def test_a_people_deported_are_migrants(nlp, coder):
    text = "Chile deported more than 200 Peruvians on Monday."
    actors = [("Chile", "CHL"), ("Peruvians", "PER", "demonym")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PERREF", "17")}
    text = "Chile deported seven Peruvian men on Monday."
    actors = [("Chile", "CHL"), ("Peruvian men", "PERCVL", "group")]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "PERREF", "17")}


def test_saying_another_is_responsible_or_behind_an_act_accuses_it(nlp, coder):
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    for text in ("Peru said Chile was responsible.", "Peru said Chile was behind the attack."):
        assert dyads(code(nlp, coder, text, actors)) == {("PER", "CHL", "11")}
    assert code(nlp, coder, "Peru said Chile was not behind the attack.", actors) == ()


def test_a_threat_with_no_target_is_made_to_the_doer_of_its_condition(nlp, coder):
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    for text in (
        "Peru said it would fight to the end if Chile escalated the border war.",
        "Should Chile attack again, Peru will respond with overwhelming force.",
    ):
        threats = [e for e in code(nlp, coder, text, actors) if e.root == "13"]
        assert [(e.source.actor.code, e.target.actor.code) for e in threats] == [("PER", "CHL")]


def test_a_verb_joined_after_a_reported_condition_is_the_speaker_s(nlp, coder):
    text = "Peru said Lima would fight to the end if Bolivia insisted on escalating the tariff war,"
    text += " and accused Chile of bullying."
    actors = [("Peru", "PER"), ("Lima", "PERGOV"), ("Bolivia", "BOL"), ("Chile", "CHL")]
    accused = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "accused"]
    assert [(e.source.actor.code, e.target.actor.code) for e in accused] == [("PER", "CHL")]


def test_a_name_joined_to_an_object_before_a_subjectless_verb_is_its_subject(nlp, coder):
    text = "Chile freed 13 Bolivian hostages and Peru released 39 Ecuadorean prisoners on Friday."
    actors = [
        ("Chile", "CHL"),
        ("Bolivian hostages", "BOLCVL"),
        ("Peru", "PER"),
        ("Ecuadorean prisoners", "ECU"),
    ]
    assert dyads(code(nlp, coder, text, actors)) == {("CHL", "BOLCVL", "08"), ("PER", "ECU", "08")}


def test_a_reaction_to_the_act_in_which_a_verb_was_done_is_aimed_at_its_doer(nlp, coder):
    text = "Peru expelled two Chilean diplomats in a move that drew criticism from Bolivia."
    actors = [("Peru", "PER"), ("Chilean diplomats", "CHLGOV"), ("Bolivia", "BOL")]
    assert ("BOL", "PER", "11") in dyads(code(nlp, coder, text, actors))


def test_a_reaction_after_a_charge_is_no_act_alleged(nlp, coder):
    text = (
        "Peruvian prosecutors charged two Ecuadoreans with spying, drawing condemnation from Chile."
    )
    actors = [("Peruvian prosecutors", "PERJUD"), ("Ecuadoreans", "ECU"), ("Chile", "CHL")]
    drew = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "drawing"]
    assert [e.factuality for e in drew] == [Factuality.ASSERTED]


def test_a_reaction_to_an_agreement_to_act_is_as_sure_as_the_agreement(nlp, coder):
    text = (
        "Peru agreed on Friday to deploy missiles near Arica, drawing strong protests from Chile."
    )
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    drew = [e for e in code(nlp, coder, text, actors) if e.trigger.text == "drawing"]
    assert [(_codes(e), e.root, e.factuality) for e in drew] == [
        (("CHL", "PER"), "11", Factuality.ASSERTED)
    ]


def test_welcoming_a_named_guest_somewhere_is_hosting(nlp, coder):
    actors = [("Boric", "CHLGOV", "person"), ("Castillo", "PERGOV", "person")]
    text = "Boric welcomed Castillo at the presidential palace on Monday."
    assert dyads(code(nlp, coder, text, actors)) == {("CHLGOV", "PERGOV", "04")}
    text = "Boric welcomed Castillo's decision on Monday."
    assert dyads(code(nlp, coder, text, actors)) == {("CHLGOV", "PERGOV", "05")}
    text = "Castillo was welcomed by Boric with a guard of honour on Monday."
    assert dyads(code(nlp, coder, text, actors)) == {("CHLGOV", "PERGOV", "04")}
    text = "Castillo was greeted with a handshake by Boric on Monday."
    assert dyads(code(nlp, coder, text, actors)) == {("CHLGOV", "PERGOV", "04")}


def test_hosting_with_a_description_of_the_visit_after_a_comma_is_still_hosting(nlp, coder):
    actors = [("Boric", "CHLGOV", "person"), ("Castillo", "PERGOV", "person")]
    actors += [("Peruvian leader", "PERGOV")]
    text = "Boric hosted Castillo in Santiago on Monday, the Peruvian leader's first visit."
    events = code(nlp, coder, text, actors)
    assert ("CHLGOV", "PERGOV", "043") in {(*_codes(e), e.cameo) for e in events}


def test_a_visit_told_after_a_comma_is_not_acted_on_by_the_verb_it_hangs_on(nlp, coder):
    actors = [("Julie Bishop", "AUSGOV", "person"), ("Bainimarama", "FJIGOV", "person")]
    actors += [("Fiji", "FJI"), ("Australian minister", "AUSGOV")]
    text = (
        "Julie Bishop met Bainimarama in Suva on Friday, the first visit to Fiji by an "
        "Australian minister since the coup."
    )
    events = code(nlp, coder, text, actors)
    assert ("AUSGOV", "FJI", "042") in {(*_codes(e), e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "The Chilean ambassador left Lima on Monday, a week after Peru ordered his expulsion.",
            "expulsion",
            ("PER", "CHLGOV"),
        ),
        (
            "Evo Morales left Lima on Monday, a day after a Peruvian court issued a warrant for "
            "his arrest.",
            "issued",
            ("PERJUD", "BOLELI"),
        ),
        ("Peru condemned the arrest of Evo Morales.", "condemned", ("PER", "BOLGOV")),
        ("Peru said Evo Morales's arrest was unjustified.", "said", None),
    ],
)
def test_an_act_done_to_someone_befalls_its_owner(nlp, coder, text, trigger, expected):
    names = [("Chilean ambassador", "CHLGOV", "office"), ("Lima", "PERGOV", "capital")]
    names += [("Peruvian court", "PERJUD", "group"), ("Evo Morales", "BOLELI", "person")]
    names += [("Peru", "PER", "country")]
    actors = [a for a in names if re.search(rf"\b{a[0]}\b", text)]
    found = [_codes(e) for e in code(nlp, coder, text, actors) if e.trigger.text == trigger]
    assert found == ([expected] if expected else [])


def test_rejected_calls_were_made_to_the_one_who_rejects_them(nlp, coder):
    text = "Peru rejected calls by Chile for an inquiry into the killings."
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    assert ("CHL", "PER", "02") in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru rejected Chile's proposal for talks.", ("CHL", "PER", "03")),
        ("Castillo refused Chile's request for more troops.", ("CHL", "PERGOV", "02")),
        ("Peru has not responded to Chile's offer of food aid.", ("CHL", "PER", "03")),
        ("Peru arrested the banker at Chile's request.", ("CHL", "PER", "02")),
        ("Peru arrested the banker at the request of Chile.", ("CHL", "PER", "02")),
        ("Peru defied calls from Chile for talks.", ("CHL", "PER", "02")),
        ("Peru will not send troops, despite repeated requests from Chile.", ("CHL", "PER", "02")),
    ],
)
def test_words_another_said_are_coded_with_their_answer(nlp, coder, text, expected):
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Castillo", "PERGOV", "person")]
    events = code(nlp, coder, text, [a for a in actors if a[0] in text])
    said = [e for e in events if (*_codes(e), e.root) == expected]
    assert [e.factuality for e in said] == [Factuality.ASSERTED]


def test_a_denial_names_the_charge_it_answers_and_codes_no_second_event(nlp, coder):
    text = "Peru denied Chile's accusation that it had armed the rebels."
    events = code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL")])
    assert dyads(events) == {("PER", "CHL", "01")}


def test_an_answer_to_its_own_words_codes_no_second_event(nlp, coder):
    text = "Peru rejected its own proposal for talks with Chile."
    events = code(nlp, coder, text, [("Peru", "PER"), ("Chile", "CHL")])
    assert [e for e in events if e.root == "03"] == []


@pytest.mark.parametrize("mark", ["while", "as"])
def test_a_past_clause_of_contrast_under_a_demand_tells_its_own_act(nlp, mark):
    doc = nlp(f"Chile demanded that Peru free the reporter, {mark} Bolivia condemned the arrest.")
    condemned = next(t for t in doc if t.text == "condemned")
    assert factuality.classify(condemned) is Factuality.ASSERTED


def test_a_comment_in_a_move_after_no_comma_is_aimed_at_the_doer(nlp, coder):
    text = "Peru expelled the envoy on Monday in a move Chile condemned."
    actors = [("Peru", "PER"), ("envoy", "GOV"), ("Chile", "CHL")]
    assert ("CHL", "PER", "11") in dyads(code(nlp, coder, text, actors))


def test_what_a_signed_order_does_happened(nlp):
    doc = nlp("Lula signed an order imposing tariffs on Chilean wine.")
    imposing = next(t for t in doc if t.text == "imposing")
    assert factuality.classify(imposing) is Factuality.ASSERTED
    doc = nlp("Lula issued an order to impose tariffs on Chilean wine.")
    impose = next(t for t in doc if t.text == "impose")
    assert factuality.classify(impose) is Factuality.HYPOTHETICAL


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("No Western government has recognised the junta.", "recognised", Factuality.NEGATED),
        ("None of the parties signed the deal.", "signed", Factuality.NEGATED),
        ("Peru's willingness to normalise ties is in doubt.", "normalise", Factuality.HYPOTHETICAL),
        ("Peru banned investment in Chilean firms.", "investment", Factuality.NEGATED),
    ],
)
def test_acts_of_no_one_wished_or_banned_did_not_happen(nlp, text, word, expected):
    doc = nlp(text)
    assert factuality.classify(next(t for t in doc if t.text == word)) is expected


def test_an_act_a_verb_names_happened(nlp):
    doc = nlp("Kyiv called Russia's downing of a Ukrainian plane a crime.")
    downing = next(t for t in doc if t.text == "downing")
    assert factuality.classify(downing) is Factuality.ASSERTED
    doc = nlp("Kyiv called on Russia to halt its attack on Ukraine.")
    attack = next(t for t in doc if t.text == "attack")
    assert factuality.classify(attack) is Factuality.HYPOTHETICAL


def test_a_denial_of_one_s_own_act_is_about_the_other_actor_it_names(nlp, coder):
    text = "Lima denied that Peru had interfered in Chile's election."
    actors = [("Lima", "PERGOV", "capital"), ("Peru", "PER"), ("Chile", "CHL")]
    assert ("PERGOV", "CHL", "01") in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru fired missiles at a base in Bolivia on Monday, a strike that Chile condemned "
            "as a flagrant violation of its sovereignty.",
            ("CHL", "PER", "11"),
        ),
        (
            "Two Peruvian bombers landed in Bolivia on Monday, a deployment Chilean President "
            "Gabriel Boric condemned as a waste of money.",
            ("CHLGOV", "PERMIL", "11"),
        ),
    ],
)
def test_a_comment_on_an_act_named_by_its_noun_is_aimed_at_its_doer(nlp, coder, text, expected):
    names = [("Peruvian bombers", "PERMIL"), ("Peru", "PER"), ("Bolivia", "BOL")]
    names += [("Chilean President Gabriel Boric", "CHLGOV"), ("Chile", "CHL")]
    actors = [(n, actor) for n, actor in names if re.search(rf"\b{n}\b", text)]
    assert expected in dyads(code(nlp, coder, text, actors))


def test_a_rebuke_after_a_relative_clause_answers_the_clause_above_it(nlp, coder):
    text = (
        "Peru vetoed a draft resolution on Tuesday that would have threatened Bolivia with "
        "sanctions, drawing sharp criticism from Chile."
    )
    actors = [("Peru", "PER"), ("Bolivia", "BOL"), ("Chile", "CHL")]
    rebukes = [e for e in code(nlp, coder, text, actors) if e.root == "11"]
    assert [(_codes(e), e.factuality) for e in rebukes] == [(("CHL", "PER"), Factuality.ASSERTED)]


@pytest.mark.parametrize(
    "text",
    [
        "Peru designated the Chilean guards a foreign terrorist organisation on Monday.",
        "Peru declared the Chilean guards a terrorist organisation on Monday.",
        "Peru listed the Chilean guards as a terrorist entity on Monday.",
    ],
)
def test_designating_a_group_a_terrorist_organisation_sanctions_it(nlp, coder, text):
    actors = [("Peru", "PER"), ("Chilean guards", "CHLMIL")]
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "CHLMIL", "16")}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Egypt's army-backed government declared the Muslim Brotherhood a terrorist "
            "organisation on Wednesday, a day after a car bomb killed 12 people in Cairo.",
            [("Egypt's army-backed government", "EGYGOV"), ("Muslim Brotherhood", "EGYOPP")],
        ),
        (
            "Peru's army-backed government declared the Chilean Brotherhood a terrorist "
            "organisation on Wednesday, a day after a suicide car bomb killed 16 people at a "
            "police headquarters.",
            [("Peru's army-backed government", "PERGOV"), ("Chilean Brotherhood", "CHLOPP")],
        ),
    ],
)
def test_a_terrorist_designation_the_parser_hung_elsewhere_still_sanctions(
    nlp, coder, text, actors
):
    designations = [e for e in code(nlp, coder, text, actors) if e.root == "16"]
    assert [_codes(e) for e in designations] == [(actors[0][1], actors[1][1])]


def test_the_parties_a_brokered_truce_is_between_are_the_mediated(nlp, coder):
    text = "A truce between Peru and Chile brokered by Bolivia and Ecuador took effect on Monday."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL"), ("Ecuador", "ECU")]
    mediations = {_codes(e) for e in code(nlp, coder, text, actors) if e.root == "04"}
    assert mediations == {("BOL", "PER"), ("BOL", "CHL"), ("ECU", "PER"), ("ECU", "CHL")}


def test_a_broker_glued_to_its_participle_by_initials_is_no_party(nlp, coder):
    text = "Peru and Chile signed a U.S.-brokered peace agreement on Friday."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("U.S.", "USA")]
    signed = {_codes(e) for e in code(nlp, coder, text, actors) if e.root == "05"}
    assert signed == {("PER", "CHL"), ("CHL", "PER")}


def test_a_named_body_a_country_owns_is_the_target_not_its_owner(nlp, coder):
    text = "Chile accused Peru's DINI military intelligence agency of spying on its navy."
    actors = [("Chile", "CHL"), ("Peru", "PER"), ("DINI military intelligence", "PERSPY")]
    accused = {_codes(e) for e in code(nlp, coder, text, actors) if e.root == "11"}
    assert accused == {("CHL", "PERSPY")}


def test_an_attack_claimed_after_a_comma_is_claimed_against_its_victims(nlp, coder):
    text = (
        "A bomber rammed a car into a convoy of Peruvian police on Thursday, in an attack "
        "claimed by the militant group Sendero."
    )
    actors = [("bomber", "UAF"), ("Peruvian police", "PERCOP"), ("Sendero", "PERINS")]
    claims = {_codes(e) for e in code(nlp, coder, text, actors) if e.root == "01"}
    assert claims == {("PERINS", "PERCOP")}


def test_the_recipient_of_an_agreed_loan_is_its_target(nlp, coder):
    text = "Peru and Chile agreed on Sunday to lend Bolivia 110 billion euros over three years."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL")]
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "BOL", "03"), ("CHL", "BOL", "03")}


def test_a_denial_with_no_target_answers_who_accused_the_denier(nlp, coder):
    text = "Peru accused Chile of spying on Monday, and the Chilean navy denied any wrongdoing."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Chilean navy", "CHLMIL")]
    denials = {_codes(e) for e in code(nlp, coder, text, actors) if e.cameo == "016"}
    assert denials == {("CHLMIL", "PER")}
    text = "Chile denied any wrongdoing on Monday."
    assert not [e for e in code(nlp, coder, text, [("Chile", "CHL")]) if e.cameo == "016"]


def test_an_object_named_by_its_apposition_matches_the_pattern(nlp, coder):
    text = "Peru's Supreme Court dissolved the main opposition Peruvian National Party on Thursday."
    actors = [("Peru's Supreme Court", "PERJUD"), ("Peruvian National Party", "PEROPP")]
    events = code(nlp, coder, text, actors)
    assert [(e.cameo, _codes(e)) for e in events] == [("1722", ("PERJUD", "PEROPP"))]


def test_a_dollar_sum_in_aid_is_the_aid(nlp, coder):
    text = "The United States suspended $700 million in emergency assistance to Peru on Monday."
    actors = [("United States", "USA"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("USA", "PER", "16")}


def test_an_act_offered_after_a_date_is_still_to_come(nlp, coder):
    text = "Chile offered on Sunday to host a meeting between Peru and Bolivia in Santiago."
    actors = [("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL")]
    meetings = [e for e in code(nlp, coder, text, actors) if e.root == "04"]
    assert meetings and all(e.factuality is Factuality.FUTURE for e in meetings)
    text = "Chile vowed on Thursday to take measures and urged Peru to stop its actions."
    actors = [("Chile", "CHL"), ("Peru", "PER")]
    urged = [e for e in code(nlp, coder, text, actors) if e.root == "02"]
    assert urged and all(e.factuality is Factuality.ASSERTED for e in urged)


def test_a_finite_verb_joined_to_an_infinitive_is_the_main_subject_s(nlp, coder):
    text = (
        "In a speech on Thursday, Chile called on Peru to halt construction in the "
        "border zone and urged Bolivians to abandon violence."
    )
    actors = [("Chile", "CHL"), ("Peru", "PER"), ("Bolivians", "BOL")]
    appeals = {(_codes(e), e.factuality) for e in code(nlp, coder, text, actors) if e.root == "02"}
    assert appeals == {(("CHL", "PER"), Factuality.ASSERTED), (("CHL", "BOL"), Factuality.ASSERTED)}


def test_tariffs_on_goods_imported_from_a_country_hit_it(nlp, coder):
    text = "Washington imposed tariffs on goods imported from Peru."
    actors = [("Washington", "USAGOV"), ("Peru", "PER")]
    assert dyads(code(nlp, coder, text, actors)) == {("USAGOV", "PER", "16")}


def test_the_allies_of_a_leader_are_not_the_leader(nlp, coder):
    text = (
        "Peru and Chile, the main allies of Bolivian President Luis Arce, and Ecuador, which "
        "backs some rebel groups, signed a memorandum in Lima on Thursday to set up four "
        "zones along the border."
    )
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivian President Luis Arce", "BOLGOV")]
    actors += [("Ecuador", "ECU")]
    signed = {_codes(e) for e in code(nlp, coder, text, actors) if e.root == "05"}
    assert signed == {
        (a, b) for a in ("PER", "CHL", "ECU") for b in ("PER", "CHL", "ECU") if a != b
    }


def test_a_place_in_what_parties_sign_is_not_their_partner(nlp, coder):
    text = "Peru and Chile signed an agreement on Thursday to set up zones in Bolivia."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL")]
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "CHL", "05"), ("CHL", "PER", "05")}


def test_a_section_of_a_charity_is_the_charity(nlp, coder):
    text = "Peru accused the Dutch section of Doctors Without Borders of spreading lies."
    actors = [("Peru", "PER"), ("Dutch", "NLD"), ("Doctors Without Borders", "NGO")]
    assert dyads(code(nlp, coder, text, actors)) == {("PER", "NGO", "11")}


def test_allies_firing_at_a_thing_do_not_fight_each_other(nlp, coder):
    text = "Peruvian and Chilean forces fired missiles to sink an old vessel on Wednesday."
    actors = [("Peruvian", "PERMIL"), ("Chilean forces", "CHLMIL")]
    assert not [e for e in code(nlp, coder, text, actors) if e.root == "19" and e.target]
    text = "Peruvian and Chilean troops exchanged fire overnight."
    actors = [("Peruvian", "PERMIL"), ("Chilean troops", "CHLMIL")]
    assert dyads(code(nlp, coder, text, actors)) == {
        ("PERMIL", "CHLMIL", "19"),
        ("CHLMIL", "PERMIL", "19"),
    }


def test_criticism_an_act_draws_in_a_relative_clause_is_aimed_at_its_doers(nlp, coder):
    text = (
        "Peruvian and Chilean forces fired missiles on Wednesday during their largest joint "
        "exercises, which drew sharp criticism from Bolivia."
    )
    actors = [("Peruvian", "PERMIL"), ("Chilean forces", "CHLMIL"), ("Bolivia", "BOL")]
    rebukes = {_codes(e) for e in code(nlp, coder, text, actors) if e.root == "11"}
    assert rebukes == {("BOL", "PERMIL"), ("BOL", "CHLMIL")}


@pytest.mark.parametrize(
    "text",
    [
        "A Lima court convicted 14 Chilean activists of spying on Thursday, and Bolivia "
        "condemned the verdicts.",
        "After a Lima court convicted 14 Chilean activists of spying, Bolivia condemned the "
        "verdicts.",
        "A Lima court barred 14 Chilean activists from exports on Thursday, and Bolivia "
        "denounced the curbs as unjust.",
    ],
)
def test_criticism_of_an_act_named_by_a_definite_noun_is_aimed_at_its_doer(nlp, coder, text):
    actors = [("Lima court", "PERJUD"), ("Chilean activists", "CHLOPP"), ("Bolivia", "BOL")]
    assert ("BOL", "PERJUD", "11") in dyads(code(nlp, coder, text, actors))


def test_criticism_of_a_noun_is_not_aimed_at_an_act_with_another_clause_between(nlp, coder):
    text = (
        "Peruvian jets shot down drones that crossed into Peru from Chile, and Bolivia "
        "condemned the incursion."
    )
    actors = [("Peruvian jets", "PERMIL"), ("Chile", "CHL"), ("Bolivia", "BOL")]
    assert not [e for e in code(nlp, coder, text, actors) if e.root == "11" and e.target]


def test_a_denied_accusation_is_aimed_at_the_accuser_not_at_the_main_clause(nlp, coder):
    text = (
        "Peruvian jets struck rebel camps overnight, a week after Lima blamed the Shining "
        "Path for a bombing, an accusation the group denied."
    )
    actors = [
        ("Peruvian jets", "PERMIL"),
        ("rebel camps", "PERREB"),
        ("Lima", "PERGOV"),
        ("Shining Path", "PERINS"),
        ("the group", "PERINS"),
    ]
    denials = {_codes(e) for e in code(nlp, coder, text, actors) if e.cameo == "016"}
    assert denials == {("PERINS", "PERGOV")}


def test_a_relative_clause_in_the_past_tagged_as_a_participle_tells_its_own_act(nlp, coder):
    text = (
        "Bolivia denied any role in the raid, which Peru and the United States blamed on "
        "Bolivian troops."
    )
    actors = [("Bolivia", "BOL"), ("Peru", "PER"), ("United States", "USA")]
    actors.append(("Bolivian troops", "BOLMIL"))
    blames = [e for e in code(nlp, coder, text, actors) if e.root == "11"]
    assert {_codes(e) for e in blames} == {("PER", "BOLMIL"), ("USA", "BOLMIL")}
    assert all(e.factuality is Factuality.ASSERTED for e in blames)


def test_praise_in_a_comment_whose_clause_the_parse_lost_is_aimed_at_the_act(nlp, coder):
    text = (
        "Peruvian President Dina Boluarte granted protection to nearly 1 million Venezuelan "
        "migrants, a move U.N. refugee chief Filippo Grandi hailed as a model for the region."
    )
    actors = [
        ("Peruvian President Dina Boluarte", "PERGOV"),
        ("Venezuelan migrants", "VENREF"),
        ("U.N. refugee chief Filippo Grandi", "IGOUNO"),
    ]
    assert ("IGOUNO", "PERGOV", "05") in dyads(code(nlp, coder, text, actors))


def test_an_act_answered_that_names_whom_it_hit_is_no_act_on_the_answerer(nlp, coder):
    text = (
        "Peruvian warships struck Chilean rebel targets in retaliation for the rebels' "
        "attacks on Pacific shipping."
    )
    actors = [("Peruvian warships", "PERMIL"), ("Chilean rebel targets", "CHLREB")]
    actors.append(("rebels'", "CHLREB"))
    assert ("CHLREB", "PERMIL", "19") not in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    "text",
    [
        "Chile imposed sanctions on Peru's state oil company on Monday, and Lima called the "
        "measures robbery.",
        "Chile cut its gas exports to Peru by half on Monday, and Lima called the decision "
        "shortsighted.",
    ],
)
def test_naming_an_earlier_act_with_abuse_is_aimed_at_its_doer(nlp, coder, text):
    actors = [("Chile", "CHL"), ("Peru's state oil company", "PERBUS"), ("Lima", "PERGOV")]
    if "state oil" not in text:
        actors = [("Chile", "CHL"), ("Peru", "PER"), ("Lima", "PERGOV")]
    assert ("PERGOV", "CHL", "11") in dyads(code(nlp, coder, text, actors))


def test_foreign_people_are_not_placed_in_the_sentences_country(nlp, coder):
    actors = [("Peru", "PER"), ("foreign journalists", "MED")]
    assert dyads(code(nlp, coder, "Peru barred foreign journalists.", actors)) == {
        ("PER", "MED", "17")
    }
    actors = [("Peru", "PER"), ("journalists", "MED")]
    assert dyads(code(nlp, coder, "Peru barred journalists.", actors)) == {("PER", "PERMED", "17")}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Peru's electoral council declared Chilean candidate Jara the winner.",
            [("Peru's electoral council", "PERGOV"), ("Chilean candidate Jara", "CHLOPP")],
        ),
        ("The UN declared Peru free of cholera on Monday.", [("UN", "IGOUNO"), ("Peru", "PER")]),
    ],
)
def test_declaring_what_someone_is_is_no_statement_to_them(nlp, coder, text, actors):
    assert not [e for e in code(nlp, coder, text, actors) if e.root == "01"]


def test_a_declaration_with_a_clause_is_a_statement(nlp, coder):
    text = "The Peruvian junta declared to Chile that elections would be held next year."
    actors = [("Peruvian junta", "PERMIL"), ("Chile", "CHL")]
    assert ("PERMIL", "CHL", "01") in dyads(code(nlp, coder, text, actors))


def test_units_arriving_abroad_are_deployed_not_visiting(nlp, coder):
    text = "Peruvian police officers arrived in Bolivia on Tuesday to lead a mission."
    actors = [("Peruvian police officers", "PERCOP", "group"), ("Bolivia", "BOL")]
    assert not [e for e in code(nlp, coder, text, actors) if e.root == "04"]
    text = "Peruvian police chief Juan Perez arrived in Bolivia on Tuesday."
    actors = [("Peruvian police chief Juan Perez", "PERCOP", "person"), ("Bolivia", "BOL")]
    assert ("PERCOP", "BOL", "04") in dyads(code(nlp, coder, text, actors))
    text = "A Peruvian navy frigate arrived in Chile on Tuesday."  # a port call
    actors = [("Peruvian navy frigate", "PERMIL", "group"), ("Chile", "CHL")]
    assert ("PERMIL", "CHL", "04") in dyads(code(nlp, coder, text, actors))


def test_a_journey_is_no_visit_to_where_it_came_from(nlp, coder):
    text = "Chilean President Gabriel Boric flew home from Bolivia on Sunday."
    actors = [("Chilean President Gabriel Boric", "CHLGOV"), ("Bolivia", "BOL")]
    assert ("CHLGOV", "BOL", "04") not in dyads(code(nlp, coder, text, actors))


def test_a_relative_clause_under_an_accusation_tells_its_own_act(nlp, coder):
    text = "Peru accused Chile of sponsoring the gunmen who attacked police in Lima."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("gunmen", "UAF"), ("police", "PERCOP")]
    attacks = [e for e in code(nlp, coder, text, actors) if e.root == "18"]
    assert [(_codes(e), e.factuality) for e in attacks] == [
        (("UAF", "PERCOP"), Factuality.ASSERTED)
    ]


def test_a_state_makes_no_pledge_to_itself(nlp, coder):
    text = "Peru's president pledged that Lima would do whatever is necessary to help Bolivia."
    actors = [("Peru's president", "PERGOV"), ("Lima", "PERGOV"), ("Bolivia", "BOL")]
    assert not [
        e for e in code(nlp, coder, text, actors) if e.target and e.target.actor.code == "PERGOV"
    ]
    text = "Lima's leader offered Peru's help to Bolivia."
    actors = [("Lima's leader", "PERGOV"), ("Peru", "PER"), ("Bolivia", "BOL")]
    assert ("PERGOV", "PER", "03") not in dyads(code(nlp, coder, text, actors))


def test_a_particle_makes_another_verb_of_call(nlp, coder):
    text = "The Peruvian rebel chief called off his fighters' advance on Lima on Saturday."
    actors = [("Peruvian rebel chief", "PERREB"), ("Lima", "PERGOV")]
    assert not [e for e in code(nlp, coder, text, actors) if e.root == "02"]


def test_words_of_harm_about_an_act_criticise_its_doer(nlp, coder):
    text = "Chile's congress passed a law on Thursday, a move Lima said was poisoning relations."
    actors = [("Chile's congress", "CHLLEG"), ("Lima", "PERGOV")]
    assert ("PERGOV", "CHLLEG", "11") in dyads(code(nlp, coder, text, actors))
    text = "Chile's congress passed a law on Thursday, a move Lima said was expected."
    assert ("PERGOV", "CHLLEG", "01") in dyads(code(nlp, coder, text, actors))


def test_a_comment_whose_subject_the_parser_made_an_apposition_is_still_a_comment(nlp, coder):
    text = (
        "Chile cut off gas supplies to Peru and Bolivia on Wednesday in a row over payment in "
        "pesos, a move European Commission President Ursula von der Leyen called blackmail."
    )
    actors = [("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL")]
    actors.append(("European Commission President Ursula von der Leyen", "IGOEUREEC"))
    assert ("IGOEUREEC", "CHL", "11") in dyads(code(nlp, coder, text, actors))


def test_criticism_of_a_coup_named_by_a_definite_noun_is_aimed_at_the_plotters(nlp, coder):
    text = (
        "Peruvian soldiers seized President Ramos at his home on Sunday and flew him to "
        "Chile, and Bolivia condemned the coup."
    )
    actors = [("Peruvian soldiers", "PERMIL"), ("President Ramos", "PERGOV"), ("Bolivia", "BOL")]
    assert ("BOL", "PERMIL", "11") in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Peru's army seized power on Thursday.", [("Peru's army", "PERMIL")]),
        ("The army seized power in Peru on Thursday.", [("army", "MIL"), ("Peru", "PER")]),
        ("Peruvian officers staged a coup on Thursday.", [("Peruvian officers", "PERMIL")]),
    ],
)
def test_seizing_power_overthrows_the_government_of_the_country(nlp, coder, text, actors):
    assert dyads(code(nlp, coder, text, actors)) == {("PERMIL", "PERGOV", "17")}


def test_a_government_that_seized_power_long_ago_makes_no_coup(nlp, coder):
    text = "Peru's junta has set no date for elections, two years after it seized power."
    actors = [("Peru's junta", "PERGOV"), ("it", "PERGOV", "pronoun")]
    assert not [e for e in code(nlp, coder, text, actors) if e.root == "17"]


@pytest.mark.parametrize("verb", ["overthrew", "toppled", "deposed", "ousted"])
def test_a_coup_names_the_overthrown(nlp, coder, verb):
    text = f"Peruvian soldiers {verb} President Ramos on Tuesday."
    actors = [("Peruvian soldiers", "PERMIL"), ("President Ramos", "PERGOV", "person")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERMIL", "PERGOV", "17")}


def test_no_one_overthrows_himself(nlp, coder):
    text = (  # the parser makes "Ramos" the subject of "toppled"
        "President Ramos on Thursday shortened by one hour the nightly curfew imposed in Peru "
        "after a June 30 coup toppled the civilian government."
    )
    actors = [("President Ramos", "PERGOV", "person"), ("civilian government", "PERGOV")]
    assert not [e for e in code(nlp, coder, text, actors) if e.root == "17"]


@pytest.mark.parametrize("verb", ["blocked", "restricted"])
def test_cutting_off_access_to_the_press_restricts_its_freedom(nlp, coder, verb):
    text = f"Peru {verb} access to Radio Lima on Friday."
    actors = [("Peru", "PER"), ("Radio Lima", "PERMED", "organisation")]
    [event] = code(nlp, coder, text, actors)
    assert (_codes(event), event.cameo) == (("PER", "PERMED"), "1721")
    text = f"The army {verb} access to the besieged town of Tumbes."
    actors = [("army", "PERMIL"), ("Tumbes", "PER", "place")]
    assert {e.cameo for e in code(nlp, coder, text, actors)} <= {"191"}


def test_a_foreign_firm_does_not_unsettle_the_country_of_the_sentence(nlp, coder):
    text = "Peruvian regulators blocked access to Chatter after the army detained students."
    actors = [
        ("Peruvian regulators", "PERGOV"),
        ("Chatter", "USABUSMED", "organisation"),
        ("army", "MIL", "group"),
        ("students", "EDU", "group"),
    ]
    assert ("PERMIL", "PEREDU", "17") in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    ("source", "code_", "cameo"),
    [("Peruvian gunmen", "PERUAF", "181"), ("Peruvian police", "PERCOP", "173")],
)
def test_seizing_people_is_abduction_or_arrest(nlp, coder, source, code_, cameo):
    text = f"{source} seized three Chilean tourists near the border on Tuesday."
    actors = [(source, code_), ("Chilean tourists", "CHLCVL", "group")]
    [event] = code(nlp, coder, text, actors)
    assert (_codes(event), event.cameo) == ((code_, "CHLCVL"), cameo)
    text = f"{source} seized a Chilean tanker near the border on Tuesday."
    actors = [(source, code_), ("Chilean tanker", "CHLBUS", "group")]
    assert {e.cameo for e in code(nlp, coder, text, actors)} == {"1711"}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "President Ramos pledged a loan to Chile at talks in Cusco with President Boric.",
            [
                ("President Ramos", "PERGOV", "person"),
                ("Chile", "CHL"),
                ("President Boric", "CHLGOV", "person"),
            ],
            {("PERGOV", "CHLGOV"), ("CHLGOV", "PERGOV")},
        ),
        (
            "Minister Vidal told Minister Soto during talks in Lima that trade came first.",
            [("Minister Vidal", "PERGOV", "person"), ("Minister Soto", "CHLGOV", "person")],
            {("PERGOV", "CHLGOV"), ("CHLGOV", "PERGOV")},
        ),
    ],
)
def test_a_meeting_on_whose_occasion_a_leader_acts_is_his(nlp, coder, text, actors, expected):
    meetings = {_codes(e) for e in code(nlp, coder, text, actors) if e.root == "04"}
    assert meetings == expected


def test_no_meeting_of_a_state_or_of_a_verb_of_meeting_on_occasion(nlp, coder):
    text = "Peru shelled Chilean positions during talks in Lima with President Boric."
    actors = [
        ("Peru", "PER"),
        ("Chilean positions", "CHLMIL"),
        ("President Boric", "CHLGOV", "person"),
    ]
    assert not [e for e in code(nlp, coder, text, actors) if e.root == "04"]
    text = "President Ramos will meet President Boric during a visit to Chile on Sunday."
    actors = [
        ("President Ramos", "PERGOV", "person"),
        ("President Boric", "CHLGOV", "person"),
        ("Chile", "CHL"),
    ]
    assert not [e for e in code(nlp, coder, text, actors) if e.cameo.startswith("042")]


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile restored diplomatic relations on Monday after talks in Quito.",
        "Peru and Chile agreed on a prisoner swap on Monday after six hours of talks in Quito.",
        "Peru accepted tough new demands on Monday after 17 hours of talks with Chile in Quito.",
    ],
)
def test_states_acting_after_talks_held_them(nlp, coder, text):
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Quito", "ECU")]
    meetings = {_codes(e) for e in code(nlp, coder, text, actors) if e.root == "04"}
    assert meetings == {("PER", "CHL"), ("CHL", "PER")}


def test_states_acting_at_a_summit_are_not_said_to_meet_each_other(nlp, coder):
    text = "Peru, Chile and Bolivia signed a trade pact on Monday at a summit hosted by Ecuador."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL"), ("Ecuador", "ECU")]
    meetings = {_codes(e) for e in code(nlp, coder, text, actors) if e.root == "04"}
    assert not {pair for pair in meetings if "ECU" not in pair}


@pytest.mark.parametrize(
    "text",
    [
        "President Ramos, on a state visit to Chile, thanked President Boric for his help.",
        "President Ramos, on a visit to Chile, agreed with President Boric to set up a hotline.",
        "President Ramos, on a visit to Chile, was received by President Boric in Santiago.",
        "President Ramos cut short a visit to Chile on Sunday.",
    ],
)
def test_a_journey_someone_is_on_or_cuts_short_is_his_visit(nlp, coder, text):
    actors = [
        ("President Ramos", "PERGOV", "person"),
        ("President Boric", "CHLGOV", "person"),
        ("Chile", "CHL"),
    ]
    actors = [actor for actor in actors if actor[0] in text]
    visits = [e for e in code(nlp, coder, text, actors) if e.cameo == "042"]
    assert [(_codes(e), e.factuality) for e in visits] == [(("PERGOV", "CHL"), Factuality.ASSERTED)]


def test_a_gerund_after_a_preposition_of_time_shares_the_verbs_subject(nlp, coder):
    text = "Peru blew up the border post on Tuesday, days after threatening to cut ties with Chile."
    actors = [("Peru", "PER"), ("Chile", "CHL")]
    assert ("PER", "CHL", "13") in dyads(code(nlp, coder, text, actors))


@pytest.mark.parametrize(
    "text",
    [
        "A Lima court found 14 Chilean activists guilty of spying on Thursday.",
        "A Lima jury found Chilean activist Ana Soto guilty on Tuesday of spying.",
    ],
)
def test_finding_guilty_is_a_verdict_and_not_guilty_none(nlp, coder, text):
    activist = "Chilean activists" if "activists" in text else "Chilean activist Ana Soto"
    actors = [(text.split(" found")[0][2:], "PERJUD"), (activist, "CHLOPP")]
    assert dyads(code(nlp, coder, text, actors)) == {("PERJUD", "CHLOPP", "11")}
    acquitted = text.replace("guilty", "not guilty")
    assert not code(nlp, coder, acquitted, actors)


def test_protesters_of_no_country_at_no_one_are_the_sentences_country(nlp, coder):
    text = "President Ramos resigned as Peru's leader on Monday as thousands of protesters marched on his residence."
    actors = [
        ("President Ramos", "PERGOV", "person"),
        ("Peru", "PER", "country"),
        ("protesters", "OPPCVL", "group"),
    ]
    protests = {_codes(e) for e in code(nlp, coder, text, actors) if e.root == "14"}
    assert protests == {("PEROPP", "PERGOV")}


def test_seizing_a_capital_is_occupying_territory(nlp, coder):
    text = "Peruvian rebels seized Lima on Sunday."
    actors = [("Peruvian rebels", "PERREB"), ("Lima", "PERGOV", "capital")]
    [event] = code(nlp, coder, text, actors)
    assert (_codes(event), event.cameo) == (("PERREB", "PER"), "192")


def test_forcing_ones_way_coerces_no_one(nlp, coder):
    text = "Peruvian migrants forced their way across the border into Chile on Friday."
    actors = [("Peruvian migrants", "PERREF"), ("Chile", "CHL")]
    assert not [e for e in code(nlp, coder, text, actors) if e.root == "17"]
    text = "The regime forced Chilean activists into silence."
    actors = [("regime", "PERGOV"), ("Chilean activists", "CHLOPP")]
    assert ("PERGOV", "CHLOPP", "17") in dyads(code(nlp, coder, text, actors))


def test_a_crowd_defying_a_ban_protests(nlp, coder):
    text = "Thousands of Peruvian protesters defied a ban on gatherings in Lima on Sunday."
    actors = [("Peruvian protesters", "PEROPP", "group"), ("Lima", "PERGOV", "capital")]
    assert {e.cameo for e in code(nlp, coder, text, actors)} == {"140"}
    text = "Peru defied a Chilean ban on fishing in the bay on Sunday."
    actors = [("Peru", "PER", "country"), ("Chilean", "CHL", "demonym")]
    assert {e.cameo for e in code(nlp, coder, text, actors)} == {"128"}


def test_protesters_attacking_an_embassy_riot(nlp, coder):
    text = "Peruvian protesters attacked the Chilean embassy in Lima on Tuesday."
    actors = [("Peruvian protesters", "PEROPP", "group"), ("Chilean embassy", "CHLGOV", "group")]
    assert {e.cameo for e in code(nlp, coder, text, actors) if e.target} == {"145"}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "Amnesty demanded that Peru free the reporter, who was detained by Peruvian police in Lima.",
            [("Amnesty", "NGO", "organisation"), ("Peru", "PER", "country"), ("reporter", "CHLMED", "group"), ("Peruvian police", "PERCOP", "group")],
            ("PERCOP", "CHLMED", "173"),
        ),
        (
            "Chile demanded an account of the raid in which Peruvian police detained two Chilean fishermen.",
            [("Chile", "CHL", "country"), ("Peruvian police", "PERCOP", "group"), ("Chilean fishermen", "CHLAGR", "group")],
            ("PERCOP", "CHLAGR", "173"),
        ),
    ],
)  # fmt: skip
def test_a_past_relative_clause_under_a_demand_tells_its_own_act(
    nlp, coder, text, actors, expected
):
    events = code(nlp, coder, text, actors)
    found = {(*_codes(e), e.cameo): e.factuality for e in events}
    assert found[expected] is Factuality.ASSERTED


def test_a_present_perfect_relative_clause_under_a_wish_stays_hypothetical(nlp, coder):
    text = "Peru hopes Chile will help Bolivia, which has been isolated by Argentina."
    actors = [("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL"), ("Argentina", "ARG")]
    isolated = [e for e in code(nlp, coder, text, actors) if _codes(e) == ("ARG", "BOL")]
    assert all(e.factuality is not Factuality.ASSERTED for e in isolated)


def test_capturing_a_named_person_whose_name_is_split_is_an_arrest(nlp, coder):
    text = "Peruvian marines captured cartel boss Juan 'El Loco' Ramos in a raid."
    actors = [("Peruvian marines", "PERMIL", "group"), ("El Loco", "PERCRM", "person")]
    assert {e.cameo for e in code(nlp, coder, text, actors)} == {"173"}


def test_a_verb_whose_preposition_is_stranded_shares_the_next_verbs_object(nlp, coder):
    text = "Peruvian patrol boats fired on and seized two Chilean navy vessels on Sunday."
    actors = [
        ("Peruvian patrol boats", "PERMIL", "group"),
        ("Chilean navy vessels", "CHLMIL", "group"),
    ]
    found = {(*_codes(e), e.root) for e in code(nlp, coder, text, actors)}
    assert ("PERMIL", "CHLMIL", "19") in found


def test_hostages_exchanged_through_a_group_of_them_are_released_both_ways(nlp, coder):
    text = "Peru and the rebels exchanged a second group of hostages and prisoners on Monday."
    actors = [("Peru", "PER", "country"), ("rebels", "PERREB", "group")]
    found = {(*_codes(e), e.cameo) for e in code(nlp, coder, text, actors)}
    assert found == {("PER", "PERREB", "0841"), ("PERREB", "PER", "0841")}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The rebels freed four Chilean hostages on Saturday in exchange for 20 prisoners held by Peru.", ("Peru", "PER", "country")),
        ("The rebels freed four Chilean hostages in exchange for five of the group's commanders held by the Peruvian government.", ("Peruvian government", "PERGOV", "group")),
    ],
)  # fmt: skip
def test_a_release_in_exchange_for_people_held_is_the_holders_release_too(nlp, coder, text, holder):
    actors = [("rebels", "PERREB", "group"), ("Chilean hostages", "CHLCVL", "group"), holder]
    found = {(*_codes(e), e.cameo) for e in code(nlp, coder, text, actors)}
    assert {("PERREB", "CHLCVL", "0841"), (holder[1], "PERREB", "0841")} <= found


def test_a_release_in_exchange_for_no_one_held_is_one_release(nlp, coder):
    text = "The rebels freed four Chilean hostages in exchange for a ransom paid by Peru."
    actors = [
        ("rebels", "PERREB", "group"),
        ("Chilean hostages", "CHLCVL", "group"),
        ("Peru", "PER"),
    ]
    found = {(*_codes(e), e.cameo) for e in code(nlp, coder, text, actors)}
    assert found == {("PERREB", "CHLCVL", "0841")}


def test_recapturing_people_is_an_arrest_and_overrunning_a_base_an_occupation(nlp, coder):
    text = "Peruvian police recaptured three of the gang members who escaped from prison."
    actors = [("Peruvian police", "PERCOP", "group"), ("gang members", "PERCRM", "group")]
    assert {e.cameo for e in code(nlp, coder, text, actors)} == {"173"}
    text = "Peruvian rebels overran a military base in Cusco on Sunday."
    actors = [("Peruvian rebels", "PERREB", "group"), ("military", "PERMIL", "group")]
    assert {e.cameo for e in code(nlp, coder, text, actors)} == {"192"}


def test_him_is_not_the_one_named_in_an_act_of_a_prepositions_object(nlp, coder):
    text = (
        "Police in Lima arrested a Chilean smuggler wanted for the murder of a judge, "
        "and Peru deported him on Friday."
    )
    actors = [
        ("Police", "PERCOP", "group"),
        ("Chilean smuggler", "CHLCRM", "office"),
        ("judge", "JUD", "office"),
        ("Peru", "PER", "country"),
    ]
    found = {(*_codes(e), e.root) for e in code(nlp, coder, text, actors)}
    assert ("PER", "CHLCRM", "17") in found
    assert not any(target == "JUD" for _, target, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Peru imposed a near-total internet blackout on Sunday.",
        "Peru cut internet access across the country on Saturday.",
    ],
)
def test_a_country_cutting_the_internet_restricts_its_own_people(nlp, coder, text):
    [event] = code(nlp, coder, text, [("Peru", "PER", "country")])
    assert (_codes(event), event.cameo) == (("PER", "PERCVL"), "1721")


def test_a_protest_against_a_thing_built_by_a_firm_is_against_the_firm(nlp, coder):
    text = "Thousands of protesters rallied in Lima on Sunday against a copper mine built by Chile's Andina Corp."
    actors = [
        ("protesters", "PEROPP", "group"),
        ("Lima", "PERGOV", "capital"),
        ("Andina Corp", "CHLBUS", "organisation"),
    ]
    protests = {_codes(e) for e in code(nlp, coder, text, actors) if e.root == "14"}
    assert protests == {("PEROPP", "CHLBUS")}


def test_police_beating_students_repress_them(nlp, coder):
    text = "Peruvian riot police beat protesting students with batons in Lima."
    actors = [("Peruvian riot police", "PERCOP", "group"), ("students", "PEREDU", "group")]
    assert {(*_codes(e), e.cameo) for e in code(nlp, coder, text, actors)} == {
        ("PERCOP", "PEREDU", "175")
    }


def test_the_owner_of_a_named_object_may_be_its_noun_modifier(nlp, coder):
    text = "Peru expelled U.N. nuclear inspectors on Tuesday."
    actors = [("Peru", "PER", "country"), ("U.N.", "IGOUNO", "organisation")]
    [event] = code(nlp, coder, text, actors)
    assert (_codes(event), event.cameo) == (("PER", "IGOUNO"), "1662")


def test_protesters_against_a_bill_protest_a_policy_not_what_the_bill_names(nlp, coder):
    text = "Thousands of Peruvians rallied outside parliament in Lima against the 'foreign agents' bill."
    actors = [
        ("Peruvians", "PEROPP", "demonym"),
        ("parliament", "LEG", "group"),
        ("Lima", "PERGOV", "capital"),
        ("agents", "SPY", "group"),
    ]
    assert {(*_codes(e), e.cameo) for e in code(nlp, coder, text, actors)} == {
        ("PEROPP", "PERLEG", "1412")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Chile ruled out supplying fighter jets to Peru.",
        "Chile ruled out sending troops to Peru.",
    ],
)
def test_an_act_ruled_out_is_negated(nlp, coder, text):
    actors = [("Chile", "CHL", "country"), ("Peru", "PER", "country")]
    acts = [e for e in code(nlp, coder, text, actors) if e.root in ("06", "07", "15")]
    assert acts and all(e.factuality is Factuality.NEGATED for e in acts)


def test_a_participle_of_mediation_after_a_clause_mediates_its_act(nlp, coder):
    text = "Peru and the rebels signed a peace agreement in Lima on Monday, brokered by Chile."
    actors = [
        ("Peru", "PER", "country"),
        ("rebels", "PERREB", "group"),
        ("Chile", "CHL", "country"),
    ]
    mediations = {_codes(e) for e in code(nlp, coder, text, actors) if e.cameo == "045"}
    assert mediations == {("CHL", "PER"), ("CHL", "PERREB")}


def test_states_listed_after_including_are_the_parties_of_a_joint_act(nlp, coder):
    text = (
        "Twelve countries, including Peru, Chile and Bolivia, signed a trade agreement on Sunday."
    )
    actors = [
        ("Peru", "PER", "country"),
        ("Chile", "CHL", "country"),
        ("Bolivia", "BOL", "country"),
    ]
    pairs = {_codes(e) for e in code(nlp, coder, text, actors) if e.root == "05"}
    assert pairs == {(a, b) for a in ("PER", "CHL", "BOL") for b in ("PER", "CHL", "BOL") if a != b}
