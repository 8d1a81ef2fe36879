"""The command line, through typer's CliRunner."""

from __future__ import annotations

import csv
import json

import networkx as nx
from typer.testing import CliRunner

from attribution.cli import app

from .conftest import SAMPLES

runner = CliRunner()


def test_analyze_writes_every_file(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(SAMPLES), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Kevin Bergner" in result.stdout
    records = [json.loads(line) for line in (out / "articles.jsonl").read_text().splitlines()]
    assert [r["id"] for r in records] == ["qods-force"]
    quote = records[0]["quotes"][0]
    assert {"text", "start", "end", "kind", "cue", "speaker"} <= set(quote)
    assert {"name", "role", "affiliation"} <= set(quote["speaker"])
    claim = records[0]["claims"][0]
    assert {"relation", "source", "target", "evidence", "start", "end"} <= set(claim)
    for table in ("quotes.csv", "claims.csv", "actors.csv"):
        with (out / table).open(encoding="utf-8") as handle:
            assert len(list(csv.DictReader(handle))) > 0
    graph = nx.read_graphml(out / "graph.graphml")
    names = {data.get("name") for _, data in graph.nodes(data=True)}
    assert {"Iran", "U.S. military"} <= names


def test_analyze_reads_standard_input(tmp_path):
    text = '"We will not back down," Senator Jane Miller said on Tuesday.'
    result = runner.invoke(app, ["analyze", "-", "--out", str(tmp_path), "--quiet"], input=text)
    assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "articles.jsonl").read_text())
    assert record["id"] == "stdin"
    assert record["quotes"][0]["speaker"]["name"] == "Jane Miller"


def test_missing_path_is_reported_and_the_rest_analyzed(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(tmp_path / "nope.txt"), str(SAMPLES), "--out", str(out), "--quiet"])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr and "no such file" in result.stderr
    assert len((out / "articles.jsonl").read_text().splitlines()) == 1
    error = json.loads((out / "errors.jsonl").read_text())
    assert error["path"].endswith("nope.txt")


def test_unknown_model_is_one_line_error(tmp_path):
    result = runner.invoke(app, ["analyze", str(SAMPLES), "--out", str(tmp_path), "--model", "no_such_model"])
    assert result.exit_code == 1
    assert "no_such_model" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
