"""Denials of what was just said: by pronoun past the accuser's further quotes ("X accused Y ...
'...,' X said. Y rejected this"), of a definite noun labelled by "as" ("dismissed the comparison as
a sideshow"), and by a relative labelling clause on an accusation noun ("an allegation the office
described as fantasy"): real parses of sentences written for the test."""

from __future__ import annotations

import pytest

_CHARGE = "Senator Lena Ortiz accused the Harbour Authority of hiding accident reports.\n\n"


def _denials(pipeline, text: str) -> set[tuple[str, str]]:
    """(source, target) names of the deny claims of a text."""
    article = pipeline.analyze(text, id="t")
    return {(c.source.name, c.target.name) for c in article.claims if c.relation == "deny"}


@pytest.mark.parametrize("text, pair", [
    (_CHARGE + "“They have buried the truth for years,” Ortiz said.\n\n"
     "The Harbour Authority rejected this, saying every report had been published.",
     ("Harbour Authority", "Lena Ortiz")),
    ("Councillor Ruth Okeke said the mayor had wasted public money on the stadium.\n\n"
     "Mayor Piet Vandal accused the council of hypocrisy.\n\n"
     "“They spent twice as much on the old arena,” Vandal said.\n\n"
     "Okeke dismissed the comparison as “a sideshow”, saying the issue was the stadium.",
     ("Ruth Okeke", "Piet Vandal")),
    ("Senator Lena Ortiz accused Transport Minister Karel Dunst of rigging a ferry tender, an allegation "
     "the minister’s office described as “pure fantasy”.", ("minister’s office", "Lena Ortiz")),
])
def test_a_denial_of_what_was_just_said(pipeline, text, pair):
    """A pronoun reaches past the accuser's own further quotes; "the comparison" labelled by "as"
    refers back; a relative labelling clause on an accusation noun denies it."""
    assert pair in _denials(pipeline, text)


def test_a_campaign_never_denies_its_candidate(pipeline):
    """The latest accusation is by the namesake of the denier ("the Tallis campaign", "Mira Tallis"):
    their own side, so no denial of it."""
    text = ("Senator Mira Tallis accused the governor of stalling the budget.\n\n"
            "The governor proposed a debate on Monday, but the Tallis campaign rejected the idea as “absurd”.")
    assert not any(source == "Tallis campaign" for source, _ in _denials(pipeline, text))


def _accusations(pipeline, text: str) -> set[tuple[str, str]]:
    """(source, target) names of the accuse claims of a text."""
    article = pipeline.analyze(text, id="t")
    return {(c.source.name, c.target.name) for c in article.claims if c.relation == "accuse"}


def test_playing_politics_accuses_its_subject(pipeline):
    """A verb and object that together name wrongdoing ("play politics") accuse the subject, not what
    "with" names."""
    text = "Councillor Ada Pirvu said the Opposition was “playing politics with the people’s bread and butter”."
    assert _accusations(pipeline, text) == {("Ada Pirvu", "Opposition")}


def test_both_sides_are_no_one_target(pipeline):
    """"both parties" names each of two actors: no one target."""
    text = "Councillor Ada Pirvu said both parties were “playing politics with roads”."
    assert not _accusations(pipeline, text)


def test_an_act_for_political_gain_accuses_its_doer(pipeline):
    """An act done "for political gain" is its doer's wrongdoing."""
    text = ("Mayor Piet Vandal dismissed those calls, saying opposition councillors were using the floods for "
            "political gain ahead of the elections.")
    assert ("Piet Vandal", "opposition councillors") in _accusations(pipeline, text)
