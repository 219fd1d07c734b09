"""Extract the Procurify reference's JSON samples into test fixtures.

The REST API v3 reference (``shared/seeds/002_*.txt``) is a text dump of the
vendor's Redoc page: each JSON sample is printed with a ``- `` bullet before
every member (``{- "id": 0, - "name": ...}``) and no operation names, because
the dump lost the endpoint paths.  The 67 samples come in the page's order,
one request and/or one response sample per operation, so the list
:data:`SAMPLES` below pairs them with the spec's operations by position.

Only the bullets are removed; every key, value and nesting level is kept as
the page shows it, so the fixtures are the seed's samples, not rewrites.

The NetSuite page (``shared/seeds/000_*.txt``) is an old Slate page whose
samples are not JSON.  Its fixtures keep the raw text (``*.txt``) beside the
repaired JSON, and :data:`NETSUITE_FIXES` lists each repair.

Run ``.venv/bin/python tools/extract_procurify_samples.py`` to rewrite
``tests/fixtures/procurify/``; ``--check`` compares instead of writing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from json_strings import StringTracker

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "seeds" / "002_736dbb20de0b297d.txt"
NETSUITE = SHARED / "seeds" / "000_f4438d7c51a58b6b.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "procurify"

# (operationId, "request" | "response"), in the order the reference prints them.
SAMPLES: list[tuple[str, str]] = [
    ("get_oauth_token", "request"),
    ("get_oauth_token", "response"),
    ("list_permissions", "response"),
    ("list_permission_groups", "response"),
    ("list_users", "response"),
    ("create_users", "request"),
    ("create_users", "response"),
    ("update_user", "request"),
    ("update_user", "response"),
    ("get_current_user", "response"),
    ("list_locations", "response"),
    ("create_location", "request"),
    ("create_location", "response"),
    ("get_location", "response"),
    ("list_departments", "response"),
    ("create_department", "request"),
    ("create_department", "response"),
    ("update_department", "request"),
    ("update_department", "response"),
    ("list_account_codes", "response"),
    ("create_account_code", "request"),
    ("create_account_code", "response"),
    ("update_account_code", "request"),
    ("update_account_code", "response"),
    ("list_accounts", "response"),
    ("list_vendors", "response"),
    ("create_vendor", "request"),
    ("create_vendor", "response"),
    ("get_vendor", "response"),
    ("update_vendor", "request"),
    ("update_vendor", "response"),
    ("partial_update_vendor", "request"),
    ("partial_update_vendor", "response"),
    ("list_currencies", "response"),
    ("list_catalog_bundles", "response"),
    ("list_catalog_items", "response"),
    ("create_catalog_item", "request"),
    ("create_catalog_item", "response"),
    ("update_catalog_item", "request"),
    ("update_catalog_item", "response"),
    ("list_global_order_items", "response"),
    ("list_orders", "response"),
    ("create_requisition", "request"),
    ("create_requisition", "response"),
    ("revise_purchase_order", "request"),
    ("revise_purchase_order", "response"),
    ("get_purchase_order", "response"),
    ("list_purchase_orders", "response"),
    ("update_purchase_order", "request"),
    ("update_purchase_order", "response"),
    ("close_purchase_order", "response"),
    ("get_purchase_order_billing_history", "response"),
    ("list_order_items", "response"),
    ("get_bill", "response"),
    ("list_company_payment_methods", "response"),
    ("create_company_payment_method", "request"),
    ("create_company_payment_method", "response"),
    ("list_bill_items", "response"),
    ("list_payments", "response"),
    ("get_payment_approver_choices", "response"),
    ("list_vendor_payment_methods", "response"),
    ("create_vendor_payment_method", "request"),
    ("create_vendor_payment_method", "response"),
    ("list_bills", "response"),
    ("update_custom_field", "request"),
    ("update_custom_field", "response"),
    ("list_order_item_custom_fields", "response"),
]

# The NetSuite page's four samples: (operationId, kind) in page order.
NETSUITE_SAMPLES: list[tuple[str, str]] = [
    ("initialize_netsuite_integration", "response"),
    ("list_netsuite_accounts", "response"),
    ("create_netsuite_account", "request"),
    ("create_netsuite_account", "response"),
]

# Every repair applied to the NetSuite samples, as (what, why).
NETSUITE_FIXES: list[tuple[str, str]] = [
    ("None -> null, True -> true", "Python literals are not JSON"),
    (
        "trailing comma after the last member removed",
        "the create request ends with `4321,` before `}`",
    ),
    (
        "braces added around the create answer",
        "the page prints its members without the enclosing `{` `}`",
    ),
]


def _strip_bullets(text: str) -> str:
    """Remove the ``- `` bullets the dump puts before members, outside strings."""
    out: list[str] = []
    strings = StringTracker()
    i = 0
    while i < len(text):
        ch = text[i]
        if strings.outside(ch) and ch == "-" and text[i + 1 : i + 2] == " ":
            i += 1  # a bullet; a minus sign is never followed by a space
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _balanced_end(lines: list[str], start: int) -> int:
    """Index of the line after the one closing the bracket opened at ``start``."""
    depth = 0
    strings = StringTracker()
    for index in range(start, len(lines)):
        for ch in lines[index]:
            if not strings.outside(ch):
                continue
            if ch in "{[":
                depth += 1
            elif ch in "}]":
                depth -= 1
        if depth == 0:
            return index + 1
    raise ValueError(f"sample starting on line {start + 1} never closes")


def reference_samples(text: str) -> list[tuple[int, object]]:
    """Every JSON sample of the reference dump, with its 1-based line number."""
    lines = text.split("\n")
    found: list[tuple[int, object]] = []
    index = 0
    while index < len(lines):
        if lines[index].startswith(("{- ", "[- ")):
            end = _balanced_end(lines, index)
            raw = "\n".join(lines[index:end])
            found.append((index + 1, json.loads(_strip_bullets(raw))))
            index = end
        else:
            index += 1
    return found


def netsuite_samples(text: str) -> list[tuple[str, object]]:
    """The NetSuite page's samples: raw fenced text and the repaired JSON."""
    blocks = re.findall(r"```json\n(.*?)```", text, flags=re.S)
    repaired: list[tuple[str, object]] = []
    for raw in blocks:
        fixed = re.sub(r"\bNone\b", "null", raw)
        fixed = re.sub(r"\bTrue\b", "true", fixed)
        fixed = re.sub(r"\bFalse\b", "false", fixed)
        fixed = re.sub(r",(\s*)}", r"\1}", fixed)
        if not fixed.strip().startswith(("{", "[")):
            fixed = "{\n" + fixed.rstrip() + "\n}\n"
        repaired.append((raw, json.loads(fixed)))
    return repaired


