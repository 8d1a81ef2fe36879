"""Read article files into :class:`RawArticle` objects.

Stage: input, before the pipeline. Expands files, folders (recursively, in
sorted order, one directory listing at a time) and ``-`` (standard input) into
articles, and decodes their bytes: UTF-8 (with or without a byte-order mark),
UTF-16/32 with a byte-order mark, and legacy encodings detected with
charset-normalizer (cp1252 smart quotes, Latin-1). Every input that cannot be
read (missing, a broken link, unreadable, empty, binary, undecodable) becomes
a :class:`ReadError` with a one-line reason instead of stopping the batch.

What it does not do: parse, or cut long texts (the API splits a text longer
than spaCy's ``max_length`` at paragraph boundaries).
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import InputError
from .types import PathType

#: Bytes looked at to tell binary data from text.
_SNIFF = 8192
#: Share of control characters (other than tab, line feed, form feed, carriage return) above which
#: a decoded text is taken for binary data.
_MAX_CONTROL = 0.01
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
#: What a Western news text not in UTF-8 most likely is (browsers read "latin-1" as cp1252 too,
#: per the WHATWG Encoding Standard); preferred among equally plausible single-byte encodings.
_WESTERN = "cp1252"
#: Most bytes that are not UTF-8 in a text still read as UTF-8 (the rest read as cp1252).
_MAX_STRAYS = 100


@dataclass(frozen=True)
class RawArticle:
    """An article's text and what is known about it before analysis.

    Attributes:
        warnings: Problems met while reading and worked around ("decoded as cp1252"); they are
            carried into the article record's warnings.
    """

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReadError:
    """An input that could not be read, and why (one line)."""

    path: str
    reason: str


def expand(paths: Iterable[PathType]) -> Iterator[Path | ReadError | str]:
    """Files named or found under folders, in sorted order; ``"-"`` stays as is.

    In a folder only files with a suffix in :data:`READERS` are taken, and a
    link with such a suffix that points nowhere is reported; a file named
    explicitly is always read (as plain text if its suffix is unknown).
    Folders are walked one listing at a time (no list of the whole tree), in
    the order of ``sorted()`` on the paths; linked folders are followed, but
    never into a folder that contains them.
    """
    for item in paths:
        if str(item) == "-":
            yield "-"
            continue
        path = Path(item)
        if path.is_dir():
            yield from _walk(path, set())
        elif path.exists():
            yield path
        elif path.is_symlink():
            yield ReadError(str(path), f"broken link to {os.readlink(path)}")
        else:
            yield ReadError(str(path), "no such file or directory")


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Path | ReadError]:
    try:
        info = folder.stat()
        key = (info.st_dev, info.st_ino)
        if key in seen:
            return
        seen = seen | {key}
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        yield ReadError(str(folder), f"cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError as exc:
            yield ReadError(str(path), f"cannot read: {exc.strerror or exc}")
            continue
        if is_dir:
            yield from _walk(path, seen)
        elif path.suffix.lower() not in READERS:
            continue
        elif is_file:
            yield path
        elif entry.is_symlink() and not path.exists():
            yield ReadError(str(path), f"broken link to {os.readlink(path)}")


def count_inputs(paths: Iterable[PathType]) -> int:
    """How many files (and standard inputs) :func:`read_inputs` will read; a listing, no reading."""
    return sum(1 for item in expand(paths) if not isinstance(item, ReadError))


def read_bytes(path: Path) -> bytes:
    """The bytes of a file (the one place files are opened, so tests can make one unreadable).

    Raises:
        OSError: It cannot be read.
    """
    return path.read_bytes()


def decode(data: bytes) -> tuple[str, str]:
    """Text from bytes, and the encoding it was read in.

    UTF-8 first (a byte-order mark of UTF-8, -16 or -32 is honoured), also
    when a few stray bytes in otherwise UTF-8 text are not (they are read as
    cp1252); else the encoding charset-normalizer finds most plausible, cp1252
    preferred among equally plausible ones.

    Raises:
        InputError: The bytes are empty, binary or not text in any encoding
            charset-normalizer knows; the message is the one-line reason.
    """
    if not data:
        raise InputError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding)), encoding.removesuffix("-sig")
            except UnicodeDecodeError:
                raise InputError(f"not {encoding.removesuffix('-sig')} text despite its byte-order mark") from None
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:_SNIFF]:
        raise InputError("binary file, not text")
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return _checked(mixed[0]), f"utf-8 with {mixed[1]} stray byte(s) read as {_WESTERN}"
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError("undecodable: not text in any known encoding")
    encoding = best.encoding
    for match in matches:
        if (_WESTERN == match.encoding or _WESTERN in match.could_be_from_charset) and \
                match.chaos <= best.chaos and match.coherence >= best.coherence - 0.01:
            encoding = _WESTERN
            break
    try:
        return _checked(data.decode(encoding)), encoding
    except (UnicodeDecodeError, LookupError):
        return _checked(str(best)), best.encoding


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few stray bytes (a pasted cp1252 quote mark, say), the strays read as cp1252;
    None unless the valid multi-byte characters outnumber the strays."""
    replaced = data.decode("utf-8", errors="replace")
    strays = replaced.count("\ufffd")
    if strays > _MAX_STRAYS or strays > sum(1 for ch in replaced if ch > "\x7f") - strays:
        return None
    parts, position = [], 0
    while True:
        try:
            parts.append(data[position:].decode("utf-8"))
            return "".join(parts), strays
        except UnicodeDecodeError as exc:
            parts.append(data[position:position + exc.start].decode("utf-8"))
            parts.append(data[position + exc.start:position + exc.end].decode(_WESTERN, errors="replace"))
            position += exc.end


