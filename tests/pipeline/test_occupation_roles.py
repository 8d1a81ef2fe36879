"""Roles written around a name (real parses of sentences written for the tests: invented people, places and bodies):
occupations written before a name are its role, a short form in brackets after a title is no part of it
and never leaves half a bracket, and a member's chamber stays in the role when the parser hung it on the
name."""

from __future__ import annotations

import pytest

from attribution.pipeline.titles import parse_title, title_tokens


def _speaker(pipeline, text, content):
    """The speaker of the quote whose text contains ``content``."""
    quote = next(q for q in pipeline.analyze(text, id="t").quotes if content in q.text)
    return quote.speaker


@pytest.mark.parametrize("text, content, name, role", [
    # an occupation before the name, alone or with a word saying what kind or that it is held no longer
    ('In a post on Monday, company owner Peter Lanford said the inspector was "making things up as he went".',
     "making things up", "Peter Lanford", "company owner"),
    ('"We waited four hours for the bus," said retired teacher Maria Delgado, 64.', "four hours",
     "Maria Delgado", "retired teacher"),
    ('Tenant Rita Mosley told reporters that a plumber had looked at her boiler for "barely five minutes".',
     "barely five minutes", "Rita Mosley", "Tenant"),
    ('"Nobody buys fish from the shore any more," said market vendor Lucia Ferreira.', "Nobody buys fish",
     "Lucia Ferreira", "market vendor"),
])
def test_an_occupation_before_a_name_is_the_role(pipeline, text, content, name, role):
    speaker = _speaker(pipeline, text, content)
    assert speaker.name == name
    assert speaker.role == role


@pytest.mark.parametrize("text, content, role", [
    ("Asked about the audit, the board's Chief Executive Officer (CEO), Janet Orwell-Smith, denied that any "
     "money had gone missing.", "any money", "Chief Executive Officer"),
    ("Member of Parliament (MP) for Eastfield South, Daniel Okoro, told reporters that the ferry fares "
     "were too high.", "ferry fares", "Member of Parliament"),
])
def test_a_short_form_in_brackets_after_a_title_is_no_part_of_it(pipeline, text, content, role):
    speaker = _speaker(pipeline, text, content)
    assert speaker.role == role
    assert "(" not in speaker.role and ")" not in speaker.role


def test_a_role_never_keeps_half_a_bracket(nlp, lexicons, gazetteer):
    doc = nlp("Member of Parliament (MP) for Eastvale Hills, Thabo Zwane, said the market was closed.")
    end = next(t.i for t in doc if t.text == ",")
    title = parse_title(list(doc[:end]), lexicons, gazetteer)
    assert title is not None and title.role.startswith("Member of Parliament")
    assert title.role.count("(") == title.role.count(")")


def test_a_member_s_chamber_hung_on_the_name_stays_in_the_role(nlp, lexicons, gazetteer):
    doc = nlp("Green Party member of the Northport City Council Alan Byrne said at a briefing that the rules "
              "had been written for one bidder.")
    name = next(e for e in doc.ents if e.label_ == "PERSON")
    words = title_tokens(name[0], list(name), lexicons)
    title = parse_title(words, lexicons, gazetteer)
    assert title is not None
    assert title.role == "member of the Northport City Council"
    assert title.affiliation == "Green Party"


def test_a_role_never_ends_in_a_conjunction(nlp, lexicons, gazetteer):
    """The recognizer may take the second conjunct of a portfolio for the start of the name: the "and" left
    before it is no part of the role."""
    doc = nlp("She wrote to the Minister of Lands and Rural Renewal Dana Moyo about the survey.")
    start = next(t.i for t in doc if t.text == "Minister")
    end = next(t.i for t in doc if t.text == "and") + 1
    title = parse_title(list(doc[start:end]), lexicons, gazetteer)
    assert title is not None and title.role == "Minister of Lands"
