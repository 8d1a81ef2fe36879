"""Claims made by contending ("X claimed that Y had ..."), by a speaker the tagger misread or
named by a pronoun in the clause it reports, and denials calling an accusation a fairy tale: real
parses of sentences written for the test."""

from __future__ import annotations

import pytest

from attribution.pipeline.claims import find_claims
from attribution.pipeline.speakers import Resolver


def _claims_of(pipeline, text: str, relation: str) -> set[tuple[str, str]]:
    """(source, target) names of the unflagged claims of one relation in a text."""
    article = pipeline.analyze(text, id="t")
    return {(c.source.name, c.target.name) for c in article.claims if c.relation == relation}


@pytest.mark.parametrize("text, pair", [
    ("The Farmers Union claimed that the company behind the dam, Verdant Agro Ltd, had cleared the wetland "
     "before the permit was issued.", ("Farmers Union", "Verdant Agro Ltd")),
    ("Senator Marta Quell claimed in Parliament that the Harbour Authority had hired a former adviser to the "
     "port minister.", ("Marta Quell", "Harbour Authority")),
    ("Mayor Tomas Reyes claimed that the economy had grown by four percent.", None),
    ("Councillor Ana Pereira claimed she had been misquoted by the newspaper.", None),
    ("Councillor Ana Pereira claimed that the contractor would finish the road in May.", None),
    ("Deputy Minister Ruth Adjei dismissed as untrue the claim that the ministry had ignored the union's letters.",
     None),
])
def test_claiming_that_another_actor_did_something_accuses_it(pipeline, text, pair):
    """No actor, the speaker's own side or an act not done ("would finish") makes no accusation."""
    assert _claims_of(pipeline, text, "accuse") == ({pair} if pair else set())


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


def test_calling_an_accusation_a_fairy_tale_denies_it(pipeline):
    text = ("The Green League on Monday accused the Transport Ministry of hiding a safety audit.\n\n"
            "Ministry spokesman Petros Lakis described the accusations as \"a fairy tale\".")
    assert ("Petros Lakis", "Green League") in _claims_of(pipeline, text, "deny")


def test_it_in_a_clause_a_firm_reports_is_the_firm(pipeline):
    """ "X said in a statement that it rejects ...": "it" is X, even when the tagger took X for a person's
    name; not the body named just before."""
    text = ("Senator Ada Munro claimed in Parliament that the contractor, Karalis Hellas, had hired a former adviser "
            "to the minister.\n\nThe Transport Ministry said its inspectors would visit the port next week. Union "
            "leader Tom Reed blamed the ministry for the delays.\n\nKaralis Hellas said in a statement that it "
            "\"categorically rejects\" what it called \"slanderous insinuations\".")
    denials = _claims_of(pipeline, text, "deny")
    assert ("Karalis Hellas", "Ada Munro") in denials
    assert ("Transport Ministry", "Tom Reed") not in denials
