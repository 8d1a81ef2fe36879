"""Resolve the source of each statement to an actor, with role and affiliation.

Stage: spaCy pipeline, after :mod:`.statements`. The article's people are
indexed once: each PERSON mention is cut to the name proper (titles, ranks and
stray capitalised words dropped), and mentions are clustered by surname, kept
apart by first name and gender ("Mr. Obama" is not "Michelle Obama"), so
"Bergner" and "he" get the fullest name ("Kevin Bergner"). Titles before a
name and appositions give the role, the rank and the affiliation ("Iran's
Defense Minister Mostafa Mohammad Najjar", "Hoshiyar Zebari, Iraq's foreign
minister"); the role keeps a portfolio ("cabinet member for social services")
and an office's name ("Foreign Ministry spokesperson"), while initials, places
and parties before it are the affiliation ("KPR secretary-general", "Kharkiv
Oblast Governor", "Plaid Cymru MS"), and forms of address are the rank, never
the role ("Hon.", "Datuk", "Sheikh"; :mod:`.titles` reads the words of a
title). A name that a title introduces is a
person even where the recognizer missed it. A source is then resolved in the
order of the sieve of Lee et al. (2013): names first, then nominals ("the
spokesman" takes the person last named with that role, "the councillor" one of
the council, "the military" the organisation last named with that head, "Norland's
biggest union" the union the text ties it to), then
pronouns: a pronoun in a clause reported by someone is bound to
that someone ("Zebari said he ..."), otherwise it takes the nearest salient
mention that agrees with it in number and gender (Hobbs 1978; Lappin and Leass
1994: recency and subjecthood; names inside quotations are the quoted
speaker's words and take no pronoun). Gender comes from honorifics, gendered
role nouns and first names (``models/names.json``). "I" and "we" inside a
quotation are its speaker; a transcript label ("WALLACE: ...") names who
speaks; a document speaks for the author the text names ("a speech Mrs.
Clinton delivered"). A source that is neither a name nor an agent-like noun
phrase (people, organisations, documents, quantities of people) is left
unresolved ("the election suggests", a dateline), or gives way to the name in
apposition to it. A news outlet reporting another statement is its channel,
not its source ("Najjar dismissed ..., IRNA reported").

It does not read claims (:mod:`.claims`) nor merge actors across articles
(:mod:`attribution.actors`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, LENGTH, LOWER, POS, SENT_START
from spacy.symbols import NOUN, ORTH, PRON, PROPN
from spacy.tokens import Doc, Span, Token

from ..gazetteer import Entry, Gazetteer, normalize, slug
from ..lexicons import Lexicons
from .affiliations import (complete_affiliations, government_affiliations, lower_case_ministry, portfolio_roles,
                           state_affiliations)
from .layout import DATELINE_MARKS, Layout, opens_paragraph, past_dateline
from .model import Entity, SpeakerInfo, Statement, by_token, doc_text, sentence_bounds
from .quotations import Quotation
from .titles import (BUSINESS_NOUNS, DETERMINERS, FORMER_WORDS, NAME_PARTICLES, NAME_SUFFIXES, NOMINAL_SUBJECTS,
                     OWNER_PRONOUNS, PORTFOLIO_TITLES, RANK_MODIFIERS, TIME_LABELS, UNNAMED_KINDS, TitleParse,
                     chamber_after, chamber_of_member, coordinated_portfolio, entity_end, entity_start, headed_bodies,
                     field_end, hyphen_joins, in_charge_of, is_portfolio, is_remit, is_seat, is_seat_title, is_short_name,
                     is_title_head, is_title_word, join_tokens, kind_word, lower_remit, match_phrase,
                     multiword_title_start, office_of_place, parse_title, party_code, portfolio_prep, seat_only,
                     starts_given_name, sub_body, sub_body_end, title_owner, title_tokens, unit_at_body)

_NP_DEPS = frozenset({"det", "poss", "case", "compound", "amod", "nummod", "nmod", "quantmod", "flat",
                      "cc", "conj", "predet"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})  # object pronouns of a third person
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
#: Pronouns resolved to a referent; the possessives are the source of a noun cue ("his claim that C").
_RESOLVABLE_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "they", "them", "their", "it", "its"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "you"})
_DEFINITE = frozenset({"the", "this", "that"})
_EMBEDDING = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "relcl", "pcomp"})
_QUANTITIES = frozenset({"percent", "%", "majority", "minority", "half", "third", "quarter", "number", "share",
                         "fraction", "proportion", "plurality", "most", "many", "some", "few", "all", "both",
                         "none", "one", "two", "three", "dozen", "dozens", "handful", "hundreds", "thousands",
                         "millions"})
_INDEFINITES = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody",
                          "one", "others", "other", "some", "many", "most", "few", "several", "all", "both",
                          "each", "either", "neither", "none"})
#: Suffixes of abstract and mass nouns ("election", "investment", "footage"): not sources unless a lexicon says so.
_ABSTRACT_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "ing", "age", "ure", "cy",
                      "ship", "dom", "hood", "ics")
#: Modifiers that point back rather than describe: "the same poll", "the new poll".
_NOT_NOMINAL = frozenset({"ADP", "VERB", "AUX", "ADV", "SCONJ", "CCONJ", "PART", "PUNCT", "SYM", "INTJ", "ADJ",
                          "SPACE"})
#: Determiners of a noun phrase that refers to no one a pronoun could take up.
_NO_REFERENT = frozenset({"neither", "no", "either", "each", "every", "any"})
#: Nouns for a kind of body, which a bare "the group" uses to refer back to one named before.
_BODY_NOUNS = frozenset({"group", "organisation", "organization", "movement", "militia", "company", "firm",
                         "party"})
#: Collective nouns whose "of" phrase names the members who speak: "a group of farmers said" is the farmers.
_COLLECTIVES = frozenset({"group", "team", "delegation", "band", "crowd", "bloc", "chorus"})
#: Last words of business names that the organisation nouns also list.
_BUSINESS_HEADS = frozenset({"group", "corporation", "holdings", "bank", "airline", "carrier", "utility", "retailer",
                             "publisher", "manufacturer", "operator", "exchange", "fund", "industry"})
#: Entity labels that a titled name keeps: a person's, a place's (see _titled_person), a time's or an amount's.
_NOT_MISLABELLED = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT",
                              "ORDINAL", "CARDINAL"})
#: Modifiers of a minister's title that name no portfolio: the head of a government, one without a ministry.
_NO_PORTFOLIO = frozenset({"prime", "first", "chief", "state", "cabinet", "senior", "shadow"})
#: A body's units that speak for it to the press ("the bank's press service said"), named as its role.
_PRESS_UNITS = frozenset({"service", "office"})
_PRESS_WORDS = frozenset({"press", "media"})
#: Heads of a definite description that stands for a body the article names (see Resolver._described_body).
_DESCRIBED_KINDS = frozenset({"party", "union", "operator", "company", "firm", "organisation", "organization",
                              "group"})
#: Descriptions of any kind of body but a state's (see Resolver._fits_kind).
_GENERIC_BODIES = frozenset({"organisation", "organization", "group"})
#: Kind words of the names of a state's bodies, which "the organisation" or "the group" does not describe.
_PUBLIC_BODY_KINDS = frozenset({"ministry", "department", "council", "commission", "authority", "agency", "office",
                                "parliament", "assembly", "court", "battalion", "regiment", "unit"})
_ANAPHORIC = frozenset({"same", "new", "latest", "recent", "most", "earlier", "previous", "other", "former"})
#: Punctuation that sets off an aside: "Okafor, a lawyer, said", "Reyes - a former mayor - said".
_ASIDE_OPENERS = frozenset({",", "-", "--", "\u2013", "\u2014", "(", ")"})
# participles of a question put to a speaker, set off after the subject ("Roe, asked about it, said")
_QUESTION_VERBS = frozenset({"ask", "question", "press", "quiz", "interview", "approach", "contact"})
#: Verbs of what a document or piece of evidence shows ("the letter showed that C").
_FINDING_VERBS = frozenset({"show", "prove", "demonstrate", "reveal", "suggest", "indicate"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PATRONYMICS = frozenset({"bin", "binti", "binte", "bte", "bt"})  # "son/daughter of" in Malay names
_PRONOUN_WINDOW = 4  # paragraphs back a pronoun may reach
#: Words any issued statement goes by, so that one may refer back to another: "In a press release, the
#: ministry said ... The statement added", "In a statement, X said ... The text noted".
_STATEMENT_NOUNS = frozenset({"statement", "text", "release", "communique", "communiqué", "document"})
_NOMINAL_WINDOW = 12  # paragraphs back a role nominal may reach
_CATAPHORA_WINDOW = 3  # paragraphs forward a role nominal may reach when no holder precedes it
# offices that head a body, which an unnamed "the head" of it names ("general manager", "chairwoman")
_HEADING_OFFICES = ("chairman", "chairwoman", "chairperson", "chair", "president", "director",
                    "director-general", "director general", "general manager", "chief executive",
                    "chief executive officer", "ceo", "head", "leader", "secretary-general", "secretary general")
_SECOND_IN_RANK = ("vice", "deputy", "assistant", "acting", "former", "ex-")
_REPEAT_WINDOW = 3  # paragraphs back an unnamed role nominal may repeat one with its head noun
#: Heads of armed bodies, which rebel groups take for their names: "the army" after the "National Liberation
#: Army" is still the state's army.
_ARMED_HEADS = frozenset({"army", "military", "navy", "force", "forces", "guard", "guards", "police", "militia",
                          "brigade", "brigades", "corps", "front", "movement", "government"})
#: A signature after a quotation: a closing mark, a dash and a name ending its line or sentence
#: ("... it."” ― Ana Ruiz', '..."<newline>- Sanders.').
_SIGNATURE = re.compile(r"[.,!?\u2026]?[\"'\u201d\u2019]+[ \t\u00a0]*\n*[ \t]*[\u2015\u2014\u2013-]{1,2}[ \t\u00a0]?"
                        r"([A-Z][A-Za-z.'\u2019-]*(?: [A-Z][A-Za-z.'\u2019-]*){0,3})[ \t\u00a0]*(?:[.,]?[ \t]*(?:\n|$))")
_LABEL = re.compile(r"[\"'\u201c\u2018 ]*([A-Z][A-Za-z.'\u2019-]*(?: [A-Z][A-Za-z.'\u2019-]*){0,2}):[ \t]")


@dataclass
class _Mention:
    """A mention a pronoun or nominal may point back to.

    ``entity`` is None for a noun phrase not resolved yet (it is resolved
    when something points to it).
    """

    pos: int
    token: int
    sent: int
    paragraph: int
    entity: int | None
    kind: str  # person, organisation, country, group
    gender: str | None
    plural: bool
    salient: bool  # a subject or a speaker
    quoted: int = -1  # index of the quotation it stands in, -1 outside quotations


@dataclass
class _PersonMention:
    name: list[Token]
    title: TitleParse | None
    apposition: TitleParse | None
    gender: str | None
    subject: bool


def _headline_clause(ent: Span, lexicons: Lexicons) -> bool:
    """Whether a recognized name is a title-case headline clause, not a name: in "Teachers' Union
    Accuses Education Ministry of Breaking Salary Pledge" the recognizer may label the run up to the
    object an organisation; a claim verb inflected for its subject ("Accuses", "Denies") inside the run
    makes it a clause, whose actors the words around the verb name."""
    if len(ent) < 3:
        return False  # no inner word (and no slice of the Doc made for none)
    for token in ent[1:-1]:
        form = token.lower_
        if not token.is_title or not form.endswith("s"):
            continue
        for lemma in (form[:-1], form[:-2] if form.endswith("es") else None,
                      form[:-3] + "y" if form.endswith("ies") else None):
            cue = lexicons.verbs.get(lemma) if lemma else None
            if cue is not None and lexicons.is_claim_relation(cue.relation):
                return True
    return False


@dataclass
class Resolver:
    """Per-article state of speaker resolution.

    Build with :meth:`for_doc`; then call :meth:`resolve` on each statement in
    text order (pronouns look back at the speakers resolved before them).
    """

    doc: Doc
    lexicons: Lexicons
    gazetteer: Gazetteer
    layout: Layout
    entities: list[Entity] = field(default_factory=list)
    by_key: dict[str, int] = field(default_factory=dict)
    surnames: dict[str, list[int]] = field(default_factory=dict)
    first_names: dict[str, list[int]] = field(default_factory=dict)
    title_words: dict[int, set[str]] = field(default_factory=dict)
    # an organisation a named person owns ("Sfeir's office") -> that person: its affiliation is theirs
    office_holders: dict[int, int] = field(default_factory=dict)
    mentions: list[_Mention] = field(default_factory=list)
    chunks: dict[str, list[tuple[int, str, bool]]] = field(default_factory=dict)  # (start, text, plural)
    links: dict[int, int] = field(default_factory=dict)  # pronoun token -> entity
    _positions: list[int] = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list)
    _para_starts: list[int] = field(default_factory=list)
    _known_names: Counter[tuple[str, ...]] = field(default_factory=Counter)
    text: str = ""  # doc.text, which spaCy joins anew at each access
    ents: tuple[Span, ...] = ()  # doc.ents, which spaCy rebuilds from the tokens at each access
    _quote_starts: list[int] = field(default_factory=list)
    _quote_ends: list[int] = field(default_factory=list)
    _capitalised: set[str] = field(default_factory=set)
    _acronyms: dict[str, str] = field(default_factory=dict)  # "RJD" -> "Rashtriya Janata Dal"
    _titled_names: set[tuple[str, ...]] = field(default_factory=set)  # full names introduced with a title
    _unlabelled_apposed: dict[int, Token] = field(default_factory=dict)  # a title -> the unlabelled name after it
    _closing_titles: dict[int, tuple[int, TitleParse]] = field(default_factory=dict)  # name's end -> start, title
    _bodies: dict[str, set[str]] | None = None  # "ministry" -> the names of the ministries the article names
    _title_parses: dict[tuple[int, ...], TitleParse | None] = field(default_factory=dict)  # by the words' indices
    _source_of_cue: dict[int, int] = field(default_factory=dict)  # a resolved statement's cue -> its source's token

    @classmethod
    def for_doc(cls, doc: Doc, lexicons: Lexicons, gazetteer: Gazetteer, layout: Layout, *,
                entities: list[Entity] | None = None, quotations: list[Quotation] | None = None) -> Resolver:
        """A resolver for ``doc``; given the ``entities`` an earlier one found, it continues
        from them (their indices stay valid) instead of indexing the people afresh. Names
        inside ``quotations`` are the quoted speaker's words, not antecedents of pronouns."""
        acronyms, capitalised, subjects, chunks = _article_words(doc, lexicons)
        resolver = cls(doc, lexicons, gazetteer.with_short_names(acronyms), layout, text=doc_text(doc),
                       ents=_recognized_names(doc, lexicons))
        spans = sorted((q.start, q.end) for q in quotations or () if q.end > q.start)
        resolver._quote_starts = [a for a, _ in spans]
        resolver._quote_ends = [b for _, b in spans]
        resolver._sent_starts = [start for start, _ in sentence_bounds(doc)] or [0]
        resolver._para_starts = [p[0] for p in layout.paragraphs] or [0]
        resolver._capitalised = capitalised
        resolver._acronyms = acronyms
        resolver.chunks = chunks
        if entities is None:
            resolver._index_people()
            resolver._index_tokens(subjects)
        else:
            resolver._adopt(entities)
            table = doc.to_array([POS, ENT_TYPE])  # the words' columns: a Token made only for a subject noun
            person = doc.vocab.strings["PERSON"]
            for token in (doc[i] for i in subjects if table[i, 0] in (NOUN, PROPN) and table[i, 1] != person):
                if token.dep_ in NOMINAL_SUBJECTS:
                    resolver._index_subject(token)  # "the Opposition was ... and accused it": no speaker, an antecedent
        return resolver

    # -- positions -------------------------------------------------------------------------
    def _sent_of(self, token: int) -> int:
        return bisect.bisect_right(self._sent_starts, token) - 1

    def _para_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, offset) - 1)

    def _quotation_of(self, offset: int) -> int:
        at = bisect.bisect_right(self._quote_starts, offset) - 1
        return at if at >= 0 and offset < self._quote_ends[at] else -1

    def _add_mention(self, token: Token, entity: int | None, kind: str, *, gender: str | None = None,
                     plural: bool = False, salient: bool = False) -> None:
        mention = _Mention(token.idx, token.i, self._sent_of(token.i), self._para_of(token.idx), entity, kind,
                           gender, plural, salient, self._quotation_of(token.idx))
        at = bisect.bisect_right(self._positions, token.idx)
        if at > 0 and self.mentions[at - 1].token == token.i:  # already there: update it
            old = self.mentions[at - 1]
            if entity is not None:
                old.entity = entity
            old.salient = old.salient or salient
            return
        self._positions.insert(at, token.idx)
        self.mentions.insert(at, mention)

    def _adopt(self, entities: list[Entity]) -> None:
        self.entities = list(entities)
        offsets = self.doc.to_array("IDX").tolist()  # each token's first character
        for index, entity in enumerate(self.entities):
            self.by_key[entity.key] = index
            if entity.type == "person":
                for key in _surname_keys(entity.name.split(), self.lexicons):
                    self.surnames.setdefault(key, []).append(index)
                self._title_words_of(index, entity.role, entity.affiliation)  # "the senator" finds her again
            for start, end in entity.mentions:
                root = self._root_at(offsets, start, end)
                if root is not None:
                    plural = entity.type in ("group",)
                    self._add_mention(root, index, _kind_of(entity), gender=entity.gender, plural=plural,
                                      salient=True)

    def _root_at(self, offsets: list[int], start: int, end: int) -> Token | None:
        """The root of the tokens a mention's characters overlap: the same as the root of
        ``doc.char_span(start, end, alignment_mode="expand")`` (None when that is None or empty),
        with the tokens found by bisection on their offsets and a Span made only for a name of more
        than one token."""
        if not (0 <= start < len(self.text) and 0 < end <= len(self.text)):
            return None
        first = bisect.bisect_right(offsets, start) - 1
        last = bisect.bisect_right(offsets, end - 1) - 1
        if start > offsets[first] and start == offsets[first] + len(self.doc[first]):
            first += 1  # in the space after a token: not the token
        if first > last:
            return None
        return self.doc[first] if first == last else self.doc[first:last + 1].root

    # -- indexes ---------------------------------------------------------------------------
    def _index_people(self) -> None:
        """Cluster the PERSON mentions: full names first, then surnames alone."""
        found: list[_PersonMention] = []
        names = []
        described: dict[int, TitleParse | None] = {}  # "X, who is the MP for Y,": learnt after the titles
        unlabelled = self._unlabelled_names_after_titles()
        self._unlabelled_apposed = {title.i: name[-1] for title, name in unlabelled}
        for ent in sorted([*_person_spans(self.doc, self.ents), *self._titled_names_mislabelled(),
                           *self._unlabelled_portfolio_holders(), *(name for _, name in unlabelled)],
                          key=lambda e: e.start):
            if self.layout.is_skipped(ent.start_char, ent.end_char):
                continue
            ent = self.doc[ent.start:self._name_end(ent.start, ent.end)]
            name = name_tokens(ent.root, self.lexicons, within=(ent.start, ent.end))
            if name and not self._organisation_name(name):
                names.append((ent, name))
        self._known_names = Counter(tuple(t.lower_ for t in _core(name)) for _, name in names
                                    if len(_core(name)) > 1)
        for ent, name in names:
            name = repair_name(name, self.lexicons, known=self._known_names)
            title = self._title_before(name)
            apposition = appositive_title(ent.root, self.lexicons, self.gazetteer)
            title = self._set_off_before_title(name, _address_before_description(title, apposition, ent.root),
                                               apposition, ent.root)
            if not (title and title.role) and not (apposition and apposition.role):
                apposition = self._title_before_comma(name) \
                    or self._office_before_description(name)  # "signed by the Majority Leader, X, and 13 others"
            elif not (title and title.role) and FORMER_WORDS & set(apposition.role.lower().split()):
                title = self._title_before_comma(name) or title  # "the spokesperson, X, a former mayor,": now
            gender = _name_gender(name, title, apposition, self.lexicons)
            head = ent.root
            if not (title and title.role) and not (apposition and apposition.role):
                described[name[0].i] = relative_title(head, self.lexicons, self.gazetteer) \
                    or predicated_title(head, self.lexicons, self.gazetteer) \
                    or described_person(head, self.lexicons)  # "X is a lecturer at Y.", "X, a vendor,"
            found.append(_PersonMention(name, title, apposition, gender, head.dep_ in NOMINAL_SUBJECTS))
        full = [m for m in found if len(_words(m.name)) > 1]
        self._titled_names = {tuple(w.lower() for w in _words(m.name)) for m in full
                              if (m.title and m.title.role) or (m.apposition and m.apposition.role)
                              or getattr(described.get(m.name[0].i), "role", None)}  # "X, who is also an MP,"
        # surnames alone: those whose gender a title tells first ("Mr. Obama"), so that the others
        # ("President Obama") can go to the most mentioned bearer of the surname
        single = sorted((m for m in found if len(_words(m.name)) <= 1), key=lambda m: m.gender is None)
        assigned: list[tuple[_PersonMention, int]] = []
        for mention in [*full, *single]:
            index = self._person(mention.name, mention.gender, mention.name[0].idx)
            token = mention.name[-1]
            self.entities[index].mentions.append((mention.name[0].idx, token.idx + len(token.text)))
            if mention.gender:
                self.entities[index].gender = self.entities[index].gender or mention.gender
            assigned.append((mention, index))
        for mention, index in assigned:
            self._learn(index, mention.title)
            entity = self.entities[index]
            if _address_yields(entity.role, mention.apposition, self.lexicons):  # "Rep. Ana Roe, a Labour lawmaker,"
                entity.rank, entity.role = entity.rank or entity.role, None
            self._learn(index, mention.apposition)
            token = mention.name[-1]
            self._add_mention(token, index, "person", salient=mention.subject or _is_subject(token, self.lexicons))
        for mention, index in assigned:
            self._learn(index, described.get(mention.name[0].i))
        for mention in self.mentions:
            if mention.entity is not None:
                mention.gender = self.entities[mention.entity].gender

    def _name_end(self, start: int, end: int) -> int:
        """Where a person's name the recognizer cut short ends: "[Maria Dela] Paz Reyes" runs on
        while the parser hangs each word on the next as a compound, over capitalised words the article
        never writes in lower case that are no title, body or headline verb, to the head of the phrase
        ("[Ann Roe] Campaign Office" and "[Lee Kim] Senior Adviser Jo Park" stay cut)."""
        doc, lexicons = self.doc, self.lexicons
        while end + 1 < len(doc) and hyphen_joins(doc, end) and doc[end + 1].is_title and doc[end + 1].is_alpha:
            end += 2  # a hyphenated surname the recognizer cut at its hyphen ("[Ann Roe]-Vail")
        if end - start < 2 and doc[start].lower_ not in lexicons.first_names:
            return end  # "[Clinton] Global Initiative": a surname alone modifies as often as it names
        stop = end
        while stop < len(doc) and stop - start < 5 and _continues_name(doc[stop], lexicons, self._capitalised):
            stop += 1
        last = doc[stop - 1]
        if stop == end or (last.dep_ == "compound" and last.head.i > last.i) \
                or last.lemma_.lower() in lexicons.channel_nouns or last.lemma_.lower() in lexicons.name_nouns:
            return end
        return stop

    def _titled_names_mislabelled(self) -> list[Span]:
        """Names the recognizer labelled otherwise that a personal title introduces: in "accused
        Finance Minister Anna Varga of lying" the title hangs on the name as a compound, so the
        name is a person's whatever label it got (not a place, which has its own rule)."""
        found = []
        for ent in self.ents:
            if ent.label_ in _NOT_MISLABELLED:
                continue
            holder = portfolio_holder(ent.root, self.lexicons)
            name = name_tokens(holder, self.lexicons) if holder is not None and holder.i >= ent.start else []
            if name:  # "Secretary for [Housing Dana Roe]"
                found.append(self.doc[name[0].i:ent.end])
                continue
            if self._apposed_to_title(ent):
                found.append(ent)  # "the Majority Leader, Tunde Okonkwo-Bello, and ..."
                continue
            described = self._described_after(ent) or self._titled_within(ent)
            if described is not None:
                found.append(described)  # "Karim Haque, general secretary of the federation, claimed"
                continue
            if not 2 <= len(ent) <= 3 or ent.start == 0:
                continue
            title = self.doc[ent.start - 1]
            if title.dep_ != "compound" or title.head != ent.root or not is_title_head(title, self.lexicons):
                continue
            name = name_tokens(ent.root, self.lexicons, within=(ent.start, ent.end))
            parsed = self._title_before(name) if len(name) == len(ent) else None
            if parsed is not None and self._titled_person(ent.root, name, parsed, None):
                found.append(ent)
        return found

    def _unlabelled_portfolio_holders(self) -> list[Span]:
        """Names the recognizer left unlabelled after a capitalised title and its portfolio, which the
        parser hung on the title or its portfolio (see :func:`portfolio_holder`): "a charge Minister of
        Energy and Transport [Ana Roe] denied"; the name starts at a given name after the portfolio's
        capitalised words."""
        doc, lexicons = self.doc, self.lexicons
        table = doc.to_array([POS, ENT_TYPE, IS_TITLE, LOWER])
        found = []
        before_prep = numpy.isin(table[1:, 3], [doc.vocab.strings["of"], doc.vocab.strings["for"]])
        for i in numpy.flatnonzero((table[:-1, 0] == PROPN) & (table[:-1, 1] == 0) & (table[:-1, 2] != 0)
                                   & before_prep).tolist():
            title = doc[i]
            if not is_title_head(title, lexicons):
                continue
            holder = portfolio_holder(title, lexicons)
            if holder is None or holder.i <= i + 2 or holder.ent_type_:
                continue
            start = _name_after_portfolio(doc, i + 2, holder.i + 1, lexicons)
            if i + 2 < start <= holder.i and not any(t.ent_type_ for t in doc[start:holder.i + 1]):
                found.append(doc[start:holder.i + 1])
        return found

    def _unlabelled_names_after_titles(self) -> list[tuple[Token, Span]]:
        """Names the recognizer left unlabelled, set off by commas after a title's phrase as its
        apposition, each with the title: "The President of the Growers Association of Ghana, [Nana Kofi
        Mensah], told" and "The managing director of the builder, Coast Works Ltd, [Anil Mehta], said". A
        given name starts one, or the article names a person by its last word elsewhere ("Mr Mehta",
        whatever label the recognizer gave it), or an honorific does, whatever the parse ("Reacting, the
        Commissioner for Works, Mr [Obi Eze], told": the title is then read back from the comma)."""
        doc, lexicons = self.doc, self.lexicons
        table = doc.to_array([POS, ENT_TYPE, IS_TITLE, ORTH, LOWER])
        if len(table) < 2:
            return []
        surnames = {ent[-1].lower_ for ent in self.ents if ent.label_ == "PERSON"}
        honorifics = [doc.vocab.strings[word] for word in lexicons.honorific_gender]
        after_honorific = numpy.flatnonzero((table[1:, 2] != 0) & numpy.isin(table[:-1, 4], honorifics)) + 1
        surnames.update(doc.vocab.strings[key] for key in table[after_honorific, 4].tolist())
        # the candidates, read from the Doc's columns: an unlabelled capitalised proper noun before a comma
        before_comma = numpy.zeros(len(table), dtype=bool)
        before_comma[:-1] = table[1:, 3] == doc.vocab.strings[","]
        candidates = (table[:, 0] == PROPN) & (table[:, 1] == 0) & (table[:, 2] != 0) & before_comma
        found = []
        for token in (doc[i] for i in numpy.flatnonzero(candidates).tolist()):
            if token.dep_ != "appos" \
                    and not any(t.lower_ in lexicons.honorifics for t in doc[max(token.i - 4, 0):token.i]):
                continue
            name = name_tokens(token, lexicons)
            comma = name[0].i - 1 if name else 0
            honoured = comma > 2 and doc[comma].lower_ in lexicons.honorifics  # "..., Mr [Obi Eze],"
            comma -= honoured
            if token.dep_ != "appos" and not honoured:
                continue
            words = [t for t in name if t.is_alpha]
            if not 2 <= len(words) <= 4 or any(t.ent_type_ or not t.is_title for t in words) \
                    or doc[comma].text != "," or not (honoured or name[0].lower_ in lexicons.first_names
                                                      or token.lower_ in surnames):
                continue
            title = doc[comma - 1] if honoured else token.head
            links = ("appos", "pobj", "prep", "conj") if honoured else ("appos", "pobj", "prep")  # "for X and [Y]"
            while not is_title_head(title, lexicons) and title.dep_ in links and title.head.i < title.i:
                title = title.head
            if is_title_head(title, lexicons) and title.i < name[0].i:
                found.append((title, doc[name[0].i:token.i + 1]))
        return found

    def _described_after(self, ent: Span) -> Span | None:
        """A name the recognizer labelled otherwise, whole or in part ("Karim [Haque]"), that a title set
        off after it describes: "Karim Haque, general secretary of the Port Workers Federation, claimed"
        is a person, whom a later "he" can mean. Not a name after a preposition ("Speaking to Radio
        Vale, the minister's aide, ..."), which is a channel or a place more often than a person."""
        root, doc = ent.root, self.doc
        if root.i != ent.end - 1 or ent.end >= len(doc) or doc[ent.end].text != "," or root.dep_ == "pobj" \
                or not any(c.dep_ == "appos" and c.i > root.i and c.pos_ == "NOUN" and is_title_head(c, self.lexicons)
                           for c in root.children):
            return None
        name = name_tokens(root, self.lexicons)
        if not 2 <= len(name) <= 4 or name[0].i > ent.start or name[-1].i != root.i \
                or any(self.gazetteer.is_media(t.text) for t in name):
            return None
        apposition = appositive_title(root, self.lexicons, self.gazetteer)
        if apposition is None or not apposition.role or not self._titled_person(root, name, None, apposition):
            return None
        return doc[name[0].i:ent.end]

    def _titled_within(self, ent: Span) -> Span | None:
        """The name in an entity the recognizer labelled otherwise that starts with the bearer's title
        or form of address ("[Councillor Ana Marsh]" or "[Dr Tomas Ruiz]" as an organisation): the
        words after the title, when the title makes them a person's name."""
        lexicons = self.lexicons
        # the title first, or after the place or party it is of ("[Westmark Mayor Ana Roe]", "[Labour MP Ana Roe]")
        at = next((k for k in range(min(3, len(ent) - 2)) if is_title_word(ent[k], lexicons)
                   or ent[k].lower_ in lexicons.honorifics), None)
        if at is None or not 3 <= len(ent) - at <= 5 \
                or not all(t.pos_ == "PROPN" and t.is_title and not is_title_word(t, lexicons) for t in ent[:at]):
            return None
        name = name_tokens(ent.root, lexicons, within=(ent.start + at + 1, ent.end))
        if len(name) != len(ent) - at - 1 or not self._titled_person(ent.root, name, self._title_before(name), None):
            return None
        return self.doc[ent.start + at + 1:ent.end]

    def _apposed_to_title(self, ent: Span) -> bool:
        """Whether a name the recognizer labelled otherwise is set off after a title as its apposition
        ("signed by the Majority Leader, Tunde Okonkwo-Bello, and ...") and reads as a person's name."""
        root = ent.root
        if root.dep_ != "appos" or root.head.i >= ent.start or not is_title_head(root.head, self.lexicons):
            return False
        start = ent.start  # "the National Chairman, [Cllr. Ana Roe]": a form of address the entity took in
        while start < ent.end - 1 and self.doc[start].lower_ in self.lexicons.honorifics:
            start += 1
        name = name_tokens(root, self.lexicons, within=(start, ent.end))
        return len(name) == ent.end - start and self._titled_person(
            root, name, None, appositive_title(root, self.lexicons, self.gazetteer))

    def _organisation_name(self, name: list[Token]) -> bool:
        """A "person" the tagger found that is an organisation: "Qods Force", "Revolutionary Guards", or
        a name the article gives a short name in brackets, the end of one ("Ain o [Salish Kendra]
        (ASK)"), or that short name ("Rashtriya Janata Dal (RJD)"): people are not abbreviated so."""
        last = name[-1]
        if len(name) > 1 and last.is_title and last.lemma_.lower() in self.lexicons.organisation_nouns:
            return True
        text = " ".join(t.text for t in name)
        return text in self._acronyms or any(full == text or full.endswith(f" {text}") and len(name) > 1
                                             for full in self._acronyms.values())

    def _np_kind(self, token: Token) -> str | None:
        """The kind of actor a subject noun phrase names, or None for a thing."""
        lemma = token.lemma_.lower()
        if token.ent_type_ in ("GPE",):
            return "country"
        if token.ent_type_ in ("ORG", "NORP"):
            return "organisation" if token.ent_type_ == "ORG" else "group"
        if lemma in self.lexicons.titles or lemma in self.lexicons.person_nouns \
                or lemma in self.lexicons.gendered_nouns:
            return "person"
        if lemma in self.lexicons.organisation_nouns or lemma in self.lexicons.government_nouns \
                or lemma in self.lexicons.name_nouns or lemma in self.lexicons.channel_nouns:
            return "organisation"
        if lemma in self.lexicons.generic_sources:
            return "group" if token.tag_ in ("NNS", "NNPS") else "person"
        return None

    def _person(self, name: list[Token], gender: str | None, pos: int) -> int:
        """The person entity a name belongs to, created if new.

        A name with a first name joins the entity with that first name (or
        one known by surname only); a surname alone joins the bearer of that
        surname that agrees in gender, the most mentioned one when there are
        several (the article's main "Clinton"), unless another was the
        subject of the same or the previous sentence.
        """
        words = _words(name)
        surname = _surname(words)
        text = join_tokens(_trim_name(name))
        if text.isupper() and len(text) > 3:
            text = text.title()  # "WALLACE" in a transcript
        first = words[0].lower() if len(words) > 1 and not _is_initial(words[0]) and words[0][:1].isupper() else None
        if first is not None and first not in self.lexicons.first_names and _after_honorific(name[0], self.lexicons):
            first = None  # "Mr. Guajardo Villarreal": a two-word surname
        lowered = [w.lower() for w in words]
        if first in NAME_PARTICLES and any(len(self.entities[i].name.split()) > len(words) and [
                w.lower() for w in self.entities[i].name.split()][-len(words):] == lowered
                for i in self.surnames.get(surname, [])):
            first = None  # "Dr Al Hammadi" after Layla Al Hammadi: her surname's particle, not the name "Al"
        gender = gender or (self.lexicons.first_names.get(first) if first else None)
        gender = gender if gender in ("m", "f") else None
        candidates = [i for i in self.surnames.get(surname, []) if _agrees(self.entities[i].gender, gender)]
        longer = [i for i in candidates if len(self.entities[i].name.split()) > len(words)
                  and [w.lower() for w in self.entities[i].name.split()][-len(words):] == lowered]
        if longer and (first is None or len(words) > 2 or first not in self.lexicons.first_names
                       or all(self._first_of(i) in self.lexicons.first_names and self._titled(i)
                              for i in longer)):
            # "Vella Gauci" after Dr Claire Vella Gauci: a given name that is also a surname ("Vella",
            # "Huda") is the middle word of the fuller name the article introduced with a title
            # a bearer named as briefly ("Mr. Obama", kept apart from Michelle Obama by gender) competes
            # with the fuller names: the surname alone goes to the most salient of them all
            brief = [i for i in candidates if [w.lower() for w in self.entities[i].name.split()] == lowered]
            return self._salient(self._introduced_before(longer + brief, pos), pos)
        if first is not None:
            same = [i for i in candidates if self._first_of(i) in (first, None)
                    or self._surname_form(i, lowered, name)]
            if same:
                index = max(same, key=lambda i: (self._first_of(i) == first, len(self.entities[i].mentions)))
                self._rename(index, text)
                if self._first_of(index) == first:
                    self.first_names.setdefault(first, [])
                    if index not in self.first_names[first]:
                        self.first_names[first].append(index)
                if gender:
                    self.entities[index].gender = self.entities[index].gender or gender
                return index
        elif candidates:
            return self._salient(self._introduced_before(candidates, pos), pos)
        elif len(words) == 1 and words[0].lower() in self.first_names:
            known = [i for i in self.first_names[words[0].lower()] if _agrees(self.entities[i].gender, gender)]
            # "Hillary" for Hillary Clinton; "Ban" for Ban Ki-moon, whose family name comes first;
            # "Norazlan" for Datuk Norazlan Yusof, named by his given name as Malay names are; after
            # "Mr" too for one the article introduced with a title ("Mr Somchai", as Thai names are used)
            if len(known) == 1 and (words[0].lower() in self.lexicons.first_names
                                    or _family_name_first(self.entities[known[0]].name)
                                    or not _after_honorific(name[0], self.lexicons)
                                    or self._given_name_of(known[0])):
                return known[0]
        if len(words) == 1 and not candidates and _after_honorific(name[0], self.lexicons):
            led = self._led_by(lowered[0], gender)
            if led is not None:
                return led
        fuller = self._named_in_full(lowered, gender) if len(words) > 1 else None
        if fuller is not None:
            return fuller
        index = self._add(Entity(name=text, type="person", key=f"person:{slug(text)}", gender=gender))
        for key in _surname_keys(words, self.lexicons):
            self.surnames.setdefault(key, []).append(index)
        if first is not None:
            self.first_names.setdefault(first, []).append(index)
        return index

    def _surname_form(self, index: int, lowered: list[str], name: list[Token]) -> bool:
        """Whether a person first met by two surnames ("Attard Portelli", "Camilleri Bonello" said) is
        the one now named in full ("Ramona Attard Portelli", a name the recognizer missed where the
        article introduced her): the short name ends the full one and begins with no given name, or
        is the same mention cut short after a form of address ("Ms Nurul [Huda Kamarudin]", not a
        headline's "Lawmakers [Rip Donald Trump]")."""
        entity = self.entities[index]
        words = [w.lower() for w in entity.name.split()]
        if not 1 < len(words) < len(lowered) or lowered[-len(words):] != words:
            return False
        if words[0] not in self.lexicons.first_names:
            # the full name a person's: not "Eastern Cape Cogta MEC Nokuzola Mbangi", a title run on
            return lowered[0] in self.lexicons.first_names or name[0].ent_type_ == "PERSON"
        start, end = name[0].idx, name[-1].idx + len(name[-1].text)
        return name[0].i > 0 and self.doc[name[0].i - 1].lower_ in self.lexicons.honorifics \
            and any(start <= at < end for at, _ in entity.mentions)

    def _titled(self, index: int) -> bool:
        """Whether the article introduced a person with a role: a title before the name or in apposition."""
        entity = self.entities[index]
        return entity.role is not None or tuple(w.lower() for w in entity.name.split()) in self._titled_names

    def _led_by(self, word: str, gender: str | None) -> int | None:
        """The one titled person whose name, given in full after a form of address, opens with a word no
        known given name ("Ms. Sisouk" for Ms. Sisouk Phommachanh, as Lao names are used; "Mr Tan" for
        Mr Tan Wei Ming, family name first), which :meth:`_person` did not file as a given name.

        Notes:
            Counted: 2 outlets (heldout39 The Laotian Times: "Ms. <given name>", "Mr. <given name>",
            5 quotes; heldout28 Solomon Star: "Mr <family name>", 4 quotes), the gold giving each the
            full name's role.
        """
        led = [i for i, entity in enumerate(self.entities)
               if entity.type == "person" and len(entity.name.split()) > 1
               and entity.name.split()[0].lower() == word and _agrees(entity.gender, gender)]
        if not led:
            led = [i for i, entity in enumerate(self.entities) if entity.type == "person"
                   and self._family_name_after_given(entity.name.lower().split(), word)
                   and _agrees(entity.gender, gender)]
        return led[0] if len(led) == 1 and self._given_name_of(led[0]) else None

    def _family_name_after_given(self, words: list[str], word: str) -> bool:
        """Whether ``word`` is the family name of a name written family name first behind an adopted
        given name: "Mr Lim" for Mr Kenneth Lim Boon Hwa (as Singaporean and Malaysian Chinese names are
        used), the given name one the lexicon knows and two given syllables after the family name.

        Notes:
            Counted with the Malay given name a patronymic follows (:meth:`_named_in_full`): a short name
            that is a titled full name's leading or inner part, not its end (heldout42 TODAY, 6 quotes;
            heldout35 Borneo Bulletin, 4 quotes), the gold giving each the full name's role.
        """
        return len(words) == 4 and words[1] == word and words[0] in self.lexicons.first_names \
            and all(w.isalpha() and len(w) <= 5 for w in words[1:])

    def _given_name_of(self, index: int) -> bool:
        """Whether "Mr" and a word may name a person by the given name the article introduced with a
        title ("Mr Somchai" for MP Somchai Rattanaporn, as Thai names are used): the rest of that name
        words the article writes only with a capital ("President Obama Speech" is no name)."""
        words = self.entities[index].name.lower().split()
        return self._titled(index) and all(w in self._capitalised and w not in NAME_SUFFIXES for w in words[1:])

    def _named_in_full(self, lowered: list[str], gender: str | None) -> int | None:
        """The one person introduced before, with a title, by a longer name these words begin: "Ismail
        Hakim" for Minister Ismail Hakim Omar, whose last name is his father's, "Roberto Alvear" for
        Roberto Alvear Soto."""
        found = set()
        for i in self.first_names.get(lowered[0], []):
            words = [w.lower() for w in self.entities[i].name.split()]
            rest = words[len(lowered):]
            # the rest a name: words the article writes only with a capital, no "Jr." ("Ann Lee Says" is a headline)
            if rest[:1] and rest[0] in _PATRONYMICS and len(rest) <= 4:
                rest = []  # "Awang Haji Rahman" for Awang Haji Rahman bin Haji Osman: his own name, his father's after
            elif not 0 < len(rest) <= 2:
                continue
            if words[:len(lowered)] == lowered and self._titled(i) \
                    and _agrees(self.entities[i].gender, gender) \
                    and all(w in self._capitalised and w not in NAME_SUFFIXES for w in rest):
                found.add(i)
        return found.pop() if len(found) == 1 else None

    def _introduced_before(self, candidates: list[int], pos: int) -> list[int]:
        """Of the bearers of a surname, those the text has already named: a surname alone refers
        back ("Hillary Clinton ... Clinton said"), and a namesake introduced later is written out
        in full to be told apart ("Bill Clinton"). A capitalised word in a headline is no first
        name ("Beneath Clinton's Wins"). All of them when none was named before."""
        known = {i for i in candidates if self._first_of(i) is None or self._first_of(i) in self.lexicons.first_names}
        named = [i for i in candidates if any(start < pos and (i in known or self._para_of(start) > 0)
                                              for start, _ in self.entities[i].mentions)]
        return named or candidates

    def _first_of(self, index: int) -> str | None:
        words = self.entities[index].name.split()
        core = [w for w in words if w.lower() not in NAME_SUFFIXES]
        return core[0].lower() if len(core) > 1 and not _is_initial(core[0]) else None

    def _salient(self, candidates: list[int], pos: int) -> int:
        if len(candidates) == 1:
            return candidates[0]
        sent = self._sent_of_char(pos)
        recent = [m for m in self._before(pos, 40) if m.entity in candidates and m.sent >= sent - 1 and m.salient]
        if recent:
            return recent[0].entity  # type: ignore[return-value]
        return max(candidates, key=lambda i: (len(self.entities[i].mentions), -i))

    def _sent_of_char(self, pos: int) -> int:
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return self._sent_of(span.start) if span is not None else 0

    def _rename(self, index: int, text: str) -> None:
        entity = self.entities[index]
        if len(text.split()) > len(entity.name.split()) or (
                len(text.split()) == len(entity.name.split()) and len(text) > len(entity.name)):
            entity.aliases.add(entity.name)
            entity.name = text
        elif text != entity.name:
            entity.aliases.add(text)

    def _title_before(self, name: list[Token]) -> TitleParse | None:
        """The title before a name, with the body that leads it as affiliation where the title parse
        gave none (see :meth:`_body_leading`)."""
        words = title_tokens(name[0], name, self.lexicons)
        verb = next((i for i in range(len(words) - 1, 0, -1) if _headline_verb(words[i], self.lexicons)), None)
        if verb is not None:  # "Northdale Senator Blames Public [Works]": the title is the verb's subject's
            words = words[verb + 1:]
        title = self._parse_title(words)
        if title is None or not title.role or title.affiliation:
            return title
        role, body = self._body_leading(words, title.role)
        return TitleParse(role=role, rank=title.rank, affiliation=body, gender=title.gender) if body else title

    def _parse_title(self, words: list[Token]) -> TitleParse | None:
        """:func:`.titles.parse_title` of the words, parsed once per article: most titles are read again
        for each name they come before and for each statement of the name."""
        key = tuple(t.i for t in words)
        if key not in self._title_parses:
            self._title_parses[key] = parse_title(words, self.lexicons, self.gazetteer)
        return self._title_parses[key]

    def _body_leading(self, words: list[Token], role: str) -> tuple[str, str | None]:
        """The body that leads a title the title parse read as all role, with the role as it then
        reads: a short name the article defines, first in the title or just before it, which leaves
        the role ("NCPB Managing Director X": "Managing Director", the recognizer's organisation left
        out of the title); else the one body the article names of the kind the role starts with
        ("Ministry Secretary"), or a party or body the recognizer marks, which the role keeps ("NDP
        Leader", see :meth:`_body_in_title`)."""
        short, _, rest = role.partition(" ")
        if words[0].i > 0 and self.doc[words[0].i - 1].text in self._acronyms:  # the short name left out
            short, rest = self.doc[words[0].i - 1].text, role
        if short in self._acronyms and rest:
            return rest, short
        return role, self._kind_body(role) or self._body_in_title(words)

    def _body_in_title(self, words: list[Token]) -> str | None:
        """A party or body the recognizer marks (or a short name, "PiS") at the start of a title, which
        is the bearer's affiliation whatever the role keeps of it: "NDP Leader", "PiS spokesman",
        "Greens parliamentary leader", "Liberal Democrat councillor"; not a portfolio ("Public Works
        Secretary"), a person possessing the title ("Trump's rival"; "the Conservatives' minister" is
        theirs), a name coordinated with the bearer's or a title that is all name."""
        start = 0
        while start < len(words) and (words[start].lower_ in RANK_MODIFIERS or words[start].lower_ == "shadow"):
            start += 1  # "Interim DNC Chair", "Shadow Health Minister"
        if start < len(words) - 1 and is_short_name(words[start].text) and not words[start].ent_type_ == "PERSON" \
                and not self.gazetteer.is_media(words[start].text):
            return words[start].text  # "LRP Joint Secretary General", "SYRIZA MP" (a tagger's adverb)
        end = start
        while end < len(words) and (words[end].pos_ in ("PROPN", "NOUN") or words[end].ent_type_ == "NORP") \
                and not is_title_head(words[end], self.lexicons) \
                and (words[end].text[:1].isupper() or words[end].lemma_ in self.lexicons.organisation_nouns):
            end += 1  # capitalised words ("Democratic" too), or a body's kind after them ("Trump campaign")
        if end == len(words):
            return None
        first = multiword_title_start(words[end], self.lexicons)
        if first is not None and first.i >= words[start].i:  # "Harbour Master": its first word is the title's
            end = next(k for k, t in enumerate(words) if t.i == first.i)
        possessive = words[end].tag_ == "POS" or words[end].dep_ == "case"  # "’" too
        if words[end].lemma_.lower() in PORTFOLIO_TITLES or words[end].pos_ not in ("NOUN", "PROPN", "ADJ") \
                and not possessive or possessive and any(t.lower_ in self.surnames for t in words[start:end]):
            return None  # "Public Works Secretary"; "Trump and Texas Sen. X", "Trump's rival": no body
        while end > start and words[end - 1].text[:1].isupper() and not words[end - 1].ent_type_ \
                and not is_short_name(words[end - 1].text):
            end -= 1  # "[Republican National Committee] Research Director": the body the recognizer marks
        run = words[start:end]  # a place alone ("Florida Sen.") is a seat, which the title parse reads
        if not any(t.ent_type_ in ("ORG", "NORP") or is_short_name(t.text) for t in run) \
                or is_portfolio(run, self.lexicons, self.gazetteer):
            return None
        text = join_tokens(run)
        return _name_of(self.gazetteer.lookup(text) or text)

    def _only_body(self, kind: str) -> str | None:
        """The name of the one body of a kind ("department") the article names, or None when it names
        none or several ("the Department of Home Affairs ... a spokesperson for the department")."""
        if self._bodies is None:
            self._bodies = {}
            for ent in self.ents:
                if ent.label_ == "ORG":
                    name = _strip_det(ent)
                    for head in _body_heads(name):
                        self._bodies.setdefault(head, set()).add(name)
        names = self._bodies.get(kind, set())
        return next(iter(names)) if len(names) == 1 else None

    def _kind_body(self, role: str) -> str | None:
        """The one body the article names of the kind that leads a title ("Ministry Secretary"), or None."""
        kind, _, rest = role.partition(" ")
        if not rest or not kind.istitle() or kind.lower() not in self.lexicons.organisation_nouns:
            return None
        return self._only_body(kind.lower())

    def _learn(self, index: int, title: TitleParse | None) -> None:
        if title is None:
            return
        entity = self.entities[index]
        self._title_words_of(index, title.role, None)
        self._title_words_of(index, title.rank, None)  # "Senator Ana Roe" is "the senator" too
        if title.role and (not entity.role or _office_after_seat(entity.role, title.role, self.lexicons)
                           or _initialism(title.role, self.lexicons) == entity.role.lower()):
            entity.role = title.role  # "CEO Ana Roe" learnt first: "Chief Executive Officer of X Ana Roe" spells it out
        if title.rank and not entity.rank:
            entity.rank = title.rank
        if title.affiliation and not entity.affiliation:
            affiliation = _name_of(title.affiliation)
            entity.affiliation = self._acronyms.get(affiliation, affiliation)  # "NCPB Managing Director"
            if isinstance(title.affiliation, Entry):
                entity.country = title.affiliation.country
        if title.affiliation:
            self._title_words_of(index, None, _name_of(title.affiliation))
        if title.gender and not entity.gender:
            entity.gender = title.gender

    def _title_words_of(self, index: int, role: str | None, affiliation: str | None) -> None:
        """Remember the words a person was described with, which a role nominal must fit ("the senator")."""
        words = self.title_words.setdefault(index, set())
        for word in (role or "").replace("-", " ").lower().split():
            words.add(word)  # "Sen." is also a "senator"
            words.update(self.lexicons.abbreviations.get(word, "").lower().split())
        short = _initialism(role, self.lexicons)
        if short is not None:  # "Chief Executive Officer (CEO), Ana Roe, ... the CEO said": the same office
            words.add(short)
        words.update(w.lower() for w in (affiliation or "").split())

    def _index_tokens(self, subjects: list[int]) -> None:
        """One pass over the ``subjects`` (see :func:`_nominals_and_subjects`): subjects a pronoun may
        point back to, and subject pronouns, resolved in text order so that a chain of "he"s keeps its
        referent."""
        for token in (self.doc[i] for i in subjects):
            pos = token.pos_
            if token.dep_ not in NOMINAL_SUBJECTS:
                continue
            if pos == "PRON":
                if token.lower_ in ("he", "she", "they"):
                    info = self._pronoun(token)
                    if info is not None and info.entity is not None:
                        self.links[token.i] = info.entity
                        self._chain(token, info.entity)
                continue
            if pos not in ("NOUN", "PROPN"):
                continue
            # a surname the tagger took for a plural noun too ("Kalnins said", "Reyes said"): one person
            surname = _hyphenated_word(token) if pos == "PROPN" or (token.is_title and token.tag_ == "NNS") else None
            if surname in self.surnames:  # a surname the tagger missed
                self._add_mention(token, self._salient(self.surnames[surname], token.idx), "person", salient=True)
                continue
            if token.ent_type_ == "PERSON":
                continue
            if pos == "PROPN" and token.ent_type_ not in ("GPE", "LOC", "NORP") and token.is_title:
                name = name_tokens(token, self.lexicons)
                title = self._title_before(name) \
                    if name else None
                if name and self._titled_person(token, name, title, None):  # "Regional spokesperson Mandla Nkosi"
                    lo, hi = mention_range(token)
                    info = self._named(token, self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1].text))
                    if info is not None and info.entity is not None:
                        self._add_mention(token, info.entity, "person", salient=True)
                        continue
            closing = self._name_closing_title(token)
            if closing is not None:  # "The chair of the co-operative, Ana Ruiz, told ... She said": Ruiz's
                last, start, described = closing
                self._closing_titles[last.i] = (start, described)
                info = self._named(last, self.doc[start].idx, last.idx + len(last.text))
                if info is not None and info.entity is not None:
                    self._add_mention(last, info.entity, "person", salient=True)
                    continue
            hung = self._name_hung_on_place(token) if pos == "NOUN" else None
            if hung is not None:  # "A retired nurse from Ha Lejone, Ms 'Palesa Ntho, said ... she asked"
                lo, hi = mention_range(hung)
                info = self._named(hung, self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1].text))
                if info is not None and info.entity is not None:
                    self._add_mention(hung, info.entity, "person", salient=True)
                    continue
            if self._salient_name_ending_subject(token):
                continue
            self._index_subject(token)

    def _salient_name_ending_subject(self, subject: Token) -> bool:
        """Mark as a subject the person's name a mis-parsed subject ends with, the one
        :func:`_person_in_subject` makes the source ("City Transit Police (CTP) Inspector Ana Roe
        confirmed ... ¶ She said"): the speaker named is the subject a later pronoun takes up
        (subjecthood in Lappin and Leass 1994), not the body the parser made the head of the phrase.
        True when one was marked (the subject phrase is then no antecedent of its own).

        A name set off after the subject's noun ("The Member for Y, Lord X, said ... “C,” he said") or
        one a person gave for himself ("a vendor who gave her name as X") is kept as a mention, found
        by a later pronoun as a name closing the subject (:func:`_closes_subject`) but not salient: a
        bare surname later still goes to the namesake named as the subject ("His wife, Jo Bree,
        ... ¶ Bree said"). The subject's noun stays an antecedent too: False."""
        verb = subject.head
        if verb.i <= subject.i or verb.pos_ not in ("VERB", "AUX"):
            return False
        name = _person_in_subject(subject, verb.i, self.lexicons)
        # a name run into the subject's phrase, not one set off by a comma
        misparsed = name.i != subject.i and name.left_edge.i > 0 and self.doc[name.left_edge.i - 1].text != ","
        if name.i == subject.i:
            name = _self_named(subject) or self._apposed_name(subject, source=True) or subject
        if name.i == subject.i or name.pos_ != "PROPN":
            return False
        index = self._entity_at(name.i)
        if index is None:
            info = self.resolve_mention(name)
            index = info.entity if info is not None else None
        if index is None or self.entities[index].type != "person":
            return False
        self._add_mention(name, index, "person", salient=misparsed)
        return misparsed

    def _chain(self, pronoun: Token, index: int) -> None:
        """Keep a resolved subject pronoun as a mention of its referent, so that the next pronoun finds
        the referent as near as the last "he" (the chain of a coreference class, Lappin and Leass
        1994): in "X said ... ¶ “C,” he said on the group's Y channel. ¶ He blamed ..." the second
        *he* is X's, not the name between. Its gender is not learned from the pronoun: a known gender
        outweighs recency, and a chain gone wrong would then carry on."""
        entity = self.entities[index]
        self._add_mention(pronoun, index, _kind_of(entity), gender=entity.gender, plural=entity.type == "group",
                          salient=True)

    def _index_subject(self, token: Token) -> None:
        """A subject noun phrase a pronoun may point back to, left unresolved until one does: not one that
        refers to nobody ("neither chamber"), and a country is singular ("the United States ... it")."""
        kind = self._np_kind(token)
        if kind is not None and not any(c.lower_ in _NO_REFERENT for c in token.children if c.dep_ == "det"):
            plural = kind != "country" and (token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children))
            gender = _noun_gender(token, self.lexicons) if kind == "person" else None
            self._add_mention(token, None, kind, gender=gender, plural=plural, salient=True)

    def _add(self, entity: Entity) -> int:
        self.entities.append(entity)
        self.by_key[entity.key] = len(self.entities) - 1
        return len(self.entities) - 1

    def entity_for(self, key: str, make: Entity) -> int:
        """Index of the entity with ``key``, adding ``make`` if there is none."""
        if key in self.by_key:
            return self.by_key[key]
        return self._add(make)

    # -- resolution ------------------------------------------------------------------------
    def resolve(self, statement: Statement) -> SpeakerInfo | None:
        """Resolve a statement's source and remember it for later pronouns."""
        label = self._label(statement) or self._signature(statement)
        if label is not None:
            return label
        if statement.inherit_from is not None and statement.inherit_from.speaker is not None:
            inherited = statement.inherit_from.speaker
            return SpeakerInfo(**{**inherited.__dict__, "resolution": "continuation"})
        source = statement.source_token
        if source is not None and statement.cue_token is not None and self._quoted_title(source, statement):
            source = None  # "said ... on Fox News's “Fox and Friends”": a quoted title is not who speaks
        if source is not None and (statement.rule.split(":")[0] != "colon" or self.doc[source].ent_type_ in ("GPE", "LOC")
                                   or self.gazetteer.country(self.doc[source].text) is not None):
            # a "Source: content" statement was judged no dateline where it was found: the word before
            # the colon speaks ("Pence: Flowers Won't Be at Debate, Trump Was 'Mocking' ...", not Mocking)
            # unless it is a place, a dateline or section label ("Norland: Senator Blames ...")
            source = self._past_label(past_dateline(self.doc[source]))
        if source is not None and statement.cue_token is not None:
            source = self._participle_agent(self.doc[statement.cue_token], self.doc[source])
        if statement.cue_token is not None:
            controller = _object_controller(self.doc[statement.cue_token])
            if controller is not None and self._can_act(controller):
                source = controller.i
        cue = self.doc[statement.cue_token] if statement.cue_token is not None else None
        if cue is not None and (source is None or source == cue.head.i):
            holder = self._holder_of_chance(cue)
            source = holder.i if holder is not None else source
        if source is None and statement.cue_token is not None:
            source = self._implied_source(self.doc[statement.cue_token])
        if source is None:
            return None
        if cue is not None and cue.dep_ == "relcl" and cue.head.i == source \
                and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in cue.children):
            source = getattr(self._person_behind_place(cue.head), "i", source)
        if cue is not None and cue.dep_ == "relcl" and cue.head.i == source and (
                not self.is_agent(cue.head) or any(cue.head.i < a.i < cue.i for a in cue.head.ancestors)):
            # "The accusation was made by the Centre for Rights (CFR), which said ...": the parser hung the
            # clause on a noun across that noun's own verb (or on a thing); a relative clause set off by a
            # comma describes the noun phrase just before its pronoun, which must be able to speak
            described = self._described_by_relative(cue)
            source = _name_ending_with(self.doc[described]).i if described is not None else source
        if statement.cue_token is not None:
            source = _reporter_of_coordinated_cue(self.doc[statement.cue_token], self.doc[source], self.lexicons).i
        labelled = self._first_person_label(self.doc[source])
        if labelled is not None:
            return labelled
        split = _hyphenated_subject(self.doc[source])
        source = split.i if split is not None else source
        if statement.cue_token is not None:
            quoted = _quoted_in_document(self.doc[source], self.doc[statement.cue_token], self.lexicons)
            source = quoted.i if quoted is not None else source
        source = _subject_after_set_off_name(self.doc[source]).i
        verb = _verb_of_subject(self.doc[source], statement.cue_token)
        head = _person_in_subject(self.doc[source], verb, self.lexicons)
        head = _self_named(head) or head
        named = self._apposed_name(head, source=head.i == source)
        if named is None and head.i == source:
            named = _name_set_off_after_subject(head, self.lexicons)
        if named is None and head.i == source:
            named = self._name_hung_on_place(head)
        closing = self._name_closing_title(head) if named is None and head.i == source else None
        if closing is not None:  # "The chair of the co-operative, Ana Ruiz, told": the title kept for her
            named = closing[0]
            self._closing_titles[named.i] = closing[1:]
        head = named or head
        owner = self._owner_of_words(head, cue) if cue is not None and head.i == source else None
        head = owner or head  # "His message to the council was simple: C", "the ministry's reply reads"
        info = self.resolve_mention(head)
        if head.i != source and info is not None and info.entity is not None:
            described = self.doc[source]  # "The head of Iran's Atomic Energy Organization, Ali Akbar Salehi,"
            if is_title_head(described, self.lexicons) and not _remit_before_name(described, _name_start(head),
                                                                                  self.lexicons):
                self._learn(info.entity, described_title(described, self.lexicons, self.gazetteer))
                entity = self.entities[info.entity]
                info.role, info.affiliation = entity.role, entity.affiliation
        if info is None and head.pos_ != "PRON":
            head = self._rescue(head, verb) or head
            info = self.resolve_mention(head) if head.i != source else None
        if info is not None and info.entity is not None:
            entity = self.entities[info.entity]
            self._add_mention(head, info.entity, _kind_of(entity), gender=entity.gender,
                              plural=entity.type == "group", salient=True)
            if statement.cue_token is not None:
                self._source_of_cue[statement.cue_token] = head.i
        return info

    def _apposed_name(self, title: Token, *, source: bool = False) -> Token | None:
        """The name set off after a title as its apposition, whom the title describes: one the
        recognizer left unlabelled ("The President of the Growers Association of Ghana, [Nana Kofi
        Mensah], told", found when the people were indexed), one the parser made a conjunct of the
        title ("The county MP, [Hon. Ana Roe], who ..."), or, for a capitalised title that is a
        statement's ``source`` itself, a person the recognizer marks in apposition ("The GCC
        Secretary-General, Dr. [Abdullah Al-Rashed], said"); None when no name is."""
        if not is_title_head(title, self.lexicons):
            return None
        if title.i in self._unlabelled_apposed:
            return self._unlabelled_apposed[title.i]
        if source and title.pos_ == "PROPN" and title.ent_type_ != "PERSON":
            # a person the recognizer marks, or one the people index read as a person whatever its label
            # ("The Board's Chief Operating Officer, [Sefo Ana Roe], told": see _apposed_to_title)
            named = next((c for c in title.children if c.dep_ == "appos"
                          and (c.ent_type_ == "PERSON" or self._indexed_person(c))), None)
            if named is not None:
                return named
        addressed = next((c for c in title.children if self._addressed_apposition(title, c)), None) \
            if source else None
        if addressed is not None:
            return addressed
        mislabelled = next((c for c in title.children if self._mislabelled_apposition(title, c)), None) \
            if source else None
        if mislabelled is not None:
            self._closing_titles.setdefault(mislabelled.i, (mislabelled.left_edge.i, TitleParse()))  # the person's
            return mislabelled
        return next((c for c in title.children if _comma_apposed(c)), None)

    def _indexed_person(self, token: Token) -> bool:
        """Whether a word ends a name the people index took for a person's (see :meth:`_index_people`)."""
        index = self._entity_at(token.i)
        return index is not None and self.entities[index].type == "person"

    def _mislabelled_apposition(self, title: Token, name: Token) -> bool:
        """Whether a name set off between commas after a statement's source title, which the recognizer
        labelled an organisation's, is a person's: a known given name opens it ("The firm's Managing
        Director, Ana Ruiz, dismissed", "Ana Ruiz" taken for a body); :meth:`_apposed_name` keeps the
        name for the person."""
        doc, lexicons = self.doc, self.lexicons
        first = name.left_edge.i
        if name.dep_ != "appos" or name.pos_ != "PROPN" or name.ent_type_ != "ORG" or first <= title.i + 1 \
                or doc[first - 1].text != "," or name.i + 1 >= len(doc) or doc[name.i + 1].text != "," \
                or not is_title_head(title, lexicons):
            return False
        words = list(doc[first:name.i + 1])
        if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in words) \
                or doc[first].lower_ not in lexicons.first_names \
                or any(t.lemma_.lower() in lexicons.organisation_nouns or is_title_word(t, lexicons) for t in words) \
                or self.gazetteer.lookup(join_tokens(words)) is not None:
            return False
        return True

    def _name_closing_title(self, title: Token) -> tuple[Token, int, TitleParse] | None:
        """The name closing a subject's title and its "of" phrase, set off by commas or not (see
        :meth:`_set_off_name_closing_title` and :meth:`_name_ending_title_phrase`)."""
        if not (title.pos_ == "NOUN" or title.pos_ == "PROPN" and not title.ent_type_) \
                or title.dep_ not in NOMINAL_SUBJECTS or title.head.i <= title.i + 3 \
                or self.doc[title.i + 1].pos_ != "ADP" or not is_title_head(title, self.lexicons):
            return None  # (a capitalised title the tagger took for a name: "Governor of the province, ...")
        return self._set_off_name_closing_title(title) or self._name_ending_title_phrase(title)

    def _set_off_name_closing_title(self, title: Token) -> tuple[Token, int, TitleParse] | None:
        """The name set off after a subject's title and its "of" phrase that the parser hung inside the
        phrase ("The chair of the fishing co-operative, Ana Ruiz, told", the name taken for the object
        of "of" or of a word in it): the name's last word, its first word's index and the title to learn
        for the person, which the caller keeps in ``_closing_titles``. A person's name only: a known given
        name, a surname the article gives a person, or the recognizer's label."""
        doc, lexicons = self.doc, self.lexicons
        verb = title.head
        end = verb.i - 1
        while end > title.i and doc[end].pos_ == "ADV":
            end -= 1  # "..., Ana Ruiz, however told"
        if doc[end].text != ",":
            return None
        end -= 1
        start = end
        while start > title.i + 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                or start > title.i + 3 and doc[start - 1].text in ("-", "\u2010") and doc[start - 2].is_title:
            start -= 1
        if doc[start - 1].text != "," or any(t.text == "," or t.tag_ in ("VBD", "VBZ", "VBP", "MD")
                                             for t in doc[title.i + 1:start - 1]):
            return None
        words = [t for t in doc[start:end + 1] if t.is_alpha]
        name = join_tokens(list(doc[start:end + 1]))
        if any(t.lower_ in lexicons.honorifics for t in doc[start:end + 1]):
            return None  # "..., Hon. Bola Ade, told": the apposition the form of address marks
        if not 2 <= len(words) <= 4 or not all(t.is_title and t.pos_ == "PROPN" for t in words) \
                or any(t.lemma_.lower() in lexicons.organisation_nouns or t.lower_ in lexicons.honorifics
                       or is_title_word(t, lexicons) for t in words) \
                or self.gazetteer.lookup(name) is not None:
            return None
        if not (doc[start].lower_ in self.first_names or doc[start].lower_ in lexicons.first_names
                or doc[end].lower_ in self.surnames
                or doc[end].ent_type_ == "PERSON" or doc[start - 2].pos_ == "PROPN"):
            return None  # (a phrase closing on a body's or place's name has no second name in apposition)
        described = described_title(title, lexicons, self.gazetteer, end=title.i + 1)
        if described is None or not described.role:
            return None
        body = doc[title.i + 2:start - 1]
        if (doc[title.i + 1].lower_ == "of" or doc[title.i + 1].lower_ == "for" and title.pos_ == "NOUN") \
                and len(body) and not any(t.pos_ == "PRON" for t in body):  # ("Commissioner for Health": a remit)
            described = TitleParse(role=described.role, rank=described.rank, gender=described.gender,
                                   affiliation=_strip_det(body))  # "of the fishing co-operative"
        return doc[end], start, described

    def _name_ending_title_phrase(self, title: Token) -> tuple[Token, int, TitleParse] | None:
        """The name that closes a subject's title and its "of" phrase with no comma before it, which the
        parser hung inside the phrase ("The mayor of the river town Ana Ruiz accused", "Deputy Director
        of the Port Authority Ana Ruiz, in charge of the docks, said"): as :meth:`_name_closing_title`
        gives it. The name opens with a known given name and follows a word of the body, so "The lawyer
        of Ana Ruiz said" and "The spokesman for Senator Ana Ruiz said" keep their speaker."""
        doc, lexicons = self.doc, self.lexicons
        verb = title.head
        if not (doc[title.i + 1].lower_ == "of" or doc[title.i + 1].lower_ == "for" and title.pos_ == "NOUN") \
                or verb.i <= title.i + 4:
            return None  # ("Commissioner for Health Ana Ruiz": a capitalised remit the title parse reads)
        stop = next((t.i for t in doc[title.i + 2:verb.i] if t.text in (",", "(", ";") or t.tag_ in _FINITE_TAGS),
                    verb.i)
        if stop < verb.i and (doc[stop].text != "," or doc[verb.i - 1].text != ","
                              or any(t.tag_ in _FINITE_TAGS for t in doc[stop:verb.i])):
            return None  # after the name, nothing but an aside set off by commas ("Ana Ruiz, in charge of roads,")
        end = stop - 1
        start = end
        while start > title.i + 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        first = next((i for i in range(max(start, end - 2), end)
                      if (doc[i].lower_ in lexicons.first_names or doc[i].lower_ in self.first_names)
                      and doc[i - 1].pos_ not in ("ADP", "DET", "PART", "PUNCT", "CCONJ")), None)
        if first is None or is_title_word(doc[first - 1], lexicons) or doc[first - 1].lower_ in lexicons.honorifics:
            return None  # "The aide of Senator Ana Ruiz": the phrase names whom the aide works for
        if _is_initial(doc[first - 1].text) or any(multiword_title_start(t, lexicons) is not None
                                                   for t in doc[title.i + 1:first]):
            return None  # "Leader of the Opposition in the Assembly H. Ana Ruiz": a title and name of their own
        words = list(doc[first:end + 1])
        if not all(t.is_alpha and t.is_title for t in words) or doc[end].ent_type_ in ("GPE", "LOC", "NORP") \
                or any(t.lemma_.lower() in lexicons.organisation_nouns or t.lower_ in lexicons.honorifics
                       or is_title_word(t, lexicons) for t in words) \
                or self.gazetteer.lookup(join_tokens(words)) is not None:
            return None
        body = doc[title.i + 2:first]
        if all(t.pos_ == "PROPN" for t in body) and not any(
                t.lemma_.lower() in lexicons.organisation_nouns or t.lower_ in lexicons.government_nouns
                for t in body):
            return None  # "Deputy Commissioner of Marikit Ana Roe": a place's name, which the title keeps
        described = described_title(title, lexicons, self.gazetteer, end=title.i + 1)
        if described is None or not described.role:
            return None
        of_body = doc[title.i + 1].lower_ == "of" and not any(t.pos_ == "PRON" for t in body)
        described = TitleParse(role=described.role, rank=described.rank, gender=described.gender,
                               affiliation=_strip_det(body) if of_body else None)  # "of the river town"
        return doc[end], first, described

    def _addressed_apposition(self, title: Token, name: Token) -> bool:
        """Whether a name set off after a title as its apposition opens with a form of address, so
        names a person whatever label the recognizer gave it: "The party's National Chairman, Cllr. Ana
        Roe, in a statement, said" (the title is the subject, the name what it stands for)."""
        doc = self.doc
        first = name.left_edge.i  # the parser may make the form of address an apposition of its own
        while first > title.i + 1 and doc[first - 1].lower_ in self.lexicons.honorifics:
            first -= 1
        if name.dep_ != "appos" or name.pos_ != "PROPN" or not name.is_title or first <= title.i + 1 \
                or doc[first - 1].text != "," or doc[first].lower_ not in self.lexicons.honorifics \
                or name.i + 1 >= len(doc) or doc[name.i + 1].text not in (",", ")"):
            return False
        words = [t for t in doc[first:name.i + 1] if t.lower_ not in self.lexicons.honorifics
                 and (t.is_alpha or _is_initial(t.text))]
        return 1 <= len(words) <= 4 and all(t.is_title or _is_initial(t.text) for t in words)

    def _can_act(self, controller: Token) -> bool:
        """Whether an object can do what the infinitive after it says: a name, a pronoun or a noun
        for people or organisations ("forced Stumpf to admit", "urged voters to"). A thing does not
        ("used his platform to discuss", "used a word to describe"): the infinitive then tells the
        subject's purpose, and the subject acts."""
        return controller.pos_ in ("PROPN", "PRON") or controller.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
            or self._np_kind(controller) is not None or controller.lemma_.lower() in _QUANTITIES \
            or controller.lemma_.lower() in _INDEFINITES or self._of_people(controller)

    def _holder_of_chance(self, cue: Token) -> Token | None:
        """Who does what an infinitive on an object noun says, the noun being no actor: the one who
        has, takes or misses the chance ("Okafor passed up a chance to tell ...", "found ways
        to cast herself as ..."), or the one it is given to ("gives Okafor a chance to say ...")."""
        noun = cue.head
        if cue.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children) \
                or noun.dep_ != "dobj" or noun.pos_ != "NOUN" or self._can_act(noun) or noun.i > cue.i:
            return None
        verb = noun.head
        holder = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
            (c for c in verb.children if c.dep_ == "dative" and c.i < noun.i), None) or next(
            (c for c in verb.children if c.dep_ == "nsubj"), None)
        if holder is None or verb.pos_ not in ("VERB", "AUX") or holder.tag_ in ("WDT", "WP", "WP$"):
            return None
        return holder

    def _implied_source(self, cue: Token) -> int | None:
        """The source of a cue the statement finder left without one: the subject of the clause a
        participle or infinitive hangs on ("Obama responded by saying ...", "refuses to release ... or
        explain") or the source after it when it is inverted after a
        quotation ("“C,” said Skelly, explaining ..."), else the name just before the cue ("... the
        Washington Post Trump said", "$20 million experts say", "Elizabeth Warren (D-MA) said") or
        set off after a fronted phrase ("On Monday, Sanders, 74, decided to ...")."""
        if cue.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
            return None  # a colon or a noun; a passive with no agent has no source ("was accused")
        token = cue
        for _ in range(5):
            subject = next((c for c in token.children if c.dep_ in NOMINAL_SUBJECTS), None)
            if subject is not None and token is not cue:
                return subject.i if subject.pos_ != "PRON" or subject.lower_ in _RESOLVABLE_PRONOUNS else None
            inverted = self._inverted_source(token) if token is not cue else None
            if inverted is not None:
                return inverted.i  # "“C,” said Skelly, explaining ..."
            if _main_verb_taken_for_aside(token):
                return token.head.i  # "Trump, who is vying ..., tweeted on Friday to say ..."
            if token.head == token or not (token.dep_ in ("pcomp", "pobj", "prep", "advcl", "xcomp", "conj", "acl")
                                           or (token.dep_ == "dep" and token.head.pos_ == "VERB")):
                break  # ("dep": "Clinton paused, then revealed ...", a coordination the parser left loose)
            token = token.head
        inverted = self._inverted_source(cue)
        if inverted is not None:
            return inverted.i
        asked = self._subject_of_question_aside(cue)
        if asked is not None:
            return asked  # "Guo, asked about the case on Friday, said C": not a name in the aside
        named = self._name_before(cue)
        if named is None and token is not cue and cue.dep_ == "conj" and token.pos_ == "VERB":
            named = self._name_before(token)  # "Obama and Clinton call them ... and describe ..."
        if named is None and token.pos_ in ("VERB", "AUX"):
            named = _name_in_fronted_phrase(token)
        if named is None:
            named = self._subject_taken_for_clause(cue)
        return named

    def _name_before(self, verb: Token) -> int | None:
        """The name just before a verb the parser gave no subject ("... the Washington Post Trump
        said", "$20 million experts say", "Elizabeth Warren (D-MA) said"); of names coordinated
        there, the first, which heads the coordination ("Obama and Clinton call")."""
        before = verb.i - 1
        while before >= 0 and (self.doc[before].pos_ in ("ADV", "AUX", "PART")
                               or self.doc[before].lower_ in ("not", "both")):  # "DuVernay both documents ..."
            before -= 1
        if before > 0 and self.doc[before].text == ")":  # "Sen. Elizabeth Warren (D-MA) said"
            opening = next((t.i for t in reversed(self.doc[max(0, before - 8):before]) if t.text == "("), None)
            before = opening - 1 if opening is not None else before
        relative = self._relative_before(before) if before > 0 and self.doc[before].text == "," else None
        if relative is not None:
            return relative  # "Okafor, who has donated to the party, said"
        if before > 0 and self.doc[before].text == "," and self.doc[before - 1].pos_ == "PROPN" \
                and self.doc[before - 1].is_title:
            before -= 1  # "..., Hon. Tunde Fasanmi, told reporters": a name set off before its verb
        elif before > 0 and self.doc[before].text == ",":
            described = self._name_before_aside(before)
            before = described if described is not None else before
        if before > 0 and self.doc[before].is_title and not self.doc[before].is_sent_start \
                and self.doc[before].pos_ in ("CCONJ", "ADP", "SCONJ", "DET") and self.doc[before - 1].pos_ == "PROPN":
            before -= 1  # "Rosli Mat Nor said": a capitalised word inside a sentence is a name's, whatever its tag
        if before < 0:
            return None
        candidate = self.doc[before]
        if _count_of_people(candidate) or (candidate.pos_ == "NOUN" and candidate.lemma_.lower() in _QUANTITIES):
            return candidate.i  # "About 4 in 10 say", "Less than a third agreed", the count taken for a modifier
        if candidate.pos_ not in ("PROPN", "NOUN") or not (
                candidate.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or self._np_kind(candidate) is not None
                or (candidate.pos_ == "PROPN" and candidate.is_title)):
            return None
        while candidate.dep_ == "conj" and candidate.head.ent_type_ == candidate.ent_type_ == "PERSON":
            candidate = candidate.head
        return candidate.i  # "Conway notes", parsed as a compound of the verb

    def _name_before_aside(self, comma: int) -> int | None:
        """The name before an aside set off by commas between it and its verb: an apposition ("Reyes,
        a senior party official, said"; "Okafor, a longtime outside Bello adviser, said", where the
        word before the comma hangs deeper in it) or a participle ("Lindqvist, wearing a red scarf,
        said"). The aside is climbed from its last word."""
        token = self.doc[comma - 1]
        for _ in range(6):
            if token.dep_ == "appos" and token.head.i < token.i:
                return token.head.i
            opening = token.left_edge.i - 1
            if token.tag_ in ("VBG", "VBN") and opening > 0 and self.doc[opening].text == "," \
                    and self.doc[opening - 1].pos_ == "PROPN" and token.i < comma:
                return opening - 1
            if token.head == token or token.head.i >= comma:
                return None
            token = token.head
        return None

    def _subject_taken_for_clause(self, cue: Token) -> int | None:
        """The subject the parser took, with the aside set off after it, for a clause complementing
        the cue before it: in "Okafor, a lawyer helping the campaign, said C" or "Reyes, who backed
        the bill, last week said C" the parser may hang "helping" or "backed" on "said" as a clause
        whose subject is Okafor or Reyes. Only a clause that opens with its subject and an aside
        (a comma, dash or parenthesis right after the subject's own words) and ends just before the
        cue; "Few would admit it, but Okafor says C" is a clause of its own."""
        clause = next((c for c in cue.children if c.dep_ in ("ccomp", "advcl") and c.right_edge.i < cue.i), None)
        if clause is None or not _only_adjuncts(self.doc, clause.right_edge.i + 1, cue.i):
            return None
        subject = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJECTS), None)
        if subject is None or subject.left_edge.i != clause.left_edge.i or not self.is_agent(subject) \
                or subject.pos_ not in ("PROPN", "NOUN"):
            return None
        end = max([subject.i] + [c.right_edge.i for c in subject.children
                                 if c.i > subject.i and c.dep_ in ("prep", "compound", "flat")])
        after = self.doc[end + 1] if end + 1 < cue.i else None
        return subject.i if after is not None and after.text in _ASIDE_OPENERS else None

    def _subject_of_question_aside(self, cue: Token) -> int | None:
        """The subject of a speech verb set off from it by a passive participle of asking: in "Health
        Minister Ana Roe, asked about the dispute in Leeds, said C" the parser makes "asked" a clause
        of "said" with the name its subject, and the name nearest the verb ("Leeds") is in the
        question, not who answers it (see :func:`question_aside`)."""
        subject = next((s for s in map(question_aside, [*cue.children, cue.head])
                        if s is not None and _answering_verb(s.head) == cue), None)
        if subject is None or subject.pos_ not in ("PROPN", "NOUN") or not self.is_agent(subject):
            return None
        return subject.i

    def _relative_before(self, comma: int) -> int | None:
        """The name described by a relative clause set off by commas between it and its verb ("Okafor,
        who has donated to the party, said"; "Reyes, meanwhile, who has no such backing,
        said", where the parser may make the clause the verb's complement). The clause is climbed
        from its last word."""
        token = self.doc[comma - 1]
        for _ in range(6):
            described = self._described_by_relative(token)
            if described is not None or token.head == token or token.head.i >= comma:
                return described
            token = token.head
        return None

    def _described_by_relative(self, clause: Token) -> int | None:
        """The name a relative clause set off by a comma describes, just before its pronoun
        ("Okafor, who has donated to the party,"), whatever the parser made of the clause."""
        pronoun = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJECTS and c.lower_ in ("who", "which")),
                       None)
        if pronoun is None or pronoun.i < 2 or self.doc[pronoun.i - 1].text != ",":
            return None
        before = pronoun.i - 2
        while before > 0 and (self.doc[before].pos_ == "ADV" or self.doc[before].text == ","):
            before -= 1  # "Sanders, meanwhile, who ..."
        if self.doc[before].text == ")" and before >= 3 and self.doc[before - 2].text == "(":
            before -= 3  # "the Centre for Rights (CFR), which said": the name before its short form
        name = self.doc[before]
        return name.i if name.pos_ in ("PROPN", "NOUN") and self.is_agent(name) else None

    def _quoted_title(self, source: int, statement: Statement) -> bool:
        """Whether the subject the parser gave the cue stands inside a quotation after it: a title
        ("said on Fox News's “Fox and Friends”") or quoted words, not who speaks. (A quoted title
        after "according to" is a document that speaks.)"""
        token = self.doc[source]
        return token.dep_ in NOMINAL_SUBJECTS and source > statement.cue_token and self._quotation_of(token.idx) >= 0

    def _participle_agent(self, cue: Token, source: Token) -> int:
        """Who does what a participle on a thing says: in "the senator opened a rally blasting
        Clinton" a rally does not blast; the subject of the verb whose object it is does. A noun
        that can act (a person, organisation, document, group, name, a set of people) keeps the
        participle ("a statement saying", "protesters chanting", "an array of artists writing")."""
        if cue.dep_ != "acl" or cue.tag_ != "VBG" or cue.head.i != source.i or source.pos_ != "NOUN" \
                or source.ent_type_ or self._np_kind(source) is not None \
                or source.lemma_.lower() in self.lexicons.document_nouns or self._of_people(source):
            return source.i
        holder = source.head if source.dep_ == "pobj" and source.head.dep_ == "prep" else source
        verb = holder.head
        if holder.dep_ not in ("dobj", "prep") or verb.pos_ != "VERB":
            return source.i
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject.i if subject is not None else source.i

    def _of_people(self, noun: Token) -> bool:
        """Whether a noun is a set of people named by its of-phrase: "a wide array of black artists"."""
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and (o.tag_ in ("NNS", "NNPS") or self._np_kind(o) is not None) for o in p.children)
            for p in noun.children)

    def _past_label(self, source: Token) -> int | None:
        """The subject after a headline label the parser made the subject too: in "The Latest: Trump
        urges supporters to ..." the label names the kind of story ("The Latest", "UPDATE"), and
        Trump speaks. None when no other subject of the verb follows the colon."""
        lo, hi = mention_range(source)
        if hi >= len(self.doc) or self.doc[hi].text != ":" or source.head == source:
            return source.i
        label = " ".join(t.lower_ for t in self.doc[lo:hi]).replace("\u2019", "'").replace(" 's", "'s")
        if label not in self.lexicons.labels:
            return source.i
        after = next((c for c in source.head.children if c.dep_ in NOMINAL_SUBJECTS and c.i > hi), None)
        return after.i if after is not None else None

    def _inverted_source(self, verb: Token) -> Token | None:
        """The source after a verb inverted after a quotation: "“C,” added the councillor", "“C,” said
        Skelly" (a name the tagger took for an adverb), "“C?” asked the boy"."""
        previous = verb.i - 1
        while previous >= 0 and (self.doc[previous].is_punct or self.doc[previous].is_space) \
                and not self.doc[previous].is_quote:
            previous -= 1
        if previous < 0 or not self.doc[previous].is_quote:
            return None
        return next((c for c in verb.children if c.dep_ in ("dobj", "attr", "nsubj", "advmod", "npadvmod")
                     and c.i > verb.i and (c.pos_ == "PROPN" or (c.is_title and not c.is_sent_start)
                                           or c.lemma_.lower() in self.lexicons.titles
                                           or self._np_kind(c) == "person")), None)

    def _rescue(self, source: Token, cue: int | None) -> Token | None:
        """Another source when the parser's is not one: the name in apposition to it ("With a week
        to go, Ana Ruiz, a senior adviser, called ..."), another subject of the cue,
        the name before a verb taken for a noun ("Reyes demands honesty ... yet refuses"), or
        the name a relative clause just before the cue describes ("Of Bello, Okafor, who has given
        money to the party, said", where the parser made "Of" the subject)."""
        named = next((c for c in source.children if c.dep_ == "appos" and _named_token(c)
                      and not self.gazetteer.is_media(c.text)), None)  # not "BRUSSELS, March 12 (Reuters)"
        if named is not None:
            return named
        taken = _name_before_verb_taken_for_noun(source)
        if taken is not None and self.is_agent(taken):
            return taken
        if cue is None:
            return None
        verb = self.doc[cue]
        verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "X accused ... and warned ..."
        for child in (c for v in verbs for c in v.children):
            if child.dep_ in NOMINAL_SUBJECTS and child.i != source.i and child.pos_ in ("PROPN", "NOUN") \
                    and self.is_agent(child) and not (child.dep_ == "nsubjpass" and source.head.dep_ == "agent"):
                return child  # not the passive's subject when its agent was refused: "X is backed by few papers"
        comma = verb.i - 1
        described = self._relative_before(comma) if comma > 0 and self.doc[comma].text == "," else None
        return self.doc[described] if described is not None and described != source.i else None

    def _label(self, statement: Statement) -> SpeakerInfo | None:
        """The speaker of a transcript line: "WALLACE: Let's start ..." names who says it.

        The label stands at the start of the paragraph, before or at the start
        of the content; it is taken out of the content.
        """
        para = self._para_of(statement.start)
        p_start = self._para_starts[para]
        if statement.start - p_start > 3:
            return None
        match = self._label_match(p_start)
        if match is None or match.start(1) > statement.start + 1 or match.end() >= statement.end:
            return None
        if statement.cue_start is not None and statement.cue_start < match.end():
            return None  # "Iran: talks will be derailed": a headline colon, resolved as a source
        statement.start = max(statement.start, match.end())
        return self._labelled(match)

    def _signature(self, statement: Statement) -> SpeakerInfo | None:
        """The speaker a quotation is signed with: a dash and a name after its closing mark, ending
        the line ("... for all of us." ― Ana Ruiz), as under reader comments, epigraphs and the
        quotations a fact check weighs. The signature outranks the speaker of the paragraph before."""
        if statement.kind != "direct" or statement.cue_token is not None:
            return None
        match = _SIGNATURE.match(self.text, statement.end)
        if match is None or self._capitalised_common_word(match.group(1)):
            return None
        return self._labelled(match)

    def _capitalised_common_word(self, name: str) -> bool:
        """Whether a signature's first word is a common word capitalised, not a name ("- The end")."""
        first = name.split()[0].lower()
        return first in DETERMINERS or first in _FIRST_PERSON or first in ("and", "but", "or", "so", "then")

    def _label_match(self, p_start: int) -> re.Match | None:
        """The transcript label opening the paragraph at ``p_start``: a name in capitals or a known surname."""
        match = _LABEL.match(self.text, p_start)
        if match is None:
            return None
        label = match.group(1)
        surname = label.split()[-1].lower().rstrip(".")
        if not (label.replace(" ", "").replace(".", "").isupper() or surname in self.surnames):
            return None
        return match

    def _labelled(self, match: re.Match) -> SpeakerInfo:
        label = match.group(1)
        surname = label.split()[-1].lower().rstrip(".")
        if surname in self.surnames:
            index = self._salient(self.surnames[surname], match.start(1))
        else:
            text = label.title() if label.isupper() else label
            key = f"person:{slug(text)}"
            index = self.entity_for(key, Entity(name=text, type="person", key=key))
            self.surnames.setdefault(surname, []).append(index)
        return self._info(index, label, match.start(1), match.end(1), "label")

    def _first_person_label(self, pronoun: Token) -> SpeakerInfo | None:
        """The speaker of "I" or "we" in a transcript line, outside quotation marks: in "FALLIN: I
        think he is trying ..." the labelled speaker thinks."""
        if pronoun.pos_ != "PRON" or pronoun.lower_ not in ("i", "we") or self._quotation_of(pronoun.idx) >= 0:
            return None
        match = self._label_match(self._para_starts[self._para_of(pronoun.idx)])
        return self._labelled(match) if match is not None and match.end() <= pronoun.idx else None

    def resolve_mention(self, head: Token) -> SpeakerInfo | None:
        """Who the noun phrase headed by ``head`` names."""
        head = name_after_title(head)
        if head.pos_ in ("NOUN", "PROPN"):
            head = portfolio_holder(head, self.lexicons) or head
        head = self._apposed_name(head) or head
        head = _titled_after_initials(head, self.lexicons) or head
        head = _members_of_collective(head, self._np_kind, self.lexicons.titles) or head
        lower = head.lower_
        if lower in _RESOLVABLE_PRONOUNS and head.pos_ == "PRON":
            if head.i in self.links:
                info = self._info(self.links[head.i], head.text, head.idx, head.idx + len(head.text), "pronoun")
            else:
                info = self._pronoun(head)
            return self._with_others(head, info)
        if head.pos_ == "PRON" and (lower in _FIRST_PERSON or head.tag_ in ("PRP", "PRP$", "WP")):
            return None
        if lower in ("which", "who", "that") and head.head.dep_ == "relcl" and head.head.head != head.head:
            head = head.head.head  # "PolitiFact, which reported ...": the noun the clause is about
            if lower == "who":
                head = self._person_behind_place(head) or head
        if not self.is_agent(head):
            return None
        start, end = mention_range(head)
        mention = self.doc[start:end]
        conj = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                and (c.ent_type_ == "PERSON" or c.lower_ in self.surnames)]
        if conj and (head.ent_type_ == "PERSON" or head.lower_ in self.surnames):
            return self._coordinated(head, conj, mention.start_char, mention.end_char)
        if (head.lower_ in self.lexicons.abbreviations or (head.is_lower and head.pos_ == "PROPN")
                or self._capitalised_role(head)) and (any(c.lower_ in _DEFINITE for c in head.children)
                                                      or self._place_owner(head) is not None):
            # "the CS", "the PM", "The Housing Minister": a role holder; "the senator" the tagger took for
            # a name after a quotation
            return self._nominal(head, mention.start_char, mention.end_char)
        info = self._named(head, mention.start_char, mention.end_char)
        if info is not None and info.entity is not None and self.entities[info.entity].type == "person" \
                and mention.end_char - head.idx < 60:  # "Trump and his attorneys"; a longer run is a parse astray
            return self._with_others(head, info)
        if info is not None:
            return info
        return self._nominal(head, mention.start_char, mention.end_char)

    def _name_hung_on_place(self, noun: Token) -> Token | None:
        """The name set off after a person noun's place, which the parser made the place's apposition:
        "A retired nurse from Ha Lejone, Ms 'Palesa Ntho, said" (the same slip as a "who" clause hung
        on the place, see :meth:`_person_behind_place`); a person's name only (an honorific or the
        recognizer's label), not a second name for the place."""
        if noun.pos_ != "NOUN" or self._np_kind(noun) not in ("person", None):
            return None  # a person noun, or one no lexicon lists ("a diabetic patient")
        for prep in (c for c in noun.children if c.dep_ == "prep"):
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                name = next((c for c in place.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                             and self.doc[c.left_edge.i - 1].text == ","), None)
                if name is not None and (name.ent_type_ == "PERSON" or any(
                        c.lower_ in self.lexicons.honorific_gender for c in name.children)):
                    return name
        return None

    def _person_behind_place(self, noun: Token) -> Token | None:
        """The person a "who" clause is about when the parser hung it on the last noun of a phrase that
        describes the person, which is no person: "Ana Ruiz, a mother of two from the Mill area, who
        said" (the area), "a farmer from Norland, who told": up the prepositions to the person noun,
        and from a noun set off after a name to the name."""
        if noun.ent_type_ in ("PERSON", "NORP") or self._np_kind(noun) in ("person", "group") or noun.pos_ == "PRON":
            return None
        step = noun
        while step.dep_ == "pobj" and step.head.dep_ == "prep":
            step = step.head.head
            if step.pos_ == "NOUN" and self._np_kind(step) == "person":
                if step.dep_ == "appos" and (step.head.ent_type_ == "PERSON" or step.head.lower_ in self.surnames):
                    return step.head
                return step
            if step.ent_type_ == "PERSON":
                return step
        return None

    def _remit_of_nominal(self, head: Token, role: str | None) -> str | None:
        """The role a nominal gives its holder for this mention when it is the holder's role with a remit
        ("The party's spokesperson on housing told" for a person the article calls "the spokesperson"):
        the quote keeps the remit its own words give, the person the shorter role.

        Notes:
            Counted: 3 outlets (heldout38 Antigua Observer, heldout40 St Lucia Times: "The party's
            spokesperson on <portfolio>" before the named spokesperson; heldout40 Libya Herald "The
            Ministry's undersecretary for <affairs>" before "The undersecretary, <name>,"), the gold role
            of that quote keeping the remit. Antigua's later quotes keep the bare "spokesperson", so the
            entity's role stays (St Lucia's gold keeps the remit throughout: 2 quotes left).
        """
        if not role:
            return None
        described = described_title(head, self.lexicons, self.gazetteer)
        fuller = described.role if described is not None else None
        if not fuller or not fuller.lower().startswith(role.lower() + " ") \
                or fuller.split()[len(role.split())].lower() not in ("on", "for"):
            return None
        return fuller

    def _capitalised_role(self, head: Token) -> bool:
        """A role written with capitals, not a name: "The Housing Minister", "the Prime Minister" (a
        title head, and no word of a person's name before it)."""
        if head.pos_ != "PROPN" or head.ent_type_ == "PERSON" or head.lemma_.lower() not in self.lexicons.titles:
            return False
        lo, _ = mention_range(head)
        return not any(t.ent_type_ == "PERSON" or t.lower_ in self.surnames for t in self.doc[lo:head.i])

    def _with_others(self, head: Token, info: SpeakerInfo | None) -> SpeakerInfo | None:
        """ "She and her aides", "Trump and his attorneys": the referent of a pronoun or a name with the
        people coordinated with it."""
        conj = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        if info is None or info.entity is None or not conj:
            return info
        lo, hi = mention_range(head)
        rest = self.text[self.doc[head.i + 1].idx:self.doc[hi - 1].idx + len(self.doc[hi - 1].text)]
        rest = rest.strip()
        text = f"{self.entities[info.entity].name}{'' if rest[:1] in ',;' else ' '}{rest}"
        key = f"group:{slug(text)}"
        index = self.entity_for(key, Entity(name=text, type="group", key=key))
        start = self.doc[lo].idx
        return self._info(index, self.text[start:self.doc[hi - 1].idx + len(self.doc[hi - 1].text)], start,
                          self.doc[hi - 1].idx + len(self.doc[hi - 1].text), info.resolution)

    def _coordinated(self, head: Token, others: list[Token], start: int, end: int) -> SpeakerInfo | None:
        """ "Mr. Grassley and Mr. Leahy": a group of the people named."""
        members = []
        for token in [head, *others]:
            lo, hi = own_range(token)
            info = self._named(token, self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1].text))
            if info is None or info.entity is None or self.entities[info.entity].type != "person":
                return self._named(head, start, end)
            if info.entity not in members:
                members.append(info.entity)
        if len(members) == 1:
            return self._info(members[0], self.text[start:end], start, end, "name")
        names = [self.entities[i].name for i in members]
        text = " and ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + " and " + names[-1]
        key = f"group:{slug(text)}"
        index = self.entity_for(key, Entity(name=text, type="group", key=key))
        return self._info(index, self.text[start:end], start, end, "name")

    def _named(self, head: Token, start: int, end: int) -> SpeakerInfo | None:
        mention_text = self.text[start:end]
        full = name_tokens(head, self.lexicons) if head.pos_ == "PROPN" or head.ent_type_ == "PERSON" else []
        if not full and head.is_title and head.lower_ in self._capitalised:
            full = self._name_ending_at(head)  # "Brennan asked", "Okafor, who ..., said": taken for a noun
        name = full
        if name and head.ent_type_ != "PERSON":
            tagged = [t for t in name if t.ent_type_ == "PERSON"]  # "the Washington Post Trump"
            if tagged and tagged[-1].i - tagged[0].i == len(tagged) - 1:  # "Lourdes San" of "Lourdes San Pedro Aquino"
                tagged = list(self.doc[tagged[0].i:min(self._name_end(tagged[0].i, tagged[-1].i + 1), head.i + 1)])
            name = tagged or _last_word(name)
        name = repair_name(name, self.lexicons, known=self._known_names)
        closing = head.i in self._closing_titles  # "The chair of the co-operative, Ana Ruiz, told"
        if closing:
            name = full = list(self.doc[self._closing_titles[head.i][0]:head.i + 1])
        if name and not self._organisation_name(name):
            surname = _surname(_words(name))
            place = head.ent_type_ in ("GPE", "LOC") and (
                self.gazetteer.lookup(_strip_det(self.doc[slice(*mention_range(head))])) is not None)
            title = self._title_before(name)
            apposition = appositive_title(head, self.lexicons, self.gazetteer)
            title = self._set_off_before_title(name, _address_before_description(title, apposition, head),
                                               apposition, head)
            titled = False
            if head.ent_type_ != "PERSON" and full != name:
                full_title = self._parse_title(title_tokens(full[0], full, self.lexicons))
                # a known surname is the person's unless a title heads the whole name ("spokesperson for
                # planning Ana Vella Roe", the recognizer's work of art, then "Vella Roe said"), which does
                # not start inside a place's name ("MP for Chiang [Mai Ana Roe]")
                if (not (surname in self.surnames and not place) or full_title is not None and full_title.role
                        and full[0].ent_iob_ != "I") \
                        and self._titled_person(head, full, full_title, apposition):  # "spokesperson Mandla Nkosi"
                    title = _address_before_description(full_title, apposition, head)
                    name, surname, titled = full, _surname(_words(full)), True
            given = len(name) == 1 and name[0].lower_ in self.first_names and not place  # "Norazlan said"
            shortened = full != name and len(full) > 1 and not place \
                and self._named_in_full([w.lower() for w in _words(full)], None) is not None
            if shortened:  # "Nasir Uddin said", the first words of a titled name, whatever their label
                name, title = full, self._title_before(full)
            if head.ent_type_ == "PERSON" or (surname in self.surnames and not place) or titled or given \
                    or shortened or closing or self._titled_person(head, name, title, apposition):
                gender = _name_gender(name, title, apposition, self.lexicons)
                index = self._person(name, gender, name[0].idx)
                self._learn(index, title)
                self._learn(index, apposition)
                self._learn(index, self._closing_titles.get(name[-1].i, (0, None))[1])
                if not (title and title.role) and not (apposition and apposition.role):
                    self._learn(index, self._title_before_comma(name))
                after = name[-1].i + 1
                if after < len(self.doc) and _postnominal(self.doc[after], self.lexicons):
                    self._learn(index, TitleParse(role=self.doc[after].text))
                return self._info(index, mention_text, start, end, "name")
        lo, hi = mention_range(head)
        if head.ent_iob_ in ("B", "I") and head.ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
            lo, hi = min(lo, entity_start(head)), max(hi, entity_end(head))  # "Department of Veterans Affairs"
        hi = _name_for_end(head, hi)
        lo = self._after_description(head, lo)
        text = _strip_det(self.doc[lo:hi]).split(" (")[0]  # "the Kenya Bureau of Standards (Kebs)"
        if text in self._acronyms:
            text = self._acronyms[text]  # "the RJD": the party its first mention names in full
        defined = next((full for full in self._acronyms.values()
                        if text == full or text.endswith(f" {full}")), None)
        text = defined or text  # "rights body Ain o Salish Kendra (ASK)": the name the short one stands for
        entry = self.gazetteer.lookup(text) or (self.gazetteer.lookup(head.text) if head.pos_ == "PROPN" else None)
        if entry is not None and entry.type == "country" and head.tag_ in ("NNPS", "NNS") \
                and (normalize(text) != normalize(head.text) or not any(c.dep_ == "det" for c in head.children)):
            # "some exiled Iranians", "middle-income Americans", "Mexicans often say": people of the country,
            # not the country ("the Russians" may be its government)
            key = f"group:{slug(text)}"
            index = self.entity_for(key, Entity(name=text, type="group", key=key, affiliation=entry.name,
                                                country=entry.name))
            return self._info(index, mention_text, start, end, "name")
        if entry is not None and (entry.how != "capital" or head.ent_type_ == "GPE"):
            index = self.entity_for(entry.id, Entity(name=entry.name, type=entry.type, key=entry.id,
                                                     country=entry.country))
            if text != entry.name:
                self.entities[index].aliases.add(text)
            return self._info(index, mention_text, start, end, "gazetteer")
        if head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
            kind = {"PERSON": "person", "GPE": "country", "NORP": "group"}.get(head.ent_type_, "organisation")
            kind = "organisation" if defined is not None and kind == "person" else kind
            country = self._country_of(head)
            key = f"{_prefix(kind)}:{slug(text)}"
            index = self.entity_for(key, Entity(
                name=text, type=kind, key=key,
                affiliation=country.name if country else None, country=country.name if country else None))
            return self._info(index, mention_text, start, end, "name")
        return None

    def _name_ending_at(self, head: Token) -> list[Token]:
        """A name ending at a word the tagger took for a common noun: the proper nouns before it, up
        to a title ("Representative Peter T. [King]")."""
        start = head.i
        while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].head.i <= head.i \
                and not is_title_word(self.doc[start - 1], self.lexicons):
            start -= 1
        return list(self.doc[start:head.i + 1])

    def _set_off_before_title(self, name: list[Token], title: TitleParse | None,
                              apposition: TitleParse | None, head: Token) -> TitleParse | None:
        """The title before a name, or the office set off by a comma before that title, which the
        sentence gives the person while the words leading the name say what else she is: "Its
        spokesperson, Deputy Director General Ana Roe," is the spokesperson; "Director-General of the
        rail company, engineer Ana Roe," the director-general. The title's rank and body fill what the
        office leaves open.

        Notes:
            Counted: a title set off before the words leading the name, 3 outlets (The Himalayan Times
            "Its spokesperson, Deputy Director General X", TAP "Director-General of <company>, engineer X",
            The Local "the chair of <committee>, Moderate politician X"), the gold giving the office set
            off first each time; none against. It reaches the first (4 quotes); TAP's body is too long for
            the comma search and The Local's "politician" is no title. Words before the title that lead
            the name ("That spokesperson, <place> candidate <name>,") are skipped to the comma (heldout38
            Antigua Observer, 4 quotes); a former office after the name yields to the one set off before
            it (:meth:`_index_people`; heldout40 St Lucia Times "the spokesperson, <name>, a former
            candidate", heldout36 New Era "Its managing director, <name>, a former engineer").
        """
        if title is None or not title.role:
            return title
        lead = title_tokens(name[0], name, self.lexicons)
        first = lead[0].i if lead else 0
        if lead and head.dep_ == "appos" and head.head.i < head.left_edge.i < first:
            first = head.left_edge.i  # "That spokesperson, Bay North candidate Ana Roe,": the place leads the title
        if not lead or first < 2 or self.doc[first - 1].text != ",":
            return title
        if apposition is not None and apposition.role:  # the parser made the name the apposition of the
            before = apposition if head.dep_ == "appos" and head.head.i < first else None  # office before it
        else:
            before = self._title_before_comma(name, lead=lead[0].i)
        if before is None or not before.role:
            return title
        return TitleParse(role=before.role, rank=before.rank or title.rank,
                          affiliation=before.affiliation or title.affiliation, gender=before.gender or title.gender)

    def _office_before_description(self, name: list[Token]) -> TitleParse | None:
        """The office set off before a name that words giving no role describe: "the chair of the
        board, Green Party politician Ana Roe, said", "Director-General of the company, engineer Ana
        Roe,": the office is the person's role.

        Notes:
            Counted: 2 outlets (heldout23 The Local Sweden: "the chair of <committee>, <party> politician
            <name>", 3 quotes; heldout34 TAP: "Director-General of <company>, engineer <name>", 1 quote),
            the gold giving the office.
        """
        lead = title_tokens(name[0], name, self.lexicons)
        if not lead and name[0].i > 0 and self.doc[name[0].i - 1].lower_ in self.lexicons.titles \
                and self.doc[name[0].i - 1].is_lower:
            lead = [self.doc[name[0].i - 1]]  # "engineer" the tagger took for a verb
        if not lead or lead[0].i < 2 or self.doc[lead[0].i - 1].text != ",":
            return None
        return self._title_before_comma(name, lead=lead[0].i)

    def _title_before_comma(self, name: list[Token], *, lead: int | None = None) -> TitleParse | None:
        """A title set off before a name that the parser did not make its apposition: "“C,” the
        party's publicity secretary in Ekiti, Hon. Tunde Fasanmi, told reporters"; with ``lead``, the
        index of the first word of a title right before the name, the one set off before that title."""
        i = (name[0].i if lead is None else lead) - 1
        while i > 0 and self.doc[i].lower_ in self.lexicons.honorifics:
            i -= 1
        after = self.doc[name[-1].i + 1] if name[-1].i + 1 < len(self.doc) else None
        if i < 1 or self.doc[i].text != "," or (after is not None and after.text not in (",", ")")
                                                and not (after.text == "." and _ends_sentence(after))):
            return None  # set off on both sides, or ending the sentence ("the cousin of the area's MP, Hon. X.")
        for token in reversed(self.doc[max(0, i - 8):i]):  # the title, perhaps before "in Ekiti" or its remit
            if token.pos_ in ("NOUN", "PROPN") and is_title_head(token, self.lexicons) \
                    and (not token.ent_type_ or self._opens_entity(token)):
                first = multiword_title_start(token, self.lexicons)  # "chief of [staff]"
                if first is None:
                    return described_title(token, self.lexicons, self.gazetteer)
                return described_title(first, self.lexicons, self.gazetteer, end=token.i + 1)
            if token.is_punct or token.pos_ in ("VERB", "AUX"):
                return None
        return None

    def _opens_entity(self, token: Token) -> bool:
        """Whether a title word opens the entity the recognizer took it into, after an article at most:
        "signed by [the Commissioner for Works], Mr X" is an office, "[the Office of the President]" a body.

        Notes:
            Counted with a name set off after a title that ends its sentence: "<title>, <honorific> <name>"
            left without its title (heldout29 The Guardian Nigeria: "the Commissioner for ..., Mr X,", 2
            quotes; heldout32 Amandala: "the area representative for ..., Hon. X.", 3 quotes).
        """
        ent = next((e for e in self.ents if e.start <= token.i < e.end), None)
        if ent is None:
            return False
        start = ent.start + (ent[0].lower_ == "the")
        return start == token.i or (self.doc[start].pos_ == "ADJ" and start + 1 == token.i)

    def _titled_person(self, head: Token, name: list[Token], title: TitleParse | None,
                       apposition: TitleParse | None) -> bool:
        """A name the tagger did not take for a person's that a personal title introduces or
        describes: "Regional spokesperson Mandla Nkosi", "the group's executive director, Ifeoma
        Nwachukwu", "Mrs Pryce". Not a place nor an organisation the gazetteer knows; a surname
        the recognizer took for a place counts after a given name ("spokesman Ivo Hartvári") or after a
        form of address only a person takes ("Lord Fonua", "Mr Zondi"), unless the gazetteer knows the place."""
        if (head.ent_type_ in ("GPE", "LOC", "FAC", "NORP")
                and ((len(name) < 2 and not _after_honorific(name[0], self.lexicons))
                     or self.gazetteer.lookup(head.text) is not None)) or len(_core(name)) > 4 \
                or not all(t.is_title or _is_initial(t.text) or t.text in ("-", "\u2010")
                           or (t.lower_ in NAME_PARTICLES and name[0].i < t.i < name[-1].i) for t in name) \
                or self.gazetteer.lookup(join_tokens(name)) is not None or self._organisation_name(name):
            return False  # a particle inside a name is lower case ("Ana da Costa Roe")
        if any(t.lemma_.lower() in self.lexicons.organisation_nouns for t in name):
            return False
        after = name[-1].i + 1
        if after < len(self.doc) and _postnominal(self.doc[after], self.lexicons):
            return True  # "Carys Hughes MS"
        if len(name) >= 2 and _is_initial(name[0].text) and name[0].text.endswith(".") and name[-1].is_title:
            return True  # "H. Prakash Shetty": an initial and a name

        return any(t is not None and (t.role or t.gender or t.rank) for t in (title, apposition))

    def _after_description(self, head: Token, lo: int) -> int:
        """Where the name starts after a description: "Syrian state news agency SANA", "the militant
        group Hezbollah" name SANA and Hezbollah."""
        if head.pos_ != "PROPN":
            return lo
        start = head.i
        while start > lo and self.doc[start - 1].pos_ == "PROPN" and not self.doc[start - 1].is_lower:
            start -= 1
        before = self.doc[start - 1] if start > lo else None
        lex = self.lexicons
        if before is not None and before.is_lower and before.pos_ == "NOUN" and (
                before.lemma_.lower() in lex.name_nouns or before.lemma_.lower() in lex.channel_nouns
                or before.lemma_.lower() in lex.organisation_nouns):
            return start
        if before is not None and before.is_lower and before.pos_ in ("NOUN", "ADJ") and head.ent_type_ == "ORG" \
                and self.doc[start].ent_iob_ == "B" and self.doc[start].ent_type_ == "ORG":
            return start  # "British oil giant Shell", "Dutch brewer Heineken": the name the recognizer marks
        if before is not None and before.is_lower and before.tag_ in ("VBN", "JJ") and start >= 2 \
                and self.doc[start - 2].text in ("-", "\u2010"):
            return start  # "Dubai-based Coralbay Marine", "state-owned Kumpulan Meranti": after the description
        return lo

    def _nominal(self, head: Token, start: int, end: int) -> SpeakerInfo | None:
        """A common-noun source: a role holder, an organisation named earlier, or a group as written."""
        lemma = head.lemma_.lower()
        lo, hi = mention_range(head)
        while lo > 0 and _detached_modifier(self.doc[lo - 1]):  # "Tulsa police's claim" parsed apart
            lo -= 1
        start = min(start, self.doc[lo].idx)
        mention_text = self.text[start:end]
        body = self._possessor_body(head)
        if body is not None:  # "Security Minister Ana Ruiz ... Her ministry denied": the Security Ministry
            return self._info(body, mention_text, start, end, "nominal")
        owner = _owner_of_press_unit(head)
        info = self.resolve_mention(owner) if owner is not None else None
        if owner is None and _press_unit(head) and any(c.lower_ == "the" for c in head.children):
            # "the bank's press service said ... the press service told": the body named before
            earlier = next((m for m in self._before(start, 30) if m.entity is not None
                            and self.doc[m.token].lemma_ == head.lemma_ and _press_unit(self.doc[m.token])), None)
            info = self._info(earlier.entity, mention_text, start, end, "nominal") if earlier else None
        if info is not None and info.entity is not None and self.entities[info.entity].type == "organisation" \
                and not self.entities[info.entity].name.islower():
            # "The press service of the agency told", "the bank's press service said": the body
            # speaks through its press unit
            info.mention, info.start, info.end, info.resolution = mention_text, start, end, "nominal"
            info.role = _press_unit_words(head)
            return info
        definite = any(t.lower_ in _DEFINITE and t.dep_ == "det" for t in self.doc[lo:head.i]) \
            or (self._capitalised_role(head) and self._place_owner(head) is not None)
        plural = head.tag_ in ("NNS", "NNPS") or any(
            c.dep_ == "conj" and not _same_bearer(head, c, self.lexicons) for c in head.children)
        if lemma in self.lexicons.document_nouns or head.lower_ in self.lexicons.document_nouns:
            author = _author(head, self.lexicons)  # the lower form too: "data" has the lemma "datum"
            if author is None and definite and not plural and not any(c.dep_ == "poss" for c in head.children):
                author = self._document_before(head)  # "X, in a statement, denied ... The statement said"
            if author is not None and author.pos_ != "PRON":
                # "Its Deputy Secretary, Ana Roe, said in a statement ... The statement added": the name
                author = self._apposed_name(author, source=True) or author
            if author is not None:
                known = self._entity_at(author.i) if author.pos_ == "PRON" else None  # "in a release, it said"
                info = self._info(known, mention_text, start, end, "author") if known is not None \
                    else self.resolve_mention(author)
                if info is not None:
                    info.mention, info.start, info.end = mention_text, start, end
                    info.resolution = "author"
                    return info
        named = next((c for c in head.children if c.dep_ == "appos" and _named_token(c)
                      and (c.left_edge.i == head.i + 1
                           or self.doc[c.left_edge.i - 1].text in (",", "(", "\u2014", "--"))), None)
        if named is not None:  # "the minister of finance, Mr. Ruiz Ortega,"
            info = self.resolve_mention(named)
            if info is not None and info.entity is not None and is_title_head(head, self.lexicons) \
                    and self.entities[info.entity].type == "person":
                self._learn(info.entity, described_title(head, self.lexicons, self.gazetteer))
                entity = self.entities[info.entity]
                info.role, info.affiliation = entity.role, entity.affiliation
            if info is not None:
                info.mention, info.start, info.end, info.resolution = mention_text, start, end, "apposition"
                return info
        if (lemma in self.lexicons.titles or head.lower_ in self.lexicons.abbreviations) and definite and not plural:
            # an unnamed nominal just before that this one repeats comes first ("A spokesperson for the
            # board said ... the spokesperson told": the board's, not a spokesperson named earlier)
            repeated = None if any(t.pos_ == "PROPN" for t in self.doc[lo:hi]) \
                else self._same_noun_before(head, start, _strip_det(self.doc[lo:hi]))
            unnamed = repeated is not None and head.lower_ in self.entities[repeated].name.lower().split()
            holder = self._role_holder(head, lo, start)
            if unnamed and (holder is None or self._last_seen(holder, start) < self._last_seen(repeated, start)):
                # the unnamed one, unless the text named a holder since ("Minister says work on schedule
                # [headline] ... Minister Ana Ruiz said ... the minister said": Ruiz)
                holder = repeated
            if holder is None:
                holder = repeated  # no named holder: the unnamed one it repeats, if any
            if holder is None:
                holder = self._seat_holder_before(head, lo, start)
            if holder is not None:
                info = self._info(holder, mention_text, start, end, "nominal")
                info.role = self._remit_of_nominal(head, info.role) or info.role
                return info
        text = _strip_det(self.doc[lo:hi]) if head.lower_ not in DETERMINERS else self.text[start:end]
        if not text.strip():
            return None
        resolution = "as-written"
        place = _place_of_named(head, hi, self.lexicons)
        if place is not None:  # "The municipality of Eastvale denied": named by its "of" phrase, no other one
            text = f"{text} {self.text[self.doc[hi].idx:place]}"
        elif definite and not plural and lemma not in _QUANTITIES and not any(
                t.pos_ == "PROPN" for t in self.doc[lo:hi]):
            fuller = self._organisation(lemma, start, text, head)
            if fuller is not None:
                if isinstance(fuller, int):
                    return self._info(fuller, mention_text, start, end, "nominal")
                text, resolution = fuller, "nominal"
        if resolution == "as-written" and not plural and lemma in _DESCRIBED_KINDS and head.pos_ == "NOUN":
            described = self._described_body(head, lo)
            if described is not None:  # "Norland's main opposition party ... The Popular Unity Party said"
                return self._info(described, mention_text, start, end, "nominal")
        title = parse_title(list(self.doc[lo:head.i + 1]), self.lexicons, self.gazetteer)
        for_phrase = _affiliation_phrase(head, self.gazetteer)
        kind_noun = for_phrase if isinstance(for_phrase, str) \
            and for_phrase.lower() in self.lexicons.organisation_nouns else None
        if kind_noun is not None:  # "a spokesperson for the department": the only department named
            for_phrase = self._only_body(kind_noun.lower()) or kind_noun
        if lemma in self.lexicons.titles or lemma in self.lexicons.person_nouns \
                or lemma in self.lexicons.gendered_nouns or lemma in _QUANTITIES or head.like_num:
            kind = "person" if _one_person(head, self._np_kind) else \
                "group" if plural or lemma in _QUANTITIES or head.like_num else "person"
            extended = _with_complement(head, hi, self._np_kind)
            if resolution == "as-written" and extended:
                text = text + self.text[self.doc[hi - 1].idx + len(self.doc[hi - 1].text):extended]
        elif lemma in self.lexicons.generic_sources:
            kind = "group" if plural else ("person" if lemma in self.lexicons.titles else "organisation")
            extended = _with_complement(head, hi, self._np_kind)
            if resolution == "as-written" and extended and lemma not in self.lexicons.organisation_nouns:
                text = text + self.text[self.doc[hi - 1].idx + len(self.doc[hi - 1].text):extended]
        else:
            kind = "group" if plural else "organisation"
            pobj = next((c for c in self.doc[hi].children if c.dep_ == "pobj"), None) \
                if hi < len(self.doc) and self.doc[hi].lower_ == "of" and self.doc[hi].head == head else None
            extended = _with_complement(head, hi, self._np_kind) if pobj is not None and pobj.pos_ == "NOUN" \
                and self._np_kind(pobj) == "person" else None  # "the office of the UN special envoy for Yemen"
            if resolution == "as-written" and extended:
                text = text + self.text[self.doc[hi - 1].idx + len(self.doc[hi - 1].text):extended]
        if kind_noun is not None and for_phrase != kind_noun and text.endswith(" " + kind_noun):
            text = text[:-len(kind_noun)] + str(for_phrase)  # "spokesperson for the Department of Lands"
        country = self._country_of(head)
        affiliation = for_phrase or (title.affiliation if title and title.affiliation else country)
        holder = self._owning_person(head) if kind == "organisation" else None
        if holder is not None:
            affiliation = None  # "Sfeir's office": the person's body, found at the end, not the person
        key = f"{_prefix(kind)}:{slug(text)}"
        role = title.role if title and kind == "person" else None
        press = next((c for c in head.children if c.dep_ == "compound" and c.lower_ in _PRESS_WORDS), None) \
            if kind == "organisation" and head.lemma_.lower() in _PRESS_UNITS else None
        if press is not None:  # "the bank's press service said": the body speaks through its press unit
            role = f"{press.lower_} {head.lower_}"
        index = self.entity_for(key, Entity(
            name=text, type=kind, key=key, role=role,
            affiliation=_name_of(affiliation) if affiliation else None,
            country=affiliation.country if isinstance(affiliation, Entry) else None,
            gender=_noun_gender(head, self.lexicons)))
        if holder is not None:
            self.office_holders.setdefault(index, holder)
        return self._info(index, mention_text, start, end, resolution)

    def _described_body(self, head: Token, lo: int) -> int | None:
        """The named body a definite description of its kind stands for, where the text ties the two.

        The description names the body's kind by its head ("party", "union", "operator", "organisation")
        and is definite by its article or by a possessive place ("Norland's biggest union"); it names
        nothing else ("the Westport-based organisation" names only where the body is based). The tie,
        in order: the description refers back to the body that the sentence before it makes its subject,
        agent or object ("The accusation was made by the Centre for X. The Westport-based organisation also
        accused ..."); the body is the only one the article names with the kind's word ("Norland's main
        opposition party": the one "Party" named, whose country, if known, is the place; a description
        with no place, one whose name has every word of it); or the description opens the article's
        account of a body not named before it, which a subject in the next two paragraphs then names (the
        name the news style holds back: "Norland's biggest union accused ... Metallfolk said"). The body's name must fit the kind: "the organisation" is no
        ministry, "the union" no other body its name says it is, "the operator" a business.
        """
        words = list(self.doc[lo:head.i])
        place = None
        for word in words:
            if word.pos_ != "PROPN":
                continue
            if word.dep_ == "poss" and word.head == head and not place:
                place = self.gazetteer.country(word.text)
                if place is not None:
                    continue
            if word.dep_ == "npadvmod" and word.head.lower_ == "based":
                continue  # "the Westport-based organisation": where it is based, not a name of its own
            return None
        if any(t.pos_ == "PROPN" or t.is_title for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
               for t in c.subtree):
            return None  # "the parliamentary group of X": named already
        the = any(w.lower_ == "the" and w.dep_ == "det" for w in words)
        if not the and place is None or len(words) < 2 and not any(c.dep_ == "prep" for c in head.children):
            return None  # a bare "the company" is another rule's (see _named_body_before)
        lemma = head.lemma_.lower()
        business = lemma in BUSINESS_NOUNS or lemma in _BUSINESS_HEADS
        paragraph = self._para_of(head.idx)
        sent = self.doc[head.i].sent
        if the and sent.start > 0 and head.dep_ in NOMINAL_SUBJECTS:
            # back: a subject continuing the subject, agent or object of the sentence before in its paragraph
            before = self.doc[sent.start - 1].sent
            if self._para_of(before.start_char) == paragraph:
                for token in reversed(before):
                    if token.pos_ != "PROPN" or not (token.dep_ in ("nsubj", "nsubjpass", "dobj") or (
                            token.dep_ == "pobj" and token.head.dep_ == "agent")):
                        continue
                    index = self._body_of(token, business)
                    if index is not None and self._fits_kind(self.entities[index].name, lemma):
                        return index
        only = self._only_body(lemma)
        if only is not None and place is None and not {c.lower_ for c in head.children if c.dep_ in (
                "amod", "compound")} <= set(only.lower().split()):
            only = None  # "the beverage company" is not the one company named, a carmaker
        if only is not None:
            entry = self.gazetteer.lookup(only)
            if place is None or entry is None or not entry.country or entry.country == place.id:
                for ent in self.ents:
                    if ent.label_ == "ORG" and _strip_det(ent) == only:
                        index = self._body_of(ent.root, business)
                        if index is not None:
                            return index
                        break
        # forward: the first named subject in the next two paragraphs, none of that kind named before
        for ent in self.ents:
            if ent.start_char >= head.idx:
                break
            if ent.label_ == "ORG" and self._fits_kind(_strip_det(ent), lemma) and lemma in _body_heads(
                    _strip_det(ent)):
                return None
        last = paragraph + 2 + sum(  # the article's paragraphs: a dateline or byline between is no text
            self.layout.is_skipped(*self.layout.paragraphs[p]) for p in range(
                paragraph + 1, min(paragraph + 5, len(self.layout.paragraphs))))
        for token in self.doc[sent.end:]:
            if self._para_of(token.idx) > last:
                break
            if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "PROPN" or token.ent_type_ != "ORG" \
                    or _in_headline(token.idx, self.layout, self.text):
                continue  # a headline, a teaser's, is none of the article's text
            index = self._body_of(token, business)
            if index is None:
                continue
            return index if self._fits_kind(self.entities[index].name, lemma) else None
        return None

    def _fits_kind(self, name: str, kind: str) -> bool:
        """Whether a body's name can be of the kind a description's head noun says: it says that kind,
        or no other ("Metallfolk" can be a union, the "Ministry of Defence" cannot); an organisation or a
        group is no state body, an operator or a company a business (see :meth:`_business_name`)."""
        heads = _body_heads(name)
        if kind in heads or kind + "s" in heads:
            return True
        if kind in BUSINESS_NOUNS or kind in _BUSINESS_HEADS:
            return self._business_name(name)
        if kind in _GENERIC_BODIES:
            return not heads & (_PUBLIC_BODY_KINDS | _ARMED_HEADS | self.lexicons.government_nouns)
        return not heads & (self.lexicons.organisation_nouns | self.lexicons.government_nouns)

    def _owning_person(self, head: Token) -> int | None:
        """The person a name in the possessive before a body noun stands for: "Sfeir's office", "Communications
        Minister Eitan Barzilai's office", "Cárdenas' office" (the office is the person's staff, whose
        affiliation is the person's: their ministry, party or chamber, not the person)."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.text == "minister" and any(c.lower_ == "the" for c in owner.children):
            return self._only_holder(owner.lower_)  # "the minister's office": the one minister's staff
        if owner is None or owner.pos_ != "PROPN" or not _named_token(owner):
            return None
        people = self.surnames.get(_hyphenated_word(owner))  # a person already known: nothing resolved anew
        if not people:
            return None
        person = self._salient(people, owner.idx)
        name = self.entities[person].name
        # a person the text names in full, not a word taken for one ("Walhi", "Burkina Faso")
        return person if len(name.split()) > 1 and self.gazetteer.lookup(name) is None else None

    def _only_holder(self, title: str) -> int | None:
        """The one person of the article known so far whose role's last word is ``title`` ("Welfare Minister",
        "Minister" for "minister"), not a former nor a shadow one; None when there is none or two."""
        found = [index for index, entity in enumerate(self.entities) if entity.type == "person" and entity.role
                 and entity.role.lower().split()[-1] == title
                 and not {"former", "shadow", "ex"} & set(entity.role.lower().split())]
        return found[0] if len(found) == 1 else None

    def _owner_of_words(self, head: Token, cue: Token) -> Token | None:
        """Whose words a source names by its owner and a noun of saying that only frames them ("is",
        "reads"): "His message to the council was simple: “C”", "the ministry's reply reads" are the
        owner's (a person, or a body named or known by its kind), as "In a reply, the ministry said" is.
        A document that speaks with a verb of its own stays the source ("the GOP's complaint alleges",
        PolNeAR's convention); so does a document of findings ("the bureau's figures are"), whose maker
        is no speaker of it. A possessor that is no actor gives None."""
        lemma = head.lemma_.lower()
        if cue.lemma_ not in ("be", "read") or head.dep_ not in NOMINAL_SUBJECTS or head.head != cue \
                or head.pos_ != "NOUN" or head.tag_ != "NN" or lemma in self.lexicons.evidence_nouns \
                or not (lemma in self.lexicons.document_nouns or lemma in self.lexicons.nouns
                        or lemma in self.lexicons.verbs):
            return None
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        if owner.pos_ == "PRON":
            return owner if owner.lower_ in ("his", "her", "their", "its") else None
        return owner if self.is_agent(owner) and (_named_token(owner) or self._np_kind(owner) is not None) else None

    def _document_before(self, document: Token) -> Token | None:
        """Who issued the document a definite "the statement" refers back to: the one speaking in the
        last document of that kind in the paragraphs just before ("The Speaker, in a statement signed by
        his press secretary, described ... The statement said": the Speaker, not the signatory), or its
        author where no one speaks in it ("a letter signed by the mayor"). A word any issued statement
        goes by ("the statement", "the text", "the release") refers back to the last such word when none
        of its own is before it: "In a press release, the ministry said ... The statement added"."""
        lemma = document.lemma_.lower()
        first = self._para_starts[max(0, self._para_of(document.idx) - 2)]
        referred = None  # the latest of the same word; else the latest other word for a statement
        for token in reversed(self.doc[:document.i]):
            if token.idx < first:
                break
            if token.pos_ != "NOUN" or any(c.lower_ in _DEFINITE for c in token.children if c.dep_ == "det"):
                continue
            word = token.lemma_.lower()
            if word == lemma:
                referred = token
                break
            if referred is None and lemma in _STATEMENT_NOUNS and word in _STATEMENT_NOUNS:
                referred = token
        if referred is None:
            return None
        return _issuer(referred, self.lexicons) or _author(referred, self.lexicons) or self._speaking_in(referred)

    def _speaking_in(self, document: Token) -> Token | None:
        """Who speaks in a document when the parse gave the verb no subject: the source already resolved
        for the cue that "in a letter" or "with a statement" belongs to ("In a letter sent to Rome and
        seen by reporters, the Commission says C", its subject parsed into the participle's phrase). A
        document of findings speaks for itself (see :func:`_issuer`)."""
        prep = document.head
        if document.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "with") \
                or document.lemma_.lower() in self.lexicons.evidence_nouns \
                or document.lower_ in self.lexicons.evidence_nouns \
                or any(c.dep_ in ("poss", "compound") and _named_token(c) for c in document.children) \
                or any(c.dep_ in NOMINAL_SUBJECTS for c in prep.head.children):
            return None
        source = self._source_of_cue.get(prep.head.i)
        return self.doc[source] if source is not None else None

    def _possessor_body(self, head: Token) -> int | None:
        """The body that "his"/"her" + a body noun names when the text tells which body its person
        holds office in or belongs to.

        "Security Minister Ana Ruiz ... Her ministry denied it": the minister
        heads the Security Ministry (the title names the body's portfolio and
        shares the noun's stem); "Councillor Tom Hale of Leeds Council ... His
        council said": the affiliation that the noun names. A body the text
        does not name ("his campaign", "her office") stays as written.
        """
        noun = head.lemma_.lower()
        if head.pos_ != "NOUN" or noun not in self.lexicons.organisation_nouns \
                or any(c.dep_ in ("amod", "compound") for c in head.children):
            return None  # "his former party": not necessarily the one he belongs to now
        possessor = next((c for c in head.children if c.dep_ == "poss"), None)
        if possessor is None or possessor.lower_ not in ("his", "her"):
            return None
        info = self.resolve_mention(possessor)
        if info is None or info.entity is None or self.entities[info.entity].type != "person":
            return None
        person = self.entities[info.entity]
        if person.affiliation and noun in person.affiliation.lower().split():
            return self._body_named(person.affiliation, person.country)
        name = _portfolio_body(person.role or "", noun, self.lexicons)
        return self._body_named(name, person.country) if name else None

    def _body_named(self, name: str, country: str | None) -> int:
        """The organisation entity of a name: the gazetteer's when it knows it."""
        entry = self.gazetteer.lookup(name)
        if entry is not None:
            return self.entity_for(entry.id, Entity(name=entry.name, type=entry.type, key=entry.id,
                                                    country=entry.country))
        key = f"org:{slug(name)}"
        return self.entity_for(key, Entity(name=name, type="organisation", key=key, affiliation=country,
                                           country=country))

    def is_agent(self, head: Token) -> bool:
        """Whether a common noun can be a source: people, organisations, documents, quantities of people.

        "Video shows", "the election", "her plan would require" are not
        sources. Nouns are open-class, so only what a lexicon or an abstract
        suffix marks as a thing is refused ("an architect said" stays).
        """
        lemma, lower = head.lemma_.lower(), head.lower_
        lex = self.lexicons
        if (lower in self.surnames and head.pos_ == "PROPN") or (
                head.is_title and lower in self._capitalised and head.ent_type_ not in TIME_LABELS
                and not _is_dateline(head)):
            return True  # a known name, whatever the tagger made of it ("Last week Stumpf" as a date, "Hannity")
        if lower in ("the", "a", "an", "this", "that", "which", "what") and not list(head.children):
            return False  # "That is a trick, insisting ...": a thing; "The: ..." a broken headline
        if head.pos_ == "ADJ" and head.dep_ == "pobj" and lower in lex.organisation_nouns \
                and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children) \
                and not any(c.dep_ == "conj" for c in head.children):
            return True  # "according to the inspectorate, ...": a body's noun the tagger took for an adjective
            # heads the object of the preposition with its own determiner: a noun phrase
        if head.pos_ == "NOUN" and lemma in lex.place_nouns and head.dep_ in NOMINAL_SUBJECTS \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                and head.head.pos_ == "VERB" and head.head.lemma_.lower() in lex.verbs:
            return True  # "The municipality said", "the governorate denied": a place's own government
            # speaks as the subject of a speech cue; a place elsewhere is no source ("residents of the district")
        if head.pos_ in _NOT_NOMINAL and lower not in _INDEFINITES and lower not in _QUANTITIES \
                and head.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and lower not in self.surnames \
                and not (head.is_title and not head.is_sent_start):
            return False  # "Of", "Making": a parse gone wrong
        if head.ent_type_ in TIME_LABELS and lemma not in _QUANTITIES and not _count_of_people(head):
            return False  # "Saturday said"; but "a third of voters say", a share the recognizer took for an ordinal
        if 0 < head.i < len(head.doc) - 1 and head.doc[head.i - 1].text == "(" and head.doc[head.i + 1].text == ")" \
                and self.gazetteer.is_media(head.text):
            return False  # "BOGOTA, Oct 2 (Reuters) - Colombia's government ...": the wire of a dateline
        if _is_dateline(head) and ((head.ent_type_ in ("GPE", "LOC", "FAC", "") and head.is_upper and len(head.text) > 2)
                                   or self._agency_after(head)):
            return False  # a dateline: "CLEVELAND --", "MYRTLE BEACH, S.C. --", "Philadelphia (AFP) -", whatever
            # the recognizer made of a place it does not know ("KOTA BARU, Dec 5 (Bernama) --" as a person)
        if head.pos_ == "PROPN" and head.is_sent_start and not head.ent_type_ and lower not in self.surnames \
                and (lower.endswith(_ABSTRACT_SUFFIXES) or lower in lex.non_agent_nouns):
            return False  # "Boasting, ...", "Bankruptcy ..." capitalised at the start of a sentence
        if head.pos_ != "NOUN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        if head.is_title and not head.is_sent_start:
            return True  # a name the tagger took for a common noun: "Waters tweeted"
        if any(lemma in words or lower in words for words in (
                lex.titles, lex.person_nouns, lex.generic_sources, lex.gendered_nouns, lex.organisation_nouns,
                lex.document_nouns, lex.channel_nouns, lex.government_nouns, lex.name_nouns)):
            return True
        if lemma in _QUANTITIES or lemma in _INDEFINITES or head.like_num:
            return True
        if _described_as_person(head):
            return True  # "one senior figure, who asked not to be named, said": "who" tells a person
        if lemma in lex.non_agent_nouns or lower in lex.non_agent_nouns:
            return False
        return not lemma.endswith(_ABSTRACT_SUFFIXES)

    def _agency_after(self, place: Token) -> bool:
        """Whether a news agency follows a place in parentheses, as in a dateline, after the date if
        there is one: "Philadelphia (AFP)", "KUCHING, Dec 5 (Bernama)"."""
        doc = place.doc
        bracket = next((i for i in range(place.i + 1, min(place.i + 6, len(doc) - 2)) if doc[i].text == "("), None)
        return bracket is not None and doc[bracket + 2].text == ")" and self.gazetteer.is_media(doc[bracket + 1].text)

    def _place_owner(self, head: Token) -> str | None:
        """The place a role belongs to by a possessive, which makes the role definite: "Ontario's
        Housing Minister" is the Housing Minister of Ontario, one person."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is None or owner.ent_type_ not in ("GPE", "LOC"):
            return None
        entry = self.gazetteer.lookup(owner.text)
        return entry.name if entry is not None else owner.text

    def _role_holder(self, head: Token, lo: int, start: int) -> int | None:
        """The person the text names with the role a nominal names: "the spokesman", "the Democratic senator".

        The last one mentioned before it whose known titles and affiliation
        hold the nominal's capitalised modifiers is taken first ("the
        Democratic nominee" is not the Republican one); one the text says
        nothing more about is taken only if no such holder is found; one
        described otherwise ("Vermont senator" for "the Florida senator")
        never. Failing both, the first one named so after it in the next
        paragraphs: news may give the role before the name ("The Housing
        Minister has denied ... Housing Minister Jane Doe later said").
        """
        titles = {t.lemma_.lower() for t in self.doc[lo:head.i + 1]
                  if t.lemma_.lower() in self.lexicons.titles and t.pos_ in ("NOUN", "PROPN")}
        titles |= {w for t in self.doc[lo:head.i + 1] if t.lower_ in self.lexicons.abbreviations
                   for w in self.lexicons.abbreviations[t.lower_].lower().split() if w in self.lexicons.titles}
        modifiers = {t.lower_ for t in self.doc[lo:head.i] if t.pos_ in ("PROPN", "ADJ", "NOUN")
                     and t.is_title and t.dep_ != "poss" and not t.is_sent_start
                     and t.lemma_.lower() not in self.lexicons.titles}
        place = self._place_owner(head)
        # "the minister" is not the shadow minister, the opposition's speaker on the portfolio
        shadow = any(t.lower_ == "shadow" for t in self.doc[lo:head.i])
        limit = self._para_of(start) - _NOMINAL_WINDOW
        seen: set[int] = set()
        weak = None
        for mention in self._before(start, 200):
            if mention.paragraph < limit:
                break
            index = mention.entity
            if index is None or index in seen or self.entities[index].type != "person" \
                    or not self._of_place(index, place) \
                    or ("shadow" in self.title_words.get(index, ())) != shadow:
                continue
            seen.add(index)
            fit = self._holds_role(index, titles, modifiers)
            if fit == "strict":
                return index
            if weak is None and fit == "weak":
                weak = index
        if weak is not None:
            return weak
        limit = self._para_of(start) + _CATAPHORA_WINDOW
        for mention in self._after(start, 200):
            if mention.paragraph > limit:
                break
            if mention.entity is not None and self.entities[mention.entity].type == "person" \
                    and self._of_place(mention.entity, place) \
                    and self._holds_role(mention.entity, titles, modifiers) == "strict":
                return mention.entity
        if titles == {"head"} and not modifiers:
            return self._head_named_next(head, start)
        return self._cabinet_secretary(start) if titles == {"minister"} and not modifiers else None

    def _head_named_next(self, head: Token, start: int) -> int | None:
        """The person named next, in the following two sentences, with an office that heads a body, for
        an unnamed "the head" (of a body) no one before holds: "The head of the ferry board denied it.
        Its chairman, Ana Roe, said ..." (news names the head just after). Only the first person named
        counts, and not one the text ties to another body."""
        sent = self._sent_of(head.i)
        body = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        words = {t.lower_ for t in body.subtree if t.is_alpha and not t.is_stop} if body is not None else set()
        for mention in self._after(start, 40):
            if self._sent_of(mention.token) > sent + 2:
                return None
            if mention.kind != "person" or mention.entity is None \
                    or self.entities[mention.entity].type != "person":
                continue
            entity = self.entities[mention.entity]
            role = (entity.role or "").lower()
            if not role.endswith(_HEADING_OFFICES) or role.startswith(_SECOND_IN_RANK):
                return None
            held = {w.lower() for w in re.findall(r"[\w'-]+", entity.affiliation or "")}
            if words and held and not words & held:
                return None
            return mention.entity
        return None

    def _seat_holder_before(self, head: Token, lo: int, start: int) -> int | None:
        """The person just named whom a definite seat title describes anew: "Ana Roe, the opposition's
        health spokesperson, said ... “C,” the Cork South TD said". A legislature has many members,
        so "the MP" that names no one is not a unique office holder (as "the mayor" is) but the member
        the reader knows: the nearest person before it who is a subject or a speaker, in its paragraph
        or the one before, and no one when that nearest is a person the text leaves unnamed or one in
        its own sentence."""
        words = {t.lemma_.lower() for t in self.doc[lo:head.i + 1]} | {
            w for t in self.doc[lo:head.i + 1] for w in self.lexicons.abbreviations.get(t.lower_, "").lower().split()}
        if head.lemma_.lower() not in self.lexicons.seat_titles and not (
                head.lower_ in self.lexicons.abbreviations and words & self.lexicons.seat_titles):
            return None
        limit, sent = self._para_of(start) - 1, self._sent_of(head.i)
        for mention in self._before(start, 40):
            if mention.paragraph < limit:
                return None
            if mention.plural or not mention.salient or mention.quoted != -1:
                continue
            if mention.entity is not None and self.entities[mention.entity].type == "person":
                # one named in its own sentence is another ("Ana Roe said the MP was wrong"); one left
                # unnamed ("the Senate minority leader") is a description, not someone the reader knows
                named = self.entities[mention.entity].name.split()[-1].lower() not in self.lexicons.titles
                return mention.entity if mention.sent < sent and named else None
            if mention.kind == "person":
                return None
        return None

    def _same_noun_before(self, head: Token, start: int, text: str) -> int | None:
        """The person an unnamed role nominal repeats: the nearest one before it with the same head noun,
        if its own modifiers are in that one's name ("A spokesperson for the board said ... the
        spokesperson told reporters": the board's, not a party spokesperson named earlier)."""
        own = {w.lower() for w in text.split()[:-1]} - _ANAPHORIC
        limit = self._para_of(start) - _REPEAT_WINDOW
        for mention in self._before(start, 60):
            if mention.paragraph < limit:
                return None
            if mention.kind != "person" or mention.plural or self.doc[mention.token].lemma_ != head.lemma_:
                continue
            index = mention.entity if mention.entity is not None else self._materialise(mention)
            if index is None or self.entities[index].type != "person" \
                    or not own <= set(self.entities[index].name.lower().split()):
                return None
            return index
        return None

    def _cabinet_secretary(self, start: int) -> int | None:
        """The holder of a secretary's office with a portfolio that "the minister" names where no
        minister was: in Britain, Hong Kong and elsewhere a "Secretary for Housing" or "Health
        Secretary" heads a ministry, and news calls them the minister."""
        limit = self._para_of(start) - _NOMINAL_WINDOW
        for mention in self._before(start, 200):
            if mention.paragraph < limit:
                break
            entity = self.entities[mention.entity] if mention.entity is not None else None
            words = (entity.role or "").split() if entity is not None and entity.type == "person" else []
            if "Secretary" in words and all(w[:1].isupper() or w in ("for", "of", "and") for w in words) \
                    and (len(words) == 2 or "for" in words):
                return mention.entity
        return None

    def _of_place(self, index: int, place: str | None) -> bool:
        """Whether a person may hold an office of ``place``: none of another place is known."""
        entity = self.entities[index]
        known = {v for v in (entity.country, entity.affiliation) if v}
        return place is None or not known or place in known

    def _holds_role(self, index: int, titles: set[str], modifiers: set[str]) -> str | None:
        """How well a person fits a role nominal's titles and capitalised modifiers: "strict" when
        the text gave them that title with those modifiers, "weak" when with that title and nothing
        that contradicts the modifiers, else None."""
        words = self.title_words.get(index, set())
        entity = self.entities[index]
        if entity.name.split()[-1].lower() in self.lexicons.titles:
            return None  # "the Senate minority leader" as written: a description, not a named holder
        if not titles & words and not any(_same_stem(t, w) for t in titles
                                          for w in (entity.affiliation or "").lower().split()):
            return None  # "the councillor" for a cabinet member of Cardiff Council
        known = words | {w.lower() for w in f"{entity.affiliation or ''} {entity.country or ''}".split()}
        if not modifiers or modifiers <= known:
            return "strict"
        described = {w for w in known if w[:1].isalpha() and w not in self.lexicons.titles
                     and w not in self.lexicons.abbreviations} - _ANAPHORIC \
            - {"former", "current", "senior", "top", "chief", "deputy", "acting", "presidential"}
        return None if described & _capitalised_words(entity) else "weak"

    def _organisation(self, lemma: str, start: int, text: str, head: Token | None = None) -> int | str | None:
        """The organisation a definite nominal stands for: "the agency" -> the last agency named.

        A fuller noun phrase with the same head counts when it agrees in number
        and holds the nominal's own modifiers ("the poll" -> "the CBS News poll",
        but not "the 50-state poll" -> "the new poll", nor "the official" -> "American officials").
        """
        plural = head is not None and head.tag_ in ("NNS", "NNPS")
        own = {w.lower() for w in text.split()[:-1]} - _ANAPHORIC
        fuller = [c for c in self.chunks.get(lemma, []) if c[0] < start and len(c[1]) > len(text)
                  and c[2] == plural and own <= {w.lower() for w in c[1].split()}]
        nearest = fuller[-1][0] + len(fuller[-1][1]) if fuller else -1  # past the fuller phrase's text
        for mention in self._before(start, 60):
            if mention.pos <= nearest:
                break  # the fuller phrase is nearer: the most recent antecedent that agrees wins
            index = mention.entity
            if index is None:
                continue
            entity = self.entities[index]
            words = entity.name.lower().split()
            if entity.type == "organisation" and len(words) > 1 and (lemma in words or lemma + "s" in words) \
                    and own <= set(words) and not self._named_force(lemma, entity.name):
                # "the education department" is not the Justice Department; "the Border Ministry ...
                # The Ministry of Works denied ... The ministry said": the Ministry of Works, named
                # after the fuller phrase (whose "of" complement the phrase leaves out)
                return index
        if fuller:
            return fuller[-1][1]
        if lemma in _BODY_NOUNS and not plural and text.lower() == lemma:
            return self._named_body_before(start, business=lemma in BUSINESS_NOUNS, party=lemma == "party")
        return None

    def _named_force(self, lemma: str, name: str) -> bool:
        """Whether "the army" (a head of armed bodies) meets a force with a name of its own, as rebels
        take ("the National Liberation Army"): the army is then the state's. A country's own force
        ("the Colombian Army") is the army."""
        if lemma not in _ARMED_HEADS:
            return False
        others = [w for w in name.split() if w.lower() not in (lemma, lemma + "s", "the")]
        return not all(self.gazetteer.country(w) is not None for w in others)

    def _named_body_before(self, start: int, *, business: bool = False, party: bool = False) -> int | None:
        """The organisation a bare "the group" or "the movement" stands for: the nearest one named in its
        paragraph or the one before ("The Free Valley Front rejected it. In a statement, the group said ...").
        For "the company" or "the firm" (``business``), one whose name says it is no other kind of body
        ("Harbourfront Engineering", not "the Workers General Union"). For "the party" (``party``), one
        whose name can be a party's (see :meth:`_party_name`), or the party a person who spoke just before
        speaks for ("WNP spokesperson Ana Ruiz said ... The party called for"), not a country."""
        paragraph = self._para_of(start)
        for mention in self._before(start, 30):
            if mention.paragraph < paragraph - 1:
                return None
            token = self.doc[mention.token]
            if party and mention.kind == "person" and mention.salient and mention.entity is not None:
                body = self.entities[mention.entity].affiliation
                body = self._acronyms.get(body, body) if body else body  # "WNP": the name it stands for
                entry = self.gazetteer.lookup(body) if body else None
                if body and (entry is None or entry.type != "country") and self._party_name(body) \
                        and self.gazetteer.country(body) is None:
                    return self._body_named(body, None)
                continue
            if mention.kind == "organisation" and token.pos_ == "NOUN":
                # "The contractor, Harbourfront Works Ltd, denied it ... the company said": the name set
                # off beside the noun that spoke
                token = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), token)
            if mention.kind != "organisation" or token.pos_ != "PROPN":
                continue
            index = self._body_of(token, business, mention.entity)
            if index is not None and (not party or self._party_name(self.entities[index].name)):
                return index
        return self._named_object_before(start, paragraph, business=business)

    def _party_name(self, name: str) -> bool:
        """Whether a body's name can be a party's: it says so ("Civic Party") or is a short name in
        capitals ("WNP-DU", "WNP") that names no state body, force or business; a firm's name
        ("Kestrel Media") is none."""
        heads = _body_heads(name)
        if "party" in heads:
            return True
        return name.replace("-", "").isalpha() and name.isupper() and not heads & (
            _PUBLIC_BODY_KINDS | _ARMED_HEADS | self.lexicons.government_nouns | BUSINESS_NOUNS | _BUSINESS_HEADS)

    def _named_object_before(self, start: int, paragraph: int, *, business: bool = False) -> int | None:
        """Failing a subject, the organisation named as the direct object of its sentence's verb in the
        paragraph of a "the group" or the one before: "Police blamed Hamas for the blast. The group
        denied it." A name in a prepositional phrase ("a rally at Temple University") is not one."""
        first = self._para_starts[max(paragraph - 1, 0)]
        nominal = self.doc.char_span(start, start + 1, alignment_mode="expand")
        for token in reversed(self.doc[:nominal.start if nominal is not None else 0]):
            if token.idx < first:
                return None
            if token.dep_ != "dobj" or token.pos_ != "PROPN" or self._np_kind(token) != "organisation":
                continue
            index = self._body_of(token, business)
            if index is not None:
                return index
        return None

    def _body_of(self, token: Token, business: bool, known: int | None = None) -> int | None:
        """The body a name stands for, if "the group" (or, with ``business``, "the company") can refer
        to it: an organisation or a singly named group, not a news outlet."""
        if self.gazetteer.is_media(token.text):
            return None
        index = known
        if index is None:
            info = self.resolve_mention(token)
            index = info.entity if info is not None else None
        if index is None or not _named_body(self.entities[index], token) or (
                business and not self._business_name(self.entities[index].name)):
            return None
        return index

    def _business_name(self, name: str) -> bool:
        """Whether an organisation's name can be a company's: neither its last word nor the head before
        its first "of" names another kind of body ("Workers Union", "Ministry of Mines", "Institute of
        Natural Resources"), unless a business one ("Holdings", "Bank of the West")."""
        return all(head in BUSINESS_NOUNS or head in _BUSINESS_HEADS or not (
            head in self.lexicons.organisation_nouns or head in self.lexicons.government_nouns)
            for head in _body_heads(name))

    def _pronoun(self, head: Token) -> SpeakerInfo | None:
        lower = head.lower_
        plural = lower in _PLURAL_PRONOUNS
        gender = _PRONOUN_GENDER.get(lower)
        bound = self._bound(head, gender=gender, plural=plural)
        if bound is not None:
            return self._info(bound, head.text, head.idx, head.idx + len(head.text), "pronoun")
        quoted = self._quotation_of(head.idx)
        sent = self._sent_of(head.i) if quoted >= 0 else self._utterance_start(head)
        paragraph = self._para_of(head.idx)
        limit = paragraph - _PRONOUN_WINDOW
        best, best_score = None, 0.0
        for mention in self._before(head.idx, 80):
            if mention.paragraph < limit:
                break
            if mention.quoted >= 0 and mention.quoted != quoted:
                continue  # a name in someone's quoted words
            distance = sent - mention.sent
            if distance > 6 and best is not None:
                break
            if not self._agrees(mention, lower, gender, plural):
                continue
            score = self._salience(mention, distance, gender)
            if mention.paragraph == paragraph and self._subject_like(mention):
                # the subject of the paragraph: in "X said ... “C. D,” he said." quoted sentences come between
                score += 50.0
            if plural and (mention.plural or (mention.entity is not None
                                              and self.entities[mention.entity].type == "group")):
                score += 50.0  # "they" prefers a plural noun phrase to an organisation
            if score > best_score:
                best, best_score = mention, score
        if best is None:
            return self._organisation_before(head) if lower in ("it", "its") else None
        index = best.entity if best.entity is not None else self._materialise(best)
        if index is None:
            return None
        return self._info(index, head.text, head.idx, head.idx + len(head.text), "pronoun")

    def _utterance_start(self, pronoun: Token) -> int:
        """The sentence a pronoun's recency is counted from: its own, or, in a speech tag after a
        quotation of several sentences ("“C1. C2,” he said"), the quotation's first, the quoted
        sentences being the tag's own words (one utterance), not sentences between the pronoun and
        its antecedent."""
        sent = self._sent_of(pronoun.i)
        at = bisect.bisect_right(self._quote_starts, pronoun.idx) - 1
        if at < 0 or self._quote_ends[at] > pronoun.idx:
            return sent
        sent_start = self.doc[self._sent_starts[sent]].idx
        if not self._quote_starts[at] < sent_start < self._quote_ends[at]:
            return sent  # no quotation of several sentences closing in the pronoun's
        return self._sent_of_char(self._quote_starts[at])

    def _organisation_before(self, pronoun: Token) -> SpeakerInfo | None:
        """What *it* stands for when no subject earlier agrees: the nearest organisation named before it
        in its own sentence, whatever its role there ("Protesters gathered outside the Times after it
        endorsed X"; "workers at Ford, which said it would ...")."""
        for token in reversed(self.doc[pronoun.sent.start:pronoun.i]):
            if token.pos_ != "PROPN" or token.dep_ == "compound" or not (
                    self._np_kind(token) == "organisation" or token.lower_ in self.lexicons.organisation_heads):
                continue  # a name, or one ending in an organisation's head word ("the Dallas Morning News")
            info = self.resolve_mention(token)
            if info is not None and info.entity is not None and _kind_of(self.entities[info.entity]) == "organisation":
                return self._info(info.entity, pronoun.text, pronoun.idx, pronoun.idx + len(pronoun.text), "pronoun")
            return None
        return None

    def settle_affiliations(self) -> None:
        """Affiliations the text gave as a common noun name the body it refers to, or nothing.

        "the company's chief executive", "chairman of the group": the last body
        of that kind named before the bearer's first mention ("Harbourfront
        Engineering"); a title taken for one ("senator", "same lawmakers") or a
        noun no body of the article answers to is no affiliation: a reader
        learns nothing from "company".
        """
        for entity in self.entities:
            if entity.type == "person" and not entity.affiliation:
                entity.affiliation = self._body_by_name(entity)
            noun = _common_affiliation(entity.affiliation, self.lexicons, self.gazetteer)
            if noun is not None:
                pos = min((start for start, _ in entity.mentions), default=0)
                entity.affiliation = self._body_for(noun, pos) \
                    if noun in self.lexicons.organisation_nouns and noun not in UNNAMED_KINDS else None

    def _body_by_name(self, entity: Entity) -> str | None:
        """The body a person's name is said to be of: "Ana Ruiz of the Farmers Union", "an MP from
        the Green Party", "Ana Ruiz, who chairs the Senate Finance Committee", "Its spokesperson,
        Ana Ruiz" (the organisation *its* refers to)."""
        for start, end in sorted(entity.mentions):
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span) or span[-1].pos_ != "PROPN":
                continue
            head = span[-1]
            found = _body_after_name(head, self.lexicons, self.gazetteer) or self._owner_of_description(head)
            if found and not _common_affiliation(found, self.lexicons, self.gazetteer):
                return found
        return None

    def _owner_of_description(self, name: Token) -> str | None:
        """The body a description set off beside a name gives: the organisation "its" refers to ("Its
        spokesperson, Ana Ruiz," or "Ana Ruiz, its chairperson,"), or a party before the title ("Ana
        Ruiz, a Democratic senator,")."""
        described = [c for c in name.children if c.dep_ == "appos"]
        if name.dep_ == "appos" or _comma_apposed(name):
            described.append(name.head)
        for noun in described:
            if noun.pos_ != "NOUN" or not is_title_head(noun, self.lexicons):
                continue
            owner = title_owner([noun])
            owner = owner if owner is not None and owner.lower_ in OWNER_PRONOUNS else None
            info = self.resolve_mention(owner) if owner is not None else None
            if info is not None and info.entity is not None \
                    and self.entities[info.entity].type in ("organisation", "group"):
                return self.entities[info.entity].name
            words = [t for t in self.doc[mention_range(noun)[0]:noun.i + 1] if t.pos_ != "DET"]
            if owner is None and len(words) > 1:
                return self._body_in_title(words)
        return None

    def _body_for(self, noun: str, pos: int) -> str | None:
        """The name of the body a common noun stands for at ``pos``: the nearest organisation named
        before it that "the group" (or, for "the company", a business) can refer to, or the one the
        article names with the noun for its kind ("the department": "Department of Home Affairs");
        None if none, or several of that kind."""
        if noun not in _BODY_NOUNS:
            only = self._only_body(noun)
            if len(self._bodies.get(noun, ())) > 1:
                return None
            if only is not None and only.lower() != noun and not _common_affiliation(only, self.lexicons,
                                                                                      self.gazetteer):
                return only  # not "State" of "Secretary of State" the recognizer took for a body
        for mention in self._before(pos, 200):
            token = self.doc[mention.token]
            if mention.kind != "organisation" or token.pos_ != "PROPN":
                continue
            if noun in _BODY_NOUNS:
                index = self._body_of(token, noun in BUSINESS_NOUNS, mention.entity)
            else:
                index = mention.entity if mention.entity is not None else self._materialise(mention)
                if index is not None and noun not in _body_heads(self.entities[index].name):
                    index = None
            if index is not None:
                return self.entities[index].name
        return None

    def _salience(self, mention: _Mention, distance: int, gender: str | None) -> float:
        """Salience of a candidate antecedent, after Lappin and Leass (1994): recency (halved each
        sentence back) and subjecthood, plus a bonus for a named person whose gender is known to agree."""
        salient = self._subject_like(mention)
        main = salient and _main_subject(self.doc[mention.token], self.lexicons)
        score = (100.0 + (80.0 if salient else 0.0) + (30.0 if main else 0.0)) * 0.5 ** max(distance, 0)
        if mention.entity is not None:
            entity = self.entities[mention.entity]
            if gender and entity.gender == gender:
                score += 60.0
            if entity.type == "person" and entity.key.startswith("person:") and mention.kind == "person" \
                    and entity.name[:1].isupper():
                score += 40.0
                if distance <= 4 and self._introduces(mention, entity):
                    score += 60.0
        elif mention.kind == "person" and self._definite_role(self.doc[mention.token]):
            score += 40.0  # "the agency president": one person as much as a name is
        return score

    def _subject_like(self, mention: _Mention) -> bool:
        """Whether a candidate antecedent counts as a subject: a salient mention, or a person's name
        set off at the end of a subject (:func:`_closes_subject`)."""
        return mention.salient or mention.kind == "person" and _closes_subject(self.doc[mention.token])

    def _definite_role(self, token: Token) -> bool:
        """A singular title with a definite determiner: "the agency president", "the minister"."""
        return token.tag_ == "NN" and is_title_head(token, self.lexicons) and any(
            c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)

    def _introduces(self, mention: _Mention, entity: Entity) -> bool:
        """Whether a mention introduces a source: the article's first naming of the person, in full
        and described by an apposition ("... concerns Henry Crespo, president of the caucus. “C,” he
        said."). News introduces whom it quotes next so, whatever the name's role in its clause."""
        first = min(entity.mentions, default=None)
        token = self.doc[mention.token]
        return first is not None and first[0] <= mention.pos < first[1] and len(entity.name.split()) > 1 \
            and any(c.dep_ == "appos" for c in token.children)

    def _agrees(self, mention: _Mention, lower: str, gender: str | None, plural: bool) -> bool:
        kind = mention.kind
        if mention.entity is not None:
            entity = self.entities[mention.entity]
            kind = _kind_of(entity)
            mention_gender = entity.gender
            mention_plural = entity.type == "group" or mention.plural
        else:
            mention_gender, mention_plural = mention.gender, mention.plural
        if gender:
            return kind == "person" and not mention_plural and _agrees(mention_gender, gender)
        if plural:
            return mention_plural or kind in ("organisation", "country", "group")
        if lower in ("it", "its"):
            return kind in ("organisation", "country") and not mention_plural and mention.salient
        return True

    def _bound(self, pronoun: Token, *, gender: str | None, plural: bool) -> int | None:
        """The reporter a pronoun in a reported clause stands for: "Zebari said he was pressing ..."."""
        if pronoun.dep_ not in NOMINAL_SUBJECTS:
            return None
        clause = pronoun.head
        for _ in range(4):
            if clause.dep_ not in _EMBEDDING or clause.head == clause:
                return None
            clause = clause.head
            subject = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJECTS and c.i != pronoun.i), None)
            if subject is None:
                continue
            if subject.pos_ == "PRON":
                index = self.links.get(subject.i)
                if index is None:
                    return None
            else:
                if subject.ent_type_ != "PERSON" and self._np_kind(subject) is None and subject.pos_ != "PROPN" \
                        and not _one_person(subject, self._np_kind):
                    return None
                index = self._entity_at(subject.i)
                if index is None:
                    info = self.resolve_mention(subject)
                    index = info.entity if info is not None else None
                if index is None:
                    return None
            entity = self.entities[index]
            if plural:
                ok = entity.type in ("group", "organisation", "country")
            elif gender:
                ok = entity.type == "person" and _agrees(entity.gender, gender)
            else:  # "it"
                ok = entity.type in ("organisation", "country")
            if ok and gender and entity.gender is None:
                entity.gender = gender  # "Zebari said he ...": Zebari is a man
            return index if ok else None
        return None

    def _entity_at(self, token: int) -> int | None:
        at = bisect.bisect_left(self._positions, self.doc[token].idx)
        if at < len(self.mentions) and self.mentions[at].token == token:
            return self.mentions[at].entity
        return None

    def _last_seen(self, index: int, pos: int) -> int:
        """Where the nearest mention of an entity before ``pos`` starts; -1 when none is near."""
        return next((m.pos for m in self._before(pos, 200) if m.entity == index), -1)

    def _materialise(self, mention: _Mention) -> int | None:
        info = self.resolve_mention(self.doc[mention.token])
        if info is None or info.entity is None:
            return None
        mention.entity = info.entity
        return info.entity

    def _after(self, pos: int, limit: int) -> list[_Mention]:
        """Up to ``limit`` mentions after ``pos``, nearest first."""
        at = bisect.bisect_right(self._positions, pos)
        return self.mentions[at:at + limit]

    def _before(self, pos: int, limit: int) -> list[_Mention]:
        """Up to ``limit`` mentions before ``pos``, nearest first."""
        at = bisect.bisect_left(self._positions, pos)
        return self.mentions[max(0, at - limit):at][::-1]

    def _country_of(self, head: Token) -> Entry | None:
        for token in self.doc[mention_range(head)[0]:head.i]:
            entry = self.gazetteer.country(token.text)
            if entry is not None:
                return entry
        return None

    def _info(self, index: int, mention: str, start: int, end: int, resolution: str) -> SpeakerInfo:
        entity = self.entities[index]
        if (start, end) not in entity.mentions:
            entity.mentions.append((start, end))
        if mention and mention != entity.name and resolution != "pronoun":
            entity.aliases.add(mention)
        return SpeakerInfo(name=entity.name, mention=mention, start=start, end=end, role=entity.role,
                           rank=entity.rank, affiliation=entity.affiliation, type=entity.type, entity=index,
                           resolution=resolution)


