from enum import StrEnum


class FulfilmentStatus(StrEnum):
    EMPTY = "empty"
    FULL = "full"
    PARTIAL = "partial"

    def __str__(self) -> str:
        return str(self.value)
