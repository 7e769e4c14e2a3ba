"""The actor knowledge base: packaged tables, user files, validation, terms of office."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from eventwire.actors import KnowledgeBase, default_knowledge_base
from eventwire.actors.knowledge import (
    PACKAGED,
    code_of,
    name_variants,
    particle_variants,
    phrase_key,
)
from eventwire.errors import ConfigError

DATA = Path(__file__).resolve().parents[2] / "eventwire" / "actors" / "data"
PEOPLE = (
    "name\taliases\tcountry\tsectors\toffice\tstart\tend\tnote\n"
    "Vladimir Putin\tPutin\tRUS\tGOV\tpresident\t2000-05-07\t2008-05-07\t\n"
    "Vladimir Putin\tPutin\tRUS\tGOV\tprime minister\t2008-05-08\t2012-05-07\t\n"
    "Vladimir Putin\tPutin\tRUS\tGOV\tpresident\t2012-05-07\t\t\n"
    "Ivan Dorn\tDorn\tUKR\tGOV\tforeign minister\t2010-01-01\t2014-01-01\t\n"
    "Ana Ruiz\tRuiz\tIGOUNO\tGOV\tenvoy\t2015-01-01\t\t\n"
)


def write(folder: Path, name: str, text: str) -> Path:
    """A file in the folder, with the given text."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def base(tmp_path: Path) -> Path:
    """A copy of the packaged tables without people.tsv."""
    folder = tmp_path / "base"
    folder.mkdir()
    for name in PACKAGED:
        if name != "people.tsv":
            shutil.copy(DATA / name, folder / name)
    return folder


def test_packaged_tables_load_once() -> None:
    kb = default_knowledge_base()
    assert kb is default_knowledge_base()
    assert len(kb.countries) >= 250
    assert {"USA", "PRK", "XKX", "PSE", "TWN", "SUN", "YUG", "CSK", "DDR"} <= set(kb.countries)
    assert kb.names[phrase_key("U.S.")][0].key == "USA"
    assert kb.names[phrase_key("Democratic People\u2019s Republic of Korea")][0].key == "PRK"
    assert kb.role_lookup(["troops"]) is not None


def test_every_country_has_a_capital_or_is_a_territory() -> None:
    kb = default_knowledge_base()
    sovereign = ("RUS", "USA", "PRK", "KOR", "CHN", "GBR", "FRA", "DEU", "JPN", "UKR", "IRN")
    assert all(kb.countries[iso].capitals for iso in sovereign)
    assert "Kyiv" in kb.countries["UKR"].capitals and "Kiev" in kb.countries["UKR"].capitals


def test_people_table_may_be_absent_or_empty(base: Path) -> None:
    assert KnowledgeBase.load(data_dir=base).people == {}
    write(base, "people.tsv", "# nothing yet\n")
    assert KnowledgeBase.load(data_dir=base).people == {}


def test_a_missing_base_table_is_an_error(base: Path) -> None:
    (base / "roles.tsv").unlink()
    with pytest.raises(ConfigError, match=r"roles\.tsv: the actor table is missing"):
        KnowledgeBase.load(data_dir=base)


def test_terms_of_office_as_of_a_date(base: Path) -> None:
    write(base, "people.tsv", PEOPLE)
    kb = KnowledgeBase.load(data_dir=base)
    putin = kb.people["Vladimir Putin"]
    assert putin.actor(date(2010, 6, 1)).code == "RUSGOV"  # prime minister
    assert putin.actor(date(2019, 4, 26)).code == "RUSGOV"  # president
    assert putin.terms_on(date(2010, 6, 1))[0].office == "prime minister"
    dorn = kb.people["Ivan Dorn"]
    assert dorn.actor(date(2012, 1, 1)).code == "UKRGOV"
    out = dorn.actor(date(2016, 1, 1))
    assert (out.code, out.sectors, out.name) == ("UKRELI", ("ELI",), "Ivan Dorn")  # former
    assert dorn.actor(None).code == "UKRGOV"  # no date: the latest term


def test_a_term_names_its_holder_for_two_days_after_its_end(base: Path) -> None:
    write(base, "people.tsv", PEOPLE)
    dorn = KnowledgeBase.load(data_dir=base).people["Ivan Dorn"]
    assert dorn.actor(date(2014, 1, 2)).code == "UKRGOV"  # removed yesterday, told today
    assert dorn.actor(date(2014, 1, 3)).code == "UKRGOV"
    assert dorn.actor(date(2014, 1, 4)).code == "UKRELI"