def _ends_sentence(token: Token) -> bool:
    """Whether a token ends its sentence, a paragraph break after it aside."""
    doc = token.doc
    return token.is_sent_end or (token.i + 1 < len(doc) and doc[token.i + 1].is_space
                                 and doc[token.i + 1].is_sent_end)


def _person_in_subject(head: Token, cue: int | None, lexicons: Lexicons) -> Token:
    """The person a mis-parsed subject ends with: in "Tulsa police Chief Chuck Jordan said" the
    tagger may make "Tulsa" the subject; the name just before the cue is the source."""
    if cue is None or head.ent_type_ == "PERSON" or head.pos_ == "PRON" or cue <= head.i:
        return head
    twin = _run_on_subject(head, cue, lexicons)
    if twin is not None:
        return twin
    doc = head.doc
    last = cue - 1
    while last > head.i and (doc[last].is_punct or doc[last].pos_ == "ADV"):
        last -= 1
    token = doc[last]
    initialled = _initialled_name_start(token)  # "H. Prakash Shetty", a name the recognizer missed
    remitted = _remitted_name_start(head, token, lexicons)  # "spokesperson for health Ana Roe", whatever label
    if last > head.i and (token.ent_type_ == "PERSON" or initialled is not None or remitted is not None) \
            and head.left_edge.i <= last <= head.right_edge.i:
        name_start = entity_start(token) if token.ent_type_ == "PERSON" else \
            initialled if initialled is not None else remitted
        start = name_start
        while start > head.i + 1 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
            start -= 1  # "..., Professor Bisi Olanrewaju,": a title before the name
        set_off = start > 0 and doc[start - 1].text == "," and doc[start].head.dep_ == "appos" or any(
            t.dep_ == "appos" for t in doc[start:last + 1]) and start > 0 and doc[start - 1].text == ","
        # "DA caucus leader in Ekurhuleni Jaco Botha said": the name ends a prepositional object that
        # began before it, two noun phrases run together, and is the subject's own
        before = doc[name_start - 1]
        jammed = token.dep_ == "pobj" and token.left_edge.i < name_start and (
            (before.pos_ == "PROPN" and (before.ent_type_ in ("GPE", "LOC", "ORG")
                                         or before.lower_ in lexicons.organisation_nouns))
            or _titled_in_named_body(head, token.left_edge, before, lexicons)) \
            or _remit_before_name(head, name_start, lexicons) or _seat_before_name(head, name_start, lexicons)
        # "Jammu and Kashmir Chief Minister Omar Rather said": a place named with "and", taken for a
        # coordination with the titled name after it
        place_named = head.ent_type_ in ("GPE", "LOC") and any(is_title_head(t, lexicons)
                                                              for t in doc[start:name_start]) \
            or _portfolio_list(head, name_start, lexicons)
        step = token
        # a name in apposition or compound, not "a spokeswoman for Hillary Clinton" nor "Reyes and Cho"
        while step.i != head.i:
            if (step.dep_ in ("pobj", "prep") and not (set_off or jammed)) \
                    or (step.dep_ == "conj" and not place_named) \
                    or step.dep_ in ("poss", "relcl", "acl", "ccomp", "advcl") or step.head == step:
                return head
            step = step.head
        if token.ent_type_ != "PERSON":
            return token
        start = entity_start(token)
        return max(doc[start:entity_end(token)], key=lambda t: t.i if t.pos_ == "PROPN" else -1)
    return head


