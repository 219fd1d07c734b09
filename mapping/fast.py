"""Straight-line structure/unstructure functions for the happy path.

cattrs' detailed validation wraps every field in its own ``try`` and collects
errors into exception groups, which is what makes its error messages precise
and also what makes it slow for records that are fine.  Records are almost
always fine, so the converter runs these functions first -- generated per
model in the same way cattrs generates its own (source text, ``exec``,
registered as the converter's hooks), with the strict type tests written
inline -- and only when one raises does it run cattrs' detailed function on
the same record to say exactly what is wrong (:mod:`mapping.converter`).

Both functions accept and produce exactly what the detailed converter does;
``tests/test_mapping_converter.py`` checks that they agree.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import linecache
import typing
from collections.abc import Callable
from typing import Any

import attrs

from mapping import models
from mapping.dates import parse_datetime

_PLAIN = {str: "str", bool: "bool", int: "int_"}
_SCALARS = (str, int, bool, float, decimal.Decimal)


class Invalid(Exception):
    """The fast path found something wrong; the detailed converter will say what."""


def _is_scalar_union(tp: Any) -> bool:
    """``int | VendorType`` and the like (mirrors the converter's union hook)."""
    if not models.is_union(tp):
        return False
    return all(
        a in _SCALARS or (isinstance(a, type) and issubclass(a, enum.Enum))
        for a in typing.get_args(tp)
    ) and type(None) not in typing.get_args(tp)


def generate_structure(
    cls: type, hook_for: Callable[[Any], Callable[[Any, Any], Any]]
) -> Callable[[Any, Any], Any]:
    """``(dict, cls) -> cls`` with inline checks; raises on any bad field."""
    models.resolved(cls)
    names = models.wire_names(cls)
    package_unset = models.unset_of(models.client_package(cls))
    globs: dict[str, Any] = {
        "cls": cls,
        "SU": package_unset,
        "Invalid": Invalid,
        "Decimal": decimal.Decimal,
        "int_": int,
        "list_": list,
        "PDT": parse_datetime,
    }
    lines = [
        "def structure(o, _):",
        "    if o.__class__ is not dict: raise Invalid",
        "    get = o.get",
    ]
    args: list[str] = []
    positional = _positional(cls, names)
    if not names and models.has_extra(cls):
        lines += [
            "    x = cls()",
            "    x.additional_properties = dict(o)",
            "    return x",
        ]
        done: Callable[[Any, Any], Any] = _exec(
            lines, globs, f"fast {cls.__qualname__}"
        )["structure"]
        return done
    for n, field in enumerate(attrs.fields(cls)):
        if field.name not in names or not field.init:
            continue
        wire = names[field.name]
        inner, nullable = models.strip_unset(field.type)
        optional = field.default is not attrs.NOTHING
        var = f"a{n}"
        check = _check(inner, var, n, globs, hook_for)
        if not optional:
            lines.append(f"    {var} = o[{wire!r}]")
            if nullable:
                lines.append(f"    if {var} is not None:")
                lines.extend(f"        {line}" for line in check)
            else:
                lines.extend(f"    {line}" for line in check)
            args.append(f"{field.name}={var}")
            continue
        # One dict probe: the package's UNSET doubles as "key not there".
        lines.append(f"    {var} = get({wire!r}, SU)")
        guard = f"{var} is not SU" + (f" and {var} is not None" if nullable else "")
        if len(check) == 1 and check[0].startswith("if "):
            # "if <bad>: raise Invalid" folds into the guard.
            lines.append(f"    if {guard} and {check[0][3:]}")
        elif check:
            lines.append(f"    if {guard}:")
            lines.extend(f"        {line}" for line in check)
        default = field.default
        if default is not package_unset:
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                globs[f"d{n}"] = default.factory
                fill = f"d{n}()"
            else:
                globs[f"d{n}"] = default
                fill = f"d{n}"
            lines.append(f"    if {var} is SU:")
            lines.append(f"        {var} = {fill}")
        args.append(f"{field.name}={var}")
    if positional:
        # The attrs __init__ takes every field in order: no keyword matching.
        args = [arg.partition("=")[2] for arg in args]
    lines.append(f"    return cls({', '.join(args)})")
    structure: Callable[[Any, Any], Any] = _exec(
        lines, globs, f"fast structure {cls.__qualname__}"
    )["structure"]
    return structure


def _positional(cls: type, names: dict[str, str]) -> bool:
    """Whether every ``__init__`` argument is a wire field (so all can go by position)."""
    return all(
        field.name in names and not field.kw_only
        for field in attrs.fields(cls)
        if field.init
    )


def _check(
    tp: Any,
    var: str,
    n: int,
    globs: dict[str, Any],
    hook_for: Callable[[Any], Callable[[Any, Any], Any]],
) -> list[str]:
    if tp in _PLAIN:
        return [f"if {var}.__class__ is not {_PLAIN[tp]}: raise Invalid"]
    if typing.get_origin(tp) is list and typing.get_args(tp)[0] in _PLAIN:
        # A list of strings (e-mail addresses): checked in place, then copied
        # as the list hook would, without a hook call per element.
        element = _PLAIN[typing.get_args(tp)[0]]
        return [
            f"if {var}.__class__ is not list_: raise Invalid",
            f"for e in {var}:",
            f"    if e.__class__ is not {element}: raise Invalid",
            f"{var} = list_({var})",
        ]
    if tp is datetime.datetime:
        return [
            f"if {var}.__class__ is not str: raise Invalid",
            f"{var} = PDT({var})",
        ]
    if tp in (float, decimal.Decimal):
        return [
            f"if {var}.__class__ is not Decimal:",
            f"    if {var}.__class__ is int_: {var} = Decimal({var})",
            "    else: raise Invalid",
            f"elif not {var}.is_finite(): raise Invalid",
        ]
    if tp is typing.Any:
        return []
    hook = f"h{n}"
    if _is_scalar_union(tp):
        # ``int | VendorType``: a value of a plain member type is taken as it
        # is (the union hook's first test); anything else goes to the hook.
        plain = frozenset(
            a for a in typing.get_args(tp) if a in _SCALARS and a is not float
        )
        globs[hook] = hook_for(tp)
        globs[f"tp{n}"] = tp
        globs[f"pl{n}"] = plain
        return [f"if {var}.__class__ not in pl{n}: {var} = {hook}({var}, tp{n})"]
    globs[hook] = hook_for(tp)
    globs[f"tp{n}"] = tp
    return [f"{var} = {hook}({var}, tp{n})"]


def generate_unstructure(
    cls: type, hook_for: Callable[[Any], Callable[[Any], Any]]
) -> Callable[[Any], dict[str, Any]]:
    """``cls -> dict`` in wire names, absent (UNSET) fields left out."""
    models.resolved(cls)
    names = models.wire_names(cls)
    globs: dict[str, Any] = {"TU": models.unset_of(models.client_package(cls))}
    lines = ["def unstructure(x):", "    d = {}"]
    for n, field in enumerate(attrs.fields(cls)):
        if field.name not in names or not field.init:
            continue
        inner, nullable = models.strip_unset(field.type)
        expr = _output(inner, "v", n, globs, hook_for)
        if nullable and expr != "v":
            expr = f"(None if v is None else {expr})"
        wire = names[field.name]
        lines.append(f"    v = x.{field.name}")
        if field.default is attrs.NOTHING:
            lines.append(f"    d[{wire!r}] = {expr}")
        else:
            lines.append("    if v is not TU:")
            lines.append(f"        d[{wire!r}] = {expr}")
    if models.has_extra(cls):
        lines.append("    e = x.additional_properties")
        lines.append("    if e:")
        lines.append("        d = {**e, **d}")
    lines.append("    return d")
    unstructure: Callable[[Any], dict[str, Any]] = _exec(
        lines, globs, f"fast unstructure {cls.__qualname__}"
    )["unstructure"]
    return unstructure


def _output(
    tp: Any,
    var: str,
    n: int,
    globs: dict[str, Any],
    hook_for: Callable[[Any], Callable[[Any], Any]],
) -> str:
    if tp in (str, int, bool, float, decimal.Decimal, typing.Any):
        return var
    if tp in (datetime.date, datetime.datetime):
        return f"{var}.isoformat()"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return f"{var}._value_"  # .value is a descriptor call; _value_ is the slot
    if typing.get_origin(tp) is list:
        (element,) = typing.get_args(tp)
        if element in (str, int, bool, float, decimal.Decimal, typing.Any):
            return f"list({var})"
        item = f"ui{n}"
        globs[item] = hook_for(element)
        return f"[{item}(i) for i in {var}]"
    hook = f"u{n}"
    globs[hook] = hook_for(tp)
    return f"{hook}({var})"


def _exec(lines: list[str], globs: dict[str, Any], name: str) -> dict[str, Any]:
    script = "\n".join(lines) + "\n"
    filename = f"<{name}>"
    linecache.cache[filename] = (len(script), None, script.splitlines(True), filename)
    exec(compile(script, filename, "exec"), globs)
    return globs
