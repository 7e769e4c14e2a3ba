"""Event coding: (source, target, root) against gold events; a sentence's quad class.

Sentences are coded by the project's own stages (annotate, actors, events) with the
record's date as the publication date; nothing here knows about the gold set's actors.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from eventwire.clean import leading_dateline
from eventwire.config import load_config
from eventwire.datatypes import Article, Document, Event, stable_id
from eventwire.errors import InputError
from eventwire.evaluate import Options, Record, Score, default_eval_dir
from eventwire.evaluate.scoring import EventTally, Scored, level_key
from eventwire.events.ontology import load_ontology
from eventwire.pipeline import Pipeline

CODING_STAGES = (
    "annotate.spacy.v1",
    "actors.resolver.v1",
    "events.cameo_rules.v1",
    "annotate.entities.v1",
)
PHOENIX_CLASSES = (
    "NEUTRAL",
    "VERBAL_COOPERATION",
    "MATERIAL_COOPERATION",
    "VERBAL_CONFLICT",
    "MATERIAL_CONFLICT",
)


def coding_pipeline(options: Options) -> Pipeline:
    """The configured pipeline, cut down to the stages that code a clean sentence."""
    config = load_config(*options.config_files)
    stages = tuple(name for name in config.stages if name in CODING_STAGES)
    return Pipeline(dataclasses.replace(config, stages=stages))


def _published(record: Record) -> datetime | None:
    try:
        day = date.fromisoformat(str(record.get("date") or "")[:10])
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day)


def coded(records: Iterable[Record], options: Options) -> Iterator[tuple[Record, Document]]:
    """Each record with the Document its text codes to (with ``options.dictionaries``, by
    the PETRARCH dictionaries in that folder)."""
    if options.dictionaries is not None:
        pipeline = petrarch_pipeline(options.dictionaries, options)
    else:
        pipeline = coding_pipeline(options)
    return _coded_by(records, pipeline)


def _coded_by(records: Iterable[Record], pipeline: Pipeline) -> Iterator[tuple[Record, Document]]:
    iterator = iter(records)
    while batch := list(itertools.islice(iterator, 64)):
        articles = [_sentence_article(r) for r in batch]
        yield from zip(batch, pipeline.process_batch(articles), strict=True)


def _sentence_article(record: Record) -> Article:
    """A gold record's sentence as an Article, with the dateline it may start with.

    The sentence skips the clean stage; its dateline ("LYON: Interpol said ...") is still
    marked, so the parser does not read the place as the sentence's subject.
    """
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(
            f"record {record.get('id', 'with no id')} has no 'text': a gold record gives its "
            "sentence as a string in 'text'"
        )
    return Article(
        id=str(record.get("id") or stable_id(text)),
        text=text,
        published=_published(record),
        dateline=leading_dateline(text),
    )


# Events the text says happened: in its own voice, or in a cited source's ("..., police said").
HAPPENED = frozenset({"asserted", "reported"})


def normalize_code(code: str | None) -> str:
    """Country (or IGO) and first sector: ``PSEGZACVL`` -> ``PSEGZA``, ``---GOV`` -> ``GOV``."""
    code = (code or "").removeprefix("---")
    return code[:6]


def _code(mention: object) -> str:
    actor = getattr(mention, "actor", None)
    return normalize_code(actor.code) if actor is not None else ""


def triple(event: Event) -> tuple[str, str, str]:
    """What is scored of an event: source code, target code, CAMEO root."""
    return (_code(event.source), _code(event.target), event.root)


def _gold_events(record: Record, position: int) -> list[Scored]:
    """The gold events of a record; a compound actor (``FRO/BIL``) is one event per actor.
    A gold event without a PLOVER type takes that of its CAMEO code."""
    events = record.get("events")
    if not isinstance(events, list):
        raise InputError(
            f"record {position} ({record.get('id', 'no id')}) has no 'events' list: a gold "
            "record needs 'text' and 'events' (a list, empty where the sentence has no event)"
        )
    ontology = load_ontology()
    scored = []
    for event in events:
        code = str(event.get("code") or "")
        plover = str(event.get("plover") or "") or (
            ontology[code].plover if code in ontology else ""
        )
        scored += [
            (normalize_code(source), normalize_code(target), code, plover)
            for source in (event.get("source") or "").split("/")
            for target in (event.get("target") or "").split("/")
        ]
    return scored


def _coded_events(doc: Document, counted: frozenset[str]) -> list[Scored]:
    """The events scored: those of the counted factualities that are complete, as exports
    show them by default (an act on no one named is shown only with ``--all``)."""
    return [
        (_code(e.source), _code(e.target), e.cameo, e.plover)
        for e in doc.events
        if e.factuality in counted and e.complete
    ]


def evaluate_events(records: Iterable[Record], options: Options) -> Score:
    """Precision, recall and F1 on (source, target, root), on (source, target, full code)
    and on the event type alone; per root, a root confusion table, the share of records
    exactly right, and extra events as a share of gold ones. A record with no gold event
    counts every event coded on it as extra."""
    tally = EventTally()
    counted = PETRARCH_COUNTED if options.dictionaries else HAPPENED
    errors = []
    for position, (record, doc) in enumerate(coded(records, options), start=1):
        if not record.get("text"):
            continue
        expected = _gold_events(record, position)
        got = _coded_events(doc, counted)
        wrong = tally.add(expected, got)
        if wrong["missed"] or wrong["extra"]:
            errors.append(
                {
                    "id": record.get("id", position),
                    "text": record["text"],
                    "expected": sorted(level_key("root", e) or e for e in expected),
                    "got": sorted(level_key("root", e) or e for e in got),
                    **wrong,
                }
            )
    return Score(name="events", metrics=tally.metrics(), errors=errors)


PHOENIX_VERBAL_CONFLICT = frozenset({9, 10, 11, 12, 13, 16})
"""Phoenix counts REDUCE RELATIONS (16: expelling envoys, suspending aid) as verbal
conflict, where the four-way QuadClass of our codes counts it as material."""


def phoenix_class(root: str) -> int:
    """The Phoenix/ICEWS quad class: 0 neutral (01-02), 1 verbal cooperation (03-05),
    2 material cooperation (06-08), 3 verbal conflict (09-13 and 16), 4 material conflict."""
    number = int(root)
    if number <= 2:
        return 0
    if number in PHOENIX_VERBAL_CONFLICT:
        return 3
    return 1 if number <= 5 else 2 if number <= 8 else 4


_DID_NOT_HAPPEN = frozenset({"negated", "hypothetical"})


def sentence_class(doc: Document) -> int:
    """A sentence's class: that of its most confident event, one that happened (asserted or
    reported) before one still to come, and an act before the statement that reports it
    ("..., state media said" does not make an attack neutral); no event, or none but
    negated or hypothetical ones ("is weighing a loan"), is neutral."""
    events = [e for e in doc.events if e.factuality not in _DID_NOT_HAPPEN]
    if not events:
        return 0
    best = max(
        events,
        key=lambda e: (e.factuality in HAPPENED, phoenix_class(e.root) != 0, e.confidence),
    )
    return phoenix_class(best.root)


def _macro_f1(pairs: list[tuple[int, int]], classes: int) -> float:
    scores = []
    for label in range(classes):
        tp = sum(1 for g, p in pairs if g == p == label)
        fp = sum(1 for g, p in pairs if p == label and g != label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / classes


def evaluate_quad_class(records: Iterable[Record], options: Options) -> Score:
    """Macro-F1 and accuracy of the 5-way quad class of each sentence."""
    pairs: list[tuple[int, int]] = []
    errors = []
    for record, doc in coded(records, options):
        got = sentence_class(doc)
        pairs.append((int(record["label"]), got))
        if got != record["label"]:
            errors.append(
                {
                    "id": record["id"],
                    "text": record["text"],
                    "expected": PHOENIX_CLASSES[record["label"]],
                    "got": PHOENIX_CLASSES[got],
                    "events": [triple(e) for e in doc.events],
                }
            )
    accuracy = sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0
    return Score(
        name="quad_class",
        metrics={
            "records": len(pairs),
            "macro_f1": round(_macro_f1(pairs, 5), 4),
            "accuracy": round(accuracy, 4),
        },
        errors=errors,
    )


# PETRARCH suites: fictional actors and verbs defined by the suite's own dictionaries -------

# Record id prefix -> the suite's folder under the eval folder (its dictionaries are in raw/).
PETRARCH_SUITES = {"petr2ut": "petrarch2_unittest", "udpval": "udpetrarch_validate_2_02"}
EventKey = tuple[str, str, str]


def petrarch_dictionaries(raw: Path) -> dict[str, Path]:
    """The actors, agents and verbs dictionaries of a suite's ``raw/`` folder."""
    found = {kind: sorted(raw.glob(f"*{kind}*.txt")) for kind in ("actors", "agents", "verbs")}
    missing = [kind for kind, paths in found.items() if not paths]
    if missing:
        raise InputError(f"no {' or '.join(missing)} dictionary found", origin=str(raw))
    return {kind: paths[0] for kind, paths in found.items()}


