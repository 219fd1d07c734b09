"""Converting records: one at a time, or a batch that never stops at a bad one.

A record may be a generated model instance of the pair's source model or the
JSON object the source API returns (``dict``); the result has the same form
by default (model in -> model out, JSON in -> JSON out).  JSON goes through
the cattrs converter of :mod:`mapping.converter` to the source model, the
compiled declaration to the target model, and back through the converter to
JSON, so both forms obey exactly the same rules.
"""

from __future__ import annotations

import functools
import importlib
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

import attrs

from mapping import converter
from mapping.compile import compiled
from mapping.declaration import Context, Options, Pair, Resolver
from mapping.errors import MappingFailure, Reason, RecordError, RecordFailed
from mapping.pairs import PAIRS, find

Form = Literal["auto", "model", "json"]


class Lookups:
    """A :class:`~mapping.declaration.Resolver` over in-memory tables.

    ``{"vendor": {"42": "<company api_code>"}, "item": {"SKU-1": "<item
    api_code>"}, "charge": {"freight": "<item api_code>", ...}}`` -- the shape
    of the CLI's ``--lookups`` file.
    """

    def __init__(self, tables: Mapping[str, Mapping[str, str]] | None = None) -> None:
        self.tables: dict[str, dict[str, str]] = {
            kind: {str(k): str(v) for k, v in table.items()}
            for kind, table in (tables or {}).items()
        }

    def resolve(self, kind: str, key: str) -> str | None:
        return self.tables.get(kind, {}).get(key)

    @classmethod
    def from_file(cls, path: str | Path) -> Lookups:
        """Read a lookups JSON file; ``ValueError`` if it has the wrong shape."""
        data = json.loads(Path(path).read_text())
        if not isinstance(data, dict) or not all(
            isinstance(table, dict) for table in data.values()
        ):
            raise ValueError(
                'lookups must be a JSON object of objects: {"vendor": {"id": "api_code"}}'
            )
        return cls(data)


@attrs.frozen
class BatchResult:
    """The converted records (with their input index) and every failure."""

    converted: list[tuple[int, Any]]
    failures: list[RecordError]

    @property
    def ok(self) -> bool:
        return not self.failures


def _import(target: str) -> type:
    module, _, name = target.partition(":")
    cls: type = getattr(importlib.import_module(module), name)
    return cls


@attrs.frozen
class Bound:
    """A pair bound to its models: the compiled functions, ready to run."""

    pair: Pair
    source_model: type
    target_model: type
    map_model: Any
    structure: Any
    unstructure: Any
    from_json: Any = attrs.field(init=False)
    """``(record, ctx) -> dict``: JSON object in, JSON object out, in one
    call (the hot path of the CLI and of batches); raises :class:`RecordFailed`."""

    def __attrs_post_init__(self) -> None:
        cls = self.source_model
        quick = converter.converter(detailed=False).get_structure_hook(cls)
        map_model, unstructure, parse = self.map_model, self.unstructure, self.parse

        def from_json(record: Any, ctx: Context) -> Any:
            try:
                source = quick(record, cls)
            except Exception:  # parse() says exactly what is wrong, or succeeds
                source = parse(record)
            return unstructure(map_model(source, ctx))

        object.__setattr__(self, "from_json", from_json)

    def parse(self, record: Any) -> Any:
        """The source model of one JSON object; raises :class:`RecordFailed`."""
        if record.__class__ is not dict:
            raise RecordFailed(
                [
                    MappingFailure(
                        Reason.MALFORMED_JSON,
                        f"expected a JSON object, got {type(record).__name__}",
                    )
                ]
            )
        try:
            return self.structure(record)
        except Exception as exc:  # cattrs groups every field's error
            failures = converter.failures_from(exc)
            for failure in failures:
                failure.target = failure.target or _targets_of(self.pair, failure.path)
            raise RecordFailed(failures) from None

    def one(self, record: Any, ctx: Context, form: Form = "auto") -> Any:
        """Convert one record (model or JSON); raises :class:`RecordFailed`."""
        is_model = isinstance(record, self.source_model)
        if not is_model and form != "model":
            return self.from_json(record, ctx)
        source = record if is_model else self.parse(record)
        target = self.map_model(source, ctx)
        return self.unstructure(target) if form == "json" else target


_INDEX = re.compile(r"\[[^\]]*\]")


def _normal(path: str) -> str:
    return _INDEX.sub("", path)


@functools.cache
def _sources(pair: Pair) -> tuple[tuple[str, str], ...]:
    return tuple(
        (_normal(source), rule.target)
        for rule in pair.declaration.rules
        for source in rule.sources
    )


def _targets_of(pair: Pair, path: str) -> str:
    """The target field(s) fed by a source path (for errors found while parsing)."""
    wanted = _normal(path)
    found = [
        target
        for source, target in _sources(pair)
        if source == wanted
        or source.startswith(wanted + ".")
        or wanted.startswith(source + ".")
    ]
    return ", ".join(dict.fromkeys(found))


def resolve_pair(pair: Pair | str | tuple[str, str]) -> Pair:
    """A :class:`Pair` from itself, ``(source, target)`` or ``"source -> target"``."""
    if isinstance(pair, Pair):
        return pair
    if isinstance(pair, tuple):
        return find(*pair)
    source, sep, target = pair.partition("->")
    if not sep:
        source, _, target = pair.partition(" ")
    return find(source.strip(), target.strip())


@functools.cache
def bind(pair: Pair) -> Bound:
    """Import the pair's models and compile its declaration (once per process)."""
    source_model = _import(pair.source_model)
    target_model = _import(pair.target_model)
    return Bound(
        pair=pair,
        source_model=source_model,
        target_model=target_model,
        map_model=compiled(pair.declaration, source_model, target_model),
        structure=converter.structure_hook(source_model),
        unstructure=converter.unstructure_hook(target_model),
    )


def context(
    lookups: Resolver | Mapping[str, Mapping[str, str]] | None = None,
    options: Options | None = None,
) -> Context:
    resolver: Resolver
    if lookups is None or isinstance(lookups, Mapping):
        resolver = Lookups(lookups)
    else:
        resolver = lookups
    return Context(options or Options(), resolver)


def convert_one(
    pair: Pair | str | tuple[str, str],
    record: Any,
    *,
    lookups: Resolver | Mapping[str, Mapping[str, str]] | None = None,
    options: Options | None = None,
    form: Form = "auto",
) -> Any:
    """One record -> its target; raises :class:`~mapping.errors.RecordFailed`."""
    return bind(resolve_pair(pair)).one(record, context(lookups, options), form)


def convert(
    pair: Pair | str | tuple[str, str],
    records: Iterable[Any],
    *,
    lookups: Resolver | Mapping[str, Mapping[str, str]] | None = None,
    options: Options | None = None,
    form: Form = "auto",
) -> BatchResult:
    """Every record converted or explained; one bad record never stops the batch."""
    bound = bind(resolve_pair(pair))
    ctx = context(lookups, options)
    converted: list[tuple[int, Any]] = []
    failures: list[RecordError] = []
    for index, record in enumerate(records):
        try:
            converted.append((index, bound.one(record, ctx, form)))
        except RecordFailed as failed:
            failures.extend(RecordError.from_failure(index, f) for f in failed.failures)
    return BatchResult(converted, failures)


def pairs() -> tuple[Pair, ...]:
    """Every mapping the library offers."""
    return PAIRS
