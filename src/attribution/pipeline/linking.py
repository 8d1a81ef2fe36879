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

import bisect
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from .layout import Layout
from .model import Statement, doc_text
from .quotations import ALL_MARKS, Quotation

_DASHES = frozenset({"\u2014", "\u2013", "\u2015", "--", "-"})
_OPEN_ENDS = frozenset(",\u2014\u2013\u2015-:;")  # a quotation ending so leaves its sentence open
_OWN_CONTENT = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})
_CATAPHORIC = frozenset({"following", "follows", "this", "these", "thus"})
_MAX_SUBJECT = 12
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Tags of the words from a quotation to the head of the subject after it.
_NOUN_RUN = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PRON"})
_MAX_DASH_SOURCE = 6
_MIN_UNCUED_QUOTE_TOKENS = 8
_MIN_CONTINUATION_TOKENS = 3
_MAX_CUE_GAP = 3  # tokens between a quotation and the cue it belongs to
_MAX_PHRASE_WORDS = 3  # a quotation this short and without a verb names or addresses; it does not report
_MAX_CUE_CLAUSE = 15  # tokens of a cue's own clause (addressee, adverbials) before the quotation it introduces


def link_quotations(doc: Doc, statements: list[Statement], quotations: list[Quotation],
                    layout: Layout, bare: list[Statement] | None = None) -> list[Statement]:
    """Attach quotations to statements and make statements of the quotations left over.

    A quotation that covers four fifths or more of a statement's content (or
    runs past it) becomes that statement's content: a direct quote. One
    inside the content, leaving more of the reported clause outside it, is a
    quoted fragment: a mixed quote, as is one that the content's first words
    lead into and that runs past its end (the content then runs to its end). A quotation next to a cue
    with no content ("X said: “C”", "“C,” X said") is that cue's content. The
    second half of a direct quote split by its cue ("“A,” X said. “B.”") is a
    statement of the same cue. A quotation sentence-like enough to be speech but with no cue
    continues the speaker of the statement before it in the same or the
    previous paragraph; short ones with no cue are scare quotes or titles
    and are dropped. A few words without a verb are no speech where they
    name something inside a sentence or lead into a split quote, whose cue
    then reports the rest ("“First of all,” X said, “B.”": B).

    Args:
        doc: The parsed article.
        statements: Statements found from cues, in any order.
        quotations: Quotations found by :func:`.quotations.find_quotations`.
        layout: Paragraphs and skipped ranges.
        bare: Speech cues with a source and no content of their own.

    Returns:
        All statements in text order.
    """
    text = doc_text(doc)
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
        if _leads_into(text, best, quote):
            best.end, best.kind = quote.end, "mixed"
            best.fragments.append((quote.start, quote.end))
        elif best_overlap * 5 >= 4 * (best.end - best.start) or runs_past:
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
    starts = doc.to_array("IDX").tolist()
    _bind_adjacent(doc, text, quotes, linked, result, layout, starts, after=True)
    _join_split_quotes(doc, text, quotes, linked, result)
    _bind_adjacent(doc, text, quotes, linked, result, layout, starts, after=False)
    for qi, quote in enumerate(quotes):
        if qi in linked:
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if not t.is_punct and not t.is_space]
        st = _uncued_quote(doc, words, quote, result, layout, starts)
        if st is not None:
            result.append(st)
    result.sort(key=lambda s: (s.start, s.end))
    return _dedupe(result)


def _leads_into(text: str, statement: Statement, quote: Quotation) -> bool:
    """Whether the reporter's own words of a content lead into a quotation that runs past its end
    ("predicted viewers “will be uneasy,”"; "called the test “a clear violation”"): the statement
    is then a mixed quote over both, not the quotation alone."""
    return statement.start < quote.start < statement.end < quote.end and _has_word(
        text[statement.start:quote.start]) and _has_word(text[statement.end:quote.end])


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
        if qi is None or qi in linked or _object_of_preposition(cue, quotes[qi]):
            continue
        quote = quotes[qi]
        st.start, st.end, st.fragments = quote.start, quote.end, [(quote.start, quote.end)]
        linked[qi] = st
        result.append(st)


