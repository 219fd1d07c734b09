from enum import IntEnum


class OrderStatus(IntEnum):
    PENDING = 0
    APPROVED = 1
    REJECTED = 2
    PURCHASED = 3
    CANCELLED = 4
    RECEIVED = 5
    DRAFT = 6

    def __str__(self) -> str:
        return str(self.value)
