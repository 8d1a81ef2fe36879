"""Queries over a corpus: the Python API (DataFrames, graphs) and ``attribution query``."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from attribution import Corpus
from attribution.cli import app
from attribution.query import QueryError
from attribution.records import Actor, ActorRef, Article, Claim


@pytest.fixture(scope="module")
def spec_corpus(results_dir):
    return Corpus.from_results(results_dir)


def test_who_accused_iran_names_the_us_side(spec_corpus):
    rows = spec_corpus.claims(target="Iran", relation="accuse")
    assert isinstance(rows, pd.DataFrame) and len(rows)
    assert set(rows["source"]) & {"U.S. military", "United States", "Kevin Bergner"}
    assert set(rows["relation"]) == {"accuse"}


def test_aliases_find_actors(spec_corpus):
    assert len(spec_corpus.claims(target="Tehran")) == len(spec_corpus.claims(target="Iran"))
    assert len(spec_corpus.claims(source="Bergner")) >= 1


def test_what_iran_denied_and_everything_between(spec_corpus):
    denials = spec_corpus.claims(source="Iran", relation="deny")
    assert set(denials["target"]) <= {"United States", "U.S. military"} and len(denials) >= 2
    between = spec_corpus.claims(between=("Iran", "United States"))
    assert {"accuse", "deny"} <= set(between["relation"])
    exact = spec_corpus.claims(source="Iran", relation="deny", members=False)
    assert len(exact) < len(denials)  # the defense minister speaks for Iran but is not Iran


def test_roll_up_to_countries(spec_corpus):
    rows = spec_corpus.claims(target="Iran", relation="accuse", level="country")
    assert set(rows["source"]) == {"United States"}


def test_graph_and_aggregate_from_the_api(spec_corpus):
    graph = spec_corpus.graph()
    assert graph.nodes["country:IRN"]["name"] == "Iran"
    view = spec_corpus.aggregate(level="country")
    assert view.edges["country:USA", "country:IRN", "accuse"]["weight"] >= 2


def test_unknown_names_are_errors(spec_corpus):
    with pytest.raises(QueryError, match="no actor named"):
        spec_corpus.claims(source="Atlantis")
    with pytest.raises(QueryError, match="unknown relation"):
        spec_corpus.claims(relation="hug")
    with pytest.raises(QueryError, match="not a date"):
        spec_corpus.claims(since="yesterday-ish")


def _claim(id, relation, source, target, date=None):
    return Claim(id=id, relation=relation, source=ActorRef(source.id, source.name, source.type),
                 target=ActorRef(target.id, target.name, target.type), evidence=id, start=0, end=1, date=date)


def test_dates_and_answers_across_articles(lexicons):
    uk = Actor("country:GBR", "United Kingdom", "country")
    russia = Actor("country:RUS", "Russia", "country")
    corpus = Corpus([
        Article(id="a", date="2018-03-12", actors=(uk, russia), claims=(_claim("a:c1", "accuse", uk, russia),)),
        Article(id="b", date="2018-03-13", actors=(uk, russia), claims=(_claim("b:c1", "deny", russia, uk),)),
    ], lexicons=lexicons)
    assert list(corpus.claims(since="2018-03-13")["claim_id"]) == ["b:c1"]
    assert list(corpus.claims(until="2018-03-12")["claim_id"]) == ["a:c1"]
    assert corpus.claims(relation="deny").iloc[0]["responds_to"] == "a:c1"
    assert list(corpus.claims(source="Moscow")["claim_id"]) == ["b:c1"]


def test_cli_query_json_names_the_us_side(results_dir):
    result = CliRunner().invoke(app, ["query", str(results_dir), "--target", "Iran", "--relation", "accuse",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and {"U.S. military", "United States"} & {r["source"] for r in rows}


def test_cli_query_between_as_csv_and_table(results_dir):
    result = CliRunner().invoke(app, ["query", str(results_dir), "--between", "Tehran", "U.S.", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("claim_id,article_id,date,source,relation,target")
    table = CliRunner().invoke(app, ["query", str(results_dir), "--source", "Iran"])
    assert table.exit_code == 0 and "deny" in table.stdout


def test_cli_query_unknown_actor_is_one_line_error(results_dir):
    result = CliRunner().invoke(app, ["query", str(results_dir), "--source", "Atlantis"])
    assert result.exit_code == 1
    assert "Atlantis" in result.stderr and len(result.stderr.strip().splitlines()) == 1
