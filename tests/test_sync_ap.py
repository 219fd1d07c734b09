"""``sync ap`` end to end: Procurify sandbox -> AccountingSuite sandbox, over HTTP.

AccountingSuite writes one record per call and has no bulk or upsert, so
"nothing duplicated" is checked on the server: every vendor name, item code
and purchase order exists exactly once, and the server's own write counters
show what a rerun sent.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from ledgerlink import sandbox
from ledgerlink.sync.ap import CHARGE_ITEMS
from tests.support.sync_harness import kill_after, running, sent, stats, sync

CANCELLED = 1


def vendor_names(sb: sandbox.Sandbox) -> Counter[str]:
    return Counter(
        c["company_name"]
        for c in sb.state.accountingsuite.companies.all()
        if c.get("company_type") == "vendor"
    )


def item_codes(sb: sandbox.Sandbox) -> Counter[str]:
    return Counter(i["item_code"] for i in sb.state.accountingsuite.items.all())


def open_orders(sb: sandbox.Sandbox) -> list[dict[str, Any]]:
    return [
        po
        for po in sb.state.procurify.purchase_orders.all()
        if po.get("state") != CANCELLED and po.get("_status") != "cancelled"
    ]


def writes(sb: sandbox.Sandbox) -> tuple[int, ...]:
    acs = sb.state.accountingsuite
    return tuple(
        n
        for c in (acs.companies, acs.items, acs.purchase_orders)
        for n in (c.created, c.updated)
    )


def assert_everything_once(sb: sandbox.Sandbox) -> None:
    procurify = sb.state.procurify
    names = vendor_names(sb)
    assert set(names) == {v["name"] for v in procurify.vendors.all()}
    assert max(names.values()) == 1
    codes = item_codes(sb)
    expected = {i["internalSKU"] for i in procurify.catalog_items.all()}
    expected |= {code for code, _ in CHARGE_ITEMS.values()}
    assert expected <= set(codes) and all(codes[c] == 1 for c in expected)
    assert len(sb.state.accountingsuite.purchase_orders) == len(open_orders(sb))


@pytest.fixture
def sb() -> Any:
    with running(count=6) as sb:
        yield sb


def test_full_sync_then_rerun_sends_nothing(
    sb: sandbox.Sandbox, tmp_path: Path
) -> None:
    state = tmp_path / "state.sqlite"
    result = sync("ap", state, sb)
    assert result.ok, [t.failures for t in result.types]
    assert_everything_once(sb)
    by_type = stats(result)
    assert by_type["vendor"].created == len(sb.state.procurify.vendors)
    assert by_type["purchase_order"].created == len(open_orders(sb))
    # Purchase-order lines point at the items the same run created.
    item_api_codes = {i["api_code"] for i in sb.state.accountingsuite.items.all()}
    for po in sb.state.accountingsuite.purchase_orders.all():
        assert {line["api_code"] for line in po["lines"]} <= item_api_codes

    before = writes(sb)
    again = sync("ap", state, sb)
    assert again.ok and sent(again) == 0
    assert writes(sb) == before


def test_renamed_vendor_is_the_only_record_resent(
    sb: sandbox.Sandbox, tmp_path: Path
) -> None:
    state = tmp_path / "state.sqlite"
    assert sync("ap", state, sb).ok
    companies = sb.state.accountingsuite.companies
    created, updated = companies.created, companies.updated
    vendor = sb.state.procurify.vendors.all()[-1]
    sb.state.procurify.vendors.update(vendor["id"], name="Renamed Supplies Ltd")
    company = next(c for c in companies.all() if c["company_name"] == vendor["name"])

    result = sync("ap", state, sb)
    assert result.ok
    assert sent(result) == 1 and stats(result)["vendor"].updated == 1
    assert (companies.created, companies.updated) == (created, updated + 1)
    assert "Renamed Supplies Ltd" in vendor_names(sb)
    assert vendor["name"] not in vendor_names(sb)
    # The update named the company's existing addresses: none was added.
    renamed = companies.get(company["api_code"])
    assert renamed is not None and renamed["company_name"] == "Renamed Supplies Ltd"
    assert [a["api_code"] for a in renamed["addresses"]] == [
        a["api_code"] for a in company["addresses"]
    ]


def test_killed_run_and_lost_state_still_duplicate_nothing(
    sb: sandbox.Sandbox, tmp_path: Path
) -> None:
    state = tmp_path / "state.sqlite"
    hook = kill_after("vendor", 3)
    with pytest.raises(hook.Killed):
        sync("ap", state, sb, after_batch=hook)
    assert sum(vendor_names(sb).values()) == 3
    # The state file is lost too: AccountingSuite's duplicate-name answers
    # name the existing companies, which the sync takes over.
    state.unlink()
    result = sync("ap", state, sb)
    assert result.ok
    assert stats(result)["vendor"].updated == 3  # recovered, not re-created
    assert stats(result)["charge_item"].updated == len(CHARGE_ITEMS)
    assert_everything_once(sb)


def test_5xx_bursts_and_rate_limits_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    faults = {
        "procurify": sandbox.Faults(rate_limit=True, rate_per_second=100),
        "accountingsuite": sandbox.Faults(
            rate_limit=True,
            rate_per_second=150,
            fail_burst=1,
            fail_every=4,
            fail_status=502,
        ),
    }
    with running(count=6, faults=faults) as sb:
        state = tmp_path / "state.sqlite"
        first = sync("ap", state, sb)
        assert sb.fault_log("accountingsuite").failed > 0
        assert sb.fault_log("accountingsuite").rate_limited > 0
        assert sb.fault_log("procurify").rate_limited > 0
        # Only purchase orders (no unique key: not retried after a 502) may
        # be left for the next run; companies and items were retried at once.
        assert {t.record_type for t in first.types if t.failed} <= {"purchase_order"}
        sb.set_faults(sandbox.Faults())
        second = sync("ap", state, sb)
        assert second.ok
        assert_everything_once(sb)


def test_bad_record_is_reported_and_the_rest_go_through(
    sb: sandbox.Sandbox, tmp_path: Path
) -> None:
    item = sb.state.procurify.catalog_items.all()[0]
    sb.state.procurify.catalog_items.update(item["id"], internalSKU="X" * 60)
    result = sync("ap", tmp_path / "state.sqlite", sb)
    assert not result.ok
    items = stats(result)["catalog_item"]
    assert items.failed == 1
    ((source_id, reason),) = items.failures
    assert (
        source_id == str(item["id"])
        and "internalSKU" in reason
        and "too_long" in reason
    )
    assert items.created == len(sb.state.procurify.catalog_items) - 1
    assert stats(result)["vendor"].failed == 0
    # Orders with a line on the item that could not be sent fail, naming the
    # SKU their line carries; the others go.
    orders = stats(result)["purchase_order"]
    assert orders.failed > 0
    for _, why in orders.failures:
        assert repr(item["internalSKU"]) in why and "unresolved_reference" in why
    assert orders.created + orders.failed == len(open_orders(sb))
    assert len(sb.state.accountingsuite.purchase_orders) == orders.created


def test_dry_run_sends_nothing_and_resolves_planned_references(
    sb: sandbox.Sandbox, tmp_path: Path
) -> None:
    planned: list[Any] = []

    class Recorder:
        def step_started(self, *args: Any) -> None: ...
        def fetched(self, *args: Any) -> None: ...
        def step_finished(self, *args: Any) -> None: ...
        def planned(self, outgoing: Any) -> None:
            planned.append(outgoing)

    before = writes(sb)
    result = sync(
        "ap", tmp_path / "state.sqlite", sb, dry_run=True, observer=Recorder()
    )
    assert writes(sb) == before
    assert result.ok, [t.failures for t in result.types]
    kinds = Counter(o.record_type for o in planned)
    assert kinds["purchase_order"] == len(open_orders(sb))
    # Orders refer to vendors that would be created in the same run.
    po = next(o for o in planned if o.record_type == "purchase_order")
    assert po.document["customer_api_code"].startswith("(new vendor ")
