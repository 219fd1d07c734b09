"""``make demo`` end to end: it must pass on a fresh checkout, so CI runs it."""

from __future__ import annotations

import pytest

from ledgerlink import demo


def test_demo_syncs_everything_then_nothing_then_one_change(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert demo.main() == 0
    out = capsys.readouterr().out
    assert "demo passed" in out
    # First run created, second run found everything unchanged, third sent one.
    assert out.count("$ ledgerlink sync ap") == 3
    assert out.count("$ ledgerlink sync ar") == 2
    assert "failed customer" not in out and "failed purchase_order" not in out
