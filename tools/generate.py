"""Generate every client in ``generated/`` from its spec in ``specs/``.

Each spec ``specs/<service>.yaml`` has a generator config beside it,
``specs/<service>.generator.yaml``; the pair yields the package
``<service>_client``.  The generator's output is captured: any warning it
prints fails the run, so a spec that generates "with warnings" never lands.

``--check`` generates into a temporary directory and compares it with the
committed ``generated/`` tree byte for byte, so hand edits and stale output are
caught in CI.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
WARNING_MARKERS = ("warning", "could not", "unable to", "unsupported")


def services() -> list[str]:
    """Services are the specs that have a generator config beside them."""
    return sorted(
        p.name.removesuffix(".generator.yaml") for p in SPECS.glob("*.generator.yaml")
    )


def generate(service: str, out_root: Path, specs_dir: Path = SPECS) -> None:
    """Run openapi-python-client for one service; raise on failure or warning."""
    target = out_root / f"{service}_client"
    if target.exists():
        shutil.rmtree(target)
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    cmd = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(specs_dir / f"{service}.yaml"),
        "--config",
        str(specs_dir / f"{service}.generator.yaml"),
        "--meta",
        "none",
        "--output-path",
        str(target),
        "--fail-on-warning",
    ]
    # Shared template overrides (e.g. credentials kept out of model reprs).
    if (specs_dir / "templates").is_dir():
        cmd += ["--custom-template-path", str(specs_dir / "templates")]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    output = proc.stdout + proc.stderr
    # The output names the target directory, whose path may hold any word.
    lowered = output.replace(str(target), "<target>").lower()
    if proc.returncode != 0 or any(marker in lowered for marker in WARNING_MARKERS):
        sys.stderr.write(output)
        raise SystemExit(
            f"generate: {service}: generator failed or warned (exit {proc.returncode})"
        )
    # The generator does not write a py.typed marker with --meta none; the
    # clients are typed, so ship the marker for mypy users downstream.
    (target / "py.typed").write_text("# Marker file for PEP 561\n")


def differences(left: Path, right: Path) -> list[str]:
    """Every path that differs between two trees (added, removed or changed)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"only in committed: {prefix}{n}" for n in cmp.left_only)
        found.extend(f"only in regenerated: {prefix}{n}" for n in cmp.right_only)
        # dircmp compares shallowly by stat; compare contents for real.
        for name in cmp.common_files:
            if not filecmp.cmp(
                Path(cmp.left) / name, Path(cmp.right) / name, shallow=False
            ):
                found.append(f"differs: {prefix}{name}")
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="compare with generated/ instead of writing it",
    )
    parser.add_argument("service", nargs="*", help="only these services (default: all)")
    args = parser.parse_args()
    if not args.check:
        for service in args.service or services():
            generate(service, GENERATED)
            print(f"generated {service}_client")
        return
    with tempfile.TemporaryDirectory(prefix="ledgerlink-gen-") as tmp:
        fresh = Path(tmp)
        for service in services():
            generate(service, fresh)
        problems: list[str] = []
        for service in services():
            name = f"{service}_client"
            if not (GENERATED / name).is_dir():
                problems.append(f"missing: {name} (run make generate)")
                continue
            problems += [
                f"{name}/{d}" for d in differences(GENERATED / name, fresh / name)
            ]
        stray = {
            p.name
            for p in GENERATED.iterdir()
            if p.is_dir() and p.name != "__pycache__"
        } - {f"{s}_client" for s in services()}
        problems += [f"stray package without a spec: {s}" for s in sorted(stray)]
    if problems:
        print(
            "generated/ is stale or was edited by hand:",
            *problems,
            sep="\n  ",
            file=sys.stderr,
        )
        raise SystemExit(1)
    print(f"generated/ matches the specs ({', '.join(services())})")


if __name__ == "__main__":
    main()
