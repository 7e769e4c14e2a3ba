import pytest

from eventwire.errors import ConfigError
from eventwire.registry import available_stages, create_stage


def test_every_default_stage_is_registered():
    from eventwire.config import load_config

    assert set(load_config().stages) <= set(available_stages())


def test_an_unknown_stage_lists_the_known_ones():
    with pytest.raises(ConfigError, match=r"unknown stage 'nope\.v1'.*clean\.v1"):
        create_stage("nope.v1", {})


def test_a_function_stage_takes_no_settings():
    with pytest.raises(ConfigError, match="takes no settings"):
        create_stage("clean.v1", {"x": 1})


def test_a_class_stage_rejects_unknown_settings():
    with pytest.raises(ConfigError, match=r"events\.cameo_rules\.v1"):
        create_stage("events.cameo_rules.v1", {"no_such_setting": 1})


def test_a_stage_may_be_named_by_its_import_path():
    from tests.engines.crashing import kill_on_marker

    assert create_stage("tests.engines.crashing:kill_on_marker", {}) is kill_on_marker
    with pytest.raises(ConfigError, match=r"'tests\.engines\.crashing:nothing' cannot be imported"):
        create_stage("tests.engines.crashing:nothing", {})
    with pytest.raises(ConfigError, match="cannot be imported"):
        create_stage("no_such_module_here:stage", {})
