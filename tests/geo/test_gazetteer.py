"""The gazetteer: lookups, the prior, our data files and containment."""

from __future__ import annotations

import pytest

from eventwire.errors import ConfigError
from eventwire.geo import Gazetteer, Geoparser, default_gazetteer
from eventwire.geo.gazetteer import DATA, normalise, read_tsv, usable_alternates
from tests.geo.documents import build_document

PRECISIONS = {"city", "admin1", "country", "region", "point", "water"}


def test_default_gazetteer_is_built_once(gazetteer: Gazetteer) -> None:
    assert default_gazetteer() is gazetteer
    assert len(gazetteer) > 60_000


def test_vladivostok_is_in_russia(gazetteer: Gazetteer) -> None:
    (place,) = gazetteer.lookup("Vladivostok")
    assert (place.country, place.precision, place.geonameid) == ("RUS", "city", 2013348)
    assert place.lat == pytest.approx(43.1, abs=0.1)
    assert place.lon == pytest.approx(131.9, abs=0.1)


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("VLADIVOSTOK", "Vladivostok"),
        ("  vladivostok ", "Vladivostok"),
        ("Sao Paulo", "São Paulo"),
        ("Nagorno Karabakh", "Nagorno-Karabakh"),
        ("Cote d\u2019Ivoire", "Ivory Coast"),
        ("the United States", "United States"),
        ("U.S.", "United States"),
        ("Kiev", "Kyiv"),
        ("Britain", "United Kingdom"),
    ],
)
def test_lookup_ignores_case_accents_and_punctuation(
    gazetteer: Gazetteer, spelling: str, name: str
) -> None:
    assert gazetteer.lookup(spelling)[0].name == name


@pytest.mark.parametrize(
    ("name", "known"),
    [("Al-Raqqa", "Raqqa"), ("Deir Ezzor", "Deir ez-Zor"), ("Al-Sweida", "Sweida")],
)
def test_arabic_spelling_variants(gazetteer: Gazetteer, name: str, known: str) -> None:
    assert gazetteer.lookup(name)[:1] == gazetteer.lookup(known)[:1] != ()


