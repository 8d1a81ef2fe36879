"""Denials answering an accusation made against a description of the denier ("a senior official in
the harbour master's office" ... "Harbour master X denied ..."), and rebuttals by an idiom ("pushed
back on those claims") or of an owner's case ("dismissed the ministry's case"): real parses of
sentences written for the test."""

from __future__ import annotations

import pytest

_ACCUSATION = ("Councillor Ruth Okeke alleged that a senior official in the harbour master's office had sold "
               "berths to private yachts.\n\n")
_CHARGE = "Senator Lena Ortiz accused the Harbour Authority of hiding accident reports.\n\n"


def _denials(pipeline, text: str) -> set[tuple[str, str]]:
    """(source, target) names of the deny claims of a text."""
    article = pipeline.analyze(text, id="t")
    return {(c.source.name, c.target.name) for c in article.claims if c.relation == "deny"}


@pytest.mark.parametrize("text, pair", [
    (_ACCUSATION + "Harbour master Piet Vandal denied selling any berths.", ("Piet Vandal", "Ruth Okeke")),
    (_CHARGE + "The Harbour Authority pushed back on those claims on Friday, saying every report had been "
     "published.", ("Harbour Authority", "Lena Ortiz")),
    (_CHARGE + "The Harbour Authority hit back at the allegations.", ("Harbour Authority", "Lena Ortiz")),
    (_CHARGE + "The Harbour Authority rejected the senator's figures.", ("Harbour Authority", "Lena Ortiz")),
    (_CHARGE + "Opposition spokesman Karel Dunst dismissed the Harbour Authority's case as a smear.",
     ("Karel Dunst", "Harbour Authority")),
])
def test_a_denial_answers_its_accuser(pipeline, text, pair):
    """The accused described, not named, is the denier its words fit; an idiom of rebuttal denies; so does
    rejecting a named owner's case or figures."""
    assert pair in _denials(pipeline, text)


@pytest.mark.parametrize("text", [
    _ACCUSATION + "Ferry operator Piet Vandal denied selling any tickets.",
    _CHARGE + "The mayor, Ada Pirvu, pushed back against the budget cuts.",
    _CHARGE + "Judge Mira Tallis dismissed the case on Monday.",
])
def test_no_denial_without_a_sound_accuser(pipeline, text):
    """A description sharing no word with the denier, a rebuttal of no accusation or a case of nobody named
    answers nobody."""
    assert not {pair for pair in _denials(pipeline, text) if pair[1] == "Lena Ortiz" or pair[0] in ("Piet Vandal",
                                                                                                   "Mira Tallis")}
