"""The shortcuts that spare making a Token per position give what a Token per position gives."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

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


NAMED = ('Senator Ana Roe of the Harbour Workers Union met Lee Park in Oslo on Monday.  Teachers Union '
         'Accuses Works Ministry of Delay\n\nMs. Roe said the union would wait.')


@pytest.fixture(scope="module")
def named_doc(nlp):
    return nlp(NAMED)


def test_root_at_is_the_root_of_the_expanded_char_span(named_doc, lexicons, gazetteer):
    from attribution.pipeline.speakers import Resolver
    doc = named_doc
    resolver = Resolver.for_doc(doc, lexicons, gazetteer, doc._.attribution_layout, entities=[])
    offsets = [t.idx for t in doc]
    size = len(doc.text)
    for start in range(-1, size + 1):
        for end in range(start + 1, min(size, start + 40) + 2):
            span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start < size and end <= size else None
            expected = span.root.i if span is not None and len(span) else None
            found = resolver._root_at(offsets, start, end)
            assert (found.i if found is not None else None) == expected, (start, end)


def test_recognized_names_are_the_same_spans_when_kept(bare_nlp, lexicons):
    from attribution.pipeline.speakers import _headline_clause, _recognized_names
    doc = bare_nlp(NAMED)
    expected = [ent for ent in doc.ents if not _headline_clause(ent, lexicons)]
    first, again = _recognized_names(doc, lexicons), _recognized_names(doc, lexicons)
    assert list(first) == expected and list(again) == expected
    assert [(e.start, e.end, e.label_, e.kb_id_, e.id_) for e in again] == \
        [(e.start, e.end, e.label_, e.kb_id_, e.id_) for e in expected]
    assert all(not isinstance(value, Span) for value in doc.user_data.values() for value in
               (value if isinstance(value, tuple) else (value,)))


def test_outlet_and_office_shortcuts_keep_the_patterns_answers(lexicons):
    from attribution.pipeline.affiliations import _outlet_of, _without_visible_fault
    from attribution.pipeline.model import Entity
    text = "Harbour Courier - Lakeside edition\n\nThe clerk told Harbour Courier that the Water Board's Office shut."
    assert _outlet_of("Harbour Courier", text)
    assert not _outlet_of("Lakeside Courier", text)
    person = Entity(key="person:mira-holt", name="Mira Holt", type="person", mentions=[(0, 4)],
                    affiliation="Water Board")
    assert _without_visible_fault(person, [], text, lexicons) == "Water Board"
    assert _without_visible_fault(person, [], text.replace("Office", "depot"), lexicons) == "Water Board"


def test_word_only_before_name_needs_the_word_in_the_text(lexicons):
    from attribution.pipeline.affiliations import _only_before_name
    from attribution.pipeline.model import Entity
    person = Entity(key="person:sovan", name="Sovan Rith", type="person", mentions=[(0, 5)])
    assert _only_before_name("Keo", person, "Keo Sovan Rith spoke. Then Keo Sovan left.")
    assert not _only_before_name("Keo", person, "Sovan Rith spoke. Then Sovan left.")
    assert not _only_before_name("Keo", person, "Keo Sovan spoke. Keo agreed.")


def test_paragraph_of_is_the_last_paragraph_starting_at_or_before(lexicons):
    from attribution.pipeline.layout import find_layout
    text = "First line of the page.\n\nA second paragraph follows here.\nA third one, after one break."
    layout = find_layout(text, lexicons)
    starts = [p[0] for p in layout.paragraphs]
    for offset in range(len(text)):
        assert layout.paragraph_of(offset) == max(0, sum(1 for s in starts if s <= offset) - 1)


def test_phrase_cues_are_read_by_their_first_word(nlp):
    doc = nlp("According to the harbour master, the pier will close in May. The rent, as stated by the board, "
              "rises in June.")
    statements = doc._.attribution_statements
    assert any(s.rule.startswith("cue-phrase") and doc.text[s.start:s.end].startswith("the pier")
               for s in statements)


def test_bare_phrase_quotation_stops_counting_past_the_limit(nlp):
    from attribution.pipeline.linking import _phrase_not_speech
    from attribution.pipeline.quotations import find_quotations
    doc = nlp('"First of all," she said, "the pier stays shut." He called it "a long and very costly delay".')
    quotes, _ = find_quotations(doc.text)
    answers = [_phrase_not_speech(doc, q) for q in quotes]
    assert answers[0] and not answers[1]