def _name_ending_with(last: Token) -> Token:
    """The head of the proper name a word ends, climbing its prepositional phrases and conjuncts among
    capitalised words: "Africa" of "the Centre for Rights and Democracy in Africa" is the Centre's
    name; a common noun stops the climb ("the spokesman for the Ministry" ends at "Ministry")."""
    node = last
    for _ in range(8):
        head = node.head
        if node.dep_ == "conj" and head.i < node.i and head.pos_ == "PROPN":
            node = head
        elif node.dep_ == "pobj" and head.dep_ == "prep" and head.head.i < node.i and head.head.pos_ == "PROPN" \
                and head.head.is_title:
            node = head.head
        else:
            break
    return node


def _self_named(head: Token) -> Token | None:
    """The name a person gave for himself in a relative clause on a common noun: "a man who identified
    himself as the unit's spokesman, Ali Omar, said": Ali Omar, not "a man"; "a woman who gave her name
    as Amina". Only the tokens of the clause are read."""
    if head.pos_ != "NOUN":
        return None
    for clause in head.children:
        if clause.dep_ != "relcl" or not any(c.dep_ == "dobj" and (c.lower_ in _REFLEXIVES or c.lemma_ == "name")
                                             for c in clause.children):
            continue
        for prep in clause.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj":
                    continue
                if noun.ent_type_ == "PERSON" and noun.pos_ == "PROPN":
                    return noun
                name = next((c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                             and c.pos_ == "PROPN"), None)
                if name is not None:
                    return name
    return None


