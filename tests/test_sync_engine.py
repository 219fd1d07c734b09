"""The sync engine and its state file, with in-memory sources and targets.

The end-to-end behaviour over HTTP is in the other ``test_sync_*`` modules;
these pin down the engine's own rules (what is resent and why, what one
transaction per batch means after a crash) without any server.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ledgerlink.errors import RejectedInputError, TransportError
from ledgerlink.sync.engine import (
    Converted,
    Delivered,
    Failed,
    Outgoing,
    Step,
    SyncEngine,
)
from ledgerlink.sync.fingerprint import content_hash
from ledgerlink.sync.state import SyncState


@dataclass
class ListSource:
    records: list[dict[str, Any]]

    def fetch(self) -> Iterable[dict[str, Any]]:
        return iter(list(self.records))

    def source_id(self, record: dict[str, Any]) -> str:
        return str(record["id"])


class UpperMapper:
    """Maps {"id", "name"} to {"NAME"}; a record without a name fails."""

    def convert(self, records: Sequence[dict[str, Any]]) -> Converted[dict[str, Any]]:
        good, bad = [], []
        for index, record in enumerate(records):
            if not record.get("name"):
                bad.append((index, "name: required"))
            else:
                good.append(
                    (index, {"NAME": record["name"].upper(), "n": record.get("n")})
                )
        return Converted(good, bad)

    def document(self, payload: dict[str, Any]) -> Mapping[str, Any]:
        return payload


@dataclass
class DictTarget:
    """A target that stores records by id and refuses names starting with "X"."""

    batch_size: int = 2
    rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    calls: list[list[str]] = field(default_factory=list)
    down: bool = False

    def send(
        self, batch: Sequence[Outgoing[dict[str, Any]]]
    ) -> list[Delivered | Failed]:
        if self.down:
            raise TransportError("connection refused", service="fake", operation="send")
        self.calls.append([o.source_id for o in batch])
        out: list[Delivered | Failed] = []
        for o in batch:
            if o.payload["NAME"].startswith("X"):
                out.append(Failed(o.source_id, "NAME: refused"))
                continue
            target_id = o.target_id or f"t{len(self.rows) + 1}"
            self.rows[target_id] = o.payload
            out.append(Delivered(o.source_id, target_id, created=o.target_id is None))
        return out


def records(n: int) -> list[dict[str, Any]]:
    return [{"id": i, "name": f"rec{i}"} for i in range(1, n + 1)]


def run(state: SyncState, source: ListSource, target: DictTarget, **kw: Any) -> Any:
    engine = SyncEngine(state, "t", chunk_size=3, **kw)
    return engine.run([Step("thing", source, UpperMapper(), target)])


@pytest.fixture
def state(tmp_path: Path) -> Any:
    with SyncState(tmp_path / "s" / "state.sqlite") as s:
        yield s


def test_first_run_creates_second_sends_nothing(state: SyncState) -> None:
    source, target = ListSource(records(7)), DictTarget()
    first = run(state, source, target)
    assert (first.types[0].fetched, first.types[0].created) == (7, 7)
    assert len(target.rows) == 7
    calls = len(target.calls)
    second = run(state, source, target)
    assert second.types[0].unchanged == 7
    assert second.types[0].created == second.types[0].updated == 0
    assert len(target.calls) == calls and len(target.rows) == 7


def test_changed_record_is_updated_in_place(state: SyncState) -> None:
    source, target = ListSource(records(5)), DictTarget()
    run(state, source, target)
    source.records[2] = {"id": 3, "name": "renamed"}
    result = run(state, source, target)
    stats = result.types[0]
    assert (stats.unchanged, stats.updated, stats.created) == (4, 1, 0)
    assert target.calls[-1] == ["3"]
    assert len(target.rows) == 5
    assert {"NAME": "RENAMED", "n": None} in target.rows.values()


def test_failures_are_recorded_retried_and_cleared(state: SyncState) -> None:
    recs = records(4)
    recs[1]["name"] = ""  # mapping failure
    recs[2]["name"] = "Xbad"  # target refusal
    source, target = ListSource(recs), DictTarget()
    result = run(state, source, target)
    stats = result.types[0]
    assert (stats.created, stats.failed) == (2, 2)
    assert dict(stats.failures) == {"2": "name: required", "3": "NAME: refused"}
    assert not result.ok
    assert {e.source_id: e.last_error for e in state.failures("t")} == {
        "2": "name: required",
        "3": "NAME: refused",
    }
    # Fixed at the source: both are sent on the next run, as previously failed.
    recs[1]["name"], recs[2]["name"] = "fixed", "good"
    seen: list[Outgoing[Any]] = []

    class Spy:
        def step_started(self, *a: Any) -> None: ...
        def fetched(self, *a: Any) -> None: ...
        def step_finished(self, *a: Any) -> None: ...
        def planned(self, o: Outgoing[Any]) -> None:
            seen.append(o)

    dry = run(state, source, target, dry_run=True, observer=Spy())
    assert sorted((o.source_id, o.reason) for o in seen) == [
        ("2", "previously failed"),
        ("3", "previously failed"),
    ]
    assert dry.types[0].created == 2
    result = run(state, source, target)
    assert result.ok and result.types[0].created == 2
    assert state.failures("t") == []
    assert len(target.rows) == 4


def test_dry_run_sends_and_writes_nothing(state: SyncState, tmp_path: Path) -> None:
    source, target = ListSource(records(5)), DictTarget()
    result = run(state, source, target, dry_run=True)
    assert result.types[0].created == 5
    assert target.calls == [] and target.rows == {}
    assert state.entries("t", "thing") == {}


def test_killed_between_batches_loses_nothing(state: SyncState) -> None:
    source, target = ListSource(records(9)), DictTarget(batch_size=2)

    def die(record_type: str, number: int) -> None:
        if number == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(state, source, target, after_batch=die)
    # Three batches went through and were committed; nothing after them.
    assert len(target.calls) == 3
    done = sum(len(call) for call in target.calls)
    assert len(target.rows) == done == 5
    assert len(state.entries("t", "thing")) == done
    result = run(state, source, target)
    assert (result.types[0].unchanged, result.types[0].created) == (done, 9 - done)
    assert len(target.rows) == 9


def test_interrupt_inside_a_batch_rolls_it_back(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    with SyncState(path) as state:
        with state.batch("t") as batch:
            batch.sent("thing", "1", target_id="a", content_hash="h1")
        with pytest.raises(KeyboardInterrupt), state.batch("t") as batch:
            batch.sent("thing", "2", target_id="b", content_hash="h2")
            raise KeyboardInterrupt
    # Another connection (a later process) sees exactly the committed batch.
    with SyncState(path) as state:
        assert list(state.entries("t", "thing")) == ["1"]
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_target_down_records_the_batch_and_stops(state: SyncState) -> None:
    source, target = ListSource(records(5)), DictTarget(down=True)
    result = run(state, source, target)
    assert result.aborted and "connection refused" in result.aborted
    assert result.types[0].failed == 2  # the first batch only; then it stopped
    target.down = False
    result = run(state, source, target)
    assert result.ok and result.types[0].created == 5


def test_failure_with_revealed_target_id_is_updated_not_recreated(
    state: SyncState,
) -> None:
    with state.batch("t") as batch:
        batch.failed("thing", "1", "update failed", target_id="t-existing")
    source, target = ListSource(records(1)), DictTarget()
    target.rows["t-existing"] = {"NAME": "OLD"}
    result = run(state, source, target)
    assert result.types[0].updated == 1
    assert target.rows == {"t-existing": {"NAME": "REC1", "n": None}}


def test_duplicate_source_ids_in_one_run_are_sent_once(state: SyncState) -> None:
    source, target = ListSource([*records(3), {"id": 2, "name": "rec2"}]), DictTarget()
    result = run(state, source, target)
    assert result.types[0].fetched == 3 and len(target.rows) == 3


def test_hash_is_exact_for_decimals_and_key_order() -> None:
    assert content_hash({"a": Decimal("10.50"), "b": 1}) == content_hash(
        {"b": 1, "a": Decimal("10.50")}
    )
    assert content_hash({"a": Decimal("10.50")}) != content_hash({"a": Decimal("10.5")})


def test_unrelated_exception_from_target_is_a_failure_not_a_crash(
    state: SyncState,
) -> None:
    class Boom(DictTarget):
        def send(
            self, batch: Sequence[Outgoing[dict[str, Any]]]
        ) -> list[Delivered | Failed]:
            raise RejectedInputError(
                ["whole batch refused"], service="fake", operation="send"
            )

    result = run(state, ListSource(records(3)), Boom(batch_size=10))
    assert result.aborted is None
    assert result.types[0].failed == 3
    assert all("whole batch refused" in why for _, why in result.types[0].failures)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    sqlite3.connect(path).execute("PRAGMA user_version=99")
    with pytest.raises(RuntimeError, match="schema version 99"):
        SyncState(path)
