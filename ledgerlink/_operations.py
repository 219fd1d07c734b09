"""Naming the operation behind a request, for error messages.

httpx only sees a method and a URL; people debugging a failed sync think in
operations (``list_vendors``, ``create_company``).  The generated package
knows both: each operation module (named after the spec's operationId) builds
its request from a literal method and path template.  Those literals are read
from the module sources, not imported, only when an error needs a name (never
at import time, never on the success path), and the table is cached per
service.  Reading the generated sources rather than the spec keeps this cheap
(no 260 kB YAML parse while an error is raised) and working in an installed
wheel, which ships the generated packages but not ``specs/``.  Without a
match the name falls back to ``METHOD /path``.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

# In every generated _get_kwargs: "method": "get", "url": "/api/v3/vendors/{id}"
_REQUEST = re.compile(r'"method":\s*"(?P<method>\w+)",\s*"url":\s*f?"(?P<url>[^"]+)"')
_PARAMETER = re.compile(r"\\\{[^}]*\\\}")


def _api_directory(service: str) -> Path | None:
    spec = importlib.util.find_spec(f"{service}_client")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "api"


@functools.cache
def _table(service: str) -> tuple[tuple[str, re.Pattern[str], str], ...]:
    directory = _api_directory(service)
    if directory is None:
        return ()
    rows: list[tuple[str, re.Pattern[str], str]] = []
    for module in sorted(directory.glob("*/*.py")):
        match = _REQUEST.search(module.read_text())
        if match is None:
            continue
        # Literal parts escaped, each {parameter} matching one path segment; a
        # trailing slash is optional because servers and specs disagree on it;
        # any prefix is allowed for a base URL with a path.
        body = _PARAMETER.sub("[^/]+", re.escape(match["url"].rstrip("/")))
        rows.append((match["method"].upper(), re.compile(f".*?{body}/?$"), module.stem))
    # Literal paths before templated ones: /vendors/search beats /vendors/{id}.
    rows.sort(key=lambda row: row[1].pattern.count("[^/]+"))
    return tuple(rows)


def operation_name(service: str, method: str, path: str) -> str:
    """The generated operation's name for ``method path``, or ``"METHOD /path"``."""
    method = method.upper()
    for row_method, pattern, operation in _table(service):
        if row_method == method and pattern.match(path):
            return operation
    return f"{method} {path}"
