"""In-article coreference of pair phrases ("both sides", "the two countries")."""

from __future__ import annotations

import dataclasses

from eventwire.actors.coref import main_actors
from eventwire.datatypes import Actor, Mention


def named(*codes: str) -> list[Mention]:
    """One mention per code, in order; the country is the first three letters unless the
    code is a sector alone."""
    sectors = {"MIL", "REB", "MED", "CVL", "IGO"}
    found = []
    for at, code in enumerate(codes):
        country = "" if code[:3] in sectors else code[:3]
        rest = code[len(country) :]
        actor = Actor(
            code=code,
            country=country,
            sectors=tuple(rest[i : i + 3] for i in range(0, len(rest), 3)),
        )
        found.append(Mention(start=at * 10, end=at * 10 + 5, text=code, sentence=0, actor=actor))
    return found


def codes(actors: tuple[Actor, ...]) -> list[str]:
    return [actor.code for actor in actors]


def test_both_sides_of_a_civil_war_are_the_state_and_the_rebels() -> None:
    mentions = named("GBRMED", "NORMIL", "NORREB", "NORREB", "NORCVL", "NORCVL", "NORCVL")
    assert codes(main_actors(mentions, "sides")) == ["NORREB", "NORMIL"]


def test_a_countrys_government_and_army_are_one_side() -> None:
    mentions = named("NORGOV", "NORMIL", "VES", "VESMIL", "NOR")
    assert codes(main_actors(mentions, "parties")) == ["NORGOV", "VES"]


def test_the_two_countries_are_countries_whatever_their_sectors() -> None:
    mentions = named("NORMIL", "NORREB", "NORREB", "VESGOV")
    assert codes(main_actors(mentions, "countries")) == ["NOR", "VES"]


def test_rebels_of_no_country_are_a_side_but_not_a_bare_sector() -> None:
    mentions = named("REB", "REB", "NORMIL", "CVL", "CVL", "CVL", "IGO", "IGO", "IGO")
    assert codes(main_actors(mentions, "sides")) == ["REB", "NORMIL"]


def _at(text: str, phrase: str, code: str, country: str, sectors: tuple[str, ...]) -> Mention:
    start = text.index(phrase)
    actor = Actor(code=code, country=country, sectors=sectors)
    return Mention(start=start, end=start + len(phrase), text=phrase, sentence=0, actor=actor)


def test_the_rebels_are_the_last_armed_group_of_a_country_named_before() -> None:
    from eventwire.actors.coref import corefer

    text = "Peru suspended talks with the Shining Path group after the rebels and guerrillas fled."
    mentions = [
        _at(text, "Peru", "PER", "PER", ()),
        _at(text, "Shining Path group", "PERREB", "PER", ("REB",)),
        _at(text, "rebels", "REB", "", ("REB",)),
        _at(text, "guerrillas", "REB", "", ("REB",)),
    ]
    found = [m.actor.code for m in corefer(text, mentions) if m.actor is not None]
    assert found == ["PER", "PERREB", "PERREB", "REB"]  # "guerrillas" has no "the"


def test_both_sides_are_the_last_pair_named_with_and() -> None:
    from eventwire.actors.coref import corefer

    text = "Chile said Peru and Bolivia agreed, and Chile urged both sides to talk."
    mentions = [
        _at(text, "Chile", "CHL", "CHL", ()),
        _at(text, "Peru", "PER", "PER", ()),
        _at(text, "Bolivia", "BOL", "BOL", ()),
    ]
    sides = [m.actor.code for m in corefer(text, mentions) if m.kind == "compound" and m.actor]
    assert sides == ["PER", "BOL"]


def test_both_neighbours_are_the_last_pair_named_with_and() -> None:
    from eventwire.actors.coref import corefer

    text = "Chile taxed goods from Peru and Bolivia, accusing both neighbours of dumping."
    mentions = [
        _at(text, "Chile", "CHL", "CHL", ()),
        _at(text, "Peru", "PER", "PER", ()),
        _at(text, "Bolivia", "BOL", "BOL", ()),
    ]
    pair = [m for m in corefer(text, mentions) if m.kind == "compound" and m.actor]
    assert [(m.text, m.actor.code) for m in pair] == [
        ("both neighbours", "PER"),
        ("both neighbours", "BOL"),
    ]


