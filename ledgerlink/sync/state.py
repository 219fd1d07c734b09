"""The sync's memory: an embedded SQLite file with one row per synced record.

A sync is only idempotent if it remembers, for every source record, where it
went (the target's id), what was sent (a hash of the mapped content) and how
the last attempt ended.  That memory has to survive the process: a run killed
by a signal, a crash or a vanished server must leave a file from which the
next run picks up exactly where this one stopped.  SQLite gives that with no
server to run: the file is opened in WAL mode and every batch is written in
one transaction, so what the target acknowledged is either wholly recorded or
(if the process died before the commit) not at all.

``synchronous=NORMAL`` is the WAL-mode setting that survives a crash of the
process (the committed transaction is in the log before ``COMMIT`` returns);
only a power cut can lose the last commit, and even then the database stays
consistent.

Rows are keyed by (flow, record type, source id).  A row's ``content_hash``
and ``target_id`` describe the last content the target *accepted*; a failed
attempt only sets ``last_error``, so the next run sees the record as still
different and sends it again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

__all__ = ["DEFAULT_STATE_PATH", "Entry", "StateBatch", "SyncState"]

DEFAULT_STATE_PATH = Path(".ledgerlink") / "state.sqlite"

# Bumped whenever the table layout changes; an older file is refused rather
# than silently misread.
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    flow         TEXT NOT NULL,
    record_type  TEXT NOT NULL,
    source_id    TEXT NOT NULL,
    target_id    TEXT,
    ref_key   TEXT,
    content_hash TEXT,
    listing_hash TEXT,
    last_sent    TEXT,
    last_error   TEXT,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (flow, record_type, source_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS records_by_ref ON records (flow, record_type, ref_key)
    WHERE ref_key IS NOT NULL;
"""

_COLUMNS = (
    "flow, record_type, source_id, target_id, ref_key, content_hash,"
    " listing_hash, last_sent, last_error"
)


@dataclass(frozen=True, slots=True)
class Entry:
    """What the state knows about one source record.

    ``target_id`` is the target's own identifier (AccountingSuite's
    ``api_code``, PayorCRM's customer or invoice number); ``ref_key`` an
    optional second source-side key other records refer to it by (a
    Procurify catalog item's SKU, which purchase-order lines carry).
    ``content_hash`` and ``last_sent`` describe the last accepted send;
    ``listing_hash`` is the hash of the record as its source's *list* showed
    it then (see :mod:`.sources`: a listing unchanged since saves fetching
    the record's details); ``last_error`` is set while the record's latest
    attempt failed.
    """

    flow: str
    record_type: str
    source_id: str
    target_id: str | None
    ref_key: str | None
    content_hash: str | None
    listing_hash: str | None
    last_sent: str | None
    last_error: str | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class StateBatch:
    """The writes of one batch; applied together when the batch commits."""

    def __init__(self, connection: sqlite3.Connection, flow: str) -> None:
        self._connection = connection
        self._flow = flow

    def sent(
        self,
        record_type: str,
        source_id: str,
        *,
        target_id: str,
        content_hash: str,
        ref_key: str | None = None,
        listing_hash: str | None = None,
    ) -> None:
        """The target accepted this content: remember where it went and what it was."""
        now = _now()
        self._connection.execute(
            """
            INSERT INTO records (flow, record_type, source_id, target_id, ref_key,
                                 content_hash, listing_hash, last_sent, last_error,
                                 updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)
            ON CONFLICT (flow, record_type, source_id) DO UPDATE SET
                target_id = excluded.target_id,
                ref_key = coalesce(excluded.ref_key, records.ref_key),
                content_hash = excluded.content_hash,
                listing_hash = excluded.listing_hash,
                last_sent = excluded.last_sent,
                last_error = NULL,
                updated_at = excluded.updated_at
            """,
            (
                self._flow,
                record_type,
                source_id,
                target_id,
                ref_key,
                content_hash,
                listing_hash,
                now,
                now,
            ),
        )

    def failed(
        self,
        record_type: str,
        source_id: str,
        reason: str,
        *,
        target_id: str | None = None,
    ) -> None:
        """The attempt failed: keep what was last accepted, note why this one was not.

        The listing hash is kept too: it describes the last accepted content,
        and ``last_error`` alone makes the next run fetch the record again.

        ``target_id`` is recorded when the failure revealed it (a duplicate
        whose existing id the server named, but whose update then failed), so
        the next run updates that record instead of creating another.
        """
        self._connection.execute(
            """
            INSERT INTO records (flow, record_type, source_id, target_id,
                                 last_error, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (flow, record_type, source_id) DO UPDATE SET
                target_id = coalesce(excluded.target_id, records.target_id),
                last_error = excluded.last_error,
                updated_at = excluded.updated_at
            """,
            (self._flow, record_type, source_id, target_id, reason, _now()),
        )

    def cleared(
        self, record_type: str, source_id: str, listing_hash: str | None = None
    ) -> None:
        """The target holds this content already: forget any old failure, and
        remember the listing that led to it."""
        self._connection.execute(
            "UPDATE records SET last_error = NULL,"
            " listing_hash = coalesce(?, listing_hash), updated_at = ?"
            " WHERE flow = ? AND record_type = ? AND source_id = ?",
            (listing_hash, _now(), self._flow, record_type, source_id),
        )


