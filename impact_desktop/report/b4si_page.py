"""The report's B4SI page: community investment by input type, leverage apart, GRI lines.

B4SI reports the company's own contribution (cash, time, in-kind, management costs) and,
separately, the leverage it mobilised from employees, the public and partners. The page
is a table of those figures, by motivation, and the GRI 201-1 / 413-1 lines they feed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from impact_desktop.core.b4si import FundingSource, Motivation
from impact_desktop.core.number_format import NO_FIGURE, exact
from impact_desktop.report.layout import Column, Table
from impact_desktop.services.b4si import B4siFigures

RIGHT = Qt.AlignmentFlag.AlignRight


translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls


def source_name(source: FundingSource) -> str:
    return {FundingSource.COMPANY: translate("B4siPage", "Company"),
            FundingSource.EMPLOYEES: translate("B4siPage", "Employees"),
            FundingSource.PUBLIC: translate("B4siPage", "Public, customers and platform users"),
            FundingSource.PARTNERS: translate("B4siPage", "Partners and vendors")}[source]


def motivation_name(motivation: Motivation) -> str:
    return {Motivation.CHARITABLE_GIFT: translate("B4siPage", "Charitable gift"),
            Motivation.COMMUNITY_INVESTMENT: translate("B4siPage", "Community investment"),
            Motivation.COMMERCIAL_INITIATIVE: translate("B4siPage", "Commercial initiative")}[motivation]


def b4si_tables(b4si: B4siFigures, hours_unit: str) -> list[Table]:
    """Inputs and leverage; by motivation; GRI lines (each a table, cut between rows only)."""
    money = b4si.currency
    time_value = exact(b4si.time_value) if b4si.time_value is not None else NO_FIGURE
    inputs = [
        [translate("B4siPage", "Cash"), exact(b4si.cash), money],
        [translate("B4siPage", "Time (employee volunteering, paid hours)"), exact(b4si.time_hours), hours_unit],
        [translate("B4siPage", "Time, valued at the cost per hour"), time_value, money],
        [translate("B4siPage", "In-kind (goods and services, at cost)"), exact(b4si.in_kind), money],
        [translate("B4siPage", "Management costs"), exact(b4si.management_costs), money],
        [translate("B4siPage", "Company contribution (community investment)"), exact(b4si.company_contribution), money],
    ]
    bold = {len(inputs) - 1}
    inputs.append([translate("B4siPage", "Leverage: mobilised from others, reported apart"), "", ""])
    for source in FundingSource:
        if source.is_leverage:
            inputs.append(["    " + source_name(source), exact(b4si.leverage_by_source.get(source, 0)), money])
    inputs.append([translate("B4siPage", "Leverage, total"), exact(b4si.leverage), money])
    bold.add(len(inputs) - 1)
    columns = [Column(translate("B4siPage", "Input"), 5, shrinkable=False),
               Column(translate("B4siPage", "Value"), 2.5, RIGHT),
               Column(translate("B4siPage", "Unit"), 1.2)]
    tables = [Table(translate("B4siPage", "B4SI: community investment and leverage"), columns, inputs, bold,
                    subtitle=translate("B4siPage", "B4SI (formerly LBG)"))]
    rows = []
    for motivation in Motivation:
        values = b4si.by_motivation.get(motivation, {})
        rows.append([motivation_name(motivation), exact(values.get("company_contribution", 0)),
                     exact(values.get("leverage", 0)), exact(values.get("time_hours", 0))])
    tables.append(Table(translate("B4siPage", "By motivation"), [
        Column(translate("B4siPage", "Motivation"), 4, shrinkable=False),
        Column(translate("B4siPage", "Company contribution ({0})").format(money), 2.5, RIGHT),
        Column(translate("B4siPage", "Leverage ({0})").format(money), 2.5, RIGHT),
        Column(translate("B4siPage", "Time ({0})").format(hours_unit), 2, RIGHT)], rows))
    gri = [
        ["GRI 201-1", translate("B4siPage", "Community investments (economic value distributed)"),
         f"{exact(b4si.company_contribution)} {money}"],
        ["GRI 413-1", translate("B4siPage", "Business units with community engagement programs"),
         translate("B4siPage", "{0} of {1}").format(b4si.units_engaged, b4si.units_total)],
    ]
    tables.append(Table(translate("B4siPage", "Disclosures these totals feed"), [
        Column(translate("B4siPage", "Disclosure"), 1.6, shrinkable=False), Column(translate("B4siPage", "Line"), 5),
        Column(translate("B4siPage", "Figure"), 2.6, RIGHT)], gri))
    return tables