def petrarch_pipeline(raw: Path, options: Options) -> Pipeline:
    """The coding stages with the suite's dictionaries as user files. As in PETRARCH, an
    event needs a target (``require_dyad``, the suites' default), a compound subject
    with no target acts on itself ("A and B delayed their meeting": A→B and B→A), and a
    promised or refused act is coded as the act (no ``stances``)."""
    config = load_config(*options.config_files)
    files = petrarch_dictionaries(raw)
    actors = dict(config.for_stage("actors.resolver.v1"))
    actors["extra_files"] = [
        *actors.get("extra_files", ()),
        str(files["actors"]),
        str(files["agents"]),
    ]
    actors["packaged_roles"] = False  # PETRARCH composes only the agents its dictionary names
    events = dict(config.for_stage("events.cameo_rules.v1"))
    events["extra_lexicons"] = [*events.get("extra_lexicons", ()), str(files["verbs"])]
    events["untargeted_roots"] = []
    events["reciprocal_roots"] = [f"{root:02d}" for root in range(1, 21)]
    events["stances"] = False  # PETRARCH codes "will restore ties" as a restoration
    settings = {**config.settings, "actors.resolver.v1": actors, "events.cameo_rules.v1": events}
    stages = tuple(name for name in config.stages if name in CODING_STAGES)
    return Pipeline(dataclasses.replace(config, stages=stages, settings=settings))


