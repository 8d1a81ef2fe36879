"""Write records and graphs to files other tools read, and read them back.

Stage: output; never imports spaCy. Formats of the actor graph:

* ``csv``: Gephi's spreadsheet import, ``nodes.csv`` (``Id,Label,...``) and
  ``edges.csv`` (``Source,Target,Type,Id,Label,Weight,...``);
* ``graphml`` and ``gexf``: for Gephi, Cytoscape and ``networkx``;
* ``json``: node-link JSON (``networkx.node_link_data``; D3, Cytoscape.js);
* ``neo4j``: ``actors.csv`` and ``relationships.csv`` with the typed headers of
  ``neo4j-admin database import``, and the command to run in ``IMPORT.txt``.

Every format has a reader here, and the tests round-trip each. Values a
spreadsheet would run as formulas (a cell starting with ``= + - @``) get a
leading apostrophe in every CSV, which the readers take off again; GraphML
and GEXF hold only str/int/float/bool values (lists joined with ``"; "``,
None dropped) and no character XML forbids, whatever the article contained.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

import networkx as nx

from .errors import AttributionError
from .types import PathType

FORMATS = ("csv", "graphml", "gexf", "json", "neo4j")
#: Formats written to a directory (several files) rather than one file.
DIRECTORY_FORMATS = ("csv", "neo4j")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: What :func:`safe_cell` escapes: a formula's start, or an apostrophe (so that the escape can be undone).
_ESCAPED_START = (*_FORMULA_START, "'")
_LIST_SEPARATOR = "; "
_NEO4J_ARRAY = ";"
_INTEGERS = frozenset({"start", "end", "mentions", "articles", "weight"})
_FLOATS = frozenset({"confidence"})
_BOOLEANS = frozenset({"negated", "hypothetical"})
_LISTS = frozenset({"aliases", "alias_kinds", "roles"})


class ExportError(AttributionError):
    """A graph cannot be written or read in the format asked for."""


# -- cells -----------------------------------------------------------------------------------

def safe_cell(value: Any) -> Any:
    """A CSV value a spreadsheet shows as text: a formula-like string gets a leading apostrophe.

    A string that already starts with an apostrophe gets one more, so that
    :func:`unsafe_cell` gives back exactly what was written.
    """
    if isinstance(value, str) and value.startswith(_ESCAPED_START):
        return "'" + value
    return value


def unsafe_cell(value: str) -> str:
    """Undo :func:`safe_cell`."""
    if len(value) > 1 and value[0] == "'" and value[1] in _ESCAPED_START:
        return value[1:]
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
            writer.writerow({k: _cell(row.get(k)) for k in columns})
            n += 1
        return n
    finally:
        if own:
            handle.close()


def _cell(value: Any, separator: str = _LIST_SEPARATOR) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        value = separator.join(str(v) for v in value)
    return safe_cell(value)


def _scalar(value: Any) -> str | int | float | bool | None:
    if value is None:
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        return _LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


#: Characters XML 1.0 cannot hold: controls other than tab, newline and return, lone surrogates, U+FFFE, U+FFFF.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(value: Any) -> Any:
    if isinstance(value, str):
        return _XML_UNSAFE.sub("", value)
    return value


def _typed(key: str, value: Any) -> Any:
    """One type per attribute name, as GEXF and GraphML declare them."""
    if key in _INTEGERS:
        return int(value)
    if key in _FLOATS:
        return float(value)
    if key in _BOOLEANS:
        return bool(value)
    return value if isinstance(value, (bool, int, float)) else str(value)


def plain_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose ids and attributes are XML-safe scalars only (for GraphML and GEXF)."""
    out = nx.MultiDiGraph()
    for key, value in graph.graph.items():
        if _scalar(value) is not None:
            out.graph[key] = _xml_safe(_scalar(value))
    for node, data in graph.nodes(data=True):
        out.add_node(_xml_safe(str(node)), **_plain(data))
    for u, v, key, data in graph.edges(keys=True, data=True):
        out.add_edge(_xml_safe(str(u)), _xml_safe(str(v)), key=_xml_safe(str(key)), **_plain(data))
    return out


