"""actor_audit.py OUT_DIR GOLD_DIR [--people] [-v]: how well corpus actors resolve the gold's actors.

Reads ``OUT_DIR/articles.jsonl`` (an ``attribution analyze`` output), merges its actors into corpus
actors with the current tree (``attribution.actors.resolve_actors``: run with PYTHONPATH=TREE/src), and
checks them against ``GOLD_DIR/gold/*.json``:

* a gold party (a claim's source or target list, or a quote's speaker with its aliases) names one
  actor: every actor of ours that one of its names matches (normalized, honorifics dropped) should be
  one node. ``split``: people matched by two or more person nodes, or non-people matched by two or more
  organisation/country/group nodes (``tied`` when one belongs to the other through member_of, as "the
  Colombian army" and Colombia, which the gold may list as one claim party; ``untied`` otherwise);
* ``wrong merge``: one node of ours matches the canonical (first) names of two gold parties that do not
  list each other;
* across articles, a gold person (by canonical name) on two corpus nodes (``corpus split``) and a corpus
  node that holds two gold people (``corpus merge``);
* ``corpus generic``: a node named only by common nouns ("the government", "analysts") that holds the
  actors of two or more articles (a different government, other analysts, in each);
* ``same``: per article, nodes of ours that are plainly one actor whatever the gold says: two people
  with one surname where one is a bare or honorific surname; a body named "<country> government" (or a
  demonym, capital) beside the country; an organisation beside its initials.

``--people`` checks speakers only (PolNeAR has no claims). Outlets come from the set's README table.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from attribution.actors import _initials, is_unnamed, resolve_actors, without_article
from attribution.gazetteer import gazetteer_for, normalize
from attribution.lexicons import load_lexicons
from attribution.results import read_articles

_HONORIFIC = re.compile(r"^((mr|mrs|ms|dr|miss|sir|dame|prof|rev|hon|sen|rep|gen|col)\.?\s+)+", re.I)


def key(name: str) -> str:
    """Matching key of a name: normalized, honorifics dropped."""
    return _HONORIFIC.sub("", normalize(name)).strip()


def initials(name: str) -> str:
    """"Zembla Water Board" -> "ZWB", as the corpus actors link initials."""
    return _initials(name.split())


def outlets(gold_dir: Path) -> dict[str, str]:
    """Article id -> outlet, from the README table (first cell after the id)."""
    readme = gold_dir / "README.md"
    out: dict[str, str] = {}
    if readme.is_file():
        for line in readme.read_text().splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 2 and re.fullmatch(r"[a-z0-9-]+", cells[0]):
                out[cells[0]] = cells[1].split(",")[0].strip()
    return out


def parties(gold: dict, people: bool) -> list[tuple[str, list[str], str]]:
    """(canonical, names, kind) of every gold party: claim sources/targets, quote speakers."""
    found = []
    if not people:
        for claim in gold.get("claims", ()):
            for side in ("source", "target"):
                names = claim.get(side) or []
                names = [names] if isinstance(names, str) else names
                if names:
                    found.append((names[0], list(names), "claim"))
    for quote in gold.get("quotes", ()):
        if quote.get("speaker"):
            found.append((quote["speaker"], [quote["speaker"], *(quote.get("speaker_aliases") or [])], "speaker"))
    return found


def audit(out_dir: Path, gold_dir: Path, *, people: bool = False, verbose: bool = False) -> dict[str, int]:
    articles = list(read_articles(out_dir))
    index = resolve_actors(articles)
    lexicons = load_lexicons()
    gazetteer = gazetteer_for(lexicons)
    titles = frozenset(t.lower() for t in lexicons.titles) | {"president", "senator", "mayor", "judge"}
    where = outlets(gold_dir)
    # the resolver's government nouns, and "officials", which it keeps apart from the country but the audit
    # counts as plainly the country's ("French officials" beside France)
    government = lexicons.government_nouns | _OFFICIALS
    counts: dict[str, int] = defaultdict(int)
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)  # class -> (article, what)
    gold_people: dict[str, set[str]] = defaultdict(set)  # canonical person key -> corpus ids
    node_people: dict[str, set[str]] = defaultdict(set)  # corpus id -> canonical person keys
    for article in articles:
        path = gold_dir / "gold" / f"{article.id}.json"
        if not path.is_file():
            continue
        gold = json.loads(path.read_text())
        names: dict[str, set[str]] = defaultdict(set)  # key -> corpus ids
        for actor in article.actors:
            cid = index.canonical(article.id, actor.id)
            for name in (actor.name, *actor.aliases):
                names[key(name)].add(cid)
        seen_split: set[tuple[str, ...]] = set()
        canon_hits: dict[str, set[str]] = defaultdict(set)  # corpus id -> canonical keys
        lists: dict[str, set[str]] = {}
        for canonical, aliases, kind in parties(gold, people):
            ckey = key(canonical)
            lists.setdefault(ckey, set()).update(key(a) for a in aliases)
            for cid in names.get(ckey, ()):
                canon_hits[cid].add(ckey)
            ids = {cid for a in aliases for cid in names.get(key(a), ())}
            persons = sorted(i for i in ids if _type(index, i) == "person")
            if kind == "claim":  # a claim list may accept several people; one person's nodes share a surname
                surname = ckey.split()[-1] if ckey else ""
                persons = [i for i in persons if key(index.actors[i].name).split()[-1:] == [surname]]
            others = sorted(i for i in ids if _type(index, i) != "person")
            if kind == "speaker" and ckey and any(_type(index, i) == "person" for i in names.get(ckey, ())):
                for cid in names[ckey]:
                    gold_people[ckey].add(cid)
                    node_people[cid].add(ckey)
            for group, label in ((persons, "person"), (others, "body")):
                if len(group) < 2 or tuple(group) in seen_split:
                    continue
                seen_split.add(tuple(group))
                tied = label == "body" and _tied(index, group)
                cls = f"split {label}" + (" tied" if tied else (" untied" if label == "body" else ""))
                counts[cls] += 1
                cause = _cause(index, group, gazetteer, government)
                counts[f"cause {cause}"] += 1
                found[f"cause {cause}"].append((article.id, f"{canonical}: " + " | ".join(
                    index.actors[i].name for i in group if i in index.actors)))
                found[cls].append((article.id, f"{canonical}: " + " | ".join(
                    f"{i} ({index.actors[i].name if i in index.actors else '?'})" for i in group)))
        for cid, ckeys in canon_hits.items():
            if _clusters({k for k in ckeys if _name_like(k, titles)}, lists) >= 2:
                counts["wrong merge"] += 1
                found["wrong merge"].append((article.id, f"{cid}: {sorted(ckeys)}"))
        for what in _plainly_same(article, index, gazetteer, government):
            counts["same"] += 1
            found["same"].append((article.id, what))
    for ckey, ids in gold_people.items():
        if len(ids) > 1 and len(ckey.split()) > 1 and _name_like(ckey, titles):
            counts["corpus split"] += 1
            found["corpus split"].append(("*", f"{ckey}: {sorted(ids)}"))
    for cid, ckeys in node_people.items():
        if _clusters({k for k in ckeys if _name_like(k, titles)}, {}) >= 2:
            counts["corpus merge"] += 1
            found["corpus merge"].append(("*", f"{cid}: {sorted(ckeys)}"))
    generic = lexicons.generic_sources | lexicons.government_nouns
    for actor in index:
        if actor.type in ("organisation", "group") and actor.articles > 1 and is_unnamed(actor.name, generic):
            counts["corpus generic"] += 1
            found["corpus generic"].append(("*", f"{actor.id} ({actor.name}): {actor.articles} articles"))
    _report(counts, found, where, verbose)
    return dict(counts)


def _cause(index, group: list[str], gazetteer, government: frozenset[str]) -> str:
    """Why a gold actor is on several of our nodes, as far as the names tell."""
    names = {cid: without_article(index.actors[cid].name if cid in index.actors else cid) for cid in group}
    for cid, name in names.items():
        if name.isupper() and any(o != cid and initials(n) == name for o, n in names.items()):
            return "acronym"
    for cid, name in names.items():
        words = normalize(name).split()
        if words and words[-1] in government and any(
                (e := gazetteer.lookup(" ".join(words[:i]))) is not None and e.type == "country"
                for i in range(1, len(words))):
            return "government"
    for cid, name in names.items():
        tail = normalize(name)
        if any(o != cid and normalize(n).endswith(" " + tail) for o, n in names.items()):
            return "head noun"
    kinds = {index.actors[c].type if c in index.actors else "?" for c in group}
    if "country" in kinds:
        return "country and body"
    return "other"


_OFFICIALS = frozenset({"officials"})


def _name_like(ckey: str, titles: frozenset[str]) -> bool:
    """A gold name that names someone, not a description ("a source", "senator", "the president")."""
    words = ckey.split()
    return bool(words) and words[0] not in ("a", "an", "another") and not all(w in titles for w in words)


def _clusters(ckeys: set[str], lists: dict[str, set[str]]) -> int:
    """How many actors some gold names are: names sharing a last word, holding each other's words or listing
    each other are one."""
    parent = {k: k for k in ckeys}

    def find(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k
    for a in ckeys:
        for b in ckeys:
            wa, wb = set(a.split()), set(b.split())
            if (a.split()[-1] == b.split()[-1] or wa <= wb or wb <= wa or initials(a) == b.upper()
                    or initials(b) == a.upper() or b in lists.get(a, ())
                    or a in lists.get(b, ())):
                parent[find(a)] = find(b)
    return len({find(k) for k in ckeys})


def _type(index, cid: str) -> str:
    actor = index.actors.get(cid)
    return actor.type if actor is not None else "unknown"


def _tied(index, group: list[str]) -> bool:
    """Every node of the group belongs to, or holds, another through member_of."""
    chains = {cid: {cid, *index.parents(cid)} for cid in group}
    return all(any(o != cid and (o in chains[cid] or cid in chains[o]) for o in group) for cid in group)


def _plainly_same(article, index, gazetteer, government: frozenset[str]) -> list[str]:
    """Pairs of the article's nodes that are plainly one actor."""
    nodes: dict[str, tuple[str, str]] = {}
    for actor in article.actors:
        cid = index.canonical(article.id, actor.id)
        if cid in index.actors:
            nodes.setdefault(cid, (index.actors[cid].name, index.actors[cid].type))
    out = []
    people = defaultdict(list)
    for cid, (name, kind) in nodes.items():
        if kind == "person":
            words = key(name).split()
            if words:
                people[words[-1]].append((cid, name, len(words)))
    for surname, entries in people.items():
        if len(entries) > 1 and min(n for _, _, n in entries) == 1:
            out.append("surname: " + " | ".join(f"{c} ({n})" for c, n, _ in entries))
    countries = {cid for cid, (_, kind) in nodes.items() if kind == "country"}
    for cid, (name, kind) in nodes.items():
        if kind == "country":
            continue
        words = normalize(name).split()
        if len(words) >= 2 and words[-1] in government:
            entry = gazetteer.lookup(" ".join(words[:-1]))
            if entry is not None and entry.type == "country":
                out.append(f"government: {cid} ({name}) ~ {entry.id}" + (" (in article)" if entry.id in countries
                                                                            else ""))
    bodies = {cid: name for cid, (name, kind) in nodes.items() if kind in ("organisation", "group")}
    by_initials = defaultdict(list)
    for cid, name in bodies.items():
        if len(name.split()) >= 2:
            by_initials[initials(name)].append(cid)
    for cid, name in bodies.items():
        short = without_article(name)
        if short.isupper() and 2 <= len(short) <= 6 and by_initials.get(short):
            out.append(f"acronym: {cid} ({name}) ~ " + " | ".join(f"{o} ({bodies[o]})" for o in by_initials[short]))
        inner = re.search(r"\(([A-Z][A-Za-z]{1,7})\)", name)
        if inner:
            for other, oname in bodies.items():
                if other != cid and without_article(oname) == inner.group(1):
                    out.append(f"acronym: {cid} ({name}) ~ {other} ({oname})")
    return out


def _report(counts, found, where, verbose: bool) -> None:
    for cls in sorted(found):
        arts = {a for a, _ in found[cls]}
        outs = {where.get(a, a) for a in arts if a != "*"}
        print(f"{cls}: {counts[cls]} ({len(arts)} articles, {len(outs)} outlets)")
        if verbose:
            for article, what in found[cls]:
                print(f"    {where.get(article, '')} {article}: {what}")
    print("TOTAL " + " ".join(f"{c}={counts[c]}" for c in sorted(counts)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--people", action="store_true", help="speakers only (PolNeAR)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    audit(args.out_dir, args.gold_dir, people=args.people, verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
