"""The maintenance scripts still run against the package they read (they import its private helpers)."""

from __future__ import annotations

import importlib.util
import json

from .conftest import ROOT


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_cue_frame_learner_reads_a_gold_corpus(tmp_path, pipeline):
    text = "Mayor Ana Roe said the bridge over the Lind river was unsafe.\n"
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(text, encoding="utf-8")
    gold = {"id": "a", "quotes": [{"text": "the bridge over the Lind river was unsafe", "kind": "indirect",
                                   "speaker": "Ana Roe", "cue": "said"}], "claims": []}
    (tmp_path / "gold" / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    rows = _script("learn_cue_frames").candidates(pipeline, tmp_path)
    said = next(row for row in rows if row["lemma"] == "say")
    assert said["frames"]["ccomp"]
