"""Article file formats: saved web pages, JSON exports, and metadata in plain text.

Stage: input, before the pipeline, beside :mod:`attribution.readers`, into
whose ``READERS`` table this module registers its readers by suffix:

- ``.html`` / ``.htm``: a saved web page. The main text is extracted with
  trafilatura (navigation, teasers, comments and footers dropped); title,
  date, author, address and site name become the article's metadata.
- ``.json`` (one object or an array of objects) and ``.jsonl`` / ``.ndjson``
  (one object a line): crawler exports such as news-please's. Which keys hold
  the text, title, date, address... is set by :class:`JsonFields`.
- ``.txt``: read by :func:`attribution.readers.read_text_file`, then the
  header is looked at for metadata: a title line, a byline ("By Alister Bull
  and Dean Yates"), a dateline ("BAGHDAD (Reuters) –") and a date line.

What it does not do: decide which parts of the text yield statements (the
layout component skips datelines, bylines and repeated leads, and keeps every
offset), or guess encodings of plain text (the plain-text reader does).
Every reader yields :class:`~attribution.readers.RawArticle` objects, or
:class:`~attribution.readers.ReadError` for a bad item, and never raises on bad input.
"""

from __future__ import annotations

import contextlib
import dataclasses
import email.utils
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .errors import AttributionError
from .readers import READERS, RawArticle, ReadError, read_text_file

Reader = Callable[[Path], Iterator[RawArticle | ReadError]]

_HEADER_PARAGRAPHS = 8
_TITLE_MAX_WORDS = 25
_MIN_ARTICLE_WORDS = 8  # less is a menu or a link list, not an article
_DATE_LINE_EXTRA_WORDS = 4  # "Published: July 2, 2007 10:05 AM EDT"
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:(?:de|da|van|von|al|bin|el|la|le)\s+)?[A-Z][\w'’.-]+){1,3}"
_BYLINE = re.compile(
    rf"(?:^|(?<=[.!?”\"]\s))By\s+(?P<names>{_NAME}(?:(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|&)\s+{_NAME})?)"
    r"(?:\s*[,|]\s*(?P<outlet>[A-Z][\w.&' -]{1,40}?))?\s*$"
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}?)(?:,\s*[A-Z][A-Za-z.]+(?:\s\d{1,2})?)*\s*"
    r"\((?P<agency>[A-Z][\w&. -]{1,30})\)\s*[-–—]+\s"
)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DATE_IN_TEXT = re.compile(
    rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?)?"
    rf"|(?:{_MONTHS})\.? \d{{1,2}},? \d{{4}}"
    rf"|\d{{1,2}} (?:{_MONTHS})\.? \d{{4}})\b",
    re.IGNORECASE,
)
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y",
                 "%Y/%m/%d", "%d.%m.%Y", "%Y%m%d")
_ISO_DATE_IN_NAME = re.compile(r"(?<!\d)(?:19|20)\d{2}-[01]\d-[0-3]\d(?!\d)")
_LOOKS_LIKE_HTML = re.compile(r"<(?:p|div|br|html|body|article|span|a)\b[^>]*>", re.IGNORECASE)


class FormatError(AttributionError):
    """A format option is malformed (an unknown JSON field name, say)."""


# --------------------------------------------------------------------------- metadata helpers


