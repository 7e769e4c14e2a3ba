"""The verb and noun lexicon: patterns that map a trigger and its syntax to a CAMEO code.

One pattern a line: ``CODE<TAB>PATTERN<TAB>EXAMPLE``. The first PATTERN token is a verb
lemma or ``n:NOUN``; bare words after a verb are particles (``crack down``); ``+LEMMA``
is the required direct object (``+diplomatic_tie``: with these words before it;
``+cultural.memo``: with this word right before it); ``@PREP`` a preposition whose
object is the target (``@PREP!``: and the pattern matches only with it there); ``!PREP``
a preposition that must be there but whose object is passed over, the target being the
first actor after its phrase (PETRARCH's ``IN ^ +``); ``<PREP``
a preposition whose object is the SOURCE, the subject then being the target ("Ukraine
received aid <from the US"); ``>LEMMA`` a required clausal complement, optionally
followed by its own ``+LEMMA``, and ``>*`` any complement verb; ``~PREP_LEMMA`` a
prepositional phrase with this noun (``act ~on_resolution``; ``~for_total_boycott``:
with these words before it). ``=FORM`` restricts a verb pattern to one surface form
(``leave =left``: "left", not "leaves"); ``^WORD`` a word before the verb, in its clause
or a clause above it (``criticize ^heavily``, ``clash ^will ^not``: a negation so
written is part of the act, and the event is not marked negated; ``^failed_to.``: right
before the verb); a leading ``%`` asks
for a compound subject whose members act on each other (``% agree``), a trailing ``%``
for a compound target (``agree @with %``). A code ``X:Y`` codes X from source to target
and Y back ("A visited B": B hosted A).
The full format is documented at the top of ``data/lexicon.txt``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from eventwire.errors import ConfigError
from eventwire.events.ontology import USER_CODE

_WORD = re.compile(r"^[a-z][a-z'\-]*$")
NEGATION_WORDS = frozenset({"not", "never", "no", "neither", "nor"})
ANY_COMPLEMENT = "*"
# The code of a pattern that matches and codes nothing: it keeps a vaguer pattern of the
# same verb from coding the sentence (PETRARCH's ``[---]``).
NO_EVENT = "---"


@dataclass(frozen=True, slots=True, kw_only=True)
class Pattern:
    """One lexicon entry."""

    code: str
    head: str
    nominal: bool = False
    particles: tuple[str, ...] = ()
    obj: str = ""
    obj_mods: tuple[str, ...] = ()
    obj_glued: tuple[str, ...] = ()
    target_preps: tuple[str, ...] = ()
    required_preps: tuple[str, ...] = ()
    passed_preps: tuple[str, ...] = ()
    source_preps: tuple[str, ...] = ()
    complement: str = ""
    complement_obj: str = ""
    example: str = ""
    origin: str = ""
    reverse: str = ""
    forms: tuple[str, ...] = ()
    compound_subject: bool = False
    compound_target: bool = False
    phrase: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    # From a PETRARCH verb dictionary, whose verbs of speech code the statement itself.
    dictionary: bool = False

    @property
    def states_negation(self) -> bool:
        """Whether the pattern's words before the verb hold a negation ("will not clash")."""
        words = (w for before in self.before for w in before.removesuffix(".").split("_"))
        return any(w in NEGATION_WORDS for w in words)

    @property
    def specificity(self) -> int:
        """How much of the sentence the pattern constrains; the most specific match wins."""
        return (
            (2 if self.complement == ANY_COMPLEMENT else 3) * bool(self.complement)
            + 2 * bool(self.complement_obj)
            + 2 * bool(self.obj)
            + 2 * bool(self.phrase)
            + max(0, len(self.phrase) - 2)  # "~on_hunger_strike" over "~on_strike"
            + len(self.obj_mods)
            + len(self.obj_glued)
            + len(self.particles)
            + sum(len(words.removesuffix(".").split("_")) for words in self.before)
            + bool(self.target_preps)
            + len(self.passed_preps)
            + bool(self.source_preps)
            + self.compound_subject
            + self.compound_target
        )

    @property
    def text(self) -> str:
        """The pattern as written in a lexicon file."""
        parts = ["%"] if self.compound_subject else []
        parts += [("n:" if self.nominal else "") + self.head, *(f"={f}" for f in self.forms)]
        parts += [f"^{word}" for word in self.before]
        parts += self.particles
        parts += [f"+{self.object_text}"] if self.obj else []
        parts += [f"~{'_'.join(self.phrase)}"] if self.phrase else []
        parts += [f"!{prep}" for prep in self.passed_preps]
        parts += [f"@{p}{'!' * (p in self.required_preps)}" for p in self.target_preps]
        parts += [f"<{prep}" for prep in self.source_preps]
        parts += [f">{self.complement}"] if self.complement else []
        parts += [f"+{self.complement_obj}"] if self.complement_obj else []
        parts += ["%"] if self.compound_target else []
        return " ".join(parts)

    @property
    def object_text(self) -> str:
        """The object as written: loose modifiers joined by ``_``, glued ones by ``.``."""
        return "_".join([*self.obj_mods, ".".join([*self.obj_glued, self.obj])])


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Patterns indexed by head lemma, verbal and nominal apart."""

    verbs: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)
    nouns: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)

    def __len__(self) -> int:
        return sum(map(len, self.verbs.values())) + sum(map(len, self.nouns.values()))

    def patterns(self) -> Iterable[Pattern]:
        """Every pattern, verbs first."""
        for table in (self.verbs, self.nouns):
            for patterns in table.values():
                yield from patterns


def regular_stems(word: str) -> list[str]:
    """The lemmas a regular past or present participle may have ("cordoned": "cordon",
    "cordone"; "tapped": "tap"; "carried": "carry"), the likeliest first."""
    if word.endswith("ied") and len(word) > 4:
        return [word[:-3] + "y"]
    for suffix in ("ing", "ed"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            undoubled = [stem[:-1]] if stem[-1] == stem[-2] and stem[-1] not in "aeiou" else []
            return [stem, stem + "e", *undoubled]
    return []


ES_ENDINGS = ("s", "x", "z", "ch", "sh", "o")
"""Verbs whose third person singular takes "-es" ("fixes", "watches", "goes")."""


def misspelt_present(word: str, lemma: str) -> bool:
    """Whether a third person singular is no form of its lemma: "-es" after a stem that
    takes "-s" ("departes" is not "departs"), which a PETRARCH dictionary, listing a
    verb's regular forms, does not code."""
    stem = word.removesuffix("es")
    return stem == lemma and stem != word and not stem.endswith(ES_ENDINGS)


