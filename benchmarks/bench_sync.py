"""sync ar of 10,000 invoices against the sandbox (rate limiting off): records/s, CPU per record, mapping vs HTTP.

The sandbox runs in its own process (``ledgerlink sandbox``), so the CPU time
measured here (``time.process_time``, all threads of this process) is the
sync's alone: the runtime, the sources' detail fetches, the mapping, the
hashing and the state file.  The engine's counters split the sync's wall
time into fetching (HTTP and JSON decoding, of list pages and of each
invoice's details), mapping (conversion and hashing), sending (PayorCRM
uploads of 100 invoices) and committing the state.

Two runs over the same state: the first sends everything, the second finds
everything unchanged (the cost of an idempotent no-op run, which is what a
scheduled sync mostly does).  Figures only; nothing is asserted.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ledgerlink.sync.connections import Connections, read_sandbox_file
from ledgerlink.sync.engine import FlowResult
from ledgerlink.sync.runner import FlowSettings, run_flow

INVOICES = 10_000
CUSTOMERS = 100
WORKERS = 4

# The sandbox runs in its own process, so its CPU is not counted as the sync's.
_SANDBOX = "from ledgerlink.cli import main; main()"


def _start_sandbox(urls_file: Path, log: Path) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-c",
        _SANDBOX,
        "sandbox",
        "--no-examples",
        "--seed",
        f"companies={CUSTOMERS}",
        "--seed",
        f"items={CUSTOMERS}",
        "--seed",
        f"invoices={INVOICES}",
        "--urls-file",
        str(urls_file),
    ]
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while not urls_file.exists() or not urls_file.read_text().strip():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"the sandbox did not start:\n{log.read_text()}")
        time.sleep(0.05)
    json.loads(urls_file.read_text())  # complete, not half-written
    return process


def _line(label: str, result: FlowResult, wall: float, cpu: float) -> None:
    invoices = next(t for t in result.types if t.record_type == "sales_invoice")
    records = sum(t.fetched for t in result.types)
    timing = result.timings
    measured = timing.total or 1.0
    print(
        f"   {label}: {records:,} records ({invoices.fetched:,} invoices,"
        f" {invoices.created + invoices.updated:,} sent) in {wall:.2f}s ="
        f" {records / wall:,.0f} rec/s; CPU {cpu * 1e6 / records:,.0f} µs/record"
        f" ({cpu / wall:.0%} of one core)"
    )
    print(
        f"      time: fetch (HTTP + decode) {timing.fetch / measured:.0%},"
        f" mapping + hashing {timing.map / measured:.0%},"
        f" send (HTTP) {timing.send / measured:.0%},"
        f" state {timing.state / measured:.0%};"
        f" mapping vs HTTP = {timing.map:.2f}s vs {timing.fetch + timing.send:.2f}s"
    )
    if not result.ok:
        print(f"      (not ok: {result.failed} failed, aborted={result.aborted})")


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="ledgerlink-bench-") as tmp:
        urls_file = Path(tmp) / "sandbox.json"
        sandbox = _start_sandbox(urls_file, Path(tmp) / "sandbox.log")
        try:
            urls, credentials = read_sandbox_file(urls_file)
            settings = FlowSettings(
                connections=Connections.sandbox(
                    urls, credentials, accountingsuite_rate=None
                ),
                detail_workers=WORKERS,
            )
            state = Path(tmp) / "state.sqlite"
            print(
                f"   sync ar: {CUSTOMERS} customers + {INVOICES:,} sales invoices,"
                f" {WORKERS} detail-fetch threads, PayorCRM uploads of"
                f" {settings.upload_batch}"
            )
            for label in ("first run (all new)", "second run (all unchanged)"):
                wall_start, cpu_start = time.perf_counter(), time.process_time()
                result = run_flow("ar", state, settings)
                wall = time.perf_counter() - wall_start
                cpu = time.process_time() - cpu_start
                _line(label, result, wall, cpu)
        finally:
            sandbox.terminate()
            sandbox.wait(10)


if __name__ == "__main__":
    run()
