"""VTIMEZONE definitions, checked against zoneinfo through two independent iCalendar readers.

Both readers substitute their own copy of a zone when a TZID is an IANA name, which would make the
comparison vacuous; the definitions are therefore read under an alias TZID (``X-Test/...``), so the
offsets come from the generated STANDARD/DAYLIGHT blocks alone. icalendar 7.3 reads them through
dateutil's ``tzical`` (``Timezone.to_tz(lookup_tzid=False)``); the strict ``ical`` package through
its own ``IcsTimezoneInfo``.
"""

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from functools import cache

import icalendar
import pytest
from dateutil.rrule import rrulestr
from ical.calendar_stream import IcsCalendarStream
from ical.timezone import IcsTimezoneInfo

from scheduler_app.interop.vtimezone import UnknownZone, UnrepresentableZone, vtimezone_lines

FIRST_YEAR = 2026
LAST_YEAR = 2045

DST_ZONES = [
    "Europe/Zurich",
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Pacific/Auckland",
    "Europe/Dublin",  # tzdata's "negative DST": winter is GMT with dst() < 0
    "Pacific/Chatham",  # +1245/+1345
    "Australia/Lord_Howe",  # daylight time is only 30 minutes ahead
]
FIXED_ZONES = [
    "Asia/Qatar",
    "Asia/Dubai",
    "Asia/Kolkata",  # +0530
    "Asia/Kathmandu",  # +0545
    "America/Sao_Paulo",  # no DST since 2019
    "Asia/Tokyo",
]
ZONES = DST_ZONES + FIXED_ZONES


# --- the oracle: zoneinfo, scanned independently of the module (daily, then minute by minute) ---


@cache
def zoneinfo_changes(tzid: str) -> tuple[dt.datetime, ...]:
    """UTC instants (to the minute) at which zoneinfo's offset changes in the tested years."""
    zone = zoneinfo.ZoneInfo(tzid)

    def offset(moment: dt.datetime) -> dt.timedelta | None:
        return moment.astimezone(zone).utcoffset()

    changes = []
    day = dt.datetime(FIRST_YEAR - 1, 12, 31, tzinfo=dt.UTC)
    end = dt.datetime(LAST_YEAR + 1, 1, 2, tzinfo=dt.UTC)
    while day < end:
        following = day + dt.timedelta(days=1)
        if offset(day) != offset(following):
            minute = day
            while offset(minute) == offset(day):
                minute += dt.timedelta(minutes=1)
            changes.append(minute)
        day = following
    return tuple(changes)


def every_noon() -> list[dt.datetime]:
    first, last = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)
    return [
        dt.datetime.combine(first + dt.timedelta(days=n), dt.time(12))
        for n in range((last - first).days + 1)
    ]


# --- reading the generated definition -----------------------------------------------------------


def alias(tzid: str) -> str:
    return f"X-Test/{tzid}"


def calendar_text(tzid: str) -> str:
    """A whole VCALENDAR: the definition under an alias TZID and two events that use it."""
    body = [
        f"TZID:{alias(tzid)}" if line == f"TZID:{tzid}" else line
        for line in vtimezone_lines(tzid, FIRST_YEAR)
    ]
    events = []
    for uid, start in (("winter", "20310115T090000"), ("summer", "20310715T090000")):
        end = start[:9] + "10" + start[11:]
        events += [
            "BEGIN:VEVENT",
            f"UID:{uid}@vtimezone.test",
            "DTSTAMP:20260101T000000Z",
            f"DTSTART;TZID={alias(tzid)}:{start}",
            f"DTEND;TZID={alias(tzid)}:{end}",
            f"SUMMARY:{uid}",
            "END:VEVENT",
        ]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ITU//vtimezone test//EN"]
    return "\r\n".join([*lines, *body, *events, "END:VCALENDAR", ""])


@dataclass
class Readers:
    icalendar_tz: dt.tzinfo
    ical_tz: dt.tzinfo
    icalendar_events: dict[str, dt.datetime]
    ical_events: dict[str, dt.datetime]


