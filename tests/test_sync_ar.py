"""``sync ar`` end to end: AccountingSuite sandbox -> PayorCRM sandbox, over HTTP.

Counts are checked on the servers' side (what PayorCRM holds, how many
uploads it accepted), not only in the sync's own summary.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ledgerlink import sandbox
from ledgerlink.sync.state import SyncState
from tests.support.sync_harness import kill_after, running, sent, stats, sync


def customers_of(sb: sandbox.Sandbox) -> list[dict[str, Any]]:
    return [
        c
        for c in sb.state.accountingsuite.companies.all()
        if "customer" in (c.get("company_type") or "customer")
    ]


def expected_invoices(sb: sandbox.Sandbox) -> int:
    acs = sb.state.accountingsuite
    return len(acs.invoices) + len(acs.cash_sales)


@pytest.fixture
def sb() -> Any:
    with running(count=12) as sb:
        yield sb


def test_full_sync_then_rerun_sends_nothing(
    sb: sandbox.Sandbox, tmp_path: Path
) -> None:
    state = tmp_path / "state.sqlite"
    result = sync("ar", state, sb)
    assert result.ok, result
    crm = sb.state.payorcrm
    assert (
        len(crm.customers) == len(customers_of(sb)) == stats(result)["customer"].created
    )
    assert len(crm.invoices) == expected_invoices(sb) == 24
    # Invoices and cash sales share PayorCRM's number space without colliding.
    numbers = [i["invoiceNumber"] for i in crm.invoices.all()]
    assert len(set(numbers)) == len(numbers)
    assert sum(n.startswith("CS-") for n in numbers) == len(
        sb.state.accountingsuite.cash_sales
    )
    uploads = list(crm.batches)
    calls = sb.fault_log("accountingsuite").requests

    again = sync("ar", state, sb)
    assert again.ok and sent(again) == 0
    # Unchanged listings spare the detail calls: one list page per record type.
    assert sb.fault_log("accountingsuite").requests - calls == 3
    assert {t.record_type: t.unchanged for t in again.types} == {
        "customer": len(crm.customers),
        "sales_invoice": len(sb.state.accountingsuite.invoices),
        "cash_sale": len(sb.state.accountingsuite.cash_sales),
    }
    assert crm.batches == uploads  # not one upload the second time


def test_changed_invoice_is_the_only_record_resent(
    sb: sandbox.Sandbox, tmp_path: Path
) -> None:
    state = tmp_path / "state.sqlite"
    assert sync("ar", state, sb).ok
    crm = sb.state.payorcrm
    uploads = len(crm.batches)
    invoice = sb.state.accountingsuite.invoices.all()[3]
    sb.state.accountingsuite.invoices.update(invoice["api_code"], memo="corrected memo")

    result = sync("ar", state, sb)
    assert result.ok
    assert sent(result) == 1 and stats(result)["sales_invoice"].updated == 1
    assert crm.batches[uploads:] == [("/jsonApi/upload/invoices", 1)]
    stored = [
        i for i in crm.invoices.all() if i.get("reference2") == invoice["api_code"]
    ]
    assert len(stored) == 1 and stored[0]["itemText"] == "corrected memo"
    assert len(crm.invoices) == expected_invoices(sb)


def test_run_killed_between_batches_finishes_on_rerun(
    sb: sandbox.Sandbox, tmp_path: Path
) -> None:
    state = tmp_path / "state.sqlite"
    hook = kill_after("sales_invoice", 2)
    with pytest.raises(hook.Killed):
        sync("ar", state, sb, upload_batch=5, after_batch=hook)
    crm = sb.state.payorcrm
    # Customers, then two batches of five invoices went through and were recorded.
    assert len(crm.invoices) == 10
    with SyncState(state) as s:
        assert len(s.entries("ar", "sales_invoice")) == 10
        assert len(s.entries("ar", "customer")) == len(crm.customers)

    result = sync("ar", state, sb, upload_batch=5)
    assert result.ok
    assert stats(result)["sales_invoice"].unchanged == 10
    assert stats(result)["sales_invoice"].created == 2
    assert len(crm.invoices) == expected_invoices(sb)
    # Every AccountingSuite document is in PayorCRM exactly once.
    refs = [i["reference2"] for i in crm.invoices.all()]
    assert sorted(refs) == sorted(
        r["api_code"]
        for r in [
            *sb.state.accountingsuite.invoices.all(),
            *sb.state.accountingsuite.cash_sales.all(),
        ]
    )


def test_5xx_bursts_and_rate_limits_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    faults = {
        "accountingsuite": sandbox.Faults(
            rate_limit=True, rate_per_second=200, fail_burst=2, fail_every=5
        ),
        "payorcrm": sandbox.Faults(fail_burst=2, fail_every=2, fail_status=502),
    }
    with running(count=12, faults=faults) as sb:
        result = sync("ar", tmp_path / "state.sqlite", sb, upload_batch=4)
        assert result.ok, result
        acs_log = sb.fault_log("accountingsuite")
        assert acs_log.failed > 0 and acs_log.rate_limited > 0
        assert sb.fault_log("payorcrm").failed > 0
        crm = sb.state.payorcrm
        assert len(crm.customers) == len(customers_of(sb))
        assert len(crm.invoices) == expected_invoices(sb)
        # Accepted uploads hold every record once: retries were of refused calls.
        assert sum(n for path, n in crm.batches if path.endswith("invoices")) == len(
            crm.invoices
        )


def test_bad_records_are_reported_and_the_rest_go_through(tmp_path: Path) -> None:
    # The seed documents' own companies have no e-mail: PayorCRM needs one.
    with running(count=6, examples=True) as sb:
        result = sync("ar", tmp_path / "state.sqlite", sb)
        assert not result.ok
        customers = stats(result)["customer"]
        no_email = {sid for sid, why in customers.failures if "no_email" in why}
        assert no_email and len(no_email) == customers.failed
        good = customers.fetched - customers.failed
        assert customers.created == good
        crm = sb.state.payorcrm
        acs = sb.state.accountingsuite
        # Documents of customers that could not be sent are refused by PayorCRM
        # with its reason; all others are there.
        invoices = stats(result)["sales_invoice"]
        cash = stats(result)["cash_sale"]
        for kind in (invoices, cash):
            assert all("no customer with customerno" in why for _, why in kind.failures)
        sent_docs = invoices.created + cash.created
        assert sent_docs > 0
        assert sent_docs + invoices.failed + cash.failed == len(acs.invoices) + len(
            acs.cash_sales
        )
        stored = {i.get("reference2") for i in crm.invoices.all()}
        failed = {sid for sid, _ in [*invoices.failures, *cash.failures]}
        assert not stored & failed

        # Failures are retried on the next run (and fail again, for the same reason).
        again = sync("ar", tmp_path / "state.sqlite", sb)
        assert stats(again)["customer"].failed == customers.failed
        assert stats(again)["customer"].unchanged == good


def test_dry_run_sends_and_records_nothing(sb: sandbox.Sandbox, tmp_path: Path) -> None:
    planned: list[Any] = []

    class Recorder:
        def step_started(self, *args: Any) -> None: ...
        def fetched(self, *args: Any) -> None: ...
        def step_finished(self, *args: Any) -> None: ...
        def planned(self, outgoing: Any) -> None:
            planned.append(outgoing)

    state = tmp_path / "state.sqlite"
    result = sync("ar", state, sb, dry_run=True, observer=Recorder())
    assert result.ok
    assert sb.state.payorcrm.counts() == {"customers": 0, "invoices": 0}
    assert sb.state.payorcrm.batches == []
    assert len(planned) == len(customers_of(sb)) + expected_invoices(sb)
    assert {o.reason for o in planned} == {"new"}
    with SyncState(state) as s:
        assert s.entries("ar", "customer") == {}

    # After a real run, a dry run explains a change as "changed".
    assert sync("ar", state, sb).ok
    invoice = sb.state.accountingsuite.invoices.all()[0]
    sb.state.accountingsuite.invoices.update(invoice["api_code"], memo="new memo")
    planned.clear()
    before = list(sb.state.payorcrm.batches)
    sync("ar", state, sb, dry_run=True, observer=Recorder())
    assert [(o.source_id, o.reason) for o in planned] == [
        (invoice["api_code"], "changed")
    ]
    assert sb.state.payorcrm.batches == before


def test_full_check_fetches_every_document_and_still_sends_nothing(
    sb: sandbox.Sandbox, tmp_path: Path
) -> None:
    state = tmp_path / "state.sqlite"
    assert sync("ar", state, sb).ok
    calls = sb.fault_log("accountingsuite").requests
    result = sync("ar", state, sb, full_check=True)
    assert result.ok and sent(result) == 0
    assert sb.fault_log("accountingsuite").requests - calls == 3 + expected_invoices(sb)


def test_source_gone_stops_the_run_cleanly(tmp_path: Path) -> None:
    faults = {"accountingsuite": sandbox.Faults(drop_every=1)}
    with running(count=4, faults=faults) as sb:
        result = sync("ar", tmp_path / "state.sqlite", sb)
        assert not result.ok
        assert result.aborted is not None
        assert result.aborted.startswith("reading customers: accountingsuite")
        assert [t.record_type for t in result.types] == ["customer"]
        assert sb.state.payorcrm.batches == []
        # Back again: the next run does the whole job.
        sb.set_faults(sandbox.Faults())
        assert sync("ar", tmp_path / "state.sqlite", sb).ok
        assert len(sb.state.payorcrm.invoices) == 8
