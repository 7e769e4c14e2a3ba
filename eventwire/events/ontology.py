"""The CAMEO ontology: every code with its description, Goldstein value, QuadClass and PLOVER type.

The table is the project's own (``data/cameo.tsv``, documented in ``docs/ontology.md``).
QuadClass follows from the root: 1 verbal cooperation (01-05), 2 material cooperation
(06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).

A user's lexicon may code with its own codes (a PETRARCH dictionary's ``1717`` or
``901``): :meth:`Ontology.user_code` gives each the values of its nearest CAMEO parent.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
from dataclasses import dataclass
from importlib import resources

from eventwire.errors import ConfigError

_COLUMNS = ("code", "description", "goldstein", "plover_event", "plover_mode")
CAMEO_ROOTS = frozenset(f"{number:02d}" for number in range(1, 21))
# A code a user's lexicon may use: two to four digits, perhaps a capital letter after them.
USER_CODE = re.compile(r"^\d{2,4}[A-Z]?$")


@dataclass(frozen=True, slots=True, kw_only=True)
class CameoCode:
    """One CAMEO code and what follows from it."""

    code: str
    description: str
    goldstein: float
    plover: str
    mode: str

    @property
    def root(self) -> str:
        """The two-digit root."""
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
        conflict; 0 for a user's code under no CAMEO root."""
        return quad_class_of(self.root) if self.root in CAMEO_ROOTS else 0


def quad_class_of(root: str) -> int:
    """The QuadClass of a two-digit CAMEO root."""
    number = int(root)
    if not 1 <= number <= 20:
        raise ValueError(f"not a CAMEO root: {root!r}")
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    return 3 if number <= 13 else 4


@dataclass(frozen=True, slots=True)
class Ontology:
    """All CAMEO codes, by code."""

    codes: dict[str, CameoCode]

    def __getitem__(self, code: str) -> CameoCode:
        try:
            return self.codes[code]
        except KeyError:
            raise ConfigError(
                f"unknown CAMEO code {code!r}: use a code listed in eventwire/events/data/cameo.tsv"
            ) from None

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def user_code(self, code: str) -> CameoCode:
        """A code as a user's lexicon writes it: the table's own, or the user's (``1717``,
        ``174K``, ``901``) with the Goldstein value and PLOVER type of its longest prefix
        in the table; under none, Goldstein 0 and no PLOVER type (QuadClass 0)."""
        if code in self.codes:
            return self.codes[code]
        if not USER_CODE.match(code):
            raise ConfigError(f"{code!r} is not an event code: write two to four digits")
        parents = [self.codes[code[:size]] for size in (4, 3, 2) if code[:size] in self.codes]
        if not parents:
            return CameoCode(code=code, description="user code", goldstein=0.0, plover="", mode="")
        parent = parents[0]
        return dataclasses.replace(
            parent, code=code, description=f"user code under {parent.code}: {parent.description}"
        )


# The REJECT (12) code that refusing each cooperative action (03-08) is, most specific
# prefix first: "will not lift the embargo" (085) is 1244, "refused to meet" (04) 125.
_REFUSALS = {
    "03": "120",
    "036": "125",
    "037": "127",
    "038": "126",
    "04": "125",
    "045": "126",
    "05": "120",
    "057": "127",
    "06": "121",
    "061": "1211",
    "062": "1212",
    "07": "122",
    "071": "1221",
    "072": "1222",
    "073": "1223",
    "074": "1224",
    "08": "124",
    "081": "1241",
    "082": "1242",
    "083": "123",
    "0831": "1231",
    "0832": "1232",
    "0833": "1233",
    "0834": "1234",
    "084": "1243",
    "085": "1244",
    "086": "1245",
    "087": "1246",
}


# The EXPRESS INTENT TO COOPERATE (03) code that promising each cooperative action (04-08)
# is: "will lift the embargo" (085) is 0354, "is ready to meet" (04) 036.
_INTENTS = {
    "04": "036",
    "045": "039",
    "05": "032",
    "057": "037",
    "06": "031",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "08": "035",
    "081": "0351",
    "082": "0352",
    "083": "034",
    "0831": "0341",
    "0832": "0342",
    "0833": "0343",
    "0834": "0344",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
}


# The THREATEN (13) code that promising each conflictual action (14, 16-20) is: "will
# impose sanctions" (163) is 1312, "will attack" (19) 1384.
_THREATS = {
    "14": "133",
    "16": "131",
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "164": "134",
    "165": "135",
    "166": "136",
    "17": "137",
    "172": "132",
    "1721": "1321",
    "1722": "1322",
    "1723": "1323",
    "1724": "1324",
    "18": "1383",
    "19": "1384",
    "191": "1381",
    "192": "1382",
    "20": "1383",
    "204": "1385",
}


def threat_of(code: str) -> str | None:
    """The THREATEN code of promising a conflictual action (14, 16-20), or None."""
    return _most_specific(_THREATS, code)


def threatened(code: str) -> str:
    """What threatening an action is: its THREATEN code, or the general 130 for an action
    with none ("threatened to withdraw trade benefits")."""
    return threat_of(code) or "130"


def refusal_of(code: str) -> str | None:
    """The REJECT code of refusing a cooperative action (03-08), or None for other codes."""
    return _most_specific(_REFUSALS, code)


def intent_of(code: str) -> str | None:
    """What promising an action is: EXPRESS INTENT for a cooperative one (04-08), THREATEN
    for a conflictual one (14, 16-20); None for others."""
    return _most_specific(_INTENTS, code) or threat_of(code)


def _most_specific(table: dict[str, str], code: str) -> str | None:
    for size in (4, 3, 2):
        found = table.get(code[:size]) if len(code) >= size else None
        if found is not None:
            return found
    return None


def _row_to_code(row: dict[str, str], line: int) -> CameoCode:
    try:
        goldstein = float(row["goldstein"])
    except ValueError:
        value = row["goldstein"]
        raise ConfigError(f"cameo.tsv:{line}: Goldstein value {value!r} is not a number") from None
    return CameoCode(
        code=row["code"],
        description=row["description"],
        goldstein=goldstein,
        plover=row["plover_event"] or "",
        mode=row["plover_mode"] or "",
    )


@functools.cache
def load_ontology() -> Ontology:
    """The packaged CAMEO table, read once per process."""
    text = resources.files("eventwire.events").joinpath("data/cameo.tsv").read_text("utf-8")
    reader = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    if tuple(reader.fieldnames or ()) != _COLUMNS:
        raise ConfigError(f"cameo.tsv: header must be {' '.join(_COLUMNS)}")
    codes = {row["code"]: _row_to_code(row, line) for line, row in enumerate(reader, start=2)}
    return Ontology(codes=codes)
