"""Article formats: saved web pages, JSON exports, plain-text headers (attribution.formats)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribution.formats import (
    FormatError,
    JsonFields,
    html_article,
    iso_date,
    read_file,
    text_metadata,
)
from attribution.readers import READERS, RawArticle, ReadError, read_inputs

from .conftest import SPEC

FIXTURES = Path(__file__).parent / "fixtures"
SPEC_HTML = FIXTURES / "qods-force.html"
#: The spec sample's headline (its third line, after the breadcrumb) and its paragraph of the last quotation,
#: read from the sample rather than copied into the tests.
SPEC_LINES = SPEC.read_text(encoding="utf-8").splitlines()
SPEC_HEADLINE = SPEC_LINES[2]
SPEC_LAST_QUOTE = next(line for line in SPEC_LINES if line.startswith("Asked if"))


def _articles(items):
    return [item for item in items if isinstance(item, RawArticle)]


def _errors(items):
    return [item for item in items if isinstance(item, ReadError)]


# ---------------------------------------------------------------- registration


def test_readers_are_registered_by_suffix():
    assert {".html", ".htm", ".json", ".jsonl", ".ndjson", ".txt"} <= set(READERS)


def test_a_folder_yields_every_format(tmp_path):
    (tmp_path / "a.txt").write_text("The mayor said the bridge would reopen.", encoding="utf-8")
    (tmp_path / "b.html").write_bytes(SPEC_HTML.read_bytes())
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": "The union said pay must rise."}) + "\n", encoding="utf-8")
    ids = [item.id for item in read_inputs([tmp_path])]
    assert ids == ["a", "b", "c-1"]


# ---------------------------------------------------------------- HTML


@pytest.fixture(scope="module")
def spec_html() -> RawArticle:
    (article,) = read_file(SPEC_HTML)
    assert isinstance(article, RawArticle)
    return article


def test_html_keeps_the_article_and_drops_the_page_furniture(spec_html):
    text = spec_html.text
    assert text.startswith(SPEC_HEADLINE + "\n\n")
    assert SPEC_LAST_QUOTE in text
    assert text.rstrip().endswith("(Additional reporting by Tehran bureau)")
    for furniture in ("Contact us", "Latest news", "Must read", "Newsletter", "cookies", "All rights reserved",
                      "Fruit Production", "oil tanker", "Share this article", "dataLayer"):
        assert furniture not in text, furniture


def test_html_metadata(spec_html):
    assert spec_html.id == "qods-force"
    assert spec_html.title == SPEC_HEADLINE
    assert spec_html.date == "2007-07-02"
    assert spec_html.author == "Alister Bull; Dean Yates"
    assert spec_html.outlet == "Gulf Wire"
    assert spec_html.url.endswith("/top-iran-leaders-aware-of-qods-force-in-iraq-us")


def test_html_page_without_article_is_one_error(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (error,) = read_file(page)
    assert isinstance(error, ReadError) and "no article text" in error.reason


def test_html_metadata_falls_back_to_the_text_header():
    page = ("<html><head><title>Harbor deal</title></head><body><article>"
            "<p>PORTVILLE (Wire) – The harbor board said on Tuesday that the new pier would open in May, "
            "two years later than planned, and that costs had doubled.</p>"
            "<p>“We could not have done it faster,” board chair Ana Ruiz told reporters at the pier.</p>"
            "</article></body></html>")
    article = html_article(page, id="harbor")
    assert isinstance(article, RawArticle)
    assert article.outlet == "Wire"
    assert "board chair Ana Ruiz" in article.text


def test_html_copy_gives_the_same_quotes_and_claims_as_the_plain_text(pipeline, spec_html):
    (plain,) = read_file(SPEC)
    from_text, from_html = pipeline.analyze_many([plain, spec_html])

    def quotes(article):
        return sorted((q.text, q.kind, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None,
                       q.speaker.affiliation if q.speaker else None) for q in article.quotes)

    def claims(article):
        return sorted((c.relation, c.source.name, c.target.name, c.evidence) for c in article.claims)

    assert quotes(from_html) == quotes(from_text)
    assert claims(from_html) == claims(from_text)
    assert from_html.claims and all(c.date == "2007-07-02" for c in from_html.claims)
    assert from_html.date == "2007-07-02" and from_html.outlet == "Gulf Wire"


# ---------------------------------------------------------------- JSON and JSON Lines

NEWS_PLEASE = {
    "authors": ["Ana Ruiz", "Tom Berg"],
    "date_download": "2024-03-02 08:00:00",
    "date_publish": "2024-03-01 17:45:00",
    "description": "The harbor board blamed the contractor.",
    "language": "en",
    "maintext": "The harbor board accused the contractor of hiding the delays. The contractor denied it.",
    "source_domain": "portville-herald.example",
    "title": "Board blames contractor for pier delay",
    "url": "https://portville-herald.example/pier",
}


def test_news_please_record(tmp_path):
    path = tmp_path / "pier.json"
    path.write_text(json.dumps(NEWS_PLEASE), encoding="utf-8")
    (article,) = read_file(path)
    assert article.id == "pier"
    assert article.text == f"{NEWS_PLEASE['title']}\n\n{NEWS_PLEASE['maintext']}"
    assert article.title == NEWS_PLEASE["title"]
    assert article.date == "2024-03-01T17:45:00"
    assert article.author == "Ana Ruiz; Tom Berg"
    assert article.outlet == "portville-herald.example"
    assert article.url == NEWS_PLEASE["url"]


def test_json_array_and_ids(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps([{"id": "x1", "text": "One."}, {"text": "Two."}, {"title": "no text"}]),
                    encoding="utf-8")
    items = list(read_file(path))
    assert [a.id for a in _articles(items)] == ["x1", "export-2"]
    (error,) = _errors(items)
    assert error.path.endswith("export.json[2]") and "no article text" in error.reason


def test_jsonl_bad_lines_are_errors_and_the_rest_is_read(tmp_path):
    path = tmp_path / "crawl.jsonl"
    lines = [json.dumps({"text": "First article.", "date": "2024-01-05"}), "{not json", "",
             json.dumps(["a", "list"]), json.dumps({"body": "Third article.", "published": "5 January 2024"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_file(path))
    assert [(a.id, a.date) for a in _articles(items)] == [("crawl-1", "2024-01-05"), ("crawl-5", "2024-01-05")]
    assert [e.path.rsplit(":", 1)[1] for e in _errors(items)] == ["2", "4"]


def test_field_names_are_configurable(tmp_path):
    path = tmp_path / "custom.jsonl"
    path.write_text(json.dumps({"story": "The mayor said so.", "when": "2023-11-30", "text": "ignored"}) + "\n",
                    encoding="utf-8")
    fields = JsonFields.parse(["text=story", "date=when,created"])
    assert fields.date == ("when", "created")
    (article,) = read_file(path, fields=fields)
    assert article.text == "The mayor said so." and article.date == "2023-11-30"


@pytest.mark.parametrize("spec", ["text", "colour=x", "text="])
def test_bad_field_spec_is_a_clear_error(spec):
    with pytest.raises(FormatError, match="FIELD=KEY"):
        JsonFields.parse([spec])


def test_html_in_a_json_text_field_is_extracted(tmp_path):
    path = tmp_path / "html.json"
    body = "<div><p>The minister said the talks had failed and that a new round was not planned.</p></div>"
    path.write_text(json.dumps({"content": body}), encoding="utf-8")
    (article,) = read_file(path)
    assert article.text == "The minister said the talks had failed and that a new round was not planned."


def test_our_own_results_file_is_refused(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "a", "sha256": "0", "quotes": [], "claims": []}) + "\n", encoding="utf-8")
    (error,) = read_file(path)
    assert "results record" in error.reason


def test_json_date_travels_into_the_claims(pipeline, tmp_path):
    path = tmp_path / "pier.json"
    path.write_text(json.dumps(NEWS_PLEASE), encoding="utf-8")
    (raw,) = read_file(path)
    (article,) = pipeline.analyze_many([raw])
    assert article.date == "2024-03-01T17:45:00" and article.outlet == "portville-herald.example"
    assert article.claims and {c.date for c in article.claims} == {"2024-03-01T17:45:00"}


# ---------------------------------------------------------------- plain text


def test_spec_text_header_is_recognised():
    (article,) = read_file(SPEC)
    assert article.title == SPEC_HEADLINE
    assert article.author == "Alister Bull; Dean Yates"
    assert article.outlet == "Reuters"
    assert article.text == SPEC.read_text(encoding="utf-8")  # metadata only: the text is untouched


def test_dateline_byline_and_date_line():
    text = ("Harbor board blames contractor\n\nBy Ana Ruiz, Portville Herald\n\nPublished: March 1, 2024\n\n"
            "PORTVILLE, March 1 (Wire) – The harbor board accused the contractor of hiding delays.")
    assert text_metadata(text) == {"title": "Harbor board blames contractor", "author": "Ana Ruiz",
                                   "outlet": "Portville Herald", "date": "2024-03-01"}


def test_body_sentences_are_not_metadata():
    text = ("The board met on Tuesday. It said costs had doubled since the plans were drawn up in 2019.\n\n"
            "On July 6, 2015, the chair made the following comment:\n\n“We will finish it,” she said.")
    assert text_metadata(text) == {}


def test_date_in_the_file_name(tmp_path):
    path = tmp_path / "herald_2016-09-12_pier.txt"
    path.write_text("The mayor said the pier would open in May, and the board agreed with her.", encoding="utf-8")
    (article,) = read_file(path)
    assert article.date == "2016-09-12"


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-03-01", "2024-03-01"),
    ("2024-03-01 17:45:00", "2024-03-01T17:45:00"),
    ("2024-03-01T17:45:00Z", "2024-03-01T17:45:00+00:00"),
    ("Fri, 01 Mar 2024 17:45:00 GMT", "2024-03-01T17:45:00+00:00"),
    ("March 1st, 2024", "2024-03-01"),
    ("1 Sept. 2024", "2024-09-01"),
    (1709315100, "2024-03-01T17:45:00+00:00"),
    (1709315100000, "2024-03-01T17:45:00+00:00"),
    ("soon", None),
    ("", None),
    (None, None),
])
def test_iso_date(value, expected):
    assert iso_date(value) == expected
