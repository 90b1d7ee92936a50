"""Figures written as text ("¥48,500.50") take the import's fast path and give exactly what build_entry gives."""

import datetime as dt
from decimal import Decimal

from impact_desktop.core.entries import FieldErrors, Origin, build_entry
from impact_desktop.core.entry_builder import EntryBuilder
from impact_desktop.core.metrics import BUILTIN_METRICS, Aggregation, Metric, ValueKind
from impact_desktop.core.periods import day

METRICS = {metric.key: metric for metric in BUILTIN_METRICS}
JPY_ONLY = Metric("yen", "Yen gifts", "currency", ValueKind.MONEY, Aggregation.FLOW, True)
TEXTS = ["¥48,500.50", "￥48,500.5", "$1,200", "US$1200", "HK$3.25", "€0.001", "£7", "48500.50", "12", "-12", "-0",
         "0.00001", "1.005", "¥1.2万", "3.5万元", "1,234 USD", "12,5", "(300)", "¥-5", "$" + "9" * 20, "9" * 30,
         "1e5", "abc", "", "  ", "¥", "12.0", "100.00", "0.5"]


def _outcome(make, metric, **kwargs):
    try:
        draft = make(metric, **kwargs)
    except FieldErrors as exc:
        return "errors", exc.errors
    return "draft", draft, draft.value_e4, draft.fingerprint, str(draft.value), draft.currency


def test_text_figures_build_what_build_entry_builds():
    period = day(dt.date(2018, 3, 1))
    builder = EntryBuilder("CNY", 4)
    drafts = 0
    for metric in [*METRICS.values(), JPY_ONLY]:
        for text in TEXTS:
            for currency in (None, "CNY", "USD", "JPY", "usd", "ZZ"):
                for input_type in (None, "time", "nonsense"):
                    common = dict(program_id="p1", value=text, period=period, currency=currency, channel_id="c1",
                                  input_type=input_type, note=" a note ", origin=Origin.IMPORT, source_file="f.xlsx",
                                  source_sheet="Data", source_row=9, import_batch_id="b1")
                    expected = _outcome(build_entry, metric, default_currency="CNY", fiscal_start_month=4, **common)
                    case = (metric.key, text, currency, input_type)
                    assert _outcome(builder.build, metric, **common) == expected, case
                    assert _outcome(builder.build, metric, **common) == expected, case  # from what it remembered
                    drafts += expected[0] == "draft"
    assert drafts > 200


def test_text_figures_do_not_need_the_general_path(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("build_entry was called for a figure written as text")

    monkeypatch.setattr("impact_desktop.core.entry_builder.build_entry", refuse)
    builder = EntryBuilder("CNY", 4)
    period = day(dt.date(2018, 3, 1))
    donations = METRICS["donations"]
    draft = builder.build(donations, program_id="p", value="¥48,500.50", period=period, currency="CNY")
    assert (draft.value, draft.currency, draft.value_e4) == (Decimal("48500.50"), "CNY", 485_005_000)
    assert builder.build(donations, program_id="p", value="$1,200", period=period).currency == "USD"
    assert builder.build(METRICS["volunteer_hours"], program_id="p", value="2.5", period=period).value == Decimal("2.5")
