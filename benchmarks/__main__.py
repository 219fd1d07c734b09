"""`make bench`: run every ``benchmarks/bench_*.py`` module's ``run()`` in turn.

Each benchmark prints its own lines; figures are ratios against a baseline
measured in the same process, never absolute pass/fail thresholds.
``python -m benchmarks NAME ...`` runs only the named modules.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time

import benchmarks


def main(argv: list[str]) -> None:
    names = sorted(
        m.name
        for m in pkgutil.iter_modules(benchmarks.__path__)
        if m.name.startswith("bench_")
    )
    wanted = [n if n.startswith("bench_") else f"bench_{n}" for n in argv]
    for name in wanted or names:
        module = importlib.import_module(f"benchmarks.{name}")
        print(
            f"== {name.removeprefix('bench_')}: {(module.__doc__ or '').strip().splitlines()[0]}"
        )
        started = time.perf_counter()
        module.run()
        print(f"   ({time.perf_counter() - started:.1f}s)\n", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
