import dataclasses
from datetime import date, datetime

import pytest

from eventwire.annotate import Annotator, without_cascade
from eventwire.config import load_config
from eventwire.datatypes import Article, Document, Event, Mention, Span
from eventwire.entities import EntityFinder
from eventwire.errors import StageError
from eventwire.pipeline import Pipeline
from tests.conftest import assault, mention_of

pytestmark = pytest.mark.slow

TEXT = (
    "Officer Tom Reed spoke in Paris on Monday. "
    "The weather was fine. "
    "He slept well. "
    "The rain stopped in Rome. "
    "He attacked Ukraine in Kharkiv."
)
PUBLISHED = datetime(2022, 3, 4)


@pytest.fixture(scope="module")
def finder() -> EntityFinder:
    return EntityFinder()


def _parsed(text: str = TEXT) -> Document:
    """Every sentence parsed, without entities."""
    doc = Document(article=Article(id="a", text=text, published=PUBLISHED))
    return Annotator(entities_later=True)(doc)


def _mention(doc: Document, text: str, kind: str, code: str = "USACOP") -> Mention:
    return mention_of(doc.article.text, text, code, kind=kind, sentence=-1)


def _event_in(sentence: int) -> Event:
    span = Span(start=0, end=1, text="O")
    return assault(sentence=sentence, evidence=span, trigger=span, article_id="a")


def test_an_event_sentence_gets_entities_and_a_sentence_without_one_none(finder):
    doc = _parsed("Nothing happened in Rome. Then it rained in Oslo.")
    doc = dataclasses.replace(doc, events=(_event_in(1),))
    assert finder.sentences_to_read(doc) == {1}
    found = finder(doc)
    assert [(e.text, e.label, e.sentence) for e in found.entities] == [("Oslo", "GPE", 1)]
    assert all(found.article.text[e.start : e.end] == e.text for e in found.entities)


def test_a_pronoun_actor_reads_back_to_the_last_person_named_before_it(finder):
    doc = _parsed()
    assert len(doc.sentences) == 5
    person = _mention(doc, "Officer Tom Reed", "person")
    doc = dataclasses.replace(doc, mentions=(person,))
    # "He attacked": a pattern takes the pronoun as its source; "He slept" has no pattern.
    # Before it, the sentences with a proper noun no mention covers ("Paris", "Rome").
    assert finder.sentences_to_read(doc) == {0, 3, 4}
    later = _mention(doc, "The rain", "person")  # a person named after the first
    doc = dataclasses.replace(doc, mentions=(person, later))
    assert finder.sentences_to_read(doc) == {3, 4}
    found = finder(doc)
    assert {(e.text, e.sentence) for e in found.entities} >= {("Rome", 3), ("Kharkiv", 4)}
    assert all(e.sentence in {3, 4} for e in found.entities)


def test_without_a_person_before_it_a_pronoun_reads_back_to_the_start(finder):
    doc = _parsed()
    assert finder.sentences_to_read(doc) == {0, 3, 4}
    rome = TEXT.index("Rome")
    place = Mention(start=rome, end=rome + 4, text="Rome", sentence=-1, actor=None, kind="place")
    assert finder.sentences_to_read(dataclasses.replace(doc, mentions=(place,))) == {0, 4}


def test_sentences_the_cascade_skipped_get_no_entities(finder):
    text = "Tom Reed spoke in Paris. The weather was fine. He attacked Ukraine."
    ukraine = mention_of(text, "Ukraine", "UKR", kind="country", sentence=-1)
    article = Article(id="a", text=text, published=PUBLISHED)
    doc = Annotator(cascade=True, entities_later=True)(
        Document(article=article, mentions=(ukraine,))
    )
    last = len(doc.sentences) - 1
    assert doc.sentences[last].text == "He attacked Ukraine."
    assert finder.sentences_to_read(doc) == {last}


def test_the_stage_needs_a_parse(finder):
    with pytest.raises(StageError, match="needs a parse"):
        finder.sentences_to_read(Document(article=Article(id="a", text=TEXT)))


def test_the_default_pipeline_codes_as_a_full_parse_does():
    text = (
        "Police officer John Smith met protesters in Kyiv on Monday. "
        "Ukraine's parliament debated a new law on Tuesday. "
        "The weather in Kyiv was cold. "
        "He accused Russian President Vladimir Putin of lying."
    )
    article = Article(id="a", text=text, published=PUBLISHED)

    def coded(config):
        doc = Pipeline(config)(article)
        return [
            (e.cameo, e.source.actor.code, e.target.actor.code, e.place and e.place.text, e.date)
            for e in doc.events
            if e.source and e.source.actor and e.target and e.target.actor
        ]

    events = coded(load_config())
    assert events == coded(without_cascade(load_config()))
    assert ("040", "UKRCOP", "UKROPPCVL", "Kyiv", date(2022, 2, 28)) in events
    assert ("112", "COP", "RUSGOV", None, date(2022, 3, 4)) in events


def test_an_ner_that_cannot_run_apart_stays_in_the_annotator(monkeypatch):
    from eventwire import annotate, entities

    monkeypatch.setattr(annotate, "ner_runs_apart", lambda nlp: False)
    monkeypatch.setattr(entities, "ner_runs_apart", lambda nlp: False)
    text = "Russia attacked Ukraine in Kharkiv."
    doc = Document(article=Article(id="a", text=text, published=PUBLISHED))
    annotated = Annotator(entities_later=True)(doc)
    assert {e.text for e in annotated.entities} >= {"Russia", "Ukraine", "Kharkiv"}
    with_event = dataclasses.replace(annotated, events=(_event_in(0),))
    assert EntityFinder()(with_event) == with_event


def test_a_statement_by_a_pronoun_needs_an_actor_after_its_verb(finder):
    text = "Officer Tom Reed was in Paris. He said nothing. He said Russia lied."
    doc = _parsed(text)
    assert finder.sentences_to_read(doc) == set()  # "He said nothing": no addressee
    russia = mention_of(text, "Russia", "RUS", kind="country", sentence=-1)
    assert finder.sentences_to_read(dataclasses.replace(doc, mentions=(russia,))) == {0, 2}


def test_a_statement_by_a_pronoun_counts_beside_another_pattern(finder):
    doc = _parsed("Officer Tom Reed was in Paris. He said nothing. He said: we will attack.")
    assert finder.sentences_to_read(doc) == {0, 2}