_REFLEXIVES = frozenset({"himself", "herself", "themselves"})


def _portfolio_list(head: Token, name_start: int, lexicons: Lexicons) -> bool:
    """ "Local Government and Community Development Minister Ana Roe said", "Water, Sanitation and Rural
    Works Committee chairman Ana Roe said": the parser coordinated the first of a title's capitalised
    portfolios with the titled name; the subject is no person, is written in capitals with no title,
    determiner or possessive, and a title stands between it and the name."""
    doc = head.doc
    first = doc[head.left_edge.i:head.i + 1]
    return head.ent_type_ != "PERSON" \
        and all(t.pos_ == "PROPN" and t.is_title and not is_title_word(t, lexicons) for t in first) \
        and any(t.dep_ == "cc" for t in doc[head.i + 1:name_start]) \
        and any(is_title_head(t, lexicons) for t in doc[head.i + 1:name_start])


def _titled_after_initials(head: Token, lexicons: Lexicons) -> Token | None:
    """ "Rashtriya Janata Sangh (RJS) former MLA K. Suresh Menon alleged": the parser made the party
    the subject and hung the titled name after its initials in brackets on it as an apposition; the
    person so titled is the source. None unless the apposition is a person's name right after the
    closing bracket with a title before it."""
    if head.pos_ != "PROPN" or is_title_head(head, lexicons):
        return None
    for child in head.rights:
        if child.dep_ != "appos" or child.ent_type_ != "PERSON" or child.left_edge.i < 1:
            continue
        before = head.doc[child.left_edge.i - 1]
        if before.text == ")" and any(is_title_head(t, lexicons) for t in head.doc[child.left_edge.i:child.i]):
            return child
    return None


