"""``attribution evaluate``: run the pipeline on a gold folder and print the scores."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.table import Table

from ..api import DEFAULT_MODEL, Pipeline
from ..errors import AttributionError
from ..evaluate import Evaluation, evaluate as run_evaluation
from .common import OutputFormat, emit, err_console, fail, out_console

_HEADLINE = ("quote_precision", "quote_recall", "quote_f1", "speaker_accuracy", "attributed_precision",
             "attributed_recall", "attributed_f1", "role_accuracy", "affiliation_accuracy", "claim_precision",
             "claim_recall", "claim_f1")
_ERROR_COLUMNS = ("type", "article", "kind", "text", "expected", "found", "rule")


def evaluate(
    gold_dir: Path = typer.Argument(..., help="Folder with articles/<id>.txt and gold/<id>.json."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", "-m", help="Installed spaCy pipeline to parse with."),
    errors: bool = typer.Option(False, "--errors", "-e", help="Also list every miss, false positive, "
                                "wrong speaker, wrong role, wrong affiliation and claim error."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table or json (csv: the errors)."),
) -> None:
    """Score the pipeline against gold annotations: quotes, speakers, roles, claims.

    Prints quote precision/recall/F1, speaker accuracy, attributed F1 (span
    and speaker right), role accuracy, affiliation accuracy and claim F1, then
    the same per kind of quote (direct, indirect, mixed). The metrics are those
    of the shared scorer (eval/score.py): spans match one-to-one by token
    overlap; affiliation accuracy, which it leaves out, counts the matched
    quotes with the right speaker and a gold affiliation.

    Example: attribution evaluate ../shared/eval/dev --errors
    """
    try:
        pipeline = Pipeline(model)
        result = run_evaluation(pipeline, gold_dir)
    except AttributionError as exc:
        raise fail(str(exc)) from None
    if fmt is OutputFormat.json:
        payload = result.metrics()
        if errors:
            payload["errors"] = [e.__dict__ for e in result.errors]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
        return
    if fmt is OutputFormat.csv:
        emit((e.__dict__ for e in result.errors), _ERROR_COLUMNS, fmt)
        return
    _print_tables(result, gold_dir, errors)


def _print_tables(result: Evaluation, gold_dir: Path, errors: bool) -> None:
    metrics = result.metrics()
    table = Table(title=f"Scores on {gold_dir} ({metrics['articles']} articles)")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key in _HEADLINE:
        table.add_row(key.replace("_", " "), f"{metrics[key]:.3f}")
    out_console.print(table)
    kinds = Table(title="By kind of quote")
    for column in ("kind", "gold", "system", "precision", "recall", "f1"):
        kinds.add_column(column, justify="left" if column == "kind" else "right")
    for kind, row in metrics["by_kind"].items():
        kinds.add_row(kind, str(row["gold"]), str(row["system"]), f"{row['precision']:.3f}",
                      f"{row['recall']:.3f}", f"{row['f1']:.3f}")
    out_console.print(kinds)
    counts = metrics["counts"]
    out_console.print(f"gold quotes {counts['gold_quotes']}, system quotes {counts['sys_quotes']}, "
                      f"matched {counts['matched']}; claims: gold {counts['claim_gold']}, "
                      f"found {counts['claim_found']}, false {counts['claim_fp']}", highlight=False)
    if metrics["articles_missing_from_output"]:
        err_console.print(f"[yellow]not analyzed:[/] {', '.join(metrics['articles_missing_from_output'])}",
                          highlight=False)
    if errors:
        listing = Table(title="Errors", expand=True)
        for column in _ERROR_COLUMNS:
            listing.add_column(column, ratio=5 if column == "text" else 1, overflow="fold")
        for error in result.errors:
            text = error.text if len(error.text) <= 200 else error.text[:197] + "..."
            listing.add_row(*(text if c == "text" else "" if getattr(error, c) is None else str(getattr(error, c))
                              for c in _ERROR_COLUMNS))
        out_console.print(listing)
