"""The converter layer: wire names, the fast path against cattrs' detailed one, dates, JSON."""

from __future__ import annotations

import datetime
import importlib
import json
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mapping import converter, jsonio, models
from mapping.dates import date_part
from mapping.pairs import PAIRS
from tests.fixtures.mapping.records import build


def _all_models(package: str) -> list[type]:
    module = importlib.import_module(f"{package}.models")
    return [
        cls
        for name in getattr(module, "__all__", dir(module))
        if attrs.has(cls := getattr(module, name))
    ]


@pytest.mark.parametrize(
    "package", ["payorcrm_client", "accountingsuite_client", "procurify_client"]
)
def test_wire_names_match_what_the_generated_to_dict_writes(package: str) -> None:
    for cls in _all_models(package):
        names = models.wire_names(cls)
        assert set(names) == {f.name for f in attrs.fields(cls)} - {models.EXTRA}
        # The generator's own round trip through every key we believe in:
        required = {
            f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING and f.init
        }
        if all(attrs.fields_dict(cls)[a].type is str for a in required):
            instance = cls(**{a: f"v-{a}" for a in required})
            assert set(instance.to_dict()) == {names[a] for a in required}


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p.name)
def test_fast_and_detailed_structure_agree_and_unstructure_round_trips(
    pair: Any,
) -> None:
    from mapping.api import bind

    source = bind(pair).source_model
    fast = converter.converter(detailed=False).get_structure_hook(source)
    detailed = converter.converter(detailed=True).get_structure_hook(source)
    unstructure = converter.unstructure_hook(source)
    for i in range(3):
        record = jsonio.loads(jsonio.dumps(build(pair.source, i)))
        quick, slow = fast(record, source), detailed(record, source)
        assert quick == slow
        # What goes in comes back out (dates re-emitted as ISO, numbers exact).
        out = jsonio.dumps(unstructure(quick)).replace(b"+00:00", b"Z")
        _contains(json.loads(out), json.loads(jsonio.dumps(record)))


def _contains(actual: Any, expected: Any) -> None:
    """Everything sent in comes back out (a model may add its spec defaults)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict)
        for key, value in expected.items():
            assert key in actual, key
            _contains(actual[key], value)
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected)
        for a, e in zip(actual, expected, strict=True):
            _contains(a, e)
    else:
        assert actual == expected


def test_numbers_are_decimals_from_the_bytes_and_back() -> None:
    data = jsonio.loads(b'{"a": 0.1, "b": 12345678901234.99, "c": 7, "d": 1e-2}')
    assert data == {
        "a": Decimal("0.1"),
        "b": Decimal("12345678901234.99"),
        "c": 7,
        "d": Decimal("0.01"),
    }
    assert all(not isinstance(v, float) for v in data.values())
    assert (
        jsonio.dumps({"x": Decimal("700.00"), "y": Decimal("-0.10")})
        == b'{"x":700.00,"y":-0.10}'
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2013-05-24", datetime.date(2013, 5, 24)),
        ("2013-11-16T12:38:13-08", datetime.date(2013, 11, 16)),
        ("2013-11-16T12:38:13-08:00", datetime.date(2013, 11, 16)),
        ("2013-11-16T12:38:13-0800", datetime.date(2013, 11, 16)),
        ("2013-11-16T12:38:13Z", datetime.date(2013, 11, 16)),
        ("2019-08-24T14:15:22.123456Z", datetime.date(2019, 8, 24)),
        ("", None),
    ],
)
def test_every_date_shape_the_servers_send(
    text: str, expected: datetime.date | None
) -> None:
    assert date_part(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "24/05/2013",
        "2013-5-24",
        "2013-02-30",
        "2013-05-24T25:00:00Z",
        "2013-05-24 junk",
        " 2013-05-24",
    ],
)
def test_anything_else_is_not_a_date(text: str) -> None:
    with pytest.raises(ValueError):
        date_part(text)


@given(st.dates(), st.times(), st.sampled_from(["", "Z", "-08", "+05:30", "-0800"]))
def test_date_part_never_shifts_the_day(
    day: datetime.date, time: datetime.time, zone: str
) -> None:
    text = f"{day.isoformat()}T{time.replace(microsecond=0).isoformat()}{zone}"
    assert date_part(text) == day
