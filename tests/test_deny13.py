"""Denials answering an accusation made against a description of the denier ("a senior official in
the harbour master's office" ... "Harbour master X denied ..."): real parses of sentences written for
the test."""

from __future__ import annotations


def _denials(pipeline, text: str) -> set[tuple[str, str]]:
    """(source, target) names of the deny claims of a text."""
    article = pipeline.analyze(text, id="t")
    return {(c.source.name, c.target.name) for c in article.claims if c.relation == "deny"}


def test_a_denial_answers_the_accusation_against_a_description_of_the_denier(pipeline):
    text = ("Councillor Ruth Okeke alleged that a senior official in the harbour master's office had sold berths "
            "to private yachts.\n\nHarbour master Piet Vandal denied selling any berths.")
    assert ("Piet Vandal", "Ruth Okeke") in _denials(pipeline, text)


def test_a_description_sharing_no_word_with_the_denier_is_not_answered(pipeline):
    text = ("Councillor Ruth Okeke alleged that a senior official in the harbour master's office had sold berths "
            "to private yachts.\n\nFerry operator Piet Vandal denied selling any tickets.")
    assert ("Piet Vandal", "Ruth Okeke") not in _denials(pipeline, text)
