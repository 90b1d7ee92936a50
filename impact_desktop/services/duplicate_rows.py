"""The duplicates a preview found, held compactly: a re-sent file of two million figures is two million of them.

Filled in by :mod:`.import_duplicates`, held by the preview (:mod:`.import_plan`), shown by the
wizard and the CLI.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from impact_desktop.core.texts import translate


@dataclass(frozen=True)
class DuplicateRow:
    sheet: str
    row: int
    metric: str
    reason: str


class DuplicateRows(Sequence):
    """The preview's duplicates: :class:`DuplicateRow` items, held in arrays.

    A re-sent file of two million figures is two million duplicates: each is kept as a
    sheet and metric code, a row number and either its reason or the position of the
    stored figure it repeats (in :attr:`figures`), and its reason is written when read.
    """

    def __init__(self) -> None:
        self.figures = None  # the LiveFigures the positions refer to
        self._codes: dict[str, int] = {}
        self._texts: list[str] = []
        self._sheets, self._metrics, self._rows = array("I"), array("I"), array("q")
        self._whys: list[str | int] = []

    def _code(self, text: str) -> int:
        code = self._codes.get(text)
        if code is None:
            code = self._codes[text] = len(self._texts)
            self._texts.append(text)
        return code

    def add(self, sheet: str, row: int, metric: str, why: str | int) -> None:
        """One duplicate; ``why`` is its reason, or the position of the stored figure it repeats."""
        self._sheets.append(self._code(sheet))
        self._metrics.append(self._code(metric))
        self._rows.append(row)
        self._whys.append(why)

    def append(self, duplicate: DuplicateRow) -> None:
        self.add(duplicate.sheet, duplicate.row, duplicate.metric, duplicate.reason)

    def explain(self, index: int, reason: str) -> None:
        self._whys[index] = reason

    def __len__(self) -> int:
        return len(self._whys)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        why = self._whys[index]
        reason = why if isinstance(why, str) else _stored_reason(self.figures.where(why))
        return DuplicateRow(self._texts[self._sheets[index]], self._rows[index], self._texts[self._metrics[index]],
                            reason)


def _stored_reason(found: tuple) -> str:
    entry_id, source_file, source_row, origin = found
    if origin == "import" and source_file:
        where_text = (translate("ImportProblem", "imported from {file} row {rows}") if source_row else
                      translate("ImportProblem", "imported from {file}")).format(file=source_file, rows=source_row)
    else:
        where = {"form": translate("ImportProblem", "typed in a form"),
                 "demo": translate("ImportProblem", "from the demo data"),
                 "merge": translate("ImportProblem", "merged from another machine")}
        where_text = where.get(origin, origin)
    return translate("ImportProblem", "Same program, metric, period, value, currency and channel as entry {entry}… "
                                      "already in the store ({where}).").format(entry=entry_id[:8], where=where_text)
