"""The one table of stages, by versioned name, loaded lazily.

Third-party stages plug in through the ``eventwire.stages`` entry point group: the
entry point's name is the stage name, its value a function or a class. A stage may also
be named by its import path, ``module:function`` (or ``module:Class``).
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Mapping
from importlib.metadata import entry_points
from typing import Any, cast

from eventwire.datatypes import Document
from eventwire.errors import ConfigError

Stage = Callable[[Document], Document]

BUILTIN_STAGES: Mapping[str, str] = {
    "clean.v1": "eventwire.clean:clean",
    "language.english.v1": "eventwire.language:english_only",
    "annotate.spacy.v1": "eventwire.annotate:Annotator",
    "annotate.entities.v1": "eventwire.entities:EntityFinder",
    "actors.resolver.v1": "eventwire.actors:ActorResolver",
    "events.cameo_rules.v1": "eventwire.events:CameoCoder",
    "geo.toponyms.v1": "eventwire.geo:Geoparser",
    "geo.event_location.v1": "eventwire.geo:EventLocator",
    "when.event_dates.v1": "eventwire.when:date_events",
}


def available_stages() -> dict[str, str]:
    """Every registered stage name and where it lives, plugins included."""
    plugins = {ep.name: ep.value for ep in entry_points(group="eventwire.stages")}
    return {**plugins, **BUILTIN_STAGES}


def _import(target: str) -> Any:
    module_name, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module_name), attribute)


def create_stage(name: str, settings: Mapping[str, Any]) -> Stage:
    """Build a stage: a class is instantiated with its settings, a function used as is."""
    stages = available_stages()
    if name not in stages and ":" not in name:
        known = ", ".join(sorted(stages))
        raise ConfigError(
            f"unknown stage {name!r}: the registered stages are {known}, "
            "or name one by its import path, module:function"
        )
    try:
        factory = _import(stages.get(name, name))
    except (ImportError, AttributeError) as error:
        raise ConfigError(f"stage {name!r} cannot be imported: {error}") from error
    if inspect.isclass(factory):
        try:
            return cast(Stage, factory(**settings))
        except TypeError as error:
            raise ConfigError(f'[stages."{name}"]: {error}') from error
    if settings:
        raise ConfigError(
            f'[stages."{name}"]: this stage takes no settings, found {sorted(settings)}'
        )
    return cast(Stage, factory)