def iso_date(value: Any) -> str | None:
    """A date or timestamp as ISO 8601, or None when it cannot be read.

    Dates without a time stay dates ("2007-07-02"); timestamps keep their time
    and offset ("2017-03-14T09:23:00"). Accepts ISO strings (with a space or a
    ``T``), e-mail/RSS dates ("Mon, 02 Jul 2007 14:05:00 GMT"), "July 2, 2007",
    "2 July 2007", and Unix times in seconds or milliseconds.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).isoformat(timespec="seconds")
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        parsed = None
    if parsed is not None:
        has_time = len(text) > 10
        return parsed.isoformat(timespec="seconds") if has_time else parsed.date().isoformat()
    try:
        return email.utils.parsedate_to_datetime(text).isoformat(timespec="seconds")
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.replace("Sept.", "Sep").replace(".", ""))
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _paragraph_texts(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def text_metadata(text: str) -> dict[str, str]:
    """Metadata found in the header of a plain-text article.

    Looks at the first paragraphs only, and returns what it found of:
    ``title`` (the first short line before the body that is not a truncated
    teaser, a byline or a dateline), ``author`` (a byline "By A and B", alone
    or closing a paragraph; several names joined with "; "), ``outlet`` (the
    agency of a dateline "BAGHDAD (Reuters) –", or of a byline "By A, Reuters")
    and ``date`` (a header line that is mostly a full date: "Published: July 2, 2007"). The text itself
    is not changed: the layout component keeps datelines, bylines and a
    repeated lead out of the statements.

    Args:
        text: The article text.

    Returns:
        The fields found, by RawArticle field name.
    """
    found: dict[str, str] = {}
    body_started = False
    for paragraph in _paragraph_texts(text)[:_HEADER_PARAGRAPHS]:
        words = paragraph.split()
        byline = _BYLINE.search(paragraph)
        if byline and "author" not in found:
            names = re.split(r"\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*", byline.group("names"))
            found["author"] = "; ".join(n.strip() for n in names if n.strip())
            if byline.group("outlet"):
                found.setdefault("outlet", byline.group("outlet").strip())
        dateline = _DATELINE.match(paragraph)
        if dateline:
            found.setdefault("outlet", dateline.group("agency").strip())
        match = _DATE_IN_TEXT.search(paragraph) if "date" not in found else None
        if match and len((paragraph[:match.start()] + paragraph[match.end():]).split()) <= _DATE_LINE_EXTRA_WORDS:
            date = iso_date(match.group())
            if date:
                found["date"] = date
                continue
        if body_started or paragraph.endswith(("...", "…")) or (byline and byline.start() == 0):
            continue  # page furniture before the title (a truncated breadcrumb, a byline) or the body
        if not dateline and _looks_like_title(paragraph, words):
            found["title"] = paragraph
        body_started = True
    return found


def _looks_like_title(paragraph: str, words: list[str]) -> bool:
    """A headline: 3 to 25 words in one sentence at most."""
    if not 3 <= len(words) <= _TITLE_MAX_WORDS:
        return False
    return not re.search(r"[a-z]{2}[.!?][”\"’']?\s+[A-Z“\"‘']", paragraph)


def with_text_metadata(article: RawArticle) -> RawArticle:
    """``article`` with the metadata of :func:`text_metadata` filled in where it had none."""
    extra = {key: value for key, value in text_metadata(article.text).items() if getattr(article, key) is None}
    return dataclasses.replace(article, **extra) if extra else article


# --------------------------------------------------------------------------- plain text


def read_text_with_metadata(path: Path) -> Iterator[RawArticle | ReadError]:
    """A plain-text article (:func:`attribution.readers.read_text_file`), with header metadata.

    Where the header has no date, an ISO date in the file name
    ("breitbart_2016-09-12_stealth.txt") is taken, as crawlers often name files so.
    """
    for item in read_text_file(path):
        if isinstance(item, RawArticle):
            item = with_text_metadata(item)
            named = _ISO_DATE_IN_NAME.search(path.stem)
            if item.date is None and named:
                item = dataclasses.replace(item, date=iso_date(named.group()))
        yield item


# --------------------------------------------------------------------------- HTML


def html_to_text(html: str) -> str:
    """The text of an HTML fragment (a CMS "content" field), paragraphs separated by blank lines."""
    import trafilatura  # a heavy import, needed only for web pages

    page = html if re.match(r"\s*<(?:!doctype|html)\b", html, re.IGNORECASE) else f"<html><body>{html}</body></html>"
    with _quiet_trafilatura():
        try:
            text = trafilatura.extract(page, include_comments=False, include_tables=False)
        except Exception:  # noqa: BLE001 - lxml and trafilatura raise many kinds on broken markup
            text = None
    return "\n\n".join(_paragraph_texts(text or ""))


@contextlib.contextmanager
def _quiet_trafilatura() -> Iterator[None]:
    """Keep trafilatura's log lines about bad pages off standard error: the ReadError says it once."""
    logger = logging.getLogger("trafilatura")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def html_article(html: str | bytes, *, id: str, path: str | None = None,
                 url: str | None = None) -> RawArticle | ReadError:
    """An article from a saved web page.

    The text is the page's title, a blank line, then the main text found by
    trafilatura, one paragraph per block, separated by blank lines (site
    navigation, teasers, comments, share buttons and footers are left out).
    Metadata comes from the page (``<meta>`` tags, JSON-LD, ``<time>``,
    bylines) and, where the page has none, from the text's own header
    (:func:`text_metadata`).

    Args:
        html: The page, as bytes (its declared encoding is honoured) or text.
        id: The article id.
        path: Where it was read from.
        url: The page's address, when known from elsewhere.

    Returns:
        The article, or a ReadError when the page has no article text.
    """
    import trafilatura  # a heavy import, needed only for web pages

    where = path or id
    try:
        with _quiet_trafilatura():
            document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                                   include_tables=False, favor_precision=True)
    except Exception as exc:  # noqa: BLE001 - lxml and trafilatura raise many kinds on broken markup
        return ReadError(where, f"cannot parse the HTML page: {type(exc).__name__}: {exc}")
    body = _paragraph_texts(getattr(document, "text", None) or "") if document is not None else []
    if sum(len(p.split()) for p in body) < _MIN_ARTICLE_WORDS:
        return ReadError(where, "no article text found in the HTML page")
    title = _clean(getattr(document, "title", None))
    if title and body[0] != title:
        body.insert(0, title)
    text = "\n\n".join(body)
    raw = RawArticle(
        id=id, text=text, path=path, title=title, date=iso_date(getattr(document, "date", None)),
        url=_clean(getattr(document, "url", None)) or url,
        outlet=_clean(getattr(document, "sitename", None)) or _clean(getattr(document, "hostname", None)),
        author=_clean(getattr(document, "author", None)),
    )
    return with_text_metadata(raw)


