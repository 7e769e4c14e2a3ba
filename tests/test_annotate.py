from datetime import datetime

import pytest

from eventwire.annotate import (
    Annotator,
    candidate_spans,
    fast_sentences,
    ner_runs_apart,
    text_to_parse,
    with_cascade,
    with_entities_later,
    without_cascade,
)
from eventwire.config import load_config
from eventwire.datatypes import Actor, Article, Document, Mention, Span

TEXT = "The weather was fine. Russia attacked Ukraine.\n\nNo one else spoke."


def test_fast_sentences_keep_abbreviations_and_break_paragraphs():
    text = "The U.S. imposed sanctions on Iran. Mr. Smith left on Jan. 5. Done!\n\nNew paragraph"
    assert [text[s:e] for s, e in fast_sentences(text)] == [
        "The U.S. imposed sanctions on Iran.",
        "Mr. Smith left on Jan. 5.",
        "Done!",
        "New paragraph",
    ]


def test_blanking_keeps_every_offset_and_paragraph():
    article = Article(id="a", text=TEXT, dateline=Span(start=0, end=3, text="The"))
    parsed_text = text_to_parse(article, keep=[(22, 46)])
    assert len(parsed_text) == len(TEXT) and parsed_text.count("\n") == TEXT.count("\n")
    assert parsed_text[22:46] == TEXT[22:46]
    assert parsed_text[:22].strip() == "" and parsed_text[48:].strip() == ""


def test_the_parser_reads_american_spellings_at_the_same_offsets():
    text = "Peru recognises the Organisation of American States."
    parsed = text_to_parse(Article(id="a", text=text))
    assert parsed == "Peru recognizes the Organization of American States."


def test_entities_keep_the_article_s_own_spelling():
    text = "The World Health Organisation criticised Peru."
    doc = Annotator()(Document(article=Article(id="a", text=text)))
    assert all(e.text == text[e.start : e.end] for e in doc.entities)
    assert any("Organisation" in e.text for e in doc.entities)


def test_candidates_are_the_sentences_that_name_an_actor():
    start = TEXT.index("Russia")
    actor = Actor(code="RUS", country="RUS")
    mention = Mention(start=start, end=start + 6, text="Russia", sentence=-1, actor=actor)
    doc = Document(article=Article(id="a", text=TEXT), mentions=(mention,))
    assert candidate_spans(doc) == ([(22, 46)], [(0, 21), (48, 66)])


@pytest.mark.slow
def test_the_cascade_parses_only_candidate_sentences():
    start = TEXT.index("Russia")
    mention = Mention(
        start=start,
        end=start + 6,
        text="Russia",
        sentence=-1,
        actor=Actor(code="RUS", country="RUS"),
    )
    doc = Document(
        article=Article(id="a", text=TEXT, published=datetime(2022, 3, 1)), mentions=(mention,)
    )
    annotated = Annotator(cascade=True)(doc)
    assert {e.text for e in annotated.entities} <= {"Russia", "Ukraine"}
    assert any(s.text.startswith("Russia attacked") for s in annotated.sentences)
    assert all(annotated.article.text[s.start : s.end] == s.text for s in annotated.sentences)


def test_without_the_cascade_the_resolver_runs_once_after_the_parse():
    config = without_cascade(load_config())
    assert config.stages.count("actors.resolver.v1") == 1
    assert config.stages.index("actors.resolver.v1") > config.stages.index("annotate.spacy.v1")
    assert config.for_stage("annotate.spacy.v1")["cascade"] is False
    assert config.stages.count("events.cameo_rules.v1") == 1
    assert "annotate.entities.v1" not in config.stages
    assert config.for_stage("annotate.spacy.v1")["entities_later"] is False
    cascade = with_cascade(config)
    assert cascade.stages.count("actors.resolver.v1") == 2
    assert cascade.for_stage("annotate.spacy.v1")["cascade"] is True
    assert cascade.for_stage("annotate.spacy.v1")["entities_later"] is False
    again = with_entities_later(config)
    assert again.stages == load_config().stages
    assert again.for_stage("annotate.spacy.v1")["entities_later"] is True


@pytest.mark.slow
def test_entities_later_leaves_the_parse_without_entities():
    text = "Mayor John Smith spoke in Paris on Monday. Russia attacked Ukraine."
    doc = Document(article=Article(id="a", text=text, published=datetime(2022, 3, 1)))
    annotated = Annotator(entities_later=True)(doc)
    assert annotated.entities == () and len(annotated.sentences) == 2
    assert any(token.dep_ == "nsubj" for token in annotated.parse)
    assert Annotator()(doc).entities != ()


def test_only_an_ner_with_its_own_token_vectors_runs_apart():
    import spacy

    nlp = spacy.blank("en")
    assert not ner_runs_apart(nlp)
    nlp.add_pipe("ner")
    assert ner_runs_apart(nlp)
    listening = spacy.blank("en")
    listening.add_pipe("tok2vec")
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96}
    listening.add_pipe("ner", config={"model": {"tok2vec": listener}})
    assert not ner_runs_apart(listening)


def test_a_hyphen_after_initials_is_a_token_of_its_own(nlp):
    words = [token.text for token in nlp("a U.S.-brokered truce and a U.N.-backed government")]
    assert words == ["a", "U.S.", "-", "brokered", "truce", "and", "a", "U.N.", "-", "backed",
                     "government"]  # fmt: skip
