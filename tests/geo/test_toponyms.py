"""The geoparser: finding toponyms and resolving them, on hand-built documents."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

import pytest

from eventwire.datatypes import Document, Entity, Toponym
from eventwire.geo import Gazetteer, Geoparser
from tests.geo.documents import sentence_at

MakeDocument = Callable[..., Document]


def by_text(toponyms: Iterable[Toponym]) -> dict[str, Toponym]:
    return {toponym.text: toponym for toponym in toponyms}


def test_city_country_pattern(geoparser: Geoparser, make_document: MakeDocument) -> None:
    text = "Kim met Putin in Vladivostok, Russia on Thursday."
    doc = geoparser(make_document(text, ["Vladivostok", "Russia"]))
    vladivostok, russia = doc.toponyms
    assert vladivostok.place is not None and vladivostok.place.country == "RUS"
    assert vladivostok.place.lat == pytest.approx(43.1, abs=0.1)
    assert vladivostok.place.lon == pytest.approx(131.9, abs=0.1)
    assert (vladivostok.reason, vladivostok.score) == ("city-country pattern", 0.95)
    assert russia.place is not None and russia.place.precision == "country"
    assert text[vladivostok.start : vladivostok.end] == "Vladivostok"


@pytest.mark.parametrize("name", ["Qorvatha", "Vladivostok", "Mayda\u2019a"])
def test_an_entity_run_into_the_end_of_its_paragraph(
    geoparser: Geoparser, make_document: MakeDocument, name: str
) -> None:
    text = f"Rebels shelled the village of {name}.\n"
    (toponym,) = geoparser(make_document(text, [f"{name}.\n"])).toponyms
    assert (toponym.text, text[toponym.start : toponym.end]) == (name, name)


def test_only_candidate(geoparser: Geoparser, make_document: MakeDocument) -> None:
    doc = geoparser(make_document("Kim arrived in Vladivostok.", ["Vladivostok"]))
    (toponym,) = doc.toponyms
    assert toponym.reason == "only candidate"
    assert toponym.candidates == (toponym.place,)


def test_paris_texas_pattern(geoparser: Geoparser, make_document: MakeDocument) -> None:
    doc = geoparser(make_document("The rally was held in Paris, Texas.", ["Paris", "Texas"]))
    paris, texas = doc.toponyms
    assert paris.place is not None and paris.place.country == "USA"
    assert paris.reason == "city-state pattern"
    assert texas.place is not None and texas.place.precision == "admin1"
    assert any(place.country == "FRA" for place in paris.candidates)


def test_paris_alone_is_in_france(geoparser: Geoparser, make_document: MakeDocument) -> None:
    doc = geoparser(make_document("Macron spoke in Paris.", ["Paris"]))
    (paris,) = doc.toponyms
    assert paris.place is not None and paris.place.country == "FRA"
    assert paris.reason == "feature class"


def test_entity_holding_a_pattern_is_split(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    doc = geoparser(make_document("The rally was held in Paris, Texas.", ["Paris, Texas"]))
    assert [toponym.text for toponym in doc.toponyms] == ["Paris", "Texas"]
    assert doc.toponyms[0].place is not None and doc.toponyms[0].place.country == "USA"


def test_washington_with_us_context_is_the_capital(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Secretary Blinken said Washington would respond."
    doc = geoparser(make_document(text, ["Washington"], mentions=[("Secretary Blinken", "USA")]))
    (washington,) = doc.toponyms
    assert washington.place is not None
    assert (washington.place.country, washington.place.precision) == ("USA", "city")
    assert washington.place.lat == pytest.approx(38.9, abs=0.1)
    assert washington.reason in ("feature class", "largest population")
    assert washington.candidates[1].precision == "admin1"


def test_washington_with_seattle_is_the_state(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Floods hit Seattle and Spokane. Washington declared an emergency."
    doc = geoparser(make_document(text, ["Seattle", "Spokane", "Washington"]))
    washington = by_text(doc.toponyms)["Washington"]
    assert washington.place is not None
    assert (washington.place.country, washington.place.precision) == ("USA", "admin1")
    assert washington.reason == "state or province in article"


@pytest.mark.parametrize(
    ("text", "places", "mentions", "country", "reason"),
    [
        (
            "Protesters gathered in Tbilisi. Georgia's parliament passed the law.",
            ["Tbilisi", "Georgia"],
            [],
            "GEO",
            "country in article",
        ),
        (
            "Governor Brian Kemp said Georgia would appeal.",
            ["Georgia"],
            [("Governor Brian Kemp", "USA")],
            "USA",
            "country in article",
        ),
        (
            "The Georgian president said Georgia would appeal.",
            ["Georgia"],
            [("Georgian president", "GEO")],
            "GEO",
            "country in article",
        ),
        (
            "The game was played in Atlanta, Georgia. Georgia won.",
            ["Atlanta", "Georgia", "Georgia"],
            [],
            "USA",
            "city-state pattern",
        ),
        ("Georgia held an election.", ["Georgia"], [], "GEO", "largest population"),
    ],
)
def test_georgia_by_context(
    geoparser: Geoparser,
    make_document: MakeDocument,
    text: str,
    places: list[str],
    mentions: list[tuple[str, str]],
    country: str,
    reason: str,
) -> None:
    doc = geoparser(make_document(text, places, mentions=mentions))
    georgia = next(toponym for toponym in doc.toponyms if toponym.text == "Georgia")
    assert georgia.place is not None and georgia.place.country == country
    assert georgia.reason == reason


def test_same_name_follows_the_pattern(geoparser: Geoparser, make_document: MakeDocument) -> None:
    doc = geoparser(
        make_document(
            "It was hot in Atlanta, Georgia. Georgia won.", ["Atlanta", "Georgia", "Georgia"]
        )
    )
    last = doc.toponyms[-1]
    assert last.place is not None and last.place.country == "USA"
    assert last.reason == "same name in article"
    assert last.sentence == 1


def test_the_is_trimmed_and_additions_resolve(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Rockets were fired from the Gaza Strip."
    doc = geoparser(make_document(text, ["the Gaza Strip"]))
    (gaza,) = doc.toponyms
    assert (gaza.text, text[gaza.start : gaza.end]) == ("Gaza Strip", "Gaza Strip")
    assert gaza.place is not None and gaza.place.name == "Gaza Strip"
    assert gaza.place.precision == "region"


def test_candidates_and_scores(geoparser: Geoparser, make_document: MakeDocument) -> None:
    text = "They met in Springfield. Later they flew to Paris and Moscow."
    doc = geoparser(make_document(text, ["Springfield", "Paris", "Moscow"]))
    for toponym in doc.toponyms:
        assert 0.0 <= toponym.score <= 1.0
        assert 1 <= len(toponym.candidates) <= 5
        assert toponym.candidates[0] == toponym.place
        assert toponym.reason
    springfield = doc.toponyms[0]
    assert springfield.reason == "largest population"
    assert len(springfield.candidates) == 5


def test_unknown_place_in_an_article_of_no_known_place_stays_without_one(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    doc = geoparser(make_document("They met in Xyzzyland.", ["Xyzzyland"]))
    (toponym,) = doc.toponyms
    assert (toponym.place, toponym.score, toponym.reason) == (None, 0.0, "not in gazetteer")


def test_dateline_place_is_a_toponym(geoparser: Geoparser, make_document: MakeDocument) -> None:
    text = "VLADIVOSTOK, April 25 (Reuters) - The two leaders met."
    doc = geoparser(
        make_document(
            text, dateline="VLADIVOSTOK, April 25 (Reuters) -", dateline_place="Vladivostok"
        )
    )
    (toponym,) = doc.toponyms
    assert (toponym.start, toponym.end, toponym.text) == (0, 11, "VLADIVOSTOK")
    assert toponym.place is not None and toponym.place.country == "RUS"


def test_dateline_is_not_doubled_by_its_entity(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "VLADIVOSTOK, April 25 (Reuters) - The two leaders met."
    base = make_document(text, ["VLADIVOSTOK"], dateline=text[:33], dateline_place="Vladivostok")
    assert len(geoparser(base).toponyms) == 1


def test_phrases_the_ner_missed(geoparser: Geoparser, make_document: MakeDocument) -> None:
    text = "Tankers crossed the Strait of Hormuz. Georgia protested. The Prime Minister spoke."
    doc = geoparser(make_document(text))
    assert [toponym.text for toponym in doc.toponyms] == ["Strait of Hormuz", "Georgia"]
    assert [toponym.sentence for toponym in doc.toponyms] == [0, 1]


def test_a_town_listed_after_a_place_is_a_place(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    """ "between Kisumu and Eldoret": the NER's person after "and" is a town like the first."""
    text = "Jets struck positions between Kisumu and Eldoret."
    doc = geoparser(make_document(text, ["Kisumu"], others=[("Eldoret", "PERSON")]))
    assert [toponym.text for toponym in doc.toponyms] == ["Kisumu", "Eldoret"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mobs burned mosques near al-Bab.", ["mosques", "al-Bab"]),
        ("The 304th moved toward al-Bab.", ["304th", "al-Bab"]),
        ("Two F-4s were lost near al-Bab.", ["F-4s", "al-Bab"]),
    ],
)
def test_an_entity_shaped_like_no_name_is_no_place(
    geoparser: Geoparser, make_document: MakeDocument, text: str, names: list[str]
) -> None:
    """The NER's lowercase places are common nouns, its ordinals units and its plural
    designations weapons; "al-Bab" has its capital."""
    doc = geoparser(make_document(text, names))
    assert [toponym.text for toponym in doc.toponyms] == ["al-Bab"]


