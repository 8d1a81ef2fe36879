"""Corpus-level actors: one actor per person, organisation, country or group across articles.

Stage: after the records, before the graph; never imports spaCy. Each
article's actors were resolved within the article ("Clinton" and "she" to
"Hillary Clinton"). Here they are merged across the corpus:

* countries and known organisations by their gazetteer id, whatever name the
  article used ("Tehran", "Iranian", "the Islamic Republic" are Iran);
* people by first and last name ("Hillary Rodham Clinton" is "Hillary
  Clinton"); an article that only ever says "Clinton" joins the one Clinton
  of the corpus, or the one far more written about than any other;
* a country's government ("Colombia's government", "the Turkish authorities")
  by the country's id;
* other organisations and groups by their normalized name, except bodies
  named only by common nouns ("the government", "analysts"), which are each
  article's own;
* within one article, an acronym ("FWB"), a bare head noun ("the board") or a
  short name ("Ms Tallis-Brook") with the one actor of the article it stands
  for (:func:`article_links`).

Each merged actor keeps its aliases with how they name it (surname, title,
demonym, metonym, abbreviation...) and its ``member_of`` links, reduced so
that a person points at the organisation they speak for and the organisation
at its country (Bergner -> U.S. military -> United States). :class:`ActorIndex`
maps every article-level actor id to its corpus id, finds actors by any name,
and rolls actors up to their organisation or country.

It does not read text nor decide who said what (:mod:`attribution.pipeline`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from .gazetteer import APOSTROPHES, Entry, Gazetteer, gazetteer_for, normalize, slug
from .lexicons import Lexicons, load_lexicons
from .records import Actor, Alias, Article

#: Levels an actor can be rolled up to.
LEVELS = ("actor", "organisation", "country")
_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its", "i", "me",
                       "we", "us", "you", "who", "whom", "which", "that", "this", "these", "those"})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "miss", "sir", "dame", "lord", "lady", "prof", "rev"})
_DOMINANCE = 2.0  # a namesake this many times more written about takes a bare surname
_MAX_ALIASES = 20
_MAX_PARENTS = 3
_PARENT_SHARE = 0.5  # a parent named in fewer articles than this share of the top one is noise
_MAX_ALIAS_WORDS = 8
_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
#: How a name takes part in :func:`article_links`: its bare form, the keys shorter names find it by, the keys
#: it looks for a longer name by, and the keys it blocks (:func:`_link_forms`).
LinkForms = tuple[str, frozenset[str], tuple[str, ...], frozenset[str]]


@dataclass
class _Group:
    """The article-level actors that are one corpus actor."""

    key: str
    members: list[tuple[str, Actor]] = field(default_factory=list)  # (article id, actor)


class ActorIndex:
    """The actors of a corpus, merged, with the way back from each article's ids.

    Build with :func:`resolve_actors`.

    Attributes:
        actors: Corpus actors by id.
    """

    def __init__(self, actors: dict[str, Actor], local: dict[tuple[str, str], str],
                 gazetteer: Gazetteer | None) -> None:
        self.actors = actors
        self._local = local
        self._gazetteer = gazetteer
        self._names: dict[str, set[str]] = defaultdict(set)
        for actor in actors.values():
            for name in (actor.name, *actor.aliases):
                if name.lower() not in _PRONOUNS:
                    self._names[normalize(name)].add(actor.id)
        self._members: dict[str, set[str]] = defaultdict(set)
        for actor in actors.values():
            for parent in actor.member_of:
                self._members[parent].add(actor.id)

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def canonical(self, article_id: str, actor_id: str) -> str:
        """The corpus id of an article's actor id (itself when unknown)."""
        return self._local.get((article_id, actor_id), actor_id)

    def find(self, name: str) -> list[str]:
        """Ids of the actors a name denotes, best match first.

        An id, a name or alias as written ("Tehran" is an alias of Iran, so is
        any name the country-data packages know: "Iranian", "Islamic Republic
        of Iran"), else every actor whose name contains all the words
        ("Bergner" finds "Kevin Bergner").
        """
        text = name.strip()
        if not text:
            return []
        if text in self.actors:
            return [text]
        exact = sorted(self._names.get(normalize(text), ()), key=self._salience)
        if exact:
            return exact
        entry = self._gazetteer.lookup(text) if self._gazetteer is not None else None
        if entry is not None and entry.id in self.actors:
            return [entry.id]
        words = set(_words(text))
        if not words:
            return []
        partial = [a.id for a in self.actors.values()
                   if words <= set(_words(a.name)) or any(words <= set(_words(x)) for x in a.aliases)]
        return sorted(partial, key=self._salience)

    def _salience(self, actor_id: str) -> tuple[int, str]:
        actor = self.actors[actor_id]
        return (-actor.mentions, actor_id)

    def parents(self, actor_id: str) -> list[str]:
        """What an actor belongs to, transitively, nearest first."""
        out: list[str] = []
        queue = list(self.actors[actor_id].member_of) if actor_id in self.actors else []
        while queue:
            parent = queue.pop(0)
            if parent in out or parent == actor_id:
                continue
            out.append(parent)
            if parent in self.actors:
                queue.extend(self.actors[parent].member_of)
        return out

    def members(self, actor_id: str) -> set[str]:
        """Every actor that belongs to ``actor_id``, transitively (not itself)."""
        out: set[str] = set()
        stack = [actor_id]
        while stack:
            for member in self._members.get(stack.pop(), ()):
                if member not in out and member != actor_id:
                    out.add(member)
                    stack.append(member)
        return out

    def roll_up(self, actor_id: str, level: str) -> str:
        """The actor at ``level`` an actor counts for.

        ``"actor"`` is the actor itself; ``"organisation"`` the nearest
        organisation it belongs to (or itself when it is one, or has none);
        ``"country"`` its country, else as for organisation.

        Raises:
            ValueError: An unknown level.
        """
        if level not in LEVELS:
            raise ValueError(f"unknown level {level!r}; expected one of {', '.join(LEVELS)}")
        if level == "actor" or actor_id not in self.actors:
            return actor_id
        actor = self.actors[actor_id]
        chain = [actor_id, *self.parents(actor_id)]
        if level == "country":
            country = next((a for a in chain if self._type(a) == "country"), None)
            if country is not None:
                return country
        if actor.type in ("organisation", "country"):
            return actor_id
        return next((a for a in chain[1:] if self._type(a) in ("organisation", "group")), actor_id)

    def _type(self, actor_id: str) -> str:
        actor = self.actors.get(actor_id)
        return actor.type if actor is not None else "unknown"


