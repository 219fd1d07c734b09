"""``ledgerlink map SOURCE TARGET [FILE]``: convert records between the services.

Input: a JSON array or NDJSON (one record per line) of records in the shape
the source API returns them, from FILE or stdin.  Output: the converted
records in the shape the target API accepts, on stdout, as a JSON array or
(``--ndjson``) one per line; every record that cannot be converted is one
JSON line on stderr (``index``, ``path``, ``target``, ``reason``, ``message``)
and the rest still go through.  Exit status: 0 all converted, 1 some failed,
2 usage error.

NDJSON input is streamed record by record (memory stays flat for any count);
the mapping library is imported only after the arguments are checked, so
``--help`` and ``--list`` stay instant.
"""

from __future__ import annotations

import sys
from typing import IO, Any

import click

__all__ = ["map_command"]


def _list_pairs() -> None:
    from mapping.pairs import PAIRS

    for pair in PAIRS:
        click.echo(f"{pair.source} {pair.target}\t{pair.summary}")


@click.command("map")
@click.argument("source", required=False)
@click.argument("target", required=False)
@click.argument("file", required=False, type=click.File("rb"))
@click.option(
    "--list", "list_pairs", is_flag=True, help="List the available SOURCE TARGET pairs."
)
@click.option(
    "--ndjson", is_flag=True, help="Write one record per line instead of a JSON array."
)
@click.option(
    "--lookups",
    type=click.Path(exists=True, dir_okay=False),
    help='JSON file {"vendor": {id: api_code}, "item": {sku: api_code}, "charge": {...}}.',
)
@click.option(
    "--option",
    "options",
    multiple=True,
    metavar="NAME=VALUE",
    help="A mapping option, e.g. amount_unit=major (see docs/mappings.md).",
)
def map_command(
    source: str | None,
    target: str | None,
    file: IO[bytes] | None,
    list_pairs: bool,
    ndjson: bool,
    lookups: str | None,
    options: tuple[str, ...],
) -> None:
    """Convert SOURCE records (e.g. accountingsuite.invoice) to TARGET (e.g. payorcrm.invoice)."""
    if list_pairs:
        _list_pairs()
        return
    if not source or not target:
        raise click.UsageError("SOURCE and TARGET are required (see --list)")

    from mapping.api import Lookups, bind, context
    from mapping.declaration import Options
    from mapping.pairs import find

    try:
        pair = find(source, target)
    except KeyError as exc:
        raise click.UsageError(str(exc.args[0])) from None
    try:
        resolver = Lookups.from_file(lookups) if lookups else Lookups()
    except ValueError as exc:
        raise click.UsageError(f"--lookups: {exc}") from None
    try:
        chosen = Options.from_pairs(list(options))
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None

    stream = file if file is not None else sys.stdin.buffer
    failed = _run(bind(pair), context(resolver, chosen), stream, ndjson)
    sys.exit(1 if failed else 0)


def _run(bound: Any, ctx: Any, stream: IO[bytes], ndjson: bool) -> bool:
    """Stream records through the mapping; True when any record failed."""
    from mapping import jsonio
    from mapping.errors import MappingFailure, Reason, RecordError, RecordFailed

    out = sys.stdout.buffer
    err = sys.stderr.buffer
    dumps = jsonio.dumps
    convert = bound.from_json
    failed = False
    first = True
    if not ndjson:
        out.write(b"[")
    try:
        records = jsonio.read_records(stream)
        for index, record in enumerate(records):
            try:
                if isinstance(record, jsonio.Malformed):
                    raise RecordFailed(
                        [MappingFailure(Reason.MALFORMED_JSON, record.message)]
                    )
                encoded = dumps(convert(record, ctx))
            except RecordFailed as failure:
                failed = True
                for f in failure.failures:
                    err.write(
                        dumps(RecordError.from_failure(index, f).to_json()) + b"\n"
                    )
                continue
            if ndjson:
                out.write(encoded + b"\n")
            else:
                out.write(encoded if first else b"," + encoded)
                first = False
    except ValueError as exc:
        err.write(
            dumps(
                {
                    "index": None,
                    "path": "",
                    "reason": "malformed_json",
                    "message": str(exc),
                }
            )
            + b"\n"
        )
        failed = True
    if not ndjson:
        out.write(b"]\n")
    out.flush()
    err.flush()
    return failed
