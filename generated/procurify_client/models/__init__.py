"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_code_create_request import AccountCodeCreateRequest
from .account_code_envelope import AccountCodeEnvelope
from .account_code_page import AccountCodePage
from .account_code_read import AccountCodeRead
from .account_code_update_request import AccountCodeUpdateRequest
from .account_page import AccountPage
from .account_read import AccountRead
from .account_type import AccountType
from .address import Address
from .address_request import AddressRequest
from .address_summary import AddressSummary
from .adjustment import Adjustment
from .adjustment_type import AdjustmentType
from .allocation_read import AllocationRead
from .ap_bill_payment_docs import APBillPaymentDocs
from .approval_delegatee_docs import ApprovalDelegateeDocs
from .approval_delegatee_slim_docs import ApprovalDelegateeSlimDocs
from .approval_delegation_read import ApprovalDelegationRead
from .approve_permissions import ApprovePermissions
from .approver_choices import ApproverChoices
from .approver_choices_metadata import ApproverChoicesMetadata
from .approver_read import ApproverRead
from .approver_read_docs import ApproverReadDocs
from .attachment import Attachment
from .bill_cost_read import BillCostRead
from .bill_docs import BillDocs
from .bill_envelope import BillEnvelope
from .bill_item_list_metadata import BillItemListMetadata
from .bill_item_page import BillItemPage
from .bill_item_read import BillItemRead
from .bill_items_summary import BillItemsSummary
from .bill_list_metadata import BillListMetadata
from .bill_list_view_approver_user_docs import BillListViewApproverUserDocs
from .bill_page import BillPage
from .bill_payment_docs import BillPaymentDocs
from .bill_purchase_order_docs import BillPurchaseOrderDocs
from .bill_read import BillRead
from .bill_status_read import BillStatusRead
from .bill_summary import BillSummary
from .blanket_order_item_read import BlanketOrderItemRead
from .branch import Branch
from .branch_summary import BranchSummary
from .breakdown_docs import BreakdownDocs
from .catalog_bundle_page import CatalogBundlePage
from .catalog_item_bundle_read import CatalogItemBundleRead
from .catalog_item_envelope import CatalogItemEnvelope
from .catalog_item_page import CatalogItemPage
from .catalog_item_read import CatalogItemRead
from .catalog_item_read_selected_account import CatalogItemReadSelectedAccount
from .catalog_item_read_serializer_with_quantity import (
    CatalogItemReadSerializerWithQuantity,
)
from .catalog_item_read_serializer_with_quantity_selected_account import (
    CatalogItemReadSerializerWithQuantitySelectedAccount,
)
from .catalog_item_upsert_request import CatalogItemUpsertRequest
from .catalog_item_upsert_request_custom_fields_item import (
    CatalogItemUpsertRequestCustomFieldsItem,
)
from .chart_of_accounts_account import ChartOfAccountsAccount
from .comment import Comment
from .company_payment_method import CompanyPaymentMethod
from .company_payment_method_data import CompanyPaymentMethodData
from .company_payment_method_page import CompanyPaymentMethodPage
from .company_payment_method_read import CompanyPaymentMethodRead
from .company_payment_method_read_data_type_0 import CompanyPaymentMethodReadDataType0
from .company_payment_method_request import CompanyPaymentMethodRequest
from .company_payment_method_request_data import CompanyPaymentMethodRequestData
from .cost_allocation_read import CostAllocationRead
from .cost_details import CostDetails
from .credit_card import CreditCard
from .credit_card_item_read import CreditCardItemRead
from .credit_card_read import CreditCardRead
from .currency import Currency
from .currency_page import CurrencyPage
from .currency_summary import CurrencySummary
from .current_user_envelope import CurrentUserEnvelope
from .custom_field_envelope import CustomFieldEnvelope
from .custom_field_page import CustomFieldPage
from .custom_field_read import CustomFieldRead
from .custom_field_type import CustomFieldType
from .custom_field_update_request import CustomFieldUpdateRequest
from .custom_field_value_read import CustomFieldValueRead
from .department_envelope import DepartmentEnvelope
from .department_id_validation_request import DepartmentIdValidationRequest
from .department_location_read import DepartmentLocationRead
from .department_page import DepartmentPage
from .department_read import DepartmentRead
from .department_summary import DepartmentSummary
from .department_upsert_request import DepartmentUpsertRequest
from .domain_switching import DomainSwitching
from .duplicate_po_number_check import DuplicatePoNumberCheck
from .edit_delete_approve_permissions import EditDeleteApprovePermissions
from .edit_delete_permissions import EditDeletePermissions
from .empty_metadata import EmptyMetadata
from .expense_docs import ExpenseDocs
from .expense_read import ExpenseRead
from .expense_read_expense_type_fields_type_0 import ExpenseReadExpenseTypeFieldsType0
from .expense_report_docs import ExpenseReportDocs
from .expense_report_user_summary_docs import ExpenseReportUserSummaryDocs
from .expense_report_with_user_docs import ExpenseReportWithUserDocs
from .flag_read import FlagRead
from .fulfilment_status import FulfilmentStatus
from .invite_functional_user_request import InviteFunctionalUserRequest
from .line_item_custom_field_request import LineItemCustomFieldRequest
from .list_metadata import ListMetadata
from .location_create_upsert_request import LocationCreateUpsertRequest
from .location_envelope import LocationEnvelope
from .location_id_validation_serializers_request import (
    LocationIdValidationSerializersRequest,
)
from .location_page import LocationPage
from .location_view import LocationView
from .location_view_serializer_list import LocationViewSerializerList
from .location_view_serializer_list_metadata import LocationViewSerializerListMetadata
from .master_logger import MasterLogger
from .named_reference import NamedReference
from .nested_vendor_request import NestedVendorRequest
from .nested_vendor_request_permissions import NestedVendorRequestPermissions
from .net_suite_account import NetSuiteAccount
from .net_suite_account_create_request import NetSuiteAccountCreateRequest
from .net_suite_account_custom_fields import NetSuiteAccountCustomFields
from .net_suite_account_status import NetSuiteAccountStatus
from .net_suite_initialization import NetSuiteInitialization
from .o_auth_token import OAuthToken
from .o_auth_token_request import OAuthTokenRequest
from .optimized_vendor import OptimizedVendor
from .optimized_vendor_envelope import OptimizedVendorEnvelope
from .optimized_vendor_request import OptimizedVendorRequest
from .order_item import OrderItem
from .order_item_attachment import OrderItemAttachment
from .order_item_attachment_type import OrderItemAttachmentType
from .order_item_page import OrderItemPage
from .order_item_purchase_edit import OrderItemPurchaseEdit
from .order_item_purchase_edit_custom_fields_item import (
    OrderItemPurchaseEditCustomFieldsItem,
)
from .order_item_purchase_edit_request import OrderItemPurchaseEditRequest
from .order_item_purchase_edit_request_custom_fields_item import (
    OrderItemPurchaseEditRequestCustomFieldsItem,
)
from .order_item_read import OrderItemRead
from .order_item_status import OrderItemStatus
from .order_page import OrderPage
from .order_read import OrderRead
from .order_status import OrderStatus
from .pagination import Pagination
from .parent_account_code import ParentAccountCode
from .patched_optimized_vendor_request import PatchedOptimizedVendorRequest
from .payment_list_metadata import PaymentListMetadata
from .payment_list_read import PaymentListRead
from .payment_method_docs import PaymentMethodDocs
from .payment_method_read import PaymentMethodRead
from .payment_method_read_data_type_0 import PaymentMethodReadDataType0
from .payment_method_type import PaymentMethodType
from .payment_page import PaymentPage
from .payment_simple_docs import PaymentSimpleDocs
from .payment_summary import PaymentSummary
from .pending_approvals_count_docs import PendingApprovalsCountDocs
from .permission_group import PermissionGroup
from .permission_group_page import PermissionGroupPage
from .permission_page import PermissionPage
from .permission_read import PermissionRead
from .po_docs import PODocs
from .price_modifier_docs import PriceModifierDocs
from .price_modifier_type import PriceModifierType
from .procurify_domain import ProcurifyDomain
from .purchase_order_billing_history import PurchaseOrderBillingHistory
from .purchase_order_billing_history_item import PurchaseOrderBillingHistoryItem
from .purchase_order_billing_history_list import PurchaseOrderBillingHistoryList
from .purchase_order_contract import PurchaseOrderContract
from .purchase_order_counts import PurchaseOrderCounts
from .purchase_order_counts_breakdown import PurchaseOrderCountsBreakdown
from .purchase_order_detail import PurchaseOrderDetail
from .purchase_order_detail_envelope import PurchaseOrderDetailEnvelope
from .purchase_order_detail_with_permissions import PurchaseOrderDetailWithPermissions
from .purchase_order_docs import PurchaseOrderDocs
from .purchase_order_line_item_read import PurchaseOrderLineItemRead
from .purchase_order_list_metadata import PurchaseOrderListMetadata
from .purchase_order_list_status import PurchaseOrderListStatus
from .purchase_order_page import PurchaseOrderPage
from .purchase_order_read import PurchaseOrderRead
from .purchase_order_read_docs import PurchaseOrderReadDocs
from .purchase_order_read_envelope import PurchaseOrderReadEnvelope
from .purchase_order_role import PurchaseOrderRole
from .purchase_order_state import PurchaseOrderState
from .purchase_order_update import PurchaseOrderUpdate
from .purchase_order_update_discount import PurchaseOrderUpdateDiscount
from .purchase_order_update_envelope import PurchaseOrderUpdateEnvelope
from .purchase_order_update_request import PurchaseOrderUpdateRequest
from .purchase_order_update_request_custom_fields_item import (
    PurchaseOrderUpdateRequestCustomFieldsItem,
)
from .purchase_order_update_request_discount import PurchaseOrderUpdateRequestDiscount
from .purchase_order_update_request_tax import PurchaseOrderUpdateRequestTax
from .purchase_order_update_tax import PurchaseOrderUpdateTax
from .recurring_order_item import RecurringOrderItem
from .requisition_create_request import RequisitionCreateRequest
from .requisition_envelope import RequisitionEnvelope
from .requisition_line_create_request import RequisitionLineCreateRequest
from .requisition_read import RequisitionRead
from .session_create import SessionCreate
from .setup_stage import SetupStage
from .simple_bill import SimpleBill
from .simple_currency import SimpleCurrency
from .simple_department import SimpleDepartment
from .simple_expense_report import SimpleExpenseReport
from .simple_location import SimpleLocation
from .simple_role_read import SimpleRoleRead
from .simple_user import SimpleUser
from .simple_user_profile import SimpleUserProfile
from .simple_user_summary import SimpleUserSummary
from .simple_vendor import SimpleVendor
from .single_bill_metadata import SingleBillMetadata
from .spend_account_read import SpendAccountRead
from .statement_item import StatementItem
from .term_or_method import TermOrMethod
from .term_or_method_request import TermOrMethodRequest
from .unit_cost_diff_log_docs import UnitCostDiffLogDocs
from .unoptimized_account_code import UnoptimizedAccountCode
from .unoptimized_branch_read import UnoptimizedBranchRead
from .unoptimized_department_read import UnoptimizedDepartmentRead
from .user_docs import UserDocs
from .user_envelope import UserEnvelope
from .user_list import UserList
from .user_page import UserPage
from .user_profile_me import UserProfileMe
from .user_profile_me_systemaccess_cache import UserProfileMeSystemaccessCache
from .user_profile_read import UserProfileRead
from .user_profile_unoptimized import UserProfileUnoptimized
from .user_profile_upsert_request import UserProfileUpsertRequest
from .user_summary import UserSummary
from .vendor import Vendor
from .vendor_breakdown_docs import VendorBreakdownDocs
from .vendor_detail import VendorDetail
from .vendor_detail_envelope import VendorDetailEnvelope
from .vendor_docs import VendorDocs
from .vendor_envelope import VendorEnvelope
from .vendor_group import VendorGroup
from .vendor_page import VendorPage
from .vendor_payment_method import VendorPaymentMethod
from .vendor_payment_method_data import VendorPaymentMethodData
from .vendor_payment_method_page import VendorPaymentMethodPage
from .vendor_payment_method_read import VendorPaymentMethodRead
from .vendor_payment_method_read_data_type_0 import VendorPaymentMethodReadDataType0
from .vendor_payment_method_request import VendorPaymentMethodRequest
from .vendor_payment_method_request_data import VendorPaymentMethodRequestData
from .vendor_performance import VendorPerformance
from .vendor_read import VendorRead
from .vendor_type import VendorType
from .version_choices_docs import VersionChoicesDocs