def resolve_actors(articles: Iterable[Article], *, gazetteer: Gazetteer | None = None,
                   lexicons: Lexicons | None = None) -> ActorIndex:
    """Merge the actors of many articles into corpus actors.

    Args:
        articles: Analyzed articles (only their actors are kept in memory).
        gazetteer: Country and organisation names; built from the packaged
            lexicons when not given.
        lexicons: Lexicons for the gazetteer and the organisation head nouns.

    Returns:
        The corpus actors, with the map from article-level ids.
    """
    lexicons = lexicons or load_lexicons()
    gazetteer = gazetteer or gazetteer_for(lexicons)
    org_heads = lexicons.organisation_heads
    government = lexicons.government_nouns
    groups: dict[str, _Group] = {}
    seen: list[tuple[str, str, str]] = []  # article id, the article's actor id, key
    # an actor met in many articles is looked up once: its key, and whether it must be retyped
    keys: dict[tuple[str, str, str], tuple[str, bool, bool]] = {}
    generic = lexicons.generic_sources | government
    forms: dict[tuple[str, str], LinkForms] = {}  # how each name takes part in article_links, worked out once
    for article in articles:
        links = article_links(article.actors, gazetteer, government=government, forms=forms)
        named = {actor.id: actor for actor in article.actors}
        for actor in article.actors:
            key, retype, unnamed = _start(actor, keys, gazetteer, lexicons, generic)
            if actor.id in links:  # the article's acronym, bare head noun or surname of another of its actors
                key, _, unnamed = _start(named[links[actor.id]], keys, gazetteer, lexicons, generic)
            if unnamed:  # "the government", "analysts": this article's, not every article's
                key = f"{key}@{article.id}"
            seen.append((article.id, actor.id, key))
            group = groups.get(key) or groups.setdefault(key, _Group(key))  # (one _Group per key, not per actor)
            group.members.append((article.id, _retyped(actor, org_heads) if retype else actor))
    _merge_people(groups)
    final = {key: _final(groups, key) for key in groups}
    local = {(article_id, actor_id): final[key] for article_id, actor_id, key in seen}
    actors = {key: _merged(group, local, gazetteer, org_heads=org_heads)
              for key, group in groups.items() if group.members}
    _link_countries(actors, gazetteer)
    _reduce_membership(actors)
    return ActorIndex(actors, local, gazetteer)


