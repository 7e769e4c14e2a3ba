import pytest

from eventwire.annotate import SKIPPED_MARK, Annotator, candidate_spans, text_to_parse
from eventwire.cascade import Cascade, Lemmas, Triggers
from eventwire.datatypes import Actor, Article, Document, Mention
from eventwire.events.lexicon import build_lexicon, parse_pattern

RULES = (("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""))


def cascade() -> Cascade:
    patterns = [
        parse_pattern("190", "attack"),
        parse_pattern("163", "impose +sanction"),
        parse_pattern("010", "say"),
        parse_pattern("---", "meet"),
    ]
    lemmas = Lemmas(exceptions={"met": ("meet",), "said": ("say",)}, rules=RULES)
    return Cascade(lemmas, Triggers.from_lexicon(build_lexicon(patterns)))


def test_a_trigger_fires_with_any_inflection():
    assert cascade().has_trigger("Rebels attacked the town.")
    assert not cascade().has_trigger("The weather was fine.")


def test_a_pattern_needs_all_its_words():
    assert not cascade().has_trigger("They imposed a curfew.")
    assert cascade().has_trigger("They imposed sanctions.")


def test_patterns_that_code_nothing_are_no_triggers():
    assert not cascade().has_trigger("The leaders met.")


def test_a_statement_needs_an_actor_after_its_verb():
    text = "Russia said it was ready. Russia said to China it was ready."
    first, second = (0, 25), (26, len(text))
    actors = [text.index("Russia"), text.rindex("Russia"), text.index("China")]
    chosen = cascade().choose(text, [first, second], sorted(actors))
    assert chosen == [second]


def _doc(text: str, *names: str) -> Document:
    mentions = tuple(
        Mention(start=text.index(n), end=text.index(n) + len(n), text=n, sentence=-1,
                actor=Actor(code=n[:3].upper(), country=n[:3].upper()))
        for n in names
    )  # fmt: skip
    return Document(article=Article(id="a", text=text), mentions=mentions)


def test_without_mentions_a_trigger_is_enough():
    doc = _doc("It rained. Rebels attacked the town.")
    assert candidate_spans(doc, cascade()) == ([(11, 36)], [(0, 10)])


def test_a_skipped_sentence_keeps_a_mark_and_its_length():
    text = "It rained all day. Russia attacked Ukraine."
    parsed = text_to_parse(Article(id="a", text=text), keep=[(19, 43)], skipped=[(0, 18)])
    assert len(parsed) == len(text)
    assert parsed[0] == SKIPPED_MARK and parsed[1:18].strip() == ""
    assert parsed[19:] == text[19:]


@pytest.mark.slow
def test_skipped_sentences_stay_sentences_of_their_own():
    text = "It rained all day. The wind was cold. Russia attacked Ukraine. Nobody spoke."
    annotated = Annotator(cascade=True)(_doc(text, "Russia", "Ukraine"))
    assert [s.text for s in annotated.sentences] == [
        "It rained all day.",
        "The wind was cold.",
        "Russia attacked Ukraine.",
        "Nobody spoke.",
    ]
    assert {e.text for e in annotated.entities} <= {"Russia", "Ukraine"}


def test_the_users_lexicons_are_triggers_too(tmp_path):
    lexicon = tmp_path / "mine.txt"
    lexicon.write_text("173\tkettle +protester\tPolice kettled the protesters.\n", "utf-8")
    text = "Police kettled the protesters."
    packaged = Annotator(cascade=True).cascade
    assert packaged is not None and not packaged.has_trigger(text)
    mine = Annotator(cascade=True, cascade_lexicons=[str(lexicon)]).cascade
    assert mine is not None and mine.has_trigger(text)


def test_the_pipelines_own_lemma_tables_give_irregular_forms():
    packaged = Annotator(cascade=True).cascade  # the lemmatizer's tables, through its memo
    assert packaged is not None
    lemmas = {lemma for _, found in packaged.word_lemmas("said shot") for lemma in found}
    assert {"say", "shoot"} <= lemmas
    assert packaged.has_trigger("The driver shot at both officers.")


def _one_pattern_cascade(code: str, pattern: str) -> Cascade:
    lemmas = Lemmas(exceptions={"went": ("go",)}, rules=RULES)
    return Cascade(lemmas, Triggers.from_lexicon(build_lexicon([parse_pattern(code, pattern)])))


def test_a_fixed_phrase_is_needed_as_an_object_is():
    strike = _one_pattern_cascade("143", "go ~on_strike")
    assert strike.has_trigger("Miners went on strike.")
    assert not strike.has_trigger("Miners went home.")
