"""Find attributed statements: cue, source and reported content.

Stage: spaCy pipeline, after the parser and :mod:`.quotations`. Reads cue
frames off the dependency parse ("X said (that) C", "C, X said", "X told Y
C", "according to X, C", "X accused Y of C", "X: C") and links quotations to
them: a quotation covering the reported content makes a direct quote, one
inside it a mixed quote; a quotation with no cue of its own continues the
speaker of the statement before it. The approach follows the rule-based
attribution extractors of Pareti (2016, PARC 3.0) and the Gender Gap Tracker
(Asr et al. 2021): cue verbs from a lexicon, sources from subjects, content
from clausal complements.

It does not resolve who the source is (:mod:`.speakers`) nor read claims
(:mod:`.claims`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from ..lexicons import Cue, Lexicons
from .layout import Layout
from .model import Statement
from .quotations import ALL_MARKS, Quotation

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_INHERIT_SUBJECT = frozenset({"xcomp", "conj", "advcl", "pcomp"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_EDGE_JUNK = frozenset({",", ";", ":", "-", "--", "\u2014", "\u2013", "that", "and", "but", "(", ")"})
_TRAILING_JUNK = frozenset({",", ";", ":", "-", "--", "\u2014", "\u2013", "and", "but", "(", "."})
_MODALS = frozenset({"would", "could", "might", "may", "should"})
_MAX_COLON_SOURCE = 4
_MIN_UNCUED_QUOTE_TOKENS = 8
_MIN_CONTINUATION_TOKENS = 3


def verb_cue(token: Token, lexicons: Lexicons) -> Cue | None:
    """The cue a verb token is, or None (nouns, adjectival participles and non-cues)."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "compound", "aux", "auxpass"):
        return None
    return lexicons.verbs.get(token.lemma_.lower())


def find_source(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The head token of the source of a cue verb.

    Subjects first; then the agent of a passive ("it was alleged by X");
    then the subject inherited from the verb a participle or conjunct hangs
    on ("X spoke, saying ..."; "X denied ... and blamed ..."); a relative
    pronoun stands for the noun its clause modifies.

    Returns:
        The source token (or None) and whether it came from a passive agent.
    """
    passive = None
    for child in verb.children:
        if child.dep_ == "nsubj" or child.dep_ == "csubj":
            return _antecedent(child), False
        if child.dep_ == "nsubjpass":
            passive = child
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj, True
    if passive is not None:
        return None, False
    if depth < 3 and verb.dep_ in _INHERIT_SUBJECT and verb.head != verb:
        return find_source(verb.head, depth + 1)
    if verb.dep_ == "relcl":
        return verb.head, False
    return None, False


def _antecedent(token: Token) -> Token:
    if token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _child(token: Token, position: str) -> Token | None:
    """The child of ``token`` at a lexicon position ("ccomp", "dobj", "prep:of"...)."""
    if position.startswith("prep:"):
        word = position[5:]
        for child in token.children:
            if child.dep_ in ("prep", "agent") and child.lower_ == word:
                for grandchild in child.children:
                    if grandchild.dep_ in ("pobj", "pcomp"):
                        return grandchild
        return None
    for child in token.children:
        if child.dep_ == position:
            return child
    return None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range without edge punctuation, quotation marks, 'that' and conjunctions."""
    while start < end and (doc[start].lower_ in _EDGE_JUNK or doc[start].is_space
                           or doc[start].text in ALL_MARKS or doc[start].is_quote):
        start += 1
    while end > start and (doc[end - 1].lower_ in _TRAILING_JUNK or doc[end - 1].is_space
                           or doc[end - 1].text in ALL_MARKS or doc[end - 1].is_quote):
        end -= 1
    return start, end


def _subtree_range(token: Token, exclude: Token | None = None) -> tuple[int, int]:
    """Token range of ``token``'s subtree; if ``exclude`` splits it, the larger side."""
    start, end = token.left_edge.i, token.right_edge.i + 1
    if exclude is not None and start <= exclude.i < end:
        left = (start, exclude.left_edge.i)
        right = (exclude.right_edge.i + 1, end)
        start, end = max(left, right, key=lambda r: r[1] - r[0])
    return start, end


def _content(verb: Token, cue: Cue) -> tuple[Token | None, tuple[int, int] | None]:
    """Head token and token range of the reported content of a cue verb."""
    for position in cue.content:
        if position == "oprd":
            oprd = _child(verb, "oprd")
            dobj = _child(verb, "dobj")
            if oprd is not None:
                start = dobj.left_edge.i if dobj is not None else oprd.left_edge.i
                return oprd, (min(start, oprd.left_edge.i), oprd.right_edge.i + 1)
            continue
        head = _child(verb, position)
        if head is None and position == "ccomp":
            head = next((c for c in verb.children if c.dep_ == "parataxis" and _has_subject(c)), None)
        if head is None:
            continue
        if position == "dobj" and head.pos_ == "PRON":
            continue
        return head, _subtree_range(head, exclude=verb)
    # "C, X said": the cue hangs on the clause it reports
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") and _has_subject(verb.head) \
            and _has_subject(verb) and verb.i > verb.head.i:
        head = verb.head
        start, end = head.left_edge.i, verb.left_edge.i
        return head, (start, end)
    return None, None


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in token.children)


