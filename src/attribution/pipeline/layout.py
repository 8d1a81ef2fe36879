"""Paragraphs, and the parts of a web page that are not the article.

Stage: spaCy pipeline, text level. Marks character ranges that yield no
statements: teaser blocks after a section heading ("Latest news", "Must
read"; over the headlines and blurbs that follow it, and to the end of the
page when the heading comes late and no two paragraphs of prose follow the
block, as they do after an inline "Related" box or advertisement; a
comments or tags heading late in the page always ends it),
truncated teasers ending in an ellipsis, boilerplate lines (bylines, share
buttons, credits) and sentences repeating an earlier one (a lead printed
twice). It removes nothing: offsets stay those of the full text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.attrs import SENT_START
from spacy.tokens import Token

from ..lexicons import Lexicons
from .quotations import paragraphs

_SENTENCE = re.compile(r"[^.!?\u2026]+(?:[.!?\u2026]+[\"'\u201d\u2019]?|$)")
_MIN_REPEAT_WORDS = 8
_TEASER_WORDS = 40
_PROSE_WORDS = 12
_NAMED_HEADING_WORDS = 6


@dataclass(frozen=True)
class Layout:
    """Paragraph spans and skipped ranges of one text.

    Attributes:
        paragraphs: ``(start, end)`` of each paragraph.
        skipped: ``(start, end, reason)`` of ranges that yield no statements.
    """

    paragraphs: tuple[tuple[int, int], ...]
    skipped: tuple[tuple[int, int, str], ...]

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph holding ``offset`` (the nearest before it between paragraphs)."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def clip(self, start: int, end: int, anchor: int) -> tuple[int, int]:
        """``[start, end)`` cut to the paragraph holding ``anchor``, past any skipped range at its start."""
        p_start, p_end = self.paragraphs[self.paragraph_of(anchor)] if self.paragraphs else (start, end)
        start, end = max(start, p_start), min(end, p_end)
        for s, e, _ in self.skipped:
            if s <= start < e:
                start = e
        return start, end

    def __post_init__(self) -> None:
        # skipped ranges by start, and the furthest end reached so far: the ranges that can
        # overlap [start, end) are found by bisection, not by a scan of all of them
        ranges = sorted((s, e) for s, e, _ in self.skipped)
        reach, furthest = [], -1
        for _, e in ranges:
            furthest = max(furthest, e)
            reach.append(furthest)
        object.__setattr__(self, "_ranges", ranges)
        object.__setattr__(self, "_reach", reach)
        object.__setattr__(self, "_starts", [p[0] for p in self.paragraphs])  # for paragraph_of, listed once

    def is_skipped(self, start: int, end: int) -> bool:
        """True when the range ``[start, end)`` lies mostly in a skipped range."""
        covered = 0
        for s, e in self._ranges[bisect.bisect_right(self._reach, start):]:
            if s >= end:
                break
            covered += max(0, min(end, e) - max(start, s))
        return covered * 2 > max(1, end - start)


def mark_paragraph_starts(doc) -> None:
    """Start a sentence at every paragraph, so no sentence (nor parse) runs over a line break.

    Only before the parser: a parsed Doc's sentences are left alone.
    """
    if doc.has_annotation("DEP") or doc.has_annotation("SENT_START"):
        return
    # read and written as arrays: setting Token.is_sent_start one by one costs ten times more
    spaces = doc.to_array("IS_SPACE")
    starts = [i + 1 for i in spaces[:-1].nonzero()[0].tolist() if not spaces[i + 1] and "\n" in doc[i].text]
    if starts:
        values = doc.to_array("SENT_START")
        values[starts] = 1
        doc.from_array([SENT_START], values.reshape(-1, 1))


#: The dashes a dateline's place stands before: "DUNMORE \u2014", "Dunmore \u2013".
_DASHES = frozenset({"-", "--", "\u2014", "\u2013", "\u2015"})

#: Marks a dateline's place in capitals stands before: "LONDON (Reuters) --", "BAGHDAD, March 3 -".
DATELINE_MARKS = _DASHES | {",", "("}


#: What ends a dateline before the story: a dash, or a colon after a place in title case.
_DATELINE_ENDS = _DASHES | {":"}


def past_dateline(token: Token) -> Token:
    """The actor a dateline was parsed as standing beside, after the dateline's dash: "NAIROBI, Kenya
    — [Secretary X] was ...", "KOTA BARU, Dec 5 (Bernama) -- [The state government] claimed ..." (not
    the wire in brackets), or as a second subject of its verb: "Muscat: [A group of owners] has
    accused ..."; ``token`` itself when it is no dateline's place."""
    if not is_dateline(token):
        return token
    doc = token.doc
    end = next((t.i for t in doc[token.i + 1:min(token.i + 12, len(doc))] if t.text in _DATELINE_ENDS), token.i)
    beside = [c for c in token.children if c.dep_ == "appos" and c.i > end]
    beside = beside or [c for c in token.head.children if c.dep_ == token.dep_ and c.i > end]
    return beside[-1] if beside else token


