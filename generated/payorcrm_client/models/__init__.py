"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .customer import Customer
from .invoice import Invoice

__all__ = (
    "Address",
    "Customer",
    "Invoice",
)
