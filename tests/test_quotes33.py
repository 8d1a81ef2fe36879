"""Quote rules of stop 33 (helper quotes33): statements kept for the claim and speaker stages but left
out of the exported quotes, on invented sentences with the real model."""

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