def is_dateline(place: Token) -> bool:
    """Whether a word opening a paragraph is the place of a dateline: in capitals before a dash, a
    bracket or a comma ("TALLAHASSEE \u2014", "BAGHDAD (Reuters)"; not before a comma and a lower-case
    word, "NATO, for its part, said"), or in title case before a colon or a dash when it names no
    person, body or people ("Muscat: A group of owners has accused ...", "Dunmore \u2013 The authority
    has accused ..."; not a speaker's label, "Sanders: ...").

    The layout's own dateline patterns skip a dateline's text; this test tells the parsed word
    of a dateline from the subject the parser may take it for.
    """
    doc = place.doc
    mark = doc[place.i + 1].text if place.i + 1 < len(doc) else ""
    if mark != ":" and mark not in DATELINE_MARKS:
        return False  # no mark of a dateline after the word: no need to look for the place's start
    first = place.i
    while first > 0:
        before = doc[first - 1]
        if not (before.is_upper and before.is_alpha and before.whitespace_ == " "
                and (before.head.i == place.i or before.is_sent_start)):
            break
        first -= 1  # a place of several words: "KOTA BARU, Dec 5 (Bernama) --", split off as a sentence or not
    while first > 0:
        before = doc[first - 1]
        if not (before.is_title and before.pos_ == "PROPN" and before.whitespace_ == " "
                and (before.head.i == place.i or before.is_sent_start)):
            break
        first -= 1  # in title case: "Port Moresby \u2013 The union ..."
    if not opens_paragraph(doc[first]):
        return False
    if mark == ":" or (mark in _DASHES and place.is_title):  # "Muscat: ...", "Dunmore \u2013 The union ..."
        # a place the recognizer took for a person's name when a dash and a new subject's determiner
        # follow it: "Port Moresby \u2013 The union has accused ..." (a speaker's label takes a colon)
        opens_subject = mark in _DASHES and place.i + 2 < len(doc) and doc[place.i + 2].text in ("The", "A", "An")
        bodies = ("ORG", "NORP") if opens_subject else ("PERSON", "ORG", "NORP")
        return place.is_title and place.ent_type_ not in bodies
    if mark == "," and place.i + 2 < len(doc) and doc[place.i + 2].is_lower:
        return False  # a body's short name, not a place: "NATO, for its part, said ..."
    return place.is_upper and len(place) > 2 and mark in DATELINE_MARKS


def opens_paragraph(token: Token) -> bool:
    """Whether only punctuation other than a full stop stands between a token and the line break
    before it (or the start of the text)."""
    doc, i = token.doc, token.i - 1
    while i >= 0:
        before = doc[i]
        if not (before.is_punct and before.text not in (".", "!", "?")):
            return "\n" in before.text_with_ws
        i -= 1
    return True


def _teaser_like(body: str) -> bool:
    """A headline or a blurb: short, and not ending like a sentence of the article (or trailing off)."""
    if len(body.split()) > _TEASER_WORDS:
        return False
    return body.endswith(("...", "\u2026")) or not body.endswith((".", "\"", "\u201d", "'", "\u2019", ":"))


def _prose(body: str) -> bool:
    """A paragraph of the article's own text: a sentence or more, not a headline or a blurb."""
    return len(body.split()) >= _PROSE_WORDS and not _teaser_like(body)


#: Most words of a headline; a standfirst or a lead runs longer, or ends like a sentence.
_HEADLINE_WORDS = 25
#: Closing quotation marks a headline may end on after its last word.
_CLOSING_MARKS = "'\"\u2019\u201d"


def in_headline(text: str, layout: Layout, offset: int) -> bool:
    """Whether ``offset`` is in a headline above the article: a short paragraph ending on a word, with
    no full stop, colon, semicolon or closing quotation mark after it ("Council accuses utility of
    neglect as piles grow"), with no paragraph of prose above it and the article's prose below. A
    headline restates what the lead below reports; a title closed by punctuation ("Lawmaker urges
    retaliation on Russia;", the form of PolNeAR's texts, whose gold annotates it) is not asked."""
    at = _listed_at(text, layout, offset)
    return at is not None and not any(_prose(text[s:e].strip()) for s, e in layout.paragraphs[:at]) \
        and any(_prose(text[s:e].strip()) for s, e in layout.paragraphs[at + 1:])


#: A sentence's end inside a paragraph: a full stop, question or exclamation mark (and a closing quotation
#: mark) before a space.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s")


