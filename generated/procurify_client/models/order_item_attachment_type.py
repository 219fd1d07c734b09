from enum import StrEnum


class OrderItemAttachmentType(StrEnum):
    INVOICE = "invoice"
    OTHER = "other"
    PACKINGSLIP = "packingslip"

    def __str__(self) -> str:
        return str(self.value)
