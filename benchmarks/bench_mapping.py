"""Mapping pipeline per pair (JSON bytes -> source model -> target model -> JSON bytes) vs an untyped dict copy.

For every mapping, 50,000 generated source records (``tests/fixtures/mapping/
records.py``) are serialised once; then the typed pipeline -- msgspec decode
with exact Decimals, the cattrs structure hook into the generated source
model, the compiled declaration into the generated target model, the cattrs
unstructure hook, msgspec encode -- is timed against the hand-written baseline
``json.loads`` + a dict comprehension + ``json.dumps`` (no types, no checks),
measured in the same run and interleaved with it.  ``N`` can be lowered with
``LEDGERLINK_BENCH_RECORDS`` for a quick look.
"""

from __future__ import annotations

import gc
import json
import os
import time
from collections.abc import Callable

from mapping import jsonio
from mapping.api import bind, context
from mapping.declaration import Options
from mapping.pairs import PAIRS
from tests.fixtures.mapping.records import LOOKUPS, build

N = int(os.environ.get("LEDGERLINK_BENCH_RECORDS", "50000"))
ROUNDS = 3


def _best(fns: list[Callable[[], object]]) -> list[float]:
    """Best CPU time of each function over ``ROUNDS`` interleaved rounds.

    CPU time, not wall time: both pipelines are single-threaded, and on a
    shared 2-core machine wall time mostly measures the neighbours.
    """
    best = [float("inf")] * len(fns)
    for _ in range(ROUNDS):
        for i, fn in enumerate(fns):
            gc.collect()
            started = time.process_time()
            fn()
            best[i] = min(best[i], time.process_time() - started)
    return best


def run() -> None:
    ctx = context(LOOKUPS, Options(procurify_currency=1))
    loads, dumps = jsonio.loads, jsonio.dumps
    for pair in PAIRS:
        bound = bind(pair)
        payload = jsonio.dumps([build(pair.source, i) for i in range(N)])
        convert = bound.from_json

        def baseline(payload: bytes = payload) -> None:
            json.dumps([{k: v for k, v in r.items()} for r in json.loads(payload)])

        def typed(
            payload: bytes = payload, convert: Callable[..., object] = convert
        ) -> None:
            dumps([convert(r, ctx) for r in loads(payload)])

        typed()  # warm: compile hooks outside the timing
        base, mine = _best([baseline, typed])
        print(
            f"   {pair.source} -> {pair.target}: {N / mine:,.0f} rec/s, "
            f"{base / mine:.2f}x baseline ({N / base:,.0f} rec/s)",
            flush=True,
        )


if __name__ == "__main__":
    run()
