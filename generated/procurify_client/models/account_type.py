from enum import IntEnum


class AccountType(IntEnum):
    ASSETS = 0
    LIABILITY = 1
    EXPENSE = 2
    INCOME = 3
    EQUITY = 4
    OTHER = 5

    def __str__(self) -> str:
        return str(self.value)
