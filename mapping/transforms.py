"""The named transforms a declaration may use.

Each factory returns a :class:`~mapping.declaration.Transform`: a name and a
parameter description for the lineage table, and the function the compiled
mapping calls.  Transforms see values that are present (the compiler handles
absent ones) unless they say ``takes_absent``; they return the target value or
:data:`~mapping.declaration.ABSENT`, and refuse a value by raising
:class:`~mapping.errors.MappingFailure` with a named reason.

Money never passes through ``float``: amounts arrive as ``Decimal`` (the JSON
layer decodes numbers that way) or as decimal strings (Procurify) and are
quantized exactly -- a value that would need rounding is refused.
"""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from mapping.dates import date_part
from mapping.declaration import ABSENT, Context, Transform
from mapping.errors import MappingFailure, Reason

NIL_UUID = "00000000-0000-0000-0000-000000000000"

_EXACT = decimal.Context(prec=60, traps=[decimal.Inexact, decimal.InvalidOperation])


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def to_decimal(value: Any) -> Decimal:
    """A JSON number or a decimal string as an exact Decimal (never via float)."""
    cls = value.__class__
    if cls is Decimal:
        result: Decimal = value
    elif cls is int:
        result = Decimal(value)
    elif cls is str:
        try:
            result = Decimal(value.strip())
        except decimal.InvalidOperation:
            raise MappingFailure(
                Reason.INVALID_VALUE, f"not a decimal number: {_show(value)}"
            ) from None
    else:
        raise MappingFailure(
            Reason.WRONG_TYPE,
            f"expected a number or a decimal string, got {_show(value)}",
        )
    if not result.is_finite():
        raise MappingFailure(
            Reason.INVALID_VALUE, f"not a finite number: {_show(value)}"
        )
    return result


def quantize(amount: Decimal, places: int, what: str = "amount") -> Decimal:
    """``amount`` with exactly ``places`` decimals, refused if that loses digits."""
    try:
        return amount.quantize(Decimal(1).scaleb(-places), context=_EXACT)
    except (decimal.Inexact, decimal.InvalidOperation):
        raise MappingFailure(
            Reason.INEXACT_AMOUNT,
            f"{what} {amount} has more than {places} decimal places",
        ) from None


def check_digits(amount: Decimal, digits: int, places: int, what: str) -> Decimal:
    """Quantize to ``places`` and refuse values too large for decimal(digits, places)."""
    exact = quantize(amount, places, what)
    if exact.adjusted() >= digits - places:
        raise MappingFailure(
            Reason.INEXACT_AMOUNT,
            f"{what} {amount} does not fit decimal({digits},{places})",
        )
    return exact


# -- the transforms ----------------------------------------------------------


def rename() -> Transform:
    """Copy the value unchanged (strings stay strings)."""
    return Transform("rename", "", lambda value, _: value, identity=True)


def text(max_length: int | None = None) -> Transform:
    """A string; longer than ``max_length`` is refused (codes are never cut)."""

    def fn(value: Any, _: Context) -> Any:
        if value.__class__ is not str:
            raise MappingFailure(
                Reason.WRONG_TYPE, f"expected a string, got {_show(value)}"
            )
        if max_length is not None and len(value) > max_length:
            raise MappingFailure(
                Reason.TOO_LONG, f"{len(value)} characters, the limit is {max_length}"
            )
        return value

    passes = "{v}.__class__ is str"
    if max_length is not None:
        passes += f" and len({{v}}) <= {max_length}"
    return Transform(
        "text", f"max {max_length}" if max_length else "", fn, passes=passes
    )


def truncate(max_length: int) -> Transform:
    """A string cut to ``max_length`` characters (for descriptions only)."""

    def fn(value: Any, _: Context) -> Any:
        if value.__class__ is not str:
            raise MappingFailure(
                Reason.WRONG_TYPE, f"expected a string, got {_show(value)}"
            )
        return value[:max_length]

    return Transform("truncate", f"to {max_length}", fn)


def decimal_string(places: int = 2) -> Transform:
    """An amount as the decimal string Procurify uses (``"12.50"``)."""

    def fn(value: Any, _: Context) -> Any:
        return str(quantize(to_decimal(value), places))

    return Transform("decimal string", f"{places} places", fn)


def integer_amount() -> Transform:
    """PayorCRM's integer amount, in the unit chosen by ``Options.amount_unit``."""

    def fn(value: Any, ctx: Context) -> Any:
        amount = to_decimal(value)
        units = amount.scaleb(2) if ctx.options.amount_unit == "minor" else amount
        whole = units.to_integral_value()
        if whole != units:
            raise MappingFailure(
                Reason.INEXACT_AMOUNT,
                f"amount {amount} is not a whole number of "
                + ("cents" if ctx.options.amount_unit == "minor" else "currency units"),
            )
        return int(whole)

    return Transform(
        "integer amount", "unit = option amount_unit (default minor: cents)", fn
    )


def date() -> Transform:
    """The calendar date of what the server wrote; ``""`` is absent."""

    fromisoformat = datetime.date.fromisoformat

    def fn(value: Any, _: Context) -> Any:
        if value.__class__ is str and len(value) == 10 and value[4] == value[7] == "-":
            try:  # the common case, yyyy-mm-dd, without the regex
                return fromisoformat(value)
            except ValueError:
                pass  # date_part below names the problem
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        if value.__class__ is not str:
            raise MappingFailure(
                Reason.WRONG_TYPE, f"expected a date, got {_show(value)}"
            )
        try:
            parsed = date_part(value)
        except ValueError as exc:
            raise MappingFailure(Reason.INVALID_DATE, str(exc)) from None
        return ABSENT if parsed is None else parsed

    return Transform("date", "date part, '' = absent", fn)


def parse_string_bool(value: Any) -> bool:
    if value is True or value is False:
        return bool(value)
    key = getattr(value, "value", value)
    if key in ("true", "false"):
        return bool(key == "true")
    raise MappingFailure(Reason.INVALID_VALUE, f"not a string boolean: {_show(value)}")


def lookup(kind: str) -> Transform:
    """The other system's identifier, through the caller's resolver."""

    def fn(value: Any, ctx: Context) -> Any:
        key = str(value)
        found = ctx.lookups.resolve(kind, key)
        if found is None:
            raise MappingFailure(
                Reason.UNRESOLVED_REFERENCE, f"no {kind} known for {_show(key)}"
            )
        return found

    return Transform("lookup", kind, fn)


def const(value: Any) -> Transform:
    """A fixed value (the source has no such field)."""
    return Transform("constant", repr(value), lambda _v, _c: value, takes_absent=True)


def compute(
    name: str,
    detail: str,
    fn: Callable[[Any, Context], Any],
    *,
    takes_absent: bool = False,
) -> Transform:
    """A documented computation over one or several source values."""
    return Transform(name, detail, fn, takes_absent=takes_absent)
