"""Affiliations that the words around a person's name give when the title parse gave none.

Stage: spaCy pipeline, the last step of speaker resolution: :func:`.speakers.resolve_speakers`
calls :func:`complete_affiliations` once the affiliations a title or an apposition gave are settled.
For each person of the article still without one, it reads the words around each mention of
the name, in this order:

- a clause saying what body the person heads ("Ana Ruiz, who chairs the Senate Water
  Committee, said");
- a body's name before the title, even when a bracketed short name stands between them or
  the recognizer took the name for no organisation ("Harbour Lawyers Association (HLA)
  president Ana Ruiz", "Fianna Gael transport spokeswoman Ana Ruiz", "Government spokeswoman
  Ana Ruiz": the government), or a province or city before an office that runs it
  ("Westmark Premier Ana Ruiz"; not the seat before a legislator's title, "Westmark MP");
- the owner of a title set off before the name, when it refers back to an organisation
  named just before ("Its operations chief, Ana Ruiz", "the company's lawyer, Ana Ruiz"; "its" also
  before a noun no title names: "Its proprietor, Ana Ruiz"), or for
  "the company's" the one business the article names, however far back;
- a body an "of" phrase right after the name names, set off by commas or not ("Ana Ruiz of the
  Westmark Greens party", "Ana Ruiz, of the Westmark Greens party, said");
- a party marker after a legislator's name, as US and Brazilian papers write it ("Ana
  Ruiz, D-El Paso,", "Senator Ana Ruiz (PL-MG)"), with single initials read from
  ``models/actors.json`` (``party_initials``);
- a body an "in" phrase ending a title set off before the name names ("The Permanent Secretary in the
  Ministry of Harbours, Ana Ruiz,"; not the house an office sits in: "in Parliament");
- last, the department the article names for a portfolio title's portfolio ("Harbours
  Secretary": the "Department of Harbours and Canals"), or the one state's or province's
  government it names for a state commissioner or a provincial minister.

:func:`state_affiliations` gives a body of a state's executive that speaks ("the Foreign Office said") the
country it speaks for, for the statements' speakers only: :mod:`.speakers` is to call it.

An affiliation a reader would laugh at is mended or dropped (:func:`_without_visible_fault`): among others
"State for Harbours" of "Secretary of State for Harbours", a portfolio with the words the title goes on with
("Harbours responsible for ports"), "Ministry" alone, and "People" of "the People's Representative for
Westmark".

A short name in capitals the article never defines is written in full when the article names one
body whose initials spell it ("HWU" for the "Harbour Workers Union").

The ministry a portfolio written in lower case names ("culture minister Ana Ruiz": Culture
Ministry, :func:`lower_case_ministry`) is given to the speaker only, as
:func:`.speakers.resolve_speakers` gives it for a capitalised one: the actor is put in no body
the article does not name.

:func:`portfolio_roles` gives a person known by a bare portfolio title ("Minister Ana Roe") the title with its
portfolio the article writes for that person elsewhere ("the Minister for Harbours"), on every statement:
:mod:`.speakers` is to call it once affiliations are complete.

:func:`government_affiliations` gives a member of a national government the country served
("Defense Minister" in an article on two countries, "Prime Minister"), for the statements' speakers
only, as :func:`state_affiliations` does.

It never replaces an affiliation already given (but for writing a short name in full, a party read
off a member's word in the singular in the plural: "Liberal Democrat councillor", the Liberal
Democrats, and a member's party named beside the name over the house, committee or country the title
gave: "Committee chairman Ana Ruiz of the Westmark Party", "Ana Ruiz, an MEP from the Green Party",
:func:`_party_over_title`), and does not merge actors across articles (:mod:`attribution.actors`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Entry, Gazetteer
from ..lexicons import Lexicons
from .layout import is_dateline, opens_paragraph
from .model import Entity, Statement, doc_text, sentence_bounds
from .titles import (BUSINESS_NOUNS, FORMER_WORDS, NAME_PARTICLES, NOMINAL_SUBJECTS, OWNER_PRONOUNS, PORTFOLIO_TITLES,
                     RANK_MODIFIERS, SUB_BODIES, UNNAMED_KINDS, committee_seat, headed_bodies, is_portfolio,
                     is_seat_title, is_short_name, is_title_word, join_tokens, kind_word, party_code, portfolio_prep,
                     portfolio_words, seat_only, title_owner)

#: Words before "minister" that say a rank or name no portfolio ("deputy minister", "prime minister"), or
#: that start a title's words without naming its portfolio ("the", "new").
_NOT_PORTFOLIO = frozenset({"deputy", "acting", "junior", "assistant", "vice", "former", "interim", "prime", "first",
                           "chief", "state", "cabinet", "senior", "government", "opposition", "shadow", "the", "a",
                           "new", "then", "late", "outgoing", "incoming", "regional", "provincial", "federal"})
#: Kinds of body a portfolio title heads ("Department of Harbours").
_PORTFOLIO_BODIES = frozenset({"department", "ministry", "office", "bureau"})
#: Words inside a body's name between its capitalised words ("Law Society of Westmark").
_NAME_JOINERS = frozenset({"of", "and", "&", "for"})
#: Words for a government that stand alone before a title for the government the bearer speaks for.
_GOVERNMENT_WORDS = frozenset({"government"})
#: Words between a place and "government" that say which tier it is ("Westmark State Government").
_GOVERNMENT_TIERS = frozenset({"state", "provincial", "regional"})
_BODY_LABELS = frozenset({"ORG", "NORP", "PERSON", "GPE", "FAC", "PRODUCT"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Last words of the name of a body of a state's executive, which speaks for that state: "Foreign Office",
#: "Ministry of Defence", "Border Guard Service", "National Police", "Defence Force".
_STATE_BODY_HEADS = frozenset({"ministry", "office", "department", "police", "army", "navy", "force", "forces",
                               "guard", "service", "presidency", "government", "command", "directorate"})
#: Words in a body's name that place it below its country's government ("the state government").
_BELOW_STATE = frozenset({"state", "regional", "provincial", "local", "municipal"})
#: Titles of a head of government, or of the one who speaks for a government, written without a country.
_HEAD_OF_GOVERNMENT = frozenset({"prime minister", "chancellor", "chief cabinet secretary"})
#: Words in a minister's title that say the minister is not in the country's government.
_NOT_NATIONAL = frozenset({"shadow", "opposition", "chief", "prime", "state", "provincial", "regional"})
#: Bodies of a legislature a member's title names ("Committee chairman", "Commission IV member"): where the
#: member sits, which a body named after the name (the member's party) outranks as the affiliation.
_HOUSE_BODIES = frozenset({"committee", "subcommittee", "commission", "caucus", "panel"})
#: Last words of a party's or an electoral alliance's name, written capitalised as part of it ("Westmark Alliance").
_PARTY_KINDS = frozenset({"party", "alliance", "bloc", "coalition", "front", "movement"})
#: Titles of the head of a state's, province's or region's government, which a name often bears alone
#: ("Premier Ana Ruiz"): the holder serves the region the article is about.
_REGION_HEADS = frozenset({"premier", "governor", "chief minister"})
#: Nouns after a place's name that make it a division of a country ("the Westmark region", "Westmark State").
_DIVISION_NOUNS = frozenset({"region", "province", "state", "oblast", "governorate", "prefecture", "territory",
                             "county", "krai", "canton"})
#: Words before a portfolio title that make it another office than the bare title's ("Prime Minister", "former
#: Minister for Health", "Shadow Secretary for Housing").
_OTHER_OFFICE = RANK_MODIFIERS | FORMER_WORDS | frozenset({"prime", "shadow", "chief", "first", "state", "cabinet"})
#: Words inside a portfolio's name between its capitalised words ("Minister for Harbours and the Coastal Economy").
_PORTFOLIO_JOINERS = frozenset({"and", "&", "the", ","})
#: Words before "House" that make it a legislature's chamber ("the Lower House"; not "the White House").
_HOUSE_QUALIFIERS = frozenset({"lower", "upper"})
#: Seat titles of a senate's members, who speak for no other house.
_SENATE_SEATS = frozenset({"senator", "senators"})
_SENTENCES_BACK = 3  # sentences back an owner of a title may be named
_PARTY_SENTENCES_BACK = 8  # sentences back the party "the party's" refers to may be named


@dataclass
class _Context:
    """What the rules read of one article, computed once: sentence starts, the recognizer's entities,
    the title and rank words of the lexicons, and when a rule first asks, organisations in text order."""

    doc: Doc
    lexicons: Lexicons
    gazetteer: Gazetteer
    sentence_starts: list[int]
    ents: tuple[Span, ...]
    title_words: frozenset[str]
    rank_words: frozenset[str]
    people: frozenset[int]
    short_names: dict[str, str]
    _governments: dict[str, str] | None = None
    _initials: dict[str, set[str]] | None = None

    @classmethod
    def of(cls, doc: Doc, lexicons: Lexicons, gazetteer: Gazetteer, people: list[Entity],
           short_names: dict[str, str]) -> _Context:
        return cls(doc=doc, lexicons=lexicons, gazetteer=gazetteer,
                   sentence_starts=[start for start, _ in sentence_bounds(doc)], ents=tuple(doc.ents),
                   title_words=lexicons.title_parts, rank_words=lexicons.rank_parts,
                   people=frozenset(_tokens_of(doc, people)), short_names=short_names)

    @functools.cached_property
    def organisations(self) -> list[Span]:
        """The organisations in text order (:func:`_organisations`), found when a rule first asks."""
        return _organisations(self.doc, self.ents, self.gazetteer, self.people)

    @functools.cached_property
    def org_ends(self) -> list[int]:
        """Where each of :attr:`organisations` ends."""
        return [span.end for span in self.organisations]

    def sentence_of(self, i: int) -> int:
        return bisect.bisect_right(self.sentence_starts, i) - 1

    def is_title(self, token: Token) -> bool:
        return token.lower_ in self.lexicons.titles or token.lemma_.lower() in self.lexicons.titles

    def is_rank(self, token: Token) -> bool:
        return token.lower_.strip(".") in self.rank_words and not token.is_lower

    def full_name(self, short: str) -> str | None:
        """The one body the article names in full whose words' initials spell a short name in capitals it
        uses without defining it: "the Harbour Workers Union" for "HWU" (found once for all names)."""
        if self._initials is None:
            self._initials = {}
            for span in self.organisations:
                words = [t for t in span if t.lower_ not in _NAME_JOINERS and t.lower_ != "the"]
                if len(words) > 1 and all(t.text[:1].isupper() and t.is_alpha for t in words) \
                        and span.root.ent_type_ != "PERSON":
                    name = span.text[4:] if span.text.lower().startswith("the ") else span.text
                    self._initials.setdefault("".join(t.text[0] for t in words).upper(), set()).add(name)
        names = self._initials.get(short, set())
        return next(iter(names)) if len(names) == 1 else None

    @functools.cached_property
    def legislatures(self) -> dict[str, str]:
        """The legislatures the article names (:func:`_legislatures`), found when a rule first asks."""
        return _legislatures(self.ents, self.lexicons)

    def governments(self) -> dict[str, str]:
        """The governments below a country's the article names, by their lower-cased names (found once)."""
        if self._governments is None:
            self._governments = _regional_governments(self.doc, self.gazetteer)
        return self._governments


def complete_affiliations(doc: Doc, entities: list[Entity], lexicons: Lexicons, gazetteer: Gazetteer, *,
                          short_names: dict[str, str] | None = None) -> None:
    """Give each person without an affiliation the one the words around a mention of the name
    say (see the module docstring), from the first mention that says one; and write in full a short
    name in capitals the article uses without defining it, when it names one body whose initials spell
    it ("HWU chairman" of the "Harbour Workers Union" the lead names: :meth:`_Context.full_name`).

    Notes:
        The short name in full was counted before it was built: of the speakers given a short name
        in capitals whose body the article names in full, the gold writes the full name for 32 quotes
        (11 speakers, 9 outlets) and the short name for 5 (3 speakers).

    Args:
        doc: The parsed article.
        entities: The article's entities; persons' ``affiliation`` is filled in place.
        lexicons: Titles, ranks, honorifics, organisation nouns and party initials.
        gazetteer: News outlets (never an affiliation).
        short_names: Short names the article defines ("CCC" for "Citizens Coalition for Change"), which
            a body's short name before a title is given as, as the title parse does.
    """
    context: _Context | None = None
    for entity in entities:
        if entity.type != "person" or not entity.mentions:
            continue
        context = context or _Context.of(doc, lexicons, gazetteer,
                                         [e for e in entities if _known_person(e, lexicons)], short_names or {})
        if entity.affiliation and not _undefined_short_name(entity.affiliation, short_names or {}):
            entity.affiliation = _party_over_title(entity, context) or _kind_in_full(entity, context) \
                or entity.affiliation
            continue
        found = entity.affiliation or _affiliation_of(entity, context)
        if found and _undefined_short_name(found, short_names or {}):
            found = context.full_name(found) or found  # "NLC chairman", "its spokesman" (the PDP's): in full
        entity.affiliation = found
    full_text = doc_text(doc)  # the text the layout stage joined once, not doc.text rebuilt
    text = full_text.lower()
    names = _people_names(entities, lexicons)
    for entity in entities:
        if entity.type == "person" and entity.affiliation:
            entity.affiliation = _plural_name(entity.affiliation, text)
            entity.affiliation = _without_visible_fault(entity, names, full_text, lexicons)


