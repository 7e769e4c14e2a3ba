"""PETRARCH/TABARI verb dictionaries, read as user lexicon files.

A verb dictionary holds synsets and verb blocks::

    &CURRENCY                      # a synset: &NAME, then +MEMBER lines
    +DOLLARS
    +SWISS FRANCS

    --- RESTORE  [064]  ---        # a block: its verb and default code
    RESTORE                        # the block's verbs (forms in {}, own code in [])
    +BREAK_DOWN {+BROKE_DOWN}      # "+" marks the verb of a phrasal verb
    - * DIPLOMATIC TIES  [064]     # patterns: "*" the verb, "+" target, "$" source
    - + * FROM $  [066]            # "%" compound, "^" any word, "_" joins words
    - * (FOR) &CURRENCY  [070]     # UD-PETRARCH: (PREP ...) a phrase, {...} a noun phrase

What our pattern language can say becomes a :class:`~eventwire.events.lexicon.Pattern`
(see ``docs/petrarch.md``): the verb's lemma heads it, the default code gives a bare
verb pattern, a noun after ``*`` becomes ``+object``, a preposition before ``+`` (or
ending the pattern) ``@prep``, a preposition before ``$`` ``<prep``, ``TO VERB`` a
complement ``>verb``, words before the verb ``^word`` (``_`` joining adjacent ones),
and each synset member a pattern of its own. A code outside our CAMEO table
(``[1717]``, ``[174K]``) is the dictionary's own and is coded as written. What our
language cannot say (a second ``%``, fixed words inside a second prepositional phrase,
negations after the verb, codes of another shape such as ``[+++]``) is skipped and
counted; a ``[---]`` pattern still keeps the bare verb from coding. A line whose
structure is wrong raises :class:`~eventwire.errors.ConfigError` naming file and line.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from eventwire.errors import ConfigError
from eventwire.events.lexicon import (
    ANY_COMPLEMENT,
    NO_EVENT,
    Pattern,
    parse_pattern,
    regular_stems,
)
from eventwire.events.ontology import USER_CODE

NEGATED_CODES = {
    **{"010": "011", "015": "016", "110": "050", "170": "057"},
    **{"060": "121", "061": "1211", "062": "1212", "080": "124", "081": "1241"},
    **{"082": "1242", "0841": "1242", "0842": "1242", "085": "1244", "086": "1245"},
    "087": "1246",
}
"""What a negated act of a dictionary's pattern codes as, in PETRARCH's internal coding
ontology, where some CAMEO codes are the negation of others: "did not comment" (010) is
a refusal to comment (011), "did not ease the blockade" (080) a refusal to yield (124);
and disapproval (110) and coercion (170) are written as not cooperating (050) and not
agreeing (057), so "did not clash over" (110) is 050. Other negated acts code nothing."""


def negated_code(code: str) -> str | None:
    """The code PETRARCH gives a dictionary pattern's act when it is negated, if any."""
    return NEGATED_CODES.get(code)