def _object_of_preposition(cue: Token, quote: Quotation) -> bool:
    """Whether a quotation is the object of a preposition on the cue ("spoke to “Morning Desk”",
    "pleaded with “Friends of the Park”", "addressed her as “Annie”"): it names whom the cue
    addresses or how, a programme, a group or a label, not the words said."""
    span = cue.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.i < span.start and root.head.head == cue


def _quote_after(cue: Token, by_start: dict[int, int]) -> int | None:
    """The quotation right after a cue's clause, in the same sentence ("X said: “C”", "X said, “C”",
    "X told one of his aides on a regular basis that “C”": only the cue's own dependents between,
    no verb: a quotation after one is inside a clause, "X tweeted that Y was “C”") or after a colon
    ending the paragraph."""
    doc = cue.doc
    previous = cue
    for token in doc[cue.i + 1:min(len(doc), cue.i + 1 + _MAX_CUE_CLAUSE)]:
        if token.text in ALL_MARKS or token.is_quote:
            return by_start.get(token.idx + len(token.text))
        if token.is_space and "\n" in token.text and previous.text != ":":
            return None
        if token.text in (".", "!", "?") or token.pos_ in ("VERB", "AUX") \
                or not (token.is_punct or token.is_space or cue in token.ancestors):
            return None
        previous = token if not token.is_space else previous
    return None


def _quote_before(first: Token, by_end: dict[int, int]) -> int | None:
    """The quotation closing right before a cue's clause in the same paragraph ("“C,” X said").
    One ending the paragraph before is not the cue's: "“A,” she said. “B.”" closing a paragraph is
    the split quote's, not that of a bare cue opening the next ("X, who asked not to be named, ...")."""
    doc = first.doc
    for i in range(first.i - 1, max(-1, first.i - 1 - _MAX_CUE_GAP), -1):
        token = doc[i]
        if token.text in ALL_MARKS or token.is_quote:
            return by_end.get(token.idx)
        if not (token.is_punct or token.is_space) or "\n" in token.text:
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
        if len(tokens) < 2 or not _is_dash(tokens[0]) or len(tokens) - 1 > _MAX_DASH_SOURCE:
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


def _is_dash(token: Token) -> bool:
    """A dash, or a closing mark run together with one ("”―", which the tokenizer keeps as one word)."""
    return token.text.lstrip("".join(ALL_MARKS)) in _DASHES


def _bind_adjacent(doc: Doc, text: str, quotes: list[Quotation], linked: dict[int, Statement],
                   result: list[Statement], layout: Layout, starts: list[int], *, after: bool) -> None:
    """A quotation no cue claimed, next to a clause that says who speaks: "“C,” X verbed" and
    "“C?” asked X" (``after``), or "X verbed: “C”" and "X shot back, “C”" (before it)."""
    for qi, quote in enumerate(quotes):
        if qi in linked:
            continue
        phrase = _phrase_not_speech(doc, quote)
        if phrase and (_inside_sentence(doc, quote, starts) if after else _apposed(doc, quote, starts)):
            continue
        found = source_after(doc, text, quote, layout, starts) if after else source_before(doc, quote, starts)
        if found is None:
            continue
        verb, source, rule = found
        if phrase and after and qi + 1 in linked and linked[qi + 1].cue_token == verb.i:
            continue  # "“First of all,” she said, “B”": the cue already reports the sentence, B
        st = Statement(start=quote.start, end=quote.end, kind="direct", rule=rule, confidence=0.75,
                       cue_start=verb.idx, cue_end=verb.idx + len(verb.text), cue_token=verb.i,
                       source_token=source.i, fragments=[(quote.start, quote.end)])
        linked[qi] = st
        result.append(st)


