"""`ledgerlink sandbox`: serve the three sandbox servers until interrupted.

Scripts (``make demo``, CI) start it in the background with ``--urls-file``
and wait for that file: it is written, atomically, only once every server
accepts connections, and removed on shutdown.
"""

from __future__ import annotations

import json
import os
import signal
import threading
from pathlib import Path
from types import FrameType

import click

from ledgerlink.sandbox import KINDS, Faults, Seeding, run


def _seed_counts(values: tuple[str, ...]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in values:
        kind, sep, number = value.partition("=")
        if not sep or kind not in KINDS or not number.isdigit():
            raise click.BadParameter(
                f"{value!r}: expected KIND=N with KIND one of {', '.join(KINDS)}",
                param_hint="--seed",
            )
        counts[kind] = int(number)
    return counts


def _write_atomically(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text)
    os.replace(partial, path)


@click.command("sandbox")
@click.option(
    "--procurify-port",
    type=click.IntRange(0, 65535),
    default=0,
    show_default=True,
    help="0 picks a free port.",
)
@click.option(
    "--accountingsuite-port",
    type=click.IntRange(0, 65535),
    default=0,
    show_default=True,
)
@click.option(
    "--payorcrm-port", type=click.IntRange(0, 65535), default=0, show_default=True
)
@click.option(
    "--urls-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the base URLs and the runtime's environment here (JSON) once serving.",
)
@click.option(
    "--seed-count",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Generated records of every kind, on top of the documents' examples.",
)
@click.option(
    "--seed",
    "seed_counts",
    multiple=True,
    metavar="KIND=N",
    help=f"Generated records of one kind ({', '.join(KINDS)}); repeatable.",
)
@click.option(
    "--no-examples", is_flag=True, help="Leave out the seed documents' example records."
)
@click.option(
    "--rate-limit",
    is_flag=True,
    help="AccountingSuite answers 503 past its rate, the others 429 with Retry-After.",
)
@click.option(
    "--rate-per-second",
    type=click.FloatRange(min=0, min_open=True),
    default=1.0,
    show_default=True,
)
@click.option(
    "--fail-burst",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Bursts of N consecutive 5xx answers.",
)
@click.option(
    "--fail-every",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="Requests answered normally between bursts.",
)
@click.option(
    "--latency",
    "latency_ms",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    metavar="MS",
    help="Delay every answer.",
)
@click.option(
    "--drop-every",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    metavar="N",
    help="Drop the connection of every N-th request.",
)
@click.option(
    "--drop-after-processing",
    is_flag=True,
    help="Dropped requests are handled first: the write happens, the answer is lost.",
)
@click.option(
    "--legacy-lists",
    is_flag=True,
    help="AccountingSuite lists unpaged, as the 2014 server answered.",
)
@click.option(
    "--token-lifetime",
    type=click.IntRange(min=1),
    default=86400,
    show_default=True,
    help="expires_in of Procurify tokens (seconds).",
)
def sandbox_command(
    procurify_port: int,
    accountingsuite_port: int,
    payorcrm_port: int,
    urls_file: Path | None,
    seed_count: int,
    seed_counts: tuple[str, ...],
    no_examples: bool,
    rate_limit: bool,
    rate_per_second: float,
    fail_burst: int,
    fail_every: int,
    latency_ms: int,
    drop_every: int,
    drop_after_processing: bool,
    legacy_lists: bool,
    token_lifetime: int,
) -> None:
    """Serve stateful Procurify, AccountingSuite and PayorCRM sandboxes on 127.0.0.1.

    Runs until interrupted (Ctrl-C or SIGTERM).  Prints each base URL and the
    environment variables that point the runtime and the sync at them.
    """
    seeding = Seeding(
        examples=not no_examples, count=seed_count, counts=_seed_counts(seed_counts)
    )
    faults = Faults(
        rate_limit=rate_limit,
        rate_per_second=rate_per_second,
        fail_burst=fail_burst,
        fail_every=fail_every,
        latency_ms=latency_ms,
        drop_every=drop_every,
        drop_after_processing=drop_after_processing,
    )
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {
        sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        with run(
            ports={
                "procurify": procurify_port,
                "accountingsuite": accountingsuite_port,
                "payorcrm": payorcrm_port,
            },
            seeding=seeding,
            faults=faults,
            legacy_lists=legacy_lists,
            token_lifetime=token_lifetime,
        ) as sb:
            for service, url in sb.urls.items():
                click.echo(f"{service:<16} {url}")
            counts = sb.state.counts()
            click.echo(
                "records          "
                + "; ".join(
                    f"{service}: "
                    + ", ".join(f"{kind} {n}" for kind, n in kinds.items())
                    for service, kinds in counts.items()
                )
            )
            if faults.active:
                click.echo(f"faults           {faults}")
            click.echo("environment:")
            for name, value in sb.env().items():
                click.echo(f"  export {name}={value}")
            if urls_file is not None:
                _write_atomically(
                    urls_file,
                    json.dumps(
                        {"urls": sb.urls, "env": sb.env(), "pid": os.getpid()}, indent=2
                    ),
                )
            click.echo("serving; press Ctrl-C to stop", err=True)
            stop.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if urls_file is not None:
            urls_file.unlink(missing_ok=True)
