"""Pictures of the results: an annotated article page, and the actor graph.

Stage: output; never imports spaCy. Works on records
(:class:`~attribution.records.Article`) and on the graph of
:func:`attribution.graph.build_graph`:

- :func:`article_page`: one self-contained HTML page with the article text,
  each statement highlighted by kind, its speaker, role and affiliation beside
  it, and the claims with their evidence.
- :func:`graph_view` reduces the actor graph to what a picture shows (claims
  counted per source, target and relation); :func:`draw_graph` draws it with
  matplotlib (PNG, SVG, PDF) and :func:`graph_page` makes an interactive
  self-contained HTML page of it; :func:`write_graph` picks by suffix.

Every page is self-contained: styles and scripts inline, no fonts, scripts or
data fetched from anywhere, so it works offline and can be mailed as one file.
All text from articles is escaped: a ``<script>`` in an article stays text.
"""

from __future__ import annotations

import bisect
import html
import itertools
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import networkx as nx

from .errors import AttributionError
from .records import Article, Quote
from .types import PathType

#: Colour of each relation in every picture (accusations red, denials blue).
RELATION_COLOURS: Mapping[str, str] = MappingProxyType({
    "accuse": "#d62728", "deny": "#1f77b4", "criticize": "#ff7f0e", "threaten": "#9467bd",
    "demand": "#8c564b", "praise": "#2ca02c", "agree": "#17becf",
})
#: Fill of each actor type.
TYPE_COLOURS: Mapping[str, str] = MappingProxyType({
    "person": "#fdd0a2", "organisation": "#c6dbef", "country": "#c7e9c0", "group": "#dadaeb", "unknown": "#e0e0e0",
})
#: Background of each statement kind on the article page.
KIND_COLOURS: Mapping[str, str] = MappingProxyType({
    "direct": "#ffe08a", "indirect": "#bde0fe", "mixed": "#d8f3b8",
})
GRAPH_SUFFIXES = (".png", ".svg", ".pdf", ".html")
_MEMBER_COLOUR = "#9e9e9e"
_OTHER_COLOUR = "#616161"


class RenderError(AttributionError):
    """A picture cannot be made (an unknown output format, say)."""


def _e(value: Any) -> str:
    """Escaped for HTML text and attribute values."""
    return html.escape("" if value is None else str(value), quote=True)


def _script_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element (no ``</script>``, no HTML comment openers)."""
    return (json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# =========================================================================== the article page


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty line, the paragraphs of the pipeline."""
    spans, start = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            spans.append((start, start + len(body)))
        start += len(line)
    return spans


def _segments(text: str, start: int, end: int, quotes: Sequence[Quote]) -> str:
    """HTML of ``text[start:end]``, cut where a statement, cue or speaker mention begins or ends."""
    marks: list[tuple[int, int, str, int]] = []  # (start, end, what, quote number)
    for n, quote in enumerate(quotes):
        marks.append((quote.start, quote.end, "q", n))
        if quote.cue_start is not None and quote.cue_end is not None:
            marks.append((quote.cue_start, quote.cue_end, "cue", n))
        sp = quote.speaker
        if sp is not None and sp.start is not None and sp.end is not None:
            marks.append((sp.start, sp.end, "who", n))
    inside = [m for m in marks if m[0] < end and m[1] > start]
    cuts = sorted({start, end} | {max(start, min(end, x)) for m in inside for x in m[:2]})
    out = []
    for a, b in itertools.pairwise(cuts):
        if a == b:
            continue
        piece = _e(text[a:b])
        covering = [m for m in inside if m[0] <= a and m[1] >= b]
        if not covering:
            out.append(piece)
            continue
        statements = sorted((m for m in covering if m[2] == "q"), key=lambda m: m[1] - m[0])
        classes = []
        if statements:
            classes += ["st", f"st-{quotes[statements[0][3]].kind}"]
        if any(m[2] == "cue" for m in covering):
            classes.append("cue")
        if any(m[2] == "who" for m in covering):
            classes.append("who")
        ids = " ".join(sorted({f"s{m[3] + 1}" for m in covering}))
        title = "; ".join(_quote_title(quotes[m[3]]) for m in statements)
        out.append(f'<span class="{" ".join(classes)}" data-st="{ids}"'
                   + (f' title="{_e(title)}"' if title else "") + f">{piece}</span>")
    return "".join(out)


def _quote_title(quote: Quote) -> str:
    sp = quote.speaker
    who = sp.name if sp and sp.name else "unattributed"
    return f"{quote.kind}: {who}"


def _speaker_card(n: int, quote: Quote) -> str:
    sp = quote.speaker
    name = sp.name if sp and sp.name else None
    facts = []
    if sp is not None:
        for label, value in (("role", sp.role), ("rank", sp.rank), ("affiliation", sp.affiliation),
                             ("via", sp.channel)):
            if value:
                facts.append(f'<span class="fact"><span class="label">{label}</span> {_e(value)}</span>')
    cue = f'<span class="fact"><span class="label">cue</span> {_e(quote.cue)}</span>' if quote.cue else ""
    relation = (f'<span class="rel" style="background:{RELATION_COLOURS.get(quote.relation, _OTHER_COLOUR)}">'
                f"{_e(quote.relation)}</span>" if quote.relation != "statement" else "")
    flags = "".join(f'<span class="flag">{flag}</span>' for flag, on in
                    (("negated", quote.negated), ("hypothetical", quote.hypothetical)) if on)
    who = f'<span class="speaker">{_e(name)}</span>' if name else '<span class="speaker none">unattributed</span>'
    return (f'<div class="card card-{_e(quote.kind)}" id="card-s{n}" data-st="s{n}">'
            f'<div class="card-head"><span class="kind kind-{_e(quote.kind)}">{_e(quote.kind)}</span>{relation}'
            f"{flags}{who}</div>"
            f'<div class="facts">{"".join(facts)}{cue}</div>'
            f'<div class="prov">{_e(quote.rule)} · confidence {quote.confidence:.2f}</div></div>')


