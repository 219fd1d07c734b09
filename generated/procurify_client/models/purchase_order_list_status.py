from enum import StrEnum


class PurchaseOrderListStatus(StrEnum):
    ALL = "all"
    CANCELLED = "cancelled"
    CLOSED = "closed"
    OPEN = "open"
    PAID = "paid"
    PARTIAL = "partial"

    def __str__(self) -> str:
        return str(self.value)
