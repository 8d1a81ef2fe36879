"""Actor gazetteer: countries, their names, demonyms and capitals, and known organisations.

Stage: configuration, before the pipeline. Country names, ISO codes, capitals
and demonyms come from the maintained ``countryinfo`` and ``pycountry``
packages; ``models/actors.json`` adds short forms ("U.S.", "Britain"),
metonyms ("the Kremlin"), states the packages leave out (Kosovo) and
international organisations. Build one
:class:`Gazetteer` per pipeline and pass it where it is needed.
"""

from __future__ import annotations

import copy
import functools
import re
import unicodedata
from dataclasses import dataclass

import countryinfo
import pycountry

from .lexicons import Lexicons

#: Apostrophes written for "'" (the actors module reads names with them too).
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_SLUG = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"'s?$")
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
#: Two-letter codes that are English words or common initials; never read as countries.
_AMBIGUOUS_CODES = {"AS", "AT", "BE", "BY", "DO", "GO", "HE", "IN", "IS", "IT", "ME", "MY", "NO", "OF",
                    "ON", "OR", "SO", "TO", "UP", "US", "WE", "AM", "AN", "AI", "PA", "PE", "AD", "CA",
                    "CO", "DE", "ID", "LA", "MA", "MD", "MO", "NE", "OK", "TV", "VA", "GA", "AL", "IL"}


@functools.lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """Lower-case look-up key: apostrophes unified, possessive and leading article dropped."""
    text = unicodedata.normalize("NFKC", text).translate(APOSTROPHES).strip()
    text = _ARTICLE.sub("", _POSSESSIVE.sub("", text))
    return _SPACES.sub(" ", text).lower()


