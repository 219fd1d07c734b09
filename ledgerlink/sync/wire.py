"""Calling generated operations with exact JSON, in and out.

The generated operations serialize a request body with ``httpx``'s
``json=`` (the standard library encoder, which refuses ``Decimal``) and parse
responses with ``response.json()`` into ``float`` fields.  The sync carries
money as ``Decimal`` from wire to wire, so it uses the generated operation
for everything *but* the JSON codec:

- :func:`send` takes the request the operation builds (method, path, headers;
  the operation's own ``_get_kwargs``), replaces its body with the mapped JSON
  encoded by :mod:`mapping.jsonio` (``Decimal`` written as the exact JSON
  number), and
  sends it through the client's httpx client, so the runtime (auth, rate
  limit, retries, typed errors) applies unchanged;
- :func:`get` calls a read operation the same way and returns its body as
  JSON read by :func:`load`, fractional numbers as ``Decimal``.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import httpx

from mapping import jsonio

__all__ = ["get", "load", "send"]


class _Document:
    """Stands in for a generated body model: its ``to_dict`` is the mapped JSON."""

    __slots__ = ("document",)

    def __init__(self, document: Any) -> None:
        self.document = document

    def to_dict(self) -> Any:
        return self.document


def load(response: httpx.Response) -> Any:
    """A response body as JSON, fractional numbers as ``Decimal``."""
    return jsonio.loads(response.content)


def send(
    operation: ModuleType, client: Any, document: Any, *args: Any, **params: Any
) -> httpx.Response:
    """Call ``operation`` with ``document`` (a JSON object, or a list of them) as body.

    ``args``/``params`` are the operation's other arguments (path and query
    parameters).  Errors are raised by the runtime's response hook as
    :mod:`ledgerlink.errors` exceptions; the raw response is returned.
    """
    body: Any = (
        [_Document(item) for item in document]
        if isinstance(document, list)
        else _Document(document)
    )
    kwargs: dict[str, Any] = operation._get_kwargs(*args, body=body, **params)
    payload = kwargs.pop("json")
    kwargs["content"] = jsonio.dumps(payload)
    response: httpx.Response = client.get_httpx_client().request(**kwargs)
    return response


def get(operation: ModuleType, client: Any, *args: Any, **params: Any) -> Any:
    """Call a read operation; its JSON body with exact decimals."""
    kwargs: dict[str, Any] = operation._get_kwargs(*args, **params)
    return load(client.get_httpx_client().request(**kwargs))
