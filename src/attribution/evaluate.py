"""Score the toolkit's output against gold annotations.

Stage: after the records, beside export and query. Reads a gold folder
(``articles/<id>.txt`` with ``gold/<id>.json``, the format of the project's
evaluation data), runs a :class:`~attribution.api.Pipeline` on the articles
(or takes records already made) and computes the metrics the project is
judged by: quote precision/recall/F1 on spans, speaker accuracy, attributed
F1 (span and speaker right), role accuracy, affiliation accuracy and claim
F1, with recall and precision per kind of quote, and the list of every error.

The metric definitions follow the shared scorer (``eval/score.py``): spans
match one-to-one by token Dice >= 0.5 (a quoted fragment of up to four words
also matches a reported clause of up to 25 words holding all of it), names by
token containment with generic words ignored, roles by token Dice > 0.5,
claims as unique (relation, source, target) edges for accuse and deny.
Affiliation accuracy, which the shared scorer leaves out, is the share of
matched quotes with the right speaker and a gold affiliation whose affiliation
matches it as names do, a short name the article defines in brackets standing
for its full name ("the Port Vale Water Authority (PVWA)"). It does not
parse anything itself: the pipeline does.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import AttributionError
from .records import Article
from .types import PathType

KINDS = ("direct", "indirect", "mixed")
SCORED_RELATIONS = frozenset({"accuse", "deny"})
#: Words that alone never make two names match ("official" vs "official" must be exact).
GENERIC_NAME_WORDS = frozenset({
    "the", "a", "an", "of", "u", "s", "us", "uk", "un", "military", "government",
    "official", "officials", "minister", "general", "president", "spokesman",
    "spokeswoman", "spokesperson", "leader", "leaders", "ministry", "police",
    "army", "forces", "force", "state", "department", "office", "he", "she",
    "they", "it", "his", "her", "their", "its", "we", "i",
})
_MATCH = 0.5
_FRAGMENT_WORDS = 4
_CLAUSE_WORDS = 25
_WORD = re.compile(r"[^\W_]+")
#: A short name in brackets after a capitalised name: "Rapid Support Forces (RSF)".
_DEFINED = re.compile(r"\(([A-Z][A-Za-z&-]{1,9})\)")
_NAME_LINKS = frozenset({"of", "and", "for", "&", "de", "du", "des", "la", "el"})


class GoldError(AttributionError):
    """A gold folder or file is missing or malformed."""


@dataclass(frozen=True)
class Error:
    """One scoring error.

    Attributes:
        type: ``missed`` (a gold quote not found), ``false_positive`` (a
            system quote matching nothing), ``wrong_speaker``, ``wrong_role``,
            ``wrong_affiliation``, ``missed_claim`` or ``false_claim``.
        article: Article id.
        kind: Kind of the gold quote (system quote for false positives).
        text: The quote text, or the claim as ``relation source -> target``.
        expected: Gold speaker, role, affiliation or claim, when there is one.
        found: System speaker, role or affiliation, when there is one.
        rule: The rule that found the system quote, when known.
    """

    type: str
    article: str
    kind: str | None
    text: str
    expected: str | None = None
    found: str | None = None
    rule: str | None = None


@dataclass
class Evaluation:
    """Counts over a set of articles, the metrics derived from them and the errors."""

    counts: Counter = field(default_factory=Counter)
    errors: list[Error] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def add(self, other: Evaluation) -> None:
        self.counts.update(other.counts)
        self.errors.extend(other.errors)
        self.missing.extend(other.missing)

    def metrics(self) -> dict[str, Any]:
        """The metrics, rounded to three places, with the keys of the shared scorer and ``by_kind``."""
        c = self.counts
        qp, qr, qf = _prf(c["matched"], c["sys_quotes"], c["matched"], c["gold_quotes"])
        attributed = c["speaker_ok"] + c["speaker_unscored"]
        ap, ar, af = _prf(attributed, c["sys_quotes"], attributed, c["gold_quotes"])
        cp, cr, cf = _prf(c["claim_tp_sys"], c["claim_tp_sys"] + c["claim_fp"], c["claim_found"], c["claim_gold"])
        by_kind = {}
        for kind in KINDS:
            gold = c[f"matched_{kind}"] + c[f"missed_{kind}"]
            system = c[f"sys_matched_{kind}"] + c[f"sys_unmatched_{kind}"]
            if not gold and not system:
                continue
            p, r, f = _prf(c[f"sys_matched_{kind}"], system, c[f"matched_{kind}"], gold)
            by_kind[kind] = {"gold": gold, "system": system, "precision": round(p, 3), "recall": round(r, 3),
                             "f1": round(f, 3)}
        return {
            "articles": c["articles"],
            "articles_missing_from_output": list(self.missing),
            "quote_precision": round(qp, 3), "quote_recall": round(qr, 3), "quote_f1": round(qf, 3),
            "speaker_accuracy": round(c["speaker_ok"] / c["speaker_scored"], 3) if c["speaker_scored"] else 0.0,
            "attributed_precision": round(ap, 3), "attributed_recall": round(ar, 3), "attributed_f1": round(af, 3),
            "role_accuracy": round(c["role_ok"] / c["role_gold"], 3) if c["role_gold"] else 0.0,
            "affiliation_accuracy": round(c["affiliation_ok"] / c["affiliation_gold"], 3)
            if c["affiliation_gold"] else 0.0,
            "claim_precision": round(cp, 3), "claim_recall": round(cr, 3), "claim_f1": round(cf, 3),
            "recall_by_kind": {k: v["recall"] for k, v in by_kind.items() if v["gold"]},
            "by_kind": by_kind,
            "counts": {k: c[k] for k in ("gold_quotes", "sys_quotes", "matched", "speaker_scored", "speaker_ok",
                                         "role_gold", "role_ok", "claim_gold", "claim_found", "claim_tp_sys",
                                         "claim_fp")},
        }


def _prf(tp_p: int, n_sys: int, tp_r: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def words(text: str | None) -> list[str]:
    """Lower-case word tokens, curly apostrophes made straight."""
    if not text:
        return []
    return _WORD.findall(text.replace("\u2019", "'").replace("\u2018", "'").lower())


def _dice(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * sum((Counter(a) & Counter(b)).values()) / (len(a) + len(b))


def span_similarity(gold: str, system: str) -> float:
    """Similarity of two reported-content spans, 0..1; 0.5 or more is a match.

    Token Dice; a gold fragment of up to four words wholly inside a system
    clause of up to 25 words counts as 0.5 (a quoted fragment of a reported clause).
    """
    g, s = words(gold), words(system)
    score = _dice(g, s)
    if g and len(g) <= _FRAGMENT_WORDS and len(s) <= _CLAUSE_WORDS:
        if sum((Counter(g) & Counter(s)).values()) == len(g):
            score = max(score, _MATCH)
    return score


def name_matches(system: str | None, aliases: Iterable[str | None]) -> bool:
    """True when a system name matches one of the gold names.

    Equal token lists match; otherwise the shorter must be contained in the
    longer and hold a word that is not generic ("Bergner" matches "Kevin
    Bergner"; "official" matches only "official").
    """
    s = [t for t in words(system) if t != "the"]
    if not s:
        return False
    for alias in aliases:
        a = [t for t in words(alias) if t != "the"]
        if not a:
            continue
        if s == a:
            return True
        small, big = (s, a) if len(s) <= len(a) else (a, s)
        if set(small) <= set(big) and any(t not in GENERIC_NAME_WORDS for t in small):
            return True
    return False


def role_matches(gold: str, system: str | None) -> bool:
    """True when the token Dice of the roles exceeds 0.5 ("spokesman" ~ "military spokesman")."""
    return _dice(words(gold), words(system)) > _MATCH


def defined_names(text: str) -> dict[str, str]:
    """Short names an article defines in brackets after a full name, and the full names after their
    short ones: "the Rapid Support Forces (RSF)" gives both "RSF" -> "Rapid Support Forces" and back.

    The full name is the run of capitalised words (and "of", "and", "for" between them) just
    before the bracket, of two words or more.
    """
    found: dict[str, str] = {}
    for match in _DEFINED.finditer(text):
        before = text[max(0, match.start() - 120):match.start()].split()
        run: list[str] = []
        for word in reversed(before):
            if word[:1].isupper() and word[-1:].isalnum() or word.lower() in _NAME_LINKS:
                run.insert(0, word)
            else:
                break
        while run and run[0].lower() in _NAME_LINKS:
            run.pop(0)
        if len(run) > 1:
            full, short = " ".join(run), match.group(1)
            found.setdefault(short.lower(), full)
            found.setdefault(full.lower(), short)
    return found


def affiliation_matches(gold: str, system: str | None, defined: Mapping[str, str] | None = None) -> bool:
    """True when a system affiliation names the gold one as names match, either of them perhaps by
    the short or full name the article defines for it (``defined``, from :func:`defined_names`)."""
    if not system:
        return False
    defined = defined or {}
    golds = [gold, defined.get(gold.lower())]
    return any(name_matches(name, golds) for name in (system, defined.get(system.lower())) if name)


def _name(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Mapping):
        return value.get("name") or value.get("text") or value.get("label")
    return str(value)


def score_article(gold: Mapping[str, Any], system: Mapping[str, Any] | Article, *, text: str | None = None
                  ) -> Evaluation:
    """Compare one article's output with its gold.

    Args:
        gold: The gold record (``gold/<id>.json``).
        system: The article record, or its dict form (a line of ``articles.jsonl``).
        text: The article's text, whose bracketed short names an affiliation may go by.

    Returns:
        The counts and errors of this article.
    """
    if isinstance(system, Article):
        system = system.to_dict()
    result = Evaluation()
    c, errors, article_id = result.counts, result.errors, str(gold.get("id", ""))
    gq = list(gold.get("quotes", []))
    sq = list(system.get("quotes") or [])
    defined: dict[str, str] | None = None  # the article's short names, read at the first affiliation scored
    pairs = sorted(((span_similarity(g["text"], s.get("text", "")), gi, si)
                    for gi, g in enumerate(gq) for si, s in enumerate(sq)), reverse=True)
    g_done: dict[int, int] = {}
    s_done: set[int] = set()
    for sim, gi, si in pairs:
        if sim < _MATCH:
            break
        if gi not in g_done and si not in s_done:
            g_done[gi] = si
            s_done.add(si)
    for si, s in enumerate(sq):
        if si in s_done:
            continue
        # a repeat of a matched quote (a paragraph printed twice) is not counted either way
        if any(span_similarity(gq[gi]["text"], s.get("text", "")) >= _MATCH for gi in g_done):
            c["sys_ignored"] += 1
        else:
            c["sys_unmatched"] += 1
            c[f"sys_unmatched_{s.get('kind')}"] += 1
            errors.append(Error("false_positive", article_id, s.get("kind"), s.get("text", ""),
                                found=_name(s.get("speaker")), rule=s.get("rule")))
    for gi, g in enumerate(gq):
        optional = bool(g.get("optional"))
        if gi not in g_done:
            if not optional:
                c["gold_missed"] += 1
                c[f"missed_{g['kind']}"] += 1
                errors.append(Error("missed", article_id, g["kind"], g["text"], expected=g.get("speaker")))
            continue
        s = sq[g_done[gi]]
        if optional:
            c["sys_ignored"] += 1
            continue
        c["matched"] += 1
        c[f"matched_{g['kind']}"] += 1
        c[f"sys_matched_{s.get('kind')}"] += 1
        speaker = s.get("speaker")
        if g.get("speaker") is None:
            c["speaker_unscored"] += 1
        else:
            c["speaker_scored"] += 1
            if name_matches(_name(speaker), [g["speaker"], *g.get("speaker_aliases", [])]):
                c["speaker_ok"] += 1
                if g.get("affiliation"):
                    defined = defined_names(text) if defined is None and text else defined
                    _score_affiliation(article_id, g, speaker, defined, result)
            else:
                errors.append(Error("wrong_speaker", article_id, g["kind"], g["text"], expected=g["speaker"],
                                    found=_name(speaker), rule=s.get("rule")))
        if g.get("role"):
            c["role_gold"] += 1
            role = speaker.get("role") if isinstance(speaker, Mapping) else s.get("role")
            if role_matches(g["role"], role):
                c["role_ok"] += 1
            else:
                errors.append(Error("wrong_role", article_id, g["kind"], g["text"], expected=g["role"],
                                    found=role))
    c["gold_quotes"] += sum(1 for g in gq if not g.get("optional"))
    c["sys_quotes"] += len(sq) - c["sys_ignored"]
    _score_claims(gold, system, result)
    c["articles"] += 1
    return result


def _score_affiliation(article_id: str, g: Mapping[str, Any], speaker: Any, defined: Mapping[str, str] | None,
                       result: Evaluation) -> None:
    """Count a matched quote whose speaker is right and whose gold gives an affiliation."""
    result.counts["affiliation_gold"] += 1
    found = speaker.get("affiliation") if isinstance(speaker, Mapping) else None
    if affiliation_matches(g["affiliation"], found, defined):
        result.counts["affiliation_ok"] += 1
    else:
        result.errors.append(Error("wrong_affiliation", article_id, g["kind"], g["text"],
                                   expected=g["affiliation"], found=found))


def _score_claims(gold: Mapping[str, Any], system: Mapping[str, Any], result: Evaluation) -> None:
    c, article_id = result.counts, str(gold.get("id", ""))
    gold_claims = [g for g in gold.get("claims", []) if g["relation"] in SCORED_RELATIONS]
    edges = {(cl.get("relation"), _name(cl.get("source")), _name(cl.get("target")))
             for cl in system.get("claims") or [] if cl.get("relation") in SCORED_RELATIONS}
    found: set[int] = set()
    for relation, source, target in sorted(edges, key=str):
        hits = [i for i, g in enumerate(gold_claims) if g["relation"] == relation
                and name_matches(source, g["source"]) and name_matches(target, g["target"])]
        if not hits:
            c["claim_fp"] += 1
            result.errors.append(Error("false_claim", article_id, None, f"{relation} {source} -> {target}"))
        elif not all(gold_claims[i].get("optional") for i in hits):
            c["claim_tp_sys"] += 1
            found.update(i for i in hits if not gold_claims[i].get("optional"))
    for i, g in enumerate(gold_claims):
        if g.get("optional"):
            continue
        c["claim_gold"] += 1
        if i in found:
            c["claim_found"] += 1
        else:
            result.errors.append(Error("missed_claim", article_id, None,
                                       f"{g['relation']} {g['source'][0]} -> {g['target'][0]}"))


def read_gold(gold_dir: PathType) -> Iterator[dict[str, Any]]:
    """The gold records of a gold folder, in id order.

    Raises:
        GoldError: The folder has no ``gold`` subfolder, or a file is not a gold record.
    """
    folder = Path(gold_dir) / "gold"
    if not folder.is_dir():
        raise GoldError(f"no gold folder: expected {folder} holding <id>.json files")
    for path in sorted(folder.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"cannot read gold file {path}: {exc}") from None
        if not isinstance(gold, dict) or "quotes" not in gold:
            raise GoldError(f"gold file {path} must hold an object with 'id' and 'quotes'")
        gold.setdefault("id", path.stem)
        yield gold


def score(gold: Iterable[Mapping[str, Any]], system: Mapping[str, Mapping[str, Any] | Article], *,
          texts: Mapping[str, str] | None = None) -> Evaluation:
    """Score system records (by article id) against gold records; a missing article scores as empty.
    ``texts`` (by article id) give the short names the articles define for affiliations."""
    total = Evaluation()
    for record in gold:
        found = system.get(str(record["id"]))
        if found is None:
            total.missing.append(str(record["id"]))
            found = {"quotes": [], "claims": []}
        total.add(score_article(record, found, text=(texts or {}).get(str(record["id"]))))
    return total


def evaluate(pipeline: Any, gold_dir: PathType) -> Evaluation:
    """Run ``pipeline`` on ``GOLD_DIR/articles`` and score it against ``GOLD_DIR/gold``.

    Args:
        pipeline: An :class:`attribution.api.Pipeline`.
        gold_dir: A folder with ``articles/<id>.txt`` and ``gold/<id>.json``.

    Returns:
        The evaluation; an article the pipeline could not analyze scores as
        empty and is listed in ``missing``.
    """
    from .readers import RawArticle, read_inputs

    articles_dir = Path(gold_dir) / "articles"
    if not articles_dir.is_dir():
        raise GoldError(f"no articles folder: expected {articles_dir} holding <id>.txt files")
    gold = list(read_gold(gold_dir))
    wanted = {str(g["id"]) for g in gold}
    inputs = [item for item in read_inputs([articles_dir]) if isinstance(item, RawArticle) and item.id in wanted]
    system = {article.id: article for article in pipeline.analyze_many(inputs) if isinstance(article, Article)}
    return score(gold, system, texts={item.id: item.text for item in inputs})