IRREGULAR_PASTS = {
    **{"ran": "run", "threw": "throw", "thrown": "throw", "drew": "draw", "drawn": "draw"},
    **{"held": "hold", "took": "take", "taken": "take", "came": "come", "fought": "fight"},
    **{"struck": "strike", "shot": "shoot", "sent": "send", "led": "lead", "broke": "break"},
    **{"broken": "break", "gave": "give", "given": "give", "met": "meet", "fled": "flee"},
    **{"sought": "seek", "won": "win", "slew": "slay", "slain": "slay", "stole": "steal"},
    **{"stolen": "steal", "sold": "sell", "told": "tell", "kept": "keep", "left": "leave"},
    **{"made": "make", "paid": "pay", "sank": "sink", "sunk": "sink", "spoke": "speak"},
    **{"spoken": "speak", "swore": "swear", "sworn": "swear", "tore": "tear", "torn": "tear"},
    **{"blew": "blow", "blown": "blow", "froze": "freeze", "frozen": "freeze", "bade": "bid"},
}
"""Irregular past forms, also after a prefix ("overran": "overrun"), for verbs the tagger
misreads as present and so leaves unlemmatized."""
VERB_PREFIXES = ("", "over", "out", "under", "with", "up", "re", "fore", "mis", "for")


def irregular_lemmas(word: str) -> list[str]:
    """The lemmas an irregular past form may have ("overran": "overrun", "withheld":
    "withhold")."""
    return [
        prefix + IRREGULAR_PASTS[word[len(prefix) :]]
        for prefix in VERB_PREFIXES
        if word.startswith(prefix) and word[len(prefix) :] in IRREGULAR_PASTS
    ]