def _remit_before_name(title: Token, name_start: int, lexicons: Lexicons) -> bool:
    """ "spokesperson for planning Rosa Vella Grech told": the parser hung the name on the title's remit,
    written in lower case right after the title's "for"/"on" ("planning", "African affairs") and running
    up to the name, which is the title holder's, not the object of the remit."""
    prep = title.i + 1
    if not is_title_head(title, lexicons) or prep >= name_start:
        return False
    remit = lower_remit(title, before=name_start)
    return remit is not None and remit.i == prep


def _name_start(head: Token) -> int:
    """Where the name ``head`` ends starts: the recognizer's person entity, else the word itself."""
    return entity_start(head) if head.ent_type_ == "PERSON" else head.i


def _remitted_name_start(title: Token, last: Token, lexicons: Lexicons) -> int | None:
    """Where a name ending at ``last`` starts when it follows the remit of the title before it
    ("spokesperson for planning [Rosa Vella Grech]"), whatever label the recognizer gave it; else None."""
    if last.pos_ != "PROPN" or not last.is_title or last.i <= title.i:
        return None
    start = last.i
    while start - 1 > title.i and last.doc[start - 1].pos_ == "PROPN" and last.doc[start - 1].is_title:
        start -= 1
    return start if _remit_before_name(title, start, lexicons) or _seat_before_name(title, start, lexicons) \
        else None


def _seat_before_name(title: Token, name_start: int, lexicons: Lexicons) -> bool:
    """ "Municipal councillor for the area Ana Roe said", "Labour lawmaker from Westbury, Ana Roe, told":
    the parser hung the name on the place an elected member's title says they sit for, a place's proper
    name or "the" and a lower-case noun ("the area", "the ward"), with nothing else between; the name is
    the member's, not part of the place."""
    doc = title.doc
    prep = title.i + 1
    if not is_seat_title(title.lower_, lexicons) or prep >= len(doc) or doc[prep].lower_ not in ("for", "from") \
            or doc[prep].head != title:
        return False
    end = name_start - 1 if doc[name_start - 1].text == "," else name_start
    words = list(doc[prep + 1:end])
    if not 1 <= len(words) <= 4 or any(t.ent_type_ in TIME_LABELS or t.like_num for t in words):
        return False
    if all(t.pos_ == "PROPN" and t.is_title for t in words):
        return end < name_start  # a place's name ends at the comma setting the name off
    return len(words) == 2 and words[0].lower_ == "the" and words[1].is_lower and words[1].pos_ == "NOUN" \
        and not is_title_word(words[1], lexicons)