def read_html_file(path: Path) -> Iterator[RawArticle | ReadError]:
    """A saved web page; its id is the file's stem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if not data.strip():
        yield ReadError(str(path), "empty file")
        return
    yield html_article(data, id=path.stem, path=str(path))


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None


# --------------------------------------------------------------------------- JSON and JSON Lines


@dataclass(frozen=True)
class JsonFields:
    """Which keys of a JSON record hold what; the first key present with a value wins.

    The defaults read news-please exports (``maintext``, ``date_publish``,
    ``authors``, ``source_domain``) and most other crawler exports as they are.

    Attributes:
        text: Keys of the article text (plain text, or HTML, which is then extracted).
        title: Keys of the headline.
        date: Keys of the publication date (any form :func:`iso_date` reads).
        url: Keys of the address.
        id: Keys of an id; without one, the id is the file's stem, plus ``-<n>``
            (the record's number) when the file holds several.
        author: Keys of the byline (a list of names is joined with "; ").
        outlet: Keys of the publisher.
    """

    text: tuple[str, ...] = ("text", "maintext", "body", "content", "article_text", "article")
    title: tuple[str, ...] = ("title", "headline")
    date: tuple[str, ...] = ("date", "date_publish", "published", "publish_date", "published_at",
                             "pubdate", "datetime", "date_published")
    url: tuple[str, ...] = ("url", "link", "source_url")
    id: tuple[str, ...] = ("id", "article_id", "doc_id", "uuid")
    author: tuple[str, ...] = ("author", "authors", "byline")
    outlet: tuple[str, ...] = ("outlet", "source", "source_domain", "publisher", "sitename", "site_name")

    @classmethod
    def parse(cls, specs: Iterable[str]) -> JsonFields:
        """Defaults overridden by ``FIELD=KEY[,KEY...]`` items, e.g. ``text=body`` or ``date=pub_date,created``.

        Raises:
            FormatError: An item is not of that form, or names no field of this class.
        """
        changes: dict[str, tuple[str, ...]] = {}
        known = [f.name for f in dataclasses.fields(cls)]
        for spec in specs:
            name, sep, keys = spec.partition("=")
            name = name.strip()
            if not sep or name not in known or not keys.strip():
                raise FormatError(f"bad JSON field {spec!r}: expected FIELD=KEY[,KEY...] with FIELD one of "
                                  f"{', '.join(known)}")
            changes[name] = tuple(k.strip() for k in keys.split(",") if k.strip())
        return dataclasses.replace(cls(), **changes)


def _first(record: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return _clean("; ".join(str(v) for v in value if v not in (None, "")))
    if isinstance(value, Mapping):
        return _clean(value.get("name"))
    return _clean(value)


def record_article(record: Any, *, fields: JsonFields, default_id: str, path: str | None = None,
                   where: str | None = None) -> RawArticle | ReadError:
    """An article from one JSON record (a dict), or a ReadError saying what is missing.

    Args:
        record: The decoded JSON value.
        fields: Which keys hold what.
        default_id: The id to use when the record has none.
        path: The file it came from.
        where: How to name the record in an error ("exports.jsonl:12").
    """
    where = where or path or default_id
    if not isinstance(record, Mapping):
        return ReadError(where, f"not a JSON object but {type(record).__name__}")
    text = _first(record, fields.text)
    if not isinstance(text, str) or not text.strip():
        if "quotes" in record and "sha256" in record:
            return ReadError(where, "an attribution results record, not an article")
        return ReadError(where, f"no article text (looked for the keys {', '.join(fields.text)})")
    if _LOOKS_LIKE_HTML.search(text):
        text = html_to_text(text)
        if not text:
            return ReadError(where, "no article text found in the HTML of the record")
    title = _as_text(_first(record, fields.title))
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    raw_id = _first(record, fields.id)
    return with_text_metadata(RawArticle(
        id=str(raw_id).strip() if raw_id not in (None, "") else default_id, text=text, path=path, title=title,
        date=iso_date(_first(record, fields.date)), url=_as_text(_first(record, fields.url)),
        outlet=_as_text(_first(record, fields.outlet)), author=_as_text(_first(record, fields.author)),
    ))


def read_json_file(path: Path, *, fields: JsonFields | None = None) -> Iterator[RawArticle | ReadError]:
    """Articles of a JSON file: one object, or an array of objects."""
    fields = fields or JsonFields()
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    except UnicodeDecodeError:
        yield ReadError(str(path), "not UTF-8 text")
        return
    except json.JSONDecodeError as exc:
        yield ReadError(str(path), f"not JSON: {exc.msg} at line {exc.lineno}")
        return
    if isinstance(data, list):
        for n, record in enumerate(data, 1):
            yield record_article(record, fields=fields, default_id=f"{path.stem}-{n}", path=str(path),
                                 where=f"{path}[{n - 1}]")
    else:
        yield record_article(data, fields=fields, default_id=path.stem, path=str(path))


def read_jsonl_file(path: Path, *, fields: JsonFields | None = None) -> Iterator[RawArticle | ReadError]:
    """Articles of a JSON Lines file, one object a line, read as a stream; a bad line is one error."""
    fields = fields or JsonFields()
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        for number, line in enumerate(handle, 1):
            where = f"{path}:{number}"
            if not line.strip():
                continue
            try:
                record = json.loads(line.decode("utf-8-sig" if number == 1 else "utf-8"))
            except UnicodeDecodeError:
                yield ReadError(where, "not UTF-8 text")
                continue
            except json.JSONDecodeError as exc:
                yield ReadError(where, f"not JSON: {exc.msg}")
                continue
            yield record_article(record, fields=fields, default_id=f"{path.stem}-{number}", path=str(path),
                                 where=where)


def format_readers(*, fields: JsonFields | None = None) -> dict[str, Reader]:
    """The readers of this module by suffix, the JSON ones reading ``fields``."""
    fields = fields or JsonFields()

    def json_reader(path: Path) -> Iterator[RawArticle | ReadError]:
        return read_json_file(path, fields=fields)

    def jsonl_reader(path: Path) -> Iterator[RawArticle | ReadError]:
        return read_jsonl_file(path, fields=fields)

    return {
        ".txt": read_text_with_metadata, ".text": read_text_with_metadata,
        ".html": read_html_file, ".htm": read_html_file, ".xhtml": read_html_file,
        ".json": json_reader, ".jsonl": jsonl_reader, ".ndjson": jsonl_reader,
    }


def read_file(path: Path, *, fields: JsonFields | None = None) -> Iterator[RawArticle | ReadError]:
    """The articles of one file, read by its suffix (plain text when the suffix is unknown)."""
    readers = format_readers(fields=fields)
    yield from readers.get(path.suffix.lower(), read_text_with_metadata)(path)


READERS.update(format_readers())
