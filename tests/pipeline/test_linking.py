"""Quotation linking rules on real parses of short sentences written for the tests."""

from __future__ import annotations

import pytest


def _linked(pipeline, text):
    return [(q.rule, q.text, q.speaker.name if q.speaker else None) for q in pipeline.analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "C," X verbed: any verb after an open quotation says who speaks
        ("\u201cThe bridge will reopen in March,\u201d the engineer grinned.",
         [("quote-after", "The bridge will reopen in March,", "engineer")]),
        ("\u201cThe bridge will reopen in March,\u201d Maria Costa, 58, grinned at the crowd.",
         [("quote-after", "The bridge will reopen in March,", "Maria Costa")]),
        # "C." X verbed: only a verb with no object of its own
        ("\u201cWe have nothing to hide.\u201d Councillor Tom Reed frowned.",
         [("quote-after", "We have nothing to hide.", "Tom Reed")]),
        # X verbed, "C" / X was blunt: "C"
        ("The mayor shot back, \u201cThat is simply untrue and they know it.\u201d",
         [("quote-before", "That is simply untrue and they know it.", "mayor")]),
        ("Councillor Tom Reed was blunt: \u201cThe budget is a disgrace.\u201d",
         [("quote-before", "The budget is a disgrace.", "Tom Reed")]),
        # the sentence before introduces the quotation
        ("Nurse Anna Berg agreed. \u201cIt is a fair deal for every nurse in the region.\u201d",
         [("quote-intro", "It is a fair deal for every nurse in the region.", "Anna Berg")]),
    ],
)
def test_adjacent_clause_names_the_speaker(pipeline, text, expected):
    assert _linked(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe will win this fight!\u201d The crowd cheered the speech loudly.",  # closed quote, verb with an object
        "If the council wins, \u201cthe town will never recover from this.\u201d",  # a clause hanging on the quotation
        "She starred in \u201cThe Long Night Of The Hunter\u201d, which critics loved.",  # a title
    ],
)
def test_adjacent_clause_that_does_not_speak(pipeline, text):
    assert _linked(pipeline, text) == []
