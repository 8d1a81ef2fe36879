"""Read claims between actors off attributed statements.

Stage: spaCy pipeline, after :mod:`.speakers`. Three rules:

* a claim cue names its target ("X accused Y of ...", "X blamed Y for ...",
  "Y was criticized by X");
* a claim noun does ("accusations against Y"), its source being the noun's
  possessor or the speaker of the sentence it stands in;
* a neutral statement whose content reports wrongdoing accuses the actors
  that are subjects (or partners, "working with Y") of that content.

A denial's target is the accuser: the owner of the accusation it rejects
("dismissed U.S. accusations"), else the source of the latest accusation
against the denier in the article, which it then ``responds_to``. Relations
map to CAMEO and PLOVER codes in ``models/relations.json``.

It does not merge actors across articles nor build the graph.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer
from ..lexicons import Lexicons
from .model import ClaimInfo, Entity, Statement
from .speakers import Resolver, mention_range

_ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def find_claims(doc: Doc, statements: list[Statement], resolver: Resolver, lexicons: Lexicons,
                gazetteer: Gazetteer) -> list[ClaimInfo]:
    """Claims of one article, in text order.

    Args:
        doc: The parsed article.
        statements: Statements with resolved speakers.
        resolver: The article's speaker resolver (its entities receive the targets).
        lexicons: Cue and wrongdoing lexicons.
        gazetteer: Country and organisation names.

    Returns:
        Claims whose source and target index ``resolver.entities``.
    """
    claims: list[ClaimInfo] = []
    for index, statement in enumerate(statements):
        speaker = statement.speaker
        if speaker is None or speaker.entity is None:
            continue
        sentence = _sentence(doc, statement)
        relation = statement.relation
        if lexicons.is_claim_relation(relation):
            targets = [_actor(doc[t], resolver) for t in statement.target_tokens]
            rule = "cue-target"
            if relation == "deny" and not any(t is not None for t in targets):
                targets, rule = [_accuser(doc, statement, resolver, lexicons)], "deny-owner"
                if targets[0] is None:
                    targets, rule = [_last_accuser(claims, speaker.entity, resolver)], "deny-answers"
            for target in targets:
                _add(claims, relation, speaker.entity, target, sentence, statement, index, rule, 0.8)
        else:
            own = _side(resolver.entities, speaker.entity)
            for target in _wrongdoers(doc, statement, resolver, lexicons):
                if resolver.entities[target].name not in own:
                    _add(claims, "accuse", speaker.entity, target, sentence, statement, index, "wrongdoing", 0.6)
        for noun_claim in _noun_claims(doc, sentence, speaker.entity, resolver, lexicons, statement, index):
            if not any(_same(c, noun_claim) for c in claims):
                claims.append(noun_claim)
    _link_denials(claims, resolver.entities)
    return claims


def _side(entities: list[Entity], index: int) -> set[str]:
    """Names of an actor and of the organisations and country it belongs to."""
    entity = entities[index]
    names = {entity.name, entity.affiliation, entity.country}
    for other in entities:
        if other.name in names:
            names |= {other.affiliation, other.country}
    return names - {None}


def _sentence(doc: Doc, statement: Statement) -> Span:
    anchor = statement.cue_start if statement.cue_start is not None else statement.start
    span = doc.char_span(anchor, anchor + 1, alignment_mode="expand")
    token = span[0] if span is not None and len(span) else doc[0]
    return token.sent


def _add(claims: list[ClaimInfo], relation: str, source: int, target: int | None, sentence: Span,
         statement: Statement, index: int, rule: str, confidence: float) -> None:
    if target is None or target == source:
        return
    claim = ClaimInfo(relation=relation, source=source, target=target, start=sentence.start_char,
                      end=sentence.end_char, cue=_cue_text(sentence.doc, statement), statement=index, rule=rule,
                      confidence=confidence * statement.confidence, negated=statement.negated,
                      hypothetical=statement.hypothetical)
    if not any(_same(c, claim) for c in claims):
        claims.append(claim)


def _same(a: ClaimInfo, b: ClaimInfo) -> bool:
    return (a.relation, a.source, a.target, a.start) == (b.relation, b.source, b.target, b.start)


def _cue_text(doc: Doc, statement: Statement) -> str | None:
    if statement.cue_start is None or statement.cue_end is None:
        return None
    return doc.text[statement.cue_start:statement.cue_end]


def _actor(token: Token, resolver: Resolver) -> int | None:
    """The entity a target phrase names.

    A government noun with a country modifier stands for the country ("the
    Iranian government"), as does a thing a country leads ("the U.S.-led
    invasion"); a generic noun followed by a name is that name ("the militia
    group Hezbollah").
    """
    doc, lexicons = token.doc, resolver.lexicons
    if token.pos_ == "NOUN" and token.ent_type_ not in _ACTOR_ENTS:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and token.lemma_.lower() in lexicons.name_nouns and following.ent_iob_ == "B" \
                and following.ent_type_ in _ACTOR_ENTS:
            end = following.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            token = doc[following.i:end].root
        else:
            lo, _ = mention_range(token)
            for modifier in doc[lo:token.i]:
                led = modifier.lower_.endswith("-led")
                if not led and token.lemma_.lower() not in lexicons.government_nouns:
                    continue
                entry = resolver.gazetteer.country(modifier.text[:-4] if led else modifier.text)
                if entry is not None:
                    return resolver.entity_for(entry.id, Entity(name=entry.name, type="country", key=entry.id,
                                                                country=entry.country))
    info = resolver.resolve_mention(token)
    return info.entity if info is not None else None


def _is_actor_phrase(token: Token, resolver: Resolver) -> bool:
    if token.pos_ == "PRON":
        return False
    if token.ent_type_ in _ACTOR_ENTS or token.pos_ == "PROPN":
        return True
    lo, _ = mention_range(token)
    return any(resolver.gazetteer.country(t.text) is not None and t.ent_type_ in ("GPE", "NORP")
               for t in token.doc[lo:token.i])


def _wrongdoers(doc: Doc, statement: Statement, resolver: Resolver, lexicons: Lexicons) -> list[int]:
    """Actors a neutral statement reports doing wrong: subjects and partners of its content."""
    span = doc.char_span(statement.start, statement.end, alignment_mode="expand")
    if span is None or not any(t.lemma_.lower() in lexicons.wrongdoing for t in span):
        return []
    found: list[int] = []
    for token in span:
        partner = token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.pos_ == "VERB"
        if token.dep_ not in ("nsubj", "nsubjpass") and not partner:
            continue
        if token.dep_ == "nsubjpass" or not _is_actor_phrase(token, resolver):
            continue
        actor = _actor(token, resolver)
        if actor is not None and actor not in found:
            found.append(actor)
    return found


def _accuser(doc: Doc, statement: Statement, resolver: Resolver, lexicons: Lexicons) -> int | None:
    """The owner of the accusation a denial rejects: "dismissed U.S. accusations"."""
    span = doc.char_span(statement.start, statement.end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        cue = lexicons.nouns.get(token.lemma_.lower())
        if cue is None or cue.relation not in ("accuse", "statement", "criticize"):
            continue
        for child in token.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod") and _is_actor_phrase(child, resolver):
                return _actor(child, resolver)
            if child.dep_ == "prep" and child.lower_ == "by":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return _actor(pobj, resolver)
    return None


def _last_accuser(claims: list[ClaimInfo], denier: int, resolver: Resolver) -> int | None:
    """Source of the latest accusation against the denier (or its country)."""
    entity = resolver.entities[denier]
    names = {entity.name, entity.affiliation, entity.country} - {None}
    for claim in reversed(claims):
        if claim.relation != "accuse":
            continue
        target = resolver.entities[claim.target]
        if claim.target == denier or target.name in names or (target.country and target.country in names):
            return claim.source
    return None


def _noun_claims(doc: Doc, sentence: Span, speaker: int, resolver: Resolver, lexicons: Lexicons,
                 statement: Statement, index: int) -> list[ClaimInfo]:
    """Claims on nouns: "accusations against Tehran" in a sentence spoken by the U.S. military."""
    out: list[ClaimInfo] = []
    for token in sentence:
        cue = lexicons.nouns.get(token.lemma_.lower()) if token.pos_ == "NOUN" else None
        if cue is None or not lexicons.is_claim_relation(cue.relation) or not cue.target:
            continue
        for position in cue.target:
            if not position.startswith("prep:"):
                continue
            prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == position[5:]), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if pobj is None or not _is_actor_phrase(pobj, resolver):
                continue
            owner = next((c for c in token.children if c.dep_ in ("poss", "compound") and _is_actor_phrase(c, resolver)), None)
            source = _actor(owner, resolver) if owner is not None else speaker
            target = _actor(pobj, resolver)
            if source is None or target is None or source == target:
                continue
            out.append(ClaimInfo(relation=cue.relation, source=source, target=target, start=sentence.start_char,
                                 end=sentence.end_char, cue=token.text, statement=index, rule="cue-noun",
                                 confidence=0.7 * statement.confidence))
    return out


def _link_denials(claims: list[ClaimInfo], entities: list[Entity]) -> None:
    """Point each denial at the accusation it answers, when that is in the article."""
    for i, claim in enumerate(claims):
        if claim.relation != "deny":
            continue
        denier = entities[claim.source]
        sides = {claim.source, *(j for j, e in enumerate(entities) if e.name in (denier.affiliation, denier.country))}
        for j in range(len(claims) - 1, -1, -1):
            other = claims[j]
            if j != i and other.relation == "accuse" and other.source == claim.target and other.target in sides:
                claim.responds_to = j
                break
