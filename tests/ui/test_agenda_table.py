"""The agenda table: content-sized columns with Title the widest, the today marker, keys."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QStyleOptionViewItem, QVBoxLayout, QWidget

from scheduler_app.services.demo import build_demo
from scheduler_app.ui.agenda_table import FIT_SAMPLE, MARKER_COLOR, TITLE_SHARE, AgendaTable
from scheduler_app.ui.meeting_model import CODE, COLUMNS, DATES, STATUS, TITLE, MeetingTableModel

D = dt.date


TODAY = D(2026, 12, 1)


def _table(qtbot, meetings, today=TODAY, size=(900, 500), model=None):
    model = model or MeetingTableModel()
    model.set_meetings(meetings)
    table = AgendaTable(today=lambda: today)
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(*size)
    table.show()
    qtbot.waitExposed(table)
    return table


def _code(table, row):
    return table.model().meeting_at(row).code


def _widths(table):
    return {COLUMNS[c][0]: table.columnWidth(c) for c in range(len(COLUMNS))}


@pytest.fixture
def reference(reference_db):
    return reference_db.meetings()


def test_title_is_the_widest_column_in_a_1366_px_window(qtbot, reference):
    table = _table(qtbot, reference)
    widths = _widths(table)
    assert max(widths, key=widths.get) == "Title", widths
    assert widths["Title"] >= round(TITLE_SHARE * table.viewport().width())
    # every column fits in the view: no horizontal scrolling at this width
    assert sum(widths.values()) <= table.viewport().width()


def test_dates_and_status_are_never_cut_and_columns_fit_their_content(qtbot, reference):
    table = _table(qtbot, reference, size=(1340, 500))
    natural = table.natural_widths()
    for column in (DATES, CODE, STATUS):
        assert table.columnWidth(column) == natural[column]
    longest = max(table.fontMetrics().horizontalAdvance(m.span) for m in reference)
    assert longest < natural[DATES] < longest + 60  # sized to the dates, not a fixed 175 px
    narrow = _table(qtbot, reference, size=(600, 500))
    assert narrow.columnWidth(DATES) == natural[DATES]
    assert narrow.columnWidth(TITLE) > narrow.columnWidth(DATES)


def test_title_takes_the_rest_when_the_window_widens(qtbot, reference):
    table = _table(qtbot, reference)
    before = table.columnWidth(TITLE)
    table.resize(1300, 500)
    assert table.columnWidth(TITLE) > before + 300


def test_a_column_the_planner_resized_keeps_its_width(qtbot, reference):
    table = _table(qtbot, reference)
    table.horizontalHeader().resizeSection(CODE, 150)
    table.resize(1000, 500)
    assert table.columnWidth(CODE) == 150


class _CountingModel(MeetingTableModel):
    def __init__(self):
        super().__init__()
        self.texts_read = 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            self.texts_read += 1
        return super().data(index, role)


def test_a_large_calendar_is_measured_on_a_sample(qtbot):
    model = _CountingModel()
    table = _table(qtbot, build_demo(5000).meetings, model=model)
    model.texts_read = 0
    table.fit_columns()
    assert model.texts_read <= FIT_SAMPLE * len(COLUMNS)
    widths = _widths(table)
    assert max(widths, key=widths.get) == "Title", widths


def test_the_today_line_falls_before_the_first_meeting_not_yet_ended(qtbot, reference):
    table = _table(qtbot, reference)  # PP-26 ended on 27 November, RA-27 is next
    row, below = table.today_marker()
    assert (_code(table, row), below) == ("RA-27", False)
    assert _code(table, row - 1) == "PP-26"
    assert "Today, 1 December 2026" in table.accessibleDescription()
    assert "RA-27" in table.accessibleDescription()


def test_sorted_newest_first_the_line_falls_above_the_first_meeting_that_ended(qtbot, reference):
    table = _table(qtbot, reference)
    table.sortByColumn(DATES, Qt.SortOrder.DescendingOrder)
    row, below = table.today_marker()
    assert (_code(table, row), below) == ("PP-26", False)


def test_no_line_in_title_order_and_a_line_below_the_last_when_all_have_ended(qtbot, reference):
    table = _table(qtbot, reference)
    table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert table.today_marker() is None
    table.sortByColumn(DATES, Qt.SortOrder.AscendingOrder)
    table.set_today(D(2031, 1, 1))
    assert table.today_marker() == (len(reference) - 1, True)


def test_the_line_is_drawn_at_the_marker_row(qtbot, reference):
    table = _table(qtbot, reference)
    row, _below = table.today_marker()
    table.scrollTo(table.model().index(row, 0))
    rect = table.visualRect(table.model().index(row, TITLE))
    image = table.viewport().grab().toImage()
    assert QColor(image.pixel(rect.center().x(), rect.top())) == MARKER_COLOR
    above = table.visualRect(table.model().index(row - 1, TITLE))
    assert QColor(image.pixel(above.center().x(), above.top())) != MARKER_COLOR


def test_meetings_running_today_are_bold(qtbot, reference):
    table = _table(qtbot, reference, today=D(2026, 11, 10))  # PP-26 runs 9-27 November
    delegate = table.itemDelegate()
    bold = {}
    for row in range(table.model().rowCount()):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, table.model().index(row, TITLE))
        bold[_code(table, row)] = option.font.bold()
    assert [code for code, b in bold.items() if b] == ["PP-26"]


def test_tab_leaves_the_table_and_enter_asks_to_open_the_current_meeting(qtbot, reference):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    table = AgendaTable(today=lambda: TODAY)
    model = MeetingTableModel()
    model.set_meetings(reference)
    table.setModel(model)
    after = QLineEdit()
    after.setAccessibleName("Next pane")
    layout.addWidget(table)
    layout.addWidget(after)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table.setFocus()
    assert QApplication.focusWidget() is table
    table.setCurrentIndex(model.index(3, 0))
    with qtbot.waitSignal(table.activated_current, timeout=1000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    assert table.currentIndex().row() == 3  # Tab did not walk the cells


def test_enter_with_no_current_row_asks_nothing(qtbot, reference):
    table = _table(qtbot, reference)
    table.setCurrentIndex(table.model().index(-1, -1))
    with qtbot.assertNotEmitted(table.activated_current):
        qtbot.keyClick(table, Qt.Key.Key_Enter)


def test_the_menu_key_asks_for_a_menu_at_the_current_row(qtbot, reference):
    table = _table(qtbot, reference)
    table.setCurrentIndex(table.model().index(2, 0))
    with qtbot.waitSignal(table.context_menu_requested) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Menu)
    rect = table.visualRect(table.model().index(2, 0))
    assert blocker.args[0] == table.viewport().mapToGlobal(rect.bottomLeft())


def test_a_right_click_outside_the_selection_selects_that_row(qtbot, reference):
    table = _table(qtbot, reference)
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    table.selectRow(0)
    point = table.visualRect(table.model().index(4, TITLE)).center()
    with qtbot.waitSignal(table.context_menu_requested) as blocker:
        table.customContextMenuRequested.emit(point)
    assert blocker.args[0] == table.viewport().mapToGlobal(point)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [4]
    table.selectRow(1)
    table.selectionModel().select(
        table.model().index(2, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    inside = table.visualRect(table.model().index(2, TITLE)).center()
    table.customContextMenuRequested.emit(inside)  # inside the selection: it stays
    assert sorted(i.row() for i in table.selectionModel().selectedRows()) == [1, 2]


def test_the_table_has_a_name_for_screen_readers(qtbot, reference):
    table = _table(qtbot, reference)
    assert table.accessibleName() == "Meetings"
    assert not table.tabKeyNavigation()
