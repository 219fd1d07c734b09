"""One call that runs a flow: open the state, connect, build the steps, run, close.

The command line, ``make demo``, the tests and the benchmark all run a sync
through :func:`run_flow`, so what they exercise is what a user runs.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol, cast

from ledgerlink.sync.connections import Connections
from ledgerlink.sync.engine import BatchHook, FlowResult, Observer, Step, SyncEngine
from ledgerlink.sync.retrying import WritePolicy
from ledgerlink.sync.state import SyncState
from mapping.declaration import Options

__all__ = ["FLOWS", "Flow", "FlowSettings", "run_flow"]

Flow = Literal["ap", "ar"]
FLOWS: dict[str, str] = {
    "ap": "Procurify -> AccountingSuite: vendors, catalog items, purchase orders",
    "ar": "AccountingSuite -> PayorCRM: customers, sales invoices, cash sales",
}


@dataclass(frozen=True)
class FlowSettings:
    """What a flow needs besides the state: where the services are, and how to behave."""

    connections: Connections = field(default_factory=Connections)
    writes: WritePolicy = field(default_factory=WritePolicy)
    mapping: Options = field(default_factory=Options)
    chunk_size: int = 100
    upload_batch: int = 100
    detail_workers: int = 4


class FlowModule(Protocol):
    """What ``ledgerlink.sync.ap`` and ``ledgerlink.sync.ar`` provide."""

    def build(
        self, engine: SyncEngine, settings: FlowSettings
    ) -> tuple[list[Step[Any, Any]], list[Any]]:
        """The flow's steps, and the clients to close when the run ends."""
        ...


def run_flow(
    flow: Flow,
    state_path: Path | str,
    settings: FlowSettings | None = None,
    *,
    dry_run: bool = False,
    full_check: bool = False,
    observer: Observer | None = None,
    after_batch: BatchHook | None = None,
) -> FlowResult:
    """Run ``flow`` against the state file at ``state_path``; return what it did."""
    settings = settings or FlowSettings()
    module = cast(FlowModule, importlib.import_module(f"ledgerlink.sync.{flow}"))
    with SyncState(state_path) as state:
        engine = SyncEngine(
            state,
            flow,
            dry_run=dry_run,
            full_check=full_check,
            chunk_size=settings.chunk_size,
            observer=observer,
            after_batch=after_batch,
        )
        steps, clients = module.build(engine, settings)
        try:
            return engine.run(steps)
        finally:
            for client in clients:
                client.get_httpx_client().close()
