"""The vocabulary of a mapping declaration.

A mapping is data, not code: a list of :class:`Rule` objects, each saying
*target field <- source field(s), through a named transform*.  Paths are wire
names (the JSON keys of the APIs), so a declaration reads like the API
documents and the same list yields both the compiled converter
(:mod:`mapping.compile`) and the lineage table (:mod:`mapping.lineage`).

Path syntax (source and target):

- ``a.b`` -- field ``b`` of the nested object ``a``;
- ``a[0]`` (targets) -- a one-element array of ``a``'s element model;
- ``a[?flag]`` -- the element of ``a`` whose string-boolean ``flag`` is
  ``"true"`` (AccountingSuite's default address), else the first element.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, Protocol

import attrs


class _Absent:
    """A value that is not there: the target field is left out."""

    _instance: _Absent | None = None

    def __new__(cls) -> _Absent:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"

    def __bool__(self) -> bool:
        return False


ABSENT: Any = _Absent()
"""What a transform returns (and a getter yields) for "no value"."""


class Resolver(Protocol):
    """Finds the identifier another system gave a record this one refers to.

    ``kind`` is one of ``vendor`` (Procurify vendor id -> AccountingSuite
    company api_code), ``item`` (Procurify SKU -> AccountingSuite item
    api_code) and ``charge`` (``freight``/``tax``/``discount``/``other`` ->
    the api_code of the AccountingSuite item used for that charge line).
    ``None`` means "not known", which the mapping reports per record.
    """

    def resolve(self, kind: str, key: str) -> str | None: ...


@attrs.frozen
class Options:
    """Choices the documents leave open; every one has a documented default."""

    amount_unit: Literal["minor", "major"] = attrs.field(
        default="minor",
        validator=attrs.validators.in_(("minor", "major")),
        metadata={
            "doc": "Unit of PayorCRM's integer `invoiceAmount`/`localAmount` (undocumented "
            "by PayorCRM): `minor` = cents (12.34 -> 1234), `major` = whole units "
            "(an amount with cents is then refused as `inexact_amount`, never rounded)."
        },
    )
    invoice_prefix: str = attrs.field(
        default="",
        metadata={
            "doc": "Prefix of PayorCRM `invoiceNumber` for AccountingSuite sales invoices."
        },
    )
    cash_sale_prefix: str = attrs.field(
        default="CS-",
        metadata={
            "doc": "Prefix of PayorCRM `invoiceNumber` for AccountingSuite cash sales: "
            "both AccountingSuite number series start at 000001, so the prefix keeps "
            "a cash sale from overwriting the invoice with the same number."
        },
    )
    ledger_code: str | None = attrs.field(
        default=None,
        metadata={
            "doc": "PayorCRM `cocode`/`companyCode` (the receiving ledger); left out when unset."
        },
    )
    procurify_currency: int | None = attrs.field(
        default=None,
        metadata={
            "doc": "Procurify currency id for catalog items made from AccountingSuite "
            "items (required by Procurify; AccountingSuite items carry none): unset -> "
            "each record fails with `missing`."
        },
    )
    item_type: Literal["product", "service"] = attrs.field(
        default="service",
        validator=attrs.validators.in_(("product", "service")),
        metadata={
            "doc": "AccountingSuite `item_type` for items made from Procurify catalog "
            "items (Procurify has no such notion; `product` tracks inventory)."
        },
    )

    @classmethod
    def from_pairs(cls, pairs: list[str]) -> Options:
        """``["amount_unit=major", ...]`` (the CLI's ``--option``); ValueError if bad."""
        fields = attrs.fields_dict(cls)
        values: dict[str, Any] = {}
        for pair in pairs:
            name, sep, value = pair.partition("=")
            if not sep or name not in fields:
                raise ValueError(
                    f"bad option {pair!r}: expected NAME=VALUE with NAME one of "
                    + ", ".join(fields)
                )
            values[name] = int(value) if name == "procurify_currency" else value
        try:
            return cls(**values)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"bad option: {exc}") from None


@attrs.frozen
class Context:
    """What a transform may consult besides the value: options and lookups."""

    options: Options
    lookups: Resolver


@attrs.frozen
class Transform:
    """A named, documented conversion of one value (or a tuple of values)."""

    name: str
    """Short name shown in the lineage table (``money``, ``date``, ...)."""
    detail: str
    """Its parameters in words, e.g. ``2 places`` or ``max 50``."""
    fn: Callable[[Any, Context], Any]
    """``(value, context) -> target value | ABSENT``; raises MappingFailure."""
    takes_absent: bool = False
    """Whether ``fn`` also runs when the source is absent (checks, constants)."""
    identity: bool = False
    """A plain rename: the compiler copies the value without a call."""
    passes: str = ""
    """A Python condition on ``{v}`` under which ``fn`` returns the value
    unchanged (a string within its limit): the compiler tests it inline and
    calls ``fn`` -- which then names the problem -- only when it fails."""

    def label(self) -> str:
        return f"{self.name}({self.detail})" if self.detail else self.name


@attrs.frozen
class Rule:
    """``target <- sources`` through ``transform``."""

    target: str
    """One target path, or several separated by ``", "`` when the transform
    returns a tuple (one value per target)."""
    sources: tuple[str, ...]
    transform: Transform
    required: bool = False
    """Absent source -> the record fails with ``missing`` (else: field left out)."""
    note: str = ""
    """What is lost or assumed, for the lineage table."""


@attrs.frozen
class Declaration:
    """All rules of one record type conversion (or of one nested element)."""

    rules: tuple[Rule, ...]
    notes: tuple[str, ...] = ()
    """Record-level remarks for the lineage document (losses, choices)."""


def rule(
    target: str,
    source: str | tuple[str, ...] | None,
    transform: Transform,
    *,
    required: bool = False,
    note: str = "",
) -> Rule:
    """A :class:`Rule`; ``source`` may be one path, several, or ``None``."""
    sources: tuple[str, ...]
    if source is None:
        sources = ()
    elif isinstance(source, str):
        sources = (source,)
    else:
        sources = source
    return Rule(target, sources, transform, required, note)


@attrs.frozen
class Pair:
    """A named mapping between two generated models."""

    source: str
    """``service.record``, e.g. ``accountingsuite.invoice``."""
    target: str
    source_model: str
    """``module:Class`` of the source read model (imported on first use)."""
    target_model: str
    """``module:Class`` of the target write/request model."""
    declaration: Declaration
    summary: str

    @property
    def source_schema(self) -> str:
        """Component schema of the source spec the input is validated against.

        The generator names each model class after its component schema, so
        this is the class part of :attr:`source_model`.
        """
        return self.source_model.rpartition(":")[2]

    @property
    def target_schema(self) -> str:
        """Component schema of the target spec the output satisfies."""
        return self.target_model.rpartition(":")[2]

    @property
    def name(self) -> str:
        return f"{self.source} -> {self.target}"
