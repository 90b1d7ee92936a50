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
from collections.abc import Callable
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
    return _Known(other).similarity(name_key(name))


class _Known:
    """An existing name, keyed once, with a matcher that keeps what it learnt about it.

    :class:`difflib.SequenceMatcher` indexes its second text; here that is the existing
    name, so it is indexed once for all the file's new names. :meth:`bound` is an upper
    bound of :meth:`similarity` from the characters the names share, cheap enough to
    work out for every pair, so the full comparison runs only where it can still matter.
    """

    __slots__ = ("key", "matcher")

    def __init__(self, name: str):
        self.key = name_key(name)
        self.matcher = difflib.SequenceMatcher(None, "", self.key)

    def _settled(self, key: str) -> float | None:
        """The similarity when no comparison is needed (no key, the same, one inside the other)."""
        b = self.key
        if not key or not b:
            return 0.0
        if key == b:
            return 1.0
        if min(len(key), len(b)) >= 2 and (key in b or b in key):
            return 0.9
        return None

    def bound(self, key: str) -> float:
        return self._measured(key, difflib.SequenceMatcher.quick_ratio)

    def similarity(self, key: str) -> float:
        return self._measured(key, difflib.SequenceMatcher.ratio)

    def _measured(self, key: str, measure: Callable[[difflib.SequenceMatcher], float]) -> float:
        """The settled similarity, or ``measure`` of the matcher comparing ``key`` with this name."""
        settled = self._settled(key)
        if settled is not None:
            return settled
        self.matcher.set_seq1(key)
        return measure(self.matcher)


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
        #: kind → per thing, each of its names keyed and its label; made when first asked.
        self._known: dict[str, list[tuple[list[_Known], str]]] = {}

    def every(self, kind: str) -> list[Suggestion]:
        """Every existing thing of ``kind`` (what "same as" can choose beyond the suggestions), by label."""
        found = [Suggestion(kind, target_id, self._label(kind, owner, main, others), main, 0.0)
                 for target_id, owner, main, others in self.things.get(kind, [])]
        return sorted(found, key=lambda s: s.label.casefold())

    def suggest(self, kind: str, name: str, unit_id: str | None = None) -> list[Suggestion]:
        things = self.things.get(kind, [])
        known = self._known.get(kind)
        if known is None:
            known = self._known[kind] = [
                ([_Known(text) for text in (main, *others)], self._label(kind, owner, main, others))
                for _id, owner, main, others in things]
        # Best first by each thing's upper bound. Once MAX_SUGGESTIONS are found, a thing whose
        # bound (as shown, to two decimals) puts it after the last of them cannot be among them:
        # 384 new programs of a file against a store's 220: 80,000 full comparisons, 2.5 s of CPU, became 1.0 s.
        key = name_key(name)
        hopeful = []
        for index, ((_id, owner, _main, _others), (names, _label)) in enumerate(zip(things, known, strict=True)):
            bonus = 0.15 if kind == n.PROGRAM and unit_id and owner == unit_id else 0.0  # the likelier one
            bound = min(1.0, max(known_name.bound(key) for known_name in names) + bonus)
            if bound >= THRESHOLD:
                hopeful.append((bound, index, bonus))
        hopeful.sort(key=lambda item: -item[0])
        ranked: list[tuple[float, str, int]] = []  # (-score as shown, label, index): the order offered
        for bound, index, bonus in hopeful:
            names, label = known[index]
            if len(ranked) == MAX_SUGGESTIONS and (-round(bound, 2), label, index) > ranked[-1]:
                if round(bound, 2) < -ranked[-1][0]:
                    break
                continue
            score = min(1.0, max(known_name.similarity(key) for known_name in names) + bonus)
            if score >= THRESHOLD:
                ranked.append((-round(score, 2), label, index))
                ranked.sort()
                del ranked[MAX_SUGGESTIONS:]
        return [Suggestion(kind, things[index][0], label, things[index][2], -score)
                for score, label, index in ranked]

    def _label(self, kind: str, owner: str, main: str, others: list[str]) -> str:
        shown = f"{main} ({', '.join(others)})" if others else main
        return f"{self.unit_names.get(owner, '?')} / {shown}" if kind == n.PROGRAM else shown


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