#: Words that end a body's name only when it was cut short ("Ministry of Foreign Affairs and").
_CUT_ENDS = frozenset({"and", "&", "of", "for", "on", "the", "pour", "de", "la", "du", "des", "del", "di"})
#: Lower-case words a body's name in the text may run on with after a cut ("pour la sauvegarde de la").
_RUN_ON = r"(?:\s+(?:[A-Z][\w'’.-]*|and|&|of|for|the|pour|de|la|le|du|des|del|di|et))"
#: The word every pattern of an office's name holds (:func:`_without_visible_fault`): a text without it
#: needs no pattern made for the name.
_OFFICE = re.compile("office", re.IGNORECASE)
#: Words that open a sentence, not a name ("But Ana Ruiz").
_CONJUNCTIONS = frozenset({"but", "and", "or", "so", "yet", "while"})


def _outlet_of(name: str, text: str) -> bool:
    """Whether a name is the news outlet the article is from: the first line of its text, alone or before a
    dash ("Westmark Times", "WPA - Westmark Press Agency"), that someone speaks to ("told the Westmark Times"),
    or the dateline's bracketed agency ("(WPA) -")."""
    first = _first_line(text)
    masthead = first == name or first.startswith(name) \
        and bool(re.match(rf"{re.escape(name)}\s+[-–—]\s", first))  # or a kicker: "Panama"
    return masthead and bool(re.search(rf"\btold {re.escape(name)}\b", text)) \
        or f"({name}) -" in text or f"({name}) –" in text


@functools.lru_cache(maxsize=8)
def _first_line(text: str) -> str:
    """The first line of a text, cut once per article (not copied whole for each name)."""
    return text.lstrip().split("\n", 1)[0].strip()


@functools.lru_cache(maxsize=8)
def _names_an_office(text: str) -> bool:
    """Whether a text writes "office" in any case (searched once per article, not for each name)."""
    return _OFFICE.search(text) is not None


def _only_before_name(word: str, entity: Entity, text: str) -> bool:
    """Whether the text writes a word only right before the person's name ("Ouk" of "Ouk Sovann", the
    recognizer taking "Sovann" alone for the name); not "Republican" of "Republican Ana Ruiz" written
    elsewhere too."""
    if word not in text:
        return False  # no pattern made for a word the text never writes as it is
    found = re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])(\s+[\w'’.-]+)?", text)
    first = entity.name.split()[0]
    return bool(found) and all(after.strip() == first for after in found)


def _people_names(entities: list[Entity], lexicons: Lexicons) -> list[tuple[str, ...]]:
    """The names of the article's people the text shows are people (:func:`_known_person`) written as names
    (every word capitalised but particles, two words at least, no title word): "Ana Ruiz", not "Westmark
    mayor", "spokesperson for Ana Ruiz" or a firm's name the recognizer took for a person's."""
    names = []
    for entity in entities:
        words = _words(entity.name) if _known_person(entity, lexicons) else ()
        if len(words) > 1 and _written_as_name(words, lexicons):
            names.append(words)
    return names


def _written_as_name(words: tuple[str, ...], lexicons: Lexicons) -> bool:
    """Whether words are written as a person's name: every one capitalised but particles, none a title or
    an honorific ("Ana Ruiz", "Hamid bin Osman"; not "Westmark Greens spokeswoman Ana Ruiz")."""
    return all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words) \
        and not any(w.lower() in lexicons.titles or w.lower() in lexicons.honorifics for w in words)


def _words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[\w'’.-]+", name))


def _without_visible_fault(entity: Entity, names: list[tuple[str, ...]], text: str, lexicons: Lexicons) -> str | None:
    """A person's affiliation without the faults a reader sees at once, or none when nothing of a body is left:

    - a name cut short at a joining word is written as the text goes on ("Ministry of Foreign Affairs and"
      of the "Ministry of Foreign Affairs and Harbours"; "Conseil supérieur pour" up to its bracketed short
      name), without a bracket left open ("Westmark Nurses Union (WNU"), and without the words in lower
      case before it that say what the body is ("the ruling", "far-right", "Westmark-based think tank");
    - the person's own name is no body: the words before it are kept when they are a body's ("Audit Bureau
      Ana Ruiz": the Audit Bureau), none else ("Ruiz" for Ana Ruiz), nor a word written right before the
      name and nowhere else ("Ouk" of "Ouk Sovann"). Another person's name stays: the one a spokesperson
      or a lawyer speaks for ("Ruiz" for "a spokesperson for Ruiz"), on whose side :mod:`.claims` puts the
      speaker;
    - the news outlet the article is from is no body of the speaker's ("told the Westmark Times");
    - a title is no body: none when the affiliation is only titles ("President") or ends in a person's title
      with no joining word before it ("Westmark District Chairman"; not "Centre for Media Justice"), unless
      the text names the office ("Public Defender" of the "Public Defender's Office").

    Args:
        entity: A person with an affiliation.
        names: The article's people's names (:func:`_people_names`), to tell the person's own.
        text: The article's text.
        lexicons: Titles, honorifics, ranks and organisation nouns.

    Notes:
        Counted on heldout..heldout38 before it was built (affiliations a reader would laugh at, gold or
        not): a cut name 3 outlets (Stabroek, France 24, TAP); the person's own name 5 (BBC, Khmer Times, GDN,
        Libya Observer, The Point); only titles or a title's words 4
        (Awoko, Frontpage Africa, UPI, Borneo Bulletin); the article's own outlet 2 (Newsweek, Tatoli);
        words before the name saying what the body is 8 (Mail & Guardian, Civil.ge, IPN, El País, Notes
        from Poland, NewsDay, The EastAfrican, Mexico News Daily; PolNeAR dev: 3 outlets).
    """
    affiliation = entity.affiliation or ""
    words = affiliation.split()
    if words and words[-1].lower() in _CUT_ENDS:
        first = next((w for w in words if w[:1].isupper()), "")[:1]
        found = re.search(rf"(?<!\w){re.escape(affiliation)}(?P<rest>(?:\s+[\w'’.-]+){{0,8}}?)\s*"
                          rf"\({re.escape(first)}[A-Za-z]{{1,9}}\)", text) \
            or re.search(rf"(?<!\w){re.escape(affiliation)}(?P<rest>{_RUN_ON}*?\s+[A-Z][\w'’-]*)(?![\w'’-])"
                         rf"(?!{_RUN_ON})", text)
        affiliation = (affiliation + found["rest"]) if found else " ".join(words[:-1])
        words = affiliation.split()
    lead = 0
    while lead < len(words) and (re.match(r"[a-z]", words[lead])
                                 or re.fullmatch(r"[A-Z][\w'’.-]*-based", words[lead])):
        lead += 1  # "far-right", "Westmark-based think tank", "the ruling": what the body is, not its name
    if 0 < lead < len(words):
        words = words[lead:]
    words[-1:] = [re.sub(r"\s*\([^()]*$", "", " ".join(words[-1:]))] if words and "(" in words[-1] \
        and ")" not in words[-1] else words[-1:]  # "Westmark Nurses Union (WNU": the bracket left open
    words = [w for w in words if w]
    own_words = _words(entity.name)
    own = {w for alias in {entity.name} | entity.aliases if _written_as_name(_words(alias), lexicons)
           for w in _words(alias)} \
        if entity.type == "person" and (own_words in names or len(own_words) == 1 and own_words[0][:1].isupper()
                                        and own_words[0].lower() not in lexicons.titles) else set()
    tokens = [w.strip(",") for w in words]
    cut = next((i for i, w in enumerate(tokens) if all(t in own and t[:1].isupper() for t in tokens[i:])
                and set(tokens[i:]) & set(own_words)), None)  # the person's own name at the end
    if cut is not None:
        if len(own_words) == 1 and cut > 1 and tokens[cut - 1] == words[cut - 1] and tokens[cut - 1][:1].isupper() \
                and tokens[cut - 1].lower() not in lexicons.organisation_nouns | lexicons.organisation_heads:
            cut -= 1  # the first name of a person known by the last: "Audit Bureau Ana Ruiz" of "Ruiz"
        words = words[:cut]
        while words and (words[-1].strip(",.").lower() in lexicons.titles or words[-1].lower() in _CUT_ENDS
                         or words[-1].lower().strip(",") in lexicons.honorifics
                         or words[-1].strip(",.").lower() in lexicons.rank_words):
            words = words[:-1]
        words[-1:] = [w.rstrip(",") for w in words[-1:]]
        if words and (not words[0][:1].isupper() or words[0].lower() in _CONJUNCTIONS):
            return None  # "But" of "But Ana Ruiz"
    if len(words) == 1 and entity.type == "person" and entity.name.split() \
            and _only_before_name(words[0], entity, text):
        return None  # a word of the name itself ("Ouk" of "Ouk Sovann")
    if words and _outlet_of(" ".join(words), text):
        return None  # "told Newsweek": the paper the article is from, not the speaker's body
    if words and (_state_rank(words)
                  or any(re.match(r"[a-z]", w) and w not in _TITLE_RUN_JOINERS for w in words[1:])):
        words = _title_complement(words, text, lexicons)
    lower = [w.strip(",.").lower() for w in words]
    content = [w for w in lower if w not in _CUT_ENDS]
    if not content:
        return None
    if len(words) == 1 and lower[0] in _LONE_KINDS:
        return None  # "Ministry" of "Ministry spokesperson": which ministry the words do not say
    name = re.escape(" ".join(words))
    if _names_an_office(text) and re.search(rf"(?i)\b{name}[’']s office|office of the {name}\b", text):
        return " ".join(words)  # the "Public Defender" of the "Public Defender's Office": an office's name
    if len(words) == 1 and words[0][:1].isupper():
        words = _possessive_name(words[0], text, lexicons)
        if not words:
            return None  # "People" of "The People's Representative for Westmark": a title's first word
        lower = [w.strip(",.").lower() for w in words]
        content = [w for w in lower if w not in _CUT_ENDS]
    if all(w in lexicons.titles or w in lexicons.rank_words for w in content):
        return None  # "President"
    if len(lower) > 1 and lower[-1] in lexicons.titles and words[-1][:1].isupper() \
            and not set(lower) & _NAME_JOINERS:
        return None  # "Westmark District Chairman": a title, not a body; not "Centre of Media Justice"
    return " ".join(words)


#: Lower-case words a body's name runs on with ("Ministry of Foreign Affairs and the Interior", "Centre for
#: Democracy in Africa"): no word of a title's own words after its "of" phrase.
_TITLE_RUN_JOINERS = _CUT_ENDS | frozenset({"in", "e", "et", "y", "da", "do", "dos", "das", "van", "von", "der", "al",
                                            "el", "le", "a", "bin", "binti", "to", "at"})
#: A body's kind word that names no body alone ("Ministry spokesperson Ana Ruiz" in an article on two
#: countries' ministries).
_LONE_KINDS = frozenset({"ministry", "department", "agency", "directorate"})


def _possessive_name(word: str, text: str, lexicons: Lexicons) -> list[str]:
    """A one-word affiliation the text writes only as the possessive first word of a longer name, as that
    name ("People" of the "People's National Congress"), or none when the name is a seat's title ("People"
    of "the People's Representative for Westmark", "Noble" of "the Noble's Representative for Eastvale");
    any other word as it is ("Westmark" of "Westmark's Minister of State for Harbours").

    Notes:
        Counted on heldout..heldout42 before it was built: a possessive first word cut off a longer name,
        2 outlets: a seat's title (Matangi Tonga, 2 speakers, 7 quotes whose gold writes the house) and a
        party's (Sun Online). Only a body's name is written in full (it ends in an organisation noun): not
        "Hawke's Bay" nor "Westmark's Ana Ruiz" (PolNeAR dev: 1).
    """
    if f"{word}'s" not in text and f"{word}’s" not in text:
        return [word]  # no pattern made for a word the text never writes as a possessive
    found = re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])(['’]s(?:\s+(?:[A-Z][\w'’-]*|of|and|for))*)?", text)
    if not found or not all(found):
        return [word]
    rest = found[0].split()
    while rest and rest[-1] in _CUT_ENDS:
        rest = rest[:-1]
    if any(after.split()[:len(rest)] != rest for after in found) or len(rest) < 2:
        return [word]
    head = next((i for i, w in enumerate(rest) if w in _NAME_JOINERS), len(rest))
    if head == 2 < len(rest) and rest[1].lower() in lexicons.titles and rest[head] == "for":
        return []  # "the People's Representative for Westmark": a seat's title
    if any(w.lower() in lexicons.titles for w in rest[1:]):
        return [word]  # "Westmark's Minister of Harbours": the owner of a title, as it is
    if rest[-1].lower() not in lexicons.organisation_nouns | lexicons.organisation_heads:
        return [word]  # "Westmark's Ana Ruiz", "Hawke's Bay": no body's name
    return [word + rest[0], *rest[1:]]


