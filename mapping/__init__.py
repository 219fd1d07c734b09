"""mapping: declarative cattrs conversions between Procurify, AccountingSuite and PayorCRM records.

Use::

    import mapping

    result = mapping.convert("accountingsuite.invoice -> payorcrm.invoice", records)
    for index, invoice in result.converted: ...
    for error in result.failures: print(error.index, error.path, error.reason)

Records are generated client models or the JSON objects the source API
returns; see :mod:`mapping.api`.  The submodules are imported on first use so
that ``import mapping`` costs nothing until a conversion runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mapping.api import BatchResult, Lookups, bind, convert, convert_one, pairs
    from mapping.declaration import Options, Resolver
    from mapping.errors import Reason, RecordError, RecordFailed

__all__ = [
    "BatchResult",
    "Lookups",
    "Options",
    "Reason",
    "RecordError",
    "RecordFailed",
    "Resolver",
    "bind",
    "convert",
    "convert_one",
    "pairs",
]

_HOME = {
    "BatchResult": "mapping.api",
    "Lookups": "mapping.api",
    "bind": "mapping.api",
    "convert": "mapping.api",
    "convert_one": "mapping.api",
    "pairs": "mapping.api",
    "Options": "mapping.declaration",
    "Resolver": "mapping.declaration",
    "Reason": "mapping.errors",
    "RecordError": "mapping.errors",
    "RecordFailed": "mapping.errors",
}


def __getattr__(name: str) -> Any:
    import importlib

    if name in _HOME:
        return getattr(importlib.import_module(_HOME[name]), name)
    raise AttributeError(f"module 'mapping' has no attribute {name!r}")
