"""Resolve the source of each statement to an actor, with role and affiliation.

Stage: spaCy pipeline, after :mod:`.statements`. People are clustered by
surname over the whole article, so "Bergner" and "he" get the fullest name
("Kevin Bergner"); titles before a name and appositions give the role, the
rank and the affiliation ("Iran's Defense Minister Mostafa Mohammad Najjar",
"Hoshiyar Zebari, Iraq's foreign minister"); a bare nominal ("the
spokesman", "the military") takes the actor last named with that role or
head; a pronoun takes the nearest salient speaker or person that agrees with
it. A news outlet reporting another statement is its channel, not its
source. The resolution order follows the sieve idea of Lee et al. (2013):
exact names first, then surnames, nominals, pronouns.

It does not read claims (:mod:`.claims`) nor merge actors across articles
(:mod:`attribution.actors`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..gazetteer import Entry, Gazetteer, slug
from ..lexicons import Lexicons
from .layout import Layout
from .model import Entity, SpeakerInfo, Statement

_NP_DEPS = frozenset({"det", "poss", "case", "compound", "amod", "nummod", "nmod", "quantmod", "flat",
                      "cc", "conj", "predet"})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
                     "sir": "m", "lord": "m", "dame": "f", "lady": "f", "mister": "m", "madam": "f"}
_PLURAL_PRONOUNS = frozenset({"they", "them"})
_RESOLVABLE_PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them", "it"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "you"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_PRONOUN_WINDOW = 4  # paragraphs back a pronoun may reach
_NOMINAL_WINDOW = 12


@dataclass
class TitleParse:
    """What the words around a name say about its bearer."""

    role: str | None = None
    rank: str | None = None
    affiliation: Entry | str | None = None
    gender: str | None = None


@dataclass
class _Mention:
    pos: int
    entity: int
    subject: bool
    speaker: bool


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
    genders: dict[int, str] = field(default_factory=dict)
    mentions: list[_Mention] = field(default_factory=list)
    chunks: dict[str, list[tuple[int, str, Token]]] = field(default_factory=dict)

    @classmethod
    def for_doc(cls, doc: Doc, lexicons: Lexicons, gazetteer: Gazetteer, layout: Layout, *,
                entities: list[Entity] | None = None) -> Resolver:
        """A resolver for ``doc``; given the ``entities`` an earlier one found, it continues
        from them (their indices stay valid) instead of indexing the people afresh."""
        resolver = cls(doc, lexicons, gazetteer, layout)
        if entities is None:
            resolver._index_people()
        else:
            resolver._adopt(entities)
        resolver._index_chunks()
        return resolver

    def _adopt(self, entities: list[Entity]) -> None:
        self.entities = list(entities)
        for index, entity in enumerate(self.entities):
            self.by_key[entity.key] = index
            if entity.type == "person":
                self.surnames.setdefault(_surname(entity.name.split()), []).append(index)
            self.mentions.extend(_Mention(start, index, True, True) for start, _ in entity.mentions)
        self.mentions.sort(key=lambda m: m.pos)

    # -- indexes -----------------------------------------------------------------------------
    def _index_people(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or self.layout.is_skipped(ent.start_char, ent.end_char):
                continue
            name = name_tokens(ent.root, self.lexicons, within=(ent.start, ent.end))
            if not name:
                continue
            index = self._person(name)
            title = parse_title(title_tokens(self.doc[name[0].i], name, self.lexicons), self.lexicons,
                                self.gazetteer)
            apposition = appositive_title(ent.root, self.lexicons, self.gazetteer)
            self._learn(index, title)
            self._learn(index, apposition)
            head = ent.root
            self.mentions.append(_Mention(ent.start_char, index, head.dep_ in ("nsubj", "nsubjpass"), False))

    def _person(self, name: list[Token]) -> int:
        """The person entity a name belongs to, created if new."""
        words = [t.text for t in name]
        surname = _surname(words)
        text = _join(name)
        for index in reversed(self.surnames.get(surname, [])):
            entity = self.entities[index]
            known = set(entity.name.split())
            if set(words) <= known or known <= set(words):
                if len(text) > len(entity.name):
                    entity.aliases.add(entity.name)
                    entity.name = text
                elif text != entity.name:
                    entity.aliases.add(text)
                return index
        index = self._add(Entity(name=text, type="person", key=f"person:{slug(text)}"))
        self.surnames.setdefault(surname, []).append(index)
        return index

    def _learn(self, index: int, title: TitleParse | None) -> None:
        if title is None:
            return
        entity = self.entities[index]
        if title.role and not entity.role:
            entity.role = title.role
        if title.rank and not entity.rank:
            entity.rank = title.rank
        if title.affiliation and not entity.affiliation:
            entity.affiliation = _name_of(title.affiliation)
            if isinstance(title.affiliation, Entry):
                entity.country = title.affiliation.country
        if title.gender:
            self.genders.setdefault(index, title.gender)

    def _index_chunks(self) -> None:
        """Noun phrases with a named modifier, by head lemma: "the U.S. military" for "the military"."""
        for chunk in self.doc.noun_chunks:
            head = chunk.root
            if head.pos_ != "NOUN":
                continue
            named = [t for t in chunk if t.i != head.i and (t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG"))]
            if named:
                text = _strip_det(chunk)
                self.chunks.setdefault(head.lemma_.lower(), []).append((chunk.start_char, text, head))

    def _add(self, entity: Entity) -> int:
        self.entities.append(entity)
        self.by_key[entity.key] = len(self.entities) - 1
        return len(self.entities) - 1

    def entity_for(self, key: str, make: Entity) -> int:
        """Index of the entity with ``key``, adding ``make`` if there is none."""
        if key in self.by_key:
            return self.by_key[key]
        return self._add(make)

    # -- resolution -------------------------------------------------------------------------
    def resolve(self, statement: Statement) -> SpeakerInfo | None:
        """Resolve a statement's source and remember it for later pronouns."""
        if statement.inherit_from is not None and statement.inherit_from.speaker is not None:
            inherited = statement.inherit_from.speaker
            return SpeakerInfo(**{**inherited.__dict__, "resolution": "continuation"})
        if statement.source_token is None:
            return None
        head = self.doc[statement.source_token]
        info = self.resolve_mention(head)
        if info is not None and info.entity is not None:
            self.mentions.append(_Mention(head.idx, info.entity, True, True))
        return info

    def resolve_mention(self, head: Token) -> SpeakerInfo | None:
        """Who the noun phrase headed by ``head`` names."""
        lower = head.lower_
        if lower in _RESOLVABLE_PRONOUNS and head.pos_ == "PRON":
            return self._pronoun(head)
        if head.pos_ == "PRON" and (lower in _FIRST_PERSON or head.tag_ in ("PRP", "PRP$", "WP")):
            return None
        start, end = mention_range(head)
        mention = self.doc[start:end]
        info = self._named(head, mention.start_char, mention.end_char)
        if info is not None:
            return info
        return self._nominal(head, mention.start_char, mention.end_char)

    def _named(self, head: Token, start: int, end: int) -> SpeakerInfo | None:
        mention_text = self.doc.text[start:end]
        name = name_tokens(head, self.lexicons) if head.pos_ == "PROPN" or head.ent_type_ == "PERSON" else []
        if name:
            surname = _surname([t.text for t in name])
            if head.ent_type_ == "PERSON" or surname in self.surnames:
                index = self._person(name) if head.ent_type_ == "PERSON" else self._closest(self.surnames[surname], start)
                self._learn(index, parse_title(title_tokens(name[0], name, self.lexicons), self.lexicons, self.gazetteer))
                self._learn(index, appositive_title(head, self.lexicons, self.gazetteer))
                return self._info(index, mention_text, start, end, "name")
        text = _strip_det(self.doc[mention_range(head)[0]:mention_range(head)[1]])
        entry = self.gazetteer.lookup(text) or (self.gazetteer.lookup(head.text) if head.pos_ == "PROPN" else None)
        if entry is not None and (entry.how != "capital" or head.ent_type_ == "GPE"):
            index = self.entity_for(entry.id, Entity(name=entry.name, type=entry.type, key=entry.id,
                                                     country=entry.country))
            if text != entry.name:
                self.entities[index].aliases.add(text)
            return self._info(index, mention_text, start, end, "gazetteer")
        if head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
            kind = {"PERSON": "person", "GPE": "country", "NORP": "group"}.get(head.ent_type_, "organisation")
            country = self._country_of(head)
            index = self.entity_for(f"{_prefix(kind)}:{slug(text)}", Entity(
                name=text, type=kind, key=f"{_prefix(kind)}:{slug(text)}",
                affiliation=country.name if country else None, country=country.name if country else None))
            return self._info(index, mention_text, start, end, "name")
        return None

    def _nominal(self, head: Token, start: int, end: int) -> SpeakerInfo | None:
        """A common-noun source: a role holder, an organisation named earlier, or a group as written."""
        lemma = head.lemma_.lower()
        mention_text = self.doc.text[start:end]
        has_det = any(c.lower_ in ("the", "this", "that") for c in head.children if c.dep_ == "det")
        if lemma in self.lexicons.titles and has_det and head.tag_ in ("NN", "NNP"):
            for mention in reversed(self.mentions):
                entity = self.entities[mention.entity]
                if mention.pos < start and entity.type == "person" and entity.role and lemma in entity.role.lower().split():
                    return self._info(mention.entity, mention_text, start, end, "nominal")
        text = _strip_det(self.doc[mention_range(head)[0]:mention_range(head)[1]])
        fuller = [c for c in self.chunks.get(lemma, []) if c[0] < start and len(c[1]) > len(text)]
        if fuller and not any(t.pos_ == "PROPN" for t in self.doc[mention_range(head)[0]:mention_range(head)[1]]):
            text = fuller[-1][1]
            resolution = "nominal"
        else:
            resolution = "as-written"
        title = parse_title(list(self.doc[mention_range(head)[0]:head.i + 1]), self.lexicons, self.gazetteer)
        for_phrase = _affiliation_phrase(head, self.gazetteer)
        plural = head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children)
        if lemma in self.lexicons.titles or lemma in self.lexicons.person_nouns:
            kind = "group" if plural else "person"
        elif lemma in self.lexicons.channel_nouns:
            kind = "organisation"
        else:
            kind = "group" if plural else "organisation"
        country = self._country_of(head)
        affiliation = for_phrase or (title.affiliation if title and title.affiliation else country)
        key = f"{_prefix(kind)}:{slug(text)}"
        index = self.entity_for(key, Entity(
            name=text, type=kind, key=key, role=title.role if title and kind == "person" else None,
            affiliation=_name_of(affiliation) if affiliation else None,
            country=affiliation.country if isinstance(affiliation, Entry) else None))
        return self._info(index, mention_text, start, end, resolution)

    def _pronoun(self, head: Token) -> SpeakerInfo | None:
        lower = head.lower_
        paragraph = self.layout.paragraph_of(head.idx)
        plural = lower in _PLURAL_PRONOUNS
        gender = _GENDER.get(lower)
        for mention in sorted(self.mentions, key=lambda m: m.pos, reverse=True):
            if mention.pos >= head.idx:
                continue
            if self.layout.paragraph_of(mention.pos) < paragraph - _PRONOUN_WINDOW:
                break
            entity = self.entities[mention.entity]
            if gender and (entity.type != "person" or self.genders.get(mention.entity, gender) != gender):
                continue
            if plural and entity.type not in ("group", "organisation", "country"):
                continue
            if lower == "it" and entity.type not in ("organisation", "country"):
                continue
            if not (mention.speaker or mention.subject) and entity.type != "person":
                continue
            return self._info(mention.entity, head.text, head.idx, head.idx + len(head.text), "pronoun")
        return None

    def _closest(self, candidates: list[int], pos: int) -> int:
        """The candidate entity mentioned last before ``pos`` (else the first one)."""
        best, best_pos = candidates[0], -1
        for mention in self.mentions:
            if mention.entity in candidates and best_pos < mention.pos < pos:
                best, best_pos = mention.entity, mention.pos
        return best

    def _country_of(self, head: Token) -> Entry | None:
        for token in self.doc[mention_range(head)[0]:head.i]:
            entry = self.gazetteer.country(token.text)
            if entry is not None:
                return entry
        return None

    def _info(self, index: int, mention: str, start: int, end: int, resolution: str) -> SpeakerInfo:
        entity = self.entities[index]
        entity.mentions.append((start, end))
        if mention and mention != entity.name:
            entity.aliases.add(mention)
        return SpeakerInfo(name=entity.name, mention=mention, start=start, end=end, role=entity.role,
                           rank=entity.rank, affiliation=entity.affiliation, type=entity.type, entity=index,
                           resolution=resolution)