def _suite_of(record: Record) -> str:
    prefix = str(record.get("id", "")).partition(":")[0]
    if prefix not in PETRARCH_SUITES:
        raise InputError(f"record {record.get('id')!r} is from no known PETRARCH suite")
    return PETRARCH_SUITES[prefix]


def _scored_record(record: Record) -> bool:
    """Records PETRARCH expects to fail on, or that upstream marks unscored, are left out."""
    meta = record.get("meta") or {}
    return not meta.get("expected_error") and str(meta.get("evaluate", "")).lower() != "false"


def _petrarch_actor(code: str | None) -> str:
    """An actor code as compared: ``---GOV`` (no country) -> ``GOV``; none -> ``""``."""
    return (code or "").removeprefix("---")


def _gold_codes(record: Record) -> Counter[EventKey]:
    """The gold events; a compound actor code (``FRO/BIL/SAM``, as UD-PETRARCH writes the
    dictionary's compound actors) is an event for each of its actors, as PETRARCH-2's
    suite writes them."""
    events = record.get("events") or ()
    return Counter(
        (source, target, str(e.get("code")))
        for e in events
        for source in _petrarch_actor(e.get("source")).split("/")
        for target in _petrarch_actor(e.get("target")).split("/")
    )


# PETRARCH codes what a sentence states, whatever its modality ("will meet", "is about to
# restore"): its suites are scored on every event that is not negated.
PETRARCH_COUNTED = HAPPENED | {"future", "hypothetical", "historical", "alleged"}


def _got_codes(doc: Document) -> Counter[EventKey]:
    return Counter(
        (_petrarch_actor(_actor_code(e.source)), _petrarch_actor(_actor_code(e.target)), e.cameo)
        for e in doc.events
        if e.factuality in PETRARCH_COUNTED
    )


def _actor_code(mention: object) -> str:
    actor = getattr(mention, "actor", None)
    return str(actor.code) if actor is not None else ""


def _roots(events: Counter[EventKey]) -> Counter[EventKey]:
    return Counter((s, t, c[:2]) for s, t, c in events.elements())


def evaluate_petrarch_suite(records: Iterable[Record], options: Options) -> Score:
    """Share of records coded exactly right (the multiset of source, target and full code;
    and of root code), extra events as a share of gold ones, on the PETRARCH unit tests."""
    by_suite: dict[str, list[Record]] = {}
    for record in filter(_scored_record, records):
        by_suite.setdefault(options.gold_set or _suite_of(record), []).append(record)
    tally: Counter[str] = Counter()
    errors = []
    for suite, members in by_suite.items():
        raw = options.dictionaries or (options.eval_dir or default_eval_dir()) / suite / "raw"
        for record, doc in _coded_by(members, petrarch_pipeline(raw, options)):
            error = _tally_record(record, doc, tally)
            if error is not None:
                errors.append(error)
    return Score(name="petrarch_suite", metrics=_suite_metrics(tally), errors=errors)


def _tally_record(record: Record, doc: Document, tally: Counter[str]) -> Record | None:
    expected, got = _gold_codes(record), _got_codes(doc)
    ontology = load_ontology()
    tally["records"] += 1
    tally["codable"] += all(code in ontology for _, _, code in expected)
    tally["exact"] += expected == got
    tally["exact_root"] += _roots(expected) == _roots(got)
    tally["gold_events"] += sum(expected.values())
    tally["extra_events"] += sum((got - expected).values())
    if expected == got:
        return None
    return {
        "id": record["id"],
        "text": record["text"],
        "expected": sorted(expected.elements()),
        "got": sorted(got.elements()),
    }


def _suite_metrics(tally: Counter[str]) -> dict[str, float | int]:
    records, gold = tally["records"], tally["gold_events"]
    return {
        "records": records,
        "codable": tally["codable"],
        "exact": round(tally["exact"] / records, 4) if records else 0.0,
        "exact_root": round(tally["exact_root"] / records, 4) if records else 0.0,
        "extra_ratio": round(tally["extra_events"] / gold, 4) if gold else 0.0,
    }