def _fail(origin: str, message: str) -> ConfigError:
    return ConfigError(f"{origin}: {message} (format: CODE<TAB>PATTERN<TAB>EXAMPLE)")


def _check_word(word: str, origin: str) -> str:
    if not _WORD.match(word):
        raise _fail(origin, f"{word!r} is not a lower-case lemma")
    return word


def _check_code(code: str, origin: str) -> str:
    """A CAMEO code, or a user's own code of the same shape (see ``Ontology.user_code``)."""
    if not USER_CODE.match(code):
        raise _fail(origin, f"{code!r} is not an event code: write two to four digits")
    return code


def parse_pattern(code: str, pattern: str, *, example: str = "", origin: str = "") -> Pattern:
    """Parse one pattern; raises ConfigError that names the origin and the problem.

    ``CODE:REVERSE`` (``042:043``) also codes the event from target to source."""
    code, _, reverse = code.partition(":")
    if code != NO_EVENT:
        _check_code(code, origin)
    if reverse:
        _check_code(reverse, origin)
    tokens = pattern.split()
    compound_subject = bool(tokens) and tokens[0] == "%"
    compound_target = len(tokens) > 1 and tokens[-1] == "%"
    tokens = tokens[compound_subject : len(tokens) - compound_target]
    if not tokens:
        raise _fail(origin, "empty pattern")
    head, nominal = tokens[0], tokens[0].startswith("n:")
    fields: dict[str, object] = {
        "particles": [], "target_preps": [], "source_preps": [], "forms": [], "before": [],
        "required_preps": [], "passed_preps": [],
    }  # fmt: skip
    for token in tokens[1:]:
        _add_token(fields, token, nominal=nominal, origin=origin)
    *mods, joined = str(fields.get("obj", "")).split("_")
    *glued, obj = joined.split(".")
    if nominal and (mods or glued or "complement" in fields):
        raise _fail(origin, "a noun pattern's '+' is one word, its compound or adjective")
    return Pattern(
        code=code,
        head=_check_word(head.removeprefix("n:"), origin),
        nominal=nominal,
        particles=tuple(fields["particles"]),  # type: ignore[arg-type]
        obj=obj,
        obj_mods=tuple(mods),
        obj_glued=tuple(glued),
        target_preps=tuple(fields["target_preps"]),  # type: ignore[arg-type]
        required_preps=tuple(fields["required_preps"]),  # type: ignore[arg-type]
        passed_preps=tuple(fields["passed_preps"]),  # type: ignore[arg-type]
        source_preps=tuple(fields["source_preps"]),  # type: ignore[arg-type]
        complement=str(fields.get("complement", "")),
        complement_obj=str(fields.get("complement_obj", "")),
        example=example,
        origin=origin,
        reverse=reverse,
        forms=tuple(fields["forms"]),  # type: ignore[arg-type]
        phrase=tuple(fields.get("phrase", ())),  # type: ignore[arg-type]
        before=tuple(fields["before"]),  # type: ignore[arg-type]
        compound_subject=compound_subject,
        compound_target=compound_target,
    )


