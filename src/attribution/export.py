"""Write records and graphs to files other tools read.

Stage: output; never imports spaCy. Writers take a path or an open file.
CSV cells that a spreadsheet would run as a formula are neutralised; graph
attributes are reduced to str/int/float/bool (lists joined, None dropped).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

import networkx as nx

from .types import PathType

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A CSV value a spreadsheet will show as text: formula-like strings get a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(target: PathType | IO[str], rows: Iterable[Mapping[str, Any]], columns: Iterable[str]) -> int:
    """Write ``rows`` with a header of ``columns``; returns the number of rows."""
    columns = list(columns)
    own = not hasattr(target, "write")
    handle: IO[str] = open(target, "w", encoding="utf-8", newline="") if own else target  # type: ignore[arg-type]
    try:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        n = 0
        for row in rows:
            writer.writerow({k: safe_cell("" if row.get(k) is None else row.get(k)) for k in columns})
            n += 1
        return n
    finally:
        if own:
            handle.close()


def _scalar(value: Any) -> str | int | float | bool | None:
    if value is None:
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(str(v) for v in value)
    return str(value)


def _xml_safe(value: Any) -> Any:
    if isinstance(value, str):
        return "".join(ch for ch in value if ch in "\t\n\r" or ord(ch) >= 0x20 and ch not in "\ufffe\uffff")
    return value


def plain_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are XML-safe scalars only (for GraphML and GEXF)."""
    out = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        out.add_node(str(node), **{k: _xml_safe(v) for k, v in ((k, _scalar(v)) for k, v in data.items())
                                   if v is not None})
    for u, v, key, data in graph.edges(keys=True, data=True):
        out.add_edge(str(u), str(v), key=str(key),
                     **{k: _xml_safe(x) for k, x in ((k, _scalar(x)) for k, x in data.items()) if x is not None})
    return out


def write_graphml(graph: nx.MultiDiGraph, target: PathType | IO[bytes]) -> None:
    """GraphML that Gephi, Cytoscape and ``networkx.read_graphml`` read."""
    nx.write_graphml(plain_graph(graph), target if hasattr(target, "write") else str(Path(target)))


def graphml_string(graph: nx.MultiDiGraph) -> str:
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    return buffer.getvalue().decode("utf-8")
