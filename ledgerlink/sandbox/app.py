"""What the three sandbox servers share: credentials, the app factory, refusals.

Each service module provides its state and its routes; this module wraps them
in a Starlette app behind the fault injector, and gives handlers the helpers
for reading a body that the spec accepts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from ledgerlink.sandbox import validation
from ledgerlink.sandbox.faults import FaultInjector, FaultSwitch, RateLimitStyle
from ledgerlink.sandbox.validation import Problem
from ledgerlink.sandbox.wire import BadJSON, read_json

SERVICES = ("procurify", "accountingsuite", "payorcrm")


@dataclass(frozen=True)
class Credentials:
    """What the sandbox accepts.  Made-up values: the sandbox guards no data."""

    procurify_client_id: str = "sandbox-client-id"
    procurify_client_secret: str = "sandbox-client-secret"
    accountingsuite_api_key: str = "sandbox-apisecretkey"
    payorcrm_api_key: str = "sandbox-api-key"
    payorcrm_api_secret: str = "sandbox-api-secret"


class Refused(Exception):
    """A request the server turns down; the service decides how it looks on the wire."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(map(str, problems)))
        self.problems = list(problems)


async def checked_body(
    request: Request, service: str, method: str, spec_path: str
) -> Any:
    """The JSON body, if the operation's request schema in the spec accepts it.

    Raises :class:`Refused` with every problem found (bad JSON is one problem).
    """
    try:
        body = await read_json(request)
    except BadJSON as error:
        raise Refused([Problem("$", str(error))]) from None
    problems = validation.check(service, method, spec_path, body)
    if problems:
        raise Refused(problems)
    return body


def warm_up(service: str, routes: Sequence[BaseRoute]) -> None:
    """Build every request validator now, so no request pays for loading a spec.

    Otherwise the first write after start-up can take a second or more (the
    Procurify spec is large), which would blur rate-limit and latency timings.
    """
    if not validation.spec_available(service):
        return
    for route in routes:
        if not isinstance(route, Route) or route.path.endswith("/"):
            continue
        for method in route.methods or ():
            if method in ("POST", "PUT", "PATCH"):
                validation.request_validator(service, method.lower(), route.path)


def build_app(
    service: str,
    routes: Sequence[BaseRoute],
    switch: FaultSwitch,
    rate_limit_style: RateLimitStyle,
) -> FaultInjector:
    """One service's ASGI app: its routes, behind the fault injector."""
    warm_up(service, routes)
    app = Starlette(routes=list(routes))
    return FaultInjector(app, switch, rate_limit_style)