def _phrase_not_speech(doc: Doc, quote: Quotation) -> bool:
    """Whether a quotation is a few words without a verb: a name or title (the “Night Owls” host),
    a form of address (“Senator,” she said, “...”) or the opening phrase of a sentence the
    speaker goes on with after the cue (“First of all,” he said, “...”). Such words name or lead
    into what is said; on their own they report nothing."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return False
    words = []
    for t in span:  # up to one word too many: a longer quotation is no bare phrase, however long
        if not (t.is_punct or t.is_space or t.is_quote):
            words.append(t)
            if len(words) > _MAX_PHRASE_WORDS:
                return False
    return not any(t.pos_ in ("VERB", "AUX") for t in words)


def _word_before(doc: Doc, quote: Quotation, starts: list[int]) -> Token | None:
    """The token before a quotation's opening marks in its paragraph, or None at a paragraph start."""
    i = bisect.bisect_left(starts, quote.start) - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_quote or doc[i].text in ALL_MARKS):
        if "\n" in doc[i].text:
            return None
        i -= 1
    return doc[i] if i >= 0 else None


def _inside_sentence(doc: Doc, quote: Quotation, starts: list[int]) -> bool:
    """Whether a quotation opens after a word of the sentence around it ("as the “establishment”
    candidate", "star of television's “Scandal,” thanked"), not at the start of a sentence."""
    before = _word_before(doc, quote, starts)
    return before is not None and before.text not in (".", "!", "?", ":")


def _apposed(doc: Doc, quote: Quotation, starts: list[int]) -> bool:
    """Whether a quotation follows a noun and a comma, as an apposition naming it ("her memoir,
    “Open Roads”", "a nickname, “Red”") rather than words a clause before introduces."""
    before = _word_before(doc, quote, starts)
    return before is not None and before.i > 0 and before.text == "," and doc[before.i - 1].pos_ in ("NOUN", "PROPN")


def source_after(doc: Doc, text: str, quote: Quotation, layout: Layout, starts: list[int] | None = None
                 ) -> tuple[Token, Token, str] | None:
    """The verb and subject of the clause right after a quotation: "“C,” X verbed", "“C?” asked X".

    Any verb counts ("Hannity pressed", "Blige sings"), not only cues: a
    quotation ending on a comma or a dash leaves its sentence open for the
    clause that follows to say who speaks (the Gender Gap Tracker, Asr et al.
    2021, reads quote-adjacent subjects the same way). After a quotation
    closed on a full stop, question or exclamation mark, the clause counts
    only when its verb has no object or clause of its own ("“C?” Vitter
    demanded."), as "“C!” Conservatives still praise his refusal" does not
    say who spoke. A quotation inside the clause before it (an object, a
    title: "deemed him “well qualified,” which ...") is not speech.

    Returns:
        The verb, the head of its subject and the rule name, or None.
    """
    starts = starts if starts is not None else [t.idx for t in doc]
    p_end = layout.paragraphs[layout.paragraph_of(quote.start)][1] if layout.paragraphs else len(text)
    i = bisect.bisect_left(starts, quote.end)
    open_end = text[quote.end - 1:quote.end] in _OPEN_ENDS
    while i < len(doc) and doc[i].idx < p_end:
        token = doc[i]
        if token.is_space:
            if "\n" in token.text:
                return None
        elif token.text == ",":
            open_end = True
        elif not (token.text in ALL_MARKS or token.is_quote or token.text in _DASHES):
            break
        i += 1
    if i >= len(doc) or doc[i].idx >= p_end or not doc[i].text[:1].isalpha() or _embedded(doc, quote, starts):
        return None
    first = doc[i]
    if first.pos_ == "VERB" and first.tag_ in _FINITE and first.dep_ not in ("aux", "auxpass"):
        verb = first  # "asked X", "said Mr Smith"
        source = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None) \
            or _noun_after(verb)  # "“A,” said Edward Leamer, “B”": the parser may give Leamer to B
    else:  # "X verbed": a subject starting right after the quotation, its verb after it
        source = next((t for t in doc[i:min(len(doc), i + _MAX_SUBJECT)]
                       if t.dep_ == "nsubj" and t.head.i > t.i and _starts_at(t, i)), None)
        verb = source.head if source is not None else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or any(
                not (t.pos_ in ("ADV", "AUX", "PART") or t.is_punct) for t in doc[source.right_edge.i + 1:verb.i]):
            verb, source = _shallow_clause(doc, i)  # the parser often tears such clauses apart
    if source is None or verb is None or verb.idx >= p_end:
        return None
    if not open_end and any(c.dep_ in _OWN_CONTENT for c in verb.children):
        return None
    return verb, source, "quote-after"


