import pytest

from eventwire.datatypes import Article, Document
from eventwire.errors import Skip
from eventwire.language import english_only, english_share

ENGLISH = (
    "Russian President Vladimir Putin met the leader of North Korea on Thursday in the "
    "city of Vladivostok, and the two sides said that they would work on trade."
)
GERMAN = (
    "Der russische Präsident Wladimir Putin hat am Donnerstag den Machthaber Nordkoreas "
    "in Wladiwostok getroffen, beide Seiten wollen künftig enger beim Handel zusammenarbeiten "
    "und die Beziehungen vertiefen, hieß es aus dem Kreml."
)
RUSSIAN = (
    "Президент России Владимир Путин в четверг встретился с лидером КНДР во Владивостоке, "
    "стороны договорились расширять торговлю и сотрудничество в самых разных областях "
    "экономики и культуры, сообщили в Кремле журналистам после переговоров."
)


def _doc(text: str) -> Document:
    return Document(article=Article(id="a", text=text))


def test_english_passes_through_unchanged():
    doc = _doc(ENGLISH)
    assert english_only(doc) is doc
    assert english_share(ENGLISH)[0] > 0.3


@pytest.mark.parametrize("text", [GERMAN, RUSSIAN])
def test_other_languages_are_skipped_with_a_reason(text):
    with pytest.raises(Skip) as skipped:
        english_only(_doc(text))
    assert skipped.value.reason == "not-english"
    assert "language.english.v1" in skipped.value.detail


def test_short_texts_are_not_judged():
    assert english_only(_doc("Putin trifft Kim.")).article.text == "Putin trifft Kim."