def _plain(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _xml_safe(_typed(k, s)) for k, s in ((k, _scalar(v)) for k, v in data.items()) if s is not None}


# -- GraphML, GEXF, node-link JSON ----------------------------------------------------------------

def write_graphml(graph: nx.MultiDiGraph, target: PathType | IO[bytes]) -> None:
    """GraphML that Gephi, Cytoscape and ``networkx.read_graphml`` read."""
    nx.write_graphml(plain_graph(graph), target if hasattr(target, "write") else str(Path(target)))


def graphml_string(graph: nx.MultiDiGraph) -> str:
    """The GraphML of a graph, as text."""
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    return buffer.getvalue().decode("utf-8")


def read_graphml(source: PathType | IO[bytes]) -> nx.MultiDiGraph:
    """A graph written by :func:`write_graphml` (edge keys are the claim ids)."""
    return nx.read_graphml(source, edge_key_type=str, force_multigraph=True)


def write_gexf(graph: nx.MultiDiGraph, target: PathType | IO[bytes]) -> None:
    """GEXF 1.2 that Gephi and ``networkx.read_gexf`` read; edge ids are the claim ids."""
    plain = plain_graph(graph)
    for _, _, key, data in plain.edges(keys=True, data=True):
        data["id"] = key
        if "relation" in data:
            data["label"] = data["relation"]
    for node, data in plain.nodes(data=True):
        data["label"] = data.get("name", node)
    nx.write_gexf(plain, target if hasattr(target, "write") else str(Path(target)))


def read_gexf(source: PathType | IO[bytes]) -> nx.MultiDiGraph:
    """A graph written by :func:`write_gexf`, with claim ids as edge keys."""
    read = nx.read_gexf(source, node_type=str)
    out = nx.MultiDiGraph()
    for node, data in read.nodes(data=True):
        out.add_node(node, **{k: _typed(k, v) for k, v in data.items() if k != "label"})
    for u, v, data in read.edges(data=True):
        data = dict(data)
        key = data.pop("id", None)
        data.pop("label", None)
        out.add_edge(u, v, key=key, **{k: _typed(k, x) for k, x in data.items()})
    return out


def write_node_link(graph: nx.MultiDiGraph, target: PathType | IO[str]) -> None:
    """Node-link JSON (``nodes`` and ``edges``, each edge with its ``key``); lists stay lists."""
    data = nx.node_link_data(graph, edges="edges")
    text = json.dumps(data, ensure_ascii=False, indent=1, default=str)
    if hasattr(target, "write"):
        target.write(text)  # type: ignore[union-attr]
    else:
        Path(target).write_text(text, encoding="utf-8")


def read_node_link(source: PathType | IO[str]) -> nx.MultiDiGraph:
    """A graph written by :func:`write_node_link`."""
    text = source.read() if hasattr(source, "read") else Path(source).read_text(encoding="utf-8")  # type: ignore[union-attr]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportError(f"not node-link JSON: {exc}") from None
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


# -- Gephi spreadsheet CSV ------------------------------------------------------------------------

GEPHI_NODES = "nodes.csv"
GEPHI_EDGES = "edges.csv"


