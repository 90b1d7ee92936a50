"""Who runs what: business units, their programs, and the channels money comes through."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from impact_desktop.core.errors import ValidationError


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


def clean_name(name: str, what: str) -> str:
    """Names are trimmed, non-empty and short enough to fit in a report table."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise ValidationError(f"A {what} needs a name.", "name")
    if len(cleaned) > 120:
        raise ValidationError(f"A {what} name is at most 120 characters.", "name")
    return cleaned
