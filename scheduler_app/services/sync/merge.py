"""The three-way merge of one meeting: what this database holds (mine), what the server holds
(theirs) and what both held at the last sync (the base), field by field.

A field is the meeting's CSV column, except that the dates (start, end, precision, time zone)
and the place booked (venue, room) are merged as one field each: taking the start from one side
and the end from the other could make a meeting that ends before it starts, or a room of
another venue.

- A field changed on one side only takes that side's value.
- A field changed on both sides to different values is a conflict: each side keeps its own
  value until the planner chooses (while a field is in conflict it is not merged again).
- A meeting deleted on one side and changed on the other is a conflict on ``deleted``.
- Without a base (the meeting was never synced, yet both sides hold it), every field on which
  they differ is a conflict.

>>> base = {"title": "SG1", "city": "Geneva"}
>>> m = merge(base, {"title": "SG1 (WP)", "city": "Geneva"}, {"title": "SG1", "city": "Rome"})
>>> m.local == m.remote == {"title": "SG1 (WP)", "city": "Rome"}, m.conflicts
(True, ())
>>> merge(base, {"title": "A", "city": "Geneva"}, {"title": "B", "city": "Geneva"}).conflicts
(Conflict(field='title', mine='A', theirs='B'),)
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

Record = Mapping[str, str]

# Fields merged as one: the name a conflict is listed under, and the columns it covers.
GROUPS: dict[str, tuple[str, ...]] = {
    "dates": ("start", "end", "precision", "timezone"),
    "venue": ("venue", "room"),
}
_GROUPED = {c: name for name, columns in GROUPS.items() for c in columns}
DELETED = "deleted"  # the field a delete-against-edit conflict is listed under


@dataclass(frozen=True, slots=True)
class Conflict:
    field: str
    mine: str
    theirs: str


@dataclass(frozen=True, slots=True)
class Merged:
    """What each side should hold after the merge (None: no meeting), the new base, and the
    conflicts left."""

    local: dict[str, str] | None
    remote: dict[str, str] | None
    base: dict[str, str] | None
    conflicts: tuple[Conflict, ...] = field(default=())


def fields_of(record: Record) -> dict[str, tuple[str, ...]]:
    """The merge fields of a record: group name (or column) to the columns it covers."""
    out: dict[str, tuple[str, ...]] = {}
    for column in record:
        name = _GROUPED.get(column, column)
        out.setdefault(name, GROUPS.get(name, (column,)))
    return out


def _value(record: Record | None, columns: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(record.get(c, "") for c in columns) if record is not None else ()


def shown(value: tuple[str, ...]) -> str:
    """A field's value as a conflict lists it: "2030-05-04 .. 2030-05-08" for dates."""
    return " .. ".join(v for v in value if v) if len(value) > 1 else (value[0] if value else "")


def merge(
    base: Record | None,
    mine: Record | None,
    theirs: Record | None,
    open_fields: Collection[str] = (),
) -> Merged:
    """Merge one meeting (see the module's docstring); ``open_fields`` are those already in
    conflict, which each side keeps as it is."""
    if mine is None and theirs is None:
        return Merged(None, None, None)
    if mine is None or theirs is None:
        present = mine if mine is not None else theirs
        assert present is not None
        if base is None:  # new on one side
            return Merged(dict(present), dict(present), dict(present))
        if dict(present) == dict(base):  # the other side deleted an unchanged meeting
            return Merged(None, None, None)
        words = (
            ("deleted here", "changed there") if mine is None else ("changed here", "deleted there")
        )
        return Merged(
            None if mine is None else dict(mine),
            None if theirs is None else dict(theirs),
            dict(base),
            (Conflict(DELETED, *words),),
        )
    local, remote, new_base = dict(mine), dict(theirs), dict(base or {})
    found: list[Conflict] = []
    names = fields_of({**(base or {}), **mine, **theirs})
    for name, columns in names.items():
        m, t = _value(mine, columns), _value(theirs, columns)
        if m == t:
            new_base.update(zip(columns, m, strict=True))
            continue
        b = _value(base, columns) if base is not None else None
        if name not in open_fields and b is not None:
            if b == m:  # changed there only
                local.update(zip(columns, t, strict=True))
                new_base.update(zip(columns, t, strict=True))
                continue
            if b == t:  # changed here only
                remote.update(zip(columns, m, strict=True))
                new_base.update(zip(columns, m, strict=True))
                continue
        found.append(Conflict(name, shown(m), shown(t)))
    return Merged(local, remote, new_base, tuple(found))


def take(base: Record, side: Record, fields: Collection[str]) -> dict[str, str]:
    """The base with these fields set to ``side``'s values: resolving a conflict for a side
    makes the base agree with the *other* side on them, so the next merge takes this side's."""
    out = dict(base)
    for name in fields:
        for column in GROUPS.get(name, (name,)):
            out[column] = side.get(column, "")
    return out
