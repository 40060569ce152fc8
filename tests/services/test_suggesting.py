"""Suggesting dates for one meeting: the known best week, the ranking, what blocks an impossible
request, and (Hypothesis) that every candidate's findings are what ``check`` says after moving the
meeting there."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler_app.domain import Meeting, Sector
from scheduler_app.observances.religious import compute_religious
from scheduler_app.rules import Calendar, Checker, Finding, Policy, Severity
from scheduler_app.services.checking import check_database, context_for
from scheduler_app.services.suggest_place import place_in_database
from scheduler_app.services.suggesting import (
    SuggestError,
    default_period,
    parse_within,
    suggest,
)
from scheduler_app.storage import PlanningDatabase
from tests.helpers import meeting

HQ = {"venue": "ITU headquarters", "city": "Geneva", "country": "CH"}
D = dt.date.fromisoformat


def sg(code: str, start: str, end: str, **kw: object) -> Meeting:
    return meeting(code, start, end, sector=Sector.D, body="ITU-D SG1", **{**HQ, **kw})


def checker_of(*ms: Meeting, years: tuple[int, int] = (2026, 2036)) -> Checker:
    observances = compute_religious(*years)
    return Checker(Calendar(ms, context_for(ms, observances)), Policy())


# --- the known best week -----------------------------------------------------------------------


def test_the_only_free_monday_week_of_a_period_with_ramadan_a_room_clash_and_easter_comes_first():
    # Feb-Mar 2027: Ramadan 8 Feb-8 Mar, Eid al-Fitr 9 Mar, Good Friday 26 Mar; the room is taken
    # 15-19 Mar. Of the Monday weeks only 1-5 Feb is free.
    target = sg("ITU-D-SG1-2027", "2027-02-08", "2027-02-12", room="Popov Room")
    other = meeting("TDAG-WS", "2027-03-15", "2027-03-19", "workshop", room="Popov Room", **HQ)
    checker = checker_of(target, other)
    result = suggest(checker, target, within=(D("2027-02-01"), D("2027-03-31")), top=3)
    best = result.candidates[0]
    assert (best.start, best.end) == (D("2027-02-01"), D("2027-02-05"))
    assert best.findings == ()
    assert result.proven
    # the room clash week and the Easter week are ranked below, with the rule that says why
    clashed = suggest(checker, target, within=(D("2027-03-15"), D("2027-03-19"))).candidates[0]
    assert "VENUE-ROOM-CLASH" in {f.rule_id for f in clashed.findings}
    easter = suggest(checker, target, within=(D("2027-03-22"), D("2027-03-26"))).candidates[0]
    assert {f.rule_id for f in easter.findings} == {"R111-RELIGIOUS", "HOLIDAY-VENUE"}


def test_a_monday_start_is_preferred_over_nearer_days_with_the_same_findings():
    target = sg("ITU-D-SG1-2027", "2027-06-16", "2027-06-18")  # a Wednesday
    result = suggest(checker_of(target), target, within=(D("2027-06-01"), D("2027-06-30")))
    # 14 Jun is 2 days away, 21 Jun 5 and 7 Jun 9: each Monday before the nearer Wednesday 16 Jun
    assert [c.start for c in result.candidates[:3]] == [
        D("2027-06-14"),
        D("2027-06-21"),
        D("2027-06-07"),
    ]
    assert all(c.start.weekday() == 0 for c in result.candidates[:4])


def test_among_free_weeks_the_nearest_to_the_current_dates_comes_first():
    target = sg("ITU-D-SG1-2027", "2027-06-21", "2027-06-25")
    result = suggest(checker_of(target), target, within=(D("2027-06-01"), D("2027-07-31")))
    assert [c.start for c in result.candidates] == [
        D("2027-06-21"),
        D("2027-06-14"),
        D("2027-06-28"),
        D("2027-06-07"),
        D("2027-07-05"),
    ]
    assert [c.distance for c in result.candidates] == [0, 7, 7, 14, 14]


def test_fewer_warnings_outrank_a_nearer_date():
    target = sg("ITU-D-SG1-2027", "2027-05-17", "2027-05-21")  # Eid al-Adha 16-19 May 2027
    result = suggest(checker_of(target), target, within=(D("2027-05-01"), D("2027-05-31")), top=1)
    [best] = result.candidates
    assert best.findings == () and best.start != target.start


def test_the_checker_is_left_as_it_was():
    target = sg("ITU-D-SG1-2027", "2027-02-08", "2027-02-12", room="Popov Room")
    checker = checker_of(target)
    before = checker.findings()
    suggest(checker, target, within=(D("2027-01-01"), D("2027-12-31")))
    assert checker.findings() == before
    assert checker.calendar.by_id[target.id] == target


# --- an impossible request ---------------------------------------------------------------------


def test_a_26_day_pp_in_the_last_quarter_of_2035_is_explained():
    # October-December 2035: Rosh Hashanah 4-5 Oct, Yom Kippur 13 Oct, Diwali 30 Oct, Ramadan
    # 1-30 Nov, Eid al-Fitr 1-3 Dec, Christmas 24-26 Dec; and 26 days is over PP's three weeks.
    pp = meeting("PP-35", "2035-10-01", "2035-10-26", "pp")
    result = suggest(checker_of(pp), pp, within=parse_within("2035-Q4"))
    assert result.candidates and not result.has_clean
    assert result.has_error_free
    causes = {b.cause for b in result.blocked_by if b.rule_id == "R111-RELIGIOUS"}
    assert {
        "Rosh Hashanah",
        "Yom Kippur",
        "Diwali (India)",
        "Ramadan",
        "Eid al-Fitr",
        "Christmas",
    } <= causes
    ramadan = next(b for b in result.blocked_by if b.cause == "Ramadan")
    assert ramadan.days == ((D("2035-11-01"), D("2035-11-30")),)
    whole = next(b for b in result.blocked_by if b.rule_id == "R77-PP-DURATION")
    assert whole.days == () and "wherever it starts" in whole.message
    # between Eid al-Fitr and Christmas: 4-23 December, 20 days, short of 26
    assert result.longest_free == (D("2035-12-04"), D("2035-12-23"))
    for c in result.candidates:
        assert {f.rule_id for f in c.findings} >= {"R111-RELIGIOUS", "R77-PP-DURATION"}


def test_a_room_booked_all_month_leaves_only_errors_and_names_the_booking():
    target = sg("ITU-D-SG1-2027", "2027-06-07", "2027-06-11", room="Popov Room")
    hold = meeting("EXPO", "2027-06-01", "2027-06-30", "other", room="Popov Room", **HQ)
    result = suggest(checker_of(target, hold), target, within=parse_within("2027-06"))
    assert not result.has_error_free
    [room] = [b for b in result.blocked_by if b.rule_id == "VENUE-ROOM-CLASH"]
    assert room.cause == "EXPO" and room.days == ((D("2027-06-01"), D("2027-06-30")),)
    assert result.longest_free is None


# --- requests ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2035", "2035-01-01", "2035-12-31"),
        ("2035-Q4", "2035-10-01", "2035-12-31"),
        ("2035-10", "2035-10-01", "2035-10-31"),
        ("2035-03-01..2035-06-30", "2035-03-01", "2035-06-30"),
        ("2035-10..2035-11", "2035-10-01", "2035-11-30"),
    ],
)
def test_periods_as_planners_write_them(text: str, first: str, last: str):
    assert parse_within(text) == (D(first), D(last))


@pytest.mark.parametrize("text", ["2035-13", "Q4", "2035-06-30..2035-03-01", "2030..2040"])
def test_a_period_that_is_not_one_is_refused(text: str):
    with pytest.raises(SuggestError):
        parse_within(text)


def test_the_default_period_is_the_decided_one_then_the_coarse_one_then_the_year():
    from scheduler_app.domain import DecidedPeriod, Precision

    decided = DecidedPeriod(D("2027-10-01"), D("2027-12-31"), "Council")
    assert default_period(sg("A", "2027-03-01", "2027-03-05", decided=decided)) == (
        D("2027-10-01"),
        D("2027-12-31"),
    )
    coarse = meeting("W", "2029-01-01", "2029-12-31", "wtdc", precision=Precision.YEAR)
    assert default_period(coarse) == (D("2029-01-01"), D("2029-12-31"))
    assert default_period(sg("A", "2027-03-01", "2027-03-05")) == (D("2027-01-01"), D("2027-12-31"))


def test_a_meeting_known_only_by_its_year_needs_a_length():
    from scheduler_app.domain import Precision

    w = meeting("WTDC-29", "2029-01-01", "2029-12-31", "wtdc", precision=Precision.YEAR)
    checker = checker_of(w)
    with pytest.raises(SuggestError, match="known only as 2029"):
        suggest(checker, w)
    result = suggest(checker, w, days=12)
    assert all(c.meeting.days == 12 for c in result.candidates)


def test_a_period_shorter_than_the_meeting_is_refused():
    target = sg("ITU-D-SG1-2027", "2027-06-07", "2027-06-11")
    with pytest.raises(SuggestError, match="longer than"):
        suggest(checker_of(target), target, within=(D("2027-06-01"), D("2027-06-03")))


def test_another_venue_and_room_are_judged_there(empty_db: PlanningDatabase):
    target = sg("ITU-D-SG1-2027", "2027-06-07", "2027-06-11", room="Popov Room")
    hold = meeting("EXPO", "2027-06-01", "2027-06-30", "other", venue="CICG", room="Room 1")
    hold = hold.replace(city="Geneva", country="CH")
    empty_db.save_meetings([target, hold])
    place = place_in_database(empty_db, target, venue="cicg", room="room 1")
    assert place is not None and (place.venue, place.room, place.country) == (
        "CICG",
        "Room 1",
        "CH",
    )
    result = suggest(empty_db, target.code, within=parse_within("2027-06"), place=place)
    assert not result.has_error_free
    assert suggest(empty_db, target.code, within=parse_within("2027-06")).has_clean
    with pytest.raises(SuggestError, match="no room named"):
        place_in_database(empty_db, target, venue="CICG", room="Room 99")
    with pytest.raises(SuggestError, match="give the venue"):
        place_in_database(empty_db, target, room="Room 1")


# --- the findings claimed are the findings check reports ---------------------------------------


def expected_findings(before: list[Finding], after: list[Finding], mid: str) -> set[Finding]:
    """What a candidate claims: the findings after the move that name the meeting, and those new
    ones that name only others or none."""
    old = set(before)
    return {f for f in after if mid in f.meeting_ids or f not in old}


def test_a_finding_naming_no_meeting_that_the_move_causes_is_claimed():
    # moving the 2030 Council session to 2031 leaves 2030 without one (CV51-COUNCIL-ANNUAL names
    # no meeting then: its subject is the year)
    cs = [
        meeting(f"C{y % 100}", f"{y}-06-10", f"{y}-06-19", "council", **HQ)
        for y in range(2029, 2033)
    ]
    checker = checker_of(*cs)
    before = checker.findings()
    [c] = suggest(checker, cs[1], within=(D("2031-09-01"), D("2031-09-30")), top=1).candidates
    moved = [c.meeting if m.id == cs[1].id else m for m in cs]
    after = Checker(Calendar(moved, checker.calendar.context), Policy()).findings()
    assert set(c.findings) == expected_findings(before, after, cs[1].id)
    [gone] = [f for f in c.findings if not f.meeting_ids]
    assert (gone.rule_id, gone.subject) == ("CV51-COUNCIL-ANNUAL", "2030")
    assert {f.rule_id for f in c.findings if f.meeting_ids} >= {"R77-COUNCIL-JUNE-JULY"}


KINDS = ["study-group", "rapporteur-group", "workshop", "council", "advisory-group", "wtdc"]
ROOMS = ["Popov Room", "Room H (Montbrillant)", ""]


@st.composite
def calendars(draw: st.DrawFn) -> list[Meeting]:
    n = draw(st.integers(2, 6))
    out = []
    for i in range(n):
        kind = draw(st.sampled_from(KINDS))
        start = D("2027-01-01") + dt.timedelta(days=draw(st.integers(0, 420)))
        length = draw(st.integers(1, 12))
        room = draw(st.sampled_from(ROOMS))
        body = (
            "TDAG"
            if kind == "advisory-group"
            else draw(st.sampled_from(["ITU-D SG1", "ITU-D SG2"]))
        )
        out.append(
            meeting(
                f"M{i}",
                start.isoformat(),
                (start + dt.timedelta(days=length - 1)).isoformat(),
                kind,
                sector=Sector.D,
                body=body,
                parent=body if kind == "rapporteur-group" else "",
                chair=draw(st.sampled_from(["", "Ms A", "Mr B"])),
                participants=draw(st.sampled_from([None, 50, 900])),
                room=room,
                **HQ,
            )
        )
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    calendars(),
    st.integers(0, 5),
    st.integers(0, 300),
    st.integers(10, 60),
    st.integers(1, 8),
)
def test_every_candidates_findings_are_what_check_says_after_applying_it(
    ms: list[Meeting], which: int, offset: int, span: int, days: int
):
    observances = compute_religious(2026, 2029)
    context = context_for(ms, observances)
    checker = Checker(Calendar(ms, context), Policy())
    before = checker.findings()
    target = ms[which % len(ms)]
    first = D("2027-01-01") + dt.timedelta(days=offset)
    last = first + dt.timedelta(days=max(span, days) - 1)
    result = suggest(checker, target, within=(first, last), days=days, top=3)
    assert checker.findings() == before
    assert result.candidates
    for c in result.candidates:
        assert first <= c.start and c.end <= last and c.meeting.days == days
        moved = [c.meeting if m.id == target.id else m for m in ms]
        after = Checker(Calendar(moved, context), Policy()).findings()
        assert set(c.findings) == expected_findings(before, after, target.id)
        assert c.counts["error"] == sum(
            1 for f in c.findings if f.severity is Severity.ERROR and not f.waived
        )


def test_from_a_database_the_claims_match_check_after_saving(empty_db: PlanningDatabase):
    target = sg("ITU-D-SG1-2035", "2035-10-08", "2035-10-19", room="Popov Room")
    other = meeting("WS", "2035-10-22", "2035-10-26", "workshop", room="Popov Room", **HQ)
    empty_db.save_meetings([target, other])
    before = check_database(empty_db).findings
    result = suggest(empty_db, "ITU-D-SG1-2035", within=parse_within("2035-Q4"))
    for c in result.candidates[:2]:
        empty_db.save_meetings([c.meeting])
        after = check_database(empty_db).findings
        assert set(c.findings) == expected_findings(before, after, target.id)
        empty_db.save_meetings([target])


def test_the_messages_the_window_shows_are_in_the_planners_words(empty_db: PlanningDatabase):
    """Issue 13 (review): the window showed "see `scheduler-app list`" and "add a venue there
    with `scheduler-app venues --set-room`"."""
    target = sg("ITU-D-SG1-2027", "2027-06-07", "2027-06-11")
    empty_db.save_meetings([target])
    with pytest.raises(SuggestError) as raised:
        suggest(empty_db, "NOPE")
    assert str(raised.value) == "no meeting has the code NOPE"
    with pytest.raises(SuggestError) as raised:
        place_in_database(empty_db, target, city="Atlantis")
    assert str(raised.value) == (
        "no venue is known in Atlantis, so its country (and its public holidays) is unknown: "
        "add one under Planning > Venues and Rooms, or with `scheduler-app venues`"
    )


