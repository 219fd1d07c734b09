from enum import StrEnum


class CompanyType(StrEnum):
    CUSTOMER = "customer"
    CUSTOMERVENDOR = "customer+vendor"
    VENDOR = "vendor"

    def __str__(self) -> str:
        return str(self.value)
