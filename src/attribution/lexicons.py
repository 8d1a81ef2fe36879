"""Load and check the lexicons in ``models/``.

Stage: configuration, before the pipeline. Lexicons are data files (JSON) that
ship inside the wheel as ``attribution/models``; in a source checkout they are
read from the repository's top-level ``models/``. This module only reads and
checks them; it holds no state and caches nothing.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import LexiconError
from .types import PathType

#: Files every models directory must hold, with the top-level keys each must have.
REQUIRED_KEYS: dict[str, tuple[str, ...]] = {
    "cues.json": ("name", "version", "language", "verbs", "nouns", "adjectives", "phrases", "statement_rules",
                  "confidence", "negation", "hypothetical", "wrongdoing", "claim_rules"),
    "relations.json": ("name", "version", "relations"),
    "roles.json": ("name", "version", "language", "titles", "multiword_titles", "ranks",
                   "honorifics", "abbreviations", "generic_sources", "person_nouns",
                   "organisation_nouns", "document_nouns", "evidence_nouns", "non_agent_nouns", "authorship_verbs",
                   "place_nouns", "seat_titles", "place_offices", "service_nouns", "business_name_ends", "chambers",
                   "address_titles", "ordinals"),
    "names.json": ("name", "version", "language", "honorifics", "gendered_nouns", "first_names"),
    "actors.json": ("name", "version", "language", "country_aliases", "other_states", "organisations",
                    "media", "channel_nouns", "government_nouns", "government_modifiers", "name_nouns",
                    "organisation_heads", "party_initials"),
    "layout.json": ("name", "version", "language", "section_headings", "page_foot_headings", "line_patterns",
                    "dateline_patterns", "labels"),
}
CUE_KEYS = ("relation",)
#: What a cue's ``requires`` may name besides a dependency position: a reported content, a named owner of a
#: claim noun, a content that names an accusation.
CUE_REQUIREMENTS = ("content", "owner", "accusation")
#: Dependency labels of the English parsers (ClearNLP style) a position in ``requires`` may be made of.
DEPENDENCY_LABELS = frozenset({
    "acl", "acomp", "advcl", "advmod", "agent", "amod", "appos", "attr", "aux", "auxpass", "case", "cc", "ccomp",
    "compound", "conj", "csubj", "csubjpass", "dative", "dep", "det", "dobj", "expl", "intj", "mark", "meta", "neg",
    "nmod", "npadvmod", "nsubj", "nsubjpass", "nummod", "oprd", "parataxis", "pcomp", "pobj", "poss", "preconj",
    "predet", "prep", "prt", "punct", "quantmod", "relcl", "xcomp"})
#: Word lists the statement rules read from ``cues.json`` ``statement_rules`` (each a list of lemmas).
STATEMENT_RULES = ("telling_verbs", "refusals", "speaking_grants", "citing_verbs", "channel_verbs", "clause_labels",
                   "motion_particles", "judged_words", "reply_verbs")
#: Confidence of a cue's content position when its entry gives none.
DEFAULT_WEIGHT = 0.7


@dataclass(frozen=True)
class Cue:
    """One cue word: the relation it signals and where its arguments are.

    Attributes:
        lemma: Lower-case lemma (or phrase) of the cue.
        relation: A key of ``relations.json``.
        content: Dependency positions of the reported content, best first
            (``"ccomp"``, ``"dobj"``, ``"prep:of"`` for the object of *of*...).
        target: Dependency positions of the actor a claim is about; ``"a>b"`` is
            the ``b`` child of the ``a`` child (``"ccomp>nsubj"``).
        pos: ``"verb"``, ``"noun"``, ``"adjective"`` or ``"phrase"``.
        weights: Confidence of each content position, parallel to ``content``
            (the share of such frames that are attributions).
        cameo: A CAMEO code more specific than the relation's, if any.
        requires: What a claim on this cue needs besides a target: ``"content"``
            (a reported content: "attacked X for ..."), ``"owner"`` (a named
            owner of a claim noun: "Iran's threat"), ``"accusation"`` (a content that
            names an accusation: "pushed back on those claims", not "on the budget
            cuts") or a position that must be filled (``"xcomp"``: "appealed to X to ...").
        animate: The cue's object is a person or body whatever noun names it
            ("accused the contractor of ...", "urged the board to ...").
    """

    lemma: str
    relation: str
    content: tuple[str, ...] = ("ccomp",)
    target: tuple[str, ...] = ()
    pos: str = "verb"
    weights: tuple[float, ...] = ()
    cameo: str = ""
    requires: tuple[str, ...] = ()
    animate: bool = False


@dataclass(frozen=True)
class RelationInfo:
    """A relation's codes in the political event codebooks."""

    name: str
    claim: bool
    cameo: str
    plover: str
    label: str


@dataclass(frozen=True)
class Lexicons:
    """All lexicons, checked and indexed for look-up.

    Build with :func:`load_lexicons`; pass the object to the pipeline.
    """

    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    adjectives: dict[str, Cue]
    phrases: dict[str, Cue]
    confidence: dict[str, Any]
    relations: dict[str, RelationInfo]
    negation: frozenset[str]
    hypothetical: frozenset[str]
    wrongdoing: frozenset[str]
    titles: frozenset[str]
    multiword_titles: tuple[tuple[str, ...], ...]
    ranks: tuple[tuple[str, ...], ...]
    honorifics: frozenset[str]
    abbreviations: dict[str, str]
    generic_sources: frozenset[str]
    person_nouns: frozenset[str]
    organisation_nouns: frozenset[str]
    document_nouns: frozenset[str]
    evidence_nouns: frozenset[str]
    non_agent_nouns: frozenset[str]
    authorship_verbs: frozenset[str]
    first_names: dict[str, str]
    honorific_gender: dict[str, str]
    gendered_nouns: dict[str, str]
    country_aliases: dict[str, tuple[str, ...]]
    #: States the country packages leave out: name, optional code, demonyms, capitals (actors.json).
    other_states: tuple[dict[str, Any], ...]
    organisations: tuple[dict[str, Any], ...]
    media: frozenset[str]
    channel_nouns: frozenset[str]
    government_nouns: frozenset[str]
    name_nouns: frozenset[str]
    section_headings: frozenset[str]
    page_foot_headings: frozenset[str]
    line_patterns: tuple[re.Pattern[str], ...]
    dateline_patterns: tuple[re.Pattern[str], ...]
    labels: frozenset[str]
    version: str
    path: Path
    raw: dict[str, dict[str, Any]] = field(repr=False, compare=False, default_factory=dict)
    #: CAMEO subcode of each wrongdoing word ("corruption": "1121").
    wrongdoing_codes: dict[str, str] = field(default_factory=dict)
    #: Word lists of the claim rules, by name (``cues.json`` ``claim_rules``).
    claim_rules: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Word lists of the statement rules, by name (``cues.json`` ``statement_rules``, :data:`STATEMENT_RULES`).
    statement_rules: dict[str, frozenset[str]] = field(default_factory=dict)
    organisation_heads: frozenset[str] = frozenset()
    #: Words that may stand between a country and a government noun ("the Freedonian interim government"),
    #: actors.json.
    government_modifiers: frozenset[str] = frozenset()
    #: Heads of names of places below a country ("Oblast", "State", "County"), roles.json.
    place_nouns: frozenset[str] = frozenset()
    #: Parties a single initial stands for in a legislator's party marker ("D-El Paso"), actors.json.
    party_initials: dict[str, str] = field(default_factory=dict)
    #: Titles of an elected member, whose place before or after the title is the seat ("MP for Bath"), roles.json.
    seat_titles: frozenset[str] = frozenset()
    #: Offices that run a province or a city, whose name before the title is the affiliation, roles.json.
    place_offices: frozenset[str] = frozenset()
    #: Common nouns of state services that a title names its bearer's service by ("police director"), roles.json.
    service_nouns: frozenset[str] = frozenset()
    #: Last words of a business's name, which other kinds of body do not end with ("Holdings"), roles.json.
    business_name_ends: frozenset[str] = frozenset()
    #: Chambers of a legislature, which an "in" phrase after a title names ("leader in the Senate"), roles.json.
    chambers: frozenset[str] = frozenset()
    #: Titles written before a name as a form of address more than as the office held ("Ambassador", "Rep."),
    #: which yield to the office an apposition gives and become the rank, roles.json.
    address_titles: frozenset[str] = frozenset()
    #: Ordinals written as words, which number an office's district ("First District Engineer"), roles.json.
    ordinals: frozenset[str] = frozenset()
    #: The multi-word titles by their first word, longest first, for matching at a word (built at load time).
    multiword_title_index: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: The ranks by their first word, longest first, for matching at a word (built at load time).
    rank_index: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    @cached_property
    def rank_words(self) -> frozenset[str]:
        """Every word of a rank ("brig.", "gen.", "lieutenant")."""
        return frozenset(word for phrase in self.ranks for word in phrase)

    @cached_property
    def title_parts(self) -> frozenset[str]:
        """Every title and every word of a multi-word title ("chief", "staff" of "chief of staff")."""
        return frozenset(self.titles) | frozenset(word for title in self.multiword_titles for word in title)

    @cached_property
    def rank_parts(self) -> frozenset[str]:
        """Every word of a rank or a form of address, without its full stop ("brig", "gen", "mr")."""
        words = {word.strip(".") for rank in self.ranks for word in " ".join(rank).split()}
        return frozenset(words | {word.strip(".") for word in self.honorifics})

    @cached_property
    def title_word_answers(self) -> dict[tuple[str, str], bool]:
        """What :func:`.pipeline.titles.is_title_word` found for each (lower-case word, lemma) asked
        about, filled as it asks: most words are asked about again and again."""
        return {}

    @cached_property
    def phrases_by_first(self) -> dict[str, list[tuple[tuple[str, ...], Cue]]]:
        """Each cue phrase as its words, with its cue, under its first word ("according": "according to"),
        so that a word reads only the phrases it can start."""
        grouped: dict[str, list[tuple[tuple[str, ...], Cue]]] = {}
        for phrase, cue in self.phrases.items():
            words = tuple(phrase.split())
            grouped.setdefault(words[0], []).append((words, cue))
        return grouped

    @cached_property
    def phrase_firsts(self) -> frozenset[str]:
        """The first word of each cue phrase ("according" of "according to")."""
        return frozenset(self.phrases_by_first)

    @cached_property
    def multiword_title_lasts(self) -> frozenset[str]:
        """The last word of each multi-word title ("staff" of "chief of staff")."""
        return frozenset(phrase[-1] for phrase in self.multiword_titles)

    @cached_property
    def title_stops(self) -> frozenset[str]:
        """Honorifics, title abbreviations and rank words: after one, no sentence starts."""
        return frozenset(self.honorifics) | frozenset(self.abbreviations) | self.rank_words

    @cached_property
    def claim_cue_lemmas(self) -> frozenset[str]:
        """Lemmas of the cue verbs and nouns whose relation makes a claim (a phrasal verb by its verb)."""
        return frozenset(lemma.split()[0] for cues in (self.verbs, self.nouns) for lemma, cue in cues.items()
                         if self.is_claim_relation(cue.relation))

    @cached_property
    def phrasal_verbs(self) -> dict[str, dict[str, Cue]]:
        """Phrasal cue verbs by verb and particle: "shrug off" is ``{"shrug": {"off": cue}}``."""
        phrasal: dict[str, dict[str, Cue]] = {}
        for lemma, cue in self.verbs.items():
            if " " in lemma:
                verb, particle = lemma.split(maxsplit=1)
                phrasal.setdefault(verb, {})[particle] = cue
        return phrasal

    @cached_property
    def accusing_noun_cues(self) -> frozenset[str]:
        """Lemmas of the cue nouns that accuse or criticize ("allegation", "charge"); the claim rules'
        word list ``accusation_nouns`` adds words for an accusation that are no cue of their own."""
        return frozenset(lemma for lemma, cue in self.nouns.items() if cue.relation in ("accuse", "criticize"))

    @cached_property
    def denial_verbs(self) -> frozenset[str]:
        """Lemmas of the cue verbs that deny ("deny", "reject", "dismiss")."""
        return frozenset(lemma for lemma, cue in self.verbs.items() if cue.relation == "deny")

    def is_claim_relation(self, relation: str) -> bool:
        info = self.relations.get(relation)
        return bool(info and info.claim)


def default_models_dir() -> Path:
    """The packaged ``models`` directory, or the source checkout's top-level one."""
    packaged = resources.files("attribution") / "models"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "models"
    if checkout.is_dir():
        return checkout
    raise LexiconError(
        f"no models directory: expected {packaged} (installed package) or {checkout} (source checkout)"
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError(f"lexicon file missing: {path}") from None
    except (OSError, json.JSONDecodeError) as exc:
        raise LexiconError(f"cannot read lexicon {path}: {exc}") from None
    if not isinstance(data, dict):
        raise LexiconError(f"lexicon {path} must hold a JSON object, got {type(data).__name__}")
    missing = [key for key in REQUIRED_KEYS[path.name] if key not in data]
    if missing:
        raise LexiconError(
            f"lexicon {path} lacks key(s) {', '.join(missing)}; "
            f"expected {', '.join(REQUIRED_KEYS[path.name])}"
        )
    return data


def _cues(entries: dict[str, Any], pos: str, relations: dict[str, RelationInfo], path: Path) -> dict[str, Cue]:
    cues = {}
    for lemma, spec in entries.items():
        if not isinstance(spec, dict) or any(key not in spec for key in CUE_KEYS):
            raise LexiconError(f"cue {lemma!r} in {path} must be an object with key(s) {', '.join(CUE_KEYS)}")
        if spec["relation"] not in relations:
            raise LexiconError(
                f"cue {lemma!r} in {path} has relation {spec['relation']!r}; "
                f"expected one of {', '.join(sorted(relations))}"
            )
        content = tuple(spec.get("content", ("ccomp",)))
        weights = spec.get("weights", {})
        if not isinstance(weights, dict) or any(not isinstance(w, (int, float)) for w in weights.values()):
            raise LexiconError(f"cue {lemma!r} in {path}: 'weights' must map content positions to numbers")
        cues[lemma.lower()] = Cue(
            lemma=lemma.lower(),
            relation=spec["relation"],
            content=content,
            target=tuple(spec.get("target", ())),
            pos=pos,
            weights=tuple(float(weights.get(position, DEFAULT_WEIGHT)) for position in content),
            cameo=str(spec.get("cameo", "")),
            requires=_requirements(lemma, spec.get("requires", ()), path),
            animate=bool(spec.get("animate", False)),
        )
    return cues


def _requirements(lemma: str, requires: Any, path: Path) -> tuple[str, ...]:
    """A cue's ``requires``, checked: each a word of :data:`CUE_REQUIREMENTS` or a dependency position, a
    path of labels or "prep:WORD" steps joined by ">" ("xcomp", "prep:of", "ccomp>nsubj")."""
    if not isinstance(requires, (list, tuple)) or not all(isinstance(r, str) for r in requires):
        raise LexiconError(f"cue {lemma!r} in {path}: 'requires' must be a list of strings")
    for requirement in requires:
        if requirement not in CUE_REQUIREMENTS and not all(
                step in DEPENDENCY_LABELS or step.startswith("prep:") and step[5:].isalpha()
                for step in requirement.split(">")):
            raise LexiconError(
                f"cue {lemma!r} in {path} requires {requirement!r}; expected one of "
                f"{', '.join(repr(r) for r in CUE_REQUIREMENTS)} or a dependency position such as 'xcomp', "
                f"'prep:of' or 'ccomp>nsubj'")
    return tuple(requires)


def _confidence(spec: Any, path: Path) -> dict[str, Any]:
    """The confidence model of the cue lexicon: a minimum and factors for a cue's context."""
    numbers = ("minimum", "no_source", "hypothetical", "negated", "nested", "embedded")
    if not isinstance(spec, dict) or any(not isinstance(spec.get(k), (int, float)) for k in numbers) \
            or not isinstance(spec.get("cue_dependency", {}), dict):
        raise LexiconError(f"'confidence' in {path} must hold numbers {', '.join(numbers)} "
                           f"and a 'cue_dependency' object of factors")
    return {**{k: float(spec[k]) for k in numbers},
            "cue_dependency": {k: float(v) for k, v in spec.get("cue_dependency", {}).items()}}


def _phrases(items: list[str] | tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Multi-word entries as lower-case token tuples, longest first."""
    split = {tuple(item.lower().replace("-", " - ").split()) for item in items}
    return tuple(sorted(split, key=lambda t: (-len(t), t)))


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by their first word, each group in the list's order (longest first)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in index.items()}


def _first_names(lists: dict[str, list[str]], path: Path) -> dict[str, str]:
    """First name -> "f", "m" or "u" (either)."""
    expected = {"female": "f", "male": "m", "unisex": "u"}
    if not isinstance(lists, dict) or set(lists) != set(expected):
        raise LexiconError(f"'first_names' in {path} must have the lists {', '.join(expected)}")
    return {name.lower(): code for key, code in expected.items() for name in lists[key]}


#: The modules whose code turns a parse into records: with the lexicons, they make the version
#: recorded in every record, so that a resumed run re-analyzes what a changed rule would change.
_PACKAGE = Path(__file__).resolve().parent
_RULE_SOURCES: tuple[Path, ...] = (
    *sorted((_PACKAGE / "pipeline").glob("*.py")),
    *(_PACKAGE / name for name in ("convert.py", "gazetteer.py", "lexicons.py", "records.py")),
)


@functools.lru_cache(maxsize=4)
def _code_digest(sources: tuple[Path, ...]) -> str:
    """Digest of the rule code, read once per process (every component loads the lexicons)."""
    hasher = hashlib.sha256()
    for source in sources:
        hasher.update(source.read_bytes())
    return hasher.hexdigest()

def load_lexicons(path: PathType | None = None) -> Lexicons:
    """Read and check every lexicon file in a models directory.

    Args:
        path: A directory holding the files of :data:`REQUIRED_KEYS`;
            defaults to :func:`default_models_dir`.

    Returns:
        The checked lexicons.

    Raises:
        LexiconError: A file is missing or unreadable, or lacks a key.
    """
    root = Path(path) if path is not None else default_models_dir()
    if not root.is_dir():
        raise LexiconError(f"models directory not found: {root}")
    return _load(root, _stamp(root), _code_digest(_RULE_SOURCES))


def _stamp(root: Path) -> tuple[tuple[str, int, int], ...]:
    """Size and modification time of each lexicon file: a changed file is read again."""
    stamps = []
    for name in REQUIRED_KEYS:
        try:
            info = (root / name).stat()
        except OSError:
            return ()  # _read says what is wrong
        stamps.append((name, info.st_mtime_ns, info.st_size))
    return tuple(stamps)


@functools.lru_cache(maxsize=4)
def _load(root: Path, stamp: tuple[tuple[str, int, int], ...], code: str) -> Lexicons:
    """The lexicons of ``root``, read once per process while the files and the rule code (its digest,
    ``code``) stay the same: the API and each component load them; the object is immutable and shared."""
    raw = {name: _read(root / name) for name in REQUIRED_KEYS}
    relations = {
        name: RelationInfo(name=name, claim=bool(spec.get("claim")), cameo=str(spec.get("cameo", "")),
                           plover=str(spec.get("plover", "")), label=str(spec.get("label", name)))
        for name, spec in raw["relations.json"]["relations"].items()
    }
    cues, roles, actors, layout = raw["cues.json"], raw["roles.json"], raw["actors.json"], raw["layout.json"]
    multiword_titles, ranks = _phrases(roles["multiword_titles"]), _phrases(roles["ranks"])
    try:
        patterns = tuple(re.compile(p, re.IGNORECASE) for p in layout["line_patterns"])
        datelines = tuple(re.compile(p) for p in layout["dateline_patterns"])  # matched at a paragraph start
    except re.error as exc:
        raise LexiconError(f"bad pattern in {root / 'layout.json'}: {exc}") from None
    hasher = hashlib.sha256(json.dumps([raw[name] for name in sorted(raw)], sort_keys=True).encode("utf-8"))
    hasher.update(code.encode("ascii"))  # the rules are the lexicons and their code
    digest = hasher.hexdigest()[:12]
    version = "+".join(f"{raw[n]['name']}-{raw[n]['version']}" for n in sorted(raw)) + f"+{digest}"
    return Lexicons(
        verbs=_cues(cues["verbs"], "verb", relations, root / "cues.json"),
        nouns=_cues(cues["nouns"], "noun", relations, root / "cues.json"),
        adjectives=_cues(cues["adjectives"], "adjective", relations, root / "cues.json"),
        phrases=_cues(cues["phrases"], "phrase", relations, root / "cues.json"),
        confidence=_confidence(cues["confidence"], root / "cues.json"),
        relations=relations,
        negation=frozenset(w.lower() for w in cues["negation"]),
        hypothetical=frozenset(w.lower() for w in cues["hypothetical"]),
        wrongdoing=frozenset(w.lower() for w in cues["wrongdoing"]),
        titles=frozenset(w.lower() for w in roles["titles"]),
        multiword_titles=multiword_titles,
        ranks=ranks,
        honorifics=frozenset(w.lower() for w in roles["honorifics"]),
        abbreviations={k.lower(): v for k, v in roles["abbreviations"].items()},
        generic_sources=frozenset(w.lower() for w in roles["generic_sources"]),
        person_nouns=frozenset(w.lower() for w in roles["person_nouns"]),
        organisation_nouns=frozenset(w.lower() for w in roles["organisation_nouns"]),
        document_nouns=frozenset(w.lower() for w in roles["document_nouns"]),
        evidence_nouns=frozenset(w.lower() for w in roles["evidence_nouns"]),
        non_agent_nouns=frozenset(w.lower() for w in roles["non_agent_nouns"]),
        authorship_verbs=frozenset(w.lower() for w in roles["authorship_verbs"]),
        first_names=_first_names(raw["names.json"]["first_names"], root / "names.json"),
        honorific_gender={k.lower(): v for k, v in raw["names.json"]["honorifics"].items()},
        gendered_nouns={w.lower(): g for g, words in (("m", raw["names.json"]["gendered_nouns"]["male"]),
                                                     ("f", raw["names.json"]["gendered_nouns"]["female"]))
                        for w in words},
        country_aliases={k: tuple(v) for k, v in actors["country_aliases"].items()},
        other_states=_states(actors["other_states"], root / "actors.json"),
        organisations=tuple(actors["organisations"]),
        media=frozenset(actors["media"]),
        channel_nouns=frozenset(w.lower() for w in actors["channel_nouns"]),
        government_nouns=frozenset(w.lower() for w in actors["government_nouns"]),
        name_nouns=frozenset(w.lower() for w in actors["name_nouns"]),
        section_headings=frozenset(h.lower() for h in layout["section_headings"]),
        page_foot_headings=frozenset(h.lower() for h in layout["page_foot_headings"]),
        line_patterns=patterns,
        dateline_patterns=datelines,
        labels=frozenset(w.lower().replace("\u2019", "'") for w in layout["labels"]),
        version=version,
        path=root,
        raw=raw,
        wrongdoing_codes=_codes(cues["wrongdoing"]),
        claim_rules={key: frozenset(w.lower() for w in words) for key, words in cues["claim_rules"].items()
                     if isinstance(words, list)},
        statement_rules=_word_lists(cues["statement_rules"], "statement_rules", STATEMENT_RULES, root / "cues.json"),
        organisation_heads=frozenset(w.lower() for w in actors["organisation_heads"]),
        government_modifiers=frozenset(w.lower() for w in actors["government_modifiers"]),
        place_nouns=frozenset(w.lower() for w in roles["place_nouns"]),
        **{key: frozenset(w.lower() for w in roles[key]) for key in _ROLE_WORD_LISTS},
        multiword_title_index=_by_first_word(multiword_titles),
        rank_index=_by_first_word(ranks),
        party_initials=dict(actors["party_initials"]),
    )


#: Word lists of roles.json read as lower-case sets into the field of the same name.
_ROLE_WORD_LISTS = ("seat_titles", "place_offices", "service_nouns", "business_name_ends", "chambers",
                    "address_titles", "ordinals")


def _states(entries: Any, path: Path) -> tuple[dict[str, Any], ...]:
    """The ``other_states`` of actors.json, each checked: a "name" (string), "demonyms" and "capitals"
    (lists of strings), an optional "code" (string)."""
    if not isinstance(entries, list):
        raise LexiconError(f"'other_states' in {path} must be a list of objects")
    for state in entries:
        if not isinstance(state, dict) or not isinstance(state.get("name"), str):
            raise LexiconError(f"each of 'other_states' in {path} must be an object with a string 'name', "
                               f"'demonyms' and 'capitals' (lists of strings) and an optional string 'code'; "
                               f"got {state!r}")
        for key in ("demonyms", "capitals"):
            if not isinstance(state.get(key), list) or not all(isinstance(w, str) for w in state[key]):
                raise LexiconError(f"state {state['name']!r} of 'other_states' in {path}: '{key}' must be a "
                                   f"list of strings")
        if not isinstance(state.get("code", ""), str):
            raise LexiconError(f"state {state['name']!r} of 'other_states' in {path}: 'code' must be a string")
    return tuple(entries)


def _word_lists(spec: Any, key: str, names: tuple[str, ...], path: Path) -> dict[str, frozenset[str]]:
    """The named word lists of ``key`` in a lexicon, lower-cased: an object holding a list of strings for
    each of ``names`` (and an optional "description" string)."""
    if not isinstance(spec, dict) or any(
            not isinstance(spec.get(name), list) or not all(isinstance(w, str) for w in spec[name]) for name in names):
        raise LexiconError(f"'{key}' in {path} must be an object with the word lists {', '.join(names)} "
                           f"(lists of strings)")
    return {name: frozenset(w.lower() for w in words) for name, words in spec.items() if isinstance(words, list)}


def _codes(entries: dict[str, str] | list[str]) -> dict[str, str]:
    """Word -> CAMEO subcode; a plain list of words has no subcodes."""
    if isinstance(entries, dict):
        return {word.lower(): str(code) for word, code in entries.items()}
    return {word.lower(): "" for word in entries}
