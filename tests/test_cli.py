"""The command line, through typer's CliRunner."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
from typer.testing import CliRunner

import attribution
from attribution.cli import app
from attribution.cli.analyze import EXIT_INTERRUPTED
from attribution.results import JOURNAL

from .conftest import SAMPLES
from .test_readers import make_unreadable
from .test_runner import ARTICLES_TEXT, corpus, files

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


def test_analyze_reads_json_fields_named_on_the_command_line(tmp_path):
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text(json.dumps({"body": '"We will not back down," Senator Jane Miller said.',
                                 "published": "2024-03-05T10:00:00Z", "uid": "s1"}) + "\n")
    out = tmp_path / "out"
    args = ["analyze", str(crawl), "--out", str(out), "--quiet", "--field", "text=body", "--field", "id=uid"]
    result = runner.invoke(app, [*args, "--field", "date=published"])
    assert result.exit_code == 0, result.output
    record = json.loads((out / "articles.jsonl").read_text())
    assert (record["id"], record["date"][:10]) == ("s1", "2024-03-05")
    assert record["quotes"][0]["speaker"]["name"] == "Jane Miller"
    bad = runner.invoke(app, ["analyze", str(crawl), "--out", str(out), "--field", "body"])
    assert bad.exit_code == 1 and len(bad.stderr.strip().splitlines()) == 1


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


def test_help_documents_the_exit_codes_and_options():
    result = runner.invoke(app, ["analyze", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for text in ("Exit codes: 0", "1 some inputs skipped", "130 interrupted", "--jobs", "--force"):
        assert text in result.stdout


def test_jobs_2_writes_the_same_files_as_jobs_1_bad_inputs_included(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = corpus(Path("in"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)))
    (folder / "unreadable.txt").write_text("He said so.")
    make_unreadable(folder / "unreadable.txt", monkeypatch)
    outputs = []
    for jobs in ("1", "2"):
        result = runner.invoke(app, ["analyze", "in", "--out", f"out{jobs}", "--jobs", jobs, "--batch-size", "1"])
        assert result.exit_code == 1, result.output
        assert result.stderr.count("skipped") == 3 + 1  # three lines, and the summary
        assert "binary.txt: binary file, not text" in result.stderr
        outputs.append(files(Path(f"out{jobs}")))
    assert outputs[0] == outputs[1]
    assert len(outputs[0]["articles.jsonl"].splitlines()) == len(ARTICLES_TEXT)
    assert len(outputs[0]["errors.jsonl"].splitlines()) == 3


def test_a_killed_run_is_finished_by_the_next_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for n in range(8):  # enough articles that a loaded machine cannot finish them all before the signal
        corpus(Path("in") / str(n))
    assert runner.invoke(app, ["analyze", "in", "--out", "reference", "--jobs", "1", "-q"]).exit_code == 0
    command = [sys.executable, "-c", "from attribution.cli import app; app()",
               "analyze", "in", "--out", "out", "--jobs", "1", "--batch-size", "1"]
    # the child runs in tmp_path: it must import the package under test, whatever PYTHONPATH says
    source = str(Path(attribution.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([source, os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}

    def journal_lines() -> int:
        return sum(len(p.read_bytes().splitlines()) for p in (Path("out") / JOURNAL).glob("*.articles.jsonl"))

    for sig, code in ((signal.SIGTERM, EXIT_INTERRUPTED), (signal.SIGKILL, -signal.SIGKILL)):
        before = journal_lines() if Path("out").exists() else 0
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        while process.poll() is None and journal_lines() < before + 2:
            time.sleep(0.01)
        process.send_signal(sig)
        assert process.wait(timeout=60) == code, process.stderr.read()
        assert not (Path("out") / "articles.jsonl").exists()  # nothing visible is half written
        if sig == signal.SIGTERM:
            assert "interrupted" in process.stderr.read()
    result = runner.invoke(app, ["analyze", "in", "--out", "out", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "reused from an earlier run" in result.stderr
    assert files(Path("out")) == files(Path("reference"))
