"""Titles before and around a person's name: which words they are, and what they say.

Stage: spaCy pipeline, a part of :mod:`.speakers` that reads the parsed Doc only.
:func:`title_tokens` finds the words before a name that belong to its noun phrase
("Iran's Defense Minister", "Secretary for Housing [Dana Roe]"), and
:func:`parse_title` splits such words into role, rank, affiliation and gender:
the role keeps a portfolio ("cabinet member for social services"), an office's
name ("Foreign Ministry spokesperson") and a seat ("MP for Leeds North"), while
initials, places and parties before it are the affiliation ("KPR
secretary-general", "Kharkiv Oblast Governor", "Plaid Cymru MS") and forms of
address are the rank, never the role ("Hon.", "Datuk", "Sheikh").

It does not find names nor resolve whom a title describes (:mod:`.speakers`),
and reads no article-wide state: a short name the article defines elsewhere
("NCPB Managing Director") is the resolver's to add.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..gazetteer import Entry, Gazetteer
from ..lexicons import Lexicons

NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
#: Particles of a person's name written in lower case ("Hamid bin Osman", "Ana de Souza", "Jan van Dijk").
NAME_PARTICLES = frozenset({"al", "el", "bin", "binti", "bint", "ibn", "abu", "de", "del", "da", "do", "dos", "di",
                            "du", "la", "le", "van", "von", "der", "den"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
#: Dependency labels of a clause's nominal subject, active or passive.
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
TIME_LABELS = frozenset({"DATE", "TIME", "ORDINAL", "MONEY", "QUANTITY"})  # entities that say when or how much
#: Kinds of body a name need not say: a party is often named without "party" ("the PDP", "Likud"), so
#: "the party's spokesman" is not the last "... Party" named.
UNNAMED_KINDS = frozenset({"party"})
#: Titles whose capitalised words before them name a portfolio, not a body ("Harbours Secretary", "Health MEC":
#: a South African province's member of the executive council).
PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner", "mec"})
#: Verbs of a relative clause that say which body its subject heads ("X, who chairs the committee").
HEADING_VERBS = frozenset({"head", "chair", "lead", "run", "direct"})
#: Nouns for a business, which stand only for a body whose name can be a company's ("the company's lawyer").
BUSINESS_NOUNS = frozenset({"company", "firm"})
#: Possessives that refer a title back to the body named before it ("Its spokesperson, Ana Roe").
OWNER_PRONOUNS = frozenset({"its", "their"})
#: What the brackets after a rank say of a retired officer: "Maj Gen (Rtd)", "Rear Admiral (ret'd)".
_RETIRED = frozenset({"rtd", "retd", "ret", "retired"})
#: Place nouns that name an elected member's seat, which is part of the title: "Kasambya County MP".
_CONSTITUENCIES = frozenset({"county", "district", "constituency", "ward", "borough", "parish"})
#: Titles of a scholar or expert, whose "in" phrase names the field, part of the role: "lecturer in public law".
_FIELD_TITLES = frozenset({"lecturer", "professor", "researcher", "scholar", "scientist", "expert", "specialist",
                           "teacher", "instructor", "tutor"})
#: Titles of one who seeks an elected seat, whose "for" phrase names it as a member's does ("candidate for
#: Westmark North", as "MP for Westmark North")
_SEAT_SEEKERS = frozenset({"candidate", "nominee"})
#: Bodies inside a larger one, which an "of" phrase after a title names as part of the role when a name or an
#: owner sets them apart: "leader of the Conservative group", "member of the Senate finance committee".
SUB_BODIES = frozenset({"group", "committee", "subcommittee", "bureau", "caucus", "panel", "board", "faction",
                        "wing", "delegation", "council", "commission"})
#: Bodies of a legislature or a board that work on one field, whose capitalised name after a title's "of" is
#: part of the role when it names that field ("President of the Budget Committee"); see :func:`_committee_by_field`.
_COMMITTEES = frozenset({"committee", "subcommittee"})
#: Offices of a government whose capitalised name after "head of" is part of the head's title ("Head of Odesa
#: Oblast Military Administration"); see :func:`_public_office_headed`.
_PUBLIC_OFFICES = frozenset({"administration", "agency", "bureau", "department", "directorate", "office"})
#: Units of a body that an owner's possessive sets apart after "head of", part of the head's title as written
#: ("head of the railway's press office"); see :func:`_public_office_headed`.
_OWNED_UNITS = _PUBLIC_OFFICES | {"service", "division", "unit", "section", "desk"}
#: Offices named after the title of the one they serve, a place's name before it: "Westmark Governor's office".
_TITLE_OFFICES = frozenset({"office"})
#: Bodies whose name before a lower-case title is the affiliation alone, its kind kept by no title: "Green
#: Party candidate" is a candidate, "White House physician" a physician.
_NAMED_ALONE = frozenset({"party", "house"})
#: Modifiers of a minister's title that say his rank, not his portfolio ("Deputy Foreign Minister").
RANK_MODIFIERS = frozenset({"deputy", "acting", "junior", "assistant", "vice", "former", "interim"})
#: Words that open a title and say what kind of office it is, never whose: a "Shadow justice secretary" speaks
#: for the opposition's front bench, and "Shadow", capitalised at a sentence's start, is no body's name.
_OFFICE_QUALIFIERS = RANK_MODIFIERS | {"shadow"}
#: Ranks that are also adjectives, which before a title are part of it, capitalised or not: "General Manager",
#: "General Superintendent" (a general is addressed before the name: "General Ana Roe").
#:
#: Notes:
#:     Counted: "General Manager"/"General Superintendent" before or set off before a name in 2 outlets of
#:     heldout27/28 (Chicago Tribune, The Peninsula), the gold role keeping "General" both times; the
#:     lower-case "general manager" was already read so.
_ADJECTIVE_RANKS = frozenset({"general"})
#: Words saying a title is held no longer ("former army officer", "the ex-minister").
FORMER_WORDS = frozenset({"former", "retired", "ex", "onetime", "erstwhile", "late"})
#: Labels of a place, which a title after a body's possessive may take as its remit ("East Africa researcher").
_PLACE_LABELS = frozenset({"GPE", "LOC"})


@dataclass
class TitleParse:
    """What the words around a name say about its bearer."""

    role: str | None = None
    rank: str | None = None
    affiliation: Entry | str | None = None
    gender: str | None = None


def is_short_name(word: str) -> bool:
    """Whether a word is written as a short name: two capitals or more, and no more small letters
    than capitals ("NDP", "PiS", "SYRIZA"; not the surnames "McCarthy", "DeSantis")."""
    capitals = sum(c.isupper() for c in word)
    return len(word) > 1 and capitals > 1 and capitals >= sum(c.islower() for c in word)


def is_seat_title(word: str, lexicons: Lexicons) -> bool:
    """Whether a lower-case title word, or the abbreviation it stands for ("sen.", "rep."), is an elected
    member's (``seat_titles``: "MP", "senator"), whose place before or after it is the seat ("Westmark MP",
    "MP for Bath"), part of the role as written, not the body the member speaks for."""
    seats = lexicons.seat_titles
    return word in seats or lexicons.abbreviations.get(word, "").lower() in seats \
        or lexicons.abbreviations.get(word + ".", "").lower() in seats


def seat_only(role: str, lexicons: Lexicons) -> bool:
    """Whether a role says only that its holder sits in a legislature ("Sen.", "Greens senator", "Westmark
    MP", "TD"), which an office the person holds says better ("the ranking member of the committee",
    "the party's housing spokesman", "Opposition Leader").

    Notes:
        Counted: people given a seat title where the gold writes an office the article also gives them,
        16 quotes in 6 outlets of heldout..heldout22 (the Hill, SMH, Irish Examiner, Washington Post, Bernama,
        Times of Malta).
    """
    words = role.lower().split()
    if not words or match_phrase(words, max(len(words) - 2, 0), lexicons.multiword_title_index) > 1:
        return False  # "ranking member": an office
    if committee_seat(role):
        return True
    last = lexicons.abbreviations.get(words[-1], words[-1]).lower().split()[-1]
    return last.strip(".") in lexicons.seat_titles


def committee_seat(role: str) -> bool:
    """Whether a role says only that its holder sits on a body inside a legislature or a party, with no
    office there: "member of the budget committee", "member of the same committee", "member of the
    Greens caucus". A seat title the person is also given ("MP Ana Roe, a member of the budget
    committee,") says no less, and stays the role (see :func:`seat_only`).

    Notes:
        Counted before it was taken: an MP given such a membership after the name, the gold keeping
        "MP" or "Member of Parliament", 3 outlets (Montsame, Gulf Daily News, IPN; 7 quotes), none
        keeping the membership (it mends the last two; Montsame's member loses the seat title
        elsewhere); a member with a rank ("senior member of the full committee") is left as it was.
    """
    words = role.lower().split()
    return len(words) > 2 and words[0] == "member" and words[1] in ("of", "on") \
        and any(word in SUB_BODIES for word in words[2:])  # "member of the committee for roads and transport"


def headed_bodies(anchor: Token) -> Iterator[tuple[Token, Token]]:
    """The relative clauses on a name that say which body its bearer heads, each with the body it
    names (its object): "Ana Roe, who chairs the Senate Water Committee," gives (chairs, Committee)."""
    for clause in anchor.children:
        if clause.dep_ == "relcl" and clause.lemma_.lower() in HEADING_VERBS:
            body = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if body is not None:
                yield clause, body


def title_owner(words: list[Token]) -> Token | None:
    """The possessive that owns a title: "its" of "its operations chief", "company" of "the
    company's lawyer", "Office" of "the Audit Office's vice-president"; None for a title no one owns."""
    return next((c for t in words for c in t.children if c.dep_ == "poss"), None)


def party_code(doc: Doc, i: int) -> str | None:
    """The party code of a legislator's party marker opening at ``doc[i]`` (a comma or a bracket), as US
    and Brazilian papers write it after the name: "D" of "Ana Roe, D-El Paso,", "PL" of "Ana Roe (PL-MG)";
    None when no marker opens there.

    Notes:
        After a comma only a single initial makes a marker, the US convention (every such marker after
        a name in PolNeAR train, 32, is one: "Sen. Ted Cruz, R-Texas"); a longer code after a comma
        is a body's name ("Ana Roe, AFL-CIO president"), a party's only in brackets ("(PSOL-SP)").
    """
    if i + 3 >= len(doc) or doc[i].text not in (",", "(") or doc[i + 2].text not in ("-", "\u2013"):
        return None
    code = doc[i + 1].text
    if not code.isupper() or not code.isalpha() or len(code) > 5 or not doc[i + 3].text[:1].isupper():
        return None
    return code if len(code) == 1 or doc[i].text == "(" else None


