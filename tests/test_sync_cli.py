"""``ledgerlink sync`` as a user runs it: a separate process, options, exit status.

The sandbox runs in the test process; the sync runs as ``python -m
ledgerlink.cli`` in a child process and reaches it over HTTP, which also lets
a test kill the sync for real (SIGKILL: no cleanup, no last commit) in the
middle of a run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from ledgerlink import sandbox
from tests.support.sync_harness import running

ROOT = Path(__file__).resolve().parent.parent


def urls_file(sb: sandbox.Sandbox, tmp_path: Path) -> Path:
    path = tmp_path / "sandbox.json"
    path.write_text(json.dumps({"urls": sb.urls, "env": sb.env(), "pid": os.getpid()}))
    return path


def command(flow: str, sb: sandbox.Sandbox, tmp_path: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-c",
        "from ledgerlink.cli import main; main()",
        "sync",
        flow,
        "--sandbox-urls",
        str(urls_file(sb, tmp_path)),
        "--state",
        str(tmp_path / "state.sqlite"),
        "--rate-limit",
        "0",
        "--no-progress",
        *extra,
    ]


def env() -> dict[str, str]:
    # No real credentials may leak into a sandbox run; none are needed.
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PROCURIFY_", "ACCOUNTINGSUITE_", "PAYORCRM_"))
    }
    return {**clean, "COLUMNS": "200"}


def run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd, capture_output=True, text=True, env=env(), cwd=ROOT, timeout=120
    )


def invoices_uploaded(crm: Any) -> int:
    """Invoice records PayorCRM accepted over all uploads (resends count again)."""
    return sum(n for path, n in crm.batches if path.endswith("invoices"))


def wait_for_invoice_batches(
    child: subprocess.Popen[Any], crm: Any, count: int
) -> None:
    """Until the running sync has uploaded ``count`` invoice batches (60 s at most)."""
    deadline = time.monotonic() + 60
    while sum(path.endswith("invoices") for path, _ in crm.batches) < count:
        assert child.poll() is None, child.stderr.read() if child.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.01)


@pytest.fixture
def sb() -> Any:
    with running(count=6) as sb:
        yield sb


def test_sync_ar_cli_summary_and_rerun(sb: sandbox.Sandbox, tmp_path: Path) -> None:
    first = run(command("ar", sb, tmp_path))
    assert first.returncode == 0, first.stderr
    lines = {
        line.split("│")[1].strip(): line
        for line in first.stdout.splitlines()
        if line.count("│") == 7
    }
    assert set(lines) >= {"customer", "sales_invoice", "cash_sale"}
    cells = [c.strip() for c in lines["sales_invoice"].split("│")[2:7]]
    assert cells == [
        "6",
        "0",
        "6",
        "0",
        "0",
    ]  # fetched unchanged created updated failed
    assert len(sb.state.payorcrm.invoices) == 12

    second = run(command("ar", sb, tmp_path))
    assert second.returncode == 0
    row = next(c for c in second.stdout.splitlines() if "sales_invoice" in c)
    cells = row.split("│")[2:7]
    assert [c.strip() for c in cells] == ["6", "6", "0", "0", "0"]


def test_dry_run_prints_plan_and_sends_nothing(
    sb: sandbox.Sandbox, tmp_path: Path
) -> None:
    result = run(command("ar", sb, tmp_path, "--dry-run"))
    assert result.returncode == 0, result.stderr
    plan = [line for line in result.stdout.splitlines() if line.startswith("would ")]
    assert len(plan) == 6 + 12
    assert all("(new)" in line for line in plan)
    assert any(
        line.startswith("would create customer ") and '"customerno"' in line
        for line in plan
    )
    assert sb.state.payorcrm.batches == []


def test_failed_records_exit_non_zero_and_are_listed(tmp_path: Path) -> None:
    with running(count=2, examples=True) as sb:
        result = run(command("ar", sb, tmp_path))
    assert result.returncode == 1
    assert "failed customer" in result.stdout and "no_email" in result.stdout


def test_missing_credentials_are_a_clear_error(tmp_path: Path) -> None:
    cmd = [
        sys.executable,
        "-c",
        "from ledgerlink.cli import main; main()",
        "sync",
        "ar",
        "--state",
        str(tmp_path / "s.sqlite"),
    ]
    result = run(cmd)
    assert result.returncode == 1
    assert "ACCOUNTINGSUITE_API_KEY is not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_process_killed_mid_run_then_rerun_has_every_record_once(
    tmp_path: Path,
) -> None:
    # Slow PayorCRM down so the kill lands in the middle of the invoice uploads.
    faults = {"payorcrm": sandbox.Faults(latency_ms=100)}
    with running(count=20, faults=faults) as sb:
        crm = sb.state.payorcrm
        cmd = command("ar", sb, tmp_path, "--batch-size", "5")
        child = subprocess.Popen(
            cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env(), cwd=ROOT
        )
        wait_for_invoice_batches(child, crm, 3)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        partial = len(crm.invoices)
        assert 0 < partial < 40

        sb.set_faults(sandbox.Faults())
        result = run(command("ar", sb, tmp_path, "--batch-size", "5"))
        assert result.returncode == 0, result.stdout + result.stderr
        assert len(crm.customers) == 20
        assert len(crm.invoices) == 40
        # Nothing recorded as sent was sent again: the rerun uploaded at most
        # the batch in flight at the kill plus what was never sent.
        resent = invoices_uploaded(crm) - 40
        assert 0 <= resent <= 5


def test_first_ctrl_c_stops_after_the_batch_in_flight(tmp_path: Path) -> None:
    faults = {"payorcrm": sandbox.Faults(latency_ms=100)}
    with running(count=20, faults=faults) as sb:
        crm = sb.state.payorcrm
        cmd = command("ar", sb, tmp_path, "--batch-size", "5")
        child = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env(),
            cwd=ROOT,
        )
        wait_for_invoice_batches(child, crm, 2)
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=30)
        assert child.returncode == 1, err
        assert "stopped early" in out and "interrupted after" in out
        sb.set_faults(sandbox.Faults())
        uploaded = invoices_uploaded(crm)
        assert 0 < uploaded < 40
        result = run(command("ar", sb, tmp_path, "--batch-size", "5"))
        assert result.returncode == 0
        # A graceful stop records every accepted batch: across both runs each
        # invoice was uploaded exactly once.
        assert invoices_uploaded(crm) == 40
        assert len(crm.invoices) == 40
