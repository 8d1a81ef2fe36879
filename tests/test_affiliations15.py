"""The body a speaker speaks for: a common noun resolved to the body it refers to, or no affiliation;
parties and bodies named before a title, after a name or by "its" (real parses, invented bodies and people)."""

from __future__ import annotations

import pytest


def _affiliation(pipeline, text, content):
    """The affiliation of the speaker of the quote whose text contains ``content``."""
    quote = next(q for q in pipeline.analyze(text, id="t").quotes if content in q.text)
    return quote.speaker.affiliation


@pytest.mark.parametrize("text, affiliation", [
    # "the company" is the company named before; no body named, no affiliation
    ("Harbourfront Engineering won the contract in May. The company's chief executive, Daniel Price, said "
     "the work was finished.", "Harbourfront Engineering"),
    ("The firm's lawyer, Daniel Price, said the work was finished.", None),
    # a kind of body before its name is no part of it
    ("The river is dirty, said Tom Ashdown, the founder of the campaign group Clean Rivers Now.", "Clean Rivers Now"),
    # "its" in a description beside a name is the body named before
    ("The Harbour Workers Union held a rally on Monday. Its spokesperson, Maria Gonzalez, said the port was "
     "unsafe.", "Harbour Workers Union"),
    ("The Harbour Workers Union held a rally on Monday. Maria Gonzalez, its spokesperson, said the port was "
     "unsafe.", "Harbour Workers Union"),
    # a body after the name, or the one the bearer heads; a place after it is no body
    ("The land was sold, said Maria Gonzalez of the Farmers Union of Kestria.", "Farmers Union of Kestria"),
    ("Tomas Brell, an MP from the Green Alliance, said the plan failed.", "Green Alliance"),
    ("John Peterson, who chairs the Senate Finance Committee, said the plan failed.", "Senate Finance Committee"),
    # a party's short name in brackets after the name (with the state's, as Brazilian and US news write it)
    ("The fine drew a response from Senator Jorge Pinheiro Lessa (PL-PA), who said it was persecution.", "PL"),
])
def test_body_a_speaker_speaks_for(pipeline, text, affiliation):
    assert _affiliation(pipeline, text, "") == affiliation


@pytest.mark.parametrize("text, affiliation", [
    # a party or body the recognizer marks before a title
    ("NDP Leader Marian Solberg accused the government of lying.", "NDP"),
    ("PiS spokesman Pawel Zaremba dismissed the case as a smear.", "PiS"),
    ("Liberal Democrat councillor Helen Marsden said the row had done nothing.", "Liberal Democrat"),
    ("Trump campaign spokesman Jason Miller denied the claim.", "Trump campaign"),
    # a short name before a title is the party, whatever follows it
    ("BNP Joint Secretary General Barrister Nasir Uddin Ahmed said the party was crying wolf.", "BNP"),
    ("SYRIZA MP Giorgos Ladas claimed in Parliament that the contractor had hired an adviser.", "SYRIZA"),
    ("UN Secretary-General Antonio Guterres said the talks failed.", "United Nations"),
    # a portfolio before a minister's or secretary's title is none
    ("Public Works Secretary Antonio Dimalanta denied the claim.", None),
])
def test_body_before_a_title(pipeline, text, affiliation):
    assert _affiliation(pipeline, text, "") == affiliation


def test_minister_takes_the_ministry_of_his_portfolio(pipeline):
    text = ("The Ministry of National Security said the boats were bought. National Security Minister Sheldon "
            "Ramos said the deal was clean.")
    assert _affiliation(pipeline, text, "deal was clean") == "Ministry of National Security"


def test_field_of_a_spokesperson_is_no_department(pipeline):
    text = ("The Department of Health said the tender was fair. Opposition health spokeswoman Orla Brennan said "
            "the minister had intervened.")
    assert _affiliation(pipeline, text, "minister had intervened") != "Department of Health"


@pytest.mark.parametrize("text, affiliation", [
    ("Housing Minister Paul Desrosiers denied the claim.", "Housing Ministry"),
    ("Deputy Finance Minister Paul Desrosiers denied the claim.", "Finance Ministry"),
    ("Minister for Health Paul Desrosiers denied the claim.", "Ministry of Health"),
    ("Iranian Defense Minister Ali Saberi denied the claim.", "Iran"),  # a body the text gives stays
    ("Prime Minister Ali Saberi denied the claim.", None),  # no portfolio, no ministry
])
def test_minister_with_no_body_heads_the_ministry_of_the_portfolio(pipeline, text, affiliation):
    assert _affiliation(pipeline, text, "") == affiliation


@pytest.mark.parametrize("text, affiliation", [
    # a party in brackets after the name, or before the title of a description beside it
    ("Anna Keller (Green Party) said the plan was flawed.", "Green Party"),
    ("Jim Morrison, a Democratic senator, said the bill was dead.", "Democratic"),
    ("Anna Keller, a senior policy analyst, said the plan was flawed.", None),
    ("The Conservatives\u2019 shadow social care minister, Gareth Lloyd MS, said the case raised questions.",
     "Conservatives"),
    # a name coordinated with the bearer's is no body of the title's; a place alone before it is a seat
    ("Donald Trump and Texas Sen. Ted Cruz said the plan was doomed.", None),
    ("Florida Sen. Marco Rubio said the plan was doomed.", None),
    # the body a relative clause says the bearer heads, as the recognizer writes it
    ("That is the risk, said Luis Romero, who heads the Center of Research for Development in Mexico City.",
     "Center of Research for Development"),
])
def test_body_beside_a_name(pipeline, text, affiliation):
    assert _affiliation(pipeline, text, "") == affiliation
