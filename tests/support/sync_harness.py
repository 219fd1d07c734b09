"""Running syncs against the sandbox in tests: fast policies, counts, kill switches.

The policies are the production ones with millisecond waits, so retries and
rate limiting are exercised for real without slowing the suite down.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ledgerlink import sandbox
from ledgerlink.connect import RetryPolicy
from ledgerlink.sync.connections import Connections
from ledgerlink.sync.engine import FlowResult, TypeStats
from ledgerlink.sync.retrying import WritePolicy
from ledgerlink.sync.runner import Flow, FlowSettings, run_flow

FAST_RETRY = RetryPolicy(max_attempts=8, base_delay=0.01, max_delay=0.2, max_total=20)
FAST_WRITES = WritePolicy(attempts=8, base_delay=0.01, max_delay=0.2)


@contextmanager
def running(
    count: int = 8, *, examples: bool = False, **kw: Any
) -> Iterator[sandbox.Sandbox]:
    with sandbox.run(
        seeding=sandbox.Seeding(examples=examples, count=count), **kw
    ) as sb:
        yield sb


def settings(
    sb: sandbox.Sandbox, *, rate: float | None = None, **kw: Any
) -> FlowSettings:
    """Settings pointing at ``sb``; AccountingSuite's client limiter off unless ``rate``."""
    return FlowSettings(
        connections=Connections.sandbox(
            sb.urls, accountingsuite_rate=rate, retry=FAST_RETRY, timeout=10.0
        ),
        writes=FAST_WRITES,
        **kw,
    )


def sync(flow: Flow, state: Path, sb: sandbox.Sandbox, **kw: Any) -> FlowResult:
    run_kw = {
        k: kw.pop(k)
        for k in ("dry_run", "full_check", "observer", "after_batch")
        if k in kw
    }
    return run_flow(flow, state, settings(sb, **kw), **run_kw)


def stats(result: FlowResult) -> dict[str, TypeStats]:
    return {t.record_type: t for t in result.types}


def sent(result: FlowResult) -> int:
    return sum(t.created + t.updated for t in result.types)


def kill_after(record_type: str, batch: int) -> Any:
    """A batch hook that dies (like a crash) after ``batch`` batches of ``record_type``."""

    class Killed(Exception):
        pass

    def hook(kind: str, number: int) -> None:
        if kind == record_type and number == batch:
            raise Killed(f"killed after {kind} batch {number}")

    hook.Killed = Killed  # type: ignore[attr-defined]
    return hook
