"""The actor graph: who accuses, denies, criticizes... whom.

Stage: after the records and the corpus actors; never imports spaCy. Nodes
are corpus actors (:mod:`attribution.actors`); each claim is an edge of a
:class:`networkx.MultiDiGraph` keyed by its claim id, and ``member_of`` edges
tie people to the organisations they speak for and organisations to their
countries. :func:`aggregate` folds the claims into one weighted edge per
source, target and relation, at the level of actors, organisations or
countries.

Negated and hypothetical claims ("did not accuse", "may endorse") stay out
unless asked for.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

from .actors import LEVELS, ActorIndex, resolve_actors
from .records import Actor, Article, Claim

MEMBER_OF = "member_of"
#: Node attributes, in the order exports write them.
NODE_ATTRIBUTES = ("name", "type", "aliases", "alias_kinds", "roles", "country", "mentions", "articles")
#: Attributes of a claim edge, in the order exports write them.
EDGE_ATTRIBUTES = ("relation", "cameo", "plover", "cue", "evidence", "quote", "quote_id", "article_id", "start",
                   "end", "date", "confidence", "rule", "negated", "hypothetical", "responds_to", "weight")


def build_graph(articles: Iterable[Article], *, include_flagged: bool = False, membership: bool = True,
                actors: ActorIndex | None = None) -> nx.MultiDiGraph:
    """One graph of every claim in ``articles``.

    Args:
        articles: Analyzed articles.
        include_flagged: Keep negated and hypothetical claims (left out by default).
        membership: Add ``member_of`` edges (person -> organisation -> country).
        actors: The corpus actors, if already resolved (else resolved here).

    Returns:
        Nodes keyed by corpus actor id with name, type, aliases (and how each
        names the actor: ``alias_kinds``), roles, country, mentions and
        articles; one edge per claim, keyed by claim id, with relation, CAMEO
        and PLOVER codes, cue, evidence sentence, quote, article id, offsets,
        date, confidence, rule and flags; ``member_of`` edges keyed
        ``member_of:<child>:<parent>``.
    """
    if actors is None:  # two passes: the actors first
        articles = articles if isinstance(articles, list) else list(articles)
        actors = resolve_actors(articles)
    graph = nx.MultiDiGraph()
    graph.add_nodes_from((actor.id, node_attributes(actor)) for actor in actors)
    if membership:
        graph.add_edges_from(
            (actor.id, parent, f"{MEMBER_OF}:{actor.id}:{parent}", {"relation": MEMBER_OF, "weight": 1})
            for actor in actors for parent in actor.member_of if parent in graph)
    graph.add_edges_from(_claim_edges(articles, actors, include_flagged, graph))
    return graph


def node_attributes(actor: Actor) -> dict[str, Any]:
    """The node attributes of an actor."""
    return {
        "name": actor.name, "type": actor.type, "aliases": list(actor.aliases),
        "alias_kinds": [f"{a.name} ({a.kind})" for a in actor.alias_kinds], "roles": list(actor.roles),
        "country": actor.country, "mentions": actor.mentions, "articles": actor.articles,
    }


def claims_of(article: Article, *, include_flagged: bool = False) -> tuple[Claim, ...]:
    """An article's claims, with the negated and hypothetical ones if asked."""
    return article.claims + article.flagged_claims if include_flagged else article.claims


def _claim_edges(articles: Iterable[Article], actors: ActorIndex, include_flagged: bool,
                 graph: nx.MultiDiGraph) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    for article in articles:
        quotes = {q.id: q.text for q in article.quotes}
        for claim in claims_of(article, include_flagged=include_flagged):
            source = actors.canonical(article.id, claim.source.id)
            target = actors.canonical(article.id, claim.target.id)
            for node, ref in ((source, claim.source), (target, claim.target)):
                if node not in graph:  # an actor the article did not list
                    graph.add_node(node, **node_attributes(Actor(id=node, name=ref.name, type=ref.type)))
            yield source, target, claim.id, {
                "relation": claim.relation, "cameo": claim.cameo, "plover": claim.plover, "cue": claim.cue,
                "evidence": claim.evidence, "quote": quotes.get(claim.quote_id or ""), "quote_id": claim.quote_id,
                "article_id": article.id, "start": claim.start, "end": claim.end,
                "date": claim.date or article.date, "confidence": claim.confidence, "rule": claim.rule,
                "negated": claim.negated, "hypothetical": claim.hypothetical, "responds_to": claim.responds_to,
                "weight": 1,
            }


def roll_up(graph: nx.MultiDiGraph, node: str, level: str) -> str:
    """The node at ``level`` a node counts for, following ``member_of`` edges of the graph.

    ``"organisation"``: the nearest organisation or group it belongs to (itself
    if it is an organisation or country, or belongs to none); ``"country"``:
    its country, else as for organisation.

    Raises:
        ValueError: An unknown level.
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; expected one of {', '.join(LEVELS)}")
    if level == "actor" or node not in graph:
        return node
    chain, seen = [node], {node}
    while True:
        parents = [v for _, v, data in graph.out_edges(chain[-1], data=True)
                   if data.get("relation") == MEMBER_OF and v not in seen]
        if not parents:
            break
        chain.append(parents[0])
        seen.add(parents[0])
    kinds = [graph.nodes[n].get("type") for n in chain]
    if level == "country" and "country" in kinds:
        return chain[kinds.index("country")]
    if kinds[0] in ("organisation", "country"):
        return node
    for n, kind in zip(chain[1:], kinds[1:]):
        if kind in ("organisation", "group"):
            return n
    return node


def aggregate(graph: nx.MultiDiGraph, *, level: str = "actor", self_loops: bool = False) -> nx.MultiDiGraph:
    """The corpus view: one edge per (source, target, relation) with its weight.

    Args:
        graph: A graph from :func:`build_graph` (or read back from an export).
        level: actor, organisation or country: claims between people are
            counted for the organisations or countries they belong to.
        self_loops: Keep claims that roll up onto one node (a U.S. official
            criticizing the U.S. Congress, at country level).

    Returns:
        Nodes at that level with their attributes; edges keyed by relation with
        ``weight`` (number of claims), ``articles`` (number of articles),
        ``first_date``, ``last_date``, ``cameo`` (the most common code),
        ``confidence`` (mean) and ``claims`` (their ids, joined by ``;``).
    """
    rolled: dict[str, str] = {}
    buckets: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, key, data in graph.edges(keys=True, data=True):
        relation = data.get("relation")
        if relation == MEMBER_OF:
            continue
        a = rolled.setdefault(u, roll_up(graph, u, level))
        b = rolled.setdefault(v, roll_up(graph, v, level))
        if a == b and not self_loops:
            continue
        buckets[(a, b, relation)].append({**data, "id": key})
    view = nx.MultiDiGraph(level=level)
    for (a, b, relation), items in buckets.items():
        for node in (a, b):
            if node not in view:
                view.add_node(node, **graph.nodes[node])
        dates = sorted(str(i["date"]) for i in items if i.get("date"))
        cameo = Counter(i.get("cameo") or "" for i in items).most_common(1)[0][0]
        view.add_edge(a, b, key=relation, relation=relation, weight=len(items),
                      articles=len({i.get("article_id") for i in items}), cameo=cameo,
                      first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
                      confidence=round(sum(float(i.get("confidence") or 0) for i in items) / len(items), 3),
                      claims=";".join(str(i["id"]) for i in items))
    return view
