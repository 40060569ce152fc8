"""Bodies that meet (Council, a CWG, ITU-D SG1, the rapporteur group on Question 3/1), venues."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from scheduler_app.domain.kinds import Sector
from scheduler_app.i18n import translate


class InvalidBody(ValueError):
    """A body, venue or room that cannot exist."""


@dataclass(frozen=True, slots=True)
class Body:
    """A body of the Union. ``parent`` is the code of the body it reports to ("" at the top)."""

    code: str
    name: str = ""
    sector: Sector | None = None
    parent: str = ""
    chair: str = ""
    source: str = ""

    def __post_init__(self) -> None:
        if not self.code.strip() or self.code != self.code.strip():
            raise InvalidBody(
                translate("Messages", "body code {code} is empty or has surrounding spaces").format(
                    code=repr(self.code)
                )
            )
        if self.parent == self.code:
            raise InvalidBody(
                translate("Messages", "body {code} cannot report to itself").format(code=self.code)
            )


def ancestors(code: str, bodies: Mapping[str, Body]) -> Iterator[Body]:
    """The bodies above ``code``, nearest first (RG-Q3/1, then ITU-D SG1, then TDAG...).

    A cycle in user-edited data stops the walk instead of looping for ever.
    """
    seen = {code}
    body = bodies.get(code)
    while body is not None and body.parent and body.parent not in seen:
        seen.add(body.parent)
        body = bodies.get(body.parent)
        if body is not None:
            yield body


def check_hierarchy(bodies: Iterable[Body]) -> None:
    """Raise ``InvalidBody`` if the parents form a cycle."""
    by_code = {b.code: b for b in bodies}
    for body in by_code.values():
        seen = {body.code}
        parent = body.parent
        while parent:
            if parent in seen:
                raise InvalidBody(
                    translate("Messages", "bodies {bodies} report to each other in a cycle").format(
                        bodies=" > ".join(sorted(seen))
                    )
                )
            seen.add(parent)
            parent = by_code[parent].parent if parent in by_code else ""


@dataclass(frozen=True, slots=True)
class Room:
    """A meeting room of a venue; ``capacity`` is the seated capacity if it is known."""

    venue: str
    name: str
    capacity: int | None = None
    source: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise InvalidBody(translate("Messages", "a room needs a name"))
        if self.capacity is not None and self.capacity <= 0:
            raise InvalidBody(
                translate("Messages", "room {room}: capacity {capacity} must be positive").format(
                    room=self.name, capacity=self.capacity
                )
            )


@dataclass(frozen=True, slots=True)
class Venue:
    """A place with rooms: ITU headquarters, the CICG, a host country's conference centre."""

    name: str
    city: str = ""
    country: str = ""
    source: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip() or self.name != self.name.strip():
            raise InvalidBody(
                translate(
                    "Messages", "venue name {name} is empty or has surrounding spaces"
                ).format(name=repr(self.name))
            )