def entity_start(token: Token) -> int:
    """Where the named entity a token is part of begins (the token itself outside any)."""
    i = token.i
    while i > 0 and token.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def entity_end(token: Token) -> int:
    """Where the named entity a token is part of ends (just after the token outside any)."""
    i = token.i + 1
    while i < len(token.doc) and token.doc[i].ent_iob_ == "I":
        i += 1
    return i


def join_tokens(tokens: list[Token]) -> str:
    """The text of tokens as written, without the space after the last."""
    return "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text if tokens else ""


def lower_remit(title: Token, *, before: int | None = None) -> Token | None:
    """The "for"/"on" phrase after a title that names, in lower-case words and no determiner, the field
    its holder covers ("spokesperson for health and food safety"); None when there is none. Words from
    index ``before`` on (a name the parser hung on the remit) are no part of it."""
    prep = next((c for c in title.children if c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i > title.i), None)
    words = [t for t in prep.subtree if before is None or t.i < before][1:] if prep is not None else []
    return prep if remit_words(words) else None


def field_end(title: Token) -> int | None:
    """The index after the field of study or work an "in" phrase gives an academic's or expert's title
    right after it, in lower-case words and no determiner, which the role as written holds: "lecturer
    [in environmental engineering]", "professor [in public law]"; None for a place, a time or a body ("a
    teacher in the state", "professor in his first year", "lecturer in Leeds").

    Notes:
        Counted before it was taken: the gold keeps the field in heldout39 (Laotian Times: "lecturer in <field>",
        cut to "lecturer"); PolNeAR writes the same construction 5 times in 4
        articles ("professor in public law", "lecturer in political science"); no gold cuts it. The
        speaker stage's apposition reader ("Ana Roe, a lecturer in ...,") reads it too.
    """
    if title.lemma_.lower() not in _FIELD_TITLES or title.i + 2 >= len(title.doc):
        return None
    prep = title.doc[title.i + 1]
    if prep.lower_ != "in" or prep.head != title:
        return None
    field = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if field is None or field.pos_ != "NOUN":
        return None
    words = list(title.doc[prep.i + 1:field.i + 1])
    return field.i + 1 if remit_words(words) and all(t.pos_ != "CCONJ" for t in words) else None


def remit_words(words: list[Token]) -> bool:
    """Whether words name, in lower case and with no determiner, the field a title's holder covers:
    "health and food safety", "planning", "African affairs" (a people's adjective is capitalised)."""
    return 0 < len(words) <= 6 and words[-1].is_lower and all(
        t.is_lower and (t.pos_ in ("NOUN", "ADJ", "CCONJ") or t.tag_ == "VBG") or t.text == ","
        or t.pos_ == "ADJ" and t.ent_type_ == "NORP" for t in words)


def is_title_word(token: Token, lexicons: Lexicons) -> bool:
    """Whether a word is a title, a form of address, a rank or a title's abbreviation ("Gov.", "Del.")."""
    key = (token.lower_, token.lemma_.lower())
    answers = lexicons.title_word_answers  # most words are asked about again and again
    if key not in answers:
        answers[key] = _is_title_word(*key, lexicons)
    return answers[key]


def _is_title_word(lower: str, lemma: str, lexicons: Lexicons) -> bool:
    """Whether a word, lower-cased, or its lemma is a title, a form of address, a rank or a title's
    abbreviation (see :func:`is_title_word`)."""
    return (lower in lexicons.titles or lemma in lexicons.titles or lower.rstrip("s") in lexicons.titles
            or lower in lexicons.honorifics or lower in lexicons.abbreviations
            or lower in lexicons.rank_words
            or (lower.endswith(".") and 4 <= len(lower) <= 5 and lower[:-1].isalpha()
                and lower not in NAME_SUFFIXES))  # "Del.", "Gov."


