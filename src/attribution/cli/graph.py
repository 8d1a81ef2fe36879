"""``attribution graph``: the actor graph of a results directory as a picture or an interactive page."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import AttributionError
from ..graph import build_graph
from ..render import GRAPH_SUFFIXES, graph_view, write_graph
from ..results import ARTICLES, read_articles
from ..types import CLAIM_RELATIONS
from .common import err_console, fail


def graph(
    results: Path = typer.Argument(..., help="Results directory of 'attribution analyze' (or its articles.jsonl).",
                                   show_default=False),
    output: Path = typer.Option(..., "--output", "-o", help="A picture (.png, .svg, .pdf) or an interactive "
                                "page (.html).", show_default=False),
    relation: list[str] = typer.Option([], "--relation", "-r", help="Only this relation (repeatable): "
                                       + ", ".join(CLAIM_RELATIONS) + ".", show_default=False),
    top: int = typer.Option(50, "--top", min=0, help="Only the N actors in most claims (0: all)."),
    all_actors: bool = typer.Option(False, "--all-actors", help="Also actors in no claim."),
    no_members: bool = typer.Option(False, "--no-members", help="Leave out the dashed links from people to "
                                    "what they speak for."),
    include_flagged: bool = typer.Option(False, "--flagged", help="Also negated and hypothetical claims."),
    title: str | None = typer.Option(None, "--title", help="Title of the picture.", show_default=False),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Draw who accuses, denies, criticizes... whom.

    Accusations are red and denials blue; an arrow's width grows with the
    number of claims it stands for. The HTML page is self-contained (no
    network needed to view it): drag actors, scroll to zoom, click an actor
    for its claims, hover an arrow for the evidence.

    Examples:

      attribution graph out/demo --output graph.png

      attribution graph out/corpus -o graph.html -r accuse -r deny --top 0
    """
    suffix = output.suffix.lower()
    if suffix not in GRAPH_SUFFIXES:
        raise fail(f"cannot write a graph as {output.name!r}: give a file ending in {', '.join(GRAPH_SUFFIXES)}")
    unknown = sorted(set(relation) - set(CLAIM_RELATIONS))
    if unknown:
        raise fail(f"unknown relation {', '.join(unknown)}: choose from {', '.join(CLAIM_RELATIONS)}")
    if results.is_file() and results.name == ARTICLES:
        results = results.parent
    try:
        view = graph_view(build_graph(read_articles(results), include_flagged=include_flagged,
                                      membership=not no_members),
                          relations=relation or None, top=top, all_actors=all_actors, membership=not no_members)
        write_graph(view, output, title=title if title is not None else f"Actor graph: {results.name or results}")
    except AttributionError as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"cannot write {output}: {exc.strerror or exc}") from None
    if not view.edges:
        err_console.print(f"[yellow]warning:[/] no claims in {results}: the graph is empty", highlight=False)
    if not quiet:
        err_console.print(f"{view.n_claims} claim(s) between {len(view.nodes)} actor(s): wrote {output}",
                          highlight=False, soft_wrap=True)
