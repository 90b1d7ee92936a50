"""The report's file name: a PDF is written only under a name that says .pdf.

Writing PDF bytes under ``report.png`` leaves a file that image viewers refuse and that
the user cannot recognise; the command line and the Export PDF dialog share this rule.
"""

from __future__ import annotations

import re

from impact_desktop.core.errors import ValidationError
from impact_desktop.core.texts import translate

#: What a typed file-type suffix looks like (".png", ".docx"); "report v1.2" has none.
_TYPED_SUFFIX = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}$")


def pdf_file_name(name: str, *, add_missing: bool = False) -> str:
    """``name`` if it ends in .pdf (any case); raises :class:`ValidationError` otherwise.

    ``add_missing`` (the save dialog) appends ".pdf" when no file-type suffix was typed,
    as desktop applications do; another suffix (.png, .docx …) is always refused.
    """
    if name.lower().endswith(".pdf"):
        return name
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    if add_missing and base and not _TYPED_SUFFIX.search(base):
        return name + ".pdf"
    raise ValidationError(translate(
        "ReportFile", "The report is a PDF file: give a name ending in .pdf, not '{0}'.").format(base or name),
        "output")

