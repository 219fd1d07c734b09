"""What the mapping needs to know about a generated client model.

openapi-python-client turns ``customerNumber`` into the attribute
``customer_number`` and keeps the JSON key only inside the model's
``to_dict``.  The mapping's declarations and error paths speak wire names (what
the APIs and the lineage table show), while cattrs builds and reads attributes,
so each model's attribute -> key table is read once from the generated
``to_dict`` (its ``field_dict`` assignments), never re-derived by guessing the
generator's naming rules.

The generated modules import nested models only under ``TYPE_CHECKING``, so
their string annotations do not resolve on their own; :func:`resolved` resolves
them against the client's ``models`` package once, for cattrs and for us.
"""

from __future__ import annotations

import ast
import functools
import importlib
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs

#: The attribute generated models use to keep unknown keys; not a wire field.
EXTRA = "additional_properties"


def client_package(cls: type) -> str:
    """``accountingsuite_client`` for ``accountingsuite_client.models.item.Item``."""
    return cls.__module__.partition(".")[0]


@functools.cache
def unset_of(package: str) -> object:
    """The ``UNSET`` sentinel of one generated client (each has its own)."""
    return importlib.import_module(f"{package}.types").UNSET


@functools.cache
def resolved(cls: type) -> type:
    """``cls`` with every field's annotation resolved (and so its nested models)."""
    package = client_package(cls)
    namespace = dict(vars(importlib.import_module(f"{package}.models")))
    attrs.resolve_types(cls, localns=namespace)
    for field in attrs.fields(cls):
        for nested in nested_models(field.type):
            resolved(nested)
    return cls


def nested_models(tp: Any) -> list[type]:
    """The attrs classes mentioned in a (resolved) annotation."""
    if attrs.has(tp):
        return [tp]
    found: list[type] = []
    for arg in typing.get_args(tp):
        found.extend(nested_models(arg))
    return found


def is_union(tp: Any) -> bool:
    """``X | Y`` or ``typing.Union[X, Y]``: resolved annotations hold both kinds."""
    return isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union


def is_unset(tp: Any) -> bool:
    """The ``Unset`` class of any generated client (each package has its own)."""
    return isinstance(tp, type) and tp.__name__ == "Unset"


def strip_unset(tp: Any) -> tuple[Any, bool]:
    """``(X, nullable)`` for ``X | Unset``, ``X | None | Unset`` and ``X``."""
    if is_union(tp):
        args = [a for a in typing.get_args(tp) if not is_unset(a)]
        nullable = type(None) in args
        args = [a for a in args if a is not type(None)]
        if len(args) == 1:
            return args[0], nullable
        return typing.Union[tuple(args)], nullable  # noqa: UP007
    return tp, False


def _to_dict_of(cls: type) -> ast.AST:
    """The AST of ``cls.to_dict``, read from the module's source file.

    The whole file is parsed (not ``inspect.getsource``, which needs the
    file's line numbers to still match the loaded code).
    """
    module = sys.modules[cls.__module__]
    tree = _module_ast(str(module.__file__))
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "to_dict":
                    return item
    raise RuntimeError(f"{cls.__qualname__} has no to_dict in {module.__file__}")


@functools.cache
def _module_ast(path: str) -> ast.Module:
    return ast.parse(Path(path).read_text(encoding="utf-8"))


@functools.cache
def wire_names(cls: type) -> dict[str, str]:
    """Attribute name -> JSON key for one generated model, from its ``to_dict``."""
    tree = _to_dict_of(cls)
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        # field_dict.update({"wireName": attr_name, ...})
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if (
                    isinstance(key, ast.Constant)
                    and isinstance(key.value, str)
                    and isinstance(value, ast.Name)
                ):
                    names[value.id] = key.value
        # field_dict["wireName"] = attr_name
        elif (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Subscript)
            and isinstance(node.targets[0].slice, ast.Constant)
            and isinstance(node.targets[0].slice.value, str)
            and isinstance(node.value, ast.Name)
        ):
            names[node.value.id] = node.targets[0].slice.value
    declared = {f.name for f in attrs.fields(cls) if f.name != EXTRA}
    missing = declared - names.keys()
    if missing:
        raise RuntimeError(
            f"cannot find the JSON keys of {cls.__qualname__}.{sorted(missing)} in its to_dict"
        )
    return {name: names[name] for name in sorted(declared, key=list(names).index)}


@functools.cache
def attr_names(cls: type) -> dict[str, str]:
    """JSON key -> attribute name (the inverse of :func:`wire_names`)."""
    return {wire: attr for attr, wire in wire_names(cls).items()}


def field_type(cls: type, wire: str) -> Any:
    """The resolved annotation of the field with JSON key ``wire``."""
    attr = attr_names(resolved(cls))[wire]
    return attrs.fields_dict(cls)[attr].type


def has_extra(cls: type) -> bool:
    return EXTRA in attrs.fields_dict(cls)


def wire_get(instance: Any, wire: str) -> Any:
    """The value of field ``wire`` (JSON key) of a model instance; None if unset."""
    cls: Any = type(instance)
    value = getattr(instance, attr_names(cls)[wire])
    return None if type(value).__name__ == "Unset" else value
