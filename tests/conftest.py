"""Shared fixtures: a real HTTP server on 127.0.0.1 and the seed documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.loopback import LoopbackServer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """A fresh loopback server per test; script it with ``server.queue(...)``."""
    with LoopbackServer() as srv:
        yield srv


# Hypothesis: bounded so the whole suite stays well inside CI's time budget;
# HYPOTHESIS_PROFILE=thorough runs many more examples locally.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "ci"))
