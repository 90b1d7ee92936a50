"""Business units and programs from a spreadsheet (the first run's "import them"), and its template.

One row per program (or per unit without programs): Business unit, Other name of the unit,
Program, Other name of the program, Parent unit, Cause area, Geography, in English or
Chinese headers (事业部, 事业部其他名称, 公益项目, 项目其他名称, 上级单位, 公益领域, 地区).
Several other names in one cell are separated by semicolons.
"""

from __future__ import annotations

from pathlib import Path

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.texts import translate
from impact_desktop.io.headers import normalize_header
from impact_desktop.io.reading import open_table
from impact_desktop.io.source import Source
from impact_desktop.io.xlsx_writer import Column, SheetSpec, write_workbook
from impact_desktop.services.catalog_names import split_names
from impact_desktop.services.setup import CatalogLine

COLUMNS = (
    Column("Business unit", width=24, comment="A business unit (one row per program it runs)."),
    Column("Other name of the unit", width=24, comment="Its name in the other language, abbreviations; "
                                                       "several separated by semicolons."),
    Column("Program", width=28), Column("Other name of the program", width=28),
    Column("Parent unit", width=22, comment="The unit this one belongs to; empty at the top."),
    Column("Cause area", width=20), Column("Geography", width=22),
)
_FIELDS = ("unit", "unit_others", "program", "program_others", "parent", "cause_area", "geography")
_SYNONYMS = {
    "unit": ("businessunit", "unit", "事业部", "业务单元", "部门", "单位"),
    "unit_others": ("othernameoftheunit", "unitothername", "事业部其他名称", "事业部英文名", "单位其他名称"),
    "program": ("program", "programme", "project", "公益项目", "项目"),
    "program_others": ("othernameoftheprogram", "programothername", "项目其他名称", "项目英文名"),
    "parent": ("parentunit", "parent", "上级单位", "上级事业部", "所属事业群"),
    "cause_area": ("causearea", "cause", "公益领域", "领域"),
    "geography": ("geography", "where", "region", "地区", "地域"),
}
_VOCAB = {word: field for field, words in _SYNONYMS.items() for word in words}
EXAMPLE = [["Alibaba Group", "阿里巴巴集团", "Employee volunteering", "员工志愿服务", "", "Community development",
            "Global"],
           ["Ant Financial", "蚂蚁金服", "Ant Forest", "蚂蚁森林", "Alibaba Group", "Environment", "China"]]
MAX_ROWS = 10_000


def write_template(path: Path | str) -> Path:
    """An .xlsx with the columns and two example rows (delete them and type yours)."""
    path = Path(path)
    write_workbook(path, [SheetSpec("Units and programs", COLUMNS, EXAMPLE)])
    return path


def read_catalog_sheet(path: Path | str) -> list[CatalogLine]:
    """The units and programs of ``path``; ImpactError (one sentence) when it has no Business unit column."""
    path = Path(path)
    with Source(path) as source:
        return _read_lines(path, open_table(source, _VOCAB, fallback=True))


def _read_lines(path: Path, table) -> list[CatalogLine]:
    fields = [_VOCAB.get(normalize_header(header), "") for header in table.headers]
    if "unit" not in fields:
        raise ImpactError(translate(
            "CatalogSheet", "{0}: sheet {1} has no Business unit column (the template's columns: {2}).").format(
            path.name, table.sheet, ", ".join(column.header for column in COLUMNS)))
    lines = []
    for count, (_number, cells) in enumerate(table.rows):
        if count >= MAX_ROWS:
            raise ImpactError(translate(
                "CatalogSheet", "{0}: more than {1} rows; this sheet is for units and programs.").format(
                path.name, f"{MAX_ROWS:,}"))
        values = {field: " ".join(str(cells[i]).split()) if i < len(cells) and cells[i] is not None else ""
                  for i, field in enumerate(fields) if field}
        if not values.get("unit"):
            continue
        lines.append(CatalogLine(values["unit"], split_names(values.get("unit_others", "")),
                                 values.get("program", ""), split_names(values.get("program_others", "")),
                                 values.get("parent", ""), values.get("cause_area", ""), values.get("geography", "")))
    return lines
