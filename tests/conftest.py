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
