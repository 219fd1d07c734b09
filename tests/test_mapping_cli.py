"""``ledgerlink map``, ``ledgerlink fields`` and the lineage document, as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mapping import jsonio, lineage
from tests.fixtures.mapping.records import LOOKUPS, build

ROOT = Path(__file__).resolve().parent.parent


def ledgerlink(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", "from ledgerlink.cli import main; main()", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def ndjson(records: list[Any]) -> bytes:
    return b"".join(jsonio.dumps(r) + b"\n" for r in records)


def errors(result: subprocess.CompletedProcess[bytes]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stderr.splitlines()]


def test_ndjson_in_ndjson_out_with_failures_on_stderr_and_exit_1() -> None:
    good = [build("accountingsuite.invoice", i) for i in range(3)]
    bad = {**build("accountingsuite.invoice", 9), "doc_total": "lots"}
    stdin = ndjson([good[0], bad, good[1]]) + b"{not json\n" + ndjson([good[2]])

    result = ledgerlink(
        "map", "accountingsuite.invoice", "payorcrm.invoice", "--ndjson", stdin=stdin
    )

    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["invoiceNumber"] for r in out] == ["000000", "000001", "000002"]
    assert [(e["index"], e["path"], e["reason"]) for e in errors(result)] == [
        (1, "doc_total", "wrong_type"),
        (3, "", "malformed_json"),
    ]
    assert errors(result)[0]["target"] == "invoiceAmount"


def test_json_array_file_in_json_array_out_exit_0(tmp_path: Path) -> None:
    source = tmp_path / "companies.json"
    source.write_bytes(
        jsonio.dumps([build("accountingsuite.company", i) for i in range(2)])
    )

    result = ledgerlink(
        "map", "accountingsuite.company", "payorcrm.customer", str(source)
    )

    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    customers = json.loads(result.stdout)
    assert [c["emailaddress1"] for c in customers] == [
        "billing0@company.example",
        "billing1@company.example",
    ]


def test_a_single_pretty_printed_object_is_one_record() -> None:
    # What `GET /invoices/{api_code}` answers: one object over many lines.
    record = build("accountingsuite.invoice", 4)
    stdin = json.dumps(json.loads(jsonio.dumps(record)), indent=2).encode()

    result = ledgerlink(
        "map", "accountingsuite.invoice", "payorcrm.invoice", stdin=stdin
    )

    assert result.returncode == 0, result.stderr
    assert [r["invoiceNumber"] for r in json.loads(result.stdout)] == ["000004"]


def test_lookups_and_options_files_feed_the_mapping(tmp_path: Path) -> None:
    lookups = tmp_path / "lookups.json"
    lookups.write_text(json.dumps(LOOKUPS))
    order = build("procurify.purchase_order", 5)

    without = ledgerlink(
        "map",
        "procurify.purchase_order",
        "accountingsuite.purchase_order",
        stdin=jsonio.dumps([order]),
    )
    with_lookups = ledgerlink(
        "map",
        "procurify.purchase_order",
        "accountingsuite.purchase_order",
        "--lookups",
        str(lookups),
        stdin=jsonio.dumps([order]),
    )
    major = ledgerlink(
        "map",
        "accountingsuite.invoice",
        "payorcrm.invoice",
        "--option",
        "amount_unit=major",
        stdin=jsonio.dumps([{**build("accountingsuite.invoice", 1), "doc_total": 250}]),
    )

    assert without.returncode == 1
    assert json.loads(without.stdout) == []
    assert {e["reason"] for e in errors(without)} == {"unresolved_reference"}
    assert with_lookups.returncode == 0, with_lookups.stderr
    (po,) = json.loads(with_lookups.stdout)
    assert po["customer_api_code"] == LOOKUPS["vendor"]["5"]
    assert major.returncode == 0
    assert json.loads(major.stdout)[0]["invoiceAmount"] == 250


@pytest.mark.parametrize(
    "args",
    [
        ("map", "procurify.vendor", "payorcrm.customer"),
        ("map", "accountingsuite.invoice"),
        (
            "map",
            "accountingsuite.invoice",
            "payorcrm.invoice",
            "--option",
            "amount_unit=cents",
        ),
        (
            "map",
            "accountingsuite.invoice",
            "payorcrm.invoice",
            "--lookups",
            "/nonexistent.json",
        ),
        ("fields", "nope", "nothing"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = ledgerlink(*args)
    assert result.returncode == 2
    assert result.stdout == b""


def test_list_names_every_pair() -> None:
    result = ledgerlink("map", "--list")
    assert result.returncode == 0
    pairs = [line.split("\t")[0] for line in result.stdout.decode().splitlines()]
    assert "accountingsuite.cash_sale payorcrm.invoice" in pairs
    assert len(pairs) == 8


def test_fields_prints_the_lineage_table() -> None:
    result = ledgerlink("fields", "accountingsuite.invoice", "payorcrm.invoice")
    text = result.stdout.decode()
    assert result.returncode == 0
    assert "| `invoiceAmount` **required** | `doc_total` | integer amount(" in text
    assert (
        "| `invoiceNumber` **required** | `invoice_number` | prefix(option invoice_prefix)"
        in text
    )


def test_lineage_document_is_current_and_check_detects_drift(tmp_path: Path) -> None:
    assert lineage.main(["--check", str(ROOT / "docs" / "mappings.md")]) == 0
    stale = tmp_path / "mappings.md"
    stale.write_text(lineage.document().replace("invoiceAmount", "invoiceTotal"))
    assert lineage.main(["--check", str(stale)]) == 1
    assert lineage.main(["--write", str(stale)]) == 0
    assert lineage.main(["--check", str(stale)]) == 0
