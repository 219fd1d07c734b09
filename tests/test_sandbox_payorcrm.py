"""The PayorCRM sandbox over HTTP, through the generated client.

Uploads are upserts keyed by record number, so re-sending never duplicates;
a batch is checked whole and stored only if every record passes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from payorcrm_client.api.customers import upload_customers
from payorcrm_client.api.invoices import upload_invoices
from payorcrm_client.models import Customer, Invoice

from ledgerlink import sandbox
from ledgerlink.sandbox import Sandbox
from tests.support import sandbox_clients


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with sandbox.run() as running:
        yield running


@pytest.fixture
def client(sb: Sandbox) -> Iterator[Any]:
    with sandbox_clients.payorcrm(sb) as client:
        yield client


def customer(number: str, email: str = "ar@example.com") -> Customer:
    return Customer(emailaddress1=email, customerno=number, companyname=f"Co {number}")


def invoice(customer_number: str, number: str, amount: int = 100) -> Invoice:
    return Invoice(
        customer_number=customer_number, invoice_number=number, invoice_amount=amount
    )


def test_starts_with_the_documents_customer_and_its_invoice(sb: Sandbox) -> None:
    customers = sb.state.payorcrm.customers
    stored = customers.get("231231201")
    assert stored is not None and stored["companyname"] == "Payorcrm LLC"
    assert sb.state.payorcrm.invoices.get(("231231201", "21321")) is not None


def test_resending_customers_updates_them_and_never_duplicates(
    sb: Sandbox, client: Any
) -> None:
    customers = sb.state.payorcrm.customers
    first = upload_customers.sync_detailed(
        client=client, body=[customer("C-1"), customer("C-2")]
    )
    again = upload_customers.sync_detailed(
        client=client, body=[customer("C-1", "new@example.com"), customer("C-2")]
    )

    assert sandbox_clients.wire(first) == {
        "status": "success",
        "created": 2,
        "updated": 0,
    }
    assert sandbox_clients.wire(again) == {
        "status": "success",
        "created": 0,
        "updated": 2,
    }
    assert len(customers) == 1 + 2
    stored = customers.get("C-1")
    assert stored is not None and stored["emailaddress1"] == "new@example.com"
    assert (customers.created, customers.updated) == (2, 2)


def test_invoices_upsert_by_customer_and_number(sb: Sandbox, client: Any) -> None:
    upload_customers.sync_detailed(client=client, body=[customer("C-9")])
    upload_invoices.sync_detailed(client=client, body=[invoice("C-9", "I-1", 100)])
    upload_invoices.sync_detailed(client=client, body=[invoice("C-9", "I-1", 250)])

    invoices = sb.state.payorcrm.invoices
    stored = invoices.get(("C-9", "I-1"))
    assert stored is not None and stored["invoiceAmount"] == 250
    assert len(invoices) == 1 + 1


def test_a_batch_with_an_unknown_customer_is_refused_whole(
    sb: Sandbox, client: Any
) -> None:
    answer = upload_invoices.sync_detailed(
        client=client,
        body=[
            invoice("231231201", "OK-1"),
            invoice("NOPE", "BAD-1"),
            invoice("NOPE2", "BAD-2"),
        ],
    )
    assert answer.status_code == 422
    errors = sandbox_clients.wire(answer)["errors"]
    assert [(e["index"], e["invoiceNumber"], e["path"]) for e in errors] == [
        (1, "BAD-1", "$[1].customerNumber"),
        (2, "BAD-2", "$[2].customerNumber"),
    ]
    assert sb.state.payorcrm.invoices.get(("231231201", "OK-1")) is None


def test_body_the_spec_forbids_is_400_naming_each_record_and_field(
    sb: Sandbox,
) -> None:
    answer = httpx.post(
        sb.urls["payorcrm"] + "/jsonApi/upload/customers",
        headers={
            "api_key": sb.credentials.payorcrm_api_key,
            "api_secret": sb.credentials.payorcrm_api_secret,
        },
        json=[
            {"customerno": "X-1", "emailaddress1": "a@example.com"},
            {"customerno": "X-2"},
            {"customerno": 3, "emailaddress1": "c@example.com"},
        ],
    )
    assert answer.status_code == 400
    paths = [error["path"] for error in answer.json()["errors"]]
    assert paths == ["$[1]", "$[2].customerno"]
    assert "X-1" not in sb.state.payorcrm.customers  # the whole batch is refused


def test_both_key_and_secret_are_required(sb: Sandbox) -> None:
    url = sb.urls["payorcrm"] + "/jsonApi/upload/customers"
    key = sb.credentials.payorcrm_api_key
    answer = httpx.post(url, headers={"api_key": key, "api_secret": "wrong"}, json=[])
    assert answer.status_code == 401
    assert sb.state.payorcrm.batches == []
