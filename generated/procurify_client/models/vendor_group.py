from enum import StrEnum


class VendorGroup(StrEnum):
    ALL = "all"
    CREDIT_CARD_PROVIDERS = "credit_card_providers"
    DEFAULT = "default"
    OTHER = "other"
    PREFERRED = "preferred"
    PURCHASABLE = "purchasable"
    REQUESTABLE = "requestable"

    def __str__(self) -> str:
        return str(self.value)
