"""ledgerlink.paging over loopback servers that page like the real APIs."""

from __future__ import annotations

import asyncio
from itertools import islice
from typing import Any

import pytest
from accountingsuite_client.api.cash_sales import list_cash_sales
from accountingsuite_client.api.companies import list_companies
from accountingsuite_client.api.sales_orders import list_sales_orders
from accountingsuite_client.models import CashSale, Company
from procurify_client.api.vendors import list_vendors
from procurify_client.models import OptimizedVendor

from ledgerlink.errors import UnparseableBodyError
from ledgerlink.paging import aiterate, iterate
from tests.support.faults import (
    ProcurifyAPI,
    accountingsuite_list,
    procurify_for,
    suite,
)
from tests.support.loopback import LoopbackServer, Reply


def pages_asked(server: LoopbackServer, name: str) -> list[str | None]:
    return [
        r.query.get(name, [None])[0]
        for r in server.requests
        if r.path != "/oauth/token"
    ]


def collect(aiterator: Any) -> list[Any]:
    async def main() -> list[Any]:
        return [record async for record in aiterator]

    return asyncio.run(main())


def test_procurify_pages_until_the_last_page(server: LoopbackServer) -> None:
    server.set_handler(ProcurifyAPI(count=250))

    vendors = list(iterate(list_vendors, procurify_for(server), page_size=100))

    assert all(isinstance(v, OptimizedVendor) for v in vendors)
    assert [v.id for v in vendors] == list(range(1, 251))
    assert pages_asked(server, "page") == [None, "2", "3"]
    assert set(pages_asked(server, "page_size")) == {"100"}


def test_procurify_paging_async(server: LoopbackServer) -> None:
    server.set_handler(ProcurifyAPI(count=250))

    vendors = collect(aiterate(list_vendors, procurify_for(server), page_size=100))

    assert [v.id for v in vendors] == list(range(1, 251))
    assert pages_asked(server, "page") == [None, "2", "3"]


def test_procurify_stops_at_an_empty_last_page(server: LoopbackServer) -> None:
    # The server claims 4 pages but the 4th is empty (records deleted meanwhile).
    server.set_handler(ProcurifyAPI(count=300, declared_pages=5))

    vendors = list(iterate(list_vendors, procurify_for(server), page_size=100))

    assert len(vendors) == 300
    assert pages_asked(server, "page") == [None, "2", "3", "4"]


def test_procurify_paging_starts_where_asked(server: LoopbackServer) -> None:
    server.set_handler(ProcurifyAPI(count=50))

    vendors = list(iterate(list_vendors, procurify_for(server), page=3, page_size=10))

    assert [v.id for v in vendors] == list(range(21, 51))


def test_paging_is_lazy(server: LoopbackServer) -> None:
    server.set_handler(ProcurifyAPI(count=1000))

    first = list(
        islice(iterate(list_vendors, procurify_for(server), page_size=100), 150)
    )

    assert len(first) == 150
    assert pages_asked(server, "page") == [None, "2"]  # not all ten pages


def test_a_retryable_failure_mid_paging_is_ridden_out(server: LoopbackServer) -> None:
    server.set_handler(ProcurifyAPI(count=30))
    iterator = iterate(list_vendors, procurify_for(server), page_size=10)
    head = list(islice(iterator, 10))
    server.queue(Reply(503), Reply(drop=True))

    assert [v.id for v in head + list(iterator)] == list(range(1, 31))


def test_accountingsuite_follows_more_records_with_start_after(
    server: LoopbackServer,
) -> None:
    server.set_handler(accountingsuite_list("companies", 25, style="more_records"))

    companies = list(iterate(list_companies, suite(server), limit=10))

    assert all(isinstance(c, Company) for c in companies)
    codes = [c.api_code for c in companies]
    assert len(codes) == len(set(codes)) == 25
    assert pages_asked(server, "start_after") == [None, codes[9], codes[19]]


@pytest.mark.parametrize("inclusive", [False, True])
def test_accountingsuite_follows_has_more_with_start_from(
    server: LoopbackServer, inclusive: bool
) -> None:
    server.set_handler(
        accountingsuite_list("cash_sales", 23, style="has_more", inclusive=inclusive)
    )

    sales = list(iterate(list_cash_sales, suite(server), limit=10))

    assert all(isinstance(s, CashSale) for s in sales)
    codes = [s.api_code for s in sales]
    assert codes == sorted(set(codes)) and len(codes) == 23


@pytest.mark.parametrize("key", ["Sales_Orders", "Sales Orders", "items"])
def test_the_records_are_found_under_whichever_list_key_the_server_uses(
    server: LoopbackServer, key: str
) -> None:
    # Sales orders: the document, the 2014 and the 2015 server disagree.
    server.set_handler(accountingsuite_list(key, 12, style="more_records"))

    orders = list(iterate(list_sales_orders, suite(server), limit=5))

    assert len({o.api_code for o in orders}) == 12
    assert len(server.requests) == 3


def test_accountingsuite_paging_async(server: LoopbackServer) -> None:
    server.set_handler(accountingsuite_list("companies", 25, style="more_records"))

    companies = collect(aiterate(list_companies, suite(server), limit=10))

    assert len({c.api_code for c in companies}) == 25
    assert len(server.requests) == 3


def test_a_server_without_paging_fields_is_one_page(server: LoopbackServer) -> None:
    server.set_handler(accountingsuite_list("companies", 42, style="none"))

    companies = list(iterate(list_companies, suite(server), limit=10))

    assert len(companies) == 42
    assert len(server.requests) == 1


def test_a_server_repeating_the_same_page_is_an_error_not_a_loop(
    server: LoopbackServer,
) -> None:
    page = {"companies": [{"api_code": "c-1"}], "more_records": True}
    server.set_handler(lambda _r: Reply(200, json=page))

    with pytest.raises(UnparseableBodyError, match="no progress"):
        list(iterate(list_companies, suite(server)))
    assert len(server.requests) == 2
