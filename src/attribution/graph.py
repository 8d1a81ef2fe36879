"""The actor graph: who accuses, denies, criticizes... whom.

Stage: after the records; never imports spaCy. Nodes are actors; each claim
is an edge of a :class:`networkx.MultiDiGraph`, and ``member_of`` edges tie
people to the organisations and countries they speak for.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from .records import Article
from .tables import merge_actors


def build_graph(articles: Iterable[Article], *, include_flagged: bool = False,
                membership: bool = True) -> nx.MultiDiGraph:
    """One graph of every claim in ``articles``.

    Args:
        articles: Analyzed articles.
        include_flagged: Keep negated and hypothetical claims (left out by default).
        membership: Add ``member_of`` edges from people to what they speak for.

    Returns:
        Nodes keyed by actor id with name, type, aliases, country and mentions;
        one edge per claim, keyed by claim id, with relation, CAMEO and PLOVER
        codes, evidence, article id, offsets, date, confidence and rule.
    """
    articles = list(articles)
    graph = nx.MultiDiGraph()
    for actor, seen in merge_actors(articles).values():
        graph.add_node(actor.id, name=actor.name, type=actor.type, aliases=list(actor.aliases),
                       roles=list(actor.roles), country=actor.country, mentions=actor.mentions,
                       articles=len(seen))
        if membership:
            for parent in actor.member_of:
                graph.add_edge(actor.id, parent, key=f"member:{actor.id}:{parent}", relation="member_of")
    for article in articles:
        for claim in article.claims:
            if (claim.negated or claim.hypothetical) and not include_flagged:
                continue
            for ref in (claim.source, claim.target):
                if ref.id not in graph:
                    graph.add_node(ref.id, name=ref.name, type=ref.type, aliases=[], roles=[], country=None,
                                   mentions=0, articles=1)
            graph.add_edge(claim.source.id, claim.target.id, key=claim.id, relation=claim.relation,
                           cameo=claim.cameo, plover=claim.plover, cue=claim.cue, evidence=claim.evidence,
                           article_id=article.id, start=claim.start, end=claim.end, date=claim.date or article.date,
                           confidence=claim.confidence, rule=claim.rule, negated=claim.negated,
                           hypothetical=claim.hypothetical, quote_id=claim.quote_id,
                           responds_to=claim.responds_to)
    return graph
