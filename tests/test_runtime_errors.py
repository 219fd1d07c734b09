"""Typed errors from real responses, and secrets kept out of every message."""

from __future__ import annotations

import asyncio
import logging

import pytest
from accountingsuite_client.api.companies import (
    create_company,
    get_company,
    list_companies,
)
from accountingsuite_client.models import CompanyWrite
from procurify_client.api.vendors import get_vendor, list_vendors

from ledgerlink import connect
from ledgerlink._operations import operation_name
from ledgerlink.errors import (
    AuthenticationError,
    LedgerlinkError,
    NotFoundError,
    RateLimitedError,
    RejectedInputError,
    ServerError,
    TransportError,
    UnexpectedStatusError,
    UnparseableBodyError,
)
from tests.support.faults import (
    API_KEY,
    CLIENT_SECRET,
    FAST_RETRY,
    PAYOR_KEY,
    PAYOR_SECRET,
    ProcurifyAPI,
    procurify_for,
    suite,
)
from tests.support.loopback import LoopbackServer, Reply


def test_an_error_body_with_status_200_is_rejected_input_with_every_key(
    server: LoopbackServer,
) -> None:
    server.queue(
        Reply(
            200,
            json={
                "status": "error",
                "message": "[company_name] : Company already exists",
                "api_code": "0c5a-existing",
            },
        )
    )

    with pytest.raises(RejectedInputError) as caught:
        create_company.sync_detailed(
            client=suite(server), body=CompanyWrite(company_name="Acme")
        )

    error = caught.value
    assert error.messages == ("[company_name] : Company already exists",)
    assert dict(error.details) == {"api_code": "0c5a-existing"}
    assert (error.service, error.operation, error.status_code) == (
        "accountingsuite",
        "create_company",
        200,
    )
    assert "Company already exists" in str(error)


def test_an_error_body_split_over_message1_and_message2_keeps_both(
    server: LoopbackServer,
) -> None:
    server.queue(
        Reply(
            200,
            json={
                "status": "error",
                "message1": "[address_code] : Address not found",
                "message2": "[default_billing] : One address must be the default",
            },
        )
    )

    with pytest.raises(RejectedInputError) as caught:
        list_companies.sync_detailed(client=suite(server))

    assert caught.value.messages == (
        "[address_code] : Address not found",
        "[default_billing] : One address must be the default",
    )
    assert "Address not found" in str(caught.value)
    assert "One address must be the default" in str(caught.value)


def test_an_error_body_with_any_status_is_rejected_input(
    server: LoopbackServer,
) -> None:
    server.queue(
        Reply(409, json={"status": "error", "message": "[item_code] : in use"})
    )

    with pytest.raises(RejectedInputError) as caught:
        get_company.sync_detailed("c-1", client=suite(server))

    assert caught.value.status_code == 409
    assert caught.value.operation == "get_company"


def test_a_success_body_mentioning_status_is_not_an_error(
    server: LoopbackServer,
) -> None:
    server.queue(
        Reply(200, json={"companies": [{"api_code": "c-1", "company_name": "error"}]})
    )

    response = list_companies.sync_detailed(client=suite(server))

    assert response.parsed is not None
    assert response.parsed.companies[0].company_name == "error"


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, RejectedInputError),
        (401, AuthenticationError),
        (403, AuthenticationError),
        (404, NotFoundError),
        (405, UnexpectedStatusError),
        (422, RejectedInputError),
        (500, ServerError),
    ],
)
def test_statuses_map_to_error_classes(
    server: LoopbackServer, status: int, error_type: type[LedgerlinkError]
) -> None:
    api = ProcurifyAPI()
    server.set_handler(api)
    server.queue(
        Reply(200, json={"access_token": "token-1", "expires_in": 3600}),
        Reply(status, json={"name": ["This field is required."]}),
    )
    client = procurify_for(server)

    with pytest.raises(error_type) as caught:
        get_vendor.sync_detailed(42, client=client)

    error = caught.value
    assert isinstance(error, LedgerlinkError)
    assert (error.service, error.operation, error.status_code) == (
        "procurify",
        "get_vendor",
        status,
    )
    if isinstance(error, RejectedInputError):
        assert error.messages == ("name: ['This field is required.']",)


