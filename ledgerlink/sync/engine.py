"""The generic sync loop: fetch, map, compare with the state, send, commit.

Every flow (``ap``, ``ar``) is an ordered list of :class:`Step`: one record
type each, made of a :class:`Source` (pages of source records), a
:class:`Mapper` (source records to target payloads, with per-record failures)
and a :class:`Target` (create or update, never duplicate).  The engine owns
what is the same for all of them:

- **Idempotence.**  Each mapped record is hashed (:mod:`.fingerprint`); a
  record whose hash equals the state's last accepted hash is not sent.  An
  update goes to the target id the state remembers, so nothing is created
  twice.
- **Durability.**  Outcomes are written to the state in one transaction per
  target call (a *batch*).  Killing the process at any point loses at most the
  batch in flight, whose records the next run sends again.
- **Isolation of failures.**  A record that cannot be mapped or is refused by
  the target is recorded with its reason and retried next run; the rest of
  the batch goes through.  A failure of the target itself (server gone,
  credentials refused) records the batch as failed and stops the flow: every
  later call would fail the same way.
- **Listings.**  A source may answer :class:`Unchanged` for a record whose
  list entry is exactly as it was when the record was last sent (see
  :mod:`.sources`), sparing the call for its details; ``full_check=True``
  turns that off, for a run after the mapping itself changed.
- **Dry runs.**  ``dry_run=True`` computes the same plan, reports each record
  that would be sent and why (new, changed, previously failed), and neither
  sends nor writes the state.
- **Accounting.**  Per-type counts for the summary, and the time spent
  fetching, mapping, sending and committing, for the benchmark.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Generic, Literal, Protocol, TypeVar

from ledgerlink.errors import (
    AuthenticationError,
    ConfigurationError,
    LedgerlinkError,
    RateLimitedError,
    ServerError,
    TransportError,
)
from ledgerlink.sync.fingerprint import content_hash
from ledgerlink.sync.state import Entry, SyncState

__all__ = [
    "Converted",
    "Delivered",
    "Failed",
    "FlowResult",
    "Mapper",
    "Observer",
    "Outgoing",
    "Reason",
    "Source",
    "Step",
    "SyncAborted",
    "SyncEngine",
    "Target",
    "Timings",
    "TypeStats",
    "Unchanged",
]

S = TypeVar("S")
P = TypeVar("P")
S_contra = TypeVar("S_contra", contravariant=True)

Reason = Literal["new", "changed", "previously failed"]

# Failures of the target itself rather than of one record: continuing would
# only repeat them, so the flow stops after recording the batch.
FATAL_ERRORS: tuple[type[BaseException], ...] = (
    AuthenticationError,
    ConfigurationError,
    RateLimitedError,
    ServerError,
    TransportError,
)


@dataclass(frozen=True, slots=True)
class Converted(Generic[P]):
    """A mapper's answer for one chunk: payloads and failures, by position in the chunk."""

    records: Sequence[tuple[int, P]]
    failures: Sequence[tuple[int, str]]


@dataclass(frozen=True, slots=True)
class Outgoing(Generic[P]):
    """One record the target has to receive, and why."""

    record_type: str
    source_id: str
    payload: P
    document: Mapping[str, Any]
    content_hash: str
    target_id: str | None
    reason: Reason
    ref_key: str | None = None
    listing_hash: str | None = None


@dataclass(frozen=True, slots=True)
class Unchanged:
    """What a source yields instead of a record whose listing shows no change."""

    source_id: str


@dataclass(frozen=True, slots=True)
class Delivered:
    """The target holds the record now; ``created`` tells a create from an update."""

    source_id: str
    target_id: str
    created: bool


@dataclass(frozen=True, slots=True)
class Failed:
    """The target refused the record; ``target_id`` when the refusal revealed one."""

    source_id: str
    reason: str
    target_id: str | None = None


Outcome = Delivered | Failed


class Source(Protocol[S]):
    """Where records come from: all of them, page after page."""

    def fetch(self) -> Iterable[S]: ...

    def source_id(self, record: S) -> str: ...


