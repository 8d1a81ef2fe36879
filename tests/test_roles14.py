"""Roles carried by a title before a rank ("Navy commander Rear Admiral"), by a rank marked retired in
brackets ("Maj Gen (Rtd)"), by a rank word inside a title ("general manager"), by a member's title the
lexicon lacked, and a titled name the parser ran on to a body's name (real parses, invented people)."""

from __future__ import annotations

import pytest


def _speaker(pipeline, text, content):
    """The speaker of the quote whose text contains ``content``."""
    quote = next(q for q in pipeline.analyze(text, id="t").quotes if content in q.text)
    return quote.speaker


@pytest.mark.parametrize("text, role, rank", [
    # a lower-case title before a rank is the office, the rank the form of address
    ("Former Navy commander Rear Admiral Piet Vandorn said the dispute should not distract.",
     "Former Navy commander", "Rear Admiral"),
    ("Army commander General Piet Vandorn said the dispute should not distract.", "Army commander", "General"),
    # a rank marked retired in brackets keeps the title before it
    ("Former Navy commander Rear Admiral (ret'd) Piet Vandorn said the dispute should not distract.",
     "Former Navy commander", "Rear Admiral"),
])
def test_a_title_before_a_rank(pipeline, text, role, rank):
    speaker = _speaker(pipeline, text, "should not distract")
    assert speaker.role == role
    assert speaker.rank == rank


@pytest.mark.parametrize("rank, mark", [("Maj Gen", "(Rtd)"), ("Brigadier", "(retd)"), ("Lt Col", "(Rtd)"),
                                        ("Major General", "(rtd)")])
def test_a_rank_marked_retired(pipeline, rank, mark):
    speaker = _speaker(pipeline, f"{rank} {mark} Piet Vandorn said the dispute should not distract.",
                       "should not distract")
    assert speaker.name == "Piet Vandorn"
    assert speaker.rank == rank


@pytest.mark.parametrize("text, role", [
    ("Lakeside Water's general manager, Piet Vandorn, said the dispute should not distract.", "general manager"),
    ("His private secretary, Piet Vandorn, said the dispute should not distract.", "private secretary"),
])
def test_a_lower_case_rank_word_before_a_title_is_part_of_it(pipeline, text, role):
    speaker = _speaker(pipeline, text, "should not distract")
    assert speaker.role == role
    assert speaker.rank is None


@pytest.mark.parametrize("text, content, name, role", [
    # a member's title the lexicon lacked
    ("SDP parliamentarian Karl Winther made the claims in parliament on Thursday.\n\n"
     "\u201cThat is wrong,\u201d Winther said.", "That is wrong", "Karl Winther", "parliamentarian"),
    # the parser makes both "Institute" and the name subjects of "said"
    ("Integrity Institute of Antigua and Barbuda chairman Dr Lena Frost said the case showed why the law was "
     "needed.", "the case showed", "Lena Frost", "chairman"),
])
def test_a_titled_name(pipeline, text, content, name, role):
    speaker = _speaker(pipeline, text, content)
    assert speaker.name == name
    assert speaker.role == role