def _prefix(kind: str) -> str:
    return {"organisation": "org", "country": "country", "group": "group", "person": "person"}.get(kind, "actor")


def _name_of(value: Entry | str) -> str:
    return value.name if isinstance(value, Entry) else value


def _join(tokens: list[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text if tokens else ""


def _strip_det(span) -> str:
    tokens = [t for t in span if not t.is_space]
    while tokens and (tokens[0].lower_ in _DETERMINERS or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS"):
        tokens = tokens[:-1]
    return _join(tokens)


def _surname(words: list[str]) -> str:
    core = [w for w in words if w.lower() not in _SUFFIXES and w != "-"]
    return (core[-1] if core else words[-1]).lower()


def mention_range(head: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``head``: modifiers and coordination, no clauses."""
    collected = [head.i]
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in _NP_DEPS or (child.dep_ == "punct" and child.text in "-\u2010\u2011"):
                collected.append(child.i)
                stack.append(child)
    return min(collected), max(collected) + 1


def _is_title_word(token: Token, lexicons: Lexicons) -> bool:
    lower = token.lower_
    return (lower in lexicons.titles or lower in lexicons.honorifics or lower in lexicons.abbreviations
            or any(lower in rank for rank in lexicons.ranks))


def name_tokens(head: Token, lexicons: Lexicons, *, within: tuple[int, int] | None = None) -> list[Token]:
    """The personal name ending at ``head``: proper nouns, no titles, ranks or possessive."""
    doc = head.doc
    lo, hi = within if within else mention_range(head)
    end = head.i + 1
    while end > lo and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if within:
        end = hi
        while end > lo and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
    start = end
    while start > lo:
        token = doc[start - 1]
        if token.text in ("-", "\u2010") and start - 2 >= lo and doc[start - 2].pos_ == "PROPN":
            start -= 1
            continue
        if token.pos_ != "PROPN" and token.ent_type_ != "PERSON":
            break
        if _is_title_word(token, lexicons) or token.is_punct:
            break
        start -= 1
    return [t for t in doc[start:end]]


def title_tokens(first: Token, name: list[Token], lexicons: Lexicons) -> list[Token]:
    """The words before a name that belong to its noun phrase ("Iran's Defense Minister")."""
    doc = first.doc
    tokens: list[Token] = []
    i = first.i - 1
    while i >= 0:
        token = doc[i]
        if token.is_space or token.text in (",", ";", ":", "(", ")") or token.is_quote:
            break
        # the token must hang (directly or not) on the name, inside the phrase
        anchor, steps = token, 0
        while anchor.i < first.i and anchor.head != anchor and steps < 6:
            anchor, steps = anchor.head, steps + 1
        if not (first.i <= anchor.i <= name[-1].i):
            break
        tokens.insert(0, token)
        i -= 1
    return tokens


def appositive_title(head: Token, lexicons: Lexicons, gazetteer: Gazetteer) -> TitleParse | None:
    """Role from an apposition: "Zebari, Iraq's foreign minister," or "the minister, Zebari,"."""
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
            lo, hi = mention_range(child)
            title = parse_title(list(head.doc[lo:child.i + 1]), lexicons, gazetteer)
            if title is not None and title.role:
                if title.affiliation is None:
                    title.affiliation = _affiliation_phrase(child, gazetteer)
                return title
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        lo, hi = mention_range(head.head)
        return parse_title(list(head.doc[lo:head.head.i + 1]), lexicons, gazetteer)
    return None


def _affiliation_phrase(head: Token, gazetteer: Gazetteer) -> Entry | str | None:
    """Affiliation from "a spokesman for the ministry" / "the head of the agency"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "with"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                lo, hi = mention_range(pobj)
                text = _strip_det(head.doc[lo:hi])
                return gazetteer.lookup(text) or text
    return None


def parse_title(tokens: list[Token], lexicons: Lexicons, gazetteer: Gazetteer) -> TitleParse | None:
    """Split the words before a name into role, rank, affiliation and gender.

    "military spokesman Brigadier-General" gives role "military spokesman" and
    rank "Brigadier-General"; "Iran's Defense Minister" gives role "Defense
    Minister" and affiliation Iran; "Iraqi Foreign Minister" gives affiliation
    Iraq from the demonym.
    """
    if not tokens:
        return None
    result = TitleParse()
    role: list[Token] = []
    roles: list[list[Token]] = []
    lowers = [t.lower_ for t in tokens]
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if i + 1 < len(tokens) and tokens[i + 1].tag_ == "POS":  # "Iran's"
            owner = _possessor(tokens, i)
            result.affiliation = result.affiliation or gazetteer.lookup(owner) or owner
            role = []
            i += 2
            continue
        rank = _match(lowers, i, lexicons.ranks)
        if rank and not _match(lowers, i, lexicons.multiword_titles):
            if not (role and lowers[i] in lexicons.titles and i + rank == len(tokens)):
                result.rank = result.rank or _join(tokens[i:i + rank])
                if role:
                    roles.append(role)
                role = []
                i += rank
                continue
        if token.lower_ in lexicons.honorifics:
            result.gender = result.gender or _HONORIFIC_GENDER.get(token.lower_)
            i += 1
            continue
        if token.lower_ in lexicons.abbreviations:
            roles.append([token])
            i += 1
            continue
        if token.lower_ in _DETERMINERS or token.tag_ == "POS":
            i += 1
            continue
        entry = gazetteer.country(token.text) if token.pos_ in ("PROPN", "ADJ", "NOUN") else None
        if entry is not None and (token.ent_type_ in ("GPE", "NORP") or token.is_title):
            result.affiliation = result.affiliation or entry
            i += 1
            continue
        role.append(token)
        if token.lower_ in lexicons.titles or _match(lowers, i - len(role) + 1, lexicons.multiword_titles):
            roles.append(list(role))
        i += 1
    for candidate in roles:
        if any(t.lower_ in lexicons.titles or t.lower_ in lexicons.abbreviations for t in candidate):
            words = candidate
            if len(words) == 1 and words[0].lower_ in lexicons.abbreviations:
                result.role = lexicons.abbreviations[words[0].lower_]
            else:
                result.role = _join(words)
            break
    if result.role is None and result.rank is None and result.affiliation is None and result.gender is None:
        return None
    return result


def _possessor(tokens: list[Token], i: int) -> str:
    """The owner phrase ending at ``tokens[i]`` before a possessive 's."""
    start = i
    while start > 0 and tokens[start - 1].pos_ == "PROPN":
        start -= 1
    return _join(tokens[start:i + 1])


def _match(lowers: list[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the longest phrase starting at ``lowers[i]``, or 0."""
    for phrase in phrases:
        n = len(phrase)
        if tuple(lowers[i:i + n]) == phrase:
            return n
    return 0


def resolve_speakers(doc: Doc, statements: list[Statement], lexicons: Lexicons, gazetteer: Gazetteer,
                     layout: Layout) -> tuple[list[Statement], list[Entity]]:
    """Fill ``statement.speaker`` for each statement and return the article's entities.

    Statements relayed by a news outlet ("..., IRNA reported") are folded into
    the statement they relay: that one keeps its own source and gets the outlet
    as its channel.
    """
    resolver = Resolver.for_doc(doc, lexicons, gazetteer, layout)
    for statement in statements:
        statement.speaker = resolver.resolve(statement)
    kept = _fold_channels(doc, statements, gazetteer, lexicons)
    _inherit_affiliations(resolver.entities, kept)
    for statement in kept:
        if statement.speaker is not None and statement.speaker.entity is not None:
            entity = resolver.entities[statement.speaker.entity]
            statement.speaker.role = statement.speaker.role or entity.role
            statement.speaker.rank = statement.speaker.rank or entity.rank
            statement.speaker.affiliation = statement.speaker.affiliation or entity.affiliation
    return kept, resolver.entities


def _fold_channels(doc: Doc, statements: list[Statement], gazetteer: Gazetteer,
                   lexicons: Lexicons) -> list[Statement]:
    relayed: set[int] = set()
    for i, outer in enumerate(statements):
        speaker = outer.speaker
        if speaker is None or outer.source_token is None:
            continue
        head = doc[outer.source_token]
        is_channel = gazetteer.is_media(speaker.name or "") or head.lemma_.lower() in lexicons.channel_nouns \
            or gazetteer.is_media(head.text)
        if not is_channel:
            continue
        for inner in statements:
            if inner is outer or inner.cue_start is None or inner.speaker is None:
                continue
            if outer.start <= inner.cue_start < outer.end and outer.start <= inner.start and inner.end <= outer.end + 2:
                inner.speaker.channel = speaker.name
                relayed.add(i)
    return [s for i, s in enumerate(statements) if i not in relayed]


def _inherit_affiliations(entities: list[Entity], statements: list[Statement]) -> None:
    """A role holder with no affiliation speaks for an organisation named by a word of the role.

    "military spokesman" in an article where "the U.S. military" spoke takes
    "U.S. military" as affiliation.
    """
    organisations = [e for e in entities if e.type == "organisation" and e.name.strip()]
    for entity in entities:
        if entity.type != "person" or not entity.role or entity.affiliation:
            continue
        words = {w.lower() for w in entity.role.split()}
        for org in organisations:
            if org.name.split()[-1].lower() in words:
                entity.affiliation = org.name
                entity.country = org.country or org.affiliation
                break
