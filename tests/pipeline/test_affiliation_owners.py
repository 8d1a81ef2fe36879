"""Affiliations from the owner of a title a name is in apposition with, and "the council's" for the one
council an article names (:mod:`attribution.pipeline.affiliations`), on the real model. Invented text."""

from __future__ import annotations

import pytest


def _affiliation(pipeline, text: str, name: str) -> str | None:
    article = pipeline.analyze(text)
    found = [q.speaker for q in article.quotes if q.speaker is not None and q.speaker.name == name]
    assert found, [(q.text, q.speaker) for q in article.quotes]
    return found[0].affiliation


FAR_BACK = ("Westmark District Council voted to close the old ferry landing in March. "
            "Fishermen had used the landing for decades. Several boats were moved to a private jetty. "
            "Repairs to the jetty began in June. Residents asked for a public meeting. ")


def test_title_with_of_phrase_takes_its_owner(pipeline):
    text = FAR_BACK + ("The council's group manager of marine assets, Ana Ruiz, said the landing "
                       "had been unsafe for years.")
    assert _affiliation(pipeline, text, "Ana Ruiz") == "Westmark District Council"


def test_title_known_only_in_full_takes_its_owner(pipeline):
    text = ("The Northport Marine Department reopened the northern wharf on Tuesday. "
            "The department's Harbour Master, Captain Ana Ruiz, said the channel had been dredged "
            "to its full depth.")
    assert _affiliation(pipeline, text, "Ana Ruiz") == "Northport Marine Department"


def test_unit_headed_inside_the_body(pipeline):
    text = ("The Lakeside Water Board denied the claim on Friday. "
            "\"We tested the reservoir twice a week,\" said Ana Ruiz, head of the board's drinking "
            "water section.")
    assert _affiliation(pipeline, text, "Ana Ruiz") == "Lakeside Water Board"


@pytest.mark.parametrize("second", ["Eastmark County Council approved a new bus route in May. ", ""])
def test_the_council_far_back_only_when_one_is_named(pipeline, second):
    text = second + FAR_BACK + ("Boats waited in the bay. The council's finance officer, Ana Ruiz, said the "
                                "money for the landing was still in the bank.")
    expected = None if second else "Westmark District Council"
    assert _affiliation(pipeline, text, "Ana Ruiz") == expected


@pytest.mark.parametrize("other", ["", "The Eastmark Growers Union backed the pilots in a letter. "])
def test_bare_kind_before_title_is_the_one_body_of_that_kind(pipeline, other):
    text = ("Union says ferry operator ignored winch warnings\n\n"
            "The Westmark Harbour Pilots General Union said on Monday that its members would stop work. " + other
            + "Ferries were cancelled. Shops near the pier closed early. Tourists waited for hours. "
            "\u201cThey were warned about the broken winch in writing,\u201d union chairwoman Ana Ruiz said outside "
            "the terminal.")
    found = _affiliation(pipeline, text, "Ana Ruiz")
    if other:
        assert found != "Westmark Harbour Pilots General Union"  # two unions: which one is unknown
    else:
        assert found == "Westmark Harbour Pilots General Union"
