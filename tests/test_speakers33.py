"""Stop 33 speaker rules (helper speakers33): invented sentences, the real model (no mocks)."""

from __future__ import annotations


def _speaker(pipeline, text, content):
    """The name of the speaker of the quote whose text contains ``content``."""
    quote = next(q for q in pipeline.analyze(text, id="t").quotes if content in q.text)
    return quote.speaker.name if quote.speaker is not None else None


def test_pronoun_takes_up_the_name_ending_a_misparsed_subject(pipeline):
    # the parser makes the police service the subject and the titled name after its acronym an
    # apposition; the named spokesperson is the subject the next "he" takes up, not the last subject named
    text = ("The traders' union called the audit \"a smokescreen.\"\n\n"
            "Its secretary, Nomsa Dube, said members would vote on a boycott next week.\n\n"
            "\"We will not keep paying for nothing. We want our books back,\" Dube said.\n\n"
            "Royal Bafokeng Police Service (RBPS) Spokesperson Inspector Lebo Shongwe confirmed that a fraud "
            "docket had been opened in Rustenburg.\n\n"
            "He said the inquiry was continuing and that three clerks had made statements.")
    assert _speaker(pipeline, text, "fraud docket") == "Lebo Shongwe"
    assert _speaker(pipeline, text, "inquiry was continuing") == "Lebo Shongwe"