def fixture_files() -> dict[str, str]:
    """Every fixture file's name and content, built from the seeds."""
    files: dict[str, str] = {}
    index: list[dict[str, object]] = []
    samples = reference_samples(REFERENCE.read_text())
    if len(samples) != len(SAMPLES):
        raise SystemExit(f"expected {len(SAMPLES)} samples, found {len(samples)}")
    for number, ((line, value), (operation, kind)) in enumerate(
        zip(samples, SAMPLES, strict=True), start=1
    ):
        name = f"{number:02d}_{operation}_{kind}.json"
        files[name] = json.dumps(value, indent=2, ensure_ascii=False) + "\n"
        index.append(
            {
                "file": name,
                "operation": operation,
                "kind": kind,
                "seed": REFERENCE.name,
                "line": line,
            }
        )
    netsuite = netsuite_samples(NETSUITE.read_text())
    if len(netsuite) != len(NETSUITE_SAMPLES):
        raise SystemExit(f"expected {len(NETSUITE_SAMPLES)} NetSuite samples")
    for number, ((raw, value), (operation, kind)) in enumerate(
        zip(netsuite, NETSUITE_SAMPLES, strict=True), start=1
    ):
        stem = f"netsuite_{number}_{operation}_{kind}"
        files[f"{stem}.txt"] = raw
        files[f"{stem}.json"] = json.dumps(value, indent=2) + "\n"
        index.append(
            {
                "file": f"{stem}.json",
                "operation": operation,
                "kind": kind,
                "seed": NETSUITE.name,
                "raw": f"{stem}.txt",
                "fixes": [what for what, _ in NETSUITE_FIXES],
            }
        )
    files["index.json"] = json.dumps(index, indent=2) + "\n"
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, don't write")
    args = parser.parse_args()
    files = fixture_files()
    target = FIXTURES / "samples"
    if args.check:
        stale = [
            name
            for name, content in files.items()
            if not (target / name).is_file() or (target / name).read_text() != content
        ]
        if stale:
            sys.exit("stale fixtures: " + ", ".join(stale))
        print(f"{len(files)} fixture files match the seeds")
        return
    target.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (target / name).write_text(content)
    print(f"wrote {len(files)} files to {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
