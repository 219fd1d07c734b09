"""Every record of a paged list operation, one page in memory at a time.

``iterate(list_vendors, client, page_size=100)`` calls the generated
operation's ``sync_detailed`` page after page and yields the generated item
models; ``aiterate`` is the same over ``asyncio_detailed``.  The paging style
is read from each parsed page, so one function serves every list operation:

* Procurify: ``metadata.pagination`` (``current_page``, ``num_pages``,
  ``next``) and the records under ``data``; ask for ``page + 1`` until the
  last page, or until a page comes back empty.
* AccountingSuite: the records under the response's one list-valued attribute
  (``companies``, ``items``, ``invoices`` ...).  ``more_records`` (companies,
  items, sales orders) continues with ``start_after`` = the last record's
  ``api_code``; ``has_more`` (cash sales, invoices) continues with
  ``start_from`` = the last record's ``api_code``, skipping that record if the
  server repeats it.  No paging fields (servers before late 2014) means the
  page is the whole list.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import attrs

from ledgerlink._responses import excerpt
from ledgerlink.errors import LedgerlinkError, UnparseableBodyError

__all__ = ["aiterate", "iterate"]


def _unset(value: Any) -> bool:
    # Generated packages each define their own Unset class.
    return value is None or type(value).__name__ == "Unset"


def _field(model: Any, name: str) -> Any:
    """A declared attribute, or a key the spec left to additional properties."""
    value = getattr(model, name, None)
    if _unset(value):
        extra = getattr(model, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, dict) else None
    return None if _unset(value) else value


def _truthy(value: Any) -> bool:
    """JSON true or the string "true" (AccountingSuite sends both)."""
    value = getattr(value, "value", value)  # a generated string enum
    return value is True or (isinstance(value, str) and value.lower() == "true")


def _records(parsed: Any) -> list[Any] | None:
    """The page's records: the list-valued attribute of the parsed model."""
    if isinstance(parsed, list):
        return parsed
    if not attrs.has(type(parsed)):
        return None
    lists = {
        field.name: value
        for field in attrs.fields(type(parsed))
        if isinstance(value := getattr(parsed, field.name), list)
    }
    if not lists:
        extra = getattr(parsed, "additional_properties", None) or {}
        lists = {k: v for k, v in extra.items() if isinstance(v, list)}
    if "data" in lists:
        return list(lists["data"])
    return next(iter(lists.values()), None) if len(lists) <= 1 else None


def _api_code(record: Any) -> Any:
    return (
        record.get("api_code")
        if isinstance(record, dict)
        else _field(record, "api_code")
    )


@dataclass
class _Pages:
    """The paging state of one iteration: what to ask next, what to skip."""

    operation: ModuleType
    params: dict[str, Any]
    skip_code: Any = None

    def _error(self, response: Any, reason: str) -> LedgerlinkError:
        module = self.operation.__name__
        content = getattr(response, "content", b"") or b""
        return UnparseableBodyError(
            reason,
            service=module.split(".", 1)[0].removesuffix("_client"),
            operation=module.rsplit(".", 1)[-1],
            excerpt=excerpt(content),
            status_code=int(getattr(response, "status_code", 0)) or None,
        )

    def read(self, response: Any) -> tuple[list[Any], dict[str, Any] | None]:
        """This page's new records, and the params of the next page (None: done)."""
        parsed = response.parsed
        records = _records(parsed)
        if records is None:
            raise self._error(response, "the response is not a page of records")
        if (
            self.skip_code is not None
            and records
            and _api_code(records[0]) == self.skip_code
        ):
            records = records[1:]
        self.skip_code = None

        pagination = _field(_field(parsed, "metadata"), "pagination")
        if pagination is not None:
            return records, self._next_page(pagination, records)
        if not records:
            return records, None
        last_code = _api_code(records[-1])
        if _truthy(_field(parsed, "more_records")):
            return records, self._after(response, "start_after", last_code)
        if _truthy(_field(parsed, "has_more")):
            self.skip_code = last_code
            return records, self._after(response, "start_from", last_code)
        return records, None

    def _next_page(self, pagination: Any, records: list[Any]) -> dict[str, Any] | None:
        current = _field(pagination, "current_page")
        pages = _field(pagination, "num_pages")
        if not records:
            return None
        if isinstance(current, int) and isinstance(pages, int):
            more = current < pages
        else:
            # "next" is a Python-safe "next_" in generated models.
            more = (
                _field(pagination, "next_") or _field(pagination, "next")
            ) is not None
        if not more:
            return None
        page = current if isinstance(current, int) else self.params.get("page", 1)
        self.params = {**self.params, "page": page + 1}
        return self.params

    def _after(self, response: Any, name: str, code: Any) -> dict[str, Any]:
        if code is None:
            raise self._error(
                response, "more records follow but the last has no api_code"
            )
        if self.params.get(name) == code:
            raise self._error(response, f"paging made no progress past {name}={code}")
        self.params = {**self.params, name: code}
        return self.params


def iterate(operation: ModuleType, client: Any, **params: Any) -> Iterator[Any]:
    """Every record of ``operation`` (a generated operation module), lazily."""
    pages = _Pages(operation, params)  # **params is already a fresh dict
    request: dict[str, Any] | None = pages.params
    while request is not None:
        response = operation.sync_detailed(client=client, **request)
        records, request = pages.read(response)
        yield from records


async def aiterate(
    operation: ModuleType, client: Any, **params: Any
) -> AsyncIterator[Any]:
    """The async twin of :func:`iterate`, over ``asyncio_detailed``."""
    pages = _Pages(operation, params)  # **params is already a fresh dict
    request: dict[str, Any] | None = pages.params
    while request is not None:
        response = await operation.asyncio_detailed(client=client, **request)
        records, request = pages.read(response)
        for record in records:
            yield record
