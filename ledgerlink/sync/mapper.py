"""The engine's mapper over a pair of the mapping library.

The mapping library converts a batch and returns every failure with its
index, source path, target field and reason; the engine wants one line per
failed record.  Records travel as JSON (``form="json"``): the source JSON as
the API sent it (numbers already ``Decimal``), the target JSON exactly as it
will be sent, which is also what the content hash is taken over.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

import mapping
from ledgerlink.sync.engine import Converted
from mapping.declaration import Options, Resolver

__all__ = ["PairMapper"]


class PairMapper:
    """Converts chunks of source JSON with one mapping pair (``"a.x -> b.y"``)."""

    def __init__(
        self,
        pair: str,
        *,
        options: Options | None = None,
        lookups: Resolver | None = None,
    ) -> None:
        self.pair = pair
        self.options = options
        self.lookups = lookups

    def convert(self, records: Sequence[Any]) -> Converted[dict[str, Any]]:
        try:
            return self._convert(records)
        except Exception:
            # A defect in a mapping (not a bad record) broke the batch: find
            # the records it affects one by one, so the others still go.
            return self._one_by_one(records)

    def _convert(self, records: Sequence[Any]) -> Converted[dict[str, Any]]:
        result = mapping.convert(
            self.pair,
            records,
            lookups=self.lookups,
            options=self.options,
            form="json",
        )
        reasons: dict[int, list[str]] = defaultdict(list)
        for error in result.failures:
            where = error.path or "(record)"
            reasons[error.index].append(f"{where}: {error.message} ({error.reason})")
        return Converted(
            [(index, record) for index, record in result.converted],
            [(index, "; ".join(why)) for index, why in sorted(reasons.items())],
        )

    def _one_by_one(self, records: Sequence[Any]) -> Converted[dict[str, Any]]:
        converted: list[tuple[int, dict[str, Any]]] = []
        failures: list[tuple[int, str]] = []
        for index, record in enumerate(records):
            try:
                result = self._convert([record])
            except Exception as error:
                failures.append(
                    (
                        index,
                        f"mapping {self.pair} failed: {type(error).__name__}: {error}",
                    )
                )
                continue
            converted.extend((index, payload) for _, payload in result.records)
            failures.extend((index, why) for _, why in result.failures)
        return Converted(converted, failures)

    def document(self, payload: dict[str, Any]) -> Mapping[str, Any]:
        return payload
