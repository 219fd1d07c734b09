from enum import IntEnum


class PaymentMethodType(IntEnum):
    OTHER = 0
    CHECK = 1
    ACH = 2
    EFT = 3
    WIRE = 4

    def __str__(self) -> str:
        return str(self.value)
