"""Find the generated AccountingSuite operation for a request the seed shows.

The seed document pairs its examples with ``curl`` commands (a method and a
URL), not with operation names.  Tests that replay an example must call the
generated function for that request; reading the route from the curated spec
(method + path template -> operationId and tag) keeps that pairing in one
place and proves the spec's paths match the document's URLs.
"""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ledgerlink.specs import load_spec

_HTTP_METHODS = ("get", "put", "post", "delete")


@dataclass(frozen=True)
class Route:
    """One operation of the spec, ready to be called against a test server."""

    operation_id: str
    tag: str
    method: str
    template: str
    pattern: re.Pattern[str]
    body_schema: str | None

    @property
    def module(self) -> ModuleType:
        """The generated module ``accountingsuite_client.api.<tag>.<operationId>``."""
        return importlib.import_module(
            f"accountingsuite_client.api.{self.tag}.{self.operation_id}"
        )

    def call(self, client: Any, path: str, body: Any = None) -> Any:
        """``sync_detailed`` with the path parameters taken from ``path``."""
        match = self.pattern.fullmatch(path)
        if match is None:
            raise ValueError(f"{path} is not a path of {self.operation_id}")
        kwargs: dict[str, Any] = dict(match.groupdict())
        if body is not None:
            kwargs["body"] = body
        return self.module.sync_detailed(client=client, **kwargs)


def _compile(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(
        f"(?P<{part}>[^/]+)" if index % 2 else re.escape(part)
        for index, part in enumerate(parts)
    )
    return re.compile(regex)


@functools.cache
def routes() -> tuple[Route, ...]:
    """Every path operation of ``specs/accountingsuite.yaml``."""
    found: list[Route] = []
    for template, item in load_spec("accountingsuite")["paths"].items():
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            body_schema = None
            content = operation.get("requestBody", {}).get("content", {})
            for media in content.values():
                body_schema = media["schema"]["$ref"].rsplit("/", 1)[-1]
            found.append(
                Route(
                    operation_id=operation["operationId"],
                    tag=operation["tags"][0],
                    method=method.upper(),
                    template=template,
                    pattern=_compile(template),
                    body_schema=body_schema,
                )
            )
    return tuple(found)


def route_for(method: str, path: str) -> Route:
    """The single operation serving ``method path``."""
    matches = [
        route
        for route in routes()
        if route.method == method.upper() and route.pattern.fullmatch(path)
    ]
    if len(matches) != 1:
        raise LookupError(f"{method} {path}: {len(matches)} operations match")
    return matches[0]
