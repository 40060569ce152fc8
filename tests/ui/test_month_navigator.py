"""The month navigator: bold days with meetings, a day picked by click or Enter, today marked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from scheduler_app import i18n
from scheduler_app.screen.scene import Tone
from scheduler_app.ui.calendar_palette import tone_color
from scheduler_app.ui.month_navigator import Counter, MonthNavigator, first_shown_day
from tests.ui.accessibility import unnamed

TODAY = dt.date(2026, 5, 20)
D = dt.date


def navigator(qtbot: QtBot, counter: Counter | None = None) -> MonthNavigator:
    nav = MonthNavigator(counter=counter, today=lambda: TODAY)
    nav.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    qtbot.addWidget(nav)
    nav.resize(320, 260)
    nav.show()
    qtbot.waitExposed(nav)
    return nav


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def is_bold(nav: MonthNavigator, day: dt.date) -> bool:
    return nav.calendar.dateTextFormat(qdate(day)).fontWeight() == QFont.Weight.Bold


def view(nav: MonthNavigator) -> QTableView:
    table = nav.calendar.findChild(QTableView)
    assert table is not None
    return table


def cell_centre(nav: MonthNavigator, day: dt.date) -> QPoint:
    """Where ``day`` is drawn on the shown page (row 0 holds the weekday names, column 0 the
    week numbers)."""
    start, _ = nav.shown_range()
    offset = (day - start).days
    table = view(nav)
    index = table.model().index(1 + offset // 7, 1 + offset % 7)
    return table.visualRect(index).center()


def test_the_first_shown_day_is_what_qt_draws(qtbot: QtBot) -> None:
    nav = navigator(qtbot)
    table = view(nav)
    for day in (D(2026, 6, 1), D(2026, 2, 10), D(2026, 11, 30), D(2027, 8, 1)):
        nav.set_current(day)
        start, end = nav.shown_range()
        assert start == first_shown_day(day.year, day.month, Qt.DayOfWeek.Monday)
        assert table.model().data(table.model().index(1, 1)) == start.day
        assert table.model().data(table.model().index(6, 7)) == end.day
        assert start <= day.replace(day=1) and end.month != day.month


def test_days_with_meetings_are_bold_and_others_are_not(qtbot: QtBot) -> None:
    nav = navigator(qtbot)
    nav.set_current(D(2026, 6, 10))
    nav.set_meeting_days({D(2026, 6, 3), D(2026, 6, 4), D(2026, 7, 2)})
    assert is_bold(nav, D(2026, 6, 3)) and is_bold(nav, D(2026, 6, 4))
    assert is_bold(nav, D(2026, 7, 2))  # in the grey row of next month that the page shows
    assert not is_bold(nav, D(2026, 6, 5))
    nav.set_meeting_days(set())
    assert not is_bold(nav, D(2026, 6, 3))


def test_a_page_change_formats_the_new_month_and_forgets_the_old(qtbot: QtBot) -> None:
    nav = navigator(qtbot)
    nav.set_current(D(2026, 6, 10))
    nav.set_meeting_days({D(2026, 6, 3), D(2026, 9, 15)})
    assert not is_bold(nav, D(2026, 9, 15))  # not shown yet: not formatted
    nav.calendar.setCurrentPage(2026, 9)
    assert is_bold(nav, D(2026, 9, 15))
    assert not is_bold(nav, D(2026, 6, 3))


def test_the_tooltip_of_a_bold_day_says_how_many_meetings(qtbot: QtBot) -> None:
    counts = {D(2026, 6, 3): 3, D(2026, 6, 4): 1}
    nav = navigator(qtbot, counter=lambda day: counts.get(day, 0))
    nav.set_current(D(2026, 6, 10))
    nav.set_meeting_days(counts)
    tip = nav.calendar.dateTextFormat(qdate(D(2026, 6, 3))).toolTip()
    assert "3 meetings start or run on this day" in tip
    assert "1 meeting starts or runs" in nav.calendar.dateTextFormat(qdate(D(2026, 6, 4))).toolTip()
    # the calendar's own view shows the same tooltip on hover
    table = view(nav)
    index = table.indexAt(cell_centre(nav, D(2026, 6, 3)))
    assert "3 meetings" in table.model().data(index, Qt.ItemDataRole.ToolTipRole)


def test_today_is_marked_in_the_today_colour(qtbot: QtBot) -> None:
    nav = navigator(qtbot)
    nav.set_current(D(2026, 5, 2))
    fmt = nav.calendar.dateTextFormat(qdate(TODAY))
    assert fmt.fontUnderline() and "Today" in fmt.toolTip()
    assert fmt.foreground().color().rgb() == tone_color(Tone.TODAY, nav.palette()).rgb()
    assert not is_bold(nav, TODAY)
    nav.set_meeting_days({TODAY})
    assert is_bold(nav, TODAY) and nav.calendar.dateTextFormat(qdate(TODAY)).fontUnderline()


def test_a_click_on_a_day_chooses_it(qtbot: QtBot) -> None:
    nav = navigator(qtbot)
    nav.set_current(D(2026, 6, 10))
    with qtbot.waitSignal(nav.day_chosen, timeout=1000) as chosen:
        qtbot.mouseClick(
            view(nav).viewport(), Qt.MouseButton.LeftButton, pos=cell_centre(nav, D(2026, 6, 17))
        )
    assert chosen.args == [D(2026, 6, 17)]


def test_a_double_click_chooses_the_day_once(qtbot: QtBot) -> None:
    nav = navigator(qtbot)
    nav.set_current(D(2026, 6, 10))
    chosen: list[object] = []
    nav.day_chosen.connect(chosen.append)
    where = cell_centre(nav, D(2026, 6, 18))
    qtbot.mouseClick(view(nav).viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view(nav).viewport(), Qt.MouseButton.LeftButton, pos=where)
    # the calendar says both "clicked" and "activated": the views move once
    assert chosen == [D(2026, 6, 18)]


def test_arrows_and_page_keys_move_without_choosing_and_enter_chooses(qtbot: QtBot) -> None:
    nav = navigator(qtbot)
    nav.set_current(D(2026, 5, 15))
    nav.set_meeting_days({D(2026, 6, 16)})
    chosen: list[object] = []
    nav.day_chosen.connect(chosen.append)
    nav.setFocus()
    table = view(nav)
    qtbot.keyClick(table, Qt.Key.Key_PageDown)
    assert nav.current() == D(2026, 6, 15)
    assert is_bold(nav, D(2026, 6, 16))  # the new page was formatted
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert nav.current() == D(2026, 6, 16)
    qtbot.keyClick(table, Qt.Key.Key_PageUp)
    qtbot.keyClick(table, Qt.Key.Key_PageDown)
    assert chosen == []
    with qtbot.waitSignal(nav.day_chosen, timeout=1000) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == [D(2026, 6, 16)]


def test_set_current_shows_the_day_without_choosing_it(qtbot: QtBot) -> None:
    nav = navigator(qtbot)
    with qtbot.assertNotEmitted(nav.day_chosen):
        nav.set_current(D(2030, 2, 14))
    assert nav.current() == D(2030, 2, 14)
    assert (nav.calendar.yearShown(), nav.calendar.monthShown()) == (2030, 2)


@pytest.mark.parametrize(
    ("lang", "first"),
    [
        ("en", Qt.DayOfWeek.Monday),
        ("fr", Qt.DayOfWeek.Monday),
        ("ar", Qt.DayOfWeek.Saturday),
    ],
)
def test_the_week_starts_on_the_languages_first_day_as_the_month_grid(
    qtbot: QtBot, lang: str, first: Qt.DayOfWeek
) -> None:
    with i18n.using_language(lang):
        nav = navigator(qtbot)
        nav.set_meeting_days({D(2026, 3, 1)})
        # whatever the system's locale says (the United States start on Sunday)
        nav.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        nav.set_current(D(2026, 3, 10))
    assert nav.calendar.firstDayOfWeek() == first
    assert nav.shown_range()[0].isoweekday() == first.value
    assert is_bold(nav, D(2026, 3, 1))


def test_weekends_follow_the_palette_not_red_numbers(qtbot: QtBot) -> None:
    nav = navigator(qtbot)
    saturday = nav.calendar.weekdayTextFormat(Qt.DayOfWeek.Saturday)
    assert saturday.foreground().style() == Qt.BrushStyle.NoBrush
    assert saturday.background().color().rgb() == tone_color(Tone.WEEKEND, nav.palette()).rgb()
    dark = QPalette(QColor("#353535"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#232629"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eff0f1"))
    nav.setPalette(dark)
    nav.set_current(D(2026, 5, 2))
    weekend = nav.calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).background().color()
    assert weekend.rgb() == tone_color(Tone.WEEKEND, dark).rgb()
    today = nav.calendar.dateTextFormat(qdate(TODAY)).foreground().color()
    assert today.rgb() == tone_color(Tone.TODAY, dark).rgb()


def test_a_screen_reader_names_it(qtbot: QtBot) -> None:
    nav = navigator(qtbot)
    assert nav.accessibleName() == "Month navigator"
    assert nav.calendar.accessibleName() == "Month navigator"
    assert unnamed(nav) == []


def test_twenty_thousand_meeting_days_format_only_the_shown_page(qtbot: QtBot) -> None:
    nav = navigator(qtbot)
    days = frozenset(D(2000, 1, 1) + dt.timedelta(days=i) for i in range(20_000))
    nav.set_meeting_days(days)
    for month in range(1, 13):
        nav.calendar.setCurrentPage(2026, month)
        start, end = nav.shown_range()
        formatted = nav.calendar.dateTextFormat()
        assert len(formatted) == 42
        assert all(start <= _py(d) <= end for d in formatted)
        assert is_bold(nav, D(2026, month, 1))


def _py(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


def test_the_weekend_shaded_is_the_views_in_arabic_too(qtbot: QtBot) -> None:
    with i18n.using_language("ar"):
        nav = navigator(qtbot)
        nav.setLocale(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    plain = nav.calendar.weekdayTextFormat(Qt.DayOfWeek.Friday).background().style()
    shaded = nav.calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).background().style()
    assert plain == Qt.BrushStyle.NoBrush and shaded != Qt.BrushStyle.NoBrush


def test_the_navigator_is_no_wider_in_arabic_than_in_english(qapp):
    """Arabic's short weekday names are whole words: with them the navigator needed 384 px
    against English's 304, which widened its dock column and narrowed the calendar."""
    from PySide6.QtCore import QLocale

    from scheduler_app.ui import i18n as ui_i18n

    def width(lang: str) -> int:
        ui_i18n.install(qapp, lang)
        navigator = MonthNavigator()
        navigator.calendar.setLocale(QLocale())
        try:
            return navigator.minimumSizeHint().width()
        finally:
            navigator.deleteLater()

    before = QLocale()
    try:
        english, arabic = width("en"), width("ar")
    finally:
        ui_i18n.install(qapp, "en")
        QLocale.setDefault(before)
    assert arabic <= english + 16, (arabic, english)
