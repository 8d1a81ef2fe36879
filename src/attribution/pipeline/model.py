"""What the pipeline components store on the Doc.

Stage: spaCy pipeline. These mutable objects live on ``doc._`` while the
components run; :mod:`attribution.convert` turns them into the frozen records
of :mod:`attribution.records`. Positions are character offsets into
``doc.text`` (they survive any retokenization) except ``*_token`` fields.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy

#: Keys of what is kept in ``Doc.user_data``: the article text, the sentence bounds.
_TEXT_KEY = ("attribution", "text")
_SENTENCES_KEY = ("attribution", "sentences")
_COLUMNS_KEY = ("attribution", "column")  # one token attribute, by position
_OFFSETS_KEY = ("attribution", "offsets")  # each token's character offset

R = TypeVar("R")


def doc_text(doc: Any) -> str:
    """The text of a Doc, joined once and kept in ``doc.user_data``.

    spaCy's ``Doc.text`` joins every token's text anew at each access; the
    components need it several times per Doc. A Doc's text never changes
    (retokenizing keeps it), so keeping it is safe.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def token_column(doc: Any, attr: str) -> list[int]:
    """One attribute of every token, by position (an attribute of ``Doc.to_array``: "ORTH", "LOWER",
    "DEP", "IS_QUOTE"; strings as their hash), read once per Doc in C and kept in ``doc.user_data``:
    a rule scanning a range of positions for a word or a label reads the list instead of making a
    Token at each position. Only for a parsed Doc (the parse's columns are final)."""
    key = (*_COLUMNS_KEY, attr)
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = doc.to_array(attr).tolist()
    return found


def mark_positions(doc: Any, start: int, end: int, mark: str) -> list[int]:
    """The positions from ``start`` to ``end`` whose token is the one character ``mark`` (a comma, a
    semicolon), in text order: the same as testing ``doc[k].text == mark`` at each position, found
    with ``str.find`` in the text, so that no Token is made for the other positions."""
    if start >= end:
        return []
    text = doc_text(doc)
    last = doc[end - 1]
    lo, hi = doc[start].idx, last.idx + len(last.text)
    at = text.find(mark, lo, hi)
    if at < 0:
        return []
    offsets = doc.user_data.get(_OFFSETS_KEY)
    if offsets is None:
        offsets = doc.user_data[_OFFSETS_KEY] = doc.to_array("IDX").tolist()
    found = []
    while at >= 0:
        k = bisect.bisect_right(offsets, at) - 1  # the token the character is in, or after
        if offsets[k] == at and doc[k].text == mark:  # a token of one character starts at it: no Token made else
            found.append(k)
        at = text.find(mark, at + 1, hi)
    return found


def sentence_bounds(doc: Any) -> list[tuple[int, int]]:
    """The token start and end of each sentence of a parsed Doc, found once and kept in ``doc.user_data``.

    The same bounds as ``doc.sents``, read from the sentence-start column in
    one pass in C: ``doc.sents`` and the annotation check it makes each build
    a Token object for every word of the article. Only for a Doc whose
    sentences are final (after the parser).
    """
    bounds = doc.user_data.get(_SENTENCES_KEY)
    if bounds is None:
        starts = [0, *(i for i in numpy.flatnonzero(doc.to_array("SENT_START") == 1).tolist() if i > 0)]
        bounds = [(a, b) for a, b in zip(starts, [*starts[1:], len(doc)]) if b > a]
        doc.user_data[_SENTENCES_KEY] = bounds
    return bounds


def by_token(function: Callable[[Any], R]) -> Callable[[Any], R]:
    """Decorate a function of one token of a parsed Doc so that it runs once per token: what it
    returns is kept in ``doc.user_data``, by token index, and given back on the next call.

    Only for a function whose result depends on nothing but the parse, and holds no Token or Span:
    one kept in ``user_data`` would hold its Doc in a reference cycle (see :func:`sentence_bounds`).
    """
    key = ("attribution", function.__module__, function.__qualname__)

    @functools.wraps(function)
    def once_per_token(token: Any) -> R:
        found = token.doc.user_data.get(key)
        if found is None:
            found = token.doc.user_data[key] = {}
        if token.i not in found:
            found[token.i] = function(token)
        return found[token.i]

    return once_per_token


