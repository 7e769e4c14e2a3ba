"""Each resolution case on hand-written phrases and sentences, against the packaged data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.actors import KnowledgeBase, default_knowledge_base, lookup
from eventwire.actors.petrarch import phrase_of, read_petrarch
from eventwire.actors.plover import to_plover
from eventwire.actors.resolver import find_mentions
from eventwire.datatypes import Actor

PETRARCH_ACTORS = """\
<!-- a test actor dictionary -->
NORTHLAND  [NLX]
+NORTHLANDERS  # a synonym
ALICE_EXAMPLE [NLX]  # default code
\t[NLXGOV 20100101-20141231]
\t[NLXELI >20141231]
"""
PETRARCH_AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
FERRY!PERSON! [~BUS]
PORTMASTER {PORTMASTERS_GENERAL} [~GOVPRT]
HUMAN_RIGHTS_BODY [NGO~]
"""


def code(text: str, on: date | None = None, context: str = "") -> str | None:
    actor = lookup(text, on=on, context=context)
    return actor.code if actor else None


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("Vladimir Putin", date(2010, 6, 1), "RUSGOV"),  # as prime minister
        ("Vladimir Putin", date(2019, 6, 1), "RUSGOV"),  # as president
        ("Angela Merkel", date(2010, 1, 1), "DEUGOV"),
        ("Angela Merkel", date(2022, 1, 10), "DEUELI"),  # out of office: elite
        ("Hashim Thaci", date(2011, 12, 1), "XKXGOV"),
        ("Andrei Kartapolov", date(2021, 1, 1), "RUSGOVMIL"),  # deputy defence minister
        ("Andrei Kartapolov", date(2022, 6, 1), "RUSLEG"),  # then in the Duma
    ],
)
def test_the_same_name_at_two_dates(text: str, on: date, expected: str) -> None:
    assert code(text, on) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Xi", "CHNGOV"),  # a title with a surname
        ("Chairman Kim Jong Un", "PRKGOV"),
        ("Defense Minister Diego Molano", "COLGOVMIL"),  # defence: government and military
        ("a Russian diplomat", "RUSGOV"),  # an unknown person with a national modifier
        ("two Chinese warplanes", "CHNMIL"),
        ("A Belarusian protester", "BLROPPCVL"),
        ("Russia's first deputy prime minister", "RUSGOV"),
        ("Two of the biggest trade unions in Denmark", "DNKLAB"),  # "in" a country
        ("police in Kharkiv", "UKRCOP"),  # a place below the country
        ("Rakhine rebels", "MMRREB"),
        ("Oxford University", "GBREDU"),
        ("Madras High Court", "INDJUD"),
        ("a former CIA official", "USAELI"),  # former: elite
        ("ex-President Lula", "BRAELI"),
        ("Central Intelligence Agency", "USASPY"),  # security services
        ("FSB, Russia's security service", "RUSSPY"),
        ("Mossad", "ISRSPY"),
        ("Xinhua", "CHNGOVMED"),  # state media
        ("the PRI", "MEXPTY"),  # parties
        ("Bharatiya Janata Party", "INDPTY"),
        ("Los Zetas", "MEXCRM"),  # cartels
        ("the Sinaloa Cartel", "MEXCRM"),
        ("FDLR", "RWAREB"),  # armed groups
        ("Abkhazia", "GEOPRE"),  # breakaway states
        ("the EU legislature", "IGOEUREECLEG"),  # a part of an IGO
        ("International Court of Justice", "IGOUNOICJ"),
        ("Pope Francis", "RELCTH"),
        ("the Biden administration", "USAGOV"),  # a person's government
        ("the Saudi-led coalition", "SAUMIL"),
        ("Tigrayan forces", "ETHREB"),  # a people of one country: its forces are rebels
        ("Saudi Crown Prince Mohammed bin Salman", "SAUGOV"),  # not his defence post
    ],
)
def test_phrases(text: str, expected: str) -> None:
    assert code(text, date(2022, 1, 1)) == expected


def test_the_leader_of_a_country_as_of_the_date() -> None:
    def leader(text: str, on: date) -> str:
        actor = lookup(text, on=on)
        return actor.name if actor else ""

    assert leader("the Russian leader", date(2010, 6, 1)) == "Dmitry Medvedev"
    assert leader("the Russian leader", date(2015, 6, 1)) == "Vladimir Putin"
    assert leader("the German leader", date(2010, 1, 1)) == "Angela Merkel"
    assert leader("the Russian president", date(2010, 6, 1)) == "Dmitry Medvedev"