@functools.lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """An id-safe form of a name: ``"U.S. military"`` -> ``"us-military"``; a company's legal form is
    no part of it (``"Rift Agro Inputs Ltd"`` is ``"rift-agro-inputs"``, as the article's "Rift Agro Inputs")."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slugged = _SLUG.sub("-", ascii_.replace(".", "")).strip("-")
    return _LEGAL_FORM.sub("", slugged) or slugged or "unnamed"


#: A company's legal form ending a slug: "-ltd", "-inc", "-plc", "-pty-ltd", "-co", "-jsc" ...
_LEGAL_FORM = re.compile(r"(?:-(?:pty|co|company))?-(?:ltd|limited|inc|incorporated|plc|llc|gmbh|corp|co|jsc)$")


@dataclass(frozen=True)
class Entry:
    """A gazetteer hit.

    Attributes:
        id: Actor id ("country:IRN", "org:united-nations").
        name: Canonical name ("Iran").
        type: country, organisation or group.
        country: The country the actor belongs to (itself for a country).
        how: How the key names it: name, alias, code, demonym, capital or metonym.
    """

    id: str
    name: str
    type: str
    country: str | None
    how: str


class Gazetteer:
    """Look up countries and organisations by any of their names.

    Args:
        lexicons: Supplies ``actors.json`` (short forms, organisations, outlets).
    """

    def __init__(self, lexicons: Lexicons) -> None:
        self._entries: dict[str, Entry] = {}
        self._codes: dict[str, Entry] = {}
        self._written: dict[str, str] = {}  # normalized key -> the name as written
        self.media = frozenset(normalize(m) for m in lexicons.media)
        self.channel_nouns = lexicons.channel_nouns
        by_name: dict[str, Entry] = {}
        # most populous first: a shared demonym or alias ("American", "French") names the larger country
        countries = sorted(countryinfo.CountryInfo.all().values(), key=lambda c: -(c.get("population") or 0))
        for info in countries:
            name, iso = info.get("name"), info.get("ISO") or {}
            alpha3 = iso.get("alpha3")
            if not name or not alpha3:
                continue
            record = pycountry.countries.get(alpha_3=alpha3)
            if record is None:  # a state that no longer exists: "Serbia and Montenegro" must not own Belgrade
                continue
            canonical = getattr(record, "common_name", None) or name
            entry = Entry(f"country:{alpha3}", canonical, "country", canonical, "name")
            by_name[normalize(canonical)] = entry
            names = {name, canonical}
            names |= {getattr(record, "name", ""), getattr(record, "official_name", "")}
            for alias in names:
                self._add(alias, entry, "name")
            for alias in info.get("altSpellings") or ():
                if alias.isupper() and len(alias) <= 3:
                    # two-letter ISO codes are ordinary abbreviations in prose ("MP", "PM", "CM",
                    # "SG", "FO", "the CS", "Gareth Lloyd MS"): only the curated ones of actors.json
                    # ("US", "UK") name countries
                    if len(alias) == 3 and alias not in _AMBIGUOUS_CODES:
                        self._codes[alias] = _with(entry, "code")
                else:
                    self._add(alias, entry, "alias")
            demonym = info.get("demonym")
            if demonym:
                self._add(demonym, entry, "demonym")
                self._add(demonym + "s", entry, "demonym")
            capitals = info.get("capital") or ()
            for capital in [capitals] if isinstance(capitals, str) else capitals:
                self._add(capital.replace(" D.C.", ""), entry, "capital")
        for state in lexicons.other_states:
            by_name[normalize(state["name"])] = self._add_state(state)
        for country, aliases in lexicons.country_aliases.items():
            entry = by_name.get(normalize(country))
            if entry is None:  # a bloc such as the European Union
                entry = Entry(f"org:{slug(country)}", country, "organisation", None, "name")
                self._add(country, entry, "name")
            for alias in aliases:
                if alias.isupper() and "." not in alias and len(alias) <= 3:
                    self._codes[alias] = _with(entry, "code")
                else:  # the curated list overrides the packages' guess, keeping how they name it
                    known = self._entries.get(normalize(alias))
                    how = known.how if known is not None and known.how in ("demonym", "capital") else "alias"
                    self._entries[normalize(alias)] = _with(entry, how)
                    self._written[normalize(alias)] = alias
        for org in lexicons.organisations:
            country = org.get("country")
            entry = Entry(f"org:{slug(org['name'])}", org["name"], org.get("type", "organisation"), country, "name")
            self._entries[normalize(org["name"])] = entry
            self._written[normalize(org["name"])] = org["name"]
            for alias in org.get("aliases", ()):
                if alias.isupper() and "." not in alias and len(alias) <= 4:
                    self._codes[alias] = _with(entry, "code")
                else:
                    self._entries[normalize(alias)] = _with(entry, "alias")
                    self._written[normalize(alias)] = alias

    def _add_state(self, state: dict) -> Entry:
        """Enter a state the country packages leave out (``other_states`` of actors.json)."""
        name = state["name"]
        entry = Entry(f"country:{state.get('code') or slug(name)}", name, "country", name, "name")
        self._add(name, entry, "name")
        for demonym in state.get("demonyms", ()):
            self._add(demonym, entry, "demonym")
        for capital in state.get("capitals", ()):
            self._add(capital, entry, "capital")
        return entry

    def _add(self, alias: str, entry: Entry, how: str) -> None:
        if alias:
            self._entries.setdefault(normalize(alias), _with(entry, how))
            self._written.setdefault(normalize(alias), alias)

    def names_of(self, actor_id: str) -> list[tuple[str, str]]:
        """Every name the gazetteer knows for an actor id, with how it names it.

        ``names_of("country:IRN")`` gives ``("Iran", "name")``, ``("Tehran",
        "capital")``, ``("Iranian", "demonym")``... in a stable order.
        """
        found = [(self._written.get(key, key), entry.how) for key, entry in self._entries.items()
                 if entry.id == actor_id]
        found += [(code, entry.how) for code, entry in self._codes.items() if entry.id == actor_id]
        return sorted(set(found), key=lambda item: (item[1] != "name", item[0].lower()))

    def lookup(self, text: str) -> Entry | None:
        """The country or organisation ``text`` names, or None.

        Upper-case codes ("US", "UN", "IAEA") match only as written; every
        other name matches case-insensitively.
        """
        stripped = text.strip().translate(APOSTROPHES)
        stripped = re.sub(r"'s?$", "", stripped)
        if stripped in self._codes:
            return self._codes[stripped]
        return self._entries.get(normalize(stripped))

    def with_short_names(self, short_names: dict[str, str]) -> Gazetteer:
        """This gazetteer for one article that defines ``short_names`` ("Roads Authority (RA)": ``{"RA":
        "Roads Authority"}``): each short name written as a code stands for the body the article names
        (the gazetteer's when it knows it, else none), not for the country or body the code is elsewhere.

        Returns:
            ``self`` when no short name is a code, else a copy with its own codes.
        """
        clashes = [short for short in short_names if short in self._codes]
        if not clashes:
            return self
        article = copy.copy(self)
        article._codes = {code: entry for code, entry in self._codes.items() if code not in clashes}
        for short in clashes:
            entry = article.lookup(short_names[short])
            if entry is not None:
                article._codes[short] = _with(entry, "code")
        return article

    def country(self, text: str) -> Entry | None:
        """Like :meth:`lookup`, but only countries."""
        entry = self.lookup(text)
        return entry if entry is not None and entry.type == "country" else None

    def subdivision(self, text: str) -> str | None:
        """The actor id of the country ("country:IND") of the first-level division of a country (a state,
        province, region, oblast) that ``text`` names as ``pycountry`` writes it, accents aside
        ("Karnataka", "Ontario", "Sindh"); None for anything else, and for a name that is also a
        country's ("Georgia")."""
        return None if self.country(text) is not None else _subdivisions().get(_unaccented(normalize(text)))

    def is_media(self, text: str) -> bool:
        """True for a news outlet named in ``actors.json`` ("Reuters", "IRNA")."""
        return normalize(text) in self.media


#: Gazetteers built, by the id of their lexicons (kept with them, so that an id is never reused).
_BUILT: dict[int, tuple[Lexicons, Gazetteer]] = {}
_KEEP = 4


def gazetteer_for(lexicons: Lexicons) -> Gazetteer:
    """The :class:`Gazetteer` of ``lexicons``, built once per process (two components and the corpus
    actors use it; it never changes once built)."""
    built = _BUILT.get(id(lexicons))
    if built is None:
        if len(_BUILT) >= _KEEP:
            _BUILT.clear()
        built = _BUILT[id(lexicons)] = (lexicons, Gazetteer(lexicons))
    return built[1]


@functools.cache
def _subdivisions() -> dict[str, str]:
    """The first-level divisions of every country by their normalized names, with their country's actor id
    (read from ``pycountry`` once, when first asked); not the nations of a union ("Scotland", "England"),
    which no premier or governor runs."""
    found: dict[str, str] = {}
    for division in pycountry.subdivisions:
        if getattr(division, "parent_code", None) is None and division.type != "Country":  # not "Scotland"
            country = pycountry.countries.get(alpha_2=division.country_code)
            if country is not None:
                found.setdefault(_unaccented(normalize(division.name)), f"country:{country.alpha_3}")
    return found


def _unaccented(text: str) -> str:
    """A name without its accents: "Karnātaka" is written "Karnataka" in English news."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _with(entry: Entry, how: str) -> Entry:
    return Entry(entry.id, entry.name, entry.type, entry.country, how)
