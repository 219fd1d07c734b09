"""Sources: every record of a list operation, with details fetched where needed.

List operations are paged by :func:`ledgerlink.paging.iterate` (one page in
memory at a time).  AccountingSuite's lists leave out what its single-record
answers carry (document lines, the ship-to reference, sometimes a company's
addresses), so a source may fetch each listed record's details; those calls
run on a few threads, a window of records at a time, in list order.  The
runtime's rate limiter is shared by all threads of a client, so concurrency
never exceeds the service's limit; it only overlaps waiting.

A record deleted between the list and its detail call is skipped: it no
longer exists to be synced.

Skipping unchanged records: with ``is_current``, the source hashes each
listed record and asks whether the state saw exactly that listing when the
record was last sent; if so it yields :class:`~.engine.Unchanged` instead of
fetching the details.  At AccountingSuite's one call per second this turns
a no-op run over 10,000 invoices from 10,000 detail calls (almost three
hours) into 100 list calls.  It is only used where every field the mapping
reads from the details moves together with a field of the listing (the
invoice and cash-sale mappings read just the ship-to reference from the
details, and a new ship-to changes the listed ship-to label and code);
``ledgerlink sync --full-check`` fetches everything regardless, e.g. after
the mapping itself changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from types import ModuleType
from typing import Any

from ledgerlink import paging
from ledgerlink.errors import NotFoundError
from ledgerlink.sync import wire
from ledgerlink.sync.engine import Unchanged
from ledgerlink.sync.fingerprint import content_hash

__all__ = ["DetailedSource"]

_GONE = object()


def _as_json(record: Any) -> Any:
    return record.to_dict() if hasattr(record, "to_dict") else record


class DetailedSource:
    """Records of ``list_operation``; details from ``get_operation`` when ``needs_detail``.

    Records are yielded as JSON objects: a detail answer as the server sent
    it (``unwrap``: the key holding the record), a listed record through its
    model's ``to_dict``.
    """

    def __init__(
        self,
        client: Any,
        list_operation: ModuleType,
        get_operation: ModuleType | None,
        *,
        id_field: str = "api_code",
        keep: Callable[[Any], bool] | None = None,
        needs_detail: Callable[[Any], bool] | None = None,
        page_params: dict[str, Any] | Sequence[dict[str, Any]] | None = None,
        unwrap: str | None = None,
        is_current: Callable[[str, str], bool] | None = None,
        workers: int = 4,
        window: int = 64,
    ) -> None:
        self.client = client
        self.list_operation = list_operation
        self.get_operation = get_operation
        self.id_field = id_field
        self.keep = keep
        self.needs_detail = needs_detail or (lambda _record: get_operation is not None)
        # One listing, or several (e.g. one per status), read one after the other.
        self.listings: list[dict[str, Any]] = (
            [page_params or {}]
            if not isinstance(page_params, Sequence)
            else list(page_params)
        )
        self.unwrap = unwrap
        self.is_current = is_current
        self.workers = max(1, workers)
        self.window = window
        # Listing hashes of records yielded but not yet taken by the engine.
        self._listing_hashes: dict[str, str] = {}

    def listing_hash(self, source_id: str) -> str | None:
        """The hash of the list entry of a record this source yielded (once)."""
        return self._listing_hashes.pop(source_id, None)

    def source_id(self, record: Any) -> str:
        return str(record[self.id_field])

    def _listed(self) -> Iterator[Any]:
        for params in self.listings:
            for record in paging.iterate(self.list_operation, self.client, **params):
                if self.keep is None or self.keep(record):
                    yield record

    def _detail(self, record: Any) -> Any:
        if self.get_operation is None or not self.needs_detail(record):
            return _as_json(record)
        identifier = str(getattr(record, self.id_field))
        try:
            detail = wire.get(self.get_operation, self.client, identifier)
        except NotFoundError:
            return _GONE
        # Procurify wraps a single record: {"metadata": ..., "data": {...}}.
        return detail[self.unwrap] if self.unwrap else detail

    def _to_fetch(self, window: list[Any]) -> tuple[list[Unchanged], list[Any]]:
        """Split listed records into those known unchanged and those to fetch."""
        if self.is_current is None:
            return [], window
        unchanged: list[Unchanged] = []
        wanted: list[Any] = []
        for record in window:
            source_id = str(getattr(record, self.id_field))
            listing = content_hash(_as_json(record))
            if self.is_current(source_id, listing):
                unchanged.append(Unchanged(source_id))
            else:
                self._listing_hashes[source_id] = listing
                wanted.append(record)
        return unchanged, wanted

    def fetch(self) -> Iterable[Any]:
        listed = self._listed()
        pool = (
            ThreadPoolExecutor(self.workers, thread_name_prefix="sync-detail")
            if self.workers > 1
            else None
        )
        try:
            while window := list(islice(listed, self.window)):
                unchanged, wanted = self._to_fetch(window)
                yield from unchanged
                details = (
                    pool.map(self._detail, wanted)
                    if pool is not None
                    else map(self._detail, wanted)
                )
                for detail in details:
                    if detail is not _GONE:
                        yield detail
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