def _start(actor: Actor, keys: dict[tuple[str, str, str], tuple[str, bool, bool]], gazetteer: Gazetteer,
           lexicons: Lexicons, generic: frozenset[str]) -> tuple[str, bool, bool]:
    """The corpus id an article's actor starts from, whether it must be retyped and whether it is an
    unnamed body (looked up once per actor met in many articles)."""
    ident = (actor.id, actor.type, actor.name)
    known = keys.get(ident)
    if known is None:
        retyped = _retyped(actor, lexicons.organisation_heads)
        key, known = _key(retyped, gazetteer, government=lexicons.government_nouns,
                          modifiers=lexicons.government_modifiers)
        unnamed = retyped.type in ("organisation", "group") and not known and is_unnamed(retyped.name, generic)
        known = keys[ident] = (key, retyped is not actor, unnamed)
    return known


def is_unnamed(name: str, generic: frozenset[str]) -> bool:
    """A body named only by common nouns, which stands for a different body in each article: all words in
    lower case ("the water company", "national government", "someone") or one generic source noun
    ("Police", "Analysts", "Government"). "Congress" and "Freedonian Water Board" are names."""
    words = _bare(name, person=False).split()
    return bool(words) and (all(w.islower() for w in words) or (len(words) == 1 and words[0].lower() in generic))


def _retyped(actor: Actor, org_heads: frozenset[str]) -> Actor:
    """An organisation the entity recognizer took for a person gets its type back: a name ending in an
    organisation head ("Qods Force") or with one before "of" ("Bureau of Standards")."""
    words = actor.name.split()
    lower = [w.lower() for w in words]
    if actor.type == "person" and len(words) > 1 and (lower[-1] in org_heads or any(
            w == "of" and i and lower[i - 1] in org_heads for i, w in enumerate(lower))):
        return replace(actor, type="organisation", id=f"org:{slug(actor.name)}")
    return actor


def _key(actor: Actor, gazetteer: Gazetteer, *, government: frozenset[str],
         modifiers: frozenset[str]) -> tuple[str, bool]:
    """The corpus id an article's actor starts from, and whether it is a country or a body the gazetteer
    knows (a country's government is the country)."""
    if actor.id.startswith("country:"):
        return actor.id, True
    if actor.type == "person" and len(actor.name.split()) > 1:
        entry = gazetteer.lookup(actor.name)  # "Burkina Faso" taken for a person
        if entry is not None:
            return entry.id, True
    if actor.type != "person":
        entry = gazetteer.lookup(actor.name) or governed_country(actor.name, gazetteer, government, modifiers)
        if entry is not None:
            return entry.id, True
        name = without_article(actor.name.strip())
        prefix = actor.id.split(":", 1)[0] if ":" in actor.id else "actor"
        return f"{prefix}:{slug(name)}", False
    return f"person:{slug(_person_name(_unpossessed(actor.name)))}", False


