import json

import pytest

from eventwire.errors import ConfigError
from eventwire.events.ontology import load_ontology, quad_class_of
from tests.conftest import shared_path

# Our documented choices where we depart from the OEDA CAMEO->PLOVER table.
PLOVER_CHOICES = {"02": "REQUEST", "163": "SANCTION"}


def test_every_root_is_present_with_its_quad_class():
    ontology = load_ontology()
    roots = [f"{n:02d}" for n in range(1, 21)]
    assert all(root in ontology for root in roots)
    assert [quad_class_of(r) for r in ("01", "05", "06", "08", "09", "13", "14", "20")] == [
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
    ]


def test_sub_codes_belong_to_existing_roots_and_carry_plover():
    ontology = load_ontology()
    for code in ontology.codes.values():
        assert code.root in ontology
        assert -10.0 <= code.goldstein <= 10.0
    assert ontology["163"].plover == "SANCTION"
    assert ontology["043"].plover == "CONSULT"
    assert ontology["0254"].plover == "REQUEST"


def test_unknown_code_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown CAMEO code"):
        load_ontology()["999"]


def test_a_users_own_code_takes_the_values_of_its_cameo_parent():
    ontology = load_ontology()
    assert ontology.user_code("0254") is ontology["0254"]  # a CAMEO code is the table's own
    extension = ontology.user_code("174K")
    assert (extension.goldstein, extension.plover, extension.quad_class) == (
        ontology["174"].goldstein,
        ontology["174"].plover,
        4,
    )
    orphan = ontology.user_code("901")
    assert (orphan.goldstein, orphan.plover, orphan.quad_class) == (0.0, "", 0)
    with pytest.raises(ConfigError, match="not an event code"):
        ontology.user_code("+++")


def test_quad_class_rejects_non_roots():
    with pytest.raises(ValueError):
        quad_class_of("21")


def _reference() -> list[dict]:
    path = shared_path("reference", "cameo_codebook", "cameo_codes.jsonl")
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_our_codes_and_goldstein_values_match_the_reference_table():
    ontology = load_ontology()
    reference = _reference()
    missing = [r["code"] for r in reference if r["code"] not in ontology]
    assert missing == []
    wrong = [
        (r["code"], ontology[r["code"]].goldstein, r["goldstein"])
        for r in reference
        if abs(ontology[r["code"]].goldstein - r["goldstein"]) > 1e-9
    ]
    assert wrong == []


def test_our_quad_class_matches_the_phoenix_convention():
    ontology = load_ontology()
    for r in _reference():
        if r["quad_class_phoenix"]:
            assert ontology[r["code"]].quad_class == r["quad_class_phoenix"], r["code"]


def test_our_plover_types_match_the_reference_mapping():
    ontology = load_ontology()
    disagreements = []
    for r in _reference():
        expected = PLOVER_CHOICES.get(r["code"], PLOVER_CHOICES.get(r["root"], r["plover_event"]))
        if expected is None or "/" in str(expected):
            continue
        if ontology[r["code"]].plover != expected:
            disagreements.append((r["code"], ontology[r["code"]].plover, expected))
    assert disagreements == []


COOPERATIVE, CONFLICTUAL = ("04", "05", "06", "07", "08"), ("14", "16", "17", "18", "19", "20")


@pytest.mark.parametrize(
    ("recode", "into"),
    [
        ("refusal_of", {"03": "12", **dict.fromkeys(COOPERATIVE, "12")}),
        ("intent_of", {**dict.fromkeys(COOPERATIVE, "03"), **dict.fromkeys(CONFLICTUAL, "13")}),
        ("threat_of", dict.fromkeys(CONFLICTUAL, "13")),
    ],
)
def test_every_code_of_a_root_has_its_stance_code(recode, into):
    from eventwire.events import ontology as module

    ontology = load_ontology()
    for code in ontology.codes:
        mapped = getattr(module, recode)(code)
        if code[:2] in into:
            assert mapped in ontology and mapped.startswith(into[code[:2]]), code
        else:
            assert mapped is None, code


def test_specific_stance_codes():
    from eventwire.events.ontology import intent_of, refusal_of, threat_of

    assert (refusal_of("085"), refusal_of("0841"), refusal_of("046")) == ("1244", "1243", "125")
    assert (intent_of("085"), intent_of("04"), intent_of("163")) == ("0354", "036", "1312")
    assert (threat_of("1723"), threat_of("190"), threat_of("010")) == ("1323", "1384", None)
