"""Roles written with a long remit, and titles the lexicon lacked (real parses, invented people)."""

from __future__ import annotations

import pytest


def _speaker(pipeline, text, content):
    """The speaker of the quote whose text contains ``content``."""
    quote = next(q for q in pipeline.analyze(text, id="t").quotes if content in q.text)
    return quote.speaker


@pytest.mark.parametrize("text, content, name, role", [
    # titles of office the lexicon lacked, and a two-word title neither of whose words is one alone
    ("Public Defender Mariam Oduya said in a statement that her office had received complaints.",
     "her office", "Mariam Oduya", "Public Defender"),
    ("Town clerk Peter Wambui denied signing any offer letters for the plot.", "signing", "Peter Wambui",
     "Town clerk"),
    ("The claims were dismissed by Government backbencher Josefa Naulu, who said the Opposition had "
     "\u201cnever once\u201d raised the matter.", "never once", "Josefa Naulu", "Government backbencher"),
])
def test_titles_of_office(pipeline, text, content, name, role):
    speaker = _speaker(pipeline, text, content)
    assert speaker.name == name
    assert speaker.role == role


@pytest.mark.parametrize("text, content, name, role", [
    # a portfolio of several fields joined by commas and "and", before the title or after its "for"
    ("Water and Rural Affairs Minister Tobias Renner denied that the plan had changed.", "plan had changed",
     "Tobias Renner", "Water and Rural Affairs Minister"),
    ("Energy, Mining and Climate Minister Tobias Renner denied that the plan had changed.", "plan had changed",
     "Tobias Renner", "Energy, Mining and Climate Minister"),
    ("Minister for Water, Forestry and Rural Affairs Tobias Renner said the plan was final.", "plan was final",
     "Tobias Renner", "Minister for Water, Forestry and Rural Affairs"),
    ("Commissioner for Trade and Industry Marta Solberg dismissed the claims as \u201cnonsense\u201d.", "claims",
     "Marta Solberg", "Commissioner for Trade and Industry"),
    # the remit in lower case: the name after it is the speaker, not the title
    ("Commission spokesperson for trade and industry Marta Solberg said the text was final.", "text was final",
     "Marta Solberg", "Commission spokesperson for trade and industry"),
    ("Shadow minister for housing Senator Alicia Brandt said the figures were wrong.", "figures were wrong",
     "Alicia Brandt", "Shadow minister for housing"),
    # the parser hangs the title on the name: "and" inside its remit is no coordination of two people
    ("The Commission hit back hard. Commission spokesperson for health and food safety Anna Berg said the draft "
     "reflected \u201cmonths of work by Commission experts\u201d and that overlapping language was to be expected.",
     "draft reflected", "Anna Berg", "Commission spokesperson for health and food safety"),
])
def test_long_remit_before_a_name(pipeline, text, content, name, role):
    speaker = _speaker(pipeline, text, content)
    assert speaker.name == name
    assert speaker.role == role


def test_no_remit_across_a_name_or_a_country(pipeline):
    """A name or a country before "and" is no field of the portfolio."""
    speaker = _speaker(pipeline, "Britain and Foreign Minister Anna Berg said the deal was done.", "deal was done")
    assert speaker.name == "Anna Berg"
    assert speaker.role == "Foreign Minister"


def test_a_form_of_address_after_a_remit_is_the_rank(pipeline):
    """ "Senator" after the remit addresses the person: "the senator" still finds her, so a "he" does not."""
    text = ("Shadow minister for housing Senator Alicia Brandt said the figures were wrong.\n\n"
            "Housing Minister Tom Keller rejected the claim.\n\n"
            "\u201cThe senator knows the figures are public,\u201d he said.")
    speaker = _speaker(pipeline, text, "figures are public")
    assert speaker.name == "Tom Keller"
    assert _speaker(pipeline, text, "figures were wrong").rank == "Senator"


def test_a_name_the_parser_made_a_conjunct_of_the_title_is_its_apposition(pipeline):
    """Only a comma joins the title and the name: no "and", so no two people."""
    speaker = _speaker(pipeline, "The Kiboga County MP, Hon. Esther Nakato, who chairs the committee, said the "
                       "tender was flawed.", "tender was flawed")
    assert speaker.name == "Esther Nakato"
    assert speaker.rank == "Hon."


@pytest.mark.parametrize("text, content, role, affiliation", [
    # the seat an elected member holds is part of the title; a region an official governs is not
    ("The Westford County MP, Hon. Ruth Akello Nansubuga, who sits on the committee, alleged that the director "
     "was a relative.", "director was a relative", "Westford County MP", None),
    ("Kharkiv Oblast Governor Oleh Syniehubov said the city was shelled.", "city was shelled", "Governor",
     "Kharkiv Oblast"),
    ("Greens MP Anna Berg said the city was shelled.", "city was shelled", "MP", "Greens"),
])
def test_a_seat_before_a_members_title(pipeline, text, content, role, affiliation):
    speaker = _speaker(pipeline, text, content)
    assert speaker.role == role
    assert speaker.affiliation == affiliation


def test_a_lower_case_title_after_a_coordinated_body_keeps_the_body_apart(pipeline):
    """ "X and Y deputy minister": a title written in lower case after capitalised words has its body before it."""
    speaker = _speaker(pipeline, "Local Government and Public Works deputy minister Chido Banda said the land "
                       "belonged to the school.", "land belonged")
    assert speaker.role == "deputy minister"


@pytest.mark.parametrize("text, content, name, role", [
    # "Dr Al Nuaimi": "Al" is her surname's particle, not the given name Al, so the role carries over
    ("Dr Mariam Al Nuaimi, Assistant Minister for Economic Affairs, said the talks had stalled.\n\n"
     "\u201cWe will not accept this,\u201d Dr Al Nuaimi said.", "not accept this", "Mariam Al Nuaimi",
     "Assistant Minister for Economic Affairs"),
    # the given name Al stays one where no fuller name ends so
    ("Al Brennan spoke first. Then Rev. Al Brennan said the vote mattered.", "vote mattered", "Al Brennan", None),
    # a name the recognizer ran into the portfolio as an organisation's; an accented given name
    ("Commissioner for Health and Consumer Safety Tomás Eguren dismissed the allegations as \u201ca fishing "
     "expedition\u201d.", "fishing expedition", "Tomás Eguren", "Commissioner for Health and Consumer Safety"),
    ("Minister for Public Works, Meteorological Services and Transport Daniel Koroi said he had asked the "
     "authority for a full report on the contract.", "full report", "Daniel Koroi",
     "Minister for Public Works, Meteorological Services and Transport"),
])
def test_where_the_name_starts(pipeline, text, content, name, role):
    """The words before a name that are no part of it: a particle of another's surname, a portfolio."""
    speaker = _speaker(pipeline, text, content)
    assert speaker.name == name
    assert speaker.role == role


def test_a_name_the_recognizer_missed_after_a_title_and_its_body(pipeline):
    """ "The managing director of the builder, Coast Works Ltd, Anil Mehta," names Mehta (named "Mr Mehta"
    later), not the company; his role carries over to the later mentions."""
    text = ("The managing director of the builder, Coastline Works Pte Ltd, Ravinesh Kumar, also rejected the "
            "claims when contacted.\n\n\u201cWe have 42 workers on site every day,\u201d Mr Kumar said.")
    first, later = _speaker(pipeline, text, "the claims"), _speaker(pipeline, text, "42 workers")
    assert first.name == later.name == "Ravinesh Kumar"
    assert later.role == "managing director of the builder"
