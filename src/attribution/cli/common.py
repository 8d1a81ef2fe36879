"""What the commands share: consoles and the one-line error exit."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from typing import Any

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from ..export import safe_cell

out_console = Console()
err_console = Console(stderr=True)


def fail(message: str) -> typer.Exit:
    """Print ``error: message`` on standard error; return the exit (code 1) to raise."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(1)


class OutputFormat(str, Enum):
    """How a command prints its results."""

    table = "table"
    csv = "csv"
    json = "json"


#: Characters a table spends between two columns (padding and rule).
_TABLE_OVERHEAD = 3
_NARROW = 14


def fit_widths(cells: Mapping[str, Sequence[str]], *, wide: Sequence[str] = (), total: int) -> dict[str, int] | None:
    """Column widths that fit ``total`` characters, or None when even the minimum does not fit.

    Every column gets what its longest cell needs when all fit. Otherwise a
    column gets at least its header (or 12 characters), short columns such as
    kind or relation are never cut, and what is left goes first to the
    ``wide`` columns (long text), then to the others.

    Args:
        cells: Each column's cells, header included.
        wide: Columns of long text.
        total: Characters available for the cells (borders and padding excluded).
    """
    natural = {c: max((len(line) for v in values for line in str(v).splitlines() or [""]), default=0)
               for c, values in cells.items()}
    if sum(natural.values()) <= total:
        return natural
    header = {c: len(str(values[0])) if values else 0 for c, values in cells.items()}
    widths = {c: min(natural[c], max(header[c], _NARROW)) for c in cells}
    left = total - sum(widths.values())
    if left < 0:
        return None
    for group in ([c for c in cells if c in wide], [c for c in cells if c not in wide]):
        while left > 0:
            open_ = [c for c in group if widths[c] < natural[c]]
            if not open_:
                break
            share = max(1, left // len(open_))
            for c in open_:
                grant = min(share, natural[c] - widths[c], left)
                widths[c] += grant
                left -= grant
    return widths


def emit(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], fmt: OutputFormat, *,
         title: str | None = None, wide: Sequence[str] = ()) -> int:
    """Print rows to standard output as a rich table, CSV or JSON (one array); returns the row count.

    Args:
        rows: The rows.
        columns: Keys to print, in order.
        fmt: table, csv or json.
        title: Title of the table.
        wide: Columns that get more room in a table (long text).
    """
    rows = list(rows)
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps([{c: row.get(c) for c in columns} for row in rows], ensure_ascii=False,
                                    indent=1) + "\n")
    elif fmt is OutputFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: safe_cell("" if row.get(c) is None else row.get(c)) for c in columns})
    else:
        cells = {c: ["" if row.get(c) is None else str(row.get(c)) for row in rows] for c in columns}
        widths = fit_widths({c: [c, *values] for c, values in cells.items()}, wide=wide,
                            total=out_console.width - _TABLE_OVERHEAD * (len(columns) - 1))
        wraps = widths is not None and any(len(v) > widths[c] for c, values in cells.items() for v in values)
        table = Table(title=title, box=box.HORIZONTALS if wraps else box.SIMPLE_HEAD, show_lines=wraps,
                      show_edge=False, pad_edge=False, expand=widths is None)
        for column in columns:
            if widths is None:
                table.add_column(column, ratio=3 if column in wide else 1, overflow="fold")
            else:
                table.add_column(column, width=widths[column], overflow="fold")
        for n in range(len(rows)):
            table.add_row(*(cells[c][n] for c in columns))
        out_console.print(table)
    return len(rows)
