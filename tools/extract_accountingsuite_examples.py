"""Extract every example of the AccountingSuite seed document into test fixtures.

The tests must parse the vendor's own examples, not a retyped copy, so this
script cuts them out of ``../shared/seeds/001_bb3e00f9dd9bc8bd.txt`` and writes
each one byte for byte into ``tests/fixtures/accountingsuite/seed/``:

- JSON request bodies from ``curl -d '...'`` lines;
- the form fields of the ``oauth_token`` request (``-d key=value`` lines);
- every JSON block (responses, error examples, the webhook example), found by
  balancing braces outside strings (a block that never closes is an error).

Each example is named from a table in document order; the script fails if the
document holds more or fewer examples than the table, so a changed seed cannot
silently shift names onto the wrong examples.  ``manifest.json`` records, per
fixture, the seed lines it came from, the read or write schema it must parse
through, the request (method and path) the document pairs it with, and the
correction the tests apply when the document's text is not valid JSON.

Run: ``.venv/bin/python tools/extract_accountingsuite_examples.py``
(``--check`` compares instead of writing).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from json_strings import StringTracker

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "001_bb3e00f9dd9bc8bd.txt"
OUT = ROOT / "tests" / "fixtures" / "accountingsuite" / "seed"

# Corrections the tests apply to examples that are not valid JSON.  The
# fixture keeps the document's text; the manifest names the correction.
QUOTE_ACCESS_TOKEN = "quote-access-token"

# (name, kind, schema, correction) in document order.
EXAMPLES: list[tuple[str, str, str, str | None]] = [
    ("register_app_request", "request", "RegisterAppRequest", None),
    ("register_app_response", "response", "RegisteredApp", None),
    ("oauth_token_request", "form", "OAuthTokenRequest", None),
    ("oauth_token_response", "response", "OAuthToken", QUOTE_ACCESS_TOKEN),
    ("oauth_token_invalid_grant", "response", "OAuthError", None),
    ("create_company_request", "request", "CompanyWrite", None),
    ("create_company_response", "response", "Company", None),
    ("update_company_request", "request", "CompanyUpdate", None),
    ("delete_company_response", "response", "DeleteResult", None),
    ("list_companies_response", "response", "CompanyList", None),
    ("create_item_request_product", "request", "ItemWrite", None),
    ("create_item_request_service", "request", "ItemWrite", None),
    ("create_item_response_product", "response", "Item", None),
    ("create_item_response_service", "response", "Item", None),
    ("update_item_request", "request", "ItemUpdate", None),
    ("delete_item_response", "response", "DeleteResult", None),
    ("list_items_response", "response", "ItemList", None),
    ("create_cash_sale_request", "request", "CashSaleWrite", None),
    ("create_cash_sale_response", "response", "CashSale", None),
    ("update_cash_sale_request", "request", "CashSaleWrite", None),
    ("delete_cash_sale_response", "response", "DeleteResult", None),
    ("list_cash_sales_response", "response", "CashSaleList", None),
    ("create_sales_invoice_request", "request", "SalesInvoiceWrite", None),
    ("create_sales_invoice_response", "response", "SalesInvoice", None),
    ("update_sales_invoice_request", "request", "SalesInvoiceWrite", None),
    ("delete_sales_invoice_response", "response", "DeleteResult", None),
    ("list_sales_invoices_response", "response", "SalesInvoiceList", None),
    ("create_sales_order_request", "request", "SalesOrderWrite", None),
    ("create_sales_order_response", "response", "SalesOrder", None),
    ("update_sales_order_request", "request", "SalesOrderWrite", None),
    ("delete_sales_order_response", "response", "DeleteResult", None),
    ("list_sales_orders_response", "response", "SalesOrderList", None),
    ("create_purchase_order_request", "request", "PurchaseOrderWrite", None),
    ("create_purchase_order_response", "response", "PurchaseOrder", None),
    ("create_cash_receipt_request", "request", "CashReceiptWrite", None),
    ("item_webhook", "webhook", "ItemWebhook", None),
    ("error_create_company_request", "request", "CompanyWrite", None),
    ("error_create_company_response", "response", "ErrorBody", None),
    ("error_update_company_request", "request", "CompanyUpdate", None),
    ("error_update_company_response", "response", "ErrorBody", None),
    ("error_create_item_request", "request", "ItemWrite", None),
    ("error_create_item_response", "response", "ErrorBody", None),
    ("error_update_item_request", "request", "ItemUpdate", None),
    ("error_update_item_response", "response", "ErrorBody", None),
    ("error_delete_item_response", "response", "ErrorBody", None),
    ("error_create_sales_order_request", "request", "SalesOrderWrite", None),
    ("error_create_sales_order_response", "response", "ErrorBody", None),
]

_JSON_BODY = re.compile(r"^-d '(\{.*\})'\s*\\?$")
_FORM_FIELD = re.compile(r"^-d (\w+)=(\S+?)\s*\\?$")
_METHOD = re.compile(r"-X (GET|POST|PUT|DELETE)\b")
_URL = re.compile(r"https://[^\s'\\]+")


@dataclass
class Curl:
    """One ``curl`` command of the document (possibly continued over lines)."""

    first_line: int
    method: str = "GET"
    url: str = ""
    has_body: bool = False


@dataclass
class Found:
    """One example as it appears in the document."""

    text: str
    first_line: int
    last_line: int
    kind: str  # "json-body" | "form" | "block"
    request: Curl | None = None


def _block_end(lines: list[str], start: int) -> int:
    """Index of the line closing the JSON block opened at ``start``."""
    depth = 0
    strings = StringTracker()
    for index in range(start, len(lines)):
        for char in lines[index]:
            if not strings.outside(char):
                continue
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    return index
    raise SystemExit(f"extract: the JSON block at seed line {start + 1} never closes")


def scan(text: str) -> list[Found]:
    """Every example in document order, each paired with the request it answers."""
    lines = text.split("\n")
    found: list[Found] = []
    unanswered: list[Curl] = []
    last_answered: Curl | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if stripped in {"Definition:", "Example request:", "Example requests:"}:
            unanswered = []
        if stripped.startswith("curl "):
            curl = Curl(first_line=index + 1)
            form: list[str] = []
            while True:
                part = lines[index].strip()
                if method := _METHOD.search(part):
                    curl.method = method.group(1)
                url = _URL.search(part)
                if url and not part.startswith("-d ") and not curl.url:
                    curl.url = url.group(0)
                if body := _JSON_BODY.match(part):
                    curl.has_body = True
                    found.append(
                        Found(body.group(1), index + 1, index + 1, "json-body")
                    )
                elif _FORM_FIELD.match(part):
                    curl.has_body = True
                    form.append(lines[index])
                if not part.endswith("\\"):
                    break
                index += 1
            if curl.has_body and curl.method == "GET":
                curl.method = "POST"  # curl -d implies POST
            if form:
                found.append(
                    Found(
                        "\n".join(form) + "\n", index - len(form) + 2, index + 1, "form"
                    )
                )
            for example in found:
                if example.kind != "block" and example.request is None:
                    example.request = curl
            unanswered.append(curl)
        elif stripped.startswith("{"):
            last = _block_end(lines, index)
            block = "\n".join(lines[index : last + 1]) + "\n"
            example = Found(block, index + 1, last + 1, "block")
            if unanswered:
                last_answered = unanswered.pop(0)
            example.request = last_answered
            found.append(example)
            index = last
        index += 1
    return found


def manifest_entries(found: list[Found]) -> list[dict[str, object]]:
    """Name each example from the table and describe it for the tests."""
    if len(found) != len(EXAMPLES):
        raise SystemExit(
            f"extract: the seed holds {len(found)} examples, the table names "
            f"{len(EXAMPLES)}; update EXAMPLES to match the document"
        )
    entries: list[dict[str, object]] = []
    for number, (example, (name, kind, schema, correction)) in enumerate(
        zip(found, EXAMPLES, strict=True), start=1
    ):
        expected_kind = {"request": "json-body", "form": "form"}.get(kind, "block")
        if example.kind != expected_kind:
            raise SystemExit(
                f"extract: example {number} (seed line {example.first_line}) is a "
                f"{example.kind}, the table expects {kind} {name}"
            )
        suffix = ".txt" if kind == "form" or correction else ".json"
        entry: dict[str, object] = {
            "file": f"{number:02d}_{name}{suffix}",
            "name": name,
            "kind": kind,
            "schema": schema,
            "seed_lines": [example.first_line, example.last_line],
            "correction": correction,
        }
        if kind != "webhook" and example.request is not None:
            entry["request"] = {
                "method": example.request.method,
                "host": urlsplit(example.request.url).netloc,
                "path": urlsplit(example.request.url).path,
                "seed_line": example.request.first_line,
            }
        entries.append(entry)
    return entries


def render(found: list[Found]) -> dict[str, str]:
    """File name -> content of every fixture plus the manifest."""
    entries = manifest_entries(found)
    files = {
        str(entry["file"]): example.text
        for entry, example in zip(entries, found, strict=True)
    }
    files["manifest.json"] = (
        json.dumps({"seed": f"shared/seeds/{SEED.name}", "examples": entries}, indent=2)
        + "\n"
    )
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    files = render(scan(SEED.read_text()))
    if args.check:
        stale = [
            name
            for name, content in files.items()
            if not (OUT / name).is_file() or (OUT / name).read_text() != content
        ]
        extra = sorted({p.name for p in OUT.glob("*")} - set(files))
        if stale or extra:
            print("fixtures differ from the seed:", *stale, *extra, file=sys.stderr)
            return 1
        print(f"{len(files) - 1} fixtures match the seed")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for stale_file in OUT.glob("*"):
        if stale_file.name not in files:
            stale_file.unlink()
    for name, content in files.items():
        (OUT / name).write_text(content)
    print(
        f"wrote {len(files) - 1} fixtures and manifest.json to {OUT.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
