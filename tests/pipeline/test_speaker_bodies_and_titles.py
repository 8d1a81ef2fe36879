"""Speakers that are bodies or carry titles: "the municipality" speaking for a place's government, a
spelt-out title known by its listed initials ("the CEO said"), a title word the recognizer took for a
name giving way to the name after it. Invented sentences, the real model (no mocks)."""

from __future__ import annotations


def _quote(pipeline, text, content):
    """The quote whose text contains ``content``."""
    return next(q for q in pipeline.analyze(text, id="t").quotes if content in q.text)


def _speaker(pipeline, text, content):
    quote = _quote(pipeline, text, content)
    return quote.speaker.name if quote.speaker is not None else None


def test_the_municipality_said_is_a_speaker(pipeline):
    # "municipality" names a place, but as the subject of a speech cue it is the place's government
    text = ("Road closure angers traders\n\n"
            "The municipality said the main road would stay closed until the end of the month.\n\n"
            "\"The repairs are urgent and cannot wait any longer,\" the municipality said in a statement.\n\n"
            "Residents of the municipality said they had not been consulted.")
    assert _speaker(pipeline, text, "stay closed") == "municipality"
    assert _speaker(pipeline, text, "repairs are urgent") == "municipality"
    # a place mention inside another subject stays a place: the residents speak
    assert _speaker(pipeline, text, "not been consulted") == "Residents"


def test_the_municipality_takes_the_one_named_before(pipeline):
    text = ("Flood tunnel reopens late\n\n"
            "The Westbrook Municipality has blamed a builder for the flooding of the new tunnel under the ring "
            "road.\n\nThe company rejected the claim. The municipality said it would reopen the tunnel once the "
            "last pumps were fitted.")
    assert _speaker(pipeline, text, "last pumps") == "Westbrook Municipality"


def test_a_place_named_by_its_of_phrase_speaks_by_that_name(pipeline):
    text = ("Flood tunnel reopens late\n\n"
            "The Westbrook Municipality has blamed a builder for the flooding of the new tunnel under the ring "
            "road.\n\nThe municipality of Eastvale denied that it had overlooked warnings sent by residents.")
    assert _speaker(pipeline, text, "overlooked warnings") == "municipality of Eastvale"


def test_the_short_form_of_a_spelt_out_title_is_its_holder(pipeline):
    # "the CEO" is the person whose title spelt the office out ("Chief Executive Officer (CEO)")
    text = ("Water bills to rise in hill district\n\n"
            "The Chief Executive Officer (CEO) of the Ngwane Water Board, Themba Khumalo, said tariffs would "
            "rise in April.\n\n"
            "\"We have no choice because the pumps are old and failing,\" the CEO said.")
    quote = _quote(pipeline, text, "pumps are old")
    assert quote.speaker.name == "Themba Khumalo"
    assert quote.speaker.role == "Chief Executive Officer"


def test_a_short_title_learnt_first_yields_to_the_spelt_out_one(pipeline):
    # the recognizer reads the firm and the name as one body, so "CEO K.Vaipulu" gives the first title
    # learnt; the spelt-out office of the first mention is the role of both quotes
    text = ("Freight firm defends prices\n\n"
            "Chief Executive Officer of Kestrel Freight Lines JSC K.Vaipulu told reporters that the prices "
            "reflected the quality of the cargo.\n\n"
            "\"We cannot cut prices while fuel costs keep climbing,\" CEO K.Vaipulu noted.")
    for content in ("quality of the cargo", "fuel costs"):
        quote = _quote(pipeline, text, content)
        assert quote.speaker.name == "K.Vaipulu"
        assert quote.speaker.role.startswith("Chief Executive Officer")


def test_a_title_subject_the_recognizer_took_for_a_name_yields_to_the_name_set_off_after_it(pipeline):
    # "Chairlady" alone is labelled a person and the parser hangs the name on the body; the name set off
    # after the title's phrase is the speaker, who learns the title, and "she" later carries it
    text = ("Fish scare hits market\n\nThe harbour office said tests were under way.\n\n"
            "Chairlady of the Port Olry Women\u2019s Fish Sellers Association, Mrs Anna Pakoa, said sellers had "
            "stopped buying fish from the wharf since Sunday.\n\n"
            "\u201cMothers are worried. Nobody wants to sell spoiled fish to their children,\u201d she said.\n")
    for content in ("wharf since Sunday", "Mothers are worried"):
        quote = _quote(pipeline, text, content)
        assert quote.speaker.name == "Anna Pakoa"
        assert quote.speaker.role == "Chairlady"
