"""Register the attribution components with spaCy.

Stage: spaCy pipeline. Importing :mod:`attribution` (or this module) makes
the factories available, so any spaCy user can write::

    nlp = spacy.load("en_core_web_sm")
    for name in attribution.pipeline.factories.PIPE_NAMES:
        nlp.add_pipe(name)

The factories are also declared as ``spacy_factories`` entry points, so a
saved pipeline that uses them loads without importing this package first.
"""

from __future__ import annotations

from spacy.language import Language

from .components import (
    ClaimComponent,
    LayoutComponent,
    QuotationComponent,
    SpeakerComponent,
    StatementComponent,
)

PIPE_NAMES: tuple[str, ...] = (
    "attribution_layout",
    "attribution_quotations",
    "attribution_statements",
    "attribution_speakers",
    "attribution_claims",
)


@Language.factory(
    "attribution_layout",
    assigns=["doc._.attribution_layout"],
    default_config={"models_dir": None},
)
def make_layout(nlp: Language, name: str, models_dir: str | None) -> LayoutComponent:
    """Paragraphs and the ranges that are web-page furniture or repeats."""
    return LayoutComponent(nlp, name, models_dir=models_dir)


@Language.factory(
    "attribution_quotations",
    assigns=["doc._.attribution_quotations", "doc._.attribution_warnings"],
)
def make_quotations(nlp: Language, name: str) -> QuotationComponent:
    """Pairs of quotation marks, recovering unbalanced ones."""
    return QuotationComponent(nlp, name)


@Language.factory(
    "attribution_statements",
    requires=["token.dep", "token.lemma", "token.pos", "doc._.attribution_quotations"],
    assigns=["doc._.attribution_statements"],
    default_config={"models_dir": None},
)
def make_statements(nlp: Language, name: str, models_dir: str | None) -> StatementComponent:
    """Attributed statements: cue, source token and reported content."""
    return StatementComponent(nlp, name, models_dir=models_dir)


@Language.factory(
    "attribution_speakers",
    requires=["doc.ents", "token.dep", "doc._.attribution_statements"],
    assigns=["doc._.attribution_statements", "doc._.attribution_entities", "doc.spans"],
    default_config={"models_dir": None},
)
def make_speakers(nlp: Language, name: str, models_dir: str | None) -> SpeakerComponent:
    """Speakers resolved to full names, with role and affiliation."""
    return SpeakerComponent(nlp, name, models_dir=models_dir)


@Language.factory(
    "attribution_claims",
    requires=["doc._.attribution_statements", "doc._.attribution_entities"],
    assigns=["doc._.attribution_claims", "doc._.attribution_entities"],
    default_config={"models_dir": None},
)
def make_claims(nlp: Language, name: str, models_dir: str | None) -> ClaimComponent:
    """Claims between actors: accuse, deny, criticize, threaten, demand, praise, agree."""
    return ClaimComponent(nlp, name, models_dir=models_dir)