@pytest.mark.parametrize(
    ("text", "entity", "name"),
    [
        ("Jets struck targets just south of Kisumu.", "Kisumu.", "Kisumu"),
        ("Police raided a home in Everett, Mass.", "Mass.", "Mass."),
    ],
)
def test_a_full_stop_is_no_part_of_a_name(
    geoparser: Geoparser, make_document: MakeDocument, text: str, entity: str, name: str
) -> None:
    """The NER may take a sentence's full stop into a name; not a state's abbreviation."""
    doc = geoparser(make_document(text, [entity]))
    assert name in [toponym.text for toponym in doc.toponyms]


def test_a_leading_the_is_no_part_of_a_name(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    """ "The Kandahar region": the toponym is Kandahar, not "The Kandahar"."""
    doc = geoparser(make_document("The Kandahar region was shelled heavily.", ["Kandahar"]))
    assert [toponym.text for toponym in doc.toponyms] == ["Kandahar"]


def test_a_town_after_a_locative_preposition(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "The vote in March was held in Innisfail. Nice weather followed."
    doc = geoparser(make_document(text))
    assert [toponym.text for toponym in doc.toponyms] == ["Innisfail"]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The militia began a push in northern Hama on Sunday.", "Hama", "ORG"),
        (
            "A judge was wounded in the capital Grozny by a grenade.",
            "Grozny",
            "PERSON",
        ),
        ("The army seized Grozny in late March.", "Grozny", "PERSON"),
        ("Jets stepped up attacks on Aleppo overnight.", "Aleppo", "LANGUAGE"),
        ("Thousands of students marched through Kisumu on Friday.", "Kisumu", "ORG"),
        ("Jets carried out raids over Grozny at dawn.", "Grozny", "PERSON"),
        ("Fighting raged between Kisumu and the border.", "Kisumu", "ORG"),
        ("The convoy was heading to Kisumu when it was hit.", "Kisumu", "PERSON"),
        ("Kisumu was overrun by the rebels overnight.", "Kisumu", "PERSON"),
        ("A refugee was shot in downtown Kisumu.", "Kisumu", "PERSON"),
        ("A fire engulfed the Kisumu home of a senator.", "Kisumu", "PERSON"),
        ("The army retook half of Kisumu overnight.", "Kisumu", "PERSON"),
        ("Police patrolled Kisumu Thursday after the riots.", "Kisumu", "ORG"),
    ],
)
def test_a_town_the_ner_mislabelled_is_a_place_in_a_place_context(
    geoparser: Geoparser, make_document: MakeDocument, text: str, name: str, label: str
) -> None:
    doc = geoparser(make_document(text, others=[(name, label)]))
    assert [toponym.text for toponym in doc.toponyms] == [name]


