"""The cattrs converter between wire JSON and the generated client models.

The generated models know their JSON keys only inside ``from_dict``/``to_dict``
(slow, and lenient: ``from_dict`` accepts ``5`` for a string).  This converter
replaces both with cattrs-generated functions, compiled once per model from
``make_dict_structure_fn``/``make_dict_unstructure_fn`` with the wire names as
``rename`` overrides, and adds the rules the models cannot carry:

- primitives are strict: a number where a string belongs is an error, never
  ``str(5)``; a ``bool`` is not an ``int``;
- every JSON number is money-safe: ``number`` fields (``float`` in the models)
  hold :class:`~decimal.Decimal` -- the JSON layer (:mod:`mapping.jsonio`)
  decodes numbers to ``Decimal`` and this converter never makes a float;
- dates accept every format the servers send (:mod:`mapping.dates`);
- an absent optional field stays the client's own ``UNSET`` and is omitted on
  output; keys a model does not declare are kept only by free-form models.

Validation is detailed (cattrs collects every field's error), and
:func:`failures_from` turns cattrs' exception groups into
:class:`~mapping.errors.MappingFailure` objects with wire paths.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import functools
import typing
import uuid
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from mapping import fast, models
from mapping.dates import date_part, parse_datetime
from mapping.errors import MappingFailure, Reason


class WrongType(TypeError):
    """A JSON value of the wrong JSON type for its field."""


class BadDate(ValueError):
    """A string that is not a date in any format the servers send."""


def _describe(value: Any) -> str:
    kind = {
        str: "a string",
        int: "an integer",
        bool: "a boolean",
        decimal.Decimal: "a number",
        float: "a number",
        list: "an array",
        dict: "an object",
        type(None): "null",
    }.get(type(value), type(value).__name__)
    return kind


def _strict_str(value: Any, _: Any) -> str:
    if value.__class__ is str:
        return value
    raise WrongType(f"expected a string, got {_describe(value)}")


def _strict_int(value: Any, _: Any) -> int:
    if value.__class__ is int:
        return value
    if value.__class__ is decimal.Decimal and value == value.to_integral_value():
        return int(value)
    raise WrongType(f"expected an integer, got {_describe(value)}")


def _strict_bool(value: Any, _: Any) -> bool:
    if value.__class__ is bool:
        return value
    raise WrongType(f"expected a boolean, got {_describe(value)}")


def _number(value: Any, _: Any) -> decimal.Decimal:
    """A JSON number for a ``float`` field, kept exact as a Decimal."""
    cls = value.__class__
    if cls is decimal.Decimal:
        exact: decimal.Decimal = value
        if not exact.is_finite():
            raise ValueError("not a finite number")
        return exact
    if cls is int:
        return decimal.Decimal(value)
    if cls is float:
        # Only reachable when a caller hands in already-parsed floats; repr is
        # the shortest string that round-trips, so this is the JSON text.
        return decimal.Decimal(repr(value))
    raise WrongType(f"expected a number, got {_describe(value)}")


def _date(value: Any, _: Any) -> datetime.date | None:
    if value.__class__ is not str:
        raise WrongType(f"expected a date string, got {_describe(value)}")
    try:
        return date_part(value)
    except ValueError as exc:
        raise BadDate(str(exc)) from None


def _datetime(value: Any, _: Any) -> datetime.datetime:
    if value.__class__ is not str:
        raise WrongType(f"expected a date-time string, got {_describe(value)}")
    try:
        return parse_datetime(value)
    except ValueError as exc:
        raise BadDate(str(exc)) from None


def _uuid(value: Any, _: Any) -> uuid.UUID:
    if value.__class__ is not str:
        raise WrongType(f"expected a UUID string, got {_describe(value)}")
    return uuid.UUID(value)


def _is_list(tp: Any) -> bool:
    origin: Any = typing.get_origin(tp)
    return origin is list


def _is_any(tp: Any) -> bool:
    return tp is Any


def _is_unset_union(tp: Any) -> bool:
    if not models.is_union(tp):
        return False
    return any(models.is_unset(a) for a in typing.get_args(tp))


def _is_nullable_union(tp: Any) -> bool:
    if not models.is_union(tp):
        return False
    return type(None) in typing.get_args(tp)


def _is_scalar_union(tp: Any) -> bool:
    if not models.is_union(tp):
        return False
    return all(
        a in (str, int, bool, float, decimal.Decimal, type(None))
        or (isinstance(a, type) and issubclass(a, enum.Enum))
        for a in typing.get_args(tp)
    )


def _is_model(tp: Any) -> bool:
    return (
        isinstance(tp, type)
        and attrs.has(tp)
        and tp.__module__.partition(".")[0].endswith("_client")
    )


class _Hooks:
    """Builds the converter's hook factories (one instance per converter)."""

    def __init__(self, converter: cattrs.Converter, detailed: bool) -> None:
        self.c = converter
        self.detailed = detailed

    # -- structure -------------------------------------------------------
    def optional(self, tp: Any) -> Callable[[Any, Any], Any]:
        """``X | Unset`` (and ``X | None | Unset``): a present key is an X."""
        inner, nullable = models.strip_unset(tp)
        handler = self.c.get_structure_hook(inner)
        package_unset = None
        for arg in typing.get_args(tp):
            if models.is_unset(arg):
                package_unset = models.unset_of(arg.__module__.partition(".")[0])
        if inner is datetime.date:
            handler = self._empty_date_is_unset(handler, package_unset)
        if nullable:
            inner_handler = handler

            def maybe_null(value: Any, _: Any) -> Any:
                return None if value is None else inner_handler(value, inner)

            return maybe_null
        return handler

    @staticmethod
    def _empty_date_is_unset(
        handler: Callable[[Any, Any], Any], unset: object
    ) -> Callable[[Any, Any], Any]:
        """``""`` is AccountingSuite's empty date: absent, not an error."""

        def empty_date(value: Any, _: Any) -> Any:
            result = handler(value, datetime.date)
            return unset if result is None else result

        return empty_date

    def scalars(self, tp: Any) -> Callable[[Any, Any], Any]:
        """A union of scalars and enums (``bool | StringBoolean``), by JSON type."""
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        enums = [a for a in args if isinstance(a, type) and issubclass(a, enum.Enum)]
        plain = {a for a in args if a in (str, int, bool, float, decimal.Decimal)}
        nullable = type(None) in typing.get_args(tp)
        number = self.c.get_structure_hook(float)

        def structure(value: Any, _: Any) -> Any:
            cls = value.__class__
            if value is None and nullable:
                return None
            if cls in plain and cls is not float:
                return value
            if cls in (int, decimal.Decimal) and (
                float in plain or decimal.Decimal in plain
            ):
                return number(value, float)
            # JSON true is not the integer 1: an IntEnum would take it as one.
            for enum_type in enums if cls is not bool else ():
                try:
                    return enum_type(value)
                except ValueError:
                    continue
            if enums and cls is str:
                allowed = ", ".join(repr(m.value) for e in enums for m in e)
                raise ValueError(f"not one of {allowed}")
            raise WrongType(f"unexpected {_describe(value)}")

        return structure

    def strict_list(self, tp: Any) -> Callable[[Any, Any], Any]:
        """An array must be a JSON array: cattrs alone would split a string."""
        element = typing.get_args(tp)[0] if typing.get_args(tp) else Any
        element_hook = self.c.get_structure_hook(element)
        detailed = self.detailed

        def structure(value: Any, _: Any) -> Any:
            if value.__class__ is not list:
                raise WrongType(f"expected an array, got {_describe(value)}")
            if not detailed:
                return [element_hook(item, element) for item in value]
            out = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                try:
                    out.append(element_hook(item, element))
                except Exception as exc:
                    exc.__notes__ = [
                        *getattr(exc, "__notes__", []),
                        IterableValidationNote(
                            f"Structuring {tp} @ index {index}", index, element
                        ),
                    ]
                    errors.append(exc)
            if errors:
                raise IterableValidationError(f"While structuring {tp!r}", errors, tp)
            return out

        return structure

    def nullable(self, tp: Any) -> Callable[[Any, Any], Any]:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = args[0] if len(args) == 1 else typing.Union[tuple(args)]  # noqa: UP007
        handler = self.c.get_structure_hook(inner)

        def maybe_null(value: Any, _: Any) -> Any:
            return None if value is None else handler(value, inner)

        return maybe_null

    def model(self, cls: type) -> Callable[[Any, Any], Any]:
        models.resolved(cls)
        names = models.wire_names(cls)
        if not self.detailed:
            return fast.generate_structure(cls, self.c.get_structure_hook)
        if not names and models.has_extra(cls):
            return self._free_form(cls)
        renames: dict[str, Any] = {
            attr: override(rename=wire) for attr, wire in names.items()
        }
        fn: Callable[[Any, Any], Any] = make_dict_structure_fn(
            cls, self.c, _cattrs_forbid_extra_keys=False, **renames
        )

        def structure(value: Any, _: Any) -> Any:
            if value.__class__ is not dict:
                raise WrongType(f"expected an object, got {_describe(value)}")
            return fn(value, cls)

        return structure

    @staticmethod
    def _free_form(cls: type) -> Callable[[Any, Any], Any]:
        def structure(value: Any, _: Any) -> Any:
            if value.__class__ is not dict:
                raise WrongType(f"expected an object, got {_describe(value)}")
            instance = cls()
            instance.additional_properties = dict(value)
            return instance

        return structure

    # -- unstructure -----------------------------------------------------
    def optional_out(self, tp: Any) -> Callable[[Any], Any]:
        inner, nullable = models.strip_unset(tp)
        handler = self.c.get_unstructure_hook(inner)
        if nullable:
            return lambda value: None if value is None else handler(value)
        return handler

    def model_out(self, cls: type) -> Callable[[Any], Any]:
        models.resolved(cls)
        names = models.wire_names(cls)
        if not self.detailed:
            return fast.generate_unstructure(cls, self.c.get_unstructure_hook)
        renames: dict[str, Any] = {
            attr: override(rename=wire) for attr, wire in names.items()
        }
        fn: Callable[[Any], Any] = make_dict_unstructure_fn(
            cls, self.c, _cattrs_omit_if_default=True, **renames
        )
        if not models.has_extra(cls):
            return fn

        def unstructure(instance: Any) -> dict[str, Any]:
            extra = instance.additional_properties
            out = fn(instance)
            return {**extra, **out} if extra else out

        return unstructure


