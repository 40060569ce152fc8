"""The meetings table builds its search haystacks on the first text search, not on every start
(issue 12): whatever the order of loads, edits, filters and sorts, it shows the rows an eager
filter over every meeting's haystack shows."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from scheduler_app.domain import MeetingKind, Sector, Status
from scheduler_app.services.demo import build_demo
from scheduler_app.storage import MeetingFilter
from scheduler_app.ui import meeting_model
from scheduler_app.ui.meeting_model import COLUMNS, DATES, PLACE, TITLE, MeetingTableModel

MEETINGS = build_demo(1200).meetings


def _expected(meetings, text="", where=None, column=DATES, order=Qt.SortOrder.AscendingOrder):
    words = text.casefold().split()
    where = where or MeetingFilter()
    rows = [
        m
        for m in meetings
        if all(w in meeting_model._haystack(m) for w in words) and where.accepts(m)
    ]
    return sorted(rows, key=COLUMNS[column][2], reverse=order == Qt.SortOrder.DescendingOrder)


def _shown(model):
    return [model.meeting_at(r) for r in range(model.rowCount())]


@pytest.fixture
def haystacks_made(monkeypatch):
    made = []
    real = meeting_model._haystack

    def counted(m):
        made.append(m.id)
        return real(m)

    monkeypatch.setattr(meeting_model, "_haystack", counted)
    return made


def test_loading_makes_no_haystack_and_the_first_search_makes_each_once(qapp, haystacks_made):
    model = MeetingTableModel()
    model.set_meetings(MEETINGS)
    model.set_filter("", MeetingFilter(kinds=frozenset({MeetingKind.STUDY_GROUP})))
    assert haystacks_made == []
    assert _shown(model) == _expected(
        MEETINGS, where=MeetingFilter(kinds=frozenset({MeetingKind.STUDY_GROUP}))
    )
    model.set_filter("geneva")
    model.set_filter("sg1 geneva")
    assert sorted(haystacks_made) == sorted(m.id for m in MEETINGS)
    assert _shown(model) == _expected(MEETINGS, "sg1 geneva")


@pytest.mark.parametrize("search_first", [False, True])
def test_edits_filters_and_sorts_show_what_an_eager_filter_shows(qapp, search_first):
    model = MeetingTableModel()
    model.set_meetings(MEETINGS)
    if search_first:
        model.set_filter("rapporteur")
        assert _shown(model) == _expected(MEETINGS, "rapporteur")
        model.set_filter("")
    before = MEETINGS[10:14]
    after = [m.replace(title=f"Renamed in Lausanne {i}") for i, m in enumerate(before)]
    model.apply_change(before, after)
    now = [m for m in MEETINGS if m not in before] + after
    assert _shown(model) == _expected(now)
    model.set_filter("lausanne")
    assert _shown(model) == _expected(now, "lausanne") and len(_shown(model)) >= len(after)
    where = MeetingFilter(
        date_from=dt.date(2027, 1, 1),
        sectors=frozenset({Sector.D}),
        statuses=frozenset({Status.CONFIRMED}),
    )
    model.set_filter("", where)
    model.sort(PLACE, Qt.SortOrder.DescendingOrder)
    assert _shown(model) == _expected(now, "", where, PLACE, Qt.SortOrder.DescendingOrder)
    model.apply_change(after[:1], [])  # a deletion
    model.set_filter("renamed", where)
    model.sort(TITLE)
    gone = [m for m in now if m is not after[0]]
    assert _shown(model) == _expected(gone, "renamed", where, TITLE)
    assert model.total == len(gone)
