"""Cue words that report nobody's statement: what a speaker answers, and the page addressing its reader."""

from __future__ import annotations

import pytest


def _cues(pipeline, text):
    """(text, cue) of the statements found in ``text``."""
    return [(q.text, q.cue) for q in pipeline.analyze(text).quotes]


@pytest.mark.parametrize("text, cue", [
    # the questions answered are the asker's (unnamed); the council only (did not) answer them
    ("Harlow District Council had not replied to questions about the missing ledgers by Friday.", "questions"),
    ("The Rosen Group had not responded to our questions about the layoffs by Monday evening.", "questions"),
    ("The mayor's office replied to questions about the budget with a two-line email.", "questions"),
])
def test_what_a_speaker_answers_is_no_statement_of_theirs(pipeline, text, cue):
    assert not any(found == cue for _, found in _cues(pipeline, text))


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


def test_answered_words_with_a_named_source_stay_theirs(pipeline):
    text = "The mayor responded to Governor Ann Pell's threat to cut the transit grant."
    found = [(q.cue, q.speaker.name if q.speaker else None) for q in pipeline.analyze(text).quotes]
    assert ("threat", "Ann Pell") in found