def write_gephi_csv(graph: nx.MultiDiGraph, directory: PathType) -> list[Path]:
    """Gephi's spreadsheet import: ``nodes.csv`` and ``edges.csv`` in ``directory``.

    Nodes: ``Id,Label`` and the node attributes; edges: ``Source,Target,Type,
    Id,Label,Weight`` (Type ``Directed``, Label the relation) and the edge
    attributes. Lists are joined with ``"; "``.
    """
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    node_keys = _keys(data for _, data in graph.nodes(data=True))
    edge_keys = [k for k in _keys(data for _, _, data in graph.edges(data=True)) if k != "weight"]
    nodes = ({"Id": n, "Label": d.get("name", n), **d} for n, d in graph.nodes(data=True))
    edges = ({"Source": u, "Target": v, "Type": "Directed", "Id": k, "Label": d.get("relation", ""),
              "Weight": d.get("weight", 1), **{x: y for x, y in d.items() if x != "weight"}}
             for u, v, k, d in graph.edges(keys=True, data=True))
    write_csv(out / GEPHI_NODES, nodes, ["Id", "Label", *node_keys])
    write_csv(out / GEPHI_EDGES, edges, ["Source", "Target", "Type", "Id", "Label", "Weight", *edge_keys])
    return [out / GEPHI_NODES, out / GEPHI_EDGES]


def read_gephi_csv(directory: PathType) -> nx.MultiDiGraph:
    """A graph written by :func:`write_gephi_csv` (numbers and flags typed back, lists split)."""
    src = Path(directory)
    graph = nx.MultiDiGraph()
    for row in _rows(src / GEPHI_NODES):
        node = row.pop("Id")
        row.pop("Label", None)
        graph.add_node(node, **_untyped(row))
    for row in _rows(src / GEPHI_EDGES):
        u, v, key = row.pop("Source"), row.pop("Target"), row.pop("Id")
        weight = row.pop("Weight", "1")
        for column in ("Type", "Label"):
            row.pop(column, None)
        graph.add_edge(u, v, key=key, **_untyped(row), weight=int(float(weight or 1)))
    return graph


