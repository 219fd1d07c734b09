"""Why a record could not be converted, in words a person can act on.

A batch never stops at a bad record: every failure becomes a
:class:`RecordError` naming the record's index, the source field path (wire
names, as the source API spells them), the target field and one of the named
:class:`Reason` codes.  The reasons are a closed list so that callers (the
sync, the CLI, tests) can branch on them and the documentation can list them.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs


class Reason(enum.StrEnum):
    """The closed list of reasons a record (or one of its fields) is refused."""

    MALFORMED_JSON = "malformed_json"
    MISSING = "missing"
    WRONG_TYPE = "wrong_type"
    INVALID_VALUE = "invalid_value"
    UNKNOWN_ENUM = "unknown_enum"
    INVALID_DATE = "invalid_date"
    TOO_LONG = "too_long"
    INEXACT_AMOUNT = "inexact_amount"
    TOTAL_MISMATCH = "total_mismatch"
    UNRESOLVED_REFERENCE = "unresolved_reference"
    NO_EMAIL = "no_email"


#: One line per reason, used by the lineage document and ``ledgerlink fields``.
REASON_DOCS: dict[Reason, str] = {
    Reason.MALFORMED_JSON: "the record is not a JSON object (or not JSON at all)",
    Reason.MISSING: "a field the target requires is absent or empty in the source",
    Reason.WRONG_TYPE: "a source field has the wrong JSON type for its schema",
    Reason.INVALID_VALUE: "a source value is of the right type but not acceptable",
    Reason.UNKNOWN_ENUM: "a source value is not one of the values the mapping knows",
    Reason.INVALID_DATE: "a date is in none of the formats the server is known to send",
    Reason.TOO_LONG: "a code or identifier exceeds the target's documented limit (codes are never truncated)",
    Reason.INEXACT_AMOUNT: "an amount or quantity cannot be represented exactly at the target's precision",
    Reason.TOTAL_MISMATCH: "the converted document's total differs from the source total",
    Reason.UNRESOLVED_REFERENCE: "a referenced record (vendor, item, charge item) has no entry in the lookups",
    Reason.NO_EMAIL: "the target requires an e-mail address and the source has none",
}


class MappingFailure(Exception):
    """Raised by a transform; the compiled mapping adds the paths and collects it.

    ``path`` and ``target`` may be filled in later, by the code that knows
    which rule was running; a transform only knows what is wrong.
    """

    def __init__(
        self,
        reason: Reason,
        message: str,
        *,
        path: str = "",
        target: str = "",
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.path = path
        self.target = target

    def located(self, path: str, target: str) -> MappingFailure:
        """This failure with the rule's paths filled in where still unknown.

        A path a transform already set (e.g. ``order_items[3].price``) is
        kept, prefixed by the rule's path when it is relative.
        """
        if self.path.startswith(".") or self.path.startswith("["):
            self.path = path + self.path
        elif not self.path:
            self.path = path
        if not self.target:
            self.target = target
        return self

    def all_located(self, path: str, target: str) -> list[MappingFailure]:
        """Every failure this stands for, located (see :class:`Failures`)."""
        return [self.located(path, target)]

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.message} ({self.reason})"


class Failures(MappingFailure):
    """Several failures found by one transform (e.g. one per bad order line)."""

    def __init__(self, failures: list[MappingFailure]) -> None:
        first = failures[0]
        super().__init__(first.reason, first.message, path=first.path)
        self.failures = failures

    def all_located(self, path: str, target: str) -> list[MappingFailure]:
        return [f.located(path, target) for f in self.failures]


class RecordFailed(Exception):
    """Every failure of one record; raised by the single-record functions."""

    def __init__(self, failures: list[MappingFailure]) -> None:
        super().__init__("; ".join(str(f) for f in failures))
        self.failures = failures


@attrs.frozen
class RecordError:
    """One failure of one record of a batch."""

    index: int
    """Position of the record in the input (0-based)."""
    path: str
    """Source field path in wire names, e.g. ``lines.line_items[2].price``."""
    target_field: str
    """Target field path in wire names, or ``""`` when the whole record failed."""
    reason: Reason
    """The named reason; see :data:`REASON_DOCS`."""
    message: str
    """A sentence for people; never contains credentials."""

    def to_json(self) -> dict[str, Any]:
        """The JSON line the CLI writes to stderr."""
        return {
            "index": self.index,
            "path": self.path,
            "target": self.target_field,
            "reason": str(self.reason),
            "message": self.message,
        }

    @classmethod
    def from_failure(cls, index: int, failure: MappingFailure) -> RecordError:
        return cls(index, failure.path, failure.target, failure.reason, failure.message)
