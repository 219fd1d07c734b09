from enum import IntEnum


class PurchaseOrderState(IntEnum):
    PURCHASED = 0
    CANCELLED = 1
    LEGACY = 2
    CLOSED = 3
    PAID = 4
    REOPENED = 5

    def __str__(self) -> str:
        return str(self.value)