def test_a_variant_is_only_an_arab_worlds_place(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Sisi")  # a Greek village
    assert gazetteer.lookup("El-Sisi") == ()


def test_unknown_name_has_no_candidates(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Prime Minister") == ()
    assert gazetteer.lookup("") == ()


def test_prior_puts_capitals_and_countries_first(gazetteer: Gazetteer) -> None:
    paris = gazetteer.lookup("Paris")
    assert paris[0].country == "FRA"
    assert any(place.country == "USA" for place in paris)
    georgia = gazetteer.lookup("Georgia")
    assert [(place.country, place.precision) for place in georgia[:2]] == [
        ("GEO", "country"),
        ("USA", "admin1"),
    ]
    washington = gazetteer.lookup("Washington")
    assert (washington[0].precision, washington[1].precision) == ("city", "admin1")
    assert washington[0].lat == pytest.approx(38.9, abs=0.1)


def test_prior_then_population(gazetteer: Gazetteer) -> None:
    candidates = gazetteer.lookup("Springfield")
    ranks = [gazetteer.prior(place) for place in candidates]
    assert ranks == sorted(ranks)
    assert gazetteer.lookup("New York")[0].name == "New York City"


def test_every_country_has_coordinates(gazetteer: Gazetteer) -> None:
    iso3 = {row["iso3"] for row in read_tsv(DATA / "countries.tsv")}
    assert len(iso3) == 252
    for code in iso3:
        place = gazetteer.country(code)
        assert place is not None and place.precision == "country", code
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180
    russia = gazetteer.country("rus")
    assert russia is not None and russia.name == "Russia"
    assert gazetteer.country("XXX") is None


@pytest.mark.parametrize(
    ("name", "country", "precision"),
    [
        ("Russky Island", "RUS", "point"),
        ("Gaza Strip", "PSE", "region"),
        ("Gaza", "PSE", "region"),
        ("West Bank", "PSE", "region"),
        ("DMZ", "", "region"),
        ("Panmunjom", "", "point"),
        ("Strait of Hormuz", "", "water"),
        ("Camp David", "USA", "point"),
        ("Tigray", "ETH", "admin1"),
        ("Donbass", "UKR", "region"),
        ("White House", "USA", "point"),
    ],
)
def test_additions(gazetteer: Gazetteer, name: str, country: str, precision: str) -> None:
    place = gazetteer.lookup(name)[0]
    assert (place.country, place.precision) == (country, precision)
    assert place.geonameid is None


@pytest.mark.parametrize(
    ("text", "name", "country", "precision"),
    [
        (
            "Drones struck a compound in North Waziristan on Sunday.",
            "North Waziristan",
            "PAK",
            "region",
        ),
        (
            "Fighting spread across Upper Nile after the truce collapsed.",
            "Upper Nile",
            "SSD",
            "admin1",
        ),
        ("Two tankers waited in the Aegean Sea for clearance.", "Aegean Sea", "", "water"),
        ("Shelling was reported in the Bekaa Valley overnight.", "Bekaa Valley", "LBN", "region"),
        ("Gunmen ambushed a patrol in Kabardino-Balkaria.", "Kabardino-Balkaria", "RUS", "admin1"),
        ("Aid ships docked at Hodeidah on Monday.", "Hodeidah", "YEM", "point"),
        (
            "Coast guard boats blocked a supply run to Second Thomas Shoal.",
            "Second Thomas Shoal",
            "",
            "point",
        ),
        ("Herders fled raids in Jubaland last week.", "Jubaland", "SOM", "region"),
        ("Armed groups clashed again in Catatumbo.", "Catatumbo", "COL", "region"),
    ],
)
def test_places_news_names_resolve_in_a_sentence(
    geoparser: Geoparser, text: str, name: str, country: str, precision: str
) -> None:
    """Conflict districts, states, waters and shoals of our additions are found (whatever
    the NER tagged) and placed in their country."""
    (toponym,) = geoparser(build_document(text)).toponyms
    assert toponym.text == name
    assert toponym.place is not None
    assert (toponym.place.country, toponym.place.precision) == (country, precision)


def test_a_swat_team_is_no_place(geoparser: Geoparser) -> None:
    """Swat of Pakistan is listed only as "Swat Valley" and "Swat district"."""
    assert geoparser(build_document("A SWAT team raided the house.")).toponyms == ()
    assert geoparser(build_document("Troops moved into the Swat Valley.")).toponyms[0].place


def test_additions_file_is_well_formed() -> None:
    rows = list(read_tsv(DATA / "additions.tsv"))
    assert len(rows) >= 80
    assert len({row["name"] for row in rows}) == len(rows)
    for row in rows:
        assert row["precision"] in PRECISIONS - {"city", "country"}, row["name"]
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        assert row["country"] == "" or len(row["country"]) == 3


def test_every_province_of_ours_takes_its_seats_admin1_code(gazetteer: Gazetteer) -> None:
    rows = [row for row in read_tsv(DATA / "regions.tsv") if row["precision"] == "admin1"]
    assert len(rows) >= 500
    assert len({(row["name"], row["country"]) for row in rows}) == len(rows)
    for row in rows:
        place = next(
            p
            for p in gazetteer.lookup(row["name"])
            if p.country == row["country"] and p.precision == "admin1"
        )
        assert gazetteer.admin1(place), row["name"]  # so that its towns lie inside it
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180


def test_us_states(gazetteer: Gazetteer) -> None:
    (texas,) = gazetteer.lookup("Texas")
    assert (texas.country, texas.precision) == ("USA", "admin1")
    assert gazetteer.lookup("Calif.")[0].name == "California"


def test_contains(gazetteer: Gazetteer) -> None:
    texas, russia = gazetteer.lookup("Texas")[0], gazetteer.lookup("Russia")[0]
    paris = gazetteer.lookup("Paris")
    paris_texas = next(p for p in paris if p.country == "USA" and p.population > 20_000)
    assert gazetteer.contains(texas, paris_texas)
    assert not gazetteer.contains(texas, paris[0])
    assert gazetteer.contains(russia, gazetteer.lookup("Vladivostok")[0])
    assert not gazetteer.contains(russia, russia)
    assert gazetteer.contains(gazetteer.lookup("Vladivostok")[0], gazetteer.lookup("Russky")[0])


def test_known_as(gazetteer: Gazetteer) -> None:
    moscow = gazetteer.lookup("Moscow")[0]
    assert gazetteer.known_as(moscow, "MOSCOW")
    britain = gazetteer.lookup("Britain")[0]
    assert gazetteer.known_as(britain, "Britain")
    kyiv = gazetteer.lookup("Kiev")[0]
    assert not gazetteer.known_as(kyiv, "Kiev")


def test_rank(gazetteer: Gazetteer) -> None:
    ranks = [
        gazetteer.rank(gazetteer.lookup(name)[0])
        for name in ("Russia", "Moscow", "Crimea", "Texas", "Vladivostok")
    ]
    assert ranks == sorted(ranks)


def test_unavailable_city_list_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="15000"):
        Gazetteer(min_city_population=100)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("  The  Gaza-Strip ", "gaza strip"),
        ("C\u00f4te d\u2019Ivoire", "cote divoire"),
        ("Washington, D.C.", "washington dc"),
        ("\u0141\u00f3d\u017a", "lodz"),
        ("Nagorno\u2013Karabakh", "nagorno karabakh"),
    ],
)
def test_normalise(name: str, key: str) -> None:
    assert normalise(name) == key


def test_usable_alternates_keeps_latin_names_only() -> None:
    names = ["Vladivostok", "VVO", "Władywostok", "Владивосток", "fu la di", "Vl", "NYC area"]
    assert usable_alternates(names) == ["Vladivostok", "Władywostok", "NYC area"]
