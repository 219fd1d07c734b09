from enum import StrEnum


class PurchaseOrderRole(StrEnum):
    PURCHASED = "purchased"
    RECEIVABLE = "receivable"

    def __str__(self) -> str:
        return str(self.value)
