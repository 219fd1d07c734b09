"""Starting and stopping the three sandbox servers together.

:func:`run` is the one entry point for Python callers and the CLI alike:
it seeds fresh state, builds each service's app behind its fault switch, and
serves each on its own 127.0.0.1 port (0 picks a free one) until the
``with`` block ends.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

from ledgerlink.sandbox import accountingsuite, payorcrm, procurify
from ledgerlink.sandbox.accountingsuite import AccountingSuiteState
from ledgerlink.sandbox.app import SERVICES, Credentials, build_app
from ledgerlink.sandbox.faults import FaultLog, Faults, FaultSwitch
from ledgerlink.sandbox.payorcrm import PayorCRMState
from ledgerlink.sandbox.procurify import ProcurifyState
from ledgerlink.sandbox.seeding import Seeding, seed_accountingsuite, seed_payorcrm
from ledgerlink.sandbox.server import ServerThread


@dataclass
class SandboxState:
    """The records of all three services (see each service's state class)."""

    procurify: ProcurifyState
    accountingsuite: AccountingSuiteState
    payorcrm: PayorCRMState

    def counts(self) -> dict[str, dict[str, int]]:
        return {
            "procurify": self.procurify.counts(),
            "accountingsuite": self.accountingsuite.counts(),
            "payorcrm": self.payorcrm.counts(),
        }


@dataclass
class Sandbox:
    """Running sandbox servers: where they listen, what they hold, what they inject."""

    urls: dict[str, str]
    state: SandboxState
    credentials: Credentials
    switches: dict[str, FaultSwitch] = field(repr=False)

    def set_faults(self, faults: Faults, *services: str) -> None:
        """Switch the faults of the given services (all when none is named)."""
        for service in services or SERVICES:
            self.switches[service].set(faults)

    def fault_log(self, service: str) -> FaultLog:
        return self.switches[service].log

    def env(self) -> dict[str, str]:
        """The runtime's environment variables pointing at this sandbox."""
        creds = self.credentials
        return {
            "PROCURIFY_BASE_URL": self.urls["procurify"],
            "PROCURIFY_DOMAIN": "sandbox",
            "PROCURIFY_CLIENT_ID": creds.procurify_client_id,
            "PROCURIFY_CLIENT_SECRET": creds.procurify_client_secret,
            "ACCOUNTINGSUITE_BASE_URL": self.urls["accountingsuite"],
            "ACCOUNTINGSUITE_API_KEY": creds.accountingsuite_api_key,
            "PAYORCRM_BASE_URL": self.urls["payorcrm"],
            "PAYORCRM_API_KEY": creds.payorcrm_api_key,
            "PAYORCRM_API_SECRET": creds.payorcrm_api_secret,
        }


def _check_services(names: Iterable[str]) -> None:
    unknown = set(names) - set(SERVICES)
    if unknown:
        raise ValueError(f"unknown services {sorted(unknown)}; known: {SERVICES}")


def _faults_for(faults: Faults | Mapping[str, Faults] | None, service: str) -> Faults:
    if faults is None:
        return Faults()
    if isinstance(faults, Faults):
        return faults
    _check_services(faults)
    return faults.get(service, Faults())


@contextmanager
def run(
    *,
    ports: Mapping[str, int] | None = None,
    seeding: Seeding | None = None,
    faults: Faults | Mapping[str, Faults] | None = None,
    credentials: Credentials | None = None,
    legacy_lists: bool = False,
    token_lifetime: int = 86400,
) -> Iterator[Sandbox]:
    """Serve the three sandboxes until the block ends.

    ``ports``: per service, 0 (default) for a free port.  ``faults``: one
    setting for all services or one per service.  ``legacy_lists``: the
    2014 AccountingSuite server's unpaged lists.  ``token_lifetime``: the
    ``expires_in`` of Procurify tokens, in seconds.
    """
    ports = dict(ports or {})
    _check_services(ports)
    seeding = seeding or Seeding()
    credentials = credentials or Credentials()

    state = SandboxState(
        procurify=ProcurifyState(token_lifetime=token_lifetime),
        accountingsuite=AccountingSuiteState(),
        payorcrm=PayorCRMState(),
    )
    procurify.seed(state.procurify, seeding)
    seed_accountingsuite(state.accountingsuite, seeding)
    seed_payorcrm(state.payorcrm, seeding)

    switches = {
        service: FaultSwitch(_faults_for(faults, service)) for service in SERVICES
    }
    apps = {
        "procurify": build_app(
            "procurify",
            procurify.routes(state.procurify, credentials),
            switches["procurify"],
            "429",
        ),
        "accountingsuite": build_app(
            "accountingsuite",
            accountingsuite.routes(
                state.accountingsuite, credentials, legacy_lists=legacy_lists
            ),
            switches["accountingsuite"],
            "503",
        ),
        "payorcrm": build_app(
            "payorcrm",
            payorcrm.routes(state.payorcrm, credentials),
            switches["payorcrm"],
            "429",
        ),
    }
    servers: list[ServerThread] = []
    try:
        for service in SERVICES:
            server = ServerThread(apps[service], ports.get(service, 0), name=service)
            servers.append(server)
            server.start()
        yield Sandbox(
            urls={s: srv.url for s, srv in zip(SERVICES, servers, strict=True)},
            state=state,
            credentials=credentials,
            switches=switches,
        )
    finally:
        for server in servers:
            server.stop()
