"""Request bodies checked against the operation's schema in ``specs/``.

The sandbox answers as the real server would only if it also refuses what the
real server refuses, so every body is validated against the request schema
the curated spec gives for that operation (formats such as ``date`` and
``uuid`` included).  The schema is taken from the spec itself, keyed by
method and path template, so the sandbox cannot drift from the documents the
clients are generated from.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator

from ledgerlink import specs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Problem:
    """One reason a body was refused: where (a JSON path) and why."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "message": self.message}


def _json_path(parts: Any) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def spec_available(service: str) -> bool:
    return (specs.SPECS_DIR / f"{service}.yaml").exists()


def _normalize(path: str) -> str:
    return path.rstrip("/") or "/"


@functools.cache
def request_validator(
    service: str, method: str, path: str
) -> Draft202012Validator | None:
    """The validator of one operation's JSON request body (None: no body schema).

    Raises ``LookupError`` when the spec has no such operation: a sandbox
    route that the spec does not describe is a bug in the sandbox.
    """
    document = specs.load_spec(service)
    wanted = _normalize(path)
    for spec_path, item in document.get("paths", {}).items():
        if _normalize(spec_path) != wanted:
            continue
        operation = item.get(method.lower())
        if operation is None:
            break
        content = operation.get("requestBody", {}).get("content", {})
        media = content.get("application/json")
        if media is None or "schema" not in media:
            return None
        schema = specs.json_schema(service, media["schema"])
        return Draft202012Validator(
            schema, format_checker=Draft202012Validator.FORMAT_CHECKER
        )
    raise LookupError(f"{service}: the spec has no operation {method.upper()} {path}")


def check(service: str, method: str, path: str, body: Any) -> list[Problem]:
    """Every way ``body`` breaks the operation's request schema (empty: accepted).

    While a service's spec is not written yet, bodies are not checked (logged
    once per operation), so the sandbox stays usable during bootstrapping.
    """
    if not spec_available(service):
        _warn_unchecked(service, method, path)
        return []
    validator = request_validator(service, method, path)
    if validator is None:
        return []
    return sorted(
        (
            Problem(_json_path(error.absolute_path), error.message)
            for error in validator.iter_errors(body)
        ),
        key=lambda problem: (problem.path, problem.message),
    )


@functools.cache
def _warn_unchecked(service: str, method: str, path: str) -> None:
    log.warning(
        "%s: no spec yet, %s %s bodies are not validated", service, method, path
    )
