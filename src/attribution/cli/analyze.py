"""``attribution analyze``: parse articles and write the results directory."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..api import DEFAULT_MODEL, Pipeline
from ..errors import AttributionError
from ..readers import RawArticle, ReadError, read_inputs
from ..records import Article
from ..results import ResultsWriter, finalize
from .common import err_console, fail, out_console

_PROGRESS_MIN = 5


def analyze(
    paths: list[str] = typer.Argument(..., help="Article files or folders (searched recursively); '-' reads standard input."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Results directory."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", "-m", help="Installed spaCy pipeline to parse with."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Find quotes, speakers, roles and claims; write them to OUT.

    Writes OUT/articles.jsonl (one record per article), quotes.csv,
    claims.csv, actors.csv, graph.graphml and errors.jsonl.

    Example: attribution analyze data/samples --out out/demo
    """
    try:
        pipeline = Pipeline(model)
    except AttributionError as exc:
        raise fail(str(exc)) from None
    inputs = list(read_inputs(paths))
    articles: list[Article] = []
    with ResultsWriter(out) as writer:
        good = [item for item in inputs if isinstance(item, RawArticle)]
        for item in inputs:
            if isinstance(item, ReadError):
                writer.error(item.path, item.reason)
                err_console.print(f"[yellow]skipped[/] {item.path}: {item.reason}", highlight=False)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err_console, disable=quiet or len(good) < _PROGRESS_MIN, transient=True) as progress:
            task = progress.add_task("analyzing", total=len(good))
            for result in pipeline.analyze_many(good):
                if isinstance(result, ReadError):
                    writer.error(result.path, result.reason)
                    err_console.print(f"[yellow]skipped[/] {result.path}: {result.reason}", highlight=False)
                else:
                    writer.article(result)
                    if len(articles) < 50:
                        articles.append(result)
                progress.advance(task)
        summary = writer.summary
    finalize(out)
    if not quiet:
        _print_summary(articles, summary.articles)
        err_console.print(f"{summary.articles} article(s), {summary.quotes} quote(s), {summary.claims} claim(s) "
                          f"written to {out}/" + (f"; {summary.errors} input(s) skipped" if summary.errors else ""),
                          highlight=False)
    if summary.errors:
        raise typer.Exit(1)


def _print_summary(articles: list[Article], total: int) -> None:
    if total == 1 and articles:
        article = articles[0]
        table = Table(title=f"Statements in {article.id}", show_lines=False, expand=True)
        table.add_column("speaker", ratio=2, overflow="fold")
        table.add_column("role / affiliation", ratio=2, overflow="fold")
        table.add_column("kind", ratio=1)
        table.add_column("statement", ratio=5, overflow="fold")
        for quote in article.quotes:
            sp = quote.speaker
            role = " / ".join(x for x in (sp.role, sp.affiliation) if x) if sp else ""
            text = quote.text if len(quote.text) <= 160 else quote.text[:157] + "..."
            table.add_row(sp.name if sp and sp.name else "?", role, quote.kind, text)
        out_console.print(table)
        claims = Table(title="Claims", expand=True)
        for column, ratio in (("source", 2), ("relation", 1), ("target", 2), ("evidence", 5)):
            claims.add_column(column, ratio=ratio, overflow="fold")
        for claim in article.claims:
            evidence = claim.evidence if len(claim.evidence) <= 120 else claim.evidence[:117] + "..."
            claims.add_row(claim.source.name, claim.relation, claim.target.name, evidence)
        out_console.print(claims)
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
