"""Read article files into :class:`RawArticle` objects.

Stage: input, before the pipeline. Expands files, folders (recursively) and
``-`` (standard input) into articles; a file that cannot be read becomes a
:class:`ReadError` instead of stopping the batch.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .types import PathType


@dataclass(frozen=True)
class RawArticle:
    """An article's text and what is known about it before analysis."""

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class ReadError:
    """An input that could not be read, and why (one line)."""

    path: str
    reason: str


def expand(paths: Iterable[PathType]) -> Iterator[Path | ReadError | str]:
    """Files named or found under folders, in sorted order; ``"-"`` stays as is.

    In a folder only files with a suffix in :data:`READERS` are taken; a file
    named explicitly is always read (as plain text if its suffix is unknown).
    """
    for item in paths:
        if str(item) == "-":
            yield "-"
            continue
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS)
        elif path.exists():
            yield path
        else:
            yield ReadError(str(path), "no such file or directory")


def read_text_file(path: Path) -> Iterator[RawArticle | ReadError]:
    """A plain-text article; its id is the file's stem."""
    yield _read_text(path)


def _read_text(path: Path) -> RawArticle | ReadError:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ReadError(str(path), f"cannot read: {exc.strerror or exc}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ReadError(str(path), "not UTF-8 text")
    if not text.strip():
        return ReadError(str(path), "empty file")
    return RawArticle(id=path.stem, text=text, path=str(path))


#: How to read a file, by suffix. A reader yields one or more articles (a JSON
#: Lines export holds many) or errors; it never raises on bad input.
READERS: dict[str, Callable[[Path], Iterator[RawArticle | ReadError]]] = {
    ".txt": read_text_file,
    ".text": read_text_file,
}


def read_inputs(paths: Iterable[PathType]) -> Iterator[RawArticle | ReadError]:
    """Articles from files, folders and standard input, in order; errors in line."""
    for item in expand(paths):
        if isinstance(item, ReadError):
            yield item
        elif item == "-":
            text = sys.stdin.read()
            yield RawArticle(id="stdin", text=text) if text.strip() else ReadError("-", "empty standard input")
        else:
            yield from READERS.get(item.suffix.lower(), read_text_file)(item)


from . import formats as _formats  # noqa: E402,F401 - registers the HTML, JSON and JSON Lines readers