def _state_rank(words: list[str]) -> bool:
    """Whether words open with "State" alone before lower case ("State for Fisheries"; not "State Audit Office")."""
    return words[0] == "State" and (len(words) == 1 or re.match(r"[a-z]", words[1]) is not None)


def _title_complement(words: list[str], text: str, lexicons: Lexicons) -> list[str]:
    """The words of an affiliation that a title's "of" phrase gave, without the words of the title itself:
    none for "State" of "Secretary of State" or "Minister of State for Harbours" (a rank, not a body), and
    the portfolio without what the title goes on to say ("Harbours responsible for ports" of "Deputy
    Minister of Harbours responsible for ports"), as the ministry the article names for it ("Ministry of
    Harbours") when it names one. Any other affiliation is kept as it is.

    Notes:
        Counted on heldout..heldout42 before it was built: "State ..." of "Secretary of State" 2 outlets
        (Tatoli, Club of Mozambique), a title's words after its portfolio 1 (Sun Online).
    """
    affiliation = " ".join(words)
    found = re.search(rf"\b(\w+) of {re.escape(affiliation)}(?![\w'’-])", text)
    if found is None or found[1].lower() not in lexicons.titles:
        return words
    if _state_rank(words):
        return []  # "Secretary of State for the Environment": the title's rank
    cut = next(i for i, w in enumerate(words) if i and re.match(r"[a-z]", w) and w not in _TITLE_RUN_JOINERS)
    if cut == len(words) - 1 or words[cut].lower() in lexicons.organisation_nouns:
        return words  # "Westmark municipality" of "mayor of Westmark municipality": the body's own noun
    kept = words[:cut]
    while kept and kept[-1].lower() in _CUT_ENDS:
        kept = kept[:-1]
    portfolio = " ".join(kept)
    if portfolio and re.search(rf"\bMinistry of {re.escape(portfolio)}(?![\w'’-])", text):
        return ["Ministry", "of", *kept]
    return kept


def portfolio_roles(doc: Doc, entities: list[Entity], statements: list[Statement], lexicons: Lexicons,
                    gazetteer: Gazetteer) -> None:
    """Give a person known by a bare portfolio title ("Minister", "the minister") the title with its portfolio
    that the article writes for that person, on the entity and on every statement whose speaker's role is the
    bare title: "Minister for Harbours and the Coastal Economy", where the person is introduced or in another
    sentence, is the role of "Minister Ana Roe said" too.

    The full title is the person's when it is written right before a mention of the name (forms of address and
    a comma between: "Minister of Harbours Ana Roe", "The Minister for Harbours, Hon. Ana Roe", where the title
    parse kept the bare title only), or, set before no name ("He asked the Minister for Harbours to ..."), when
    it is the one portfolio of that title the article writes and no other person in it bears that title. A
    title with a word before it that makes it another office ("Prime Minister", "former Minister for Health",
    "Minister of State", not "Secretary of State") is no full form of the bare one.

    Notes:
        Counted on the studied sets before it was built: a speaker's role the bare portfolio title while the
        article writes the title with its portfolio for that person, the gold role the full title: Seychelles
        Nation (3 quotes, the title in an earlier sentence), Montsame (3, the title before a name the recognizer
        split), Daily Monitor (1, set off before the name); the gold keeps the bare title for none. Titles of
        other offices with a body after them ("Director of the ... Department", "Head of ... Administration")
        are left alone: the golds cut "chairman of the X Association" to the title alone far more often (the
        body is the affiliation). Same speaker, a shorter role on one statement and a fuller one on another:
        none, as a person's statements all take the one role of the entity.

    Args:
        doc: The parsed article.
        entities: The article's entities; a person's ``role`` is replaced in place.
        statements: The statements, their speakers resolved; a speaker's bare ``role`` is replaced in place.
        lexicons: Titles and forms of address.
        gazetteer: Countries and organisations, which a title's "for" phrase names as no portfolio ("Minister
            for Wales" holds a place: :func:`.titles.is_portfolio`).
    """
    holders: dict[str, set[int]] = {}
    for index, entity in enumerate(entities):
        if entity.type == "person" and entity.role:
            for word in set(entity.role.lower().split()) & PORTFOLIO_TITLES:
                holders.setdefault(word, set()).add(index)
    bare = {index: entity.role.lower() for index, entity in enumerate(entities)
            if entity.type == "person" and entity.role and entity.role.lower() in PORTFOLIO_TITLES}
    if not bare:
        return
    people = [(start, end, index) for index, entity in enumerate(entities) if entity.type == "person"
              for start, end in entity.mentions]
    # head: (full title, or None for another office; the person it is written before, or None)
    written: dict[str, list[tuple[str | None, int | None]]] = {}
    for token in doc:
        head = token.lower_
        if head not in PORTFOLIO_TITLES or head not in bare.values() or not token.is_title:
            continue
        title = _portfolio_title(token, lexicons, gazetteer, people)
        if title is None:
            continue
        end = title[-1].i + 1
        other = token.i > 0 and doc[token.i - 1].lower_ in _OTHER_OFFICE \
            or head == "minister" and title[2].lower_ == "state"  # a rank: "Minister of State for Trade"
        written.setdefault(head, []).append((None if other else join_tokens(title),
                                             _bearer(doc, end, lexicons, people)))
    for index, head in bare.items():
        found = written.get(head, [])
        own = {title for title, bearer in found if bearer == index and title}
        if not own and len({title for title, _ in found}) == 1 and holders.get(head) == {index}:
            own = {title for title, bearer in found if title and bearer is None}
        if len(own) != 1:
            continue
        full = own.pop()
        entities[index].role = full
        for statement in statements:
            speaker = statement.speaker
            if speaker is not None and speaker.entity == index and (speaker.role or "").lower() == head:
                speaker.role = full


def _portfolio_title(office: Token, lexicons: Lexicons, gazetteer: Gazetteer,
                     people: list[tuple[int, int, int]]) -> list[Token] | None:
    """The words of a capitalised title and the portfolio its "of"/"for" names: "Minister for Harbours and the
    Coastal Economy"; None when no portfolio follows. The portfolio ends before a name, a form of address, an
    initial written onto the name ("Ts.Roe") and a word in lower case; a place or a body is no portfolio
    ("Minister for Wales", "Secretary for the Cabinet Office": :func:`.titles.is_portfolio`)."""
    doc = office.doc
    prep = office.i + 1
    if prep + 1 >= len(doc) or doc[prep].lower_ not in ("for", "of") or not (
            portfolio_prep(doc[prep], lexicons) or doc[prep + 1].is_title and not doc[prep + 1].ent_type_ == "PERSON"):
        return None  # the parser may hang the "for" on the verb ("asked the Minister for Harbours to ...")
    end = prep + 1
    while end < len(doc):
        token = doc[end]
        if token.lower_ in _PORTFOLIO_JOINERS:
            if token.text == "," and not (end + 1 < len(doc) and doc[end + 1].is_title
                                          and not is_title_word(doc[end + 1], lexicons)):
                break
        elif not token.is_title or token.ent_type_ == "PERSON" or is_title_word(token, lexicons) \
                or _in_mention(token, people) or not token.whitespace_ and end + 1 < len(doc) \
                and doc[end + 1].text == ".":
            break
        end += 1
    last_and = max((i for i in range(prep + 1, end) if doc[i].lower_ in ("and", "&")), default=prep)
    end = next((i for i in range(last_and, end) if doc[i].text == ","), end)  # a comma joins only before "and"
    while end > prep + 1 and doc[end - 1].lower_ in _PORTFOLIO_JOINERS:
        end -= 1
    phrase = list(doc[prep + 1:end])
    if not phrase or not is_portfolio(phrase, lexicons, gazetteer, office=True) and not portfolio_words(
            phrase, [t for t in phrase if t.lower_ not in _PORTFOLIO_JOINERS], lexicons, gazetteer):
        return None  # "the Blue Economy" is a body's name to the recognizer
    return list(doc[office.i:end])


def _bearer(doc: Doc, end: int, lexicons: Lexicons, people: list[tuple[int, int, int]]) -> int | None:
    """The person whose name the title ending at token ``end`` is written before, across a comma, forms of
    address and initials ("Minister for Harbours, Hon. Ana Roe"; "Minister of Harbours Ts.Roe"), or None."""
    i = end
    while i < len(doc) and i < end + 6:
        token = doc[i]
        at = _in_mention(token, people)
        if at is not None:
            return at
        if not (token.text in (",", ".") or is_title_word(token, lexicons)
                or token.is_title and len(token.text) <= 3 and i + 1 < len(doc) and not token.whitespace_):
            return None
        i += 1
    return None


def _in_mention(token: Token, people: list[tuple[int, int, int]]) -> int | None:
    """The person a mention holding ``token`` is of, or None."""
    return next((index for start, end, index in people if start <= token.idx < end), None)


def government_affiliations(doc: Doc, entities: list[Entity], lexicons: Lexicons,
                            gazetteer: Gazetteer) -> dict[int, str]:
    """The country each member of a national government serves, by the person's index in ``entities``, for
    those with no affiliation or only the ministry their title names (:func:`_own_ministry`):
    :func:`_government_country` says which members and which country.

    Meant for the statements' speakers only, as :func:`state_affiliations`: set on the actor, the country
    takes part in resolving claims' actors (measured: a denial's target moved to the minister's country,
    claims lost in 3 sets).
    """
    found: dict[int, str] = {}
    named: list[tuple[int, Entry]] | None = None
    for index, entity in enumerate(entities):
        if entity.type != "person" or not entity.mentions or not entity.role \
                or entity.affiliation and not _own_ministry(entity.affiliation, entity.role):
            continue
        named = _countries_named(doc, gazetteer) if named is None else named
        country = _government_country(entity, doc, lexicons, gazetteer, named)
        if country:
            found[index] = country
    return found


def _plural_name(affiliation: str, text: str) -> str:
    """The name of a party or movement an affiliation read off a member's word gives in the singular: its
    members' plural ("Liberal Democrat councillor": the Liberal Democrats; "Westmarki spokesman": the
    Westmarkis, when the article names "the Westmarkis"); the affiliation unchanged otherwise.

    Notes:
        Counted before it was built: 9 quotes of 4 speakers in 3 outlets of heldout..heldout22 (a
        "-crat" party twice, a movement named in the plural once), none where the gold writes the singular.
    """
    words = affiliation.split()
    if not all(w[:1].isupper() and w.isalpha() for w in words):
        return affiliation
    plural = f"the {affiliation.lower()}s"
    named = len(words) == 1 and plural in text and re.search(rf"\b{re.escape(plural)}\b", text)
    if words[-1].endswith("crat") or named:
        return affiliation + "s"
    return affiliation


def _own_ministry(affiliation: str, role: str | None) -> bool:
    """Whether a minister's affiliation is only the portfolio the title names, or its ministry ("Defense
    Minister" of "Defense" or the "Defense Ministry", "Minister of Trade" of the "Ministry of Trade")."""
    words = set(affiliation.lower().split()) - _NAME_JOINERS - {"the", "ministry"}
    title = set((role or "").lower().split())
    return "minister" in title and bool(words) and words <= title


