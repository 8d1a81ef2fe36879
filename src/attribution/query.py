"""Ask a corpus who accused, denied, criticized... whom: pandas DataFrames and the networkx graph.

Stage: after the records; never imports spaCy. A :class:`Corpus` holds the
article records of a results directory, their corpus actors and the claims
between them::

    from attribution import Corpus
    corpus = Corpus.from_results("out/demo")
    corpus.claims(target="Tehran", relation="accuse")    # who accused Iran
    corpus.claims(source="Iran", relation="deny")        # what Iran denied
    corpus.claims(between=("Iran", "United States"))     # everything between the two
    corpus.graph()                                        # networkx MultiDiGraph
    corpus.aggregate(level="country")                     # weighted edges between countries

Actor names match any alias ("Tehran" finds Iran) and, unless
``members=False``, an actor stands for its members too: claims against Iran
include those against Iran's defense minister and the Iranian government.
"""

from __future__ import annotations

import bisect
import difflib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

import networkx as nx
import pandas as pd

from .actors import LEVELS, ActorIndex, resolve_actors
from .errors import AttributionError
from .gazetteer import Gazetteer
from .graph import aggregate, build_graph, claims_of
from .lexicons import Lexicons, load_lexicons
from .records import Article
from .results import read_articles
from .types import CLAIM_RELATIONS, PathType

#: Columns of :meth:`Corpus.claims`, in order.
QUERY_COLUMNS = ("claim_id", "article_id", "date", "source", "relation", "target", "evidence", "cue", "quote",
                 "cameo", "plover", "source_id", "source_type", "source_country", "target_id", "target_type",
                 "target_country", "confidence", "rule", "negated", "hypothetical", "responds_to", "start", "end")


class QueryError(AttributionError):
    """A query names an actor, relation, level or date that does not exist or parse."""


