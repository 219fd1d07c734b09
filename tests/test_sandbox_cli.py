"""`ledgerlink sandbox` as a script runs it: in the background, found via --urls-file."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from ledgerlink.commands.sandbox import sandbox_command

LAUNCH = "from ledgerlink.cli import main; main()"


def test_serves_until_sigterm_and_publishes_its_urls_while_serving(
    tmp_path: Path,
) -> None:
    urls_file = tmp_path / "sandbox.json"
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            LAUNCH,
            "sandbox",
            "--urls-file",
            str(urls_file),
            "--seed",
            "companies=30",
            "--fail-burst",
            "1",
            "--fail-every",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not urls_file.exists():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "sandbox did not start"
            time.sleep(0.05)
        published = json.loads(urls_file.read_text())
        env = published["env"]
        assert set(published["urls"]) == {"procurify", "accountingsuite", "payorcrm"}
        assert env["ACCOUNTINGSUITE_BASE_URL"] == published["urls"]["accountingsuite"]

        url = env["ACCOUNTINGSUITE_BASE_URL"] + "/companies"
        headers = {"apisecretkey": env["ACCOUNTINGSUITE_API_KEY"]}
        answers = [
            httpx.get(url, headers=headers, params={"limit": 100}) for _ in range(2)
        ]
        assert [a.status_code for a in answers] == [200, 503]  # --fail-burst applies
        assert answers[0].json()["total_num_records"] == 6 + 30
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "accountingsuite" in out and "export PAYORCRM_API_SECRET=" in out
    assert not urls_file.exists()  # removed on shutdown: no stale addresses


def test_unknown_seed_kind_is_a_usage_error() -> None:
    result = CliRunner().invoke(sandbox_command, ["--seed", "widgets=5"])
    assert result.exit_code == 2
    assert "KIND=N" in result.output
