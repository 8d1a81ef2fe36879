"""Roles carried by a title before a rank ("Navy commander Rear Admiral"), by a rank marked retired in
brackets ("Maj Gen (Rtd)") and by a member's title the lexicon lacked (real parses, invented people)."""

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


def test_parliamentarian_is_a_title(pipeline):
    text = ("SDP parliamentarian Karl Winther made the claims in parliament on Thursday.\n\n"
            "\u201cThat is wrong,\u201d Winther said.")
    speaker = _speaker(pipeline, text, "That is wrong")
    assert speaker.role == "parliamentarian"
    assert speaker.affiliation == "SDP"


def test_a_titled_name_run_on_to_a_body_with_and(pipeline):
    # the parser makes both "Institute" and the name subjects of "said"
    text = ("Integrity Institute of Antigua and Barbuda chairman Dr Lena Frost said the case showed why the law "
            "was needed.")
    speaker = _speaker(pipeline, text, "the case showed")
    assert speaker.name == "Lena Frost"
    assert speaker.role == "chairman"
