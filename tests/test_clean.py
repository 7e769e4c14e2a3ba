"""The clean stage: junk lines, paragraphs, title and timestamp, captions, datelines, offsets."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

import pytest

from eventwire.clean import clean
from eventwire.datatypes import Article, Document, Span
from eventwire.errors import Skip
from eventwire.ingest import read_paths

EXAMPLE = Path(__file__).parents[1] / ".." / "shared" / "examples" / "russia-dprk-summit-2019.txt"
BODY = "MOSCOW, March 3 (Xinhua) -- Russia and China signed a trade agreement on Monday."
SENTENCE = "The two ministers met in Geneva on Monday and agreed to meet again next month."


def run(text: str, **fields: object) -> Article:
    """Clean a text-format article and return the cleaned article."""
    article = Article(id="t", text=text, **fields)  # type: ignore[arg-type]
    return clean(Document(article=article)).article


def assert_offsets(article: Article) -> None:
    """Every span points into the text."""
    spans: list[Span] = list(article.captions)
    if article.dateline is not None:
        spans.append(article.dateline)
    for span in spans:
        assert article.text[span.start : span.end] == span.text


# The canonical example -------------------------------------------------------------


@pytest.mark.skipif(not EXAMPLE.exists(), reason="the shared example is absent")
def test_canonical_example() -> None:
    (raw,) = list(read_paths([EXAMPLE]))
    assert isinstance(raw, Article)
    article = clean(Document(article=raw)).article
    assert article.title == "New motivation from Russia-DPRK Summit"
    assert article.published == datetime(2019, 4, 26, 18, 8, 15)
    assert "Font Size" not in article.text and "Print" not in article.text
    assert "Friday, 2019-04-26" not in article.text
    assert len(article.captions) == 1
    caption = article.captions[0]
    assert caption.text.startswith("Russian President Vladimir Putin (right) and DPRK Chairman")
    assert caption.text.endswith("(Reuters)")
    assert caption.start == 0
    assert article.dateline is not None
    assert article.dateline.text == "NDO \u2013"
    assert article.dateline_place == ""
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == caption.text
    assert paragraphs[1].startswith(
        "NDO \u2013 The meeting between Russian President Vladimir Putin"
    )
    assert paragraphs[-1].endswith(
        "one of the \u201csecurity hotspots\u201d in the Asia-Pacific region."
    )
    assert len(paragraphs) == 9
    assert (article.id, article.origin, article.raw_format) == (raw.id, raw.origin, "text")
    assert_offsets(article)
    assert clean(Document(article=article)).article == article


# Junk lines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "junk",
    [
        "\u00a0Font Size:\u00a0 \u00a0 \u00a0|\u00a0 \u00a0 \u00a0 \u00a0 \u00a0 \u00a0 Print",
        " Font Size:     |        Print",
        "Font Size: | Print",
        "Font Size:",
        "Print",
        "Share",
        "Share this article",
        "Share | Tweet | Email",
        "Tweet",
        "Email",
        "Subscribe to our newsletter",
        "Subscribe now",
        "Sign up for our newsletter",
        "We use cookies to improve your experience. Accept",
        "Accept cookies",
        "Read more: Iran's nuclear programme in charts",
        "READ MORE",
        "Related: Five things to know about the summit",
        "Related articles",
        "Advertisement",
        "Follow us on Twitter",
        "Click here to get the app",
        "Comments (3)",
        "| | |",
        "* * *",
        "---",
        "Photo: AFP",
        "Photo: AFP / Getty Images",
        "(Photo: Reuters)",
        "REUTERS/Kim Kyung-Hoon",
        "Copyright \u00a9 2024 Example News. All rights reserved.",
        "\u00a9 2019 Nhan Dan",
        "Reporting by Geneva newsroom; Editing by Desk",
    ],
)
def test_junk_lines_are_removed(junk: str) -> None:
    article = run(f"Summit ends\n\n{junk}\n{BODY}\n\n{junk}\n\n{SENTENCE}\n{junk}")
    assert article.text == f"{BODY}\n\n{SENTENCE}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Print media in the country face new restrictions, the union said on Monday.",
        "Related talks are expected to take place in Vienna next week, diplomats said.",
        "Share prices in Seoul fell sharply after the launch.",
        "Email records show the minister was warned in advance.",
        "Read more carefully, the report shows that the ceasefire was broken twice.",
        "Follow-up talks will be held in Doha.",
        "Subscribers to the state broadcaster will pay more from July.",
        "Copyright law was changed in 2020 to protect journalists.",
        "Advertisement spending fell by a third in 2020.",
        "Photo: A protester waves a flag in front of parliament in Bangkok.",
        "We use cookies, the company said in a statement on Tuesday, "
        + "but only to measure traffic, and it denied selling data to third parties "
        + "or to the government, which had asked for access to user records in March "
        + "as part of an investigation into the leak.",
    ],
)
def test_real_sentences_are_kept(sentence: str) -> None:
    article = run(f"Headline here\n\n{BODY}\n\n{sentence}")
    assert sentence in article.text


def test_whitespace_and_paragraphs() -> None:
    text = "Headline\r\n\r\n\r\n  First \u00a0 paragraph\t here.  \n\n\n\n\u200bSecond paragraph.\n"
    article = run(text)
    assert article.text == "First paragraph here.\n\nSecond paragraph."
    assert "\n\n\n" not in article.text


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "A headline\n\n"
        "The foreign ministers of the two countries met in Geneva on Monday and\n"
        "agreed to resume talks on the nuclear programme, officials said after\n"
        "the meeting ended.\n"
        "They will meet again in May.\n\n"
        "A second paragraph follows here."
    )
    article = run(text)
    assert article.text.split("\n\n") == [
        "The foreign ministers of the two countries met in Geneva on Monday and agreed to "
        "resume talks on the nuclear programme, officials said after the meeting ended.",
        "They will meet again in May.",
        "A second paragraph follows here.",
    ]


def test_single_newline_lines_stay_apart() -> None:
    text = f"Headline\n\n{BODY}\n{SENTENCE}"
    assert run(text).text == f"{BODY}\n\n{SENTENCE}"


def test_nothing_left_raises_skip() -> None:
    with pytest.raises(Skip) as caught:
        run("Share\nPrint\nAdvertisement\n\n | ")
    assert caught.value.reason == "no-text"


def test_input_document_is_unchanged() -> None:
    article = Article(id="t", text=f"Headline\n\nPrint\n{BODY}")
    doc = Document(article=article)
    result = clean(doc)
    assert doc.article.text == f"Headline\n\nPrint\n{BODY}"
    assert result is not doc and result.article.text == BODY


# Title and timestamp ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Friday, 2019-04-26 18:08:15", datetime(2019, 4, 26, 18, 8, 15)),
        ("Published: 12 March 2021 09:14 GMT", datetime(2021, 3, 12, 9, 14)),
        ("Updated 3:45 PM ET, Tue March 5, 2024", datetime(2024, 3, 5, 15, 45)),
        ("Updated 11:02 AM EDT, Wed October 21, 2020", datetime(2020, 10, 21, 11, 2)),
        ("2019-04-26", datetime(2019, 4, 26)),
        ("April 26, 2019", datetime(2019, 4, 26)),
        ("26 Apr 2019, 12:30 a.m.", datetime(2019, 4, 26, 0, 30)),
    ],
)
def test_title_and_timestamp(line: str, expected: datetime) -> None:
    article = run(f"Leaders meet in Vladivostok\n\n{line}\nShare\n{BODY}")
    assert article.title == "Leaders meet in Vladivostok"
    assert article.published == expected
    assert article.text == BODY


def test_timestamp_first_then_title() -> None:
    article = run(f"2019-04-26\nLeaders meet in Vladivostok\n\n{BODY}")
    assert (article.title, article.published, article.text) == (
        "Leaders meet in Vladivostok",
        datetime(2019, 4, 26),
        BODY,
    )


def test_published_already_set_is_kept_and_line_removed() -> None:
    known = datetime(2019, 4, 25, 7, 0)
    article = run(f"Headline\n\nApril 26, 2019\n\n{BODY}", published=known)
    assert article.published == known
    assert article.text == BODY


def test_timestamp_far_down_is_kept() -> None:
    text = f"Headline\n\n{BODY}\n\n{SENTENCE}\n\nOne more.\n\nAnd more.\n\nApril 26, 2019"
    article = run(text)
    assert article.published is None
    assert article.text.endswith("April 26, 2019")


@pytest.mark.parametrize("first", [SENTENCE, 'He said the talks would go on."', "(It rained.)"])
def test_first_line_with_period_is_not_a_title(first: str) -> None:
    article = run(f"{first}\n\n{BODY}")
    assert article.title == ""
    assert article.text.startswith(first)


@pytest.mark.parametrize(
    "title", ['Putin calls talks "constructive"', "Is the war over?", "EXCLUSIVE: Talks resume"]
)
def test_titles_ending_in_quotes_or_questions(title: str) -> None:
    article = run(f"{title}\nApril 26, 2019\n{BODY}")
    assert (article.title, article.published, article.text) == (title, datetime(2019, 4, 26), BODY)


def test_title_only_from_plain_text() -> None:
    article = run(f"A headline\n\n{BODY}", raw_format="jsonl")
    assert article.title == ""
    assert article.text.startswith("A headline\n\n")


def test_existing_title_repeated_in_text_is_removed() -> None:
    article = run(f"Leaders  meet\n\n{BODY}", title="Leaders meet", raw_format="html")
    assert (article.title, article.text) == ("Leaders meet", BODY)


def test_lone_headline_is_not_taken_as_title() -> None:
    article = run("Just a headline without body")
    assert article.text == "Just a headline without body"
    assert article.title == ""


# Captions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Russian President Vladimir Putin (right) and DPRK Chairman Kim Jong Un shake hands "
        "in Vladivostok, Russia, April 25, 2019. (Reuters)",
        "Protesters gather outside parliament in Bangkok on Monday. (AFP)",
        "Delegates arrive for the summit. (AP Photo/Ahn Young-joon)",
        "Rescue workers search the rubble in Kharkiv. (Photo: Reuters)",
        "Biden (L) and Putin (R) meet at the villa in Geneva, June 16, 2021.",
        "Photo: Soldiers patrol a street in Bamako, Mali.",
        "Pictured: the leaders at the signing ceremony.",
        "Displaced people queue for food at a camp in Shire, Ethiopia. Photo: AFP / Getty Images",
        "The ministers (centre) pose for a group photo in Vilnius.",
    ],
)
def test_captions_are_kept_and_flagged(caption: str) -> None:
    article = run(f"Headline\n\n{caption}\n{BODY}\n\n{SENTENCE}")
    assert article.text == f"{caption}\n\n{BODY}\n\n{SENTENCE}"
    assert article.captions == (Span(start=0, end=len(caption), text=caption),)
    assert article.dateline is not None and article.dateline.text == "MOSCOW, March 3 (Xinhua) --"
    assert_offsets(article)


def test_caption_between_paragraphs() -> None:
    caption = "Smoke rises over the city after the strike. (Reuters)"
    article = run(f"Headline\n\n{BODY}\n\n{caption}\n\n{SENTENCE}")
    (span,) = article.captions
    assert span.text == caption
    assert span.start == len(BODY) + 2
    assert_offsets(article)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Senator John Smith (R) said the vote would take place on Tuesday.",
        "The minister said the talks were constructive and would continue next week.",
    ],
)
def test_ordinary_paragraphs_are_not_captions(paragraph: str) -> None:
    assert run(f"Headline\n\n{BODY}\n\n{paragraph}").captions == ()


# Datelines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "dateline", "place"),
    [
        ("VLADIVOSTOK, April 25 (Reuters) - ", "VLADIVOSTOK, April 25 (Reuters) -", "Vladivostok"),
        ("GENEVA (AP) \u2014 ", "GENEVA (AP) \u2014", "Geneva"),
        ("KYIV, Ukraine (AP) \u2014 ", "KYIV, Ukraine (AP) \u2014", "Kyiv"),
        ("NDO \u2013 ", "NDO \u2013", ""),
        ("WASHINGTON \u2014 ", "WASHINGTON \u2014", "Washington"),
        ("MOSCOW, March 3 (Xinhua) -- ", "MOSCOW, March 3 (Xinhua) --", "Moscow"),
        ("SEOUL/TOKYO, Oct 4 (Reuters) - ", "SEOUL/TOKYO, Oct 4 (Reuters) -", "Seoul/Tokyo"),
        ("NEW YORK (AP) \u2014 ", "NEW YORK (AP) \u2014", "New York"),
        ("DURBAN, South Africa, July 16 \u2014 ", "DURBAN, South Africa, July 16 \u2014", "Durban"),
        ("LYON: ", "LYON:", "Lyon"),
        (
            "GAZA CITY, Palestinian Territories: ",
            "GAZA CITY, Palestinian Territories:",
            "Gaza City",
        ),
    ],
)
def test_datelines(start: str, dateline: str, place: str) -> None:
    article = run(f"Headline\n\n{start}Officials said talks would resume.\n\nMore text.")
    assert article.dateline is not None
    assert article.dateline.text == dateline
    assert article.dateline.start == 0
    assert article.dateline_place == place
    assert article.text.startswith(start)
    assert_offsets(article)


def test_dateline_after_a_caption_and_a_standfirst() -> None:
    caption = "Smoke rises over Gaza City. (Reuters)"
    text = (
        f"Headline\n\n{caption}\n\nA short standfirst\n\nGAZA (AP) \u2014 Airstrikes hit the city."
    )
    article = run(text)
    assert article.dateline is not None
    assert article.dateline.text == "GAZA (AP) \u2014"
    assert article.dateline_place == "Gaza"
    assert_offsets(article)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The talks ended without a deal - officials said.",
        "UN \u2013 the world body said it would send envoys.",
        "US-China talks resumed on Monday.",
        "Officials in GENEVA - the host city - welcomed the delegates.",
        "EXCLUSIVE: the talks will resume in Geneva.",
        "UPDATE - the talks resumed on Monday.",
        "Note: figures are provisional.",
    ],
)
def test_no_dateline(paragraph: str) -> None:
    article = run(f"Headline\n\n{paragraph}")
    assert article.dateline is None
    assert article.dateline_place == ""


# Properties -------------------------------------------------------------------------

LINES = (
    "",
    "Print",
    " Font Size:     |        Print",
    "Friday, 2019-04-26 18:08:15",
    "Leaders meet",
    "NDO \u2013 The meeting was held in Vladivostok.",
    "VLADIVOSTOK, April 25 (Reuters) - Putin met Kim.",
    "Putin (right) meets Kim in Vladivostok, April 25, 2019. (Reuters)",
    "Photo: AFP",
    "and the talks went on",
    SENTENCE,
    "\u00a0 \t  ",
    "Read more: the summit in pictures",
)


@pytest.mark.parametrize("seed", range(30))
def test_random_articles_keep_offsets(seed: int) -> None:
    rng = random.Random(seed)
    text = "\n".join(rng.choice(LINES) for _ in range(rng.randint(1, 25)))
    try:
        article = run(text)
    except Skip:
        return
    assert_offsets(article)
    assert article.text == article.text.strip()
    assert "\n\n\n" not in article.text
    assert "  " not in article.text
    assert clean(Document(article=article)).article == article


def test_a_long_article_loses_every_junk_line_and_keeps_its_body() -> None:
    # Its speed is measured by benchmarks/clean.py, not here.
    text = "Headline\n\n" + "\n\n".join([SENTENCE * 3, "Print", BODY] * 700)
    article = run(text)
    assert "Print" not in article.text
    assert article.text.count(SENTENCE) == 3 * 700
