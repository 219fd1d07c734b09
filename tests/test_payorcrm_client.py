"""The generated PayorCRM client, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
from payorcrm_client import Client
from payorcrm_client.api.customers import upload_customers
from payorcrm_client.api.invoices import upload_invoices
from payorcrm_client.models import Customer, Invoice

from tests.support.loopback import LoopbackServer, Reply

FIXTURES = Path(__file__).parent / "fixtures" / "payorcrm"
KEY, SECRET = "key-0123456789", "secret-abcdef"


def client_for(server: LoopbackServer) -> Client:
    return Client(
        base_url=server.url,
        headers={"api_key": KEY, "api_secret": SECRET},
        timeout=httpx.Timeout(5.0),
    )


def seed_customers() -> list[dict[str, str]]:
    data: list[dict[str, str]] = json.loads(
        (FIXTURES / "customers_request.json").read_text()
    )
    return data


def seed_invoice() -> dict[str, object]:
    # The page's example is a JS object literal; quoting its keys is the only change.
    text = (FIXTURES / "invoice_example.txt").read_text()
    data: dict[str, object] = json.loads(re.sub(r"^(\w+):", r'"\1":', text, flags=re.M))
    return data


def test_customer_upload_sends_both_headers_and_exactly_the_fields_given(
    server: LoopbackServer,
) -> None:
    server.queue(Reply(200, body=b"accepted", headers={"Content-Type": "text/plain"}))
    customer = Customer(
        emailaddress1="ap@example.com", customerno="C-1", companyname="Acme"
    )

    response = upload_customers.sync_detailed(
        client=client_for(server), body=[customer]
    )

    assert response.status_code == 200
    assert response.content == b"accepted"  # the undocumented body is kept as it came
    (request,) = server.requests
    assert (request.method, request.path) == ("POST", "/jsonApi/upload/customers")
    assert request.headers["api_key"] == KEY
    assert request.headers["api_secret"] == SECRET
    assert request.headers["content-type"] == "application/json"
    assert request.json() == [
        {"emailaddress1": "ap@example.com", "customerno": "C-1", "companyname": "Acme"}
    ]


def test_invoice_upload_sends_a_json_array_in_order(server: LoopbackServer) -> None:
    invoices = [
        Invoice(
            customer_number="C-1", invoice_number=f"INV-{n}", invoice_amount=n * 100
        )
        for n in range(3)
    ]
    upload_invoices.sync_detailed(client=client_for(server), body=invoices)

    (request,) = server.requests
    assert request.path == "/jsonApi/upload/invoices"
    assert request.json() == [
        {"customerNumber": "C-1", "invoiceNumber": f"INV-{n}", "invoiceAmount": n * 100}
        for n in range(3)
    ]


def test_any_2xx_is_accepted(server: LoopbackServer) -> None:
    server.queue(Reply(202, json={"queued": 1}))
    response = upload_invoices.sync_detailed(
        client=client_for(server),
        body=[Invoice.from_dict(seed_invoice())],
    )
    assert response.status_code == 202
    assert json.loads(response.content) == {"queued": 1}


def test_required_field_missing_is_refused_by_the_model() -> None:
    # Required fields are keyword-only constructor arguments without defaults.
    with pytest.raises(TypeError, match="customerno"):
        Customer(emailaddress1="ap@example.com")  # type: ignore[call-arg]
    with pytest.raises(KeyError, match="invoiceAmount"):
        Invoice.from_dict({"customerNumber": "C-1", "invoiceNumber": "1"})


def test_seed_example_customer_round_trips_through_the_model(
    server: LoopbackServer,
) -> None:
    batch = seed_customers()
    models = [Customer.from_dict(record) for record in batch]
    assert [m.to_dict() for m in models] == batch
    assert models[0].customerno == "231231201"

    upload_customers.sync_detailed(client=client_for(server), body=models)
    assert server.requests[0].json() == batch


def test_seed_example_invoice_round_trips_through_the_model() -> None:
    record = seed_invoice()
    model = Invoice.from_dict(record)
    assert model.invoice_amount == 12112
    assert model.to_dict() == record


def test_dates_and_addresses_use_their_json_forms(server: LoopbackServer) -> None:
    record = {
        "customerNumber": "C-1",
        "invoiceNumber": "9",
        "invoiceAmount": 1,
        "dueDate": "2024-02-29",
        "billAddr": {"line1": "1 Main St", "city": "Springfield"},
    }
    model = Invoice.from_dict(record)
    assert model.due_date is not None and model.due_date.isoformat() == "2024-02-29"
    upload_invoices.sync_detailed(client=client_for(server), body=[model])
    assert server.requests[0].json() == [record]