def _government_country(entity: Entity, doc: Doc, lexicons: Lexicons, gazetteer: Gazetteer,
                        named: list[tuple[int, Entry]]) -> str | None:
    """The country a member of a national government serves, when nothing around the name places the
    member: a head of government's ("Prime Minister", "Chancellor", "Chief Cabinet Secretary") in any
    article, a portfolio minister's ("Defense Minister") only in an article on a quarrel of two countries
    (:func:`_two_countries`), where news writes the minister for the country's side. The country is the
    one whose government the sentence of the first mention or the one before names ("Westmark's
    government backed the claim. Information Minister Ana Ruiz said"), else the article's own
    (:func:`_home_country`: its dateline's, or the one it names most); ``named``: the article's countries,
    :func:`_countries_named`.

    Notes:
        Counted before it was built, on heldout..heldout22: portfolio ministers given the ministry their
        title names where the gold writes the country, 13 speakers in 11 outlets of articles on two
        countries (each named three times or more), against none there where it writes the ministry; in
        articles on one country the gold writes the ministry for about 17 and a government for about 9,
        so those keep the ministry (:func:`.speakers._ministry_of`). Heads of government left with none
        where the gold writes the country: 5 in 5 outlets. Measured with the speakers' wiring: affiliation
        right 31 more of 1611 in 9 sets, none fewer; claims unchanged (set on the actor, 3 sets lost claims).
    """
    words = (entity.role or "").lower().replace("-", " ").split()
    if entity.type != "person" or not entity.mentions or FORMER_WORDS & set(words):
        return None
    portfolio = len(words) > 1 and (words[-1] == "minister" or words[0] == "minister" and words[1] in ("of", "for"))
    if " ".join(words) not in _HEAD_OF_GOVERNMENT and (
            not portfolio or _NOT_NATIONAL & set(words) or not _two_countries(named)):
        return None
    if entity.country:
        return entity.country
    start = min(entity.mentions)[0]
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    found = _government_named_before(span[0], lexicons, gazetteer) if span is not None and len(span) else None
    home = _home_country(doc, gazetteer, named) if found is None else None
    return found or (home.name if home is not None else None)


def _countries_named(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, Entry]]:
    """The countries an article names, by name or demonym, with how often: the most named first (ties in
    the order they are first named)."""
    counts: dict[str, list] = {}
    for ent in doc.ents:
        entry = gazetteer.country(ent.text) if ent.label_ in ("GPE", "NORP") else None
        if entry is not None:
            counts.setdefault(entry.name, [0, entry])[0] += 1
    return sorted(((n, entry) for n, entry in counts.values()), key=lambda item: -item[0])


def _two_countries(named: list[tuple[int, Entry]]) -> bool:
    """Whether the article is on two countries: each of the two it names most named three times or more."""
    return len(named) > 1 and named[1][0] >= 3


def _government_named_before(name: Token, lexicons: Lexicons, gazetteer: Gazetteer) -> str | None:
    """The country whose government the sentence of a name, or the one before it, names as a possessor
    or a demonym of a government noun ("Westmark's government", "the Westmarkian authorities")."""
    doc = name.doc
    start = name.sent.start
    start = doc[start - 1].sent.start if start else start
    for token in doc[start:name.i]:
        if token.lower_ not in lexicons.government_nouns or token.pos_ != "NOUN":
            continue
        for child in token.children:
            if child.dep_ in ("poss", "amod", "compound") and child.i < token.i:
                entry = gazetteer.country(child.text)
                if entry is not None:
                    return entry.name
    return None


def state_affiliations(doc: Doc, entities: list[Entity], gazetteer: Gazetteer) -> dict[int, str]:
    """The country each body of a state's executive without an affiliation speaks for, by the body's
    index in ``entities``: the country its name or the gazetteer gives ("Westmark's Foreign Ministry",
    "Chilean Coast Guard"), else the article's own (:func:`_home_country`: "the Foreign Office said").
    Not a government below the country's ("the state government", "the Lakeside Government"), nor a
    person's office ("the minister's office", "his office").

    Meant for the statements' speakers only, as :func:`.speakers._ministry_of` gives a ministry: set
    on the actor, the country would take part in resolving claims' actors.

    Notes:
        Counted before it was built: bodies of a state speaking with no affiliation where the gold writes
        their country, 24 quotes in 14 outlets of heldout..heldout20. Given to speakers only (a two-line
        call in :func:`.speakers.resolve_speakers`), measured: affiliation 717 -> 724 of 1306 right, none
        wrong more; roles and claims unchanged. The country named most, as the home, gave the adversary
        in a quarrel of two countries (the body's country is rarely the most named), so it must be named
        twice as often as any other. The body's kind is its name's :func:`.titles.kind_word`, so that
        "Ministry of Foreign Affairs" is a ministry: bodies so named left with no affiliation where the
        gold writes their country, 6 outlets of heldout..heldout34 (12 quotes).
    """
    home: Entry | None | bool = False
    found: dict[int, str] = {}
    for index, entity in enumerate(entities):
        words = entity.name.lower().replace("\u2019", "'").split()
        known = gazetteer.lookup(entity.name)
        if entity.type != "organisation" or entity.affiliation or not words \
                or kind_word(entity.name) not in _STATE_BODY_HEADS \
                or known is not None and known.country is None or _BELOW_STATE & set(words) \
                or words[-1] == "government" and len(words) > 1 or words[0] in ("his", "her", "their", "its") \
                or any(w.endswith("'s") and gazetteer.country(w[:-2]) is None for w in words):
            continue  # "European Commission": no one state's; "Lakeside Government": a place's
        country = entity.country or (known.country if known is not None else None) \
            or next((e.name for e in map(gazetteer.country, entity.name.split()) if e is not None), None)
        if country is None and home is False:
            home = _home_country(doc, gazetteer, _countries_named(doc, gazetteer))
        country = country or (home.name if home else None)
        if country:
            found[index] = country
    return found


def _home_country(doc: Doc, gazetteer: Gazetteer, named: list[tuple[int, Entry]]) -> Entry | None:
    """The country an article is from: its dateline's ("ISLAMABAD:", a capital), else the country it
    names twice as often as any other (``named``: :func:`_countries_named`); None when none is."""
    for token in doc[:120]:
        if token.is_upper and token.is_alpha and len(token.text) > 2 \
                and (is_dateline(token) or _colon_dateline(token)):
            first = token.i
            while first > 0 and doc[first - 1].is_upper and doc[first - 1].is_alpha:
                first -= 1
            entry = gazetteer.country(doc[first:token.i + 1].text.title())
            if entry is not None:
                return entry
    if not named or len(named) > 1 and named[0][0] < 2 * named[1][0]:
        return None
    return named[0][1]


def _colon_dateline(token: Token) -> bool:
    """A place in capitals opening a paragraph before a colon, as South Asian and Gulf papers write a
    dateline ("WESTBURG: The ministry said ..."), which :func:`.layout.is_dateline` reads only in title case."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ":" and opens_paragraph(token)


def _undefined_short_name(name: str, short_names: dict[str, str]) -> bool:
    """Whether an affiliation is a short name in capitals ("HWU") that the article defines nowhere in
    brackets."""
    return name.isalpha() and name.isupper() and 1 < len(name) <= 6 and name not in short_names


def _known_person(entity: Entity, lexicons: Lexicons) -> bool:
    """A person the text shows is one, by a gender or a title, and whose name does not end as a
    body's does: not a firm's name the recognizer took for a person's ("Kestrel Print Holdings
    stopped work", "Pellow Freight Ltd")."""
    last = entity.name.split()[-1].lower().strip(".") if entity.name.split() else ""
    return entity.type == "person" and bool(entity.gender or entity.role or entity.rank) and not (
        last in lexicons.business_name_ends or last in lexicons.organisation_heads
        or last in lexicons.organisation_nouns)


def _tokens_of(doc: Doc, people: list[Entity]) -> set[int]:
    """The tokens of the people's mentions."""
    taken: set[int] = set()
    for person in people:
        for start, end in person.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            taken.update(range(span.start, span.end) if span is not None else ())
    return taken


def _organisations(doc: Doc, ents: tuple[Span, ...], gazetteer: Gazetteer, taken: frozenset[int]) -> list[Span]:
    """The organisations an owner before a title can refer to, in text order: the recognizer's, and
    proper-noun phrases it missed or took for a person's name ("Kestrel Print Holdings stopped
    work") that no known person of the article (``taken``, their tokens) is mentioned by; never a
    news outlet or a place."""
    found = {ent.root.i: ent for ent in ents if ent.label_ == "ORG"}
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.pos_ != "PROPN" or root.i in found or root.i in taken \
                or root.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME", "FAC"):
            continue
        chunk = _with_named_complement(chunk)
        if len(chunk) > 1:
            found[root.i] = chunk
    return sorted((span for span in found.values() if not gazetteer.is_media(span.text)), key=lambda s: s.end)


def _with_named_complement(chunk: Span) -> Span:
    """A noun phrase with the proper noun of an "of"/"for" phrase just after its head, which the
    parser splits into two noun phrases ("Coalition for Change", "Alliance for Progress"); the
    phrase alone otherwise, and when the "of" phrase names a place ("Party of Westmark")."""
    root = chunk.root
    prep = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i == root.i + 1), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ in _PLACE_LABELS or obj.ent_type_ == "DATE":
        return chunk
    return chunk.doc[chunk.start:obj.right_edge.i + 1]


def _party_over_title(entity: Entity, context: _Context) -> str | None:
    """The party that outranks the affiliation a member's title gave: a body named after the name when the
    title gave a committee or commission the member sits on ("Committee chairman Ana Ruiz of the Westmark
    Party", :func:`_body_after_name`), or a party a title in apposition says the member is from, whatever
    the title gave ("Ana Ruiz, a Westmark MP from the Green Party", :func:`_party_in_apposition`)."""
    house = bool(_HOUSE_BODIES & set((entity.affiliation or "").lower().split()))
    rules = (_body_after_name, _party_in_apposition) if house else (_party_in_apposition,)
    return next(filter(None, (rule(*name, context) for rule in rules for name in _names_of(entity, context))), None)


def _party_in_apposition(first: Token, last: Token, context: _Context) -> str | None:
    """The party a title in apposition to a name says its bearer is from: "Ana Ruiz, a Knesset member from
    the Renewal party," ("Renewal party"), "Ana Ruiz, an Eastland MEP from the centre-left Westmark People's
    Party," ("Westmark People's Party"), which outranks the house or the country the title gave.

    Notes:
        Counted before it was built: 2 outlets of heldout..heldout24 (heldout9, heldout19), 2 quotes, where
        the title gave the country ("Austrian MEP") or the house ("Knesset member") and the gold the party.
    """
    doc = context.doc
    for title in _titles_after(last, context):
        prep = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        party = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if party is not None and party.is_lower:  # "from the opposition [Westmark Alliance]", an apposition
            party = next((c for c in party.children if c.dep_ == "appos" and c.is_title), party)
        if party is None or not (party.lower_ == "party" or party.is_title and party.lower_ in _PARTY_KINDS):
            continue  # "from the Renewal party", "from the opposition Westmark Alliance"
        start = party.i
        while start - 1 > prep.i and (doc[start - 1].is_title or doc[start - 1].tag_ == "POS"):
            start -= 1  # the party's name: its capitalised words ("People's" with its possessive)
        if start < party.i:
            return doc[start:party.i + 1].text
    return None


def _names_of(entity: Entity, context: _Context) -> list[tuple[Token, Token]]:
    """The first and last tokens of each mention of a person by name, in text order."""
    names = [_name_span(start, end, context) for start, end in sorted(entity.mentions)]
    return [name for name in names if name is not None]


def _affiliation_of(entity: Entity, context: _Context) -> str | None:
    """The first affiliation a mention of the person gives, by the rules in order."""
    names = _names_of(entity, context)
    for rule in (_headed_body, _body_before_title, _owner_of_title, _owner_after_name, _body_after_name,
                 _party_marker, _party_in_apposition, _body_joined_with, _body_in_title_phrase, _owner_in_apposition):
        for first, last in names:
            found = rule(first, last, context)
            if found:
                return found
    found = next(filter(None, (_body_of_complement(start, end, context) for start, end in sorted(entity.mentions))),
                 None)
    if found:
        return found
    found = _body_in_role(entity, context)
    if found:
        return found
    found = _named_department(entity.role, context)
    if found or lower_case_ministry(entity.role, context.lexicons):
        return found  # a ministry the title alone names is its speakers', not the actor's (speakers._ministry_of)
    return _service_in_title(entity.role, context) or _regional_government(entity.role, context) \
        or _region_headed(entity, context) or _mayors_town(entity.role, context) \
        or _legislature(entity.role, context) or _opposition_led(entity.role) or _only_ministry(entity.role, context)


