"""Flat rows of the records, for CSV files and pandas DataFrames.

Stage: after the records. Reads only :mod:`attribution.records`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .records import Actor, Article

QUOTE_COLUMNS = ("article_id", "quote_id", "kind", "text", "start", "end", "cue", "relation", "speaker",
                 "speaker_mention", "role", "rank", "affiliation", "speaker_type", "speaker_actor_id",
                 "resolution", "channel", "confidence", "rule", "paragraph", "negated", "hypothetical",
                 "date", "outlet")
CLAIM_COLUMNS = ("article_id", "claim_id", "relation", "source", "source_id", "source_type", "target",
                 "target_id", "target_type", "cameo", "plover", "cue", "evidence", "start", "end", "quote_id",
                 "negated", "hypothetical", "confidence", "rule", "responds_to", "date")
ACTOR_COLUMNS = ("actor_id", "name", "type", "aliases", "roles", "country", "member_of", "mentions", "articles")


def quote_rows(articles: Iterable[Article]) -> Iterable[dict[str, Any]]:
    for article in articles:
        for quote in article.quotes:
            sp = quote.speaker
            yield {
                "article_id": article.id, "quote_id": quote.id, "kind": quote.kind, "text": quote.text,
                "start": quote.start, "end": quote.end, "cue": quote.cue, "relation": quote.relation,
                "speaker": sp.name if sp else None, "speaker_mention": sp.mention if sp else None,
                "role": sp.role if sp else None, "rank": sp.rank if sp else None,
                "affiliation": sp.affiliation if sp else None, "speaker_type": sp.type if sp else None,
                "speaker_actor_id": sp.actor_id if sp else None, "resolution": sp.resolution if sp else None,
                "channel": sp.channel if sp else None, "confidence": quote.confidence, "rule": quote.rule,
                "paragraph": quote.paragraph, "negated": quote.negated, "hypothetical": quote.hypothetical,
                "date": article.date, "outlet": article.outlet,
            }


def claim_rows(articles: Iterable[Article]) -> Iterable[dict[str, Any]]:
    for article in articles:
        for claim in article.claims:
            yield {
                "article_id": article.id, "claim_id": claim.id, "relation": claim.relation,
                "source": claim.source.name, "source_id": claim.source.id, "source_type": claim.source.type,
                "target": claim.target.name, "target_id": claim.target.id, "target_type": claim.target.type,
                "cameo": claim.cameo, "plover": claim.plover, "cue": claim.cue, "evidence": claim.evidence,
                "start": claim.start, "end": claim.end, "quote_id": claim.quote_id, "negated": claim.negated,
                "hypothetical": claim.hypothetical, "confidence": claim.confidence, "rule": claim.rule,
                "responds_to": claim.responds_to, "date": claim.date or article.date,
            }


def merge_actors(articles: Iterable[Article]) -> dict[str, tuple[Actor, set[str]]]:
    """Actors of many articles merged by id, with the ids of the articles each appears in."""
    merged: dict[str, tuple[Actor, set[str]]] = {}
    for article in articles:
        for actor in article.actors:
            if actor.id not in merged:
                merged[actor.id] = (actor, {article.id})
                continue
            known, seen = merged[actor.id]
            seen.add(article.id)
            merged[actor.id] = (Actor(
                id=known.id, name=known.name if len(known.name) >= len(actor.name) else actor.name,
                type=known.type if known.type != "unknown" else actor.type,
                aliases=tuple(sorted(set(known.aliases) | set(actor.aliases) | ({actor.name} - {known.name}))),
                roles=tuple(dict.fromkeys(known.roles + actor.roles)), country=known.country or actor.country,
                member_of=tuple(dict.fromkeys(known.member_of + actor.member_of)),
                mentions=known.mentions + actor.mentions,
            ), seen)
    return merged


def actor_rows(articles: Iterable[Article]) -> Iterable[dict[str, Any]]:
    for actor, seen in merge_actors(articles).values():
        yield {
            "actor_id": actor.id, "name": actor.name, "type": actor.type, "aliases": "; ".join(actor.aliases),
            "roles": "; ".join(actor.roles), "country": actor.country, "member_of": "; ".join(actor.member_of),
            "mentions": actor.mentions, "articles": len(seen),
        }
