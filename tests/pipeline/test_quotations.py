"""Quotation-mark pairing, on text alone."""

from __future__ import annotations

import pytest

from attribution.pipeline.quotations import find_quotations


def _texts(text):
    quotations, warnings = find_quotations(text)
    return [text[q.start:q.end] for q in quotations], warnings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "hello there" and left.', ["hello there"]),
        ("\u201cA,\u201d he said. \u201cB.\u201d", ["A,", "B."]),
        ("\u00abBonjour\u00bb, dit-il.", ["Bonjour"]),
        ("\u201eGuten Tag\u201c, sagte er.", ["Guten Tag"]),
        ("The leaders\u2019 plan \u201cwill fail\u201d.", ["will fail"]),
        ("Don\u2019t go to the Shi\u2019ite area, he said \u2018no\u2019.", ["no"]),
        ("They said ``this is old style,'' really.", ["this is old style,"]),
        # two apostrophes both open and close a quotation in some papers
        ("''We are ready,'' she said. ''It is over.''", ["We are ready,", "It is over."]),
        ("He called it ''a disgrace'' and left.", ["a disgrace"]),
    ],
)
def test_pairs(text, expected):
    assert _texts(text)[0] == expected


def test_apostrophes_are_not_quotes():
    assert _texts("It's the '90s and rock isn't dead.")[0] == []


def test_quote_over_several_paragraphs():
    text = "\u201cStart of a long quote.\n\n\u201cIt goes on.\n\n\u201cAnd ends here,\u201d he said."
    quotations, warnings = find_quotations(text)
    assert [text[q.start:q.end] for q in quotations] == ["Start of a long quote.", "It goes on.", "And ends here,"]
    assert [q.continued for q in quotations] == [False, True, True]
    assert warnings == []


def test_unbalanced_mark_is_closed_at_paragraph_end_with_warning():
    text = "He said \u201cthis never closes.\n\nNext paragraph \u201cfine\u201d."
    quotations, warnings = find_quotations(text)
    assert [text[q.start:q.end] for q in quotations] == ["this never closes.", "fine"]
    assert quotations[0].recovered
    assert len(warnings) == 1 and "unbalanced" in warnings[0]


@pytest.mark.parametrize("text", ['"', '""', '"a" "b" "c', "\u201d\u201d\u201c", "'" * 7, "\u201c\n\n\u201c\n\n"])
def test_never_raises(text):
    find_quotations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u00ab Nous ne c\u00e9derons pas \u00bb, a dit le ministre.", ["Nous ne c\u00e9derons pas"]),
        ('"First part," he said, "second part."', ["First part,", "second part."]),
        ('The "so-called" expert and the "expert" again.', ["so-called", "expert"]),
        ("Jones' remarks were \"false,\" he said.", ["false,"]),
        ("'Single quoted headline,' says minister", ["Single quoted headline,"]),
    ],
)
def test_more_pairs(text, expected):
    assert _texts(text)[0] == expected


def test_nested_quote_stays_inside_the_outer_one():
    assert _texts("\u201cThey told me \u2018never again\u2019 and left,\u201d she said.")[0] == [
        "They told me \u2018never again\u2019 and left,"]
    assert _texts("\"He told me 'never again' and left,\" she said.")[0] == ["He told me 'never again' and left,"]


def test_contractions_and_elisions_are_not_quotes():
    assert _texts("It's the '90s, rock 'n' roll isn't dead, said O'Brien.")[0] == []
    assert _texts("The boys' school said 'no comment' today.")[0] == ["no comment"]


def test_opening_mark_inside_an_open_quote_closes_it_with_warning():
    quotations, warnings = find_quotations('He said "this runs on. Then "another one" ends.')
    assert len(warnings) == 1 and quotations[0].recovered
