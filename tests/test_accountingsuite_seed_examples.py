"""Every example of the AccountingSuite seed document, through the generated client.

The fixtures are the document's own text, cut out by
``tools/extract_accountingsuite_examples.py`` (``manifest.json`` names the
schema and the request of each).  Three properties are checked per example:

1. it parses through the schema the manifest names and ``to_dict()`` gives the
   document's JSON back;
2. a request body sent with the generated operation arrives on a real socket
   as the document's JSON, with the document's method and path;
3. a response served for the document's request is parsed by the generated
   operation into the expected model (error examples: into ``ErrorBody``,
   whatever the HTTP status).

Normalizations, all justified by the JSON data model rather than by the client:
- key order is ignored (JSON objects are unordered; dicts compare by content);
- whitespace of the document's layout is ignored (compared after parsing);
- numbers are parsed as ``Decimal`` for non-integers (none occur in the seed;
  the variants test covers them), as the mapping library does.
One correction is applied to the text: the ``oauth_token`` success example
writes its token unquoted (``"access_token": ACCESS_TOKEN``), which is not
JSON; the test quotes it and first asserts that the text really is invalid.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import accountingsuite_client.models as models
import httpx
import pytest
from accountingsuite_client import Client
from accountingsuite_client.types import UNSET

from tests.support.accountingsuite_routes import route_for
from tests.support.loopback import LoopbackServer, Reply

ROOT = Path(__file__).resolve().parent.parent
SEED_FIXTURES = ROOT / "tests" / "fixtures" / "accountingsuite" / "seed"
MANIFEST: dict[str, Any] = json.loads((SEED_FIXTURES / "manifest.json").read_text())
EXAMPLES: list[dict[str, Any]] = MANIFEST["examples"]
KEY = "dGmlayoUnlNcitybVTMu"  # the document's demo key


def by_kind(*kinds: str) -> list[dict[str, Any]]:
    return [example for example in EXAMPLES if example["kind"] in kinds]


def ids(example: dict[str, Any]) -> str:
    return str(example["name"])


def corrected_text(example: dict[str, Any]) -> str:
    text = (SEED_FIXTURES / example["file"]).read_text()
    if example["correction"] == "quote-access-token":
        with pytest.raises(json.JSONDecodeError):
            json.loads(text)
        text = re.sub(r'("access_token":\s*)(ACCESS_TOKEN)', r'\1"\2"', text)
    return text


def document_json(example: dict[str, Any]) -> Any:
    return json.loads(corrected_text(example), parse_float=Decimal)


def form_fields(example: dict[str, Any]) -> dict[str, str]:
    """The ``-d key=value`` lines of a curl command, as a dict."""
    text = (SEED_FIXTURES / example["file"]).read_text()
    return dict(re.findall(r"-d (\w+)=(\S+?)\s*\\?$", text, flags=re.M))


def model(example: dict[str, Any]) -> Any:
    return getattr(models, example["schema"])


def client_for(server: LoopbackServer) -> Client:
    return Client(
        base_url=server.url,
        headers={"apisecretkey": KEY},
        timeout=httpx.Timeout(5.0),
    )


@pytest.mark.skipif(
    not (ROOT.parent / "shared" / "seeds").is_dir(),
    reason="the seed documents (../shared) are not beside this checkout",
)
def test_fixtures_are_the_documents_text() -> None:
    """The committed fixtures are exactly what the extractor cuts out of the seed."""
    result = subprocess.run(
        [sys.executable, "tools/extract_accountingsuite_examples.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert len(EXAMPLES) == 47
    assert {e["kind"] for e in EXAMPLES} == {"request", "form", "response", "webhook"}


@pytest.mark.parametrize("example", by_kind("request", "response", "webhook"), ids=ids)
def test_example_parses_through_its_schema_and_round_trips(
    example: dict[str, Any],
) -> None:
    data = document_json(example)
    parsed = model(example).from_dict(data)
    assert parsed.to_dict() == data
    # Nothing the document sends is left unmodelled, except where the spec
    # says keys are open (the error body's extra keys are typed too).
    assert parsed.additional_properties == {}


def test_form_example_parses_through_its_schema() -> None:
    (example,) = by_kind("form")
    fields = form_fields(example)
    assert set(fields) == {"client_secret", "client_id", "code", "grant_type"}
    parsed = model(example).from_dict(fields)
    assert parsed.to_dict() == fields
    assert parsed.grant_type is models.GrantType.AUTHORIZATION_CODE


@pytest.mark.parametrize("example", by_kind("request"), ids=ids)
def test_request_example_goes_on_the_wire_as_documented(
    server: LoopbackServer, example: dict[str, Any]
) -> None:
    request = example["request"]
    route = route_for(request["method"], request["path"])
    assert route.body_schema == example["schema"]
    server.queue(Reply(503))  # the answer is not under test; 503 has no body to parse
    body = model(example).from_dict(document_json(example))

    route.call(client_for(server), request["path"], body)

    (received,) = server.requests
    assert (received.method, received.path) == (request["method"], request["path"])
    assert received.headers["content-type"] == "application/json"
    assert received.json() == json.loads(corrected_text(example))


def test_form_example_goes_on_the_wire_form_encoded(server: LoopbackServer) -> None:
    (example,) = by_kind("form")
    route = route_for("POST", example["request"]["path"])
    assert route.operation_id == "oauth_token"
    assert example["request"]["host"] == "oauth.accountingsuite.com"
    server.queue(Reply(200, json={"token_type": "bearer", "access_token": "t"}))

    response = route.call(
        Client(base_url=server.url),
        "/oauth_token",
        model(example).from_dict(form_fields(example)),
    )

    (received,) = server.requests
    assert received.headers["content-type"] == "application/x-www-form-urlencoded"
    assert {k: v for k, [v] in parse_qs(received.body.decode()).items()} == form_fields(
        example
    )
    assert isinstance(response.parsed, models.OAuthToken)


RESPONSES = by_kind("response")


@pytest.mark.parametrize("example", RESPONSES, ids=ids)
def test_response_example_is_parsed_by_the_documented_operation(
    server: LoopbackServer, example: dict[str, Any]
) -> None:
    request = example["request"]
    route = route_for(request["method"], request["path"])
    text = corrected_text(example)
    # Errors are tried with 200 (the server's usual status) and 400; results with 200.
    statuses = [200, 400] if example["schema"] in {"ErrorBody", "OAuthError"} else [200]
    for status in statuses:
        server.queue(
            Reply(
                status, body=text.encode(), headers={"Content-Type": "application/json"}
            )
        )
        body = None
        if route.body_schema is not None:
            # Any valid body will do: the answer under test is the server's.
            request_example = next(
                e
                for e in EXAMPLES
                if e["kind"] in {"request", "form"} and e["schema"] == route.body_schema
            )
            body_data = (
                form_fields(request_example)
                if request_example["kind"] == "form"
                else document_json(request_example)
            )
            body = getattr(models, route.body_schema).from_dict(body_data)

        response = route.call(client_for(server), request["path"], body)

        assert response.status_code == status
        assert type(response.parsed) is model(example)
        assert response.parsed.to_dict() == json.loads(text)


def test_list_examples_expose_their_records_under_the_documented_keys() -> None:
    """The document's list keys, including the two the server does not use."""
    named = {e["name"]: document_json(e) for e in RESPONSES}
    companies = models.CompanyList.from_dict(named["list_companies_response"])
    invoices = models.SalesInvoiceList.from_dict(named["list_sales_invoices_response"])
    orders = models.SalesOrderList.from_dict(named["list_sales_orders_response"])

    assert [c.company_name for c in companies.companies] == [
        "LA times",
        "SF Bay Logistics",
        "SoCal distributor",
    ]
    # The page's invoice list uses the cash-sale key; the server's `invoices` is unset.
    assert [i.invoice_number for i in invoices.cash_sales] == ["000004", "000002"]
    assert invoices.invoices is UNSET
    assert [o.so_number for o in orders.sales_orders] == [
        "000004",
        "000007",
        "000008",
        "000001",
        "000014",
    ]


