"""``attribution analyze``: parse articles and write the results directory."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..api import DEFAULT_MODEL
from ..errors import AttributionError
from ..formats import JsonFields, format_readers
from ..readers import count_inputs
from ..records import Article
from ..results import JOURNAL, read_articles
from ..runner import PipelineConfig, default_jobs, run_corpus
from .common import err_console, fail, out_console

_PROGRESS_MIN = 5
_SHOWN = 50
#: Exit code of an interrupted run (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130


def analyze(
    paths: list[str] = typer.Argument(..., help="Article files or folders (searched recursively); '-' reads standard input."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Results directory."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", "-m", help="Installed spaCy pipeline to parse with."),
    jobs: int = typer.Option(default_jobs(), "--jobs", "-j", min=1, show_default="number of cores",
                             help="Worker processes parsing in parallel; the output is the same for any number."),
    force: bool = typer.Option(False, "--force", help="Analyze every article again, reusing no stored record."),
    batch_size: int = typer.Option(8, "--batch-size", min=1, help="Articles per nlp.pipe batch."),
    max_length: int = typer.Option(None, "--max-length", min=1, show_default="the model's, 1,000,000",
                                   help="Parse texts longer than this many characters in parts cut at paragraph "
                                        "boundaries (offsets stay those of the whole text)."),
    field: list[str] = typer.Option([], "--field", help="JSON key of an article field in .json/.jsonl inputs, "
                                    "FIELD=KEY[,KEY...] (repeatable), e.g. --field text=body --field date=published.",
                                    show_default=False),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Find quotes, speakers, roles and claims; write them to OUT.

    Writes OUT/articles.jsonl (one record per input article, in input order),
    quotes.csv, claims.csv, actors.csv, graph.graphml and errors.jsonl (one line
    per input skipped: path and reason). Articles are streamed in batches; the
    tables and the graph are built from the stored records at the end, and
    every file is replaced atomically.

    Resumable: run the same command again and the articles already analyzed
    (same text, model and rules: lexicon files and rule code) are reused, not parsed again; an
    interrupted run (Ctrl-C, kill) keeps its finished articles for the next run
    in OUT/.journal/ and leaves the visible files as they were. --force
    analyzes everything again.

    Exit codes: 0 every input analyzed; 1 some inputs skipped (empty, binary,
    undecodable, unreadable, missing, broken links: each named on standard
    error and in errors.jsonl, every other article still written), or an error
    such as an unknown model; 130 interrupted.

    Examples:

      attribution analyze data/samples --out out/demo --jobs 2

      attribution analyze crawl.jsonl --field text=maintext --field date=date_publish --out out/crawl
    """
    try:
        readers = format_readers(fields=JsonFields.parse(field)) if field else None
    except AttributionError as exc:
        raise fail(str(exc)) from None
    config = PipelineConfig(model=model, batch_size=batch_size, max_length=max_length)
    total = 0 if quiet else count_inputs(paths)
    show_progress = total >= _PROGRESS_MIN
    # redrawn after each batch, not by a thread of its own: worker processes are forked only from a process
    # that runs no other thread (runner._may_fork)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console, disable=not show_progress, transient=True, auto_refresh=False) as progress:
        task = progress.add_task("loading the model", total=total or None)

        def skipped(path: str, reason: str) -> None:
            err_console.print(f"[yellow]skipped[/] {path}: {reason}", highlight=False, soft_wrap=True)

        def noted(path: str, note: str) -> None:
            if not quiet:
                err_console.print(f"[dim]note[/] {path}: {note}", highlight=False, soft_wrap=True)

        try:
            with _interrupt_on_sigterm():
                summary = run_corpus(
                    paths, out, config=config, jobs=jobs, force=force, readers=readers,
                    on_ready=lambda *_: progress.update(task, description="analyzing", refresh=True),
                    on_done=lambda n: progress.update(task, completed=n, total=max(total, n),  # JSON Lines: many
                                                      refresh=True),
                    on_skip=skipped, on_note=noted)
        except KeyboardInterrupt:
            progress.stop()
            err_console.print(f"[bold red]interrupted:[/] the articles finished so far are kept in {out}/{JOURNAL}/; "
                              f"run the same command again to finish", highlight=False, soft_wrap=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except AttributionError as exc:
            raise fail(str(exc)) from None
    if not quiet:
        _print_summary(list(islice(read_articles(out), _SHOWN)), summary.articles)
        reused = f" ({summary.reused} reused from an earlier run)" if summary.reused else ""
        err_console.print(f"{summary.articles} article(s){reused}, {summary.quotes} quote(s), {summary.claims} "
                          f"claim(s) written to {out}/" + (f"; {summary.errors} input(s) skipped, listed in "
                                                           f"{out}/errors.jsonl" if summary.errors else ""),
                          highlight=False, soft_wrap=True)
    if summary.errors:
        raise typer.Exit(1)


@contextlib.contextmanager
def _interrupt_on_sigterm() -> Iterator[None]:
    """Treat SIGTERM (``kill``) like Ctrl-C while the run goes on, so it stops cleanly."""
    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _print_summary(articles: list[Article], total: int) -> None:
    if total == 1 and articles:
        article = articles[0]
        table = Table(title=f"Statements in {article.id}", show_lines=False, expand=True)
        table.add_column("speaker", ratio=2, overflow="fold")
        table.add_column("role / affiliation", ratio=2, overflow="fold")
        table.add_column("kind", min_width=8, no_wrap=True)
        table.add_column("statement", ratio=5, overflow="fold")
        for quote in article.quotes:
            sp = quote.speaker
            role = " / ".join(x for x in (sp.role, sp.affiliation) if x) if sp else ""
            text = quote.text if len(quote.text) <= 160 else quote.text[:157] + "..."
            table.add_row(sp.name if sp and sp.name else "?", role, quote.kind, text)
        out_console.print(table)
        claims = Table(title="Claims", expand=True)
        claims.add_column("source", ratio=2, overflow="fold")
        claims.add_column("relation", min_width=9, no_wrap=True)  # "criticize"
        claims.add_column("target", ratio=2, overflow="fold")
        claims.add_column("evidence", ratio=5, overflow="fold")
        for claim in article.claims:
            evidence = claim.evidence if len(claim.evidence) <= 120 else claim.evidence[:117] + "..."
            claims.add_row(claim.source.name, claim.relation, claim.target.name, evidence)
        out_console.print(claims)
        return
    if not articles:
        return
    table = Table(title="Articles", expand=True)
    for column in ("article", "quotes", "claims", "speakers"):
        table.add_column(column, overflow="fold")
    for article in articles:
        speakers = sorted({q.speaker.name for q in article.quotes if q.speaker and q.speaker.name})
        table.add_row(article.id, str(len(article.quotes)), str(len(article.claims)), ", ".join(speakers[:5]))
    out_console.print(table)
    if total > len(articles):
        out_console.print(f"... and {total - len(articles)} more")