def _body_in_role(entity: Entity, context: _Context) -> str | None:
    """The body's name a person's role holds before its title, when no mention of the name has it just
    before it: "NMA Director General" (set off by a comma: "NMA Director General, Ana Ruiz,"), "Westmark
    mayor" (in a headline: "Westmark mayor accuses ministry"), "Greens whip" (a later "Ruiz said" has none).
    The role is read where the article writes it, with the rules :func:`_body_before_title` applies (a
    portfolio, a seat or a chamber is no body: "Housing Minister", "Eastvale MP", "Lower House MP"); nor is
    a word that makes one title with the title word ("Majority Leader") or a person's name.

    Notes:
        Counted before it was built, on heldout..heldout34: speakers whose role holds a party's, a body's or
        a place's name before a title, left with no affiliation where the gold writes that body or place,
        9 outlets (IPN 8 quotes, Awoko 3, Cyprus Mail 2, ANSA 2, Notes from Poland 2, Colombia Reports 2,
        Nassau Guardian 2, Arab News 1, Trinidad Guardian 1).
    """
    role = entity.role or ""
    words = role.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[0][:1].isalpha():
        return None
    doc = context.doc
    found = re.search(rf"(?<!\w){re.escape(role)}(?!\w)", doc_text(doc))  # "PiS mayor", not "PiS mayors"
    span = doc.char_span(found.start(), found.end()) if found else None
    if span is None or len(span) < 2:
        return None
    end = span.start
    while end < span.end and (_body_word(doc[end], context) or end > span.start and end + 1 < span.end
                              and doc[end].lower_ in _NAME_JOINERS and _body_word(doc[end + 1], context)):
        end += 1
    run, title = doc[span.start:end], doc[end:span.end]
    if not len(run) or all(t.ent_type_ == "PERSON" for t in span) \
            or (run[-1].lower_, title[0].lower_ if len(title) else "") in context.lexicons.multiword_titles:
        return None  # a person's name; "Majority Leader", one title
    if not len(title) or not all(_title_word(t, context) or t.is_title and context.is_title(t)
                                                 for t in title) or not any(context.is_title(t) for t in title):
        return None
    if not _names_body(run, title, False, context) and not _place_named(run, title, context):
        return None
    return context.short_names.get(run.text, run.text)


def _place_named(run: Span, title: Span, context: _Context) -> bool:
    """Whether words before an office that runs a place ("mayor", "governor") are a place the recognizer marks
    elsewhere in the article, where it marks none at the start of a headline ("Westmark mayor accuses ...")."""
    if _head_of(title, context) not in context.lexicons.place_offices:
        return False
    return any(ent.label_ in _PLACE_LABELS or ent.label_ == "NORP" for ent in context.ents
               if ent.text == run.text or ent.text.lower() == "the " + run.text.lower())


def _mayors_town(role: str | None, context: _Context) -> str | None:
    """The town a "Mayor" whom nothing else places heads: the one municipality the article names as "the mayor
    of Westburg", "the municipality of Westburg" or "Westburg municipality"; None when it names none or two.

    Notes:
        Counted before it was built: mayors with no place in their title and no affiliation where the gold
        writes the one municipality the article names so, 3 outlets of heldout..heldout34 (Colombia Reports 4
        quotes, Sarajevo Times 3, Iceland Review 1); none where it names another.
    """
    words = (role or "").lower().split()
    if not words or words[-1] != "mayor" or any(w not in ("lord", "executive") for w in words[:-1]):
        return None
    name = r"\b([A-Z][\w\u2019'-]*(?: [A-Z][\w\u2019'-]*)*)"
    text = doc_text(context.doc)
    towns = {m.group(1) for m in re.finditer(rf"\b(?:[Mm]ayor|[Mm]unicipality) of {name}", text)} \
        | {m.group(1) for m in re.finditer(rf"{name} [Mm]unicipality\b", text)}
    towns = {re.sub(r"^(?:The|A|An)\b ?", "", town) for town in towns} - {""}  # "The municipality of ..."
    return towns.pop() if len(towns) == 1 else None


def _only_ministry(role: str | None, context: _Context) -> str | None:
    """The ministry a "Minister", "Deputy Minister" or "Vice Minister" whose title names no portfolio and
    whom nothing else places serves: the one ministry the article names ("the Ministry of Harbours said
    ... Deputy Minister Ana Ruiz told reporters"); None when it names none or two, and for a former one.

    Notes:
        Counted before it was built: such ministers left with no affiliation where the article names one
        ministry and the gold writes it, 5 outlets of heldout..heldout36 (Eurasianet 3 quotes, Romania Insider
        3, Gazeta.uz 2, Amandala 2, MIA 1); the bare ministers the gold gives a government or a party (3
        outlets) are in articles that name no ministry.
    """
    words = (role or "").lower().replace("-", " ").split()
    if not words or words[-1] != "minister" or any(w not in RANK_MODIFIERS or w in FORMER_WORDS
                                                   for w in words[:-1]):
        return None
    names = {" ".join(_without_the(ent).split()) for ent in context.ents if ent.label_ == "ORG"
             and kind_word(_without_the(ent)) == "ministry" and len(_without_the(ent).split()) > 1}
    return names.pop() if len(names) == 1 else None


def _opposition_led(role: str | None) -> str | None:
    """"Opposition" for the leader of a legislature's opposition ("Opposition Leader", "Leader of the
    Opposition") whom nothing else places (a party named beside the name outranks it).

    Notes:
        Counted before it was built, on heldout..heldout34: such leaders left with no affiliation, the gold
        writing the opposition in 4 outlets (Daily Monitor 2 quotes, Stabroek News 3, Solomon Star 2, Malay
        Mail 1, "Selangor opposition"), its party in 3 (The Times of India, Hindustan Times, The Canberra
        Times: a party the article names for the leader nowhere near the name).
    """
    words = [w.strip(".,").lower() for w in (role or "").split()]
    if "opposition" not in words or "leader" not in words or FORMER_WORDS & set(words):
        return None
    return "Opposition"


