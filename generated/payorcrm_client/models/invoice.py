from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """One open (or settled) receivable document."""

    customer_number: str
    """ Must equal the `customerno` of a customer uploaded before. """
    invoice_number: str
    """ The invoice's number, unique per company code. """
    invoice_amount: int
    """ Invoice total as an integer; the unit (minor or major currency units) is not documented. """
    company_code: str | Unset = UNSET
    """ Company code of the issuing ledger. """
    profit_center: str | Unset = UNSET
    """ Profit centre the revenue is booked to. """
    customer_name: str | Unset = UNSET
    """ Customer's name as printed on the invoice. """
    accounting_doc_number: str | Unset = UNSET
    """ Number of the accounting document in the source ledger. """
    post_date: datetime.date | Unset = UNSET
    """ Posting date. """
    due_date: datetime.date | Unset = UNSET
    """ Date payment is due. """
    payment_terms: str | Unset = UNSET
    """ Payment terms, e.g. "Net 30". """
    document_type: str | Unset = UNSET
    """ Source document type code. """
    posting_key: str | Unset = UNSET
    """ Posting key of the source ledger. """
    debit_credit_indicator: str | Unset = UNSET
    """ Whether the document is a debit or a credit. """
    balance_amount: str | Unset = UNSET
    """ Amount still open, as a decimal string. """
    bill_addr: Address | Unset = UNSET
    """ A billing or shipping address.  The vendor types it only as "json"; the keys are free-form and passed
    through as they are. """
    ship_addr: Address | Unset = UNSET
    """ A billing or shipping address.  The vendor types it only as "json"; the keys are free-form and passed
    through as they are. """
    currency: str | Unset = UNSET
    """ ISO 4217 currency code. """
    reason_code: str | Unset = UNSET
    """ Dispute or adjustment reason code. """
    reason_code_description: str | Unset = UNSET
    """ Human-readable meaning of `reasonCode`. """
    fiscal_year: str | Unset = UNSET
    """ Fiscal year the document belongs to. """
    invoice_date: datetime.date | Unset = UNSET
    """ Date printed on the invoice. """
    reference1: str | Unset = UNSET
    """ Free reference, e.g. the customer's PO number. """
    reference2: str | Unset = UNSET
    """ Second free reference. """
    local_amount: int | Unset = UNSET
    """ Total in the ledger's local currency, same unit as `invoiceAmount`. """
    item_text: str | Unset = UNSET
    """ Line or header text. """
    fiscal_period: str | Unset = UNSET
    """ Fiscal period within the fiscal year. """
    issue_date: datetime.date | Unset = UNSET
    """ Date the invoice was issued to the customer. """
    sold_to: str | Unset = UNSET
    """ Sold-to party, when it differs from the customer. """
    line_item: str | Unset = UNSET
    """ Line item reference within the accounting document. """
    reference_doc_no: str | Unset = UNSET
    """ Number of a related document (order, delivery, credit note). """
    status: str | Unset = UNSET
    """ Collection status of the invoice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_number = self.customer_number

        invoice_number = self.invoice_number

        invoice_amount = self.invoice_amount

        company_code = self.company_code

        profit_center = self.profit_center

        customer_name = self.customer_name

        accounting_doc_number = self.accounting_doc_number

        post_date: str | Unset = UNSET
        if not isinstance(self.post_date, Unset):
            post_date = self.post_date.isoformat()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        payment_terms = self.payment_terms

        document_type = self.document_type

        posting_key = self.posting_key

        debit_credit_indicator = self.debit_credit_indicator

        balance_amount = self.balance_amount

        bill_addr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_addr, Unset):
            bill_addr = self.bill_addr.to_dict()

        ship_addr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_addr, Unset):
            ship_addr = self.ship_addr.to_dict()

        currency = self.currency

        reason_code = self.reason_code

        reason_code_description = self.reason_code_description

        fiscal_year = self.fiscal_year

        invoice_date: str | Unset = UNSET
        if not isinstance(self.invoice_date, Unset):
            invoice_date = self.invoice_date.isoformat()

        reference1 = self.reference1

        reference2 = self.reference2

        local_amount = self.local_amount

        item_text = self.item_text

        fiscal_period = self.fiscal_period

        issue_date: str | Unset = UNSET
        if not isinstance(self.issue_date, Unset):
            issue_date = self.issue_date.isoformat()

        sold_to = self.sold_to

        line_item = self.line_item

        reference_doc_no = self.reference_doc_no

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerNumber": customer_number,
                "invoiceNumber": invoice_number,
                "invoiceAmount": invoice_amount,
            }
        )
        if company_code is not UNSET:
            field_dict["companyCode"] = company_code
        if profit_center is not UNSET:
            field_dict["profitCenter"] = profit_center
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if accounting_doc_number is not UNSET:
            field_dict["accountingDocNumber"] = accounting_doc_number
        if post_date is not UNSET:
            field_dict["postDate"] = post_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if payment_terms is not UNSET:
            field_dict["paymentTerms"] = payment_terms
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if posting_key is not UNSET:
            field_dict["postingKey"] = posting_key
        if debit_credit_indicator is not UNSET:
            field_dict["debitCreditIndicator"] = debit_credit_indicator
        if balance_amount is not UNSET:
            field_dict["balanceAmount"] = balance_amount
        if bill_addr is not UNSET:
            field_dict["billAddr"] = bill_addr
        if ship_addr is not UNSET:
            field_dict["shipAddr"] = ship_addr
        if currency is not UNSET:
            field_dict["currency"] = currency
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if reason_code_description is not UNSET:
            field_dict["reasonCodeDescription"] = reason_code_description
        if fiscal_year is not UNSET:
            field_dict["fiscalYear"] = fiscal_year
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if reference1 is not UNSET:
            field_dict["reference1"] = reference1
        if reference2 is not UNSET:
            field_dict["reference2"] = reference2
        if local_amount is not UNSET:
            field_dict["localAmount"] = local_amount
        if item_text is not UNSET:
            field_dict["itemText"] = item_text
        if fiscal_period is not UNSET:
            field_dict["fiscalPeriod"] = fiscal_period
        if issue_date is not UNSET:
            field_dict["issueDate"] = issue_date
        if sold_to is not UNSET:
            field_dict["soldTo"] = sold_to
        if line_item is not UNSET:
            field_dict["lineItem"] = line_item
        if reference_doc_no is not UNSET:
            field_dict["referenceDocNo"] = reference_doc_no
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address

        d = dict(src_dict)
        customer_number = d.pop("customerNumber")

        invoice_number = d.pop("invoiceNumber")

        invoice_amount = d.pop("invoiceAmount")

        company_code = d.pop("companyCode", UNSET)

        profit_center = d.pop("profitCenter", UNSET)

        customer_name = d.pop("customerName", UNSET)

        accounting_doc_number = d.pop("accountingDocNumber", UNSET)

        _post_date = d.pop("postDate", UNSET)
        post_date: datetime.date | Unset
        if isinstance(_post_date, Unset):
            post_date = UNSET
        else:
            post_date = datetime.date.fromisoformat(_post_date)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        payment_terms = d.pop("paymentTerms", UNSET)

        document_type = d.pop("documentType", UNSET)

        posting_key = d.pop("postingKey", UNSET)

        debit_credit_indicator = d.pop("debitCreditIndicator", UNSET)

        balance_amount = d.pop("balanceAmount", UNSET)

        _bill_addr = d.pop("billAddr", UNSET)
        bill_addr: Address | Unset
        if isinstance(_bill_addr, Unset):
            bill_addr = UNSET
        else:
            bill_addr = Address.from_dict(_bill_addr)

        _ship_addr = d.pop("shipAddr", UNSET)
        ship_addr: Address | Unset
        if isinstance(_ship_addr, Unset):
            ship_addr = UNSET
        else:
            ship_addr = Address.from_dict(_ship_addr)

        currency = d.pop("currency", UNSET)

        reason_code = d.pop("reasonCode", UNSET)

        reason_code_description = d.pop("reasonCodeDescription", UNSET)

        fiscal_year = d.pop("fiscalYear", UNSET)

        _invoice_date = d.pop("invoiceDate", UNSET)
        invoice_date: datetime.date | Unset
        if isinstance(_invoice_date, Unset):
            invoice_date = UNSET
        else:
            invoice_date = datetime.date.fromisoformat(_invoice_date)

        reference1 = d.pop("reference1", UNSET)

        reference2 = d.pop("reference2", UNSET)

        local_amount = d.pop("localAmount", UNSET)

        item_text = d.pop("itemText", UNSET)

        fiscal_period = d.pop("fiscalPeriod", UNSET)

        _issue_date = d.pop("issueDate", UNSET)
        issue_date: datetime.date | Unset
        if isinstance(_issue_date, Unset):
            issue_date = UNSET
        else:
            issue_date = datetime.date.fromisoformat(_issue_date)

        sold_to = d.pop("soldTo", UNSET)

        line_item = d.pop("lineItem", UNSET)

        reference_doc_no = d.pop("referenceDocNo", UNSET)

        status = d.pop("status", UNSET)

        invoice = cls(
            customer_number=customer_number,
            invoice_number=invoice_number,
            invoice_amount=invoice_amount,
            company_code=company_code,
            profit_center=profit_center,
            customer_name=customer_name,
            accounting_doc_number=accounting_doc_number,
            post_date=post_date,
            due_date=due_date,
            payment_terms=payment_terms,
            document_type=document_type,
            posting_key=posting_key,
            debit_credit_indicator=debit_credit_indicator,
            balance_amount=balance_amount,
            bill_addr=bill_addr,
            ship_addr=ship_addr,
            currency=currency,
            reason_code=reason_code,
            reason_code_description=reason_code_description,
            fiscal_year=fiscal_year,
            invoice_date=invoice_date,
            reference1=reference1,
            reference2=reference2,
            local_amount=local_amount,
            item_text=item_text,
            fiscal_period=fiscal_period,
            issue_date=issue_date,
            sold_to=sold_to,
            line_item=line_item,
            reference_doc_no=reference_doc_no,
            status=status,
        )

        invoice.additional_properties = d
        return invoice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
