"""A results directory: articles.jsonl, errors.jsonl, the CSV tables and the graph.

Stage: output; never imports spaCy. A run (:class:`Run`) appends each batch of
records, as it comes, to a journal in ``OUT/.journal/``; when every input is
done, the tables and the graph are built from the journal's records (never by
parsing again) and every visible file is replaced atomically, the journal
becoming ``articles.jsonl`` last. So the visible files are always those of one
finished run, never half written; an interrupted run leaves its journal, whose
records the next run reuses (:class:`StoredRecords`) instead of parsing again.

What it does not do: decide what to parse (:mod:`attribution.runner` does).
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import hashlib
import json
import os
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .actors import resolve_actors
from .errors import ResultsError
from .export import safe_cell, write_csv, write_graphml
from .graph import build_graph
from .records import Article
from .tables import ACTOR_COLUMNS, CLAIM_COLUMNS, QUOTE_COLUMNS, actor_rows, claim_rows, quote_rows
from .types import PathType

try:  # POSIX: one run at a time per results directory
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

ARTICLES = "articles.jsonl"
ERRORS = "errors.jsonl"
QUOTES = "quotes.csv"
CLAIMS = "claims.csv"
ACTORS = "actors.csv"
GRAPH = "graph.graphml"
JOURNAL = ".journal"

#: What makes a stored record reusable: the same article (id, origin and metadata), the same text
#: (its SHA-256), the same spaCy pipeline and the same lexicons.
KEY_FIELDS: tuple[str, ...] = ("id", "path", "sha256", "model", "lexicons", "title", "date", "url", "outlet",
                               "author")


def reuse_key(fields: Mapping[str, Any]) -> str:
    """The key under which a record is reused, from a record (or the same fields of an input)."""
    values = json.dumps([fields.get(name) for name in KEY_FIELDS], ensure_ascii=False)
    return hashlib.blake2b(values.encode("utf-8"), digest_size=16).hexdigest()


def record_line(article: Article) -> str:
    """An article record as one line of ``articles.jsonl`` (with its line feed)."""
    return json.dumps(article.to_dict(), ensure_ascii=False) + "\n"


@dataclass
class Summary:
    """Counts of one run.

    Attributes:
        articles: Article records written (analyzed now or reused), counted at the commit.
        reused: Of those, records taken from an earlier run instead of parsing again.
        quotes: Statements in the records written, counted at the commit.
        claims: Claims in the records written, counted at the commit.
        errors: Inputs skipped (each named in ``errors.jsonl``).
    """

    articles: int = 0
    reused: int = 0
    quotes: int = 0
    claims: int = 0
    errors: int = 0


@contextlib.contextmanager
def atomic_write(path: PathType, *, binary: bool = False) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path``; on success it replaces ``path`` in one step.

    On an error (or an interrupt) the temporary file is removed and ``path``
    is left as it was.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") if binary else open(tmp, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_dir(path.parent)


def _sync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the system allows it)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class StoredRecords:
    """Records of earlier runs in a results directory, found by :func:`reuse_key`.

    Holds only the key and the place of each record (not the records);
    :meth:`get` reads the line back. Newer sources win: the journals of
    interrupted runs (newest first), then ``articles.jsonl``. Lines that are
    not whole records (the last one of a killed run, say) are passed over.
    """

    def __init__(self, sources: Iterable[Path] = ()) -> None:
        self._files: list[IO[bytes]] = []
        self._where: dict[str, tuple[int, int]] = {}
        for path in sources:
            try:
                handle = path.open("rb")
            except OSError:
                continue
            self._files.append(handle)
            self._index(handle, len(self._files) - 1)

    def _index(self, handle: IO[bytes], number: int) -> None:
        offset = 0
        for line in handle:
            start, offset = offset, offset + len(line)
            if not line.endswith(b"\n"):
                break
            try:
                data = json.loads(line)
            except ValueError:
                continue
            if isinstance(data, dict) and isinstance(data.get("id"), str):
                self._where.setdefault(reuse_key(data), (number, start))

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, key: object) -> bool:
        return key in self._where

    def get(self, key: str) -> str | None:
        """The stored line (with its line feed) of the record with this key, or None."""
        where = self._where.get(key)
        if where is None:
            return None
        handle = self._files[where[0]]
        handle.seek(where[1])
        return handle.readline().decode("utf-8")

    def close(self) -> None:
        for handle in self._files:
            handle.close()
        self._files.clear()
        self._where.clear()


class Run:
    """One run writing a results directory: a journal now, the visible files at :meth:`commit`.

    Use as a context manager. Leaving it without :meth:`commit` (an error, an
    interrupt) keeps the journal for the next run and the visible files as
    they were. Only one run at a time may use a directory.

    Args:
        out_dir: The results directory (created if needed).
        reuse: Index the records of earlier runs (:attr:`stored`); False to analyze everything again.

    Raises:
        ResultsError: The directory cannot be created, or another run is using it.
    """

    def __init__(self, out_dir: PathType, *, reuse: bool = True) -> None:
        self.dir = Path(out_dir)
        self.journal_dir = self.dir / JOURNAL
        try:
            self.journal_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ResultsError(f"cannot write results to {self.dir}: {exc.strerror or exc}") from None
        self._lock = _lock(self.dir)
        self.summary = Summary()
        earlier = sorted(self.journal_dir.glob("*.articles.jsonl"), reverse=True)
        self.stored = StoredRecords([*earlier, self.dir / ARTICLES] if reuse else ())
        stem = f"{time.time_ns():020d}-{os.getpid()}"
        self._articles_path = self.journal_dir / f"{stem}.articles.jsonl"
        self._errors_path = self.journal_dir / f"{stem}.errors.jsonl"
        self._articles: IO[str] = self._articles_path.open("w", encoding="utf-8", newline="")
        self._errors: IO[str] = self._errors_path.open("w", encoding="utf-8", newline="")
        self._committed = False

    def add(self, lines: Iterable[str]) -> None:
        """Append record lines (from :func:`record_line` or :meth:`StoredRecords.get`), in one write."""
        lines = list(lines)
        if not lines:
            return
        self._articles.write("".join(lines))
        self._articles.flush()

    def error(self, path: str, reason: str) -> None:
        """Record an input that was skipped, and why."""
        self._errors.write(json.dumps({"path": path, "reason": reason}, ensure_ascii=False) + "\n")
        self._errors.flush()
        self.summary.errors += 1

    def commit(self) -> None:
        """Build the tables and the graph from this run's records; replace the visible files.

        ``articles.jsonl`` is replaced last, so that a run stopped in between
        still has its journal and the next one finishes the job.
        """
        for handle in (self._articles, self._errors):
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        self.summary.articles, self.summary.quotes, self.summary.claims = write_tables(self._articles_path, self.dir)
        os.replace(self._errors_path, self.dir / ERRORS)
        os.replace(self._articles_path, self.dir / ARTICLES)
        _sync_dir(self.dir)
        self._committed = True

    def close(self) -> None:
        """Release the directory; after a commit, remove the journals of earlier interrupted runs."""
        self.stored.close()
        for handle in (self._articles, self._errors):
            if not handle.closed:
                handle.close()
        if self._committed:
            for path in self.journal_dir.glob("*.jsonl"):
                path.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                self.journal_dir.rmdir()
        else:
            if self._articles_path.exists() and self._articles_path.stat().st_size == 0:
                self._articles_path.unlink()
            self._errors_path.unlink(missing_ok=True)
            with contextlib.suppress(OSError):  # only if no journal is left in it
                self.journal_dir.rmdir()
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    def __enter__(self) -> Run:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ResultsWriter:
    """Write article records one has already (from :meth:`Pipeline.analyze`, say) to a results directory.

    A :class:`Run` that reuses nothing: leaving the ``with`` block normally
    writes ``articles.jsonl``, ``errors.jsonl``, the tables and the graph;
    leaving it with an error leaves the directory as it was.
    """

    def __init__(self, out_dir: PathType) -> None:
        self._run = Run(out_dir, reuse=False)
        self.summary = self._run.summary

    def article(self, article: Article) -> None:
        self._run.add([record_line(article)])

    def error(self, path: str, reason: str) -> None:
        self._run.error(path, reason)

    def __enter__(self) -> ResultsWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        try:
            if kind is None:
                self._run.commit()
        finally:
            self._run.close()


def _lock(folder: Path) -> int | None:
    """Hold an exclusive lock on ``folder`` (a descriptor to close), or fail if another run holds it."""
    if fcntl is None:  # pragma: no cover
        return None
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise ResultsError(f"{folder} is being written by another 'attribution analyze' run") from None
    return fd


def read_articles(out_dir: PathType) -> Iterator[Article]:
    """The article records of a results directory, in the order written."""
    path = Path(out_dir) / ARTICLES
    if not path.is_file():
        raise ResultsError(f"no {ARTICLES} in {out_dir}: run 'attribution analyze ... --out {out_dir}' first")
    yield from _read_records(path)


def _read_records(path: Path) -> Iterator[Article]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield Article.from_dict(json.loads(line))
            except (json.JSONDecodeError, TypeError, KeyError, AttributeError) as exc:
                raise ResultsError(f"{path}:{number}: not an article record ({exc})") from None


def write_tables(records: PathType, out_dir: PathType) -> tuple[int, int, int]:
    """Write the CSV tables and the GraphML graph of the records in the file ``records``.

    One pass over the records: the quote rows are written as they are read;
    the corpus actors, the claim rows and the graph are then made from the
    records without their quotes (but those claims rest on). Each file is
    replaced atomically.

    Returns:
        How many articles, quotes and claims the records hold.
    """
    out = Path(out_dir)
    slim: list[Article] = []
    n_quotes = 0
    with atomic_write(out / QUOTES) as quotes:
        writer = csv.DictWriter(quotes, fieldnames=list(QUOTE_COLUMNS), extrasaction="ignore")
        writer.writeheader()
        for article in _read_records(Path(records)):
            writer.writerows({k: safe_cell("" if row.get(k) is None else row.get(k)) for k in QUOTE_COLUMNS}
                             for row in quote_rows((article,)))
            n_quotes += len(article.quotes)
            slim.append(_without_quotes(article))
    actors = resolve_actors(slim)
    with atomic_write(out / CLAIMS) as claims:
        write_csv(claims, claim_rows(slim, actors), CLAIM_COLUMNS)
    with atomic_write(out / ACTORS) as handle:
        write_csv(handle, actor_rows(actors), ACTOR_COLUMNS)
    with atomic_write(out / GRAPH, binary=True) as graph:
        write_graphml(build_graph(slim, actors=actors), graph)
    return len(slim), n_quotes, sum(len(article.claims) for article in slim)


def _without_quotes(article: Article) -> Article:
    """The article with only the quotes its claims rest on (what the actors, claims and graph need)."""
    cited = {claim.quote_id for claim in (*article.claims, *article.flagged_claims)}
    return dataclasses.replace(article, quotes=tuple(q for q in article.quotes if q.id in cited))


def finalize(out_dir: PathType) -> None:
    """Write the CSV tables and the GraphML graph from the stored records of ``out_dir``."""
    path = Path(out_dir) / ARTICLES
    if not path.is_file():
        raise ResultsError(f"no {ARTICLES} in {out_dir}: run 'attribution analyze ... --out {out_dir}' first")
    write_tables(path, out_dir)
