"""Who runs what: business units, their programs, and the channels money comes through."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from impact_desktop.core.errors import ValidationError
from impact_desktop.core.texts import translate


class ProgramStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"
    ARCHIVED = "archived"


CAUSE_AREAS = (
    "Education", "Environment", "Health", "Disaster relief", "Poverty alleviation",
    "Community development", "Arts and culture", "Other",
)


@dataclass(frozen=True)
class BusinessUnit:
    id: str
    name: str
    parent_id: str | None = None
    description: str = ""
    archived: bool = False
    updated_at: str = ""


@dataclass(frozen=True)
class Program:
    id: str
    business_unit_id: str
    name: str
    cause_area: str = ""
    geography: str = ""
    start_date: str | None = None
    end_date: str | None = None
    status: ProgramStatus = ProgramStatus.ACTIVE
    description: str = ""
    archived: bool = False
    updated_at: str = ""


@dataclass(frozen=True)
class Channel:
    id: str
    name: str
    description: str = ""


#: Longest name of a business unit, program, channel or metric: it must fit a report table.
MAX_NAME_LENGTH = 120
#: Characters no name may hold: control characters (NUL…) and lone surrogates (not storable text).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")

EMPTY_NAME, LONG_NAME, CONTROL_CHARACTER = "empty", "long", "control"


def name_fault(name: str) -> str | None:
    """Why ``name`` (already trimmed) cannot be a name: :data:`EMPTY_NAME`, :data:`LONG_NAME`,
    :data:`CONTROL_CHARACTER`, or None when it can. Imports check names with this before
    writing, so a dry run refuses exactly what the write would."""
    if not name:
        return EMPTY_NAME
    if len(name) > MAX_NAME_LENGTH:
        return LONG_NAME
    if _UNPRINTABLE.search(name):
        return CONTROL_CHARACTER
    return None


def _name_faults() -> dict[str, dict[str, str]]:
    """The sentences of :func:`clean_name`, whole per kind of thing so that each language
    keeps its own word order (``translate`` needs literal texts)."""
    return {
        "business unit": {
            EMPTY_NAME: translate("NameCheck", "A business unit needs a name."),
            LONG_NAME: translate("NameCheck", "A business unit name is at most {0} characters."),
            CONTROL_CHARACTER: translate(
                "NameCheck", "A business unit name cannot hold control characters such as NUL."),
        },
        "program": {
            EMPTY_NAME: translate("NameCheck", "A program needs a name."),
            LONG_NAME: translate("NameCheck", "A program name is at most {0} characters."),
            CONTROL_CHARACTER: translate("NameCheck", "A program name cannot hold control characters such as NUL."),
        },
        "channel": {
            EMPTY_NAME: translate("NameCheck", "A channel needs a name."),
            LONG_NAME: translate("NameCheck", "A channel name is at most {0} characters."),
            CONTROL_CHARACTER: translate("NameCheck", "A channel name cannot hold control characters such as NUL."),
        },
        "name": {
            EMPTY_NAME: translate("NameCheck", "A name cannot be empty."),
            LONG_NAME: translate("NameCheck", "A name is at most {0} characters."),
            CONTROL_CHARACTER: translate("NameCheck", "A name cannot hold control characters such as NUL."),
        },
    }


def clean_name(name: str, what: str) -> str:
    """Names are trimmed, non-empty, printable and short enough to fit in a report table.

    ``what`` is ``business unit``, ``program``, ``channel`` or ``name``: the error says
    which in the interface language."""
    cleaned = " ".join((name or "").split())
    fault = name_fault(cleaned)
    if fault is None:
        return cleaned
    sentences = _name_faults().get(what)
    if sentences is None:  # a kind without its own sentences: English only
        sentence = {EMPTY_NAME: f"A {what} needs a name.",
                    LONG_NAME: f"A {what} name is at most {{0}} characters.",
                    CONTROL_CHARACTER: f"A {what} name cannot hold control characters such as NUL."}[fault]
    else:
        sentence = sentences[fault]
    raise ValidationError(sentence.format(MAX_NAME_LENGTH), "name")