def _claims_table(article: Article) -> str:
    if not article.claims:
        return '<p class="empty">No claims between actors were found.</p>'
    rows = []
    for claim in article.claims:
        colour = RELATION_COLOURS.get(claim.relation, _OTHER_COLOUR)
        flags = "".join(f'<span class="flag">{flag}</span>' for flag, on in
                        (("negated", claim.negated), ("hypothetical", claim.hypothetical)) if on)
        codes = " / ".join(x for x in (f"CAMEO {claim.cameo}" if claim.cameo else "", claim.plover) if x)
        rows.append(
            f'<tr id="claim-{_e(claim.id)}"><td class="actor">{_e(claim.source.name)}</td>'
            f'<td><span class="rel" style="background:{colour}">{_e(claim.relation)}</span>{flags}'
            f'<div class="codes">{_e(codes)}</div></td><td class="actor">{_e(claim.target.name)}</td>'
            f'<td class="evidence"><a href="#at-{claim.start}">{_e(claim.evidence)}</a></td></tr>')
    return ('<table class="claims"><thead><tr><th>source</th><th>relation</th><th>target</th><th>evidence</th>'
            "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def _actors_list(article: Article) -> str:
    if not article.actors:
        return ""
    names = {actor.id: actor.name for actor in article.actors}
    items = []
    for actor in sorted(article.actors, key=lambda a: (-a.mentions, a.name)):
        extra = [f"{_e(actor.type)}"]
        if actor.roles:
            extra.append(_e(", ".join(actor.roles)))
        if actor.member_of:
            extra.append("member of " + _e(", ".join(names.get(m, m) for m in actor.member_of)))
        if actor.aliases:
            extra.append("also " + _e(", ".join(actor.aliases)))
        items.append(f'<li><span class="actor">{_e(actor.name)}</span> <span class="meta">{" · ".join(extra)}'
                     "</span></li>")
    return '<h2>Actors</h2><ul class="actors">' + "".join(items) + "</ul>"


def _meta_line(article: Article) -> str:
    parts = []
    for value in (article.outlet, article.date, f"by {article.author}" if article.author else None):
        if value:
            parts.append(_e(value))
    if article.url:
        url = article.url.strip()
        link = url.lower().startswith(("http://", "https://"))
        parts.append(f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(url)}</a>' if link else _e(url))
    if article.path:
        parts.append(f"<code>{_e(article.path)}</code>")
    return " · ".join(parts)


def article_page(article: Article, text: str, *, title: str | None = None) -> str:
    """The annotated article as one self-contained HTML page.

    Args:
        article: What the pipeline found in ``text``.
        text: The text the article was analyzed from (offsets point into it).
        title: Page title; defaults to the article's title or id.

    Returns:
        The page. Statements are highlighted by kind (direct, indirect,
        mixed), cues underlined and speaker mentions in bold; beside each
        paragraph, a card per statement gives the speaker, role, affiliation,
        cue and the rule that found it. Claims follow in a table, each with
        its evidence linked to its place in the text.
    """
    quotes = sorted(article.quotes, key=lambda q: (q.start, q.end))
    paragraphs = _paragraph_spans(text)
    starts = [p[0] for p in paragraphs]
    by_paragraph: dict[int, list[int]] = defaultdict(list)
    for n, quote in enumerate(quotes):
        by_paragraph[max(0, bisect.bisect_right(starts, quote.start) - 1)].append(n)
    anchors = sorted({claim.start for claim in article.claims})
    rows = []
    for index, (start, end) in enumerate(paragraphs):
        here = [a for a in anchors if start <= a < end or (index == 0 and a < start)]
        anchor = "".join(f'<a id="at-{a}"></a>' for a in here)
        cards = "".join(_speaker_card(n + 1, quotes[n]) for n in by_paragraph.get(index, ()))
        rows.append(f'<div class="row"><p class="para">{anchor}{_segments(text, start, end, quotes)}</p>'
                    f'<div class="cards">{cards}</div></div>')
    heading = title or article.title or article.id
    kinds = {q.kind for q in quotes}
    counts = ", ".join(f"{sum(q.kind == k for q in quotes)} {k}" for k in ("direct", "indirect", "mixed") if k in kinds)
    summary = (f"{len(quotes)} statement{'s' * (len(quotes) != 1)}" + (f" ({counts})" if counts else "")
               + f", {len(article.claims)} claim{'s' * (len(article.claims) != 1)}")
    warnings = ("".join(f"<li>{_e(w)}</li>" for w in article.warnings))
    legend = "".join(f'<span class="st st-{k}">{k}</span> ' for k in ("direct", "indirect", "mixed"))
    return _ARTICLE_TEMPLATE.format(
        title=_e(heading), meta=_meta_line(article), summary=_e(summary), legend=legend,
        rows="\n".join(rows), claims=_claims_table(article), actors=_actors_list(article),
        warnings=f'<h2>Warnings</h2><ul class="warnings">{warnings}</ul>' if warnings else "",
        provenance=_e(f"{article.model} · lexicons {article.lexicons}"),
        kind_direct=KIND_COLOURS["direct"], kind_indirect=KIND_COLOURS["indirect"],
        kind_mixed=KIND_COLOURS["mixed"],
    )


_ARTICLE_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="news-attribution">
<title>{title}</title>
<style>
body {{ font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #222;
       margin: 0 auto; max-width: 1180px; padding: 1.2em 1.5em 3em; }}
h1 {{ font-size: 1.5em; margin: .2em 0; }} h2 {{ font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ddd; }}
.meta {{ color: #666; font-size: .9em; }} .summary {{ margin: .6em 0 1.2em; }}
.legend span {{ padding: 1px 6px; margin-right: 4px; border-radius: 3px; }}
.legend .cue {{ border-bottom: 2px solid #333; }} .legend .who {{ font-weight: 600; }}
.row {{ display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.2em; margin: 0 0 .6em; }}
.para {{ margin: 0; white-space: pre-wrap; }}
.st {{ border-radius: 3px; padding: 1px 0; cursor: pointer; }}
.st-direct {{ background: {kind_direct}; }} .st-indirect {{ background: {kind_indirect}; }}
.st-mixed {{ background: {kind_mixed}; }}
.cue {{ border-bottom: 2px solid #333; }} .who {{ font-weight: 600; }}
.st.hot, .card.hot {{ outline: 2px solid #e8590c; }}
.cards {{ display: flex; flex-direction: column; gap: .4em; }}
.card {{ border: 1px solid #ddd; border-left: 5px solid #999; border-radius: 4px; padding: .35em .6em;
        font-size: .85em; background: #fafafa; cursor: pointer; }}
.card-direct {{ border-left-color: #e0a800; }} .card-indirect {{ border-left-color: #4a90d9; }}
.card-mixed {{ border-left-color: #5aa02c; }}
.card-head {{ display: flex; flex-wrap: wrap; gap: .4em; align-items: baseline; }}
.speaker {{ font-weight: 700; font-size: 1.05em; }} .speaker.none {{ color: #999; font-weight: 400; }}
.kind {{ font-size: .75em; text-transform: uppercase; letter-spacing: .04em; padding: 0 5px; border-radius: 3px; }}
.kind-direct {{ background: {kind_direct}; }} .kind-indirect {{ background: {kind_indirect}; }}
.kind-mixed {{ background: {kind_mixed}; }}
.rel {{ color: #fff; font-size: .8em; padding: 0 6px; border-radius: 3px; }}
.flag {{ color: #b00; font-size: .75em; border: 1px solid #b00; border-radius: 3px; padding: 0 3px; margin-left: 3px; }}
.facts .fact {{ margin-right: .8em; }} .label {{ color: #888; font-size: .85em; }}
.prov {{ color: #999; font-size: .8em; }}
table.claims {{ border-collapse: collapse; width: 100%; font-size: .9em; }}
table.claims th, table.claims td {{ border-bottom: 1px solid #e5e5e5; padding: .35em .5em; text-align: left;
                                   vertical-align: top; }}
td.actor, span.actor {{ font-weight: 600; }} .codes {{ color: #888; font-size: .8em; }}
td.evidence a {{ color: inherit; text-decoration: none; }} td.evidence a:hover {{ text-decoration: underline; }}
ul.actors {{ columns: 2; font-size: .9em; }} .empty {{ color: #888; }}
footer {{ margin-top: 2.5em; color: #999; font-size: .8em; }}
@media (max-width: 800px) {{ .row {{ grid-template-columns: 1fr; }} ul.actors {{ columns: 1; }} }}
</style>
</head>
<body>
<header>
<h1>{title}</h1>
<div class="meta">{meta}</div>
<div class="summary">{summary} &nbsp; <span class="legend">{legend}<span class="cue">cue</span>
<span class="who">speaker</span></span></div>
</header>
<main>
<section class="article">
{rows}
</section>
<h2>Claims</h2>
{claims}
{actors}
{warnings}
</main>
<footer>Made by news-attribution · {provenance}</footer>
<script>
(function () {{
  "use strict";
  function parts(id) {{ return document.querySelectorAll('[data-st~="' + id + '"]'); }}
  function light(el, on) {{
    (el.getAttribute("data-st") || "").split(" ").forEach(function (id) {{
      if (!id) return;
      parts(id).forEach(function (p) {{ p.classList.toggle("hot", on); }});
    }});
  }}
  document.querySelectorAll(".st, .card").forEach(function (el) {{
    el.addEventListener("mouseenter", function () {{ light(el, true); }});
    el.addEventListener("mouseleave", function () {{ light(el, false); }});
  }});
  document.querySelectorAll(".st").forEach(function (el) {{
    el.addEventListener("click", function () {{
      var id = (el.getAttribute("data-st") || "").split(" ")[0];
      var card = document.getElementById("card-" + id);
      if (card) card.scrollIntoView({{block: "nearest", behavior: "smooth"}});
    }});
  }});
}})();
</script>
</body>
</html>
"""


# =========================================================================== the actor graph


@dataclass(frozen=True)
class EdgeGroup:
    """The claims of one source against one target with one relation.

    Attributes:
        source: Source actor id.
        target: Target actor id.
        relation: accuse, deny, criticize...
        claims: Each claim's evidence, article id, date and cue.
    """

    source: str
    target: str
    relation: str
    claims: tuple[Mapping[str, Any], ...]

    @property
    def count(self) -> int:
        return len(self.claims)


@dataclass(frozen=True)
class GraphView:
    """What a picture of the actor graph shows.

    Attributes:
        nodes: Actor id to its name, type, mentions and number of claims.
        edges: Claims grouped by source, target and relation.
        members: ``member_of`` links between shown actors.
    """

    nodes: Mapping[str, Mapping[str, Any]]
    edges: tuple[EdgeGroup, ...]
    members: tuple[tuple[str, str], ...]

    @property
    def n_claims(self) -> int:
        return sum(edge.count for edge in self.edges)


def graph_view(graph: nx.MultiDiGraph, *, relations: Iterable[str] | None = None, top: int = 0,
               all_actors: bool = False, membership: bool = True) -> GraphView:
    """The part of ``graph`` worth drawing.

    Args:
        graph: A graph of :func:`attribution.graph.build_graph`.
        relations: Claim relations to keep (all by default).
        top: Keep only this many actors, those in most claims (0: all).
        all_actors: Also keep actors in no claim.
        membership: Draw ``member_of`` links (people to the organisation or
            country they speak for) between the actors shown, and add the
            organisations and countries the claimants belong to.

    Returns:
        The nodes, the grouped claim edges and the membership links.
    """
    wanted = set(relations) if relations else None
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    degree: dict[str, int] = defaultdict(int)
    for u, v, data in graph.edges(data=True):
        relation = data.get("relation")
        if relation == "member_of" or relation is None or (wanted is not None and relation not in wanted):
            continue
        groups[(u, v, relation)].append({k: data.get(k) for k in ("evidence", "article_id", "date", "cue")})
        degree[u] += 1
        degree[v] += 1
    keep = set(degree) if not all_actors else set(graph.nodes)
    if top and len(keep) > top:
        keep = set(sorted(keep, key=lambda n: (-degree.get(n, 0), str(n)))[:top])
    members: set[tuple[str, str]] = set()
    if membership:
        for u, v, data in graph.edges(data=True):
            if data.get("relation") == "member_of" and u in keep and u != v:
                members.add((u, v))
        keep |= {v for _, v in members}
    nodes = {}
    for node in sorted(keep):
        data = graph.nodes[node] if node in graph else {}
        nodes[node] = {"name": data.get("name") or str(node), "type": data.get("type") or "unknown",
                       "mentions": data.get("mentions") or 0, "claims": degree.get(node, 0)}
    edges = tuple(EdgeGroup(u, v, r, tuple(c)) for (u, v, r), c in sorted(groups.items())
                  if u in keep and v in keep)
    return GraphView(nodes=MappingProxyType(nodes), edges=edges, members=tuple(sorted(members)))


def graph_layout(view: GraphView, *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions of the nodes in [-1, 1]², claims pulling harder than membership (deterministic).

    Each connected group of actors is laid out on its own (spring layout) and
    the groups are packed in rows, largest first, so that unrelated stories
    do not push each other to the corners.
    """
    simple = nx.Graph()
    simple.add_nodes_from(view.nodes)
    for edge in view.edges:
        if edge.source != edge.target:
            weight = simple.get_edge_data(edge.source, edge.target, {}).get("weight", 0)
            simple.add_edge(edge.source, edge.target, weight=weight + 1 + math.log(edge.count))
    for u, v in view.members:
        if not simple.has_edge(u, v):
            simple.add_edge(u, v, weight=0.6)
    if len(simple) == 0:
        return {}
    groups = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[dict[str, tuple[float, float]], float]] = []
    for group in groups:
        local = _spring(simple.subgraph(group), seed=seed)
        placed.append((local, math.sqrt(len(group))))
    diameters = [2 * radius + 1.0 for _, radius in placed]
    row_width = max(max(diameters), math.sqrt(sum(d * d for d in diameters)) * 1.1)
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for (local, radius), diameter in zip(placed, diameters, strict=True):
        if x > 0 and x + diameter > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        cx, cy = x + diameter / 2, y - diameter / 2
        for node, (px, py) in local.items():
            pos[node] = (cx + px * radius, cy + py * radius)
        x += diameter
        row_height = max(row_height, diameter)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    scale = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    return {node: ((px - cx) / scale, (py - cy) / scale) for node, (px, py) in pos.items()}


def _spring(graph: nx.Graph, *, seed: int) -> dict[str, tuple[float, float]]:
    """A spring layout of one connected graph, centred, in [-1, 1]²."""
    n = len(graph)
    if n == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    try:
        pos = nx.spring_layout(graph, k=2.2 / math.sqrt(n), iterations=200, seed=seed, weight="weight")
    except ImportError:  # networkx needs scipy beyond 500 nodes
        pos = nx.circular_layout(graph)
    xs = [float(p[0]) for p in pos.values()]
    ys = [float(p[1]) for p in pos.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    scale = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    return {node: ((float(p[0]) - cx) / scale, (float(p[1]) - cy) / scale) for node, p in pos.items()}


def _curvatures(view: GraphView) -> list[float]:
    """A bend for each edge group, so that groups between the same two actors do not overlap."""
    seen: dict[tuple[str, str], int] = defaultdict(int)
    pairs: dict[frozenset[str], int] = defaultdict(int)
    for edge in view.edges:
        pairs[frozenset((edge.source, edge.target))] += 1
    bends = []
    for edge in view.edges:
        i = seen[(edge.source, edge.target)]
        seen[(edge.source, edge.target)] += 1
        shared = pairs[frozenset((edge.source, edge.target))] > 1
        bends.append(0.0 if not shared and i == 0 else 0.12 + 0.14 * i)
    return bends


def _width(count: int) -> float:
    return 1.2 + 1.8 * math.log2(count) if count > 1 else 1.2


def _wrap(name: str, width: int = 18) -> str:
    words, lines, line = name.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


def draw_graph(view: GraphView, *, title: str | None = None, ax: Any = None, seed: int = 7) -> Any:
    """Draw the actor graph with matplotlib; returns the Figure.

    Accusations are red, denials blue (other relations in
    :data:`RELATION_COLOURS`); an arrow's width grows with the number of
    claims it stands for; node fill gives the actor type and size the
    mentions; dashed grey lines tie members to what they belong to.

    Args:
        view: What to draw (:func:`graph_view`).
        title: Title above the graph.
        ax: A matplotlib Axes to draw into (a new figure when None), e.g. in a notebook.
        seed: Seed of the layout.
    """
    from matplotlib import pyplot as plt  # heavy, needed only for pictures
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    pos = graph_layout(view, seed=seed)
    n = len(view.nodes)
    if ax is None:
        side = min(16.0, 6.5 + 0.18 * n)
        fig, ax = plt.subplots(figsize=(side * 1.25 + 2.0, side))
    else:
        fig = ax.figure
    ax.set_axis_off()
    if title:
        ax.set_title(title, fontsize=13)
    if not view.nodes:
        ax.text(0.5, 0.5, "No claims between actors", ha="center", va="center", fontsize=14, color="#777",
                transform=ax.transAxes)
        return fig
    drawn = nx.MultiDiGraph()
    drawn.add_nodes_from(view.nodes)
    nodelist = list(view.nodes)
    sizes = [500 + 160 * math.sqrt(view.nodes[v]["mentions"] or 1) for v in nodelist]
    nx.draw_networkx_nodes(drawn, pos, nodelist=nodelist, node_size=sizes, ax=ax, linewidths=1.0,
                           node_color=[TYPE_COLOURS.get(view.nodes[v]["type"], TYPE_COLOURS["unknown"])
                                       for v in nodelist], edgecolors="#555")
    for u, v in view.members:
        nx.draw_networkx_edges(drawn, pos, edgelist=[(u, v)], nodelist=nodelist, node_size=sizes, ax=ax,
                               style="dashed", edge_color=_MEMBER_COLOUR, width=1.0, arrows=True,
                               arrowstyle="-", connectionstyle="arc3,rad=0.0")
    for edge, bend in zip(view.edges, _curvatures(view), strict=True):
        colour = RELATION_COLOURS.get(edge.relation, _OTHER_COLOUR)
        width = _width(edge.count)
        nx.draw_networkx_edges(drawn, pos, edgelist=[(edge.source, edge.target)], nodelist=nodelist,
                               node_size=sizes, ax=ax, edge_color=colour, width=width, arrows=True,
                               arrowstyle="-|>", arrowsize=14 + 3 * width, connectionstyle=f"arc3,rad={bend}",
                               min_source_margin=6, min_target_margin=6)
        if edge.count > 1:
            (x1, y1), (x2, y2) = pos[edge.source], pos[edge.target]
            mx, my = (x1 + x2) / 2 + bend * (y2 - y1) / 2, (y1 + y2) / 2 - bend * (x2 - x1) / 2
            ax.text(mx, my, f"×{edge.count}", color=colour, fontsize=9, ha="center", va="center",
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85})
    for v, size in zip(nodelist, sizes, strict=True):
        ax.annotate(_wrap(view.nodes[v]["name"]), pos[v], xytext=(0, -(math.sqrt(size) / 2 + 3)),
                    textcoords="offset points", ha="center", va="top", fontsize=10, zorder=5,
                    bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.8})
    relations = [r for r in RELATION_COLOURS if any(e.relation == r for e in view.edges)]
    relations += sorted({e.relation for e in view.edges} - set(RELATION_COLOURS))
    handles = [Line2D([0], [0], color=RELATION_COLOURS.get(r, _OTHER_COLOUR), lw=3, label=r) for r in relations]
    if view.members:
        handles.append(Line2D([0], [0], color=_MEMBER_COLOUR, lw=1, ls="--", label="member of"))
    types = sorted({data["type"] for data in view.nodes.values()})
    handles += [Patch(facecolor=TYPE_COLOURS.get(t, TYPE_COLOURS["unknown"]), edgecolor="#555", label=t)
                for t in types]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=10, frameon=False,
              title="arrow width: number of claims", title_fontsize=9, alignment="left")
    ax.margins(0.12)
    return fig


def graph_page(view: GraphView, *, title: str = "Actor graph", seed: int = 7) -> str:
    """The actor graph as an interactive self-contained HTML page (SVG and a small script, nothing fetched).

    Drag actors to move them, drag the background to pan, scroll to zoom;
    hover an arrow for its claims and their evidence; click an actor to see
    its claims and dim the rest; tick relations on and off.
    """
    pos = graph_layout(view, seed=seed)
    nodes = [{"id": node, "name": data["name"], "type": data["type"], "mentions": data["mentions"],
              "claims": data["claims"], "x": round(pos[node][0], 4), "y": round(pos[node][1], 4),
              "fill": TYPE_COLOURS.get(data["type"], TYPE_COLOURS["unknown"])}
             for node, data in view.nodes.items()]
    edges = [{"source": e.source, "target": e.target, "relation": e.relation, "count": e.count, "bend": bend,
              "width": round(_width(e.count), 2), "colour": RELATION_COLOURS.get(e.relation, _OTHER_COLOUR),
              "claims": [dict(c) for c in e.claims]}
             for e, bend in zip(view.edges, _curvatures(view), strict=True)]
    members = [{"source": u, "target": v} for u, v in view.members]
    relations = [{"relation": r, "colour": RELATION_COLOURS.get(r, _OTHER_COLOUR),
                  "count": sum(e.count for e in view.edges if e.relation == r)}
                 for r in dict.fromkeys(e.relation for e in view.edges)]
    data = {"nodes": nodes, "edges": edges, "members": members, "relations": relations}
    summary = (f"{view.n_claims} claim{'s' * (view.n_claims != 1)} between {len(view.nodes)} "
               f"actor{'s' * (len(view.nodes) != 1)}")
    return _GRAPH_TEMPLATE.replace("%TITLE%", _e(title)).replace("%SUMMARY%", _e(summary)).replace(
        "%DATA%", _script_json(data))


def write_graph(view: GraphView, path: PathType, *, title: str | None = None, seed: int = 7) -> Path:
    """Write the graph picture to ``path``: ``.png``, ``.svg``, ``.pdf`` (matplotlib) or ``.html`` (interactive).

    Raises:
        RenderError: The suffix is none of those.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in GRAPH_SUFFIXES:
        raise RenderError(f"cannot write a graph as {suffix or 'a file without suffix'!r}: use one of "
                          f"{', '.join(GRAPH_SUFFIXES)}")
    if suffix == ".html":
        path.write_text(graph_page(view, title=title or "Actor graph", seed=seed), encoding="utf-8")
        return path
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    fig = draw_graph(view, title=title, seed=seed)
    try:
        fig.savefig(path, dpi=150, bbox_inches="tight", facecolor="white",
                    metadata={"Software": "news-attribution"} if suffix == ".png" else None)
    finally:
        plt.close(fig)
    return path


_GRAPH_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="news-attribution">
<title>%TITLE%</title>
<style>
html, body { margin: 0; height: 100%; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto,
             "DejaVu Sans", sans-serif; color: #222; }
#app { display: grid; grid-template-columns: minmax(0, 1fr) 340px; height: 100%; }
#stage { position: relative; overflow: hidden; background: #fcfcfc; }
svg { width: 100%; height: 100%; display: block; cursor: grab; user-select: none; }
svg.panning { cursor: grabbing; }
header { position: absolute; top: 10px; left: 14px; pointer-events: none; }
header h1 { font-size: 17px; margin: 0; } header .summary { color: #666; font-size: 13px; }
#filters { position: absolute; bottom: 10px; left: 14px; background: rgba(255,255,255,.9); padding: 6px 8px;
           border: 1px solid #ddd; border-radius: 4px; font-size: 13px; }
#filters label { margin-right: 10px; white-space: nowrap; cursor: pointer; }
#filters .swatch { display: inline-block; width: 18px; height: 4px; vertical-align: middle; margin: 0 3px; }
#filters .hint { color: #888; font-size: 12px; margin-top: 3px; }
aside { border-left: 1px solid #ddd; padding: 12px 14px; overflow-y: auto; background: #fff; }
aside h2 { font-size: 15px; margin: 0 0 6px; } aside .muted { color: #888; }
aside ul { padding-left: 0; list-style: none; margin: 0; }
aside li { margin: 0 0 10px; padding-left: 8px; border-left: 4px solid #ccc; }
aside .who { font-weight: 600; } aside .ev { color: #444; font-size: 13px; }
aside .src { color: #999; font-size: 12px; }
.node circle { stroke: #555; stroke-width: 1.2; cursor: move; }
.node text { font-size: 14px; pointer-events: none; text-anchor: middle; dominant-baseline: central;
             paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.edge { fill: none; cursor: pointer; } .edge:hover { filter: brightness(1.25); }
.member { fill: none; stroke: #9e9e9e; stroke-dasharray: 5 4; stroke-width: 1; }
.dim { opacity: .12; } .sel circle { stroke: #e8590c; stroke-width: 3; }
#tip { position: absolute; display: none; max-width: 360px; background: #fff; border: 1px solid #bbb;
       border-radius: 4px; padding: 6px 8px; font-size: 12.5px; box-shadow: 0 2px 6px rgba(0,0,0,.15);
       pointer-events: none; }
@media (max-width: 800px) { #app { grid-template-columns: 1fr; grid-template-rows: 65% 35%; }
  aside { border-left: 0; border-top: 1px solid #ddd; } }
</style>
</head>
<body>
<div id="app">
<div id="stage">
<svg id="graph" viewBox="-560 -520 1120 1060" role="img" aria-label="%TITLE%"><defs id="markers"></defs>
<g id="members"></g><g id="edges"></g><g id="nodes"></g></svg>
<header><h1>%TITLE%</h1><div class="summary">%SUMMARY%</div></header>
<div id="filters"></div>
<div id="tip"></div>
</div>
<aside id="panel"><h2>Actors</h2><p class="muted">Click an actor to see its claims; hover an arrow for the
evidence. Drag actors to move them, drag the background to pan, scroll to zoom.</p><ul id="actors"></ul></aside>
</div>
<script id="graph-data" type="application/json">%DATA%</script>
<script>
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var svg = document.getElementById("graph");
  var byId = {};
  var hidden = {};
  var selected = null;
  var SPREAD = 420;  // layout positions are in [-1, 1]; the SVG works in pixels
  data.nodes.forEach(function (n) {
    n.x *= SPREAD; n.y *= SPREAD; n.r = 14 + 4 * Math.sqrt(Math.max(n.mentions, 1)); byId[n.id] = n;
  });

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function html(tag, text, cls, parent) {
    var e = document.createElement(tag);
    if (text !== null && text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    if (parent) parent.appendChild(e);
    return e;
  }

  var defs = document.getElementById("markers");
  data.relations.forEach(function (r, i) {
    var m = el("marker", {id: "arrow-" + i, viewBox: "0 0 10 10", refX: "9", refY: "5", markerWidth: "5",
                          markerHeight: "5", orient: "auto-start-reverse", markerUnits: "strokeWidth"}, defs);
    el("path", {d: "M 0 0 L 10 5 L 0 10 z", fill: r.colour}, m);
    r.marker = "url(#arrow-" + i + ")";
  });
  var markerOf = {};
  data.relations.forEach(function (r) { markerOf[r.relation] = r.marker; });

  function geometry(a, b, bend, pad) {
    var dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy) || 1e-6;
    var mx = (a.x + b.x) / 2 + bend * dy, my = (a.y + b.y) / 2 - bend * dx;
    function toward(p, q, r) {
      var ux = q[0] - p.x, uy = q[1] - p.y, l = Math.sqrt(ux * ux + uy * uy) || 1e-6;
      return [p.x + ux / l * r, p.y + uy / l * r];
    }
    var s = toward(a, [mx, my], a.r + 2), t = toward(b, [mx, my], b.r + pad);
    return "M " + s[0] + " " + s[1] + " Q " + mx + " " + my + " " + t[0] + " " + t[1];
  }

  var edgeLayer = document.getElementById("edges");
  var memberLayer = document.getElementById("members");
  var nodeLayer = document.getElementById("nodes");
  var tip = document.getElementById("tip");
  var stage = document.getElementById("stage");

  data.members.forEach(function (m) {
    m.path = el("path", {"class": "member"}, memberLayer);
  });
  data.edges.forEach(function (e) {
    e.path = el("path", {"class": "edge", stroke: e.colour, "stroke-width": e.width * 1.5,
                         "marker-end": markerOf[e.relation]}, edgeLayer);
    e.path.addEventListener("mousemove", function (ev) { showTip(ev, e); });
    e.path.addEventListener("mouseleave", function () { tip.style.display = "none"; });
  });
  data.nodes.forEach(function (n) {
    n.g = el("g", {"class": "node"}, nodeLayer);
    n.circle = el("circle", {r: n.r, fill: n.fill}, n.g);
    n.label = el("text", {}, n.g);
    n.label.textContent = n.name;
    n.title = el("title", {}, n.g);
    n.title.textContent = n.name + " (" + n.type + ")";
    n.g.addEventListener("pointerdown", function (ev) { startDrag(ev, n); });
    n.g.addEventListener("click", function (ev) { ev.stopPropagation(); if (!n.moved) select(n); });
  });

  function place() {
    data.nodes.forEach(function (n) {
      n.circle.setAttribute("cx", n.x); n.circle.setAttribute("cy", n.y);
      n.label.setAttribute("x", n.x); n.label.setAttribute("y", n.y + n.r + 11);
    });
    data.members.forEach(function (m) {
      var a = byId[m.source], b = byId[m.target];
      m.path.setAttribute("d", geometry(a, b, 0, 0));
    });
    data.edges.forEach(function (e) {
      var a = byId[e.source], b = byId[e.target];
      if (a === b) {
        var r = a.r;
        e.path.setAttribute("d", "M " + (a.x - r * 0.5) + " " + (a.y - r * 0.9) + " C " + (a.x - r * 2) + " " +
          (a.y - r * 3) + " " + (a.x + r * 2) + " " + (a.y - r * 3) + " " + (a.x + r * 0.5) + " " + (a.y - r * 0.9));
      } else {
        e.path.setAttribute("d", geometry(a, b, e.bend, 3 + e.width * 1.5));
      }
    });
  }

  function showTip(ev, e) {
    tip.textContent = "";
    html("div", byId[e.source].name + " " + e.relation + " " + byId[e.target].name +
         (e.count > 1 ? " (" + e.count + " claims)" : ""), "who", tip);
    e.claims.slice(0, 4).forEach(function (c) { html("div", "“" + (c.evidence || "") + "”", "ev", tip); });
    if (e.claims.length > 4) html("div", "… and " + (e.claims.length - 4) + " more", "src", tip);
    var box = stage.getBoundingClientRect();
    tip.style.left = Math.min(ev.clientX - box.left + 12, box.width - 370) + "px";
    tip.style.top = (ev.clientY - box.top + 12) + "px";
    tip.style.display = "block";
  }

  function visible(e) { return !hidden[e.relation]; }
  function refresh() {
    data.edges.forEach(function (e) {
      var on = visible(e) && (!selected || e.source === selected.id || e.target === selected.id);
      e.path.style.display = visible(e) ? "" : "none";
      e.path.classList.toggle("dim", !on);
    });
    var near = {};
    if (selected) {
      near[selected.id] = true;
      data.edges.forEach(function (e) {
        if (visible(e) && (e.source === selected.id || e.target === selected.id)) {
          near[e.source] = near[e.target] = true;
        }
      });
    }
    data.nodes.forEach(function (n) {
      n.g.classList.toggle("dim", !!selected && !near[n.id]);
      n.g.classList.toggle("sel", selected === n);
    });
    data.members.forEach(function (m) { m.path.classList.toggle("dim", !!selected); });
    list();
  }

  function claimItem(e, ul) {
    e.claims.forEach(function (c) {
      var li = html("li", null, null, ul);
      li.style.borderLeftColor = e.colour;
      html("div", byId[e.source].name + " " + e.relation + " " + byId[e.target].name, "who", li);
      html("div", "“" + (c.evidence || "") + "”", "ev", li);
      html("div", [c.article_id, c.date].filter(Boolean).join(" · "), "src", li);
    });
  }
  function list() {
    var ul = document.getElementById("actors");
    var heading = document.querySelector("#panel h2");
    ul.textContent = "";
    if (selected) {
      heading.textContent = selected.name;
      data.edges.forEach(function (e) {
        if (visible(e) && (e.source === selected.id || e.target === selected.id)) claimItem(e, ul);
      });
      var back = html("li", "Show all actors", "muted", ul);
      back.style.cursor = "pointer";
      back.addEventListener("click", function () { select(null); });
      return;
    }
    heading.textContent = "Actors";
    data.nodes.slice().sort(function (a, b) { return b.claims - a.claims || a.name.localeCompare(b.name); })
      .forEach(function (n) {
        var li = html("li", null, null, ul);
        li.style.borderLeftColor = n.fill;
        li.style.cursor = "pointer";
        html("span", n.name, "who", li);
        html("span", " " + n.type + " · " + n.claims + " claim" + (n.claims === 1 ? "" : "s"), "src", li);
        li.addEventListener("click", function () { select(n); });
      });
  }
  function select(n) { selected = (n && selected !== n) ? n : null; refresh(); }

  var filters = document.getElementById("filters");
  data.relations.forEach(function (r) {
    var label = html("label", null, null, filters);
    var box = html("input", null, null, label);
    box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () { hidden[r.relation] = !box.checked; refresh(); });
    var sw = html("span", null, "swatch", label);
    sw.style.background = r.colour;
    label.appendChild(document.createTextNode(r.relation + " (" + r.count + ")"));
  });
  if (data.members.length) {
    var m = html("label", null, null, filters);
    var sw = html("span", null, "swatch", m);
    sw.style.borderTop = "2px dashed #9e9e9e"; sw.style.height = "0";
    m.appendChild(document.createTextNode("member of"));
  }
  html("div", "arrow width: number of claims", "hint", filters);

  // drag, pan and zoom, in SVG user units
  var view = svg.viewBox.baseVal;
  function point(ev) {
    var p = svg.createSVGPoint(); p.x = ev.clientX; p.y = ev.clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }
  var drag = null;
  function startDrag(ev, n) {
    ev.stopPropagation();
    var p = point(ev);
    drag = {node: n, dx: n.x - p.x, dy: n.y - p.y};
    n.moved = false;
    svg.setPointerCapture(ev.pointerId);
  }
  svg.addEventListener("pointerdown", function (ev) {
    drag = {pan: true, x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y};
    svg.classList.add("panning");
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    if (drag.node) {
      var p = point(ev);
      drag.node.x = p.x + drag.dx; drag.node.y = p.y + drag.dy; drag.node.moved = true;
      place();
    } else {
      var k = view.width / svg.getBoundingClientRect().width;
      view.x = drag.vx - (ev.clientX - drag.x) * k; view.y = drag.vy - (ev.clientY - drag.y) * k;
    }
  });
  function endDrag() { drag = null; svg.classList.remove("panning"); }
  svg.addEventListener("pointerup", endDrag);
  svg.addEventListener("pointercancel", endDrag);
  svg.addEventListener("click", function () { if (selected) select(null); });
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = point(ev), f = ev.deltaY > 0 ? 1.12 : 1 / 1.12;
    view.x = p.x - (p.x - view.x) * f; view.y = p.y - (p.y - view.y) * f;
    view.width *= f; view.height *= f;
  }, {passive: false});

  if (!data.nodes.length) {
    var t = el("text", {x: 0, y: 0, "text-anchor": "middle", "font-size": 28, fill: "#888"}, nodeLayer);
    t.textContent = "No claims between actors";
  }
  function fit() {
    if (!data.nodes.length) return;
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    data.nodes.forEach(function (n) {
      var half = Math.max(n.r, n.name.length * 4.2);
      x0 = Math.min(x0, n.x - half); x1 = Math.max(x1, n.x + half);
      y0 = Math.min(y0, n.y - n.r); y1 = Math.max(y1, n.y + n.r + 20);
    });
    var pad = 40;
    view.x = x0 - pad; view.y = y0 - pad - 50; view.width = x1 - x0 + 2 * pad; view.height = y1 - y0 + 2 * pad + 90;
  }
  fit();
  place();
  refresh();
})();
</script>
</body>
</html>
"""
