"""Pictures and pages (attribution.render) and the show and graph commands."""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from attribution.cli import app
from attribution.cli.common import fit_widths
from attribution.graph import build_graph
from attribution.records import ActorRef, Article, Claim, Quote, Speaker
from attribution.render import RenderError, article_page, graph_page, graph_view, write_graph
from attribution.results import ResultsWriter, finalize

from .conftest import SPEC
from .test_formats import SPEC_HTML

runner = CliRunner()
show_command = importlib.import_module("attribution.cli.show")  # the module, not the function of that name


@pytest.fixture(autouse=True)
def _one_model_load(monkeypatch, pipeline):
    """``show`` reuses the session's real pipeline instead of loading the model at each call."""
    monkeypatch.setattr(show_command, "Pipeline", lambda model: pipeline)


def _external_resources(page: str) -> list[str]:
    """Anything a browser would fetch: src=, <link href>, CSS url() and @import."""
    return (re.findall(r"\bsrc\s*=", page) + re.findall(r"<link\b[^>]*>", page)
            + re.findall(r"url\((?!#)", page) + re.findall(r"@import", page))


# ---------------------------------------------------------------- the article page

TEXT = ('Harbor deal <script>alert("x")</script> collapses\n\n'
        '“We were misled,” said Ana <b>Ruiz</b>, the board chair. The contractor denied the claims.')


def _hand_made_article() -> Article:
    quote_start = TEXT.index("We were")
    quote_end = TEXT.index(",”")
    name_start = TEXT.index("Ana")
    speaker = Speaker(name="Ana <b>Ruiz</b>", mention="Ana <b>Ruiz</b>", start=name_start,
                      end=TEXT.index(", the board"), role="board chair", affiliation="Harbor <Board>",
                      type="person")
    direct = Quote(id="t:q1", text=TEXT[quote_start:quote_end], start=quote_start, end=quote_end, kind="direct",
                   cue="said", cue_start=TEXT.index("said"), cue_end=TEXT.index("said") + 4, speaker=speaker,
                   rule="test")
    overlap_start = TEXT.index("were misled")
    inner = Quote(id="t:q2", text="were misled", start=overlap_start, end=overlap_start + 11, kind="mixed",
                  rule="test")
    evidence = "The contractor denied the claims."
    claim = Claim(id="t:c1", relation="deny", source=ActorRef("org:contractor", "contractor", "organisation"),
                  target=ActorRef("person:ana-ruiz", "Ana <b>Ruiz</b>", "person"), evidence=evidence,
                  start=TEXT.index(evidence), end=TEXT.index(evidence) + len(evidence), cue="denied")
    return Article(id="t", title='Harbor <script>alert("title")</script>', url="javascript:alert(1)",
                   quotes=(direct, inner), claims=(claim,))


def test_article_text_and_names_are_escaped():
    page = article_page(_hand_made_article(), TEXT)
    assert "<script>alert" not in page and "<b>Ruiz" not in page and "<Board>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "Ana &lt;b&gt;Ruiz&lt;/b&gt;" in page
    assert 'href="javascript:' not in page  # only http(s) addresses become links
    assert page.count("<script>") == 1  # the page's own script, and nothing else


def test_statements_are_highlighted_by_kind_and_overlaps_kept():
    page = article_page(_hand_made_article(), TEXT)
    assert 'class="st st-direct" data-st="s1"' in page
    assert re.search(r'class="st st-mixed" data-st="s1 s2"[^>]*>were misled<', page)  # the inner, shorter one wins
    assert re.search(r'class="cue" data-st="s1"[^>]*>said<', page)
    assert 'id="card-s1"' in page and 'id="card-s2"' in page
    assert "board chair" in page and "unattributed" in page
    assert re.search(r"<tr id=\"claim-t:c1\">.*deny.*The contractor denied the claims", page)


def test_spec_page_shows_every_statement_speaker_and_claim(spec_article, spec_text):
    page = article_page(spec_article, spec_text)
    assert not _external_resources(page)
    assert page.count('class="card card-') == len(spec_article.quotes)
    assert page.count("<tr id=\"claim-") == len(spec_article.claims)
    for needle in ("Kevin Bergner", "military spokesman", "Mostafa Mohammad Najjar", "Defense Minister",
                   "Hoshiyar Zebari", "st-direct", "st-indirect", "st-mixed"):
        assert needle in page, needle


# ---------------------------------------------------------------- the actor graph


@pytest.fixture(scope="module")
def spec_graph(spec_article):
    return build_graph([spec_article])


def test_graph_view_groups_claims_and_keeps_members(spec_graph):
    view = graph_view(spec_graph)
    assert view.n_claims == len([e for e in spec_graph.edges(data=True) if e[2]["relation"] != "member_of"])
    names = {data["name"] for data in view.nodes.values()}
    assert {"Kevin Bergner", "U.S. military", "Iran", "United States", "Mostafa Mohammad Najjar"} <= names
    assert {e.relation for e in view.edges} == {"accuse", "deny"}
    assert ("person:kevin-bergner", "org:us-military") in view.members
    assert "person:hoshiyar-zebari" not in view.nodes  # in no claim


def test_graph_view_filters(spec_graph):
    denials = graph_view(spec_graph, relations=["deny"], membership=False)
    assert {e.relation for e in denials.edges} == {"deny"} and not denials.members
    top = graph_view(spec_graph, top=2, membership=False)
    assert len(top.nodes) == 2
    everyone = graph_view(spec_graph, all_actors=True)
    assert "person:hoshiyar-zebari" in everyone.nodes


