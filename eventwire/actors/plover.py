"""Actors in the PLOVER/POLECAT convention (NGEC's ``country`` + ``code_1`` + ``code_2``).

eventwire codes actors CAMEO-style (``RUSGOV``, ``IGOUNO``, ``NGOIRC``, sector ``MED`` for
media, ``HLH`` for health, ``INS`` for insurgents). POLECAT writes the same facts with other
words, and this module translates:

* an intergovernmental body is "country" ``UNO`` (the UN's agencies, courts and missions,
  ``IGOUNO…``), ``EUR`` (the EU and its institutions, ``IGOEUREEC…``) or ``IGO`` (the United
  Nations itself, ``IGOUNO``, and any other body), followed by its sectors: the ICJ
  (``IGOUNOICJ``, sectors IGO JUD) is ``UNO`` + ``JUD``, the U.N. is ``IGO``;
* an NGO has no country: the Red Cross (``NGOIRC``) is ``""`` + ``NGO``;
* sectors are renamed where the vocabularies differ (media ``MED`` → ``JRN``, health
  ``HLH`` → ``MED``, insurgents ``INS`` → ``REB``); the ``IGO`` marker itself is dropped;
* people of the opposition (protesters, activists, dissidents) are ``OPP`` first in CAMEO
  codes (``GEOOPPCVL``, as PETRARCH's dictionaries code them) and civilians first in
  POLECAT's (``GEO`` + ``CVL`` ``OPP``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from eventwire.datatypes import Actor

SECTORS: Mapping[str, str] = MappingProxyType({"MED": "JRN", "HLH": "MED", "INS": "REB"})
IGO_FAMILIES: tuple[tuple[str, str], ...] = (("IGOUNO", "UNO"), ("IGOEUREEC", "EUR"))


@dataclass(frozen=True, slots=True, kw_only=True)
class PloverActor:
    """An actor as POLECAT writes it: a country (or ``UNO``/``EUR``/``IGO``) and sectors."""

    country: str
    sectors: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        """Country and sectors in one string, like NGEC's ``actor_code`` (``RUSSPY``)."""
        return self.country + "".join(self.sectors)


def plover_sectors(sectors: tuple[str, ...]) -> tuple[str, ...]:
    """CAMEO-style sectors in POLECAT's words and order, without the IGO marker or repeats."""
    renamed = (SECTORS.get(sector, sector) for sector in sectors if sector != "IGO")
    unique = tuple(dict.fromkeys(renamed))
    if unique[:2] == ("OPP", "CVL"):
        return ("CVL", "OPP", *unique[2:])
    return unique


def igo_country(code: str) -> str:
    """``UNO``, ``EUR`` or ``IGO`` for an intergovernmental code; ``""`` for any other."""
    if not code.startswith("IGO"):
        return ""
    if code == "IGOUNO":
        return "IGO"  # the United Nations itself
    return next((family for prefix, family in IGO_FAMILIES if code.startswith(prefix)), "IGO")


def to_plover(actor: Actor) -> PloverActor:
    """The actor in POLECAT's convention (see the module's docstring)."""
    sectors = plover_sectors(actor.sectors)
    family = igo_country(actor.code)
    if family:
        return PloverActor(country=family, sectors=sectors)
    if actor.code.startswith("NGO") and not actor.country:
        return PloverActor(country="", sectors=("NGO", *(s for s in sectors if s != "NGO")))
    return PloverActor(country=actor.country, sectors=sectors)