@cache
def readers(tzid: str) -> Readers:
    text = calendar_text(tzid)

    parsed = icalendar.Calendar.from_ical(text)
    (vtimezone,) = parsed.walk("VTIMEZONE")
    icalendar_events = {str(e["UID"]).split("@")[0]: e.DTSTART for e in parsed.walk("VEVENT")}

    strict = IcsCalendarStream.calendar_from_ics(text)
    (timezone,) = strict.timezones
    ical_events = {
        e.uid.split("@")[0]: e.dtstart for e in strict.events if isinstance(e.dtstart, dt.datetime)
    }
    return Readers(
        icalendar_tz=vtimezone.to_tz(lookup_tzid=False),
        ical_tz=IcsTimezoneInfo.from_timezone(timezone),
        icalendar_events=icalendar_events,
        ical_events=ical_events,
    )


def reads_offsets_with_ical(tzid: str) -> bool:
    """Whether ``ical``'s offsets are compared: not for zones without daylight time.

    ``ical`` 14.3 builds an observance's onsets from its RRULE and RDATEs only, so a STANDARD
    block holding just a DTSTART (Outlook's own shape for such zones, and RFC 5545 section 3.6.5's
    "first onset") never becomes active and ``IcsTimezoneInfo`` answers UTC. Its own
    ``Timezone.from_tzif("Asia/Qatar")`` has the same shape and the same result, so this is the
    reader's limitation; ``ical`` still has to accept those definitions
    (``test_strict_ical_reader_accepts_the_definition``).
    """
    return tzid in DST_ZONES


def blocks(lines: list[str]) -> dict[str, list[list[str]]]:
    """The properties of each STANDARD and DAYLIGHT block, by kind."""
    found: dict[str, list[list[str]]] = {"STANDARD": [], "DAYLIGHT": []}
    current: list[str] | None = None
    for line in lines:
        if line in ("BEGIN:STANDARD", "BEGIN:DAYLIGHT"):
            current = []
            found[line.removeprefix("BEGIN:")].append(current)
        elif line in ("END:STANDARD", "END:DAYLIGHT"):
            current = None
        elif current is not None:
            current.append(line)
    return found


def prop(block: list[str], name: str) -> list[str]:
    return [line.split(":", 1)[1] for line in block if line.split(":", 1)[0] == name]


# --- offsets: every day at noon and around every change, through 2045 ----------------------------


@pytest.mark.parametrize("tzid", ZONES)
def test_noon_every_day_through_2045_matches_zoneinfo(tzid: str) -> None:
    zone = zoneinfo.ZoneInfo(tzid)
    read = readers(tzid)
    tested = {"icalendar": read.icalendar_tz}
    if reads_offsets_with_ical(tzid):
        tested["ical"] = read.ical_tz
    wrong = {
        name: [
            noon
            for noon in every_noon()
            if noon.replace(tzinfo=tz).utcoffset() != noon.replace(tzinfo=zone).utcoffset()
        ][:5]
        for name, tz in tested.items()
    }
    assert wrong == {name: [] for name in tested}


@pytest.mark.parametrize("tzid", ZONES)
def test_around_every_change_matches_zoneinfo(tzid: str) -> None:
    """Every quarter hour from 3 hours before to 3 hours after each change, both ways: UTC to
    local (icalendar; ``ical`` does not resolve the repeated hour) and local, with PEP 495's
    ``fold`` for the repeated hour, to UTC offset."""
    zone = zoneinfo.ZoneInfo(tzid)
    read = readers(tzid)
    changes = zoneinfo_changes(tzid)
    assert (len(changes) == 2 * (LAST_YEAR - FIRST_YEAR + 1)) == (tzid in DST_ZONES)
    checked = 0
    for change in changes:
        for quarter in range(-12, 13):
            moment = change + dt.timedelta(minutes=15 * quarter)
            expected = moment.astimezone(zone)
            wall = expected.replace(tzinfo=None)
            # UTC -> local
            got = moment.astimezone(read.icalendar_tz)
            assert (got.replace(tzinfo=None), got.utcoffset()) == (wall, expected.utcoffset())
            # local -> UTC
            offset = wall.replace(tzinfo=read.icalendar_tz, fold=expected.fold).utcoffset()
            assert offset == expected.utcoffset(), (wall, expected.fold)
            repeated = (
                wall.replace(tzinfo=zone, fold=0).utcoffset()
                != wall.replace(tzinfo=zone, fold=1).utcoffset()
            )
            if not repeated and reads_offsets_with_ical(tzid):
                assert wall.replace(tzinfo=read.ical_tz).utcoffset() == expected.utcoffset()
            checked += 1
    assert checked == 25 * len(changes)


