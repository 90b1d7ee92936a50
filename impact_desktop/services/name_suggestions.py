"""What a name the import would create may be instead: "菜鸟网络 — perhaps Cainiao (菜鸟)?".

A name of the file that matches no business unit, program or channel (nor any of their
alternative names) is new. Before it is created the preview lists the existing things
it may mean, ranked by how alike the names are (every name of each candidate counts:
``菜鸟网络`` is close to Cainiao's alternative name ``菜鸟``) and, for a program, whether
it belongs to the same business unit. Choosing one (:class:`~.import_catalog.SameAs`)
records the file's name as an alternative name.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from impact_desktop.core import names as n
from impact_desktop.core.names import name_key
from impact_desktop.storage import alternative_names, catalog
from impact_desktop.storage.database import Store

#: Candidates below this similarity are not offered.
THRESHOLD = 0.5
MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Suggestion:
    kind: str
    target_id: str
    #: "Cainiao (菜鸟)"; a program: "Ant Financial / Ant Forest (蚂蚁森林)".
    label: str
    #: The existing thing's main name (for ``--same`` and the wizard's choice).
    name: str
    score: float


@dataclass
class NewName:
    """A name of the file that the import would create."""

    kind: str
    name: str
    #: A program's business unit as the preview names it ("" for units and channels).
    unit: str = ""
    suggestions: list[Suggestion] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.unit} / {self.name}" if self.unit else self.name


def similarity(name: str, other: str) -> float:
    """1 for the same name, 0.9 when one contains the other, else the share of matching characters."""
    a, b = name_key(name), name_key(other)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if min(len(a), len(b)) >= 2 and (a in b or b in a):
        return 0.9
    return difflib.SequenceMatcher(None, a, b).ratio()


class Candidates:
    """The store's units, programs and channels with all their names, read once."""

    def __init__(self, store: Store):
        alternatives = alternative_names.alternatives_by_target(store)
        units = catalog.list_business_units(store, include_archived=False)
        self.unit_names = {u.id: u.name for u in units}
        self.things: dict[str, list[tuple[str, str, str, list[str]]]] = {
            n.BUSINESS_UNIT: [(u.id, "", u.name, alternatives.get(u.id, [])) for u in units],
            n.PROGRAM: [(p.id, p.business_unit_id, p.name, alternatives.get(p.id, []))
                        for p in catalog.list_programs(store, include_archived=False)],
            n.CHANNEL: [(c.id, "", c.name, alternatives.get(c.id, [])) for c in catalog.list_channels(store)],
        }

    def every(self, kind: str) -> list[Suggestion]:
        """Every existing thing of ``kind`` (what "same as" can choose beyond the suggestions), by label."""
        found = []
        for target_id, owner, main, others in self.things.get(kind, []):
            shown = f"{main} ({', '.join(others)})" if others else main
            if kind == n.PROGRAM:
                shown = f"{self.unit_names.get(owner, '?')} / {shown}"
            found.append(Suggestion(kind, target_id, shown, main, 0.0))
        return sorted(found, key=lambda s: s.label.casefold())

    def suggest(self, kind: str, name: str, unit_id: str | None = None) -> list[Suggestion]:
        ranked = []
        for target_id, owner, main, others in self.things.get(kind, []):
            score = max(similarity(name, text) for text in (main, *others))
            if kind == n.PROGRAM and unit_id and owner == unit_id:
                score = min(1.0, score + 0.15)  # a program of the same unit is the likelier one
            if score >= THRESHOLD:
                shown = f"{main} ({', '.join(others)})" if others else main
                if kind == n.PROGRAM:
                    shown = f"{self.unit_names.get(owner, '?')} / {shown}"
                ranked.append(Suggestion(kind, target_id, shown, main, round(score, 2)))
        ranked.sort(key=lambda s: (-s.score, s.label))
        return ranked[:MAX_SUGGESTIONS]


def new_names(store: Store, snapshot) -> list[NewName]:
    """Every new unit, program and channel of a preview's ``snapshot``, with suggestions."""
    if snapshot is None:
        return []
    candidates = Candidates(store)
    found = [NewName(n.BUSINESS_UNIT, name, suggestions=candidates.suggest(n.BUSINESS_UNIT, name))
             for _id, name in snapshot.new_units.values()]
    for _pid, unit_id, name in snapshot.new_programs.values():
        found.append(NewName(n.PROGRAM, name, snapshot.unit_name(unit_id),
                             candidates.suggest(n.PROGRAM, name, unit_id)))
    found += [NewName(n.CHANNEL, name, suggestions=candidates.suggest(n.CHANNEL, name))
              for _id, name in snapshot.new_channels.values()]
    order = {kind: i for i, kind in enumerate(n.KINDS)}
    return sorted(found, key=lambda new: (order[new.kind], new.label.casefold()))
