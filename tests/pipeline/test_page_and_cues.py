"""Statements found, and their spans, in constructions seen across outlets (layout and cue rules)."""

from __future__ import annotations

import pytest

from attribution.pipeline.layout import find_layout

_BODY = ("The mayor of Easton, Dana Whitlock, said on Monday that the bridge repairs would cost far more "
         "than the council had been told last spring.\n\n"
         "The council voted to delay the contract until an independent engineer has inspected the work.\n\n"
         "A councillor said the figures had been kept from the public for months.\n\n")


def _quotes(pipeline, text):
    """(text, cue) of the statements found in ``text``."""
    return [(q.text, q.cue) for q in pipeline.analyze(text).quotes]


def test_article_resumes_after_an_inline_block_of_links(lexicons):
    later = ("The contractor, Harlow Civil Works, said the extra cost came from flood damage in March "
             "that nobody could have foreseen.\n\n"
             "Its director said the company would publish the engineer's report in full once the "
             "inspection had been completed.")
    text = _BODY + "Related\nEaston council approves new parking rules\nBridge closure extended\n\n" + later
    layout = find_layout(text, lexicons)
    start = text.index("The contractor")
    assert layout.is_skipped(text.index("Related"), text.index("Bridge closure extended"))
    assert not layout.is_skipped(start, len(text))


def test_advertisement_slot_inside_an_article_is_skipped_alone(lexicons):
    later = ("A spokesperson for the housing department flatly denied that any files had been kept back from "
             "the committee or the public.\n\n"
             "The minister told reporters that the department had acted lawfully throughout and would "
             "cooperate with the inquiry.")
    text = _BODY + "Advertisement\n\n" + later
    layout = find_layout(text, lexicons)
    assert layout.is_skipped(text.index("Advertisement"), text.index("Advertisement") + 13)
    assert not layout.is_skipped(text.index("A spokesperson"), len(text))


@pytest.mark.parametrize("heading, tail", [
    # a late heading over headlines and blurbs
    ("Latest news", "Mayor says taxes will rise next year\n\n"
     "The mayor of Weston has warned residents that property taxes are set to rise again...\n\n"
     "Council approves budget\n\nThe council said it had approved the budget without debate."),
    # reader comments: prose, but never the article's
    ("Comments", "Priya from Weston: The mayor said last year that the bridge would be finished by now, "
     "and the council keeps telling us the money is there.\n\n"
     "Tom K: My neighbour said the contractor was paid twice for the same work on the "
     "approach road, and nobody at the council will answer a letter."),
])
def test_late_page_foot_block_skips_to_the_end(lexicons, heading, tail):
    text = _BODY + heading + "\n\n" + tail
    layout = find_layout(text, lexicons)
    assert layout.is_skipped(text.index(heading), len(text))


def test_that_clause_hung_on_a_participle_of_the_setting(pipeline):
    text = ("The Easton roads office said in a memo sent to the county board on Tuesday that the contractor "
            "had billed for work never done.")
    assert ("the contractor had billed for work never done", "said") in _quotes(pipeline, text)


def test_closing_participle_of_speech_is_a_statement_of_its_own(pipeline):
    text = ("Town clerk Dana Whitlock denied approving any building permits for the site, describing the "
            "papers shown to the buyers as fakes.")
    quotes = _quotes(pipeline, text)
    assert ("approving any building permits for the site", "denied") in quotes
    assert ("the papers shown to the buyers as fakes", "describing") in quotes


def test_closing_participle_stays_inside_a_quotation_or_with_a_noun_content(pipeline):
    quoted = "Ms Park said the council had acted \"for the town's good, knowing that nobody would thank it.\""
    assert _quotes(pipeline, quoted)[0][0].endswith("knowing that nobody would thank it")
    pointing = ("The union's chair, Lee Park, argued that the firm's record showed \"a habit, not bad "
                "luck\", pointing to a roof collapse at its Marlow depot in 2023.")
    assert _quotes(pipeline, pointing)[0][0].endswith("pointing to a roof collapse at its Marlow depot in 2023")


def test_read_also_and_more_from_an_outlet_start_teaser_blocks(lexicons):
    for heading in ("Read also:", "More from The Easton Courier"):
        text = _BODY + f"{heading}\nCouncil budget: what is at stake\nMayor unveils new transport plan\n"
        layout = find_layout(text, lexicons)
        assert layout.is_skipped(text.index(heading), len(text)), heading


def test_passive_accusation_with_an_of_phrase_inside_the_agent(pipeline):
    text = ("The Easton council was accused on Monday by an all-party group of MPs of lifting entire sections "
            "from a developer's brochure.")
    assert ("lifting entire sections from a developer's brochure", "was accused") in _quotes(pipeline, text)


@pytest.mark.parametrize("text, content, cue", [
    # cue verbs and phrasal verbs of speech added from PolNeAR train (each annotated there in 2+ outlets)
    ("Councillor Mira Feld barked that the vote had been rigged.", "the vote had been rigged", "barked"),
    ("Governor Lisa Tran spelled out how the new levy would work.", "how the new levy would work", "spelled out"),
    ("The senator sounded off on the proposed fuel tax.", "the proposed fuel tax", "sounded off"),
    ("The minister, Rafe Collum, played down fears of a second flood.", "fears of a second flood", "played down"),
    ("Mayor Gita Rahn trumpeted the fall in burglaries.", "the fall in burglaries", "trumpeted"),
    ("Senator Oskar Vell extols the virtues of rail freight.", "the virtues of rail freight", "extols"),
])
def test_less_common_speech_cues(pipeline, text, content, cue):
    assert (content, cue) in _quotes(pipeline, text)


def test_playing_with_the_band_is_no_cue(pipeline):
    # only the particle makes 'play' a cue ('played down'), and only with a content
    assert _quotes(pipeline, "The mayor played with the town band on Sunday and then went down to the harbour.") == []