@pytest.mark.parametrize("tzid", ZONES)
def test_events_decode_with_zoneinfos_offsets(tzid: str) -> None:
    zone = zoneinfo.ZoneInfo(tzid)
    read = readers(tzid)
    expected = {
        "winter": dt.datetime(2031, 1, 15, 9, tzinfo=zone),
        "summer": dt.datetime(2031, 7, 15, 9, tzinfo=zone),
    }
    decoded_by = [read.icalendar_events]
    if reads_offsets_with_ical(tzid):
        decoded_by.append(read.ical_events)
    for decoded in decoded_by:
        assert {uid: (d.replace(tzinfo=None), d.utcoffset()) for uid, d in decoded.items()} == {
            uid: (d.replace(tzinfo=None), d.utcoffset()) for uid, d in expected.items()
        }


def test_readers_use_the_definition_not_their_own_zone() -> None:
    read = readers("Europe/Zurich")
    assert not isinstance(read.icalendar_tz, zoneinfo.ZoneInfo)
    assert isinstance(read.ical_tz, IcsTimezoneInfo)
    assert not isinstance(read.icalendar_events["summer"].tzinfo, zoneinfo.ZoneInfo)
    assert isinstance(read.ical_events["summer"].tzinfo, IcsTimezoneInfo)


# --- the shape Outlook expects ------------------------------------------------------------------


@pytest.mark.parametrize("tzid", ZONES)
def test_one_standard_and_at_most_one_daylight_block(tzid: str) -> None:
    lines = vtimezone_lines(tzid, FIRST_YEAR)
    assert lines[:2] == ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    assert lines[-1] == "END:VTIMEZONE"
    found = blocks(lines)
    assert len(found["STANDARD"]) == 1
    assert len(found["DAYLIGHT"]) == (1 if tzid in DST_ZONES else 0)
    for block in found["STANDARD"] + found["DAYLIGHT"]:
        assert len(prop(block, "DTSTART")) == 1
        assert len(prop(block, "TZOFFSETFROM")) == len(prop(block, "TZOFFSETTO")) == 1
        assert len(prop(block, "RRULE")) == (1 if tzid in DST_ZONES else 0)
        assert prop(block, "RDATE") == []
    assert all(line.isascii() and len(line) <= 75 for line in lines)


