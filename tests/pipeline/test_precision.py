"""Cue words that report nobody's statement: the page addressing its reader."""

from __future__ import annotations

import pytest


def _cues(pipeline, text):
    """(text, cue) of the statements found in ``text``."""
    return [(q.text, q.cue) for q in pipeline.analyze(text).quotes]


@pytest.mark.parametrize("text, cue", [
    ("By registering, you agree to our Terms of Use and Privacy Policy.", "agree"),
    ("By signing up, you agree to our terms of service.", "agree"),
    ("We cannot wait to read your thoughts on this column.", "thoughts"),
])
def test_the_page_addressing_its_reader_is_no_statement(pipeline, text, cue):
    assert not any(found == cue for _, found in _cues(pipeline, text))


def test_a_generic_you_may_still_hold_a_stance(pipeline):
    # no "we" of the outlet: the writer's generic "you" reports a view (PolNeAR annotates these)
    text = "You could argue that the new tram line in Harlow has already paid for itself."
    assert ("the new tram line in Harlow has already paid for itself", "could argue") in _cues(pipeline, text)



@pytest.mark.parametrize("line", [
    "Posted Tue 9 Mar 2027 at 10:05am, updated Tue 9 Mar 2027 at 1:40pm",
    "Posted 9 Mar 2027",
])
def test_a_timestamp_line_is_no_statement(pipeline, line):
    text = f"Harbor tolls to rise\n\n{line}\n\nThe Harbor Board said tolls would rise by 5 per cent in April."
    assert _cues(pipeline, text) == [("tolls would rise by 5 per cent in April", "said")]
