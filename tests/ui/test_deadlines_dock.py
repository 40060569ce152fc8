"""The deadlines dock: rows by day with their flags in words, past ones on request, and a way
from a deadline to its meeting."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from scheduler_app.domain import MeetingKind
from scheduler_app.ui.deadlines_dock import (
    DATE,
    DAYS,
    FLAGS,
    MEETING,
    OVERDUE_TINT,
    WHAT,
    DeadlinesPanel,
    days_left_text,
)
from scheduler_app.ui.plain import plain_tooltip
from tests.helpers import meeting
from tests.ui.accessibility import unnamed

TODAY = dt.date(2028, 7, 1)


def ra(code: str, start: str, **kw):
    """An RA has two deadlines: chair candidates three months and two weeks before it opens."""
    day = dt.date.fromisoformat(start)
    end = (day + dt.timedelta(days=4)).isoformat()
    return meeting(code, start, end, kind=MeetingKind.RA, **kw)


@pytest.fixture
def panel(qtbot):
    widget = DeadlinesPanel()
    qtbot.addWidget(widget)
    widget.resize(640, 300)
    # RA-A: three months before (15 May) is overdue, two weeks before is 1 August (National Day);
    # RA-B: three months before is a Friday, two weeks before is Saturday 30 December
    widget.set_meetings(
        [ra("RA-A", "2028-08-15"), ra("RA-B", "2029-01-13", title="<b>x</b>")], TODAY
    )
    return widget


def cell(panel, row, column, role=Qt.ItemDataRole.DisplayRole):
    return panel.model.data(panel.model.index(row, column), role)


def test_the_model_passes_qts_model_tester(qtmodeltester, panel):
    qtmodeltester.check(panel.model)


def test_rows_are_by_day_with_days_left_and_flags_in_words(panel):
    rows = [[cell(panel, r, c) for c in range(5)] for r in range(panel.model.rowCount())]
    assert rows == [
        [
            "Mon 15 May 2028",
            "47 days ago",
            "RA-A",
            "Overdue",
            "Chair and vice-chair candidates (preferred date)",
        ],
        [
            "Tue 1 Aug 2028",
            "in 31 days",
            "RA-A",
            "Geneva holiday",
            "Chair and vice-chair candidates (at the latest)",
        ],
        [
            "Fri 13 Oct 2028",
            "in 104 days",
            "RA-B",
            "",
            "Chair and vice-chair candidates (preferred date)",
        ],
        [
            "Sat 30 Dec 2028",
            "in 182 days",
            "RA-B",
            "Weekend",
            "Chair and vice-chair candidates (at the latest)",
        ],
    ]
    assert panel.count.text() == "4 deadlines, 1 overdue"


def test_overdue_rows_are_tinted_as_well_as_named(panel):
    assert cell(panel, 0, WHAT, Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_TINT
    assert cell(panel, 0, FLAGS) == "Overdue"
    assert cell(panel, 2, WHAT, Qt.ItemDataRole.BackgroundRole) is None


def test_show_past_adds_the_deadlines_of_meetings_already_held(qtbot):
    widget = DeadlinesPanel()
    qtbot.addWidget(widget)
    widget.set_meetings([ra("RA-OLD", "2028-05-01")], TODAY)
    assert widget.model.rowCount() == 0
    widget.show_past.click()
    assert widget.model.rowCount() == 2
    assert cell(widget, 0, FLAGS).startswith("Past")
    assert cell(widget, 0, DATE, Qt.ItemDataRole.ForegroundRole) is not None


def test_double_click_emits_the_meeting_id(qtbot, panel):
    panel.show()
    view = panel.table
    rect = view.visualRect(panel.model.index(2, MEETING))
    # a real double-click starts with a press: the view opens only the row it pressed
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.meeting_activated, timeout=1000) as signal:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [meeting("RA-B").id]


def test_enter_on_a_row_emits_the_meeting_id_once(qtbot, panel):
    panel.show()
    panel.table.setCurrentIndex(panel.model.index(1, DAYS))
    seen = []
    panel.meeting_activated.connect(seen.append)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert seen == [meeting("RA-A").id]


def test_tooltips_cite_the_text_and_show_a_hostile_title_literally(panel):
    tip = cell(panel, 3, WHAT, Qt.ItemDataRole.ToolTipRole)
    assert "Resolution 208" in tip and "Annex 1" in tip
    assert "&lt;b&gt;x&lt;/b&gt;" in tip and "<b>x</b>" not in tip
    assert "weekend" in tip
    row = panel.model.row_at(1)
    assert cell(panel, 1, DATE, Qt.ItemDataRole.ToolTipRole) == plain_tooltip(panel.model._tip(row))
    assert "Geneva public holiday: National Day" in cell(
        panel, 1, DATE, Qt.ItemDataRole.ToolTipRole
    )


def test_every_control_is_named(panel):
    panel.show()
    assert unnamed(panel) == []
    assert panel.table.accessibleName()


def test_days_left_in_words():
    assert [days_left_text(n) for n in (-3, -1, 0, 1, 5)] == [
        "3 days ago",
        "yesterday",
        "today",
        "tomorrow",
        "in 5 days",
    ]


def test_columns_are_as_wide_as_their_widest_cell_measured_from_distinct_texts(qtbot):
    """The fit measures one text per distinct value (the meeting labels longest first); the
    widths must be those of measuring every cell, past rows and flags included."""
    widget = DeadlinesPanel()
    qtbot.addWidget(widget)
    meetings = [
        ra(f"RA-{n:03d}" + ("-WITH-A-LONG-CODE" if n == 57 else ""), start)
        for n, start in enumerate(
            (dt.date(2028, 1, 3) + dt.timedelta(days=9 * n)).isoformat() for n in range(120)
        )
    ]
    widget.show_past.setChecked(True)
    widget.set_meetings(meetings, TODAY)
    model, metrics = widget.model, widget.table.fontMetrics()
    widths = {
        column: max(
            metrics.horizontalAdvance(cell(widget, r, column)) for r in range(model.rowCount())
        )
        for column in (DATE, DAYS, MEETING, FLAGS, WHAT)
    }
    headers = {
        c: metrics.horizontalAdvance(model.headerData(c, Qt.Orientation.Horizontal)) for c in widths
    }
    pad = widget.table.columnWidth(DAYS) - max(widths[DAYS], headers[DAYS])
    cap = metrics.horizontalAdvance("ITU-D-RG-Q6/2-2027-10") + pad
    for column, width in widths.items():
        wanted = max(width, headers[column]) + pad
        assert widget.table.columnWidth(column) == (
            min(wanted, cap) if column == MEETING else wanted
        )