__all__ = (
    "APBillPaymentDocs",
    "Account",
    "AccountCodeCreateRequest",
    "AccountCodeEnvelope",
    "AccountCodePage",
    "AccountCodeRead",
    "AccountCodeUpdateRequest",
    "AccountPage",
    "AccountRead",
    "AccountType",
    "Address",
    "AddressRequest",
    "AddressSummary",
    "Adjustment",
    "AdjustmentType",
    "AllocationRead",
    "ApprovalDelegateeDocs",
    "ApprovalDelegateeSlimDocs",
    "ApprovalDelegationRead",
    "ApprovePermissions",
    "ApproverChoices",
    "ApproverChoicesMetadata",
    "ApproverRead",
    "ApproverReadDocs",
    "Attachment",
    "BillCostRead",
    "BillDocs",
    "BillEnvelope",
    "BillItemListMetadata",
    "BillItemPage",
    "BillItemRead",
    "BillItemsSummary",
    "BillListMetadata",
    "BillListViewApproverUserDocs",
    "BillPage",
    "BillPaymentDocs",
    "BillPurchaseOrderDocs",
    "BillRead",
    "BillStatusRead",
    "BillSummary",
    "BlanketOrderItemRead",
    "Branch",
    "BranchSummary",
    "BreakdownDocs",
    "CatalogBundlePage",
    "CatalogItemBundleRead",
    "CatalogItemEnvelope",
    "CatalogItemPage",
    "CatalogItemRead",
    "CatalogItemReadSelectedAccount",
    "CatalogItemReadSerializerWithQuantity",
    "CatalogItemReadSerializerWithQuantitySelectedAccount",
    "CatalogItemUpsertRequest",
    "CatalogItemUpsertRequestCustomFieldsItem",
    "ChartOfAccountsAccount",
    "Comment",
    "CompanyPaymentMethod",
    "CompanyPaymentMethodData",
    "CompanyPaymentMethodPage",
    "CompanyPaymentMethodRead",
    "CompanyPaymentMethodReadDataType0",
    "CompanyPaymentMethodRequest",
    "CompanyPaymentMethodRequestData",
    "CostAllocationRead",
    "CostDetails",
    "CreditCard",
    "CreditCardItemRead",
    "CreditCardRead",
    "Currency",
    "CurrencyPage",
    "CurrencySummary",
    "CurrentUserEnvelope",
    "CustomFieldEnvelope",
    "CustomFieldPage",
    "CustomFieldRead",
    "CustomFieldType",
    "CustomFieldUpdateRequest",
    "CustomFieldValueRead",
    "DepartmentEnvelope",
    "DepartmentIdValidationRequest",
    "DepartmentLocationRead",
    "DepartmentPage",
    "DepartmentRead",
    "DepartmentSummary",
    "DepartmentUpsertRequest",
    "DomainSwitching",
    "DuplicatePoNumberCheck",
    "EditDeleteApprovePermissions",
    "EditDeletePermissions",
    "EmptyMetadata",
    "ExpenseDocs",
    "ExpenseRead",
    "ExpenseReadExpenseTypeFieldsType0",
    "ExpenseReportDocs",
    "ExpenseReportUserSummaryDocs",
    "ExpenseReportWithUserDocs",
    "FlagRead",
    "FulfilmentStatus",
    "InviteFunctionalUserRequest",
    "LineItemCustomFieldRequest",
    "ListMetadata",
    "LocationCreateUpsertRequest",
    "LocationEnvelope",
    "LocationIdValidationSerializersRequest",
    "LocationPage",
    "LocationView",
    "LocationViewSerializerList",
    "LocationViewSerializerListMetadata",
    "MasterLogger",
    "NamedReference",
    "NestedVendorRequest",
    "NestedVendorRequestPermissions",
    "NetSuiteAccount",
    "NetSuiteAccountCreateRequest",
    "NetSuiteAccountCustomFields",
    "NetSuiteAccountStatus",
    "NetSuiteInitialization",
    "OAuthToken",
    "OAuthTokenRequest",
    "OptimizedVendor",
    "OptimizedVendorEnvelope",
    "OptimizedVendorRequest",
    "OrderItem",
    "OrderItemAttachment",
    "OrderItemAttachmentType",
    "OrderItemPage",
    "OrderItemPurchaseEdit",
    "OrderItemPurchaseEditCustomFieldsItem",
    "OrderItemPurchaseEditRequest",
    "OrderItemPurchaseEditRequestCustomFieldsItem",
    "OrderItemRead",
    "OrderItemStatus",
    "OrderPage",
    "OrderRead",
    "OrderStatus",
    "PODocs",
    "Pagination",
    "ParentAccountCode",
    "PatchedOptimizedVendorRequest",
    "PaymentListMetadata",
    "PaymentListRead",
    "PaymentMethodDocs",
    "PaymentMethodRead",
    "PaymentMethodReadDataType0",
    "PaymentMethodType",
    "PaymentPage",
    "PaymentSimpleDocs",
    "PaymentSummary",
    "PendingApprovalsCountDocs",
    "PermissionGroup",
    "PermissionGroupPage",
    "PermissionPage",
    "PermissionRead",
    "PriceModifierDocs",
    "PriceModifierType",
    "ProcurifyDomain",
    "PurchaseOrderBillingHistory",
    "PurchaseOrderBillingHistoryItem",
    "PurchaseOrderBillingHistoryList",
    "PurchaseOrderContract",
    "PurchaseOrderCounts",
    "PurchaseOrderCountsBreakdown",
    "PurchaseOrderDetail",
    "PurchaseOrderDetailEnvelope",
    "PurchaseOrderDetailWithPermissions",
    "PurchaseOrderDocs",
    "PurchaseOrderLineItemRead",
    "PurchaseOrderListMetadata",
    "PurchaseOrderListStatus",
    "PurchaseOrderPage",
    "PurchaseOrderRead",
    "PurchaseOrderReadDocs",
    "PurchaseOrderReadEnvelope",
    "PurchaseOrderRole",
    "PurchaseOrderState",
    "PurchaseOrderUpdate",
    "PurchaseOrderUpdateDiscount",
    "PurchaseOrderUpdateEnvelope",
    "PurchaseOrderUpdateRequest",
    "PurchaseOrderUpdateRequestCustomFieldsItem",
    "PurchaseOrderUpdateRequestDiscount",
    "PurchaseOrderUpdateRequestTax",
    "PurchaseOrderUpdateTax",
    "RecurringOrderItem",
    "RequisitionCreateRequest",
    "RequisitionEnvelope",
    "RequisitionLineCreateRequest",
    "RequisitionRead",
    "SessionCreate",
    "SetupStage",
    "SimpleBill",
    "SimpleCurrency",
    "SimpleDepartment",
    "SimpleExpenseReport",
    "SimpleLocation",
    "SimpleRoleRead",
    "SimpleUser",
    "SimpleUserProfile",
    "SimpleUserSummary",
    "SimpleVendor",
    "SingleBillMetadata",
    "SpendAccountRead",
    "StatementItem",
    "TermOrMethod",
    "TermOrMethodRequest",
    "UnitCostDiffLogDocs",
    "UnoptimizedAccountCode",
    "UnoptimizedBranchRead",
    "UnoptimizedDepartmentRead",
    "UserDocs",
    "UserEnvelope",
    "UserList",
    "UserPage",
    "UserProfileMe",
    "UserProfileMeSystemaccessCache",
    "UserProfileRead",
    "UserProfileUnoptimized",
    "UserProfileUpsertRequest",
    "UserSummary",
    "Vendor",
    "VendorBreakdownDocs",
    "VendorDetail",
    "VendorDetailEnvelope",
    "VendorDocs",
    "VendorEnvelope",
    "VendorGroup",
    "VendorPage",
    "VendorPaymentMethod",
    "VendorPaymentMethodData",
    "VendorPaymentMethodPage",
    "VendorPaymentMethodRead",
    "VendorPaymentMethodReadDataType0",
    "VendorPaymentMethodRequest",
    "VendorPaymentMethodRequestData",
    "VendorPerformance",
    "VendorRead",
    "VendorType",
    "VersionChoicesDocs",
)
