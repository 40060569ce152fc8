"""The deadlines dock's list: which deadlines are coming, and what each day is flagged with.

An RA gets two deadlines (PP Resolution 208, Annex 1, § 1 a)): chair candidates three months
before it opens (preferred) and two weeks before (at the latest). The tests move the RA so that
the two-week deadline lands on the day each case needs.
"""

import datetime as dt

from scheduler_app.domain import MeetingKind
from scheduler_app.services.deadline_list import deadline_rows
from tests.helpers import meeting

LATEST = "chair-nominations-latest"


def ra_opening(day: str, code: str = "RA-27", **kw):
    """An RA whose two-week chair deadline falls on ``day``."""
    start = dt.date.fromisoformat(day) + dt.timedelta(days=14)
    end = start + dt.timedelta(days=4)
    return meeting(code, start.isoformat(), end.isoformat(), kind=MeetingKind.RA, **kw)


def latest(rows):
    [row] = [r for r in rows if r.deadline.key == LATEST]
    return row


def test_a_deadline_on_a_saturday_is_flagged_weekend_and_nothing_else():
    ra = ra_opening("2027-10-16")  # a Saturday
    row = latest(deadline_rows([ra], dt.date(2027, 9, 1)))
    assert row.day.weekday() == 5
    assert (row.weekend, row.holiday, row.overdue) == (True, "", False)
    assert row.flags == ("Weekend",)


def test_swiss_national_day_is_a_geneva_holiday():
    ra = ra_opening("2028-08-01")  # a Tuesday
    row = latest(deadline_rows([ra], dt.date(2028, 6, 1)))
    assert (row.weekend, row.holiday) == (False, "National Day")
    assert row.flags == ("Geneva holiday",)


def test_christmas_day_is_a_geneva_holiday():
    ra = ra_opening("2028-12-25")  # a Monday
    row = latest(deadline_rows([ra], dt.date(2028, 12, 1)))
    assert row.holiday == "Christmas Day" and not row.weekend


def test_an_ordinary_weekday_has_no_flags():
    ra = ra_opening("2028-08-02")
    row = latest(deadline_rows([ra], dt.date(2028, 6, 1)))
    assert row.flags == () and row.days_left == 62


def test_a_deadline_today_is_coming_not_overdue():
    ra = ra_opening("2028-08-02")
    row = latest(deadline_rows([ra], dt.date(2028, 8, 2)))
    assert (row.days_left, row.overdue, row.past) == (0, False, False)


def test_a_deadline_yesterday_for_a_meeting_still_ahead_is_overdue():
    ra = ra_opening("2028-08-02")
    rows = deadline_rows([ra], dt.date(2028, 8, 3))
    row = latest(rows)
    assert (row.days_left, row.overdue) == (-1, True)
    assert row.flags[0] == "Overdue"
    # the three-month deadline is long gone, but the meeting is still ahead: overdue too
    assert [r.overdue for r in rows] == [True, True]


def test_deadlines_of_a_meeting_that_has_ended_are_past_and_hidden_unless_asked():
    ra = ra_opening("2028-08-02")  # the RA runs 16-20 Aug 2028
    after = dt.date(2028, 8, 21)
    assert deadline_rows([ra], after) == []
    shown = deadline_rows([ra], after, show_past=True)
    assert [r.past for r in shown] == [True, True]
    assert not any(r.overdue for r in shown)


def test_a_meeting_in_session_still_counts_its_deadlines_as_overdue():
    ra = ra_opening("2028-08-02")
    row = latest(deadline_rows([ra], dt.date(2028, 8, 20)))  # its closing day
    assert row.overdue


def test_rows_are_sorted_by_day_across_meetings_and_name_their_meeting():
    later = ra_opening("2028-08-10", "RA-B", title="Second assembly")
    sooner = ra_opening("2028-08-05", "RA-A")
    rows = deadline_rows([later, sooner], dt.date(2028, 1, 1))
    assert [r.day for r in rows] == sorted(r.day for r in rows)
    assert [r.meeting_label for r in rows if r.deadline.key == LATEST] == ["RA-A", "RA-B"]
    row = next(r for r in rows if r.meeting_label == "RA-B")
    assert row.meeting_id == later.id and row.meeting_title == "Second assembly"


def test_each_row_carries_its_rule_and_citation():
    row = latest(deadline_rows([ra_opening("2028-08-02")], dt.date(2028, 6, 1)))
    assert row.rule == "opening - 2 weeks"
    assert "Resolution 208" in row.citation and "Annex 1" in row.citation
    assert row.what.startswith("Chair and vice-chair candidates")


def test_meetings_without_deadlines_give_an_empty_list():
    assert deadline_rows([meeting("X-1", kind=MeetingKind.OTHER)], dt.date(2027, 1, 1)) == []
    assert deadline_rows([], dt.date(2027, 1, 1)) == []