def test_a_junta_council_chairman_is_its_government_over_his_army_post(base: Path) -> None:
    people = (
        PEOPLE.split("\n", 1)[0] + "\n"
        "Aung Min\tMin\tMMR\tMIL\tcommander-in-chief\t2011-03-30\t\t\n"
        "Aung Min\tMin\tMMR\tGOV|MIL\tstate administration council chairman\t2021-02-02\t\t\n"
        "Ko Than\tThan\tMMR\tMIL\tarmy chief\t2000-01-01\t\t\n"
        "Ko Than\tThan\tMMR\tGOV|MIL\tjunta leader\t2010-01-01\t\t\n"
    )
    write(base, "people.tsv", people)
    kb = KnowledgeBase.load(data_dir=base)
    chairman = kb.people["Aung Min"]
    assert chairman.actor(date(2019, 1, 1)).code == "MMRMIL"  # army chief alone
    assert chairman.actor(date(2023, 1, 1)).code == "MMRGOVMIL"  # the junta's head
    assert kb.people["Ko Than"].actor(date(2012, 1, 1)).code == "MMRGOVMIL"


def test_a_term_in_an_organisation(base: Path) -> None:
    write(base, "people.tsv", PEOPLE)
    kb = KnowledgeBase.load(data_dir=base)
    actor = kb.people["Ana Ruiz"].actor(date(2020, 1, 1))
    assert (actor.code, actor.country, actor.name) == ("IGOUNO", "", "Ana Ruiz")
    assert kb.people["Ana Ruiz"].actor(date(2010, 1, 1)) is None


def test_user_rows_add_and_override(base: Path, tmp_path: Path) -> None:
    write(base, "people.tsv", PEOPLE)
    extra = write(
        tmp_path,
        "mine.tsv",
        "iso3\tname\taliases\tdemonyms\tcapitals\n"
        "RUS\tRussian Federation\tRussia|Rossiya\tRussian\tMoscow\n"
        "ZZZ\tFreedonia\t\tFreedonian\tFreedon City\n",
    )
    people = write(
        tmp_path,
        "people.tsv",
        "name\taliases\tcountry\tsectors\toffice\tstart\tend\tnote\n"
        "Ivan Dorn\tDorn\tUKR\tGOV\tforeign minister\t2010-01-01\t2020-01-01\textended\n",
    )
    kb = KnowledgeBase.load([extra, people], data_dir=base)
    assert kb.countries["RUS"].name == "Russian Federation"
    assert kb.names[("Rossiya",)][0].key == "RUS"
    assert kb.names[("Freedonian",)][0].key == "ZZZ"
    assert kb.people["Ivan Dorn"].actor(date(2016, 1, 1)).code == "UKRGOV"
    assert len(kb.people["Ivan Dorn"].terms) == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("phrase\tsectors\tkind\ntroops\tMIL\tcrowd\n", r"bad\.tsv:2: kind 'crowd'"),
        ("phrase\tsectors\tkind\n# note\ntroops\tmil\tgroup\n", r"bad\.tsv:3: sector 'mil'"),
        ("phrase\tsectors\tkind\ntroops\tMIL\tgroup\textra\n", r"bad\.tsv:2: 4 tab-separated"),
        ("phrase\tsectors\tkind\n\tMIL\tgroup\n", r"bad\.tsv:2: the 'phrase' field is empty"),
        ("phrase\tcode\tnote\nKremlin\tXXXGOV\t\n", r"bad\.tsv:2: code 'XXXGOV' is neither"),
        ("who\twhat\nx\ty\n", r"bad\.tsv:1: unknown header"),
        ("# only a comment\n", r"bad\.tsv: no header line"),
        (
            "code\tname\taliases\tsectors\nIGOXX\tOne\tOX\tIGO\nIGOYY\tTwo\tOX\tIGO\n",
            r"bad\.tsv:3: 'OX' already names another row \(.*bad\.tsv:2\)",
        ),
        (
            "phrase\tsectors\tkind\ntroops\tMIL\tgroup\nTroops\tMIL\tgroup\n",
            r"bad\.tsv:3: duplicate row for 'troops' \(first at line 2\)",
        ),
        (
            "name\taliases\tcountry\tsectors\toffice\tstart\tend\tnote\n"
            "A B\t\tRUS\tGOV\tpresident\t2001-13-01\t\t\n",
            r"bad\.tsv:2: start '2001-13-01' is not an ISO date",
        ),
        (
            "name\taliases\tcountry\tsectors\toffice\tstart\tend\tnote\n"
            "A B\t\tRUS\tGOV\tpresident\t2005-01-01\t2001-01-01\t\n",
            r"bad\.tsv:2: end 2001-01-01 is before start 2005-01-01",
        ),
        (
            "name\taliases\tcountry\tsectors\toffice\tstart\tend\tnote\n"
            "A B\t\trus\tGOV\tpresident\t\t\t\n",
            r"bad\.tsv:2: country 'rus'",
        ),
    ],
)
def test_bad_rows_name_file_and_line(base: Path, tmp_path: Path, text: str, message: str) -> None:
    bad = write(tmp_path, "bad.tsv", text)
    with pytest.raises(ConfigError, match=message):
        KnowledgeBase.load([bad], data_dir=base)