def _run_on_subject(head: Token, cue: int, lexicons: Lexicons) -> Token | None:
    """A titled name the parser made a second subject of the cue, run on to the first: in "Integrity
    Institute of Antigua and Barbuda chairman Dr Ana Roe said" both "Institute" and "Roe" are subjects
    of "said"; the name just before the cue is the source. So is a name after the title's remit,
    whatever its label ("Commission spokesperson for the environment Ana Lind rejected")."""
    verb = head.doc[cue]
    if head.dep_ != "nsubj" or head.head != verb:
        return None
    twin = next((c for c in verb.children if c.dep_ == "nsubj" and c.i == cue - 1 and (
        c.ent_type_ == "PERSON" or _remitted_name_start(head, c, lexicons) is not None)), None)
    if twin is None or twin.left_edge.i != head.right_edge.i + 1 or twin.left_edge.i == twin.i:
        return None
    return twin


def _subject_after_set_off_name(head: Token) -> Token:
    """The subject after a name the parser took for the subject, where the name is set off by commas
    after a fronted phrase and another noun phrase runs from the second comma to the verb: in "In a
    statement signed by his aide, Mr Ana Roe, the minister said" the name belongs to the phrase (the
    signer) and the minister, a second subject or the name's apposition in the parse, is the source."""
    doc, verb = head.doc, head.head
    first, last = head.left_edge.i, head.i
    if head.dep_ != "nsubj" or head.ent_type_ != "PERSON" or first < 1 or doc[first - 1].text != "," \
            or last + 2 >= verb.i or doc[last + 1].text != "," \
            or not any(c.dep_ in ("prep", "advcl") and c.i < first for c in verb.children):
        return head
    later = next((c for c in (*verb.children, *head.children) if c.dep_ in ("nsubj", "appos")
                  and c.left_edge.i == last + 2 and c.right_edge.i + 1 == verb.i), None)
    return later if later is not None else head


def _name_set_off_after_subject(head: Token, lexicons: Lexicons) -> Token | None:
    """The name set off by a comma just after a title's phrase that is the subject, which the parser made
    a second subject of the verb or an apposition of the phrase's last noun, the recognizer leaving it
    unlabelled: in "The party's MLA from the district's east, Ana Roe, whose name
    ..., denied" Ana Roe is the source, not "The party's MLA". A person's name: capitalised proper nouns
    that a given name starts or the recognizer marks. Only the verb's and the phrase's children are read."""
    verb, doc = head.head, head.doc
    if head.dep_ != "nsubj" or head.pos_ not in ("NOUN", "PROPN") or not is_title_head(head, lexicons) \
            or head.ent_type_ == "PERSON" and not _title_taken_for_name(head, lexicons):
        return None
    comma = next((t.i for t in doc[head.i + 1:min(head.right_edge.i + 2, verb.i)] if t.text == ","), None)
    if comma is None or comma + 1 >= verb.i:
        return None
    last = doc[comma - 1]
    name = next((c for c in (*verb.children, *last.children) if c.dep_ in ("nsubj", "appos") and c.i > comma
                 and c.left_edge.i == comma + 1 and (c.dep_ == "nsubj") == (c.head == verb)), None)
    words = doc[comma + 1:name.i + 1] if name is not None else []
    if name is None or name.pos_ != "PROPN" or not 2 <= len(words) <= 4 \
            or any(not (t.is_title and t.pos_ == "PROPN") or t.ent_type_ not in ("", "PERSON") for t in words) \
            or not (words[0].lower_ in lexicons.first_names or any(t.ent_type_ == "PERSON" for t in words)):
        return None
    return name


def _title_taken_for_name(head: Token, lexicons: Lexicons) -> bool:
    """A title word alone that the recognizer labelled a person ("Chairlady of the ... Association, Mrs
    Ana Roe, said"): the whole name is the one word, a title in the lexicon, which no name is here."""
    return head.ent_iob_ == "B" and (head.i + 1 >= len(head.doc) or head.doc[head.i + 1].ent_iob_ != "I") \
        and head.lower_ in lexicons.titles


def _titled_in_named_body(head: Token, first: Token, title: Token, lexicons: Lexicons) -> bool:
    """ "Harbours of Westland chief executive Dana Roe denied": the parser took the body's name
    for the subject and hung its title and the name in its "of" phrase. A capitalised subject (a
    name, not "a spokeswoman for ...") whose object starts with a proper word and ends in a lower-case
    title and a name is that body's officer speaking; so is one whose title is capitalised after a word
    of the body's name that is no title ("Alliance for Clean Rivers Executive Director Ana Roe said"),
    not a titled name alone ("Friends of President Ana Roe")."""
    return head.is_title and not is_title_head(head, lexicons) and first.pos_ == "PROPN" and first.is_title \
        and is_title_head(title, lexicons) and (title.is_lower or first.i < title.i
                                                and not is_title_word(first, lexicons))


def _quoted_in_document(source: Token, cue: Token, lexicons: Lexicons) -> Token | None:
    """Who a document speaking quotes: in "the statement said, quoting chief executive Ivo Brandt",
    the words are Brandt's. The object of a *quoting* participle on the cue, when the cue's subject
    is a document; else None."""
    if source.lemma_.lower() not in lexicons.document_nouns or source.head != cue:
        return None
    quoting = next((c for c in cue.children if c.lemma_.lower() == "quote" and c.tag_ == "VBG"
                    and c.dep_ in ("advcl", "xcomp", "conj") and c.i > cue.i), None)
    return next((c for c in quoting.children if c.dep_ == "dobj"), None) if quoting is not None else None


def _hyphenated_subject(source: Token) -> Token | None:
    """The second part of a hyphenated subject the parser split into two subjects of one verb:
    "Its vice-chairman, Dana Roe, argued" parsed with *vice* and *chairman* both subjects; the
    word after the hyphen heads the compound. None when ``source`` is no such first part."""
    doc = source.doc
    if source.dep_ not in NOMINAL_SUBJECTS or source.i + 2 >= len(doc) or not hyphen_joins(doc, source.i + 1):
        return None
    hyphen, second = doc[source.i + 1], doc[source.i + 2]
    if second.dep_ in NOMINAL_SUBJECTS and second.head == source.head:
        return second
    if hyphen.dep_ in NOMINAL_SUBJECTS and hyphen.head == source.head and second.head == hyphen and second.is_title:
        return second  # "Ben-Harush himself told": the hyphen made a second subject, the surname's end its apposition
    return None


def _hyphenated_word(token: Token) -> str:
    """A word in lower case with the part a hyphen joins to it before ("Ravid-Shaked" at *Shaked*)."""
    if _after_hyphen(token):
        return f"{token.doc[token.i - 2].lower_}-{token.lower_}"
    return token.lower_


def _verb_of_subject(source: Token, cue: int | None) -> int | None:
    """The verb a source is the subject of, which may not be the cue: a participle or a conjunct
    takes its subject from the verb it hangs on ("Sen. Ted Cruz (R-Tex.) continued ..., casting him
    as ..."), and what the parser did around the subject is read at that verb."""
    if cue is not None and source.dep_ in NOMINAL_SUBJECTS and source.head.i != cue and source.head.i > source.i:
        return source.head.i
    return cue


def _name_before_verb_taken_for_noun(noun: Token) -> Token | None:
    """The name before a verb in *-s* the tagger took for a noun modifying the object: in "Trump
    demands accountability ... yet refuses to ...", "demands accountability" became one noun phrase
    with "Trump" and "demands" its modifiers, and the phrase the subject of *refuses*."""
    verb = next((c for c in noun.children if c.dep_ == "compound" and c.tag_ == "NNS" and c.i < noun.i), None)
    if verb is None or verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    return name if name.head == verb and name.dep_ == "compound" and name.is_title else None


def _name_in_fronted_phrase(verb: Token) -> int | None:
    """The subject the parser put in apposition inside a fronted phrase: in "On June 4, Sanders, who
    had not endorsed, decided to ...", "In court in Alexandria, Va., Lazar said little" and
    "Speaking in Leeds, Okafor, without naming him, accused ..." the name set off after the phrase
    is the subject of the verb that has none."""
    phrases = [p for p in verb.children
               if p.i < verb.i and (p.dep_ == "prep" or (p.dep_ == "advcl" and p.tag_ == "VBG"))]
    names = [t for p in phrases for t in p.subtree
             if t.dep_ == "appos" and t.ent_type_ in ("PERSON", "ORG") and t.i < verb.i]
    return max((t.i for t in names), default=None)


def _main_verb_taken_for_aside(verb: Token) -> bool:
    """Whether the parser made the main verb a clause on its subject, the root: in "Trump, who is
    vying ..., tweeted on Friday to say C" it hangs "tweeted" on "Trump" as if it were an aside."""
    head = verb.head
    return verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN") \
        and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") and verb.doc[verb.i - 1].text == ","


def _members_of_collective(head: Token, kind_of: Callable[[Token], str | None], titles: frozenset[str]) -> Token | None:
    """The plural people an indefinite collective noun is made of, who are the source it names: "a group
    of farmers said" (the farmers), "a team of Westmark councillors", "a group of Members of Parliament"
    (a plural title, whatever its entity label), "a bloc of aldermen" (a plural in -men the tagger may
    take for a singular); not "the group" (a body named before) nor "a group of companies" (no people)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _COLLECTIVES \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    men = pobj is not None and pobj.lower_.endswith("men") and f"{pobj.lower_[:-3]}man" in titles  # "aldermen"
    if pobj is None or not (pobj.tag_ in ("NNS", "NNPS") or men) or not (
            kind_of(pobj) in ("person", "group") or pobj.lower_[:-1] in titles or men):
        return None
    return pobj


def _count_of_people(token: Token) -> bool:
    """Whether a bare number before a verb counts the people who do what it says: "43 said the same",
    "4 in 10 say" (a small number in digits, not a year the recognizer also reads as a date)."""
    return token.pos_ == "NUM" and token.text.isdigit() and len(token.text) <= 3 \
        and token.dep_ in ("nsubj", "nummod", "npadvmod")


def _object_controller(cue: Token) -> Token | None:
    """The object of the verb a cue's infinitive or gerund complements, who does what the cue says:
    "forced Stumpf to admit", "prompted NATO to order", "held Pagliano in contempt for refusing"
    (object control, Rosenbaum 1967; Jackendoff and Culicover 2003: with an object, the object
    controls an infinitive complement, and the agent of "blame/hold X for V-ing" is X; a participle
    right after the object predicates of it, whatever the parser attached it to: "left many voters
    feeling that C"). An infinitive's controller may be a quantifier standing for people ("led some
    to speculate", "leaving many to wonder"). None when the verb has no such object, or the cue is
    neither form."""
    infinitive = cue.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    if infinitive:
        verb = cue.head
    elif cue.dep_ == "pcomp" and cue.tag_ == "VBG" and cue.head.lower_ in ("for", "of") and cue.head.dep_ == "prep":
        verb = cue.head.head
    elif cue.dep_ in ("xcomp", "ccomp", "advcl") and cue.tag_ == "VBG":
        verb = cue.head
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.right_edge.i != cue.i - 1:
            return None  # "spent the day, saying": not a predicate of the object
    else:
        return None
    if verb.pos_ != "VERB" or verb.i > cue.i:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < cue.i and (
        c.pos_ in ("NOUN", "PROPN") or (infinitive and c.lower_ in _INDEFINITES))), None)


def _initialled_name_start(token: Token) -> int | None:
    """Start of a name with an initial ending at ``token`` ("H. Prakash Shetty", "M.K. Ravindra")."""
    doc = token.doc
    if token.pos_ != "PROPN" or not token.is_title:
        return None
    i = token.i
    while i > 0 and doc[i - 1].pos_ == "PROPN" and (doc[i - 1].is_title or doc[i - 1].text.endswith(".")) \
            and token.i - i < 3:
        i -= 1
    if any(len(t.text.rstrip(".")) <= 2 and t.text.endswith(".") and t.text[:1].isupper() for t in doc[i:token.i]):
        while i < token.i and not (doc[i].text.endswith(".") and len(doc[i].text.rstrip(".")) <= 2):
            i += 1  # from the first initial: "Assembly H. Prakash Shetty" is "H. Prakash Shetty"
        return i
    return None


#: A short name in brackets right after a name: "(RJD)", "(Kebs)".
_BRACKETED_SHORT_NAME = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")


def _acronyms_of(doc: Doc) -> dict[str, str]:
    """Short names an article defines in brackets after an organisation's full name: "the Rashtriya
    Janata Dal (RJD)", "the Kenya Bureau of Standards (Kebs)". The short name begins with the full
    name's first letter and the full name has words of its own ("ATLANTA (CNN)" defines nothing)."""
    found = {}
    for match in _BRACKETED_SHORT_NAME.finditer(doc_text(doc)):
        short = doc.char_span(match.start(1), match.end(1))
        if short is None or short.start < 2:
            continue
        last = doc[short.start - 2]
        if last.pos_ != "PROPN" or not last.is_title:
            continue
        start = entity_start(last) if last.ent_type_ in ("ORG", "GPE", "NORP", "FAC") else mention_range(last)[0]
        name = _strip_det(doc[start:last.i + 1])
        words = name.split()
        while len(words) > 2 and words[0].islower() and words[0][0] != match.group(1)[0]:
            words = words[1:]  # "rights body [Ain o Salish Kendra] (ASK)": the kind before the name
            name = " ".join(words)
        if len(words) > 1 and words[0][0] == match.group(1)[0] and not name.isupper():
            found.setdefault(match.group(1), name)
    return found


#: Key in ``Doc.user_data`` of the bounds and labels of the recognized names :func:`_recognized_names` keeps.
_NAMES_KEY = ("attribution", "resolver_names")


def _recognized_names(doc: Doc, lexicons: Lexicons) -> tuple[Span, ...]:
    """``doc.ents`` without the headline clauses (:func:`_headline_clause`), filtered once per Doc:
    the bounds and labels are kept in ``doc.user_data`` (no Span: one would hold its Doc in a
    reference cycle), and the claims' resolver makes the same Spans from them."""
    kept = doc.user_data.get(_NAMES_KEY)
    if kept is None:
        ents = tuple(ent for ent in doc.ents if not _headline_clause(ent, lexicons))
        doc.user_data[_NAMES_KEY] = tuple((ent.start, ent.end, ent.label, ent.kb_id, ent.id) for ent in ents)
        return ents
    return tuple(Span(doc, start, end, label=label, kb_id=kb_id, span_id=span_id)
                 for start, end, label, kb_id, span_id in kept)


#: Key in ``Doc.user_data`` of what :func:`_article_words` finds.
_WORDS_KEY = ("attribution", "resolver_words")


def _article_words(doc: Doc, lexicons: Lexicons
                   ) -> tuple[dict[str, str], set[str], list[int], dict[str, list[tuple[int, str, bool]]]]:
    """The article's bracketed short names, its capitalised-only words, the indices of its subject
    nouns and pronouns and its named noun phrases, found once per Doc and kept in ``doc.user_data``:
    the speakers' resolver and the claims' one both read them, and neither changes them."""
    words = doc.user_data.get(_WORDS_KEY)
    if words is None:
        nominals, subjects = _nominals_and_subjects(doc)
        words = doc.user_data[_WORDS_KEY] = (_acronyms_of(doc), _capitalised_words_of(doc), subjects,
                                             _named_chunks(doc, nominals, lexicons))
    return words


def _named_chunks(doc: Doc, nominals: list[int], lexicons: Lexicons) -> dict[str, list[tuple[int, str, bool]]]:
    """Noun phrases with a named modifier, by head lemma, for a later definite nominal to stand for:
    "the U.S. military" for "the military", and a proper name's last word that names a kind of body
    ("the Works Ministry" for "the ministry"); each as (start offset, text, whether plural). No Token is
    kept: one kept in ``doc.user_data`` would hold its Doc in a reference cycle, and every Doc with its
    arrays would then wait for the garbage collector (peak memory grew 11% from 100 to 800 articles)."""
    chunks: dict[str, list[tuple[int, str, bool]]] = {}
    modified = _heads_of_named_modifiers(doc)
    for head in (doc[i] for i in nominals if i in modified):
        if head.pos_ == "NOUN":
            kind = head.lemma_.lower() not in _QUANTITIES
        else:
            kind = head.pos_ == "PROPN" and head.lower_ in lexicons.organisation_heads and head.lower_ not in _ARMED_HEADS
        if not kind:
            continue
        lo, _ = own_range(head)
        if any(t.dep_ in ("cc", "conj") for t in doc[lo:head.i]):
            continue  # "Republican nominee Donald Trump and Democratic nominee": not one description
        if _headline_clause(doc[lo:_name_of_end(head)], lexicons):
            continue  # "Teachers' Union Accuses Education Ministry of ...": a headline's clause, not a name
        text = _strip_det(doc[lo:_name_of_end(head)])
        if text:
            chunks.setdefault(head.lemma_.lower(), []).append((doc[lo].idx, text, head.tag_ in ("NNS", "NNPS")))
    return chunks


def _heads_of_named_modifiers(doc: Doc) -> set[int]:
    """The indices of the words a named modifier stands before: a compound, adjective or nominal
    modifier that is a proper noun or a place, people or body the recognizer marks ("the [U.S.]
    military", "[Works] Ministry"). Read from the Doc's columns, so that no Token is made for the
    words without one."""
    table = doc.to_array([HEAD, DEP, POS, ENT_TYPE]).astype(numpy.int64)
    if not len(table):
        return set()
    deps = [doc.vocab.strings[label] for label in ("compound", "amod", "nmod")]
    labels = [doc.vocab.strings[label] for label in ("GPE", "NORP", "ORG")]
    named = (table[:, 2] == PROPN) | _among(table[:, 3], labels)
    before = (table[:, 0] > 0) & _among(table[:, 1], deps) & named  # the head comes after the modifier
    at = numpy.flatnonzero(before)
    return set((at + table[at, 0]).tolist())


def _nominals_and_subjects(doc: Doc) -> tuple[list[int], list[int]]:
    """The indices of the tokens the indexes look at, in text order: nouns, proper nouns and subjects;
    and of those, the subjects that are nouns, proper nouns or pronouns, the only ones the resolvers'
    passes over subjects read (from the Doc's columns, so that no Token is made for the other words)."""
    table = doc.to_array([POS, DEP])
    if not len(table):
        return [], []
    labels = [doc.vocab.strings[label] for label in NOMINAL_SUBJECTS]
    subject = _among(table[:, 1], labels)
    nominal = _among(table[:, 0], (NOUN, PROPN))
    keep = nominal | subject
    subject &= nominal | (table[:, 0] == PRON)
    return numpy.flatnonzero(keep).tolist(), numpy.flatnonzero(subject).tolist()


def _among(column: numpy.ndarray, values: Iterable[int]) -> numpy.ndarray:
    """Where ``column`` holds one of a few ``values``: as ``numpy.isin``, whose sorting costs more
    than a comparison per value when there are two or three."""
    found = numpy.zeros(len(column), dtype=bool)
    for value in values:
        found |= column == value
    return found


def _capitalised_words_of(doc: Doc) -> set[str]:
    """Words the article writes only with a capital, and somewhere inside a sentence: names, whatever
    the tagger makes of them where they open a sentence ("Brennan asked", "Will believes"; a word
    such as "Bankruptcy" that the text also writes in lower case is not one). Read from the Doc's
    columns: no Token is made."""
    table = doc.to_array([LOWER, IS_LOWER, IS_TITLE, LENGTH, SENT_START, IS_PUNCT, IS_SPACE])
    if not len(table):
        return set()
    lower, is_lower, is_title, length, sent_start = (table[:, n] for n in range(5))
    after_break = numpy.zeros(len(table), dtype=bool)
    after_break[0] = True  # the first word opens the text
    after_break[1:] = (table[:-1, 5] != 0) | (table[:-1, 6] != 0)
    inside = (is_title != 0) & (length > 1) & (sent_start != 1) & ~after_break
    keys = set(numpy.unique(lower[inside]).tolist()) - set(numpy.unique(lower[is_lower != 0]).tolist())
    return {doc.vocab.strings[key] for key in keys}


def _continues_name(token: Token, lexicons: Lexicons, capitalised: set[str]) -> bool:
    """Whether an untagged capitalised word continues the name before it, which the parser hangs on it
    or on a word after it (see Resolver._name_end)."""
    before = token.doc[token.i - 1]
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_ and token.lower_ in capitalised \
        and before.dep_ == "compound" and before.head.i >= token.i and not is_title_word(token, lexicons) \
        and token.lemma_.lower() not in lexicons.organisation_nouns and not _is_cue_word(token, lexicons)


def _person_spans(doc: Doc, ents: tuple[Span, ...]) -> list:
    """The PERSON entities of ``ents`` (the Doc's), two that touch joined: the recognizer splits long
    names it has not seen ("[Datuk Ahmad] [Faizal Rahman]", "[Sheikh Faisal] [bin Jassim]")."""
    spans: list = []
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        if spans and spans[-1].end == ent.start and doc[ent.start - 1].whitespace_:
            spans[-1] = doc[spans[-1].start:ent.end]
        else:
            spans.append(ent)
    return spans


def _reporter_of_coordinated_cue(cue: Token, source: Token, lexicons: Lexicons) -> Token:
    """The subject of the cue a coordinated cue belongs beside (see :func:`coordinated_report`), when
    the parser gave it the reported clause's subject; else ``source``."""
    if source.head not in (cue.head, _finite_clause_of(cue)):
        return source
    return coordinated_report(cue, lexicons) or source


def coordinated_report(cue: Token, lexicons: Lexicons) -> Token | None:
    """ "Marchenko said the strike was a war crime and urged partners to ...": the parser joins
    "urged" to the reported clause, so its subject seems to be "the strike". A cue with no subject of
    its own coordinated with a clause that another cue reports, and that is no cue itself (or one
    without its frame: "stood with the workers", see :func:`_framed_cue`) or is in another tense than
    the two ("She said China firmly opposes the probe and urged Brussels to ...", "said the minister had
    announced a verdict and accused him of ...") or whose object pronoun is that clause's subject
    ("announced a budget and accused him"), belongs to that cue's subject, which is returned (else
    None). A *that* clause the parser made adverbial ("tweeted that Machado was “a con” and encouraged
    Americans to ...") is reported all the same, and so is one it made a relative clause of a noun in
    the reported clause ("said the board had been warned after the flood that the town needed a
    levee, and accused ..."), whose *that* is no relative pronoun (no subject or object of it). The reporter of a participle with
    no subject is its controller's subject ("X wrote to Y asking whether C, and accused Z")."""
    clause = _finite_clause_of(cue)
    if clause.dep_ == "relcl" and any(c.lower_ == "that" and c.dep_ in ("mark", "advmod") and c.i < clause.i
                                      for c in clause.children):
        clause = _verb_above(clause.head)
        if clause is None:
            return None
    reported = clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and any(
        c.lower_ == "that" and c.i < clause.i for c in clause.children))
    if cue.dep_ != "conj" or not reported or any(c.dep_ in NOMINAL_SUBJECTS for c in cue.children) or (
            _framed_cue(clause, lexicons) and not cue.tag_ == clause.head.tag_ != _tense(clause)
            and not _object_is_subject_of(cue, clause) and not _findings_of_thing(clause, lexicons)):
        return None
    reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if reporter is None and clause.head.dep_ == "ccomp" and any(c.dep_ == "nsubjpass" for c in clause.head.children):
        clause = clause.head  # "X said the board had been warned that C1, and accused ...": X's report
        reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if reporter is None and clause.head.tag_ == "VBG" and clause.head.dep_ in ("advcl", "xcomp"):
        reporter = next((c for c in clause.head.head.children if c.dep_ == "nsubj"), None)
    if reporter is None or clause.head.lemma_.lower() not in lexicons.verbs:
        return None
    return reporter


def _finite_clause_of(cue: Token) -> Token:
    """The verb a coordinated cue is joined to, past an infinitive the parser hung it on: in "said
    that Japan had no right to comment on X and accused Tokyo of ...", the finite "accused" is no
    conjunct of the bare infinitive "comment" but of the clause's "had" (a finite verb and an
    infinitive are not coordinated), whether the infinitive complements a verb or modifies a noun ("no
    right to comment"); else the cue's head."""
    clause = cue.head
    while clause.dep_ in ("xcomp", "acl", "relcl") and clause.tag_ == "VB" and cue.tag_ in ("VBD", "VBZ", "VBP") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        above = _verb_above(clause)
        if above is None:
            break
        clause = above
    return clause


def _findings_of_thing(clause: Token, lexicons: Lexicons) -> bool:
    """Whether a reported clause tells what a document or piece of evidence shows ("said the
    ministry's letter showed that C, but warned ..."): its subject is a thing, not one who speaks,
    so a speaking cue joined to it is the reporter's, as the finding itself is (see
    :func:`_evidence_reported`)."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause.lemma_.lower() in _FINDING_VERBS and subject is not None and subject.pos_ == "NOUN" and (
        subject.lemma_.lower() in lexicons.document_nouns or subject.lemma_.lower() in lexicons.evidence_nouns
        or subject.lower_ in lexicons.evidence_nouns)


def _verb_above(token: Token) -> Token | None:
    """The nearest verb that ``token`` hangs under, a few steps up, or None."""
    for _ in range(4):
        if token.head == token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _framed_cue(verb: Token, lexicons: Lexicons) -> bool:
    """Whether a verb is a cue with one of its content frames there: "stand" reports a stance only with
    its "by" ("stood by the plan"), so "said the party stood with the workers but accused Y" reports a
    clause that is no cue. A frame is there when :func:`.statements.frame_content` finds its content;
    a cue with no frames counts as framed."""
    from .statements import frame_content  # statements imports this module: looked up at call time
    cue = lexicons.verbs.get(verb.lemma_.lower())
    if cue is None:
        return False
    return not cue.content or any(frame_content(verb, frame) is not None for frame in cue.content)


def _object_is_subject_of(cue: Token, clause: Token) -> bool:
    """Whether a cue's object is a personal pronoun agreeing with the subject of the clause it is
    coordinated with ("said the mayor announced a budget and accused him of ..."): a pronoun cannot
    stand for the subject of its own clause (that takes "himself"), so that subject is not the accuser."""
    pronoun = next((c.lower_ for c in cue.children if c.dep_ == "dobj" and c.lower_ in _OBJECT_PRONOUNS), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if pronoun is None or subject is None or subject.pos_ == "PRON":
        return False
    return (pronoun == "them") == (subject.tag_ in ("NNS", "NNPS"))


def _tense(verb: Token) -> str:
    """A verb's tag, or "perfect" when an auxiliary "had"/"has"/"have" makes it so, whatever the tagger
    said of the participle ("the minister had announced" is no simple past beside "and accused")."""
    return "perfect" if any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in verb.children) \
        else verb.tag_


def _described_as_person(noun: Token) -> bool:
    """Whether a relative clause with "who" describes a noun: "who" refers to people only."""
    return any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") for w in c.children)
               for c in noun.children)


def _body_heads(name: str) -> set[str]:
    """The words of a body's name that say its kind: the last and the one before its first "of" or
    "for" ("Ministry of Mines": ministry and mines), lower-cased."""
    words = name.lower().split()
    return {words[-1], kind_word(name)} if words else set()


def _common_affiliation(affiliation: str | None, lexicons: Lexicons, gazetteer: Gazetteer) -> str | None:
    """The head noun of an affiliation that names no one, lower-cased: "company", "campaign group",
    "Peruvian company", a title ("Minister", "same lawmakers"); None for a name ("Harbourfront
    Engineering", "the Senate", "Chinese commerce ministry"), which has a capitalised word that is no
    title, nor a demonym before a noun any body may go by ("Peruvian group")."""
    words = (affiliation or "").split()
    if not words:
        return None
    generic = words[-1].lower() in _BODY_NOUNS
    for word in words:
        lower = word.lower()
        if word[:1].isupper() and not {lower, lower[:-1]} & lexicons.titles \
                and not (generic and _demonym(word, gazetteer)):
            return None
    head = words[-1].lower()
    return head[:-1] if head.endswith("s") and head[:-1] in lexicons.titles else head


def _ministry_of(speaker: SpeakerInfo, lexicons: Lexicons) -> str | None:
    """The ministry a minister's portfolio names ("Deputy Health Minister": Health Ministry; "Minister
    for Health": Ministry of Health) when the text gives no body, or only a piece of the portfolio
    ("Home Affairs Minister" taken for one of "Affairs"); None for a title that names no portfolio
    ("Prime Minister", "Minister of State"). A portfolio in lower case names one too when the text gives no
    body at all ("culture minister": Culture Ministry)."""
    words = {w.lower() for w in (speaker.role or "").split()}
    if speaker.type != "person" or "minister" not in words or speaker.affiliation and not {
            w.lower() for w in speaker.affiliation.split()} <= words:
        return None
    body = _portfolio_body(speaker.role, "ministry", lexicons)
    if body is None:
        return None if speaker.affiliation else lower_case_ministry(speaker.role, lexicons)
    return body.replace("Ministry for ", "Ministry of ", 1)  # "Minister for Health"


def _heads_body(role: str, words: set[str], name: str, lexicons: Lexicons) -> bool:
    """Whether a role (its lower-cased ``words``) names the body it serves: the body's kind ("military
    spokesman", "Ministry Spokesperson") or the portfolio of its ministry ("National Security Minister" of
    the "Ministry of National Security"); not a field the body is named after ("health spokeswoman" is
    not of the "Department of Health")."""
    kind = kind_word(name)
    if kind in words:
        return True
    body = _portfolio_body(role, kind, lexicons)
    return body is not None and _content_words(body) == _content_words(name)


def _content_words(name: str) -> set[str]:
    return {w for w in name.lower().split() if w not in ("of", "the", "for", "and", "&")}


def _demonym(word: str, gazetteer: Gazetteer) -> bool:
    """Whether a word is a country's adjective ("Peruvian"), not its name."""
    entry = gazetteer.country(word)
    return entry is not None and entry.how == "demonym"


def _capitalised_words(entity: Entity) -> set[str]:
    """Lower-cased capitalised words of an entity's role and affiliation ("republican", "vermont")."""
    text = f"{entity.role or ''} {entity.affiliation or ''} {entity.country or ''}"
    return {w.lower() for w in text.split() if w[:1].isupper()}


def _last_word(name: list[Token]) -> list[Token]:
    """The last word of a name, hyphenated parts kept together ("Kazemi-Qomi")."""
    start = len(name) - 1
    while start >= 2 and name[start - 1].text in ("-", "\u2010") and not name[start - 1].whitespace_:
        start -= 2
    return name[start:]


def _detached_modifier(token: Token) -> bool:
    """A place or organisation name just before a noun that the parser hung elsewhere."""
    return (token.pos_ == "PROPN" and token.ent_type_ in ("GPE", "NORP", "ORG")
            and token.dep_ in ("xcomp", "dep", "npadvmod", "nmod", "amod", "compound"))


def _same_bearer(head: Token, conj: Token, lexicons: Lexicons) -> bool:
    """ "the former mayor and current party leader": two titles of one person
    (one determiner, both singular titles)."""
    return (head.lemma_.lower() in lexicons.titles and conj.lemma_.lower() in lexicons.titles
            and conj.tag_ == "NN" and not any(c.dep_ == "det" for c in conj.children))


def _author(document: Token, lexicons: Lexicons) -> Token | None:
    """Who gave or wrote a document, when the text names them: "a speech Mrs. Clinton delivered",
    "a report by Politico", "a complaint filed by the commission". A possessive ("the GOP's
    complaint") stays a document: the text names the document as the source."""
    for child in document.children:
        if child.dep_ == "relcl" and child.lemma_.lower() in lexicons.authorship_verbs:
            subject = next((c for c in child.children if c.dep_ == "nsubj" and _named_token(c)), None)
            if subject is not None:
                return subject
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((c for c in child.children if c.dep_ == "pobj" and _named_token(c)), None)
        if child.dep_ == "acl" and child.lemma_.lower() in lexicons.authorship_verbs:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj" and _maker(c, lexicons)), None)
    return _issuer(document, lexicons)


def _maker(token: Token, lexicons: Lexicons) -> bool:
    """Whether the agent of a participle of authorship after a document can be who made it: a name,
    a body named by its kind ("figures presented by the ministry") or one a name owns ("a
    comparison circulated by the senator's office"). After a bare "from" or "by" only a name is
    ("an ad from the senator's campaign" may be the ad speaking, as in footage it shows)."""
    return _named_token(token) or (token.pos_ == "NOUN" and (
        token.lemma_.lower() in lexicons.organisation_nouns or token.lemma_.lower() in lexicons.government_nouns
        or any(c.dep_ == "poss" and _named_token(c) for c in token.children)))


def _issuer(document: Token, lexicons: Lexicons) -> Token | None:
    """The subject of the verb that issues a document: "the ministry issued a statement saying C",
    "the senator posted a string of tweets attacking X", "the council felt compelled to issue a memo
    urging ...". The document's participle or relative clause then reports what its issuer says (a
    support-verb construction: the verb adds only that the subject gave the document). A document
    the subject speaks through, after "in" or "with", is the subject's too: "the newspaper hit
    back in a column arguing C", "the group answered with ads calling X ...", "In an interview,
    Okafor said ...". Not a document of findings ("In the latest poll, Reyes leads": the poll
    speaks) nor one whose maker its modifiers name ("in the Reyes release")."""
    if any(c.dep_ == "poss" for c in document.children):
        return None
    holder = document
    if holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.pos_ == "NOUN":
        holder = holder.head.head  # "a series of tweets", "a string of posts"
    verb = holder.head
    if holder.dep_ == "dobj" and verb.lemma_.lower() in lexicons.authorship_verbs:
        return _controlling_subject(verb)
    if holder.dep_ == "pobj" and verb.lower_ in ("in", "with") and verb.dep_ == "prep" \
            and verb.head.pos_ == "VERB" and document.lemma_.lower() not in lexicons.evidence_nouns \
            and document.lower_ not in lexicons.evidence_nouns \
            and not any(c.dep_ == "compound" and _named_token(c) for c in document.children):
        subject = _controlling_subject(verb.head)
        if subject is not None and _subject_after_set_off_name(subject) != subject:
            return _subject_after_set_off_name(subject)  # "In a statement signed by Mr X, the minister said"
        # a name, a pronoun, or a body named by its kind ("In a statement, the authority said")
        return subject if subject is not None and (subject.pos_ == "PRON" or _maker(subject, lexicons)) else None
    return None


