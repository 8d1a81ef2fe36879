"""Flat rows of the records, for CSV files and pandas DataFrames.

Stage: after the records. Reads only :mod:`attribution.records` and, for
corpus actor ids, :mod:`attribution.actors`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .actors import ActorIndex, resolve_actors
from .records import Article

QUOTE_COLUMNS = ("article_id", "quote_id", "kind", "text", "start", "end", "cue", "relation", "speaker",
                 "speaker_mention", "role", "rank", "affiliation", "speaker_type", "speaker_actor_id",
                 "resolution", "channel", "confidence", "rule", "paragraph", "negated", "hypothetical",
                 "date", "outlet")
CLAIM_COLUMNS = ("article_id", "claim_id", "relation", "source", "source_id", "source_type", "target",
                 "target_id", "target_type", "cameo", "plover", "cue", "evidence", "start", "end", "quote_id",
                 "negated", "hypothetical", "confidence", "rule", "responds_to", "date")
ACTOR_COLUMNS = ("actor_id", "name", "type", "aliases", "alias_kinds", "roles", "country", "member_of",
                 "mentions", "articles")


def quote_rows(articles: Iterable[Article]) -> Iterable[dict[str, Any]]:
    """One row per quote."""
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


def claim_rows(articles: Iterable[Article], actors: ActorIndex | None = None, *,
               include_flagged: bool = True) -> Iterable[dict[str, Any]]:
    """One row per claim, negated and hypothetical ones included (flagged) unless asked not to.

    Args:
        articles: Analyzed articles.
        actors: Corpus actors: ids and names are then the corpus ones.
        include_flagged: Also the claims the text negates or only supposes.
    """
    for article in articles:
        claims = article.claims + article.flagged_claims if include_flagged else article.claims
        for claim in sorted(claims, key=lambda c: (c.start, c.id)):
            source_id, target_id = claim.source.id, claim.target.id
            source, target = claim.source.name, claim.target.name
            if actors is not None:
                source_id = actors.canonical(article.id, source_id)
                target_id = actors.canonical(article.id, target_id)
                source = actors.actors[source_id].name if source_id in actors else source
                target = actors.actors[target_id].name if target_id in actors else target
            yield {
                "article_id": article.id, "claim_id": claim.id, "relation": claim.relation,
                "source": source, "source_id": source_id, "source_type": claim.source.type,
                "target": target, "target_id": target_id, "target_type": claim.target.type,
                "cameo": claim.cameo, "plover": claim.plover, "cue": claim.cue, "evidence": claim.evidence,
                "start": claim.start, "end": claim.end, "quote_id": claim.quote_id, "negated": claim.negated,
                "hypothetical": claim.hypothetical, "confidence": claim.confidence, "rule": claim.rule,
                "responds_to": claim.responds_to, "date": claim.date or article.date,
            }


def actor_rows(actors: ActorIndex | Iterable[Article]) -> Iterable[dict[str, Any]]:
    """One row per corpus actor (articles are resolved into corpus actors first)."""
    if not isinstance(actors, ActorIndex):
        actors = resolve_actors(actors)
    for actor in actors:
        yield {
            "actor_id": actor.id, "name": actor.name, "type": actor.type, "aliases": "; ".join(actor.aliases),
            "alias_kinds": "; ".join(f"{a.name} ({a.kind})" for a in actor.alias_kinds),
            "roles": "; ".join(actor.roles), "country": actor.country, "member_of": "; ".join(actor.member_of),
            "mentions": actor.mentions, "articles": actor.articles,
        }
