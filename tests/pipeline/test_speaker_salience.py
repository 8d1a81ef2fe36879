"""Speakers from salience and attachment: the name run into a misparsed subject taken up by "he", a
name after "Mr"/"Lord" as a person, "the ministry" as the latest ministry named, a body noun tagged
adjective after "according to", a comma-set relative clause on the phrase before it. Invented
sentences, the real model (no mocks)."""

from __future__ import annotations


def _speaker(pipeline, text, content):
    """The name of the speaker of the quote whose text contains ``content``."""
    quote = next(q for q in pipeline.analyze(text, id="t").quotes if content in q.text)
    return quote.speaker.name if quote.speaker is not None else None


def test_pronoun_takes_up_the_name_ending_a_misparsed_subject(pipeline):
    # the parser makes the police service the subject and the titled name after its acronym an
    # apposition; the named spokesperson is the subject the next "he" takes up, not the last subject named
    text = ("The traders' union called the audit \"a smokescreen.\"\n\n"
            "Its secretary, Nomsa Ngcobo, said members would vote on a boycott next week.\n\n"
            "\"We will not keep paying for nothing. We want our books back,\" Ngcobo said.\n\n"
            "Royal Bafokeng Police Service (RBPS) Spokesperson Inspector Lebo Mthethwa confirmed that a fraud "
            "docket had been opened in Phokeng.\n\n"
            "He said the inquiry was continuing and that three clerks had made statements.")
    assert _speaker(pipeline, text, "fraud docket") == "Lebo Mthethwa"
    assert _speaker(pipeline, text, "inquiry was continuing") == "Lebo Mthethwa"


_TWO_SPEAKERS = ("The Deputy Director of Works, Mr Paulo Kavaliku, told the House that costs had reached 80 percent "
                 "of the budget. He warned that the department would need more money before June.\n\n"
                 "The Elders' Representative for Eua, {name}, said the bill proved that a new ward "
                 "was needed at the main hospital. \"We keep paying for flights abroad when we could train our own "
                 "nurses,\" he said.")


def test_pronoun_takes_up_the_name_set_off_after_a_title_subject(pipeline):
    # "he" in the tag after the quotation is the paragraph's subject named after the title, not the
    # last "he" of the paragraph before (a guard: the name set off by commas is kept as a mention)
    text = _TWO_SPEAKERS.format(name="Lord Tangipa")
    assert _speaker(pipeline, text, "flights abroad") == "Tangipa"


def test_name_after_a_personal_form_of_address_is_a_person(pipeline):
    # the recognizer labels the name a place; after "Mr" or "Lord" it is a person's, and "he" takes it up
    for name in ("Mr Ruatoria", "Lord Tatakamotonga"):
        text = _TWO_SPEAKERS.format(name=name)
        quote = next(q for q in pipeline.analyze(text, id="t").quotes if "new ward" in q.text)
        assert quote.speaker.type == "person"
        assert _speaker(pipeline, text, "flights abroad") == name.split()[1]


def test_form_of_address_agrees_with_the_pronoun(pipeline):
    # "Lady X" is no antecedent of "he" (the subject's noun is no longer taken for one either): the man
    # of the paragraph before is
    text = _TWO_SPEAKERS.format(name="Lady Kalaniuvalu")
    assert _speaker(pipeline, text, "flights abroad") == "Paulo Kavaliku"


def test_definite_body_noun_after_according_to_tagged_as_adjective(pipeline):
    # the tagger calls "inspectorate" an adjective; with its own determiner as the preposition's object it
    # heads a noun phrase, which stands for the inspectorate named before
    text = ("The Food Inspectorate said it had received the first result late.\n\n"
            "According to the inspectorate, wells in the flooded suburbs have been safe to drink since Friday.")
    assert _speaker(pipeline, text, "safe to drink") == "Food Inspectorate"


def test_definite_body_noun_takes_the_nearest_body_of_its_kind(pipeline):
    # "the ministry" is the Ministry of Works just named, not the fuller phrase "Border Ministry" before it
    text = ("The Border Ministry opened an inquiry in March. The Ministry of Works disputed the audit in "
            "a note on Thursday, saying the purchases were lawful.\n\n"
            "The ministry said the auditor had compared basic vans with fully equipped units.")
    assert _speaker(pipeline, text, "basic vans") == "Ministry of Works"


def test_relative_clause_describes_the_phrase_before_its_pronoun(pipeline):
    # the parser hangs "which said" on the subject across the main verb; set off by a comma, the
    # relative clause describes the body named just before it (its short form in parentheses skipped)
    text = ("The complaint was first lodged on Monday by the Centre for Rights and Justice (CRJ), which said "
            "in its bulletin that troops \"burned the granaries\" after an ambush.")
    assert _speaker(pipeline, text, "granaries") == "Centre for Rights and Justice"


def test_relative_clause_after_a_name_ending_in_a_place(pipeline):
    # the word before the short form is the place closing the body's name; the speaker is the body
    text = ("The complaint was first lodged on Monday by the Centre for Civil Liberties in Africa (CCLA), which "
            "said in its bulletin that troops \"burned the granaries\" after an ambush.")
    assert _speaker(pipeline, text, "granaries").startswith("Centre for Civil Liberties")
