"""Roles given by a second description after "and", by a sentence saying what a person is, and
occupational titles the lexicon lacked (real parses, invented people)."""

from __future__ import annotations

import pytest


def _speaker(pipeline, text, content):
    """The speaker of the quote whose text contains ``content``."""
    quote = next(q for q in pipeline.analyze(text, id="t").quotes if content in q.text)
    return quote.speaker


@pytest.mark.parametrize("text, role, affiliation", [
    # the first description names no office, the one after "and" does
    ("Marta Solberg, a longtime party loyalist and president of the Harbour Institute, said the plan was "
     "doomed.", "president", "Harbour Institute"),
    ("Tom Renner, a combat veteran and former army officer, said the plan was doomed.", "former army officer",
     None),
    ("Jim Okafor, a party superdelegate from the district and the president of the Lakeside Institute, said "
     "the plan was doomed.", "president", "Lakeside Institute"),
])
def test_the_office_in_the_second_of_two_descriptions(pipeline, text, role, affiliation):
    speaker = _speaker(pipeline, text, "plan was doomed")
    assert speaker.role == role
    assert speaker.affiliation == affiliation


@pytest.mark.parametrize("text, role, affiliation", [
    ("Tom Renner is a lecturer at Lakeside University. Renner said the plan was doomed.", "lecturer",
     "Lakeside University"),
    ("Marta Solberg has been the party's top policy aide since 2010. Solberg said the plan was doomed.",
     "top policy aide", None),  # no party named
])
def test_a_sentence_saying_what_a_person_is(pipeline, text, role, affiliation):
    speaker = _speaker(pipeline, text, "plan was doomed")
    assert speaker.role == role
    assert speaker.affiliation == affiliation


@pytest.mark.parametrize("text", [
    "Tom Renner is a strong leader. Renner said the plan was doomed.",
    "If Tom Renner is the Republican nominee, the party will lose. Renner said the plan was doomed.",
    "Tom Renner is the only candidate who can win. Renner said the plan was doomed.",
    "Tom Renner would be a fine minister of finance. Renner said the plan was doomed.",
    "Tom Renner is not a lawyer at the firm. Renner said the plan was doomed.",
    "Tom Renner, who met the president, said the plan was doomed.",
])
def test_no_role_from_a_judgement_a_condition_or_someone_else(pipeline, text):
    assert _speaker(pipeline, text, "plan was doomed").role is None


@pytest.mark.parametrize("text, role", [
    ("Republican operative Tom Renner said the plan was doomed.", "Republican operative"),
    ("Tom Renner, a lobbyist for the oil industry, said the plan was doomed.", "lobbyist"),
    ("Tom Renner, the agency's general counsel, said the plan was doomed.", "general counsel"),
    ("Actor Tom Renner said the plan was doomed.", "Actor"),
    ("Tom Renner, a property investor, said the plan was doomed.", "property investor"),
    # a hyphenated word before the title stays whole, even when its first part is a place
    ("Denver-area businessman Tom Renner said the plan was doomed.", "Denver-area businessman"),
])
def test_occupational_titles(pipeline, text, role):
    assert _speaker(pipeline, text, "plan was doomed").role == role
