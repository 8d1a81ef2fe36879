"""Learn the frames and weights of the cue lexicon from an annotated corpus (PolNeAR train).

Maintenance tool, not part of the package. For every verb, noun and adjective
of the corpus (outside quotation marks and page furniture) it builds the
content each frame would give ("ccomp", "dobj", "prep:about", "dobj+prep:as",
"clause:in" for a noun in a fronted "In a poll, C", ...: see :func:`attribution.pipeline.statements.frame_content`) and checks it
against the gold quotes whose cue holds that word. Per lemma it then learns a
decision list: repeatedly the most precise frame (Laplace-smoothed, at least
``--min-hits`` hits, positive gain at ``--theta``) among the tokens no earlier
frame took. The frames and their precisions become ``content`` and
``weights`` in ``models/cues.json``:

* a statement, belief, intention or evidence cue gets the learned frames
  first, then its other frames with their corpus precision;
* a claim cue (accuse, deny, criticize...: the claims' own lexicon) keeps its
  frames in its order; learned ones are added after them unless the cue
  ``requires`` a content (then its frames decide what is a claim);
* a lemma not in the lexicon is added if it is not in :data:`NOT_CUES`, with
  the relation of :data:`RELATIONS` (else ``statement``);
* frames that cannot reach the ``confidence.minimum`` are left out.

A weight is the frame's hits over the hits its uses' context factors
(``confidence``: the cue's dependency label, no source, hypothetical) let one
expect, so that weight times factor is the precision in that context. Uses
with factors of their own that the weight must not absorb are left out: a
negated cue and one nested in another cue's content ("X said he thinks C").

The ``confidence`` factors are not rewritten; the script prints the
observed/expected ratios they were set from.

Usage::

    python scripts/learn_cue_frames.py ../shared/eval/polnear-train [--models models]

The corpus is read, never copied: only lemmas, frame names and counts end up
in the lexicon. PolNeAR: Newell, Margolin and Ruths (LREC 2018).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from attribution.api import Pipeline
from attribution.evaluate import read_gold, span_similarity
from attribution.pipeline import statements as S
from attribution.pipeline.layout import find_layout
from attribution.pipeline.quotations import find_quotations

SINGLE = ("ccomp", "xcomp", "dobj", "oprd", "dative", "acl", "acomp", "attr", "advcl")
#: Frames of a noun in a fronted phrase whose clause is the content ("In a statement, C").
FRONTED = ("clause:in",)
SECTIONS = {"VERB": "verbs", "NOUN": "nouns", "ADJ": "adjectives"}
#: Light verbs whose object or predicate carries the meaning ("make the case that C", "take issue with C"):
#: frames of a word completing one are also tried under the condition ``light:V``.
LIGHT_VERBS = ("make", "take", "give", "draw", "raise")
CONTENT_RELATIONS = ("statement", "belief", "intention", "evidence")
#: Lemmas the corpus pairs with content that are actions or parser artefacts, not attribution cues.
NOT_CUES = frozenset("""
walk shoot trade exploit mount restrict pay enjoy introduce design hire file launch start put take make give
have include free count move pivot sponsor withhold sign be ’re retweete footage lawsuit case story article anger
cheer title sound devoted devote display mandate veto approve appoint nominate withdraw deliver broadcast allow
require mean invite choose scramble struggle attempt begin split align release issue witness present publish share
""".split())
_BELIEF = """think believe know see view consider feel expect hope fear worry doubt suspect assume realize recognize
understand imagine guess wonder remember forget learn deem regard care love like prefer support oppose back favor
embrace champion trust seem appear confident aware concerned worried skeptical hopeful supportive critical wary
nervous glad interested opposition belief opinion concern confidence assumption understanding enthusiasm respect
interest anxiety thought idea contemplate convince foresee notice realise recognise reckon figure suppose
anticipate side stand distance double come throw"""
_INTENTION = """want plan seek intend aim decide refuse decline try push campaign advocate look determination desire
decision reluctance inclination eager willing reluctant inclined quick persuade encourage press"""
_EVIDENCE = "show find demonstrate prove document indicate"
#: Relation of a cue added from the corpus (default: statement).
RELATIONS = {**{w: "belief" for w in _BELIEF.split()}, **{w: "intention" for w in _INTENTION.split()},
             **{w: "evidence" for w in _EVIDENCE.split()}}


def candidates(pipeline: Pipeline, corpus: Path) -> list[dict]:
    """Every cue-like token with the frames it has and whether each matches a gold quote of that cue."""
    nlp, lexicons = pipeline.nlp, pipeline.lexicons
    gold = {g["id"]: g["quotes"] for g in read_gold(corpus)}
    texts = {i: (corpus / "articles" / f"{i}.txt").read_text(encoding="utf-8") for i in gold}
    names = [n for n in nlp.pipe_names if n.startswith("attribution") and n != "attribution_layout"]
    rows = []
    with nlp.select_pipes(disable=names):
        for doc, article in nlp.pipe(((texts[i], i) for i in gold), as_tuples=True, batch_size=16):
            quotes = gold[article]
            closed = [(q.start, q.end) for q in find_quotations(doc.text)[0] if not q.recovered]
            layout = find_layout(doc.text, lexicons)
            for token in doc:
                if token.pos_ not in ("VERB", "NOUN", "ADJ", "AUX") or token.dep_ in ("aux", "auxpass"):
                    continue
                if any(s <= token.idx < e for s, e in closed) or layout.is_skipped(token.idx, token.idx + 1):
                    continue
                negated, hypothetical = S._flags(token, lexicons)
                if negated or S._nested(token, lexicons):
                    continue  # their own factors (negated, nested) cover them: they would bias the weight
                frames = _frames(token, doc, lexicons, layout, quotes)
                if frames:
                    pos = "ADJ" if token.pos_ == "ADJ" else "NOUN" if token.pos_ == "NOUN" else "VERB"
                    rows.append({"lemma": token.lemma_.lower(), "pos": pos, "dep": token.dep_,
                                 "factor": _context_factor(token, hypothetical, lexicons), "frames": frames})
    return rows


def _context_factor(token, hypothetical: bool, lexicons) -> float:
    """The factor :func:`attribution.pipeline.statements.confidence` gives this use besides the frame weight."""
    model = lexicons.confidence
    factor = model["cue_dependency"].get(token.dep_, 1.0)
    if S.find_source(token)[0] is None:
        factor *= model["no_source"]
    return factor * (model["hypothetical"] if hypothetical else 1.0)


def _frames(token, doc, lexicons, layout, quotes) -> dict[str, bool]:
    hosts = [token] + ([token.head] if token.pos_ == "NOUN" and token.dep_ == "dobj" else [])
    preps = sorted({f"prep:{c.lower_}" for h in hosts for c in h.children if c.dep_ in ("prep", "agent", "dative")
                    and any(g.dep_ in ("pobj", "pcomp") for g in c.children) and (h == token or c.i > token.i)})
    names = [*SINGLE, *preps, "dobj+oprd", "dobj+xcomp", "dobj+advcl", *(f"dobj+{p}" for p in preps),
             *(f"{p}+xcomp" for p in preps), *(FRONTED if token.pos_ == "NOUN" else ())]
    light = next((v for v in LIGHT_VERBS if S._completes(token, v)), None)
    if light is not None and token.pos_ in ("NOUN", "ADJ"):
        names += [f"light:{light}+{n}" for n in names if "+" not in n and not n.startswith("clause:")]
    out = {}
    for name in names:
        found = S.frame_content(token, name)
        if found is None and name == "ccomp" and token.pos_ == "VERB":
            found = S._reversed_content(token)
        if found is None:
            continue
        head, rng = found
        st = S._statement(doc, lexicons, layout, rng, kind="indirect", rule="learn", confidence=1.0, relation="statement",
                          cue_rng=(token.i, token.i + 1), cue_token=token.i, source=None, content=head)
        if st is None:
            continue
        text = doc.text[st.start:st.end]
        best = max(quotes, key=lambda q: span_similarity(q["text"], text), default=None)
        cue = (best.get("cue") or "").lower() if best else ""
        word = name.split(":")[1] if name.startswith("clause:") else None  # PolNeAR marks "In" as the cue
        out[name] = bool(best and span_similarity(best["text"], text) >= 0.5
                         and (token.text.lower() in cue or (word is not None and word in cue.split())))
    return out


def decision_lists(rows: list[dict], *, theta: float, min_hits: int) -> dict[tuple[str, str], list]:
    """Per (lemma, pos): [(frame, weight)] in the order the frames are tried."""
    by_lemma = defaultdict(list)
    for row in rows:
        by_lemma[(row["lemma"], row["pos"])].append(row)
    lists = {}
    for key, items in by_lemma.items():
        taken = [False] * len(items)
        order = []
        while True:
            stats = defaultdict(lambda: [0, 0, 0.0])
            for n, row in enumerate(items):
                if not taken[n]:
                    for frame, hit in row["frames"].items():
                        if frame not in (f for f, _ in order):
                            stats[frame][0] += 1
                            stats[frame][1] += hit
                            stats[frame][2] += row["factor"]
            best = None
            for frame, (count, hits, expected) in stats.items():
                precision = (hits + 1) / (count + 2)
                if hits >= min_hits and hits * (1 - theta) > (count - hits) * theta and (
                        best is None or precision > best[0]):
                    best = (precision, frame, (hits + 0.6) / (expected + 2))
            if best is None:
                break
            order.append((best[1], round(best[2], 3)))
            for n, row in enumerate(items):
                if best[1] in row["frames"]:
                    taken[n] = True
        if order:
            lists[key] = order
    return lists


def merge(cues: dict, lists: dict, rows: list[dict]) -> Counter:
    """Write the learned frames into the cue lexicon (see the module docstring); returns what was added."""
    overall = defaultdict(lambda: [0.0, 0])
    for row in rows:
        for frame, hit in row["frames"].items():
            overall[(row["lemma"], row["pos"], frame)][0] += row["factor"]
            overall[(row["lemma"], row["pos"], frame)][1] += hit
    minimum = cues["confidence"]["minimum"]
    top = max(cues["confidence"]["cue_dependency"].values())

    def corpus_weight(lemma: str, pos: str, frame: str) -> float:
        expected, hits = overall.get((lemma, pos, frame), (0.0, 0))
        return 0.7 if expected == 0 else round((hits + 1.4) / (expected + 2), 3)

    added = Counter()
    for (lemma, pos), order in lists.items():
        if lemma in NOT_CUES or not lemma.isalpha():
            continue
        section = cues[SECTIONS[pos]]
        learned = [f for f, _ in order]
        entry = section.get(lemma)
        claim = entry is not None and entry["relation"] not in CONTENT_RELATIONS
        if entry is None:
            entry = section[lemma] = {"relation": RELATIONS.get(lemma, "statement"), "content": learned}
            added[pos] += 1
        elif claim:
            own = entry.get("content", ["ccomp"])
            entry["content"] = own + ([f for f in learned if f not in own] if "requires" not in entry else [])
            learned = [f for f in entry["content"] if f not in own]
        else:
            entry["content"] = learned + [f for f in entry.get("content", ["ccomp"]) if f not in learned]
        weights = {f: w for f, w in order if f in learned}  # a claim cue's own frames keep their weights
        old = dict(entry.get("weights", {}))
        entry["weights"] = {f: weights.get(f, old.get(f, corpus_weight(lemma, pos, f))) for f in entry["content"]
                            if not claim or f in weights or f in old}
        low = [f for f, w in entry["weights"].items() if w * top < minimum]
        entry["content"] = [f for f in entry["content"] if f not in low]
        for f in low:
            del entry["weights"][f]
    return added


def context_ratios(rows: list[dict], cues: dict) -> dict[str, float]:
    """Observed/expected hits by the cue's dependency label, for the ``confidence`` factors."""
    observed, expected = Counter(), Counter()
    for row in rows:
        entry = cues[SECTIONS[row["pos"]]].get(row["lemma"])
        if entry is None:
            continue
        frame = next((f for f in entry.get("content", ()) if f in row["frames"]), None)
        if frame is None or frame not in entry.get("weights", {}):
            continue
        observed[row["dep"]] += row["frames"][frame]
        expected[row["dep"]] += entry["weights"][frame]
    return {k: round(observed[k] / expected[k], 2) for k in expected if expected[k] >= 20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder with articles/ and gold/ (PolNeAR train)")
    parser.add_argument("--models", type=Path, default=Path(__file__).resolve().parents[1] / "models")
    parser.add_argument("--theta", type=float, default=0.2, help="precision a frame must beat to be learned")
    parser.add_argument("--min-hits", type=int, default=3, help="gold quotes a frame must find")
    args = parser.parse_args()
    path = args.models / "cues.json"
    cues = json.loads(path.read_text(encoding="utf-8"))
    rows = candidates(Pipeline(models_dir=args.models), args.corpus)
    added = merge(cues, decision_lists(rows, theta=args.theta, min_hits=args.min_hits), rows)
    path.write_text(json.dumps(cues, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} cue tokens; added {dict(added)}; bump the version of {path} if it changed")
    print("observed/expected by the cue's place:", context_ratios(rows, cues))


if __name__ == "__main__":
    main()