def test_a_429_carries_retry_after(server: LoopbackServer) -> None:
    server.set_handler(lambda _r: Reply(429, headers={"Retry-After": "0"}))

    with pytest.raises(RateLimitedError) as caught:
        list_companies.sync_detailed(client=suite(server))

    assert caught.value.retry_after == 0.0


def test_async_calls_raise_the_same_typed_errors(server: LoopbackServer) -> None:
    server.queue(
        Reply(200, json={"status": "error", "message": "[limit] : too large"}),
        Reply(404, json={"status": "error", "message": "not found"}),
    )
    client = suite(server)

    async def main() -> None:
        async with client:
            with pytest.raises(RejectedInputError, match="too large"):
                await list_companies.asyncio_detailed(client=client)
            with pytest.raises(RejectedInputError, match="not found"):
                await get_company.asyncio(api_code="c-9", client=client)

    asyncio.run(main())


def test_operation_names_come_from_the_generated_operations() -> None:
    assert operation_name("procurify", "GET", "/api/v3/vendors") == "list_vendors"
    assert operation_name("procurify", "get", "/api/v3/vendors/") == "list_vendors"
    assert operation_name("procurify", "GET", "/api/v3/vendors/17") == "get_vendor"
    assert operation_name("procurify", "POST", "/oauth/token") == "get_oauth_token"
    assert operation_name("accountingsuite", "DELETE", "/companies/abc") == (
        "delete_company"
    )
    # A base URL with a path prefix still finds the operation.
    assert operation_name("accountingsuite", "GET", "/v1/items") == "list_items"
    assert operation_name("procurify", "GET", "/nowhere") == "GET /nowhere"


def test_secrets_never_reach_reprs_logs_or_error_messages(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api = ProcurifyAPI(count=3)
    server.set_handler(api)
    procurify = procurify_for(server)
    suite_client = suite(server)
    payor = connect.payorcrm(PAYOR_KEY, PAYOR_SECRET, base_url=server.url)
    errors: list[BaseException] = []

    # Successful calls, retries, refetches and failures of every kind, with the
    # secrets echoed back in bodies the way a careless server would.
    list_vendors.sync_detailed(client=procurify)
    server.queue(Reply(503), Reply(drop=True))
    list_vendors.sync_detailed(client=procurify)
    api.revoked.add("token-1")
    list_vendors.sync_detailed(client=procurify)
    attempts = FAST_RETRY.max_attempts
    echoes = [  # (reply, how many attempts it answers)
        (
            Reply(
                200,
                json={
                    "status": "error",
                    "message": f"bad key {API_KEY}",
                    "apisecretkey": API_KEY,
                    "company_name": f"echo {API_KEY}",
                },
            ),
            1,
        ),
        (Reply(200, body=f"<html>apisecretkey={API_KEY}</html>".encode()), 1),
        (Reply(401, json={"status": "error", "message": f"invalid {API_KEY}"}), 1),
        (
            Reply(
                json={"access_token": "token-9", "client_secret": CLIENT_SECRET},
                truncate=True,
            ),
            attempts,
        ),
    ]
    for reply, count in echoes:
        server.queue(*[reply] * count)
        try:
            list_companies.sync_detailed(client=suite_client)
        except LedgerlinkError as exc:
            errors.append(exc)
    server.queue(Reply(drop=True))
    try:
        create_company.sync_detailed(
            client=suite_client, body=CompanyWrite(company_name="Acme")
        )
    except TransportError as exc:
        errors.append(exc)
    assert [type(e) for e in errors] == [
        RejectedInputError,
        UnparseableBodyError,
        AuthenticationError,
        UnparseableBodyError,
        TransportError,
    ]

    rejected = errors[0]
    assert isinstance(rejected, RejectedInputError)
    assert dict(rejected.details) == {"apisecretkey": "***", "company_name": "echo ***"}

    texts = [caplog.text, repr(procurify), repr(suite_client), repr(payor)]
    texts += [str(e) for e in errors] + [repr(e) for e in errors]
    texts += [
        repr(getattr(e, "details", "")) + getattr(e, "excerpt", "") for e in errors
    ]
    texts += [repr(r) for r in caplog.records]
    secrets = [
        CLIENT_SECRET,
        API_KEY,
        PAYOR_KEY,
        PAYOR_SECRET,
        "token-1",
        "token-2",
        "token-9",
    ]
    for text in texts:
        for secret in secrets:
            assert secret not in text, (secret, text[:200])
    assert "retry" in caplog.text  # the retries were logged, just without secrets
