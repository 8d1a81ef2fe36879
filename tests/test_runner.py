"""Corpus runs: bad inputs, resuming, reuse (in this process, on the real model)."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import threading
from pathlib import Path

import pytest

from attribution import Pipeline
from attribution import runner as runner_module
from attribution.errors import ModelError
from attribution.results import ARTICLES, ERRORS, JOURNAL
from attribution.runner import PipelineConfig, run_corpus

from .test_readers import SAID, make_unreadable

ARTICLES_TEXT = {
    "a": '"We will not back down," Senator Jane Miller said on Tuesday.',
    "b": "Governor Tom Hale accused Iran of arming the militias, his spokesman said.",
    "c": 'Iran\'s Defense Minister Mostafa Najjar dismissed the accusations. "They are lies," he said.',
    "d": "The company said on Monday that profits had doubled.",
    "e": '"It is a mistake," said Maria Lopez, a lawyer for the union.',
}
SMALL = PipelineConfig(batch_size=2)


def corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES_TEXT.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def ids(out: Path) -> list[str]:
    return [json.loads(line)["id"] for line in (out / ARTICLES).read_text().splitlines()]


@pytest.fixture
def reference(pipeline, tmp_path, monkeypatch) -> dict[str, bytes]:
    """The files of one uninterrupted run over :func:`corpus` in ``tmp_path/in`` (the working folder)."""
    monkeypatch.chdir(tmp_path)
    run_corpus([corpus(Path("in"))], "reference", config=SMALL, pipeline=pipeline)
    return files(Path("reference"))


def test_each_bad_input_is_one_error_line_and_the_good_ones_are_analyzed(pipeline, tmp_path, monkeypatch):
    folder = corpus(tmp_path / "in")
    (folder / "f-empty.txt").write_bytes(b"")
    (folder / "g-binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(300))
    (folder / "h-undecodable.txt").write_bytes(bytes(range(0x80, 0x100)) * 10)
    (folder / "i-cp1252.txt").write_bytes(SAID.encode("cp1252"))
    (folder / "j-unreadable.txt").write_text(SAID)
    make_unreadable(folder / "j-unreadable.txt", monkeypatch)
    (folder / "k-link.txt").symlink_to(folder / "gone.txt")
    long = "\n\n".join(ARTICLES_TEXT.values())
    (folder / "l-long.txt").write_text(long)
    skipped, notes = [], []
    out = tmp_path / "out"
    summary = run_corpus([folder, tmp_path / "m-missing.txt"], out, config=SMALL,
                         pipeline=Pipeline(pipeline.nlp, max_length=100),
                         on_skip=lambda path, reason: skipped.append(Path(path).name),
                         on_note=lambda path, note: notes.append((Path(path).name, note)))
    errors = [json.loads(line) for line in (out / ERRORS).read_text().splitlines()]
    assert [Path(e["path"]).name for e in errors] == skipped == [
        "f-empty.txt", "g-binary.txt", "h-undecodable.txt", "j-unreadable.txt", "k-link.txt", "m-missing.txt"]
    assert all(e["reason"] and "\n" not in e["reason"] for e in errors)
    assert ids(out) == ["a", "b", "c", "d", "e", "i-cp1252", "l-long"]
    records = {r["id"]: r for r in map(json.loads, (out / ARTICLES).read_text().splitlines())}
    assert records["i-cp1252"]["quotes"][0]["text"].startswith("we will not back down\u201d")
    assert records["i-cp1252"]["warnings"][0] == "decoded as cp1252 (not UTF-8)"
    assert {note for name, note in notes if name == "l-long.txt"}
    assert all(long[q["start"]:q["end"]] == q["text"] for q in records["l-long"]["quotes"])
    assert len(records["l-long"]["quotes"]) >= 4
    assert (summary.articles, summary.errors) == (7, 6)


def test_an_interrupted_run_resumes_to_exactly_the_uninterrupted_records(pipeline, reference):
    folder, out = Path("in"), Path("out")

    def stop_after_first_batch(done: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_corpus([folder], out, config=SMALL, pipeline=pipeline, on_done=stop_after_first_batch)
    assert not (out / ARTICLES).exists()  # nothing visible is half written
    [journal] = (out / JOURNAL).glob("*.articles.jsonl")
    assert len(journal.read_text().splitlines()) == 2
    with journal.open("a") as handle:  # a kill in the middle of a write leaves a cut-off line
        handle.write('{"id": "c", "quotes": [{"te')
    summary = run_corpus([folder], out, config=SMALL, pipeline=pipeline)
    assert summary.reused == 2
    assert files(out) == reference
    assert not (out / JOURNAL).exists()


def test_a_second_run_reuses_everything_and_changes_nothing(pipeline, reference):
    folder, out = Path("in"), Path("out")
    run_corpus([folder], out, config=SMALL, pipeline=pipeline)
    summary = run_corpus([folder], out, config=SMALL, pipeline=pipeline)
    assert summary.reused == summary.articles == 5
    assert files(out) == reference
    assert run_corpus([folder], out, config=SMALL, pipeline=pipeline, force=True).reused == 0
    assert files(out) == reference


def test_changed_and_removed_articles_are_not_reused(pipeline, tmp_path):
    folder, out = corpus(tmp_path / "in"), tmp_path / "out"
    run_corpus([folder], out, config=SMALL, pipeline=pipeline)
    (folder / "b.txt").write_text('"No comment," the ministry said.')
    (folder / "d.txt").unlink()
    summary = run_corpus([folder], out, config=SMALL, pipeline=pipeline)
    assert summary.reused == 3
    assert ids(out) == ["a", "b", "c", "e"]
    record = json.loads((out / ARTICLES).read_text().splitlines()[1])
    assert record["quotes"][0]["text"] == "No comment,"


def test_a_killed_worker_costs_no_article(reference):
    killed = []

    def kill_a_worker(done: int) -> None:
        workers = [p for p in multiprocessing.active_children() if p.name.startswith("attribution-worker")]
        if not killed and workers:
            os.kill(workers[0].pid, signal.SIGKILL)
            killed.append(workers[0].pid)

    summary = run_corpus([Path("in")], "out", config=SMALL, jobs=2, on_done=kill_a_worker)
    assert killed and summary.errors == 0
    assert files(Path("out")) == reference


@pytest.mark.parametrize("fork", [True, False])
def test_a_model_that_cannot_load_is_one_model_error_whether_workers_are_forked_or_spawned(fork, tmp_path,
                                                                                           monkeypatch):
    monkeypatch.setattr("attribution.runner._FORK", fork and runner_module._FORK)
    config = PipelineConfig(model="no_such_model", batch_size=2)
    with pytest.raises(ModelError, match="no_such_model") as caught:
        run_corpus([corpus(tmp_path / "in")], tmp_path / "out", config=config, jobs=2)
    assert len(str(caught.value).splitlines()) == 1
    assert not [p for p in multiprocessing.active_children() if p.name.startswith("attribution-worker")]


def test_workers_are_not_forked_while_another_thread_runs():
    # a lock held by that thread at the fork would stay held in the worker for good
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        assert not runner_module._may_fork()
    finally:
        stop.set()
        thread.join()
