"""The spaCy components of the attribution pipeline.

Stage: spaCy pipeline. Each component class runs one step and stores its
result on the Doc; the rule logic lives in the step modules (:mod:`.layout`,
:mod:`.quotations`, :mod:`.statements`, :mod:`.speakers`, :mod:`.claims`),
whose functions tests call directly. Factories are registered in
:mod:`.factories`. Lexicons are read from a models directory (the packaged one
by default) and saved with the pipeline by ``to_disk``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..gazetteer import gazetteer_for
from ..lexicons import REQUIRED_KEYS, Lexicons, load_lexicons
from .claims import find_claims
from .layout import find_layout, mark_paragraph_starts
from .model import doc_text
from .quotations import find_quotations
from .speakers import Resolver, continue_after_titles, keep_title_abbreviations, resolve_speakers
from .statements import find_statements

SPANS_KEY = "attribution_statements"
_DOC_EXTENSIONS: dict[str, Any] = {
    "attribution_layout": None,
    "attribution_quotations": None,
    "attribution_statements": None,
    "attribution_entities": None,
    "attribution_claims": None,
    "attribution_warnings": None,
    "attribution_failure": None,
}


def _register_extensions() -> None:
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("attribution_statement"):
        Span.set_extension("attribution_statement", getter=_statement_of_span)


def _statement_of_span(span: Span):
    """The statement whose content is exactly this span, if any."""
    for statement in span.doc._.attribution_statements or ():
        if statement.start == span.start_char and statement.end == span.end_char:
            return statement
    return None


def _warn(doc: Doc, messages: Iterable[str]) -> None:
    messages = list(messages)
    if messages:
        doc._.attribution_warnings = [*(doc._.attribution_warnings or []), *messages]


class LexiconComponent:
    """Base of the components that read lexicons: loading and saving them."""

    def __init__(self, nlp: Language, name: str, *, models_dir: str | None = None) -> None:
        _register_extensions()
        self.name = name
        self.models_dir = models_dir
        self.lexicons: Lexicons = load_lexicons(models_dir)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for filename in REQUIRED_KEYS:
            shutil.copyfile(self.lexicons.path / filename, path / filename)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> LexiconComponent:
        self.lexicons = load_lexicons(path)
        self._loaded()
        return self

    def _loaded(self) -> None:
        """Hook: rebuild whatever depends on the lexicons."""


class GazetteerComponent(LexiconComponent):
    """A lexicon component that also needs the actor gazetteer."""

    def __init__(self, nlp: Language, name: str, *, models_dir: str | None = None) -> None:
        super().__init__(nlp, name, models_dir=models_dir)
        self.gazetteer = gazetteer_for(self.lexicons)

    def _loaded(self) -> None:
        self.gazetteer = gazetteer_for(self.lexicons)


class LayoutComponent(LexiconComponent):
    """Paragraphs and skipped ranges (web boilerplate, repeats): ``doc._.attribution_layout``.

    Placed before the parser, it also starts a sentence at each paragraph.
    """

    def __call__(self, doc: Doc) -> Doc:
        doc._.attribution_layout = find_layout(doc_text(doc), self.lexicons)
        mark_paragraph_starts(doc)
        continue_after_titles(doc, self.lexicons)
        return doc


class QuotationComponent:
    """Quotation-mark pairs: ``doc._.attribution_quotations``; unbalanced marks go to the warnings."""

    def __init__(self, nlp: Language, name: str) -> None:
        _register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        quotations, warnings = find_quotations(doc_text(doc))
        doc._.attribution_quotations = quotations
        _warn(doc, warnings)
        return doc


class StatementComponent(LexiconComponent):
    """Statements with cue, source token and content: ``doc._.attribution_statements``."""

    def __call__(self, doc: Doc) -> Doc:
        if doc._.attribution_failure:
            return doc
        layout = doc._.attribution_layout or find_layout(doc_text(doc), self.lexicons)
        quotations = doc._.attribution_quotations
        if quotations is None:
            quotations, _ = find_quotations(doc_text(doc))
        doc._.attribution_statements = find_statements(doc, self.lexicons, quotations, layout)
        return doc


class SpeakerComponent(GazetteerComponent):
    """Speakers, roles and affiliations: fills each statement's ``speaker`` and
    ``doc._.attribution_entities``; mirrors the statements in ``doc.spans["attribution_statements"]``.
    It teaches the tokenizer the lexicon's dotted titles ("Col.", "Hon.") so they end no sentence."""

    def __init__(self, nlp: Language, name: str, *, models_dir: str | None = None) -> None:
        super().__init__(nlp, name, models_dir=models_dir)
        keep_title_abbreviations(nlp.tokenizer, self.lexicons)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.attribution_failure:
            return doc
        layout = doc._.attribution_layout or find_layout(doc_text(doc), self.lexicons)
        statements, entities = resolve_speakers(doc, doc._.attribution_statements or [], self.lexicons,
                                                self.gazetteer, layout, quotations=doc._.attribution_quotations)
        doc._.attribution_statements = statements
        doc._.attribution_entities = entities
        spans = [doc.char_span(s.start, s.end, label=s.kind, alignment_mode="expand") for s in statements]
        doc.spans[SPANS_KEY] = [s for s in spans if s is not None]
        return doc


class ClaimComponent(GazetteerComponent):
    """Claims between actors: ``doc._.attribution_claims`` (targets may add entities)."""

    def __call__(self, doc: Doc) -> Doc:
        if doc._.attribution_failure:
            return doc
        layout = doc._.attribution_layout or find_layout(doc_text(doc), self.lexicons)
        resolver = Resolver.for_doc(doc, self.lexicons, self.gazetteer, layout,
                                    entities=doc._.attribution_entities or [])
        doc._.attribution_claims = find_claims(doc, doc._.attribution_statements or [], resolver,
                                               self.lexicons, self.gazetteer)
        doc._.attribution_entities = resolver.entities
        return doc


#: Components in pipeline order, with the factory name of each.
COMPONENTS: tuple[tuple[str, Callable[..., Any]], ...] = (
    ("attribution_layout", LayoutComponent),
    ("attribution_quotations", QuotationComponent),
    ("attribution_statements", StatementComponent),
    ("attribution_speakers", SpeakerComponent),
    ("attribution_claims", ClaimComponent),
)