def _starts_at(head: Token, i: int) -> bool:
    """Whether the phrase of ``head`` starts at token ``i``. The parser may hang the quotation's
    sentence on the phrase as a clause ("“C,” screenwriter Cole Haddon wrote" with C a ccomp of
    "screenwriter"); a quoted modifier ("“Crooked Hillary” supporters") does start the phrase."""
    if head.left_edge.i == i:
        return True
    phrase = head.doc[i:head.i + 1]
    return head.left_edge.i < i and all(head.is_ancestor(t) for t in phrase[:-1]) and any(
        c.i < i and c.dep_ in ("ccomp", "parataxis", "advcl") for t in phrase for c in t.children)


def _shallow_clause(doc: Doc, i: int) -> tuple[Token | None, Token | None]:
    """A noun phrase from token ``i`` and the finite verb after it, read off the tags alone:
    "Ramos, 58, told AFP", "a junior aide in the hall asked". The subject is the
    last word of the first noun run; between it and the verb only phrases, commas and adverbs."""
    source, closed = None, False
    for token in doc[i:min(len(doc), i + _MAX_SUBJECT)]:
        if token.tag_ in _FINITE and token.pos_ in ("VERB", "AUX"):
            verb = token.head if token.dep_ in ("aux", "auxpass") and token.head.i > token.i else token
            return (verb, source) if source is not None else (None, None)
        misread = _misread_noun(token)
        if not closed and (token.pos_ in _NOUN_RUN or token.tag_ == "POS" or misread):
            if token.pos_ in ("PROPN", "NOUN", "PRON") or misread:
                source = token
            continue
        if token.pos_ in _NOUN_RUN or token.tag_ == "POS" or token.pos_ in ("ADP", "ADV", "CCONJ", "NUM", "PART") \
                or token.text in (",", "-", "\u2010"):
            closed = True
            continue
        break
    return None, None


def _misread_noun(token: Token) -> bool:
    """A word of a name or title the tagger took for a bare verb or an adjective: a capitalised one
    inside a sentence ("Tulsa police Chief Chuck Jordan" with "Tulsa" a verb), or a bare verb
    before a name ("screenwriter Cole Haddon"; no finite clause starts so)."""
    if token.tag_ not in ("VB", "JJ"):
        return False
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return (token.is_title and not token.is_sent_start) or (
        token.tag_ == "VB" and following is not None and following.pos_ == "PROPN")


def _quote_root(doc: Doc, quote: Quotation, starts: list[int]) -> Token:
    lo, hi = bisect.bisect_left(starts, quote.start), bisect.bisect_left(starts, quote.end)
    return doc[lo:max(hi, lo + 1)].root


def _embedded(doc: Doc, quote: Quotation, starts: list[int]) -> bool:
    """True when the quotation's words hang on a word before it: an object, a title, a scare quote."""
    root = _quote_root(doc, quote, starts)
    return root.head.idx < quote.start and root.head != root