@pytest.mark.parametrize(
    ("text", "name", "others"),
    [
        ("She wrote a long report on Norman's Landing.", "Norman", []),
        (
            "Barack Obama arrived. The pressure on Obama grew.",
            "Obama",
            [("Barack Obama", "PERSON")],
        ),
        ("She works in Human Resources.", "Human", []),
        ("According to Aurora, the talks failed.", "Aurora", []),
    ],
)
def test_a_name_in_a_place_context_that_is_not_sure_to_be_a_place(
    geoparser: Geoparser,
    make_document: MakeDocument,
    text: str,
    name: str,
    others: list[tuple[str, str]],
) -> None:
    start = text.rindex(name)
    doc = make_document(text, others=others)
    sentence = sentence_at(doc.sentences, start)
    person = Entity(
        start=start, end=start + len(name), text=name, label="PERSON", sentence=sentence
    )
    doc = geoparser(dataclasses.replace(doc, entities=(*doc.entities, person)))
    assert name not in [toponym.text for toponym in doc.toponyms]


def test_names_that_an_apposition_or_a_plural_feature_noun_makes_places(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = (
        "Gunmen wounded a clan elder in Dhuusa Weyn, a small town in central Somalia. "
        "Artillery hit the settlements of Kafr Amim and Tell Sukkar."
    )
    doc = geoparser(make_document(text, ["Somalia"]))
    names = [toponym.text for toponym in doc.toponyms]
    assert names == ["Dhuusa Weyn", "Somalia", "Kafr Amim", "Tell Sukkar"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a feature noun of the place's own language begins the name, whatever the NER says
        ("A suicide bomber blew himself up inside Kafr Zoumal on Friday.", "Kafr Zoumal"),
        ("Troops stormed the rebel positions on Jabal Al-Qirsh overnight.", "Jabal Al-Qirsh"),
        # a transliterated ayn may begin a name after a feature noun
        ("Shells fell on the village of \u2018Ayn Qorvath on Monday.", "\u2018Ayn Qorvath"),
        ("Fighting raged in the district of Al-\u2018Arqub on Monday.", "Al-\u2018Arqub"),
        # a distance and a direction from somewhere after a name make it a place
        ("Gunmen killed three in Qorvath, 100 kilometers (60 miles) north of Kabul.", "Qorvath"),
        ("Tarvik, about 200 miles northwest of the capital, fell on Monday.", "Tarvik"),
        # a verb of taking or fighting over a place before a name makes it one
        ("Rebel fighters stormed Qorvath at dawn on Monday.", "Qorvath"),
        ("Insurgents are shelling Tarvik and its outskirts.", "Tarvik"),
        # an assault's "on" or "at" before a name that punctuation or a preposition ends
        ("The army began its long-awaited assault on Qorvath, killing ten.", "Qorvath"),
        ("Rebels renewed their offensive at Tarvik from the south.", "Tarvik"),
        # a word before the verb that ends like an article ("Nusra") is no article
        ("Fighters of Jabhat Al-Nusra entered Qorvath on Thursday.", "Qorvath"),
        # "at", "as" and "an" before a name are English words, not Arabic articles
        ("Rebels launched two assaults at Tarvik district on Monday.", "Tarvik"),
        # a resort or a port of a name is a place
        ("A bomb went off in a quarter of the beach resort of Qorvath.", "Qorvath"),
        ("The ship docked at the port of Tarvik on Monday.", "Tarvik"),
        # a facility word closes a name a locative preposition introduces
        ("Gunmen fired at the Qorvath Suburb on Monday.", "Qorvath Suburb"),
        ("Rebels attacked the troops at the Tarvik Airbase on Monday.", "Tarvik Airbase"),
        # or a direction or nearness "of" or "to" the facility, or a verb of retaking it
        ("Jets struck positions west of the Qorvath Military Airport.", "Qorvath Military Airport"),
        ("Medics gathered in front of the Tarvik Hospital on Sunday.", "Tarvik Hospital"),
        ("Militias tried to retake the Zandrevo Gas Fields on Sunday.", "Zandrevo Gas Fields"),
        # an adjective of contest or crowding after "the", a part's "of", an ayn and "bin"
        ("Monitors patrolled a part of the disputed Qorvath Gorge.", "Qorvath Gorge"),
        ("A car bomb went off in the crowded Tarvik Square on Friday.", "Tarvik Square"),
        ("The army retook a large chunk of the Zandrevo District.", "Zandrevo District"),
        ("Rebels shelled the \u2018Umar bin Qorvath Camp at dawn.", "\u2018Umar bin Qorvath Camp"),
        # a name with a lowercase Arabic article before a feature noun and its place
        ("A man was shot dead in the al-Tarvik area of Kabul.", "al-Tarvik"),
        # more feature nouns: constituency, commune, locality, township, hills ...
        ("Troops patrolled the streets in the Qorvath constituency.", "Qorvath"),
        ("The fighters hid in caves in the Tarvik hills.", "Tarvik"),
        # a locative preposition and a direction before a name the gazetteer lacks
        ("A shell hit a market in central Qorvath on Monday.", "Qorvath"),
        ("Rebels stormed the defenses at eastern Tarvik, killing ten.", "Tarvik"),
    ],
)
def test_local_names_the_ner_missed(
    geoparser: Geoparser, make_document: MakeDocument, text: str, name: str
) -> None:
    others = [] if name.endswith(("Suburb", "Airbase", "Camp")) else [(name, "PERSON")]
    doc = geoparser(make_document(text, others=others))
    assert name in [toponym.text for toponym in doc.toponyms]


