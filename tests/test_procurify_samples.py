"""Every Procurify reference sample goes through the generated client over HTTP.

Response samples are served by a loopback server to the operation's generated
function; the parsed model must be the operation's documented schema and
``to_dict()`` must give the sample back.  Request samples are built into the
operation's request model and sent; the server must receive the same JSON.

Normalizations (the only differences tolerated):
- ``...Z`` timestamps come back as ``...+00:00`` (``same_instants``): the
  models hold ``datetime`` values and ``isoformat()`` spells UTC that way.
- The NetSuite accounts list answers an array; the integration page shows one
  element of it, so that sample is served as a one-element array.
"""

from __future__ import annotations

import re
from typing import Any, get_args

import httpx
import pytest
from procurify_client import AuthenticatedClient

from tests.support.loopback import LoopbackServer, Reply
from tests.support.procurify_samples import (
    Sample,
    api_module,
    body_type,
    call_arguments,
    operations,
    same_instants,
    samples,
)

ALL = samples()
RESPONSES = [s for s in ALL if s.kind == "response"]
REQUESTS = [s for s in ALL if s.kind == "request"]
REQUEST_OF = {s.operation: s for s in REQUESTS}
WRAPPED_IN_ARRAY = {"list_netsuite_accounts"}


def client_for(server: LoopbackServer) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=server.url,
        token="test-token",
        raise_on_unexpected_status=True,
        timeout=httpx.Timeout(5.0),
    )


def build_body(operation: str, data: Any) -> Any:
    """The request model (or list of models) built from a JSON body."""
    annotation = body_type(operation)
    if get_args(annotation):  # list[Model]
        (model,) = get_args(annotation)
        return [model.from_dict(item) for item in data]
    return annotation.from_dict(data)


def documented(operation: str) -> tuple[int, str]:
    """The (first) documented success status and its response schema name."""
    _, _, spec_operation = operations()[operation]
    status, response = min(spec_operation["responses"].items())
    schema = response["content"]["application/json"]["schema"]
    reference = schema.get("$ref") or schema["items"]["$ref"]
    return int(status), reference.rsplit("/", 1)[-1]


def test_the_fixtures_cover_the_seeds() -> None:
    reference = [s for s in ALL if not s.operation.endswith(("_netsuite_integration",))]
    assert len([s for s in reference if not s.file.startswith("netsuite_")]) == 67
    assert {s.operation for s in ALL if s.file.startswith("netsuite_")} == {
        "initialize_netsuite_integration",
        "list_netsuite_accounts",
        "create_netsuite_account",
    }
    assert set(REQUEST_OF) | {s.operation for s in RESPONSES} <= set(operations())


@pytest.mark.parametrize("sample", RESPONSES, ids=lambda s: s.id)
def test_response_sample_parses_and_round_trips(
    sample: Sample, server: LoopbackServer
) -> None:
    status, schema_name = documented(sample.operation)
    payload = [sample.data] if sample.operation in WRAPPED_IN_ARRAY else sample.data
    server.queue(Reply(status, json=payload))
    request = REQUEST_OF.get(sample.operation)
    body = build_body(sample.operation, request.data) if request else None

    response = api_module(sample.operation).sync_detailed(
        client=client_for(server), **call_arguments(sample.operation, body)
    )

    parsed = response.parsed
    if sample.operation in WRAPPED_IN_ARRAY:
        assert isinstance(parsed, list)
        assert [type(item).__name__ for item in parsed] == [schema_name]
        produced: Any = [item.to_dict() for item in parsed]
    else:
        assert type(parsed).__name__ == schema_name
        produced = parsed.to_dict()  # type: ignore[union-attr]
    assert same_instants(produced) == same_instants(payload)
    (sent,) = server.requests
    method, path, _ = operations()[sample.operation]
    assert sent.method == method.upper()
    assert re.fullmatch(re.sub(r"\{\w+\}", "[^/]+", path), sent.path)
    assert sent.headers["authorization"] == "Bearer test-token"


@pytest.mark.parametrize("sample", REQUESTS, ids=lambda s: s.id)
def test_request_sample_is_sent_as_the_same_json(
    sample: Sample, server: LoopbackServer
) -> None:
    status, _ = documented(sample.operation)
    response_sample = next(
        (s for s in RESPONSES if s.operation == sample.operation), None
    )
    reply = response_sample.data if response_sample else {}
    if sample.operation in WRAPPED_IN_ARRAY:
        reply = [reply]
    server.queue(Reply(status, json=reply))

    body = build_body(sample.operation, sample.data)
    api_module(sample.operation).sync_detailed(
        client=client_for(server), **call_arguments(sample.operation, body)
    )

    (sent,) = server.requests
    assert sent.headers["content-type"] == "application/json"
    assert sent.json() == same_instants(sample.data)