def hyphen_joins(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen written with no space on either side, which makes one word of
    the parts around it ("Ravid-Shaked", "vice-chairman") however the parser split them."""
    if i <= 0:
        return False
    hyphen = doc[i]
    return hyphen.text in ("-", "\u2010") and not hyphen.whitespace_ and not doc[i - 1].whitespace_


def portfolio_prep(token: Token, lexicons: Lexicons) -> bool:
    """Whether ``token`` is the "for"/"of" of an office's title, written with a capital, that names
    its portfolio: "Secretary [for] Housing", "Minister of State [for] Trade"; not "a spokesman for
    Mayor Ann Roe", whom a lower-case role serves."""
    office = token.head
    return token.lower_ in ("for", "of") and token.dep_ == "prep" and office.i < token.i \
        and (office.is_title or office.lower_ in lexicons.seat_titles and office.is_upper) \
        and (is_title_head(office, lexicons) or multiword_title_start(office, lexicons) is not None
             or is_title_head(token.doc[token.i - 1], lexicons))


def coordinated_portfolio(doc: Doc, i: int, lexicons: Lexicons) -> int:
    """Where a run of capitalised portfolio words joined by commas and "and" that ends at token ``i``
    starts: "[Environment, Water and] Rural Affairs Minister", "Secretary for [Trade, Water and] Rural
    Affairs". ``i + 1`` when ``doc[i]`` is no comma or "and" inside such a run; no run holds a name,
    a place or a people ("Smith and Finance Minister Roe", "Britain and Foreign Minister Roe")."""
    j, words, joined = i, 0, False
    while j >= 0 and i - j < 10:
        token = doc[j]
        if token.lower_ in ("and", "&", ","):
            joined = joined or token.lower_ != ","
        elif token.is_title and token.pos_ in ("PROPN", "NOUN", "ADJ") and not is_title_word(token, lexicons) \
                and token.ent_type_ not in ("PERSON", "GPE", "NORP", "LOC"):
            words += 1
        else:
            break
        j -= 1
    start = j + 1
    while start <= i and doc[start].lower_ in ("and", "&", ","):
        start += 1
    return start if joined and words and start <= i else i + 1


def title_tokens(first: Token, name: list[Token], lexicons: Lexicons) -> list[Token]:
    """The words before a name that belong to its noun phrase ("Iran's Defense Minister"); a portfolio or
    remit right before the name brings in the title of the office it belongs to ("Secretary for Housing
    [Dana Roe]", "spokesperson for health [Ana Roe]")."""
    doc = first.doc
    tokens: list[Token] = []
    own_start = entity_start(first) if first.ent_type_ == "PERSON" else first.i
    top = first  # the name's phrase: the rank before "(ret'd)" may head it, the name its apposition
    office = None  # the title whose portfolio or remit the words before the name are
    i = first.i - 1
    while i >= 0:
        token = doc[i]
        retired = not tokens and token.text == ")" and _retirement_mark(doc, i)
        if token.text == ")" and i > 1 and (tokens or retired):
            # "deputy chief commissioner (finance) Datuk ...", "Rear Admiral (ret'd) Ana Roe"
            opening = next((j for j in range(i - 1, max(i - 5, 0), -1) if doc[j].text == "("), None)
            if opening is not None and opening > 0 and is_title_word(doc[opening - 1], lexicons):
                if retired and name[-1].dep_ == "appos" and name[-1].head.i == opening - 1:
                    top = name[-1].head
                i = opening - 1
                continue
        owner = token.ent_type_ == "PERSON" and any(t.tag_ == "POS" for t in doc[token.i + 1:entity_end(token) + 1])
        run = coordinated_portfolio(doc, i, lexicons) if tokens and tokens[0].is_title \
            and not is_title_word(tokens[0], lexicons) else i + 1
        if run <= i and (portfolio_prep(doc[run - 1], lexicons) if run > 0 else False):
            office = doc[run - 1].head  # "Commissioner for Trade and [Industry Ana Roe]"
            break
        titles = [t for t in tokens if is_title_word(t, lexicons)]
        if run <= i and titles and all(t.is_title or t.is_upper for t in titles):
            tokens = [*doc[run:i + 1], *tokens]  # "Water and Rural Affairs Minister"; "deputy minister" has a body
            i = run - 1
            continue
        remit = token.dep_ == "cc" and token.is_lower and token.head.is_lower and any(
            a.dep_ == "prep" and a.i < first.i for a in token.ancestors)  # "spokesperson for health and food safety"
        joined = _joined_title_start(doc, i, tokens, lexicons) if token.lower_ == "and" and not remit else None
        if joined is not None:  # "Ecologist and blogger [Ana Roe]": two titles of one person, both the role
            tokens = [*doc[joined:i + 1], *tokens]
            break
        if token.is_space or token.text in (",", ";", ":", "(", ")") or token.is_quote or (token.dep_ == "cc"
                                                                                        and not remit) \
                or (token.ent_type_ == "PERSON" and token.pos_ == "PROPN" and token.i < own_start and not owner
                    and not is_title_word(token, lexicons)):
            break  # "Republican nominee Donald Trump and Democratic nominee Hillary Clinton"
        if hyphen_joins(doc, i) and tokens:
            tokens.insert(0, token)  # "secretary-general": one word, however the parser hung its hyphen
            i -= 1
            continue
        # the token must hang (directly or not) on the name, inside the phrase
        anchor, steps = token, 0
        while anchor.i < first.i and anchor != top and anchor.head != anchor and steps < 6:
            anchor, steps = anchor.head, steps + 1
        if not (first.i <= anchor.i <= name[-1].i or anchor == top):
            prep = next((p for p in token.ancestors if p.dep_ == "prep"), None)
            if prep is not None and prep.right_edge.i in (i, name[-1].i) and lower_remit(prep.head, before=first.i) \
                    == prep and is_title_head(prep.head, lexicons) and all(is_title_word(t, lexicons) for t in tokens):
                office = prep.head  # "spokesperson for health and food safety [Ana Roe]" (the name may hang on it)
            elif tokens and token.lower_ in ("for", "on") and token.head.i == i - 1 \
                    and is_title_head(token.head, lexicons) and remit_words(tokens):
                office = token.head  # "minister for [African affairs Ana Roe]": the parser hung the remit on the name
            elif tokens and token.lower_ == "of" and token.head.i == i - 1 and is_title_head(token.head, lexicons) \
                    and (_body_before_name(tokens, own_start) or _chamber_before_name(token, tokens, own_start,
                                                                                      lexicons)):
                office = token.head  # "Head of the Audit Bureau [Ana Roe]", "member of the Westmark City Council
                # [Ana Roe]": the parser hung the body on the name
                tokens = _body_before_name(tokens, own_start) or _chamber_before_name(token, tokens, own_start,
                                                                                      lexicons)
            elif tokens and portfolio_prep(token, lexicons) and all(
                    (t.is_title and not is_title_word(t, lexicons)) or t.lower_ in ("and", "&") for t in tokens):
                office = token.head  # "Secretary for Housing [Dana Roe]": the title the portfolio belongs to
            break
        tokens.insert(0, token)
        i -= 1
    if office is not None:  # the office's own title words, then it and its portfolio or remit
        tokens = [*title_tokens(office, [office], lexicons), *doc[office.i:i + 1], *tokens]
    while tokens and (tokens[0].pos_ in ("ADP", "SCONJ", "AUX") or tokens[0].tag_ == "TO"):
        tokens.pop(0)  # "sent to agency Commissioner Ana Roe": a title starts with no preposition
    if tokens and hyphen_joins(doc, tokens[0].i):
        tokens.insert(0, doc[tokens[0].i - 1])  # "Lakeside-area businessman": both parts of the word
    if not tokens and first.i > 0 and is_title_word(doc[first.i - 1], lexicons):
        # the parser left the title out of the name's phrase: "Saudi Foreign Minister [Adel al-Jubeir]"
        i = first.i - 1
        while i >= 0 and len(tokens) < 6 and not doc[i].is_space and (
                doc[i].pos_ in ("PROPN", "ADJ", "NOUN") or doc[i].tag_ == "POS"
                or hyphen_joins(doc, i)):
            tokens.insert(0, doc[i])
            i -= 1
    return tokens


def _joined_title_start(doc: Doc, i: int, tokens: list[Token], lexicons: Lexicons) -> int | None:
    """Where a title joined by the "and" at ``i`` to the title ``tokens`` before a name starts, when the
    two open the clause or follow a comma: "[Ecologist and] blogger Ana Roe", "[Former Senate member and]
    economist Ana Roe", both what the person is; None otherwise ("Reed and lawyer Ana Roe", "the mayor
    and councillor Ana Roe": another person before the "and")."""
    if i < 1 or not any(is_title_word(t, lexicons) for t in tokens) or not is_title_word(doc[i - 1], lexicons) \
            or doc[i - 1].pos_ not in ("NOUN", "PROPN", "ADJ") or doc[i - 1].ent_type_ == "PERSON":
        return None
    j = i - 1
    while j > doc[i].sent.start and i - j < 6 and doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ") \
            and doc[j - 1].ent_type_ != "PERSON":
        j -= 1
    return j if j == doc[i].sent.start or doc[j - 1].is_punct and doc[j - 1].text != "-" else None


def _retirement_mark(doc: Doc, close: int) -> bool:
    """Whether the brackets closing at ``close`` say their rank is retired: "Maj Gen (Rtd)", "Rear
    Admiral (ret'd)", "Colonel (retired)"."""
    inside = "".join(t.text for t in doc[max(close - 3, 0):close]).lower().split("(")[-1]
    return inside.replace("'", "").replace("’", "").rstrip(".") in _RETIRED


def is_title_head(token: Token, lexicons: Lexicons) -> bool:
    """True when a noun ends a title: "minister", "Secretary-General", "Leader of the Opposition"."""
    if token.lemma_.lower() in lexicons.titles or token.lower_ in lexicons.titles:
        return True
    return multiword_title_start(token, lexicons) is not None


def multiword_title_start(token: Token, lexicons: Lexicons) -> Token | None:
    """The first word of a multi-word title that ends at ``token`` but is not one itself ("chief of
    staff" for *staff*), or None."""
    if token.lower_ not in lexicons.multiword_title_lasts or token.lemma_.lower() in lexicons.titles \
            or token.lower_ in lexicons.titles:
        return None
    doc = token.doc
    lo = max(0, token.i - 4)
    lowers = [t.lower_ for t in doc[lo:token.i + 1]]
    k = next((k for k in range(len(lowers))
              if match_phrase(lowers, k, lexicons.multiword_title_index) == len(lowers) - k), None)
    return doc[lo + k] if k is not None else None


def parse_title(tokens: list[Token], lexicons: Lexicons, gazetteer: Gazetteer) -> TitleParse | None:
    """Split the words before a name into role, rank, affiliation and gender.

    "military spokesman Brigadier-General" gives role "military spokesman" and
    rank "Brigadier-General"; "Iran's Defense Minister" gives role "Defense
    Minister" and affiliation Iran; "Iraqi Foreign Minister" gives affiliation
    Iraq from the demonym; "Clinton spokesman" gives role "spokesman" and
    affiliation Clinton.
    """
    if not tokens:
        return None
    result = TitleParse()
    role: list[Token] = []
    roles: list[list[Token]] = []  # the longest title of each run of role words
    lowers = [t.lower_ for t in tokens]

    closed: list[bool] = []
    office = next((k for k in range(1, len(tokens) - 2) if tokens[k + 1].tag_ == "POS"
                   and tokens[k + 2].lower_ in _TITLE_OFFICES and is_title_word(tokens[k], lexicons)
                   and tokens[k - 1].pos_ == "PROPN" and not is_title_word(tokens[k - 1], lexicons)), None)
    if office is not None:  # "Westmark Governor's office [spokesperson]": the office is the body; its own name
        owner = len(_possessor(tokens, office, lexicons).split())  # alone ("Brenton Mayor's office said") gives none
        if office + 3 < len(tokens):
            result.affiliation = join_tokens(tokens[office + 1 - owner:office + 3])

    def found(whole: bool = False) -> None:  # a title ends here: the longest of its run ("Chief Minister", not "Chief")
        if roles and roles[-1] and role[:len(roles[-1])] == roles[-1] and not closed[-1]:
            roles[-1] = list(role)
            closed[-1] = whole
        else:
            roles.append(list(role))
            closed.append(whole)

    i = 0 if office is None else office + 3
    while i < len(tokens):
        token = tokens[i]
        if i + 1 < len(tokens) and tokens[i + 1].tag_ == "POS":  # "Iran's"; what comes before is the owner's
            owner = _possessor(tokens, i, lexicons)
            result.affiliation = gazetteer.lookup(owner) or owner
            role, roles, closed = [], [], []
            i += 2
            continue
        short = _short_form_end(tokens, i) if role else 0
        if short:  # "Chief Executive Officer (CEO)", "Member of Parliament (MP)": the title's short form,
            i = short  # which repeats it; the role is the title as spelt out
            continue
        multiword = _overlapping_titles_length(lowers, i, lexicons)
        if multiword:  # "Secretary of State", "Secretary-General": one title, whatever its words
            role.extend(tokens[i:i + multiword])
            after = tokens[i + multiword] if i + multiword < len(tokens) else None
            found(whole=after is None or not (after.is_lower and after.lemma_.lower() in lexicons.titles))
            # "Supreme Leader": a title after it is another ("Ayatollah"), one in lower case part of it
            # ("top Republican strategist")
            i += multiword
            continue
        if role and _serves_person(role[-1], tokens[i:], lexicons):
            break  # "a spokesperson for the governor": whom the holder serves, not the office
        chamber = chamber_after(role[-1], lexicons) if role and token.lower_ == "in" else None
        if chamber is not None and chamber.i == tokens[-1].i or role and in_charge_of(lowers[i:i + 3]):
            role.extend(tokens[i:])  # "leader in the Senate": the house the office is in; "in charge of
            found()  # finance": the office's remit
            break
        field = field_end(role[-1]) if role and token.lower_ == "in" else None
        if field is not None and field == tokens[-1].i + 1:
            role.extend(tokens[i:])  # "lecturer in public law": the field the scholar works in
            found()
            break
        chamber = chamber_of_member(tokens, i, lexicons) if role and token.lower_ == "of" else 0
        if chamber:  # "Member of Parliament", "member of the House of Delegates": the seat's own title
            role.extend(tokens[i:chamber])
            found()
            i = chamber
            continue
        seat = role and (token.lower_ == "for" and is_seat(role[-1], tokens[i:], lexicons)  # "MP for Leeds North"
                         or token.lower_ == "of" and office_of_place(role[-1], tokens[i + 1:], gazetteer))
        end = _lower_remit_end(tokens, i, lexicons)
        inner = bool(role) and token.lower_ == "of" and sub_body(tokens[i + 1:end])  # "of the Liberal faction"
        placed = _sub_body_before_phrase(tokens, i) if role and token.lower_ == "of" and not inner else None
        if placed is not None:  # "head of the Agency's legal department [for the north]": the body, not where it
            end, inner = placed, True  # sits or what it covers
        if role and (token.lower_ in ("of", "for") and (seat or is_portfolio(tokens[i + 1:end], lexicons, gazetteer,
                                                                             office=role[-1].is_title))
                     or inner or token.lower_ == "on" and is_remit(tokens[i + 1:end], lexicons, gazetteer)):
            # "Minister of State for Foreign Affairs", "cabinet member for social services", "Mayor of Port
            # Vale"; a given name after the portfolio begins the name the recognizer cut short ("for Trade
            # [Dana] Roe")
            unit_of = unit_at_body(tokens[i + 1:end], lexicons) if not seat and not inner else None
            stop = _phrase_stop(tokens, i, end, seat=bool(seat), inner=inner, unit=unit_of is not None,
                                lexicons=lexicons)
            address = next((k for k in range(i + 2, stop) if tokens[k].lower_ in lexicons.honorifics
                            and tokens[k].is_title and all(t.lower_ in lexicons.honorifics for t in tokens[k:stop])),
                           None)  # "Minister for Forestry [Hon.] Ana Roe": no portfolio's word
            role.extend(tokens[i:stop if address is None else address])
            if unit_of is not None and result.affiliation is None:  # "director of the unit at [the Forum]"
                doc = unit_of.doc
                lo, hi = (entity_start(unit_of), entity_end(unit_of)) if unit_of.ent_type_ == "ORG" \
                    else (unit_of.left_edge.i, unit_of.i + 1)  # "the University of Michigan": its name in full
                owner = [t for t in doc[lo:hi] if not (t.pos_ == "DET" and t.is_lower)]
                result.affiliation = gazetteer.lookup(join_tokens(owner)) or join_tokens(owner)
            owner = _named_owner(tokens[i + 1:stop]) if inner and result.affiliation is None \
                and tokens[i - 1].lemma_.lower() == "head" else None
            if owner:  # "head of [the Audit Service]'s legal department": the body whose unit it is
                result.affiliation = gazetteer.lookup(owner) or owner
            if closed:
                closed[-1] = False  # the portfolio belongs to the title before it
            found()
            for word in tokens[address:stop] if address is not None else ():
                gender = lexicons.honorific_gender.get(word.lower_)
                result.gender = result.gender or gender
                if gender is None:
                    result.rank = result.rank or word.text
            if end < len(tokens) and placed is None:  # "minister for immigration Senator Ana Roe": a form of address
                result.rank = result.rank or join_tokens(tokens[end:])
            break
        rank = match_phrase(lowers, i, lexicons.rank_index)
        after = lowers[i + rank] if rank and i + rank < len(tokens) else None
        held = (token.is_lower or role and not any(t.lower_ in lexicons.titles for t in role)) \
            and lowers[i] in lexicons.titles and all(w in lexicons.honorifics for w in lowers[i + rank:])
        adjective = rank == 1 and lowers[i] in _ADJECTIVE_RANKS and after in lexicons.titles \
            and not match_phrase(lowers, i + 1, lexicons.multiword_title_index) > 1  # "General Superintendent"
        if rank and not held and not adjective \
                and not (token.is_lower and (lowers[i] in lexicons.titles
                                             and match_phrase(lowers, i + rank, lexicons.rank_index)
                                             or after in lexicons.titles)):
            # a lower-case title before a rank is the office: "Navy commander [Rear Admiral] Ana Roe"; a
            # lower-case rank word before a title is part of it: "general manager", "private secretary"; a
            # title the name follows is the office when written in lower case or after words of its own
            # ("VSAT commander Ana Roe", "Army Commander Ana Roe"), a form of address after a title
            # ("police spokesperson Inspector Ana Roe")
            result.rank = result.rank or join_tokens(tokens[i:i + rank])
            if role:
                roles.append(role)
                closed.append(True)
            role = []
            i += rank
            continue
        if token.text.isupper() and len(token.text) > 1 and token.lower_ in lexicons.titles:
            party = _without_short_name(role)  # "Westland Greens (WG) MP": the party, not its short name
            if party and token.lower_ not in PORTFOLIO_TITLES and all(
                    (t.is_title or is_short_name(t.text) or hyphen_joins(t.doc, t.i)) and t.lower_ not in lexicons.titles
                    and t.lower_ not in RANK_MODIFIERS for t in party) and party[-1].lower_ not in _CONSTITUENCIES \
                    and not (len(party) > 1 and party[-1].lower_ in lexicons.chambers):  # "Lower House MP"
                result.affiliation = result.affiliation or gazetteer.lookup(join_tokens(party)) or join_tokens(party)
                role = []  # "Plaid Cymru MS", "Greens MP", "KPA MP", "N-VK Lakeside MP": the party is the affiliation;
                # not "Former MLA", nor the portfolio of an executive's office ("Health MEC")
            elif len(party) > 1 and party[-1].lower_ in lexicons.chambers and is_short_name(party[0].text) \
                    and party is role:
                result.affiliation = result.affiliation or gazetteer.lookup(party[0].text) or party[0].text
                role = role[1:]  # "KPA Lower House MP": the party's initials, then the chamber the member sits in
            role.append(token)  # "MS", "MP": a member of a legislature, not the honorific "Ms"
            found()
            i += 1
            continue
        if token.lower_ in lexicons.honorifics and not (token.is_lower and token.lower_ in lexicons.titles):
            # "Professor Bisi Olanrewaju" is addressed so; "a professor at Yale" is one
            gender = lexicons.honorific_gender.get(token.lower_)
            result.gender = result.gender or gender
            if gender is None and token.is_title:  # "Hon.", "Dr.", "Datuk": a rank of address, not a role
                result.rank = result.rank or token.text
            i += 1
            continue
        if token.lower_ in lexicons.abbreviations:
            lead, owner = _before_abbreviation(role, token, lexicons, gazetteer)
            roles.append([*lead, token])  # "state Sen.": the lower-case words before it are the title's
            if owner is not None:
                result.affiliation = result.affiliation or owner  # "Republican state Sen.", "Arizona Gov."
                role = []
            i += 1
            continue
        if token.lower_ in DETERMINERS or token.tag_ in ("POS", "PRP$"):  # "its", "his": no part of the role
            i += 1
            continue
        body = 0 if role else _body_name_length(tokens, i, lexicons, gazetteer)
        if body:  # "Macau Affairs Office spokeswoman": the body's full name, not the role
            result.affiliation = result.affiliation or gazetteer.lookup(join_tokens(tokens[i:i + body])) \
                or join_tokens(tokens[i:i + body])
            i += body
            continue
        entry = gazetteer.country(token.text) if token.pos_ in ("PROPN", "ADJ", "NOUN") else None
        if entry is not None and (token.ent_type_ in ("GPE", "NORP") or token.is_title) \
                and not _in_other_place(token, gazetteer):
            result.affiliation = result.affiliation or entry
            i += 1
            continue
        known = gazetteer.lookup(token.text) if not role and token.pos_ == "PROPN" else None
        if known is not None and known.type != "country" and i + 1 < len(tokens):
            result.affiliation = result.affiliation or known  # "UN Secretary-General", "NATO spokesman"
            i += 1
            continue
        initials = 0 if role else _initials_end(tokens, i)
        if initials and token.pos_ in ("PROPN", "NOUN", "ADJ") \
                and not any(t.lower_ in lexicons.titles or t.lower_ in lexicons.abbreviations
                            for t in tokens[i:initials]) \
                and initials < len(tokens) \
                and (tokens[initials].is_lower or _named_before_lower_title(tokens, i, lexicons)
                     or tokens[initials].lower_ in lexicons.seat_titles and tokens[initials].is_title):
            code = join_tokens(tokens[i:initials])
            result.affiliation = result.affiliation or gazetteer.lookup(code) or code
            i = initials  # "KPR secretary-general", "DA caucus leader", "CCM Lakeside regional secretary",
            continue  # "ULP-M lawmaker", "KPR Member of Parliament": initials, hyphenated or not
        named = 0 if role else _named_before_lower_title(tokens, i, lexicons)  # "Liberal Democrat councillor"
        if not role and (named or token.is_title and token.pos_ in ("PROPN", "ADJ")) \
                and token.lower_ not in lexicons.titles and token.lower_ not in _OFFICE_QUALIFIERS:
            owner = [token]
            if token.ent_type_ in ("PERSON", "ORG", "GPE", "LOC"):
                while i + len(owner) < len(tokens) and tokens[i + len(owner)].ent_type_ == token.ent_type_ \
                        and tokens[i + len(owner)].pos_ == "PROPN" and tokens[i + len(owner)].ent_iob_ == "I" \
                        and not _ordinal(tokens[i + len(owner)], lexicons):
                    owner.append(tokens[i + len(owner)])
            else:  # "Kharkiv Oblast", "Ekiti State": a place the recognizer missed
                while i + len(owner) < len(tokens) and tokens[i + len(owner)].pos_ == "PROPN" \
                        and tokens[i + len(owner)].is_title and tokens[i + len(owner)].lower_ not in lexicons.titles \
                        and not _ordinal(tokens[i + len(owner)], lexicons):  # "[Marlow] First District Engineer"
                    owner.append(tokens[i + len(owner)])
            if named > len(owner):  # "Dar es Salaam", "Lakeside-Marsh": a name the recognizer cut short
                owner = list(tokens[i:i + named])
            place = len(owner) > 1 and owner[-1].lower_ in lexicons.place_nouns
            rest = tokens[i + len(owner):]
            named = named == len(owner)  # "Liberal Democrat councillor": a name, whatever its label
            if place and owner[-1].lower_ in _CONSTITUENCIES and len(rest) == 1 \
                    and rest[0].lower_ in lexicons.seat_titles:
                role.extend(owner)  # "Kasambya County MP": the seat is part of the title
                i += len(owner)
                continue
            if len(owner) > 1 and owner[-1].lower_ in lexicons.chambers and len(rest) == 1 \
                    and rest[0].lower_ in lexicons.seat_titles and not owner[-1].is_upper:
                role.extend(owner)  # "Lower House MP", "State Duma deputy": the chamber the member sits in
                i += len(owner)
                continue
            portfolio = len(rest) > 1 and rest[0].lower_ in ("and", "&") and rest[1].is_title  # "Fisheries and
            # Tourism Minister": one portfolio, whatever label the recognizer gave its first word
            if rest and (token.ent_type_ in ("PERSON", "ORG", "GPE", "LOC") or place or named) and not portfolio \
                    and (rest[0].is_lower or token.ent_type_ in ("GPE", "LOC") or place) \
                    and any(t.lower_ in lexicons.titles for t in rest):
                if i and tokens[i - 1].tag_ == "POS" and token.ent_type_ in _PLACE_LABELS and rest[0].is_lower \
                        and gazetteer.country(join_tokens(owner)) is None:
                    role.extend(owner)  # "Westmark Watch's East Africa researcher": the region is the remit
                    i += len(owner)
                    continue
                result.affiliation = result.affiliation or gazetteer.lookup(join_tokens(owner)) or join_tokens(owner)
                kind = next((k for k in range(len(owner) - 1, 0, -1) if owner[k].lemma_.lower()
                             in lexicons.organisation_nouns and owner[k].lemma_.lower() not in _NAMED_ALONE), None)
                lone_body = len(owner) == 1 and token.lemma_.lower() in lexicons.organisation_nouns  # "Commission"
                if token.ent_type_ != "ORG" and not named or not (kind or lone_body):
                    i += len(owner)  # "Clinton spokesman", "Kharkiv Oblast Governor": the owner is not the role
                    continue
                if kind and rest[0].pos_ != "CCONJ" and rest[0].tag_ != "POS":  # "Lakeside Municipal Council
                    # chairman": the kind of body stays, its name goes; "Local Government and Housing Minister"
                    # is one portfolio; "Lakeside Council's": an owner, read below
                    role.extend(owner[kind:])
                    i += len(owner)
                    continue
        role.append(token)
        if token.lower_ in lexicons.titles:
            found()
        i += 1
    for candidate in roles:
        if any(t.lower_ in lexicons.titles or t.lower_ in lexicons.abbreviations for t in candidate) \
                or match_phrase([t.lower_ for t in candidate], 0, lexicons.multiword_title_index) == len(candidate):
            words = candidate
            if hyphen_joins(words[0].doc, words[0].i):  # "Denver-area businessman": the whole word
                words = [words[0].doc[words[0].i - 1], *words]
            words = words[_count_or_age_end(words):]  # "another resident", "52-year-old farmer": a resident, a farmer
            if words[-1].lemma_.lower() in lexicons.person_nouns:  # "Six Roads resident": where the person lives
                words = words[next((k + 1 for k in range(len(words) - 2, -1, -1) if words[k].is_title
                                    and not words[k].is_sent_start), 0):]  # or works, no part of what they are
            while len(words) > 1 and (words[-1].is_punct or words[-1].pos_ == "CCONJ"):
                # "the Minister of Lands and Environment, [Ana Roe]": the comma that sets off the name ends the
                # role, and is no part of it; nor is an "and" whose second conjunct the recognizer took for
                # the name ("Minister of Lands and [Urban Renewal Ana Roe]")
                words = words[:-1]
            words = _without_open_bracket(words)
            result.role = join_tokens(words)  # as written: "Sen.", "Rep." (the lexicon expands them for matching)
            break
    if result.role is None and result.rank is None and result.affiliation is None and result.gender is None:
        return None
    return result


def _phrase_stop(tokens: list[Token], i: int, end: int, *, seat: bool, inner: bool, unit: bool,
                 lexicons: Lexicons) -> int:
    """Where the phrase after a title's "of"/"for" at ``tokens[i]`` (read up to ``end``) stops being
    part of the role: a seat at the name the recognizer begins after it ("candidate for Westmark North
    [Ana Roe]"); a body inside a larger one at ``end``; a unit inside a body at the end of its fields,
    whatever given name it holds ("of the Price Control Unit" at its body); a portfolio also at a given
    name, which begins the name the recognizer cut short ("for Trade [Dana] Roe")."""
    if seat:
        return next((k for k in range(i + 2, len(tokens)) if tokens[k].is_title and tokens[k].ent_type_ == "PERSON"
                     and tokens[k].ent_iob_ == "B"), len(tokens))
    if inner:
        return end
    stop = end if unit else next((k for k in range(i + 2, end) if tokens[k].is_title
                                  and tokens[k].lower_ in lexicons.first_names), end)
    return _portfolio_list_end(tokens, i, stop, lexicons)


def _portfolio_list_end(tokens: list[Token], i: int, stop: int, lexicons: Lexicons) -> int:
    """Where a portfolio of fields joined by commas and "and" after the title's "of"/"for" at ``tokens[i]``
    ends: at a comma after its last field ("Minister of Lands and Environment[, Tui] Ana Roe": a chiefly
    title or a name set off), or before a last word the parser hung on the name after the title rather
    than on the fields ("Minister of Food, Farming and Fisheries [Ana] Roe"; not a form of address, which the
    caller reads); ``stop`` otherwise."""
    joined = False
    for k in range(i + 2, stop):
        word = tokens[k]
        if word.lower_ in ("and", "&"):
            joined = True
        elif word.text == "," and joined:
            return k
        elif k == stop - 1 == len(tokens) - 1 and k > i + 2 and joined and word.dep_ == "compound" \
                and word.lower_ not in lexicons.honorifics \
                and word.head.i > tokens[-1].i and tokens[k - 1].lower_ not in ("and", "&", ",", "of", "for"):
            return k
    return stop


def _count_or_age_end(words: list[Token]) -> int:
    """How many words open a role only to count its holders or give their age, which is no part of what
    they are: "[another] resident", "[one] farmer", "[52-year-old] farmer" (a number and the words joined
    to it by hyphens). The title's own last word always stays."""
    def count(word: Token, after: Token) -> bool:  # not a name's numeral ("Ward 17", "Six Roads") nor an ordinal
        before = word.doc[word.i - 1] if word.i > word.sent.start else None
        ordinal = word.text[0].isdigit() and word.text[-2:].isalpha()  # "1st District Engineer"
        return (word.pos_ == "NUM" or word.like_num) and word.text.isalnum() and not ordinal \
            and (after.is_lower or after.text in ("-", "\u2010")) \
            and not (before is not None and before.is_title and before.pos_ in ("PROPN", "NOUN"))

    k = 0
    while k < len(words) - 1:
        if words[k].pos_ == "DET" and words[k].is_alpha and not words[k].is_upper or count(words[k], words[k + 1]):
            k += 1
        elif k and words[k - 1].like_num and words[k].text in ("-", "\u2010") and not words[k].whitespace_:
            k += 1  # "52-year-old": the words the number's hyphens join to it
            while k < len(words) - 1 and (words[k].text in ("-", "\u2010") or hyphen_joins(words[k].doc, words[k].i - 1)):
                k += 1
        else:
            break
    return k


def _serves_person(title: Token, phrase: list[Token], lexicons: Lexicons) -> bool:
    """Whether a "for"/"to" phrase after a title written in lower case names, by the title of an office
    and "the", the person its holder works for: "spokesperson [for the governor]", "adviser [to the prime
    minister]", which the role as written leaves out (the holder is a spokesperson).

    Notes:
        Counted before it was built: "a spokesperson for the governor" in 2 outlets of heldout..heldout26
        (NPR, Los Angeles Times), the gold role "spokesperson" both times; none keeping the person.
    """
    if len(phrase) < 3 or phrase[0].lower_ not in ("for", "to") or phrase[1].lower_ != "the" or not title.is_lower \
            or title.lemma_.lower() not in lexicons.titles:
        return False
    rest = phrase[2:]
    return all(t.is_lower for t in rest) and match_phrase([t.lower_ for t in rest], 0,
                                                          lexicons.multiword_title_index) in (0, len(rest)) \
        and (rest[-1].lemma_.lower() in lexicons.titles or rest[-1].lower_ in lexicons.titles) \
        and rest[-1].lemma_.lower() not in lexicons.organisation_nouns \
        and all(t.lower_ in lexicons.titles or t.lower_ in RANK_MODIFIERS or t.lower_ == "prime" for t in rest[:-1])


def _in_other_place(token: Token, gazetteer: Gazetteer) -> bool:
    """Whether a country's name is a word of a longer place's name the recognizer marks, which is no
    country: "Jersey" of "New Jersey"."""
    if token.ent_type_ not in ("GPE", "LOC"):
        return False
    start, end = entity_start(token), entity_end(token)
    return end - start > 1 and gazetteer.country(token.doc[start:end].text) is None


def _before_abbreviation(words: list[Token], abbreviation: Token, lexicons: Lexicons,
                         gazetteer: Gazetteer) -> tuple[list[Token], Entry | str | None]:
    """The words before a title's abbreviation that belong to it, and the affiliation the capitalised
    words before those give: "Republican state Sen." is a "state Sen." of the Republicans (a people's or
    party's adjective that names no country; the party ``party_initials`` names in full when it starts
    so), "Arizona Gov." the governor of Arizona (a place before an office that runs it,
    ``place_offices``). A place before a seat's abbreviation ("Texas Sen.") is the seat, and gives none.

    Notes:
        Counted before it was built: a place before "Gov." 135 times in 105 PolNeAR train articles, a
        party's adjective before "Sen."/"Rep."/"Gov." 14 times in 13; in the studied sets once each
        (heldout19), where both went without an affiliation."""
    k = len(words)
    while k > 0 and words[k - 1].is_lower and words[k - 1].is_alpha and words[k - 1].lower_ not in DETERMINERS:
        k -= 1
    lead, owner = words[k:], words[:k]
    if not owner or not all(t.is_title and t.pos_ in ("PROPN", "ADJ") for t in owner):
        return lead, None
    text = join_tokens(owner)
    if all(t.ent_type_ == "NORP" for t in owner) and gazetteer.country(text) is None:
        party = next((p for p in lexicons.party_initials.values() if p.split()[0] == text), None)
        return lead, gazetteer.lookup(text) or party or text  # "Democratic Sen.": the Democratic Party
    office = lexicons.abbreviations[abbreviation.lower_].lower()
    if not lead and all(t.ent_type_ in ("GPE", "LOC") for t in owner) and office in lexicons.place_offices:
        return lead, gazetteer.lookup(text) or text
    return lead, None


def _short_form_end(tokens: list[Token], i: int) -> int:
    """The index after a short form in brackets that ``tokens[i]`` opens right after a title's words, which
    repeats the title ("Chief Executive Officer [(CEO)]", "Member of Parliament [(MP)]"); 0 when no such
    bracket opens there.

    Notes:
        Counted before it was taken: a title spelt out and its short form in brackets before a name set off
        by a comma, heldout44 (Times of Eswatini, 2 speakers, 6 quotes), the role cut inside the bracket
        ("Member of Parliament (MP") once; the gold keeps the title as spelt out.
    """
    if tokens[i].text != "(" or i + 2 >= len(tokens) or tokens[i + 2].text != ")":
        return 0
    return i + 3 if is_short_name(tokens[i + 1].text) else 0


def _without_open_bracket(words: list[Token]) -> list[Token]:
    """A role's words up to a bracket opened and not closed in them, which the role was cut inside
    ("Member of Parliament (MP" gives "Member of Parliament"); the words unchanged when none is open.
    A role is a noun phrase: half a bracket is never part of it."""
    depth, cut = 0, None
    for k, word in enumerate(words):
        if word.text == "(":
            depth, cut = depth + 1, cut if depth else k
        elif word.text == ")" and depth:
            depth -= 1
            cut = None if not depth else cut
    if cut is None or cut == 0:
        return words
    words = words[:cut]
    while len(words) > 1 and words[-1].is_punct:
        words = words[:-1]
    return words


def _without_short_name(words: list[Token]) -> list[Token]:
    """Words without the short name in brackets that ends them: "Westland Greens" of "Westland Greens
    (WG)"; the words unchanged when none ends them.

    Notes:
        Counted before it was read: a party's name with its short name in brackets before a member's
        title in capitals ("(PTI) MNA", "(Komal) MP"), 2 outlets of heldout21/24 (3 quotes).
    """
    if len(words) > 3 and words[-1].text == ")" and words[-3].text == "(" and words[-2].is_alpha \
            and words[-2].text[:1].isupper():
        return words[:-3]
    return words


def _initials_end(tokens: list[Token], i: int) -> int:
    """Where the initials that ``tokens[i]`` opens end: after "KPR", after the hyphenated parts of
    "ULP-M" or "N-VK" (one body's short name, however the tokenizer split it); 0 when it opens none.

    Notes:
        Counted before it was read: a party's hyphenated initials before a member's title stayed in the
        role ("<initials>-<initials> lawmaker", "<initials>-<initials> <city> MP"), 2 outlets of
        heldout25/33 (7 quotes).
    """
    def capitals(k: int) -> bool:
        return k < len(tokens) and tokens[k].is_upper

    end = i + 1 if capitals(i) else i
    while end > i and end + 1 < len(tokens) and hyphen_joins(tokens[end].doc, tokens[end].i) \
            and tokens[end].i == tokens[end - 1].i + 1 and capitals(end + 1) and tokens[end + 1].i == tokens[end].i + 1:
        end += 2
    return end if end - i > 1 or end > i and len(tokens[i].text) > 1 else 0


def _named_before_lower_title(tokens: list[Token], i: int, lexicons: Lexicons) -> int:
    """How many words from ``tokens[i]`` are a proper name of two or more words (capitalised or
    initials, hyphenated or with a lower-case particle inside: "Dar es Salaam") that a lower-case title
    follows, which makes the name its holder's body or place, whatever label the recognizer gave it:
    "Liberal Democrat councillor", "Lakeside-Marsh mayor"; 0 otherwise ("Former Navy commander")."""
    def capitalised(k: int) -> bool:
        token = tokens[k]
        return (token.pos_ == "PROPN" or token.ent_type_ != "") \
            and (token.is_title or token.is_upper and len(token.text) > 1) and token.lower_ not in lexicons.titles \
            and token.lower_ not in RANK_MODIFIERS and token.lower_ not in lexicons.honorifics

    end = i
    while end < len(tokens) and capitalised(end):
        inside = tokens[end + 1] if end + 2 < len(tokens) and capitalised(end + 2) else None
        joined = inside is not None and (hyphen_joins(inside.doc, inside.i)
                                         or inside.is_lower and inside.pos_ == "PROPN")
        end += 3 if joined else 1
    if end - i < 2 or end >= len(tokens) or not tokens[end].is_lower or tokens[end].tag_ == "POS" \
            or not any(t.lower_ in lexicons.titles for t in tokens[end:]):
        return 0
    return end - i


def _lower_remit_end(tokens: list[Token], i: int, lexicons: Lexicons) -> int:
    """Where a remit written in lower case after a title's "for"/"of"/"on" at ``tokens[i]`` ends: before
    a capitalised title that addresses the name after it ("minister for immigration [Senator] Ana Roe");
    at the end of ``tokens`` otherwise."""
    if i + 1 >= len(tokens) or not tokens[i + 1].is_lower:
        return len(tokens)
    return next((k for k in range(i + 2, len(tokens)) if tokens[k].is_title and is_title_word(tokens[k], lexicons)),
                len(tokens))


def _body_name_length(tokens: list[Token], i: int, lexicons: Lexicons, gazetteer: Gazetteer) -> int:
    """How many words from ``tokens[i]`` are the proper name of a body before a title, which is
    the affiliation, not part of the role; 0 when none is. A name is the body's own when it holds a
    place ("Macau Affairs Office", "Health Canada", "Health NZ", "Northland College of Surveyors") or when a lower-case
    word starts the role after it ("Greenfield Nursing Association regional chair"). An office named
    by its function alone stays in the title: "Foreign Ministry spokesperson"."""
    def in_name(k: int) -> bool:  # a capitalised word, or "of"/"and"/"for" between two
        token = tokens[k]
        joined = token.lower_ in ("of", "and", "for") and k + 1 < len(tokens) and tokens[k + 1].is_title
        after_of = k > i and tokens[k - 1].lower_ == "of"  # "Ministry of Justice": a field, not a judge
        return (token.is_title or token.is_upper or joined) and token.pos_ in ("PROPN", "ADJ", "NOUN", "ADP", "CCONJ") \
            and (after_of or not is_title_head(token, lexicons))

    end = i
    while end < len(tokens) and in_name(end):
        end += 1
    words, rest = tokens[i:end], tokens[end:]
    body_of = any(a.lemma_.lower() in lexicons.organisation_nouns and b.lower_ == "of"
                  for a, b in zip(words, words[1:]))  # "College of Midwives"
    if len(words) < 2 or not rest or not (rest[-1].is_lower or body_of) or not is_title_head(rest[-1], lexicons) \
            or words[-1].pos_ != "PROPN":
        return 0  # "Indian Defence Minister": a title written with capitals takes its portfolio's (not
        # "Ministry of Health Spokesperson": a body's name with "of" is the body's)
    last = words[-1]
    if gazetteer.country(join_tokens(words)) is not None or last.lower_ in lexicons.place_nouns:
        return 0  # "South Africa", "Kharkiv Oblast": a place, which other rules read
    country_named = gazetteer.country(last.text) is not None and gazetteer.country(words[-2].text) is None
    named = last.lemma_.lower() in lexicons.organisation_nouns or body_of or country_named  # "Health Canada"
    placed = any(t.ent_type_ in ("GPE", "LOC") or gazetteer.country(t.text) is not None for t in words) \
        or any(t.lower_ == "of" for t in words)
    started = rest[0].is_lower and not is_title_head(rest[0], lexicons)  # "regional chair"
    initials = last.is_upper and last.is_alpha and len(last.text) > 1 and not set(last.text) <= set("IVXL") \
        and words[-2].pos_ == "PROPN" and words[-2].is_title  # "Health NZ", "Transport NSW": not "Commission IV"
    return len(words) if (named and (placed or started)) or initials else 0


def is_remit(tokens: list[Token], lexicons: Lexicons, gazetteer: Gazetteer) -> bool:
    """True when the words after a title's "on" name the body its holder sits on or the field they
    speak for, which is part of the title as written: "Ranking Member on the Finance Committee",
    "spokesman on local government", "member on the Westmark board", "whip on the council"; not
    "minister on Monday" nor "spokesman on the radio".

    Notes:
        The body in lower case was counted before it was taken: a member's or whip's seat "on the
        [X] board/council" the gold keeps in the role, 2 outlets (Dawn, New Era; 4 quotes), none
        leaving it out. A committee a common noun names ("on the budget committee") says what the
        holder works on, not the seat, and stays out as before.
    """
    words = [t for t in tokens if t.pos_ != "DET"]
    if not words or len(words) > 5 or any(t.pos_ not in ("NOUN", "PROPN", "ADJ", "CCONJ") for t in words):
        return False
    last = words[-1]
    if last.is_title:  # a committee or board named in full
        return last.lemma_.lower() in lexicons.organisation_nouns and all(t.is_title or t.is_lower and
                                                                           t.pos_ == "CCONJ" for t in words)
    if tokens[0].lower_ == "the" and last.is_lower and last.lemma_ in SUB_BODIES and last.tag_ == "NN" \
            and last.i == tokens[-1].i and all(t.pos_ == "PROPN" for t in words[:-1]):
        return True  # "on the Westmark board", "on the council": the body the holder sits on (not a field's
        # committee, "lawmaker on the budget committee")
    return tokens[0].pos_ != "DET" and is_portfolio(tokens, lexicons, gazetteer)  # "on local government"


def _ordinal(token: Token, lexicons: Lexicons) -> bool:
    """Whether a word is an ordinal ("First", "2nd"), which numbers an office's district or division and
    so starts its title, not the place's name: "Marlow [First District Engineer]"."""
    return token.ent_type_ == "ORDINAL" or token.lower_ in lexicons.ordinals \
        or re.fullmatch(r"\d+(st|nd|rd|th)", token.lower_) is not None


def in_charge_of(lowers: list[str]) -> bool:
    """Whether words start an office's remit as "in charge of" ("Vice Mayor in charge of Finance")."""
    return lowers == ["in", "charge", "of"]


def office_of_place(title: Token, phrase: list[Token], gazetteer: Gazetteer) -> bool:
    """Whether a capitalised title's "of" phrase names the place below a country the office is of, which
    the title as written holds: "Mayor of Port Vale", "Deputy Commissioner of Marikit" (not "mayor of Port
    Vale", a description, nor "President of Ruritania", whose country is the affiliation)."""
    return title.is_title and 0 < len(phrase) <= 4 and all(t.pos_ == "PROPN" and t.is_title for t in phrase) \
        and gazetteer.country(join_tokens(phrase)) is None and phrase[-1].ent_type_ not in ("PERSON", "ORG")


def sub_body(phrase: list[Token]) -> bool:
    """Whether the words after a title's "of" name a body inside a larger one that a name, an owner or
    an adjective sets apart, which is part of the role as written: "of the Conservative group", "of the
    Liberal faction", "of the Senate finance committee", "of the party's political bureau", "of the
    executive council [of the Farmers Union]"; not "of the company" nor "of the group Clean Air Now". A
    place phrase after the body ("in the city council") is no part of it: see :func:`sub_body_end`.

    Notes:
        The adjective was counted before it was taken: members of an "executive council" or a "full
        committee" whose role the gold writes with it, 2 outlets (heldout21, heldout24), none against.
    """
    head = phrase[-1] if phrase else None
    if head is not None and (_public_office_headed(phrase) or _committee_by_field(phrase)
                             or _legislature_committee(phrase)):
        return True
    return head is not None and head.is_lower and head.lemma_ in SUB_BODIES \
        and all(c.dep_ == "prep" for c in head.rights) \
        and any(c.dep_ == "poss" or c.pos_ == "PROPN" or c.ent_type_ == "NORP"
                or c.dep_ == "amod" and (c.is_title or c.pos_ == "ADJ") for c in head.children)


def _committee_by_field(phrase: list[Token]) -> bool:
    """Whether the words after a capitalised title's "of" name, in capitals, a committee by the field it
    works on or by its standing alone, which the title of office as written holds: "President of the Budget
    Committee", "Chairman of the Standing Committee", "Member of the Committee on Rural Affairs"; not
    a title in lower case, which describes its holder ("the chairman of the Budget Committee", as "mayor
    of Port Vale": see :func:`office_of_place`), nor a committee a place or an owner names, a body of its
    own ("vice chairman of the Lakeside People's Committee").

    Notes:
        Counted before it was taken: the gold keeps such a committee after a capitalised title in 3
        outlets (MONTSAME, AZERNEWS, Newsroom Panama; 3 quotes, the first lost to a name the recognizer
        ran into the title), none leaving one out; after a lower-case title it is left out in 1
        (The Washington Post's "chairman of the <chamber> oversight committee"), and a place's "People's
        Committee" in 1 (VnExpress). A committee named in lower case is read by :func:`sub_body`.
    """
    doc = phrase[0].doc if phrase else None
    if doc is None or phrase[0].i < 2 or doc[phrase[0].i - 1].lower_ != "of" or not doc[phrase[0].i - 2].is_title:
        return False
    words = [t for t in phrase if not (t.pos_ == "DET" and t.is_lower)]
    at = next((k for k, t in enumerate(words) if t.lower_ in _COMMITTEES), None)
    if at is None or not words[at].is_title:
        return False
    rest = words[at + 1:]  # "on Rural Affairs": the field, in capitals
    if rest and not (len(rest) > 1 and rest[0].lower_ in ("on", "for")
                     and all(t.is_title or t.lower_ in ("and", "&", ",") for t in rest[1:])):
        return False
    return all(t.is_title and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.tag_ != "POS"
               and t.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON") for t in words[:at])


def _legislature_committee(phrase: list[Token]) -> bool:
    """Whether the words after a title's "of" name, in capitals, a committee that a lower-case adjective
    sets apart as a legislature's, which the role as written holds after a title in lower case too:
    "deputy chair of the parliamentary Transport Committee", "chairperson of the parliamentary Portfolio
    Committee on Trade", "member of the parliamentary Budget and Finance Committee"; not a committee a
    chamber's name sets apart ("chairman of the House Budget Committee": a chairman), nor one a place or
    an owner names (see :func:`_committee_by_field`).

    Notes:
        Counted before it was taken: "of the parliamentary ... Committee" after a lower-case title, the gold
        keeping it in the role, 3 outlets of heldout41 (LSM, Lesotho Times, The Slovenia Times; 4 quotes),
        none leaving it out; "chairman of the House Oversight Committee" (The Washington Post) is written
        bare, a chamber's name and no adjective before the committee.
    """
    inside = {t.i for t in phrase}
    roots = [t for t in phrase if t.head.i not in inside]
    if len(roots) != 1 or roots[0].dep_ != "pobj":
        return False
    root = roots[0]  # "Committee", or "Budget" when the parser hung "and Finance Committee" on it as a conjunct
    committee = root if root.lemma_.lower() in _COMMITTEES else \
        next((c for c in root.conjuncts if c.lower_ in _COMMITTEES), None)
    if committee is None or not committee.is_title:
        return False
    before = [t for t in phrase if t.i < committee.i and not (t.pos_ == "DET" and t.is_lower)]
    if not before or not (before[0].dep_ == "amod" and before[0].pos_ == "ADJ" and before[0].is_lower):
        return False  # "the parliamentary ...": the adjective opens the name
    if not all(t.is_title or t.lower_ in ("and", "&", ",") for t in before[1:]):
        return False
    rest = [t for t in phrase if t.i > committee.i]  # "on Trade and Industry": the field, in capitals
    return not rest or len(rest) > 1 and rest[0].lower_ in ("on", "for") \
        and all(t.is_title or t.lower_ in ("and", "&", ",") for t in rest[1:])


def _public_office_headed(phrase: list[Token]) -> bool:
    """Whether the words after the "of" of "head" name, capitalised, an office of a government (an
    administration, agency, bureau, department, directorate or office), which the title as written holds:
    "Head of Odesa Oblast Military Administration", "head of the Road Infrastructure Agency", "head of the
    Bureau"; not an association's or a company's head ("head of the Farmers' Association": a head).

    Notes:
        Counted before it was taken: the gold keeps such an office in the head's role in 4 outlets
        (Ukrainska Pravda, Addis Standard, Antara, Novinite; 14 quotes), none leaving it out; an
        association's or a company's head is written bare in 2 (Jordan Times, Arab Times). A director's
        office is left out: the gold keeps it in 1 outlet and leaves it out in 2. A unit an owner's
        possessive sets apart, in lower case too ("head of the railway's press office"), stays in 2
        outlets (MercoPress, Asia-Plus; 10 quotes), none leaving it out.
    """
    head, doc = phrase[-1], phrase[0].doc
    prep = doc[phrase[0].i - 1] if phrase[0].i > 1 else None
    if prep is None or prep.lower_ != "of" or doc[prep.i - 1].lemma_.lower() != "head" \
            or head.head != prep and not _hung_on_name(head):
        return False
    if head.lemma_.lower() in _OWNED_UNITS and any(t.tag_ == "POS" and head in t.ancestors for t in phrase):
        return True  # "head of the railway's press office", "head of the Agency's legal department"
    return head.is_title and head.lemma_.lower() in _PUBLIC_OFFICES \
        and all(t.is_title or t.pos_ == "DET" and t.is_lower for t in phrase)


def _body_before_name(tokens: list[Token], own_start: int) -> list[Token] | None:
    """The words of a body's name after a title's "of" and before a person's name, when the parser hung the
    body on the name: "the Audit Bureau" of "Head of [the Audit Bureau] Ana Roe", without the given name
    the recognizer marks with the rest of the name from ``own_start`` on ("[Ana] Roe-Lind" when the name
    read is the surname); None when they name no body inside a larger one (see :func:`sub_body`)."""
    body = [t for t in tokens if t.i < own_start]
    return body if body and _hung_on_name(body[-1]) and sub_body(body) else None


def _chamber_before_name(prep: Token, tokens: list[Token], own_start: int, lexicons: Lexicons) -> list[Token] | None:
    """The words of the chamber a member sits in, named after "member" and its "of" (``prep``) and before a
    person's name when the parser hung the chamber on the name: "the Westmark City Council" of "member of
    [the Westmark City Council] Ana Roe", the seat's own title as :func:`chamber_of_member` reads it; None
    when they name no chamber.

    Notes:
        Counted before it was taken: a party's member of a city council before the name, heldout43
        (JAMnews, 5 quotes), the role cut to "member"; the gold keeps the council, as it keeps a
        member's chamber after the name in 6 outlets (see :func:`chamber_of_member`).
    """
    body = [t for t in tokens if t.i < own_start]
    if not body or not _hung_on_name(body[-1]):
        return None
    return body if chamber_of_member([prep.head, prep, *body], 1, lexicons) == len(body) + 2 else None


def _hung_on_name(word: Token) -> bool:
    """Whether the parser hung the last word of a body's name on the person's name right after it, which
    a title before the name leaves it part of: "Head of the Audit [Bureau] Ana Roe" (*Bureau* a
    compound of *Roe*)."""
    return word.dep_ == "compound" and word.head.i > word.i and word.head.ent_type_ == "PERSON" \
        and word.doc[word.i + 1].ent_type_ == "PERSON" and word.doc[word.i + 1].ent_iob_ == "B"


def sub_body_end(prep: Token, lexicons: Lexicons | None = None) -> int | None:
    """The index after the body inside a larger one that a title's "of" at ``prep`` names, when a
    phrase saying where it sits follows it, which stays out of the role: "head [of the Liberal faction]
    in the city council"; also after a legislature's committee with its field ("[of the parliamentary
    Committee on Roads]", :func:`_legislature_committee`) and after a unit an owner's possessive sets
    apart after "head of" whose name runs to six words or more ("deputy head [of the agency's northern
    regional department]"), which a title's "of" phrase of that length no longer ends; else None.

    Notes:
        The long unit was counted before it was taken: "(deputy) head of the <owner>'s <unit>" of six words
        or more after the name, the gold keeping it, 3 outlets (LSM, heldout41; AZERNEWS, heldout37;
        MercoPress, heldout16, whose rank before the name still wins), none leaving it out; every "head of
        the <owner>'s ..." in the studied articles is kept by its gold.
    """
    body = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if body is None:
        return None
    if _legislature_committee(list(prep.doc[prep.i + 1:body.right_edge.i + 1])):
        return body.right_edge.i + 1  # "[of the parliamentary Committee on Roads]": its field and all
    phrase = list(prep.doc[prep.i + 1:body.i + 1])
    if body.i - prep.i >= 6 and _public_office_headed(phrase):
        return body.i + 1  # "head [of the agency's northern regional department]", however long
    if body.i == body.right_edge.i or not any(c.dep_ == "prep" for c in body.rights):
        return None
    return body.i + 1 if body.i - prep.i < 6 and sub_body(phrase) or unit_at_body(phrase, lexicons) is not None \
        else None


def chamber_of_member(tokens: list[Token], i: int, lexicons: Lexicons) -> int:
    """The index after the capitalised chamber of a legislature that the "of" at ``tokens[i]`` names
    after "member", which the title as written holds: "Member of Parliament", "member of the House of
    Delegates", "Member of the National Assembly", and the seat a "for" phrase names after it
    (:func:`_seat_end`); 0 for any other "of" ("member of the party", "member of the city council": a
    body the member belongs to).

    Notes:
        Counted before it was taken: the gold keeps the chamber in a member's role in 6 outlets
        (heldout11/26/26/30/32/33, 15 quotes), none leaving it out; the system cut it to "Member" (or lost
        it) in 3 of them.
    """
    if i < 1 or tokens[i - 1].lemma_.lower() != "member" or tokens[i].lower_ != "of":
        return 0
    k = i + 1
    if k < len(tokens) and tokens[k].lower_ == "the":
        k += 1
    end, house = k, False
    while end < len(tokens) and (tokens[end].is_title and tokens[end].pos_ in ("PROPN", "NOUN", "ADJ")
                                 or tokens[end].lower_ == "of" and house and end + 1 < len(tokens)
                                 and tokens[end + 1].is_title):
        house = house or tokens[end].lemma_.lower() in lexicons.chambers or tokens[end].lower_ in lexicons.chambers
        end += 1
    if not house or end == k or tokens[end - 1].lower_ == "of":
        return 0
    return _seat_end(tokens, end)


def _seat_end(tokens: list[Token], i: int) -> int:
    """The index after the seat a "for" phrase at ``tokens[i]`` names after a member's chamber, which the
    title as written holds as it holds an MP's ("Member of the Legislative Council for Westbury", "member
    of the National Assembly for Orlo Province"): proper names up to the person's own name; ``i`` when no
    such phrase follows ("member of Parliament for the ruling party", "for ten years").

    Notes:
        Counted before it was taken: after a chamber, the gold keeps the seat in heldout35 (Borneo
        Bulletin, a Legislative Council member's district, the role cut to "Member") and leaves it out in
        heldout39 (Laotian Times, "member of the <chamber>"), which the longer role still
        matches; a member's seat without a chamber is kept in 3 more outlets ("member for <district>",
        "National Assembly member for <constituency>", "Opposition Member for <seat>"). The speaker
        stage's apposition reader, which stops at a long "of" phrase, lets one through when a chamber and
        its seat cover it whole.
    """
    if i + 1 >= len(tokens) or tokens[i].lower_ != "for":
        return i
    end = i + 1
    while end < len(tokens) and _seat_word(tokens[end]) \
            and not (tokens[end].ent_type_ == "PERSON" and tokens[end].ent_iob_ == "B" and end > i + 1):
        end += 1
    if end == i + 1:
        return i
    if end == len(tokens) - 1 and tokens[end].text == "," and tokens[end].head.i == tokens[end - 1].i:
        end += 1  # the comma setting off the name after the seat, which the parser hung on the seat
    return end


def _named_owner(phrase: list[Token]) -> str | None:
    """The proper name that owns the body a title's "of" phrase names, by a possessive: "Audit Service"
    of "the Audit Service's legal department"; None when a common noun ("the utility's") or no one owns it."""
    owner = title_owner(phrase)
    if owner is None or owner.pos_ != "PROPN":
        return None
    return join_tokens([t for t in owner.doc[owner.left_edge.i:owner.i + 1] if not (t.pos_ == "DET" and t.is_lower)])


def _sub_body_before_phrase(tokens: list[Token], i: int) -> int | None:
    """The index in ``tokens`` after a body inside a larger one that the "of" at ``tokens[i]`` names when a
    phrase saying where it sits or what it covers follows it (see :func:`sub_body_end`): "head of the
    Agency's legal department [for the north]"; None otherwise."""
    end = sub_body_end(tokens[i])
    return next((k for k in range(i + 2, len(tokens)) if tokens[k].i == end), None) if end is not None else None


def is_seat(title: Token, phrase: list[Token], lexicons: Lexicons) -> bool:
    """Whether a "for" phrase after an elected member's title names the seat: a place's proper name,
    whatever label the recognizer gave it ("MP for Leeds North", "member for Warringah", and a seat's
    seeker's "candidate for Leeds North"); not "lawmaker for 20 years" nor "MP for the party"."""
    return (title.lower_ in lexicons.seat_titles or title.lower_ in _SEAT_SEEKERS) \
        and len(phrase) > 1 and phrase[0].lower_ == "for" \
        and all(_seat_word(t) for t in phrase[1:])


def _seat_word(token: Token) -> bool:
    """Whether a word after "for" may be part of a seat's name: a capitalised proper noun, whatever
    label the recognizer gave it, but a date or time ("for Leeds North", not "for March")."""
    return token.pos_ == "PROPN" and token.is_title and token.ent_type_ not in TIME_LABELS


def chamber_after(title: Token, lexicons: Lexicons) -> Token | None:
    """The chamber of a legislature a title is held in, named by an "in" phrase right after it:
    "leader in the Senate", "deputy leader in the Legislative Council"; else None. A chamber written
    in lower case ("group leader in the regional council", "MP in the Westland parliament", "Leader of
    opposition in the assembly") only says where the office sits, which the role as written leaves out.

    Notes:
        Counted before the lower-case chamber was left out: the gold leaves it out of the role in 3
        outlets of heldout23/24 (6 quotes) and keeps a capitalised one in 2 (heldout6, heldout9).
    """
    doc = title.doc
    prep = doc[title.i + 1] if title.i + 1 < len(doc) else None
    if prep is None or prep.lower_ != "in" or prep.head != title:
        return None
    chamber = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return chamber if chamber is not None and chamber.lemma_.lower() in lexicons.chambers and chamber.is_title \
        and any(c.dep_ == "det" for c in chamber.children) else None


def unit_at_body(tokens: list[Token], lexicons: Lexicons | None = None) -> Token | None:
    """The body an "at" phrase right after a title's "of"/"for" phrase names, which makes that phrase
    a unit or desk inside the body and so part of the role as written: "director [of the legal aid
    unit] at the Civic Rights Forum", "Director [of Flood Risk Control] at the ministry", "Director
    General [for Europe] at the foreign ministry" (the body, "Forum", "ministry", is the affiliation);
    None when no such phrase follows, or it names a place or a time ("at the time", "at the border").
    Without ``lexicons`` only a body's name counts, not a common noun for one ("at the ministry").

    Notes:
        Counted before it was taken: an office's unit or desk between the title and "at" and a body,
        the gold role keeping it, 4 outlets (Antara, Prensa Latina, Daily News Egypt, The Peninsula;
        14 quotes), with the "professor of law at a university" of 3 more already read so; none against.
    """
    words = [t for t in tokens if t.pos_ != "DET"]
    if not words or len(words) > 8 or not all(t.pos_ in ("NOUN", "PROPN", "ADJ", "CCONJ") or t.text == ","
                                              for t in words) \
            or any(t.ent_type_ in ("PERSON", *TIME_LABELS) for t in words):
        return None
    doc = tokens[0].doc
    at = tokens[-1].i + 1
    if at + 1 >= len(doc) or doc[at].lower_ != "at" or tokens[0].i < 1 \
            or doc[tokens[0].i - 1].lower_ not in ("of", "for"):
        return None
    body = next((c for c in doc[at].children if c.dep_ == "pobj"), None)
    if body is None or body.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", *TIME_LABELS):
        return None
    named = body.pos_ == "PROPN" and body.ent_type_ in ("ORG", "")  # "at the Civic Rights Forum", "at Minrex"
    return body if named or lexicons is not None and body.lemma_.lower() in lexicons.organisation_nouns else None


def is_portfolio(tokens: list[Token], lexicons: Lexicons, gazetteer: Gazetteer, *, office: bool = False) -> bool:
    """True when the words after a title's "of"/"for" name what the office covers ("for social
    services", "of State for Foreign Affairs", "for planning"), not whom the holder serves: no place, person or
    organisation ("for Ekiti", "for the ministry", "of the Joint Chiefs"). After an ``office``'s
    capitalised title the recognizer may run the portfolio into the name after it ("Secretary for
    [Housing Dana Roe]"): that label does not count."""
    if unit_at_body(tokens, lexicons) is not None:
        return True  # "of Flood Risk Control [at the ministry]": a unit inside the body
    words = [t for t in tokens if not (t.lower_ in ("of", "for", "and", "&", ",") or t.pos_ == "DET")]
    coordinated = len(words) > 1 and any(t.lower_ in ("and", "&", ",") for t in tokens)  # "Trade and Industry"
    if not words or len(words) > (6 if coordinated else 4):
        return False
    if named_portfolio(tokens, words, lexicons, gazetteer):
        return True
    if _short_named_body(tokens, words):
        return False
    determined = any(t.pos_ == "DET" for t in tokens)
    field = words[-1].is_lower and words[-1].pos_ == "NOUN" and not determined \
        and words[-1].lemma_.lower() not in lexicons.organisation_nouns  # "of North Korean studies": a subject
    for token in words:
        spilled = office and token.ent_type_ in ("ORG", "PERSON") and entity_end(token) > tokens[-1].i + 1 \
            and starts_given_name(token.doc, tokens[-1].i + 1, lexicons)  # run on into the name after ("Minister
        # of [Oil Adnan Halabi]": the recognizer's person starts at the portfolio)
        modifier = field and token is not words[-1] and token.ent_type_ in ("GPE", "LOC", "NORP", "")
        if token.pos_ not in ("NOUN", "PROPN", "ADJ") and not (token.tag_ == "VBG" and token.is_lower) \
                or (token.ent_type_ in ("GPE", "LOC", "PERSON", "NORP", "ORG") and not (spilled or modifier)
                    and not (coordinated and token.ent_type_ == "ORG" and not determined)) \
                or (gazetteer.lookup(token.text) is not None and not modifier) \
                or token.lemma_.lower() in lexicons.titles \
                or (token.lemma_.lower() in lexicons.organisation_nouns
                    and (determined or token.is_title and not coordinated)):
            return False  # "for the ministry", "of the Police" name an organisation; "for social services" a portfolio
    return True


def _short_named_body(tokens: list[Token], words: list[Token]) -> bool:
    """Whether the words after the "of"/"for" of a title that covers no portfolio are a body's short name
    in capitals, which is the holder's body, not the office's field: "Chairman of [CPA]", "head of
    [NWSC]"; a minister's "for ICT" stays a portfolio."""
    doc = tokens[0].doc
    title = doc[tokens[0].i - 2] if tokens[0].i > 1 else None
    return len(words) == 1 and words[0].is_upper and words[0].is_alpha and is_short_name(words[0].text) \
        and len(words[0].text) > 2 and title is not None and doc[tokens[0].i - 1].lower_ in ("of", "for") \
        and title.lemma_.lower() not in PORTFOLIO_TITLES and title.lower_ not in PORTFOLIO_TITLES


def named_portfolio(tokens: list[Token], words: list[Token], lexicons: Lexicons, gazetteer: Gazetteer) -> bool:
    """Whether capitalised words after a minister's, secretary's or commissioner's "for" name the
    portfolio, though the recognizer marks them as a body or a place or they start with "the": "minister
    for the Digital Transition", "Minister for Harbour City and Metropolitan Affairs". Not a country
    or a lone place ("Minister for Wales" keeps its place), nor a body ("for the Cabinet Office"), nor
    a person.

    Args:
        tokens: The words after "for".
        words: Their content words (no determiner, conjunction or comma).
    """
    doc = tokens[0].doc
    prep = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if prep is None or prep.lower_ != "for" or prep.head.i != prep.i - 1 \
            or prep.head.lemma_.lower() not in PORTFOLIO_TITLES and prep.head.lower_ not in PORTFOLIO_TITLES:
        return False
    return portfolio_words(tokens, words, lexicons, gazetteer)


def portfolio_words(tokens: list[Token], words: list[Token], lexicons: Lexicons, gazetteer: Gazetteer) -> bool:
    """Whether capitalised words, wherever the parser hung them, can name a portfolio: no person, country,
    lone place or body (see :func:`named_portfolio`, which asks it of the words after a minister's "for")."""
    if not all(t.is_title and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.ent_type_ != "PERSON" for t in words):
        return False
    text = join_tokens([t for t in tokens if t.pos_ != "DET"])
    alone = len(words) == 1 and words[0].ent_type_ in ("GPE", "LOC", "NORP")
    return not alone and gazetteer.country(text) is None and gazetteer.lookup(text) is None \
        and words[-1].lemma_.lower() not in lexicons.organisation_nouns


def starts_given_name(doc: Doc, i: int, lexicons: Lexicons) -> bool:
    """Whether a person's name starts at ``doc[i]``: a known given name or where the recognizer starts one."""
    return i < len(doc) and (doc[i].lower_ in lexicons.first_names or doc[i].ent_iob_ == "B"
                             and doc[i].ent_type_ == "PERSON" or _unaccented(doc[i].lower_) in lexicons.first_names)


def _unaccented(word: str) -> str:
    """A word without its accents: "tomás" is the given name "tomas"."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _possessor(tokens: list[Token], i: int, lexicons: Lexicons) -> str:
    """The owner phrase ending at ``tokens[i]`` before a possessive 's (no title: "President Vladimir
    Putin's" is Vladimir Putin's)."""
    start = i
    while start > 0 and tokens[start - 1].pos_ == "PROPN" and not is_title_word(tokens[start - 1], lexicons):
        start -= 1
    return join_tokens(tokens[start:i + 1])


def kind_word(name: str) -> str:
    """The word of a body's name that says its kind, lower-cased: the one before its first "of" or
    "for" ("Ministry of Water", "Center for Countering Disinformation": ministry, center), else the
    last ("U.S. military")."""
    words = name.lower().split()
    at = next((i for i, w in enumerate(words) if i and w in ("of", "for")), None)
    return words[at - 1] if at is not None else words[-1]


def _overlapping_titles_length(lowers: list[str], i: int, lexicons: Lexicons) -> int:
    """Length of the multi-word title starting at ``lowers[i]``, run on through another that begins at its
    last word: "Deputy Director General" ("deputy director", "director general"), "Deputy Director-General";
    0 when none starts there.

    Notes:
        Counted before it was read: the title was cut to "Deputy Director" in 2 outlets (Taipei Times,
        heldout7; Himalayan Times, heldout33), none against.
    """
    n = match_phrase(lowers, i, lexicons.multiword_title_index)
    while n > 1:
        more = match_phrase(lowers, i + n - 1, lexicons.multiword_title_index)
        if more <= 1:
            break
        n += more - 1
    return n


def match_phrase(lowers: list[str], i: int, phrases: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """Length of the longest phrase starting at ``lowers[i]``, or 0; ``phrases`` are a list's phrases by
    their first word, longest first (:attr:`.Lexicons.multiword_title_index`, :attr:`.Lexicons.rank_index`)."""
    if i >= len(lowers):
        return 0
    for phrase in phrases.get(lowers[i], ()):
        n = len(phrase)
        if tuple(lowers[i:i + n]) == phrase:
            return n
    return 0
