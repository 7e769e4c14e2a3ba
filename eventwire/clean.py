"""The clean stage: junk lines out, paragraphs, title and timestamp, captions and dateline.

``clean(doc)`` turns an Article's raw text into the cleaned text that every later
offset points into: paragraphs separated by one blank line, whitespace collapsed
inside lines, page furniture (``Print``, ``Share``, cookie notices, ...) removed.
Photo captions stay in the text and are flagged by their spans; the dateline
(``VLADIVOSTOK, April 25 (Reuters) -``) stays too, with its span and its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import pairwise
from types import MappingProxyType

from eventwire.datatypes import Article, Document, Span
from eventwire.errors import Skip

# Line shapes ---------------------------------------------------------------------

INVISIBLE = str.maketrans(dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad"))
TERMINAL_ENDINGS = tuple(".!?\u2026\"'\u201d\u2019\u00bb)]:;")
WRAP_WIDTH = 100
MIN_WRAP_WIDTH = 40
SENTENCE_ENDINGS = (".", "!", "?", '"', "\u201d")
CLOSERS = "\"'\u201d\u2019)]\u00bb"
TITLE_MAX = 200
CAPTION_MAX = 400
JUNK_GUARD = 200

# Junk lines ----------------------------------------------------------------------

PIECE_SPLIT_RE = re.compile(r"\s*[|•·]\s*")
PUNCTUATION_ONLY_RE = re.compile(r"[\W_]+")
UI_WORDS = (
    r"print|share|share (?:this|on) ?\w*(?: \w+)?|tweet|e-?mail(?: this)?|whatsapp|facebook"
    r"|twitter|linkedin|telegram|reddit|pinterest|copy link|save|bookmark"
    r"|listen(?: to this article)?|advertisement|advertising|sponsored(?: content)?|ad"
    r"|skip (?:to (?:main )?content|ad)|scroll to continue|continue reading"
    r"|story continues below(?: advertisement)?|back to top|accept(?: all)?(?: cookies)?"
    r"|reject all|manage (?:cookies|preferences)|cookie (?:settings|policy|preferences)"
    r"|(?:view |show |leave a |add a )?comments?(?: ?\(\d+\)| \d+)?|\d+ comments?|a a a"
)
UI_RE = re.compile(rf"(?:{UI_WORDS})[.!:]?", re.IGNORECASE)
FONT_SIZE_RE = re.compile(r"(?:font|text)[ -]?size\b.{0,30}|a ?[+-]? ?a ?[+-]?", re.IGNORECASE)
SOCIAL_SITES = (
    r"twitter|x|facebook|instagram|telegram|linkedin|youtube|tiktok|threads|bluesky"
    r"|google news|whatsapp"
)
RELATED_WORDS = r"articles?|stories|news|content|coverage|links|topics|reading|posts|videos?"
PREFIX_JUNK = (
    r"subscribe\b",
    r"sign up(?: now| here| today)?[.!]?$",
    r"sign up\b.*\b(?:newsletters?|alerts?|updates|briefing|emails?)\b",
    r"(?:get|receive|join)\b.*\bnewsletters?\b",
    r"read (?:more|also|next)\b\s*(?:[:>\u00bb\u203a|\u2026-]|$)",
    r"(?:also read|see also|recommended)\s*:",
    rf"related(?: (?:{RELATED_WORDS}))?\s*(?:[:>\u00bb\u203a-]|$)",
    r"follow (?:us|@\S+)\b",
    rf"follow .{{1,60}} on (?:{SOCIAL_SITES})\b",
    r"click here\b",
    r"copyright\s*(?:\u00a9|\(c\)|\d{4})|\u00a9|\(c\) ?\d{4}",
    r"(?:(?:additional|further) )?(?:reporting|writing|editing|written|edited)(?: and \w+)? by "
    r"[^.!?]{1,150}$",
)
PREFIX_JUNK_RE = re.compile("|".join(f"(?:{item})" for item in PREFIX_JUNK), re.IGNORECASE)
RIGHTS_RE = re.compile(r"\ball rights reserved\b", re.IGNORECASE)
COOKIE_RE = re.compile(
    r"(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b|\baccept (?:all )?cookies\b"
    r"|\bby (?:continuing|using)\b.*\bcookies\b",
    re.IGNORECASE,
)
COOKIE_MAX = 400
CREDIT_PREFIX_RE = re.compile(
    r"\(?\s*(?:(?:file )?photo(?:graph)?s?|images?|pictures?|pics?|credits?|video|illustration"
    r"|graphic)(?: credit)?\s*[:|/]\s*(?P<who>[^()]{1,60}?)\s*\)?",
    re.IGNORECASE,
)
AGENCIES = frozenset(
    {
        *("REUTERS", "AFP", "AP", "EPA", "EPA-EFE", "EFE", "XINHUA", "TASS", "SPUTNIK", "YONHAP"),
        *("KCNA", "KYODO", "ANI", "PTI", "IANS", "UNI", "ANADOLU", "AA", "UPI", "BLOOMBERG", "VNA"),
        *("NDO", "WAFA", "IRNA", "SANA", "BERNAMA", "ANTARA", "KUNA", "WAM", "SPA", "QNA", "MENA"),
        *("DPA", "ANSA", "PAP", "CTK", "RIA", "INTERFAX", "BBC", "CNN", "VOA", "RFA", "NHK", "CNA"),
        *("GETTY", "GETTY IMAGES", "SHUTTERSTOCK", "ALAMY", "POOL", "HANDOUT", "AP PHOTO"),
    }
)
CREDIT_JOINERS = frozenset({"via", "and", "for", "of", "the", "by", "&", "-", "/", "photo"})
CREDIT_SPLIT_RE = re.compile(r"[\s/]+")
AGENCY_CREDIT_RE = re.compile(
    r"\(?\s*(?P<agency>[A-Za-z][A-Za-z -]{1,20}?)(?:\s*/\s*(?P<who>.{1,50}?))?\s*\)?"
)

# Captions ------------------------------------------------------------------------

CAPTION_PREFIX_RE = re.compile(r"(?:photo|pictured|image|caption|picture|file photo)\s*:", re.I)
POSITION_RE = re.compile(
    r"\((?:\d(?:st|nd|rd|th) )?(?:from )?(?:right|left|centre|center|front|back|top|bottom)\)"
    r"|\((?:L|R|C) ?(?:to|-) ?(?:L|R)\)|\(from (?:left|right)\)|\(\d(?:st|nd|rd|th) [LR]\)",
    re.IGNORECASE,
)
LETTER_POSITION_RE = re.compile(r"\((?:L|R|C)\)")
CREDIT_END_RE = re.compile(r"\((?P<credit>[^()]{1,80})\)\s*\.?$")
CREDIT_WORD_RE = re.compile(
    r"\b(?:photos?|photograph|images?|pictures?|credit|file|courtesy|handout|reuters|afp|ap|epa"
    r"|efe|xinhua|getty|tass|sputnik|yonhap|kcna|kyodo|anadolu|bloomberg|upi|vna|wafa|irna|sana"
    r"|shutterstock|alamy|pool|ndo|dpa|ansa)\b",
    re.IGNORECASE,
)
CREDIT_SUFFIX_RE = re.compile(
    r"[.)]\s*(?:\(\s*)?(?:photo(?:graph)?|picture|image)s?(?: credit)?\s*[:/]\s*[^.:]{1,60}$"
    r"|\b(?:REUTERS|AFP|EPA|AP Photo|Getty Images)\s*/\s*[^.:]{1,50}$",
    re.IGNORECASE,
)
CAPTION_DATE_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)

# Datelines -----------------------------------------------------------------------

_DL_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DL_DATE = rf"(?:{_DL_MONTH} \d{{1,2}}|\d{{1,2}} {_DL_MONTH})(?:,? \d{{4}})?"
_DL_PLACE = r"[A-Z][A-Z'\u2019.-]*(?:[ /][A-Z][A-Z'\u2019.-]*){0,4}"
_DL_REGION = r"[A-Z][A-Za-z.'\u2019-]*(?: [A-Z][A-Za-z.'\u2019-]*){0,3}"
DATELINE_RE = re.compile(
    rf"(?P<place>{_DL_PLACE})(?:, (?P<region>{_DL_REGION}))?(?:,? (?P<date>{_DL_DATE}))?"
    r"(?: ?\((?P<agency>[A-Za-z][\w .&/-]{0,30})\))? ?(?:--|[-\u2013\u2014:])(?= \S)"
)
NOT_PLACES = frozenset(
    {"UN", "EU", "US", "UK", "NATO", "UPDATE", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION"}
    | {"WATCH", "LIVE", "FACTBOX", "EXPLAINER", "PHOTOS", "VIDEO", "EDITORIAL", "I", "A"}
    | {"NOTE", "EDITOR'S NOTE", "CORRECTION", "CLARIFICATION", "UPDATED", "URGENT", "FLASH"}
    | {"ALERT", "REPORT", "SPECIAL REPORT", "POLL", "COMMENT", "INTERVIEW", "FACT CHECK"}
    | {"FEATURE", "REVIEW", "TOP NEWS", "WORLD", "NEWS", "WARNING", "SOURCE"}
)
WORD_RE = re.compile(r"[^\W\d_][\w'\u2019.]*")
STANDFIRST_MAX = 250

# Timestamps ----------------------------------------------------------------------

MONTHS = MappingProxyType(
    {
        name: number
        for number, name in enumerate(
            ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
            start=1,
        )
    }
)
_TS_MONTH = (
    r"(?P<mname>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_TS_LEAD = (
    r"(?:(?:last |first )?(?:published|updated|posted|modified|date|created)(?: on| at)?"
    r"\s*[:|-]?\s*)?"
)
_TS_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?"
_TS_TIME = (
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?(?: ?(?P<ampm>[ap])\.?m\.?)?"
    r"(?: ?\(?(?:[a-z]{1,5}(?: ?[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}|z)\)?)?"
)
_TS_DATES = (
    r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})",
    rf"{_TS_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>\d{{4}})",
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)? {_TS_MONTH},? (?P<year>\d{{4}})",
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})",
)
_TS_SEP = r"(?:,? (?:at |- |\u2013 |\| )?|t)"
TIMESTAMP_RES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for date_re in _TS_DATES
    for pattern in (
        rf"{_TS_LEAD}{_TS_WEEKDAY}{date_re}(?:{_TS_SEP}{_TS_TIME})?\.?",
        rf"{_TS_LEAD}{_TS_TIME},? (?:on )?{_TS_WEEKDAY}{date_re}\.?",
    )
)


@dataclass(frozen=True, slots=True)
class _Head:
    """What the top lines gave: title, publication time, and the lines left."""

    title: str
    published: datetime | None
    lines: list[str]


def clean(doc: Document) -> Document:
    """Clean the article text; raises Skip("no-text") when nothing is left."""
    article = doc.article
    lines = [line for line in _normalise(article.text) if not _is_junk(line)]
    head = _read_head(article, lines)
    paragraphs = _paragraphs(head.lines)
    if not paragraphs:
        raise Skip("no-text", "the article has no text after removing junk lines")
    text, spans = _join(paragraphs)
    captions = tuple(span for span in spans if _is_caption(span.text))
    caption_set = set(captions)
    dateline, place = _find_dateline([s for s in spans if s not in caption_set])
    cleaned = replace(
        article,
        text=text,
        title=head.title,
        published=head.published,
        captions=captions,
        dateline=dateline,
        dateline_place=place,
    )
    return replace(doc, article=cleaned)


# Lines ---------------------------------------------------------------------------


def _normalise(text: str) -> list[str]:
    """Lines with invisible characters removed and whitespace collapsed ("" for blank)."""
    text = text.translate(INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    return [" ".join(line.split()) for line in text.split("\n")]


def _is_junk(line: str) -> bool:
    """Whether a line is page furniture rather than article text."""
    if not line:
        return False
    if len(line) > JUNK_GUARD and line.endswith(SENTENCE_ENDINGS):
        return False
    if PUNCTUATION_ONLY_RE.fullmatch(line) or _is_junk_piece(line):
        return True
    pieces = [piece for piece in PIECE_SPLIT_RE.split(line) if piece]
    return len(pieces) > 1 and all(_is_junk_piece(piece) for piece in pieces)


def _is_junk_piece(piece: str) -> bool:
    """Whether one piece of a line (between pipes) is junk."""
    if UI_RE.fullmatch(piece) or FONT_SIZE_RE.fullmatch(piece):
        return True
    if len(piece) <= JUNK_GUARD and (PREFIX_JUNK_RE.match(piece) or RIGHTS_RE.search(piece)):
        return True
    if len(piece) <= COOKIE_MAX and COOKIE_RE.search(piece):
        return True
    return _is_credit_only(piece)


def _is_credit_only(piece: str) -> bool:
    """A credit and nothing else: ``Photo: AFP``, ``(Photo: Reuters)``, ``REUTERS/Kim Lee``."""
    prefixed = CREDIT_PREFIX_RE.fullmatch(piece)
    if prefixed:
        return _credit_words(prefixed["who"])
    agency = AGENCY_CREDIT_RE.fullmatch(piece)
    if agency is None or agency["agency"].upper().strip() not in AGENCIES:
        return False
    return agency["who"] is None or _credit_words(agency["who"])


def _credit_words(who: str) -> bool:
    """Whether a credit holds only names and agencies (capitalised words and joiners)."""
    words = CREDIT_SPLIT_RE.split(who.strip(" .;"))
    return len(words) <= 6 and all(
        word[:1].isupper() or word[:1].isdigit() or word.lower() in CREDIT_JOINERS
        for word in words
        if word
    )


# Title and timestamp ---------------------------------------------------------------


def _read_head(article: Article, lines: list[str]) -> _Head:
    """Take the timestamp and (for plain text without one) the title from the top lines."""
    title = " ".join(article.title.split())
    published, lines = _take_timestamps(lines, article.published)
    first = _first_line(lines)
    if not title and article.raw_format == "text" and first is not None and _is_title(lines, first):
        title, lines = lines[first], _without(lines, first)
    return _Head(title, published, _without_title(lines, title))


def _without_title(lines: list[str], title: str) -> list[str]:
    """The lines less any first lines that repeat the title."""
    first = _first_line(lines)
    while title and first is not None and lines[first].casefold() == title.casefold():
        lines = _without(lines, first)
        first = _first_line(lines)
    return lines


def _take_timestamps(
    lines: list[str], published: datetime | None
) -> tuple[datetime | None, list[str]]:
    """Remove timestamp lines above the body; the first one sets ``published`` if unset."""
    body = next((index for index, line in enumerate(lines) if _is_body(line)), len(lines))
    kept: list[str] = []
    for line in lines[:body]:
        stamp = _timestamp(line) if line else None
        if stamp is None:
            kept.append(line)
        elif published is None:
            published = stamp
    return published, kept + lines[body:]


def _is_body(line: str) -> bool:
    """Whether a line is article body (a sentence, a caption or a dateline), ending the head."""
    if len(line) >= TITLE_MAX or _dateline_match(line) or _is_caption(line):
        return True
    return _ends_sentence(line) and _timestamp(line) is None


def _ends_sentence(line: str) -> bool:
    """Whether a line ends with a full stop, perhaps inside closing quotes or brackets."""
    return line.rstrip(CLOSERS).endswith(".")


def _timestamp(line: str) -> datetime | None:
    """The datetime a line consists of (``Friday, 2019-04-26 18:08:15``), else None."""
    for pattern in TIMESTAMP_RES:
        found = pattern.fullmatch(line)
        if found:
            return _stamp(found.groupdict())
    return None


def _stamp(parts: dict[str, str | None]) -> datetime | None:
    """Build a datetime from matched parts; None when they make no valid date."""
    hour = int(parts.get("hour") or 0)
    ampm = (parts.get("ampm") or "").lower()
    if ampm:
        hour = hour % 12 + (12 if ampm == "p" else 0)
    try:
        return datetime(
            int(parts.get("year") or 0),
            _month(parts),
            int(parts.get("day") or 0),
            hour,
            int(parts.get("minute") or 0),
            int(parts.get("second") or 0),
        )
    except ValueError:
        return None


def _month(parts: dict[str, str | None]) -> int:
    """The month number from a name (``Mar``, ``March``) or digits."""
    name = parts.get("mname")
    return MONTHS[name[:3].lower()] if name else int(parts.get("month") or 0)


def _first_line(lines: list[str]) -> int | None:
    """The index of the first non-blank line."""
    return next((index for index, line in enumerate(lines) if line), None)


def _without(lines: list[str], index: int) -> list[str]:
    """The lines less one."""
    return lines[:index] + lines[index + 1 :]


def _is_title(lines: list[str], index: int) -> bool:
    """Whether a first line reads as a headline, with text after it."""
    line = lines[index]
    return (
        len(line) < TITLE_MAX
        and not _ends_sentence(line)
        and any(char.isalpha() for char in line)
        and not _is_caption(line)
        and _dateline_match(line) is None
        and any(lines[index + 1 :])
    )


# Paragraphs ------------------------------------------------------------------------


def _paragraphs(lines: list[str]) -> list[str]:
    """Paragraphs from blocks of lines: hard-wrapped lines are joined, others kept apart."""
    paragraphs: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line:
            block.append(line)
        elif block:
            paragraphs.extend(_block_paragraphs(block))
            block = []
    return paragraphs


def _block_paragraphs(block: list[str]) -> list[str]:
    """Split one block (lines between blank lines) into paragraphs."""
    width = max(len(line) for line in block)
    wrapped = len(block) > 1 and MIN_WRAP_WIDTH <= width <= WRAP_WIDTH
    paragraphs = [block[0]]
    for previous, line in pairwise(block):
        if _continues(previous, line, width if wrapped else 0):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
    return paragraphs


def _continues(previous: str, line: str, width: int) -> bool:
    """Whether a line continues the previous one's paragraph (``width`` 0: not hard-wrapped)."""
    if _is_caption(previous) or _is_caption(line) or _dateline_match(line):
        return False
    if previous.endswith(TERMINAL_ENDINGS):
        return False
    return line[:1].islower() or bool(width and len(previous) >= 0.6 * width)