@dataclass
class SpeakerInfo:
    """A resolved source; see :class:`attribution.records.Speaker`."""

    name: str | None
    mention: str | None = None
    start: int | None = None
    end: int | None = None
    role: str | None = None
    rank: str | None = None
    affiliation: str | None = None
    type: str = "unknown"
    entity: int | None = None  # index into doc._.attribution_entities
    resolution: str | None = None
    channel: str | None = None


@dataclass
class Statement:
    """An attributed statement while the pipeline works on it.

    Attributes:
        start: Offset of the reported content.
        end: End offset of the reported content.
        kind: direct, indirect or mixed.
        rule: The rule that found it.
        confidence: 0..1.
        relation: What the cue signals (statement, accuse, deny...).
        cue_start: Offset of the cue, if any.
        cue_end: End offset of the cue.
        cue_token: Index of the cue's head token.
        source_token: Index of the head token of the source mention.
        target_tokens: Head tokens of the actors a claim cue names as targets.
        content_token: Head token of the reported clause or phrase.
        fragments: Quoted fragments inside an indirect statement (mixed quotes).
        negated: The cue is negated.
        hypothetical: The cue is conditional or modal.
        speaker: Filled by the speaker component.
        inherit_from: An earlier statement whose speaker this one continues.
    """

    start: int
    end: int
    kind: str
    rule: str
    confidence: float = 1.0
    relation: str = "statement"
    cue_start: int | None = None
    cue_end: int | None = None
    cue_token: int | None = None
    source_token: int | None = None
    target_tokens: list[int] = field(default_factory=list)
    content_token: int | None = None
    fragments: list[tuple[int, int]] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    speaker: SpeakerInfo | None = None
    inherit_from: Statement | None = None


@dataclass
class Entity:
    """An actor of one article, with every mention of it.

    Attributes:
        name: Fullest name found ("Kevin Bergner", "U.S. military", "Iran").
        type: person, organisation, country, group or unknown.
        key: Id-like key: a gazetteer id ("country:IRN") or ``type:slug``.
        aliases: Other names it is mentioned by.
        role: Title, from the first mention that has one.
        rank: Military or police rank.
        affiliation: Organisation or country it speaks for.
        country: Country it belongs to, when known.
        gender: "m" or "f" for a person when the text tells (honorific, first name, gendered noun).
        mentions: Character spans of its mentions.
    """

    name: str
    type: str
    key: str
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    rank: str | None = None
    affiliation: str | None = None
    country: str | None = None
    gender: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class ClaimInfo:
    """A claim while the pipeline works on it; see :class:`attribution.records.Claim`.

    Attributes:
        relation: accuse, deny, criticize, threaten, demand, praise or agree.
        source: Index into ``doc._.attribution_entities`` of who makes the claim.
        target: Index of whom it is about (for a denial: the accuser).
        start: Offset of the evidence sentence.
        end: End offset of the evidence sentence.
        cue: The cue word as written.
        statement: Index into ``doc._.attribution_statements``, if the claim rests on one.
        rule: The rule that found it.
        confidence: 0..1.
        negated: The text says the claim was not made ("did not accuse").
        hypothetical: The claim is conditional, wished or planned ("may endorse", "refused to").
        responds_to: For a denial, index of the accusation it answers.
        cameo: A CAMEO code more specific than the relation's ("1121": of corruption).
        target_start: Offset of the target's mention.
        target_end: End offset of the target's mention.
    """

    relation: str
    source: int  # index into doc._.attribution_entities
    target: int
    start: int  # evidence sentence
    end: int
    cue: str | None
    statement: int | None  # index into doc._.attribution_statements
    rule: str
    confidence: float = 1.0
    negated: bool = False
    hypothetical: bool = False
    responds_to: int | None = None  # index of the accusation a denial answers
    cameo: str = ""
    target_start: int | None = None
    target_end: int | None = None