class SyncState:
    """One state file, opened for one process; use as a context manager."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: transactions are opened explicitly per batch, so
        # nothing is ever held open between batches by the driver's own logic.
        self._connection = sqlite3.connect(self.path, isolation_level=None)
        self._connection.execute("PRAGMA journal_mode=WAL")
        self._connection.execute("PRAGMA synchronous=NORMAL")
        self._connection.execute("PRAGMA busy_timeout=5000")
        version = self._connection.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):
            self._connection.close()
            raise RuntimeError(
                f"{self.path}: state schema version {version}, this ledgerlink"
                f" reads version {SCHEMA_VERSION}"
            )
        self._connection.executescript(_SCHEMA)
        self._connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> SyncState:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def batch(self, flow: str) -> Iterator[StateBatch]:
        """One transaction: every write inside lands on commit, or none does.

        An exception (including ``KeyboardInterrupt``) inside the block rolls
        the batch back and propagates.
        """
        self._connection.execute("BEGIN IMMEDIATE")
        try:
            yield StateBatch(self._connection, flow)
        except BaseException:
            self._connection.execute("ROLLBACK")
            raise
        self._connection.execute("COMMIT")

    def get(self, flow: str, record_type: str, source_id: str) -> Entry | None:
        row = self._connection.execute(
            f"SELECT {_COLUMNS} FROM records"
            " WHERE flow = ? AND record_type = ? AND source_id = ?",
            (flow, record_type, source_id),
        ).fetchone()
        return Entry(*row) if row else None

    def entries(self, flow: str, record_type: str) -> Mapping[str, Entry]:
        """Every known record of one type, by source id (one query, not one per record)."""
        rows = self._connection.execute(
            f"SELECT {_COLUMNS} FROM records WHERE flow = ? AND record_type = ?",
            (flow, record_type),
        )
        return {row[2]: Entry(*row) for row in rows}

    def find(self, flow: str, record_type: str, ref_key: str) -> Entry | None:
        """The record other records call ``ref_key`` (e.g. an item by SKU)."""
        row = self._connection.execute(
            f"SELECT {_COLUMNS} FROM records"
            " WHERE flow = ? AND record_type = ? AND ref_key = ?"
            " ORDER BY target_id IS NULL LIMIT 1",
            (flow, record_type, ref_key),
        ).fetchone()
        return Entry(*row) if row else None

    def failures(self, flow: str | None = None) -> list[Entry]:
        """Records whose latest attempt failed, oldest first."""
        query = f"SELECT {_COLUMNS} FROM records WHERE last_error IS NOT NULL"
        params: tuple[str, ...] = ()
        if flow is not None:
            query += " AND flow = ?"
            params = (flow,)
        rows = self._connection.execute(query + " ORDER BY updated_at", params)
        return [Entry(*row) for row in rows]

    def counts(self, flow: str) -> dict[str, int]:
        """How many records of each type the target holds according to the state."""
        rows = self._connection.execute(
            "SELECT record_type, count(*) FROM records"
            " WHERE flow = ? AND target_id IS NOT NULL AND content_hash IS NOT NULL"
            " GROUP BY record_type",
            (flow,),
        )
        return {record_type: count for record_type, count in rows}