class Mapper(Protocol[S_contra, P]):
    """Source records to target payloads; never raises for a bad record."""

    def convert(self, records: Sequence[S_contra]) -> Converted[P]: ...

    def document(self, payload: P) -> Mapping[str, Any]:
        """The payload as the JSON the target receives (hashed, and shown by dry runs)."""
        ...


class Target(Protocol[P]):
    """Where records go.  ``send`` answers one outcome per record it was given."""

    @property
    def batch_size(self) -> int: ...

    def send(self, batch: Sequence[Outgoing[P]]) -> Sequence[Outcome]: ...


@dataclass(frozen=True)
class Step(Generic[S, P]):
    """One record type of a flow."""

    record_type: str
    source: Source[S]
    mapper: Mapper[S, P]
    target: Target[P]
    # The key other records use for this one, when it is not the source id
    # (purchase-order lines name catalog items by SKU).
    ref_key: Callable[[S], str | None] | None = None
    # The hash of a fetched record's list entry, by source id, to be stored
    # with it (sources that answer Unchanged provide it).
    listing_hash: Callable[[str], str | None] | None = None


@dataclass
class TypeStats:
    """The summary line of one record type."""

    record_type: str
    fetched: int = 0
    unchanged: int = 0
    created: int = 0
    updated: int = 0
    # (source id, reason) of every record that failed, in order.
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


@dataclass
class Timings:
    """Seconds spent per activity (wall clock), for benchmarks and ``--verbose``."""

    fetch: float = 0.0
    map: float = 0.0
    send: float = 0.0
    state: float = 0.0

    @property
    def total(self) -> float:
        return self.fetch + self.map + self.send + self.state


@dataclass
class FlowResult:
    """Everything a run of one flow did."""

    flow: str
    dry_run: bool
    types: list[TypeStats] = field(default_factory=list)
    timings: Timings = field(default_factory=Timings)
    aborted: str | None = None

    @property
    def failed(self) -> int:
        return sum(t.failed for t in self.types)

    @property
    def ok(self) -> bool:
        return self.failed == 0 and self.aborted is None


class Observer(Protocol):
    """What the engine tells the outside world while it runs (progress, dry-run plan)."""

    def step_started(self, flow: str, record_type: str) -> None: ...

    def fetched(self, record_type: str, count: int) -> None: ...

    def planned(self, outgoing: Outgoing[Any]) -> None: ...

    def step_finished(self, stats: TypeStats) -> None: ...


class SilentObserver:
    """An observer that reports nothing (library use, tests)."""

    def step_started(self, flow: str, record_type: str) -> None:
        pass

    def fetched(self, record_type: str, count: int) -> None:
        pass

    def planned(self, outgoing: Outgoing[Any]) -> None:
        pass

    def step_finished(self, stats: TypeStats) -> None:
        pass


class SyncAborted(Exception):
    """The flow stopped early; everything committed before stays in the state."""


# Called after each committed batch with (record type, batch number in the
# step).  Tests use it to kill a run between batches; the CLI to stop
# gracefully on the first Ctrl-C.
BatchHook = Callable[[str, int], None]


