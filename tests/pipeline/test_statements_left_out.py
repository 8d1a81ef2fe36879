"""Statements kept for the claim and speaker stages but left out of the exported quotes (a negated
claim cue, a demand whose object is a plain noun, an agentless "is expected to"), and where "but that"
opens a second statement: invented sentences, the real model."""

from __future__ import annotations

import pytest


def _quotes(pipeline, text: str) -> list[str]:
    return [q.text for q in pipeline.analyze(text).quotes]


def test_negated_accusation_is_no_quote(pipeline):
    text = "Councillor Mara Velt did not accuse the harbour board of hiding the ledgers."
    article = pipeline.analyze(text)
    assert not any("hiding the ledgers" in q.text for q in article.quotes)


def test_asserted_accusation_stays_a_quote(pipeline):
    text = "Councillor Mara Velt accused the harbour board of hiding the ledgers."
    assert any("hiding the ledgers" in q for q in _quotes(pipeline, text))


@pytest.mark.parametrize("text", [
    "The tenants' union demanded an independent review of the rents on Tuesday.",
    "The auditor has requested the payroll files from the water utility.",
])
def test_noun_object_of_a_demand_is_no_quote(pipeline, text):
    assert _quotes(pipeline, text) == []


def test_demand_with_a_clause_stays_a_quote(pipeline):
    text = "The tenants' union demanded that the council freeze the rents until March."
    assert any("freeze the rents" in q for q in _quotes(pipeline, text))


@pytest.mark.parametrize("text", [
    "The ferry committee is expected to publish its findings next month.",
    "The new canal is intended to carry barges around the old town.",
])
def test_agentless_passive_expectation_is_no_quote(pipeline, text):
    assert _quotes(pipeline, text) == []


def test_expectation_with_a_holder_stays_a_quote(pipeline):
    text = "Port director Ilse Marnow expects the ferry committee to publish its findings next month."
    assert any("publish its findings" in q for q in _quotes(pipeline, text))


def test_but_that_right_after_the_clause_opens_a_second_statement(pipeline):
    text = "Regional coordinator Lena Osk said the mill had received the notice but that the repairs had not begun."
    quotes = _quotes(pipeline, text)
    assert "the mill had received the notice" in quotes
    assert "the repairs had not begun" in quotes


def test_but_that_set_off_by_a_comma_stays_with_the_first_clause(pipeline):
    text = ("Harbour master Lena Osk told reporters she was asking both firms to meet again next week, "
            "but that no meeting day has been chosen.")
    assert any(q.endswith("no meeting day has been chosen") and q.startswith("she was asking") for q in _quotes(pipeline, text))


def test_parallel_that_clauses_are_two_statements(pipeline):
    text = ("The agency said that the province \"keeps silencing local reporters\" and that support for "
            "the radio project would continue.")
    quotes = _quotes(pipeline, text)
    assert any(q.startswith("the province") and "support" not in q for q in quotes)
    assert "support for the radio project would continue" in quotes


def test_for_its_part_is_no_content(pipeline):
    text = "For its part, the Guild of Ferry Pilots condemned what it called the \"reckless scheduling\" of crews."
    assert "its part" not in _quotes(pipeline, text)


def test_a_complementizer_hung_on_the_subject_still_opens_a_second_clause(bare_nlp):
    """The parser sometimes attaches the second "that" to the subject of its clause (hand-built parse)."""
    from spacy.tokens import Doc

    from attribution.pipeline.statements import _and_that_clause

    words = ["Officials", "said", "that", "fares", "rose", "and", "that", "bus", "support", "would", "continue", "."]
    heads = [1, 1, 4, 4, 1, 4, 8, 8, 10, 10, 4, 1]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "cc", "mark", "compound", "nsubj", "aux", "conj", "punct"]
    doc = Doc(bare_nlp.vocab, words=words, heads=heads, deps=deps)
    clause = _and_that_clause(doc[1], doc[6], 2)
    assert clause is not None and clause.text == "continue"
