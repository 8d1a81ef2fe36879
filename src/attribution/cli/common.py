"""What the commands share: consoles and the one-line error exit."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from typing import Any

import typer
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
        table = Table(title=title, expand=True)
        for column in columns:
            table.add_column(column, ratio=3 if column in wide else 1, overflow="fold")
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        out_console.print(table)
    return len(rows)