def test_a_candidates_counts_are_said_once_for_both_faces_and_information_takes_no_s():
    """Issue 13 (review): the command line printed "2 informations"; the window did not."""
    from scheduler_app.services.suggest_text import candidate_line, summary
    from scheduler_app.services.suggesting import Candidate

    def finding(severity: Severity, waived: bool = False) -> Finding:
        return Finding("R", severity, "m", (), (), "c", waived=waived)

    m = sg("SG", "2027-06-07", "2027-06-11")
    info = Candidate(m, (finding(Severity.INFO), finding(Severity.INFO)), 0)
    assert summary(info) == "2 information"
    mixed = (finding(Severity.WARNING), finding(Severity.WARNING), finding(Severity.ERROR))
    assert summary(Candidate(m, (*mixed, finding(Severity.INFO, waived=True)), 0)) == (
        "1 error, 2 warnings"
    )
    assert candidate_line(Candidate(m, (), 0)) == "Mon 7-11 Jun 2027 — no finding"


def test_a_candidates_counts_are_listed_with_the_languages_separator():
    """The reviewer saw "1个警告, 2条信息" and "1 تحذير, 2 ملاحظتان": a Latin comma."""
    from scheduler_app.i18n import using_language
    from scheduler_app.services.suggest_text import summary
    from scheduler_app.services.suggesting import Candidate

    def finding(severity: Severity) -> Finding:
        return Finding("R", severity, "m", (), (), "c")

    m = sg("SG", "2027-06-07", "2027-06-11")
    both = Candidate(m, (finding(Severity.WARNING), finding(Severity.INFO)), 0)
    with using_language("zh"):
        assert "、" in summary(both) and "," not in summary(both)
    with using_language("ar"):
        assert "، " in summary(both) and "," not in summary(both)
