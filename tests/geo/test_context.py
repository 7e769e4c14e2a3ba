"""Resolution by the article's context and recognition of names the NER misses or
mislabels, on hand-built documents (issue 5 rules)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.datatypes import Document, Toponym
from eventwire.geo import Geoparser

MakeDocument = Callable[..., Document]


def named(doc: Document, text: str) -> Toponym:
    return next(toponym for toponym in doc.toponyms if toponym.text == text)


def test_mentions_holding_the_name_are_no_evidence(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Georgia residents will get help, officials in Atlanta said. Georgia lawmakers agreed."
    doc = make_document(
        text,
        ["Georgia", "Atlanta", "Georgia"],
        mentions=[("Georgia residents", "GEO"), ("Georgia lawmakers", "GEO")],
    )
    georgia = named(geoparser(doc), "Georgia")
    assert georgia.place is not None
    assert (georgia.place.country, georgia.place.precision) == ("USA", "admin1")


def test_the_most_named_state_counts_most(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = (
        "Indiana farmers met in Boone County. Indiana officials and Indiana schools joined. "
        "A visitor came from Illinois."
    )
    doc = make_document(text, ["Indiana", "Boone County", "Indiana", "Indiana", "Illinois"])
    boone = named(geoparser(doc), "Boone County")
    assert boone.place is not None
    assert geoparser.gazetteer.admin1(boone.place) == "IN"


def test_a_county_is_placed_at_the_articles_town_in_its_state(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Deputies in Paris, Texas, said the fire spread across Lamar County on Monday."
    doc = geoparser(make_document(text, ["Paris", "Texas", "Lamar County"]))
    paris, county = named(doc, "Paris"), named(doc, "Lamar County")
    assert paris.place is not None and county.place is not None
    assert (county.place.lat, county.place.lon) == (paris.place.lat, paris.place.lon)
    assert county.place.precision == "admin2"


def test_a_facility_is_resolved_as_the_place_it_is_named_after(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "He was taken to the Muskingum County Courthouse and then to the Port of Seattle."
    doc = make_document(
        text, others=[("Muskingum County Courthouse", "FAC"), ("Port of Seattle", "FAC")]
    )
    found = geoparser(doc).toponyms
    assert [toponym.text for toponym in found] == ["Muskingum County", "Seattle"]
    assert all(t.place is not None and t.place.country == "USA" for t in found)


def test_natural_features_are_not_named_after_towns(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    doc = geoparser(make_document("They fished in the Red River.", ["Red River"]))
    (river,) = doc.toponyms
    assert river.text == "Red River" and river.place is None


def test_a_name_the_gazetteer_lacks_is_placed_at_the_articles_town(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = (
        "Crews in Alexandria, Minnesota, closed roads near Alexandria on Monday. The Xyzzy "
        "River flooded fields west of Brandon."
    )
    names = ["Alexandria", "Minnesota", "Alexandria", "Xyzzy River", "Brandon"]
    doc = geoparser(make_document(text, names))
    town, river = named(doc, "Alexandria"), named(doc, "Xyzzy River")
    assert town.place is not None and geoparser.gazetteer.admin1(town.place) == "MN"
    assert river.place == town.place
    assert (river.reason, river.score) == ("article focus 'Alexandria'", 0.3)
    assert river.candidates == (town.place,)


def test_without_a_town_the_focus_is_the_most_named_country(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Kenya and Kenya's neighbours met; Ethiopia came too. Floods hit Xyzzyville."
    doc = geoparser(make_document(text, ["Kenya", "Kenya", "Ethiopia", "Xyzzyville"]))
    unknown = named(doc, "Xyzzyville")
    assert unknown.place is not None
    assert (unknown.place.country, unknown.place.precision) == ("KEN", "country")


def test_a_state_abbreviation_tagged_as_a_place(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    (state,) = geoparser(make_document("He moved to Ind. last year.", ["Ind."])).toponyms
    assert state.place is not None and state.place.name == "Indiana"


def test_a_demonym_tagged_as_a_place_is_a_demonym(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    doc = geoparser(make_document("The Sri Lankan army advanced.", ["Sri Lankan"]))
    (demonym,) = doc.toponyms
    assert demonym.reason == "demonym"
    assert demonym.place is not None and demonym.place.country == "LKA"


def test_feature_word_after_a_name(geoparser: Geoparser, make_document: MakeDocument) -> None:
    text = "Crews repaired the road near the Alabama border and the Georgia state border."
    georgia = named(geoparser(make_document(text, ["Alabama", "Georgia"])), "Georgia")
    assert georgia.reason == "feature word"
    assert georgia.place is not None and georgia.place.precision == "admin1"


@pytest.mark.parametrize(
    "text", ["Jets struck the province of Homs.", "Jets struck Homs province."]
)
def test_a_province_named_like_its_city(
    geoparser: Geoparser, make_document: MakeDocument, text: str
) -> None:
    homs = named(geoparser(make_document(text, ["Homs"])), "Homs")
    assert homs.reason == "feature word"
    assert homs.place is not None and homs.place.precision == "admin1"


def test_names_a_feature_noun_introduces(geoparser: Geoparser, make_document: MakeDocument) -> None:
    text = "Troops stormed the villages of Qarfa Zubda and Tell Hamdoun in Idlib on Monday."
    doc = geoparser(make_document(text, ["Idlib"]))
    first, second = named(doc, "Qarfa Zubda"), named(doc, "Tell Hamdoun")
    idlib = named(doc, "Idlib")
    assert idlib.place is not None
    assert first.place == second.place == idlib.place
    assert first.reason == second.reason == "placed by 'Idlib'"


def test_a_name_before_a_feature_noun(geoparser: Geoparser, make_document: MakeDocument) -> None:
    doc = geoparser(make_document("Jets pounded Kafr Zubda town on Friday.", []))
    (town,) = doc.toponyms
    assert town.text == "Kafr Zubda" and town.place is None


def test_a_possessive_before_a_feature_name(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    doc = geoparser(make_document("He grew up in northern Iran's Gilan province.", []))
    assert "Gilan" in [toponym.text for toponym in doc.toponyms]


@pytest.mark.parametrize("word", ["Springfield City Schools", "U.S. city initiatives"])
def test_city_after_a_name_is_no_feature_word(
    geoparser: Geoparser, make_document: MakeDocument, word: str
) -> None:
    name = word.rsplit(" ", 2)[0]
    doc = geoparser(make_document(f"They praised the {word}.", [name]))
    assert all(toponym.reason != "feature word" for toponym in doc.toponyms)


def test_ambiguous_towns_that_lie_together(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Fire crews from Hopkinton and Concord joined the search on Monday."
    concord = named(geoparser(make_document(text, ["Hopkinton", "Concord"])), "Concord")
    assert concord.place is not None and concord.place.country == "USA"
    assert concord.place.lat == pytest.approx(43.2, abs=0.2)
    assert concord.place.lon == pytest.approx(-71.5, abs=0.2)


def test_a_list_of_countries_is_no_pattern(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Cases were reported in China, Japan and Vietnam."
    china = named(geoparser(make_document(text, ["China", "Japan", "Vietnam"])), "China")
    assert china.place is not None and china.place.precision == "country"
    assert china.place.country == "CHN"


def test_a_facility_a_preposition_introduces_is_named_after_its_place(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    doc = geoparser(make_document("He was treated at Stamford Hospital on Friday.", []))
    (stamford,) = doc.toponyms
    assert stamford.text == "Stamford"
    assert stamford.place is not None and stamford.place.country == "USA"


@pytest.mark.parametrize(
    ("text", "name", "others"),
    [
        ("Shells struck the Qorvath Mosque at dawn.", "Qorvath Mosque", []),
        ("The army needs to capture the Tarvik Hospital.", "Tarvik Hospital", []),
        ("Rebels stormed the Agricultural College overnight.", "Agricultural College", []),
        # a closing word no person's name has outweighs the NER's label
        ("Troops seized the Qorvath Checkpoint.", "Qorvath Checkpoint", [("Qorvath", "PERSON")]),
    ],
)
def test_a_facility_a_verb_of_assault_takes_is_a_place(
    geoparser: Geoparser,
    make_document: MakeDocument,
    text: str,
    name: str,
    others: list[tuple[str, str]],
) -> None:
    doc = geoparser(make_document(text, [], others=others))
    assert [toponym.text for toponym in doc.toponyms] == [name]


def test_a_person_named_like_a_facility_stays_a_person(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    doc = geoparser(
        make_document("Fans captured Benny Hill on film.", [], others=[("Benny Hill", "PERSON")])
    )
    assert doc.toponyms == ()


def test_a_part_of_a_place_is_the_place(geoparser: Geoparser, make_document: MakeDocument) -> None:
    doc = geoparser(make_document("Shops reopened in Historic Dublin.", ["Historic Dublin"]))
    (dublin,) = doc.toponyms
    assert dublin.text == "Dublin" and dublin.place is not None


def test_names_listed_before_counties_are_counties(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Volunteers came from Glynn and Brantley counties in Georgia."
    doc = geoparser(make_document(text, ["Glynn", "Brantley", "Georgia"]))
    glynn, brantley = named(doc, "Glynn"), named(doc, "Brantley")
    for county in (glynn, brantley):
        assert county.place is not None and county.place.precision == "admin2"
        assert geoparser.gazetteer.admin1(county.candidates[0]) == "GA"