_HEADER = re.compile(r"^\s*---\s*\S.*\[[^\]]*\]")
_BRACKETS = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{[^}]*\}")
_TOKEN = re.compile(r"[(){}]|[^\s(){}]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PREPOSITIONS = _words(
    "about above across after against along amid among around as at before behind below "
    "beneath beside between beyond by despite during for from in inside into near of on "
    "onto outside over since through throughout to toward towards under until unto upon "
    "via with within without"
)
# PETRARCH takes the first actor after the verb as target when a pattern has no "+"; for a
# pattern with an object ("* TIES") these prepositions of the verb or object name it.
DEFAULT_TARGET_PREPS = tuple(
    sorted(_words("with to against on at toward towards from for into upon over about near among"))
)
PARTICLES = _words("up down out off back away forward aside apart together")
DETERMINERS = _words("the a an its their his her our your my this that these those")
NEGATIONS = _words("not no never n't neither nor")
ADVERBS = _words("now again today soon still also already yet then later")
_PERFECT = _words("have has had")
# TreeBank splits contractions: "won't" is WO N'T, "can't" CA N'T.
_CONTRACTED = {"n't": "not", "wo": "will", "ca": "can", "sha": "shall"}
_INVARIANT_NOUNS = _words("news means series species headquarters politics")
# Irregular past forms that name some blocks of older dictionaries ("--- SAID [023] ---").
_IRREGULAR = {
    "said": "say", "says": "say", "met": "meet", "held": "hold", "began": "begin",
    "begun": "begin", "left": "leave", "lent": "lend", "paid": "pay", "made": "make",
    "fought": "fight", "sank": "sink", "sunk": "sink", "shot": "shoot", "sought": "seek",
    "risen": "rise", "rose": "rise", "drawn": "draw", "drew": "draw", "broke": "break",
    "broken": "break", "won": "win", "took": "take", "taken": "take", "gave": "give",
    "given": "give", "told": "tell", "sent": "send", "struck": "strike", "led": "lead",
    "fled": "flee", "spoke": "speak", "spoken": "speak", "saw": "see", "seen": "see",
    "came": "come", "went": "go", "gone": "go", "sold": "sell", "found": "find",
    "brought": "bring", "bought": "buy", "caught": "catch", "kept": "keep", "threw": "throw",
    "thrown": "throw", "withdrew": "withdraw", "withdrawn": "withdraw", "had": "have",
    "has": "have", "did": "do", "done": "do", "stood": "stand", "froze": "freeze",
    "frozen": "freeze", "stole": "steal", "stolen": "steal", "swore": "swear",
    "sworn": "swear", "tore": "tear", "torn": "tear", "wrote": "write", "written": "write",
    "chose": "choose", "chosen": "choose", "overcame": "overcome", "forgave": "forgive",
    "forgiven": "forgive", "undertook": "undertake", "undertaken": "undertake",
}  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class VerbDictionary:
    """What a verb dictionary converts to: patterns, and what could not be converted."""

    patterns: tuple[Pattern, ...]
    verbs: frozenset[str] = frozenset()
    skipped: Mapping[str, int] = field(default_factory=dict)
    approximated: int = 0

    @property
    def skipped_count(self) -> int:
        """How many pattern lines and verbs were left out, for any reason."""
        return sum(self.skipped.values())


def looks_like_verb_dictionary(text: str) -> bool:
    """Whether a lexicon file is a PETRARCH verb dictionary (it has ``--- VERB [CODE] ---``)."""
    return any(_HEADER.match(line) for line in text.splitlines())


def with_verb_dictionary(patterns: list[Pattern], text: str, *, name: str) -> list[Pattern]:
    """``patterns`` with a verb dictionary's added; a verb the dictionary defines is coded by
    its patterns alone (a block holds the verb's default and all its patterns)."""
    dictionary = read_verb_dictionary(text, name=name)
    kept = [p for p in patterns if p.nominal or p.head not in dictionary.verbs]
    return kept + list(dictionary.patterns)


def read_verb_dictionary(text: str, *, name: str) -> VerbDictionary:
    """Convert a PETRARCH verb dictionary into lexicon patterns."""
    parsed = _Parser(name)
    for number, line in _clean_lines(text, name):
        parsed.feed(number, line)
    return _Converter(parsed).convert()


# Reading ------------------------------------------------------------------------------


def _clean_lines(text: str, name: str) -> Iterator[tuple[int, str]]:
    """Numbered lines without ``<!-- -->`` and ``#`` comments; blank ones dropped."""
    opened = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line, opened = _without_block_comments(raw, opened, number)
        line = _without_comment(line)
        if line.strip():
            yield number, line
    if opened:
        raise ConfigError(f"{name}:{opened}: '<!--' comment is never closed")


def _without_block_comments(line: str, opened: int, number: int) -> tuple[str, int]:
    """The line outside ``<!-- -->``; ``opened`` is the line of a comment still open."""
    kept = ""
    while line:
        if opened:
            end = line.find("-->")
            if end < 0:
                return kept, opened
            line, opened = line[end + 3 :], 0
            continue
        start = line.find("<!--")
        if start < 0:
            return kept + line, 0
        kept, line, opened = kept + line[:start], line[start + 4 :], number
    return kept, opened


def _without_comment(line: str) -> str:
    """The line up to a ``#`` that is not inside a code (``[###]`` is a code)."""
    depth = 0
    for position, char in enumerate(line):
        depth += (char == "[") - (char == "]")
        if char == "#" and depth <= 0:
            return line[:position]
    return line


@dataclass(slots=True)
class _Verb:
    line: int
    phrase: str
    code: str | None
    forms: tuple[str, ...] = ()


