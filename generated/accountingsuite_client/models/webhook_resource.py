from enum import StrEnum


class WebhookResource(StrEnum):
    CASHRECEIPTS = "cashreceipts"
    CASHSALES = "cashsales"
    COMPANIES = "companies"
    ITEMS = "items"
    SALESINVOICES = "salesinvoices"
    SALESORDERS = "salesorders"

    def __str__(self) -> str:
        return str(self.value)