def governed_country(name: str, gazetteer: Gazetteer, government: frozenset[str],
                     modifiers: frozenset[str]) -> Entry | None:
    """The country a body's name stands for as its government: "Colombia's government", "the Turkish
    authorities", "the Freedonian military government" (at most one word between the country's name,
    demonym or capital and a government noun of ``actors.json``, one of its ``government_modifiers``:
    "Freedonian business leaders" and "Freedonian rebel leaders" are not the country)."""
    words = _unpossessed(name).split()
    if len(words) < 2 or words[-1].lower() not in government:
        return None
    for cut in (len(words) - 1, len(words) - 2):
        if cut >= 1 and (cut == len(words) - 1 or words[cut].lower() in modifiers and words[cut].islower()):
            entry = gazetteer.country(" ".join(words[:cut]))
            if entry is not None:
                return entry
    return None


def named_country(name: str, gazetteer: Gazetteer, org_heads: frozenset[str]) -> str | None:
    """The country a body's name says it is of: a possessive ("Freedonia's Water Ministry") or a demonym
    before an organisation head ("the Freedonian Water Ministry", "Freedonian Labour Party").

    The longest known prefix counts: one the gazetteer knows as something other than a demonym ("American
    Samoa Power Board") makes no country of its first word.

    Returns:
        The country's name, or None.
    """
    words = without_article(name.translate(APOSTROPHES).strip()).split()
    for cut in (3, 2, 1):
        if len(words) <= cut:
            continue
        head = " ".join(words[:cut])
        if head.endswith("'s"):  # "Freedonia's ..."; not "the Freedonian Ombudsman's office"
            entry = gazetteer.country(head[:-2])
            if entry is not None:
                return entry.name
            continue
        entry = gazetteer.lookup(head)
        if entry is not None:
            if entry.type == "country" and entry.how == "demonym" and words[-1].lower() in org_heads:
                return entry.name
            return None
    return None


def article_links(actors: Iterable[Actor], gazetteer: Gazetteer, *, government: frozenset[str],
                  forms: dict[tuple[str, str], LinkForms] | None = None) -> dict[str, str]:
    """Actors of one article that are another of its actors, by id: an organisation's initials ("the
    Freedonian Water Board" and "FWB", "Fwb", or "Water Board (FWB)"), a body's office ("the Ombudsman's
    office" and "the Ombudsman"), a bare head noun that ends the name of
    exactly one other body ("the board" and "the Freedonian Water Board") and a person's short name that
    ends exactly one other person's ("Mr Tallis-Brook" and "Anna Tallis-Brook").

    Only names the gazetteer does not know are linked, never across a preposition ("residents of
    Kawempe" are not Kawempe) nor "the Government" to a ministry named "Local Government"; a proper name
    of two or more words is the one kept ("accused Freedonia Council" -> "Freedonia Council", but
    "Foreign Ministry" -> "Freedonia's Foreign Ministry"). Chains are
    followed to their end.

    Args:
        government: Government nouns (``actors.json``): a bare one ("the Government") is never a body
            whose proper name ends in it ("Local Government").
        forms: How each (name, type) takes part (:func:`_link_forms`), kept across the articles of a
            corpus by the caller; a new dict when not given.
    """
    forms = {} if forms is None else forms
    each: list[tuple[str, bool, LinkForms]] = []
    wanted: tuple[set[str], set[str]] = (set(), set())  # what bodies, people look for
    for actor in actors:
        form = forms.get((actor.name, actor.type))
        if form is None:
            form = forms[(actor.name, actor.type)] = _link_forms(actor.name, actor.type, gazetteer)
        each.append((actor.id, actor.type == "person", form))
        if form[2]:
            wanted[actor.type == "person"].update(form[2])
    found_by: tuple[dict[str, list[str]], dict[str, list[str]]] = ({}, {})  # tail or initials -> ids
    blocked: set[str] = set()  # tails of bodies the gazetteer knows: a shorter name may be one of them
    for ident, person, (_, keys, _, blocks) in each:  # (most names find nothing, and cost no allocation)
        if not keys.isdisjoint(wanted[person]):
            for key in keys & wanted[person]:
                found_by[person].setdefault(key, []).append(ident)
        if blocks and not blocks.isdisjoint(wanted[person]):
            blocked |= blocks & wanted[person]
    links: dict[str, str] = {}
    if not found_by[0] and not found_by[1]:
        return links
    named = {ident: form[0] for ident, _, form in each}
    several: list[tuple[str, bool, str, list[str]]] = []  # names that find several bodies, perhaps one
    for ident, person, (bare, _, wants, _) in each:
        found: list[str] | tuple[()] = ()
        for want in wants:
            found = found_by[person].get(want, ())
            if found:
                found = () if want in blocked and not person else found
                break
        if len(set(found)) == 1:
            _link(links, ident, person, bare, found[0], named, government)
        elif found:
            several.append((ident, person, bare, found))
    _follow(links)
    for ident, person, bare, found in several:  # "the council" and two names of one council
        ends = {links.get(other, other) for other in found}
        if len(ends) == 1:
            _link(links, ident, person, bare, ends.pop(), named, government)
    _follow(links)
    return links