class Corpus:
    """Analyzed articles with their corpus actors, to query and to graph.

    Args:
        articles: Article records (from :func:`attribution.results.read_articles`
            or :meth:`attribution.Pipeline.analyze`).
        lexicons: Lexicons for the actor gazetteer (the packaged ones by default).

    Attributes:
        articles: The article records.
        actors: The corpus actors (:class:`attribution.actors.ActorIndex`).
    """

    def __init__(self, articles: Iterable[Article], *, lexicons: Lexicons | None = None) -> None:
        self.articles: list[Article] = list(articles)
        lexicons = lexicons or load_lexicons()
        self.actors: ActorIndex = resolve_actors(self.articles, gazetteer=Gazetteer(lexicons), lexicons=lexicons)
        self._frames: dict[bool, pd.DataFrame] = {}

    @classmethod
    def from_results(cls, out_dir: PathType, *, lexicons: Lexicons | None = None) -> Corpus:
        """The corpus of a results directory written by ``attribution analyze``.

        Raises:
            attribution.errors.ResultsError: No ``articles.jsonl`` there, or a bad record.
        """
        return cls(read_articles(out_dir), lexicons=lexicons)

    def __len__(self) -> int:
        return len(self.articles)

    def __repr__(self) -> str:
        return f"Corpus({len(self.articles)} articles, {len(self.actors)} actors)"

    # -- actors -----------------------------------------------------------------------------
    def find(self, name: str, *, members: bool = True) -> set[str]:
        """Ids of the actors a name denotes (and of their members).

        Raises:
            QueryError: No actor goes by that name.
        """
        ids = self.actors.find(name)
        if not ids:
            names = sorted({a.name for a in self.actors} | {x for a in self.actors for x in a.aliases})
            close = difflib.get_close_matches(name, names, n=3)
            hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
            raise QueryError(f"no actor named {name!r} in the corpus{hint}")
        found = set(ids)
        if members:
            for actor_id in ids:
                found |= self.actors.members(actor_id)
        return found

    def actor_table(self) -> pd.DataFrame:
        """One row per corpus actor: id, name, type, aliases, roles, country, member_of, mentions, articles."""
        rows = [{
            "actor_id": a.id, "name": a.name, "type": a.type, "aliases": list(a.aliases),
            "alias_kinds": {x.name: x.kind for x in a.alias_kinds}, "roles": list(a.roles), "country": a.country,
            "member_of": list(a.member_of), "mentions": a.mentions, "articles": a.articles,
        } for a in self.actors]
        return pd.DataFrame(rows, columns=["actor_id", "name", "type", "aliases", "alias_kinds", "roles",
                                           "country", "member_of", "mentions", "articles"])

    # -- claims -----------------------------------------------------------------------------
    def all_claims(self, *, include_flagged: bool = False) -> pd.DataFrame:
        """Every claim of the corpus, with corpus actor ids and names (cached)."""
        if include_flagged not in self._frames:
            self._frames[include_flagged] = self._build(include_flagged)
        return self._frames[include_flagged]

    def claims(self, *, source: str | None = None, target: str | None = None,
               relation: str | Sequence[str] | None = None, between: tuple[str, str] | None = None,
               since: str | date | None = None, until: str | date | None = None, include_flagged: bool = False,
               members: bool = True, level: str = "actor") -> pd.DataFrame:
        """Claims that match every condition given.

        Args:
            source: Who makes the claim (any name or alias).
            target: Whom it is about (for a denial: the accuser).
            relation: accuse, deny, criticize, threaten, demand, praise or
                agree, or several (a list, or names joined by commas).
            between: Two actors: claims from either about the other.
            since: First day (ISO date), inclusive; claims of unknown date are left out.
            until: Last day, inclusive.
            include_flagged: Also negated and hypothetical claims.
            members: A name also stands for the actors that belong to it.
            level: actor, organisation or country: the names shown are those
                the parties roll up to (filters still match the parties).

        Returns:
            A DataFrame with the columns of :data:`QUERY_COLUMNS`, in date and
            text order.

        Raises:
            QueryError: An unknown actor, relation, level or date.
        """
        frame = self.all_claims(include_flagged=include_flagged)
        mask = pd.Series(True, index=frame.index)
        if source:
            mask &= frame["source_id"].isin(self.find(source, members=members))
        if target:
            mask &= frame["target_id"].isin(self.find(target, members=members))
        if between:
            if len(between) != 2:
                raise QueryError("between takes two actors")
            a, b = (self.find(x, members=members) for x in between)
            forward = frame["source_id"].isin(a) & frame["target_id"].isin(b)
            backward = frame["source_id"].isin(b) & frame["target_id"].isin(a)
            mask &= forward | backward
        if relation:
            wanted = _relations(relation)
            mask &= frame["relation"].isin(wanted)
        if since is not None or until is not None:
            days = pd.to_datetime(frame["date"], errors="coerce", utc=True).dt.tz_localize(None).dt.normalize()
            if since is not None:
                mask &= days >= _day(since)
            if until is not None:
                mask &= days <= _day(until)
        result = frame[mask].copy()
        if level != "actor":
            if level not in LEVELS:
                raise QueryError(f"unknown level {level!r}; expected one of {', '.join(LEVELS)}")
            for side in ("source", "target"):
                ids = [self.actors.roll_up(x, level) for x in result[f"{side}_id"]]
                result[f"{side}_id"] = ids
                result[side] = [self._name(x) for x in ids]
                result[f"{side}_type"] = [self._type(x) for x in ids]
        return result.reset_index(drop=True)

    def _name(self, actor_id: str) -> str:
        actor = self.actors.actors.get(actor_id)
        return actor.name if actor is not None else actor_id

    def _type(self, actor_id: str) -> str:
        actor = self.actors.actors.get(actor_id)
        return actor.type if actor is not None else "unknown"

    def _build(self, include_flagged: bool) -> pd.DataFrame:
        rows: list[tuple[Any, ...]] = []  # in the order of QUERY_COLUMNS
        actors = self.actors.actors
        for article in self.articles:
            quotes = {q.id: q.text for q in article.quotes}
            for claim in claims_of(article, include_flagged=include_flagged):
                source = self.actors.canonical(article.id, claim.source.id)
                target = self.actors.canonical(article.id, claim.target.id)
                src, tgt = actors.get(source), actors.get(target)
                rows.append((
                    claim.id, article.id, claim.date or article.date, src.name if src else claim.source.name,
                    claim.relation, tgt.name if tgt else claim.target.name, claim.evidence, claim.cue,
                    quotes.get(claim.quote_id or ""), claim.cameo, claim.plover, source,
                    src.type if src else claim.source.type, src.country if src else None, target,
                    tgt.type if tgt else claim.target.type, tgt.country if tgt else None, claim.confidence,
                    claim.rule, claim.negated, claim.hypothetical, claim.responds_to, claim.start, claim.end,
                ))
        columns = {name: list(values) for name, values in zip(QUERY_COLUMNS, zip(*rows))} if rows else {
            name: [] for name in QUERY_COLUMNS}
        del rows  # freed before the frame is built
        _answer_across_articles(columns, self.actors)
        frame = pd.DataFrame(columns, columns=list(QUERY_COLUMNS))
        if len(frame):
            order = pd.to_datetime(frame["date"], errors="coerce", utc=True)
            frame = frame.assign(_order=order).sort_values(["_order", "article_id", "start"], kind="stable",
                                                           na_position="last").drop(columns="_order")
        return frame.reset_index(drop=True)

    # -- graphs -----------------------------------------------------------------------------
    def graph(self, *, include_flagged: bool = False, membership: bool = True) -> nx.MultiDiGraph:
        """The actor graph: one edge per claim, plus ``member_of`` edges (see :func:`attribution.graph.build_graph`)."""
        return build_graph(self.articles, include_flagged=include_flagged, membership=membership, actors=self.actors)

    def aggregate(self, *, level: str = "actor", include_flagged: bool = False) -> nx.MultiDiGraph:
        """Claims folded into weighted edges between actors, organisations or countries."""
        if level not in LEVELS:
            raise QueryError(f"unknown level {level!r}; expected one of {', '.join(LEVELS)}")
        return aggregate(self.graph(include_flagged=include_flagged), level=level)