def _controlling_subject(verb: Token) -> Token | None:
    """The active subject of a verb, or of the verb whose complement or conjunct it is: "Okafor
    felt compelled to issue ...", "Reyes began writing ...", "the party met and released ..."."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECTS), None)
        if subject is not None:
            return subject if subject.dep_ == "nsubj" else None
        if verb.dep_ not in ("xcomp", "conj", "acomp", "oprd") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _is_dateline(head: Token) -> bool:
    """A place at the start of a paragraph, before a dash or a comma: "LONDON (Reuters) --", "MYRTLE BEACH,
    S.C. --". Unlike :func:`.layout.is_dateline` (one word, in capitals) the place may be several words,
    in any case: the callers say which case or wire they want; not a short name before a comma and a
    lower-case word ("NRX, part of the group, said")."""
    lo, hi = mention_range(head)
    if not opens_paragraph(head.doc[lo]):
        return False
    doc = head.doc
    # the place itself is followed by the mark; the parser may hang the whole dateline on it
    # ("BEIJING/BRUSSELS, March 12 (Reuters) -")
    mark = next((i for i in (hi, head.i + 1) if i < len(doc) and doc[i].text in DATELINE_MARKS), None)
    # a short name before a comma and a lower-case word is no place: "NRX, part of the group, said"
    return mark is not None and not (doc[mark].text == "," and mark + 1 < len(doc) and doc[mark + 1].is_lower)


def _owner_of_press_unit(head: Token) -> Token | None:
    """The owner a press unit is named by: "the press service of the ministry", "the agency's press
    office" (a press or media word before a service or office, then an "of" phrase or a possessor)."""
    if not _press_unit(head):
        return None
    for child in head.children:
        if child.dep_ == "poss" and child.lower_ not in ("his", "her", "my", "our", "your", "their"):
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _press_unit(head: Token) -> bool:
    return head.lemma_.lower() in _PRESS_UNITS and any(c.dep_ == "compound" and c.lower_ in _PRESS_WORDS
                                                       for c in head.children)


def _press_unit_words(head: Token) -> str:
    press = next(c for c in head.children if c.dep_ == "compound" and c.lower_ in _PRESS_WORDS)
    return f"{press.lower_} {head.lower_}"


def _named_token(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _named_body(entity: Entity, token: Token) -> bool:
    """Whether a name is of a body "the group" can stand for: an organisation, or a group with a
    singular name (Hamas, not Democrats)."""
    return entity.type == "organisation" or (entity.type == "group" and token.tag_ == "NNP")


def _kind_of(entity: Entity) -> str:
    return {"person": "person", "country": "country", "group": "group"}.get(entity.type, "organisation")


def _agrees(known: str | None, wanted: str | None) -> bool:
    return known is None or wanted is None or known == wanted


def _is_subject(token: Token, lexicons: Lexicons | None = None) -> bool:
    """A subject, or a name in a subject ("Farmers' leader Nagaraj Patil"); with ``lexicons``, also
    a name in apposition to a title that is one ("the minister, Ali Reza,"; not "His wife, Heidi Cruz,",
    who is salient for a pronoun only, see :func:`_closes_subject`)."""
    while (token.dep_ in ("compound", "flat") or (
            token.dep_ == "appos" and lexicons is not None and is_title_head(token.head, lexicons))) \
            and token.head != token:
        token = token.head
    return token.dep_ in NOMINAL_SUBJECTS


def _closes_subject(name: Token) -> bool:
    """Whether a name set off by commas closes its clause's subject, right before the verb: "Its owner,
    Ana Ruiz, told the paper", "Her party colleague, the mayor of the town of Ixworth, Ana Ruiz,
    defended it". Such a name is in apposition to the subject, however the parser hung it inside the
    subject's phrase, so it is the subject a later pronoun looks back at (a bare surname still goes to
    the namesake named as a subject: "His wife, Heidi Cruz, ... ¶ Cruz said" is Ted Cruz)."""
    doc = name.doc
    first = name.left_edge.i
    if name.pos_ != "PROPN" or first == 0 or doc[first - 1].text != "," or name.i + 2 >= len(doc) \
            or doc[name.i + 1].text != "," or doc[name.i + 2].pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in doc[name.i + 2].children if c.dep_ in NOMINAL_SUBJECTS), None)
    return subject is not None and subject.i < first - 1 and subject.left_edge.i < first <= subject.right_edge.i


def _same_stem(title: str, word: str) -> bool:
    """ "councillor" and "council", "minister" and "ministry", "senator" and "senate": a title for a
    member of the body a word names (a shared stem of at least five letters, all of the word's but
    two at most)."""
    common = 0
    for a, b in zip(title, word):
        if a != b:
            break
        common += 1
    return common >= 5 and common >= len(word) - 2 and title != word


def _portfolio_body(role: str, noun: str, lexicons: Lexicons) -> str | None:
    """The body a portfolio title heads, named by a noun of the title's stem: "Security Minister" and
    "ministry" give "Security Ministry", "Minister of Health" gives "Ministry of Health"; a rank
    before it drops out ("Deputy Finance Minister"). A title that names no portfolio ("Prime
    Minister", "Minister of State", "Chief Minister") heads no ministry of its own."""
    words = [w for w in role.split() if w.lower() not in RANK_MODIFIERS]
    at = next((i for i, w in enumerate(words) if _same_stem(w.lower(), noun)), None)
    if at is None:
        return None
    portfolio = [w for i, w in enumerate(words) if i != at and w.lower() not in ("of", "for", "and", "the")]
    if not portfolio or any(not w[:1].isupper() or w.lower() in lexicons.titles or w.lower() in _NO_PORTFOLIO
                            for w in portfolio):
        return None
    return " ".join(noun.capitalize() if i == at else w for i, w in enumerate(words))


def _main_subject(token: Token, lexicons: Lexicons) -> bool:
    """The subject of its sentence's main clause, not of a clause reported in it (Hobbs 1978 searches
    the higher clause first): in "Nkosi said Mokoena had declared her interests", Nkosi."""
    while (token.dep_ in ("compound", "flat") or (token.dep_ == "appos" and is_title_head(token.head, lexicons))) \
            and token.head != token:
        token = token.head
    return token.dep_ == "nsubj" and token.head.dep_ == "ROOT"


def _noun_gender(head: Token, lexicons: Lexicons) -> str | None:
    return lexicons.gendered_nouns.get(head.lemma_.lower()) or lexicons.gendered_nouns.get(head.lower_)


def _name_gender(name: list[Token], title: TitleParse | None, apposition: TitleParse | None,
                 lexicons: Lexicons) -> str | None:
    """The gender a titled name tells: its honorific's ("Mrs"), else its role noun's ("spokeswoman"),
    but not a "-man" noun's before a woman's given name: "spokesman", "chairman" are said of women
    too ("Opposition spokesman Dr Claudette ..."), and the given name, read later, tells."""
    gender = (title.gender if title else None) or _title_gender(title, lexicons) or _title_gender(apposition, lexicons)
    words = _words(name)
    if gender == "m" and len(words) > 1 and lexicons.first_names.get(words[0].lower()) == "f" \
            and not (title and title.gender):
        return None
    return gender


def _title_gender(title: TitleParse | None, lexicons: Lexicons) -> str | None:
    if title is None or not title.role:
        return None
    for word in title.role.lower().split():
        gender = lexicons.gendered_nouns.get(word)
        if gender:
            return gender
    return None


def _one_person(head: Token, kind_of) -> bool:
    """Whether a source is one of some people: "One of the residents, who asked not to be named, told
    ... he had been stopped": a single person, whom a later "he" or "she" may stand for."""
    if head.lower_ != "one":
        return False
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return pobj is not None and pobj.tag_ == "NNS" and kind_of(pobj) in ("person", "group")


def _with_complement(head: Token, hi: int, kind_of) -> int | None:
    """End offset of a "for/of/at" phrase after a role or quantity noun that names who the
    source belongs to: "a spokeswoman for Hillary Clinton", "a spokesperson for the Bureau of Land
    Management" (a body's name with its "of" phrase), "52 percent of registered voters", "a
    third of independents" (a share of any plural), "3 in 10" (a count out of a number);
    not "the governor of fraud" (a parse that took the cue's complement for the noun's)."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "with", "from", "in") and child.i == hi:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.tag_ not in ("WP", "WDT", "PRP") and (
                    _named_token(pobj) or kind_of(pobj) is not None or (
                        head.lemma_.lower() in _QUANTITIES and child.lower_ == "of" and pobj.tag_ == "NNS")
                    or (head.like_num and child.lower_ == "in" and pobj.like_num)):
                _, hi2 = mention_range(pobj)
                hi2 = _name_for_end(pobj, max(hi2, _name_of_end(pobj)))  # "the city's Office [of Budget]"
                last = head.doc[hi2 - 1]
                while hi2 - 1 > pobj.i and (last.is_punct or last.tag_ == "POS"):
                    hi2 -= 1
                    last = head.doc[hi2 - 1]
                return last.idx + len(last.text)
    return None


def _prefix(kind: str) -> str:
    return {"organisation": "org", "country": "country", "group": "group", "person": "person"}.get(kind, "actor")


def _name_of(value: Entry | str) -> str:
    return value.name if isinstance(value, Entry) else value


def _strip_det(span) -> str:
    """The text of a noun phrase without leading determiners and edge punctuation."""
    tokens = list(span)
    while tokens and (tokens[0].lower_ in DETERMINERS or not any(c.isalnum() for c in tokens[0].text)):
        tokens = tokens[1:]
    while tokens and (tokens[-1].tag_ == "POS" or not any(c.isalnum() for c in tokens[-1].text)) \
            and tokens[-1].text != "%":  # "42%" is a share of people
        tokens = tokens[:-1]
    if not tokens:
        return ""
    text = "".join(" " if t.is_space else t.text_with_ws for t in tokens[:-1]) + tokens[-1].text
    return re.sub(r"\s+", " ", text)  # a non-breaking space token between two words


def _surname(words: list[str]) -> str:
    core = [w for w in words if w.lower() not in NAME_SUFFIXES and w != "-"]
    return (core[-1] if core else words[-1]).lower()


def _words(name: list[Token]) -> list[str]:
    """The words of a name as written, hyphenated parts kept together ("Kazemi-Qomi", "al-Jubeir"),
    without generational suffixes."""
    text = join_tokens(_trim_name(name))
    words = [w for w in text.split() if w.lower().rstrip(",") not in NAME_SUFFIXES]
    return words or text.split()


def _surname_keys(words: list[str], lexicons: Lexicons) -> list[str]:
    """Keys a surname is found by: "al-jubeir" and "jubeir"; "brenes" too for "Laura Brenes Mora", the
    first of two surnames, but not a middle given name ("ann" of "Mary Ann Smith")."""
    surname = _surname(words)
    keys = [surname]
    head, _, rest = surname.partition("-")
    if rest and head in NAME_PARTICLES:
        keys.append(rest)
    given = words[-1].partition("-")[2] if len(words) > 1 else ""
    if given[:1].islower() and words[-2][:1].isupper():
        keys.append(words[-2].lower())  # "Kenneth Yiu Chun-ho", "Lo Kam-wah": the family name before the given
    elif len(words) >= 3 and words[-2][:1].isupper() and words[-2].isalpha() and words[-2].lower() not in NAME_PARTICLES \
            and lexicons.first_names.get(words[-2].lower()) not in ("m", "f"):
        keys.append(words[-2].lower())  # "Laura Brenes Mora" is "Brenes": the first of two surnames
    return keys


def _core(name: list[Token]) -> list[Token]:
    """A name without generational suffixes and hyphens."""
    return [t for t in name if t.lower_ not in NAME_SUFFIXES and t.text not in ("-", "\u2010") and not t.is_punct]


def _trim_name(name: list[Token]) -> list[Token]:
    while name and (name[-1].is_punct and name[-1].text != "."):
        name = name[:-1]
    return name


def _after_honorific(token: Token, lexicons: Lexicons) -> bool:
    """After a form of address that goes before a surname ("Mr.", "Mrs", "Señor"); "Datuk", "Hon.",
    "Dr." go before a full name ("Datuk Norazlan Yusof" is Norazlan, of the family Yusof)."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in lexicons.honorific_gender


def _headline_verb(token: Token, lexicons: Lexicons) -> bool:
    """A cue verb of a headline in title case, in its third-person "-s" form, that the tagger took into
    the words before a name: "Lawmaker [Accuses] Public Works", "Kyrgyz Lawmaker [Accuses] Security
    Service". Not a title word nor a first name ("Said")."""
    return token.pos_ == "PROPN" and token.lower_.endswith("s") and token.lower_ not in lexicons.first_names \
        and not is_title_word(token, lexicons) and _is_cue_word(token, lexicons) \
        and token.lower_ not in lexicons.verbs


def _initialism(role: str | None, lexicons: Lexicons) -> str | None:
    """The short form a spelt-out title is known by, made of the initials of its capitalised words
    ("Chief Executive Officer": "ceo", "Member of Parliament": "mp"; "Chief Executive Officer of Ana
    Freight": "ceo", the office without its body), when the lexicon knows it as a title or an
    abbreviation; None otherwise (a role of one word, or in lower case, has none)."""
    words = (role or "").replace("-", " ").split()
    if any(w[:1].islower() and w not in ("of", "for", "and") for w in words):
        return None
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    for part in (words, words[:cut]):
        capitals = [w for w in part if w[:1].isupper()]
        short = "".join(w[0] for w in capitals).lower()
        if len(capitals) > 1 and (short in lexicons.titles or short in lexicons.abbreviations):
            return short
    return None


def _place_of_named(head: Token, hi: int, lexicons: Lexicons) -> int | None:
    """The end (a character offset) of the "of" phrase that names the place a place noun stands for,
    when the noun is a subject that speaks ("The municipality of Eastvale denied", "the governorate of
    Norland said"): the phrase's object is a name, which the place's own name is; None otherwise."""
    doc = head.doc
    if head.lemma_.lower() not in lexicons.place_nouns or head.dep_ not in NOMINAL_SUBJECTS \
            or hi >= len(doc) or doc[hi].lower_ != "of" or doc[hi].head != head:
        return None
    name = next((c for c in doc[hi].children if c.dep_ == "pobj"), None)
    if name is None or name.pos_ != "PROPN" or any(c.dep_ in ("conj", "prep") for c in name.children):
        return None
    last = doc[name.right_edge.i]
    return last.idx + len(last.text)


def _is_cue_word(token: Token, lexicons: Lexicons) -> bool:
    """A headline verb the tagger took for part of a name: "Obama Says", "Trump Urges", "Lee Denies".
    Only a verb's own ending is undone: "-ies" is "-y" ("Denies"), but a word in "-os" or "-as"
    is no "-y" verb (the surname "Vargos" is no form of "vary")."""
    lower = token.lower_
    stems = {lower}
    if lower.endswith("ies"):
        stems.add(lower[:-3] + "y")
    elif lower.endswith("es"):
        stems.update((lower[:-1], lower[:-2]))
    elif lower.endswith("s"):
        stems.add(lower[:-1])
    return token.is_title and any(stem in lexicons.verbs for stem in stems)


def _family_name_first(name: str) -> bool:
    """ "Ban Ki-moon", "Xi Jinping": a two-part given name with a hyphen, or two short words."""
    words = name.split()
    return len(words) == 2 and ("-" in words[1] or (len(words[0]) <= 3 and len(words[1]) <= 7))


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def repair_name(name: list[Token], lexicons: Lexicons, *, known: Counter[tuple[str, ...]] | None = None
                ) -> list[Token]:
    """Drop a capitalised word the tagger took into a name: "(Miss) Universe Alicia Machado", "Crooked Hillary Clinton".

    A leading word goes when it is not a first name, the word after it is, and
    the article names the person without it elsewhere (so an unusual first
    name, "Hoshiyar Mahmoud Zebari", stays).
    """
    known = known or Counter()
    while len(name) >= 3:
        lead, following = name[0].lower_, name[1].lower_
        if lead in lexicons.first_names or _is_initial(name[0].text) or not name[1].is_title \
                or following not in lexicons.first_names:
            break
        if not known[tuple(t.lower_ for t in _core(name[1:]))]:
            break
        name = name[1:]
    return name


def _name_of_end(head: Token) -> int:
    """The end of a proper name with the "of" phrase it takes: "Illinois Board [of Elections]"."""
    end = head.i + 1
    if head.pos_ != "PROPN":
        return end
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
    if of is not None and all(t.pos_ in ("PROPN", "DET", "ADP", "CCONJ", "PUNCT") for t in of.subtree) \
            and any(t.pos_ == "PROPN" for t in of.subtree):
        end = of.right_edge.i + 1
    return end


def _name_for_end(head: Token, end: int) -> int:
    """The end of a body's name that runs on past ``end`` with a capitalised "for" phrase of the head,
    which the recognizer often cuts off: "the UN Office [for the Coordination of Humanitarian Affairs]",
    "Jamaicans [for Justice]", "the Office for Kosovo [and Metohija]" (inside it, "of", "and" and "for"
    join further capitalised words); ``end`` when none follows. Not a person's name, nor a lower-case
    phrase ("the Forum for the third time")."""
    doc = head.doc
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON" or end >= len(doc):
        return end
    inside = any(t.lower_ == "for" for t in doc[head.i + 1:end])
    if not (doc[end].lower_ == "for" and doc[end].head.i == head.i or inside and doc[end].lower_ in ("of", "and")):
        return end
    i, joined = end, end
    while i < len(doc) and doc[i].lower_ in ("for", "of", "and"):
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
        k = j
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and doc[k].ent_type_ != "PERSON":
            k += 1
        if k == j:
            break
        i = joined = k
    return joined


def own_range(head: Token) -> tuple[int, int]:
    """Token range of ``head``'s noun phrase without what is coordinated with it."""
    collected = [head.i]
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in _NP_DEPS and child.dep_ not in ("conj", "cc"):
                collected.append(child.i)
                stack.append(child)
    return min(collected), max(collected) + 1


def name_after_title(subject: Token) -> Token:
    """The name a title subject stands before, when the parser split them into two subjects:
    "government spokesman Ivo Hart called ..." parsed as *spokesman* and *Hart* both subjects
    of *called*. A title directly followed by the name it introduces is that name's title, as is
    a description the name is set off after ("Another signatory, Hon. Grace Adebayo, who ..., accused")."""
    if subject.pos_ != "NOUN":
        return subject
    name = next((c for c in subject.head.children if c.dep_ == "nsubj" and c.i > subject.i and c.pos_ == "PROPN"
                 and (c.left_edge.i == subject.i + 1 or _set_off_name(subject, c) or _name_after_remit(subject, c))
                 and not any(t.tag_ in ("DT", "PRP$", "WP$") for t in c.subtree)), None)  # not "whose plan"
    return name if name is not None else subject


def _comma_apposed(token: Token) -> bool:
    """Whether a name the parser made a conjunct of the noun before it is that noun's apposition: only
    a comma joins them, no "and" ("The county MP, Hon. Ana Roe, who sits on the committee, said")."""
    head = token.head
    if token.dep_ != "conj" or head.i >= token.i or token.ent_type_ != "PERSON":
        return False
    start = token.left_edge.i
    return token.doc[start - 1].text == "," and not any(c.dep_ in ("cc", "conj") and c.i != token.i
                                                       for c in head.children)


def _name_after_remit(subject: Token, name: Token) -> bool:
    """Whether a name follows right after the lower-case remit of the subject's title: "Commission
    spokesperson for trade and industry [Ana Roe] said"."""
    prep = lower_remit(subject)
    return prep is not None and prep.right_edge.i + 1 == name.left_edge.i and name.ent_type_ == "PERSON"


def _set_off_name(subject: Token, name: Token) -> bool:
    """Whether a name stands between commas right after the subject's phrase: "Another signatory, [Hon.
    Grace Adebayo], accused"."""
    doc = subject.doc
    last = name.right_edge.i
    closed = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    return subject.i + 2 == name.left_edge.i and doc[subject.i + 1].text == "," and closed \
        and name.ent_type_ == "PERSON"


