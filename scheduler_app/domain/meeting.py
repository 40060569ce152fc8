"""The meeting: one entry of the ITU calendar, frozen and validated when it is made."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import operator
import os
import re
import zoneinfo
from dataclasses import dataclass
from enum import StrEnum

from scheduler_app.domain.dates import format_span, period_of
from scheduler_app.domain.errors import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_FIELD_CHARS,
    InvalidMeeting,
    check_year,
    grouped,
    quoted,
)
from scheduler_app.domain.kinds import MeetingKind, Mode, Precision, Sector, Status
from scheduler_app.i18n import language, territory_name, translate

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TEXT_FIELDS = (
    "code",
    "title",
    "body",
    "parent",
    "city",
    "venue",
    "room",
    "chair",
    "notes",
    "source",
    "uid",
)
_texts_of = operator.attrgetter(*_TEXT_FIELDS)
MAX_PARTICIPANTS = 1_000_000
MAX_SEQUENCE = 2**31 - 1  # iCalendar SEQUENCE is an INTEGER (RFC 5545 section 3.8.7.4)


def _check_text(name: str, value: object, code: str) -> None:
    if not isinstance(value, str):
        raise InvalidMeeting(
            name, translate("Messages", "{value} is not text").format(value=quoted(value)), code
        )
    if len(value) > MAX_FIELD_CHARS:
        raise InvalidMeeting(
            name,
            translate("Messages", "is {n} characters long; the limit is {limit}").format(
                n=grouped(len(value)), limit=grouped(MAX_FIELD_CHARS)
            ),
            code,
        )
    if _CONTROL.search(value):
        raise InvalidMeeting(
            name,
            translate(
                "Messages", "holds a control character (only tabs and line breaks are allowed)"
            ),
            code,
        )


def _check_enum(name: str, value: object, enum: type[StrEnum], code: str) -> None:
    if not isinstance(value, enum):
        allowed = ", ".join(m.value for m in enum)
        raise InvalidMeeting(
            name,
            translate("Messages", "unknown {field} {value} (expected one of: {allowed})").format(
                field=name, value=quoted(value), allowed=allowed
            ),
            code,
        )


@dataclass(frozen=True, slots=True)
class DecidedPeriod:
    """The period a higher body decided for a meeting, e.g. "the last quarter of 2027".

    PP Resolution 77 (Rev. Bucharest, 2022), resolves 5.2-5.6 (seed 003, lines 2084-2092) fixes such
    periods; R77-DECIDED-PERIOD checks meetings against them. ``source`` says who decided it.
    """

    start: dt.date
    end: dt.date
    source: str = ""

    def __post_init__(self) -> None:
        check_year(self.start.year, "decided_from")
        check_year(self.end.year, "decided_to")
        if self.end < self.start:
            raise InvalidMeeting(
                "decided_to",
                translate("Messages", "{end} is before decided_from {start}").format(
                    end=self.end, start=self.start
                ),
            )
        _check_text("decided_source", self.source, "")


@functools.cache
def _known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@functools.cache
def _known_countries() -> frozenset[str]:
    import pycountry  # imported on first need: ~80 ms that `list` should not pay for nothing

    return frozenset(c.alpha_2 for c in pycountry.countries)


def country_name(code: str) -> str:
    """A country's short name from its ISO 3166-1 alpha-2 code, in the current language (CLDR's
    names outside English), or the code itself if unknown."""
    if language() != "en":
        return territory_name(code) or _english_country_name(code)
    return _english_country_name(code)


@functools.lru_cache(maxsize=512)
def _english_country_name(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "common_name", None) or country.name) if country else code


# A UUID in its canonical lower-case form (what ``str(uuid.UUID(...))`` writes).
_UUID_MATCH = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").match
_DAY = Precision.DAY


@dataclass(frozen=True, slots=True)
class Meeting:
    """One scheduled meeting.

    ``end`` is the last day, inclusive, as planners write "17-28 November". A meeting whose dates
    are not fixed yet ("WTDC, 2029") has a coarser ``precision`` and spans the whole month,
    quarter or year. ``start_time``/``end_time`` (with an IANA ``timezone``) are for short or
    virtual meetings. ``sequence`` counts the edits made to the meeting (iCalendar's SEQUENCE).
    """

    id: str
    code: str
    title: str
    kind: MeetingKind
    start: dt.date
    end: dt.date
    precision: Precision = Precision.DAY
    sector: Sector | None = None
    body: str = ""  # the body that meets, e.g. "ITU-D SG1" or "RG-Q3/1"
    parent: str = ""  # the body it reports to, e.g. "Council" for a CWG
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    timezone: str = ""
    city: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
    venue: str = ""
    room: str = ""
    mode: Mode = Mode.IN_PERSON
    status: Status = Status.CONFIRMED
    decided: DecidedPeriod | None = None
    nominal_year: int | None = None  # the cycle year when it differs (WTSA-20 met in 2022)
    participants: int | None = None
    chair: str = ""
    notes: str = ""
    source: str = ""
    sequence: int = 0
    uid: str = ""  # the iCalendar UID of a meeting imported from another calendar

    def __post_init__(self) -> None:
        # Every check runs on every meeting made (20,000 of them read from a database or a file),
        # so each is written as one cheap test for the common case, falling back to the field by
        # field checks (the only ones that raise) to name what is wrong: the messages are theirs.
        code = self.code
        texts = _texts_of(self)
        try:  # one join and one search for the eleven text fields; join refuses anything not text
            joined = "\n".join(texts)
        except TypeError:
            joined = None
        if (
            joined is None
            or (len(joined) > MAX_FIELD_CHARS and max(map(len, texts)) > MAX_FIELD_CHARS)
            or _CONTROL.search(joined)
        ):
            for name, value in zip(_TEXT_FIELDS, texts, strict=True):
                _check_text(name, value, code)
        id_ = self.id
        if not isinstance(id_, str) or _UUID_MATCH(id_) is None:
            raise InvalidMeeting(
                "id", translate("Messages", "{value} is not a UUID").format(value=quoted(id_)), code
            )
        if code != code.strip() or "\n" in code:
            raise InvalidMeeting(
                "code",
                translate("Messages", "{value} has surrounding spaces or a line break").format(
                    value=quoted(code)
                ),
                code,
            )
        if not self.title.strip():
            raise InvalidMeeting("title", translate("Messages", "is empty"), code)
        precision, sector = self.precision, self.sector
        # ``type(x) is E`` is isinstance for an enum: an enum with members has no subclasses.
        if (
            type(self.kind) is not MeetingKind
            or type(precision) is not Precision
            or type(self.mode) is not Mode
            or type(self.status) is not Status
            or (sector is not None and type(sector) is not Sector)
        ):
            self._check_enums(code)
        start, end = self.start, self.end
        if not (FIRST_YEAR <= start.year <= LAST_YEAR and FIRST_YEAR <= end.year <= LAST_YEAR):
            check_year(start.year, "start", code)
            check_year(end.year, "end", code)
        if end < start:
            raise InvalidMeeting(
                "end",
                translate("Messages", "the meeting ends {end} before it starts {start}").format(
                    end=end, start=start
                ),
                code,
            )
        if precision is not _DAY:
            expected = period_of(precision, start)
            if (start, end) != expected:
                raise InvalidMeeting(
                    "precision",
                    translate(
                        "Messages",
                        "a {precision}-precision meeting must span {first} to {last}, "
                        "not {start} to {end}",
                    ).format(
                        precision=precision.value,
                        first=expected[0],
                        last=expected[1],
                        start=start,
                        end=end,
                    ),
                    code,
                )
        if self.start_time is not None or self.end_time is not None or self.timezone:
            self._check_times(code)
        country = self.country
        if country and country not in _known_countries():
            raise InvalidMeeting(
                "country",
                translate("Messages", "{value} is not an ISO 3166 two-letter country code").format(
                    value=quoted(country)
                ),
                code,
            )
        participants, nominal_year = self.participants, self.nominal_year
        if participants is not None and not 0 <= participants <= MAX_PARTICIPANTS:
            raise InvalidMeeting(
                "participants",
                translate("Messages", "{value} is not from 0 to {most}").format(
                    value=participants, most=grouped(MAX_PARTICIPANTS)
                ),
                code,
            )
        if nominal_year is not None and not FIRST_YEAR <= nominal_year <= LAST_YEAR:
            raise InvalidMeeting(
                "nominal_year",
                translate("Messages", "{value} is not a plausible year").format(value=nominal_year),
                code,
            )
        if self.room and not self.venue:
            raise InvalidMeeting(
                "room",
                translate("Messages", "room {room} is given without a venue").format(
                    room=quoted(self.room)
                ),
                code,
            )
        if not 0 <= self.sequence <= MAX_SEQUENCE:
            raise InvalidMeeting(
                "sequence",
                translate("Messages", "{value} is not from 0 to {most}").format(
                    value=self.sequence, most=MAX_SEQUENCE
                ),
                code,
            )

    def _check_enums(self, code: str) -> None:
        _check_enum("kind", self.kind, MeetingKind, code)
        _check_enum("precision", self.precision, Precision, code)
        _check_enum("mode", self.mode, Mode, code)
        _check_enum("status", self.status, Status, code)
        if self.sector is not None:
            _check_enum("sector", self.sector, Sector, code)

    def _check_times(self, code: str) -> None:
        if (self.start_time is None) != (self.end_time is None):
            raise InvalidMeeting(
                "end",
                translate("Messages", "give both a start time and an end time, or neither"),
                code,
            )
        if self.start_time is None or self.end_time is None:
            if self.timezone:
                raise InvalidMeeting(
                    "timezone", translate("Messages", "is given for a meeting without times"), code
                )
            return
        if self.precision is not Precision.DAY:
            raise InvalidMeeting("start", translate("Messages", "times need day precision"), code)
        if not self.timezone:
            raise InvalidMeeting(
                "timezone",
                translate("Messages", "a meeting with times needs an IANA time zone"),
                code,
            )
        if self.timezone not in _known_zones():
            raise InvalidMeeting(
                "timezone",
                translate(
                    "Messages", "{value} is not an IANA time zone (e.g. Europe/Zurich)"
                ).format(value=quoted(self.timezone)),
                code,
            )
        # An event may last no time at all (RFC 5545 section 3.6.1), but never end before it starts.
        if self.start == self.end and self.end_time < self.start_time:
            raise InvalidMeeting(
                "end",
                translate(
                    "Messages", "the meeting ends at {end} before it starts at {start}"
                ).format(end=f"{self.end_time:%H:%M}", start=f"{self.start_time:%H:%M}"),
                code,
            )

    # --- reading ---------------------------------------------------------------------------------

    @property
    def label(self) -> str:
        """The code when there is one, else the title: how messages name the meeting."""
        return self.code or self.title

    @property
    def year(self) -> int:
        """A meeting's year is its start year (SOURCES.md section 1)."""
        return self.start.year

    @property
    def days(self) -> int:
        """Duration in calendar days, first and last day included."""
        return (self.end - self.start).days + 1

    @property
    def is_timed(self) -> bool:
        return self.start_time is not None

    @property
    def span(self) -> str:
        """``17-28 Nov 2025``, ``Q4 2027`` or ``2029``."""
        return format_span(self.start, self.end, self.precision)

    @property
    def place(self) -> str:
        """City and country as one line, e.g. ``Doha, QA``; ``virtual`` for a virtual meeting."""
        if self.mode is Mode.VIRTUAL and not self.city:
            return "virtual"
        return ", ".join(p for p in (self.city, self.country) if p)

    def overlaps(self, other: Meeting) -> bool:
        """Day overlap: ``a.start <= b.end and b.start <= a.end``."""
        return self.start <= other.end and other.start <= self.end

    def starts_at(self) -> dt.datetime | None:
        """The aware start instant of a timed meeting."""
        if self.start_time is None:
            return None
        return dt.datetime.combine(self.start, self.start_time, zoneinfo.ZoneInfo(self.timezone))

    def ends_at(self) -> dt.datetime | None:
        """The aware end instant of a timed meeting."""
        if self.end_time is None:
            return None
        return dt.datetime.combine(self.end, self.end_time, zoneinfo.ZoneInfo(self.timezone))

    def replace(self, **changes: object) -> Meeting:
        """A copy with ``changes`` applied, validated again."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def same_content(self, other: Meeting) -> bool:
        """Equal in everything but identity (``id``, ``uid``) and ``sequence``."""
        return self.replace(id=other.id, sequence=other.sequence, uid=other.uid) == other


def _with_open_twin(cls: type) -> None:
    """Give the frozen, slotted dataclass ``cls`` an ``__init__`` of the same signature that fills
    its slots while the object is, for that moment, of an unfrozen twin class with the very same
    slots (so the same layout: Python allows assigning ``__class__`` between such classes). There
    each slot is set by a plain attribute store, which Python runs as a direct slot write, instead
    of a call through the frozen class's descriptors: 0.5 µs a meeting instead of 2.5, for the
    20,000 meetings a database or a file is read into. The post-init checks then run as before,
    on an object of class ``cls`` again. An instance of a subclass (another layout) is filled
    through ``object.__setattr__``, as the generated dataclass ``__init__`` does."""
    fields = dataclasses.fields(cls)
    assert all(f.default_factory is dataclasses.MISSING for f in fields), "defaults only"
    slots = cls.__dict__["__slots__"]
    assert tuple(f.name for f in fields) == slots, "one slot a field, in field order"
    twin = type(f"_Open{cls.__name__}", (), {"__slots__": slots, "__module__": __name__})
    space: dict[str, object] = {"_cls": cls, "_twin": twin, "_set": object.__setattr__}
    params = []
    for f in fields:
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            space[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    stores = "".join(f"    self.{f.name} = {f.name}\n" for f in fields)
    others = "".join(f"        _set(self, {f.name!r}, {f.name})\n" for f in fields)
    source = (
        f"def __init__(self, {', '.join(params)}):\n"
        "    if type(self) is not _cls:\n"
        f"{others}"
        "        self.__post_init__()\n"
        "        return\n"
        "    _set(self, '__class__', _twin)\n"
        f"{stores}"
        "    self.__class__ = _cls\n"
        "    self.__post_init__()\n"
    )
    exec(source, space)  # built from the dataclass's own field names only
    init = space["__init__"]
    assert callable(init)
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__annotations__ = cls.__init__.__annotations__  # type: ignore[misc]
    init.__doc__ = cls.__init__.__doc__  # type: ignore[misc]
    cls.__init__ = init  # type: ignore[misc]


_with_open_twin(Meeting)


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}  # the RFC 4122 variant bits


def new_id() -> str:
    """A fresh random meeting id: a version 4 UUID (RFC 9562 section 5.4) in canonical form.

    Made from 16 random bytes rather than through ``uuid.uuid4``, which builds a UUID object
    only to print it: a third of the time, 0.1 s of a 20,000-event import.

    >>> import uuid
    >>> uuid.UUID(new_id()).version
    4
    """
    h = os.urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"
