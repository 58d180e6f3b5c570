"""The ``lunju`` command line."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from etl.extract import extract_records
from etl.text.parse import parse_article

app = typer.Typer(help="Grounded records from Chinese policy articles.", no_args_is_help=True)


@app.command()
def extract(file: Path, format: str = typer.Option("jsonl", "--format")) -> None:
    """Print the records of one article (no database)."""
    raw = file.read_text(encoding="utf-8")
    for record in extract_records(parse_article(raw)):
        typer.echo(json.dumps(record.as_json(), ensure_ascii=False))


@app.command()
def version() -> None:
    """Print the extractor version."""
    from etl.version import extractor_version

    typer.echo(extractor_version())