def resolved(text: str, on: date | None = date(2023, 3, 21)) -> list[tuple[str, str, str]]:
    found = find_mentions(text, knowledge=default_knowledge_base(), on=on)
    return [(m.text, m.actor.name if m.actor else "", m.kind) for m in found]


def test_he_and_she_are_the_last_person_mentioned() -> None:
    text = (
        "Chinese President Xi Jinping arrived. He met officials. Later Kim Jong Un came. She left."
    )
    found = [item for item in resolved(text) if item[2] == "pronoun"]
    assert found == [("He", "Xi Jinping", "pronoun"), ("She", "Kim Jong Un", "pronoun")]


def test_he_may_be_the_holder_of_an_office_named_before() -> None:
    text = "Xi Jinping arrived. Sweden's prime minister said he would meet him."
    found = [item for item in resolved(text) if item[0] == "he"]
    assert [name for _, name, _ in found] == ["Sweden"]


def test_a_pronoun_is_no_person_named_again_later_in_its_sentence() -> None:
    text = "Chinese President Xi Jinping spoke with Vladimir Putin. He later met Putin again."
    found = [item for item in resolved(text) if item[2] == "pronoun"]
    assert found == [("He", "Xi Jinping", "pronoun")]


def test_a_pronoun_before_any_person_stays_unresolved() -> None:
    assert [item for item in resolved("He said Russia agreed.") if item[2] == "pronoun"] == []


def test_the_two_leaders_are_the_two_people_mentioned_most() -> None:
    text = (
        "Russian President Vladimir Putin met Chinese President Xi Jinping. Putin smiled. "
        "French President Emmanuel Macron was not there. The two leaders signed a deal."
    )
    pair = [item[1] for item in resolved(text) if item[2] == "compound"]
    assert pair == ["Vladimir Putin", "Xi Jinping"]


def test_the_two_men_are_the_two_people_mentioned_most() -> None:
    text = (
        "Kenyan President William Ruto hosted Nigerian President Bola Tinubu. The two men talked."
    )
    pair = [item[1] for item in resolved(text) if item[2] == "compound"]
    assert pair == ["William Ruto", "Bola Tinubu"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mali left ECOWAS, accusing the bloc of imposing sanctions.", ["IGOECOWAS"]),
        ("Amnesty International said the group had evidence.", ["NGO"]),
        ("Hamas fired rockets. The group of seven condemned it.", []),
        ("Hamas fired rockets. The group's leaders fled.", []),
        ("Hezbollah fired rockets, and Israel blamed the Iran-backed group.", ["LBNINS"]),
        ("Hamas fired rockets, and Egypt urged the Palestinian group to stop.", ["PSEINS"]),
        ("Hezbollah fired rockets, and Egypt urged the Palestinian group to stop.", []),
    ],
)
def test_the_bloc_and_the_group_are_the_last_named(text, expected) -> None:
    found = find_mentions(text, knowledge=default_knowledge_base(), on=date(2023, 1, 1))
    assert [m.actor.code for m in found if m.text.lower().startswith("the ") and m.actor] == (
        expected
    )


def test_the_two_countries_are_the_two_countries_mentioned_most() -> None:
    text = "Russia and China talked; Moscow and Beijing agreed. Both countries signed."
    found = find_mentions(text, knowledge=default_knowledge_base(), on=date(2023, 1, 1))
    pair = [m.actor.code for m in found if m.kind == "compound" and m.actor]
    assert pair == ["RUS", "CHN"]


def test_surnames_after_a_first_full_mention() -> None:
    found = resolved("Kenyan President William Ruto spoke. Ruto said no.", date(2023, 1, 1))
    assert [name for _, name, _ in found] == ["William Ruto", "William Ruto"]


