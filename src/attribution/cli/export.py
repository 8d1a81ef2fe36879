"""``attribution export``: the actor graph of a results directory, for Gephi, Cytoscape, Neo4j or D3."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from ..errors import AttributionError
from ..export import export_graph
from ..graph import aggregate
from .common import err_console, fail


class GraphFormat(str, Enum):
    """Formats ``attribution export`` writes."""

    csv = "csv"
    graphml = "graphml"
    gexf = "gexf"
    json = "json"
    neo4j = "neo4j"


def export(
    results: Path = typer.Argument(..., help="Results directory written by 'attribution analyze'."),
    fmt: GraphFormat = typer.Option(..., "--format", "-f", help="csv (Gephi spreadsheet), graphml, gexf, json (node-link) or neo4j."),
    output: Path = typer.Option(..., "--output", "-o", help="File to write; a directory for csv and neo4j."),
    level: str | None = typer.Option(
        None, "--aggregate", "-a", help="Fold claims into weighted edges between actors, organisations or countries."),
    include_flagged: bool = typer.Option(False, "--include-flagged", help="Also negated and hypothetical claims."),
    membership: bool = typer.Option(True, "--membership/--no-membership", help="Include member_of edges."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Write the actor graph: one edge per claim, or weighted edges with --aggregate.

    csv writes OUTPUT/nodes.csv and OUTPUT/edges.csv for Gephi's spreadsheet
    import; neo4j writes OUTPUT/actors.csv, OUTPUT/relationships.csv and the
    neo4j-admin command in OUTPUT/IMPORT.txt.

    Example: attribution export out/demo --format gexf --output out/demo/claims.gexf
    """
    from ..query import Corpus  # pandas: imported by the commands that query, not by every command

    try:
        corpus = Corpus.from_results(results)
        graph = corpus.graph(include_flagged=include_flagged, membership=membership)
        if level is not None:
            graph = aggregate(graph, level=level)
        files = export_graph(graph, fmt.value, output)
    except (AttributionError, ValueError) as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"cannot write {output}: {exc.strerror or exc}") from None
    if not quiet:
        err_console.print(f"{graph.number_of_nodes()} actor(s), {graph.number_of_edges()} edge(s) written to "
                          + ", ".join(str(f) for f in files), highlight=False)