def _link(links: dict[str, str], ident: str, person: bool, bare: str, other: str, named: dict[str, str],
          government: frozenset[str]) -> None:
    """Link an actor to the one other it stands for, or that one to it when its name is the one to keep."""
    if other == ident or _governs(bare, named[other], government):
        return
    if not person and _kept(bare, named[other]):
        links[other] = ident  # a proper name is the key: "accused Freedonia Council" is it
    else:
        links[ident] = other


def _follow(links: dict[str, str]) -> None:
    """Follow chains of links to their end."""
    for ident in list(links):
        seen = {ident}
        while links[ident] in links and links[ident] not in seen:
            seen.add(links[ident])
            links[ident] = links[links[ident]]


def _link_forms(name: str, kind: str, gazetteer: Gazetteer) -> LinkForms:
    """How a name takes part in :func:`article_links`: its bare form, the keys shorter names find it by
    (tails, initials, owner), the keys it looks for a longer name by, best first (none: it looks for
    none), and the tails of a body the gazetteer knows, which no shorter name is linked by to another
    body ("the council" beside the "Security Council" and a "City Council")."""
    person = kind == "person"
    bare = _bare(name, person=person)
    words = bare.split()
    if not words:
        return "", frozenset(), (), frozenset()
    known = kind != "person" and gazetteer.lookup(bare) is not None
    tails = _tails(words, kind) if words[0].lower() not in _QUANTIFIERS else []  # "many lawmakers": a part
    blocks = frozenset(tails) if known else frozenset()  # the "White House" is not "the House"
    keys = [] if known else tails
    if kind in ("organisation", "group"):
        keys.append(f"owner:{normalize(bare)}")
        if len(words) > 1:
            keys.append(_initials(words))
            keys += re.findall(r"\(([A-Z][A-Za-z]{1,7})\)", bare)
    return bare, frozenset(keys), _wants(bare, words, kind, known), blocks


def _tails(words: list[str], kind: str) -> list[str]:
    """The shorter names that may stand for a name: its tails, never cut across a preposition or a
    coordination, nor (for groups) after a lower-case word."""
    tails = []
    for i in range(1, len(words)):
        if words[i - 1].lower() in _BREAKS or words[i].lower() in _BREAKS or words[i - 1].endswith(","):
            break  # "residents of Kawempe" are not Kawempe; "Front for Change" is "Front for Change"
        if kind == "group" and not all(w[:1].isupper() for w in words[:i]):
            break  # "younger voters" are some voters; "Freedonian police" are the police
        tails.append(normalize(" ".join(words[i:])))
    return tails


def _wants(bare: str, words: list[str], kind: str, known: bool) -> tuple[str, ...]:
    """The keys a name looks for a longer name by, best first (none: it looks for none)."""
    if kind == "person":
        return (normalize(bare),)
    if kind not in ("organisation", "group") or known:
        return ()
    owner = _OWNED_OFFICE.match(bare)
    if owner and " " in owner.group(1):  # "the Freedonian Ombudsman's office"; not "Kaczmarek's office"
        return (f"owner:{normalize(owner.group(1))}",)
    if bare.isupper():
        return (bare,)
    if len(words) == 1 and len(bare) > 2 and bare.istitle():  # "Nato", "the Fwb" as some outlets write them
        return (normalize(bare), bare.upper())
    return (normalize(bare),)


