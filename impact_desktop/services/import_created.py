"""What an import will create besides entries, as the CLI's summary and the wizard's preview list it.

Both show the same lists in the same order: the new business units, programs, channels,
metrics, currency rates and targets, and which side file the rates and targets were read
from when it is not the imported file. Each caller words the kinds in its own language.
"""

from __future__ import annotations

from dataclasses import dataclass

from impact_desktop.services.import_preview import ImportPreview
from impact_desktop.services.import_rates import rate_text

BUSINESS_UNITS, PROGRAMS, CHANNELS, METRICS, RATES, TARGETS = (
    "business_units", "programs", "channels", "metrics", "rates", "targets")


@dataclass(frozen=True)
class Created:
    """One kind of thing the import creates, and the names of those it creates."""

    kind: str
    names: list[str]


def created(preview: ImportPreview) -> list[Created]:
    """The kinds the import creates something of (no empty ones), in the order they are shown."""
    kinds = [
        Created(BUSINESS_UNITS, list(preview.new_business_units)),
        Created(PROGRAMS, list(preview.new_programs)),
        Created(CHANNELS, list(preview.new_channels)),
        Created(METRICS, [metric.name for metric in preview.new_metrics]),
        Created(RATES, [rate_text(rate) for rate in preview.new_rates]),
        Created(TARGETS, [target.text(preview.fiscal_start_month) for target in preview.new_targets]),
    ]
    return [kind for kind in kinds if kind.names]


def side_files(preview: ImportPreview) -> list[tuple[str, str]]:
    """(RATES or TARGETS, file name) for the new rates and targets read from a file beside the imported one."""
    found = []
    if preview.new_rates and preview.rates_file and preview.rates_file != preview.path:
        found.append((RATES, preview.rates_file.name))
    if preview.new_targets and preview.targets_file and preview.targets_file != preview.path:
        found.append((TARGETS, preview.targets_file.name))
    return found
