"""Denials whose denier the article never tied to the accused: with one accusing side, the denial
answers it; with two, nobody. Real parses of sentences written for the test."""

from __future__ import annotations

import pytest

_SENATOR = ("Senator Paulo Brandt on Friday accused officials of the Roads Agency of paying contractors for "
            "bridges that were never built.\n\n")
_SECRETARY = "Public Works Secretary Ines Varga denied that the department had paid for any unfinished structure."


def _denials(pipeline, text: str) -> set[tuple[str, str]]:
    """(source, target) names of the deny claims of a text."""
    article = pipeline.analyze(text, id="t")
    return {(c.source.name, c.target.name) for c in article.claims if c.relation == "deny"}


@pytest.mark.parametrize("text, pair", [
    ("Union secretary Tom Reyes accused management of starving workers into submission by cutting off their "
     "medical cover.\n\n“We categorically deny that any worker has been refused treatment,” said Lena Ortiz, "
     "a spokesperson for Westridge Mining.", ("Lena Ortiz", "Tom Reyes")),
    (_SENATOR + _SECRETARY, ("Ines Varga", "Paulo Brandt")),
])
def test_a_denial_answers_the_one_accuser(pipeline, text, pair):
    """"management", "officials of the Roads Agency": the denier is not known to be the accused,
    but only one side has accused anyone."""
    assert pair in _denials(pipeline, text)


def test_two_accusing_sides_leave_a_denial_unanswered(pipeline):
    """A second side accusing someone else: which accusation the denial answers is not known."""
    text = _SENATOR + "Mayor Ada Pirvu accused the governor of wasting money on a stadium.\n\n" + _SECRETARY
    assert not any(source == "Ines Varga" for source, _ in _denials(pipeline, text))
