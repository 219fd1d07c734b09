from enum import IntEnum


class OrderItemStatus(IntEnum):
    PURCHASE_PENDING = 0
    PURCHASE_INUSE = 1
    RECEIVE_PENDING = 2
    RECEIVED = 3
    REJECTED_FOR_PURCHASE = 4
    RECEIVE_PARTIAL = 5
    FULFILLED = 6
    APPROVAL_DENIED = 7
    REQUEST_DRAFT = 8

    def __str__(self) -> str:
        return str(self.value)
