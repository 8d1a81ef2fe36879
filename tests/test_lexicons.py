"""The lexicon loader checks what it reads."""

from __future__ import annotations

import json
import shutil

import pytest

from attribution.errors import LexiconError
from attribution.lexicons import default_models_dir, load_lexicons


def test_packaged_lexicons_load(lexicons):
    assert lexicons.verbs["say"].relation == "statement"
    assert lexicons.verbs["accuse"].relation == "accuse"
    assert lexicons.relations["accuse"].cameo == "112"
    assert "cues-" in lexicons.version


def test_missing_key_is_named(tmp_path):
    models = tmp_path / "models"
    shutil.copytree(default_models_dir(), models)
    data = json.loads((models / "roles.json").read_text())
    del data["titles"]
    (models / "roles.json").write_text(json.dumps(data))
    with pytest.raises(LexiconError, match="titles"):
        load_lexicons(models)


def test_unknown_relation_is_named(tmp_path):
    models = tmp_path / "models"
    shutil.copytree(default_models_dir(), models)
    data = json.loads((models / "cues.json").read_text())
    data["verbs"]["say"]["relation"] = "gossip"
    (models / "cues.json").write_text(json.dumps(data))
    with pytest.raises(LexiconError, match="gossip"):
        load_lexicons(models)


def test_missing_directory(tmp_path):
    with pytest.raises(LexiconError, match="not found"):
        load_lexicons(tmp_path / "nowhere")


def test_version_changes_with_the_rule_code(tmp_path, monkeypatch):
    from attribution import lexicons as module

    before = module.load_lexicons().version
    changed = tmp_path / "rules.py"
    changed.write_text("# a changed rule\n")
    monkeypatch.setattr(module, "_RULE_SOURCES", (*module._RULE_SOURCES, changed))
    assert module.load_lexicons().version != before


def test_lexicons_are_read_once_until_a_file_changes(tmp_path):
    models = tmp_path / "models"
    shutil.copytree(default_models_dir(), models)
    first = load_lexicons(models)
    assert load_lexicons(models) is first
    data = json.loads((models / "roles.json").read_text())
    data["titles"].append("chief whisperer")
    (models / "roles.json").write_text(json.dumps(data))
    changed = load_lexicons(models)
    assert changed is not first and "chief whisperer" in changed.titles


@pytest.mark.parametrize("word, country", [
    ("Argentine", "Argentina"), ("Argentinian", "Argentina"), ("Kyrgyz", "Kyrgyzstan"), ("Azeri", "Azerbaijan"),
    ("Nepali", "Nepal"), ("Kazakh", "Kazakhstan"), ("Bosnian", "Bosnia and Herzegovina"),
])
def test_second_demonyms_name_their_country(gazetteer, word, country):
    """Demonyms the country packages do not give (they list one per country) come from actors.json."""
    assert gazetteer.lookup(word).name == country
