"""`report --language`: a wholly Chinese report of a demo made in Chinese, and the B4SI page."""

from __future__ import annotations

import re
import unicodedata

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from impact_desktop.core.texts import set_translator
from impact_desktop.gui.shell import i18n
from impact_desktop.services.demo import load_demo
from impact_desktop.storage import catalog
from impact_desktop.storage.database import open_store
from impact_desktop.storage.settings import load_settings
from tests.gui.test_report_cli import pdf_text, run_report

#: Two or more English words in a row: a sentence, a label or a rule, never a code or a number.
ENGLISH_RUN = re.compile(r"[A-Za-z][a-z]+(?:[ ,:;()'’/-]+[A-Za-z][a-z]+)+")


@pytest.fixture
def chinese_demo(qapp, tmp_path):
    """The demo created with a Chinese interface (its own metrics get Chinese names)."""
    translators = i18n.install_translators(qapp, "zh_CN")
    set_translator(QCoreApplication.translate)
    try:
        store = open_store(tmp_path / "zh.db")
        load_demo(store)
        names = [u.name for u in catalog.list_business_units(store)]
        names += [p.name for p in catalog.list_programs(store)] + [c.name for c in catalog.list_channels(store)]
        names.append(load_settings(store).organisation)
        store.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        set_translator(None)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return tmp_path / "zh.db", names


def test_chinese_report_has_no_english_sentence(chinese_demo, tmp_path):
    db, proper_names = chinese_demo
    out = tmp_path / "zh.pdf"
    result = run_report(str(out), "--db", str(db), "--fiscal-year", "2018", "--language", "zh_CN")
    assert result.returncode == 0, result.stderr
    _reader, pages = pdf_text(out)
    text = " ".join(" ".join(pages).split())
    for name in sorted(proper_names, key=len, reverse=True):  # names of units, programs, channels stay as named
        text = text.replace(" ".join(name.split()), " ")
    english = ENGLISH_RUN.findall(text)
    assert english == [], english
    # pypdf reads some ideographs back as their Kangxi radicals (⽉ for 月) and Qt's gaps as spaces.
    packed = unicodedata.normalize("NFKC", text).replace(" ", "")
    assert "公益汇总报告" in packed and "B4SI" in packed and "撬动资金合计1,270,000,000CNY" in packed
    assert re.search(r"生成于\d{4}年\d{1,2}月\d{1,2}日", packed)
    assert "12.7亿" in packed and "时间(员工志愿服务,带薪工时)270,000小时" in packed


def test_chinese_report_names_management_costs_one_way(chinese_demo, tmp_path):
    """B4SI's input type is 管理成本 on the B4SI table and in the note under it, never 管理费用."""
    db, _names = chinese_demo
    out = tmp_path / "zh.pdf"
    result = run_report(str(out), "--db", str(db), "--fiscal-year", "2018", "--language", "zh_CN")
    assert result.returncode == 0, result.stderr
    _reader, pages = pdf_text(out)
    packed = unicodedata.normalize("NFKC", " ".join(pages)).replace(" ", "").replace("\n", "")
    assert "管理费" not in packed  # nor 管理费用
    assert packed.count("管理成本") >= 2  # the table's row and the note's sentence
    assert "以及项目的管理成本" in packed


def test_english_report_has_the_b4si_page(chinese_demo, tmp_path):
    db, _names = chinese_demo
    out = tmp_path / "en.pdf"
    result = run_report(str(out), "--db", str(db), "--fiscal-year", "2018", "--language", "en")
    assert result.returncode == 0, result.stderr
    _reader, pages = pdf_text(out)
    text = " ".join(" ".join(pages).split())
    assert "B4SI: community investment and leverage" in text
    section = text[text.index("B4SI: community investment and leverage"):]
    assert re.search(r"Leverage, total 1,270,000,000 CNY", section)
    assert re.search(r"Time \(employee volunteering, paid hours\) 270,000", section)
    assert "GRI 201-1" in section and "GRI 413-1" in section
    assert "Generated 2 " in text or re.search(r"Generated \d{1,2} [A-Z][a-z]{2} \d{4}", text)
