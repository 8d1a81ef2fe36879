"""The ``attribution`` command line.

Stage: interface. Each command lives in its own module, parses its options
and calls the API; results go to standard output, diagnostics to standard
error. Exit codes: 0 success, 1 a domain error (one line on standard error)
or some inputs skipped, 2 wrong usage.
"""

from __future__ import annotations

import typer

from .analyze import analyze
from .evaluate import evaluate
from .export import export
from .graph import graph
from .query import query
from .show import show

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Who said what, in what capacity, and who accuses or denies what about whom, in news articles.",
)


@app.callback()
def _main() -> None:
    """Who said what, in what capacity, and who accuses or denies what about whom, in news articles."""


app.command()(analyze)
app.command()(export)
app.command()(query)
app.command()(show)
app.command()(graph)
app.command()(evaluate)

__all__ = ["app"]
