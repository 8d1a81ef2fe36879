"""``attribution show``: one article annotated, in the terminal or as a self-contained HTML page."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from ..api import DEFAULT_MODEL, Pipeline
from ..errors import AttributionError
from ..formats import JsonFields, read_file
from ..readers import RawArticle, ReadError
from ..render import article_page
from ..tables import ACTOR_COLUMNS, CLAIM_COLUMNS, QUOTE_COLUMNS, actor_rows, claim_rows, quote_rows
from .common import OutputFormat, emit, err_console, fail


class Listing(str, Enum):
    """What ``show`` prints when it writes no page."""

    quotes = "quotes"
    claims = "claims"
    actors = "actors"


#: Columns of each listing as a table (the CSV and JSON outputs have every column).
_TABLE_COLUMNS = {
    Listing.quotes: (("speaker", "role, affiliation", "kind", "text"), ("text",)),
    Listing.claims: (("source", "relation", "target", "evidence"), ("evidence",)),
    Listing.actors: (("name", "type", "roles", "member_of", "mentions"), ("name", "member_of")),
}
_ALL_COLUMNS = {Listing.quotes: QUOTE_COLUMNS, Listing.claims: CLAIM_COLUMNS, Listing.actors: ACTOR_COLUMNS}
_ROWS = {Listing.quotes: quote_rows, Listing.claims: claim_rows, Listing.actors: actor_rows}


def show(
    article: Path = typer.Argument(..., help="An article file: .txt, .html, .json or .jsonl.", show_default=False),
    html: Path | None = typer.Option(None, "--html", help="Write the annotated article to this HTML page.",
                                     show_default=False),
    article_id: str | None = typer.Option(None, "--id", help="Which article of a file holding several "
                                          "(JSON, JSON Lines); the first by default.", show_default=False),
    listing: Listing = typer.Option(Listing.quotes, "--list", "-l", help="What to print without --html."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="How to print it."),
    field: list[str] = typer.Option([], "--field", help="JSON key of a field, FIELD=KEY (repeatable), "
                                    "e.g. --field text=body --field date=published.", show_default=False),
    model: str = typer.Option(DEFAULT_MODEL, "--model", "-m", help="Installed spaCy pipeline to parse with."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Analyze one article and show its statements, speakers and claims.

    With --html, writes one self-contained page (no network needed to view
    it): the article text with each statement highlighted by kind, speaker,
    role and affiliation beside it, and the claims with their evidence.
    Without it, prints the statements (or --list claims / actors).

    Examples:

      attribution show data/samples/qods-force.txt --html qods-force.html

      attribution show crawl.jsonl --id story-17 --list claims --format csv
    """
    try:
        fields = JsonFields.parse(field)
    except AttributionError as exc:
        raise fail(str(exc)) from None
    if not article.exists():
        raise fail(f"{article}: no such file")
    if article.is_dir():
        raise fail(f"{article} is a folder: show takes one article file (use 'attribution analyze' for folders)")
    raw = _pick(list(read_file(article, fields=fields)), article_id, article, quiet=quiet)
    try:
        pipeline = Pipeline(model)
    except AttributionError as exc:
        raise fail(str(exc)) from None
    (result,) = pipeline.analyze_many([raw])
    if isinstance(result, ReadError):
        raise fail(f"{result.path}: {result.reason}")
    if html is not None:
        try:
            html.write_text(article_page(result, raw.text), encoding="utf-8")
        except OSError as exc:
            raise fail(f"cannot write {html}: {exc.strerror or exc}") from None
        if not quiet:
            err_console.print(f"{len(result.quotes)} statement(s), {len(result.claims)} claim(s) of {result.id}: "
                              f"wrote {html}", highlight=False, soft_wrap=True)
        return
    columns, wide = _TABLE_COLUMNS[listing]
    if fmt is not OutputFormat.table:
        columns, wide = _ALL_COLUMNS[listing], ()
    rows = list(_ROWS[listing]([result]))
    if fmt is OutputFormat.table:
        rows = [_for_table(row, listing, result) for row in rows]
    emit(rows, columns, fmt, title=f"{listing.value.capitalize()} in {result.id}" if not quiet else None, wide=wide)


def _pick(items: list[RawArticle | ReadError], article_id: str | None, path: Path, *, quiet: bool) -> RawArticle:
    """The article asked for, with one line per unreadable item on standard error."""
    articles = [item for item in items if isinstance(item, RawArticle)]
    for item in items:
        if isinstance(item, ReadError) and (article_id is None or not articles):
            err_console.print(f"[yellow]skipped[/] {item.path}: {item.reason}", highlight=False, soft_wrap=True)
    if not articles:
        raise fail(f"{path}: no article could be read")
    if article_id is not None:
        for candidate in articles:
            if candidate.id == article_id:
                return candidate
        known = ", ".join(a.id for a in articles[:5]) + (", ..." if len(articles) > 5 else "")
        raise fail(f"{path} has no article with id {article_id!r} (it has {known})")
    if len(articles) > 1 and not quiet:
        err_console.print(f"showing {articles[0].id}, the first of {len(articles)} articles in {path}; "
                          f"choose another with --id", highlight=False, soft_wrap=True)
    return articles[0]


def _for_table(row: dict, listing: Listing, article) -> dict:
    """A row made easier to read in a terminal: role and affiliation in one cell, actor names for ids."""
    if listing is Listing.quotes:
        return dict(row, **{"role, affiliation": ", ".join(x for x in (row["role"], row["affiliation"]) if x)})
    if listing is Listing.actors:
        names = {actor.id: actor.name for actor in article.actors}
        return dict(row, member_of="; ".join(names.get(key, key) for key in row["member_of"].split("; ") if key))
    return row