def _identity(value: Any) -> Any:
    return value


def _scalar_out(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


@functools.cache
def converter(detailed: bool = True) -> cattrs.Converter:
    """The shared converters (hooks are compiled lazily, once per model).

    ``detailed=True``: cattrs' own generated functions with detailed
    validation, for precise errors; ``False``: the straight-line functions of
    :mod:`mapping.fast`, for speed.  Same leaf hooks, same results.
    """
    c = cattrs.Converter(detailed_validation=detailed, forbid_extra_keys=False)
    hooks = _Hooks(c, detailed)
    c.register_structure_hook(str, _strict_str)
    c.register_structure_hook(int, _strict_int)
    c.register_structure_hook(bool, _strict_bool)
    c.register_structure_hook(float, _number)
    c.register_structure_hook(decimal.Decimal, _number)
    c.register_structure_hook(datetime.date, _date)
    c.register_structure_hook(datetime.datetime, _datetime)
    c.register_structure_hook(uuid.UUID, _uuid)
    c.register_structure_hook_func(_is_any, lambda v, _: v)
    c.register_structure_hook_factory(_is_list, hooks.strict_list)
    c.register_structure_hook_factory(_is_unset_union, hooks.optional)
    c.register_structure_hook_factory(_is_nullable_union, hooks.nullable)
    c.register_structure_hook_factory(_is_scalar_union, hooks.scalars)
    c.register_structure_hook_factory(_is_model, hooks.model)

    c.register_unstructure_hook(float, _identity)
    c.register_unstructure_hook(decimal.Decimal, _identity)
    c.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    c.register_unstructure_hook(datetime.datetime, datetime.datetime.isoformat)
    c.register_unstructure_hook(uuid.UUID, str)
    c.register_unstructure_hook_factory(_is_unset_union, hooks.optional_out)
    c.register_unstructure_hook_factory(_is_scalar_union, lambda _: _scalar_out)
    c.register_unstructure_hook_factory(_is_model, hooks.model_out)
    return c


def structure_hook(cls: Any) -> Callable[[Any], Any]:
    """``dict -> model`` for one generated model (or ``list[model]``).

    The fast function runs first; if it refuses the record, cattrs' detailed
    function runs on it and raises its error group (see :func:`failures_from`).
    """
    quick = converter(detailed=False).get_structure_hook(cls)

    def structure(value: Any) -> Any:
        try:
            return quick(value, cls)
        except Exception:  # the detailed run (compiled on first need) says why
            return converter(detailed=True).get_structure_hook(cls)(value, cls)

    return structure


def unstructure_hook(cls: type) -> Callable[[Any], dict[str, Any]]:
    """``model -> dict`` in wire names, absent fields left out."""
    hook: Callable[[Any], dict[str, Any]] = converter(
        detailed=False
    ).get_unstructure_hook(cls)
    return hook


# -- errors --------------------------------------------------------------


def _reason(exc: BaseException, tp: Any) -> tuple[Reason, str]:
    if isinstance(exc, KeyError):
        return Reason.MISSING, "required field missing"
    if isinstance(exc, BadDate):
        return Reason.INVALID_DATE, str(exc)
    if isinstance(exc, WrongType):
        return Reason.WRONG_TYPE, str(exc)
    enum_type = next(
        (
            t
            for t in (tp, *typing.get_args(tp))
            if isinstance(t, type) and issubclass(t, enum.Enum)
        ),
        None,
    )
    if enum_type is not None and isinstance(exc, ValueError):
        allowed = ", ".join(repr(m.value) for m in enum_type)
        return Reason.UNKNOWN_ENUM, f"not one of {allowed}"
    if isinstance(exc, TypeError):
        return Reason.WRONG_TYPE, f"wrong type ({exc})"
    if isinstance(exc, ValueError | decimal.InvalidOperation):
        return Reason.INVALID_VALUE, str(exc) or "invalid value"
    if isinstance(exc, MappingFailure):
        return exc.reason, exc.message
    return Reason.INVALID_VALUE, f"{type(exc).__name__}: {exc}"


def failures_from(exc: BaseException, path: str = "") -> list[MappingFailure]:
    """cattrs' (nested) validation errors as failures with wire paths."""
    found: list[MappingFailure] = []
    if isinstance(exc, ClassValidationError):
        names = models.wire_names(exc.cl) if _is_model(exc.cl) else {}
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            wire = names.get(note.name, note.name)
            sub_path = f"{path}.{wire}" if path else wire
            if isinstance(sub, ClassValidationError | IterableValidationError):
                found.extend(failures_from(sub, sub_path))
            else:
                reason, message = _reason(sub, note.type)
                found.append(MappingFailure(reason, message, path=sub_path))
        for sub in without:
            found.extend(failures_from(sub, path))
    elif isinstance(exc, IterableValidationError):
        with_inotes, iwithout = exc.group_exceptions()
        for sub, inote in with_inotes:
            sub_path = f"{path}[{inote.index}]"
            if isinstance(sub, ClassValidationError | IterableValidationError):
                found.extend(failures_from(sub, sub_path))
            else:
                reason, message = _reason(sub, inote.type)
                found.append(MappingFailure(reason, message, path=sub_path))
        for sub in iwithout:
            found.extend(failures_from(sub, path))
    else:
        reason, message = _reason(exc, None)
        found.append(MappingFailure(reason, message, path=path))
    return found