def _join(paragraphs: list[str]) -> tuple[str, list[Span]]:
    """The text (paragraphs separated by a blank line) and each paragraph's span."""
    spans: list[Span] = []
    start = 0
    for paragraph in paragraphs:
        spans.append(Span(start=start, end=start + len(paragraph), text=paragraph))
        start += len(paragraph) + 2
    return "\n\n".join(paragraphs), spans


# Captions and dateline ---------------------------------------------------------------


def _is_caption(line: str) -> bool:
    """Whether a line (a whole paragraph) describes a photo."""
    if len(line) > CAPTION_MAX or _dateline_match(line):
        return False
    if CAPTION_PREFIX_RE.match(line) or POSITION_RE.search(line) or CREDIT_SUFFIX_RE.search(line):
        return True
    credit = CREDIT_END_RE.search(line)
    if credit and CREDIT_WORD_RE.search(credit["credit"]):
        return True
    return bool(LETTER_POSITION_RE.search(line) and CAPTION_DATE_RE.search(line))


def _find_dateline(body: list[Span]) -> tuple[Span | None, str]:
    """The dateline at the start of the first body paragraph (or of the one after a standfirst)."""
    for index, paragraph in enumerate(body[:2]):
        if index and len(body[0].text) > STANDFIRST_MAX:
            break
        found = _dateline(paragraph)
        if found is not None:
            return found
    return None, ""


def leading_dateline(text: str) -> Span | None:
    """The dateline a text starts with ("LYON: Interpol said ..."), or None."""
    found = _dateline(Span(start=0, end=len(text), text=text))
    return None if found is None else found[0]


def _dateline_match(line: str) -> re.Match[str] | None:
    """The dateline shape at the start of a line, unless its "place" is a rubric ("UPDATE -")."""
    found = DATELINE_RE.match(line)
    if found is None:
        return None
    place = found["place"].strip()
    return None if place in NOT_PLACES or len(place) < 2 else found


def _dateline(paragraph: Span) -> tuple[Span, str] | None:
    """The dateline span and its place (title case; "" for an agency alone), or None."""
    found = _dateline_match(paragraph.text)
    if found is None:
        return None
    place = found["place"].strip()
    alone = not (found["region"] or found["date"] or found["agency"])
    span = Span(start=paragraph.start, end=paragraph.start + found.end(), text=found[0])
    if alone and place in AGENCIES:
        return span, ""
    return span, WORD_RE.sub(lambda word: word[0][:1].upper() + word[0][1:].lower(), place)
