"""Paragraphs and web-page furniture, on text alone."""

from __future__ import annotations

import pytest

from attribution.pipeline.layout import find_layout


def _skipped(text, lexicons):
    layout = find_layout(text, lexicons)
    return [(text[s:e].strip(), reason) for s, e, reason in layout.skipped]


def test_teasers_after_a_section_heading_are_skipped(lexicons):
    text = ("Officials said the bridge would reopen in May.\n\nThe work cost $4 million, the city said.\n\n"
            "Latest news\n\nMayor says taxes will rise next year\n\nAnother teaser that trails off...")
    layout = find_layout(text, lexicons)
    start = text.index("Latest news")
    assert layout.is_skipped(start, len(text))
    assert not layout.is_skipped(0, text.index("\n"))


def test_repeated_lead_and_boilerplate_lines(lexicons):
    lead = "Senior leaders know about the operations of the force, the military said on Monday."
    text = f"Top story\n\n{lead}\n\nBy Jane Doe and John Roe\n\n{lead}\n\nShare on Facebook\n\nThe rest of the story."
    reasons = dict(_skipped(text, lexicons))
    assert reasons.get("By Jane Doe and John Roe") == "boilerplate"
    assert reasons.get("Share on Facebook") == "boilerplate"
    assert reasons.get(lead) == "repeat"
    layout = find_layout(text, lexicons)
    assert not layout.is_skipped(text.index(lead), text.index(lead) + len(lead))  # the first copy stays


@pytest.mark.parametrize(
    ("first", "second", "after"),
    [
        ("Editor\u2019s note: An earlier version of this story said the mayor had resigned.",
         "Correction: The council vote was 7-2, not 6-3.", "Correctional officers said little."),
        ("ALSO READ: Council votes to close the Easton bridge", "Reading Time: 4 mins read",
         "Relatedly, the mayor said little."),  # an inline story link, a reading time
    ],
)
def test_publisher_lines_are_skipped(lexicons, first, second, after):
    text = f"The mayor said the budget was balanced.\n\n{first}\n\n{second}\n\n{after}"
    reasons = dict(_skipped(text, lexicons))
    assert reasons.get(first) == "boilerplate"
    assert reasons.get(second) == "boilerplate"
    assert after not in reasons


def test_dateline_is_skipped_but_not_the_sentence(lexicons):
    text = "BAGHDAD (Reuters) \u2013 The minister said the talks had failed."
    assert _skipped(text, lexicons) == [("BAGHDAD (Reuters) \u2013", "dateline")]


def test_clutter_yields_no_statements(pipeline):
    text = ("The minister said the talks had failed.\n\nMust read\n\n"
            "Opposition leader says the government lied about the budget\n\n"
            "Analysts believe the deal will collapse within weeks...")
    quotes = pipeline.analyze(text).quotes
    assert [q.text for q in quotes] == ["the talks had failed"]


def test_photo_caption_label_is_no_source(pipeline):
    text = "Illustrative: A woman walks past the council building in Easton, May 3, 2026."
    assert pipeline.analyze(text).quotes == ()


@pytest.mark.parametrize(
    "line",
    ["Newsletter: Sign up for the harbour bulletins and never miss the port news.",
     "Sign up to the Harbour Gazette's weekly briefing",
     "Privacy Notice: Newsletters may carry content paid for by sponsors.",
     "Our morning email sums up the council's day for you"],
)
def test_a_newsletter_box_is_skipped(lexicons, line):
    """The outlet addressing its reader ("Newsletter: Sign up ...") is page furniture, not a statement."""
    text = (f"The council said the ferry would run again in May.\n\n{line}\n\n"
            "The mayor said the signing-up of crews was slow.")
    reasons = dict(_skipped(text, lexicons))
    assert reasons.get(line) == "boilerplate"
    assert "The mayor said the signing-up of crews was slow." not in reasons


@pytest.mark.parametrize("line", ["Posted on: Tue, 14 Apr 2026", "Published at : April 14, 2026"])
def test_a_posting_date_with_a_colon_after_on_or_at_is_skipped(lexicons, line):
    """A byline's date ("Posted on: Tue, 14 Apr 2026") says when the page went up, not what anyone said."""
    text = f"{line}\n\nThe council said the ferry would run again in May."
    assert dict(_skipped(text, lexicons)).get(line) == "boilerplate"


_STORY = ("The harbour board said on Monday that the old jetty would close for repairs in the spring.\n\n"
          "Fishers said the closure would cost them most of the season's catch and asked for a later date.\n\n")


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        # headlines of other stories below the article are no statements of it
        ("More from the coast\n\nFerry union calls for new timetable\n\nMayor says bridge tolls will stay\n",
         ["the old jetty would close for repairs in the spring",
          "the closure would cost them most of the season's catch"]),
        # a headline-form line the article goes on after is read as before
        ("Mayor says bridge tolls will stay\n\nThe mayor told the council on Tuesday that the tolls paid for "
         "the upkeep of the bridge.\n\nShe said the council would review the tolls again next year, once the new "
         "ferry service had run for a full season.\n",
         ["the old jetty would close for repairs in the spring",
          "the closure would cost them most of the season's catch", "bridge tolls will stay",
          "the tolls paid for the upkeep of the bridge",
          "the council would review the tolls again next year, once the new ferry service had run for a full season"]),
    ],
)
def test_a_headline_at_the_foot_of_the_page_is_no_quote(pipeline, foot, expected):
    assert [q.text for q in pipeline.analyze(_STORY + foot).quotes] == expected