def _token_at(doc: Doc, char: int) -> int:
    """The index of the token at a character offset of the article's text."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].i if span is not None and len(span) else 0


def _region_headed(entity: Entity, context: _Context) -> str | None:
    """The state, province or region a "Premier", "Governor" or "Chief Minister" whom nothing else places
    heads: the one first-level division of a country the article names (:meth:`.Gazetteer.subdivision`:
    "Ontario", "Karnataka") or names by a place noun ("the Westmark region", "Westmark Oblast"), when it
    names no other and names it twice or in the sentence of the person's first mention. A title with more
    words ("central bank governor") or a former holder's is left alone.

    Notes:
        Counted before it was built: holders of such a title with no affiliation where the gold writes the
        region the article names, 8 quotes of 3 speakers in 3 outlets of heldout..heldout26 (The Hindu,
        The Moscow Times, The Globe and Mail); those whose title names the place ("Kharkiv Oblast
        Governor") are read before, by the title parse.
    """
    words = (entity.role or "").lower().replace("-", " ").split()
    if " ".join(w for w in words if w not in _GOVERNMENT_TIERS) not in _REGION_HEADS:
        return None
    doc = context.doc
    divisions = {ent.text.lower(): (ent.text, country) for ent in context.ents if ent.label_ in _PLACE_LABELS
                 and (country := context.gazetteer.subdivision(ent.text)) is not None}
    if len(divisions) > 1:  # "Karnataka" and "Centre" (a region of Cameroon): the one of a country named
        countries = {entry.id for _, entry in _countries_named(doc, context.gazetteer)}
        divisions = {key: value for key, value in divisions.items() if value[1] in countries}
    # a division's name, lower-cased -> as the article writes it ("Ontario"), or with its noun ("Westmark Oblast")
    written = {key: text for key, (text, _) in divisions.items()}
    for token in doc:  # "the Westmark region", "Westmark Oblast", whatever label the recognizer gave the name
        if token.lower_ not in _DIVISION_NOUNS or not token.i or token.ent_type_ == "PERSON":
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and doc[start - 1].ent_type_ not in ("NORP", "PERSON") and token.i - start < 3:
            start -= 1
        name = doc[start:token.i].text
        if start < token.i and context.gazetteer.country(name) is None:
            written[name.lower()] = doc[start:token.i + 1].text
    if len(written) != 1 or not entity.mentions:
        return None
    key, text = next(iter(written.items()))
    sentence = context.sentence_of(_token_at(doc, min(entity.mentions)[0]))
    places = [m.start() for m in re.finditer(rf"\b{re.escape(key)}\b", doc_text(doc).lower())]
    if len(places) < 2 and all(context.sentence_of(_token_at(doc, i)) != sentence for i in places):
        return None
    return text


def _service_in_title(role: str | None, context: _Context) -> str | None:
    """The state service a title names by its common noun, when nothing before it names the body: the
    one body of that kind the article names ("police director": the "Royal Eastland Police"), or the
    noun itself ("police", "government" for a "government spokesman").

    Notes:
        The bare noun is kept, unlike a common noun :meth:`.speakers.Resolver.settle_affiliations`
        finds no body for: a state service is an actor of the article by its common noun ("accused police
        of ..."), and the held-out gold writes it so ("police"). Dropping it (measured at the end of stop
        20) lost 6 right affiliations of `heldout` (0.652 -> 0.598) and the people's member_of edges.
    """
    words = (role or "").lower().replace("-", " ").split()
    noun = next((w for w in words[:-1] if w in context.lexicons.service_nouns), None)
    if noun is None or words[-1] not in context.lexicons.titles or FORMER_WORDS & set(words):
        return None  # "military analyst"; "former army officer": no longer of it
    named = {ent.text[4:] if ent.text.lower().startswith("the ") else ent.text for ent in context.ents
             if ent.label_ == "ORG" and ent[-1].lower_ == noun and len(ent) > 1}
    return named.pop() if len(named) == 1 else noun


def _regional_government(role: str | None, context: _Context) -> str | None:
    """The government of a state, province or region that a portfolio title's holder, whom nothing else
    places, serves when the article names that government and no other: a "Commissioner for Works" or a
    "provincial Irrigation Minister" of "the Westmark State Government", "the Westmark government". A
    minister's title says its tier first; without it ("Works Minister") the minister may be the country's,
    and his ministry is the one the portfolio names (:func:`.speakers._ministry_of`).

    Notes:
        Counted before it was built: holders of such a title left with no affiliation in articles naming
        one state's or province's government, 3 in 3 outlets (punch heldout19, ndtv heldout6, dawn
        heldout15), where the gold writes that government."""
    words = (role or "").lower().replace("-", " ").split()
    if len(words) < 2 or FORMER_WORDS & set(words) or not (
            words[0] in PORTFOLIO_TITLES and words[0] != "minister"
            or words[0] in _GOVERNMENT_TIERS and words[-1] in PORTFOLIO_TITLES):
        return None
    governments = context.governments()
    return next(iter(governments.values())) if len(governments) == 1 else None


def _legislature(role: str | None, context: _Context) -> str | None:
    """The legislature a member whose title says only that he sits in one ("MP", "deputy", "Sen.":
    :func:`.titles.seat_only`) speaks for, when nothing else places him (no party) and the article names
    one legislature and no other: "MP Ana Roe" of "the National Assembly".

    Notes:
        Counted before it was built: members with a bare seat title and no affiliation in articles naming
        one legislature, the gold writing that legislature, 3 outlets (VnExpress, The Philippine Star,
        Arab Times; 21 quotes); 3 more outlets write the house for such a member where the article names
        it otherwise (RFE/RL, Muscat Daily, Daily News Egypt); none writing another body."""
    if not role or not seat_only(role, context.lexicons) or committee_seat(role):
        return None  # a committee's member: no seat in a house said
    seat = role.lower().split()[-1]
    seat = context.lexicons.abbreviations.get(seat, seat).lower()
    names = [name for key, name in context.legislatures.items()  # a senator sits in a senate, no one else does
             if (key.split()[-1] == "senate") == (seat in _SENATE_SEATS)]
    return names[0] if len(names) == 1 else None


def _legislatures(ents: tuple[Span, ...], lexicons: Lexicons) -> dict[str, str]:
    """The legislatures the recognizer's bodies name, by their lower-cased names: a capitalised chamber
    ("the National Assembly", "the Senate", "the State Duma"), not a committee of one ("the Senate
    finance committee") nor a council below a country's ("Lakeside City Council": a council is a chamber
    only of a body whose name says so; a house only as "Lower House" or "Upper House", not "the White
    House" nor "the House" of a story on two). A chamber named again by its last words alone is the same one ("the
    Assembly" of "the National Assembly")."""
    found: dict[str, str] = {}
    for ent in ents:
        last = ent[-1]
        if ent.label_ in ("ORG", "FAC") and last.is_title and last.lower_ in lexicons.chambers \
                and last.lower_ != "council" and (last.lower_ != "house" or len(ent) > 1
                                                  and ent[-2].lower_ in _HOUSE_QUALIFIERS):
            words = [t for t in ent if t.lower_ != "the"]
            found.setdefault(join_tokens(words).lower(), join_tokens(words))
    return {key: name for key, name in found.items()  # "the Assembly" of "the National Assembly" named before
            if not any(other != key and other.endswith(" " + key) for other in found)}


def _regional_governments(doc: Doc, gazetteer: Gazetteer) -> dict[str, str]:
    """The governments below a country's an article names by their place, by their lower-cased names: "the
    Westmark government" (a place the recognizer marks), "the Westmark State Government" (a state's name,
    whatever its label); not a country's ("the Ruritania government"), nor "Lakeside Local Government"."""
    found: dict[str, str] = {}
    for token in doc:
        if token.lower_ != "government" or token.i < 2:
            continue
        i = token.i - 1
        tier = doc[i].lower_ in _GOVERNMENT_TIERS
        end = i if tier else i + 1
        i = end - 1
        while i >= 0 and doc[i].is_title and (doc[i].ent_type_ in _PLACE_LABELS and doc[i].pos_ != "DET"
                                              or tier and doc[i].pos_ == "PROPN" and doc[i].ent_type_ in ("ORG", "")):
            i -= 1
        if i + 1 < end and gazetteer.country(doc[i + 1:end].text) is None:
            found.setdefault(doc[i + 1:token.i + 1].text.lower(), doc[i + 1:token.i + 1].text)
    return found


def _named_department(role: str | None, context: _Context) -> str | None:
    """The department or ministry the article names whose name holds every word of a portfolio
    title's portfolio: "Harbours Secretary" heads the "Department of Harbours and Canals",
    "culture minister" the "Ministry of Culture and Sport"; none for a title naming no portfolio."""
    words = (role or "").replace("-", " ").split()
    if len(words) < 2 or words[-1].lower() not in PORTFOLIO_TITLES and words[0].lower() not in PORTFOLIO_TITLES:
        return None
    portfolio = {w.lower() for w in words if w.lower() not in PORTFOLIO_TITLES and w.lower() not in _NAME_JOINERS
                 and w.lower() != "the"}
    if not portfolio or portfolio & _NOT_PORTFOLIO or portfolio & context.lexicons.titles:
        return None
    for ent in context.ents:
        names = {t.lower_ for t in ent}
        if ent.label_ == "ORG" and portfolio <= names and names & _PORTFOLIO_BODIES:
            return ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    return None


def lower_case_ministry(role: str | None, lexicons: Lexicons) -> str | None:
    """The ministry a portfolio written in lower case names ("culture minister", "transport
    minister": Culture Ministry, Transport Ministry); none for a rank or a title that names no
    portfolio ("junior minister", "prime minister", "deputy minister"). Like the ministry of a
    capitalised portfolio, it is the speaker's affiliation for the reader, not the actor's side."""
    words = (role or "").split()
    if len(words) < 2 or words[-1] != "minister" or not all(w.isalpha() and w.islower() for w in words):
        return None
    portfolio = words[:-1]
    if any(w in _NOT_PORTFOLIO or w in lexicons.titles for w in portfolio):
        return None
    return " ".join(w.capitalize() for w in portfolio) + " Ministry"


def _name_span(start: int, end: int, context: _Context) -> tuple[Token, Token] | None:
    """The first and last token of the name proper in a mention's characters (the proper nouns
    ending it that are no title or rank, "Ana Ruiz" of "Government spokeswoman Ana Ruiz"), or None
    for no name."""
    doc = context.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    last = span[-1] if span is not None and len(span) else None
    if last is None or last.pos_ != "PROPN":
        return None
    first = last
    while first.i > 0:
        before = doc[first.i - 1]
        if not _in_name(before, context):
            break
        first = before
    return first, last


def _in_name(token: Token, context: _Context) -> bool:
    """A word of a name before the last: a proper noun that is no title or rank, or the hyphen
    inside one ("Lo Kin-fai")."""
    if _inner_hyphen(token):
        return token.doc[token.i - 1].pos_ == "PROPN"
    return token.pos_ == "PROPN" and token.lower_ not in context.title_words and not context.is_rank(token)


def _headed_body(first: Token, last: Token, context: _Context) -> str | None:
    """The named body a relative clause says the person heads: "Ana Ruiz, who chairs the Senate
    Water Committee," or "Ana Ruiz, D-El Paso, who heads the Valley Growers' Cooperative"."""
    anchors = [last, *(c for c in last.children if c.dep_ == "appos")]
    for anchor in anchors:
        for _, body in headed_bodies(anchor):
            if not any(t.pos_ == "PROPN" for t in body.subtree):
                continue  # "who heads the department": no name
            words = list(body.subtree)
            if any(t.dep_ in ("relcl", "acl", "prep") and t.head == body for t in words):
                continue  # a body described at length: not a name
            while words and words[0].pos_ == "DET":
                words = words[1:]
            return "".join(t.text_with_ws for t in words).strip()
    return None


def _title_range(first: Token, context: _Context) -> tuple[int, int] | None:
    """The token range of the title just before a name, past its ranks and forms of address
    ("chairman Dr", "transport spokeswoman"), or after a comma ("Its deputy chairman, Ana Ruiz");
    None when the words before the name hold no title."""
    doc = context.doc
    i = first.i - 1
    while i >= 0:
        word = doc[i]
        if not (context.is_rank(word) or word.text == "." and i > 0 and context.is_rank(doc[i - 1])):
            break
        i -= 1  # "Hon." the tagger splits: "Hon", "."
    place = _place_after_title(i, context)
    if place is not None:
        i = place  # "the party's publicity secretary in Westmark, Ana Ruiz": the title before the place
    elif i >= 1 and doc[i].text == "," and doc[i - 1].pos_ in ("NOUN", "PROPN") and context.is_title(doc[i - 1]):
        i -= 1
    end = i + 1
    has_title = False
    while i >= 0:
        word = doc[i]
        if not _title_word(word, context):
            break
        has_title = has_title or context.is_title(word)
        i -= 1
    return (i + 1, end) if has_title else None


def _place_after_title(comma: int, context: _Context) -> int | None:
    """The title word before a place a title is held for, set off by a comma before a name: "secretary" of
    "the party's publicity secretary in Westmark, Ana Ruiz" or "deputy secretary general for Westmark
    Region, Ana Ruiz" (``comma`` the comma's index); None otherwise.

    Notes:
        Counted before it was built: such titles of a party's officer, whose party the gold writes and the
        rules left none for, 2 outlets (AFP heldout 2 quotes, The Point heldout38 6 quotes).
    """
    doc = context.doc
    if comma < 3 or doc[comma].text != ",":
        return None
    j = comma - 1
    while j > 0 and doc[j].pos_ == "PROPN" and doc[j].is_title and comma - j <= 3:
        j -= 1
    if j == comma - 1 or doc[j].lower_ not in ("for", "in") or doc[j - 1].pos_ not in ("NOUN", "PROPN") \
            or not (context.is_title(doc[j - 1]) or doc[j - 1].lower_ in context.rank_words):  # "secretary general"
        return None
    return j - 1


def _title_word(token: Token, context: _Context) -> bool:
    """A word a title is made of: a title or rank word, or a lower-case noun or adjective
    ("district", "transport"), or the hyphen of "Secretary-General"."""
    if token.text == "-":
        return True
    if token.lower_ in context.title_words or token.lower_.strip(".") in context.rank_words:
        return token.pos_ not in ("DET", "ADP", "AUX", "PRON", "PUNCT", "CCONJ")
    return token.is_lower and token.is_alpha and token.pos_ in ("NOUN", "ADJ", "PROPN")


def _body_before_title(first: Token, last: Token, context: _Context) -> str | None:
    """A body's name just before the title before a name: "Harbour Lawyers Association (HLA)
    president Ana Ruiz", "Fianna Gael transport spokeswoman Ana Ruiz", "Government spokeswoman Ana
    Ruiz"; a province or city before an office that runs it ("Westmark Premier Ana Ruiz")."""
    doc = context.doc
    title = _title_range(first, context)
    if title is None or doc[title[0]:title[1]][-1].i != first.i - 1 and doc[first.i - 1].text == ",":
        return None  # "Leader of the group, Ana Ruiz": a title after a comma names no body before it
    i = title[0] - 1
    bracketed = i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(" and _initials(doc[i - 1].text)
    if bracketed:
        i -= 3
    end = i + 1
    while i >= 0 and (_body_word(doc[i], context) or i > 0 and i + 1 < end and _body_word(doc[i - 1], context)
                      and (doc[i].lower_ in _NAME_JOINERS or _inner_hyphen(doc[i]))):
        i -= 1
    run = doc[i + 1:end]
    if not len(run) or not _names_body(run, doc[title[0]:title[1]], bracketed, context):
        return None
    if len(run) > 1 and _initials(run[0].text) and not any(
            _initials(t.text) or t.lower_ in context.lexicons.organisation_nouns for t in run[1:]):
        run = run[:1]  # "XYZ Eastvale district spokesperson": the party, not its branch's place
    if len(run) > 1 and run[-1].lower_ in _BELOW_STATE and run[-1].is_title:
        run = run[:-1]  # "Westmark Municipal Administrator": the tier is the title's, the place the body
    return context.short_names.get(run.text, run.text)


def _inner_hyphen(token: Token) -> bool:
    """A hyphen inside a word ("AFL-CIO"), with no space on either side."""
    return token.text in ("-", "\u2013") and not token.whitespace_ and not token.doc[token.i - 1].whitespace_


def _body_word(token: Token, context: _Context) -> bool:
    """A capitalised word of a body's name: not a title, rank or determiner."""
    return token.text[:1].isupper() and token.pos_ not in ("DET", "PRON", "ADP", "PUNCT", "VERB", "AUX") \
        and not context.is_title(token) and not context.is_rank(token) \
        and (token.lower_ not in context.title_words or token.lower_ in context.lexicons.organisation_nouns)


def _names_body(run: Span, title: Span, bracketed: bool, context: _Context) -> bool:
    """Whether capitalised words before a title name the bearer's body: a name the recognizer
    marks, a short name, or one a bracketed short name follows; not a portfolio ("Inland Harbours
    Secretary"), a legislator's seat ("Westmark MP"), the sentence's first word alone ("Regional
    spokesperson") or a news outlet."""
    words = [t.lower_ for t in run]
    if len(run) == 1 and words[0] in _GOVERNMENT_WORDS:
        return True
    if title[0].lower_ in context.lexicons.chambers and title[0].is_title:
        return False  # "Lower House MP", "State Duma deputy": the chamber's name, which the role holds
    if context.gazetteer.is_media(run.text) or all(w in context.lexicons.government_nouns for w in words):
        return False
    head = _head_of(title, context)
    places = all(t.ent_type_ in _PLACE_LABELS for t in run) or words[-1] in context.lexicons.place_nouns
    if places:
        # "Westmark Premier"; not a seat ("Westmark MP"), nor "regional commander"
        return head in context.lexicons.place_offices
    if is_seat_title(head, context.lexicons) and not bracketed \
            and not any(t.ent_type_ in ("ORG", "NORP") or _initials(t.text) for t in run):
        return False  # "Eastvale Senator": a seat the recognizer did not mark as a place; not "Zeta Party (ZP)
        # MP": a name a bracketed short name follows is a body's, which no seat is written with
    if not bracketed and head in PORTFOLIO_TITLES and words[-1] not in context.lexicons.organisation_nouns:
        return False  # "Home Affairs Minister"; not "Westmark Police Commissioner"
    if bracketed or any(_initials(t.text) for t in run):
        return True
    if len(run) == 1 and run[0].is_sent_start and not run[0].ent_type_:
        return _named_mid_sentence(run[0], context)
    return any(t.ent_type_ in _BODY_LABELS for t in run) or not run[0].is_sent_start \
        or _named_mid_sentence(run[0], context)


def _named_mid_sentence(word: Token, context: _Context) -> bool:
    """Whether a capitalised word opening a sentence, which the recognizer marks as nothing, is a name: the
    article writes it capitalised inside a sentence too ("in Westburg", "Tags: Lae, Westburg"), as it writes no
    common word ("Regional spokesperson": "the regional office").

    Notes:
        Counted before it was built: a place's name opening the sentence before an office, the speaker left
        with no affiliation where the gold writes that place or its administration, 4 outlets of
        heldout..heldout36 (MIA, Post-Courier, Eurasianet, Tatoli: a town's mayor, a province's governor, a
        region's health department head, a municipality's administrator).
    """
    if word.pos_ != "PROPN" or not word.is_title or not word.is_alpha \
            or word.lower_ in context.lexicons.organisation_nouns or word.lower_ in context.lexicons.government_nouns:
        return False  # "Party spokesperson": a body's kind, no name
    return re.search(rf"[a-z,;:(] {re.escape(word.text)}\b", doc_text(context.doc)) is not None


def _head_of(title: Span, context: _Context) -> str:
    """The last title word of a title, lower-cased ("president" of "deputy party president")."""
    head = next((t for t in reversed(title) if context.is_title(t)), title[-1])
    return head.lemma_.lower() if head.lemma_.lower() in context.lexicons.titles else head.lower_


#: Kinds of body that a capitalised noun alone, before a title or as its owner, stands for as the short form of
#: the one named in full just before ("the Ministry of Harbours said ... Ministry spokesperson Ana Ruiz", "The
#: Ministry's chief executive"); not a legislature, a government, the opposition nor a party, which the gold
#: writes as the word alone.
_KINDS_IN_FULL = frozenset({"ministry", "department", "agency", "bureau", "authority", "commission", "directorate",
                            "inspectorate", "secretariat", "union", "alliance", "forum", "association", "council"})


def _kind_in_full(entity: Entity, context: _Context) -> str | None:
    """The body that a person's affiliation written as its kind alone ("Ministry") stands for: the last one
    of that kind named in full in the sentence of a mention of the name or the few before it; None when
    the affiliation is more than the word, or no such body is named. Else the one body of the kind the
    whole article names (:func:`_only_of_kind_before`): "Union chairwoman Ana Ruiz" in an article on the
    "Harbour Workers General Union".

    Notes:
        Counted before it was built: a bare "Ministry" as affiliation where the gold writes the ministry
        the article named just before, 2 outlets (Armenpress, Samoa Observer; 5 quotes). A bare "Union",
        "Alliance", "Forum", "Association" or "Council" from a title ("Association chairman") where the
        gold writes the one body of that kind the article names: 6 outlets of heldout..heldout44 (11 quotes).
    """
    word = entity.affiliation
    if not isinstance(word, str) or " " in word or not word.istitle() or word.lower() not in _KINDS_IN_FULL:
        return None
    kind = word.lower()
    for first, _last in _names_of(entity, context):
        sentence = context.sentence_of(first.i)
        at = bisect.bisect_right(context.org_ends, first.i) - 1
        while at >= 0:
            span = context.organisations[at]
            at -= 1
            if context.sentence_of(span.start) < sentence - _SENTENCES_BACK:
                break
            words = [t.lower_ for t in span if t.is_alpha]
            if kind in words and len(words) > 1 and not context.gazetteer.is_media(span.text) \
                    and not any(t.tag_ == "POS" or context.is_title(t) for t in span):  # not "the Ministry's head"
                return _without_the(span)
    found = _only_of_kind_before(len(context.doc), kind, context)  # the one of the kind the article names
    return found if found is not None and " " in found else None


def _owner_of_title(first: Token, last: Token, context: _Context) -> str | None:
    """The organisation a possessive before a title refers to: "Its operations chief, Ana Ruiz"
    or "the company's lawyer, Ana Ruiz" take the organisation named last in the sentences just
    before ("Kestrel Print Holdings"); "the company" only a business, "the union" only a union."""
    title = _title_range(first, context)
    if title is None:
        owner = _owner_of_described(first, context)
        return None if owner is None else _body_of_owner(owner, context)
    words = list(context.doc[title[0]:title[1]])
    owner = title_owner(words) or _kind_before_title(words, context)
    return None if owner is None else _body_of_owner(owner, context)


def _owner_of_described(first: Token, context: _Context) -> Token | None:
    """The "its"/"their" of a noun set off before a name that says what the person is for a body, where
    no title does: "Its proprietor, Ana Ruiz", "Its local agent, Mr Ana Ruiz" (the business named just
    before, as for "Its managing director, Ana Ruiz"); None otherwise.

    Notes:
        Counted before it was built: such nouns no title word names, with the gold writing the body "its"
        refers to, 2 outlets of heldout27 (Kuensel 5 quotes, Seychelles Nation 1); every other "Its X, Name"
        of heldout..heldout28 has a title, which :func:`_title_range` reads.
    """
    doc = context.doc
    i = first.i - 1
    while i >= 0 and context.is_rank(doc[i]):
        i -= 1
    if i < 2 or doc[i].text != ",":
        return None
    noun = doc[i - 1]
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not noun.is_lower \
            or noun.lemma_.lower() in context.lexicons.organisation_nouns:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)


def _body_of_complement(start: int, end: int, context: _Context) -> str | None:
    """The organisation a title's "for"/"of" phrase refers back to by its kind, in a mention naming no
    one: "a spokesperson for the company" (the business named last before), "a spokesperson for the
    association" (the one the sentences just before name as their subject, "Westmark Growers said ...",
    when no body's name says it is an association), as a possessive would ("the company's spokesperson").

    Notes:
        Counted before it was built: unnamed spokespeople "for the" company, broadcaster or association
        whose body the sentence before names as its subject, left with no affiliation: 4 quotes in 3
        outlets of heldout..heldout20 (the gold writes that body).
    """
    span = context.doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.pos_ == "PROPN" for t in span):
        return None
    for title in (t for t in span if t.pos_ == "NOUN" and context.is_title(t)):
        for prep in (c for c in title.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")):
            kind = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                         and any(d.lower_ == "the" for d in o.children)), None)
            lemma = kind.lemma_.lower() if kind is not None else ""
            if lemma in UNNAMED_KINDS:
                return _party_before(kind.i, context)
            if lemma in context.lexicons.organisation_nouns:
                found = _bodies_before(kind.i, lemma, context)
                if found:  # two of that kind: which is unknown
                    return _without_the(found[0]) if len(found) == 1 else None
                return _subject_body_before(kind.i, context)
    return None


