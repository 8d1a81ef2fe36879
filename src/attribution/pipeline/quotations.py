"""Find quotations: text between quotation marks.

Stage: spaCy pipeline, text level (no parse needed). Pairs curly, straight,
low-9, guillemet and LaTeX-style marks; tells apostrophes from single quotes
by the characters around them; follows a quotation over paragraphs when each
new paragraph reopens it; closes a quotation left open at the end of its
paragraph and says so in a warning. It never raises on unbalanced marks.

It does not decide whether a quotation is a statement (a scare quote or a
title in quotation marks is also found here); :mod:`.statements` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Marks that open or close a double quotation, by their usual direction.
DOUBLE_OPEN = frozenset("\u201c\u201e\u201f\u00ab\u2e42\u301d")
DOUBLE_CLOSE = frozenset("\u201d\u00bb\u301e")
SINGLE_OPEN = frozenset("\u2018\u201a\u201b\u2039")
SINGLE_CLOSE = frozenset("\u2019\u203a")
STRAIGHT = frozenset("\"'")
ALL_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | SINGLE_CLOSE | STRAIGHT
_MARK_CHARACTERS = re.compile("[" + re.escape("".join(sorted(ALL_MARKS | {"`"}))) + "]")
_OPEN_CONTEXT = frozenset("([{\u2014\u2013-/:")  # may stand before an opening mark
_CLOSE_CONTEXT = frozenset(".,;:!?)]}\u2014\u2013-\u2026/")  # may follow a closing mark


@dataclass(frozen=True)
class Quotation:
    """Text between a pair of quotation marks (marks excluded).

    Attributes:
        start: Offset of the first character inside the marks.
        end: Offset just past the last character inside the marks.
        double: True for double marks, False for single ones.
        recovered: True when the closing mark was missing and the paragraph end was used.
        continued: True when it continues the quotation before it, from the
            previous paragraph (a quote running over several paragraphs).
    """

    start: int
    end: int
    double: bool = True
    recovered: bool = False
    continued: bool = False


@dataclass(frozen=True)
class _Mark:
    pos: int
    width: int
    double: bool
    direction: str  # "open", "close" or "either"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of paragraphs: blocks separated by blank lines or single newlines."""
    spans, start = [], 0
    for match in re.finditer(r"\n+", text):
        if text[start:match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _classify(text: str, i: int) -> _Mark | None:
    """Read the mark at ``text[i]``; None when it is an apostrophe or not a mark."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch == "`" and nxt == ch:  # LaTeX-style ``
        return _Mark(i, 2, True, "open")
    if ch == "'" and nxt == ch:  # '' closes a LaTeX-style quotation, and both opens and closes one in some papers
        after = text[i + 2] if i + 2 < len(text) else " "
        left = prev.isspace() or prev in _OPEN_CONTEXT or i == 0
        right = after.isspace() or after in _CLOSE_CONTEXT or after in ALL_MARKS
        return _Mark(i, 2, True, "open" if left and not right else "close" if right and not left else "either")
    if ch == "`":
        return None
    left = prev.isspace() or prev in _OPEN_CONTEXT or prev in ALL_MARKS
    right = nxt.isspace() or nxt in _CLOSE_CONTEXT or nxt in ALL_MARKS
    if ch in SINGLE_CLOSE or ch == "'":
        if _is_word(prev) and _is_word(nxt):
            return None  # don't, Shi'ite
        if left and nxt.isdigit():
            return None  # '90s
    if ch in DOUBLE_OPEN or ch in SINGLE_OPEN:
        direction = "close" if (right and not left and ch not in "\u201e\u201a") else "open"
    elif ch in DOUBLE_CLOSE or ch in SINGLE_CLOSE:
        direction = "open" if (left and not right) else "close"
    elif ch in STRAIGHT:
        direction = "open" if left and not right else "close" if right and not left else "either"
    else:
        return None
    return _Mark(i, 1, ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch == '"', direction)


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    marks, i = [], start
    while (found := _MARK_CHARACTERS.search(text, i, end)) is not None:  # (the regex skips the letters)
        i = found.start()
        mark = _classify(text, i)
        if mark is not None:
            marks.append(mark)
            i += mark.width
        else:
            i += 1
    return marks


def find_quotations(text: str) -> tuple[list[Quotation], list[str]]:
    """Pair the quotation marks of ``text``.

    Double marks are paired first; single marks count only outside any double
    quotation (British style and headlines), since inside one they are nested
    quotes or apostrophes. A double quotation still open at the end of its
    paragraph continues into the next one if that paragraph starts with an
    opening mark (the convention for quotes over several paragraphs);
    otherwise it is closed at the paragraph end with a warning.

    Args:
        text: The article text.

    Returns:
        The quotations, in text order, and warnings about unbalanced marks.
    """
    quotations: list[Quotation] = []
    warnings: list[str] = []
    paras = paragraphs(text)
    carry = False  # a double quotation runs on from the previous paragraph
    for index, (p_start, p_end) in enumerate(paras):
        marks = _marks(text, p_start, p_end)
        doubles = [m for m in marks if m.double]
        open_at: int | None = None
        continued, carry = carry, False
        if continued:
            open_at = p_start  # replaced below by the reopening mark, if there is one
        double_spans: list[tuple[int, int]] = []
        for n, mark in enumerate(doubles):
            if n == 0 and continued and mark.direction != "close" and not text[p_start:mark.pos].strip():
                open_at = mark.pos + mark.width  # the mark that reopens a running quote
                continue
            if open_at is None:
                if mark.direction == "close":
                    warnings.append(f"closing quotation mark without an opening one at offset {mark.pos}: ignored")
                    continue
                open_at = mark.pos + mark.width
            elif mark.direction == "open" and text[mark.pos - 1].isspace() and _is_word(
                    text[mark.pos + mark.width:mark.pos + mark.width + 1] or " "):
                # an opening mark inside an open quotation: the previous one was never closed
                warnings.append(f"unbalanced quotation mark at offset {open_at - 1}: closed before the next one")
                _emit(quotations, text, open_at, mark.pos, double=True, recovered=True, continued=continued)
                double_spans.append((open_at, mark.pos))
                open_at, continued = mark.pos + mark.width, False
            else:
                _emit(quotations, text, open_at, mark.pos, double=True, recovered=False, continued=continued)
                double_spans.append((open_at, mark.pos))
                open_at, continued = None, False
        if open_at is not None:
            nxt = text[paras[index + 1][0]:paras[index + 1][1]].lstrip()[:1] if index + 1 < len(paras) else ""
            carry = nxt in DOUBLE_OPEN or nxt in {'"', "`"}
            _emit(quotations, text, open_at, p_end, double=True, recovered=not carry, continued=continued)
            double_spans.append((open_at, p_end))
            if not carry:
                warnings.append(
                    f"unbalanced quotation mark at offset {open_at - 1}: closed at the end of its paragraph")
        _pair_singles(text, [m for m in marks if not m.double], double_spans, quotations)
    quotations.sort(key=lambda q: q.start)
    return quotations, warnings


def _pair_singles(text: str, singles: list[_Mark], inside: list[tuple[int, int]],
                  out: list[Quotation]) -> None:
    """Pair single marks standing outside every double quotation; unpaired ones are apostrophes."""
    open_at: int | None = None
    for mark in singles:
        if any(s <= mark.pos < e for s, e in inside):
            continue
        if open_at is None:
            if mark.direction != "close":
                open_at = mark.pos + 1
        elif mark.direction != "open":
            if len(text[open_at:mark.pos].strip()) >= 2:  # not the contraction in "rock 'n' roll"
                _emit(out, text, open_at, mark.pos, double=False, recovered=False, continued=False)
            open_at = None


def _emit(out: list[Quotation], text: str, start: int, end: int, *, double: bool, recovered: bool,
          continued: bool) -> None:
    """Add a quotation with surrounding whitespace trimmed; skip empty ones."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Quotation(start, end, double, recovered, continued))
