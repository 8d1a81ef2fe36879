"""Link quotations to statements, and make statements of the quotations left over.

Stage: spaCy pipeline, inside :func:`.statements.find_statements`, after the
cue frames are read. A quotation covering a statement's content makes it a
direct quote and one inside it a mixed quote; a quotation next to a cue with
no content of its own ("X said: “C”", "“C,” X said") becomes that cue's
content; the second half of a quote split by its cue gets the same cue; a
quotation closing its paragraph on a dash and a name ("“C.” — Commissioner
X") is that name's; a sentence-like quotation with no cue continues the
speaker of the statement before it in the same paragraph run.

It does not read cue frames (:mod:`.statements`) nor resolve speakers
(:mod:`.speakers`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .layout import Layout
from .model import Statement
from .quotations import ALL_MARKS, Quotation

_DASHES = frozenset({"\u2014", "\u2013", "--", "-"})
_MAX_DASH_SOURCE = 6
_MIN_UNCUED_QUOTE_TOKENS = 8
_MIN_CONTINUATION_TOKENS = 3
_MAX_CUE_GAP = 3  # tokens between a quotation and the cue it belongs to


def link_quotations(doc: Doc, statements: list[Statement], quotations: list[Quotation],
                    layout: Layout, bare: list[Statement] | None = None) -> list[Statement]:
    """Attach quotations to statements and make statements of the quotations left over.

    A quotation that covers half or more of a statement's content (or runs
    past it) becomes that statement's content: a direct quote. One inside the
    content is a quoted fragment: a mixed quote. A quotation next to a cue
    with no content ("X said: “C”", "“C,” X said") is that cue's content. The
    second half of a direct quote split by its cue ("“A,” X said. “B.”") is a
    statement of the same cue. A quotation sentence-like enough to be speech but with no cue
    continues the speaker of the statement before it in the same or the
    previous paragraph; short ones with no cue are scare quotes or titles
    and are dropped.

    Args:
        doc: The parsed article.
        statements: Statements found from cues, in any order.
        quotations: Quotations found by :func:`.quotations.find_quotations`.
        layout: Paragraphs and skipped ranges.
        bare: Speech cues with a source and no content of their own.

    Returns:
        All statements in text order.
    """
    text = doc.text  # (built anew on each access)
    quotes = [q for q in quotations if q.end > q.start and not layout.is_skipped(q.start, q.end)]
    closed = [q for q in quotations if not q.recovered]
    # cues quoted inside a direct quote are the speaker's words, not attributions
    kept = sorted((s for s in statements if not _cue_inside(s, closed)), key=lambda s: (s.start, s.end))
    linked: dict[int, Statement] = {}  # quotation index -> statement
    for qi, quote in enumerate(quotes):
        best, best_overlap = None, 0
        for st in kept:  # the statement sharing most with the quotation; of equals, the innermost
            overlap = min(st.end, quote.end) - max(st.start, quote.start)
            if overlap > best_overlap or (overlap == best_overlap > 0 and st.end - st.start < best.end - best.start):
                best, best_overlap = st, overlap
        if best is None or best.kind == "direct":
            continue
        runs_past = _has_word(text[best.end:quote.end]) or _has_word(text[quote.start:best.start])
        if best_overlap * 2 >= (best.end - best.start) or runs_past:
            best.start, best.end, best.kind = quote.start, quote.end, "direct"
            best.rule += "+quote"
            best.fragments = [(quote.start, quote.end)]
        else:
            best.kind = "mixed"
            best.fragments.append((quote.start, quote.end))
        linked[qi] = best
    result = [s for s in kept if not layout.is_skipped(s.start, s.end)]
    _bind_bare(doc, [b for b in bare or () if not _cue_inside(b, closed)], quotes, linked, result)
    _bind_dash(doc, text, quotes, linked, result, layout)
    _join_split_quotes(doc, text, quotes, linked, result)
    for qi, quote in enumerate(quotes):
        if qi in linked:
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if not t.is_punct and not t.is_space]
        st = _uncued_quote(words, quote, result, layout)
        if st is not None:
            result.append(st)
    result.sort(key=lambda s: (s.start, s.end))
    return _dedupe(result)


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _cue_inside(statement: Statement, quotations: list[Quotation]) -> bool:
    """True when the cue stands inside a (properly closed) quotation."""
    if statement.cue_start is None:
        return False
    return any(q.start <= statement.cue_start < q.end for q in quotations)


def _bind_bare(doc: Doc, bare: list[Statement], quotes: list[Quotation], linked: dict[int, Statement],
               result: list[Statement]) -> None:
    """Give a speech cue with no content the quotation right after it ("X said: “C”") or right before
    it ("“C,” X said"), with nothing but the cue's own clause and punctuation between."""
    if not bare:
        return
    by_end = {q.end: i for i, q in enumerate(quotes)}
    by_start = {q.start: i for i, q in enumerate(quotes)}
    for st in bare:
        cue = doc[st.cue_token]
        qi = _quote_after(cue, by_start)
        if qi is None:
            source = doc[st.source_token] if st.source_token is not None else cue
            qi = _quote_before(doc[min(source.left_edge.i, cue.i)], by_end)
        if qi is None or qi in linked:
            continue
        quote = quotes[qi]
        st.start, st.end, st.fragments = quote.start, quote.end, [(quote.start, quote.end)]
        linked[qi] = st
        result.append(st)