def test_documented_wire_quirks_are_kept_as_sent() -> None:
    named = {e["name"]: document_json(e) for e in EXAMPLES if e["kind"] != "form"}
    company = models.Company.from_dict(named["create_company_response"])
    billing = {a.address_id: a.default_billing for a in company.lines.addresses}
    assert billing == {
        "order confirm": models.StringBoolean.FALSE,
        "SFO warehouse": models.StringBoolean.TRUE,
    }

    orders = models.SalesOrderList.from_dict(named["list_sales_orders_response"])
    fourth = orders.sales_orders[3]
    assert fourth.date == "2013-11-16T12:38:13-08"
    assert fourth.bill_to_api_code == "00000000-0000-0000-0000-000000000000"
    assert [line.product for line in fourth.line_items] == ["api calls", "ddd"]
    # The document's inconsistent line (price 400 x 1 = 300) is kept: a read
    # model records what the server sent; the spec's example has the fix.
    second_line = orders.sales_orders[1].line_items[1]
    assert (second_line.price, second_line.quantity, second_line.line_total) == (
        400,
        1,
        300,
    )

    order = models.PurchaseOrder.from_dict(named["create_purchase_order_response"])
    assert order.delivery_date == ""
    assert order.line_items[0].item == "stillwork??"
    assert order.line_items[0].class_ == ""

    item = models.Item.from_dict(named["create_item_response_product"])
    assert item.category == ""  # returned as `category`, sent as `item_category`
    write = models.ItemWrite.from_dict(named["error_create_item_request"])
    assert write.item_category == "candy"


def test_error_examples_carry_their_extra_keys() -> None:
    named = {e["name"]: document_json(e) for e in RESPONSES}
    duplicate = models.ErrorBody.from_dict(named["error_create_company_response"])
    split = models.ErrorBody.from_dict(named["error_update_company_response"])
    in_use = models.ErrorBody.from_dict(named["error_delete_item_response"])

    assert duplicate.api_code == "6da16a40-cf29-11e2-960c-22000ac508d9"
    assert duplicate.message == "[company_name] : The company already exists."
    assert split.message1.startswith("[address.address_id]")
    assert split.message2.startswith("[address.api_code]")
    assert not isinstance(split.message, str)
    assert in_use.item_code == "FrigidaireDF288 AC"
    assert {duplicate.status, split.status, in_use.status} == {models.ErrorStatus.ERROR}


def test_delete_examples_are_success_results() -> None:
    deletes = [e for e in RESPONSES if e["schema"] == "DeleteResult"]
    assert len(deletes) == 5
    for example in deletes:
        result = models.DeleteResult.from_dict(document_json(example))
        assert result.status is models.SuccessStatus.SUCCESS
        assert result.message.endswith("has been deleted.")


def test_item_webhook_example_carries_the_whole_item() -> None:
    (example,) = by_kind("webhook")
    hook = models.ItemWebhook.from_dict(document_json(example))
    assert hook.action is models.WebhookAction.UPDATE
    assert hook.resource is models.WebhookResource.ITEMS
    assert hook.item_code == "key3"
    assert hook.item_price == 33