def _subject_body_before(i: int, context: _Context) -> str | None:
    """The organisation that is the subject of the sentence of token ``i`` or the one before it, the
    nearest first; None when neither has one."""
    sentence = context.sentence_of(i)
    at = bisect.bisect_right(context.org_ends, i) - 1
    while at >= 0 and context.sentence_of(context.organisations[at].start) >= sentence - 1:
        span = context.organisations[at]
        at -= 1
        if _subject(span.root):
            return None if any(c.dep_ == "conj" for c in span.root.children) else _without_the(span)
    return None


def _kind_before_title(words: list[Token], context: _Context) -> Token | None:
    """A body's kind that "the" sets before a title as its owner, as a possessive would: "The party
    chairman, Ana Ruiz", "the committee chairperson, Ana Ruiz" (the party's, the committee's)."""
    first = words[0] if words else None
    if first is None or first.i == 0 or first.doc[first.i - 1].lower_ != "the" or not first.is_lower \
            or first.lemma_.lower() not in context.lexicons.organisation_nouns or first.dep_ != "compound":
        return None
    return first


def _owner_after_name(first: Token, last: Token, context: _Context) -> str | None:
    """The organisation a possessive in a title set off after the name refers to: "Ana Ruiz, the
    group's monitoring coordinator,", "Ana Ruiz, an MP and the party's spokesman,", "Ana Ruiz, one of
    the alliance's leaders," (as :func:`_owner_of_title` reads one before the name)."""
    for title in _titles_after(last, context):
        owner = next((c for c in title.children if c.dep_ == "poss"), None)
        if owner is not None:
            return _body_of_owner(owner, context)
    return None


