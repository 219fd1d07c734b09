"""`ledgerlink map` as a process: streaming throughput, peak RSS by record count, cold start.

NDJSON records (AccountingSuite invoices -> PayorCRM invoices) are piped into
``ledgerlink map --ndjson`` by a feeder thread and the output is discarded; the
child's own peak RSS comes from ``os.wait4``.  Running the same command on
100,000 and 1,000,000 records shows whether memory grows with the count (it
must not: records are streamed).  Cold start is the wall time of converting
one record in a fresh process, next to ``ledgerlink --help`` (the CLI's floor)
measured in the same run.  ``LEDGERLINK_BENCH_CLI_RECORDS`` overrides the
counts (comma-separated) for a quick look.
"""

from __future__ import annotations

import itertools
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

from mapping import jsonio
from tests.fixtures.mapping.records import build

COUNTS = [
    int(n)
    for n in os.environ.get("LEDGERLINK_BENCH_CLI_RECORDS", "100000,1000000").split(",")
]
PAIR = ("accountingsuite.invoice", "payorcrm.invoice")


def _command(*args: str) -> list[str]:
    script = shutil.which("ledgerlink", path=os.path.dirname(sys.executable))
    if script:
        return [script, *args]
    return [sys.executable, "-c", "from ledgerlink.cli import main; main()", *args]


def _lines(count: int) -> Iterator[bytes]:
    distinct = [jsonio.dumps(build(PAIR[0], i)) + b"\n" for i in range(1000)]
    return itertools.islice(itertools.cycle(distinct), count)


def _feed(pipe: object, count: int) -> None:
    out = pipe  # a binary file object
    chunk: list[bytes] = []
    for line in _lines(count):
        chunk.append(line)
        if len(chunk) == 1000:
            out.write(b"".join(chunk))  # type: ignore[attr-defined]
            chunk.clear()
    out.write(b"".join(chunk))  # type: ignore[attr-defined]
    out.close()  # type: ignore[attr-defined]


def stream(count: int) -> tuple[float, int, int]:
    """(seconds, peak RSS in KiB, exit status) of mapping ``count`` records."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        _command("map", *PAIR, "--ndjson"),
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    feeder = threading.Thread(target=_feed, args=(proc.stdin, count))
    feeder.start()
    _, status, usage = os.wait4(proc.pid, 0)
    feeder.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - started, usage.ru_maxrss, proc.returncode


def cold(args: list[str], stdin: bytes, repeat: int = 5) -> float:
    """Median wall time of a fresh ``ledgerlink`` process."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(_command(*args), input=stdin, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run() -> None:
    for count in COUNTS:
        seconds, rss, status = stream(count)
        print(
            f"   ledgerlink map {PAIR[0]} {PAIR[1]} --ndjson, {count:,} records: "
            f"{count / seconds:,.0f} rec/s, peak RSS {rss / 1024:.1f} MiB, exit {status}",
            flush=True,
        )
    one = next(_lines(1))
    floor = cold(["--help"], b"")
    start = cold(["map", *PAIR], one)
    print(
        f"   cold start, one record: {start * 1000:.0f} ms (ledgerlink --help: {floor * 1000:.0f} ms)"
    )


if __name__ == "__main__":
    run()