def _cue_range(verb: Token) -> tuple[int, int]:
    """Token range of the cue as written: the verb with its auxiliaries, negation and particles."""
    parts = [verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt")]
    return min(parts), max(parts) + 1


_NOBODY = frozenset({"neither", "none", "nobody", "noone", "no"})


def _flags(verb: Token, lexicons: Lexicons) -> tuple[bool, bool]:
    """Whether a cue is negated ("did not say", "neither said") or hypothetical ("would say")."""
    negated = any(c.dep_ == "neg" or c.lower_ == "never" or (c.dep_ in SUBJECTS and (
        c.lower_ in _NOBODY or any(d.lower_ in _NOBODY and d.dep_ == "det" for d in c.children)))
        for c in verb.children)
    hypothetical = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children) or any(
        c.dep_ == "mark" and c.lower_ in lexicons.hypothetical for c in verb.children)
    return negated, hypothetical


def _targets(verb: Token, cue: Cue) -> list[int]:
    targets = []
    for position in cue.target:
        child = _child(verb, position)
        if child is not None:
            targets.append(child.i)
            targets.extend(c.i for c in child.children if c.dep_ == "conj")
    return targets


def _statement(doc: Doc, layout: Layout, rng: tuple[int, int], *, kind: str, rule: str, confidence: float,
               relation: str, cue_rng: tuple[int, int] | None, cue_token: int | None, source: Token | None,
               content: Token | None, targets: list[int] | None = None, negated: bool = False,
               hypothetical: bool = False) -> Statement | None:
    start, end = _trim(doc, *rng)
    if end <= start:
        return None
    # the content stays in the cue's paragraph and out of datelines and boilerplate
    anchor = doc[cue_token].idx if cue_token is not None else doc[start].idx
    lo, hi = layout.clip(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), anchor)
    while start < end and doc[start].idx < lo:
        start += 1
    while end > start and doc[end - 1].idx >= hi:
        end -= 1
    start, end = _trim(doc, start, end)
    if end <= start:
        return None
    return Statement(
        start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1].text), kind=kind, rule=rule,
        confidence=confidence, relation=relation,
        cue_start=doc[cue_rng[0]].idx if cue_rng else None,
        cue_end=doc[cue_rng[1] - 1].idx + len(doc[cue_rng[1] - 1].text) if cue_rng else None,
        cue_token=cue_token, source_token=source.i if source is not None else None,
        target_tokens=targets or [], content_token=content.i if content is not None else None,
        negated=negated, hypothetical=hypothetical,
    )


def verb_statements(doc: Doc, lexicons: Lexicons, layout: Layout) -> Iterator[Statement]:
    """Statements read off cue verbs and their dependents."""
    for token in doc:
        cue = verb_cue(token, lexicons)
        if cue is None:
            continue
        head, rng = _content(token, cue)
        if rng is None:
            continue
        source, passive = find_source(token)
        negated, hypothetical = _flags(token, lexicons)
        targets = _targets(token, cue)
        if passive:  # "X was accused by Y": X is the target
            targets += [c.i for c in token.children if c.dep_ == "nsubjpass"]
        yield from _some(_statement(
            doc, layout, rng, kind="indirect", rule=f"cue-verb:{cue.content[0] if head is None else head.dep_}",
            confidence=0.9 if source is not None else 0.5, relation=cue.relation,
            cue_rng=_cue_range(token), cue_token=token.i, source=source, content=head,
            targets=targets, negated=negated, hypothetical=hypothetical))


def phrase_statements(doc: Doc, lexicons: Lexicons, layout: Layout) -> Iterator[Statement]:
    """Statements on cue phrases ending in a preposition: "according to X, C"."""
    phrases = {tuple(p.split()): cue for p, cue in lexicons.phrases.items()}
    firsts = {p[0] for p in phrases}
    for token in doc:
        if token.lower_ not in firsts:
            continue
        for words, cue in phrases.items():
            end = token.i + len(words)
            if end > len(doc) or tuple(t.lower_ for t in doc[token.i:end]) != words:
                continue
            prep = doc[end - 1]
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            anchor = token
            while anchor.dep_ in ("prep", "pobj", "pcomp") and anchor.head != anchor \
                    and anchor.head.i >= token.i and anchor.head.i < end:
                anchor = anchor.head
            clause = anchor.head if anchor.head != anchor else None
            if source is None or clause is None:
                continue
            rng = _subtree_range(clause, exclude=anchor)
            yield from _some(_statement(
                doc, layout, rng, kind="indirect", rule="cue-phrase", confidence=0.85, relation=cue.relation,
                cue_rng=(token.i, end), cue_token=token.i, source=source, content=clause))


