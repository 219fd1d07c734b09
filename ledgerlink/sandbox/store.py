"""The sandbox's in-memory records: one thread-safe, ordered collection per resource.

The servers run on their own event-loop threads while a test (or the sync's
test harness) reads counts and changes records from the main thread, so every
access goes through one lock per collection.  Records are plain dicts in the
service's own stored form; each service module decides how they look on the
wire.  Reads hand out deep copies, so nothing outside the store can change a
record behind the server's back: changes go through :meth:`Collection.update`,
which is also how a test "edits a record in the source system".
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar, cast

Record = dict[str, Any]
T = TypeVar("T")


def _clone(value: T) -> T:
    """A copy of a record: new dicts and lists, shared immutable leaves.

    Records hold only JSON-like containers around immutable values (str,
    int, Decimal, date, bool, None), so this is a deep copy at a fraction of
    ``copy.deepcopy``'s cost, which matters when a sync pages 10,000 records.
    """
    kind = type(value)
    if kind is dict:
        items = cast(dict[Any, Any], value).items()
        return cast(T, {key: _clone(item) for key, item in items})
    if kind is list:
        return cast(T, [_clone(item) for item in cast(list[Any], value)])
    return value


class Collection:
    """Records of one resource, kept in insertion order and addressed by a key field.

    ``created`` and ``updated`` count writes made through the API (seeding
    does not count), so a test can assert "nothing was sent twice".
    """

    def __init__(self, name: str, key: str | Callable[[Record], Any]) -> None:
        self.name = name
        self._key: Callable[[Record], Any] = (
            (lambda record: record[key]) if isinstance(key, str) else key
        )
        self.created = 0
        self.updated = 0
        self._records: dict[Any, Record] = {}
        self._lock = threading.RLock()

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._records

    def __repr__(self) -> str:
        return f"<Collection {self.name}: {len(self)} records>"

    def key_of(self, record: Record) -> Any:
        """The key under which ``record`` is (or would be) stored."""
        return self._key(record)

    def seed(self, record: Record) -> None:
        """Store a record as initial data (not counted as created).

        The store takes ``record`` as it is, without a copy (seeding 10,000
        records should not copy each twice): the caller must not keep using it.
        """
        with self._lock:
            self._records[self._key(record)] = record

    def add(self, record: Record) -> Record:
        """Store a new record created through the API."""
        with self._lock:
            if self._key(record) in self._records:
                raise KeyError(f"{self.name}: {self._key(record)!r} already exists")
            self._records[self._key(record)] = _clone(record)
            self.created += 1
            return _clone(record)

    def replace(self, record: Record) -> Record:
        """Replace an existing record with a new version sent through the API."""
        with self._lock:
            if self._key(record) not in self._records:
                raise KeyError(f"{self.name}: no record {self._key(record)!r}")
            self._records[self._key(record)] = _clone(record)
            self.updated += 1
            return _clone(record)

    def update(self, key: Any, **changes: Any) -> Record:
        """Change fields of a stored record from outside the API (tests, demos).

        Not counted as an API update: it stands for an edit made in the
        service's own user interface.
        """
        with self._lock:
            record = self._records[key]
            record.update(_clone(changes))
            return _clone(record)

    def get(self, key: Any) -> Record | None:
        with self._lock:
            record = self._records.get(key)
            return None if record is None else _clone(record)

    def find(self, predicate: Callable[[Record], bool]) -> Record | None:
        """The first record (in stored order) for which ``predicate`` holds."""
        with self._lock:
            for record in self._records.values():
                if predicate(record):
                    return _clone(record)
            return None

    def all(self) -> list[Record]:
        """Every record, in stored order (copies)."""
        with self._lock:
            return _clone(list(self._records.values()))

    def window(
        self,
        start: int,
        stop: int,
        predicate: Callable[[Record], bool] | None = None,
    ) -> tuple[list[Record], int]:
        """Copies of the matching records at positions ``start:stop``, and how many match.

        Paged list endpoints call this on every page; copying only the page
        keeps a 10,000-record listing linear.
        """
        with self._lock:
            matching = [
                record
                for record in self._records.values()
                if predicate is None or predicate(record)
            ]
            return _clone(matching[start:stop]), len(matching)

    def tally(self, group: Callable[[Record], Any]) -> dict[Any, int]:
        """How many records fall in each group (no copies made)."""
        with self._lock:
            counts: dict[Any, int] = {}
            for record in self._records.values():
                label = group(record)
                counts[label] = counts.get(label, 0) + 1
            return counts

    def position(
        self, key: Any, predicate: Callable[[Record], bool] | None = None
    ) -> int | None:
        """Index of ``key`` among the matching records, or None when absent."""
        with self._lock:
            index = 0
            for record_key, record in self._records.items():
                if predicate is not None and not predicate(record):
                    continue
                if record_key == key:
                    return index
                index += 1
            return None

    def ids(self) -> list[Any]:
        with self._lock:
            return list(self._records)

    def __iter__(self) -> Iterator[Record]:
        return iter(self.all())
