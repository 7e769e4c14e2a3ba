"""The event locator: each rule, and the order they are tried in."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from eventwire.annotate import to_document
from eventwire.datatypes import (
    Article,
    Document,
    Event,
    Factuality,
    Place,
    Sentence,
    Span,
    Toponym,
)
from eventwire.geo import EventLocator, Geoparser
from tests.conftest import mention_of
from tests.geo.documents import split_sentences

RUSSKY = Place(name="Russky Island", lat=43.03, lon=131.85, country="RUS", precision="point")
VLADIVOSTOK = Place(name="Vladivostok", lat=43.106, lon=131.874, country="RUS", geonameid=2013348)
RUSSIA = Place(name="Russia", lat=61.5, lon=105.3, country="RUS", precision="country")
SYRIA = Place(name="Syria", lat=34.8, lon=39.0, country="SYR", precision="country")
BASRA = Place(name="Basra", lat=30.5, lon=47.8, country="IRQ")
HANOI = Place(name="Hanoi", lat=21.0, lon=105.8, country="VNM")


def toponym(text: str, name: str, place: Place | None, *, nth: int = 0) -> Toponym:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    sentences = split_sentences(text)
    sentence = next(s.index for s in sentences if s.start <= start < s.end)
    return Toponym(
        start=start,
        end=start + len(name),
        text=name,
        sentence=sentence,
        place=place,
        score=0.9,
        reason="only candidate",
        candidates=(place,) if place else (),
    )


def event(
    text: str,
    trigger: str,
    *,
    sentence: int = 0,
    sentences: tuple[Sentence, ...] = (),
    verbal: bool = False,
) -> Event:
    """A material event (an attack) at the trigger, or a verbal one (a consultation)."""
    where = (sentences or split_sentences(text))[sentence]
    start = text.index(trigger, where.start)
    return Event(
        id="e1",
        article_id="a1",
        sentence=sentence,
        cameo="040" if verbal else "190",
        plover="CONSULT" if verbal else "ASSAULT",
        mode="",
        goldstein=1.0 if verbal else -10.0,
        quad_class=1 if verbal else 4,
        source=None,
        target=None,
        factuality=Factuality.ASSERTED,
        evidence=Span(start=where.start, end=where.end, text=where.text),
        trigger=Span(start=start, end=start + len(trigger), text=trigger),
    )


def locate(
    text: str,
    toponyms: list[Toponym],
    events: list[Event],
    *,
    dateline: Span | None = None,
) -> tuple[Event, ...]:
    article = Article(id="a1", text=text, dateline=dateline)
    doc = Document(
        article=article,
        sentences=split_sentences(text),
        toponyms=tuple(toponyms),
        events=tuple(events),
    )
    return EventLocator()(doc).events


VLADIVOSTOK_TEXT = (
    "Kim and Putin held talks at Far East Federal University on Russky Island "
    "in Vladivostok, Russia, on Thursday."
)


def test_the_summit_sentence() -> None:
    text = VLADIVOSTOK_TEXT
    places = [
        toponym(text, "Russky Island", RUSSKY),
        toponym(text, "Vladivostok", VLADIVOSTOK),
        toponym(text, "Russia", RUSSIA),
    ]
    (located,) = locate(text, places, [event(text, "talks")])
    assert located.place is not None
    assert located.place.text in ("Russky Island", "Vladivostok")
    assert located.place.reason.startswith("in-sentence preposition")


def test_most_specific_wins() -> None:
    text = "In Russia, the two leaders met in Vladivostok."
    places = [toponym(text, "Russia", RUSSIA), toponym(text, "Vladivostok", VLADIVOSTOK)]
    (located,) = locate(text, places, [event(text, "met")])
    assert located.place is not None and located.place.text == "Vladivostok"
    assert located.place.reason == "in-sentence preposition 'in'"


def test_closest_to_the_trigger_among_equals() -> None:
    text = "After a long stop in Hanoi last week, Kim met Putin at Vladivostok."
    places = [toponym(text, "Hanoi", HANOI), toponym(text, "Vladivostok", VLADIVOSTOK)]
    (located,) = locate(text, places, [event(text, "met")])
    assert located.place is not None and located.place.text == "Vladivostok"
    assert located.place.reason == "in-sentence preposition 'at'"


def test_the_city_of() -> None:
    text = "Protesters gathered in the port city of Basra."
    (located,) = locate(text, [toponym(text, "Basra", BASRA)], [event(text, "gathered")])
    assert located.place is not None and located.place.reason == "in-sentence preposition 'in'"


def test_possessive_before_the_toponym() -> None:
    text = "Soldiers fought in Ethiopia's Tigray region."
    tigray = Place(name="Tigray", lat=14.0, lon=38.5, country="ETH", precision="admin1")
    ethiopia = Place(name="Ethiopia", lat=9.1, lon=40.5, country="ETH", precision="country")
    places = [toponym(text, "Ethiopia", ethiopia), toponym(text, "Tigray", tigray)]
    (located,) = locate(text, places, [event(text, "fought")])
    assert located.place is not None and located.place.text == "Tigray"


def test_on_names_a_topic_for_countries() -> None:
    text = "Putin held talks on Syria."
    (located,) = locate(text, [toponym(text, "Syria", SYRIA)], [event(text, "talks")])
    assert located.place is None


def test_on_an_island_is_a_place() -> None:
    text = "They met on Russky Island."
    (located,) = locate(text, [toponym(text, "Russky Island", RUSSKY)], [event(text, "met")])
    assert located.place is not None and located.place.reason == "in-sentence preposition 'on'"


def test_toponym_without_preposition_is_not_a_location() -> None:
    text = "Russia criticised the plan."
    (located,) = locate(text, [toponym(text, "Russia", RUSSIA)], [event(text, "criticised")])
    assert located.place is None


def test_unresolved_toponym_is_kept_without_coordinates() -> None:
    text = "They met in Xyzzyland."
    (located,) = locate(text, [toponym(text, "Xyzzyland", None)], [event(text, "met")])
    assert located.place is not None and located.place.text == "Xyzzyland"
    assert located.place.place is None


@pytest.mark.slow
def test_unresolved_toponym_takes_the_place_of_its_container(
    geoparser: Geoparser, spacy_document: Callable[[str], Document]
) -> None:
    text = "A bomb exploded at the Lakeside Market in Hanoi on Monday."
    doc = geoparser(spacy_document(text))
    events = (event(text, "exploded", sentences=doc.sentences),)
    (located,) = EventLocator()(dataclasses.replace(doc, events=events)).events
    assert located.place is not None and located.place.text == "Lakeside Market"
    assert located.place.place is not None and located.place.place.name == "Hanoi"
    assert located.place.reason == "in-sentence preposition 'at', placed by 'Hanoi'"


def test_demonyms_and_possessives_are_not_locations() -> None:
    text = "Russian troops fought Syria's army."
    demonym = dataclasses.replace(toponym(text, "Russian", RUSSIA), reason="demonym")
    (located,) = locate(text, [demonym, toponym(text, "Syria", SYRIA)], [event(text, "fought")])
    assert located.place is None


def test_a_possessive_in_a_locative_phrase_is_a_location() -> None:
    text = "Russian troops fought in Syria's north."
    (located,) = locate(text, [toponym(text, "Syria", SYRIA)], [event(text, "fought")])
    assert located.place is not None and located.place.text == "Syria"


DATELINE_TEXT = (
    "VLADIVOSTOK, April 25 (Reuters) - Kim met Putin. They talked. They ate. "
    "They walked. Russia praised the visit."
)
DATELINE = Span(start=0, end=33, text=DATELINE_TEXT[:33])


def test_toponyms_of_other_sentences_are_ignored_and_the_dateline_is_used() -> None:
    text = DATELINE_TEXT
    places = [
        toponym(text, "VLADIVOSTOK", VLADIVOSTOK),
        toponym(text, "Russia", RUSSIA),
    ]
    events = [event(text, "met", sentence=0), event(text, "talked", sentence=1)]
    first, second = locate(text, places, events, dateline=DATELINE)
    for located in (first, second):
        assert located.place is not None and located.place.text == "VLADIVOSTOK"
        assert located.place.reason == "dateline"


def test_dateline_only_in_the_first_three_sentences() -> None:
    text = DATELINE_TEXT
    places = [toponym(text, "VLADIVOSTOK", VLADIVOSTOK)]
    events = [event(text, "ate", sentence=2), event(text, "walked", sentence=3)]
    third, fourth = locate(text, places, events, dateline=DATELINE)
    assert third.place is not None and third.place.reason == "dateline"
    assert fourth.place is None


def test_dateline_window_starts_at_the_dateline() -> None:
    text = "Leaders meet. " + DATELINE_TEXT
    start = text.index("VLADIVOSTOK")
    dateline = Span(start=start, end=start + 33, text=text[start : start + 33])
    places = [toponym(text, "VLADIVOSTOK", VLADIVOSTOK)]
    events = [event(text, "ate", sentence=3), event(text, "walked", sentence=4)]
    third, fourth = locate(text, places, events, dateline=dateline)
    assert third.place is not None and third.place.reason == "dateline"
    assert fourth.place is None


def test_in_sentence_beats_dateline() -> None:
    text = "VLADIVOSTOK, April 25 (Reuters) - Kim met Putin on Russky Island."
    places = [toponym(text, "VLADIVOSTOK", VLADIVOSTOK), toponym(text, "Russky Island", RUSSKY)]
    (located,) = locate(text, places, [event(text, "met")], dateline=DATELINE)
    assert located.place is not None and located.place.text == "Russky Island"


def test_no_guess_from_actors() -> None:
    text = "Russian officials criticised the plan."
    (located,) = locate(text, [], [event(text, "criticised")])
    assert located.place is None


def test_other_fields_are_kept() -> None:
    text = "Kim met Putin in Vladivostok."
    original = event(text, "met")
    (located,) = locate(text, [toponym(text, "Vladivostok", VLADIVOSTOK)], [original])
    assert dataclasses.replace(located, place=None) == original
    assert located.place is not None and located.place.score == 0.9


def test_document_without_events() -> None:
    doc = Document(article=Article(id="a", text=""))
    assert EventLocator()(doc) == doc


@pytest.mark.slow
def test_with_the_spacy_parse(
    geoparser: Geoparser, spacy_document: Callable[[str], Document]
) -> None:
    text = (
        VLADIVOSTOK_TEXT + " Kim arrived in the Russian Far Eastern city of Vladivostok by train."
    )
    doc = geoparser(spacy_document(text))
    assert doc.parse is not None
    events = (
        event(text, "talks", sentences=doc.sentences),
        event(text, "arrived", sentence=1, sentences=doc.sentences),
    )
    located = EventLocator()(dataclasses.replace(doc, events=events)).events
    assert located[0].place is not None
    assert located[0].place.text in ("Far East Federal University", "Russky Island")
    assert located[1].place is not None and located[1].place.text == "Vladivostok"
    assert located[1].place.reason == "in-sentence preposition 'in'"


@pytest.mark.slow
def test_the_parse_climbs_of_only_through_place_nouns(
    geoparser: Geoparser, spacy_document: Callable[[str], Document]
) -> None:
    text = "The council met at the request of the United States."
    doc = geoparser(spacy_document(text))
    events = (event(text, "met", sentences=doc.sentences),)
    (located,) = EventLocator()(dataclasses.replace(doc, events=events)).events
    assert located.place is None


@pytest.mark.slow
def test_the_object_of_the_trigger_and_clauses_governing_it(
    geoparser: Geoparser, spacy_document: Callable[[str], Document]
) -> None:
    text = "Rebels captured Nablus on Monday. In Kabul, officials said a blast killed five people."
    doc = geoparser(spacy_document(text))
    events = (
        event(text, "captured", sentences=doc.sentences),
        event(text, "killed", sentence=1, sentences=doc.sentences),
    )
    first, second = EventLocator()(dataclasses.replace(doc, events=events)).events
    assert first.place is not None and first.place.text == "Nablus"
    assert first.place.reason == "in-sentence object"
    assert second.place is not None and second.place.text == "Kabul"


@pytest.mark.slow
def test_whom_a_verbal_event_addresses_is_no_place(
    geoparser: Geoparser, spacy_document: Callable[[str], Document]
) -> None:
    text = "Zelensky thanked Britain for its support. Russian troops shelled Kharkiv."
    doc = geoparser(spacy_document(text))
    events = (
        event(text, "thanked", sentences=doc.sentences, verbal=True),
        event(text, "shelled", sentence=1, sentences=doc.sentences),
    )
    thanked, shelled = EventLocator()(dataclasses.replace(doc, events=events)).events
    assert thanked.place is None
    assert shelled.place is not None and shelled.place.text == "Kharkiv"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "where"),
    [
        # a verbal event is not where the act it asks for or reports happens
        ("The envoy urged Asmara to withdraw its troops from Tigray.", "urged", None),
        ("Kenya said that troops had killed ten rebels in Kismayo.", "said", None),
        # ... but where its verb or a clause governing it places it
        ("In Geneva, the minister urged Asmara to withdraw its troops.", "urged", "Geneva"),
    ],
)
def test_a_verbal_event_happens_where_it_was_said(
    geoparser: Geoparser,
    spacy_document: Callable[[str], Document],
    text: str,
    trigger: str,
    where: str | None,
) -> None:
    doc = geoparser(spacy_document(text))
    events = (event(text, trigger, sentences=doc.sentences, verbal=True),)
    (located,) = EventLocator()(dataclasses.replace(doc, events=events)).events
    assert (located.place.text if located.place else None) == where


@pytest.mark.slow
def test_the_place_of_an_argument_and_of_a_clause_of_the_trigger(
    geoparser: Geoparser, spacy_document: Callable[[str], Document]
) -> None:
    text = (
        "Gunmen in Hebron seized the officer in March. "
        "Three guards were killed when their truck was struck by a mine near Tikrit."
    )
    doc = geoparser(spacy_document(text))
    events = (
        event(text, "seized", sentences=doc.sentences),
        event(text, "killed", sentence=1, sentences=doc.sentences),
    )
    first, second = EventLocator()(dataclasses.replace(doc, events=events)).events
    assert first.place is not None and first.place.text == "Hebron"
    assert second.place is not None and second.place.text == "Tikrit"


@pytest.mark.slow
def test_a_place_that_only_describes_a_thing_is_no_location(
    geoparser: Geoparser, spacy_document: Callable[[str], Document]
) -> None:
    text = "Four US marines were wounded on Sunday in clashes in Helmand province."
    doc = geoparser(spacy_document(text))
    events = (event(text, "wounded", sentences=doc.sentences),)
    (located,) = EventLocator()(dataclasses.replace(doc, events=events)).events
    assert located.place is not None and located.place.text == "Helmand"


@pytest.mark.slow
def test_the_occasion_of_the_event_places_it(
    geoparser: Geoparser, spacy_document: Callable[[str], Document]
) -> None:
    text = "The journalist was seized during the invasion of Kuwait in August."
    doc = geoparser(spacy_document(text))
    events = (event(text, "seized", sentences=doc.sentences),)
    (located,) = EventLocator()(dataclasses.replace(doc, events=events)).events
    assert located.place is not None and located.place.text == "Kuwait"


@pytest.mark.slow
def test_a_district_the_gazetteer_lacks_beats_its_city(
    geoparser: Geoparser, spacy_document: Callable[[str], Document]
) -> None:
    text = "A shopkeeper was killed in a grenade attack in the Qalandar district of Basra."
    doc = geoparser(spacy_document(text))
    events = (event(text, "killed", sentences=doc.sentences),)
    (located,) = EventLocator()(dataclasses.replace(doc, events=events)).events
    assert located.place is not None and located.place.text == "Qalandar"
    assert located.place.place is not None and located.place.place.name == "Basra"
    assert located.place.reason.endswith("placed by 'Basra'")


@pytest.mark.slow
def test_a_place_after_of_in_the_object(
    geoparser: Geoparser, spacy_document: Callable[[str], Document]
) -> None:
    text = "Rebel fighters captured the airport of Kandahar late on Tuesday."
    doc = geoparser(spacy_document(text))
    events = (event(text, "captured", sentences=doc.sentences),)
    (located,) = EventLocator()(dataclasses.replace(doc, events=events)).events
    assert located.place is not None and located.place.text == "Kandahar"
    assert located.place.reason == "in-sentence object"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # "the US consulate" only describes a thing; Lisbon is where they protested
        ("Hundreds protested outside the US consulate in Lisbon.", "protested", "Lisbon"),
        # the town, not the region it lies in
        (
            "Gunmen wounded 12 people in the town of Samawa, in the province of Muthanna.",
            "wounded",
            "Samawa",
        ),
        # where a motion verb goes
        ("The minister traveled to Tehran on Monday.", "traveled", "Tehran"),
        # the object of the clause a participle follows
        ("Insurgents stormed the town of Samarra, killing 14 guards.", "killing", "Samarra"),
        # a city that says where the object is
        ("US jets bombed Kabul's largest market on Wednesday.", "bombed", "Kabul"),
        ("The rebels captured Mosul airport.", "captured", "Mosul"),
        # a district the gazetteer lacks, which "on" may introduce
        (
            "The army pressed its assault on the Bab Qamar District of Homs.",
            "pressed",
            "Bab Qamar District",
        ),
        # a township is a place, so the name after its "of" is where
        (
            "A student was shot dead in the Cape Town township of Khayelitsha.",
            "shot",
            "Khayelitsha",
        ),
        # a country that owns the object is no location
        ("Rebels shot down two U.S. drones last week.", "shot", None),
        ("India's first nuclear device was detonated in 1974.", "detonated", None),
        # ... unless the object is its ground
        ("Police patrolled Peru's capital on Sunday.", "patrolled", "Peru"),
        # "on" a name its words call ground, though the gazetteer has it as a town
        ("Five men were arrested on Bolivar Peninsula.", "arrested", "Bolivar Peninsula"),
        ("Riot police marched on the Mission District on Sunday.", "marched", "Mission District"),
        # a trigger read as a participle on a noun, with its "and wounded ..." hung elsewhere
        (
            "A suicide bomber driving a truck packed with explosives killed at least 20 people "
            "and wounded 45 in Samarra.",
            "killed",
            "Samarra",
        ),
        # a clause on the act the trigger happened in that says where it took place
        (
            "Four soldiers were killed in the fighting centering on the town of Kunduz.",
            "killed",
            "Kunduz",
        ),
        ("Nine rebels were killed in clashes that broke out in Mosul.", "killed", "Mosul"),
        (
            "Two policemen were wounded during the clashes, which took place near the airport "
            "in Sanaa.",
            "wounded",
            "Sanaa",
        ),
        # ... not one that says who did it where
        ("Nine rebels were killed in clashes carried out by the army in Mosul.", "killed", None),
        # ... but one of its officials at home, who is attacked in it
        ("Peru's interior minister was shot on Tuesday.", "shot", "Peru"),
        ("Gunmen killed Kenya's top police official on Monday.", "killed", "Kenya"),
        ("Russia's ambassador was shot on Monday.", "shot", None),
        # where the one shot had opened fire just before
        (
            "The gunman was shot dead after opening fire in a crowded cafe in Haifa.",
            "shot",
            "Haifa",
        ),
        # where a motion "out of" began, ranked like "from"
        ("A lawyer was shot dead as he stepped out of his office in Lagos.", "shot", "Lagos"),
        # some of the places the trigger's object names, after "including"
        ("The Taliban captured several strongholds, including Kunduz.", "captured", "Kunduz"),
        ("Rebels captured five towns on Monday, including Kunduz.", "captured", "Kunduz"),
        # ... not of the people it names
        ("An airstrike killed ten militants, including their commander in Mosul.", "killed", None),
        # verbs conjoined with the trigger share its object
        ("Taliban fighters captured and looted Kandahar in 1995.", "captured", "Kandahar"),
        # a direction's "of": in the place ("the north of"), or near it
        ("Troops patrolled the mountains in the north of Lebanon.", "patrolled", "Lebanon"),
        ("A policeman was shot in an ambush 15 kilometers west of Tikrit.", "shot", "Tikrit"),
        # ... but not when it describes another place
        ("Raiders killed two farmers in a mountain village, east of Kabul.", "killed", None),
        # the occasion after which it happened, not one a day before
        ("The gunman was caught after a shootout in Multan.", "caught", "Multan"),
        ("Police arrested him a day after a protest in Madrid.", "arrested", None),
        # the target of an assault, the prize of a battle; not a country owning the target
        ("A rocket attack on Homs killed nine people on Friday.", "killed", "Homs"),
        ("Hundreds of fighters died in the battle for Sirte.", "died", "Sirte"),
        ("Six guards died in a raid against U.S. bases.", "died", None),
        # where the trigger's argument was, in a clause on it; not in an aside about it
        ("A driver crossing a bridge in Mosul was shot dead.", "shot", "Mosul"),
        ("Rahim, who was born in Jeddah, was arrested in 2004.", "arrested", None),
        # where the trigger's clause was attempted
        ("Two soldiers were shot as they tried to cross a bridge near Kirkuk.", "shot", "Kirkuk"),
        # a place the parser hangs on the date after it
        ("Troops patrolled Maputo Monday.", "patrolled", "Maputo"),
        # "outside of", "inside of" place an event like "outside", "inside"
        ("Guards fired on a crowd just outside of Tikrit on Monday.", "fired", "Tikrit"),
        ("Troops searched houses inside of Ramadi on Friday.", "searched", "Ramadi"),
        # "above" places an event
        ("Fighter jets circled the skies above Denver.", "circled", "Denver"),
        # "of" after a number or quantity, or after a place noun (heartland, jungles, borough)
        ("Rebels attacked a convoy in one of Peru's provinces.", "attacked", "Peru"),
        ("Army units advanced in the tribal heartland of Kandahar.", "advanced", "Kandahar"),
        ("Rebels ambushed a patrol in the jungles of Peru.", "ambushed", "Peru"),
        ("Police arrested two men in the borough of Brooklyn on Friday.", "arrested", "Brooklyn"),
        # a town that begins a longer name is no describer
        ("A car bomb exploded at the Karachi Press Club in Pakistan.", "exploded", "Karachi"),
        # a person's origin, or a person the NER took for a place, is no location
        ("Maria Lopez, 34, of Madrid, was shot on Friday.", "shot", None),
        ("Kent, 61, was captured at a checkpoint.", "captured", None),
        ("Houston was arrested on Monday.", "arrested", None),
        ("Houston's brother was shot in the hip on Monday.", "shot", None),
        # a place in an organisation's name only describes it
        ("The Liberation Front of Tajikistan was attacked by troops.", "attacked", None),
        # a town after "the streets of" is a place, whatever the NER says
        ("Police patrolled the streets of Nazareth on Sunday.", "patrolled", "Nazareth"),
        # a name the words call a province is no point: the city wins
        ("Rebels seized Kharkiv, capital of Qorvath province, on Friday.", "seized", "Kharkiv"),
        # a place written just before the province or country it lies in, attached or not
        (
            "Four fighters were killed during raids by militias in Qorvath province, in "
            "northern Syria, monitors said.",
            "killed",
            "Qorvath province",
        ),
        # a smaller town by the city a sentence opens with
        (
            "In Kyiv on Monday, police arrested two men at a market in Brovary.",
            "arrested",
            "Brovary",
        ),
        # a place of the noun after another preposition of the trigger ("with", "for")
        ("Police arrested three smugglers with stolen weapons in Kharkiv.", "arrested", "Kharkiv"),
        ("Two clerks were arrested for fraud in Kharkiv on Monday.", "arrested", "Kharkiv"),
        # a place in the trigger's own clause beats one of a clause with its own subject ...
        (
            "Two guards were killed in Bavaria on Monday and a driver was shot in Vienna.",
            "killed",
            "Bavaria",
        ),
        # ... or than a place a step away in its own clause ...
        (
            "A farmer was shot and killed in a clash near the town of Kisumu, and a riot "
            "broke out near the village of Zandrevo on Friday.",
            "shot",
            "Kisumu",
        ),
        # ... of a contrastive "while" clause ...
        (
            "Two soldiers were shot dead amid clashes in northern Syria, while ministers "
            "travelled to Paris for talks.",
            "shot",
            "Syria",
        ),
        # ... and, for a participle, of the clause it hangs from, even when only near it
        (
            "Rebels launched an offensive in the Idlib countryside on Monday, targeting army "
            "positions north of Saraqib.",
            "targeting",
            "Saraqib",
        ),
        # ... or where an argument of that clause was
        (
            "A suicide bomber attacked a bus carrying Kenyan traders in the town of Kisumu on "
            "Monday, killing six people.",
            "killing",
            "Kisumu",
        ),
        # where the sides of a fight were, hung on the last side
        (
            "Four people were wounded in fighting between rival clans in Kismayo.",
            "wounded",
            "Kismayo",
        ),
        # a town's police act in it
        # a mosque the gazetteer lacks is a point in the town named with it
        ("Police patrolled outside the Zandrevo Mosque in Kisumu.", "patrolled", "Kisumu"),
        ("Dallas police arrested two men on Friday.", "arrested", "Dallas"),
        ("Nairobi protesters marched to parliament on Friday.", "marched", "Nairobi"),
        ("Angry Kandahar residents protested on the main road.", "protested", "Kandahar"),
        ("Angry Texas residents protested on the main road.", "protested", "Texas"),
        # a place's clock says when, not where
        ("The bomb went off at 9:30 a.m. (Nairobi time) in Mombasa.", "went", "Mombasa"),
        ("Rebels attacked the convoy at 12:30 Moscow time.", "attacked", None),
        # a thing of a town that the event befell
        ("The Mombasa floods occurred after a week of heavy rain.", "occurred", "Mombasa"),
        ("The old Nairobi theatre burned down in 1990.", "burned", "Nairobi"),
        ("The Nairobi police commander resigned on Friday.", "resigned", None),
        # "on" a piece of ground a country or town owns places it; "on" a country is a topic
        ("Two smugglers were shot dead on Kenya's border with Somalia.", "shot", "Kenya"),
        ("Nurses marched on Lagos's main hospital on Monday.", "marched", "Lagos"),
        ("Ministers held talks on Kenya's debt in Paris.", "held", "Paris"),
        # ... and just after leaving a place
        ("A judge was shot dead after leaving his Kisumu office on Monday.", "shot", "Kisumu"),
        (
            "A priest was seized after going to the town of Kisumu for a wedding.",
            "seized",
            "Kisumu",
        ),
        ("A councillor died after being shot in the town of Kisumu.", "died", "Kisumu"),
        # an assault "after" which it happened caused it there
        (
            "Six traders were killed after shells hit the city of Kisumu on Friday.",
            "killed",
            "Kisumu",
        ),
        # a name the parser hangs on the verb names the place noun just before it
        (
            "Nurses protested in the seaside capital Lome over unpaid wages.",
            "protested",
            "Lome",
        ),
        # what a clause on an assault noun names as its object is where it struck
        (
            "Ten civilians were killed in air raids that targeted the city of Homs.",
            "killed",
            "Homs",
        ),
        # "from" after a verb of motion names where it began; the destination wins
        ("Hundreds of farmers marched from Lyon on Sunday.", "marched", "Lyon"),
        ("Protesters marched from Nablus to Ramallah on Sunday.", "marched", "Ramallah"),
        # someone abducted or rescued from a place was there
        ("Gunmen abducted 30 pupils from a school in Kaduna.", "abducted", "Kaduna"),
        ("Soldiers rescued two hostages from a house in Mombasa.", "rescued", "Mombasa"),
        # protesters take to a town's streets
        ("Thousands took to the streets of Lyon on Sunday.", "took", "Lyon"),
        # ... but not after a verb of arrival
        ("The minister returned from Vienna on Sunday.", "returned", None),
        # a verb of leaving or driving out happens where it leaves
        ("The rebels withdrew from Kunduz on Monday.", "withdrew", "Kunduz"),
        # the act the event was done by ("by" with a gerund) is where it happened
        ("The army began the assault by storming rebel positions near Rastan.", "began", "Rastan"),
        # a gerund after a preposition is a noun places hang from; "states" a place noun
        ("Three men were killed in a drive-by shooting in Kisumu on Friday.", "killed", "Kisumu"),
        (
            "Gunmen shot dead two mayors in the northern states of Sonora and Sinaloa.",
            "shot",
            "Sonora",
        ),
        # the object of an infinitive of taking a place is where the event was aimed
        ("The army launched an offensive to capture the town of Saraqib.", "launched", "Saraqib"),
        ("Allied jets bombed power plants to free Kuwait.", "bombed", None),
        # so is that of a clause of time that enters, leaves or assails a place
        (
            "Two guards were captured when rebels overran the town of Saraqib.",
            "captured",
            "Saraqib",
        ),
        ("A cleric was shot dead as he left a Kandahar mosque.", "shot", "Kandahar"),
        ("He was killed while defending the town of Saraqib.", "killed", None),
        # a clause on the agent says where it acted; one of staying does not
        ("A judge was shot by two men who fled on a motorcycle in Cali.", "shot", "Cali"),
        ("The vessels stationed in Cyprus were patrolling the coast.", "patrolling", None),
        # a name after a comma names the place noun before it, wherever the parser hung it
        ("Gunmen opened fire on a bus in the capital, Kampala, on Friday.", "opened", "Kampala"),
        # so is that of a gerund of taking or assailing a place after its "by" or "in"
        ("The army began the assault by storming the town of Saraqib.", "began", "Saraqib"),
        ("Rebels succeeded in capturing the town of Saraqib.", "succeeded", "Saraqib"),
        ("Argentina won the final by beating Italy on Sunday.", "won", None),
        # a country owns its embassy or troops wherever they are
        ("Students protested outside the U.S. embassy on Friday.", "protested", None),
        ("Two guards were shot at a U.S. military base on Friday.", "shot", None),
        # a "where" clause holding the trigger happened at the noun it is on
        (
            "Rebels shelled the town of Saraqib, where two children were killed.",
            "killed",
            "Saraqib",
        ),
        ("Envoys arrived in Kandahar where three guards were shot on Monday.", "shot", "Kandahar"),
        # "between" two towns places the event; between two countries it names sides
        ("Jets struck rebel positions between Saraqib and Idlib.", "struck", "Saraqib"),
        ("Talks between Russia and China began on Monday.", "began", None),
        # a way's "to" names the place it leads into
        ("Hundreds demonstrated at the entrance to Nablus on Friday.", "demonstrated", "Nablus"),
        ("A driver was shot on the road to Jenin on Monday.", "shot", "Jenin"),
        # a building the gazetteer lacks is a point in the town named with it
        ("A diplomat was shot outside the Lakeside Hotel in Nairobi.", "shot", "Nairobi"),
        # a clause of what happened before, with its own subject, is another event
        ("Hours before the envoy landed in Tokyo, the North fired a missile.", "fired", None),
        # a road is a line through places: the town along it wins
        (
            "Rebels stormed the town of Saraqib along the Aleppo-Latakia Highway on Monday.",
            "stormed",
            "Saraqib",
        ),
        # a verb conjoined after the trigger's own words is another act
        (
            "He was captured by Afghan troops in Helmand province and flown to a base in Kabul.",
            "captured",
            "Helmand",
        ),
        # "and nine civilians wounded in": the parser's noun conjunct hides a verb
        (
            "Two policemen were killed and nine civilians wounded in the city of Samarra on "
            "Friday.",
            "killed",
            "Samarra",
        ),
        # the town a protest against something was in; not the place of an act protested
        ("Thousands demonstrated against the reform in Lyon on Saturday.", "demonstrated", "Lyon"),
        ("Hundreds protested against the killing of a student in Lyon.", "protested", None),
        # how near: "not far from", "away from", "close to"; not "far from"
        ("The convoy was ambushed not far from Kandahar on Monday.", "ambushed", "Kandahar"),
        (
            "A car bomb exploded 200 meters away from the police station in Kirkuk.",
            "exploded",
            "Kirkuk",
        ),
        ("A bomb exploded close to the stadium in Jalalabad.", "exploded", "Jalalabad"),
        ("The patrol was ambushed far from its base in Kandahar.", "ambushed", None),
    ],
)
def test_the_most_specific_place_where_it_happened(
    geoparser: Geoparser,
    spacy_document: Callable[[str], Document],
    text: str,
    trigger: str,
    place: str | None,
) -> None:
    doc = geoparser(spacy_document(text))
    events = (event(text, trigger, sentences=doc.sentences),)
    (located,) = EventLocator()(dataclasses.replace(doc, events=events)).events
    assert (located.place.text if located.place else None) == place


@pytest.mark.slow
def test_a_name_the_actor_dictionaries_know_as_a_person_is_no_place(
    geoparser: Geoparser, spacy_document: Callable[[str], Document]
) -> None:
    """ "Marin", which spaCy takes for a place, is the captive when the actors know him."""
    text = "Soldiers captured Marin at a farm outside Bogota on Monday."
    doc = geoparser(spacy_document(text))
    person = mention_of(text, "Marin", "COLREB", kind="person")
    events = (event(text, "captured", sentences=doc.sentences),)
    given = dataclasses.replace(doc, mentions=(person,), events=events)
    (located,) = EventLocator()(given).events
    assert located.place is not None and located.place.text == "Bogota"


def given_toponyms(text: str) -> tuple[Toponym, ...]:
    """Hand-given toponyms: "Qorvath", a name the gazetteer lacks, and Basra, in one sentence."""
    names = [("Qorvath", None), ("Basra", BASRA)]
    found = [toponym(text, name, place) for name, place in names if name in text]
    return tuple(dataclasses.replace(found_one, sentence=0) for found_one in found)


def place_of(doc: Document, trigger: str) -> str | None:
    """Where the event at ``trigger`` of a parsed one-sentence document happened."""
    text = doc.article.text
    events = (event(text, trigger, sentences=doc.sentences),)
    given = dataclasses.replace(doc, toponyms=given_toponyms(text), events=events)
    (located,) = EventLocator()(given).events
    return located.place.text if located.place else None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "where"),
    [
        # an unknown name that reads as a person is no location
        ("Police seized Qorvath in Basra and later jailed him.", "seized", "Basra"),
        ("Qorvath was stabbed outside a cafe in Basra.", "stabbed", "Basra"),
        ("His cousin, Qorvath, 61, was captured in Basra.", "captured", "Basra"),
        ("Qorvath was captured in Basra last month.", "captured", "Basra"),
        # a name before a site is where the site is, not a describer
        ("Gunmen opened fire near the Qorvath checkpoint in Basra.", "opened", "Qorvath"),
        # the place of the doer after "by" of an act is the act's
        (
            "Four people were injured in a suicide bombing by a militant in Basra on Monday.",
            "injured",
            "Basra",
        ),
        # a place opening the sentence sets the scene for a name inside it
        (
            "In Basra, gunmen shot a driver at a market near the Qorvath checkpoint.",
            "shot",
            "Qorvath",
        ),
        # a site's "of" names the town it is in
        (
            "A bomb exploded in the council headquarters of Qorvath, near Basra.",
            "exploded",
            "Qorvath",
        ),
        # a street's or a square's "of" names the town it is in
        (
            "Protesters marched through the main avenue of Basra on Sunday.",
            "marched",
            "Basra",
        ),
        ("A man was shot dead on a busy downtown street of Basra.", "shot", "Basra"),
        ("Rebels captured Qorvath on Monday after heavy fighting.", "captured", "Qorvath"),
        # a participle the parser hangs on a clause inside takes the outer clause's object
        (
            "Armed men raided the village of Qorvath as farmers were gathering for the "
            "harvest, killing 11 people.",
            "killing",
            "Qorvath",
        ),
        # "on" takes a city through a place noun
        ("Demonstrators marched on Basra's business district on Friday.", "marched", "Basra"),
        # a place the parser hangs on the doer or the means
        (
            "A judge was shot by two men with automatic rifles in the town of Basra, about "
            "200 kilometers (120 miles) south of the capital.",
            "shot",
            "Basra",
        ),
        (
            "Dozens of fighters were killed in recent airstrikes by the coalition's warplanes "
            "on the province of Basra, sources said.",
            "killed",
            "Basra",
        ),
        # the area a main town is in is wider than the town
        ("Two bodies were found on a road in Basra, the main town of Qorvath.", "found", "Basra"),
    ],
)
def test_places_among_given_toponyms(
    spacy_document: Callable[[str], Document], text: str, trigger: str, where: str
) -> None:
    assert place_of(spacy_document(text), trigger) == where


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "where"),
    [
        # the place the chosen one only locates is where the event is
        (
            "Qorvath, a village in the Basra countryside, came under attack on Sunday when "
            "gunmen stormed its market.",
            "stormed",
            "Qorvath",
        ),
        (
            "A bomb exploded at a market in the village of Qorvath, near the Basra town, on "
            "Monday.",
            "exploded",
            "Qorvath",
        ),
        (
            "Gunmen targeted the key town of Qorvath inside the Basra region on Friday.",
            "targeted",
            "Qorvath",
        ),
        # not a bearing
        ("Four soldiers were killed north of Qorvath in Basra.", "killed", "Basra"),
    ],
)
def test_the_place_the_chosen_one_locates(
    spacy_document: Callable[[str], Document], text: str, trigger: str, where: str
) -> None:
    assert place_of(spacy_document(text), trigger) == where


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Rebels launched an offensive in Qorvath province on Monday, targeting the Syrian "
        "Arab Army (SAA) controlled Basra district.",
        "Militants launched an assault in Qorvath province on Friday, targeting the army "
        "held village of Basra.",
    ],
)
def test_a_participle_of_holding_read_as_a_verb_describes_the_target(
    spacy_document: Callable[[str], Document], text: str
) -> None:
    """ "targeting the army (SAA) controlled X", which spaCy reads with a verb "controlled":
    X is the target."""
    assert place_of(spacy_document(text), "targeting") == "Basra"


def test_the_part_of_a_place_the_words_name() -> None:
    """ "the Qorvath region of Aleppo": the region, though the gazetteer ranks a city as more
    specific."""
    region = Place(name="Qorvath", lat=36.3, lon=37.3, country="SYR", precision="region")
    aleppo = Place(name="Aleppo", lat=36.2, lon=37.15, country="SYR")
    text = "Rebels attacked a convoy in the Qorvath region of Aleppo."
    places = [toponym(text, "Qorvath", region), toponym(text, "Aleppo", aleppo)]
    (located,) = locate(text, places, [event(text, "attacked")])
    assert located.place is not None and located.place.text == "Qorvath"


def test_the_district_the_words_name_among_names_the_gazetteer_lacks() -> None:
    """ "the Qorvath district of Tarvik": the district, though Tarvik is nearer the verb."""
    text = "In the Qorvath district of Tarvik, rebels attacked a convoy."
    places = [toponym(text, "Qorvath", None), toponym(text, "Tarvik", None)]
    (located,) = locate(text, places, [event(text, "attacked")])
    assert located.place is not None and located.place.text == "Qorvath"


def hand_parsed(nlp: Any, parse: str) -> Document:
    """A document of one sentence parsed by hand, one "word/head/dep/tag/pos" per token,
    to pin a parse spaCy gives only sometimes."""
    tokens = [token.split("/") for token in parse.split()]
    words = [t[0] for t in tokens]
    spaces = [i + 1 < len(words) and words[i + 1] not in ".," for i in range(len(words))]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=[int(t[1]) for t in tokens],
        deps=[t[2] for t in tokens],
        tags=[t[3] for t in tokens],
        pos=[t[4] for t in tokens],
    )
    return to_document(Document(article=Article(id="a1", text=doc.text)), doc)


@pytest.mark.parametrize(
    ("parse", "trigger"),
    [
        # "in Basra" hung on the date, as spaCy does: "was arrested March 3 in Lima"
        (
            "He/2/nsubjpass/PRP/PRON was/2/auxpass/VBD/AUX captured/2/ROOT/VBN/VERB "
            "Jan./2/npadvmod/NNP/PROPN 15/3/nummod/CD/NUM in/3/prep/IN/ADP "
            "Basra/5/pobj/NNP/PROPN ./2/punct/./PUNCT",
            "captured",
        ),
        # a month and day written as one word, an adverb of the trigger
        (
            "He/2/nsubjpass/PRP/PRON was/2/auxpass/VBD/AUX captured/2/ROOT/VBN/VERB "
            "Oct.9/2/advmod/NNP/PROPN in/3/prep/IN/ADP Basra/4/pobj/NNP/PROPN ./2/punct/./PUNCT",
            "captured",
        ),
        # "patrolled Basra Thursday", read as one name with no DATE entity
        (
            "Police/1/nsubj/NNS/NOUN patrolled/1/ROOT/VBD/VERB Basra/3/compound/NNP/PROPN "
            "Thursday/1/npadvmod/NNP/PROPN ./1/punct/./PUNCT",
            "patrolled",
        ),
        # "targeting the army's (SAA) defenses at Basra", "defenses" an object predicate
        (
            "Rebels/1/nsubj/NNS/NOUN targeted/1/ROOT/VBD/VERB the/3/det/DT/DET "
            "defenses/1/oprd/NNS/NOUN at/3/prep/IN/ADP Basra/4/pobj/NNP/PROPN ./1/punct/./PUNCT",
            "targeted",
        ),
    ],
)
def test_a_place_in_a_parse_spacy_gives_at_times(nlp: Any, parse: str, trigger: str) -> None:
    assert place_of(hand_parsed(nlp, parse), trigger) == "Basra"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        (
            "Rebels captured two villages known as Qorvath and Tarvik on Monday.",
            "captured",
            "Qorvath",
        ),
        ("The attack occurred in a place called Zandrevo on Friday.", "occurred", "Zandrevo"),
    ],
)
def test_a_name_a_place_noun_is_called_by_is_where_the_noun_is(
    geoparser: Geoparser,
    spacy_document: Callable[[str], Document],
    text: str,
    trigger: str,
    name: str,
) -> None:
    doc = geoparser(spacy_document(text))
    events = (event(text, trigger, sentences=doc.sentences),)
    (located,) = EventLocator()(dataclasses.replace(doc, events=events)).events
    assert located.place is not None and located.place.text == name


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Fighting raged in Mombasa on Monday. Rebels shelled a school in the east of the city.",
            "Mombasa",
        ),
        ("Troops entered Mombasa on Monday. Rebels later shelled the town.", "Mombasa"),
        (
            "Mombasa was calm. Troops left Mombasa for Nairobi. Rebels later shelled the city.",
            "Mombasa",
        ),
        ("Fighting raged in Mombasa on Monday. Rebels shelled the city's only school.", None),
        (
            "Fighting raged in Kenya on Monday. Rebels shelled a school in the east of the city.",
            None,
        ),
    ],
)
def test_the_city_is_the_town_named_before(
    geoparser: Geoparser,
    spacy_document: Callable[[str], Document],
    text: str,
    place: str | None,
) -> None:
    doc = geoparser(spacy_document(text))
    last = len(doc.sentences) - 1
    events = (event(text, "shelled", sentence=last, sentences=doc.sentences),)
    (located,) = EventLocator()(dataclasses.replace(doc, events=events)).events
    assert (located.place.text if located.place else None) == place
    if located.place is not None:
        assert located.place.reason.endswith("named before")
