"""Amounts reach the generated models as the server wrote them: Decimal, never float."""

from __future__ import annotations

from decimal import Decimal

from accountingsuite_client.api.items import get_item
from accountingsuite_client.models import Item

from tests.support.faults import suite
from tests.support.loopback import LoopbackServer, Reply


def test_accountingsuite_amounts_parse_as_exact_decimals(
    server: LoopbackServer,
) -> None:
    # 0.1 and 1234567890123.45 are the classic float casualties: 0.1 has no
    # binary form and the second has 15 significant digits.  Written raw so no
    # Python float ever exists on the serving side either.
    server.queue(
        Reply(
            200,
            body=b'{"api_code": "c0ffee00-0000-4000-8000-000000000001",'
            b' "item_code": "WIDGET", "item_price": 1234567890123.45, "cf1_num": 0.1}',
        )
    )

    item = get_item.sync(
        api_code="c0ffee00-0000-4000-8000-000000000001", client=suite(server)
    )

    assert isinstance(item, Item)
    assert item.item_price == Decimal("1234567890123.45")
    assert isinstance(item.item_price, Decimal)
    assert isinstance(item.cf1_num, Decimal) and str(item.cf1_num) == "0.1"
