"""The shortcuts that spare making a Token per position give what a Token per position gives."""

from __future__ import annotations

import pytest

from attribution.pipeline.model import mark_positions, token_column
from attribution.pipeline.quotations import ALL_MARKS
from attribution.pipeline.statements import _outside_quotation

TEXT = ('The harbour board said on Monday, in a letter to tenants, that rents would rise; the tenants, '
        'who met at noon, said "we will not pay, ever," and left.\n\nOSLO \u2014 A second board replied: no.')


@pytest.fixture(scope="module")
def doc(bare_nlp):
    return bare_nlp(TEXT)


@pytest.mark.parametrize("mark", [",", ";", ":", "\u2014", "\""])
def test_mark_positions_are_the_tokens_written_so(doc, mark):
    for start in range(0, len(doc), 7):
        for end in range(start, len(doc) + 1, 5):
            assert mark_positions(doc, start, end, mark) == [k for k in range(start, end) if doc[k].text == mark]


def test_mark_positions_skip_a_mark_inside_a_longer_token(bare_nlp):
    doc = bare_nlp("Revenue rose to 1,200 tonnes, the board said.")
    assert [doc[k].text for k in mark_positions(doc, 0, len(doc), ",")] == [","]


@pytest.mark.parametrize("attr", ["ORTH", "LOWER", "DEP", "IS_QUOTE"])
def test_token_column_is_each_token_attribute(doc, attr):
    name = attr.lower()
    assert token_column(doc, attr) == [getattr(t, name) for t in doc]


def test_outside_quotation_follows_the_marks(doc):
    quoted, expected = False, []
    for k in range(len(doc) - 1):
        quoted ^= doc[k].is_quote or doc[k].text in ALL_MARKS
        if not quoted:
            expected.append(k)
    assert list(_outside_quotation(doc, 0, len(doc))) == expected
