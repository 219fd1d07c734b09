"""``ledgerlink sync ap`` and ``ledgerlink sync ar``: the idempotent sync from the shell.

Both commands take the same options: where the state file is, whether to
only show what would be sent, and where the services are (the runtime's
environment variables by default; ``--sandbox-urls FILE`` for the local
sandbox, or one ``--*-url`` per service).  The exit status says how the run
ended: 0 when every record is in place, 1 when records failed (they are
listed, and retried by the next run) or the run stopped early.

The first Ctrl-C asks the run to stop after the batch in flight, so the state
records exactly what the target received; a second one stops at once (the
batch in flight is then simply sent again by the next run).
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import click
from rich.console import Console

from ledgerlink.errors import ConfigurationError
from ledgerlink.sync.connections import SERVICES, Connections, read_sandbox_file
from ledgerlink.sync.engine import SyncAborted
from ledgerlink.sync.report import ConsoleReport
from ledgerlink.sync.runner import Flow, FlowSettings, run_flow
from ledgerlink.sync.state import DEFAULT_STATE_PATH

__all__ = ["sync_group"]


@click.group("sync")
def sync_group() -> None:
    """Copy records between the services; a second run sends only what changed."""


def _options(command: Callable[..., Any]) -> Callable[..., Any]:
    decorators = [
        click.option(
            "--state",
            "state_path",
            type=click.Path(dir_okay=False, path_type=Path),
            default=DEFAULT_STATE_PATH,
            show_default=True,
            envvar="LEDGERLINK_STATE",
            help="SQLite file keeping what was synced (created if missing).",
        ),
        click.option(
            "--dry-run",
            is_flag=True,
            help="Print what would be sent and why; send and record nothing.",
        ),
        click.option(
            "--full-check",
            is_flag=True,
            help="Fetch and compare every record, even those whose listing is"
            " unchanged since they were sent (e.g. after upgrading ledgerlink).",
        ),
        click.option(
            "--sandbox-urls",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Use the local sandbox: the file `ledgerlink sandbox --urls-file` wrote.",
        ),
        click.option(
            "--procurify-url", help="Procurify base URL (else PROCURIFY_BASE_URL)."
        ),
        click.option(
            "--accountingsuite-url",
            help="AccountingSuite base URL (else ACCOUNTINGSUITE_BASE_URL).",
        ),
        click.option(
            "--payorcrm-url", help="PayorCRM base URL (else PAYORCRM_BASE_URL)."
        ),
        click.option(
            "--rate-limit",
            type=click.FloatRange(min=0),
            default=1.0,
            show_default=True,
            help="AccountingSuite calls per second (its documented limit); 0 = no limit.",
        ),
        click.option(
            "--batch-size",
            type=click.IntRange(min=1, max=1000),
            default=100,
            show_default=True,
            help="Records per PayorCRM upload and per state commit.",
        ),
        click.option("--no-progress", is_flag=True, help="No progress bar."),
    ]
    for decorate in reversed(decorators):
        command = decorate(command)
    return command


@contextmanager
def _graceful_interrupts(console: Console) -> Iterator[Callable[[str, int], None]]:
    """A batch hook that stops the run after the batch in flight on the first Ctrl-C."""
    requested = False

    def handler(signum: int, frame: FrameType | None) -> None:
        nonlocal requested
        if requested:
            raise KeyboardInterrupt
        requested = True
        console.print(
            "[yellow]stopping after the current batch (Ctrl-C again to stop now)[/yellow]"
        )

    def hook(record_type: str, batch: int) -> None:
        if requested:
            raise SyncAborted(f"interrupted after {record_type} batch {batch}")

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield hook
    finally:
        signal.signal(signal.SIGINT, previous)


def _run(flow: Flow, **opts: Any) -> None:
    connection_options: dict[str, Any] = {
        "accountingsuite_rate": opts["rate_limit"] or None,
    }
    if opts["sandbox_urls"] is not None:
        try:
            urls, credentials = read_sandbox_file(opts["sandbox_urls"])
        except (OSError, ValueError) as error:
            raise click.BadParameter(str(error), param_hint="--sandbox-urls") from None
        for service in SERVICES:
            if opts[f"{service}_url"]:
                urls[service] = opts[f"{service}_url"]
        connections = Connections.sandbox(urls, credentials, **connection_options)
    else:
        connections = Connections(
            token_cache=opts["state_path"].parent / "procurify-token.json",
            procurify_url=opts["procurify_url"],
            accountingsuite_url=opts["accountingsuite_url"],
            payorcrm_url=opts["payorcrm_url"],
            **connection_options,
        )
    settings = FlowSettings(
        connections=connections,
        chunk_size=opts["batch_size"],
        upload_batch=opts["batch_size"],
    )
    console = Console()
    report = ConsoleReport(console, progress=not opts["no_progress"])
    try:
        with _graceful_interrupts(console) as hook, report:
            result = run_flow(
                flow,
                opts["state_path"],
                settings,
                dry_run=opts["dry_run"],
                full_check=opts["full_check"],
                observer=report,
                after_batch=hook,
            )
    except ConfigurationError as error:
        raise click.ClickException(str(error)) from None
    report.summary(result)
    if not result.ok:
        raise SystemExit(1)


@sync_group.command("ap")
@_options
def sync_ap(**opts: Any) -> None:
    """Procurify -> AccountingSuite: vendors, then catalog items, then purchase orders."""
    _run("ap", **opts)


@sync_group.command("ar")
@_options
def sync_ar(**opts: Any) -> None:
    """AccountingSuite -> PayorCRM: customers, then sales invoices and cash sales."""
    _run("ar", **opts)
