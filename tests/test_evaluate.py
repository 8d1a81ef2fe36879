"""Scoring against gold annotations: the metrics, the command, and the floor on the spec article."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json

import pytest
from typer.testing import CliRunner

from attribution.cli import app
from attribution.evaluate import (affiliation_matches, defined_names, evaluate, name_matches, read_gold, role_matches, score,
                                  score_article, span_similarity)

from .conftest import EVAL, ROOT

GOLD = ROOT / "tests" / "data" / "gold"  # two short articles written for these tests
DEV = EVAL / "dev"
runner = CliRunner()
needs_eval = pytest.mark.skipif(not (DEV / "gold").is_dir(),
                                reason=f"shared evaluation data not found at {DEV} (CI clones only the repository)")

#: Figures on the spec article when this test was written; they must not fall.
DEV_FLOOR = {"quote_precision": 1.0, "quote_recall": 1.0, "speaker_accuracy": 1.0, "attributed_f1": 1.0,
             "role_accuracy": 1.0, "claim_f1": 1.0}


def test_span_similarity():
    assert span_similarity("the talks would resume", "The talks would resume.") == 1.0
    assert span_similarity("sheer lie", "dismissed as a sheer lie the reports that troops crossed") == 0.5
    assert span_similarity("sheer lie", "nothing in common here") == 0.0


def test_name_and_role_matching():
    assert name_matches("Bergner", ["Kevin Bergner"])
    assert name_matches("the U.S. military", ["U.S. military"])
    assert not name_matches("official", ["senior official"])  # a generic word alone is no match
    assert name_matches("official", ["official"])
    assert role_matches("military spokesman", "spokesman")
    assert not role_matches("Defense Minister", "spokesman")


def test_score_article_counts_and_errors():
    gold = {"id": "a", "quotes": [
        {"text": "prices will rise next year", "kind": "indirect", "speaker": "Anna Berg", "role": "governor"},
        {"text": "we will act", "kind": "direct", "speaker": "Anna Berg"},
        {"text": "maybe this one", "kind": "indirect", "speaker": None, "optional": True}],
        "claims": [{"relation": "accuse", "source": ["Anna Berg"], "target": ["Bank"], "evidence": "x"}]}
    system = {"id": "a", "quotes": [
        {"text": "prices will rise next year", "kind": "indirect", "speaker": {"name": "Berg", "role": "governor"}},
        {"text": "something else entirely", "kind": "indirect", "speaker": None, "rule": "cue-verb:dobj"},
        {"text": "maybe this one", "kind": "indirect", "speaker": None}],
        "claims": [{"relation": "deny", "source": "Anna Berg", "target": "Bank"}]}
    result = score_article(gold, system)
    metrics = result.metrics()
    assert metrics["counts"]["matched"] == 1 and metrics["counts"]["gold_quotes"] == 2
    assert metrics["counts"]["sys_quotes"] == 2  # the optional one is neither required nor counted
    assert metrics["quote_precision"] == 0.5 and metrics["quote_recall"] == 0.5
    assert metrics["speaker_accuracy"] == 1.0 and metrics["role_accuracy"] == 1.0
    assert metrics["by_kind"]["direct"]["recall"] == 0.0 and metrics["by_kind"]["indirect"]["recall"] == 1.0
    assert sorted(e.type for e in result.errors) == ["false_claim", "false_positive", "missed", "missed_claim"]
    fp = next(e for e in result.errors if e.type == "false_positive")
    assert fp.rule == "cue-verb:dobj"


def test_affiliation_accuracy_counts_right_speakers_with_a_gold_affiliation():
    gold = {"id": "a", "quotes": [
        {"text": "the port will reopen", "kind": "indirect", "speaker": "Ana Ruiz", "affiliation": "HPA"},
        {"text": "the ships will wait", "kind": "indirect", "speaker": "Tom Hale", "affiliation": "Dock Workers Union"},
        {"text": "tolls will rise", "kind": "indirect", "speaker": "Lea Moss", "affiliation": "Treasury"},
        {"text": "nothing was hidden", "kind": "indirect", "speaker": "Ivo Stan"}], "claims": []}
    system = {"id": "a", "quotes": [
        {"text": "the port will reopen", "kind": "indirect",
         "speaker": {"name": "Ruiz", "affiliation": "Harbour Ports Authority"}},
        {"text": "the ships will wait", "kind": "indirect", "speaker": {"name": "Tom Hale", "affiliation": "company"}},
        {"text": "tolls will rise", "kind": "indirect", "speaker": {"name": "Ivo Stan", "affiliation": "Treasury"}},
        {"text": "nothing was hidden", "kind": "indirect", "speaker": {"name": "Ivo Stan", "affiliation": "Treasury"}}],
        "claims": []}
    text = "The Harbour Ports Authority (HPA) said the port will reopen."
    result = score_article(gold, system, text=text)
    metrics = result.metrics()
    # the third quote's speaker is wrong and the fourth's gold has no affiliation: neither is counted
    assert (result.counts["affiliation_gold"], result.counts["affiliation_ok"]) == (2, 1)
    assert metrics["affiliation_accuracy"] == 0.5
    assert "affiliation_gold" not in metrics["counts"]  # the shared scorer's counts stay as they are
    assert [(e.expected, e.found) for e in result.errors if e.type == "wrong_affiliation"] == [
        ("Dock Workers Union", "company")]
    assert score_article(gold, system).metrics()["affiliation_accuracy"] == 0.0  # no text: no short names


def test_affiliation_matching_with_defined_short_names():
    defined = defined_names("Members of the Rapid Support Forces (RSF) and the Dock Workers Union (DWU) met.")
    assert defined["rsf"] == "Rapid Support Forces" and defined["rapid support forces"] == "RSF"
    assert affiliation_matches("RSF", "Rapid Support Forces", defined)
    assert affiliation_matches("Dock Workers Union", "DWU", defined)
    assert affiliation_matches("Dock Workers Union", "Workers Union")  # as names match
    assert not affiliation_matches("RSF", "Dock Workers Union", defined)
    assert not affiliation_matches("RSF", None, defined)
    assert defined_names("ATLANTA (CNN) -- A storm hit.") == {}  # one capitalised word names nothing


def test_missing_article_scores_as_empty():
    gold = [{"id": "a", "quotes": [{"text": "x y", "kind": "direct", "speaker": None}], "claims": []}]
    result = score(gold, {})
    assert result.missing == ["a"] and result.metrics()["quote_recall"] == 0.0


def test_evaluate_on_committed_gold(pipeline):
    result = evaluate(pipeline, GOLD)
    metrics = result.metrics()
    assert metrics["articles"] == 2
    assert metrics["quote_recall"] >= 0.9 and metrics["quote_precision"] >= 0.9
    assert metrics["speaker_accuracy"] >= 0.9


def test_command_prints_metrics_and_errors():
    result = runner.invoke(app, ["evaluate", str(GOLD), "--errors"])
    assert result.exit_code == 0, result.output
    for words in ("quote f1", "attributed f1", "affiliation accuracy", "By kind of quote", "indirect", "Errors"):
        assert words in result.stdout


def test_command_json():
    result = runner.invoke(app, ["evaluate", str(GOLD), "--format", "json", "--errors"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["articles"] == 2 and "by_kind" in payload and isinstance(payload["errors"], list)


def test_command_without_gold_folder_is_one_line_error(tmp_path):
    result = runner.invoke(app, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1
    assert "gold" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_read_gold_sets_missing_ids():
    assert [g["id"] for g in read_gold(GOLD)] == ["harbour", "strike"]


@needs_eval
def test_spec_article_figures_do_not_fall(pipeline):
    metrics = evaluate(pipeline, DEV).metrics()
    fallen = {k: metrics[k] for k, floor in DEV_FLOOR.items() if metrics[k] < floor}
    assert not fallen, f"figures on {DEV} fell below {DEV_FLOOR}: {fallen}"


@needs_eval
def test_same_figures_as_the_shared_scorer(pipeline, tmp_path):
    spec = importlib.util.spec_from_file_location("shared_score", EVAL / "score.py")
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    gold = list(read_gold(DEV))
    articles = {g["id"]: pipeline.analyze((DEV / "articles" / f"{g['id']}.txt").read_text(encoding="utf-8"),
                                          id=g["id"]) for g in gold}
    out = tmp_path / "articles.jsonl"
    out.write_text("".join(json.dumps(a.to_dict()) + "\n" for a in articles.values()), encoding="utf-8")
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        shared.main([str(DEV), str(out), "--json"])
    printed = json.loads(buffer.getvalue())
    ours = score(gold, articles).metrics()
    for key, value in printed.items():
        assert ours[key] == value, key