def source_before(doc: Doc, quote: Quotation, starts: list[int] | None = None) -> tuple[Token, Token, str] | None:
    """The subject of the clause a colon or comma ends right before a quotation: "Ortiz fired back
    forcefully: “C”", "Lee shot back, “C”", "a statement saying: “C”", or a colon ending the
    paragraph before; or a name before a colon ("— David Wasserman: “C”").

    A clause that hangs on the quotation ("If he wins, “C”") does not say who speaks, nor a
    passive one ("The exchange is recorded in detail:").

    Returns:
        The verb (the colon for a bare name), the head of the source and the rule name, or None.
    """
    starts = starts if starts is not None else [t.idx for t in doc]
    mark = bisect.bisect_left(starts, quote.start) - 1
    if mark < 1 or not (doc[mark].text in ALL_MARKS or doc[mark].is_quote):
        return None
    j, crossed = mark - 1, False
    while j >= 0 and doc[j].is_space:
        crossed = crossed or "\n" in doc[j].text
        j -= 1
    if j < 1 or doc[j].text not in (":", ",") or (crossed and doc[j].text != ":"):
        return None
    punct, last = doc[j], doc[j - 1]
    root = _quote_root(doc, quote, starts)
    if punct.text == "," and root.head.i < mark and root.head.pos_ not in ("VERB", "AUX"):
        return None  # "the slogan, “Make America Great Again”", a title: not speech
    rule = "quote-before" + ("+para" if crossed else "")
    if punct.text == ":" and last.pos_ == "PROPN":
        k = last.i
        while k > 0 and doc[k - 1].pos_ == "PROPN" and not doc[k - 1].is_space:
            k -= 1
        before = doc[k - 1] if k > 0 else None
        if before is None or before.text in _DASHES or before.is_space or before.text in (".", "!", "?"):
            return punct, last, "quote-colon-name"  # "— David Wasserman:", a name opening its paragraph
    verb = root.head  # the parser may hang the quotation on its cue
    if verb.i >= mark or verb.pos_ not in ("VERB", "AUX"):
        verb = last
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and verb.head.i < mark:
            verb = verb.head
    while verb.dep_ == "ccomp" and verb.head.i < mark:  # "X said he hoped that Trump wins:": X speaks
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or (verb.head.i >= mark and any(
            c.dep_ == "mark" and c.lower_ != "as" for c in verb.children)):
        # no verb, or a subordinate clause hanging on the quotation ("If he wins, “C”"; "As X put it:" does say)
        return None
    if crossed and not any(t.lower_ in _CATAPHORIC for t in verb.subtree):
        return None  # a colon ending a paragraph introduces the next only when it says so ("the following")
    source = clause_subject(verb, limit=mark)
    if source is None and not _passive(verb):  # "a paper had this to say about it:"
        top = verb
        while top.head != top and top.head.i < mark:
            top = top.head
        source = clause_subject(top, limit=mark) if top is not verb else None
    if source is None:
        return None
    return (source.head if source.dep_ == "nsubj" and source.head.pos_ in ("VERB", "AUX") else verb), source, rule


