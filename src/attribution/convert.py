"""Turn an annotated Doc into an :class:`~attribution.records.Article`.

Stage: the bridge between the spaCy pipeline and everything after it. This
is the only module that reads ``doc._``; later stages see records only.
"""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from .gazetteer import Gazetteer, gazetteer_for, slug
from .lexicons import Lexicons
from .pipeline.model import ClaimInfo, Entity, SpeakerInfo, Statement, doc_text
from .pipeline.statements import ANSWER
from .readers import RawArticle
from .records import Actor, ActorRef, Article, Claim, Quote, Speaker


def doc_to_article(doc: Doc, raw: RawArticle, *, model: str, lexicons: Lexicons) -> Article:
    """Records of everything the pipeline found in ``doc``.

    Args:
        doc: A Doc that went through all attribution components.
        raw: The article it was parsed from (id, path, metadata).
        model: Name and version of the spaCy pipeline, for provenance.
        lexicons: The lexicons used (their version, and the relation codes).

    Returns:
        The article record.
    """
    text = doc_text(doc)
    statements: list[Statement] = doc._.attribution_statements or []
    entities: list[Entity] = doc._.attribution_entities or []
    claims_info: list[ClaimInfo] = doc._.attribution_claims or []
    layout = doc._.attribution_layout
    spaced = _one_spaced(text)  # names are kept with single spaces ("Daybreak\u00a0tracking poll")
    gazetteer = gazetteer_for(lexicons)
    quotes, quote_of = [], {}
    for index, st in enumerate(statements):
        if st.rule.endswith(ANSWER):
            continue  # "rejected the claim": the denial is a claim; its object says nothing of its own
        quote_of[index] = len(quotes)
        quotes.append(Quote(
            id=f"{raw.id}:q{len(quotes) + 1}", text=text[st.start:st.end], start=st.start, end=st.end, kind=st.kind,
            cue=text[st.cue_start:st.cue_end] if st.cue_start is not None else None,
            cue_start=st.cue_start, cue_end=st.cue_end, relation=st.relation,
            speaker=_speaker(st.speaker, entities, spaced, gazetteer), confidence=round(st.confidence, 3),
            rule=st.rule,
            paragraph=layout.paragraph_of(st.start) if layout else 0, negated=st.negated,
            hypothetical=st.hypothetical,
        ))
    claims = []
    for n, info in enumerate(claims_info, 1):
        relation = lexicons.relations.get(info.relation)
        claims.append(Claim(
            id=f"{raw.id}:c{n}", relation=info.relation, source=_ref(entities[info.source], spaced, gazetteer),
            target=_ref(entities[info.target], spaced, gazetteer), evidence=text[info.start:info.end].strip(),
            start=info.start, end=info.end, cue=info.cue,
            quote_id=quotes[quote_of[info.statement]].id if info.statement in quote_of else None,
            cameo=info.cameo or (relation.cameo if relation else ""), plover=relation.plover if relation else "",
            negated=info.negated, hypothetical=info.hypothetical, confidence=round(info.confidence, 3),
            rule=info.rule, responds_to=f"{raw.id}:c{info.responds_to + 1}" if info.responds_to is not None else None,
            date=raw.date, article_id=raw.id,
        ))
    asserted = tuple(c for c in claims if not (c.negated or c.hypothetical))
    flagged = tuple(c for c in claims if c.negated or c.hypothetical)
    return Article(
        id=raw.id, path=raw.path, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), title=raw.title,
        date=raw.date, url=raw.url, outlet=raw.outlet, author=raw.author, model=model,
        lexicons=lexicons.version, n_chars=len(text), quotes=tuple(quotes), claims=asserted, flagged_claims=flagged,
        actors=_actors(entities, statements, claims_info), warnings=tuple(doc._.attribution_warnings or ()),
    )


def _speaker(info: SpeakerInfo | None, entities: list[Entity], spaced: str, gazetteer: Gazetteer) -> Speaker | None:
    if info is None:
        return None
    entity = entities[info.entity] if info.entity is not None else None
    return Speaker(
        name=_as_written(entity, spaced, gazetteer) if entity is not None and entity.name == info.name else info.name,
        mention=info.mention, start=info.start, end=info.end, role=info.role, rank=info.rank,
        affiliation=info.affiliation, type=info.type,
        actor_id=entity.key if entity is not None else None,
        resolution=info.resolution, channel=info.channel,
    )


def _as_written(entity: Entity, spaced: str, gazetteer: Gazetteer) -> str:
    """The name of an actor as the article writes it: a gazetteer's canonical name ("Federal Bureau
    of Investigation", "United Kingdom", "Turkey") that the article never uses gives way to the
    longest name it does use ("FBI", "Britain", "Türkiye"; of a country, a name, not its capital or
    demonym); the actor (``actor_id``) keeps the canonical name. ``spaced`` is the article with
    single spaces, as names are kept."""
    if entity.type not in ("organisation", "country") or entity.name in spaced:
        return entity.name  # a person's or group's name is the fullest the article gives, resolved
    written = {_without_article(alias) for alias in map(_one_spaced, entity.aliases)
               if alias in spaced and alias.split()[0].lower() not in _POINTING}
    if entity.type == "country":
        written = {name for name in written if _names_country(name, entity.key, gazetteer)}
    return max(written, key=lambda name: (len(name.split()), len(name), name), default=entity.name)


def _names_country(name: str, key: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.lookup(name)
    return entry is not None and entry.id == key and entry.how in ("name", "alias", "code")


#: Words that open a mention pointing back to a name, not a name: "her ministry", "this group".
_POINTING = frozenset({"his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those"})


def _one_spaced(name: str) -> str:
    return " ".join(name.split())


def _without_article(name: str) -> str:
    return name[4:] if name[:4].lower() == "the " else name


def _ref(entity: Entity, spaced: str, gazetteer: Gazetteer) -> ActorRef:
    """A claim party, named as the article writes it (the id is the actor's)."""
    return ActorRef(id=entity.key, name=_as_written(entity, spaced, gazetteer), type=entity.type)


def _actors(entities: list[Entity], statements: list[Statement], claims: list[ClaimInfo]) -> tuple[Actor, ...]:
    """Actors that speak or take part in a claim, with the organisations they belong to."""
    used = {st.speaker.entity for st in statements if st.speaker is not None and st.speaker.entity is not None}
    used |= {c.source for c in claims} | {c.target for c in claims}
    by_name = {e.name: e for e in entities}
    actors: dict[str, Actor] = {}
    for index in sorted(used):
        entity = entities[index]
        member_of = []
        for parent in (entity.affiliation, entity.country):
            if parent and parent != entity.name:
                known = by_name.get(parent)
                key = known.key if known is not None else f"org:{slug(parent)}"
                if key not in member_of:
                    member_of.append(key)
                if known is None and key not in actors:
                    actors[key] = Actor(id=key, name=parent, type="organisation")
        actors[entity.key] = Actor(
            id=entity.key, name=entity.name, type=entity.type, aliases=tuple(sorted(entity.aliases - {entity.name})),
            roles=(entity.role,) if entity.role else (), country=entity.country, member_of=tuple(member_of),
            mentions=len(set(entity.mentions)),  # a phrase several rules looked up is one mention
        )
    return tuple(actors.values())
