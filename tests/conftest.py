"""Shared fixtures: a real HTTP server on 127.0.0.1, and bounded hypothesis runs."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from tests.support.loopback import LoopbackServer

# Hypothesis: bounded so the whole suite stays well inside CI's time budget;
# HYPOTHESIS_PROFILE=thorough runs many more examples locally.
settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """A fresh loopback server per test; script it with ``server.queue(...)``."""
    with LoopbackServer() as srv:
        yield srv
