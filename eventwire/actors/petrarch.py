"""PETRARCH/TABARI actor and agent dictionaries, read as user files of the knowledge base.

An **actors** dictionary names actors and their codes::

    UNITED_STATES  [USA]          # a name and its code
    +U.S.                         # a synonym of the entry above
    GOLLUM                        # codes on their own lines, restricted by date:
        [HOBGOV 19950601-19990815]    (from-to, inclusive)
        [HOBREB >19990816]            (after), [HOB <19950601] (before)
        [HOB]                         (any other date)

Entries become rows of the ``people`` table: a person (or any named actor) with one term per
code, the date-restricted terms first so that they win over the default. Names are written
in capitals with ``_`` for spaces; they are matched as the press writes them, in title case
(``UNITED_STATES`` → ``United States``), short words also in capitals (``IMF``).

An **agents** dictionary names role nouns and their sector codes::

    !PERSON! = MAN, MEN, WOMAN        # a substitution list for !PERSON! below
    FOREIGN_MINISTER [~GOVFRM]        # "~" marks where the country goes; GOV and FRM
    TROOPS {} [~MIL]                  # {}: plural made regularly; {GEESE}: its plural
    HUMAN_RIGHTS_BODY [NGO~]

Entries become rows of the ``roles`` table (singular: an ``office``; plural: a ``group``).
Comments (``#`` to the end of a line, ``<!-- … -->`` blocks) are skipped; a code that is
not letters and digits (``---``, ``+++``) is skipped with its entry. A compound code
(``[ELR/GAL]``) names several actors at once: the name stands for each of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

from eventwire.actors.knowledge import GAP, Country, Row, Table, phrase_key
from eventwire.errors import ConfigError

_COMMENT_BLOCK = re.compile(r"<!--.*?-->", re.DOTALL)
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_PLURAL = re.compile(r"\{([^}]*)\}")
_MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_VALID = re.compile(r"^[A-Z][A-Z0-9]{2,}(/[A-Z][A-Z0-9]{2,})*$")  # "/": a compound
_DATE = re.compile(r"^\d{6}(\d{2})?$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "de", "du", "del", "la"})
_SHORT = 4  # names of this many letters or fewer are also matched in capitals
_SEPARATOR = re.compile(r"[ _]+")


def looks_like_petrarch(text: str) -> bool:
    """Whether a file is a PETRARCH dictionary rather than a tab-separated table."""
    for _, line in _lines(text):
        return "\t" not in line.strip() or "[" in line
    return False


def read_petrarch(text: str, origin: str) -> Table:
    """The dictionary as a ``roles`` table (agents) or a ``people`` table (actors)."""
    lines = list(_lines(text))
    if any("[~" in line or "~]" in line for _, line in lines):
        return Table(name="roles", origin=origin, rows=tuple(_agent_rows(lines, origin)))
    return Table(name="people", origin=origin, rows=tuple(_actor_rows(lines, origin)))


def read_petrarch_tables(text: str, origin: str) -> tuple[Table, ...]:
    """The dictionary's tables: for an actors dictionary, also a ``countries`` table of the
    entries coded by a bare three-letter code (``GONDOR [GON]``), so that agents compose
    with them as with any country (``Gondor's government`` is ``GONGOV``)."""
    table = read_petrarch(text, origin)
    if table.name != "people":
        return (table,)
    rows = tuple(_country_rows(table.rows))
    countries = Table(name="countries", origin=origin, rows=rows, overrides=True)
    return (countries, table) if countries.rows else (table,)


def _country_rows(rows: tuple[Row, ...]) -> Iterator[Row]:
    """One country row per bare code: the first entry's name, the others' names as aliases.
    A code the packaged knowledge base has keeps its row (demonyms, capitals, leaders) with
    the dictionary's names added as aliases (``+PYONGYANG`` names the country, not its
    government); a new code takes its names even from a packaged country (``KUWAIT
    [KUW]``), while a name the packaged tables give another packaged country stays its."""
    by_entry: dict[int, list[Row]] = {}
    for row in rows:
        by_entry.setdefault(row.line, []).append(row)
    taken = _national_names()
    packaged = _packaged_countries()
    names: dict[str, list[str]] = {}
    claimed: dict[tuple[str, ...], str] = {}
    first_line: dict[str, int] = {}
    for line, entry in by_entry.items():
        code = _bare_country(entry)
        if not code:
            continue
        for phrase in (entry[0]["name"], *entry[0].items("aliases")):
            key = phrase_key(phrase)
            if not key or claimed.setdefault(key, code) != code:
                continue  # the dictionary's first entry for a name keeps it
            if taken.get(key, code) == code or code not in packaged:
                names.setdefault(code, []).append(phrase)
                first_line.setdefault(code, line)
    merged = {code for code in names if code in packaged}
    for code, phrases in list(names.items()):
        kept = [p for p in phrases if code in packaged or taken.get(phrase_key(p)) not in merged]
        if kept:
            names[code] = kept
        else:
            del names[code]  # a packaged country the dictionary names keeps its own names
    gapped = _gapped_by_code(by_entry)
    for code, phrases in names.items():
        values = (
            _with_aliases(packaged[code], phrases)
            if code in packaged
            else {"iso3": code, "name": phrases[0], "aliases": "|".join(phrases[1:])}
        )
        kept = [g for g in gapped.get(code, ()) if g.replace(f" {GAP} ", " ") in phrases]
        values["gapped"] = "|".join(kept)
        yield Row(origin=rows[0].origin, line=first_line[code], values=values)


def _gapped_by_code(by_entry: Mapping[int, list[Row]]) -> dict[str, list[str]]:
    """The names with gaps of each bare country code's entries."""
    gapped: dict[str, list[str]] = {}
    for entry in by_entry.values():
        code = _bare_country(entry)
        if code:
            gapped.setdefault(code, []).extend(entry[0].items("gapped"))
    return gapped


def _with_aliases(country: Country, phrases: list[str]) -> dict[str, str]:
    """A packaged country's row with more aliases."""
    aliases = [a for a in dict.fromkeys([*country.aliases, *phrases]) if a != country.name]
    return {
        "iso3": country.iso3,
        "name": country.name,
        "aliases": "|".join(aliases),
        "demonyms": "|".join(country.demonyms),
        "capitals": "|".join(country.capitals),
        "leader": "|".join(country.leader),
    }


def _bare_country(entry: list[Row]) -> str:
    """The code of an entry with one undated three-letter code, else ``""``."""
    if len(entry) != 1 or entry[0]["start"] or entry[0]["end"]:
        return ""
    code = entry[0]["country"]
    return code if _COUNTRY.match(code) else ""


def _packaged_countries() -> Mapping[str, Country]:
    """The packaged knowledge base's countries, by code."""
    from eventwire.actors.knowledge import default_knowledge_base

    return default_knowledge_base().countries


def _national_names() -> dict[tuple[str, ...], str]:
    """The phrases that name a country, capital or demonym in the packaged knowledge base,
    with the country they name."""
    from eventwire.actors.knowledge import default_knowledge_base

    national = {"country", "capital", "demonym"}
    found = {}
    for key, entries in default_knowledge_base().names.items():
        codes = [e.key for e in entries if e.kind in national]
        if codes:
            found[key] = codes[0]
    return found


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Numbered lines without comments, blank ones dropped (block comments keep numbering)."""
    text = _COMMENT_BLOCK.sub(lambda m: "\n" * m.group().count("\n"), text)
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            yield number, line


def phrase_of(name: str) -> str:
    """``PRESIDENT_GEORGE_W._BUSH`` → ``President George W. Bush``; short function words
    after the first stay in lower case (``PRINCE_OF_DOL_AMROTH`` → ``Prince of Dol Amroth``)."""
    words = name.strip().strip("_").replace("_", " ").split()
    return " ".join(
        word.lower() if i and word.lower() in _FUNCTION_WORDS else _title(word)
        for i, word in enumerate(words)
    )


def _title(word: str) -> str:
    if "." in word and len(word.replace(".", "")) <= 2:
        return word.upper()
    return "-".join(part.capitalize() for part in word.split("-"))


def _forms(name: str) -> tuple[str, ...]:
    """The phrase in title case, and with its short words in capitals too (``THE_AU`` is
    "The Au" and "The AU"); a name starting with "The" also as written inside a sentence
    ("the Shire")."""
    phrase = phrase_of(name)
    words = phrase.split(" ")
    capitals = " ".join(_short_in_capitals(word, i) for i, word in enumerate(words))
    hyphened = " ".join(_lower_after_hyphens(word) for word in words)
    forms = tuple(dict.fromkeys((phrase, capitals, hyphened)))
    inside = tuple("the" + form[3:] for form in forms if form.startswith("The ") and len(words) > 1)
    return forms + inside


def _gapped_forms(name: str) -> tuple[str, ...]:
    """The forms of a name written with spaces, with ``GAP`` where a space was: PETRARCH
    lets other words of the phrase stand there (``ITHILEN TELEVISION``: "Ithilen state-run
    television"), while ``_`` joins adjacent words."""
    separators = _SEPARATOR.findall(name.strip().strip("_"))
    if not any(" " in separator for separator in separators):
        return ()
    gapped = []
    for form in _forms(name):
        words = form.split(" ")
        if len(words) != len(separators) + 1:
            continue
        joints = [f" {GAP} " if " " in separator else " " for separator in separators]
        gapped.append(words[0] + "".join(j + w for j, w in zip(joints, words[1:], strict=True)))
    return tuple(gapped)


def _lower_after_hyphens(word: str) -> str:
    """A hyphenated word with its later parts in lower case, as the press often writes
    them (``BARAD-DUR`` as "Barad-dur")."""
    first, hyphen, rest = word.partition("-")
    return first + hyphen + rest.lower()


def _short_in_capitals(word: str, index: int) -> str:
    """An acronym-like word in capitals: short, alphabetic, no function word after the first."""
    function = index > 0 and word.lower() in _FUNCTION_WORDS
    short = word.isalpha() and len(word) <= _SHORT and word.lower() != "the"
    return word.upper() if short and not function else word


# Actors --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Entry:
    line: int
    names: list[str]
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)


def _actor_rows(lines: list[tuple[int, str]], origin: str) -> Iterator[Row]:
    for entry in _entries(lines, origin):
        yield from _entry_rows(entry, origin)


def _entries(lines: list[tuple[int, str]], origin: str) -> Iterator[_Entry]:
    current: _Entry | None = None
    for number, line in lines:
        stripped = line.strip()
        if stripped.startswith("+") and current is not None:
            current.names.append(_CODE_BLOCK.sub("", stripped[1:]))
        elif line[0].isspace() and current is not None:
            current.codes.extend(_codes(stripped, origin, number))
        else:
            if current is not None:
                yield current
            name = _CODE_BLOCK.sub("", stripped)
            current = _Entry(number, [name], list(_codes(stripped, origin, number)))
    if current is not None:
        yield current


def _codes(text: str, origin: str, number: int) -> Iterator[tuple[str, date | None, date | None]]:
    for block in _CODE_BLOCK.findall(text):
        parts = block.split(None, 1)
        if not parts:
            continue
        code = parts[0].upper()
        if _VALID.match(code):
            start, end = _restriction(parts[1] if len(parts) > 1 else "", origin, number)
            yield code, start, end


def _restriction(text: str, origin: str, number: int) -> tuple[date | None, date | None]:
    """``<D`` (until the day before D), ``>D`` (from the day after D), ``D1-D2``, or none."""
    text = text.replace(" ", "")
    try:
        if text.startswith("<"):
            return None, date.fromordinal(_day(text[1:]).toordinal() - 1)
        if text.startswith(">"):
            return date.fromordinal(_day(text[1:]).toordinal() + 1), None
        if "-" in text:
            first, last = text.split("-", 1)
            return _day(first), _day(last)
    except ValueError as error:
        raise ConfigError(f"{origin}:{number}: bad date restriction {text!r}") from error
    return None, None


def _day(text: str) -> date:
    """``20030101``, or TABARI's ``030101`` (years before 30 are in the 2000s)."""
    if not _DATE.match(text):
        raise ValueError(text)
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year < 30 else 1900 + year}{text[2:]}"
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def _entry_rows(entry: _Entry, origin: str) -> Iterator[Row]:
    forms = [form for name in entry.names if name.strip() for form in _forms(name)]
    if not forms or not entry.codes:
        return
    name, aliases = forms[0], "|".join(dict.fromkeys(forms[1:]))
    gapped = "|".join(dict.fromkeys(form for name in entry.names for form in _gapped_forms(name)))
    ordered = sorted(entry.codes, key=lambda c: c[1] is None and c[2] is None)
    for code, start, end in ordered:
        values = {
            "name": name,
            "aliases": aliases,
            "country": code,
            "sectors": "" if "/" in code else "|".join(_sectors_of(code)),
            "office": "",
            "start": start.isoformat() if start else "",
            "end": end.isoformat() if end else "",
            "note": "PETRARCH dictionary",
            "gapped": gapped,
        }
        yield Row(origin=origin, line=entry.line, values=values)