def colon_statements(doc: Doc, layout: Layout) -> Iterator[Statement]:
    """Statements of the form "Source: content" at the start of a sentence (headlines, transcripts)."""
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        colon = next((t for t in tokens[:_MAX_COLON_SOURCE + 2] if t.text == ":"), None)
        if colon is None or colon.i == tokens[0].i or len(tokens) - (colon.i - tokens[0].i) < 4:
            continue
        name = [t for t in tokens if t.i < colon.i]
        if len(name) > _MAX_COLON_SOURCE or not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PART") for t in name):
            continue
        if not any(t.pos_ == "PROPN" or t.ent_type_ for t in name) and len(name) > 2:
            continue
        paragraph = layout.paragraphs[layout.paragraph_of(colon.idx)]
        after = colon.i + 1
        end_char = paragraph[1]
        end = after
        while end < len(doc) and doc[end].idx < end_char:
            end += 1
        head = max(name, key=lambda t: t.i if t.pos_ in ("PROPN", "NOUN") else -1)
        yield from _some(_statement(
            doc, layout, (after, end), kind="indirect", rule="colon", confidence=0.6, relation="statement",
            cue_rng=(colon.i, colon.i + 1), cue_token=colon.i, source=head, content=None))


def _some(statement: Statement | None) -> Iterator[Statement]:
    if statement is not None:
        yield statement


def link_quotations(doc: Doc, statements: list[Statement], quotations: list[Quotation],
                    layout: Layout) -> list[Statement]:
    """Attach quotations to statements and make statements of the quotations left over.

    A quotation that covers half or more of a statement's content (or runs
    past it) becomes that statement's content: a direct quote. One inside the
    content is a quoted fragment: a mixed quote. A quotation sentence-like
    enough to be speech but with no cue continues the speaker of the
    statement before it in the same or the previous paragraph; short ones
    with no cue are scare quotes or titles and are dropped.

    Args:
        doc: The parsed article.
        statements: Statements found from cues, in any order.
        quotations: Quotations found by :func:`.quotations.find_quotations`.
        layout: Paragraphs and skipped ranges.

    Returns:
        All statements in text order.
    """
    inside_quotes = [q for q in quotations if q.end - q.start > 0]
    # cues quoted inside a direct quote are the speaker's words, not attributions
    kept = [s for s in statements if not _cue_inside(s, inside_quotes)]
    linked: dict[int, int] = {}  # quotation index -> statement index
    for qi, quote in enumerate(inside_quotes):
        if layout.is_skipped(quote.start, quote.end):
            continue
        best, best_overlap = None, 0
        for si, st in enumerate(kept):
            overlap = min(st.end, quote.end) - max(st.start, quote.start)
            if overlap > best_overlap:
                best, best_overlap = si, overlap
        if best is None:
            continue
        st = kept[best]
        if st.kind == "direct":
            continue
        if best_overlap * 2 >= (st.end - st.start) or quote.end > st.end or quote.start < st.start:
            st.start, st.end, st.kind = quote.start, quote.end, "direct"
            st.rule += "+quote"
        else:
            st.kind = "mixed"
            st.fragments.append((quote.start, quote.end))
        linked[qi] = best
    result = [s for s in kept if not layout.is_skipped(s.start, s.end)]
    for qi, quote in enumerate(inside_quotes):
        if qi in linked or layout.is_skipped(quote.start, quote.end):
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if not t.is_punct and not t.is_space]
        st = _uncued_quote(doc, span, words, quote, result, layout)
        if st is not None:
            result.append(st)
    result.sort(key=lambda s: (s.start, s.end))
    return _dedupe(result)


def _cue_inside(statement: Statement, quotations: list[Quotation]) -> bool:
    """True when the cue stands inside a (properly closed) quotation."""
    if statement.cue_start is None:
        return False
    return any(q.start <= statement.cue_start < q.end for q in quotations if not q.recovered)


def _uncued_quote(doc: Doc, span: Span, words: list[Token], quote: Quotation, statements: list[Statement],
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
                         source_token=previous.source_token, inherit_from=previous)
    if len(words) >= _MIN_UNCUED_QUOTE_TOKENS:
        return Statement(start=quote.start, end=quote.end, kind="direct", rule="uncued-quote", confidence=0.3)
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


def find_statements(doc: Doc, lexicons: Lexicons, quotations: list[Quotation], layout: Layout) -> list[Statement]:
    """Every attributed statement of a parsed article, in text order.

    Args:
        doc: The parsed article.
        lexicons: Cue lexicons.
        quotations: Quotations in the text.
        layout: Paragraphs and skipped ranges.

    Returns:
        Statements with sources as token indices; speakers are not resolved yet.
    """
    found: list[Statement] = []
    for source in (verb_statements(doc, lexicons, layout), phrase_statements(doc, lexicons, layout),
                   colon_statements(doc, layout)):
        found.extend(source)
    return link_quotations(doc, _drop_nested(found), quotations, layout)


def _drop_nested(statements: Iterable[Statement]) -> list[Statement]:
    """Keep one statement per content: the one with a source, then the innermost cue."""
    by_content: dict[tuple[int, int], Statement] = {}
    for st in statements:
        key = (st.start, st.end)
        other = by_content.get(key)
        if other is None or (other.source_token is None and st.source_token is not None):
            by_content[key] = st
    return list(by_content.values())
