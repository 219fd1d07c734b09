"""The PayorCRM sandbox: the two bulk upload endpoints, idempotent by record number.

A batch is all or nothing: it is checked whole (request schema, then every
invoice's customer) and stored only if every record passes; otherwise the
answer lists every bad record (index, number and reason) and nothing is
stored, so a client never has to guess which half of a batch landed.
Re-sending a record replaces it: customers are keyed by ``customerno``,
invoices by ``customerNumber`` + ``invoiceNumber``, so a retried or repeated
upload can never create a duplicate.  The vendor documents no response body;
the sandbox answers a small JSON summary, which clients keep unparsed.
"""

from __future__ import annotations

import hmac
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ledgerlink.sandbox.app import Credentials, Refused, checked_body
from ledgerlink.sandbox.store import Collection, Record
from ledgerlink.sandbox.validation import Problem
from ledgerlink.sandbox.wire import json_response

SERVICE = "payorcrm"
CUSTOMERS_PATH = "/jsonApi/upload/customers"
INVOICES_PATH = "/jsonApi/upload/invoices"


class PayorCRMState:
    """Customers by ``customerno``; invoices by (``customerNumber``, ``invoiceNumber``)."""

    def __init__(self) -> None:
        self.customers = Collection("customers", "customerno")
        self.invoices = Collection(
            "invoices",
            lambda record: (record["customerNumber"], record["invoiceNumber"]),
        )
        self.batches: list[tuple[str, int]] = []  # (path, records) of accepted uploads

    def counts(self) -> dict[str, int]:
        return {"customers": len(self.customers), "invoices": len(self.invoices)}


def _authorized(request: Request, credentials: Credentials) -> bool:
    key = request.headers.get("api_key", "")
    secret = request.headers.get("api_secret", "")
    return hmac.compare_digest(
        key, credentials.payorcrm_api_key
    ) and hmac.compare_digest(secret, credentials.payorcrm_api_secret)


def _refusal(status: int, problems: list[dict[str, Any]]) -> Response:
    return json_response({"status": "error", "errors": problems}, status)


def _upsert(collection: Collection, records: list[Record]) -> dict[str, int]:
    created = updated = 0
    for record in records:
        key = collection.key_of(record)
        if key in collection:
            collection.replace(record)
            updated += 1
        else:
            collection.add(record)
            created += 1
    return {"created": created, "updated": updated}


def routes(state: PayorCRMState, credentials: Credentials) -> list[BaseRoute]:
    async def upload(
        request: Request, path: str
    ) -> tuple[list[Record], Response | None]:
        if not _authorized(request, credentials):
            return [], json_response(
                {"status": "error", "message": "invalid api_key or api_secret"}, 401
            )
        try:
            body: list[Record] = await checked_body(request, SERVICE, "post", path)
        except Refused as refused:
            return [], _refusal(
                400, [problem.as_dict() for problem in refused.problems]
            )
        return body, None

    async def upload_customers(request: Request) -> Response:
        records, refusal = await upload(request, CUSTOMERS_PATH)
        if refusal is not None:
            return refusal
        summary = _upsert(state.customers, records)
        state.batches.append((CUSTOMERS_PATH, len(records)))
        return json_response({"status": "success", **summary})

    async def upload_invoices(request: Request) -> Response:
        records, refusal = await upload(request, INVOICES_PATH)
        if refusal is not None:
            return refusal
        unknown = [
            {
                "index": index,
                "invoiceNumber": record["invoiceNumber"],
                **Problem(
                    f"$[{index}].customerNumber",
                    f"no customer with customerno {record['customerNumber']!r}",
                ).as_dict(),
            }
            for index, record in enumerate(records)
            if record["customerNumber"] not in state.customers
        ]
        if unknown:
            return _refusal(422, unknown)
        summary = _upsert(state.invoices, records)
        state.batches.append((INVOICES_PATH, len(records)))
        return json_response({"status": "success", **summary})

    return [
        Route(CUSTOMERS_PATH, upload_customers, methods=["POST"]),
        Route(INVOICES_PATH, upload_invoices, methods=["POST"]),
    ]