def _sectors_of(code: str) -> Iterator[str]:
    """The three-letter parts of a code after its first (``HOBGOV``: ``GOV``)."""
    return (code[i : i + 3] for i in range(3, len(code) - 2, 3))


# Agents --------------------------------------------------------------------------------


def _agent_rows(lines: list[tuple[int, str]], origin: str) -> Iterator[Row]:
    macros: dict[str, list[str]] = {}
    seen: set[str] = set()
    for number, line in lines:
        macro = _MACRO.match(line.strip())
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        for phrase, sectors, kind, place in _agent(line, macros):
            if phrase in seen:
                continue
            seen.add(phrase)
            values = {"phrase": phrase, "sectors": sectors, "kind": kind, "agent": place}
            yield Row(origin=origin, line=number, values=values)


def _agent(line: str, macros: dict[str, list[str]]) -> Iterator[tuple[str, str, str, str]]:
    """An agent line's phrases: its plurals groups, the phrase as written what our roles
    make it (``GOVERNMENT``, ``TROOPS {}``, ``SECURITY_OFFICIALS``: a body, a group;
    ``AMBASSADOR``: an office); the code's ``~`` says where it goes (``after`` the
    actor's code, or ``before`` it)."""
    blocks = _CODE_BLOCK.findall(line)
    sectors = _agent_sectors(blocks[0]) if blocks else ""
    if not sectors:
        return
    place = "before" if blocks[0].strip().endswith("~") else "after"
    head = _CODE_BLOCK.sub("", line)
    name = _PLURAL.sub("", head).strip()
    if "!" in name:  # a substitution marker: its words, no plurals made
        for variant in _expand(name, macros):
            phrase = phrase_of(variant).lower()
            yield phrase, sectors, _written_kind(phrase), place
        return
    phrase = phrase_of(name).lower()
    yield phrase, sectors, _written_kind(phrase), place
    for plural in _plurals(head, name):
        yield phrase_of(plural).lower(), sectors, "group", place


