"""Actor resolution: phrase (with date and context) -> country and sector code.

Scored on records that state an expected ``country`` (country accuracy) and on those
that also give a full ``actor_code`` (code accuracy). The gold set is written in NGEC's
(POLECAT's) convention: the UN's agencies and courts are "country" ``UNO``, EU bodies
``EUR``, the U.N. itself and other intergovernmental bodies ``IGO``, NGOs have no
country, and the sectors are PLOVER's (``JRN`` for media, ``MED`` for health).
eventwire's CAMEO-style actors are translated into that convention by
:func:`eventwire.actors.plover.to_plover` before comparing; an empty expected country
means "no country".
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from eventwire.actors import lookup
from eventwire.actors.plover import PloverActor, to_plover
from eventwire.datatypes import Actor
from eventwire.evaluate import Options, Record, Score


def _on(record: Record) -> date | None:
    raw = str((record.get("args") or {}).get("date") or "")
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        return None


def _resolve(record: Record) -> Actor | None:
    args = record.get("args") or {}
    return lookup(record["text"], on=_on(record), context=str(args.get("context") or ""))


def _plover(actor: Actor | None) -> PloverActor | None:
    return to_plover(actor) if actor is not None else None


def evaluate_actor_resolution(records: Iterable[Record], options: Options) -> Score:
    """Country and full-code accuracy over the records that state them."""
    countries = codes = country_right = code_right = 0
    errors = []
    for record in records:
        expected = record.get("expected") or {}
        if "country" not in expected:
            continue
        actor = _plover(_resolve(record))
        got_country, got_code = (actor.country, actor.code) if actor else ("", None)
        countries += 1
        country_ok = got_country == expected["country"]
        country_right += country_ok
        code_ok = True
        if record.get("actor_code"):
            codes += 1
            code_ok = got_code == record["actor_code"]
            code_right += code_ok
        if not (country_ok and code_ok):
            errors.append(
                {
                    "id": record["id"],
                    "text": record["text"],
                    "expected": expected,
                    "expected_code": record.get("actor_code"),
                    "got": got_code,
                }
            )
    return Score(
        name="actor_resolution",
        metrics={
            "records": countries,
            "country_accuracy": round(country_right / countries, 4) if countries else 0.0,
            "coded_records": codes,
            "code_accuracy": round(code_right / codes, 4) if codes else 0.0,
        },
        errors=errors,
    )
