from enum import StrEnum


class CustomFieldType(StrEnum):
    A = "a"
    B = "b"
    D = "d"
    F = "f"
    H = "h"
    I = "i"
    M = "m"
    T = "t"

    def __str__(self) -> str:
        return str(self.value)