@dataclass(slots=True)
class _Block:
    line: int
    name: str
    code: str | None
    verbs: list[_Verb] = field(default_factory=list)
    patterns: list[tuple[int, str, str | None]] = field(default_factory=list)


class _Parser:
    """The synsets and verb blocks of a dictionary, line by line."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.synsets: dict[str, list[str]] = {}
        self.blocks: list[_Block] = []
        self.malformed = 0
        self._synset: str | None = None

    def fail(self, number: int, message: str) -> ConfigError:
        return ConfigError(f"{self.name}:{number}: {message} (PETRARCH verb dictionary)")

    def feed(self, number: int, line: str) -> None:
        stripped = line.strip()
        if not stripped.strip("-"):
            return  # a rule of dashes between blocks
        if stripped.startswith("---"):
            self._header(number, stripped)
        elif stripped.startswith("&"):
            self._synset = stripped.split()[0][1:].rstrip("_").upper()
            self.synsets[self._synset] = []
        elif stripped.startswith("-"):
            self._pattern(number, stripped[1:])
        elif stripped.startswith("+") and self._synset is not None:
            self.synsets[self._synset].append(stripped[1:])
        elif stripped.startswith("*") and self.blocks:
            self.malformed += 1  # a pattern line without its leading "-"
        else:
            self._verb(number, stripped)

    def _header(self, number: int, text: str) -> None:
        body = text.strip("-").strip()
        name = re.split(r"[\[{]", body, maxsplit=1)[0].strip().strip("_")
        if not name:
            raise self.fail(number, "a verb block names no verb: write '--- VERB [CODE] ---'")
        self.blocks.append(_Block(number, name, self._code(number, body)))
        self._synset = None

    def _pattern(self, number: int, text: str) -> None:
        if not self.blocks:
            raise self.fail(number, "a pattern line comes before any '--- VERB [CODE] ---'")
        body = _BRACKETS.split(text, maxsplit=1)[0]
        self.blocks[-1].patterns.append((number, body, self._code(number, text)))

    def _verb(self, number: int, text: str) -> None:
        if not self.blocks or self._synset is not None:
            where = "after a synset" if self._synset else "before any verb block"
            raise self.fail(number, f"unexpected line {text!r} {where}")
        if text.count("{") != text.count("}"):
            raise self.fail(number, "unbalanced '{' in a verb's forms")
        forms = tuple(word for group in _BRACES.findall(text) for word in group[1:-1].split())
        phrase = _BRACKETS.sub("", _BRACES.sub("", text)).strip()
        self.blocks[-1].verbs.append(_Verb(number, phrase, self._code(number, text), forms))

    def _code(self, number: int, text: str) -> str | None:
        """The first ``[CODE]`` of a line, or None; an unclosed ``[`` is an error."""
        if text.count("[") != text.count("]"):
            raise self.fail(number, "unbalanced '[' in a code")
        found = _BRACKETS.search(text)
        return found.group(1).strip() if found else None


# Converting ---------------------------------------------------------------------------


class _Unsupported(Exception):
    """A pattern our language cannot express; the message is the reason, for the count."""


@dataclass(slots=True)
class _Parts:
    """Our pattern's parts after the verb, filled from one PETRARCH pattern."""

    particles: list[str] = field(default_factory=list)
    before: list[str] = field(default_factory=list)
    obj: str = ""
    mods: list[str] = field(default_factory=list)
    glued: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    passed: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    complement: str = ""
    complement_obj: str = ""
    phrase: str = ""
    written: str = ""
    single_word: str = ""
    target_marked: bool = False
    lossy: bool = False
    compound_subject: bool = False
    compound_target: bool = False

    def tokens(self) -> tuple[str, ...]:
        """The parts in the order the lexicon format writes them."""
        obj = "_".join([*self.mods, ".".join([*self.glued, self.obj])])
        out = [*(f"^{word}" for word in self.before), *self.particles]
        out += [f"+{obj}"] if self.obj else []
        out += [f"~{self.phrase}"] if self.phrase else []
        required = "!" if self.targets else ""  # a preposition the pattern names
        out += [f"!{prep}" for prep in self.passed]
        out += [f"@{prep}{required}" for prep in self.target_preps()]
        out += [f"<{prep}" for prep in self.sources]
        out += [f">{self.complement}"] if self.complement else []
        out += [f"+{self.complement_obj}"] if self.complement_obj else []
        out += ["%"] if self.compound_target else []
        return (("%",) if self.compound_subject else ()) + tuple(out)

    def target_preps(self) -> list[str]:
        """The pattern's own target prepositions; PETRARCH's default ones for a pattern with
        an object or complement and no target marker (a bare verb takes its object)."""
        marked = self.targets or self.sources or self.target_marked or self.compound_subject
        if marked or not (self.obj or self.complement or self.phrase):
            return self.targets
        return [prep for prep in DEFAULT_TARGET_PREPS if prep not in self.passed]


class _Converter:
    """Turns parsed blocks into patterns, counting what it cannot express."""

    def __init__(self, parsed: _Parser) -> None:
        self.parsed = parsed
        self.skipped: Counter[str] = Counter()
        self.approximated = 0
        self.best: dict[str, tuple[tuple[int, int, int], Pattern]] = {}
        self.lemmas = _form_lemmas(parsed.blocks)
        self.base_verbs = {_marked_word(v.phrase) for b in parsed.blocks for v in b.verbs}
        self.verbs: set[str] = set()
        if parsed.malformed:
            self.skipped["pattern line without '-'"] += parsed.malformed

    def convert(self) -> VerbDictionary:
        for block in self.parsed.blocks:
            self._block(block)
        ranked = sorted(self.best.values(), key=lambda item: item[0][2])
        return VerbDictionary(
            patterns=tuple(pattern for _, pattern in ranked),
            verbs=frozenset(self.verbs),
            skipped=dict(self.skipped),
            approximated=self.approximated,
        )

    def _block(self, block: _Block) -> None:
        verbs = block.verbs or [_Verb(block.line, block.name, None)]
        heads = [head for verb in verbs for head in self._heads(verb, block.code)]
        for head, inflected, code in heads:
            if code is not None:
                self._keep(head, code, (0, inflected, block.line))
        for number, text, code in block.patterns:
            usable = NO_EVENT if code == NO_EVENT else self._pattern_code(code)
            if usable is None:
                continue  # an unusable code ("[+++]") leaves the other patterns to code
            tails = self._tails(text)
            if not tails:
                continue
            self.approximated += any(lossy for _, lossy in tails)
            for (head, inflected, _), (tail, lossy) in itertools.product(heads, tails):
                if usable == NO_EVENT and (lossy or not tail):
                    continue  # a vague "no event" would block what PETRARCH codes
                self._keep(_pattern_text(head, tail), usable, (lossy, inflected, number))

    def _heads(self, verb: _Verb, default: str | None) -> list[tuple[str, int, str | None]]:
        """``lemma particle...`` for a verb line, whether it is inflected, and its code."""
        words = [w for w in re.split(r"[\s_]+", verb.phrase.strip("_ ")) if w]
        if not words:
            self.skipped["no verb"] += 1
            return []
        start = next((i for i, word in enumerate(words) if word.startswith("+")), 0)
        glued = [f"^{'_'.join(words[:start]).lower()}."] if start else []  # "WIRE_+TAP"
        words = [word.lstrip("+").lower() for word in words[start:]]
        code = self._default_code(verb.code or default)
        lemmas = [self.lemmas[words[0]]] if words[0] in self.lemmas else verb_lemmas(words[0])
        self.verbs.update(lemmas)
        return [
            (
                " ".join([lemma, *self._form(words[0], lemma), *glued, *words[1:]]),
                lemma != words[0],
                code,
            )
            for lemma in lemmas
        ]

    def _form(self, word: str, lemma: str) -> list[str]:
        """``=left`` for a verb named by a form whose lemma has its own verb line: PETRARCH
        codes "left" by ``--- LEFT ---`` and "leaves" by ``--- LEAVE ---``."""
        return [f"={word}"] if lemma != word and lemma in self.base_verbs else []

    def _default_code(self, code: str | None) -> str | None:
        """A verb's own code: none for ``[---]``; one outside our table is counted."""
        if code is None or code == NO_EVENT:
            return None
        return self._pattern_code(code)

    def _pattern_code(self, code: str | None) -> str | None:
        """The code of a pattern line, ``X:Y`` with its reverse code: a CAMEO code or the
        dictionary's own (``1717``, ``174K``); none for ``[---]`` or a code of another
        shape (``[+++]``, ``[025?]``), and a reverse code of another shape is dropped."""
        first, _, reverse = (code or "").partition(":")
        first, reverse = first.strip(), reverse.strip()
        if code is None or code == NO_EVENT:
            self.skipped["no event ([---]) or no code"] += 1
            return None
        if not USER_CODE.match(first):
            self.skipped["not an event code"] += 1
            return None
        return f"{first}:{reverse}" if USER_CODE.match(reverse) else first

    def _tails(self, text: str) -> list[tuple[tuple[str, ...], bool]]:
        try:
            expanded = _expand(_tokens(text), self.parsed.synsets, depth=0)
            return [tail for tokens in expanded for tail in _convert_tokens(tokens)]
        except _Unsupported as reason:
            self.skipped[str(reason)] += 1
            return []

    def _keep(self, text: str, code: str, rank: tuple[int, int, int]) -> None:
        """Keep a pattern unless one with the same text ranks better (exact, base form, first)."""
        try:
            pattern = parse_pattern(code, text, origin=f"{self.parsed.name}:{rank[2]}")
        except ConfigError:
            self.skipped["a word the lexicon cannot hold"] += 1
            return
        pattern = dataclasses.replace(pattern, dictionary=True)
        if pattern.text not in self.best or rank < self.best[pattern.text][0]:
            self.best[pattern.text] = (rank, pattern)


def _pattern_text(head: str, tail: tuple[str, ...]) -> str:
    """The lexicon line of a head and its tail; a compound subject's ``%`` goes first."""
    if tail[:1] == ("%",):
        return " ".join(["%", head, *tail[1:]])
    return " ".join([head, *tail])


def _form_lemmas(blocks: list[_Block]) -> dict[str, str]:
    """Each inflected form listed in ``{...}`` mapped to its verb ("said" → "say")."""
    found: dict[str, str] = {}
    for verb in (verb for block in blocks for verb in block.verbs):
        lemma = _marked_word(verb.phrase)
        for form in verb.forms:
            head = _marked_word(form)
            if head and head != lemma:
                found.setdefault(head, lemma)
    return found


def _marked_word(phrase: str) -> str:
    """The verb of a phrase: the word marked ``+`` (``WIRE_+TAP``), else the first."""
    words = [w for w in re.split(r"[\s_]+", phrase.strip("_ ")) if w] or [""]
    return next((w for w in words if w.startswith("+")), words[0]).lstrip("+").lower()


def verb_lemmas(word: str) -> list[str]:
    """Lemmas a verb form may have: irregular forms by table, else the word and its stems."""
    word = word.lower()
    if word in _IRREGULAR:
        return [_IRREGULAR[word]]
    return [word, *regular_stems(word)]


def noun_lemma(word: str) -> str:
    """The singular of a plural noun ("TIES" → "tie", "ALLIES" → "ally")."""
    word = word.lower()
    if word in _INVARIANT_NOUNS or len(word) <= 3 or not word.endswith("s"):
        return word
    if word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    return word[:-1]


def _tokens(text: str) -> list[str]:
    """Pattern words and markers; ``_``, which joins words, is a token of its own."""
    return _TOKEN.findall(text.replace("_", " _ "))


def _expand(tokens: list[str], synsets: dict[str, list[str]], *, depth: int) -> list[list[str]]:
    """One token list per combination of synset members (synsets may nest)."""
    if depth > 8:
        raise _Unsupported("synsets nested too deep")
    choices = [_choices(token, synsets, depth) for token in tokens]
    return [[t for part in combo for t in part] for combo in itertools.product(*choices)]


def _choices(token: str, synsets: dict[str, list[str]], depth: int) -> list[list[str]]:
    if not token.startswith("&"):
        return [[token]]
    name = token[1:].rstrip("_").upper()
    if name not in synsets:
        raise _Unsupported("unknown synset")
    members = [_tokens(member) for member in synsets[name]]
    return [expanded for m in members for expanded in _expand(m, synsets, depth=depth + 1)]


def _convert_tokens(tokens: list[str]) -> list[tuple[tuple[str, ...], bool]]:
    """Our pattern after the verb for one PETRARCH pattern (synsets expanded), and whether
    the conversion dropped a constraint, for each reading; raises ``_Unsupported``."""
    words = [t.lower() for t in tokens if t not in ("{", "}")]
    if words.count("*") != 1:
        raise _Unsupported("no single '*' for the verb")
    split = words.index("*")
    after = words[split + 1 :]  # "_" glues words of the object; elsewhere syntax decides
    if any(word in NEGATIONS or word.endswith("n't") for word in after):
        raise _Unsupported("negation after the verb")
    parts = _Parts()
    for kind, group in _groups(after):
        _GROUPS[kind](group if kind == "object" else [w for w in group if w != "_"], parts)
    _check_before_verb(_joined(words[:split]), parts)
    return [(variant.tokens(), variant.lossy) for variant in _readings(parts)]


def _readings(parts: _Parts) -> list[_Parts]:
    """The object as singular and as written (the parser leaves "euros" alone); and, as
    PETRARCH matches a word anywhere after the verb, "* WAR" also as the object of a
    complement ("vowed to wage war") and "* RESIST" as a complement verb ("vowed to resist")."""
    forms = [parts] + [dataclasses.replace(parts, obj=parts.written)] * (parts.written != parts.obj)
    if not parts.single_word or parts.complement:
        return forms
    word = _IRREGULAR.get(parts.single_word, parts.single_word)
    as_verb = dataclasses.replace(parts, obj="", complement=word)
    in_clause = [
        dataclasses.replace(form, obj="", complement=ANY_COMPLEMENT, complement_obj=form.obj)
        for form in forms
    ]
    return [*forms, as_verb, *in_clause]


def _uncontracted(words: str) -> str:
    glued = "." * words.endswith(".")
    parts = words.removesuffix(".").split("_")
    return "_".join(_CONTRACTED.get(word, word) for word in parts) + glued


def _joined(words: list[str]) -> list[str]:
    """Words joined by ``_`` as one (``DEATH _ TOTAL``: ``death_total``, adjacent words);
    those joined to the verb end in ``.`` (``FAILED_TO_*``: ``failed_to.``, right before
    it); a marker joins nothing."""
    joined: list[str] = []
    glue = False
    for word in words:
        if word == "_":
            glue = True
            continue
        if glue and joined and _joinable(joined[-1]) and _joinable(word):
            joined[-1] += "_" + word
        else:
            joined.append(word)
        glue = False
    if glue and joined and _joinable(joined[-1]):
        joined[-1] += "."  # "RECENTLY_*": glued to the verb
    return joined


def _joinable(word: str) -> bool:
    return word[:1].isalpha() and word not in _PERFECT


def _check_before_verb(before: list[str], parts: _Parts) -> None:
    """Before the verb: the source ``$``, a target given a ``<prep``, a compound subject
    ``%``, and words (``SAID WOULD NOT *``: ``^said ^would ^not``); a perfect auxiliary
    (``% HAVE *``) and any word ``^`` are dropped, approximately."""
    words = [w for w in before if w not in ("(", ")")]
    parts.lossy |= any(word in _PERFECT or word == "^" for word in words)
    words = [w for w in words if w not in _PERFECT and w != "^"]
    markers = [w for w in words if w in ("$", "+", "%")]
    parts.before = [_uncontracted(w) for w in words if w not in markers] + parts.before
    if markers.count("%") > 1 or ("%" in markers and parts.compound_target):
        raise _Unsupported("compound marker % twice")
    parts.compound_subject = "%" in markers
    if "+" in markers and not parts.sources:
        raise _Unsupported("target before the verb without a source preposition")


def _groups(words: list[str]) -> list[tuple[str, list[str]]]:
    """Split the words after the verb into an object group, phrases and a complement."""
    groups: list[tuple[str, list[str]]] = [("object", [])]
    closed = False
    for position, word in enumerate(words):
        if word in ("(", ")"):
            closed = word == ")"
        elif word == "_":
            groups[-1][1].append(word)
        elif word == "to" and _starts_complement(words[position + 1 :]):
            groups.append(("complement", []))
        elif word in PREPOSITIONS:
            groups.append(("phrase", [word]))
        elif closed and (word == "^" or (word == "+" and groups[-1][1][-1:] == ["^"])):
            groups[-1][1].append(word)  # "(IN ^) +", "(AT) ^ +": the actor after the phrase
        elif closed:
            raise _Unsupported("words after a prepositional phrase")
        else:
            groups[-1][1].append(word)
    return groups


def _starts_complement(rest: list[str]) -> bool:
    following = next((w for w in rest if w not in ("(", ")", "_")), "")
    return following[:1].isalpha() and following not in DETERMINERS | PREPOSITIONS


def _object(words: list[str], parts: _Parts) -> None:
    """Leading particles, then a noun phrase whose last word is the object's head; words
    joined to it by ``_`` must stand right before it (``&TIETYPES_MEMOS``)."""
    words = [w for w in words if w not in DETERMINERS and w != "^"]
    while words and words[0] in PARTICLES | {"_"}:
        word = words.pop(0)
        parts.particles += [word] if word != "_" else []
    glued = _glued_run(words)
    content = [w for w in words if w != "_"]
    adverbs = [w for w in content if w in ADVERBS]
    parts.lossy |= bool(adverbs)  # "* NOW": an adverb of time, no object; dropped
    manner = [w for w in content if w.endswith("ly") and len(w) > 4]
    parts.before += manner  # "* ANGRILY": an adverb of the verb, as ^angrily
    content = [w for w in content if w not in adverbs and w not in manner]
    if content == ["+"]:
        parts.target_marked = True
        return  # "* +": the direct object is the target, as for a bare verb
    if any(not word[:1].isalpha() for word in content):
        raise _Unsupported("source or target without a preposition")
    if content:
        parts.obj, parts.written = noun_lemma(content[-1]), content[-1]
        glued = glued if glued and content[-1 - len(glued) : -1] == glued else []
        parts.mods, parts.glued = content[: -1 - len(glued)], glued
        parts.single_word = content[0] if len(content) == 1 and not parts.particles else ""


def _glued_run(words: list[str]) -> list[str]:
    """The words joined by ``_`` to the last one (``CULTURAL _ MEMOS``: ``cultural``)."""
    words = words[: len(words) - (words[-1:] == ["_"])]
    run: list[str] = []
    end = len(words) - 1
    while end >= 2 and words[end - 1] == "_" and words[end - 2] != "_":
        run.insert(0, words[end - 2])
        end -= 2
    return run


def _phrase(words: list[str], parts: _Parts) -> None:
    """``PREP`` or ``PREP +``: the target; ``PREP $``: the source; ``PREP ^`` and ``PREP ^
    +``: a preposition passed over, the target the first actor after its phrase."""
    prep, rest = words[0], [w for w in words[1:] if w != "^"]
    if "^" in words and rest in ([], ["+"]):  # "* IFTAR IN ^ +", "* EID (AT ^) (WITH +)"
        parts.passed.append(prep)
        parts.target_marked |= rest == ["+"]
        return
    parts.lossy |= len(rest) < len(words) - 1
    if rest == ["%"]:  # "* WITH %": a compound target
        parts.targets.append(prep)
        parts.compound_target = True
    elif rest == ["$"]:
        parts.sources.append(prep)
    elif rest == ["+"] or not words[1:]:
        parts.targets.append(prep)
    elif rest:
        _fixed_phrase(prep, rest, parts)


def _fixed_phrase(prep: str, words: list[str], parts: _Parts) -> None:
    """``* (ON RESOLUTION)``, ``* ON A RESOLUTION``: a phrase with this noun, ``~on_resolution``
    (``* FOR TOTAL BOYCOTT``: ``~for_total_boycott``, the words before the noun required)."""
    content = [w for w in words if w not in DETERMINERS]
    if parts.phrase or not content or any(not w[:1].isalpha() for w in content):
        raise _Unsupported("prepositional phrase with fixed words")
    parts.phrase = "_".join([prep, *content[:-1], noun_lemma(content[-1])])


def _complement(words: list[str], parts: _Parts) -> None:
    """``TO VERB [NOUN...]``: a complement verb, and its object's head."""
    content = [w for w in words if w not in DETERMINERS]
    if any(not word[:1].isalpha() for word in content):
        raise _Unsupported("source or target inside a complement")
    parts.complement = _IRREGULAR.get(content[0], content[0])
    if len(content) > 1:
        parts.complement_obj = noun_lemma(content[-1])
        parts.lossy |= len(content) > 2


_GROUPS = {"object": _object, "phrase": _phrase, "complement": _complement}
