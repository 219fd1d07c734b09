"""`make demo`: the main job, end to end, with no credentials and no network.

1. Start the three sandbox servers on free 127.0.0.1 ports, seeded with
   generated, internally consistent records (every customer has an e-mail,
   every purchase-order line a catalog item), so the demo shows the happy
   path; the tests cover the seed documents' own, imperfect examples.
2. Run ``sync ap`` (Procurify -> AccountingSuite) and ``sync ar``
   (AccountingSuite -> PayorCRM) with a fresh state file in a temporary
   directory, through the same code as ``ledgerlink sync``, and print both
   summaries.
3. Run both again: everything is unchanged, nothing is sent.
4. Rename one vendor in the Procurify sandbox and run ``sync ap`` once more:
   exactly that vendor is updated.
5. Show what the servers hold, and stop them.

The exit status is 0 only when every record went through and the second run
sent nothing.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console

from ledgerlink import sandbox
from ledgerlink.sync.connections import Connections
from ledgerlink.sync.engine import FlowResult
from ledgerlink.sync.report import ConsoleReport
from ledgerlink.sync.runner import FLOWS, Flow, FlowSettings, run_flow

RECORDS = 12  # generated records of every kind


def _sync(
    console: Console, flow: Flow, state: Path, settings: FlowSettings
) -> FlowResult:
    console.print(f"\n[bold]$ ledgerlink sync {flow}[/bold]  ({FLOWS[flow]})")
    report = ConsoleReport(console)
    started = time.perf_counter()
    with report:
        result = run_flow(flow, state, settings, observer=report)
    report.summary(result)
    console.print(f"[dim]{time.perf_counter() - started:.1f}s[/dim]")
    return result


def _sent(result: FlowResult) -> int:
    return sum(t.created + t.updated for t in result.types)


def main() -> int:
    console = Console(highlight=False)
    console.rule("ledgerlink demo: Procurify -> AccountingSuite -> PayorCRM")
    seeding = sandbox.Seeding(examples=False, count=RECORDS)
    with (
        tempfile.TemporaryDirectory(prefix="ledgerlink-demo-") as tmp,
        sandbox.run(seeding=seeding) as sb,
    ):
        for service, url in sb.urls.items():
            console.print(f"sandbox {service:<16} {url}")
        state = Path(tmp) / "state.sqlite"
        console.print(f"state file               {state}")
        # The sandbox does not rate-limit unless asked to; the real
        # AccountingSuite allows 1 call/s (the default of `ledgerlink sync`).
        settings = FlowSettings(
            connections=Connections.sandbox(sb.urls, accountingsuite_rate=None)
        )

        console.rule("1. first run: every record is new")
        first = [_sync(console, flow, state, settings) for flow in ("ap", "ar")]

        console.rule("2. second run: nothing changed, nothing is sent")
        second = [_sync(console, flow, state, settings) for flow in ("ap", "ar")]

        console.rule("3. one vendor renamed in Procurify: only it is sent")
        vendors = sb.state.procurify.vendors
        vendor = vendors.all()[-1]
        vendors.update(vendor["id"], name=f"{vendor['name']} (renamed)")
        console.print(
            f"renamed Procurify vendor {vendor['id']}: {vendor['name']!r}"
            f" -> {vendor['name'] + ' (renamed)'!r}"
        )
        third = _sync(console, "ap", state, settings)

        console.rule("what the servers hold now")
        for service, counts in sb.state.counts().items():
            console.print(
                f"{service:<16} " + ", ".join(f"{k} {v}" for k, v in counts.items())
            )

    results = [*first, *second, third]
    ok = all(r.ok for r in results) and not any(_sent(r) for r in second)
    ok = ok and _sent(third) == 1
    console.rule("demo " + ("[green]passed[/green]" if ok else "[red]FAILED[/red]"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
