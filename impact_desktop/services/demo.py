"""Demo data: the figures of the first customer's philanthropy report (the seed article).

Fiscal year 2018 of the group (April 2017 to March 2018). Yearly totals are the
article's; **monthly splits are illustrative** (a plausible seasonal shape), chosen so
that every total reproduces the article exactly. Rows get deterministic ids, so loading
the demo twice adds nothing the second time.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import uuid
from dataclasses import dataclass
from decimal import Decimal

from impact_desktop.core import names
from impact_desktop.core.b4si import FundingSource, InputType, Motivation
from impact_desktop.core.entries import EntryDraft, Origin
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.metrics import Aggregation, Metric, ValueKind
from impact_desktop.core.periods import Period, PeriodKind, fiscal_year, month
from impact_desktop.core.rates import Rate
from impact_desktop.core.texts import translate
from impact_desktop.storage import alternative_names, catalog, entries, rates, settings, targets
from impact_desktop.storage.database import Store

DEMO_FISCAL_YEAR = 2018
_NAMESPACE = uuid.UUID("6f1c1f0e-9a51-4c8e-9d0c-2b7d4f0a1e18")

# Seasonal weights per fiscal month (Apr..Mar): September's "99 Giving Day" and the
# year-end campaigns raise more. Illustrative only.
_DONATION_WEIGHTS = (7, 7, 8, 8, 8, 14, 8, 9, 10, 8, 6, 7)
_VOLUNTEER_WEIGHTS = (8, 9, 8, 7, 8, 9, 10, 9, 8, 6, 8, 10)
_TREE_WEIGHTS = (12, 11, 9, 8, 7, 7, 6, 5, 5, 6, 10, 14)

UNITS = ("Alibaba Group", "Ant Financial", "Cainiao", "Amap", "Tmall Global")
CHANNELS = ("Alibaba Philanthropy", "Alipay Philanthropy", "Each Person Three Hours")
PROGRAMS = (
    ("Alibaba Group", "Alibaba Philanthropy platform", "Community development", "China"),
    ("Alibaba Group", "Each Person Three Hours", "Community development", "China"),
    ("Alibaba Group", "Employee volunteering", "Community development", "Global"),
    ("Ant Financial", "Alipay Philanthropy", "Poverty alleviation", "China"),
    ("Ant Financial", "Ant Forest", "Environment", "Arid regions of China"),
    ("Cainiao", "Green logistics recycling", "Environment", "200 cities in China"),
    ("Amap", "Environmental map", "Environment", "364 cities in China"),
    ("Tmall Global", "Goods for Good", "Community development", "Global"),
)
#: The group's Chinese names (the demo's names are English; the Chinese interface shows these).
CHINESE_NAMES = {
    "business_unit": {"Alibaba Group": "阿里巴巴集团", "Ant Financial": "蚂蚁金服", "Cainiao": "菜鸟", "Amap": "高德",
                      "Tmall Global": "天猫国际"},
    "program": {"Alibaba Philanthropy platform": "阿里巴巴公益平台", "Each Person Three Hours": "人人三小时",
                "Employee volunteering": "员工志愿服务", "Alipay Philanthropy": "支付宝公益", "Ant Forest": "蚂蚁森林",
                "Green logistics recycling": "绿色物流回收", "Environmental map": "环境地图",
                "Goods for Good": "公益宝贝"},
    "channel": {"Alibaba Philanthropy": "阿里巴巴公益", "Alipay Philanthropy": "支付宝公益",
                "Each Person Three Hours": "人人三小时"},
}
#: The demo's own metrics in both languages (key → (English, Chinese)); whichever the
#: interface named it at loading time is its name, the other an alternative name.
METRIC_NAMES = {
    "nonprofits_supported": ("Nonprofits on the platform", "平台上的公益组织"),
    "volunteering_opportunities": ("Volunteering opportunities", "志愿服务机会"),
    "recycling_facilities": ("Recycling facilities", "回收设施"),
    "recycling_cities": ("Cities with recycling facilities", "设有回收设施的城市"),
    "environmental_map_cities": ("Cities on the environmental map", "环境地图覆盖城市"),
}


def user_metrics() -> tuple[Metric, ...]:
    """The article's figures that are not built-in metrics, named in the interface language
    (the demo is created like a template: a Chinese interface gets Chinese metric names)."""
    return (
        Metric("nonprofits_supported", translate("Demo", "Nonprofits on the platform"),
               translate("Demo", "organisations"), ValueKind.QUANTITY, Aggregation.STOCK, True,
               description=translate("Demo", "Partner non-profit organisations (a level, not a flow).")),
        Metric("volunteering_opportunities", translate("Demo", "Volunteering opportunities"),
               translate("Demo", "opportunities"), ValueKind.QUANTITY, Aggregation.FLOW, True,
               description=translate("Demo", "Opportunities offered on the volunteering platform.")),
        Metric("recycling_facilities", translate("Demo", "Recycling facilities"), translate("Demo", "facilities"),
               ValueKind.QUANTITY, Aggregation.STOCK, True,
               description=translate("Demo", "Facilities in operation at the end of the period.")),
        Metric("recycling_cities", translate("Demo", "Cities with recycling facilities"), translate("Demo", "cities"),
               ValueKind.QUANTITY, Aggregation.STOCK, True,
               description=translate("Demo", "Cities where the facilities operate.")),
        Metric("environmental_map_cities", translate("Demo", "Cities on the environmental map"),
               translate("Demo", "cities"), ValueKind.QUANTITY, Aggregation.STOCK, True,
               description=translate("Demo", "Cities with air and water quality on the map.")),
    )


#: CNY→USD for FY2018: Rmb 1.27bn reads about $184m, as in the article.
CNY_TO_USD = Decimal("0.1449")


@dataclass(frozen=True)
class DemoResult:
    entries_added: int
    entries_present: int


def _id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def _months() -> list[Period]:
    year = fiscal_year(DEMO_FISCAL_YEAR)
    return [month(year.start.year + (m + 3) // 12, (m + 3) % 12 + 1) for m in range(12)]


def split(total: int, weights: tuple[int, ...]) -> list[int]:
    """Whole-number shares of ``total`` in proportion to ``weights``, summing exactly."""
    parts = [total * w // sum(weights) for w in weights]
    parts[-1] += total - sum(parts)
    return parts


def _ramp(start: int, end: int, steps: int) -> list[int]:
    """A stock growing steadily from ``start`` to exactly ``end``."""
    return [start + (end - start) * (i + 1) // steps for i in range(steps)]


def load_demo(store: Store) -> DemoResult:
    """Create (or complete) the demo data in one transaction."""
    with store.transaction():
        unit_ids = _ensure_units(store)
        channel_ids = {name: _ensure_channel(store, name) for name in CHANNELS}
        program_ids = {
            name: _ensure_program(store, unit_ids[unit], name, cause, where)
            for unit, name, cause, where in PROGRAMS
        }
        catalog.ensure_builtin_metrics(store)
        known_metrics = {metric.key for metric in catalog.list_metrics(store)}
        for metric in user_metrics():
            if metric.key not in known_metrics:
                catalog.add_metric(store, metric)
        drafts = _drafts(program_ids, channel_ids)
        # By id whatever the origin: an imported export of the demo carries the same ids.
        wanted = [entry_id for entry_id, _ in drafts]
        existing = {row[0] for row in store.db.execute(
            "SELECT id FROM entries WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(wanted)])}
        fresh = [(entry_id, draft) for entry_id, draft in drafts if entry_id not in existing]
        entries.add_entries(store, [d for _, d in fresh], ids=[i for i, _ in fresh])
        _ensure_rate_and_settings(store)
        _ensure_targets(store)
        _ensure_names(store, unit_ids, program_ids, channel_ids)
    return DemoResult(entries_added=len(fresh), entries_present=len(drafts) - len(fresh))


def _ensure_units(store: Store) -> dict[str, str]:
    ids: dict[str, str] = {}
    for name in UNITS:
        unit = catalog.find_business_unit(store, name)
        parent = None if name == UNITS[0] else ids[UNITS[0]]
        ids[name] = unit.id if unit else catalog.add_business_unit(
            store, name, parent_id=parent, row_id=_id("unit", name),
            description=translate("Demo", "Group holding") if parent is None else "",
        )
    return ids


def _ensure_channel(store: Store, name: str) -> str:
    channel = catalog.find_channel(store, name)
    return channel.id if channel else catalog.add_channel(store, name, row_id=_id("channel", name),
                                                           description=translate("Demo", "Online giving platform"))


def _ensure_program(store: Store, unit_id: str, name: str, cause: str, where: str) -> str:
    program = catalog.find_program(store, unit_id, name)
    if program:
        return program.id
    period = fiscal_year(DEMO_FISCAL_YEAR)
    return catalog.add_program(store, unit_id, name, cause_area=cause, geography=where,
                               start_date=period.start.isoformat(), row_id=_id("program", name))


def _drafts(programs: dict[str, str], channels: dict[str, str]) -> list[tuple[str, EntryDraft]]:
    months = _months()
    out: list[tuple[str, EntryDraft]] = []

    channel_names = {channel_id: name for name, channel_id in channels.items()}

    def add(program: str, metric: str, values: list[int], periods: list[Period], **extra) -> None:
        for value, period in zip(values, periods, strict=True):
            # Seeded by names, not row ids: a database that imported the demo's export
            # has other channel ids but must recognise the same entries.
            channel = channel_names.get(extra.get("channel_id") or "", "")
            entry_id = _id("entry", program, metric, channel, period.label())
            out.append((entry_id, EntryDraft(
                program_id=programs[program], metric_key=metric, value=Decimal(value), period=period,
                origin=Origin.DEMO, **extra,
            )))

    public_cash = {"input_type": InputType.CASH, "motivation": Motivation.COMMUNITY_INVESTMENT,
                   "funding_source": FundingSource.PUBLIC, "currency": "CNY"}
    add("Alibaba Philanthropy platform", "donations", split(650_000_000, _DONATION_WEIGHTS), months,
        channel_id=channels["Alibaba Philanthropy"], **public_cash)
    add("Goods for Good", "donations", split(50_000_000, _DONATION_WEIGHTS), months,
        channel_id=channels["Alibaba Philanthropy"],
        **{**public_cash, "funding_source": FundingSource.PARTNERS},
        note=translate("Demo", "Vendors donate a small share of their sales."))
    add("Alipay Philanthropy", "donations", split(450_000_000, _DONATION_WEIGHTS), months,
        channel_id=channels["Alipay Philanthropy"], **public_cash)
    add("Each Person Three Hours", "donations", split(120_000_000, _DONATION_WEIGHTS), months,
        channel_id=channels["Each Person Three Hours"], **public_cash)
    add("Employee volunteering", "volunteer_hours", split(270_000, _VOLUNTEER_WEIGHTS), months,
        input_type=InputType.TIME, motivation=Motivation.COMMUNITY_INVESTMENT,
        funding_source=FundingSource.COMPANY)
    add("Each Person Three Hours", "volunteers", [15_000_000], [fiscal_year(DEMO_FISCAL_YEAR)],
        note=translate("Demo", "People connected over the fiscal year; each person counted once."))
    add("Each Person Three Hours", "volunteers", _ramp(2_000_000, 4_000_000, 12), months,
        note=translate("Demo", "Active volunteers in the month."))
    add("Each Person Three Hours", "volunteering_opportunities", split(3_000_000, _VOLUNTEER_WEIGHTS), months)
    add("Each Person Three Hours", "nonprofits_supported", _ramp(610, 937, 12), months)
    add("Ant Forest", "trees_planted", split(100_000_000, _TREE_WEIGHTS), months)
    add("Green logistics recycling", "recycling_facilities", _ramp(3_200, 5_000, 12), months)
    add("Green logistics recycling", "recycling_cities", _ramp(120, 200, 12), months)
    quarters = [Period(months[i].start, months[i + 2].end, PeriodKind.QUARTER) for i in range(0, 12, 3)]
    add("Environmental map", "environmental_map_cities", [290, 320, 350, 364], quarters)
    return out


def _ensure_rate_and_settings(store: Store) -> None:
    period = fiscal_year(DEMO_FISCAL_YEAR)
    rate_id = _id("rate", "CNY", "USD", "FY2018")
    if not _exists(store, "currency_rates", rate_id):
        rates.add_rate(store, Rate("CNY", "USD", period, CNY_TO_USD, id=rate_id))
    current = settings.load_settings(store)
    if not current.organisation:
        settings.save_settings(store, dataclasses.replace(current, organisation="Alibaba Group"))


def _ensure_targets(store: Store) -> None:
    period = fiscal_year(DEMO_FISCAL_YEAR)
    for key, value, currency in (("donations", 1_200_000_000, "CNY"), ("volunteer_hours", 250_000, None),
                                 ("trees_planted", 90_000_000, None)):
        target_id = _id("target", key, "FY2018")
        if not _exists(store, "targets", target_id):
            targets.add_target(store, targets.Target(key, period, Decimal(value), currency=currency, id=target_id))


def _ensure_names(store: Store, units: dict[str, str], programs: dict[str, str], channels: dict[str, str]) -> None:
    """Every unit, program and channel of the demo answers to its Chinese name too; its own
    metrics to the name in the other language. A name a user removed stays removed."""
    wanted = [(names.BUSINESS_UNIT, units[name], chinese) for name, chinese in CHINESE_NAMES["business_unit"].items()]
    wanted += [(names.PROGRAM, programs[name], chinese) for name, chinese in CHINESE_NAMES["program"].items()]
    wanted += [(names.CHANNEL, channels[name], chinese) for name, chinese in CHINESE_NAMES["channel"].items()]
    stored = {metric.key: metric for metric in catalog.list_metrics(store)}
    for key, both in METRIC_NAMES.items():
        metric = stored.get(key)
        if metric is not None and metric.id:
            wanted += [(names.METRIC, metric.id, name) for name in both if name != metric.name]
    for kind, target_id, name in wanted:
        row_id = _id("name", kind, target_id, name)
        if not _exists(store, "alternative_names", row_id):
            with contextlib.suppress(ValidationError):  # the user gave that name to something else: theirs stands
                alternative_names.add_alternative_name(store, kind, target_id, name, row_id=row_id)


def _exists(store: Store, table: str, row_id: str) -> bool:
    """Also true for a soft-deleted row: the demo never resurrects what a user deleted."""
    return store.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is not None
