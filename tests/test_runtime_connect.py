"""connect.*(): configuration from arguments or the environment, and defaults."""

from __future__ import annotations

import httpx
import pytest
from accountingsuite_client.api.companies import list_companies
from payorcrm_client.api.customers import upload_customers
from payorcrm_client.models import Customer
from procurify_client.api.vendors import list_vendors

from ledgerlink import connect
from ledgerlink._secrets import Secret, redact
from ledgerlink.errors import ConfigurationError, LedgerlinkError
from tests.support.faults import (
    API_KEY,
    CLIENT_ID,
    CLIENT_SECRET,
    PAYOR_KEY,
    PAYOR_SECRET,
    ProcurifyAPI,
)
from tests.support.loopback import LoopbackServer, Reply

VARIABLES = [
    "PROCURIFY_DOMAIN",
    "PROCURIFY_CLIENT_ID",
    "PROCURIFY_CLIENT_SECRET",
    "PROCURIFY_BASE_URL",
    "ACCOUNTINGSUITE_API_KEY",
    "ACCOUNTINGSUITE_BASE_URL",
    "PAYORCRM_API_KEY",
    "PAYORCRM_API_SECRET",
    "PAYORCRM_BASE_URL",
]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_every_client_works_from_the_environment_alone(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = ProcurifyAPI(count=2)
    server.set_handler(
        lambda r: (
            api(r)
            if r.path.startswith(("/oauth", "/api/v3"))
            else Reply(200, json={"companies": []})
        )
    )
    for name, value in {
        "PROCURIFY_BASE_URL": server.url,
        "PROCURIFY_CLIENT_ID": CLIENT_ID,
        "PROCURIFY_CLIENT_SECRET": CLIENT_SECRET,
        "ACCOUNTINGSUITE_BASE_URL": server.url,
        "ACCOUNTINGSUITE_API_KEY": API_KEY,
        "PAYORCRM_BASE_URL": server.url,
        "PAYORCRM_API_KEY": PAYOR_KEY,
        "PAYORCRM_API_SECRET": PAYOR_SECRET,
    }.items():
        monkeypatch.setenv(name, value)

    vendors = list_vendors.sync_detailed(client=connect.procurify())
    companies = list_companies.sync_detailed(client=connect.accountingsuite())
    upload = upload_customers.sync_detailed(
        client=connect.payorcrm(),
        body=[Customer(emailaddress1="a@example.com", customerno="1", companyname="A")],
    )

    assert vendors.parsed is not None and len(vendors.parsed.data) == 2
    assert companies.parsed is not None and companies.parsed.companies == []
    assert upload.status_code == 200
    token, vendor_call, suite_call, payor_call = server.requests
    assert token.json()["client_id"] == CLIENT_ID
    assert vendor_call.headers["authorization"] == "Bearer token-1"
    assert suite_call.headers["apisecretkey"] == API_KEY
    assert (payor_call.headers["api_key"], payor_call.headers["api_secret"]) == (
        PAYOR_KEY,
        PAYOR_SECRET,
    )


def test_arguments_win_over_the_environment(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACCOUNTINGSUITE_API_KEY", "from-environment")
    monkeypatch.setenv("ACCOUNTINGSUITE_BASE_URL", "http://127.0.0.1:9")
    server.set_handler(lambda _r: Reply(200, json={"companies": []}))

    list_companies.sync_detailed(
        client=connect.accountingsuite(
            Secret("from-argument"), base_url=server.url, rate_limit=None
        )
    )

    assert server.requests[0].headers["apisecretkey"] == "from-argument"


@pytest.mark.parametrize(
    ("factory", "environment", "missing"),
    [
        (connect.procurify, {}, "PROCURIFY_DOMAIN"),
        (connect.procurify, {"PROCURIFY_DOMAIN": "acme"}, "PROCURIFY_CLIENT_ID"),
        (
            connect.procurify,
            {"PROCURIFY_DOMAIN": "acme", "PROCURIFY_CLIENT_ID": "id"},
            "PROCURIFY_CLIENT_SECRET",
        ),
        (connect.accountingsuite, {}, "ACCOUNTINGSUITE_API_KEY"),
        (connect.payorcrm, {}, "PAYORCRM_API_KEY"),
        (connect.payorcrm, {"PAYORCRM_API_KEY": "k"}, "PAYORCRM_API_SECRET"),
    ],
)
def test_a_missing_setting_names_its_variable(
    monkeypatch: pytest.MonkeyPatch,
    factory: object,
    environment: dict[str, str],
    missing: str,
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    with pytest.raises(ConfigurationError, match=missing) as caught:
        factory()  # type: ignore[operator]

    assert isinstance(caught.value, LedgerlinkError)
    assert caught.value.operation == "connect"


def test_default_base_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROCURIFY_DOMAIN", "acme")

    procurify = connect.procurify(client_id="i", client_secret="s")
    suite = connect.accountingsuite("k")
    payor = connect.payorcrm("k", "s")

    assert str(procurify.get_httpx_client().base_url) == "https://acme.procurify.com"
    assert str(suite.get_httpx_client().base_url) == "https://api.accountingsuite.com"
    assert str(payor.get_httpx_client().base_url) == "https://app.payorcrm.com"


def test_every_client_has_a_timeout_by_default_and_it_can_be_changed() -> None:
    suite = connect.accountingsuite("k", base_url="http://127.0.0.1:9")
    payor = connect.payorcrm("k", "s", base_url="http://127.0.0.1:9")
    procurify = connect.procurify(
        client_id="i", client_secret="s", base_url="http://127.0.0.1:9"
    )
    custom = connect.accountingsuite(
        "k", base_url="http://127.0.0.1:9", timeout=httpx.Timeout(3.0, read=7.0)
    )

    # AccountingSuite documents a 2-minute server limit; the others answer fast.
    assert suite.get_httpx_client().timeout == httpx.Timeout(
        5.0, read=120.0, write=120.0
    )
    assert payor.get_httpx_client().timeout.read == 30.0
    assert procurify.get_async_httpx_client().timeout.read == 30.0
    assert procurify.get_httpx_client().timeout.connect == 5.0
    assert custom.get_httpx_client().timeout == httpx.Timeout(3.0, read=7.0)


def test_secret_wrapper_and_redaction() -> None:
    secret = Secret("hunter2")

    assert "hunter2" not in repr(secret) and "hunter2" not in str(secret)
    assert "hunter2" not in f"{secret}" and secret.reveal() == "hunter2"
    assert (
        redact('{"access_token": "abc123", "n": 1}')
        == '{"access_token": "***", "n": 1}'
    )
    assert redact("apisecretkey=k-1&x=2") == "apisecretkey=***&x=2"
    assert redact("key k-1 echoed", ["k-1"]) == "key *** echoed"
    with pytest.raises(TypeError):
        __import__("pickle").dumps(secret)
