from enum import StrEnum


class DuplicatePoNumberCheck(StrEnum):
    FALSE = "False"
    TRUE = "True"

    def __str__(self) -> str:
        return str(self.value)
