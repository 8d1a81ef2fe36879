"""``attribution query``: who accused, denied, criticized... whom, from a results directory."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import AttributionError
from .common import OutputFormat, emit, err_console, fail

_TABLE_COLUMNS = ("date", "source", "relation", "target", "evidence", "article_id")
_FULL_COLUMNS = ("claim_id", "article_id", "date", "source", "relation", "target", "evidence", "cue", "quote",
                 "cameo", "plover", "source_id", "source_type", "target_id", "target_type", "confidence", "rule",
                 "negated", "hypothetical", "responds_to")


def query(
    results: Path = typer.Argument(..., help="Results directory written by 'attribution analyze'."),
    source: str | None = typer.Option(None, "--source", "-s", help="Who makes the claim (any name or alias)."),
    target: str | None = typer.Option(None, "--target", "-t", help="Whom it is about; for a denial, the accuser."),
    relation: str | None = typer.Option(
        None, "--relation", "-r", help="accuse, deny, criticize, threaten, demand, praise or agree (several: comma-separated)."),
    between: tuple[str, str] | None = typer.Option(
        None, "--between", help="Two actors: everything either claims about the other.", metavar="X Y"),
    since: str | None = typer.Option(None, "--since", help="First day, YYYY-MM-DD (claims of unknown date are left out)."),
    until: str | None = typer.Option(None, "--until", help="Last day, YYYY-MM-DD."),
    level: str = typer.Option("actor", "--level", "-l", help="Show parties as actor, organisation or country."),
    exact: bool = typer.Option(False, "--exact", help="A name stands for that actor only, not also its members."),
    include_flagged: bool = typer.Option(False, "--include-flagged", help="Also negated and hypothetical claims."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table, csv or json."),
) -> None:
    """List the claims between actors that match every option given.

    Names match aliases: "Tehran" and "Iranian" find Iran; an actor also
    stands for its members (Iran's defense minister, the Iranian government)
    unless --exact.

    Example: attribution query out/demo --target Iran --relation accuse
    """
    from ..query import Corpus  # pandas: imported by the commands that query, not by every command

    try:
        corpus = Corpus.from_results(results)
        rows = corpus.claims(source=source, target=target, relation=relation, between=between, since=since,
                             until=until, include_flagged=include_flagged, members=not exact, level=level)
    except AttributionError as exc:
        raise fail(str(exc)) from None
    records = rows.astype(object).where(rows.notna(), None).to_dict("records")
    columns = _TABLE_COLUMNS if fmt is OutputFormat.table else _FULL_COLUMNS
    count = emit(records, columns, fmt, title="Claims", wide=("evidence",))
    if fmt is OutputFormat.table:
        err_console.print(f"{count} claim(s)", highlight=False)