def test_the_two_allies_are_the_last_pair_as_named() -> None:
    from eventwire.actors.coref import corefer

    text = "Chile denounced Lima and La Paz, warning that the two allies would pay."
    mentions = [
        _at(text, "Chile", "CHL", "CHL", ()),
        _at(text, "Lima", "PERGOV", "PER", ("GOV",)),
        _at(text, "La Paz", "BOLGOV", "BOL", ("GOV",)),
    ]
    pair = [m.actor.code for m in corefer(text, mentions) if m.kind == "compound" and m.actor]
    assert pair == ["PERGOV", "BOLGOV"]


def test_a_religious_body_after_the_is_no_armed_group() -> None:
    from eventwire.actors.coref import corefer

    text = "Separatists in Peru abducted two priests, the diocese said."
    mentions = [
        _at(text, "Separatists in Peru", "PERREB", "PER", ("REB",)),
        _at(text, "priests", "REL", "", ("REL",)),
        _at(text, "diocese", "REL", "", ("REL",)),
    ]
    found = [m.actor.code for m in corefer(text, mentions) if m.actor is not None]
    assert found == ["PERREB", "REL", "REL"]


def test_the_two_foreign_ministers_are_the_two_people_named_before() -> None:
    from eventwire.actors.coref import corefer

    text = "Boric met Castillo in Lima, and the two foreign ministers criticised Bolivia."
    mentions = [
        dataclasses.replace(_at(text, "Boric", "CHLGOV", "CHL", ("GOV",)), kind="person"),
        dataclasses.replace(_at(text, "Castillo", "PERGOV", "PER", ("GOV",)), kind="person"),
        _at(text, "Bolivia", "BOL", "BOL", ()),
    ]
    pair = [m.actor.code for m in corefer(text, mentions) if m.kind == "compound" and m.actor]
    assert pair == ["CHLGOV", "PERGOV"]


def test_the_two_delegations_are_the_governments_of_the_two_countries() -> None:
    from eventwire.actors.coref import corefer

    text = "Chilean and Peruvian envoys met in Quito, and Ecuador thanked the two delegations."
    mentions = [
        _at(text, "Chilean", "CHLGOV", "CHL", ("GOV",)),
        _at(text, "Peruvian envoys", "PERGOV", "PER", ("GOV",)),
        _at(text, "Ecuador", "ECU", "ECU", ()),
    ]
    pair = [m.actor.code for m in corefer(text, mentions) if m.kind == "compound" and m.actor]
    assert pair == ["CHLGOV", "PERGOV"]


def test_a_regional_epithet_is_the_last_country_of_that_region_named_before() -> None:
    from eventwire.actors.coref import corefer

    text = (
        "Peru broke with Chile and Spain, and Bolivia, the Andean country's neighbour, "
        "sided with the Andean country while Spain's Iberian neighbour and the Andean "
        "state of Cusco kept quiet."
    )
    mentions = [
        _at(text, "Peru", "PER", "PER", ()),
        _at(text, "Chile", "CHL", "CHL", ()),
        _at(text, "Spain", "ESP", "ESP", ()),
        _at(text, "Bolivia", "BOL", "BOL", ()),
    ]
    found = [(m.text, m.actor.code) for m in corefer(text, mentions) if m.kind == "pronoun"]
    # an owner ("the Andean country's") and a place in a country ("of Cusco") are left
    assert found == [("the Andean country", "BOL")]


def test_both_sides_are_a_pair_named_with_and_the() -> None:
    from eventwire.actors.coref import corefer

    text = "Chile urged the government and the rebels to talk, as the two sides met."
    mentions = [
        _at(text, "Chile", "CHL", "CHL", ()),
        _at(text, "government", "PERGOV", "PER", ("GOV",)),
        _at(text, "rebels", "PERREB", "PER", ("REB",)),
    ]
    sides = [m.actor.code for m in corefer(text, mentions) if m.kind == "compound" and m.actor]
    assert sides == ["PERGOV", "PERREB"]


def test_he_is_not_a_person_named_after_of_behind_another_in_the_sentence() -> None:
    from eventwire.actors.coref import corefer

    text = "Boric met the widow of Castillo in Lima, and he said Bolivia was to blame."
    mentions = [
        dataclasses.replace(_at(text, "Boric", "CHLGOV", "CHL", ("GOV",)), kind="person"),
        dataclasses.replace(_at(text, "Castillo", "PERELI", "PER", ("ELI",)), kind="person"),
        _at(text, "Bolivia", "BOL", "BOL", ()),
    ]
    found = [(m.text, m.actor.code) for m in corefer(text, mentions) if m.kind == "pronoun"]
    assert found == [("he", "CHLGOV")]
