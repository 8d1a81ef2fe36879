"""A results directory: articles.jsonl, errors.jsonl, the CSV tables and the graph.

Stage: output; never imports spaCy. Records are appended to
``articles.jsonl`` as they come; the tables and the graph are then built from
the stored records (:func:`finalize`), never by parsing again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .actors import resolve_actors
from .errors import ResultsError
from .export import write_csv, write_graphml
from .graph import build_graph
from .records import Article
from .tables import ACTOR_COLUMNS, CLAIM_COLUMNS, QUOTE_COLUMNS, actor_rows, claim_rows, quote_rows
from .types import PathType

ARTICLES = "articles.jsonl"
ERRORS = "errors.jsonl"
QUOTES = "quotes.csv"
CLAIMS = "claims.csv"
ACTORS = "actors.csv"
GRAPH = "graph.graphml"


@dataclass
class Summary:
    """Counts of one run."""

    articles: int = 0
    quotes: int = 0
    claims: int = 0
    errors: int = 0


class ResultsWriter:
    """Append article records and input errors to a results directory.

    Use as a context manager; each record is flushed as it is written, so an
    interrupted run keeps every record written before.
    """

    def __init__(self, out_dir: PathType) -> None:
        self.dir = Path(out_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.summary = Summary()
        self._articles: IO[str] = (self.dir / ARTICLES).open("w", encoding="utf-8")
        self._errors: IO[str] = (self.dir / ERRORS).open("w", encoding="utf-8")

    def article(self, article: Article) -> None:
        self._articles.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        self._articles.flush()
        self.summary.articles += 1
        self.summary.quotes += len(article.quotes)
        self.summary.claims += len(article.claims)

    def error(self, path: str, reason: str) -> None:
        self._errors.write(json.dumps({"path": path, "reason": reason}, ensure_ascii=False) + "\n")
        self._errors.flush()
        self.summary.errors += 1

    def close(self) -> None:
        self._articles.close()
        self._errors.close()

    def __enter__(self) -> ResultsWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_articles(out_dir: PathType) -> Iterator[Article]:
    """The article records of a results directory, in the order written."""
    path = Path(out_dir) / ARTICLES
    if not path.is_file():
        raise ResultsError(f"no {ARTICLES} in {out_dir}: run 'attribution analyze ... --out {out_dir}' first")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield Article.from_dict(json.loads(line))
            except (json.JSONDecodeError, TypeError, KeyError) as exc:
                raise ResultsError(f"{path}:{number}: not an article record ({exc})") from None


def finalize(out_dir: PathType) -> None:
    """Write the CSV tables and the GraphML graph from the stored records."""
    out = Path(out_dir)
    actors = resolve_actors(read_articles(out))
    write_csv(out / QUOTES, quote_rows(read_articles(out)), QUOTE_COLUMNS)
    write_csv(out / CLAIMS, claim_rows(read_articles(out), actors), CLAIM_COLUMNS)
    write_csv(out / ACTORS, actor_rows(actors), ACTOR_COLUMNS)
    write_graphml(build_graph(read_articles(out), actors=actors), out / GRAPH)
