"""Reported (indirect) speech: constructions whose content the parser hangs in an unexpected place."""

from __future__ import annotations


def _quotes(pipeline, text):
    """(text, cue, speaker name) of the statements found in ``text``."""
    return [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in pipeline.analyze(text).quotes]


def test_that_clause_of_a_noun_cue_taken_for_a_relative_clause(pipeline):
    # the parser hangs "that Tom Vance had ..." on "report" as a relative clause: it is complete (its own
    # subject and object, "that" a bare complementizer), so it is what the report says
    text = ("Governor Alma Reyes is seizing upon a Harbor Gazette report that Tom Vance had a net loss of "
            "more than $91 million in 2003.")
    assert ("Tom Vance had a net loss of more than $91 million in 2003", "report", "Harbor Gazette") \
        in _quotes(pipeline, text)


def test_true_relative_clause_of_a_noun_cue_is_no_content(pipeline):
    # "that" is the object of "wrote": the clause tells which report, not what it says
    text = "Governor Alma Reyes is seizing upon a Harbor Gazette report that Tom Vance wrote in 2003."
    assert not any(cue == "report" for _, cue, _ in _quotes(pipeline, text))


def test_phrase_of_circumstance_on_the_cue_is_not_the_objects(pipeline):
    # "during ...", "amid ..." hung on the verb after its object tell when or amid what it spoke
    assert ("the overtime figures", "cited", "Nia Brandt") in _quotes(
        pipeline, "Councillor Nia Brandt cited the overtime figures during a heated budget debate.")
    assert ("broad new water-sharing plans", "offered", "Regional leaders") in _quotes(
        pipeline, "Regional leaders offered broad new water-sharing plans amid growing fears of drought.")


def test_phrase_hung_on_the_cue_that_modifies_its_object_stays(pipeline):
    assert ("her engagement to Paul Ives", "announced", "Nia Brandt") in _quotes(
        pipeline, "Councillor Nia Brandt announced her engagement to Paul Ives.")


def test_fixed_adverbial_or_time_after_the_preposition_is_no_content(pipeline):
    # "for starters", "for years" are adverbials: the cue's complement is the next "for" phrase
    assert ("the figures from every depot", "would ask", "Ines Cole") in _quotes(
        pipeline, "Mayor Ines Cole would ask, for starters, for the figures from every depot.")
    assert ("a new bridge over the Arrow", "has called", "Ines Cole") in _quotes(
        pipeline, "Mayor Ines Cole has called for years for a new bridge over the Arrow.")


def test_thing_measured_in_time_stays_content(pipeline):
    # "a four-day week" is a DATE to the tagger, but what was called for
    assert ("a four-day week at every depot", "called", "Ines Cole") in _quotes(
        pipeline, "Mayor Ines Cole called for a four-day week at every depot.")
