"""JSON on the sandbox's wire: bodies read with exact decimals, answers written exactly.

Money must never pass through a binary float, on the way in or out: both
directions go through :mod:`mapping.jsonio`, which reads every fractional
number as a ``Decimal`` and prints a ``Decimal`` as the JSON number it is
(``19.99``, not ``19.989999…`` and not the string ``"19.99"``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from mapping import jsonio


class BadJSON(ValueError):
    """The request body is not a JSON document."""


async def read_json(request: Request) -> Any:
    """The request body as JSON, numbers with a fraction as ``Decimal``."""
    raw = await request.body()
    try:
        return jsonio.loads(raw or b"null")
    except jsonio.DecodeError as error:
        raise BadJSON(f"request body is not JSON: {error}") from None


def json_response(
    data: Any, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(
        jsonio.dumps(data),
        status_code=status,
        headers=headers,
        media_type="application/json",
    )


def number(value: Decimal | int) -> Decimal | int:
    """A stored amount as the server writes it: whole values without a fraction."""
    if isinstance(value, int):
        return value
    if value == value.to_integral_value():
        return int(value)
    return value.normalize()
