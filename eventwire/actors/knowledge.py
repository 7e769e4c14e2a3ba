"""The actor knowledge base: countries, seats of power, roles, organisations and people.

Five tab-separated tables ship in ``eventwire/actors/data``; a user's own files in the
same formats add rows or override them (the header line says which table a file holds).
The knowledge base also indexes every name by its tokens, for the resolver's matching.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType

from eventwire.datatypes import Actor
from eventwire.errors import ConfigError

HEADERS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "countries": ("iso3", "name", "aliases", "demonyms", "capitals", "leader"),
        "metonyms": ("phrase", "code", "note"),
        "roles": ("phrase", "sectors", "kind", "agent"),
        "organisations": ("code", "name", "aliases", "sectors"),
        "people": ("name", "aliases", "country", "sectors", "office", "start", "end", "note"),
        "places": ("phrase", "aliases", "country", "note"),
    }
)
REQUIRED: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "countries": ("iso3", "name"),
        "metonyms": ("phrase", "code"),
        "roles": ("phrase", "sectors", "kind"),
        "organisations": ("code", "name"),
        "people": ("name", "country"),
        "places": ("phrase", "country"),
    }
)
PACKAGED = (
    "countries.tsv",
    "metonyms.tsv",
    "roles.tsv",
    "organisations.tsv",
    "people.tsv",
    "places.tsv",
)
OPTIONAL = frozenset({"people.tsv", "places.tsv"})
# Offices whose holder is "the Russian leader" when a country names none, strongest first.
LEADER_OFFICES = ("supreme leader", "president", "prime minister", "chancellor", "king")
# The councils by which juntas rule: their chairman heads the state, over his army post.
MILITARY_COUNCILS = (
    "state administration council",
    "sovereignty council",
    "transitional military council",
    "supreme council of the armed forces",
)
# Offices that win over a person's other terms on the same day (a crown prince who is also
# defence minister is coded as the crown prince); otherwise the data's order decides.
HEADS = frozenset(
    {*LEADER_OFFICES, "queen", "emir", "sultan", "crown prince", "general secretary", "pope"}
    | {"head of state", "junta leader"}
    | {f"{council} chairman" for council in MILITARY_COUNCILS}
)
ROLE_KINDS = frozenset({"office", "group"})
# Where a PETRARCH agent's code goes: after the actor's (``~GOV``) or before it (``NGO~``).
AGENT_PLACES = frozenset({"after", "before"})
STOP = "-"
ELITE = "ELI"  # CAMEO's sector for former office-holders
GRACE_PERIOD = timedelta(days=2)  # a term still names its holder this long after its end
GAP = "\u2026"  # in a name: other words of the phrase may stand here ("Ithilen … Television")

_ISO3 = re.compile(r"^[A-Z]{3}$")
_SECTOR = re.compile(r"^[A-Z0-9]{3}$")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{2,}$")
_COMPOUND = re.compile(r"^[A-Z][A-Z0-9]{2,}(/[A-Z][A-Z0-9]{2,})+$")  # ELR/GAL: two actors
_TOKEN = re.compile(r"[^\W_]+|\S")
_NORMAL = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " "})
_NORMAL_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-"})

# Which reading of a phrase wins when several tables name it (lower is stronger).
_PRIORITY: Mapping[str, int] = MappingProxyType(
    {
        "stop": 0,
        "person": 1,
        "organisation": 2,
        "metonym": 3,
        "country": 4,
        "capital": 5,
        "demonym": 6,
        "alias": 7,
        "place": 8,
    }
)


def normalise(text: str) -> str:
    """The text with curly apostrophes, odd hyphens and no-break spaces made plain, and an
    underscore between letters read as a space, as TABARI and PETRARCH texts join the words
    of a name ("Dol_Amroth").

    Every replacement is one character for one, so offsets stay valid.
    """
    plain = text.translate(_NORMAL).translate(_NORMAL_DASHES)
    return _JOINED.sub(" ", plain) if "_" in plain else plain


_JOINED = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")


def tokenize(text: str) -> Iterator[re.Match[str]]:
    """Word tokens (letters and digits) and single punctuation marks, as regex matches."""
    return _TOKEN.finditer(normalise(text))


def phrase_key(phrase: str, *, lower: bool = False) -> tuple[str, ...]:
    """The tokens of a phrase, as the resolver matches them."""
    words = tuple(match.group() for match in tokenize(phrase))
    return tuple(word.lower() for word in words) if lower else words


def office_key(office: str) -> str:
    """An office's name as the index keeps it: lower case, British spelling of defence."""
    return " ".join(office.lower().replace("defense", "defence").split())


VAGUE_SECTOR = "UNK"
"""The sector of a vague role (a vessel, a plane, an island): with a country, the code is
the country's alone ("a Philippine supply vessel": ``PHL``), as CAMEO has no such sector."""


