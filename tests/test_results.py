"""The results directory: journal, atomic files, reuse of stored records (no spaCy needed)."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest

from attribution.errors import ResultsError
from attribution.records import ActorRef, Article, Claim, Quote, Speaker
from attribution.results import (
    ARTICLES,
    ERRORS,
    JOURNAL,
    Run,
    StoredRecords,
    atomic_write,
    read_articles,
    record_line,
    reuse_key,
)


def article(n: int) -> Article:
    iran, us = ActorRef("country:IRN", "Iran", "country"), ActorRef("country:USA", "United States", "country")
    return Article(
        id=f"a{n}", path=f"in/a{n}.txt", sha256=f"{n:064x}", model="en_test-1.0", lexicons="1",
        quotes=(Quote(id=f"a{n}:q1", text="no", start=0, end=2, kind="direct", speaker=Speaker(name="Najjar")),),
        claims=(Claim(id=f"a{n}:c1", relation="deny", source=iran, target=us, evidence="Iran denied it.",
                      start=0, end=15),),
    )


def test_atomic_write_leaves_the_old_file_when_interrupted(tmp_path):
    target = tmp_path / "t.csv"
    target.write_text("old")
    with pytest.raises(KeyboardInterrupt), atomic_write(target) as handle:
        handle.write("half")
        raise KeyboardInterrupt
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]
    with atomic_write(target) as handle:
        handle.write("new")
    assert target.read_text() == "new"


def test_a_committed_run_writes_every_file(tmp_path):
    with Run(tmp_path) as run:
        run.add([record_line(article(1)), record_line(article(2))])
        run.error("in/bad.txt", "binary file, not text")
        run.commit()
    assert [a.id for a in read_articles(tmp_path)] == ["a1", "a2"]
    assert json.loads((tmp_path / ERRORS).read_text()) == {"path": "in/bad.txt", "reason": "binary file, not text"}
    with (tmp_path / "claims.csv").open() as handle:
        assert [row["claim_id"] for row in csv.DictReader(handle)] == ["a1:c1", "a2:c1"]
    graph = nx.read_graphml(tmp_path / "graph.graphml")
    assert graph.number_of_edges() == 2
    assert (run.summary.articles, run.summary.quotes, run.summary.claims, run.summary.errors) == (2, 2, 2, 1)
    assert not (tmp_path / JOURNAL).exists()


def test_an_uncommitted_run_keeps_its_journal_and_the_visible_files(tmp_path):
    with Run(tmp_path) as run:
        run.add([record_line(article(1))])
        run.commit()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    with pytest.raises(KeyboardInterrupt), Run(tmp_path) as run:
        run.add([record_line(article(2))])
        raise KeyboardInterrupt
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before
    [journal] = (tmp_path / JOURNAL).glob("*.articles.jsonl")
    assert [json.loads(line)["id"] for line in journal.read_text().splitlines()] == ["a2"]
    with Run(tmp_path) as run:  # both the journal's and articles.jsonl's records can be reused
        assert reuse_key(article(1).to_dict()) in run.stored
        assert run.stored.get(reuse_key(article(2).to_dict())) == record_line(article(2))


def test_a_cut_off_last_line_is_not_reused(tmp_path):
    (tmp_path / JOURNAL).mkdir()
    whole, cut = record_line(article(1)), record_line(article(2))
    (tmp_path / JOURNAL / "1-1.articles.jsonl").write_text(whole + cut[: len(cut) // 2])
    stored = StoredRecords(sorted((tmp_path / JOURNAL).glob("*.jsonl")))
    assert len(stored) == 1 and stored.get(reuse_key(article(1).to_dict())) == whole
    stored.close()


def test_reuse_needs_the_same_text_model_and_lexicons():
    key = reuse_key(article(1).to_dict())
    assert reuse_key({**article(1).to_dict(), "quotes": []}) == key  # only the identity counts
    for change in ({"sha256": "0" * 64}, {"model": "en_other-2.0"}, {"lexicons": "2"}, {"path": "other/a1.txt"}):
        assert reuse_key({**article(1).to_dict(), **change}) != key


def test_one_run_at_a_time(tmp_path):
    with Run(tmp_path), pytest.raises(ResultsError, match="another"):
        Run(tmp_path)


def test_read_articles_names_a_missing_results_file(tmp_path):
    with pytest.raises(ResultsError, match=ARTICLES):
        list(read_articles(tmp_path))
