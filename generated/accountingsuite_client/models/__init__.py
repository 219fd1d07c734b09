"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .address_write import AddressWrite
from .cash_sale import CashSale
from .cash_sale_list import CashSaleList
from .cash_sale_write import CashSaleWrite
from .company import Company
from .company_lines import CompanyLines
from .company_lines_write import CompanyLinesWrite
from .company_list import CompanyList
from .company_type import CompanyType
from .company_update import CompanyUpdate
from .company_write import CompanyWrite
from .delete_result import DeleteResult
from .document_line import DocumentLine
from .document_line_write import DocumentLineWrite
from .document_lines import DocumentLines
from .document_lines_write import DocumentLinesWrite
from .error_body import ErrorBody
from .error_status import ErrorStatus
from .item import Item
from .item_list import ItemList
from .item_type import ItemType
from .item_update import ItemUpdate
from .item_write import ItemWrite
from .purchase_order import PurchaseOrder
from .purchase_order_line import PurchaseOrderLine
from .purchase_order_line_write import PurchaseOrderLineWrite
from .purchase_order_lines_write import PurchaseOrderLinesWrite
from .purchase_order_write import PurchaseOrderWrite
from .sales_invoice import SalesInvoice
from .sales_invoice_list import SalesInvoiceList
from .sales_invoice_write import SalesInvoiceWrite
from .string_boolean import StringBoolean
from .success_status import SuccessStatus

__all__ = (
    "Address",
    "AddressWrite",
    "CashSale",
    "CashSaleList",
    "CashSaleWrite",
    "Company",
    "CompanyLines",
    "CompanyLinesWrite",
    "CompanyList",
    "CompanyType",
    "CompanyUpdate",
    "CompanyWrite",
    "DeleteResult",
    "DocumentLine",
    "DocumentLineWrite",
    "DocumentLines",
    "DocumentLinesWrite",
    "ErrorBody",
    "ErrorStatus",
    "Item",
    "ItemList",
    "ItemType",
    "ItemUpdate",
    "ItemWrite",
    "PurchaseOrder",
    "PurchaseOrderLine",
    "PurchaseOrderLineWrite",
    "PurchaseOrderLinesWrite",
    "PurchaseOrderWrite",
    "SalesInvoice",
    "SalesInvoiceList",
    "SalesInvoiceWrite",
    "StringBoolean",
    "SuccessStatus",
)