def code_of(country: str, sectors: Sequence[str]) -> str:
    """The CAMEO-style code: country followed by sectors (``RUS`` + ``GOV``); a vague
    sector adds nothing to a country."""
    if country:
        sectors = [sector for sector in sectors if sector != VAGUE_SECTOR]
    return country + "".join(sectors)


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    """A country (or territory, or historical state) and the names it goes by."""

    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    leader: tuple[str, ...] = LEADER_OFFICES
    gapped: tuple[str, ...] = ()  # names with GAP where other words may stand between


@dataclass(frozen=True, slots=True, kw_only=True)
class Organisation:
    """An international organisation, armed group or other named actor with its own code."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    country: str = ""

    def actor(self, name: str = "") -> Actor:
        """The organisation as an actor, named ``name`` (a person in it) or its own name."""
        return Actor(
            code=self.code, country=self.country, sectors=self.sectors, name=name or self.name
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Metonym:
    """A seat of power that stands for an actor (``Kremlin``), or a stop phrase (``-``)."""

    phrase: str
    code: str
    note: str = ""
    actor: Actor | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Role:
    """A role noun: an ``office`` (a title before a name) or a ``group`` (troops, police).

    ``agent`` is set for a PETRARCH agent (``after`` or ``before``): every agent of a
    phrase adds its code to the actor's, after or before it, and it matches only as
    written (its plurals are listed); a role of ours (``""``) gives the head role's sectors.
    """

    phrase: str
    sectors: tuple[str, ...]
    kind: str
    agent: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Term:
    """One term of office: as what, for which country, from when to when (inclusive).

    ``code`` is set when the term is in an organisation (``IGOUNO``) rather than a country:
    the person is then that organisation's actor, with its sectors.
    """

    country: str
    sectors: tuple[str, ...]
    office: str = ""
    start: date | None = None
    end: date | None = None
    note: str = ""
    code: str = ""

    def covers(self, on: date) -> bool:
        """Whether the term includes the day."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    def actor(self, name: str) -> Actor:
        """The person in this term."""
        code = self.code or code_of(self.country, self.sectors)
        return Actor(code=code, country=self.country, sectors=self.sectors, name=name)


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """A person and their terms of office, in the order the data lists them."""

    name: str
    aliases: tuple[str, ...] = ()
    terms: tuple[Term, ...] = ()
    gapped: tuple[str, ...] = ()  # names with GAP where other words may stand between

    def terms_on(self, on: date | None) -> tuple[Term, ...]:
        """The terms covering the day; with no day, the latest term."""
        if on is None:
            latest = max(self.terms, key=lambda t: t.start or date.min, default=None)
            return () if latest is None else (latest,)
        return tuple(term for term in self.terms if term.covers(on))

    def _just_ended(self, on: date | None) -> Term | None:
        """The term that ended within ``GRACE_PERIOD`` before the day, if any: the news of a
        removal or a last act in office comes out a day or two later ("Brazil's Senate
        removed Dilma Rousseff from office on Wednesday", published on Thursday)."""
        if on is None:
            return None
        ended = [t for t in self.terms if t.end is not None and t.end < on <= t.end + GRACE_PERIOD]
        return max(ended, key=lambda t: t.end or date.min, default=None)

    def nearest_term(self, on: date | None) -> Term | None:
        """The term closest to the day: the last one before it, else the first after it."""
        if not self.terms:
            return None
        before = [t for t in self.terms if on is None or (t.start or date.min) <= on]
        if before:
            return max(before, key=lambda t: t.end or date.max)
        return min(self.terms, key=lambda t: t.start or date.min)

    def actor(self, on: date | None) -> Actor | None:
        """Who the person is as of the day: the first covering term, heads of state and
        government first, then in the data's order.

        After a term, the person is one of their country's elite (``DEUELI``, CAMEO's code
        for former office-holders); before any term, their country alone (``UKR``). None
        when the nearest term gives no country (a former head of an organisation).
        """
        covering = sorted(self.terms_on(on), key=lambda t: office_key(t.office) not in HEADS)
        if covering:
            return covering[0].actor(self.name)
        just_ended = self._just_ended(on)
        if just_ended is not None:  # news of the last day in office, told the day after
            return just_ended.actor(self.name)
        nearest = self.nearest_term(on)
        if nearest is None or not nearest.country:
            return None
        ended = on is not None and nearest.end is not None and nearest.end < on
        sectors = (ELITE,) if ended else ()
        return Actor(
            code=code_of(nearest.country, sectors),
            country=nearest.country,
            sectors=sectors,
            name=self.name,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class NameEntry:
    """One reading of a proper name: its kind and the key of the row it names."""

    kind: str
    key: str
    full: bool = True

    @property
    def priority(self) -> int:
        """Lower wins when tables disagree; a person's short alias is weakest."""
        if self.kind == "person" and not self.full:
            return _PRIORITY["alias"]
        return _PRIORITY[self.kind]


@dataclass(frozen=True, slots=True, kw_only=True)
class GappedName:
    """A name whose parts may have other words of the phrase between them, as PETRARCH
    reads a dictionary name written with spaces (``ITHILEN TELEVISION``): the first part
    as written, the others in any case."""

    parts: tuple[tuple[str, ...], ...]
    entry: NameEntry


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    """One row of a table file: where it came from and its values by column."""

    origin: str
    line: int
    values: Mapping[str, str]

    def fail(self, message: str) -> ConfigError:
        return ConfigError(f"{self.origin}:{self.line}: {message}")

    def __getitem__(self, column: str) -> str:
        return self.values.get(column, "")

    def items(self, column: str) -> tuple[str, ...]:
        return tuple(item.strip() for item in self[column].split("|") if item.strip())


@dataclass(frozen=True, slots=True)
class Table:
    """The rows of one file, and which table they belong to."""

    name: str
    origin: str
    rows: tuple[Row, ...]
    overrides: bool = False  # its names win over the base tables' (a PETRARCH dictionary's)


@dataclass(frozen=True, slots=True, eq=False)
class KnowledgeBase:
    """Every table, read-only, with the name and role indexes the resolver matches against."""

    countries: Mapping[str, Country]
    organisations: Mapping[str, Organisation]
    metonyms: Mapping[str, Metonym]
    roles: Mapping[str, Role]
    people: Mapping[str, Person]
    places: Mapping[str, str]
    names: Mapping[tuple[str, ...], tuple[NameEntry, ...]] = field(repr=False)
    role_index: Mapping[tuple[str, ...], Role] = field(repr=False)
    name_lengths: Mapping[str, tuple[int, ...]] = field(repr=False)
    role_lengths: Mapping[str, tuple[int, ...]] = field(repr=False)
    offices: Mapping[tuple[str, str], tuple[tuple[str, Term], ...]] = field(
        repr=False, default_factory=lambda: MappingProxyType({})
    )
    gapped_names: Mapping[str, tuple[GappedName, ...]] = field(
        repr=False, default_factory=lambda: MappingProxyType({})
    )
    peoples: Mapping[tuple[str, ...], str] = field(
        repr=False, default_factory=lambda: MappingProxyType({})
    )

    @classmethod
    def load(
        cls,
        extra_files: Sequence[str | Path] = (),
        *,
        data_dir: str | Path | None = None,
        base_roles: bool = True,
    ) -> KnowledgeBase:
        """The base tables, then each user file in turn (its rows add or override).

        The base tables are the packaged ones, or those in ``data_dir`` (same file names;
        ``people.tsv`` may be absent or empty). With ``base_roles`` false, the roles are
        the user files' alone (a PETRARCH agents dictionary composes only its own agents).
        """
        base = _packaged_tables() if data_dir is None else _folder_tables(Path(data_dir))
        kept = [table for table in base if base_roles or table.name != "roles"]
        user = [t for path in extra_files for t in _read_file(Path(path))]
        overriding = frozenset(t.origin for t in user if t.overrides)
        return _build([*kept, *user], user_origins=overriding)

    def country_actor(self, iso3: str, sectors: Sequence[str] = (), name: str = "") -> Actor:
        """A country, or one of its sectors, as an actor."""
        country = self.countries.get(iso3)
        default = country.name if country else iso3
        return Actor(
            code=code_of(iso3, sectors), country=iso3, sectors=tuple(sectors), name=name or default
        )

    def office_holder(self, iso3: str, office: str, on: date | None) -> Actor | None:
        """Who held an office of a country on the day (``leader``: the country's leading
        office); with no day, who holds it now (a term with no end)."""
        country = self.countries.get(iso3)
        offices = (country.leader if country else LEADER_OFFICES) if office == "leader" else ()
        for name in offices or (office_key(office),):
            for person, term in self.offices.get((iso3, office_key(name)), ()):
                current = term.end is None if on is None else term.covers(on)
                if current:
                    return term.actor(person)
        return None

    def role_sizes(self, word: str) -> tuple[int, ...]:
        """The lengths of the roles that may start with a lower-case word, longest first."""
        if not word.endswith("s"):
            return self.role_lengths.get(word, ())
        sizes = set(self.role_lengths.get(word, ()))
        if any(form in self.role_lengths for form in singulars(word)):
            sizes.add(1)
        return tuple(sorted(sizes, reverse=True))

    def role_lookup(self, words: Sequence[str]) -> Role | None:
        """The role named by lower-case words, allowing a plural last word (then a group)."""
        key = tuple(words)
        found = self.role_index.get(key)
        if found is not None or not key:
            return found
        if key[-1] in VERB_PLURALS:
            return None
        for singular in singulars(key[-1]):
            found = self.role_index.get((*key[:-1], singular))
            if found is not None and not found.agent:  # an agent's plurals are listed
                return dataclasses.replace(found, kind="group")
        return None


@functools.cache
def default_knowledge_base() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process."""
    return KnowledgeBase.load()


VERB_PLURALS = frozenset({"heads", "presses"})
"""Plurals of roles that news uses as verbs ("Putin heads to Beijing", "Iran presses
Europe"), not as roles ("heads of state" has its own row; the press is not counted)."""


def singulars(word: str) -> tuple[str, ...]:
    if len(word) < 4 or not word.endswith("s"):
        return ()
    forms = [word[:-1]]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    return tuple(forms)


# Reading -------------------------------------------------------------------------------


def _packaged_tables() -> Iterator[Table]:
    folder = resources.files("eventwire.actors").joinpath("data")
    for name in PACKAGED:
        yield from _base_table(folder.joinpath(name), f"eventwire/actors/data/{name}")


def _folder_tables(folder: Path) -> Iterator[Table]:
    for name in PACKAGED:
        yield from _base_table(folder / name, str(folder / name))


def _base_table(source: Traversable, origin: str) -> Iterator[Table]:
    """A base table; only people.tsv may be missing or empty (its table is then empty)."""
    if not source.is_file():
        if source.name in OPTIONAL:
            return
        raise ConfigError(f"{origin}: the actor table is missing")
    table = _parse(source.read_text("utf-8"), origin)
    if table is None and source.name not in OPTIONAL:
        raise ConfigError(f"{origin}: no header line; expected one of {_header_list()}")
    if table is not None:
        yield table


def _read_file(path: Path) -> tuple[Table, ...]:
    try:
        text = path.read_text("utf-8")
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the actor file ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 text ({error.reason})") from error
    from eventwire.actors.petrarch import looks_like_petrarch, read_petrarch_tables

    if looks_like_petrarch(text):
        return read_petrarch_tables(text, str(path))
    table = _parse(text, str(path))
    if table is None:
        raise ConfigError(f"{path}: no header line; expected one of {_header_list()}")
    return (table,)


def _content_lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line


def _parse(text: str, origin: str) -> Table | None:
    """The table a file holds, by its header line; None for a file with no lines at all."""
    lines = _content_lines(text)
    first = next(lines, None)
    if first is None:
        return None
    number, header_line = first
    columns = tuple(cell.strip() for cell in header_line.split("\t"))
    name = next((table for table, header in HEADERS.items() if _fits(header, columns)), None)
    if name is None:
        raise ConfigError(
            f"{origin}:{number}: unknown header {'|'.join(columns)!r}; "
            f"expected one of {_header_list()}"
        )
    rows = tuple(_row(origin, n, line, columns) for n, line in lines)
    return Table(name=name, origin=origin, rows=rows)


def _fits(header: tuple[str, ...], columns: tuple[str, ...]) -> bool:
    """A header line names a table's columns in order; trailing optional ones may be left out
    (files written before a column was added still load)."""
    return header[: len(columns)] == columns and len(columns) >= len(header) - 1


def _header_list() -> str:
    return "; ".join(f"{name}: {' TAB '.join(header)}" for name, header in HEADERS.items())


def _row(origin: str, number: int, line: str, columns: tuple[str, ...]) -> Row:
    cells = [cell.strip() for cell in line.split("\t")]
    if len(cells) > len(columns):
        raise ConfigError(
            f"{origin}:{number}: {len(cells)} tab-separated fields, the header has {len(columns)}"
        )
    return Row(origin=origin, line=number, values=dict(zip(columns, cells, strict=False)))


# Merging -------------------------------------------------------------------------------


def _row_key(table: str, row: Row) -> str:
    if table == "roles":
        return " ".join(phrase_key(row["phrase"], lower=True))
    if table in {"metonyms", "places"}:
        return " ".join(phrase_key(row["phrase"]))
    return row[{"countries": "iso3", "organisations": "name", "people": "name"}[table]]


def _merged(tables: Iterable[Table], name: str) -> list[Row]:
    """Rows of one table: a later file's row replaces the row with the same key.

    For people a key is a person: a later file's rows for a name replace all earlier ones.
    """
    merged: dict[str, list[Row]] = {}
    for table in tables:
        if table.name != name:
            continue
        seen: dict[str, Row] = {}
        for row in table.rows:
            _check_required(name, row)
            key = _row_key(name, row)
            if key in seen and name != "people":
                first = seen[key]
                raise row.fail(f"duplicate row for {key!r} (first at line {first.line})")
            merged[key] = [*merged[key], row] if key in seen else [row]
            seen[key] = row
    return [row for rows in merged.values() for row in rows]


def _check_required(table: str, row: Row) -> None:
    for column in REQUIRED[table]:
        if not row[column]:
            raise row.fail(f"the {column!r} field is empty")


# Building ------------------------------------------------------------------------------


def _sectors(row: Row, column: str = "sectors") -> tuple[str, ...]:
    sectors = row.items(column)
    for sector in sectors:
        if not _SECTOR.match(sector):
            raise row.fail(f"sector {sector!r} is not a three-character upper-case code")
    return sectors


def _country(row: Row) -> Country:
    if not _ISO3.match(row["iso3"]):
        raise row.fail(f"iso3 {row['iso3']!r} is not three upper-case letters")
    return Country(
        iso3=row["iso3"],
        name=row["name"],
        aliases=row.items("aliases"),
        demonyms=row.items("demonyms"),
        capitals=row.items("capitals"),
        leader=row.items("leader") or LEADER_OFFICES,
        gapped=row.items("gapped"),
    )


def _organisation(row: Row, countries: Mapping[str, Country]) -> Organisation:
    code = row["code"]
    if not _CODE.match(code):
        raise row.fail(f"code {code!r} is not an upper-case code (IGOUNO, PSEINS)")
    return Organisation(
        code=code,
        name=row["name"],
        aliases=row.items("aliases"),
        sectors=_sectors(row),
        country=code[:3] if code[:3] in countries else "",
    )


def _metonym(row: Row, countries: Mapping[str, Country], orgs: Iterable[Organisation]) -> Metonym:
    phrase, code = row["phrase"], row["code"]
    if code == STOP:
        return Metonym(phrase=phrase, code=code, note=row["note"])
    by_code = {org.code: org for org in orgs}
    if code in by_code:
        actor = by_code[code].actor(phrase)
    elif _CODE.match(code) and code[:3] in countries:
        sectors = tuple(code[i : i + 3] for i in range(3, len(code), 3))
        actor = Actor(code=code, country=code[:3], sectors=sectors, name=phrase)
    elif _COMPOUND.match(code) and all(part[:3] in countries for part in code.split("/")):
        actor = Actor(code=code, name=phrase)  # "the two Koreas": one mention per actor
    else:
        raise row.fail(
            f"code {code!r} is neither '-', a country code with sectors, codes of countries"
            " joined by '/', nor an organisation's code"
        )
    return Metonym(phrase=phrase, code=code, note=row["note"], actor=actor)


def _role(row: Row) -> Role:
    kind, agent = row["kind"], row["agent"]
    if kind not in ROLE_KINDS:
        raise row.fail(f"kind {kind!r} is not one of {sorted(ROLE_KINDS)}")
    if agent and agent not in AGENT_PLACES:
        raise row.fail(f"agent {agent!r} is not one of {sorted(AGENT_PLACES)} or empty")
    phrase = " ".join(phrase_key(row["phrase"], lower=True))
    return Role(phrase=phrase, sectors=_sectors(row), kind=kind, agent=agent)


def _place(row: Row, countries: Mapping[str, Country]) -> str:
    if row["country"] not in countries:
        raise row.fail(f"country {row['country']!r} is not in the countries table")
    return row["country"]


def _date(row: Row, column: str) -> date | None:
    if not row[column]:
        return None
    try:
        return date.fromisoformat(row[column])
    except ValueError as error:
        raise row.fail(f"{column} {row[column]!r} is not an ISO date (YYYY-MM-DD)") from error


def _term(row: Row, countries: Mapping[str, Country], orgs: Mapping[str, Organisation]) -> Term:
    """A term; its country is an ISO code, or an organisation's code (``IGOUNO``), or codes
    joined by ``/`` (``ELR/GAL``: the name stands for each of these actors)."""
    value = row["country"]
    sectors = _sectors(row)
    code = ""
    if value not in countries:
        if not (_CODE.match(value) or _COMPOUND.match(value)):
            raise row.fail(f"country {value!r} is neither in the countries table nor a code")
        by_code = {org.code: org for org in orgs.values()}
        code, sectors = value, by_code[value].sectors if value in by_code else sectors
    term = Term(
        country=value[:3] if value[:3] in countries and "/" not in value else "",
        sectors=sectors,
        office=row["office"],
        start=_date(row, "start"),
        end=_date(row, "end"),
        note=row["note"],
        code=code,
    )
    if term.start and term.end and term.end < term.start:
        raise row.fail(f"end {term.end} is before start {term.start}")
    return term


def _people(
    rows: Iterable[Row], countries: Mapping[str, Country], orgs: Mapping[str, Organisation]
) -> dict[str, Person]:
    grouped: dict[str, list[Row]] = {}
    for row in rows:
        grouped.setdefault(row["name"], []).append(row)
    people = {}
    for name, group in grouped.items():
        aliases = dict.fromkeys(alias for row in group for alias in row.items("aliases"))
        gapped = dict.fromkeys(phrase for row in group for phrase in row.items("gapped"))
        terms = tuple(_term(row, countries, orgs) for row in group)
        people[name] = Person(name=name, aliases=tuple(aliases), terms=terms, gapped=tuple(gapped))
    return people


def _build(tables: Sequence[Table], *, user_origins: frozenset[str] = frozenset()) -> KnowledgeBase:
    country_rows = _merged(tables, "countries")
    countries = {row["iso3"]: _country(row) for row in country_rows}
    org_rows = _merged(tables, "organisations")
    orgs = {row["name"]: _organisation(row, countries) for row in org_rows}
    metonym_rows = _merged(tables, "metonyms")
    metonyms = {row["phrase"]: _metonym(row, countries, orgs.values()) for row in metonym_rows}
    roles = {role.phrase: role for role in map(_role, _merged(tables, "roles"))}
    people_rows = _merged(tables, "people")
    people = _people(people_rows, countries, orgs)
    user_people = frozenset(row["name"] for row in people_rows if row.origin in user_origins)
    place_rows = _merged(tables, "places")
    places = {row["phrase"]: _place(row, countries) for row in place_rows}
    names = _NameIndex(user_origins)
    names.add_countries(country_rows, countries)
    names.add_organisations(org_rows, orgs)
    names.add_metonyms(metonym_rows)
    names.add_people(people, user_people)
    names.add_places(place_rows)
    role_index = {tuple(role.phrase.split(" ")): role for role in roles.values()}
    return KnowledgeBase(
        countries=MappingProxyType(countries),
        organisations=MappingProxyType(orgs),
        metonyms=MappingProxyType(metonyms),
        roles=MappingProxyType(roles),
        people=MappingProxyType(people),
        places=MappingProxyType(places),
        names=MappingProxyType(names.best()),
        role_index=MappingProxyType(role_index),
        name_lengths=MappingProxyType(names.lengths()),
        role_lengths=MappingProxyType(first_word_lengths(role_index)),
        offices=MappingProxyType(_offices(people)),
        gapped_names=MappingProxyType(names.gapped_index()),
        peoples=MappingProxyType(_peoples(place_rows)),
    )


PEOPLE_NOTE = "people"
PLURAL = "plural"
INVARIANT = "invariant"
ADJECTIVE = "adjective"


def _peoples(rows: Iterable[Row]) -> dict[tuple[str, ...], str]:
    """The names of the peoples of ``places.tsv`` (note ``people``), by what they may name:
    the people itself, a plural (``Tibetans``, ``Welsh people``) or a name that is its own
    plural (``Rohingya``, with no ``-s`` form in its row); or only qualify a role, a
    singular with a plural in its row (``Tibetan``: an adjective or one person)."""
    peoples: dict[tuple[str, ...], str] = {}
    for row in rows:
        if row["note"] != PEOPLE_NOTE:
            continue
        forms = (row["phrase"], *row.items("aliases"))
        plurals = [form for form in forms if _plural_form(form)]
        for form in forms:
            if _plural_form(form):
                peoples[phrase_key(form)] = PLURAL
            else:
                peoples[phrase_key(form)] = ADJECTIVE if plurals else INVARIANT
    return peoples


def _plural_form(form: str) -> bool:
    return form.endswith("s") or form.endswith(" people")


def _offices(people: Mapping[str, Person]) -> dict[tuple[str, str], tuple[tuple[str, Term], ...]]:
    """(country, office) -> the people who held it, with their terms."""
    index: dict[tuple[str, str], list[tuple[str, Term]]] = {}
    for person in people.values():
        for term in person.terms:
            if term.country and term.office:
                index.setdefault((term.country, office_key(term.office)), []).append(
                    (person.name, term)
                )
    return {key: tuple(holders) for key, holders in index.items()}


class _NameIndex:
    """Builds the token index of proper names; a table's names must not clash across rows."""

    def __init__(self, user_origins: frozenset[str] = frozenset()) -> None:
        self.entries: dict[tuple[str, ...], list[NameEntry]] = {}
        self.owner: dict[tuple[str, tuple[str, ...]], Row] = {}
        self.user_origins = user_origins
        self.user_keys: set[tuple[str, ...]] = set()
        self.gapped: dict[str, list[GappedName]] = {}

    def add(
        self,
        phrase: str,
        entry: NameEntry,
        row: Row | None = None,
        table: str = "",
        *,
        user: bool = False,
    ) -> None:
        """Index a name. A name from an overriding user file (a PETRARCH dictionary) wins
        over the base tables' readings of it, whatever their kind: ``AMNESTY_INTERNATIONAL
        [NGM]`` is the dictionary's NGM, not the packaged organisation."""
        key = phrase_key(phrase)
        if not key:
            return
        if user or (row is not None and row.origin in self.user_origins):
            if key not in self.user_keys:
                self.user_keys.add(key)
                self.entries.pop(key, None)
        elif key in self.user_keys:
            return
        if row is not None:
            owner = self.owner.setdefault((table, key), row)
            if owner is not row and self._overrides(row, owner):
                self.owner[(table, key)] = row  # a user file's name wins over a base table's
                self.entries[key] = [e for e in self.entries.get(key, ()) if e.kind != entry.kind]
            elif owner is not row:
                raise row.fail(
                    f"{phrase!r} already names another row ({owner.origin}:{owner.line})"
                )
        found = self.entries.setdefault(key, [])
        if entry not in found:
            found.append(entry)

    def _overrides(self, row: Row, owner: Row) -> bool:
        return row.origin in self.user_origins and owner.origin not in self.user_origins

    def add_countries(self, rows: Iterable[Row], countries: Mapping[str, Country]) -> None:
        for row in rows:
            country = countries[row["iso3"]]
            for phrase in (country.name, *country.aliases):
                self.add(phrase, NameEntry(kind="country", key=country.iso3), row, "countries")
            for phrase in country.capitals:
                self.add(phrase, NameEntry(kind="capital", key=country.iso3), row, "countries")
            for phrase in country.demonyms:
                self.add(phrase, NameEntry(kind="demonym", key=country.iso3), row, "countries")
            for phrase in country.gapped:
                self._add_gapped(phrase, NameEntry(kind="country", key=country.iso3))

    def add_organisations(self, rows: Iterable[Row], orgs: Mapping[str, Organisation]) -> None:
        """Each organisation's names, then the variants the press writes them in
        (``Ecowas``, ``Inter American Development Bank``), where no other row has them."""
        rows = list(rows)
        for row in rows:
            org = orgs[row["name"]]
            for phrase in (org.name, *org.aliases):
                self.add(phrase, NameEntry(kind="organisation", key=org.name), row, "orgs")
        for row in rows:
            org = orgs[row["name"]]
            for phrase in name_variants((org.name, *org.aliases)):
                if self.owner.get(("orgs", phrase_key(phrase)), row) is row:
                    self.add(phrase, NameEntry(kind="organisation", key=org.name), row, "orgs")

    def add_metonyms(self, rows: Iterable[Row]) -> None:
        for row in rows:
            kind = "stop" if row["code"] == STOP else "metonym"
            self.add(row["phrase"], NameEntry(kind=kind, key=row["phrase"]))

    def add_people(self, people: Mapping[str, Person], user_people: frozenset[str]) -> None:
        """People's names; one that names a country or a seat of power already (a PETRARCH
        entry for ``Russia``, ``White House``) is left to it, as it composes with the roles
        after it ("White House press officials"), unless a user file codes it as no
        known country (``ZIMBABWE [RHO <790606] [ZBW]``)."""
        for person in people.values():
            user = person.name in user_people
            national = not user or any(term.country for term in person.terms)
            phrases = (person.name, *person.aliases)
            for written in phrases:  # a variant is as full a name as the one it varies
                full = " " in written.strip()
                variants = () if user else particle_variants((written,))
                for phrase in (written, *(v for v in variants if v not in phrases)):
                    if national and self._national(phrase_key(phrase)):
                        continue
                    entry = NameEntry(kind="person", key=person.name, full=full)
                    self.add(phrase, entry, user=user)
            for phrase in person.gapped:
                if not (national and self._national(phrase_key(phrase.replace(GAP, " ")))):
                    self._add_gapped(phrase, NameEntry(kind="person", key=person.name))

    def _add_gapped(self, phrase: str, entry: NameEntry) -> None:
        parts = tuple(key for key in (phrase_key(part) for part in phrase.split(GAP)) if key)
        if len(parts) < 2:
            return
        found = self.gapped.setdefault(parts[0][0], [])
        lower = [(g.entry, _lower_parts(g.parts)) for g in found]
        if (entry, _lower_parts(parts)) not in lower:  # the later parts match in any case
            found.append(GappedName(parts=parts, entry=entry))

    def gapped_index(self) -> dict[str, tuple[GappedName, ...]]:
        """For each first token, the names with gaps it starts."""
        return {first: tuple(names) for first, names in self.gapped.items()}

    def _national(self, key: tuple[str, ...]) -> bool:
        national = {"country", "capital", "demonym", "metonym"}
        return any(entry.kind in national for entry in self.entries.get(key, ()))

    def add_places(self, rows: Iterable[Row]) -> None:
        for row in rows:
            for phrase in (row["phrase"], *row.items("aliases")):
                self.add(phrase, NameEntry(kind="place", key=row["country"]), row, "places")

    def best(self) -> dict[tuple[str, ...], tuple[NameEntry, ...]]:
        """For each phrase, the entries of its strongest kind only."""
        best = {}
        for key, entries in self.entries.items():
            top = min(entry.priority for entry in entries)
            best[key] = tuple(entry for entry in entries if entry.priority == top)
        return best

    def lengths(self) -> dict[str, tuple[int, ...]]:
        """For each first token, the lengths of the phrases it starts, longest first."""
        return first_word_lengths(self.entries)


# Acronyms whose title-case form is a common word or a given name ("Care", "Irena"), or a
# place's ("Mena", the region; "Sana" in Sana'a): they keep their capitals.
UNTITLED_ACRONYMS = frozenset({"CARE", "PLAN", "MENA", "SANA", "KUNA", "IRENA", "ANSA"})
# Spellings the press writes either way in an organisation's name.
_SPELLINGS = (
    ("Organization", "Organisation"),
    ("Programme", "Program"),
    ("Defence", "Defense"),
    ("Centre", "Center"),
)
_ACRONYM = re.compile(r"^[A-Z]{4,}$")
_PLURAL_POSSESSIVE = re.compile(r"(?<=s)'(?= )")
_CAPITALS_HYPHEN = re.compile(r"(?<=[a-z])-(?=[A-Z])")


def name_variants(phrases: Sequence[str]) -> tuple[str, ...]:
    """Other ways the press writes an organisation's names: an acronym of four letters or
    more in title case (``Nato``, ``Ecowas``), British and American spellings
    (``Organisation``), a hyphen between capitalised words as a space
    (``Inter American``), a plural's possessive without its apostrophe (``Kurdistan
    Workers Party``), and the Arabic article's styles (``Al-Qaeda in the Islamic
    Maghreb`` for ``al-Qaeda in ...``). The names themselves are left out."""
    variants: dict[str, None] = {}
    for phrase in phrases:
        if _ACRONYM.match(phrase) and phrase not in UNTITLED_ACRONYMS:
            variants[phrase.title()] = None
        for one, other in (*_SPELLINGS, *((b, a) for a, b in _SPELLINGS)):
            if one in phrase:
                variants[phrase.replace(one, other)] = None
        if _CAPITALS_HYPHEN.search(phrase):
            variants[_CAPITALS_HYPHEN.sub(" ", phrase)] = None
        if _PLURAL_POSSESSIVE.search(phrase):
            variants[_PLURAL_POSSESSIVE.sub("", phrase)] = None
        variants.update(dict.fromkeys(particle_variants((phrase,))))
    return tuple(v for v in variants if v not in phrases)


_PARTICLE = re.compile(r"^([AaEe]l)(?:-(\w.*))?$")
_PARTICLE_STYLES = (("l", "-"), ("c", "-"), ("l", " "), ("c", " "))


def particle_variants(phrases: Sequence[str]) -> tuple[str, ...]:
    """Other ways the press writes the Arabic article in a person's names: ``al-Bashir``
    as ``Al Bashir``, ``al Bashir`` or ``Al-Bashir`` (not a first name: ``Al Gore``).
    The names themselves are left out."""
    variants: dict[str, None] = {}
    for phrase in phrases:
        parts = _particle_parts(phrase.split())
        if any(isinstance(part, tuple) for part in parts):
            for case, joint in _PARTICLE_STYLES:
                variants[" ".join(_styled(part, case, joint) for part in parts)] = None
    return tuple(v for v in variants if v not in phrases)


def _particle_parts(words: Sequence[str]) -> list[str | tuple[str, str]]:
    """The words of a name, with each Arabic article and the word it goes with as a pair."""
    parts: list[str | tuple[str, str]] = []
    i = 0
    while i < len(words):
        match = _PARTICLE.match(words[i])
        spaced = match and not match.group(2) and i > 0 and i + 1 < len(words)
        if match and match.group(2) and match.group(2)[0].isupper():
            parts.append((match.group(1), match.group(2)))
        elif match and spaced and words[i + 1][0].isupper():
            parts.append((match.group(1), words[i + 1]))
            i += 1
        else:
            parts.append(words[i])
        i += 1
    return parts


def _styled(part: str | tuple[str, str], case: str, joint: str) -> str:
    if isinstance(part, str):
        return part
    article, word = part
    article = article.lower() if case == "l" else article.capitalize()
    return f"{article}{joint}{word}"


def _lower_parts(parts: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A gapped name's parts as matched: the first as written, the others in lower case."""
    return (parts[0], *(tuple(word.lower() for word in part) for part in parts[1:]))


def first_word_lengths(keys: Iterable[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """For each first token, the lengths of the phrases it starts, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in keys:
        lengths.setdefault(key[0], set()).add(len(key))
    return {first: tuple(sorted(sizes, reverse=True)) for first, sizes in lengths.items()}
