"""Naming the operation behind a request, for error messages.

httpx only sees a method and a URL; people debugging a failed sync think in
operations (``Vendors_list``, ``createCompany``).  The curated spec maps one to
the other.  The spec is large, so it is read only when an error needs a name,
never at import time and never on the success path; the compiled path table is
cached per service.  Without a spec (an installed wheel ships none) the name
falls back to ``METHOD /path``.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

# The same directory ledgerlink.specs reads; not imported from there because
# that module pulls in jsonschema, which the runtime's import should not pay.
SPECS_DIR = Path(__file__).resolve().parent.parent / "specs"

_PARAMETER = re.compile(r"\\\{[^}]*\\\}")


def _load(service: str) -> dict[str, Any]:
    # libyaml when present: ~6x faster than the pure-Python loader on the
    # 260 kB Procurify spec, and this runs while an error is being raised.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with (SPECS_DIR / f"{service}.yaml").open() as handle:
        document: dict[str, Any] = yaml.load(handle, Loader=loader)
    return document


@functools.cache
def _table(service: str) -> tuple[tuple[str, re.Pattern[str], str], ...]:
    try:
        spec = _load(service)
    except OSError:
        return ()
    rows: list[tuple[str, re.Pattern[str], str]] = []
    for template, item in (spec.get("paths") or {}).items():
        # Literal parts escaped, each {parameter} matching one path segment; a
        # trailing slash is optional because servers and specs disagree on it.
        body = _PARAMETER.sub("[^/]+", re.escape(template.rstrip("/")))
        pattern = re.compile(f".*?{body}/?$")
        for method, operation in (item or {}).items():
            if isinstance(operation, dict) and "operationId" in operation:
                rows.append((method.upper(), pattern, str(operation["operationId"])))
    # Literal paths before templated ones: /vendors/search beats /vendors/{id}.
    rows.sort(key=lambda row: row[1].pattern.count("[^/]+"))
    return tuple(rows)


def operation_name(service: str, method: str, path: str) -> str:
    """The spec's operationId for ``method path``, or ``"METHOD /path"``."""
    method = method.upper()
    for row_method, pattern, operation_id in _table(service):
        if row_method == method and pattern.match(path):
            return operation_id
    return f"{method} {path}"
