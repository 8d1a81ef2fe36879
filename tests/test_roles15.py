"""Role spans as written (real parses, invented people and places): a body's or place's name before a
lower-case title is the affiliation, the kind of body stays ("Council spokesperson"); a lower-case
title that is also a rank ("commander") is the office; an "of" phrase naming a body inside a larger one,
a capitalised title's place ("Mayor of Port Vale") and a remit "in charge of" are part of the role; a
title starts with no preposition; an apposition saying what a person is gives the role where no title
does; a lead's indefinite title ("A lawmaker has accused") is the person named just after it."""

from __future__ import annotations

import pytest


def _speaker(pipeline, text, content):
    """The speaker of the quote whose text contains ``content``."""
    quote = next(q for q in pipeline.analyze(text, id="t").quotes if content in q.text)
    return quote.speaker


@pytest.mark.parametrize("text, role, affiliation", [
    # a body named after its place: the name is the affiliation, the kind of body stays in the title
    ("Marlow Vale Municipal Council chairman Piet Vandorn said the figures were wrong.", "Council chairman",
     "Marlow Vale Municipal Council"),
    # initials and a place before a lower-case title
    ("CCM Lakeside regional secretary Ms Neema Lyimo said the figures were wrong.", "regional secretary", "CCM"),
    # a hyphenated place and a party's name the recognizer did not label
    ("Thames-Coromandel mayor Gail Prentice said the figures were wrong.", "mayor", "Thames-Coromandel"),
    ("Liberal Democrat councillor Helen Marsh said the figures were wrong.", "councillor", "Liberal Democrat"),
    # a body's name with "of" before a capitalised title
    ("Ministry of Health and Sanitation Spokesperson Daniel Kamara said the figures were wrong.", "Spokesperson",
     "Ministry of Health and Sanitation"),
    # a numbered body keeps its kind and number; an owner's possessive is read as before
    ("Lakeside Assembly Commission II member Rita Handa said the figures were wrong.", "Commission II member",
     "Lakeside Assembly Commission II"),
    ("Lakeside Council's cabinet member for social services, Owen Bevan, said the figures were wrong.",
     "cabinet member for social services", "Lakeside Council"),
    # a party's or a house's name is the affiliation alone
    ("Green Party candidate Jill Stone said the figures were wrong.", "candidate", "Green Party"),
    ("White House physician Connie Marino said the figures were wrong.", "physician", "White House"),
    # a portfolio joined by "and" stays one title
    ("Local Government and Public Works deputy minister Chido Banda said the figures were wrong.",
     "deputy minister", "Public Works"),
    # a body inside a larger one that a name or an owner sets apart is part of the role
    ("Leader of the Conservative group, Coun Graham Whitby, said the figures were wrong.",
     "Leader of the Conservative group", "Conservative group"),
    ("Coun Mark Heskin, leader of the Lakeside First group, said the figures were wrong.",
     "leader of the Lakeside First group", "Lakeside First group"),
    ("Mohammed Al Bakri, a member of the Houthis' political bureau, said the figures were wrong.",
     "member of the Houthis' political bureau", "Houthis' political bureau"),
    # an office's remit after "in charge of"
    ("The Vice Mayor in charge of Economic Development, Claudia Mukesh, said the figures were wrong.",
     "Vice Mayor in charge of Economic Development", None),
    # a body with no name or owner is the affiliation alone: the body "the company" refers to, or none
    ("Harbourfront Engineering won the contract in May. Ana Roe, chairman of the company, said the figures were "
     "wrong.", "chairman", "Harbourfront Engineering"),
    ("Ana Roe, chairman of the company, said the figures were wrong.", "chairman", None),
    # a capitalised title's "of" and a place below a country is the title as written, and the place its body
    ("Mayor of Port Vale, Councillor Delroy Facey, who is a member of the party, said the figures were wrong.",
     "Mayor of Port Vale", "Port Vale"),
    ("Deputy Commissioner of Marikit Ana Roe said the figures were wrong.", "Deputy Commissioner of Marikit", None),
    # written in lower case it describes; a country is the affiliation
    ("Ana Roe, mayor of Port Vale, said the figures were wrong.", "mayor", "Port Vale"),
    ("Ana Roe, President of France, said the figures were wrong.", "President", "France"),
    # a title starts with no preposition
    ("State Rep. Daniel Ybarro, D-Lakeside, said in a letter sent Wednesday to agency Commissioner Katherine Lowe "
     "that his office had matched the records.\n\nLowe said the figures were wrong.", "agency Commissioner", None),
    # an ordinal numbers an office's district and starts its title
    ("'Politically motivated'\n\nMarikit Second District Engineer Ernesto Salvo, who was relieved last week, "
     "rejected the allegations and said the figures were wrong.", "Marikit Second District Engineer", None),
])
def test_role_and_affiliation_as_written(pipeline, text, role, affiliation):
    speaker = _speaker(pipeline, text, "figures were wrong")
    assert (speaker.role, speaker.affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, role, rank", [
    ("VSAT commander Paulius Varga said the figures were wrong.", "commander", None),
    ("PCCB Lakeside regional commander Mr Joseph Marwa said the figures were wrong.", "regional commander", None),
    ("Army Commander Piet Vandorn said the figures were wrong.", "Army Commander", None),
    # a capitalised rank after a title is the form of address, the rank alone no office
    ("Provincial police spokesperson Inspector Luke Dube said the figures were wrong.",
     "Provincial police spokesperson", "Inspector"),
    ("Commander Piet Vandorn said the figures were wrong.", None, "Commander"),
])
def test_a_title_that_is_also_a_rank(pipeline, text, role, rank):
    speaker = _speaker(pipeline, text, "figures were wrong")
    assert (speaker.role, speaker.rank) == (role, rank)