def test_a_name_before_virus_or_fever_is_a_disease_not_a_place(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Cases of Marburg virus and Lassa fever were reported in Texas."
    doc = geoparser(make_document(text, ["Marburg", "Lassa", "Texas"]))
    assert [toponym.text for toponym in doc.toponyms] == ["Texas"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gunmen raided a township called Qorvath at night.", ["Qorvath"]),
        ("Rebels seized two areas known as Tarvik and Kabo.", ["Tarvik", "Kabo"]),
        ("Two boys were shot in a nearby Lagos suburb, Zandrevo.", ["Lagos", "Zandrevo"]),
        # a list after a named district; a full name after an apposition
        ("Troops patrolled Tarvik district, Qorvath and Kabo.", ["Tarvik"]),
        ("Calm returned to the region, Jon Qorvath said.", []),
    ],
)
def test_names_a_place_noun_calls_by_name(
    geoparser: Geoparser, make_document: MakeDocument, text: str, names: list[str]
) -> None:
    people = [("Jon Qorvath", "PERSON")] if "Jon" in text else []
    doc = geoparser(make_document(text, ["Lagos"] if "Lagos" in text else [], others=people))
    assert [toponym.text for toponym in doc.toponyms] == names


def test_a_site_a_company_owns_is_named_for_no_place(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Engineers work at Acme Electric's Tarvik power plant."
    doc = geoparser(make_document(text, others=[("Acme Electric", "ORG")]))
    assert "Tarvik" not in [toponym.text for toponym in doc.toponyms]


def test_a_town_hall_is_no_town_of_the_name_before_it(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Voters cheered at Qorvath's town hall meeting on Monday."
    doc = geoparser(make_document(text, others=[("Qorvath", "PERSON")]))
    assert doc.toponyms == ()


@pytest.mark.parametrize(
    "text",
    [
        "Police captured Qorvath at his farm on Monday.",  # done to people too: a person
        "Tropical Storm Qorvath reached the coast.",  # no verb: a capitalised noun
        "Gunmen attacked Mr. Qorvath outside his home.",
        "Troops overran Qorvath's hometown in 1992.",
        "Jets launched an attack on Qorvath positions in the north.",  # the group's
    ],
)
def test_a_name_after_a_verb_of_taking_that_is_no_place(
    geoparser: Geoparser, make_document: MakeDocument, text: str
) -> None:
    doc = geoparser(make_document(text, others=[("Qorvath", "PERSON")]))
    assert "Qorvath" not in [toponym.text for toponym in doc.toponyms]


def test_names_listed_before_a_plural_feature_noun_are_places(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Rebels shelled the Tell Aswad, Hamrawiya and Bani Saqr neighbourhoods."
    doc = geoparser(make_document(text))
    names = [toponym.text for toponym in doc.toponyms]
    assert names == ["Tell Aswad", "Hamrawiya", "Bani Saqr"]


def test_a_stronghold_of_an_actor_is_no_place(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "The commander was killed in a Qorvath stronghold."
    doc = geoparser(make_document(text, mentions=[("Qorvath", "IRQ")]))
    assert doc.toponyms == ()


def test_an_adjective_of_a_people_before_a_feature_noun_is_no_place(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Car bombs hit several Kurdish neighbourhoods and Shiite districts."
    assert geoparser(make_document(text)).toponyms == ()


def test_a_day_after_a_feature_name_is_no_part_of_it(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "About 600 workers rallied in the city of Basra Thursday."
    doc = geoparser(make_document(text, ["Basra"]))
    assert [toponym.text for toponym in doc.toponyms] == ["Basra"]


def test_paris_with_texas_towns_is_in_texas(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Storms hit Dallas and Texarkana. In Paris the river flooded."
    doc = geoparser(make_document(text, ["Dallas", "Texarkana", "Paris"]))
    paris = by_text(doc.toponyms)["Paris"]
    assert paris.place is not None and paris.place.country == "USA"
    assert any(place.country == "FRA" for place in paris.candidates)


def test_state_abbreviation_after_a_comma(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    doc = geoparser(make_document("A man from Paris, Ky., was arrested.", ["Paris"]))
    paris, kentucky = doc.toponyms
    assert kentucky.text in ("Ky", "Ky.") and kentucky.place is not None
    assert kentucky.place.name == "Kentucky"
    assert paris.place is not None and paris.reason == "city-state pattern"
    assert paris.place.lat == pytest.approx(38.2, abs=0.1)


def test_dateline_of_an_uncleaned_text(geoparser: Geoparser, make_document: MakeDocument) -> None:
    text = "Officials resign. ATLANTA - The Georgia governor said the state would appeal."
    doc = geoparser(make_document(text, ["Georgia"]))
    atlanta, georgia = doc.toponyms
    assert atlanta.text == "ATLANTA" and atlanta.place is not None
    assert atlanta.place.country == "USA"
    assert georgia.place is not None and georgia.place.precision == "admin1"


def test_demonyms_name_their_country(geoparser: Geoparser, make_document: MakeDocument) -> None:
    doc = geoparser(make_document("Turkish police met Afghans."))
    assert [(t.text, t.reason) for t in doc.toponyms] == [
        ("Turkish", "demonym"),
        ("Afghans", "demonym"),
    ]
    assert [t.place.country for t in doc.toponyms if t.place] == ["TUR", "AFG"]
    assert (
        Geoparser(gazetteer=geoparser.gazetteer, demonyms=False)(
            make_document("Turkish police met Afghans.")
        ).toponyms
        == ()
    )


def test_province_from_our_regions(geoparser: Geoparser, make_document: MakeDocument) -> None:
    doc = geoparser(make_document("Police in Winnipeg, Manitoba, said.", ["Winnipeg", "Manitoba"]))
    winnipeg, manitoba = doc.toponyms
    assert winnipeg.reason == "city-state pattern"
    assert manitoba.place is not None and manitoba.place.country == "CAN"


def test_russky_island(geoparser: Geoparser, make_document: MakeDocument) -> None:
    text = "The summit was held on Russky Island near Vladivostok."
    doc = geoparser(make_document(text, ["Russky Island", "Vladivostok"]))
    russky = by_text(doc.toponyms)["Russky Island"]
    assert russky.place is not None
    assert (russky.place.country, russky.place.precision) == ("RUS", "point")


def test_phrase_next_to_an_entity(geoparser: Geoparser, make_document: MakeDocument) -> None:
    text = "Soldiers were fighting in Ethiopia's Tigray region."
    doc = geoparser(make_document(text, ["Ethiopia"]))
    assert [toponym.text for toponym in doc.toponyms] == ["Ethiopia", "Tigray"]
    tigray = doc.toponyms[1]
    assert tigray.place is not None and tigray.place.precision == "admin1"


def test_phrases_inside_other_entities_are_skipped(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Chad Smith met Jordan officials."
    doc = geoparser(make_document(text, others=[("Chad Smith", "PERSON")]))
    assert [toponym.text for toponym in doc.toponyms] == ["Jordan"]


def test_place_tagged_as_person_elsewhere_is_kept(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Kim arrived in Vladivostok. The city of Vladivostok was quiet."
    doc = make_document(text, ["Vladivostok"])
    second = text.rindex("Vladivostok")
    person = Entity(start=second, end=second + 11, text="Vladivostok", label="PERSON", sentence=1)
    doc = geoparser(
        Document(article=doc.article, sentences=doc.sentences, entities=(*doc.entities, person))
    )
    assert [toponym.start for toponym in doc.toponyms] == [text.index("Vladivostok"), second]


def test_direction_word_is_dropped_when_unknown(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    doc = geoparser(
        make_document("Shelling in eastern Ukraine continued.", others=[("eastern Ukraine", "LOC")])
    )
    (ukraine,) = doc.toponyms
    assert ukraine.text == "Ukraine" and ukraine.place is not None


def test_an_entity_that_stops_short_of_a_place_name_is_stretched(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Cases rose in Guinea-Bissau and in the Democratic Republic of the Congo on Monday."
    doc = geoparser(make_document(text, ["Guinea", "Democratic Republic"]))
    bissau, congo = doc.toponyms
    assert (bissau.text, congo.text) == ("Guinea-Bissau", "Democratic Republic of the Congo")
    assert bissau.place is not None and bissau.place.country == "GNB"
    assert congo.place is not None and congo.place.country == "COD"
    assert text[congo.start : congo.end] == congo.text


def test_a_place_name_followed_by_other_words_is_not_stretched(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    doc = geoparser(make_document("Fans of Georgia Tech cheered in Atlanta.", ["Georgia"]))
    assert doc.toponyms[0].text == "Georgia"


def test_capitalised_words_before_a_toponym_that_make_a_longer_name(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "She ran the West Hartford Fire Department, then moved to Hartford."
    # the NER tagged both "Hartford"s
    doc = geoparser(make_document(text, ["Hartford", "Hartford"]))
    west_hartford, hartford = doc.toponyms
    assert west_hartford.text == "West Hartford" and west_hartford.place is not None
    assert west_hartford.place.country == "USA"
    assert hartford.text == "Hartford" and hartford.start == text.rindex("Hartford")


def test_our_own_place_outranks_a_small_town_of_its_name(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "The US envoy spoke of peace in the Middle East."
    doc = geoparser(make_document(text, ["US", "Middle East"]))
    middle_east = by_text(doc.toponyms)["Middle East"]
    assert middle_east.place is not None and middle_east.place.country in ("", None)
    assert all(place.country != "USA" for place in middle_east.candidates)


def test_an_acronym_is_not_a_small_town_of_that_name(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "Austria is the fifth EU country to report the virus, the UK the sixth."
    doc = geoparser(make_document(text, ["Austria", "EU", "UK"]))
    places = {t.text: t.place for t in doc.toponyms}
    assert "EU" not in places or places["EU"] is None or places["EU"].country != "FRA"
    uk = places["UK"]
    assert uk is not None and uk.country == "GBR"


def test_geoparser_needs_no_parse(geoparser: Geoparser, make_document: MakeDocument) -> None:
    doc = make_document("Kim arrived in Vladivostok.", ["Vladivostok"])
    assert doc.parse is None
    assert geoparser(doc).toponyms[0].place is not None


def test_default_gazetteer_is_used() -> None:
    assert isinstance(Geoparser().gazetteer, Gazetteer)


@pytest.mark.slow
def test_with_spacy(geoparser: Geoparser, spacy_document: Callable[[str], Document]) -> None:
    text = (
        "North Korean leader Kim Jong Un and Russian President Vladimir Putin held talks at "
        "Far East Federal University on Russky Island in Vladivostok, Russia, on Thursday."
    )
    doc = geoparser(spacy_document(text))
    found = by_text(doc.toponyms)
    assert found["Vladivostok"].place is not None
    assert found["Vladivostok"].place.country == "RUS"
    assert found["Vladivostok"].reason == "city-country pattern"


def test_a_small_word_inside_a_capitalised_phrase_is_no_place(
    geoparser: Geoparser, make_document: MakeDocument
) -> None:
    text = "North of the Shayrat Airbase, gunmen ambushed a patrol."
    assert "of" not in [toponym.text for toponym in geoparser(make_document(text)).toponyms]


@pytest.mark.parametrize(
    ("text", "others", "name"),
    [
        # a name before a feature noun and the place it lies in
        ("A bomb went off in the Qorvath district of Kabul.", [("Qorvath", "ORG")], "Qorvath"),
        ("Gunmen raided the Tarvik neighbourhood of the port city of Aden.", [], "Tarvik"),
        # Nigeria's local government areas, one or several
        ("Ten died in Qorvath local government area of Kogi.", [("Qorvath", "ORG")], "Qorvath"),
        ("Gunmen raided the Qorvath and Tarvik LGAs on Monday.", [], "Qorvath"),
        ("Bandits raided Qorvath LGA on Monday.", [("Qorvath", "PERSON")], "Qorvath"),
        # ... also capitalised, with its abbreviation and its state
        (
            "Bandits raided Tarvik Local Government Area (LGA) of Benue State.",
            [("Tarvik Local Government Area", "ORG")],
            "Tarvik",
        ),
        ("Bandits raided Kabo Local Government Area on Friday.", [("Kabo", "PERSON")], "Kabo"),
        ("Shells hit the Tarvik axis of southern Aleppo.", [("Tarvik", "ORG")], "Tarvik"),
        # a small town's own name after a verb of seizing, whatever the NER labelled it
        ("Rebels captured Kabo on Monday.", [("Kabo", "ORG")], "Kabo"),
        # ... also where the NER tagged only a part of the name
        (
            "Government troops retook Mazar-e-Sharif after a siege.",
            [("Mazar", "ORG")],
            "Mazar-e-Sharif",
        ),
        # a possessive of what only a place has
        ("Riot police filled Tashkent's central streets.", [("Tashkent", "PERSON")], "Tashkent"),
        # a site's common noun after the name
        ("Two bombs exploded at the Qorvath border crossing.", [("Qorvath", "NORP")], "Qorvath"),
        # ... also after an adjective or a place's possessive
        ("Inmates rioted at the maximum-security Tarvik prison.", [], "Tarvik"),
        ("A bomb went off in the capital's Qorvath market.", [("Qorvath", "NORP")], "Qorvath"),
        ("Inmates seized guards in Kabul's Tarvik prison.", [("Tarvik", "PERSON")], "Tarvik"),
        # a compound of holding before the name
        ("Shells fell on rebel-held Qorvath overnight.", [("Qorvath", "PERSON")], "Qorvath"),
        # an apposition with "the", or one that goes on with "at" or "bordering"
        ("In Tarvik, the village where he was born, crowds marched.", [], "Tarvik"),
        ("Troops entered Qorvath, a rural town at the foot of the hills.", [], "Qorvath"),
        ("Jets flew over Tarvik, a southern border town bordering Iraq.", [], "Tarvik"),
        # a name after a lowercase Arabic article
        ("Gunmen killed two farmers in al-Bab on Friday.", [("al-Bab", "PERSON")], "al-Bab"),
        # a town after the word "city", or after an assault or patrol of places
        (
            "Bombs went off in the oil city Port Harcourt.",
            [("Port Harcourt", "PERSON")],
            "Port Harcourt",
        ),
        ("Warplanes bombed Halabja at dawn.", [("Halabja", "PERSON")], "Halabja"),
        ("Soldiers will patrol Eldoret during the vote.", [("Eldoret", "ORG")], "Eldoret"),
        # a name the NER ran on into lowercase words or a weekday
        (
            "Jets kept up attacks on Aleppo for a third day.",
            [("Aleppo for a third day", "WORK_OF_ART")],
            "Aleppo",
        ),
        ("Troops patrolled Eldoret Thursday.", [("Eldoret Thursday", "ORG")], "Eldoret"),
        # a town after "city," "the mayor of", "inside of", "the battle for", a hashtag,
        # or before a possessive of its square or avenue
        ("Troops advanced in the farming town, Eldoret.", [("Eldoret", "PERSON")], "Eldoret"),
        ("The mayor of Eldoret was shot on Monday.", [("Eldoret", "ORG")], "Eldoret"),
        ("Rebels fought inside of Eldoret for days.", [("Eldoret", "ORG")], "Eldoret"),
        ("Dozens died in the battle for Eldoret.", [("Eldoret", "PRODUCT")], "Eldoret"),
        ("Jets struck targets in #Eldoret overnight.", [("Eldoret", "PERSON")], "Eldoret"),
        ("Crowds marched down Eldoret's Uhuru Avenue.", [("Eldoret", "PERSON")], "Eldoret"),
        # a name the gazetteer lacks at a place in a found area
        ("Gunmen killed a farmer at Qorvath in Hama province.", [("Qorvath", "ORG")], "Qorvath"),
        # ... in an area entity, in a part of a found place, in a territory of one
        (
            "A mine went off near Tarvik in Kailali district.",
            [("Tarvik", "ORG"), ("Kailali district", "GPE")],
            "Tarvik",
        ),
        ("Rebels struck at Qorvath in southern Aleppo.", [("Qorvath", "ORG")], "Qorvath"),
        ("Houses burned at Tarvik, in the territory of Uvira.", [("Uvira", "GPE")], "Tarvik"),
        (
            "Jets bombed the airfield at Tarvik, in the Idlib region.",
            [("Tarvik", "PERSON")],
            "Tarvik",
        ),
    ],
)
def test_names_a_place_context_makes_places(
    geoparser: Geoparser,
    make_document: MakeDocument,
    text: str,
    others: list[tuple[str, str]],
    name: str,
) -> None:
    doc = geoparser(make_document(text, others=others))
    assert name in [toponym.text for toponym in doc.toponyms]


@pytest.mark.parametrize(
    "text",
    [
        "Police fired at Qorvath in Hama province.",  # aimed at, not a place
        "She works at Qorvath Bank in Hama province.",  # an institution
        "He studied at Qorvath in Hama city.",  # a town holds no such name for sure
    ],
)
def test_names_at_a_place_in_an_area_that_are_no_places(
    geoparser: Geoparser, make_document: MakeDocument, text: str
) -> None:
    doc = geoparser(make_document(text))
    assert not [t for t in doc.toponyms if t.text.startswith("Qorvath")]


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("Police visited the Basque town of Guernica.", [("Basque", "NORP")]),
        ("Tourists love the Alpine village of Zermatt.", []),
        ("Troops shelled the Iraqi checkpoint and the UN checkpoint.", [("Iraqi", "NORP")]),
        ("Fans streamed out of the Olympic stadium.", []),
        ("The bill passed the Republican-controlled Senate.", [("Senate", "ORG")]),
        ("The state-controlled Xinhua news agency said so.", [("Xinhua", "ORG")]),
        ("Barack Obama spoke. Obama's political capital is spent.", [("Barack Obama", "PERSON")]),
        ("Pat Quill, a villager in the Dorvo district of Kent, spoke.", [("Pat Quill", "PERSON")]),
    ],
)
def test_words_that_only_look_like_a_place_context(
    geoparser: Geoparser, make_document: MakeDocument, text: str, others: list[tuple[str, str]]
) -> None:
    doc = geoparser(make_document(text, others=others))
    found = [toponym.text for toponym in doc.toponyms]
    wrong = {"Basque", "Alpine", "UN", "Olympic", "Senate", "Xinhua", "Obama", "Pat Quill"}
    assert not wrong & set(found)


@pytest.mark.parametrize(
    ("text", "name", "label", "found"),
    [
        # where an act of violence or protest happened, whatever the NER labelled it
        ("Soldiers killed nine villagers in Zandrevo on Monday.", "Zandrevo", "PERSON", True),
        ("About 500 people demonstrated at Zandrevo on Friday.", "Zandrevo", "ORG", True),
        ("Spanish boats patrolled around Zandrevo on Friday.", "Zandrevo", "PERSON", True),
        ("Two soldiers were killed near Zandrevo on Monday.", "Zandrevo", "ORG", True),
        # not what a shot was aimed at, nor a verb of another kind
        ("A guard shot at Zandrevo on Monday.", "Zandrevo", "PERSON", False),
        ("Investors put money in Zandrevo on Monday.", "Zandrevo", "ORG", False),
    ],
)
def test_a_name_where_an_event_happened_is_a_place(
    geoparser: Geoparser,
    spacy_document: Callable[[str], Document],
    text: str,
    name: str,
    label: str,
    found: bool,
) -> None:
    doc = spacy_document(text)
    start = text.index(name)
    entity = Entity(start=start, end=start + len(name), text=name, label=label, sentence=0)
    doc = geoparser(dataclasses.replace(doc, entities=(entity,)))
    assert (name in [toponym.text for toponym in doc.toponyms]) is found


@pytest.mark.slow
def test_a_common_noun_opening_a_sentence_is_no_place(
    geoparser: Geoparser, spacy_document: Callable[[str], Document]
) -> None:
    text = "Gunmen abducted 30 students from a school in Kaduna state, police said."
    doc = spacy_document(text)
    assert "Gunmen" in [e.text for e in doc.entities if e.label == "GPE"]  # the NER's slip
    assert [t.text for t in geoparser(doc).toponyms] == ["Kaduna state"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Rebels attacked a village in eastern Congo.", "Congo", "COD"),
        ("The vote in the Republic of Congo was calm.", "Republic of Congo", "COG"),
    ],
)
def test_congo_is_the_democratic_republic_as_news_writes_it(
    geoparser: Geoparser, make_document: MakeDocument, text: str, name: str, country: str
) -> None:
    (toponym,) = geoparser(make_document(text, [name])).toponyms
    assert toponym.place is not None and toponym.place.country == country
