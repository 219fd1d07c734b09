"""``ledgerlink fields SOURCE TARGET``: print where each target field comes from.

The table is rendered from the same declarations the converter is compiled
from (:mod:`mapping.lineage`), so it is always what ``ledgerlink map`` does.
"""

from __future__ import annotations

import click

__all__ = ["fields_command"]


@click.command("fields")
@click.argument("source")
@click.argument("target")
def fields_command(source: str, target: str) -> None:
    """Print the lineage table of the SOURCE -> TARGET mapping."""
    from mapping.lineage import table
    from mapping.pairs import find

    try:
        pair = find(source, target)
    except KeyError as exc:
        raise click.UsageError(str(exc.args[0])) from None
    click.echo(table(pair), nl=False)