@pytest.mark.parametrize("text, role", [
    ("\u201cWe have never seen a wall here,\u201d said Loreta Bauer, a 58-year-old vendor.", "vendor"),
    ("Julia Hanson, a former fish cutter, said the figures were wrong.", "former fish cutter"),
    ("Marta Gil, 52, a retired teacher, said the figures were wrong.", "retired teacher"),
    ("Tom Renner, a farmer and father of three, said the figures were wrong.", "farmer"),
    # whose, not what: no role
    ("Ana Mukasa, a mother of three who lives nearby, said the figures were wrong.", None),
])
def test_an_apposition_saying_what_a_person_is(pipeline, text, role):
    speaker = next(q.speaker for q in pipeline.analyze(text, id="t").quotes)
    assert speaker.role == role


def test_a_councillors_form_of_address_is_no_part_of_the_name(pipeline):
    text = ("Liberal Democrat councillor Helen Marsh, who backed the review, said the row had done nothing.\n\n"
            "\u201cBoth sides are scoring points,\u201d Coun Marsh said.")
    speaker = _speaker(pipeline, text, "scoring points")
    assert (speaker.name, speaker.role, speaker.rank) == ("Helen Marsh", "councillor", "Coun")


@pytest.mark.parametrize("text, name, role", [
    # a lead's indefinite title holds back the person named with that office just after it
    ("A lawmaker has accused the water authority of favouring large farms in the valley.\n\n"
     "MP Kamal Haddad told reporters that small farmers had received less water.", "Kamal Haddad", "MP"),
    # a generic source is often left unnamed
    ("A spokesperson for the hospital group said large farms were favoured in the valley.\n\n"
     "The party's health spokesperson, Kamal Haddad, said that small farmers had received less water.",
     "spokesperson for the hospital group", "spokesperson"),
    # once someone is named, an indefinite title is someone else
    ("Senator Dana Roe said the budget was late.\n\n"
     "A lawmaker has accused the water authority of favouring large farms in the valley.\n\n"
     "MP Kamal Haddad told reporters that small farmers had received less water.", "lawmaker", "lawmaker"),
])
def test_a_lead_holds_back_a_name(pipeline, text, name, role):
    speaker = _speaker(pipeline, text, "favour")
    assert (speaker.name, speaker.role) == (name, role)
