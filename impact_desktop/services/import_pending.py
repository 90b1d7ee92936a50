"""The figures an import will write, held compactly so memory does not grow with the file.

An :class:`~impact_desktop.core.entries.EntryDraft` costs about 1.2 KB (its ``__dict__``,
a Decimal, a fingerprint): two million rows would need 2.5 GB before the first one is
written. :class:`PendingEntries` keeps the first :data:`HOT_ENTRIES` drafts as they are
(an ordinary file pays nothing) and packs the rest into arrays: the program, metric,
period and note each become a 4-byte index into a table of their distinct values, the
nine fields a file's figures nearly always share (currency, channel, labels, provenance)
one index into a table of their combinations, the value an integer coefficient and
exponent, the row number an integer; the stored integer and the fingerprint are kept too
(24 bytes), so a rebuilt draft needs no hashing — about 75 bytes a figure. A draft is
rebuilt when it is read, equal to the one stored. Duplicate detection reads only the
fingerprints (:meth:`PendingEntries.fingerprint_keys`) and rebuilds no draft for most.

Duplicates found by the preview are dropped with :meth:`PendingEntries.select`, which
shares the packed arrays instead of copying them.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from decimal import Decimal
from operator import attrgetter, itemgetter

from impact_desktop.core.entries import EntryDraft

#: Drafts kept as objects before packing starts: about 250 MB, more than nearly any file needs.
HOT_ENTRIES = 200_000

#: Fields that vary from figure to figure: each is a column of 4-byte indices into a table of its distinct values.
OWN_FIELDS = ("program_id", "metric_key", "period", "note")
#: Fields a file's figures nearly always share (currency, classification, provenance): one column together, an
#: index into a table of the distinct combinations, so packing a figure costs one look-up for all nine.
GROUPED_FIELDS = ("currency", "channel_id", "input_type", "motivation", "funding_source", "origin", "source_file",
                  "source_sheet", "import_batch_id")
#: Every field stored as an index (``value`` and ``source_row`` are stored apart).
SHARED_FIELDS = OWN_FIELDS + GROUPED_FIELDS
_WIDTH = len(OWN_FIELDS) + 1
_GROUPED = len(OWN_FIELDS)  # the grouped fields' column
#: Where each field is kept: (column, place in the grouped combination or None).
_PLACES = {**{name: (number, None) for number, name in enumerate(OWN_FIELDS)},
           **{name: (_GROUPED, place) for place, name in enumerate(GROUPED_FIELDS)}}
#: Read a draft's ``__dict__`` into its column keys: each own field's value, then the grouped tuple.
_KEYS = (*(itemgetter(name) for name in OWN_FIELDS), itemgetter(*GROUPED_FIELDS))
assert OWN_FIELDS == ("program_id", "metric_key", "period", "note"), "_Packed.get names them one by one"  # notr
_NO_ROW = -1
_BIG = 1 << 62
#: Bytes of a packed fingerprint: its 32 hexadecimal digits.
_PRINT = 16


class _Packed:
    """Figures past the hot ones: parallel arrays, one slot per figure."""

    def __init__(self) -> None:
        self.tables: list[list] = [[] for _ in range(_WIDTH)]
        self.indices: list[dict] = [{} for _ in range(_WIDTH)]
        self.codes = array("I")
        self.coefficients = array("q")
        self.exponents = array("b")
        self.rows = array("q")
        self.scaled = array("q")  # value_e4: what the fingerprint and the insert use
        self.fingerprints = bytearray()
        self.ids: list[str | None] = []
        self.odd_values: dict[int, Decimal] = {}  # values too long for 64 bits, by position

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, entry_id: str | None, draft: EntryDraft) -> None:
        values = draft.__dict__
        codes, tables, indices = self.codes, self.tables, self.indices
        # Keys by value: each field holds one type (a note is text, an origin an Origin), so values that are
        # equal are the same value ("import" the note and Origin.IMPORT never share a column).
        for number, key_of in enumerate(_KEYS):
            key = key_of(values)
            found = indices[number].get(key)
            if found is None:
                found = indices[number][key] = len(tables[number])
                tables[number].append(key)
            codes.append(found)
        value = draft.value
        sign, digits, exponent = value.as_tuple()
        coefficient = int(value.scaleb(-exponent)) if isinstance(exponent, int) else None
        if coefficient is None or not -_BIG < coefficient < _BIG or not -128 <= exponent <= 127:
            self.odd_values[len(self.ids)] = value
            coefficient, exponent = 0, 0
        self.coefficients.append(coefficient)
        self.exponents.append(exponent)
        self.rows.append(_NO_ROW if draft.source_row is None else draft.source_row)
        self.scaled.append(draft.value_e4)  # both already worked out by the row reader: kept, not redone
        self.fingerprints += bytes.fromhex(draft.fingerprint)
        self.ids.append(entry_id)

    def get(self, position: int) -> tuple[str | None, EntryDraft]:
        start = position * _WIDTH
        codes, tables = self.codes, self.tables
        values = dict(zip(GROUPED_FIELDS, tables[_GROUPED][codes[start + _GROUPED]], strict=True))
        values["program_id"] = tables[0][codes[start]]
        values["metric_key"] = tables[1][codes[start + 1]]
        values["period"] = tables[2][codes[start + 2]]
        values["note"] = tables[3][codes[start + 3]]
        odd = self.odd_values.get(position) if self.odd_values else None
        values["value"] = odd if odd is not None else Decimal(self.coefficients[position]).scaleb(
            self.exponents[position])
        row = self.rows[position]
        values["source_row"] = None if row == _NO_ROW else row
        values["value_e4"] = self.scaled[position]  # the draft's cached properties, as first worked out
        values["fingerprint"] = self.fingerprints[position * _PRINT:(position + 1) * _PRINT].hex()
        draft = object.__new__(EntryDraft)
        draft.__dict__.update(values)  # a frozen dataclass: its fields set as __init__ would, without the checks
        return self.ids[position], draft

    def fingerprint_key(self, position: int) -> int:
        return int.from_bytes(self.fingerprints[position * _PRINT:(position + 1) * _PRINT], "big")

    def distinct(self, names: tuple[str, ...], positions: Iterable[int] | None) -> set[tuple]:
        places = [_PLACES[name] for name in names]
        numbers = sorted({number for number, _place in places})
        if positions is None:
            columns = [self.codes[number::_WIDTH] for number in numbers]
            combos = set(zip(*columns, strict=True))
        else:
            codes = self.codes
            combos = {tuple(codes[position * _WIDTH + number] for number in numbers) for position in positions}
        tables = self.tables
        at = [(tables[number], numbers.index(number), place) for number, place in places]
        return {tuple(table[combo[index]] if place is None else table[combo[index]][place]
                      for table, index, place in at) for combo in combos}


class PendingEntries:
    """A sequence of ``(entry id or None, EntryDraft)``: the figures an import will write.

    Supports ``append``, ``extend``, ``len``, iteration, indexing and slicing like the
    list it replaces; :meth:`select` keeps some of them, :meth:`distinct` answers "which
    programs (currencies…) do they use" without rebuilding a draft.
    """

    def __init__(self, hot_limit: int | None = None) -> None:
        self._hot: list[tuple[str | None, EntryDraft]] = []
        self._packed = _Packed()
        self._hot_limit = HOT_ENTRIES if hot_limit is None else hot_limit  # read now: tests lower it
        self._order: array | None = None  # positions kept by select(), else all of them

    def append(self, pair: tuple[str | None, EntryDraft]) -> None:
        if self._order is not None:
            raise TypeError("a selection of pending entries is read-only")  # notr (a programming error)
        if len(self._hot) < self._hot_limit:
            self._hot.append(pair)
        else:
            self._packed.add(*pair)

    def extend(self, pairs: Iterable[tuple[str | None, EntryDraft]]) -> None:
        if self._order is None and not self._packed.ids and isinstance(pairs, list) \
                and len(self._hot) + len(pairs) <= self._hot_limit:
            self._hot.extend(pairs)  # the usual case: a row's figures, while there is room
            return
        for pair in pairs:
            self.append(pair)

    def _total(self) -> int:
        return len(self._hot) + len(self._packed)

    def __len__(self) -> int:
        return len(self._order) if self._order is not None else self._total()

    def __bool__(self) -> bool:
        return len(self) > 0

    def _at(self, position: int) -> tuple[str | None, EntryDraft]:
        hot = self._hot
        return hot[position] if position < len(hot) else self._packed.get(position - len(hot))

    def _positions(self) -> Iterable[int]:
        return self._order if self._order is not None else range(self._total())

    def __iter__(self) -> Iterator[tuple[str | None, EntryDraft]]:
        if self._order is None:
            yield from self._hot
            packed = self._packed
            for position in range(len(packed)):
                yield packed.get(position)
            return
        for position in self._order:
            yield self._at(position)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._slice(*index.indices(len(self)))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._at(self._order[index] if self._order is not None else index)

    def _slice(self, start: int, stop: int, step: int) -> list[tuple[str | None, EntryDraft]]:
        """``self[start:stop:step]``; a plain run of the hot figures is one list slice (an
        import's write reads every figure this way, 5,000 at a time)."""
        at, order = self._at, self._order
        if order is not None:
            chosen = order[start:stop] if step == 1 else (order[i] for i in range(start, stop, step))
            return [at(position) for position in chosen]
        hot = self._hot
        if step == 1 and stop <= len(hot):
            return hot[start:stop]
        return [at(position) for position in range(start, stop, step)]

    def at(self, position: int) -> EntryDraft:
        """The draft at storage ``position`` (from :meth:`positions`)."""
        return self._at(position)[1]

    def positions(self) -> Iterable[int]:
        """The storage positions of these figures, in order (what :meth:`select` takes)."""
        return self._positions()

    def select(self, positions: Iterable[int]) -> PendingEntries:
        """The figures at ``positions`` (from :meth:`positions`), sharing this one's storage."""
        chosen = PendingEntries(self._hot_limit)
        chosen._hot, chosen._packed = self._hot, self._packed
        chosen._order = array("q", positions)
        return chosen

    def distinct(self, *names: str) -> set:
        """The distinct values of draft field ``name`` among these figures (tuples for several names)."""
        hot_count = len(self._hot)
        if self._order is None:
            hot = (draft for _id, draft in self._hot)
            packed = self._packed.distinct(names, None) if len(self._packed) else set()
        else:
            hot = (self._hot[p][1] for p in self._order if p < hot_count)
            positions = [p - hot_count for p in self._order if p >= hot_count]
            packed = self._packed.distinct(names, positions) if positions else set()
        if len(names) == 1:
            return set(map(attrgetter(names[0]), hot)) | {values[0] for values in packed}
        return set(map(attrgetter(*names), hot)) | packed

    def fingerprint_keys(self) -> Iterator[tuple[int, str | None, int]]:
        """(storage position, entry id, fingerprint as a 128-bit integer) of every figure, in order.

        A packed figure's draft is not rebuilt: duplicate detection needs nothing else of
        most figures, and rebuilding a million drafts took longer than reading the file.
        """
        hot, packed = self._hot, self._packed
        hot_count, packed_ids, packed_key = len(hot), packed.ids, packed.fingerprint_key
        for position in self._positions():
            if position < hot_count:
                entry_id, draft = hot[position]
                yield position, entry_id, int(draft.fingerprint, 16)
            else:
                yield position, packed_ids[position - hot_count], packed_key(position - hot_count)

    def entry_ids(self) -> Iterator[str | None]:
        """The entry id of every figure (None for most: only exports carry them), in order."""
        hot_count, packed_ids = len(self._hot), self._packed.ids
        for position in self._positions():
            yield self._hot[position][0] if position < hot_count else packed_ids[position - hot_count]

    def __repr__(self) -> str:
        return f"PendingEntries({len(self)} figures)"