def test_graph_files(spec_graph, tmp_path):
    view = graph_view(spec_graph)
    png = write_graph(view, tmp_path / "g.png", title="spec")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = write_graph(view, tmp_path / "g.svg")
    assert ET.parse(svg).getroot().tag.endswith("svg")
    page = write_graph(view, tmp_path / "g.html").read_text(encoding="utf-8")
    assert not _external_resources(page)
    data = json.loads(re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', page, re.DOTALL)[1])
    assert {n["name"] for n in data["nodes"]} >= {"Kevin Bergner", "Iran"}
    assert {e["colour"] for e in data["edges"] if e["relation"] == "accuse"} == {"#d62728"}
    assert {e["colour"] for e in data["edges"] if e["relation"] == "deny"} == {"#1f77b4"}
    with pytest.raises(RenderError, match=".png"):
        write_graph(view, tmp_path / "g.gif")


def test_graph_page_escapes_names(spec_graph):
    graph = spec_graph.copy()
    graph.nodes["country:IRN"]["name"] = "</script><script>alert(1)</script>"
    page = graph_page(graph_view(graph))
    assert "<script>alert" not in page and "</script><script>" not in page


def test_empty_graph_still_draws(tmp_path):
    view = graph_view(build_graph([Article(id="empty")]))
    assert not view.nodes
    assert write_graph(view, tmp_path / "g.png").stat().st_size > 0
    assert "No claims" in graph_page(view)


# ---------------------------------------------------------------- terminal tables


def test_fit_widths_keeps_headers_and_short_columns_and_gives_the_rest_to_text():
    cells = {"speaker": ["speaker", "Kevin Bergner"], "kind": ["kind", "indirect"],
             "text": ["text", "x" * 300]}
    widths = fit_widths(cells, wide=["text"], total=74)
    assert widths == {"speaker": 13, "kind": 8, "text": 53}
    assert fit_widths({"a": ["a", "b"]}, total=10) == {"a": 1}
    assert fit_widths({c: [c * 20, "x"] for c in "abcde"}, total=30) is None


# ---------------------------------------------------------------- commands


def test_show_writes_a_page(tmp_path):
    out = tmp_path / "spec.html"
    result = runner.invoke(app, ["show", str(SPEC_HTML), "--html", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.stderr.replace("\n", "")
    page = out.read_text(encoding="utf-8")
    assert "Kevin Bergner" in page and "Gulf Wire" in page and "2007-07-02" in page


def test_show_prints_tables_csv_and_json():
    table = runner.invoke(app, ["show", str(SPEC)], env={"COLUMNS": "80"})
    assert table.exit_code == 0, table.output
    assert "Kevin Bergner" in table.stdout
    assert max(len(line) for line in table.stdout.splitlines()) <= 80
    claims = runner.invoke(app, ["show", str(SPEC), "--list", "claims", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(claims.stdout)))
    assert {("accuse", "Iran"), ("deny", "United States")} <= {(r["relation"], r["target"]) for r in rows}
    actors = json.loads(runner.invoke(app, ["show", str(SPEC), "-l", "actors", "-f", "json"]).stdout)
    assert any(a["name"] == "Kevin Bergner" and a["roles"] == "military spokesman" for a in actors)


def test_show_picks_an_article_of_an_export(tmp_path):
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "The mayor said the bridge was safe."}) + "\n"
                    + json.dumps({"id": "b", "body": "Union leader Tom Berg accused Mayor Ana Ruiz of lying."}) + "\n",
                    encoding="utf-8")
    first = runner.invoke(app, ["show", str(path), "-f", "json"])
    assert first.exit_code == 0 and "first of 2" in first.stderr
    assert json.loads(first.stdout)[0]["article_id"] == "a"
    second = runner.invoke(app, ["show", str(path), "--id", "b", "-l", "claims", "-f", "json", "-q"])
    assert second.exit_code == 0, second.output
    assert json.loads(second.stdout)[0]["relation"] == "accuse" and not second.stderr
    missing = runner.invoke(app, ["show", str(path), "--id", "zzz"])
    assert missing.exit_code == 1 and "no article with id 'zzz'" in missing.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["show", "nope.txt"], "no such file"),
    (["show", str(SPEC), "--field", "colour=x"], "FIELD=KEY"),
    (["graph", "nope", "-o", "g.png"], "no articles.jsonl"),
    (["graph", "nope", "-o", "g.gif"], "ending in .png"),
    (["graph", "nope", "-o", "g.png", "-r", "blame"], "unknown relation blame"),
])
def test_errors_are_one_line(args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_graph_command(spec_article, tmp_path):
    with ResultsWriter(tmp_path) as writer:
        writer.article(spec_article)
    finalize(tmp_path)
    for name in ("g.png", "g.html"):
        result = runner.invoke(app, ["graph", str(tmp_path), "--output", str(tmp_path / name), "-q"])
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).stat().st_size > 0 and not result.stderr
    result = runner.invoke(app, ["graph", str(tmp_path / "articles.jsonl"), "-o", str(tmp_path / "d.svg"),
                                 "-r", "deny"])
    assert result.exit_code == 0 and "2 claim(s)" in result.stderr


def test_every_command_has_an_example_in_its_help():
    for command in ("analyze", "show", "graph"):
        result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "80"})
        assert result.exit_code == 0
        assert f"attribution {command} " in result.stdout, command