_OWNED_OFFICE = re.compile(r"^(.+?)['\u2019]s office$", re.IGNORECASE)


def _kept(short: str, long: str) -> bool:
    """Whether a body's shorter name is the one to keep: a proper name of two or more words that the longer
    one only prefixes with lower-case or shouted words ("accused Freedonia Council", "OPPOSITION Freedonia
    Front"), not with a name ("Freedonia's Foreign Ministry" is not every "Foreign Ministry")."""
    words = short.split()
    prefix = long.split()[:-len(words)]
    return len(words) > 1 and short.istitle() and not short.isupper() and all(
        w.islower() or (w.isalpha() and w.isupper() and len(w) > 3) for w in prefix)


def _governs(bare: str, other: str, government: frozenset[str]) -> bool:
    """A bare government noun ("Government") beside a body whose proper name ends in it ("Local
    Government"): the country's government, not that body."""
    return bare.lower() in government and other.istitle()


#: Words no shorter name is cut across: prepositions and coordinators.
_BREAKS = frozenset({"of", "at", "for", "in", "from", "with", "on", "to", "by", "under", "over", "and", "or",
                     "nor", "&"})
#: First words of a part, not the whole: "many lawmakers", "another source".
_QUANTIFIERS = frozenset({"a", "an", "another", "other", "some", "many", "several", "few", "both", "all", "most",
                          "one", "two", "three", "four", "five", "more", "various", "certain", "each", "every"})


def _bare(name: str, *, person: bool) -> str:
    """A name without its article, possessive ending, and (for people) honorifics."""
    text = without_article(_unpossessed(name))
    return _person_name(text) if person else text


def without_article(name: str) -> str:
    """A name without its leading article ("the", "a", "an")."""
    return _ARTICLE.sub("", name)


def _initials(words: list[str]) -> str:
    """"Malaysian Anti-Corruption Board" -> "MACB"; little words ("of", "and") left out."""
    parts = [p for w in words for p in w.split("-") if p]
    return "".join(p[0] for p in parts if p.lower() not in _LITTLE_WORDS).upper()


_LITTLE_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "&"})


def _person_name(name: str) -> str:
    return " ".join(w for w in name.split() if w.lower().rstrip(",") not in ("mr.", "mrs.", "ms.", "dr.", "mr",
                                                                              "mrs", "ms", "dr"))


def _name_parts(name: str) -> tuple[str, str, str]:
    """(first name, surname, suffix) of a person's name, lower-cased."""
    words = [w.lower().strip(",") for w in _person_name(_unpossessed(name)).split()]
    suffix = words[-1] if len(words) > 1 and words[-1] in _SUFFIXES else ""
    core = words[:-1] if suffix else words
    if not core:
        return "", "", suffix
    return (core[0] if len(core) > 1 else ""), core[-1], suffix


