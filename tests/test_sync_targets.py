"""The two targets against scripted servers: answers the sandbox does not give.

The real AccountingSuite names a duplicate item by its ``item_code`` only (the
sandbox adds the ``api_code``), and PayorCRM's refusal format is not
documented; these tests script those answers on a loopback server and check
that no record is created twice and every refused record gets its reason.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from accountingsuite_client.api.items import create_item, list_items, update_item
from accountingsuite_client.api.purchase_orders import create_purchase_order
from payorcrm_client.api.invoices import upload_invoices

from ledgerlink import connect
from ledgerlink.sync.engine import Delivered, Failed, Outgoing
from ledgerlink.sync.fingerprint import content_hash
from ledgerlink.sync.to_accountingsuite import AccountingSuiteWriter
from ledgerlink.sync.to_payorcrm import PayorCRMUpload, invoice_key
from tests.support.loopback import LoopbackServer, Reply
from tests.support.sync_harness import FAST_RETRY, FAST_WRITES


def outgoing(
    source_id: str, document: dict[str, Any], target_id: str | None = None
) -> Outgoing[Any]:
    return Outgoing(
        "x", source_id, document, document, content_hash(document), target_id, "new"
    )


def accountingsuite(server: LoopbackServer) -> Any:
    return connect.accountingsuite(
        "test-key", base_url=server.url, rate_limit=None, retry=FAST_RETRY
    )


def purchase_order_writer(server: LoopbackServer) -> AccountingSuiteWriter:
    """The ``sync ap`` purchase-order target: no update, no unique field."""
    return AccountingSuiteWriter(
        accountingsuite(server),
        kind="purchase order",
        create=create_purchase_order,
        update=None,
        writes=FAST_WRITES,
        unique_field=None,
    )


def test_duplicate_item_named_by_code_only_is_found_and_updated(
    server: LoopbackServer,
) -> None:
    existing = {"api_code": "a-1", "item_code": "SKU-1", "item_description": "old"}
    server.queue(
        Reply(
            200,
            json={
                "status": "error",
                "message": "[item_code] : The item already exists.",
                "item_code": "SKU-1",
            },
        ),
        Reply(
            200, json={"items": [{"api_code": "a-0", "item_code": "SKU-0"}, existing]}
        ),
        Reply(200, json={**existing, "item_description": "Widget"}),
    )
    writer = AccountingSuiteWriter(
        accountingsuite(server),
        kind="item",
        create=create_item,
        update=update_item,
        writes=FAST_WRITES,
        unique_field="item_code",
        find_existing=list_items,
    )
    document = {"item_code": "SKU-1", "item_description": "Widget"}
    (outcome,) = writer.send([outgoing("7", document)])
    assert outcome == Delivered("7", "a-1", created=False)
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/items"),
        ("GET", "/items"),
        ("PUT", "/items/a-1"),
    ]
    assert server.requests[2].json() == document


def test_purchase_order_amounts_go_out_as_exact_json_numbers(
    server: LoopbackServer,
) -> None:
    server.queue(Reply(200, json={"api_code": "po-1"}))
    writer = purchase_order_writer(server)
    document = {
        "customer_api_code": "c-1",
        "po_date": "2024-01-31",
        "doc_total": Decimal("30.10"),
        "lines": {
            "line_items": [
                {
                    "api_code": "i-1",
                    "quantity": Decimal("3.0000"),
                    "price": Decimal("10.0333"),
                    "line_total": Decimal("30.10"),
                }
            ]
        },
    }
    (outcome,) = writer.send([outgoing("9", document)])
    assert outcome == Delivered("9", "po-1", created=True)
    body = server.requests[0].body
    assert (
        b'"doc_total":30.10' in body
        and b'"price":10.0333' in body
        and b'"quantity":3.0000' in body
    )
    # A changed purchase order cannot be updated: reported, nothing sent.
    (changed,) = writer.send(
        [outgoing("9", {**document, "memo": "x"}, target_id="po-1")]
    )
    assert isinstance(changed, Failed) and changed.target_id == "po-1"
    assert "cannot update" in changed.reason
    assert len(server.requests) == 1


def test_purchase_order_refused_by_a_5xx_is_not_sent_twice(
    server: LoopbackServer,
) -> None:
    server.queue(Reply(500, json={"status": "error", "message": "boom"}))
    writer = purchase_order_writer(server)
    (outcome,) = writer.send(
        [
            outgoing(
                "9",
                {
                    "customer_api_code": "c",
                    "po_date": "2024-01-01",
                    "doc_total": 1,
                    "lines": {"line_items": []},
                },
            )
        ]
    )
    assert isinstance(outcome, Failed)
    assert len(server.requests) == 1  # no blind retry: it may have been created


def test_payorcrm_refusal_fails_only_the_named_records(server: LoopbackServer) -> None:
    refusal = {
        "status": "error",
        "errors": [
            {"path": "$[1].invoiceAmount", "message": "must be an integer"},
            {
                "index": 3,
                "invoiceNumber": "4",
                "path": "$[3].customerNumber",
                "message": "no customer",
            },
        ],
    }
    server.queue(Reply(400, json=refusal), Reply(200, json={"status": "success"}))
    client = connect.payorcrm("k", "s", base_url=server.url, retry=FAST_RETRY)
    target = PayorCRMUpload(client, upload_invoices, invoice_key, writes=FAST_WRITES)
    batch = [
        outgoing(
            str(i),
            {"customerNumber": "C1", "invoiceNumber": str(i), "invoiceAmount": i},
        )
        for i in range(5)
    ]
    outcomes = {o.source_id: o for o in target.send(batch)}
    assert (
        isinstance(outcomes["1"], Failed)
        and "invoiceAmount: must be an integer" in outcomes["1"].reason
    )
    assert (
        isinstance(outcomes["3"], Failed)
        and "customerNumber: no customer" in outcomes["3"].reason
    )
    assert {k for k, o in outcomes.items() if isinstance(o, Delivered)} == {
        "0",
        "2",
        "4",
    }
    assert outcomes["2"] == Delivered("2", "C1/2", created=True)
    # The second upload carried exactly the good records.
    assert [r["invoiceNumber"] for r in server.requests[1].json()] == ["0", "2", "4"]


def test_payorcrm_upload_is_retried_after_server_errors(server: LoopbackServer) -> None:
    server.queue(Reply(502), Reply(500), Reply(200, body=b"OK"))
    client = connect.payorcrm("k", "s", base_url=server.url, retry=FAST_RETRY)
    target = PayorCRMUpload(client, upload_invoices, invoice_key, writes=FAST_WRITES)
    batch = [
        outgoing("1", {"customerNumber": "C", "invoiceNumber": "1", "invoiceAmount": 5})
    ]
    assert target.send(batch) == [Delivered("1", "C/1", created=True)]
    assert len(server.requests) == 3