def _written_kind(phrase: str) -> str:
    """The kind of an agent as the dictionary writes it: that of our role of the same
    words, or of its last word (``border police``), else an office."""
    from eventwire.actors.knowledge import default_knowledge_base

    kb = default_knowledge_base()
    words = phrase_key(phrase, lower=True)
    for key in (words, words[-1:]):
        role = kb.role_lookup(key) if key else None
        if role is not None:
            return role.kind
    return "office"


def _plurals(head: str, name: str) -> list[str]:
    """PETRARCH's plurals of an agent: those in braces (``{}``: none), else the regular one
    (``-ies`` after a ``y``, ``-es`` after an ``s``, else ``-s``)."""
    braces = _PLURAL.findall(head)
    if braces:
        return [plural.strip() for plural in braces if plural.strip()]
    name = name.rstrip("_")
    if name.upper().endswith("Y"):
        return [name[:-1] + "IES"]
    return [name + ("ES" if name.upper().endswith("S") else "S")]


def _agent_sectors(block: str) -> str:
    """``~GOVFRM`` → ``GOV|FRM``; ``NGO~`` → ``NGO``; anything else → ``""``."""
    code = block.replace("~", "").strip().upper()
    if not code or len(code) % 3 or not code.isalnum():
        return ""
    return "|".join(code[i : i + 3] for i in range(0, len(code), 3))


def _expand(name: str, macros: dict[str, list[str]]) -> list[str]:
    for macro, words in macros.items():
        if macro in name:
            return [form for word in words for form in _expand(name.replace(macro, word), macros)]
    return [name]
