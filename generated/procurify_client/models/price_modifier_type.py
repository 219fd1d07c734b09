from enum import StrEnum


class PriceModifierType(StrEnum):
    AMOUNT = "amount"
    PERCENTAGE = "percentage"

    def __str__(self) -> str:
        return str(self.value)
