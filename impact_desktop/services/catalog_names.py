"""Alternative names as people and scripts use them: list, add, remove, and "same as".

Things are named the way a person writes them: a business unit, channel or metric by any
of its names (a metric also by its key), a program by its name when only one unit runs a
program of that name, else as ``Unit/Program``. The display name of each thing follows the
interface language (:class:`NameBook`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from impact_desktop.core import names as n
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.metrics import metric_name_for_key
from impact_desktop.core.name_order import name_order_key
from impact_desktop.core.names import display_name, name_key
from impact_desktop.core.texts import name_language, translate
from impact_desktop.services.import_catalog import SameAs
from impact_desktop.storage import alternative_names, catalog
from impact_desktop.storage.database import Store

#: What the command line calls each kind.
KIND_WORDS = {"unit": n.BUSINESS_UNIT, "business_unit": n.BUSINESS_UNIT, "program": n.PROGRAM,
              "channel": n.CHANNEL, "metric": n.METRIC}


def _no_such(kind: str) -> str:
    """"There is no <kind> called '{0}'…", a whole sentence per kind (word order differs in Chinese)."""
    return {
        n.BUSINESS_UNIT: translate("CatalogNames", "There is no business unit called '{0}' (impact-desktop catalog "
                                   "names lists them)."),
        n.PROGRAM: translate("CatalogNames", "There is no program called '{0}' (impact-desktop catalog names lists "
                             "them)."),
        n.CHANNEL: translate("CatalogNames", "There is no channel called '{0}' (impact-desktop catalog names lists "
                             "them)."),
        n.METRIC: translate("CatalogNames", "There is no metric called '{0}' (impact-desktop catalog names lists "
                            "them)."),
    }[kind]


def _not_an_alias(kind: str) -> str:
    return {
        n.BUSINESS_UNIT: translate("CatalogNames", "'{0}' is not an alternative name of the business unit {1}."),
        n.PROGRAM: translate("CatalogNames", "'{0}' is not an alternative name of the program {1}."),
        n.CHANNEL: translate("CatalogNames", "'{0}' is not an alternative name of the channel {1}."),
        n.METRIC: translate("CatalogNames", "'{0}' is not an alternative name of the metric {1}."),
    }[kind]


@dataclass(frozen=True)
class Named:
    """A unit, program, channel or metric with every name it answers to."""

    kind: str
    target_id: str
    name: str
    alternatives: tuple[str, ...]
    #: A program's business unit ("" otherwise); a metric's key.
    unit: str = ""
    key: str = ""

    @property
    def label(self) -> str:
        return f"{self.unit} / {self.name}" if self.kind == n.PROGRAM else self.name


def everything(store: Store) -> list[Named]:
    """Every live unit, program, channel and metric, in that order, with its alternative names."""
    alternatives = alternative_names.alternatives_by_target(store)
    units = catalog.list_business_units(store)
    unit_names = {u.id: u.name for u in units}
    found = [Named(n.BUSINESS_UNIT, u.id, u.name, tuple(alternatives.get(u.id, ()))) for u in units]
    found += sorted((Named(n.PROGRAM, p.id, p.name, tuple(alternatives.get(p.id, ())),
                           unit_names.get(p.business_unit_id, "?")) for p in catalog.list_programs(store)),
                    key=lambda thing: thing.label.casefold())
    found += [Named(n.CHANNEL, c.id, c.name, tuple(alternatives.get(c.id, ()))) for c in catalog.list_channels(store)]
    found += [Named(n.METRIC, m.id or "", m.name, tuple(alternatives.get(m.id or "", ())), key=m.key)
              for m in catalog.list_metrics(store)]
    return found


def find(store: Store, kind: str, text: str, things: list[Named] | None = None) -> Named | None:
    """The thing of ``kind`` that ``text`` names (see the module docstring), or None; ambiguous: ValidationError."""
    things = everything(store) if things is None else things
    key = name_key(text)
    of_kind = [thing for thing in things if thing.kind == kind]

    def answers(thing: Named, wanted: str) -> bool:
        return wanted in {name_key(thing.name), *(name_key(a) for a in thing.alternatives)} or (
            kind == n.METRIC and thing.key == text.strip())

    hits = [thing for thing in of_kind if answers(thing, key)]
    if not hits and kind == n.PROGRAM and "/" in text:
        unit_text, _slash, program_text = text.rpartition("/")
        unit = find(store, n.BUSINESS_UNIT, unit_text, things)
        if unit is not None:
            hits = [thing for thing in of_kind if answers(thing, name_key(program_text)) and thing.unit == unit.name]
    if len(hits) > 1:
        raise ValidationError(translate("CatalogNames", "Several programs are called '{0}' ({1}); write it as "
                                        "Unit/Program.").format(text.strip(), ", ".join(t.label for t in hits)),
                              "name")
    return hits[0] if hits else None


def _required(store: Store, kind: str, text: str) -> Named:
    thing = find(store, kind, text)
    if thing is None:
        raise ValidationError(_no_such(kind).format(text.strip()), "name")
    return thing


def add_alias(store: Store, kind: str, text: str, alias: str) -> tuple[Named, str | None]:
    """Give the thing ``text`` names the alternative name ``alias``: (the thing, the new row's id or None)."""
    thing = _required(store, kind, text)
    return thing, alternative_names.add_alternative_name(store, kind, thing.target_id, alias)


def remove_alias(store: Store, kind: str, text: str, alias: str) -> tuple[Named, list[str]]:
    """Take ``alias`` off the thing; (the thing, ids removed). Not one of its names: ValidationError."""
    thing = _required(store, kind, text)
    ids = [alt.id for alt in alternative_names.list_alternative_names(store, kind, thing.target_id)
           if name_key(alt.name) == name_key(alias)]
    if not ids:
        raise ValidationError(_not_an_alias(kind).format(alias.strip(), thing.label), "name")
    alternative_names.remove_alternative_names(store, ids)
    return thing, ids


def parse_same(store: Store, texts: list[str]) -> list[SameAs]:
    """``--same "菜鸟网络=Cainiao"`` choices: the right side is an existing unit, program
    (``Unit/Program`` where needed) or channel; the left side the file's name (a program may
    be written ``Unit/Program``, the unit as the file or this store names it)."""
    things = everything(store)
    choices: list[SameAs] = []
    for text in texts:
        file_name, equals, existing = text.partition("=")
        if not equals or not file_name.strip() or not existing.strip():
            raise ValidationError(translate("CatalogNames", '--same "{0}": write it as "NAME IN THE FILE=EXISTING '
                                            'NAME".').format(text), "same")
        found = []
        for kind in (n.BUSINESS_UNIT, n.PROGRAM, n.CHANNEL):
            thing = find(store, kind, existing, things)
            if thing is None:
                continue
            found.append(thing)
            if kind == n.PROGRAM and "/" in file_name:
                unit, _slash, program = file_name.rpartition("/")
                choices.append(SameAs(kind, program.strip(), thing.target_id, unit.strip()))
            else:
                choices.append(SameAs(kind, file_name.strip(), thing.target_id))
        if not found:
            raise ValidationError(translate("CatalogNames", '--same "{0}": there is no business unit, program or '
                                            "channel called '{1}' (impact-desktop catalog names lists them).")
                                  .format(text, existing.strip()), "same")
    return choices


class NameBook:
    """The name each unit, program, channel and metric shows in ``language`` (default: the
    interface's, see :func:`~impact_desktop.core.texts.name_language`).

    Built once per list or table refresh (one read of the alternative names), then asked
    per row or cell; without a store (``store=None``) every name is shown as it is.
    """

    def __init__(self, store: Store | None = None, language: str | None = None):
        self.language = language if language is not None else name_language()
        self.alternatives = alternative_names.alternatives_by_target(store) if store is not None else {}
        self._shown: dict[tuple[str, str], str] = {}

    def shown(self, target_id: str | None, name: str) -> str:
        if not self.language or not target_id:
            return name
        key = (target_id, name)
        found = self._shown.get(key)
        if found is None:  # a table asks again for every visible cell: each answer is worked out once
            found = self._shown[key] = display_name(name, self.alternatives.get(target_id, ()), self.language)
        return found

    def names(self, target_id: str | None, name: str) -> tuple[str, ...]:
        """Every name the thing answers to: its own, then its alternative names (typed text matches any)."""
        return (name, *self.alternatives.get(target_id, ())) if target_id else (name,)

    def metric(self, metric) -> str:
        """A metric's name: a built-in one in the interface language, else by its names."""
        return self.metric_name(metric.key, metric.name, metric.id)

    def metric_name(self, key: str, name: str, metric_id: str | None) -> str:
        """As :meth:`metric`, for rows that carry only a metric's key, stored name and id."""
        translated = metric_name_for_key(key, name)
        if translated != name:
            return translated
        return self.shown(metric_id, name)


def split_names(text: str) -> list[str]:
    """"蚂蚁金服; Ant Fin" (semicolons, Chinese ones too, or new lines) → the names, blanks left out."""
    parts = text.replace("；", ";").replace("\n", ";").split(";")
    return [" ".join(part.split()) for part in parts if part.strip()]


def names_of(store: Store, kind: str, target_id: str | None) -> list[str]:
    """The alternative names of one thing, in the order they were added."""
    if not target_id:
        return []
    return [alt.name for alt in alternative_names.list_alternative_names(store, kind, target_id)]


def change_with_names(store: Store, change, kind: str, target_id: str, names: list[str], *,
                      new_name: bool = False) -> None:
    """``change(store)`` and the thing's alternative names made exactly ``names``, in one
    transaction: a name another thing has refuses both (an editor's save, undo and redo).
    ``new_name``: the change gives the thing a (new) main name, checked the same way."""
    with store.transaction():
        if change is not None:
            change(store)
            if new_name:
                alternative_names.check_main_name(store, kind, target_id)
        alternative_names.set_alternative_names(store, kind, target_id, names)


_Named = TypeVar("_Named")


def in_name_order(things: Iterable[_Named], book: NameBook) -> list[_Named]:
    """Business units, programs or channels in the order of the names they show (in a Chinese
    interface, 阿里云 菜鸟 淘宝: see :mod:`impact_desktop.core.name_order`), then by id."""
    return sorted(things, key=lambda thing: (name_order_key(book.shown(thing.id, thing.name)), thing.id))


def metrics_in_name_order(metrics: Iterable[_Named], book: NameBook) -> list[_Named]:
    """Built-in metrics first, then the others; each part in the order of the names shown."""
    return sorted(metrics, key=lambda metric: (not metric.builtin, name_order_key(book.metric(metric)), metric.id))
