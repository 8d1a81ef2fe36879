"""Corpus actors: merging across articles, aliases, membership and roll-up."""

from __future__ import annotations

import pytest

from attribution.actors import alias_kind, resolve_actors
from attribution.records import Actor, Article


def _article(id: str, *actors: Actor) -> Article:
    return Article(id=id, actors=actors)


@pytest.fixture(scope="module")
def corpus(lexicons, gazetteer):
    articles = [
        _article("a1", Actor("person:hillary-clinton", "Hillary Clinton", "person", aliases=("Clinton",), mentions=3),
                 Actor("person:bill-clinton", "Bill Clinton", "person", mentions=1)),
        _article("a2", Actor("person:hillary-rodham-clinton", "Hillary Rodham Clinton", "person", mentions=2)),
        _article("a3", Actor("person:clinton", "Clinton", "person", aliases=("she",), mentions=4)),
        _article("a4", Actor("person:hillary-clinton", "Hillary Clinton", "person", mentions=1)),
        _article("a5", Actor("org:tehran", "Tehran", "organisation", mentions=1),
                 Actor("person:kevin-bergner", "Kevin Bergner", "person", aliases=("Bergner", "he"),
                       roles=("military spokesman",), country="United States",
                       member_of=("org:us-military", "country:USA"), mentions=5),
                 Actor("org:us-military", "U.S. military", "organisation", country="United States",
                       member_of=("country:USA",), mentions=3),
                 Actor("country:USA", "United States", "country", aliases=("U.S.",), mentions=1),
                 Actor("person:qods-force", "Qods Force", "person", mentions=2)),
    ]
    return resolve_actors(articles, gazetteer=gazetteer, lexicons=lexicons)


def test_one_person_across_articles(corpus):
    hillary = corpus.actors["person:hillary-clinton"]
    assert hillary.articles == 4  # a1, a2 (middle name), a3 (bare surname, the dominant Clinton), a4
    assert hillary.mentions == 3 + 2 + 4 + 1
    assert corpus.canonical("a2", "person:hillary-rodham-clinton") == "person:hillary-clinton"
    assert corpus.canonical("a3", "person:clinton") == "person:hillary-clinton"
    assert "person:bill-clinton" in corpus
    assert "she" not in hillary.aliases


def test_a_bare_surname_shared_evenly_stays_apart(lexicons, gazetteer):
    articles = [_article("a", Actor("person:john-smith", "John Smith", "person")),
                _article("b", Actor("person:jane-smith", "Jane Smith", "person")),
                _article("c", Actor("person:smith", "Smith", "person"))]
    index = resolve_actors(articles, gazetteer=gazetteer, lexicons=lexicons)
    assert index.canonical("c", "person:smith") == "person:smith"


def test_metonyms_and_demonyms_name_the_country(corpus):
    assert corpus.canonical("a5", "org:tehran") == "country:IRN"
    iran = corpus.actors["country:IRN"]
    kinds = {a.name: a.kind for a in iran.alias_kinds}
    assert kinds["Tehran"] == "metonym" and kinds["Iranian"] == "demonym"
    assert corpus.find("Tehran") == ["country:IRN"] == corpus.find("Iranian")


def test_alias_kinds_of_people(gazetteer):
    assert alias_kind("Bergner", "Kevin Bergner", "person", gazetteer) == "surname"
    assert alias_kind("Mrs. Clinton", "Hillary Clinton", "person", gazetteer) == "surname"
    assert alias_kind("military spokesman Kevin Bergner", "Kevin Bergner", "person", gazetteer) == "title"
    assert alias_kind("the spokesman", "Kevin Bergner", "person", gazetteer) == "nominal"
    assert alias_kind("the Iranian government", "Iran", "country", gazetteer) == "government"


def test_membership_is_direct_and_rolls_up(corpus):
    bergner = corpus.actors["person:kevin-bergner"]
    assert bergner.member_of == ("org:us-military",)
    assert corpus.actors["org:us-military"].member_of == ("country:USA",)
    assert corpus.parents("person:kevin-bergner") == ["org:us-military", "country:USA"]
    assert corpus.roll_up("person:kevin-bergner", "organisation") == "org:us-military"
    assert corpus.roll_up("person:kevin-bergner", "country") == "country:USA"
    assert corpus.roll_up("person:kevin-bergner", "actor") == "person:kevin-bergner"
    assert corpus.members("country:USA") == {"org:us-military", "person:kevin-bergner"}
    with pytest.raises(ValueError):
        corpus.roll_up("country:USA", "planet")


def test_organisation_names_are_not_people(corpus):
    assert corpus.canonical("a5", "person:qods-force") == "org:qods-force"
    assert corpus.actors["org:qods-force"].type == "organisation"


def test_find_by_surname_and_salience(corpus):
    assert corpus.find("Bergner") == ["person:kevin-bergner"]
    assert corpus.find("Clinton")[0] == "person:hillary-clinton"
    assert corpus.find("nobody at all") == []


def test_a_companys_legal_form_is_no_part_of_its_id():
    from attribution.gazetteer import slug
    assert slug("Rift Agro Inputs Ltd") == slug("Rift Agro Inputs") == "rift-agro-inputs"
    assert slug("Apple Inc.") == "apple" and slug("U.S. military") == "us-military"
    assert slug("Delta Freight Co") == slug("Delta Freight Co.") == slug("Delta Freight JSC") == "delta-freight"
