"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .address_write import AddressWrite
from .authorize_response_type import AuthorizeResponseType
from .cash_receipt import CashReceipt
from .cash_receipt_write import CashReceiptWrite
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
from .database_authentication import DatabaseAuthentication
from .delete_result import DeleteResult
from .document_line import DocumentLine
from .document_line_write import DocumentLineWrite
from .document_lines import DocumentLines
from .document_lines_write import DocumentLinesWrite
from .error_body import ErrorBody
from .error_status import ErrorStatus
from .grant_type import GrantType
from .item import Item
from .item_list import ItemList
from .item_type import ItemType
from .item_update import ItemUpdate
from .item_webhook import ItemWebhook
from .item_write import ItemWrite
from .o_auth_error import OAuthError
from .o_auth_token import OAuthToken
from .o_auth_token_request import OAuthTokenRequest
from .purchase_order import PurchaseOrder
from .purchase_order_line import PurchaseOrderLine
from .purchase_order_line_write import PurchaseOrderLineWrite
from .purchase_order_lines_write import PurchaseOrderLinesWrite
from .purchase_order_write import PurchaseOrderWrite
from .register_app_request import RegisterAppRequest
from .registered_app import RegisteredApp
from .resource_webhook import ResourceWebhook
from .sales_invoice import SalesInvoice
from .sales_invoice_list import SalesInvoiceList
from .sales_invoice_write import SalesInvoiceWrite
from .sales_order import SalesOrder
from .sales_order_line import SalesOrderLine
from .sales_order_list import SalesOrderList
from .sales_order_list_2014 import SalesOrderList2014
from .sales_order_list_2015 import SalesOrderList2015
from .sales_order_write import SalesOrderWrite
from .string_boolean import StringBoolean
from .success_status import SuccessStatus
from .webhook_action import WebhookAction
from .webhook_envelope import WebhookEnvelope
from .webhook_resource import WebhookResource

__all__ = (
    "Address",
    "AddressWrite",
    "AuthorizeResponseType",
    "CashReceipt",
    "CashReceiptWrite",
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
    "DatabaseAuthentication",
    "DeleteResult",
    "DocumentLine",
    "DocumentLineWrite",
    "DocumentLines",
    "DocumentLinesWrite",
    "ErrorBody",
    "ErrorStatus",
    "GrantType",
    "Item",
    "ItemList",
    "ItemType",
    "ItemUpdate",
    "ItemWebhook",
    "ItemWrite",
    "OAuthError",
    "OAuthToken",
    "OAuthTokenRequest",
    "PurchaseOrder",
    "PurchaseOrderLine",
    "PurchaseOrderLineWrite",
    "PurchaseOrderLinesWrite",
    "PurchaseOrderWrite",
    "RegisterAppRequest",
    "RegisteredApp",
    "ResourceWebhook",
    "SalesInvoice",
    "SalesInvoiceList",
    "SalesInvoiceWrite",
    "SalesOrder",
    "SalesOrderLine",
    "SalesOrderList",
    "SalesOrderList2014",
    "SalesOrderList2015",
    "SalesOrderWrite",
    "StringBoolean",
    "SuccessStatus",
    "WebhookAction",
    "WebhookEnvelope",
    "WebhookResource",
)
