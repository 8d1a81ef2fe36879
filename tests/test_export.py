"""Every export format round-trips through its reader, whatever the article contained."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from typer.testing import CliRunner

from attribution.cli import app
from attribution.export import (
    FORMATS, export_graph, plain_graph, read_export, safe_cell, unsafe_cell, write_csv,
)

NASTY = "=HYPERLINK(\"http://x\")\x00\x0b \u201cquoted\u201d, <b>&amp;</b>\n\"line two\"; semi"


@pytest.fixture()
def graph():
    g = nx.MultiDiGraph()
    g.add_node("person:a", name="+A Person", type="person", aliases=["-a", "@a"], alias_kinds=["-a (surname)"],
               roles=["spokesman"], country=None, mentions=3, articles=1)
    g.add_node("country:IRN", name="Iran", type="country", aliases=["Tehran", "Iranian"], alias_kinds=[],
               roles=[], country="Iran", mentions=2, articles=1)
    g.add_edge("person:a", "country:IRN", key="a1:c1", relation="accuse", cameo="1121", plover="ACCUSE", cue="said",
               evidence=NASTY, quote=None, quote_id="a1:q1", article_id="a1", start=0, end=42, date=None,
               confidence=0.54, rule="wrongdoing", negated=False, hypothetical=False, responds_to=None, weight=1)
    g.add_edge("person:a", "country:IRN", key="a1:c2", relation="criticize", cameo="111", plover="ACCUSE",
               cue="'=quoted", evidence="plain", quote="q", quote_id=None, article_id="a1", start=5, end=9,
               date="2007-06-11", confidence=1.0, rule="cue-verb", negated=True, hypothetical=False,
               responds_to=None, weight=1)
    g.add_edge("person:a", "country:IRN", key="member_of:person:a:country:IRN", relation="member_of", weight=1)
    return g


def _expected(graph):
    """What every format keeps: XML-safe scalars for GraphML/GEXF, None dropped."""
    return plain_graph(graph)


def _same(read, graph, *, lists_joined):
    expected = _expected(graph)
    assert set(read.nodes) == set(expected.nodes)
    assert set(read.edges(keys=True)) == set(expected.edges(keys=True))
    for node, data in expected.nodes(data=True):
        got = read.nodes[node]
        for key, value in data.items():
            value = value if lists_joined or key not in ("aliases", "alias_kinds", "roles") else graph.nodes[node][key]
            if value in ("", []):
                continue
            assert got[key] == value, (node, key)
    for u, v, k, data in expected.edges(keys=True, data=True):
        got = read.edges[u, v, k]
        for key, value in data.items():
            if value == "":
                continue
            assert got[key] == value, (k, key)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_file_formats_round_trip(graph, tmp_path, fmt):
    path = tmp_path / f"g.{fmt}"
    export_graph(graph, fmt, path)
    read = read_export(fmt, path)
    if fmt == "json":  # node-link JSON keeps lists and control characters as they are
        assert read.nodes["person:a"]["aliases"] == ["-a", "@a"]
        assert read.edges["person:a", "country:IRN", "a1:c1"]["evidence"] == NASTY
        assert set(read.edges(keys=True)) == set(graph.edges(keys=True))
    else:
        ET.parse(path)  # well-formed XML
        _same(read, graph, lists_joined=True)


def test_gephi_csv_round_trips(graph, tmp_path):
    files = export_graph(graph, "csv", tmp_path / "gephi")
    with files[0].open(encoding="utf-8") as handle:
        assert next(csv.reader(handle))[:2] == ["Id", "Label"]
    with files[1].open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
        assert header[:6] == ["Source", "Target", "Type", "Id", "Label", "Weight"]
        rows = list(csv.DictReader(handle, fieldnames=header))
    assert all(not r["evidence"].startswith("=") for r in rows)  # formula neutralised in the file
    read = read_export("csv", tmp_path / "gephi")
    assert read.edges["person:a", "country:IRN", "a1:c1"]["evidence"] == NASTY  # and restored on reading
    assert read.nodes["person:a"]["aliases"] == ["-a", "@a"] and read.nodes["person:a"]["mentions"] == 3
    assert read.edges["person:a", "country:IRN", "a1:c2"]["negated"] is True
    assert read.edges["person:a", "country:IRN", "a1:c2"]["cue"] == "'=quoted"


def test_neo4j_import_files_round_trip(graph, tmp_path):
    files = export_graph(graph, "neo4j", tmp_path / "neo")
    with files[0].open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header[0] == "id:ID(Actor)" and header[-1] == ":LABEL" and "mentions:int" in header
    assert "aliases:string[]" in header
    with files[1].open(encoding="utf-8") as handle:
        assert next(csv.reader(handle))[:3] == [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"]
    assert "neo4j-admin database import full" in files[2].read_text()
    read = read_export("neo4j", tmp_path / "neo")
    assert read.nodes["person:a"]["aliases"] == ["-a", "@a"]
    edge = read.edges["person:a", "country:IRN", "a1:c2"]
    assert (edge["confidence"], edge["negated"], edge["start"]) == (1.0, True, 5)
    assert read.edges["person:a", "country:IRN", "a1:c1"]["evidence"] == NASTY


def test_safe_cell_is_undone_exactly():
    for value in ("=1+1", "+x", "-3", "@sum", "'=x", "'plain", "plain", "", "'"):
        assert unsafe_cell(safe_cell(value)) == value
    assert safe_cell("=1+1") == "'=1+1" and safe_cell(-3) == -3


def test_write_csv_neutralises_formulas(tmp_path):
    path = tmp_path / "t.csv"
    write_csv(path, [{"a": "=cmd|' /C calc'!A0", "b": None}], ["a", "b"])
    assert path.read_text(encoding="utf-8").splitlines()[1] == "'=cmd|' /C calc'!A0,"


def test_unknown_format_is_an_error(graph, tmp_path):
    from attribution.export import ExportError

    with pytest.raises(ExportError):
        export_graph(graph, "xlsx", tmp_path / "x")
    assert set(FORMATS) == {"csv", "graphml", "gexf", "json", "neo4j"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_export_writes_a_readable_graph(results_dir, tmp_path, fmt):
    output = tmp_path / (f"graph.{fmt}" if fmt not in ("csv", "neo4j") else fmt)
    result = CliRunner().invoke(app, ["export", str(results_dir), "--format", fmt, "--output", str(output)])
    assert result.exit_code == 0, result.output
    read = read_export(fmt, output)
    names = {d.get("name") for _, d in read.nodes(data=True)}
    assert {"Iran", "U.S. military", "Kevin Bergner"} <= names
    assert any(d.get("relation") == "deny" for _, _, d in read.edges(data=True))


def test_cli_export_aggregated_by_country(results_dir, tmp_path):
    output = tmp_path / "countries.graphml"
    result = CliRunner().invoke(app, ["export", str(results_dir), "--format", "graphml", "--output", str(output),
                                      "--aggregate", "country"])
    assert result.exit_code == 0, result.output
    read = read_export("graphml", output)
    assert read.edges["country:USA", "country:IRN", "accuse"]["weight"] >= 2


def test_cli_export_missing_results_is_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["export", str(tmp_path), "--format", "json", "--output", str(tmp_path / "g")])
    assert result.exit_code == 1
    assert "articles.jsonl" in result.stderr and len(result.stderr.strip().splitlines()) == 1
