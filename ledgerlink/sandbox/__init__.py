"""Local, stateful stand-ins for Procurify, AccountingSuite and PayorCRM on 127.0.0.1.

Start all three from Python (tests, the sync, benchmarks)::

    from ledgerlink import sandbox

    with sandbox.run(seeding=sandbox.Seeding(count=50)) as sb:
        sb.urls["accountingsuite"]            # "http://127.0.0.1:41234"
        sb.env()                              # the runtime's environment variables
        sb.state.accountingsuite.invoices     # the records, for assertions
        sb.set_faults(sandbox.Faults(fail_burst=3), "payorcrm")

or from the shell with ``ledgerlink sandbox``.
"""

from __future__ import annotations

from ledgerlink.sandbox.app import SERVICES, Credentials
from ledgerlink.sandbox.faults import FaultLog, Faults
from ledgerlink.sandbox.runner import Sandbox, SandboxState, run
from ledgerlink.sandbox.seeding import KINDS, Seeding

__all__ = [
    "KINDS",
    "SERVICES",
    "Credentials",
    "FaultLog",
    "Faults",
    "Sandbox",
    "SandboxState",
    "Seeding",
    "run",
]