def test_zurich_rules_are_the_windows_ones() -> None:
    assert vtimezone_lines("Europe/Zurich", FIRST_YEAR) == [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Zurich",
        "BEGIN:STANDARD",
        "DTSTART:20251026T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:20250330T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


@pytest.mark.parametrize(
    ("tzid", "standard_rule", "daylight_rule"),
    [
        ("America/New_York", "BYMONTH=11;BYDAY=1SU", "BYMONTH=3;BYDAY=2SU"),
        ("Australia/Sydney", "BYMONTH=4;BYDAY=1SU", "BYMONTH=10;BYDAY=1SU"),
        ("Pacific/Auckland", "BYMONTH=4;BYDAY=1SU", "BYMONTH=9;BYDAY=-1SU"),
        ("Europe/London", "BYMONTH=10;BYDAY=-1SU", "BYMONTH=3;BYDAY=-1SU"),
    ],
)
def test_rules_of_other_zones(tzid: str, standard_rule: str, daylight_rule: str) -> None:
    found = blocks(vtimezone_lines(tzid, FIRST_YEAR))
    assert prop(found["STANDARD"][0], "RRULE") == [f"FREQ=YEARLY;{standard_rule}"]
    assert prop(found["DAYLIGHT"][0], "RRULE") == [f"FREQ=YEARLY;{daylight_rule}"]


def test_southern_hemisphere_daylight_time_spans_the_new_year() -> None:
    found = blocks(vtimezone_lines("Australia/Sydney", FIRST_YEAR))
    (standard,), (daylight,) = found["STANDARD"], found["DAYLIGHT"]
    assert prop(standard, "TZOFFSETFROM") + prop(standard, "TZOFFSETTO") == ["+1100", "+1000"]
    assert prop(daylight, "TZOFFSETFROM") + prop(daylight, "TZOFFSETTO") == ["+1000", "+1100"]
    assert prop(standard, "TZNAME") + prop(daylight, "TZNAME") == ["AEST", "AEDT"]


@pytest.mark.parametrize(
    ("tzid", "offset", "name"),
    [
        ("Asia/Kolkata", "+0530", "IST"),
        ("Asia/Kathmandu", "+0545", "+0545"),
        ("Asia/Qatar", "+0300", "+03"),
        ("America/Sao_Paulo", "-0300", "-03"),
    ],
)
def test_zone_without_daylight_time(tzid: str, offset: str, name: str) -> None:
    assert vtimezone_lines(tzid, FIRST_YEAR) == [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:20260101T000000",
        f"TZOFFSETFROM:{offset}",
        f"TZOFFSETTO:{offset}",
        f"TZNAME:{name}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def test_minutes_in_a_daylight_zone() -> None:
    found = blocks(vtimezone_lines("Pacific/Chatham", FIRST_YEAR))
    assert prop(found["STANDARD"][0], "TZOFFSETTO") == ["+1245"]
    assert prop(found["DAYLIGHT"][0], "TZOFFSETTO") == ["+1345"]
    assert prop(found["DAYLIGHT"][0], "DTSTART") == ["20250928T024500"]


def test_dublin_winter_is_standard_time_despite_negative_dst() -> None:
    found = blocks(vtimezone_lines("Europe/Dublin", FIRST_YEAR))
    assert prop(found["STANDARD"][0], "TZOFFSETTO") + prop(found["STANDARD"][0], "TZNAME") == [
        "+0000",
        "GMT",
    ]
    assert prop(found["DAYLIGHT"][0], "TZOFFSETTO") + prop(found["DAYLIGHT"][0], "TZNAME") == [
        "+0100",
        "IST",
    ]


@pytest.mark.parametrize("tzid", DST_ZONES)
def test_each_dtstart_is_the_rules_onset_in_the_year_before(tzid: str) -> None:
    """RFC 5545 wants DTSTART synchronized with the RRULE; the year before first_year means both
    observances have begun before the range, so no reader has to guess for early January."""
    for kind, (block,) in blocks(vtimezone_lines(tzid, FIRST_YEAR)).items():
        start = dt.datetime.fromisoformat(prop(block, "DTSTART")[0])
        assert start.year == FIRST_YEAR - 1, kind
        rule = rrulestr(prop(block, "RRULE")[0], dtstart=start)
        assert rule.after(start - dt.timedelta(days=400)) == start, kind
        assert [d.year for d in rule[:21]] == list(range(FIRST_YEAR - 1, LAST_YEAR + 1))


def test_dtstart_follows_first_year() -> None:
    found = blocks(vtimezone_lines("America/New_York", 2030, 2035))
    assert prop(found["DAYLIGHT"][0], "DTSTART") == ["20290311T020000"]
    assert prop(found["STANDARD"][0], "DTSTART") == ["20291104T020000"]
    assert vtimezone_lines("America/Sao_Paulo", 2020)[3] == "DTSTART:20200101T000000"


def test_strict_ical_reader_accepts_the_definition() -> None:
    for tzid in ZONES:
        calendar = IcsCalendarStream.calendar_from_ics(calendar_text(tzid))
        (timezone,) = calendar.timezones
        assert timezone.tz_id == alias(tzid)
        assert len(timezone.standard) == 1
        assert len(timezone.daylight) == (1 if tzid in DST_ZONES else 0)
        assert {len(calendar.events)} == {2}


# --- zones that cannot be written as one yearly rule pair ---------------------------------------


@pytest.mark.parametrize(
    ("tzid", "first_year", "last_year", "reason"),
    [
        # Brazil ended DST in 2019: no change to daylight time that year.
        ("America/Sao_Paulo", 2015, 2021, "2019 has 0 change"),
        # Iran: fixed dates (21/22 March, 21/22 September), then no DST from 2023.
        ("Asia/Tehran", 2017, 2021, "no single 'nth or last weekday"),
        ("Asia/Tehran", 2020, 2023, "2023 has 0 change"),
        # Morocco's Ramadan suspensions: two changes back to standard time in some years.
        ("Africa/Casablanca", FIRST_YEAR, LAST_YEAR, "and 2 back to standard time"),
        # Israel: "Friday before the last Sunday of March" is not a BYDAY rule.
        ("Asia/Jerusalem", FIRST_YEAR, LAST_YEAR, "daylight time starts on Fri 2026-03-27"),
        # Chile: "first Sunday on or after the 2nd".
        ("America/Santiago", FIRST_YEAR, LAST_YEAR, "no single 'nth or last weekday"),
        # Egypt: "last Thursday at 24:00", i.e. a Friday that is not always the last Friday.
        ("Africa/Cairo", FIRST_YEAR, LAST_YEAR, "standard time returns on Fri"),
        # Samoa crossed the date line in 2011: four offsets.
        ("Pacific/Apia", 2010, 2012, "takes 4 values"),
    ],
)
def test_unrepresentable_zones(tzid: str, first_year: int, last_year: int, reason: str) -> None:
    with pytest.raises(UnrepresentableZone, match=reason) as info:
        vtimezone_lines(tzid, first_year, last_year)
    assert str(info.value).startswith(f"{tzid}: ")
    assert isinstance(info.value, ValueError)


def test_representable_once_the_rules_settle() -> None:
    assert len(vtimezone_lines("Asia/Tehran", 2023)) == 9
    assert len(vtimezone_lines("America/Sao_Paulo", 2020)) == 9


# --- names, years, determinism ------------------------------------------------------------------


def test_unknown_zone_names_the_tzid() -> None:
    with pytest.raises(UnknownZone, match="Europe/Geneva"):
        vtimezone_lines("Europe/Geneva", FIRST_YEAR)
    assert issubclass(UnknownZone, ValueError)
    assert not issubclass(UnknownZone, UnrepresentableZone)


@pytest.mark.parametrize(
    "tzid", ["", "Europe", "../etc/passwd", "/etc/localtime", "Europe/Zurich\r\nX:y"]
)
def test_names_that_are_not_zones(tzid: str) -> None:
    with pytest.raises(UnknownZone):
        vtimezone_lines(tzid, FIRST_YEAR)


@pytest.mark.parametrize(("first_year", "last_year"), [(2030, 2029), (1, 2045), (2026, 9999)])
def test_impossible_year_ranges(first_year: int, last_year: int) -> None:
    with pytest.raises(ValueError, match="year") as info:
        vtimezone_lines("Europe/Zurich", first_year, last_year)
    assert not isinstance(info.value, UnrepresentableZone)


def test_default_last_year_is_2045() -> None:
    assert vtimezone_lines("Europe/Zurich", FIRST_YEAR) == vtimezone_lines(
        "Europe/Zurich", FIRST_YEAR, 2045
    )


def test_deterministic_and_callers_cannot_spoil_the_cache() -> None:
    first = vtimezone_lines("Australia/Sydney", FIRST_YEAR)
    again = vtimezone_lines("Australia/Sydney", FIRST_YEAR)
    assert first == again
    assert first is not again
    first.append("X-SPOILED:1")
    assert vtimezone_lines("Australia/Sydney", FIRST_YEAR) == again


def test_unrepresentable_answer_is_the_same_every_time() -> None:
    raised = []
    for _ in range(2):
        with pytest.raises(UnrepresentableZone) as info:
            vtimezone_lines("Africa/Casablanca", FIRST_YEAR)
        raised.append(info.value)
    assert raised[0] is not raised[1]
    assert str(raised[0]) == str(raised[1])