def _quote_after(cue: Token, by_start: dict[int, int]) -> int | None:
    doc = cue.doc
    for token in doc[cue.i + 1:min(len(doc), cue.i + 1 + 2 * _MAX_CUE_GAP)]:
        if token.text in ALL_MARKS or token.is_quote:
            return by_start.get(token.idx + len(token.text))
        if not (token.is_punct or token.is_space or cue in token.ancestors):
            return None
    return None


def _quote_before(first: Token, by_end: dict[int, int]) -> int | None:
    doc = first.doc
    for i in range(first.i - 1, max(-1, first.i - 1 - _MAX_CUE_GAP), -1):
        token = doc[i]
        if token.text in ALL_MARKS or token.is_quote:
            return by_end.get(token.idx)
        if not (token.is_punct or token.is_space):
            return None
    return None


def _bind_dash(doc: Doc, text: str, quotes: list[Quotation], linked: dict[int, Statement],
               result: list[Statement], layout: Layout) -> None:
    """A quotation ending its paragraph on a dash and a name: "“C.” — Commissioner X"."""
    for qi, quote in enumerate(quotes):
        if qi in linked:
            continue
        p_end = layout.paragraphs[layout.paragraph_of(quote.start)][1] if layout.paragraphs else len(text)
        tail = doc.char_span(quote.end, p_end, alignment_mode="expand")
        if tail is None:
            continue
        tokens = [t for t in tail if not t.is_space and t.idx >= quote.end]
        while tokens and (tokens[0].text in ALL_MARKS or tokens[0].is_quote or tokens[0].text in ",."):
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct and tokens[-1].text not in _DASHES:
            tokens = tokens[:-1]
        if len(tokens) < 2 or tokens[0].text not in _DASHES or len(tokens) - 1 > _MAX_DASH_SOURCE:
            continue
        name = tokens[1:]
        if not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in name):
            continue
        inside = {t.i for t in name}
        source = next((t for t in name if t.head.i not in inside or t.head == t), name[-1])
        st = Statement(start=quote.start, end=quote.end, kind="direct", rule="dash", confidence=0.8,
                       cue_start=tokens[0].idx, cue_end=tokens[0].idx + len(tokens[0].text), cue_token=tokens[0].i,
                       source_token=source.i, fragments=[(quote.start, quote.end)])
        linked[qi] = st
        result.append(st)


def _join_split_quotes(doc: Doc, text: str, quotes: list[Quotation], linked: dict[int, Statement],
                       result: list[Statement]) -> None:
    """"“A,” X said. “B.”": B is a statement of the same cue when only the cue's clause stands
    between (two statements, each a quotation; PolNeAR joins them into one)."""
    for qi in range(len(quotes) - 1):
        st = linked.get(qi)
        nxt = quotes[qi + 1]
        if st is None or st.kind != "direct" or st.cue_token is None or qi + 1 in linked or nxt.continued:
            continue
        quote = quotes[qi]
        if st.cue_start is None or not (quote.end <= st.cue_start < nxt.start) or nxt.start - quote.end > 200:
            continue
        gap = doc.char_span(quote.end, nxt.start, alignment_mode="contract")
        if gap is None or "\n" in text[quote.end:nxt.start]:
            continue
        cue = doc[st.cue_token]
        if not all(t.is_punct or t.is_space or t.is_quote or t == cue or cue in t.ancestors for t in gap):
            continue
        second = Statement(start=nxt.start, end=nxt.end, kind="direct", rule=st.rule + "+split",
                           confidence=st.confidence, relation=st.relation, cue_start=st.cue_start, cue_end=st.cue_end,
                           cue_token=st.cue_token, source_token=st.source_token, negated=st.negated,
                           hypothetical=st.hypothetical, fragments=[(nxt.start, nxt.end)])
        linked[qi + 1] = second
        result.append(second)


def _uncued_quote(words: list[Token], quote: Quotation, statements: list[Statement],
                  layout: Layout) -> Statement | None:
    """A statement for a quotation no cue claimed: a continued speaker, or a cue next to it."""
    if len(words) < _MIN_CONTINUATION_TOKENS:
        return None
    paragraph = layout.paragraph_of(quote.start)
    sentence_like = any(t.pos_ in ("VERB", "AUX") for t in words) and (
        words[0].is_title or words[0].is_upper or quote.continued)
    if not sentence_like:
        return None
    before = [s for s in statements if s.end <= quote.start and (s.source_token is not None or s.inherit_from is not None)]
    previous = max(before, key=lambda s: s.end, default=None)
    if previous is not None and layout.paragraph_of(previous.start) >= paragraph - 1:
        return Statement(start=quote.start, end=quote.end, kind="direct", rule="continuation", confidence=0.7,
                         source_token=previous.source_token, inherit_from=previous,
                         fragments=[(quote.start, quote.end)])
    if len(words) >= _MIN_UNCUED_QUOTE_TOKENS:
        return Statement(start=quote.start, end=quote.end, kind="direct", rule="uncued-quote", confidence=0.3,
                         fragments=[(quote.start, quote.end)])
    return None


def _dedupe(statements: list[Statement]) -> list[Statement]:
    """Drop a statement whose content repeats another's with the same cue."""
    seen: set[tuple[int, int, int | None]] = set()
    out = []
    for st in statements:
        key = (st.start, st.end, st.cue_start)
        if key not in seen:
            seen.add(key)
            out.append(st)
    return out