def _add_token(fields: dict[str, object], token: str, *, nominal: bool, origin: str) -> None:
    marker, word = token[0], token[1:]
    if marker == "@":
        prep = _check_word(word.removesuffix("!"), origin)
        fields["target_preps"].append(prep)  # type: ignore[attr-defined]
        if word.endswith("!"):  # "@from!": the preposition must be there
            fields["required_preps"].append(prep)  # type: ignore[attr-defined]
    elif marker == "<":
        fields["source_preps"].append(_check_word(word, origin))  # type: ignore[attr-defined]
    elif marker == ">":
        fields["complement"] = word if word == ANY_COMPLEMENT else _check_word(word, origin)
    elif marker == "+":
        key = "complement_obj" if "complement" in fields else "obj"
        if key in fields:
            raise _fail(origin, f"a second object {token!r}")
        words = re.split(r"([_.])", word) if key == "obj" else [word]
        fields[key] = "".join(w if w in ("_", ".") else _check_word(w, origin) for w in words)
        if "." in str(fields[key]).rpartition("_")[0]:
            raise _fail(origin, f"{token!r}: glued words ('.') stand right before the object")
    elif nominal:
        raise _fail(origin, f"a noun pattern takes no particle or form {token!r}")
    elif marker == "!":  # "!in": the preposition must be there; its object is no target
        fields["passed_preps"].append(_check_word(word, origin))  # type: ignore[attr-defined]
    elif marker == "~":
        words = word.split("_")
        if len(words) < 2 or "phrase" in fields:
            raise _fail(origin, f"{token!r}: one '~PREP_NOUN' phrase a pattern")
        fields["phrase"] = tuple(_check_word(w, origin) for w in words)
    elif marker == "=":
        fields["forms"].append(_check_word(word, origin))  # type: ignore[attr-defined]
    elif marker == "^":  # "^failed_to.": right before the verb
        words = [_check_word(w, origin) for w in word.removesuffix(".").split("_")]
        glued = "." * word.endswith(".")
        fields["before"].append("_".join(words) + glued)  # type: ignore[attr-defined]
    else:
        fields["particles"].append(_check_word(token, origin))  # type: ignore[attr-defined]


def parse_lexicon(lines: Iterable[str], *, name: str) -> list[Pattern]:
    """Parse the lines of a lexicon file."""
    patterns = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) not in (2, 3):
            raise _fail(f"{name}:{number}", f"expected 3 tab-separated fields, found {len(fields)}")
        example = fields[2].strip() if len(fields) == 3 else ""
        origin = f"{name}:{number}"
        patterns.append(parse_pattern(fields[0].strip(), fields[1], example=example, origin=origin))
    return patterns


def build_lexicon(patterns: Iterable[Pattern]) -> Lexicon:
    """Index patterns by head; a later pattern with the same text replaces an earlier one."""
    by_text = {(p.nominal, p.text): p for p in patterns}
    verbs: dict[str, list[Pattern]] = {}
    nouns: dict[str, list[Pattern]] = {}
    for pattern in by_text.values():
        table = nouns if pattern.nominal else verbs
        table.setdefault(pattern.head, []).append(pattern)
    return Lexicon(
        verbs={head: _by_specificity(ps) for head, ps in verbs.items()},
        nouns={head: _by_specificity(ps) for head, ps in nouns.items()},
    )


def _by_specificity(patterns: list[Pattern]) -> tuple[Pattern, ...]:
    return tuple(sorted(patterns, key=lambda p: -p.specificity))


@functools.cache
def packaged_patterns() -> tuple[Pattern, ...]:
    """The patterns of the packaged lexicon, parsed once per process."""
    text = resources.files("eventwire.events").joinpath("data/lexicon.txt").read_text("utf-8")
    return tuple(parse_lexicon(text.splitlines(), name="lexicon.txt"))


def load_lexicon(extra_files: Sequence[str | Path] = ()) -> Lexicon:
    """The packaged lexicon plus users' own files; their patterns override ours (a PETRARCH
    verb dictionary replaces all our patterns of each verb it defines)."""
    from eventwire.events.petrarch import looks_like_verb_dictionary, with_verb_dictionary

    patterns = list(packaged_patterns())
    for path in map(Path, extra_files):
        try:
            text = path.read_text("utf-8")
        except OSError as error:
            raise ConfigError(f"{path}: cannot read lexicon file ({error.strerror})") from error
        if looks_like_verb_dictionary(text):  # a PETRARCH verb dictionary
            patterns = with_verb_dictionary(patterns, text, name=str(path))
        else:
            patterns += parse_lexicon(text.splitlines(), name=str(path))
    return build_lexicon(patterns)
