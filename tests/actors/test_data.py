"""The packaged actor tables hold together: codes exist, dates are in order, terms of one
person in one office do not overlap, and no phrase is listed twice."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from eventwire.actors import default_knowledge_base
from eventwire.actors.knowledge import HEADERS, KnowledgeBase, Term, office_key
from eventwire.errors import ConfigError

DATA = resources.files("eventwire.actors").joinpath("data")


def rows(table: str) -> list[dict[str, str]]:
    """The rows of a packaged table as dicts (comments and header skipped)."""
    lines = DATA.joinpath(f"{table}.tsv").read_text("utf-8").splitlines()
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    header = body[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in body[1:]]


def test_every_table_has_its_header() -> None:
    for table, header in HEADERS.items():
        lines = DATA.joinpath(f"{table}.tsv").read_text("utf-8").splitlines()
        first = next(line for line in lines if line.strip() and not line.startswith("#"))
        assert tuple(first.split("\t")) == header, table


def test_country_codes_are_three_letters_and_unique() -> None:
    codes = [row["iso3"] for row in rows("countries")]
    assert all(len(code) == 3 and code.isupper() and code.isalpha() for code in codes)
    assert [code for code, n in Counter(codes).items() if n > 1] == []


def test_every_code_names_a_known_country_or_organisation() -> None:
    kb = default_knowledge_base()
    orgs = {org.code for org in kb.organisations.values()}
    for person in kb.people.values():
        for term in person.terms:
            assert (
                term.country in kb.countries
                or term.code[:3] in {"NGO", "REL"}
                or (term.code in orgs | {"IGO"})
            ), (person.name, term)
    assert set(kb.places.values()) <= set(kb.countries)
    for metonym in kb.metonyms.values():
        assert (
            metonym.actor is None
            or not metonym.actor.country
            or (metonym.actor.country in kb.countries)
        )


def test_terms_end_after_they_start() -> None:
    for person in default_knowledge_base().people.values():
        for term in person.terms:
            assert not (term.start and term.end) or term.start <= term.end, person.name


def overlapping(terms: list[Term]) -> bool:
    ordered = sorted(terms, key=lambda t: t.start or date.min)
    return any((a.end or date.max) > (b.start or date.min) for a, b in itertools.pairwise(ordered))


def test_no_overlapping_terms_for_one_person_in_one_office() -> None:
    clashes = []
    for person in default_knowledge_base().people.values():
        by_office: dict[tuple[str, str], list[Term]] = {}
        for term in person.terms:
            by_office.setdefault((term.country, office_key(term.office)), []).append(term)
        clashes += [(person.name, key) for key, terms in by_office.items() if overlapping(terms)]
    assert clashes == []


def test_no_person_row_is_listed_twice() -> None:
    keys = [(r["name"], r["office"], r["start"]) for r in rows("people")]
    assert [key for key, n in Counter(keys).items() if n > 1] == []


@pytest.mark.parametrize("table", ["roles", "metonyms", "places", "organisations"])
def test_no_phrase_is_listed_twice(table: str) -> None:
    column = "name" if table == "organisations" else "phrase"
    phrases = [row[column].lower() for row in rows(table)]
    assert [phrase for phrase, n in Counter(phrases).items() if n > 1] == []


def test_a_duplicate_row_fails_loading_with_its_line(tmp_path: Path) -> None:
    extra = tmp_path / "roles.tsv"
    extra.write_text("phrase\tsectors\tkind\nwarlord\tREB\toffice\nwarlord\tREB\toffice\n")
    with pytest.raises(ConfigError, match=r"roles.tsv:3: duplicate row"):
        KnowledgeBase.load([extra])


def test_every_regional_adjective_names_known_countries() -> None:
    known = {row["iso3"] for row in rows("countries")}
    regions = rows("regions")
    assert regions and all(row["adjective"][:1].isupper() for row in regions)
    unknown = {c for row in regions for c in row["countries"].split()} - known
    assert unknown == set()