def encoding_warnings(encoding: str) -> tuple[str, ...]:
    """The warning an article carries when it was not plain UTF-8 (``encoding`` as :func:`decode` says)."""
    if encoding in ("utf-8", "ascii"):
        return ()
    return (f"read as {encoding}",) if encoding.startswith("utf-8 ") else (f"decoded as {encoding} (not UTF-8)",)


def _checked(text: str) -> str:
    """``text`` unless it is blank or looks like binary data."""
    if not text.strip():
        raise InputError("empty file" if not text else "empty file (only white space)")
    sample = text[:_SNIFF]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f")
    if controls > _MAX_CONTROL * len(sample):
        raise InputError("binary file, not text")
    return text


def read_text_file(path: Path) -> Iterator[RawArticle | ReadError]:
    """A plain-text article; its id is the file's stem."""
    yield _read_text(path)


def _read_text(path: Path) -> RawArticle | ReadError:
    try:
        data = read_bytes(path)
    except OSError as exc:
        return ReadError(str(path), f"cannot read: {exc.strerror or exc}")
    try:
        text, encoding = decode(data)
    except InputError as exc:
        return ReadError(str(path), str(exc))
    return RawArticle(id=path.stem, text=text, path=str(path), warnings=encoding_warnings(encoding))


#: How to read a file, by suffix. A reader yields one or more articles (a JSON
#: Lines export holds many) or errors; it never raises on bad input.
READERS: dict[str, Callable[[Path], Iterator[RawArticle | ReadError]]] = {
    ".txt": read_text_file,
    ".text": read_text_file,
}


def read_inputs(paths: Iterable[PathType], *,
                readers: Mapping[str, Callable[[Path], Iterator[RawArticle | ReadError]]] | None = None,
                ) -> Iterator[RawArticle | ReadError]:
    """Articles from files, folders and standard input, in order; errors in line.

    Lazy: one file is read at a time, as the caller asks for the next article.

    Args:
        paths: Files, folders (searched recursively) and ``-`` for standard input.
        readers: Reader by file suffix (default :data:`READERS`), e.g. one reading other JSON keys.
    """
    readers = READERS if readers is None else readers
    for item in expand(paths):
        if isinstance(item, ReadError):
            yield item
        elif item == "-":
            yield _read_stdin()
        elif _is_special(item):
            yield ReadError(str(item), "not a regular file")
        else:
            try:
                yield from readers.get(item.suffix.lower(), read_text_file)(item)
            except Exception as exc:  # noqa: BLE001 - a reader's bug must not stop the batch
                yield ReadError(str(item), f"cannot read: {type(exc).__name__}: {exc}")


def _is_special(path: Path) -> bool:
    """A device or socket (reading it might never end); pipes are read, as in ``<(command)``."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode)


def _read_stdin() -> RawArticle | ReadError:
    buffer = getattr(sys.stdin, "buffer", None)
    try:
        if buffer is None:  # a text stream without bytes underneath (a test runner's, say)
            text, encoding = sys.stdin.read(), "utf-8"
            if not text.strip():
                raise InputError("empty standard input")
        else:
            text, encoding = decode(buffer.read())
    except InputError as exc:
        reason = str(exc)
        return ReadError("-", reason if "standard input" in reason else f"standard input: {reason}")
    return RawArticle(id="stdin", text=text, path=None, warnings=encoding_warnings(encoding))


from . import formats as _formats  # noqa: E402,F401 - registers the HTML, JSON and JSON Lines readers