def _rows(path: Path) -> Iterable[dict[str, str]]:
    if not path.is_file():
        raise ExportError(f"missing {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield {k: unsafe_cell(v) for k, v in row.items()}


def _untyped(row: Mapping[str, str]) -> dict[str, Any]:
    """CSV strings back to the graph's values: empty cells dropped, numbers, flags and lists typed."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if value == "":
            continue
        if key in _INTEGERS:
            out[key] = int(float(value))
        elif key in _FLOATS:
            out[key] = float(value)
        elif key in _BOOLEANS:
            out[key] = value == "True"
        elif key in _LISTS:
            out[key] = value.split(_LIST_SEPARATOR)
        else:
            out[key] = value
    return out


def _keys(items: Iterable[Mapping[str, Any]]) -> list[str]:
    keys: dict[str, None] = {}
    for data in items:
        keys.update(dict.fromkeys(data))
    return list(keys)


# -- Neo4j ----------------------------------------------------------------------------------------

NEO4J_NODES = "actors.csv"
NEO4J_RELATIONSHIPS = "relationships.csv"
NEO4J_COMMAND = "IMPORT.txt"
_NEO4J_LABELS = {"person": "Person", "organisation": "Organisation", "country": "Country", "group": "Group"}


def write_neo4j(graph: nx.MultiDiGraph, directory: PathType) -> list[Path]:
    """CSV files for ``neo4j-admin database import full``, with the command in ``IMPORT.txt``.

    Nodes get the label ``Actor`` plus their type (``Person``, ``Country``...);
    relationships the type of their relation in capitals (``ACCUSE``,
    ``DENY``, ``MEMBER_OF``...) and the claim's attributes as properties.
    """
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    node_keys = [k for k in _keys(d for _, d in graph.nodes(data=True))]
    edge_keys = [k for k in _keys(d for _, _, d in graph.edges(data=True))]
    node_header = ["id:ID(Actor)", *(_neo4j_column(k) for k in node_keys), ":LABEL"]
    edge_header = [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "claim_id", *(_neo4j_column(k) for k in edge_keys)]
    with (out / NEO4J_NODES).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(node_header)
        for node, data in graph.nodes(data=True):
            label = ";".join(["Actor", *([_NEO4J_LABELS[data["type"]]] if data.get("type") in _NEO4J_LABELS else [])])
            writer.writerow([safe_cell(str(node)), *(_cell(data.get(k), _NEO4J_ARRAY) for k in node_keys), label])
    with (out / NEO4J_RELATIONSHIPS).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(edge_header)
        for u, v, key, data in graph.edges(keys=True, data=True):
            kind = str(data.get("relation") or "related").upper()
            writer.writerow([safe_cell(str(u)), safe_cell(str(v)), kind, safe_cell(str(key)),
                             *(_cell(data.get(k), _NEO4J_ARRAY) for k in edge_keys)])
    (out / NEO4J_COMMAND).write_text(
        "neo4j-admin database import full --array-delimiter=';' "
        f"--nodes={NEO4J_NODES} --relationships={NEO4J_RELATIONSHIPS} neo4j\n", encoding="utf-8")
    return [out / NEO4J_NODES, out / NEO4J_RELATIONSHIPS, out / NEO4J_COMMAND]


def _neo4j_column(key: str) -> str:
    if key in _INTEGERS:
        return f"{key}:int"
    if key in _FLOATS:
        return f"{key}:float"
    if key in _BOOLEANS:
        return f"{key}:boolean"
    if key in _LISTS:
        return f"{key}:string[]"
    return key


def read_neo4j(directory: PathType) -> nx.MultiDiGraph:
    """A graph written by :func:`write_neo4j`, typed by its headers."""
    src = Path(directory)
    graph = nx.MultiDiGraph()
    for row in _neo4j_rows(src / NEO4J_NODES):
        node = row.pop("id")
        row.pop("LABEL", None)
        graph.add_node(node, **row)
    for row in _neo4j_rows(src / NEO4J_RELATIONSHIPS):
        u, v, key = row.pop("START_ID"), row.pop("END_ID"), row.pop("claim_id")
        row.pop("TYPE", None)
        graph.add_edge(u, v, key=key, **row)
    return graph


def _neo4j_rows(path: Path) -> Iterable[dict[str, Any]]:
    if not path.is_file():
        raise ExportError(f"missing {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        fields = [_neo4j_field(h) for h in header]
        for values in reader:
            row: dict[str, Any] = {}
            for (name, kind), value in zip(fields, values):
                value = unsafe_cell(value)
                if value == "":
                    continue
                if kind == "int":
                    row[name] = int(value)
                elif kind == "float":
                    row[name] = float(value)
                elif kind == "boolean":
                    row[name] = value.lower() == "true"
                elif kind == "string[]":
                    row[name] = value.split(_NEO4J_ARRAY)
                else:
                    row[name] = value
            yield row


def _neo4j_field(header: str) -> tuple[str, str]:
    name, _, kind = header.partition(":")
    if not name:  # ":LABEL", ":TYPE", ":START_ID(Actor)"
        return kind.split("(")[0], "string"
    return name, kind.split("(")[0] if kind and not kind.startswith("ID") else "string"


# -- dispatch -------------------------------------------------------------------------------------

def export_graph(graph: nx.MultiDiGraph, fmt: str, output: PathType) -> list[Path]:
    """Write ``graph`` in ``fmt`` to ``output`` (a directory for csv and neo4j); returns the files.

    Raises:
        ExportError: An unknown format.
    """
    path = Path(output)
    if fmt in DIRECTORY_FORMATS:
        return write_gephi_csv(graph, path) if fmt == "csv" else write_neo4j(graph, path)
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    {"graphml": write_graphml, "gexf": write_gexf, "json": write_node_link}[fmt](graph, path)
    return [path]


def read_export(fmt: str, source: PathType) -> nx.MultiDiGraph:
    """Read back what :func:`export_graph` wrote."""
    readers = {"csv": read_gephi_csv, "graphml": read_graphml, "gexf": read_gexf, "json": read_node_link,
               "neo4j": read_neo4j}
    if fmt not in readers:
        raise ExportError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return readers[fmt](source)
