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


@pytest.mark.parametrize("word, how", [("Kosovo", "name"), ("Kosovar", "demonym"), ("Pristina", "capital"),
                                       ("Hargeisa", "capital")])
def test_states_the_packages_leave_out_are_countries(gazetteer, word, how):
    """Partly recognised states come from actors.json as countries, with their demonyms and capitals."""
    entry = gazetteer.lookup(word)
    assert (entry.type, entry.how) == ("country", how)
    assert entry.id == ("country:somaliland" if word == "Hargeisa" else "country:XKX")


def test_a_state_that_no_longer_exists_owns_no_capital(gazetteer):
    """The country data still lists Serbia and Montenegro; Belgrade is Serbia's capital."""
    assert gazetteer.lookup("Belgrade").name == "Serbia"
    assert gazetteer.lookup("Serbia and Montenegro") is None


def test_phrase_indexes_are_built_at_load_time(lexicons):
    """The multi-word titles and ranks are indexed by first word on the lexicons object, longest first."""
    assert ("chief", "of", "staff") in lexicons.multiword_title_index["chief"]
    for index, phrases in ((lexicons.multiword_title_index, lexicons.multiword_titles),
                           (lexicons.rank_index, lexicons.ranks)):
        assert sum(len(group) for group in index.values()) == len(phrases)
        assert all(len(a) >= len(b) for group in index.values() for a, b in zip(group, group[1:]))


def test_role_word_lists_are_loaded(lexicons):
    """Word lists the title rules read come from roles.json, lower-cased."""
    assert "mp" in lexicons.seat_titles and "senate" in lexicons.chambers and "third" in lexicons.ordinals
    assert "rep." in lexicons.address_titles and "ambassador" in lexicons.address_titles
    assert "police" in lexicons.service_nouns and "premier" in lexicons.place_offices
    assert "holdings" in lexicons.business_name_ends


@pytest.mark.parametrize("requires", [["acusation"], ["prep:"], ["ccomp>subject"], "content"])
def test_unknown_cue_requirement_is_named(tmp_path, requires):
    """A cue's ``requires`` names a known requirement or a dependency position; the error says which."""
    models = tmp_path / "models"
    shutil.copytree(default_models_dir(), models)
    data = json.loads((models / "cues.json").read_text())
    data["verbs"]["say"]["requires"] = requires
    (models / "cues.json").write_text(json.dumps(data))
    with pytest.raises(LexiconError, match="'requires'|expected one of 'content', 'owner', 'accusation'"):
        load_lexicons(models)


def test_known_cue_requirements_load(lexicons):
    """The packaged cues' requirements pass the check: keywords and positions alike."""
    required = {r for cues in (lexicons.verbs, lexicons.nouns) for cue in cues.values() for r in cue.requires}
    assert {"accusation", "owner", "xcomp"} <= required


@pytest.mark.parametrize("state, expected", [({"demonyms": [], "capitals": []}, "string 'name'"),
                                             ({"name": "Zembla", "capitals": []}, "'demonyms' must be a list"),
                                             ({"name": "Zembla", "demonyms": [], "capitals": "Orvale"},
                                              "'capitals' must be a list"),
                                             ({"name": "Zembla", "demonyms": [], "capitals": [], "code": 7},
                                              "'code' must be a string")])
def test_a_bad_other_state_is_named(tmp_path, state, expected):
    models = tmp_path / "models"
    shutil.copytree(default_models_dir(), models)
    data = json.loads((models / "actors.json").read_text())
    data["other_states"].append(state)
    (models / "actors.json").write_text(json.dumps(data))
    with pytest.raises(LexiconError, match=expected):
        load_lexicons(models)


def test_statement_rules_load(lexicons):
    """The statement rules' word lists are read from ``cues.json``, lower-cased, by name."""
    assert "tell" in lexicons.statement_rules["telling_verbs"]
    assert "anonymity" in lexicons.statement_rules["speaking_grants"]
    assert "description" not in lexicons.statement_rules


@pytest.mark.parametrize("change", [lambda rules: rules.pop("citing_verbs"),
                                    lambda rules: rules.update(refusals="decline")])
def test_bad_statement_rules_are_named(tmp_path, change):
    """A missing or malformed word list of ``statement_rules`` is named with the lists expected."""
    models = tmp_path / "models"
    shutil.copytree(default_models_dir(), models)
    data = json.loads((models / "cues.json").read_text())
    change(data["statement_rules"])
    (models / "cues.json").write_text(json.dumps(data))
    with pytest.raises(LexiconError, match="statement_rules.*citing_verbs"):
        load_lexicons(models)