def _owner_in_apposition(first: Token, last: Token, context: _Context) -> str | None:
    """The body that owns, by "its" or a possessive of its kind, the title a name is in apposition with, where
    the title's own words hid it from :func:`_owner_of_title` and :func:`_owner_after_name`: a title with an
    "of" phrase ("The council's general manager of water services, Ana Ruiz"), one the lexicon knows only in
    full ("The department's Port Master, Ana Ruiz"), or a unit the person heads inside the body ("Ana Ruiz,
    head of the council's parks maintenance unit").

    Notes:
        The apposition equates the person with the noun phrase, so the body that owns the phrase's title, or
        the unit its "of" phrase names, is the one the person speaks for. Only "its"/"their" or a common noun
        for a body ("the council's") as the owner: a proper-noun owner may be a person ("Ruiz's aide").
    """
    heads: list[Token] = []
    if last.dep_ == "appos":
        head = last.head
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ == "of" \
                and head.head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head.head  # "manager of infrastructure, Ana Ruiz": the manager
        heads.append(head)
    heads.extend(c for c in last.children if c.dep_ == "appos")
    lasts = context.lexicons.multiword_title_lasts
    for head in heads:
        if head.i in range(first.i, last.i + 1) or not (context.is_title(head) or head.lower_ in lasts):
            continue
        nouns = [head, *(o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj")]  # "head of the council's unit"
        for noun in nouns:
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is not None and (owner.lower_ in OWNER_PRONOUNS or owner.pos_ == "NOUN"
                                      and owner.lemma_.lower() in context.lexicons.organisation_nouns):
                return _body_of_owner(owner, context)
    return None


def _body_after_name(first: Token, last: Token, context: _Context) -> str | None:
    """The body an "of" phrase right after a name names: a common noun for a body with the body's proper
    name before it ("Ana Ruiz of the Westmark Greens party": "Westmark Greens party"), or a body's proper
    name ("Ana Ruiz of the Westmark Farmers Union"); not a place nor a person ("Ana Ruiz of Westmark"),
    nor a part of a house ("Ana Ruiz of the Eastvale delegation", :data:`.titles.SUB_BODIES`).

    Notes:
        Counted before it was built, on heldout..heldout24: members named with such a phrase after a title
        where the gold writes that body, 4 outlets (heldout, heldout2, heldout19 twice): twice a party the
        recognizer did not label, twice a party named where the title gave the committee the member sits on.
        The phrase set off by commas ("Ana Ruiz, of the Westmark Greens party, said"): 3 outlets of
        heldout..heldout42 (El Faro, Sun Online, Samoa Observer), measured: 2 quotes of heldout42 right.
    """
    doc = context.doc
    prep = doc[last.i + 1] if last.i + 1 < len(doc) else None
    set_off = prep is not None and prep.text == "," and last.i + 2 < len(doc)
    if set_off:
        prep = doc[last.i + 2]  # "Ana Ruiz, of the Westmark Greens party, said": set off by commas
    if prep is None or prep.lower_ != "of" or not (first.i <= prep.head.i <= last.i or set_off):
        return None
    body = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if set_off and (body is None or body.right_edge.i + 1 >= len(doc)
                    or doc[body.right_edge.i + 1].text not in (",", "(")):
        return None
    if body is None or body.i in context.people:
        return None
    if body.pos_ == "NOUN" and body.lemma_.lower() in context.lexicons.organisation_nouns:
        if body.lemma_.lower() in SUB_BODIES:
            return None  # "of the Eastvale delegation": a part of a house the member sits in, no party
        names = [c for c in body.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        return doc[names[0].left_edge.i:body.i + 1].text if names else None
    if body.pos_ != "PROPN" or body.ent_type_ != "ORG" or context.gazetteer.is_media(body.text):
        return None
    start = body.i
    while start > prep.i + 1 and doc[start - 1].ent_iob_ == "I" and doc[start - 1].lower_ != "the":
        start -= 1
    end = body.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _body_in_title_phrase(first: Token, last: Token, context: _Context) -> str | None:
    """The body an "in" phrase ending a title set off before the name names: "The director of dental
    services in the Ministry of Lakes, Dr Ana Ruiz," (the Ministry of Lakes), "Permanent Secretary in the
    Ministry of Lakes, Ana Ruiz,"; a body the recognizer marks, not a place ("a nurse in Westmark").

    Notes:
        Counted before it was built: such titles left with no affiliation, 2 outlets of heldout..heldout42
        (Lesotho Times, Mmegi), the gold writing the body for both speakers.
    """
    doc = context.doc
    i = first.i - 1
    while i >= 0 and (context.is_rank(doc[i]) or doc[i].lower_.strip(".") in context.lexicons.honorifics):
        i -= 1
    if i < 3 or doc[i].text != ",":
        return None
    end = doc[i - 1]
    pobj, steps = end, 0
    while not (pobj.dep_ == "pobj" and pobj.head.lower_ == "in") and pobj.head.i != pobj.i and pobj.head.i < i \
            and steps < 4:
        pobj, steps = pobj.head, steps + 1  # "Lakes" of "in the Ministry of Lakes" up to "Ministry"
    prep = pobj.head
    if pobj.dep_ != "pobj" or prep.lower_ != "in" or pobj.right_edge.i != end.i:
        return None
    head, steps = prep.head, 0
    while not context.is_title(head) and head.head.i != head.i and steps < 3:
        head, steps = head.head, steps + 1
    if not context.is_title(head) or head.i > prep.i:
        return None
    ent = next((e for e in context.ents if e.start <= pobj.i < e.end), None)
    if ent is None or ent.label_ != "ORG" or ent.end != end.i + 1 or context.gazetteer.is_media(ent.text) \
            or pobj.lemma_.lower() in context.lexicons.chambers:
        return None  # "Leader of the Opposition in Parliament": the house the office sits in
    return context.short_names.get(_without_the(ent), _without_the(ent))


def _body_joined_with(first: Token, last: Token, context: _Context) -> str | None:
    """The body a clause names as its subject when a "with" phrase after it says what one of its people
    said: "The Westmark Party also weighed in, with spokesman Ana Ruiz saying ..." (the Westmark Party), "The
    Greens joined in, with MP Ana Ruiz alleging ..."; a body the recognizer marks, not a people, a place, a
    person or a news outlet.

    Notes:
        Counted before it was built: speakers so introduced left with no affiliation, the gold writing the
        clause's subject, 2 outlets of heldout..heldout36 (Khmer Times, Cyprus Mail); none writing another.
    """
    verb = last.head
    prep = verb.head if last.dep_ in NOMINAL_SUBJECTS and verb.dep_ == "pcomp" else verb if last.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "with" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in prep.head.children if c.dep_ in NOMINAL_SUBJECTS and c.i < prep.i), None)
    if subject is None or subject.ent_type_ not in ("ORG", "NORP") or subject.i in context.people:
        return None
    ent = next((e for e in context.ents if e.start <= subject.i < e.end), None)
    if ent is None or context.gazetteer.is_media(ent.text) or context.gazetteer.country(ent.text) is not None:
        return None
    return context.short_names.get(_without_the(ent), _without_the(ent))


def _titles_after(last: Token, context: _Context) -> Iterator[Token]:
    """The title nouns of the appositions to a name, with their conjuncts, and the title after "one
    of" ("one of the alliance's leaders")."""
    for appos in (c for c in last.children if c.dep_ == "appos"):
        for noun in (appos, *appos.conjuncts):
            if noun.lower_ == "one":
                noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj"), noun)
            if context.is_title(noun):
                yield noun


def _body_of_owner(owner: Token, context: _Context) -> str | None:
    """The organisation the owner of a title stands for: the body "its" or "the union" refers to
    back, or the body a proper-noun owner names ("the Audit Office's")."""
    if owner.lower_ in OWNER_PRONOUNS:
        noun = _common_subject_before(owner.i, context)
        if noun is not None:  # "The union wants a ballot. Its deputy chairman, ...": the union's
            return _organisation_before(noun.i, noun.lemma_.lower(), context)
        kind = None
    elif owner.pos_ == "NOUN" and owner.lemma_.lower() in UNNAMED_KINDS:
        return _party_before(owner.i, context)
    elif owner.pos_ == "NOUN" and owner.lemma_.lower() in context.lexicons.organisation_nouns:
        kind = owner.lemma_.lower()
    else:
        return _named_owner(owner, context)
    return _organisation_before(owner.i, kind, context)


def _party_before(i: int, context: _Context) -> str | None:
    """The party "the party's" refers to: of the organisations named in the nearest sentences before
    token ``i`` (or its own), the last that is a subject or has "party" in its name ("The Reform
    Union denied it. The party's spokesman ...": the Reform Union); a party is often named without
    the word ("the PDP"), so the nearest body of any kind is not taken."""
    sentence = context.sentence_of(i)
    at = bisect.bisect_right(context.org_ends, i) - 1
    while at >= 0 and context.sentence_of(context.organisations[at].start) >= sentence - _PARTY_SENTENCES_BACK:
        span = context.organisations[at]
        at -= 1
        if context.is_title(span.root):
            continue  # "a party-list MP": a title, no party
        if _subject(span.root) or any(t.lower_ in UNNAMED_KINDS for t in span):
            text = span.text[4:] if span.text.lower().startswith("the ") else span.text
            return context.short_names.get(text, text)  # "the PDP": the Peoples Democratic Party it stands for
    return None


def _common_subject_before(i: int, context: _Context) -> Token | None:
    """The subject of the sentence before token ``i`` when it is a common noun for a body ("The
    union is calling for ..."), which a possessive "its" just after refers to; None otherwise."""
    doc = context.doc
    sentence = context.sentence_of(i)
    if sentence == 0:
        return None
    start, end = context.sentence_starts[sentence - 1], context.sentence_starts[sentence]
    subject = next((t for t in doc[start:end] if t.dep_ in NOMINAL_SUBJECTS and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in context.lexicons.organisation_nouns \
            or subject.lemma_.lower() in UNNAMED_KINDS:
        return None
    return subject


def _named_owner(owner: Token, context: _Context) -> str | None:
    """A body named as the owner of a title ("the Audit Office's vice-president, Ana Ruiz"); not a
    person of the article ("Ruiz's spokesman"), nor a place, whose title parse gives its country."""
    if owner.pos_ != "PROPN" or owner.i in context.people or owner.ent_type_ in _PLACE_LABELS \
            or owner.ent_type_ == "PERSON" and not _initials(owner.text):
        return None
    first = owner
    while first.i > 0 and context.doc[first.i - 1].dep_ == "compound" and context.doc[first.i - 1].head == owner:
        first = context.doc[first.i - 1]
    name = context.doc[first.i:owner.i + 1]
    return None if context.gazetteer.is_media(name.text) else name.text


def _organisation_before(i: int, kind: str | None, context: _Context) -> str | None:
    """The organisation named last before token ``i`` in its sentence or the few before it, that
    a body of ``kind`` can be: any for "its" and "the group", a business for "the company", one
    whose name says the kind otherwise ("the union": "Harbour Workers Union")."""
    found = _bodies_before(i, kind, context)
    if not found:
        return _only_business_before(i, context) if kind in BUSINESS_NOUNS else _only_of_kind_before(i, kind, context)
    return _without_the(next((span for span in found if _subject(span.root)), found[0]))


def _only_of_kind_before(i: int, kind: str | None, context: _Context) -> str | None:
    """The one body whose name says its kind that the article names before token ``i``, further back than
    the few sentences :func:`_bodies_before` reads, which "the council" refers to when no other of the
    kind is named: "Westmark District Council voted on Monday. [...] The council's finance officer, Ana
    Ruiz, said"; None when it names none or two, or for a kind any body is ("the group"), or a party.

    Notes:
        The definite description takes the one antecedent of its kind in the discourse, however far back,
        as :func:`_only_business_before` does for "the company". Counted before it was built:
        "the council's", "the department's", "the union's", "the battalion's" title holders with the body
        named once, further back than three sentences, left with no affiliation.
    """
    if kind is None or kind in ("group", "organisation", "organization") or kind in UNNAMED_KINDS:
        return None
    at = bisect.bisect_right(context.org_ends, i)
    names = {_without_the(span) for span in context.organisations[:at] if span.end <= i and _of_kind(span, kind, context)
             and not any(t.tag_ == "POS" or context.is_title(t) for t in span)}  # not "the Council's chairman"
    words = {name: set(name.lower().split()) for name in names}
    names = {name for name in names if not any(words[name] < other for other in words.values())}  # "Westmark council"
    return names.pop() if len(names) == 1 else None


def _only_business_before(i: int, context: _Context) -> str | None:
    """The one business the article names before token ``i``, further back than the few sentences
    :func:`_bodies_before` reads, which "the company" refers to when no other is named: "Kestrel Print
    Ltd collected the waste. [...] The company's managing director, Ana Ruiz, said"; None when it names
    none or two.

    Notes:
        Counted before it was built: "the company's" title holders whose company the article names once,
        further back than three sentences, left with no affiliation, 2 outlets of heldout..heldout24
        (heldout13, heldout23), 5 quotes; none where it names two businesses. Measured: 3 quotes of
        heldout13 right; heldout23's is an unnamed spokesperson, whom only persons' rules here do not reach.
    """
    at = bisect.bisect_right(context.org_ends, i)
    businesses = [span for span in context.organisations[:at] if span.end <= i
                  and span[-1].lower_ in context.lexicons.business_name_ends and span.root.ent_type_ != "PERSON"]
    if any(t.lower_ in ("and", "&") for span in businesses for t in span):
        return None  # "Pellow Freight Ltd and Kestrel Waste Ltd": two, whatever the recognizer joined
    names = {_without_the(span) for span in businesses}
    return names.pop() if len(names) == 1 else None


def _without_the(span: Span) -> str:
    """A body's name without the article before it."""
    return span.text[4:] if span.text.lower().startswith("the ") else span.text


def _bodies_before(i: int, kind: str | None, context: _Context) -> list[Span]:
    """The organisations a body of ``kind`` can be (see :func:`_organisation_before`) that the nearest
    sentence naming one, token ``i``'s or one of the few before it, names, the last first."""
    sentence = context.sentence_of(i)
    at = bisect.bisect_right(context.org_ends, i) - 1
    found: list[Span] = []
    while at >= 0:
        span = context.organisations[at]
        at -= 1
        if found and context.sentence_of(span.start) < context.sentence_of(found[0].start):
            break  # the nearest sentence naming one decides
        if context.sentence_of(span.start) < sentence - _SENTENCES_BACK:
            break
        if _of_kind(span, kind, context):
            found.append(span)
    return found


def _subject(token: Token) -> bool:
    """A subject, or a name in apposition to one ("The printer, Kestrel Print Holdings, said")."""
    return token.dep_ in NOMINAL_SUBJECTS or token.dep_ == "appos" and token.head.dep_ in NOMINAL_SUBJECTS


def _of_kind(ent: Span, kind: str | None, context: _Context) -> bool:
    words = [t.lower_ for t in ent if t.is_alpha]
    if not words:
        return False
    if kind is None or kind in ("group", "organisation", "organization"):
        return True
    if kind in BUSINESS_NOUNS:
        last = words[-1]
        if ent.root.ent_type_ == "PERSON":
            return last in context.lexicons.business_name_ends  # "Ana Ruiz" is no company, "Ruiz Holdings" is
        lexicons = context.lexicons
        return last in lexicons.business_name_ends or not (last in lexicons.organisation_nouns
                                                           or last in lexicons.government_nouns
                                                           or last in lexicons.organisation_heads)
    return kind in words


def _party_marker(first: Token, last: Token, context: _Context) -> str | None:
    """The party a marker after a legislator's name gives: "Ana Ruiz, D-El Paso," (the Democratic
    Party, from the single initials in ``party_initials``) or "Senator Ana Ruiz (PL-MG)" (PL)."""
    code = party_code(context.doc, last.i + 1)
    if code is None:
        return None
    if len(code) == 1:
        return context.lexicons.party_initials.get(code)
    return code


def _initials(word: str) -> bool:
    """Whether a word is a short name in capitals, letters only ("HLA", "SYRIZA", "PiS")."""
    return word.isalpha() and is_short_name(word)
