"""Claims made by contending ("X claimed that Y had ..."), by a speaker the tagger misread, and
denials calling an accusation a fairy tale: real parses of sentences written for the test."""

from __future__ import annotations

import pytest

from attribution.pipeline.claims import find_claims
from attribution.pipeline.speakers import Resolver


def _edges(article):
    return {(c.relation, c.source.name, c.target.name) for c in article.claims}


@pytest.fixture(scope="module")
def analyze(pipeline):
    def run(text: str):
        return pipeline.analyze(text, id="t")
    return run


@pytest.mark.parametrize("text, edge", [
    ("The Farmers Union claimed that the company behind the dam, Verdant Agro Ltd, had cleared the wetland "
     "before the permit was issued.", ("accuse", "Farmers Union", "Verdant Agro Ltd")),
    ("Senator Marta Quell claimed in Parliament that the Harbour Authority had hired a former adviser to the "
     "port minister.", ("accuse", "Marta Quell", "Harbour Authority")),
])
def test_claiming_that_another_actor_did_something_accuses_it(analyze, text, edge):
    assert edge in _edges(analyze(text))


@pytest.mark.parametrize("text", [
    "Mayor Tomas Reyes claimed that the economy had grown by four percent.",
    "Councillor Ana Pereira claimed she had been misquoted by the newspaper.",
    "Councillor Ana Pereira claimed that the contractor would finish the road in May.",
    "Deputy Minister Ruth Adjei dismissed as untrue the claim that the ministry had ignored the union's letters.",
])
def test_claiming_accuses_nobody_without_another_actor_doing_something(analyze, text):
    assert not {e for e in _edges(analyze(text)) if e[0] == "accuse"}


def test_a_speaker_the_tagger_took_for_no_actor_still_makes_its_claims(nlp, lexicons, gazetteer):
    """A party name read as a common noun or as the title of a work is still the resolved speaker's."""
    doc = nlp("KODEP on Friday accused the Civil Aviation Ministry of leaving four aircraft grounded.")
    doc[0].pos_, doc[0].tag_ = "NOUN", "NN"
    doc.ents = [e for e in doc.ents if e.start > 0]
    resolver = Resolver.for_doc(doc, lexicons, gazetteer, doc._.attribution_layout,
                                entities=doc._.attribution_entities)
    claims = find_claims(doc, doc._.attribution_statements, resolver, lexicons, gazetteer)
    names = {(c.relation, resolver.entities[c.source].name, resolver.entities[c.target].name) for c in claims}
    assert ("accuse", "KODEP", "Civil Aviation Ministry") in names


def test_calling_an_accusation_a_fairy_tale_denies_it(analyze):
    text = ("The Green League on Monday accused the Transport Ministry of hiding a safety audit.\n\n"
            "Ministry spokesman Petros Lakis described the accusations as \"a fairy tale\".")
    assert ("deny", "Petros Lakis", "Green League") in _edges(analyze(text))