def _chunks(items: Iterable[S], size: int) -> Iterator[list[S]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class SyncEngine:
    """Runs the steps of one flow against one state file."""

    def __init__(
        self,
        state: SyncState,
        flow: str,
        *,
        dry_run: bool = False,
        chunk_size: int = 100,
        observer: Observer | None = None,
        after_batch: BatchHook | None = None,
        full_check: bool = False,
    ) -> None:
        self.state = state
        self.flow = flow
        self.dry_run = dry_run
        self.full_check = full_check
        self.chunk_size = chunk_size
        self.observer: Observer = observer or SilentObserver()
        self.after_batch = after_batch
        self.timings = Timings()
        # Dry runs send nothing, so records "created" earlier in the run have
        # no target id; later steps (purchase orders referring to vendors)
        # resolve them through this overlay instead of failing.
        self._planned: dict[tuple[str, str], Entry] = {}
        self._planned_refs: dict[tuple[str, str], str] = {}

    # -- lookups for mappers -------------------------------------------------

    def lookup(self, record_type: str, source_id: str) -> str | None:
        """The target id of a record synced before (or planned, in a dry run)."""
        entry = self.state.get(self.flow, record_type, source_id)
        if entry is not None and entry.target_id is not None:
            return entry.target_id
        planned = self._planned.get((record_type, source_id))
        return planned.target_id if planned is not None else None

    def lookup_ref(self, record_type: str, ref_key: str) -> str | None:
        """The target id of the record other records call ``ref_key``."""
        entry = self.state.find(self.flow, record_type, ref_key)
        if entry is not None and entry.target_id is not None:
            return entry.target_id
        return self._planned_refs.get((record_type, ref_key))

    def listing_current(
        self, record_type: str, source_id: str, listing_hash: str
    ) -> bool:
        """Whether the target holds this record as last sent and its listing is unchanged.

        Sources ask this before fetching a record's details; a record that
        failed last time, or any record in a full check, is always fetched.
        """
        if self.full_check:
            return False
        entry = self.state.get(self.flow, record_type, source_id)
        return (
            entry is not None
            and entry.target_id is not None
            and entry.content_hash is not None
            and entry.last_error is None
            and entry.listing_hash == listing_hash
        )

    # -- the loop ------------------------------------------------------------

    def run(self, steps: Sequence[Step[Any, Any]]) -> FlowResult:
        """Run every step in order; stop at the first step the target cannot serve."""
        result = FlowResult(self.flow, self.dry_run, timings=self.timings)
        for step in steps:
            stats = TypeStats(step.record_type)
            result.types.append(stats)
            self.observer.step_started(self.flow, step.record_type)
            try:
                self._run_step(step, stats)
            except SyncAborted as stop:
                result.aborted = str(stop)
            self.observer.step_finished(stats)
            if result.aborted is not None:
                break
        return result

    def _run_step(self, step: Step[Any, Any], stats: TypeStats) -> None:
        known = dict(self.state.entries(self.flow, step.record_type))
        seen: set[str] = set()
        batch_number = 0
        records = iter(step.source.fetch())
        while True:
            started = time.perf_counter()
            try:
                chunk = list(islice(records, self.chunk_size))
            except LedgerlinkError as error:
                # The source cannot be read (gone, refusing, garbled): what
                # was committed stays; the next run starts this step again.
                raise SyncAborted(f"reading {step.record_type}s: {error}") from error
            finally:
                self.timings.fetch += time.perf_counter() - started
            if not chunk:
                return
            # A record seen twice in one run (paging over a changing list)
            # is handled once.
            ids: list[str] = []
            fresh: list[Any] = []
            listed_only = 0
            for record in chunk:
                if isinstance(record, Unchanged):
                    if record.source_id not in seen:
                        seen.add(record.source_id)
                        listed_only += 1
                    continue
                source_id = step.source.source_id(record)
                if source_id not in seen:
                    seen.add(source_id)
                    ids.append(source_id)
                    fresh.append(record)
            stats.fetched += len(fresh) + listed_only
            stats.unchanged += listed_only
            self.observer.fetched(step.record_type, len(fresh) + listed_only)
            if not fresh:
                continue
            listings = [
                step.listing_hash(source_id) if step.listing_hash else None
                for source_id in ids
            ]

            started = time.perf_counter()
            converted = step.mapper.convert(fresh)
            pending: list[Outgoing[Any]] = []
            cleared: list[tuple[str, str | None]] = []
            for index, payload in converted.records:
                source_id = ids[index]
                document = step.mapper.document(payload)
                digest = content_hash(document)
                entry = known.get(source_id)
                if (
                    entry is not None
                    and entry.target_id is not None
                    and entry.content_hash == digest
                ):
                    stats.unchanged += 1
                    listing = listings[index]
                    if entry.last_error is not None or (
                        listing is not None and listing != entry.listing_hash
                    ):
                        cleared.append((source_id, listing))
                    continue
                reason: Reason
                if entry is not None and entry.last_error is not None:
                    reason = "previously failed"
                elif entry is not None and entry.content_hash is not None:
                    reason = "changed"
                else:
                    reason = "new"
                pending.append(
                    Outgoing(
                        step.record_type,
                        source_id,
                        payload,
                        document,
                        digest,
                        entry.target_id if entry is not None else None,
                        reason,
                        step.ref_key(fresh[index]) if step.ref_key else None,
                        listings[index],
                    )
                )
            mapping_failures = [(ids[i], why) for i, why in converted.failures]
            self.timings.map += time.perf_counter() - started

            stats.failures.extend(mapping_failures)

            if self.dry_run:
                for outgoing in pending:
                    self.observer.planned(outgoing)
                    if outgoing.target_id is None:
                        stats.created += 1
                        placeholder = f"(new {step.record_type} {outgoing.source_id})"
                        self._planned[(step.record_type, outgoing.source_id)] = Entry(
                            self.flow,
                            step.record_type,
                            outgoing.source_id,
                            placeholder,
                            outgoing.ref_key,
                            outgoing.content_hash,
                            None,
                            None,
                            None,
                        )
                        if outgoing.ref_key is not None:
                            key = (step.record_type, outgoing.ref_key)
                            self._planned_refs[key] = placeholder
                    else:
                        stats.updated += 1
                continue

            if mapping_failures or cleared:
                started = time.perf_counter()
                with self.state.batch(self.flow) as batch:
                    for source_id, why in mapping_failures:
                        batch.failed(step.record_type, source_id, why)
                    for source_id, listing in cleared:
                        batch.cleared(step.record_type, source_id, listing)
                self.timings.state += time.perf_counter() - started

            for outgoing_batch in _chunks(pending, max(1, step.target.batch_size)):
                batch_number += 1
                self._send(step, outgoing_batch, stats, known)
                if self.after_batch is not None:
                    self.after_batch(step.record_type, batch_number)

    def _send(
        self,
        step: Step[Any, Any],
        batch: list[Outgoing[Any]],
        stats: TypeStats,
        known: dict[str, Entry],
    ) -> None:
        fatal: BaseException | None = None
        started = time.perf_counter()
        try:
            outcomes: Sequence[Outcome] = step.target.send(batch)
        except Exception as error:
            # The whole call failed; its records are retried next run.
            outcomes = [Failed(o.source_id, str(error)) for o in batch]
            if isinstance(error, FATAL_ERRORS):
                fatal = error
        self.timings.send += time.perf_counter() - started

        by_id = {o.source_id: o for o in batch}
        answered = {outcome.source_id for outcome in outcomes}
        missing = [
            Failed(o.source_id, "the target gave no answer for this record")
            for o in batch
            if o.source_id not in answered
        ]
        started = time.perf_counter()
        with self.state.batch(self.flow) as writes:
            for outcome in [*outcomes, *missing]:
                outgoing = by_id[outcome.source_id]
                if isinstance(outcome, Delivered):
                    writes.sent(
                        step.record_type,
                        outcome.source_id,
                        target_id=outcome.target_id,
                        content_hash=outgoing.content_hash,
                        ref_key=outgoing.ref_key,
                        listing_hash=outgoing.listing_hash,
                    )
                    if outcome.created:
                        stats.created += 1
                    else:
                        stats.updated += 1
                    known[outcome.source_id] = Entry(
                        self.flow,
                        step.record_type,
                        outcome.source_id,
                        outcome.target_id,
                        outgoing.ref_key,
                        outgoing.content_hash,
                        outgoing.listing_hash,
                        None,
                        None,
                    )
                else:
                    writes.failed(
                        step.record_type,
                        outcome.source_id,
                        outcome.reason,
                        target_id=outcome.target_id,
                    )
                    stats.failures.append((outcome.source_id, outcome.reason))
        self.timings.state += time.perf_counter() - started
        if fatal is not None:
            raise SyncAborted(str(fatal)) from fatal
