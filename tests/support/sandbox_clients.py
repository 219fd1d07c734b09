"""Generated clients pointed at a running sandbox, with the sandbox's credentials.

Plain generated clients (no runtime layer): the sandbox tests check what the
servers put on the wire, so nothing may retry, page or translate for them.
"""

from __future__ import annotations

from typing import Any

import accountingsuite_client
import httpx
import payorcrm_client
import procurify_client
from procurify_client.api.oauth import get_oauth_token
from procurify_client.models import OAuthToken, OAuthTokenRequest

from ledgerlink.sandbox import Sandbox
from mapping import jsonio

TIMEOUT = httpx.Timeout(10.0)


def procurify_token(sb: Sandbox) -> str:
    creds = sb.credentials
    with procurify_client.Client(
        base_url=sb.urls["procurify"], timeout=TIMEOUT
    ) as client:
        answer = get_oauth_token.sync_detailed(
            client=client,
            body=OAuthTokenRequest(
                client_id=creds.procurify_client_id,
                client_secret=creds.procurify_client_secret,
            ),
        )
    assert answer.status_code == 200, answer.content
    assert isinstance(answer.parsed, OAuthToken)
    return answer.parsed.access_token


def procurify(sb: Sandbox, token: str | None = None) -> procurify_client.Client:
    return procurify_client.Client(
        base_url=sb.urls["procurify"],
        headers={
            "Authorization": f"Bearer {token or procurify_token(sb)}",
            "X-Procurify-Client": "api",
        },
        timeout=TIMEOUT,
    )


def accountingsuite(sb: Sandbox) -> accountingsuite_client.Client:
    return accountingsuite_client.Client(
        base_url=sb.urls["accountingsuite"],
        headers={"apisecretkey": sb.credentials.accountingsuite_api_key},
        timeout=TIMEOUT,
    )


def payorcrm(sb: Sandbox) -> payorcrm_client.Client:
    return payorcrm_client.Client(
        base_url=sb.urls["payorcrm"],
        headers={
            "api_key": sb.credentials.payorcrm_api_key,
            "api_secret": sb.credentials.payorcrm_api_secret,
        },
        timeout=TIMEOUT,
    )


def wire(response: Any) -> Any:
    """The JSON a response carried, as sent (not as the generated model parsed it).

    Read by :mod:`mapping.jsonio`, so a fractional amount is the exact
    ``Decimal`` on the wire, never a float.
    """
    return jsonio.loads(response.content)