def _relations(relation: str | Sequence[str]) -> list[str]:
    names = relation.split(",") if isinstance(relation, str) else list(relation)
    wanted = [n.strip().lower() for n in names if n.strip()]
    unknown = [n for n in wanted if n not in CLAIM_RELATIONS]
    if unknown:
        raise QueryError(f"unknown relation {unknown[0]!r}; expected one of {', '.join(CLAIM_RELATIONS)}")
    return wanted


def _day(value: str | date) -> pd.Timestamp:
    try:
        day = pd.Timestamp(value.isoformat() if isinstance(value, (date, datetime)) else str(value))
    except (ValueError, TypeError):
        raise QueryError(f"not a date: {value!r}; expected YYYY-MM-DD") from None
    if day.tzinfo is not None:
        day = day.tz_convert(None)
    return day.normalize()


def _answer_across_articles(columns: dict[str, list[Any]], actors: ActorIndex) -> None:
    """A denial with no accusation in its own article answers the latest one elsewhere in the corpus.

    The accusation must come from the denial's target against the denier or
    what the denier belongs to (or a member of it), and be dated no later
    (undated ones always qualify, as the oldest); of equally late ones, the
    first in the table. Accusations are indexed by accuser and accused, by
    date, so each denial looks only at the pairs it could answer. ``columns``
    is the claim table by column; its ``responds_to`` is filled in.
    """
    relations, dates, articles = columns["relation"], columns["date"], columns["article_id"]
    sources, targets, responds = columns["source_id"], columns["target_id"], columns["responds_to"]
    by_pair: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for index, (relation, negated, hypothetical) in enumerate(
            zip(relations, columns["negated"], columns["hypothetical"])):
        if relation in ("accuse", "criticize") and not (negated or hypothetical):
            by_pair[(sources[index], targets[index])].append((str(dates[index] or ""), index))
    accused: dict[str, set[str]] = defaultdict(set)
    for (source, target), entries in by_pair.items():
        entries.sort()
        accused[source].add(target)
    sides: dict[str, set[str]] = {}
    for index, relation in enumerate(relations):
        if relation != "deny" or responds[index]:
            continue
        denier, accuser = sources[index], targets[index]
        if denier not in sides:
            sides[denier] = {denier, *actors.parents(denier), *actors.members(denier)}
        limit = str(dates[index]) if dates[index] else None
        found = [_latest(by_pair[(accuser, target)], limit, articles[index], articles)
                 for target in sides[denier] & accused.get(accuser, set())]
        found = [f for f in found if f is not None]
        if found:
            responds[index] = columns["claim_id"][max(found, key=lambda f: (f[0], -f[1]))[1]]


def _latest(entries: list[tuple[str, int]], limit: str | None, article_id: str,
            articles: list[str]) -> tuple[str, int] | None:
    """The latest (date, row index) of ``entries`` (sorted) dated no later than ``limit`` and from
    another article than ``article_id``: of one date, the first row."""
    end = len(entries) if limit is None else bisect.bisect_right(entries, (limit, len(articles)))
    while end > 0:
        start = bisect.bisect_left(entries, (entries[end - 1][0], -1), 0, end)
        for entry in entries[start:end]:
            if articles[entry[1]] != article_id:
                return entry
        end = start
    return None
