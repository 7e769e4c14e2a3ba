"""Settings: the packaged defaults, overridden key by key by a user's TOML file."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.errors import ConfigError

# Settings that take another stage's value unless a config file gives them: the cascade
# looks for the patterns of the coder's own lexicon files.
FOLLOWING = {
    ("annotate.spacy.v1", "cascade_lexicons"): ("events.cameo_rules.v1", "extra_lexicons"),
    ("annotate.entities.v1", "model"): ("annotate.spacy.v1", "model"),
    ("annotate.entities.v1", "batch_size"): ("annotate.spacy.v1", "batch_size"),
    ("annotate.entities.v1", "extra_lexicons"): ("events.cameo_rules.v1", "extra_lexicons"),
    ("annotate.entities.v1", "untargeted_roots"): ("events.cameo_rules.v1", "untargeted_roots"),
}
# Settings that say whether another stage is in the pipeline, unless a config file gives
# them: the annotator leaves named entities to annotate.entities.v1 when that runs.
RUNNING = {
    ("annotate.spacy.v1", "entities_later"): "annotate.entities.v1",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """The pipeline's stages in order, each stage's settings, and where they came from."""

    stages: tuple[str, ...]
    settings: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    batch_size: int = 16
    max_article_chars: int = 200_000
    files: tuple[str, ...] = ()

    def for_stage(self, name: str) -> dict[str, Any]:
        """The keyword settings of one stage, with those that follow another stage's
        setting or presence unless given (see ``FOLLOWING`` and ``RUNNING``)."""
        settings = dict(self.settings.get(name, {}))
        for (stage, key), (other, other_key) in FOLLOWING.items():
            if stage == name and key not in settings:
                followed = self.settings.get(other, {}).get(other_key)
                if followed is not None:
                    settings[key] = followed
        for (stage, key), other in RUNNING.items():
            if stage == name and key not in settings:
                settings[key] = other in self.stages
        return settings

    def as_dict(self) -> dict[str, Any]:
        """A plain dict, as stored with each run."""
        return {
            "pipeline": {
                "stages": list(self.stages),
                "batch_size": self.batch_size,
                "max_article_chars": self.max_article_chars,
            },
            "stages": {name: dict(values) for name, values in self.settings.items()},
            "files": list(self.files),
        }


def merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """A new dict: ``base`` with ``override`` applied key by key, tables recursively."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the config file ({error.strerror})") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from error


def _defaults() -> dict[str, Any]:
    text = resources.files("eventwire").joinpath("default_config.toml").read_text("utf-8")
    return tomllib.loads(text)


def _validated(raw: Mapping[str, Any], files: tuple[str, ...]) -> Config:
    where = files[-1] if files else "default_config.toml"
    pipeline = raw.get("pipeline", {})
    stages = pipeline.get("stages")
    if not isinstance(stages, list) or not all(isinstance(s, str) for s in stages):
        raise ConfigError(f"{where}: [pipeline] stages must be a list of stage names")
    batch_size = _positive(pipeline, "batch_size", 16, where)
    max_chars = _positive(pipeline, "max_article_chars", 200_000, where)
    settings = raw.get("stages", {})
    if not isinstance(settings, Mapping) or not all(
        isinstance(v, Mapping) for v in settings.values()
    ):
        raise ConfigError(f'{where}: each [stages."NAME"] must be a table of settings')
    return Config(
        stages=tuple(stages),
        settings=settings,
        batch_size=batch_size,
        max_article_chars=max_chars,
        files=files,
    )


def _positive(table: Mapping[str, Any], key: str, default: int, where: str) -> int:
    value = table.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigError(f"{where}: [pipeline] {key} must be a positive integer, not {value!r}")
    return value


def load_config(*paths: str | Path) -> Config:
    """The defaults, overridden by each file in turn."""
    raw = _defaults()
    for path in paths:
        raw = merge(raw, _read_toml(Path(path)))
    return _validated(raw, tuple(str(p) for p in paths))


def config_from_dict(raw: Mapping[str, Any]) -> Config:
    """A config back from ``Config.as_dict`` (how workers receive theirs)."""
    return _validated(raw, tuple(raw.get("files", ())))
