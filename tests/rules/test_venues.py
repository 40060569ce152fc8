"""Rooms, people and places (SOURCES.md section 2: R77-HQ-PRIORITY, VENUE-ROOM-CLASH,
VENUE-CAPACITY, PERSON-CLASH, HOLIDAY-VENUE)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from scheduler_app.domain import Meeting, Mode, Precision, Sector, Status
from scheduler_app.rules import CheckContext, Finding, Severity
from tests.helpers import meeting
from tests.rules.support import D, codes, messages, run

TZ = {"timezone": "Europe/Zurich"}
MORNING = {"start_time": dt.time(9, 30), "end_time": dt.time(12, 30), **TZ}
AFTERNOON = {"start_time": dt.time(14, 30), "end_time": dt.time(17, 30), **TZ}


def booked(
    code: str,
    start: str,
    end: str | None = None,
    kind: str = "study-group",
    venue: str = "CICG",
    room: str = "Room 2",
    **kw: Any,
) -> Meeting:
    return meeting(
        code, start, end, kind=kind, city="Geneva", country="CH", venue=venue, room=room, **kw
    )


# --- VENUE-ROOM-CLASH ---------------------------------------------------------------------------------


def test_two_meetings_in_one_room_on_a_shared_day_are_an_error() -> None:
    a = booked("SG1-27", "2027-03-01", "2027-03-05")
    b = booked("WS-27", "2027-03-05", kind="workshop", venue=" cicg ", room="ROOM  2")
    findings = run("VENUE-ROOM-CLASH", a, b)
    assert codes(findings) == [("SG1-27", "WS-27")]
    assert messages(findings) == [
        "SG1-27 (1-5 Mar 2027) and WS-27 (5 Mar 2027) are both booked in Room 2 (CICG)"
    ]
    assert findings[0].severity is Severity.ERROR


def test_back_to_back_days_or_different_rooms_do_not_clash() -> None:
    a = booked("SG1-27", "2027-03-01", "2027-03-05")
    assert run("VENUE-ROOM-CLASH", a, booked("WS-27", "2027-03-06", kind="workshop")) == []
    assert run("VENUE-ROOM-CLASH", a, booked("WS-27", "2027-03-05", room="Room 3")) == []
    assert run("VENUE-ROOM-CLASH", a, booked("WS-27", "2027-03-05", venue="ITU headquarters")) == []


def test_morning_and_afternoon_in_one_room_do_not_clash_but_overlapping_hours_do() -> None:
    sg = booked("SG1-27", "2027-03-01", **MORNING)
    rg = booked("RG-Q1/1", "2027-03-01", kind="rapporteur-group", **AFTERNOON)
    assert run("VENUE-ROOM-CLASH", sg, rg) == []
    assert len(run("VENUE-ROOM-CLASH", sg, rg.replace(start_time=dt.time(12, 0)))) == 1


def test_a_rapporteur_group_in_conjunction_with_its_study_group_without_times_is_reported() -> None:
    sg = booked("SG1-27", "2027-03-01", "2027-03-05")
    rg = booked("RG-Q1/1", "2027-03-01", kind="rapporteur-group")
    assert [sorted(c) for c in codes(run("VENUE-ROOM-CLASH", sg, rg))] == [["RG-Q1/1", "SG1-27"]]


def test_virtual_meetings_and_meetings_without_a_room_are_skipped_but_hybrid_ones_count() -> None:
    a = booked("SG1-27", "2027-03-01")
    virtual = booked("V-27", "2027-03-01", mode=Mode.VIRTUAL)
    no_room = meeting("N-27", "2027-03-01", venue="CICG")
    hybrid = booked("H-27", "2027-03-01", mode=Mode.HYBRID)
    findings = run("VENUE-ROOM-CLASH", a, virtual, no_room, hybrid)
    assert [sorted(c) for c in codes(findings)] == [["H-27", "SG1-27"]]


def test_month_precision_and_cancelled_bookings_are_skipped() -> None:
    a = booked("SG1-27", "2027-03-01")
    month = booked("M-27", "2027-03-01", "2027-03-31", precision=Precision.MONTH)
    cancelled = booked("C-27", "2027-03-01", status=Status.CANCELLED)
    assert run("VENUE-ROOM-CLASH", a, month, cancelled) == []


def test_three_meetings_in_one_room_give_one_error_per_pair() -> None:
    ms = [booked(f"M{i}", "2027-03-01") for i in range(3)]
    assert len(run("VENUE-ROOM-CLASH", *ms)) == 3


# --- R77-HQ-PRIORITY ----------------------------------------------------------------------------------

HQ = {"venue": "ITU headquarters", "room": "Popov Room"}
C26 = booked("C26", "2026-04-28", "2026-05-08", kind="council", **HQ)


def test_a_workshop_in_the_councils_headquarters_room_is_the_meeting_to_move() -> None:
    workshop = booked("WS-26", "2026-04-28", kind="workshop", **HQ)
    findings = run("R77-HQ-PRIORITY", C26, workshop)
    assert len(findings) == 1
    assert set(findings[0].meeting_codes) == {"C26", "WS-26"}
    assert messages(findings) == [
        "WS-26 (28 Apr 2026) should yield Popov Room at ITU headquarters to "
        "C26 (28 Apr-8 May 2026), which has scheduling priority at headquarters"
    ]
    assert findings[0].severity is Severity.WARNING
    # The clash itself is VENUE-ROOM-CLASH's.
    assert len(run("VENUE-ROOM-CLASH", C26, workshop)) == 1


def test_the_low_priority_meeting_is_named_whichever_opens_first() -> None:
    forum = booked("WSIS-26", "2026-04-20", "2026-04-29", kind="forum", **HQ)
    assert messages(run("R77-HQ-PRIORITY", C26, forum))[0].startswith(
        "WSIS-26 (20-29 Apr 2026) should yield Popov Room"
    )


def test_two_high_priority_meetings_or_two_rooms_are_not_this_rules_business() -> None:
    cwg = booked("CWG-26", "2026-04-28", kind="cwg", **HQ)
    other_room = booked(
        "WS-26",
        "2026-04-28",
        kind="workshop",
        venue="ITU headquarters",
        room="Room H (Montbrillant)",
    )
    assert run("R77-HQ-PRIORITY", C26, cwg, other_room) == []


def test_away_from_headquarters_nothing_is_reported() -> None:
    council = booked("C26", "2026-04-28", kind="council")
    workshop = booked("WS-26", "2026-04-28", kind="workshop")
    assert run("R77-HQ-PRIORITY", council, workshop) == []


def test_a_rapporteur_group_has_priority_unless_dropped_from_the_high_kinds() -> None:
    rg = booked("RG-Q1/1", "2026-06-01", kind="rapporteur-group", sector=Sector.D, **HQ)
    other = booked("IRIS-26", "2026-06-01", kind="other", **HQ)
    assert len(run("R77-HQ-PRIORITY", rg, other)) == 1
    strict = ["study-group", "working-party", "advisory-group", "council", "council-extra", "cwg"]
    assert run("R77-HQ-PRIORITY", rg, other, high_kinds=strict) == []


def test_different_hours_in_the_same_headquarters_room_are_fine() -> None:
    sg = booked("SG1-26", "2026-06-01", **HQ, **MORNING)
    ws = booked("WS-26", "2026-06-01", kind="workshop", **HQ, **AFTERNOON)
    assert run("R77-HQ-PRIORITY", sg, ws) == []


# --- VENUE-CAPACITY -----------------------------------------------------------------------------------

CAPACITY = CheckContext(capacities={("cicg", "room 2"): 496})


def capacity(*meetings: Meeting, **params: Any) -> list[Finding]:
    return run("VENUE-CAPACITY", *meetings, context=CAPACITY, **params)


def test_more_participants_than_seats_warn() -> None:
    findings = capacity(booked("WS-27", "2027-03-01", participants=497))
    assert codes(findings) == [("WS-27",)]
    assert messages(findings) == [
        "WS-27 (1 Mar 2027) expects 497 participants; Room 2 (CICG) seats 496"
    ]
    assert findings[0].severity is Severity.WARNING


def test_exactly_as_many_participants_as_seats_pass() -> None:
    assert capacity(booked("WS-27", "2027-03-01", participants=496)) == []


def test_the_margin_widens_the_capacity() -> None:
    assert capacity(booked("WS-27", "2027-03-01", participants=545), margin=0.1) == []
    assert len(capacity(booked("WS-27", "2027-03-01", participants=546), margin=0.1)) == 1


def test_unknown_capacity_unknown_attendance_and_virtual_meetings_are_skipped() -> None:
    other_room = booked("A", "2027-03-01", room="Room 1", participants=2000)
    unknown = booked("B", "2027-03-01", participants=None)
    virtual = booked("C", "2027-03-02", participants=2000, mode=Mode.VIRTUAL)
    assert capacity(other_room, unknown, virtual) == []


# --- PERSON-CLASH -------------------------------------------------------------------------------------


def test_the_same_chair_written_mr_x_and_x_on_overlapping_meetings_warns() -> None:
    a = meeting("SG1-27", "2027-03-01", "2027-03-05", chair="Mr X")
    b = meeting("RG-Q1/1", "2027-03-03", kind="rapporteur-group", chair="x")
    findings = run("PERSON-CLASH", a, b)
    assert codes(findings) == [("SG1-27", "RG-Q1/1")]
    assert messages(findings) == ["Mr X chairs both SG1-27 (1-5 Mar 2027) and RG-Q1/1 (3 Mar 2027)"]
    assert findings[0].severity is Severity.WARNING


def test_case_titles_and_spacing_do_not_hide_a_person() -> None:
    a = meeting("EG-1", "2027-03-01", kind="cwg", chair="Ms Shahira  Selim (Egypt)")
    b = meeting("EG-2", "2027-03-01", kind="cwg", chair="shahira selim (egypt)")
    assert len(run("PERSON-CLASH", a, b)) == 1


def test_names_written_differently_are_different_people_to_the_planner() -> None:
    a = meeting("SG1-27", "2027-03-01", chair="Mr Roberto Mitsuake Hirayama (Brazil)")
    b = meeting("X-27", "2027-03-01", kind="workshop", chair="Mr Roberto Hirayama (Brazil)")
    assert run("PERSON-CLASH", a, b) == []


def test_the_same_chair_at_different_hours_or_days_is_fine() -> None:
    a = meeting("SG1-27", "2027-03-01", chair="Mr X", **MORNING)
    b = meeting("RG-Q1/1", "2027-03-01", kind="rapporteur-group", chair="Mr X", **AFTERNOON)
    c = meeting("RG-Q2/1", "2027-03-02", kind="rapporteur-group", chair="Mr X")
    assert run("PERSON-CLASH", a, b, c) == []


def test_meetings_without_a_chair_and_cancelled_ones_are_skipped() -> None:
    a = meeting("SG1-27", "2027-03-01")
    b = meeting("SG2-27", "2027-03-01")
    c = meeting("SG3-27", "2027-03-01", chair="Mr X")
    d = meeting("SG4-27", "2027-03-01", chair="Mr X", status=Status.CANCELLED)
    assert run("PERSON-CLASH", a, b, c, d) == []


# --- HOLIDAY-VENUE ------------------------------------------------------------------------------------


def geneva_holidays(country: str, subdiv: str, year: int) -> Mapping[dt.date, str]:
    """Jeûne genevois 2025 and 1 August 2026 (a Saturday), in the canton of Geneva only."""
    if country == "CH" and subdiv == "GE":
        return {D("2025-09-11"): "Genevan Fast", D("2026-08-01"): "National Day"}
    if country == "QA":
        return {D("2026-12-18"): "National Day"}
    return {}


def qatar_weekend(country: str) -> frozenset[int]:
    return frozenset({4, 5}) if country == "QA" else frozenset({5, 6})


HOLIDAYS = CheckContext(holidays=geneva_holidays, weekend=qatar_weekend)


def holidays(*meetings: Meeting, **params: Any) -> list[Finding]:
    return run("HOLIDAY-VENUE", *meetings, context=HOLIDAYS, **params)


def test_a_geneva_holiday_on_a_weekday_is_information() -> None:
    eg5 = meeting("EG-ITRs-5", "2025-09-11", "2025-09-12", kind="cwg", city="Geneva", country="CH")
    findings = holidays(eg5)
    assert codes(findings) == [("EG-ITRs-5",)]
    assert messages(findings) == [
        "EG-ITRs-5 (11-12 Sep 2025) sits on a public holiday in Geneva, CH: Genevan Fast (11 Sep)"
    ]
    assert findings[0].severity is Severity.INFO


def test_a_geneva_holiday_on_a_weekend_is_not_reported() -> None:
    # Thursday 30 July to Monday 3 August 2026; 1 August is a Saturday.
    m = meeting("SG1-26", "2026-07-30", "2026-08-03", city="Geneva", country="CH")
    assert holidays(m) == []


def test_cantonal_holidays_apply_only_in_their_canton() -> None:
    bern = meeting("EG-ITRs-5", "2025-09-11", "2025-09-12", kind="cwg", city="Bern", country="CH")
    assert holidays(bern) == []


def test_the_weekend_is_the_host_countrys() -> None:
    # 18 December 2026 is a Friday: a weekend day in Qatar, a working day in Switzerland.
    doha = meeting("WS-26", "2026-12-17", "2026-12-18", kind="workshop", city="Doha", country="QA")
    assert holidays(doha) == []
    friday_off = CheckContext(holidays=geneva_holidays)
    assert len(run("HOLIDAY-VENUE", doha, context=friday_off)) == 1


def test_virtual_month_precision_and_countryless_meetings_are_skipped() -> None:
    virtual = meeting("V", "2025-09-11", city="Geneva", country="CH", mode=Mode.VIRTUAL)
    month = meeting(
        "M", "2025-09-01", "2025-09-30", city="Geneva", country="CH", precision=Precision.MONTH
    )
    nowhere = meeting("N", "2025-09-11", city="Geneva")
    cancelled = meeting("X", "2025-09-11", city="Geneva", country="CH", status=Status.CANCELLED)
    assert holidays(virtual, month, nowhere, cancelled) == []


def test_a_hybrid_meeting_counts() -> None:
    hybrid = meeting("H", "2025-09-11", city="geneva", country="CH", mode=Mode.HYBRID)
    assert codes(holidays(hybrid)) == [("H",)]
