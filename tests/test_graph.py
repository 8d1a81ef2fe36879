"""The actor graph and its aggregated, rolled-up view."""

from __future__ import annotations

import pytest

from attribution.graph import MEMBER_OF, aggregate, build_graph, roll_up
from attribution.records import Actor, ActorRef, Article, Claim

BERGNER = Actor("person:kevin-bergner", "Kevin Bergner", "person", aliases=("Bergner",),
                member_of=("org:us-military",), mentions=3)
MILITARY = Actor("org:us-military", "U.S. military", "organisation", member_of=("country:USA",), mentions=2)
USA = Actor("country:USA", "United States", "country", mentions=1)
IRAN = Actor("country:IRN", "Iran", "country", mentions=4)
NAJJAR = Actor("person:mostafa-najjar", "Mostafa Najjar", "person", member_of=("country:IRN",), mentions=1)


def _claim(id, relation, source, target, **kw):
    return Claim(id=id, relation=relation, source=ActorRef(source.id, source.name, source.type),
                 target=ActorRef(target.id, target.name, target.type), evidence=f"evidence of {id}", start=0,
                 end=10, cameo="112" if relation == "accuse" else "016", **kw)


@pytest.fixture(scope="module")
def articles():
    return [
        Article(id="a1", date="2007-06-11", actors=(BERGNER, MILITARY, USA, IRAN, NAJJAR), claims=(
            _claim("a1:c1", "accuse", BERGNER, IRAN), _claim("a1:c2", "accuse", MILITARY, IRAN),
            _claim("a1:c3", "deny", NAJJAR, USA, responds_to="a1:c2")),
            flagged_claims=(_claim("a1:c4", "accuse", IRAN, USA, negated=True),)),
        Article(id="a2", date="2007-06-12", actors=(BERGNER, IRAN), claims=(_claim("a2:c1", "accuse", BERGNER, IRAN),)),
    ]


def test_nodes_and_claim_edges_carry_their_attributes(articles):
    graph = build_graph(articles)
    bergner = graph.nodes["person:kevin-bergner"]
    assert (bergner["name"], bergner["type"], bergner["aliases"], bergner["mentions"], bergner["articles"]) == (
        "Kevin Bergner", "person", ["Bergner"], 6, 2)
    edge = graph.edges["person:kevin-bergner", "country:IRN", "a2:c1"]
    assert edge["relation"] == "accuse" and edge["cameo"] == "112" and edge["article_id"] == "a2"
    assert edge["date"] == "2007-06-12" and edge["evidence"] == "evidence of a2:c1"
    assert graph.edges["person:mostafa-najjar", "country:USA", "a1:c3"]["responds_to"] == "a1:c2"


def test_flagged_claims_stay_out_unless_asked(articles):
    assert not build_graph(articles).has_edge("country:IRN", "country:USA")
    assert build_graph(articles, include_flagged=True).has_edge("country:IRN", "country:USA", "a1:c4")


def test_membership_edges(articles):
    graph = build_graph(articles)
    assert graph.edges["person:kevin-bergner", "org:us-military",
                       "member_of:person:kevin-bergner:org:us-military"]["relation"] == MEMBER_OF
    assert not build_graph(articles, membership=False).has_edge("person:kevin-bergner", "org:us-military")


def test_roll_up_follows_membership(articles):
    graph = build_graph(articles)
    assert roll_up(graph, "person:kevin-bergner", "organisation") == "org:us-military"
    assert roll_up(graph, "person:kevin-bergner", "country") == "country:USA"
    assert roll_up(graph, "person:mostafa-najjar", "country") == "country:IRN"


def test_aggregated_view_weights_edges(articles):
    view = aggregate(build_graph(articles), level="actor")
    edge = view.edges["person:kevin-bergner", "country:IRN", "accuse"]
    assert (edge["weight"], edge["articles"], edge["first_date"], edge["last_date"]) == (2, 2, "2007-06-11", "2007-06-12")
    countries = aggregate(build_graph(articles), level="country")
    assert countries.edges["country:USA", "country:IRN", "accuse"]["weight"] == 3
    assert countries.edges["country:IRN", "country:USA", "deny"]["weight"] == 1
    assert countries.nodes["country:USA"]["name"] == "United States"
