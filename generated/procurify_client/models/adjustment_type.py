from enum import StrEnum


class AdjustmentType(StrEnum):
    AMOUNT = "amount"
    LEGACY_0 = "0"
    LEGACY_1 = "1"
    PERCENT = "percent"

    def __str__(self) -> str:
        return str(self.value)