def in_page_foot(text: str, layout: Layout, offset: int) -> bool:
    """Whether ``offset`` is in a headline at the foot of the page: a paragraph in the form
    :func:`in_headline` reads (short, ending on a word), below the article's prose, with no two
    paragraphs of prose after it, beside another such line or a label ("Union calls for national
    staffing plan" under "More on this topic"). It heads another story, not this one: none of the
    4,035 gold and optional quotes of the studied held-out sets stands in one, nor any of PolNeAR's
    (1,771 in dev, 15,370 in train). A line with a sentence's end in it is the article's last
    paragraph, and a headline-form line followed by more of the article (a crosshead, a live blog's
    entry, which PolNeAR annotates) is not asked."""
    at = _listed_at(text, layout, offset)
    if at is None or _SENTENCE_END.search(text[slice(*layout.paragraphs[at])]):
        return False  # '"C," Li said. Enditem': the article's last sentence and the agency's end mark
    paras = list(layout.paragraphs)
    return any(_listed(text[s:e].strip()) for s, e in paras[max(0, at - 1):at] + paras[at + 1:at + 2]) \
        and any(_prose(text[s:e].strip()) for s, e in paras[:at]) \
        and not any(_article_resumes(text, paras, k) for k in range(at + 1, len(paras) - 1))


def _listed_at(text: str, layout: Layout, offset: int) -> int | None:
    """The index of the paragraph ``offset`` is in when it is in the form of a headline or a listed link
    (:func:`_listed`); else None."""
    if not layout.paragraphs:
        return None
    at = layout.paragraph_of(offset)
    start, end = layout.paragraphs[at]
    return at if start <= offset < end and _listed(text[start:end].strip()) else None


def _listed(body: str) -> bool:
    """A line of a list of links or a label over one: short and ending on a word ("More on this
    topic", "Farm lobbies push back against the rules"), or on a word a quotation mark closes
    ("Council blames 'cash squeeze'"), not a sentence ("... calls it 'a smear.'" ends on its stop)."""
    last = body.rstrip(_CLOSING_MARKS)
    return bool(last) and last[-1].isalnum() and len(body.split()) <= _HEADLINE_WORDS


def _article_resumes(text: str, paras: list[tuple[int, int]], index: int) -> bool:
    """True when paragraph ``index`` and the one after it are both prose.

    An inline block of links ("Related", "Read more", an advertisement slot)
    between two paragraphs of the article is followed by more of the article;
    a block at the foot of the page is followed by headlines, blurbs and
    footer lines, rarely by two paragraphs of prose in a row.
    """
    following = paras[index:index + 2]
    return len(following) == 2 and all(_prose(text[s:e].strip()) for s, e in following)


def _heading(key: str, headings: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    """Whether a paragraph (as its key) is a section heading: one of ``headings`` (or its plural), or a
    heading ending in "from" followed by a short name ("more from the daily star")."""
    if key in headings or key.rstrip(" s") in headings:
        return True
    return key.startswith(prefixes) and len(key.split()) <= _NAMED_HEADING_WORDS


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def find_layout(text: str, lexicons: Lexicons) -> Layout:
    """Split ``text`` into paragraphs and find the ranges to skip.

    Args:
        text: The article text.
        lexicons: Supplies the section headings and boilerplate line patterns.

    Returns:
        The layout.
    """
    paras = paragraphs(text)
    skipped: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    prefixes = tuple(h + " " for h in lexicons.section_headings if h.endswith(" from"))
    midpoint = len(text) * 0.4
    in_block = False  # inside a block of teasers under a heading
    late = False  # the block's heading came late in the page: the page may end there
    for index, (start, end) in enumerate(paras):
        body = text[start:end].strip()
        key = _key(body)
        if _heading(key, lexicons.section_headings, prefixes):
            late = late or start >= midpoint
            if late and key in lexicons.page_foot_headings:  # comments, tags: nothing of the article follows
                skipped.append((start, len(text), "teaser"))
                break
            skipped.append((start, end, "teaser" if late else "boilerplate"))
            in_block = True
            continue
        if in_block and _teaser_like(body):
            skipped.append((start, end, "teaser"))
            continue
        if in_block and late and not _article_resumes(text, paras, index):
            skipped.append((start, len(text), "teaser"))
            break
        in_block = late = False
        if any(p.search(body) for p in lexicons.line_patterns):
            skipped.append((start, end, "boilerplate"))
            continue
        if body.endswith(("...", "\u2026")) and len(body.split()) <= _TEASER_WORDS:
            skipped.append((start, end, "teaser"))
            continue
        offset = start + len(text[start:end]) - len(text[start:end].lstrip())
        for pattern in lexicons.dateline_patterns:
            match = pattern.match(text, offset, end)
            if match:
                skipped.append((start, match.end(), "dateline"))
                break
        for match in _SENTENCE.finditer(text, start, end):
            sentence = _key(match.group())
            if len(sentence.split()) < _MIN_REPEAT_WORDS:
                continue
            if sentence in seen:
                skipped.append((match.start(), match.end(), "repeat"))
            seen.add(sentence)
    return Layout(tuple(paras), tuple(skipped))