def _noun_after(verb: Token) -> Token | None:
    """The head of the noun phrase right after a verb ("said [Mr Smith]"), if one starts there."""
    doc = verb.doc
    for token in doc[verb.i + 1:min(len(doc), verb.i + 6)]:
        if token.pos_ in ("PROPN", "NOUN", "PRON") and token.dep_ not in ("compound", "amod", "poss", "nmod"):
            return token
        if token.pos_ not in ("DET", "ADJ", "PROPN", "NOUN") and token.dep_ not in ("compound", "amod"):
            return None
    return None


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def clause_subject(verb: Token, *, limit: int | None = None) -> Token | None:
    """Who does what a verb says: its subject; for a participle or infinitive with none, the
    subject of the clause it hangs on ("Trump said before adding:"), the object that controls it
    ("prompted the Atlas to state"), or the noun it describes ("a statement saying:"). None for a
    passive ("is recorded:"). ``limit``: no step to a head at or past this token."""
    token = verb
    for _ in range(5):
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subject is not None and subject.tag_ not in ("WP", "WDT"):
            return subject if subject.dep_ == "nsubj" else None
        head = token.head
        if head == token or (limit is not None and head.i >= limit):
            return None
        if subject is not None:  # "apologized for what happened:": the clause "what" heads is not the speaker's
            token = head
            continue
        if token.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            return head
        if token.dep_ == "xcomp":
            controller = next((c for c in head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return controller
        if token.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "prep", "pobj"):
            return None
        token = head
    return None


def _join_split_quotes(doc: Doc, text: str, quotes: list[Quotation], linked: dict[int, Statement],
                       result: list[Statement]) -> None:
    """"“A,” X said. “B.”": B is a statement of the same cue when only the cue's clause stands
    between (two statements, each a quotation; PolNeAR joins them into one). A B that reads as a
    title is what the cue's clause names ("“A,” she said on “Fox and Friends.”"), not speech."""
    for qi in range(len(quotes) - 1):
        st = linked.get(qi)
        nxt = quotes[qi + 1]
        if st is None or st.kind != "direct" or st.cue_token is None or qi + 1 in linked or nxt.continued:
            continue
        quote = quotes[qi]
        if st.cue_start is None or not (quote.end <= st.cue_start < nxt.start) or nxt.start - quote.end > 200:
            continue
        gap = doc.char_span(quote.end, nxt.start, alignment_mode="contract")
        words = doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
        if gap is None or "\n" in text[quote.end:nxt.start] or words is None or _title_like(words):
            continue
        head = words.root.head
        if head != doc[st.cue_token] and not nxt.start <= head.idx < nxt.end:
            continue  # words of the cue's clause: "“A,” she said on “Morning Desk”", "of the “rainy day” fund"
        cue = doc[st.cue_token]
        source = doc[st.source_token] if st.source_token is not None else cue
        if not all(t.is_punct or t.is_space or t.is_quote or t == cue or cue in t.ancestors
                   or source.left_edge.i <= t.i <= source.right_edge.i for t in gap):
            continue
        if _phrase_not_speech(doc, quote):  # "“First of all,” she said, “B”": the sentence is B
            st.start, st.end, st.fragments, st.rule = nxt.start, nxt.end, [(nxt.start, nxt.end)], st.rule + "+split"
            linked[qi + 1] = st
            continue
        second = Statement(start=nxt.start, end=nxt.end, kind="direct", rule=st.rule + "+split",
                           confidence=st.confidence, relation=st.relation, cue_start=st.cue_start, cue_end=st.cue_end,
                           cue_token=st.cue_token, source_token=st.source_token, negated=st.negated,
                           hypothetical=st.hypothetical, fragments=[(nxt.start, nxt.end)])
        linked[qi + 1] = second
        result.append(second)


def _title_like(words: Iterable[Token]) -> bool:
    """Whether quoted words read as a title: no verb, and every word but short function words
    capitalised ("Fox and Friends", "State of the Union")."""
    words = [t for t in words if t.is_alpha]
    return bool(words) and not any(t.pos_ in ("VERB", "AUX") for t in words) and all(
        t.is_title or t.is_upper or t.is_stop for t in words) and any(not t.is_stop for t in words)


def _uncued_quote(doc: Doc, words: list[Token], quote: Quotation, statements: list[Statement],
                  layout: Layout, starts: list[int]) -> Statement | None:
    """A statement for a sentence-like quotation no cue claimed: one the sentence before it in its
    paragraph introduces ("Bystrom agreed. “C”"), one continuing the previous speaker, or one whose
    speaker is unknown."""
    if len(words) < _MIN_CONTINUATION_TOKENS:
        return None
    paragraph = layout.paragraph_of(quote.start)
    sentence_like = any(t.pos_ in ("VERB", "AUX") for t in words) and (
        words[0].is_title or words[0].is_upper or quote.continued)
    if not sentence_like or _embedded(doc, quote, starts) or _crosshead(doc_text(doc), quote, layout, paragraph):
        return None
    intro = _introduced_by(doc, quote, layout, starts)
    tag = ""
    if intro is not None:
        verb, source = intro
        return Statement(start=quote.start, end=quote.end, kind="direct", rule="quote-intro", confidence=0.6,
                         cue_start=verb.idx, cue_end=verb.idx + len(verb.text), cue_token=verb.i,
                         source_token=source.i, fragments=[(quote.start, quote.end)])
    before = [s for s in statements
              if s.end <= quote.start and (s.source_token is not None or s.inherit_from is not None)]
    previous = max(before, key=lambda s: (s.end, s.cue_end or 0), default=None)
    if previous is not None and layout.paragraph_of(previous.start) >= paragraph - 1:
        p_start = layout.paragraphs[paragraph][0] if layout.paragraphs else 0
        tag += "+para" if layout.paragraph_of(previous.start) < paragraph else ""
        after = max(p_start, previous.end, previous.cue_end or 0,
                    doc[previous.source_token].right_edge.idx + 1 if previous.source_token is not None else 0)
        tag += "+named" if _names_someone(doc, after, quote.start, starts) else ""
        tag += "+direct" if previous.kind == "direct" else ""
        return Statement(start=quote.start, end=quote.end, kind="direct", rule="continuation" + tag, confidence=0.7,
                         source_token=previous.source_token, inherit_from=previous,
                         fragments=[(quote.start, quote.end)])
    if len(words) >= _MIN_UNCUED_QUOTE_TOKENS:
        return Statement(start=quote.start, end=quote.end, kind="direct", rule="uncued-quote", confidence=0.3,
                         fragments=[(quote.start, quote.end)])
    return None


def _crosshead(text: str, quote: Quotation, layout: Layout, paragraph: int) -> bool:
    """Whether a quotation is a crosshead: it fills its paragraph, marks and all, and no sentence ends in
    it or after it ("'Not a fair process'" between two paragraphs). Such a line heads the part below it
    with a speaker's words; it is no further statement. ``paragraph`` is the quotation's."""
    if not layout.paragraphs:
        return False
    p_start, p_end = layout.paragraphs[paragraph]
    before, after = text[p_start:quote.start].strip(), text[quote.end:p_end].strip()
    inner = text[quote.start:quote.end].rstrip()
    return len(before) <= 1 and len(after) <= 1 and after not in (".", "!", "?") \
        and not any(c in inner for c in ".!?")


def _introduced_by(doc: Doc, quote: Quotation, layout: Layout, starts: list[int]) -> tuple[Token, Token] | None:
    """The verb and subject of the sentence right before a quotation in its paragraph, when that
    sentence has no quotation of its own: "Iowa State University's Dianne Bystrom agreed. “C”"."""
    mark = bisect.bisect_left(starts, quote.start) - 1
    j = mark - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    if j < 0 or doc[j].text not in (".", "!") or doc[j].is_space:
        return None
    sent = doc[j].sent
    p_start = layout.paragraphs[layout.paragraph_of(quote.start)][0] if layout.paragraphs else 0
    if sent.start_char < p_start or any(t.is_quote or t.text in ALL_MARKS for t in sent):
        return None
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or _passive(root):
        return None
    source = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if source is None or source.lower_ in ("it", "there", "this", "that", "which", "what"):
        return None
    return root, source


def _names_someone(doc: Doc, start: int, end: int, starts: list[int]) -> bool:
    """True when the text from ``start`` to ``end`` names a person or organisation."""
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return any(t.ent_type_ in ("PERSON", "ORG") for t in doc[lo:hi])


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