def test_plover_convention() -> None:
    ngo = Actor(code="NGOIRC", sectors=("NGO",))
    assert to_plover(ngo).code == "NGO"
    assert to_plover(Actor(code="IGOUNOICJ", sectors=("IGO", "JUD"))).code == "UNOJUD"
    assert to_plover(Actor(code="IGOEUREECLEG", sectors=("IGO", "LEG"))).code == "EURLEG"
    assert to_plover(Actor(code="IGOIMF", sectors=("IGO",))).code == "IGO"
    assert to_plover(Actor(code="IGOUNO", sectors=("IGO",))).country == "IGO"  # the U.N.
    media = Actor(code="SOMGOVMED", country="SOM", sectors=("GOV", "MED"))
    assert to_plover(media).code == "SOMGOVJRN"
    assert to_plover(Actor(code="AFGINS", country="AFG", sectors=("INS",))).code == "AFGREB"
    protester = Actor(code="GEOOPPCVL", country="GEO", sectors=("OPP", "CVL"))
    assert to_plover(protester).code == "GEOCVLOPP"  # CAMEO's OPP, POLECAT's CVL OPP
    party = Actor(code="GEOOPP", country="GEO", sectors=("OPP",))
    assert to_plover(party).code == "GEOOPP"


def test_petrarch_names_are_written_as_the_press_does() -> None:
    assert phrase_of("PRESIDENT_GEORGE_W._BUSH") == "President George W. Bush"
    assert phrase_of("UNITED_STATES_") == "United States"


@pytest.fixture
def petrarch_kb(tmp_path: Path) -> KnowledgeBase:
    (tmp_path / "test.actors.txt").write_text(PETRARCH_ACTORS, encoding="utf-8")
    (tmp_path / "test.agents.txt").write_text(PETRARCH_AGENTS, encoding="utf-8")
    header = "iso3\tname\taliases\tdemonyms\tcapitals\tleader\n"
    (tmp_path / "countries.tsv").write_text(f"{header}NLX\tNorthlandia\n", encoding="utf-8")
    files = [tmp_path / "countries.tsv", tmp_path / "test.actors.txt", tmp_path / "test.agents.txt"]
    return KnowledgeBase.load(files)


def test_petrarch_actors_with_date_restricted_codes(petrarch_kb: KnowledgeBase) -> None:
    def at(on: date) -> str | None:
        actor = lookup("Alice Example", on=on, knowledge=petrarch_kb)
        return actor.code if actor else None

    assert at(date(2005, 1, 1)) == "NLX"  # the default code
    assert at(date(2012, 1, 1)) == "NLXGOV"
    assert at(date(2016, 1, 1)) == "NLXELI"
    found = lookup("Northlanders", knowledge=petrarch_kb)
    assert found is not None and found.code == "NLX"


def test_a_petrarch_name_with_a_hyphen_is_found_as_the_press_writes_it(tmp_path: Path) -> None:
    (tmp_path / "h.actors.txt").write_text("VALDORIA [VLD]\n+KAR-DUN\n", encoding="utf-8")
    kb = KnowledgeBase.load([tmp_path / "h.actors.txt"])
    for name in ("Kar-dun", "Kar-Dun"):
        assert codes_in(f"It came from {name}.", kb) == [(name, "VLD")]


def test_petrarch_agents_become_roles(petrarch_kb: KnowledgeBase) -> None:
    assert petrarch_kb.roles["ferryman"].sectors == ("BUS",)
    assert petrarch_kb.roles["ferrywoman"].sectors == ("BUS",)
    assert petrarch_kb.roles["portmasters general"].kind == "group"
    assert petrarch_kb.roles["human rights body"].sectors == ("NGO",)
    found = lookup("a Russian portmaster", knowledge=petrarch_kb)
    assert found is not None and found.code == "RUSGOVPRT"


STACKING_ACTORS = """\
VALDORIA [VLD]
+VALDORIAN
THE_LANTERN [VLDGOVMED]
KESTREL_GUILD [VLDKST]
"""
STACKING_AGENTS = """\
MARITIME_COUNCIL [~MAR]
DOCKWORKER [~LAB]
CABINET [~GOV]
REFORMIST [~RFM]
PRESS {} [~MED]
STATE_PAPER [~GOVMED]
HARBOUR_POLICE {} [~COP]
AUTHORITY [~GOV]
RELIEF_CORPS {} [NGO~]
ENVOY [~GOV]
"""


@pytest.fixture
def stacking_kb(tmp_path: Path) -> KnowledgeBase:
    (tmp_path / "s.actors.txt").write_text(STACKING_ACTORS, encoding="utf-8")
    (tmp_path / "s.agents.txt").write_text(STACKING_AGENTS, encoding="utf-8")
    files = [tmp_path / "s.actors.txt", tmp_path / "s.agents.txt"]
    return KnowledgeBase.load(files, base_roles=False)


