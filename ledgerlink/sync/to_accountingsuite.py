"""The AccountingSuite target: one create or update per record, never a duplicate.

AccountingSuite writes one record per call (at one call per second), so every
call is its own batch: the engine commits the state after each, and a run
killed at any moment loses at most the answer of the call in flight.

- A record the state knows (it has a target id) is updated in place with PUT.
- A new record is created with POST.  Companies are unique by name and items
  by code: when the server answers that the record already exists (a previous
  run whose answer was lost, or a record made by hand), the error names the
  existing record's ``api_code``; the target records it and updates that
  record instead.  Because of that key, a create of a company or an item may
  be repeated after a server error or a broken connection.
- Purchase orders have no update operation and no unique key: a changed
  purchase order is reported (AccountingSuite keeps the version first sent),
  and a create is retried only after a rate-limited answer, which the server
  gives before doing anything.  After a server error it is reported and sent
  again by the next run; after a connection lost mid-answer the same holds,
  so a purchase order whose answer was lost may then exist twice (the one
  case the sync cannot rule out: AccountingSuite offers no way to look a
  purchase order up).
- Updating a company's addresses needs each address's ``api_code`` (an
  address sent without one is *added*), so the update body gets the codes of
  the company's existing addresses, matched by label (``address_id``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from types import ModuleType
from typing import Any

from ledgerlink import paging
from ledgerlink.errors import (
    RejectedInputError,
    ServerError,
    UnexpectedStatusError,
    UnparseableBodyError,
)
from ledgerlink.sync import wire
from ledgerlink.sync.engine import Delivered, Failed, Outcome, Outgoing
from ledgerlink.sync.retrying import WritePolicy

__all__ = ["AccountingSuiteWriter", "with_address_codes"]

Document = dict[str, Any]


def with_address_codes(existing: Mapping[str, Any], document: Document) -> Document:
    """``document`` with the ``api_code`` of each address the company already has.

    Addresses are matched by their label (``address_id``); an address with a
    new label is left without a code, so AccountingSuite adds it.
    """
    lines = document.get("lines")
    if not isinstance(lines, Mapping) or not isinstance(lines.get("addresses"), list):
        return document
    current = existing.get("lines", {}).get("addresses", []) or []
    codes = {
        a.get("address_id"): a.get("api_code")
        for a in current
        if isinstance(a, Mapping) and a.get("api_code")
    }
    addresses = [
        {**address, "api_code": codes[address.get("address_id")]}
        if "api_code" not in address and address.get("address_id") in codes
        else address
        for address in lines["addresses"]
    ]
    return {**document, "lines": {**lines, "addresses": addresses}}


def _reason(error: RejectedInputError) -> str:
    return "accountingsuite refused: " + ("; ".join(error.messages) or str(error))


class AccountingSuiteWriter:
    """Creates or updates one kind of AccountingSuite record.

    ``unique_field``: the field AccountingSuite keeps unique (``company_name``,
    ``item_code``), which makes creates safe to repeat; ``None`` for purchase
    orders.  ``find_existing``: a list operation to look the existing record
    up by that field when a duplicate error names no ``api_code``.
    ``get``: the read operation, for company address codes on update.
    """

    batch_size = 1

    def __init__(
        self,
        client: Any,
        *,
        kind: str,
        create: ModuleType,
        update: ModuleType | None,
        writes: WritePolicy,
        unique_field: str | None,
        find_existing: ModuleType | None = None,
        get: ModuleType | None = None,
        prepare_update: Callable[[Mapping[str, Any], Document], Document] | None = None,
    ) -> None:
        self.client = client
        self.kind = kind
        self.create = create
        self.update = update
        self.writes = writes
        self.unique_field = unique_field
        self.find_existing = find_existing
        self.get = get
        self.prepare_update = prepare_update

    def send(self, batch: Sequence[Outgoing[Any]]) -> Sequence[Outcome]:
        outcomes: list[Outcome] = []
        for outgoing in batch:
            try:
                outcomes.append(self._one(outgoing))
            except (ServerError, UnexpectedStatusError, UnparseableBodyError) as error:
                # This record's call failed; the next record's may not.  (A
                # server that is gone raises TransportError, which stops the run.)
                outcomes.append(Failed(outgoing.source_id, str(error)))
        return outcomes

    def _one(self, outgoing: Outgoing[Any]) -> Outcome:
        document = dict(outgoing.document)
        if outgoing.target_id is not None:
            return self._update(outgoing, outgoing.target_id, document)
        try:
            answer = self.writes.call(
                partial(wire.send, self.create, self.client, document),
                idempotent=self.unique_field is not None,
            )
        except RejectedInputError as error:
            existing = self._existing(error, document)
            if existing is None:
                return Failed(outgoing.source_id, _reason(error))
            # It exists already: take it over and bring it up to date.
            return self._update(outgoing, existing, document)
        api_code = wire.load(answer).get("api_code")
        if not isinstance(api_code, str) or not api_code:
            return Failed(
                outgoing.source_id, f"{self.kind} created without an api_code"
            )
        return Delivered(outgoing.source_id, api_code, created=True)

    def _update(
        self, outgoing: Outgoing[Any], api_code: str, document: Document
    ) -> Outcome:
        if self.update is None:
            return Failed(
                outgoing.source_id,
                f"changed after it was sent, but AccountingSuite cannot update a"
                f" {self.kind} (create only); {api_code} keeps the version first sent",
                target_id=api_code,
            )
        try:
            if self.prepare_update is not None and self.get is not None:
                current = wire.get(self.get, self.client, api_code)
                document = self.prepare_update(current, document)
            self.writes.call(
                partial(wire.send, self.update, self.client, document, api_code),
                idempotent=True,
            )
        except RejectedInputError as error:
            return Failed(outgoing.source_id, _reason(error), target_id=api_code)
        return Delivered(outgoing.source_id, api_code, created=False)

    def _existing(self, error: RejectedInputError, document: Document) -> str | None:
        """The api_code of the record a duplicate error is about, if it is one."""
        if self.unique_field is None:
            return None
        named = error.details.get("api_code")
        if isinstance(named, str) and named:
            return named
        value = document.get(self.unique_field)
        mentions_field = any(self.unique_field in m for m in error.messages)
        if self.find_existing is None or value is None or not mentions_field:
            return None
        for record in paging.iterate(self.find_existing, self.client, limit=100):
            if getattr(record, self.unique_field, None) == value:
                code = getattr(record, "api_code", None)
                return code if isinstance(code, str) else None
        return None
