"""The PayorCRM target: batch uploads that create or update by record number.

PayorCRM's upload endpoints take a JSON array and create or update each
record by its number (customers by ``customerno``, invoices by customer and
invoice number), so the number *is* the target id, an upload can be repeated
without duplicating anything, and a failed upload is simply retried
(:class:`~ledgerlink.sync.retrying.WritePolicy` with ``idempotent=True``).

A batch is accepted or refused whole.  When it is refused as bad input, the
refusal names the bad records (by ``index`` or by a JSON path ``$[i]...``);
those are reported with the server's reason and the rest of the batch is
uploaded again without them.  A refusal that names no record fails the batch.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from types import ModuleType
from typing import Any

from ledgerlink.errors import RejectedInputError
from ledgerlink.sync import wire
from ledgerlink.sync.engine import Delivered, Failed, Outcome, Outgoing
from ledgerlink.sync.retrying import WritePolicy

__all__ = ["PayorCRMUpload", "customer_key", "invoice_key"]

_INDEX = re.compile(r"^\$\[(\d+)\]")


def customer_key(document: Mapping[str, Any]) -> str:
    return str(document["customerno"])


def invoice_key(document: Mapping[str, Any]) -> str:
    return f"{document['customerNumber']}/{document['invoiceNumber']}"


def _bad_records(error: RejectedInputError, size: int) -> dict[int, str]:
    """Index -> reason of every record the refusal names."""
    bad: dict[int, list[str]] = {}
    problems = error.details.get("errors")
    if isinstance(problems, list):
        for problem in problems:
            if not isinstance(problem, Mapping):
                continue
            path = str(problem.get("path", ""))
            index = problem.get("index")
            if not isinstance(index, int):
                match = _INDEX.match(path)
                index = int(match.group(1)) if match else None
            if index is None or not 0 <= index < size:
                continue
            where = _INDEX.sub("", path).lstrip(".") or "(record)"
            bad.setdefault(index, []).append(f"{where}: {problem.get('message', '')}")
    return {index: "payorcrm refused: " + "; ".join(why) for index, why in bad.items()}


class PayorCRMUpload:
    """Uploads batches of mapped records with one upload operation."""

    def __init__(
        self,
        client: Any,
        operation: ModuleType,
        key: Callable[[Mapping[str, Any]], str],
        *,
        writes: WritePolicy,
        batch_size: int = 100,
    ) -> None:
        self.client = client
        self.operation = operation
        self.key = key
        self.writes = writes
        self._batch_size = batch_size

    @property
    def batch_size(self) -> int:
        return self._batch_size

    def send(self, batch: Sequence[Outgoing[Any]]) -> Sequence[Outcome]:
        outcomes: list[Outcome] = []
        pending = list(batch)
        while pending:
            documents = [dict(o.document) for o in pending]
            try:
                self.writes.call(
                    partial(wire.send, self.operation, self.client, documents),
                    idempotent=True,
                )
            except RejectedInputError as error:
                bad = _bad_records(error, len(pending))
                if not bad:
                    raise
                outcomes.extend(
                    Failed(pending[i].source_id, why) for i, why in sorted(bad.items())
                )
                pending = [o for i, o in enumerate(pending) if i not in bad]
                continue
            outcomes.extend(
                Delivered(
                    o.source_id,
                    self.key(o.document),
                    created=o.target_id is None,
                )
                for o in pending
            )
            break
        return outcomes
