"""Which column holds what: header names in English and Simplified Chinese → entry fields.

Header text is compared after :func:`normalize_header`: case, spacing, punctuation and
units in brackets are ignored, so ``Donation Amount (CNY)`` and ``donation amount`` are
the same, as are ``捐赠金额（元）`` and ``捐赠金额``. A column maps to a *field*: one of
:data:`FIELDS`, or ``metric:<key>`` for a wide layout's metric column, or ``""``
(ignored).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from impact_desktop.core.metrics import Metric
from impact_desktop.core.names import fold, without_marks
from impact_desktop.core.units import ValueUnit, parse_unit, read_value_unit, unit_fits

BUSINESS_UNIT, PROGRAM, PERIOD, CHANNEL = "business_unit", "program", "period", "channel"
CURRENCY, NOTE = "currency", "note"
ENTRY_ID, METRIC, VALUE = "id", "metric", "value"
INPUT_TYPE, MOTIVATION, FUNDING_SOURCE = "input_type", "motivation", "funding_source"
UNIT = "unit"
PERIOD_START, PERIOD_END = "period_start", "period_end"
UPDATED_AT = "updated_at"
METRIC_KEY, AGGREGATION, VALUE_KIND, WHOLE_NUMBERS = "metric_key", "aggregation", "value_kind", "whole_numbers"
METRIC_DESCRIPTION = "metric_description"
#: The business unit a row's unit sits under (an export's "Parent unit"): new units are created under it.
PARENT_UNIT = "parent_unit"
METRIC_PREFIX = "metric:"
#: An unmapped column; refused when it holds values, so nothing is dropped unnoticed.
IGNORE = ""
#: A column the user chose to leave out on purpose.
SKIP = "skip"

#: Fields a column can hold, with the label shown in mapping tables.
FIELDS: dict[str, str] = {
    BUSINESS_UNIT: "Business unit", PROGRAM: "Program", PERIOD: "Date or period", CHANNEL: "Channel",
    METRIC: "Metric (long layout)", VALUE: "Value (long layout)", CURRENCY: "Currency", NOTE: "Note",
    INPUT_TYPE: "B4SI input type", MOTIVATION: "B4SI motivation", FUNDING_SOURCE: "Funding source",
    ENTRY_ID: "Entry id (from an export)", UNIT: "Unit of the value", PERIOD_START: "Period start",
    PERIOD_END: "Period end", UPDATED_AT: "Last changed (from an export)", METRIC_KEY: "Metric key",
    AGGREGATION: "Metric aggregation", VALUE_KIND: "Metric kind", WHOLE_NUMBERS: "Whole numbers only",
    METRIC_DESCRIPTION: "Metric description", PARENT_UNIT: "Parent business unit",
    SKIP: "Leave out this column",
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    BUSINESS_UNIT: ("businessunit", "bu", "division", "department", "businessgroup", "company",
                    "subsidiary", "事业部", "业务单元", "事业群", "部门", "单位", "公司", "业务部门"),
    PROGRAM: ("program", "programme", "project", "programname", "projectname", "initiative",
              "公益项目", "项目", "项目名称", "公益项目名称", "计划"),
    PERIOD: ("date", "period", "month", "quarter", "reportingperiod", "periodend", "asof", "day",
             "日期", "期间", "时间", "月份", "报告期", "年月", "统计日期", "统计期间", "季度"),
    CHANNEL: ("channel", "platform", "givingplatform", "渠道", "平台", "募捐平台", "捐赠渠道"),
    CURRENCY: ("currency", "ccy", "currencycode", "币种", "货币", "币别"),
    NOTE: ("note", "notes", "comment", "comments", "remark", "remarks", "description", "备注", "说明", "附注",
           "备注说明", "备注信息", "说明备注", "附注说明", "备注栏", "注释"),
    ENTRY_ID: ("id", "entryid", "impactdesktopid", "记录id"),
    METRIC: ("metric", "indicator", "measure", "kpi", "指标", "指标名称", "统计指标"),
    VALUE: ("value", "amount", "quantity", "figure", "数值", "数量", "值", "金额"),
    INPUT_TYPE: ("inputtype", "b4siinputtype", "b4siinput", "投入类型"),
    MOTIVATION: ("motivation", "b4simotivation", "动机"),
    FUNDING_SOURCE: ("fundingsource", "source", "sourceoffunds", "资金来源"),
    UNIT: ("unit", "units", "uom", "unitofmeasure", "unitofmeasurement", "measureunit", "计量单位", "度量单位"),
    PERIOD_START: ("from", "start", "startdate", "periodstart", "开始日期", "起始日期", "开始"),
    PERIOD_END: ("to", "end", "enddate", "结束日期", "截止日期", "结束"),
    UPDATED_AT: ("updated", "updatedat", "lastchanged", "lastmodified", "modified", "更新时间", "修改时间"),
    METRIC_KEY: ("metrickey", "指标代码", "指标键"),
    AGGREGATION: ("aggregation", "汇总方式", "聚合方式"),
    VALUE_KIND: ("kind", "valuekind", "指标类型"),
    WHOLE_NUMBERS: ("wholenumbers", "integeronly", "整数"),
    METRIC_DESCRIPTION: ("metricdescription", "指标说明"),
    PARENT_UNIT: ("parentunit", "parentbusinessunit", "parentdivision", "parent", "上级单位", "上级事业部",
                  "上级部门", "所属事业群"),
    METRIC_PREFIX + "donations": (
        "donations", "donation", "donationamount", "donationsamount", "donated", "amountraised", "fundsraised",
        "moneyraised", "cashdonations", "捐赠", "捐款", "捐赠金额", "捐款金额", "善款", "善款金额", "募捐金额",
        "筹款金额", "募款金额", "捐赠额"),
    METRIC_PREFIX + "volunteer_hours": (
        "volunteerhours", "volunteeringhours", "hoursvolunteered", "hours", "志愿服务时长", "志愿时长",
        "志愿者时长", "志愿服务小时数", "服务时长", "志愿小时数", "志愿服务时数"),
    METRIC_PREFIX + "volunteers": (
        "volunteers", "numberofvolunteers", "volunteercount", "志愿者", "志愿者人数", "志愿者数", "志愿者数量"),
    METRIC_PREFIX + "trees_planted": (
        "treesplanted", "trees", "treeplanting", "植树", "植树数量", "种树", "植树数", "植树棵数", "种植树木"),
}

_BRACKETED = re.compile(r"[(\[（【{<《][^)\]）】}>》]*[)\]）】}>》]")


def normalize_header(text: object) -> str:
    """Compare headers without case, spaces, punctuation or bracketed units (names of
    units and programs are compared the same way, brackets kept: :func:`~impact_desktop.core.names.name_key`)."""
    if text is None:
        return ""
    return without_marks(_BRACKETED.sub("", fold(text)))


_BRACKET_TEXT = re.compile(r"[(\[（【{<《]([^)\]）】}>》]*)[)\]）】}>》]")


def header_value_unit(header: object, metric: Metric) -> tuple[ValueUnit, str | None]:
    """The magnitude, currency and unit a header's brackets give ``metric``'s values.

    ``捐赠金额（万元）`` → ×10⁴ in CNY; ``Donations (USD m)`` → ×10⁶ in USD;
    ``植树（万棵）`` → ×10⁴ trees; ``Volunteer hours ('000)`` → ×10³. Brackets that name
    no magnitude, currency or unit (``Donations (2018)``, ``(Alipay)``) are not a unit.
    The second item is the reason when the unit does not fit the metric.
    """
    if not isinstance(header, str):
        return ValueUnit(), None
    for inner in _BRACKET_TEXT.findall(unicodedata.normalize("NFKC", header)):
        unit = parse_unit(inner)
        if unit.is_plain or any(ch.isdigit() for ch in unit.word):
            continue
        if unit.exponent == 0 and unit.currency is None and not unit_fits(unit.word, metric):
            continue  # "(Alipay)", "(incl. matching)": a remark, not a unit
        return read_value_unit(inner, metric)
    return ValueUnit(), None


def vocabulary(metrics: Iterable[Metric] = (), alternatives: Mapping[str, Iterable[str]] | None = None
               ) -> dict[str, str]:
    """normalised header → field, including every metric's key, name and alternative names
    (``alternatives``: metric key → names) from the store."""
    vocab: dict[str, str] = {}
    alternatives = alternatives or {}
    for metric in metrics:
        for name in (metric.key, metric.name, *alternatives.get(metric.key, ())):
            vocab.setdefault(normalize_header(name), METRIC_PREFIX + metric.key)
    for field, names in _SYNONYMS.items():
        for name in names:
            vocab[name] = field
    return vocab


def metric_lookup(metrics: Iterable[Metric], alternatives: Mapping[str, Iterable[str]] | None = None
                  ) -> dict[str, str]:
    """normalised metric text (key, name, alternative names, synonyms) → metric key: reads a long layout's
    metric column."""
    metrics = list(metrics)
    known = {metric.key for metric in metrics}
    lookup = {
        name: field[len(METRIC_PREFIX):]
        for name, field in vocabulary(metrics, alternatives).items()
        if field.startswith(METRIC_PREFIX) and field[len(METRIC_PREFIX):] in known
    }
    return lookup


def suggest_mapping(headers: Sequence[object], vocab: dict[str, str]) -> list[str]:
    """A field for each header (``""`` when unknown).

    A field goes to one column only, except metrics: a sheet may hold donations in CNY in
    one column and in USD in another.
    """
    result, taken = [], set()
    for header in headers:
        field = vocab.get(normalize_header(header), IGNORE)
        if field and field in taken and field != SKIP and not field.startswith(METRIC_PREFIX):
            field = IGNORE
        taken.add(field)
        result.append(field)
    return _unit_or_business_unit(headers, result, vocab)


#: Headers that mean a business unit in one sheet and a unit of measure in another.
_AMBIGUOUS_UNIT = {"单位"}


def _unit_or_business_unit(headers: Sequence[object], mapping: list[str], vocab: dict[str, str]) -> list[str]:
    """``单位`` is a unit of measure when it follows the value column or another column names the business unit."""
    for index, header in enumerate(headers):
        if normalize_header(header) not in _AMBIGUOUS_UNIT:
            continue
        before = mapping[index - 1] if index else ""
        others = [i for i, other in enumerate(headers) if i != index
                  and normalize_header(other) not in _AMBIGUOUS_UNIT
                  and vocab.get(normalize_header(other)) == BUSINESS_UNIT]
        if before == VALUE or before.startswith(METRIC_PREFIX) or others:
            mapping[index] = UNIT if UNIT not in mapping else IGNORE
            if others and BUSINESS_UNIT not in mapping:
                mapping[others[0]] = BUSINESS_UNIT
    return mapping


def header_score(row: Sequence[object], vocab: dict[str, str]) -> int:
    """How many distinct fields a row's cells name; 0 unless one of them can carry a value."""
    fields = {vocab.get(normalize_header(cell)) for cell in row if isinstance(cell, str)}
    fields.discard(None)
    fields.discard(SKIP)
    has_values = VALUE in fields or any(field.startswith(METRIC_PREFIX) for field in fields)
    return len(fields) if has_values and len(fields) >= 2 else 0


def find_header_row(rows: Sequence[tuple[int, list]], vocab: dict[str, str]) -> tuple[int, list] | None:
    """The best-scoring row among the first rows (titles, notes and blank rows sit above)."""
    best, best_score = None, 0
    for number, cells in rows:
        score = header_score(cells, vocab)
        if score > best_score:
            best, best_score = (number, cells), score
    return best


def layout_key(headers: Sequence[object]) -> str:
    """The same header layout (after normalisation) gives the same key: finds a saved preset."""
    joined = "\x1f".join(normalize_header(header) for header in headers)
    return hashlib.sha256(joined.encode()).hexdigest()[:24]


_TOTAL_HINT = re.compile(r"total|sum|合计|总计|小计|共计|总和|总数|累计|汇总", re.IGNORECASE)
_TOTAL_EN = re.compile(r"^(?:grand\s*|sub[\s-]*)?(?:totals?|sum)\b|\b(?:sub[\s-]*)?totals?\W*$", re.IGNORECASE)
_TOTAL_ZH = ("合计", "总计", "小计", "共计", "总和", "总数", "累计", "汇总")
_TOTAL_WORDS = frozenset({"total", "totals", "grandtotal", "subtotal", "subtotals", "sum", "overall", "alltotal",
                          "totalall", *_TOTAL_ZH, "合计金额", "总合计", "全部合计", "本页合计", "总计金额"})
#: What :func:`total_label_kind` returns.
EXACT_TOTAL, NAMED_TOTAL = "exact", "named"
_FORMULA_MARKS = frozenset("=+-@")


def total_label_kind(text: object) -> str | None:
    """Whether a cell reads like a total row's label.

    ``Total``, ``Grand total``, ``合计``, ``小计：`` are *exact*: nothing else in the cell.
    ``Ant Financial total``, ``Total 2018``, ``蚂蚁金服合计`` are *named* totals, but so is a
    program called "Total Care" or a unit "Summit Fund": the caller decides by what else
    the row holds.
    """
    if not isinstance(text, str) or not _TOTAL_HINT.search(text):
        return None
    folded = unicodedata.normalize("NFKC", text).strip()
    if folded[:1] in _FORMULA_MARKS and "(" in folded:
        return None  # "+SUM(1)", "=SUM(B2:B9)" stored as text: a name that looks like a formula, not a label
    norm = normalize_header(folded)
    if norm in _TOTAL_WORDS:
        return EXACT_TOTAL
    if _TOTAL_EN.search(folded) or norm.startswith(_TOTAL_ZH) or norm.endswith(_TOTAL_ZH):
        return NAMED_TOTAL
    return None


def is_total_label(text: object) -> bool:
    """``Total``, ``Sub-total``, ``Ant Financial total``, ``合计``, ``总计：``, ``小计`` …"""
    return total_label_kind(text) is not None
