"""The Procurify reference samples and the spec operations they belong to.

The fixtures in ``tests/fixtures/procurify/samples`` are written by
``tools/extract_procurify_samples.py``; ``index.json`` names each sample's
operation and whether it is the request body or the answer.  This module
finds, for an operation id, its generated module and the arguments needed to
call it, so a test can send any sample through the real generated function.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from ledgerlink.specs import load_spec

SAMPLES_DIR = (
    Path(__file__).resolve().parent.parent / "fixtures" / "procurify" / "samples"
)
_ZULU = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)Z$")


@dataclass(frozen=True)
class Sample:
    """One fixture: which operation, request or response, and its JSON."""

    file: str
    operation: str
    kind: str
    data: Any

    @property
    def id(self) -> str:
        return self.file.removesuffix(".json")


def samples() -> list[Sample]:
    """Every fixture listed in ``index.json``, in the seeds' order."""
    index = json.loads((SAMPLES_DIR / "index.json").read_text())
    return [
        Sample(
            file=entry["file"],
            operation=entry["operation"],
            kind=entry["kind"],
            data=json.loads((SAMPLES_DIR / entry["file"]).read_text()),
        )
        for entry in index
    ]


def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation object) from specs/procurify.yaml."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in load_spec("procurify")["paths"].items():
        for method, operation in item.items():
            found[operation["operationId"]] = (method, path, operation)
    return found


def api_module(operation_id: str) -> ModuleType:
    """The generated module of an operation: ``api/<tag>/<operationId>.py``."""
    _, _, operation = operations()[operation_id]
    package = operation["tags"][0].replace("-", "_")
    return importlib.import_module(f"procurify_client.api.{package}.{operation_id}")


def _placeholder(annotation: Any) -> Any:
    """A valid value for a required path or query parameter of this type."""
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if annotation is int:
        return 7
    if annotation is str:
        return "5f3a9c"  # valid as a hex bill id as well as any string
    raise TypeError(f"no placeholder for parameter type {annotation!r}")


def call_arguments(operation_id: str, body: Any = None) -> dict[str, Any]:
    """Keyword arguments for ``sync_detailed``: required parameters, and the body."""
    function = api_module(operation_id).sync_detailed
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(
        function, eval_str=True
    ).parameters.items():
        if name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        arguments[name] = body if name == "body" else _placeholder(parameter.annotation)
    return arguments


def body_type(operation_id: str) -> Any:
    """The annotation of the ``body`` argument (a model class or ``list[Model]``)."""
    function = api_module(operation_id).sync_detailed
    return inspect.signature(function, eval_str=True).parameters["body"].annotation


def same_instants(value: Any) -> Any:
    """Write ``...Z`` timestamps as ``...+00:00``: the models' isoformat spelling.

    ``datetime.isoformat()`` never writes ``Z``; both spellings are the same
    instant, so comparing samples with ``to_dict()`` output normalizes them.
    """
    if isinstance(value, dict):
        return {key: same_instants(item) for key, item in value.items()}
    if isinstance(value, list):
        return [same_instants(item) for item in value]
    if isinstance(value, str):
        return _ZULU.sub(r"\1+00:00", value)
    return value
