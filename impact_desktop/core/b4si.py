"""The B4SI (formerly LBG) classification of community investment.

Inputs are *how* a company contributes, motivation is *why*, and the funding source
separates the company's own contribution from *leverage*: money it mobilises from
employees, customers, the public or partners, which B4SI reports separately.
Outputs (trees planted, facilities built) are not inputs and carry no input type.
"""

from __future__ import annotations

from enum import StrEnum


class InputType(StrEnum):
    CASH = "cash"
    TIME = "time"
    IN_KIND = "in_kind"
    MANAGEMENT_COSTS = "management_costs"


class Motivation(StrEnum):
    CHARITABLE_GIFT = "charitable_gift"
    COMMUNITY_INVESTMENT = "community_investment"
    COMMERCIAL_INITIATIVE = "commercial_initiative"


class FundingSource(StrEnum):
    COMPANY = "company"
    EMPLOYEES = "employees"
    PUBLIC = "public"
    PARTNERS = "partners"

    @property
    def is_leverage(self) -> bool:
        """Everything not given by the company itself is leverage in B4SI terms."""
        return self is not FundingSource.COMPANY


INPUT_TYPE_LABELS = {
    InputType.CASH: "Cash",
    InputType.TIME: "Time (employee volunteering)",
    InputType.IN_KIND: "In-kind",
    InputType.MANAGEMENT_COSTS: "Management costs",
}
MOTIVATION_LABELS = {
    Motivation.CHARITABLE_GIFT: "Charitable gift",
    Motivation.COMMUNITY_INVESTMENT: "Community investment",
    Motivation.COMMERCIAL_INITIATIVE: "Commercial initiative",
}
FUNDING_SOURCE_LABELS = {
    FundingSource.COMPANY: "Company (own contribution)",
    FundingSource.EMPLOYEES: "Employees (leverage)",
    FundingSource.PUBLIC: "Public / customers / platform users (leverage)",
    FundingSource.PARTNERS: "Partners / vendors (leverage)",
}