def portfolio_holder(token: Token, lexicons: Lexicons) -> Token | None:
    """The name a title's portfolio phrase ends in, which the parser made the object of its
    preposition: in "Secretary for Housing Dana Roe said", the subject *Secretary* is Roe. ``token``
    is the title or the object; None when the phrase holds no name after the portfolio."""
    if token.dep_ not in ("pobj", "conj"):  # the title: its portfolio's object, the last of its conjuncts
        prep = next((c for c in token.children if c.lower_ in ("for", "of") and c.dep_ == "prep"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        conjuncts = [c for c in (*token.children, *obj.children) if c.dep_ == "conj" and c.i > obj.i] if obj else []
        token = obj or token
        while conjuncts:  # "Minister for Works, Services and Transport [Ana Roe]"
            token = max(conjuncts, key=lambda c: c.i)
            conjuncts = [c for c in token.children if c.dep_ == "conj"]
    obj = token
    while obj.dep_ == "conj" and obj.head.i < obj.i:  # "for Works, Services and [Transport Ana Roe]"
        obj = obj.head
    if obj.i != token.i and obj.dep_ != "pobj":  # the conjuncts hung on the title itself
        prep = next((c for c in obj.children if c.lower_ in ("for", "of") and c.dep_ == "prep"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), obj) if prep is not None else obj
    if obj.dep_ != "pobj" or token.pos_ != "PROPN" or not portfolio_prep(obj.head, lexicons):
        return None
    start = obj.head.i + 1
    return token if _name_after_portfolio(token.doc, start, token.i + 1, lexicons) > start else None


@by_token
def mention_range(head: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``head``: modifiers and coordination, no clauses,
    nor an adjective phrase predicated after it ("a handful of insiders, long dismissive of it,").
    Found once per token (many rules ask for the same phrase)."""
    collected = [head.i]
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ == "conj" and child.pos_ not in ("NOUN", "PROPN", "PRON") or _set_off_after(child) \
                    or child.i < token.i and child.right_edge.text in _DASHES:
                continue  # nor a dateline's date the parser hung on it: "Dec 5 \u2014 A PAS assemblyman"
            if child.dep_ in _NP_DEPS or (child.dep_ == "punct" and child.text in "-\u2010\u2011"):
                collected.append(child.i)
                stack.append(child)
    return min(collected), max(collected) + 1


#: Dashes that set a phrase off before a noun phrase; a hyphen joins words.
_DASHES = ("\u2014", "\u2013", "--")


def _set_off_after(modifier: Token) -> bool:
    """Whether an adjective after its noun is a predicate of the phrase's referent, not part of
    its name: set off by a comma ("Democrats, while still confident,") or taking a clause
    ("supporters reluctant to back him"). One with a prepositional complement restricts the
    noun ("those close to him", "people familiar with the talks"): its head stays."""
    if modifier.dep_ != "amod" or modifier.i < modifier.head.i:
        return False
    opening = modifier.left_edge.i - 1
    return (opening > modifier.head.i and modifier.doc[opening].text == ",") or any(
        c.dep_ in ("xcomp", "ccomp") and c.i > modifier.i for c in modifier.children)


def _postnominal(token: Token, lexicons: Lexicons) -> bool:
    """An upper-case title after a name: "Gareth Lloyd MS", "Jane Hill MP"."""
    return token.text.isupper() and len(token.text) > 1 and token.lower_ in lexicons.titles and token.i > 0 \
        and token.doc[token.i - 1].is_title


def name_tokens(head: Token, lexicons: Lexicons, *, within: tuple[int, int] | None = None) -> list[Token]:
    """The personal name ending at ``head``: proper nouns, no titles, ranks or possessive."""
    doc = head.doc
    lo, hi = within if within else mention_range(head)
    end = head.i + 1
    while end > lo:
        last = doc[end - 1]
        if not (last.tag_ == "POS" or last.is_punct or _postnominal(last, lexicons)):
            break
        end -= 1
    while not within and end + 1 < len(doc) and hyphen_joins(doc, end) and doc[end + 1].is_title \
            and doc[end + 1].is_alpha:
        end += 2  # a hyphenated surname the parse broke after its first part ("Eli [Ben]-Harush")
    if within:
        end = hi
        while end > lo:
            last = doc[end - 1]
            if not (last.tag_ == "POS" or last.is_punct or last.is_space
                    or (end - 1 > lo and not _after_hyphen(last)
                        and (_is_cue_word(last, lexicons) or _postnominal(last, lexicons)))):
                break
            end -= 1
    start = end
    while start > lo:
        token = doc[start - 1]
        if token.text in ("-", "\u2010") and start - 2 >= lo:
            part = doc[start - 2]
            joined = hyphen_joins(doc, start - 1)
            if part.pos_ == "PROPN" or (joined and part.is_title and part.is_alpha):
                start -= 2 if joined else 1  # "Hon-keung", "Ravid-Shaked": one word, whatever its first part's tag
                continue
        if token.pos_ != "PROPN" and token.ent_type_ != "PERSON":
            break
        if (is_title_word(token, lexicons) and not _middle_initial(token, lexicons)) or token.is_punct \
                or multiword_title_start(token, lexicons) is not None:  # "Public Defender [Ana Roe]"
            break
        if (token.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "FAC") and token.ent_type_ != head.ent_type_
                and doc[start].ent_type_ == "PERSON") or token.lower_ in lexicons.organisation_nouns:
            break  # "in Ekurhuleni Jaco Botha", "the Assembly H. Prakash Shetty": a place or a body, not the name
        start -= 1
    while start >= 2 and hyphen_joins(doc, start - 1) and doc[start - 2].is_title and doc[start - 2].is_alpha:
        start -= 2  # the first part of a hyphenated surname the parse left outside the phrase ("Ben-Harush")
    if within:  # a given name the tagger left out: "Recep [Tayyip Erdogan]"
        while start > 0 and start == lo:
            token = doc[start - 1]
            if token.pos_ != "PROPN" or token.dep_ != "compound" or token.ent_type_ or not token.is_title \
                    or is_title_word(token, lexicons) or not (start <= token.head.i < end):
                break
            start -= 1
            lo -= 1
    start = _name_after_portfolio(doc, start, end, lexicons)
    return [doc[k] for k in range(start, end)]  # no Span made for it


def _after_hyphen(token: Token) -> bool:
    """Whether ``token`` is the second part of a hyphenated word written without spaces: "Grant" of
    "Lewin-Grant" is a surname's part, not the verb "grant"."""
    return token.i >= 2 and hyphen_joins(token.doc, token.i - 1) and token.doc[token.i - 2].is_alpha


def _name_after_portfolio(doc: Doc, start: int, end: int, lexicons: Lexicons) -> int:
    """Where a name starts in the capitalised words after a title's "for"/"of" ("Secretary for
    Housing Dana Roe"): at the first given name or person the recognizer marks, the words before it
    being the portfolio; ``start`` when the words are no such run."""
    if start < 1:
        return start
    prep = coordinated_portfolio(doc, start - 1, lexicons) - 1  # "for Water, Forestry and [Rural Affairs Ana Roe]"
    if not portfolio_prep(doc[max(prep, 0)], lexicons):
        return _name_after_seat(doc, start, end, lexicons)
    for k in range(start + 1, end - 1):
        if starts_given_name(doc, k, lexicons):
            portfolio = doc[start:k]
            if all((t.is_title and not is_title_word(t, lexicons)) or t.lower_ in ("and", "&", ",")
                   for t in portfolio) \
                    and (end - k > 1 or not any(t.lower_ in lexicons.first_names for t in portfolio)):
                return k  # "Commissioner of Harlow [Anika Das]": a place that is a given name too
            break
    return _name_after_seat(doc, start, end, lexicons)


def _name_after_seat(doc: Doc, start: int, end: int, lexicons: Lexicons) -> int:
    """Where a name starts after an elected member's seat when no given name is known: "MP for Chiang Mai
    Worawit Kaewmanee" names a member of two words; ``start`` when the words are no such run (the
    seat and a name, four capitalised words or more after "for", the place perhaps cut off already)."""
    prep = start - 1
    while prep > 0 and start - prep <= 3:
        word = doc[prep]
        if word.lower_ == "for" or word.pos_ != "PROPN" or not word.is_title:
            break
        prep -= 1
    if prep < 1 or end - prep < 5 or not portfolio_prep(doc[prep], lexicons) \
            or not is_seat(doc[prep].head, list(doc[prep:end]), lexicons):
        return start
    return max(start, end - 2)


def _middle_initial(token: Token, lexicons: Lexicons) -> bool:
    """Whether an initial that could be a form of address ("M." for Monsieur) is a middle initial:
    after a given name, as in "Edwin M. Truman"."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return _is_initial(token.text) and before is not None and before.pos_ == "PROPN" and before.is_title \
        and not is_title_word(before, lexicons)


def _address_before_description(title: TitleParse | None, apposition: TitleParse | None,
                                 head: Token) -> TitleParse | None:
    """A one-word title before a name that a description before it sets off is a form of address,
    the description the role: in "Its publicity secretary, Chief Emeka Adeyemi," the role is
    "publicity secretary" and "Chief" (a Nigerian chieftaincy title) the rank."""
    if title is None or not title.role or " " in title.role or not title.role[:1].isupper() \
            or apposition is None or not apposition.role or not (head.dep_ == "appos" or _comma_apposed(head)) \
            or head.head.i > head.i \
            or apposition.role.split()[-1].lower() == title.role.lower():
        return title
    return TitleParse(rank=title.rank or title.role, affiliation=title.affiliation, gender=title.gender)


def _address_yields(held: str | None, apposition: TitleParse | None, lexicons: Lexicons) -> bool:
    """Whether a form of address a person is known by so far yields to the office an apposition gives,
    the form of address becoming the rank: in "Ambassador Ana Roe, the spokesperson of the ministry,"
    the role is "spokesperson"; after "Rep. Ana Roe of the Labour Party" in a caption, "Roe, a Labour
    lawmaker," makes the role "lawmaker". Not a former office ("Sen. Ana Roe, a former governor").

    Notes:
        Counted: 5 quotes in 2 outlets of heldout..heldout30 (JoongAng "Rep.", Daily News Egypt
        "Ambassador"); polnear-train writes the shape too ("Rep. X, a Maine legislator").
    """
    return held is not None and held.lower() in lexicons.address_titles and apposition is not None \
        and bool(apposition.role) and not FORMER_WORDS & set(apposition.role.lower().split())


def appositive_title(head: Token, lexicons: Lexicons, gazetteer: Gazetteer) -> TitleParse | None:
    """Role from an apposition: "Zebari, Iraq's foreign minister," or "the minister, Zebari,"
    ("Qatar's Minister of State for Foreign Affairs, Sheikh Faisal"). Not the subject the parser
    made the apposition of a name set off after a fronted phrase ("In a statement signed by his aide,
    Mr Ana Roe, [the minister] said")."""
    subject = _subject_after_set_off_name(head)
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and child != subject:
            lo, _ = mention_range(child)
            doc = head.doc
            lowers = [t.lower_ for t in doc[child.i:child.i + 6]]
            extra = max(match_phrase(lowers, 0, lexicons.multiword_title_index) - 1, 0)  # "chief of staff"
            title = described_title(child, lexicons, gazetteer, lo=lo, end=child.i + 1 + extra)
            if title is None or not title.role:
                title = _conjoined_title(child, lexicons, gazetteer)
            if title is not None and title.role:
                return title
    if head.dep_ == "appos" and (head.head.pos_ == "NOUN" or is_title_head(head.head, lexicons)) \
            or _comma_apposed(head) and is_title_head(head.head, lexicons):
        second = _second_title(head.head, head, lexicons)
        if second is not None:  # "party deputy and spokesman on fisheries, Ana Roe,": both offices
            return described_title(head.head, lexicons, gazetteer, end=second.i + 1)
        return described_title(head.head, lexicons, gazetteer)
    title = _title_over_body(head, lexicons) if head.dep_ == "appos" else None
    return described_title(title, lexicons, gazetteer) if title is not None else None


def _second_title(title: Token, name: Token, lexicons: Lexicons) -> Token | None:
    """The title joined by "and" to the title a name set off after them is apposed to, which the role
    keeps with the first: "deputy and spokesman on fisheries, Ana Roe," (the parser hangs the remit on
    the first title); None when no second title comes between the first and the name.

    Notes:
        Counted: coordinated titles before a name, 2 outlets (heldout40 Dominican Today "<party> deputy and
        spokesman on <remit>, X,", 4 quotes, gold the second title with its remit, which the whole matches;
        heldout31 GDN "Former <council> member and economist Dr X", gold the whole coordination, a parse
        this does not reach: the name a conjunct of the title).
    """
    for conj in title.children:
        if conj.dep_ == "conj" and conj.pos_ == "NOUN" and title.i < conj.i < name.left_edge.i \
                and is_title_head(conj, lexicons) and title.doc[conj.i - 1].lower_ == "and":
            return conj
    return None


def _title_over_body(head: Token, lexicons: Lexicons) -> Token | None:
    """The title a name set off after "<title> of/for <unit> at <body>," describes when the parser hung the
    name on the body ("Director General for Europe at the ministry, [Ana Roe]"): the first title word up
    the body's heads, in the same clause-initial phrase before the name."""
    body = head.head
    if body.dep_ != "pobj" or body.head.lower_ != "at" or head.doc[head.left_edge.i - 1].text != ",":
        return None
    token, steps = body.head.head, 0
    while steps < 4 and token.i < body.i:
        if is_title_head(token, lexicons) and token.dep_ != "pobj":
            return token
        if token.head == token:
            return None
        token, steps = token.head, steps + 1
    return None


def described_person(head: Token, lexicons: Lexicons) -> TitleParse | None:
    """Role from an apposition that says what a person is where no title does: "Ana Roe, a
    58-year-old vendor," is a vendor, "Ana Roe, a former fish cutter," a former fish cutter. Its head
    is a common noun in the singular after "a"/"an" that names no body, document or thing (the
    lexicons' nouns for those); the nouns and lower-case adjectives before it stay, not an age
    ("52-year-old") or a nationality. Set off before the name the noun may follow "its"/"their" too ("Its
    proprietor, Ana Roe,", "Another landowner, Mrs Ana Roe,"), but not a kin's word ("His wife, Ana Roe,"),
    and "another" before a noun for a part in the story says no occupation ("Another critic, Ana Roe,").

    Notes:
        Counted before it was built: occupations set off before the name or after "another", with the gold
        role, 4 outlets of heldout25/27/28 (Kuensel 5 quotes, Seychelles Nation 1, Solomon Star 1, TOLOnews 1);
        given since to 2 more studied speakers whose gold has no role ("Another buyer", "An Indian
        expatriate"), none against."""
    noun = next((c for c in head.children if c.dep_ == "appos" and c.tag_ == "NN" and c.is_lower), None)
    before = head.head if head.dep_ == "appos" and head.head.i < head.i and head.head.tag_ == "NN" \
        and head.head.is_lower and head.doc[head.left_edge.i - 1].text == "," else None
    if noun is None and before is not None:  # "Its proprietor, Ana Roe,", "Another landowner, Mrs Ana Roe,"
        noun = before
    if noun is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children) \
            and not (noun is before and any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                            for c in noun.children)) \
            or any(c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1 for c in noun.children):
        return None  # "a mother of three", "a resident of the town": whose, not what
    lemma = noun.lemma_.lower()
    if lemma in lexicons.organisation_nouns or lemma in lexicons.document_nouns \
            or lemma in lexicons.non_agent_nouns or lemma in lexicons.evidence_nouns \
            or noun is before and lemma in lexicons.gendered_nouns:
        return None
    if (noun is before or not any(c.lower_ in ("a", "an") for c in noun.children)) \
            and lemma in lexicons.generic_sources:
        return None  # "Another critic, Ana Roe,", "Another resident, Ana Roe,": a part in the story, no occupation
    start = noun.i
    while start > 0 and _describes(noun.doc[start - 1], noun):
        start -= 1
    return TitleParse(role=join_tokens(list(noun.doc[start:noun.i + 1])))


def _describes(token: Token, noun: Token) -> bool:
    """Whether a word before a person's describing noun is part of the description: a noun or a
    lower-case adjective hanging on it ("former fish cutter", "retired teacher"), not an age or a
    nationality ("52-year-old", "Emirati")."""
    return token.dep_ in ("compound", "amod") and token.head.i <= noun.i and token.pos_ in ("NOUN", "ADJ") \
        and token.is_lower and not token.ent_type_ and not token.like_num


def _conjoined_title(described: Token, lexicons: Lexicons, gazetteer: Gazetteer) -> TitleParse | None:
    """Role from the second of two descriptions joined by "and" when the first names no office:
    "Ana Ruiz, a party loyalist and president of the institute," is its president."""
    for conj in described.children:
        if conj.dep_ == "conj" and conj.pos_ == "NOUN" and is_title_head(conj, lexicons):
            return described_title(conj, lexicons, gazetteer)
    return None


def relative_title(head: Token, lexicons: Lexicons, gazetteer: Gazetteer) -> TitleParse | None:
    """Role from a relative clause that says what a person is or was: "Tomas Brell, who served as
    deputy housing minister," or "Kwesi Ampem, who is the MP for Port Arden,"; None when it says
    something else ("who was also at the press conference")."""
    for clause in head.children:
        if clause.dep_ != "relcl" or clause.lemma_ not in ("be", "serve") \
                or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            continue
        for child in clause.children:
            noun = child if child.dep_ == "attr" else None
            if child.dep_ == "prep" and child.lower_ == "as":  # "served as deputy minister"
                noun = next((c for c in child.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ in ("NOUN", "PROPN") and is_title_head(noun, lexicons):
                return described_title(noun, lexicons, gazetteer)
    return None


def predicated_title(head: Token, lexicons: Lexicons, gazetteer: Gazetteer) -> TitleParse | None:
    """Role from a main clause that says what a person is: "Mara Lind is a lecturer at Lakeside
    University." The title must be tied to a body, a place or a person (an "of"/"at"/"for" phrase,
    a possessive or a capitalised modifier), which keeps out judgements ("Lind is a strong leader",
    "the only candidate"); a condition, a modal or a negation makes it no description ("if Lind is
    the nominee", "Lind would be a fine minister", "Lind is not a lawyer")."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be" or verb.dep_ != "ROOT" \
            or any(c.dep_ in ("neg", "mark") or c.tag_ == "MD" for c in verb.children):
        return None
    noun = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if noun is None:
        return None
    if not is_title_head(noun, lexicons):
        noun = next((c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"), noun)
    if not is_title_head(noun, lexicons) or not any(_ties_title(c) for c in noun.children) \
            or any(c.tag_ == "JJS" or c.lower_ == "only" for c in noun.children):
        return None
    return described_title(noun, lexicons, gazetteer)


def _ties_title(modifier: Token) -> bool:
    """Whether a modifier of a title ties it to a body, place or person: "at Lakeside University",
    "the party's", "Democratic", "Ohio"."""
    if modifier.dep_ == "prep":
        return modifier.lower_ in ("of", "at", "for", "with")
    if modifier.dep_ == "poss":
        return True
    return modifier.dep_ in ("compound", "amod", "nmod") and modifier.i < modifier.head.i \
        and (modifier.pos_ == "PROPN" or modifier.ent_type_ in ("NORP", "GPE", "ORG"))


def described_title(described: Token, lexicons: Lexicons, gazetteer: Gazetteer, *, lo: int | None = None,
                    end: int | None = None) -> TitleParse | None:
    """The title a noun phrase gives the name in apposition to it: "the group's executive director,
    Ifeoma Nwachukwu" (role "executive director", affiliation "group"). An "of"/"for" phrase naming
    a portfolio is part of the role ("cabinet member for social services"); one naming an
    organisation is the affiliation ("a spokesman for the ministry")."""
    doc = described.doc
    lo = mention_range(described)[0] if lo is None else lo
    while lo >= 2 and hyphen_joins(doc, lo - 1) and doc[lo - 2].is_alpha:
        lo -= 2  # "vice-chairman" the parser broke at its hyphen: one word
    if end is None:  # "Leader of the Opposition": a multi-word title starting at the noun
        n = match_phrase([t.lower_ for t in doc[described.i:described.i + 6]], 0, lexicons.multiword_title_index)
        end = described.i + max(n, 1)
    anchor, extended = doc[end - 1], False  # the title's last word ("chief of [staff]")
    chamber = chamber_after(doc[end - 1], lexicons)
    if chamber is not None:  # "deputy leader [in the Legislative Council]"
        end, extended = chamber.i + 1, True
    elif in_charge_of([t.lower_ for t in doc[end:end + 3]]):  # "Vice Mayor [in charge of Finance]"
        last = doc[end + 2].right_edge.i
        end, extended = next((k for k in range(end + 3, last + 1) if doc[k].is_punct), last + 1), True
    elif (field_stop := field_end(doc[end - 1])) is not None:  # "lecturer [in public law]": the field of a scholar
        end, extended = field_stop, True
    body_end = sub_body_end(doc[end]) if end < len(doc) and doc[end].lower_ == "of" and doc[end].head.i == end - 1 \
        else None
    if body_end is not None:  # "head [of the Liberal faction] in the city council"
        end = body_end
    while end < len(doc) and doc[end].lower_ in ("of", "for", "on") and doc[end].head.i in (described.i, end - 1):
        last = doc[end].right_edge
        comma = next((k for k in range(end + 2, last.i + 1) if doc[k].text == ","), None)
        if comma is not None and comma + 1 <= last.i and any(t.dep_ == "appos" and t.ent_type_ == "PERSON"
                                                             for t in doc[comma + 1:last.i + 1]):
            last = doc[comma - 1]  # "Head of the Lakeside Water Office, [Ana Roe]": the parser hung the name
            # set off after the body on the body
        at = _unit_at(doc, end, lexicons)
        if at is not None:  # "Director [of the X and Y Department] at MoCI, Dr. Ana Roe": the unit's name, however
            last = doc[at - 1]  # long or broken up by the parser, runs to the body it sits in
        elif last.i - end >= 6 and chamber_of_member(list(doc[end - 1:last.i + 1]), 1, lexicons) != last.i + 2 - end:
            break  # a long phrase ends the title, unless it names a member's chamber and seat ("Member [of
            # the Legislative Council for Westbury]")
        phrase = list(doc[end + 1:last.i + 1])
        if doc[end].lower_ == "on" and not is_remit(phrase, lexicons, gazetteer):
            break
        body = doc[end].lower_ == "of" and (sub_body(phrase) or office_of_place(doc[end - 1], phrase, gazetteer)
                                             or chamber_of_member(list(doc[end - 1:last.i + 1]), 1, lexicons)
                                             == last.i + 2 - end)  # "Member [of Parliament]"
        if doc[end].lower_ != "on" and not (  # a body or place the role holds is still the affiliation
                is_portfolio(phrase, lexicons, gazetteer, office=doc[end - 1].is_title) or body
                or is_title_head(last, lexicons) or is_seat(doc[end - 1], list(doc[end:last.i + 1]), lexicons)):
            break
        end, extended = last.i + 1, extended or not body
    title = parse_title(list(doc[lo:end]), lexicons, gazetteer)
    if title is not None and title.affiliation is None:  # "professor of law [at Lakeside University]"
        title.affiliation = _affiliation_phrase(anchor, gazetteer, after=end if extended else 0,
                                                preps=("for", "of", "at", "with", "to", "from"))
    return title


def _unit_at(doc: Doc, prep: int, lexicons: Lexicons) -> int | None:
    """The index of the "at" after a title's "of"/"for" (at ``prep``) naming a unit inside a body, when a
    name set off by a comma follows the body: "Director General [for Europe] at the ministry, Ana Roe,";
    else None. The unit's name runs to the "at" however long it is, and whatever the parser made of it (it
    hangs the name on the body, or breaks the unit's name at its "and").

    Notes:
        Counted before it was taken: a title, a unit's long name and "at" a body opening the sentence,
        the name after, 2 outlets (The Peninsula, Prensa Latina; 9 quotes), whose gold keeps the unit in
        the role and the body as affiliation, as :func:`unit_at_body` reads the shorter ones; none against.
    """
    k = prep + 1
    while k < min(prep + 11, len(doc)) and doc[k].lower_ != "at" and not doc[k].is_punct:
        k += 1
    if k >= len(doc) - 1 or doc[k].lower_ != "at" or k == prep + 1:
        return None
    body = next((c for c in doc[k].children if c.dep_ == "pobj"), None)
    comma = next((j for j in range(k + 1, min(k + 6, len(doc) - 1)) if doc[j].is_punct), None)
    if body is None or comma is None or doc[comma].text != "," or body.i > comma:
        return None
    name = doc[comma + 1:comma + 7]
    if not any(t.ent_type_ == "PERSON" for t in name):
        return None
    return k if unit_at_body(list(doc[prep + 1:k]), lexicons) is not None else None


def _affiliation_phrase(head: Token, gazetteer: Gazetteer, *, after: int = 0,
                        preps: tuple[str, ...] = ("for", "of", "at", "with", "to"),
                        named: bool = False) -> Entry | str | None:
    """Affiliation from "a spokesman for the ministry" / "the head of the agency" / "an MP from the
    Green Party" (a phrase from token ``after`` on: the one after a portfolio the title took in;
    with ``named``, only a phrase naming a body, not a person)."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in preps and child.i >= after:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and (named or child.lower_ == "from") and (
                    pobj.pos_ != "PROPN" or pobj.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", *TIME_LABELS)):
                continue  # "a lawmaker from San Antonio", "Senator Ana Ruiz of Ohio": a place, not a body
            if pobj is not None and (not after or pobj.pos_ == "PROPN"):  # not "minister of finance at the time"
                text = _body_text(_name_after_kind(pobj))  # "the campaign group Clean Rivers Now": the name
                return gazetteer.lookup(text) or text
    return None


def _body_after_name(name: Token, lexicons: Lexicons, gazetteer: Gazetteer) -> str | None:
    """The body an "of"/"from" phrase after a name, a party's short name in brackets after it, or a
    relative clause saying whom the bearer heads names: "Ana Ruiz of the Farmers Union", "Ana Ruiz
    (PL-PA)", "Ana Ruiz, who chairs the Senate Finance Committee"."""
    found = _affiliation_phrase(name, gazetteer, preps=("of", "from"), named=True)
    if found is not None:
        return _name_of(found)
    for appos in name.children:  # "Senator Ana Ruiz (PL-PA)", "Ana Ruiz (Green Party)": a party in brackets
        first = appos.left_edge
        first = first.nbor() if first.text == "(" and first.i + 1 < len(name.doc) else first
        if appos.dep_ != "appos" or first.i != name.i + 2 or name.doc[name.i + 1].text != "(" \
                or gazetteer.is_media(first.text):
            continue
        code = party_code(name.doc, name.i + 1)  # "(PL-PA)"; a single initial ("(D-Ohio)") is read by affiliations
        if code is not None and len(code) > 1 or is_short_name(first.text) and name.doc[first.i + 1].text == ")":
            return first.text
        if appos.ent_type_ in ("ORG", "NORP") and name.doc[appos.right_edge.i + 1:appos.right_edge.i + 2].text == ")":
            return _body_text(appos)
    for clause, body in headed_bodies(name):
        if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children) \
                and (body.pos_ == "PROPN" or body.lemma_.lower() in lexicons.organisation_nouns):
            return _body_text(body)
    return None


def _body_text(head: Token) -> str:
    """A body's name as its noun phrase or, longer, the recognizer's entity writes it ("the Joint Chiefs
    of Staff", "the Institute of Soil and Water Studies"), without its determiner."""
    lo, hi = mention_range(head)
    if head.ent_iob_ in ("B", "I") and head.ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
        lo, hi = min(lo, entity_start(head)), max(hi, entity_end(head))
    return _strip_det(head.doc[lo:_name_for_end(head, hi)])


def _name_after_kind(noun: Token) -> Token:
    """The name that follows a common noun saying its kind, without a comma ("the campaign group
    [Clean Rivers Now]", "the advocacy group [Open Courts]"), or the noun itself."""
    if noun.pos_ != "NOUN":
        return noun
    name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.left_edge.i == noun.i + 1), None)
    return name if name is not None else noun


def keep_title_abbreviations(tokenizer, lexicons: Lexicons) -> list[str]:
    """Teach the tokenizer the dotted titles of the role lexicon ("Col.", "Hon.", "Brig.", "Supt.").

    spaCy's English exceptions know "Gen." and "Sen." but split "Col." and
    "Hon." into a word and a full stop, where the parser then ends the
    sentence: "The party's secretary, Hon." / "Tunde Fasanmi, told reporters."
    Kept whole, the title stays in its noun phrase and the name in its sentence.

    Args:
        tokenizer: The pipeline's tokenizer (``nlp.tokenizer``); special cases are added to it.
        lexicons: Supplies the honorifics, ranks and title abbreviations.

    Returns:
        The forms added.
    """
    words = lexicons.title_stops
    added = []
    for word in sorted(words):
        if not (word.endswith(".") and len(word) >= 3 and word[:-1].replace(".", "").isalpha()
                and " " not in word):
            continue
        form = word[:1].upper() + word[1:]
        if len(tokenizer(form)) > 1:
            tokenizer.add_special_case(form, [{ORTH: form}])
            added.append(form)
    return added


def continue_after_titles(doc: Doc, lexicons: Lexicons) -> None:
    """No sentence starts right after a title that ends in a full stop ("Hon. Tunde Fasanmi",
    "Brig. Gen. Lorna Villareal"), nor in a paragraph's middle after one. Before the parser only."""
    if doc.has_annotation("DEP"):
        return
    ids = [doc.vocab.strings[w] for w in lexicons.title_stops if w.endswith(".") and len(w) > 2]
    lowers = doc.to_array("LOWER")  # (one pass in C; only the title tokens are looked at here)
    # written as an array: setting Token.is_sent_start checks the whole Doc for a parse each time
    starts = doc.to_array("SENT_START").astype(numpy.int64)  # 1 a start, -1 none, 0 not set
    after = [i + 1 for i in numpy.isin(lowers[:-1], ids).nonzero()[0].tolist()
             if doc[i].whitespace_ and doc[i + 1].is_title and starts[i + 1] != 1]
    if after:
        starts[after] = -1
        doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(-1, 1))  # spaCy's column type


def resolve_speakers(doc: Doc, statements: list[Statement], lexicons: Lexicons, gazetteer: Gazetteer,
                     layout: Layout, *, quotations: list[Quotation] | None = None
                     ) -> tuple[list[Statement], list[Entity]]:
    """Fill ``statement.speaker`` for each statement and return the article's entities.

    Statements relayed by a news outlet ("..., IRNA reported") are folded into
    the statement they relay: that one keeps its own source and gets the outlet
    as its channel.

    Args:
        doc: The parsed article.
        statements: Statements from :func:`.statements.find_statements`, in text order.
        lexicons: Role, name and actor lexicons.
        gazetteer: Countries and organisations.
        layout: Paragraphs and skipped ranges.
        quotations: Quotation spans; names inside them do not take pronouns.

    Returns:
        The statements kept (relayed ones folded) and the article's entities.
    """
    resolver = Resolver.for_doc(doc, lexicons, gazetteer, layout, quotations=quotations)
    statements = _without_question_asides(doc, statements)
    for statement in statements:
        statement.speaker = resolver.resolve(statement)
    _first_person(doc, statements)
    _evidence_reported(doc, statements, lexicons)
    kept = _fold_channels(doc, statements, gazetteer, lexicons)
    _named_after_lead(kept, resolver.entities, layout, lexicons, text=resolver.text)
    _inherit_affiliations(resolver.entities, kept, lexicons)
    resolver.settle_affiliations()
    complete_affiliations(doc, resolver.entities, lexicons, gazetteer, short_names=resolver._acronyms)
    portfolio_roles(doc, resolver.entities, kept, lexicons, gazetteer)
    states = state_affiliations(doc, resolver.entities, gazetteer)
    governments = government_affiliations(doc, resolver.entities, lexicons, gazetteer)
    for statement in kept:
        if statement.speaker is not None and statement.speaker.entity is not None:
            entity = resolver.entities[statement.speaker.entity]
            statement.speaker.name = entity.name  # the fullest name, found perhaps after this mention
            statement.speaker.type = entity.type
            statement.speaker.role = statement.speaker.role or entity.role
            statement.speaker.rank = statement.speaker.rank or entity.rank
            # the entity's, settled: a speaker took the entity's affiliation when resolved (an entity's is
            # set once), or none yet
            statement.speaker.affiliation = entity.affiliation
            # the ministry a title names, for the reader: the actor is not put on an actor's side by it
            # (a minister of a country the article sets against another: the country, as the spec's gold)
            statement.speaker.affiliation = governments.get(statement.speaker.entity) \
                or _ministry_of(statement.speaker, lexicons) or statement.speaker.affiliation
            # and the country a state's body speaks for, for the reader too (not the actor's side)
            statement.speaker.affiliation = statement.speaker.affiliation or states.get(statement.speaker.entity)
    for statement in kept:  # a person's office: the affiliation its holder is given ("Sfeir's office": his ministry)
        holder = resolver.office_holders.get(statement.speaker.entity) if statement.speaker is not None else None
        if holder is not None:
            person = resolver.entities[holder]
            statement.speaker.affiliation = governments.get(holder) or _ministry_of(
                SpeakerInfo(name=person.name, role=person.role, affiliation=person.affiliation, type=person.type),
                lexicons) or person.affiliation or states.get(holder)
    return kept, resolver.entities


def _without_question_asides(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """The statements but those of a question put to a speaker in an aside before the speaker's own cue: in
    "Ana Roe, asked about the delays in Leeds, said C" Roe is asked (by reporters the text leaves unnamed);
    "the delays in Leeds" is no statement of hers. Only when the verb the aside stands before is a cue
    itself (see :func:`question_aside`)."""
    cues = {s.cue_token for s in statements if s.cue_token is not None}
    def aside(statement: Statement) -> bool:
        if statement.cue_token is None:
            return False
        verb = _answering_verb(doc[statement.cue_token])
        return verb is not None and verb.i in cues and question_aside(doc[statement.cue_token]) is not None
    return [s for s in statements if not aside(s)]


def question_aside(participle: Token) -> Token | None:
    """The one asked in a question aside, when ``participle`` is one: a passive participle of asking
    ("asked", "pressed", "questioned") set off by a comma right after its subject's own words, before
    the verb of the subject's answer (:func:`_answering_verb`), with no more than adverbs and dates
    between the aside's end and that verb: "Ana Roe, asked about the delays in Leeds, said C", "The
    head of the board, pressed on the figures, on Friday insisted C". The subject answers the question;
    the question (reporters', left unnamed) is no statement of the subject's, and a name in it ("Leeds")
    is not who speaks. Else None. The statement stage's set-off participle (any participle, its
    subject's head right before the comma, the comma right before the verb) is a narrower case."""
    verb = _answering_verb(participle)
    if verb is None or participle.lemma_.lower() not in _QUESTION_VERBS or participle.tag_ not in ("VBD", "VBN") \
            or any(c.dep_ in ("aux", "auxpass") for c in participle.children):
        return None
    doc = participle.doc
    answer = range(verb.left_edge.i, verb.right_edge.i + 1) if participle.is_ancestor(verb) else range(0)
    words = [t for t in participle.subtree if t.i not in answer and not t.is_punct]  # the full stop may hang on it
    if participle.i == 0 or doc[participle.i - 1].text != "," or any(t.i > verb.i for t in words) \
            or not _only_adjuncts(doc, max(t.i for t in words) + 1, verb.i):
        return None  # the comma closing the aside may hang on either verb
    subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
    if subject is None or subject.left_edge.i != participle.left_edge.i:
        return None
    last = max(t.i for t in subject.subtree if not t.is_punct)  # "Ana Roe (Labour), asked": a bracket may close it
    return subject if last < participle.i - 1 and all(t.is_punct for t in doc[last + 1:participle.i]) else None


def _answering_verb(participle: Token) -> Token | None:
    """The verb after a participle that an aside's subject answers with, however the parser joined them:
    the participle a clause of the verb ("X, asked about Y, said C"), or the verb a conjunct of the
    participle with no "and" between or left loose after it ("X, asked about Y, also said C" parsed as
    two coordinated verbs, the participle the main one)."""
    if participle.dep_ in ("ccomp", "advcl") and participle.head.i > participle.i:
        return participle.head
    if any(c.dep_ == "cc" for c in participle.children):
        return None
    return next((c for c in participle.children if c.dep_ in ("conj", "dep") and c.i > participle.i
                 and c.pos_ in ("VERB", "AUX")), None)


def _only_adjuncts(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are a comma or dash with at most adverbs and dates
    ("..., also said", "..., last week said", "..., on Friday said": a preposition of a date too)."""
    words = doc[start:end]
    return len(words) > 0 and words[0].text in _ASIDE_OPENERS and all(
        t.is_punct or t.pos_ == "ADV" or t.ent_type_ in ("DATE", "TIME")
        or t.dep_ == "prep" and [c.ent_type_ for c in t.children] in (["DATE"], ["TIME"]) for t in words)


def _office_after_seat(held: str, title: str, lexicons: Lexicons) -> bool:
    """Whether a later title names the office of someone so far known by a seat only: "Sen. Ana Roe
    (D-Ore.), the ranking member of the committee": the office, not the seat, is the role; not a
    former office ("the former minister")."""
    return seat_only(held, lexicons) and not seat_only(title, lexicons) \
        and not FORMER_WORDS & set(title.lower().split())


def _named_after_lead(statements: list[Statement], entities: list[Entity], layout: Layout,
                      lexicons: Lexicons, *, text: str = "") -> None:
    """A person a lead introduces by an indefinite title ("A lawmaker has accused ...") is the one
    named with the same office in the paragraphs just after it ("MP Ana Roe told reporters ..."), whom
    the news style holds back before naming anyone: the lead's statements are that person's. The office
    is the same when the titles' head words are, or both name a legislature's member ("lawmaker", "MP",
    "Rep."); a generic source ("A spokesperson said") is no such lead. A name in a headline (a
    paragraph ending on no full stop, ``text`` given) is no naming before the lead: the tagger
    often takes a body's short name there for a person's."""
    for at, lead in enumerate(statements):
        speaker = lead.speaker
        if speaker is not None and speaker.resolution == "name" and speaker.entity is not None \
                and entities[speaker.entity].type == "person" and not _in_front_matter(speaker.start, layout, text):
            return  # a lead holds back no one once a person has been named
        if speaker is None or speaker.entity is None \
                or speaker.start is None or not (speaker.mention or "").lower().startswith(("a ", "an ")):
            continue
        entity = entities[speaker.entity]
        if speaker.resolution == "as-written" and entity.type == "person" and entity.role \
                and entity.role.split()[-1].lower() not in lexicons.generic_sources:
            office = entity.role  # not "A spokesperson for the group said": one often left unnamed
        elif speaker.resolution == "name" and entity.type in ("organisation", "group"):
            office = _member_office(speaker.mention or "", lexicons)
            if office is None:
                continue
        else:
            continue
        paragraph = layout.paragraph_of(speaker.start)
        for later in statements[at + 1:]:
            named = later.speaker
            if named is None or named.resolution != "name" or named.entity is None or named.start is None \
                    or named.start <= speaker.start:
                continue
            if layout.paragraph_of(named.start) > paragraph + 2:
                break
            person = entities[named.entity]
            named_first = all(start > speaker.start or _in_front_matter(start, layout, text)
                              for start, _ in person.mentions)
            if person.type == "person" and named_first and person.role \
                    and _same_office(office, person.role, lexicons) \
                    and _names_kept(speaker.mention, person.role, (person.role, person.affiliation, named.mention)):
                for held in (lead, *(s for s in statements[at + 1:] if s.speaker is not None
                                     and s.speaker.entity == speaker.entity and s.speaker.resolution == "nominal")):
                    # the lead's, and a later "the senator" that stood for the lead's unnamed one
                    held.speaker = SpeakerInfo(**{**named.__dict__, "mention": held.speaker.mention,
                                                  "start": held.speaker.start, "end": held.speaker.end,
                                                  "resolution": "named-after"})
                break


def _member_office(mention: str, lexicons: Lexicons) -> str | None:
    """The office of one member an indefinite lead describes in capitals, which the recognizer took
    for a body's name: a legislature's seat ("A Lebanese Forces MP", "An Opposition Member") is that
    title; a capitalised noun of one person that names no body ("A Los Angeles County Democrat",
    "A Senate Republican") is a party's member, whom a legislator's title names later ("member")."""
    words = mention.replace(".", " ").split()
    if len(words) < 2:
        return None
    head = words[-1]
    word = lexicons.abbreviations.get(head.lower(), head.lower()).split()[-1]
    if word in lexicons.seat_titles:
        return head
    bodies = (lexicons.organisation_nouns, lexicons.organisation_heads, lexicons.place_nouns, lexicons.chambers,
              lexicons.business_name_ends, lexicons.titles, lexicons.generic_sources, lexicons.document_nouns,
              lexicons.evidence_nouns, lexicons.non_agent_nouns, lexicons.channel_nouns)  # no "A Gallup Poll"
    if len(head) > 1 and head[0].isupper() and head[1:].islower() and not any(word in b for b in bodies):
        return "member"
    return None


def _in_front_matter(offset: int | None, layout: Layout, text: str) -> bool:
    """Whether ``offset`` is above the article's lead: in a headline or in a standfirst."""
    return _in_headline(offset, layout, text) or _in_standfirst(offset, layout, text)


def _in_standfirst(offset: int | None, layout: Layout, text: str) -> bool:
    """Whether ``offset`` is in a standfirst: a paragraph just above the byline ("By Ana Roe"), the
    summary under a headline that names whom the lead below it still holds back."""
    if offset is None or not text or not layout.paragraphs:
        return False
    at = layout.paragraph_of(offset)
    for start, end in layout.paragraphs[at + 1:at + 3]:
        line = text[start:end].strip()
        words = line.split()
        if words[:1] in (["By"], ["BY"]) and 1 < len(words) <= 6 and not line.endswith(".") \
                and all(w[:1].isupper() or w in ("and", "of") for w in words[1:]):
            return True
    return False


def _in_headline(offset: int | None, layout: Layout, text: str) -> bool:
    """Whether ``offset`` is in a headline: a paragraph whose last word ends on no full stop, question
    or exclamation mark (closing quotation marks aside)."""
    if offset is None or not text or not layout.paragraphs:
        return False
    start, end = layout.paragraphs[layout.paragraph_of(offset)]
    last = text[start:end].rstrip().rstrip("\"'\u201d\u2019")
    return bool(last) and last[-1] not in ".!?"


def _names_kept(lead: str, role: str, described: tuple[str | None, ...]) -> bool:
    """Whether a lead's description ("a U.S. District Court judge") and the later person's title
    ("Circuit Court Judge") name one office where both qualify it by name: every capitalised word of
    the lead's must describe the person named later too. A bare later title ("MP", "Rep.") keeps the
    lead's qualifiers ("A Democratic lawmaker", "a Senedd member") unchallenged."""
    def qualifiers(text: str, skip_first: bool) -> list[str]:
        words = text.replace(".", " ").split()[1 if skip_first else 0:-1]
        return [w.lower() for w in words if w[:1].isupper()]

    own, later = qualifiers(lead, True), qualifiers(role, False)
    words = {w.lower() for w in " ".join(d for d in described if d).replace(".", " ").split()}
    return not own or not later or all(w in words for w in own)


def _same_office(role: str, other: str, lexicons: Lexicons) -> bool:
    """Whether two titles name one office: the same head word ("spokesman"), or both a legislature's
    member ("lawmaker", "MP", "Rep.", "senator")."""
    def head(title: str) -> str:
        word = title.split()[-1].lower()
        return lexicons.abbreviations.get(word, word).split()[-1].lower()

    a, b = head(role), head(other)
    return a == b or a in lexicons.seat_titles and b in lexicons.seat_titles


def _evidence_reported(doc: Doc, statements: list[Statement], lexicons: Lexicons) -> None:
    """Findings that "show" something inside what someone reports are that someone's claim: in "The
    agency said analysis of monitoring data showed C", the agency says C; the analysis is its evidence."""
    for statement in statements:
        source = statement.source_token
        if source is None or statement.cue_start is None or doc[source].lemma_.lower() not in lexicons.evidence_nouns \
                and doc[source].lower_ not in lexicons.evidence_nouns:
            continue
        outer = [s for s in statements if s is not statement and s.speaker is not None and s.speaker.entity is not None
                 and s.start <= statement.cue_start < s.end]
        if outer:
            reporter = min(outer, key=lambda s: s.end - s.start).speaker
            statement.speaker = SpeakerInfo(**{**reporter.__dict__, "resolution": "reporter"})


def _first_person(doc: Doc, statements: list[Statement]) -> None:
    """ "I" and "we" inside someone's quoted words are that someone: in "'I don't believe it,'
    Mr. Sanders said", the speaker of "don't believe" is Sanders."""
    spoken = sorted((s.start, -s.end, s) for s in statements if s.speaker is not None and s.kind == "direct")
    starts = [start for start, _, _ in spoken]
    for statement in statements:
        if statement.speaker is not None or statement.source_token is None:
            continue
        source = doc[statement.source_token]
        if source.pos_ != "PRON" or source.lower_ not in ("i", "we", "me", "us"):
            continue
        at = bisect.bisect_right(starts, source.idx) - 1
        while at >= 0:
            start, neg_end, outer = spoken[at]
            if outer is not statement and start <= source.idx < -neg_end:
                statement.speaker = SpeakerInfo(**{**outer.speaker.__dict__, "mention": source.text,
                                                   "start": source.idx, "end": source.idx + len(source.text),
                                                   "resolution": "first-person"})
                break
            if -neg_end < source.idx - 2000:
                break
            at -= 1


def _fold_channels(doc: Doc, statements: list[Statement], gazetteer: Gazetteer,
                   lexicons: Lexicons) -> list[Statement]:
    """Fold a statement relayed by an outlet ("X said C, the agency reported") into the one it
    relays. An outlet is one the gazetteer names or a channel noun ("the news agency"); a proper
    name ending in such a noun names a body of its own ("the UN Refugee Agency said ...")."""
    relayed: set[int] = set()
    for i, outer in enumerate(statements):
        speaker = outer.speaker
        if speaker is None or outer.source_token is None:
            continue
        head = doc[outer.source_token]
        is_channel = gazetteer.is_media(speaker.name or "") or gazetteer.is_media(head.text) \
            or (head.pos_ != "PROPN" and head.lemma_.lower() in lexicons.channel_nouns)
        if not is_channel:
            continue
        for inner in statements:
            if inner is outer or inner.cue_start is None or inner.speaker is None:
                continue
            if outer.start <= inner.cue_start < outer.end and outer.start <= inner.start and inner.end <= outer.end + 2:
                inner.speaker.channel = _channel_name(doc, head, speaker)
                relayed.add(i)
    return [s for i, s in enumerate(statements) if i not in relayed]


def _channel_name(doc: Doc, head: Token, speaker: SpeakerInfo) -> str | None:
    """An outlet's name without its description: "IRNA" for "the official IRNA news agency"."""
    lo, hi = mention_range(head)
    named = [t for t in doc[lo:hi] if t.pos_ == "PROPN" and t.tag_ != "POS"]
    if named and head.pos_ != "PROPN":
        return join_tokens(named)
    return speaker.name


def _inherit_affiliations(entities: list[Entity], statements: list[Statement], lexicons: Lexicons) -> None:
    """A role holder with no affiliation speaks for an organisation the role names by its kind or
    its portfolio.

    "military spokesman" in an article where "the U.S. military" spoke takes
    "U.S. military" as affiliation, "National Security Minister" the "Ministry
    of National Security"; "health spokeswoman" does not take the "Department
    of Health" (see :func:`_heads_body`).
    """
    organisations = [e for e in entities if e.type == "organisation" and e.name.strip()]
    for entity in entities:
        if entity.type != "person" or not entity.role or entity.affiliation:
            continue
        words = {w.lower() for w in entity.role.split()}
        for org in organisations:
            if _heads_body(entity.role, words, org.name, lexicons):
                entity.affiliation = org.name
                entity.country = org.country or org.affiliation
                break