def _merge_people(groups: dict[str, _Group]) -> None:
    """Merge people across articles.

    Full names sharing surname and suffix merge when one's words hold the
    other's ("Hillary Clinton", "Hillary Rodham Clinton"), into the most
    written-about form. A bare surname ("Clinton"), or a one-word organisation
    that is one (the entity recognizer's "Trump"), joins the only full name
    with that surname, or the one in twice as many articles as any other.
    """
    full: dict[tuple[str, str], list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for key, group in groups.items():
        if key.startswith("person:"):
            words = _person_words(group.members[0][1].name)
            first, last, suffix = _name_parts(group.members[0][1].name)
            if first:
                full[(last, suffix)].append((key, words))
    for entries in full.values():
        entries.sort(key=lambda e: (-_articles(groups[e[0]]), len(e[1]), e[0]))
        for i, (key, words) in enumerate(entries):
            if not groups[key].members:
                continue
            for other, other_words in entries[i + 1:]:
                if groups[other].members and (words <= other_words or other_words <= words):
                    _absorb(groups, key, other)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for (last, suffix), entries in full.items():
        if not suffix:
            by_surname[last].extend(k for k, _ in entries if groups[k].members)
    for key, group in list(groups.items()):
        if not group.members or ":" not in key or key.startswith("country:"):
            continue
        name = group.members[0][1].name
        first, last, suffix = _name_parts(name)
        if first or suffix or (not key.startswith("person:") and (len(name.split()) != 1 or not name[:1].isupper())):
            continue
        candidates = sorted(by_surname.get(last, ()), key=lambda k: -_articles(groups[k]))
        if len(candidates) == 1 or (len(candidates) > 1 and _articles(groups[candidates[0]])
                                    >= _DOMINANCE * _articles(groups[candidates[1]])):
            if candidates[0] != key:
                _absorb(groups, candidates[0], key)


def _person_words(name: str) -> frozenset[str]:
    return frozenset(w.lower().strip(",") for w in _person_name(_unpossessed(name)).split())


@functools.lru_cache(maxsize=1 << 16)
def _unpossessed(name: str) -> str:
    return re.sub(r"[\u2019']s?$", "", name.strip())


def _articles(group: _Group) -> int:
    return len({article_id for article_id, _ in group.members})


def _absorb(groups: dict[str, _Group], target: str, key: str) -> None:
    groups[target].members.extend(groups[key].members)
    groups[key].members = []
    groups[key].key = target  # forwarding address for _final


def _final(groups: dict[str, _Group], key: str) -> str:
    seen = set()
    while key in groups and groups[key].key != key and key not in seen:
        seen.add(key)
        key = groups[key].key
    return key


def _merged(group: _Group, local: dict[tuple[str, str], str], gazetteer: Gazetteer, *,
            org_heads: frozenset[str]) -> Actor:
    """One actor from the article-level actors of a group."""
    actors = [actor for _, actor in group.members]
    entry = _entry(group.key, actors, gazetteer)
    names = Counter(a.name for a in actors)
    if entry is not None:
        name = entry.name
    else:
        name = max(names, key=lambda n: (names[n], len(n.split()) if n.split() else 0, len(n), n))
    types = Counter(a.type for a in actors if a.type != "unknown")
    kind = entry.type if entry is not None else (types.most_common(1)[0][0] if types else "unknown")
    spellings = Counter(names)
    spellings.update(n for a in actors for n in a.aliases)
    written: Counter[str] = Counter()
    for spelling, count in spellings.items():
        if _plain_alias(spelling):
            written[_unpossessed(spelling)] += count
    aliases = [n for n in sorted(written, key=lambda n: (-written[n], n))
               if n != name and n.lower() not in _PRONOUNS][:_MAX_ALIASES]
    if entry is not None:
        aliases += [n for n, how in gazetteer.names_of(entry.id) if n != name and n not in aliases]
    kinds = tuple(Alias(n, alias_kind(n, name, kind, gazetteer, entry)) for n in aliases)
    roles = Counter(r for a in actors for r in a.roles)
    countries = Counter(a.country for a in actors if a.country)
    parents: Counter[str] = Counter()
    for article_id, actor in group.members:
        if actor.member_of:
            parents.update({local.get((article_id, p), p) for p in actor.member_of} - {group.key})
    parents = Counter({p: n for p, n in parents.items() if p != group.key})
    top = max(parents.values(), default=0)
    ranked = sorted(parents.items(), key=lambda item: (-item[1], item[0]))[:_MAX_PARENTS]  # ties by id: any run
    member_of = [p for p, n in ranked if n >= _PARENT_SHARE * top]
    country = (entry.country if entry is not None else None) or (countries.most_common(1)[0][0]
                                                                  if countries else None)
    if country is None and kind in ("organisation", "group"):
        country = named_country(name, gazetteer, org_heads)
    return Actor(
        id=group.key, name=name, type=kind, aliases=tuple(aliases), roles=tuple(r for r, _ in roles.most_common()),
        country=country, member_of=tuple(member_of), mentions=sum(a.mentions for a in actors),
        alias_kinds=kinds, articles=len({article_id for article_id, _ in group.members}),
    )


@functools.lru_cache(maxsize=1 << 16)
def _plain_alias(name: str) -> bool:
    """An alias worth keeping: a name, not a coordination, a clause or a dateline."""
    text = name.strip()
    return bool(text) and len(text.split()) <= _MAX_ALIAS_WORDS and not re.search(
        r"\s(and|or)\s|[,;\n()]|\b(reuters|ap|afp)\b", text, flags=re.IGNORECASE)


def _entry(key: str, actors: list[Actor], gazetteer: Gazetteer) -> Entry | None:
    if not key.startswith(("country:", "org:", "group:")):
        return None
    for name in dict.fromkeys(actor.name for actor in actors):
        entry = gazetteer.lookup(name)
        if entry is not None and entry.id == key:
            return entry
    if key.startswith("country:"):  # named only as its government ("Colombia's government")
        names = gazetteer.names_of(key)
        entry = gazetteer.lookup(names[0][0]) if names else None
        return entry if entry is not None and entry.id == key else None
    return None


def alias_kind(alias: str, name: str, kind: str, gazetteer: Gazetteer, entry: Entry | None = None) -> str:
    """How an alias names an actor.

    For countries and organisations: ``demonym`` ("Iranian"), ``metonym``
    (the capital, "Tehran"), ``abbreviation`` ("U.S.", "IAEA"), ``government``
    ("the Iranian government"), ``name`` or ``alias``. For people:
    ``surname`` ("Bergner"), ``title`` ("military spokesman Kevin Bergner"),
    ``nominal`` ("the spokesman") or ``name``.
    """
    if kind == "person":
        words, full = alias.split(), name.split()
        if full and words and words[-1] == full[-1] and all(w.lower().rstrip(".") in _HONORIFICS
                                                            for w in words[:-1]):
            return "surname"  # "Bergner", "Mrs. Clinton"
        if set(full) < set(words):
            return "title" if alias.endswith(name) else "name"  # "spokesman Kevin Bergner"; "Hillary Rodham Clinton"
        if alias[:1].islower() or alias.lower().startswith(("the ", "a ")):
            return "nominal"
        return "name"
    found = gazetteer.lookup(alias)
    if found is not None and (entry is None or found.id == entry.id):
        return {"capital": "metonym", "code": "abbreviation", "demonym": "demonym", "name": "name"}.get(
            found.how, "abbreviation" if alias.replace(".", "").isupper() else "alias")
    words = alias.lower().split()
    if any(w in ("government", "regime", "authorities", "administration", "leadership") for w in words):
        return "government"
    return "alias"


def _link_countries(actors: dict[str, Actor], gazetteer: Gazetteer) -> None:
    """Organisations and groups with a country belong to it; affiliations name real actors."""
    for key, actor in list(actors.items()):
        if actor.type == "country" or not actor.country:
            continue
        entry = gazetteer.country(actor.country)
        if entry is None or entry.id == key:
            continue
        if entry.id not in actors:
            actors[entry.id] = Actor(id=entry.id, name=entry.name, type="country", country=entry.name,
                                     aliases=tuple(n for n, _ in gazetteer.names_of(entry.id) if n != entry.name),
                                     alias_kinds=tuple(Alias(n, alias_kind(n, entry.name, "country", gazetteer, entry))
                                                       for n, _ in gazetteer.names_of(entry.id) if n != entry.name))
        if actor.type != "person" and entry.id not in actor.member_of:
            actors[key] = replace(actor, member_of=(*actor.member_of, entry.id))


def _reduce_membership(actors: dict[str, Actor]) -> None:
    """Keep only direct membership: Bergner -> U.S. military, not also -> United States."""
    for key, actor in list(actors.items()):
        parents = [p for p in actor.member_of if p != key]
        direct = [p for p in parents
                  if not any(p in actors.get(other, _EMPTY).member_of for other in parents if other != p)]
        if tuple(direct) != actor.member_of:
            actors[key] = replace(actor, member_of=tuple(direct))


_EMPTY = Actor(id="", name="")


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W_]+", normalize(text)) if w not in ("the", "of")]
