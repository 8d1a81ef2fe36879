"""The Python API: batches, and texts longer than spaCy's max_length."""

from __future__ import annotations

import pytest

from attribution import Pipeline
from attribution.api import split_text
from attribution.readers import RawArticle, ReadError

PARAGRAPHS = [
    '"We will not back down," Senator Jane Miller said on Tuesday.',
    "Her rival, Governor Tom Hale, accused Miller of lying to voters.",
    "Hale told reporters that the plan would fail.",
]


@pytest.mark.parametrize("limit", [1, 7, 40, 100, 10_000])
def test_parts_cover_the_text_and_keep_to_the_limit(limit):
    text = "\n\n".join(PARAGRAPHS) + "\nA last line without a break" + "x" * 50
    spans = split_text(text, limit)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(0 < e - s <= limit for s, e in spans)
    assert all(spans[i][1] == spans[i + 1][0] for i in range(len(spans) - 1))


def test_cuts_are_at_paragraph_breaks_when_there_are_some():
    text = "\n\n".join(PARAGRAPHS)
    spans = split_text(text, len(PARAGRAPHS[0]) + len(PARAGRAPHS[1]) + 4)
    assert [text[s:e].strip() for s, e in spans] == ["\n\n".join(PARAGRAPHS[:2]), PARAGRAPHS[2]]


def test_a_long_text_is_parsed_in_parts_with_offsets_into_the_whole(pipeline):
    text = "\n\n".join(PARAGRAPHS)
    whole = pipeline.analyze(text, id="a")
    parts = Pipeline(pipeline.nlp, max_length=len(PARAGRAPHS[0]) + 5).analyze(text, id="a")
    assert "parsed in 3 parts" in parts.warnings[0]
    assert [(q.start, q.end, q.kind, q.speaker.name) for q in parts.quotes] == \
        [(q.start, q.end, q.kind, q.speaker.name) for q in whole.quotes]
    assert all(text[q.start:q.end] == q.text for q in parts.quotes)
    assert [(c.relation, c.source.name, c.target.name) for c in parts.claims] == \
        [(c.relation, c.source.name, c.target.name) for c in whole.claims]
    assert parts.sha256 == whole.sha256 and parts.n_chars == len(text)


def test_batches_keep_input_order_with_long_texts_among_them(pipeline):
    short = Pipeline(pipeline.nlp, max_length=80, batch_size=2)
    raws = [RawArticle(id=str(n), text=t) for n, t in enumerate(["\n\n".join(PARAGRAPHS), *PARAGRAPHS])]
    results = list(short.analyze_many(raws))
    assert [r.id for r in results] == ["0", "1", "2", "3"]
    assert not any(isinstance(r, ReadError) for r in results)
    assert results[0].warnings and not results[1].warnings


def test_an_article_a_component_fails_on_is_reported_and_its_batch_goes_on(monkeypatch):
    """spaCy drops from ``nlp.pipe`` a Doc a component raised on: that article is one error, and the others in
    its batch keep their own results."""
    import attribution.pipeline.components as components

    find_claims = components.find_claims

    def failing(doc, *args, **kwargs):
        if "Zorblat" in doc.text:
            raise ValueError("no claims today")
        return find_claims(doc, *args, **kwargs)

    monkeypatch.setattr(components, "find_claims", failing)
    texts = ['"We will stay," Mayor Ann Lee said.', "Zorblat said the bridge would open.",
             "Governor Tom Hale said the plan would fail."]
    results = list(Pipeline(batch_size=4).analyze_many(RawArticle(id=str(n), text=t) for n, t in enumerate(texts)))
    assert isinstance(results[1], ReadError) and "no claims today" in results[1].reason
    assert [r.quotes[0].speaker.name for r in (results[0], results[2])] == ["Ann Lee", "Tom Hale"]
