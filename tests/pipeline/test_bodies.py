"""Which body a company, a defined short name or an unnamed spokesperson stands for (real parses, invented
bodies and people)."""

from __future__ import annotations

import pytest


def _speaker(pipeline, text, content):
    """The speaker of the quote whose text contains ``content``."""
    quote = next(q for q in pipeline.analyze(text, id="t").quotes if content in q.text)
    return quote.speaker


def test_company_is_no_ministry_of(pipeline):
    # "the company" is no body whose head before "of" names another kind ("Ministry of Mines")
    speaker = _speaker(pipeline, "The Ministry of Mines fined Harbourline Drilling on Monday. The company denied "
                       "that it had broken any rules.", "broken any rules")
    assert speaker.name != "Ministry of Mines"


def test_defined_short_name_is_no_country_code(pipeline):
    # "BRA", defined as the agency's short name, is not Brazil's code in this article
    text = ("The Bolivian Roads Agency (BRA) awarded the contract in May. BRA chief executive Sione Latu denied "
            "that the agency had broken any rules. \u201cWe followed every step,\u201d BRA said in a statement.")
    assert _speaker(pipeline, text, "broken any rules").affiliation == "Bolivian Roads Agency"
    assert _speaker(pipeline, text, "every step").name == "Bolivian Roads Agency"


@pytest.mark.parametrize("bodies, affiliation", [
    ("The Department of Urban Water", "Department of Urban Water"),
    ("The Department of Urban Water and the Department of Lands", None),  # two: which is unknown
])
def test_spokesperson_for_the_only_body_of_its_kind(pipeline, bodies, affiliation):
    text = (f"{bodies} rejected the report on Monday. A spokesperson for the department denied that any "
            "figures had been withheld.")
    speaker = _speaker(pipeline, text, "withheld")
    assert speaker.affiliation == affiliation
    assert speaker.name == "spokesperson for the " + (affiliation or "department")


def test_title_led_by_the_only_body_of_its_kind(pipeline):
    text = ("The Fisheries Ministry paid twice the market price, the opposition says. Ministry Secretary K.L. "
            "Baraka denied that any instruction had been given.")
    speaker = _speaker(pipeline, text, "instruction")
    assert (speaker.role, speaker.affiliation) == ("Ministry Secretary", "Fisheries Ministry")


def test_who_tells_a_person(pipeline):
    # "figure" ends like an abstract noun ("-ure"), but "who" refers to people only
    speaker = _speaker(pipeline, "One senior party figure, who asked not to be named, said the vote had been "
                       "moved to March.", "vote had been moved")
    assert speaker is not None and speaker.name.endswith("senior party figure")


@pytest.mark.parametrize("text, content, name, role", [
    # Spanish naming: "Lucía Herrera Quintana" is "Herrera" later, and keeps her title there
    ("Councillor Lucía Herrera Quintana told the committee that the tender had been split in four. "
     "\u201cThis was no accident,\u201d Herrera said.", "no accident", "Lucía Herrera Quintana", "Councillor"),
    # "Harlow" is a given name too; before a two-word name it is the title's place
    ("Deputy Commissioner of Harlow Anika Das said the inquiry would continue.", "inquiry", "Anika Das",
     "Deputy Commissioner of Harlow"),
])
def test_name_and_title_of_a_titled_speaker(pipeline, text, content, name, role):
    speaker = _speaker(pipeline, text, content)
    assert (speaker.name, speaker.role) == (name, role)


def test_descriptive_words_before_an_organisation_are_not_its_name(pipeline):
    # a zero-article description ("Dutch brewer", "British oil giant") before the name the recognizer marks
    result = pipeline.analyze("Villagers accused British oil giant Shell of polluting the delta. Shell denied "
                              "the charge.", id="t")
    assert {(c.relation, c.source.name, c.target.name) for c in result.claims} == {
        ("accuse", "Villagers", "Shell"), ("deny", "Shell", "Villagers")}