def codes_in(text: str, kb: KnowledgeBase) -> list[tuple[str, str]]:
    return [(m.text, m.actor.code) for m in find_mentions(text, knowledge=kb) if m.actor]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every agent of the phrase adds its code, in order
        ("Valdorian maritime council dockworkers", "VLDMARLAB"),
        # a dictionary actor with a full code composes too; a code it holds is not added
        ("The Lantern state paper", "VLDGOVMED"),
        ("Kestrel Guild dockworkers", "VLDKSTLAB"),
        ("dockworkers of Kestrel Guild", "VLDKSTLAB"),
        # an agent coded NGO~ goes before the actor's code
        ("Relief Corps Valdoria", "NGOVLD"),
        ("a Relief Corps Valdoria dockworker", "NGOVLDLAB"),
        # agents of no actor stack alone
        ("reformist dockworkers", "RFMLAB"),
    ],
)
def test_petrarch_agents_stack_on_the_actor_of_their_phrase(
    stacking_kb: KnowledgeBase, text: str, expected: str
) -> None:
    assert codes_in(text, stacking_kb) == [(text.removeprefix("a "), expected)]


def test_petrarch_agents_match_only_as_the_dictionary_writes_them(
    stacking_kb: KnowledgeBase,
) -> None:
    assert codes_in("Valdoria's dockworkers", stacking_kb) == [("Valdoria's dockworkers", "VLDLAB")]
    assert codes_in("Valdoria's authorities", stacking_kb)[0][1] == "VLDGOV"  # -y: -ies
    assert codes_in("Valdoria's harbour police", stacking_kb)[0][1] == "VLDCOP"
    # {} makes no plural, and no other plural is guessed
    assert codes_in("Valdoria's harbour polices", stacking_kb) == [("Valdoria", "VLD")]
    assert codes_in("Valdoria's presses", stacking_kb) == [("Valdoria", "VLD")]


def test_coordinated_petrarch_agents_share_the_words_before_them(
    stacking_kb: KnowledgeBase,
) -> None:
    found = codes_in("The Valdorian reformist press and cabinet agreed.", stacking_kb)
    assert [code for _, code in found] == ["VLDRFMMED", "VLDRFMGOV"]


def test_petrarch_agents_that_are_bodies_take_the_place_they_are_in(
    stacking_kb: KnowledgeBase,
) -> None:
    # HARBOUR_POLICE {} is a body, as our "police" is: it takes "in"; an office does not
    assert codes_in("The harbour police in Valdoria said.", stacking_kb) == [
        ("harbour police in Valdoria", "VLDCOP")
    ]
    assert codes_in("The envoy in Valdoria said.", stacking_kb) == [
        ("envoy", "GOV"),
        ("Valdoria", "VLD"),
    ]


def test_former_petrarch_agents_keep_their_actors_code(stacking_kb: KnowledgeBase) -> None:
    # the agents' codes give way to the elite's, after the actor's own code (TABARI's FORMER)
    assert codes_in("former Kestrel Guild dockworkers", stacking_kb) == [
        ("former Kestrel Guild dockworkers", "VLDKSTELI")
    ]
    assert codes_in("former Valdorian dockworkers", stacking_kb) == [
        ("former Valdorian dockworkers", "VLDELI")
    ]


def test_petrarch_agent_lines_say_where_their_code_goes() -> None:
    rows = {row["phrase"]: row for row in read_petrarch(STACKING_AGENTS, "s.txt").rows}
    assert rows["relief corps"]["agent"] == "before"
    assert (rows["dockworkers"]["kind"], rows["dockworkers"]["agent"]) == ("group", "after")
    assert "authorities" in rows and "harbour polices" not in rows and "presses" not in rows


def test_a_petrarch_compound_code_names_each_of_its_actors(tmp_path: Path) -> None:
    (tmp_path / "c.actors.txt").write_text(
        "KRAVIA [KRA]\nVOSTIA [VOS]\nTWIN_MARCHES [KRA/VOSMIL]\n", encoding="utf-8"
    )
    kb = KnowledgeBase.load([tmp_path / "c.actors.txt"])
    found = find_mentions("Twin Marches protested.", knowledge=kb)
    assert [(m.start, m.end, m.actor.code) for m in found if m.actor] == [
        (0, 12, "KRA"),
        (0, 12, "VOSMIL"),
    ]