def test_unreadable_user_file(base: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the actor file"):
        KnowledgeBase.load([tmp_path / "absent.tsv"], data_dir=base)


def test_country_phrases_must_not_clash(base: Path, tmp_path: Path) -> None:
    extra = write(
        tmp_path,
        "clash.tsv",
        "iso3\tname\taliases\tdemonyms\tcapitals\nZZZ\tFreedonia\t\t\tMoscow\n",
    )
    with pytest.raises(ConfigError, match=r"clash\.tsv:2: 'Moscow' already names another row"):
        KnowledgeBase.load([extra], data_dir=base)


def test_knowledge_base_is_read_only() -> None:
    kb = default_knowledge_base()
    with pytest.raises(TypeError):
        kb.countries["XXX"] = kb.countries["RUS"]  # type: ignore[index]


def test_organisation_names_are_found_as_the_press_writes_them() -> None:
    kb = default_knowledge_base()

    def org(phrase: str) -> str:
        entries = kb.names.get(phrase_key(phrase), ())
        return next((e.key for e in entries if e.kind == "organisation"), "")

    assert org("Ecowas") == org("ECOWAS") == "ECOWAS"
    assert org("Unicef") == "UNICEF"
    assert org("Inter American Development Bank") == "Inter-American Development Bank"
    assert org("Africa Union") == "African Union"
    assert org("Care") == ""  # a word before it is an acronym


def test_name_variants() -> None:
    assert name_variants(("OPEC", "Organization of the Petroleum Exporting Countries")) == (
        "Opec",
        "Organisation of the Petroleum Exporting Countries",
    )
    assert name_variants(("Asia-Pacific Forum", "UN", "CARE")) == ("Asia Pacific Forum",)
    assert name_variants(("Nato", "NATO")) == ()
    assert "Al-Qaeda in the Islamic Maghreb" in name_variants(("al-Qaeda in the Islamic Maghreb",))
    assert name_variants(("Sailors' Union of Ruritania",)) == ("Sailors Union of Ruritania",)
    assert name_variants(("People's Front",)) == ()  # a singular's apostrophe stays


def test_particle_variants() -> None:
    assert particle_variants(("Omar al-Bashir",)) == (
        "Omar Al-Bashir",
        "Omar al Bashir",
        "Omar Al Bashir",
    )
    assert particle_variants(("Ahmed Al Sheikh",))[0] == "Ahmed al-Sheikh"
    assert particle_variants(("Al Gore", "Alan Smith", "Elena el")) == ()


def test_a_person_is_found_with_the_arabic_article_written_another_way() -> None:
    kb = default_knowledge_base()
    for written in ("Omar Al Bashir", "Omar al Bashir", "Omar Al-Bashir"):
        assert kb.names[phrase_key(written)][0].key == "Omar al-Bashir"


def test_peoples_by_what_their_names_may_name() -> None:
    peoples = default_knowledge_base().peoples
    assert peoples[phrase_key("Tibetans")] == "plural"
    assert peoples[phrase_key("Welsh people")] == "plural"
    assert peoples[phrase_key("Rohingya")] == "invariant"  # its own plural
    assert peoples[phrase_key("Tibetan")] == "adjective"  # or one person: no people alone
    assert phrase_key("Rakhine") not in peoples  # a place, not a people


def test_a_vague_sector_adds_nothing_to_a_country():
    assert code_of("PHL", ("UNK",)) == "PHL"
    assert code_of("", ("UNK",)) == "UNK"
    assert code_of("PHL", ("MIL",)) == "PHLMIL"
