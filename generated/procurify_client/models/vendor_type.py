from enum import IntEnum


class VendorType(IntEnum):
    OTHER = 1
    HIDDEN = 2
    PREFERRED = 3
    REGULAR = 4
    EMPLOYEE = 5
    CC_PROVIDER = 6
    UNDOCUMENTED_7 = 7

    def __str__(self) -> str:
        return str(self.value)