def test_a_petrarch_name_starting_with_the_is_found_inside_a_sentence(tmp_path: Path) -> None:
    (tmp_path / "t.actors.txt").write_text(
        "THE_NORTHERN_REACH [NRC]\nTHE_GREY_COUNCIL [NRCGOV]\n", encoding="utf-8"
    )
    kb = KnowledgeBase.load([tmp_path / "t.actors.txt"])
    found = find_mentions("Talks with the Northern Reach and the Grey Council.", knowledge=kb)
    assert [(m.text, m.actor.code) for m in found if m.actor] == [
        ("the Northern Reach", "NRC"),
        ("the Grey Council", "NRCGOV"),
    ]
    found = find_mentions("The envoys of the Northern Reach left.", knowledge=kb)
    assert [(m.text, m.actor.code) for m in found if m.actor] == [
        ("envoys of the Northern Reach", "NRCGOV")
    ]


def test_a_petrarch_name_written_with_spaces_lets_words_stand_between(tmp_path: Path) -> None:
    (tmp_path / "g.actors.txt").write_text(
        "VESPERA [VSP]\nVESPERA RADIO [VSPRAD]\nVESPERA_HARBOUR_GUARD [VSPCOP]\n"
        "KNIGHTS OF TALMARCH [KNT]\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load([tmp_path / "g.actors.txt"], base_roles=False)

    def found(text: str) -> list[tuple[str, str]]:
        return [(m.text, m.actor.code) for m in find_mentions(text, knowledge=kb) if m.actor]

    assert found("Vespera state-owned radio said.") == [("Vespera state-owned radio", "VSPRAD")]
    assert found("Vespera's official radio said.") == [("Vespera's official radio", "VSPRAD")]
    assert found("the Knights Errant of Talmarch") == [("Knights Errant of Talmarch", "KNT")]
    # "_" joins adjacent words only
    assert found("Vespera coastal harbour guard") == [("Vespera", "VSP")]
    # the words between stay inside a noun phrase: no verb, function word or comma
    assert found("Vespera bans radio.") == [("Vespera", "VSP")]
    assert found("Vespera said radio was down.") == [("Vespera", "VSP")]
    assert found("Vespera, radio said.") == [("Vespera", "VSP")]


def test_words_a_text_joins_with_underscores_are_a_name(tmp_path: Path) -> None:
    """TABARI and PETRARCH texts write a name's words joined by "_" ("Dol_Amroth")."""
    (tmp_path / "u.actors.txt").write_text("DUKE OF KARVA MOOR [KVM]\n", encoding="utf-8")
    kb = KnowledgeBase.load([tmp_path / "u.actors.txt"])
    found = find_mentions("The Duke of Karva_Moor protested.", knowledge=kb)
    assert [(m.text, m.actor.code) for m in found if m.actor] == [("Duke of Karva_Moor", "KVM")]


def test_petrarch_files_are_told_apart() -> None:
    actors = read_petrarch(PETRARCH_ACTORS, "a.txt")
    agents = read_petrarch(PETRARCH_AGENTS, "b.txt")
    assert (actors.name, agents.name) == ("people", "roles")
    terms = [(row["country"], row["start"], row["end"]) for row in actors.rows]
    assert ("NLXGOV", "2010-01-01", "2014-12-31") in terms
    assert ("NLXELI", "2015-01-01", "") in terms


def test_an_unknown_name_takes_the_country_of_its_context() -> None:
    found = lookup("Joseph Monka", context="Kenyan police said on Monday.")
    assert found is not None and (found.code, found.name) == ("KEN", "Joseph Monka")
    assert lookup("Joseph Monka") is None


def test_without_packaged_roles_only_the_agents_dictionary_composes(tmp_path: Path) -> None:
    (tmp_path / "test.agents.txt").write_text("MEDIA {} [~MED]\n", encoding="utf-8")
    kb = KnowledgeBase.load([tmp_path / "test.agents.txt"], base_roles=False)
    assert set(kb.roles) == {"media"}
    militia = lookup("Russian militia", knowledge=kb)
    assert militia is not None and militia.code == "RUS"  # no packaged "militia" role
    media = lookup("Russian media", knowledge=kb)
    assert media is not None and media.code == "RUSMED"


def test_roles_after_a_coordinator_share_the_country_before_them() -> None:
    found = find_mentions(
        "The Danish media and government warned them.", knowledge=default_knowledge_base()
    )
    assert [(m.text, m.actor.code if m.actor else "") for m in found] == [
        ("Danish media", "DNKMED"),
        ("government", "DNKGOV"),
    ]
    found = find_mentions(
        "Russian troops and the European Union disagreed.", knowledge=default_knowledge_base()
    )
    assert [m.actor.code for m in found if m.actor] == ["RUSMIL", "IGOEUREEC"]


def test_companies_are_the_business_of_their_home_country() -> None:
    assert code("Gazprom") == "RUSBUS"
    assert code("Huawei's chief financial officer") == "CHNBUS"
    assert code("the Amazon") is None  # the river, not the company
    assert code("Toyota Motor") == "JPNBUS"
    assert code("Boeing machinists") == "USALAB"  # a firm's workers: its country's labour
    assert code("Boeing executives") == "USABUS"


def test_a_weapon_model_between_a_people_and_its_force_is_skipped() -> None:
    found = find_mentions(
        "Two Chilean F-16 fighter jets and a Peruvian Su-30 entered the zone.",
        knowledge=default_knowledge_base(),
    )
    assert [(m.text, m.actor.code if m.actor else "") for m in found][:1] == [
        ("Chilean F-16 fighter jets", "CHLMIL")
    ]


def test_a_dictionary_code_takes_its_name_from_a_packaged_country(tmp_path: Path) -> None:
    (tmp_path / "test.actors.txt").write_text("KUWAIT [KUW]\nFRANCE [FRA]\n", encoding="utf-8")
    kb = KnowledgeBase.load([tmp_path / "test.actors.txt"])
    found = lookup("the Kuwait government", knowledge=kb)
    assert found is not None and found.code == "KUWGOV"
    french = lookup("French troops", knowledge=kb)
    assert french is not None and french.code == "FRAMIL"  # the packaged row stays whole


def test_a_dictionary_name_wins_over_the_packaged_reading_of_it(tmp_path: Path) -> None:
    (tmp_path / "test.actors.txt").write_text(
        "AMNESTY_INTERNATIONAL [NGM]\nZIMBABWE\n\t[RHO <790606]\n\t[ZBW]\n", encoding="utf-8"
    )
    kb = KnowledgeBase.load([tmp_path / "test.actors.txt"])
    amnesty = lookup("Amnesty International", knowledge=kb)
    assert amnesty is not None and amnesty.code == "NGM"  # not the packaged NGO
    for on, code in ((date(1978, 12, 1), "RHO"), (date(1995, 1, 1), "ZBW")):
        zimbabwe = lookup("Zimbabwe", on=on, knowledge=kb)
        assert zimbabwe is not None and zimbabwe.code == code
    untouched = lookup("Zimbabwe", knowledge=default_knowledge_base())
    assert untouched is not None and untouched.code == "ZWE"


def test_a_dictionary_acronym_in_a_longer_name_is_matched_in_capitals(tmp_path: Path) -> None:
    (tmp_path / "test.actors.txt").write_text("THE_AU [IGOAFR]\n", encoding="utf-8")
    kb = KnowledgeBase.load([tmp_path / "test.actors.txt"])
    found = find_mentions("The AU said so.", knowledge=kb)
    assert [m.actor.code for m in found if m.actor] == ["IGOAFR"]  # not the packaged IGOAU


def test_an_acronym_in_brackets_is_the_name_before_it(tmp_path: Path) -> None:
    (tmp_path / "test.actors.txt").write_text("EUROPEAN_UNION [IGOEEU]\n", encoding="utf-8")
    kb = KnowledgeBase.load([tmp_path / "test.actors.txt"])
    found = find_mentions("Peru and the European Union (EU) agree.", knowledge=kb)
    assert [(m.text, m.actor.code) for m in found if m.actor] == [
        ("Peru", "PER"),
        ("European Union", "IGOEEU"),
        ("EU", "IGOEEU"),
    ]


def test_the_rsf_commander_is_a_paramilitary_once_at_war_with_the_army() -> None:
    assert code("Hemedti", on=date(2021, 6, 1)) in ("SDNMIL", "SDNGOV")
    assert code("Hemedti", on=date(2024, 6, 1)) == "SDNPRM"
    assert code("the Rapid Support Forces") == "SDNPRM"


def test_a_person_of_several_sectors_leads_with_the_one_the_title_names() -> None:
    on = date(2023, 6, 1)
    assert code("Sudan's army chief General Abdel Fattah al-Burhan", on=on) == "SDNMILGOV"
    assert code("Sudan's leader Abdel Fattah al-Burhan", on=on) == "SDNGOVMIL"
