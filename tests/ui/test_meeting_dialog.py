"""The meeting dialog gives back every field it was opened with, and speaks the planner's words."""

import datetime as dt
import zoneinfo

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from scheduler_app.domain import DecidedPeriod, InvalidMeeting, Meeting, Precision
from scheduler_app.ui.main_window import MainWindow
from scheduler_app.ui.meeting_dialog import MeetingDialog
from scheduler_app.ui.meeting_dialog_messages import explain
from scheduler_app.ui.pickers import GENEVA_ZONE


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


def ok_enabled(dialog: MeetingDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def opened(window, qtbot, code: str) -> MeetingDialog:
    dialog = window.open_meeting_dialog(window.db.meeting_by_code(code))
    qtbot.addWidget(dialog)
    return dialog


def set_precision(dialog: MeetingDialog, precision: Precision) -> None:
    box = dialog.period.precision_box
    box.setCurrentIndex(box.findData(precision.value))


# --- the round trip ------------------------------------------------------------------------------


def test_every_bundled_meeting_comes_back_unchanged_when_ok_is_pressed(window, qtbot):
    meetings = window.db.meetings()
    # the meetings the issue names are among them: known by a year, by a month, with a cycle year
    assert {m.precision for m in meetings} >= {Precision.DAY, Precision.MONTH, Precision.YEAR}
    assert any(m.decided for m in meetings) and any(m.nominal_year for m in meetings)
    for original in meetings:
        dialog = window.open_meeting_dialog(original)
        qtbot.addWidget(dialog)
        assert ok_enabled(dialog), (original.code, dialog.problem.text())
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.meeting() == original, original.code


def test_pressing_ok_on_every_meeting_puts_no_edit_on_the_undo_stack(window, monkeypatch):
    accepted = int(QDialog.DialogCode.Accepted.value)
    monkeypatch.setattr(MeetingDialog, "exec", lambda dialog: accepted)
    for meeting in window.db.meetings():
        assert window.select_meeting(meeting.id)
        window._on_edit_requested()
    assert window.undo_stack.count() == 0
    assert window.db.meeting_by_code("WTDC-29").span == "2029"
    assert window.db.meeting_by_code("TDAG-2024").span == "May 2024"

    def retitle_and_accept(dialog: MeetingDialog) -> int:
        dialog.title_edit.setText("Retitled")
        return accepted

    # the same path does record an edit when something changed, so the count above means something
    monkeypatch.setattr(MeetingDialog, "exec", retitle_and_accept)
    window.select_meeting(window.db.meeting_by_code("WTDC-29").id)
    window._on_edit_requested()
    assert window.undo_stack.count() == 1
    assert window.db.meeting_by_code("WTDC-29").title == "Retitled"


def test_a_timed_meeting_in_another_zone_comes_back_unchanged(window, qtbot):
    timed = window.db.meeting_by_code("EG-ITRs-6").replace(
        start_time=dt.time(14, 0, 30), end_time=dt.time(17, 15), timezone="Asia/Tokyo"
    )
    dialog = MeetingDialog(timed, window.db.venues(), window.db.rooms(), [], set())
    qtbot.addWidget(dialog)
    assert dialog.timed.isChecked() and dialog.zone.zone() == "Asia/Tokyo"
    assert dialog.meeting() == timed


def test_untouched_text_keeps_its_spaces_and_edited_text_is_trimmed(window, qtbot):
    spaced = window.db.meeting_by_code("C24").replace(title=" Council 2024 ", chair="Chair ")
    dialog = MeetingDialog(spaced, window.db.venues(), window.db.rooms(), [], set())
    qtbot.addWidget(dialog)
    assert dialog.meeting() == spaced
    dialog.title_edit.setText("  Council, 2024 session  ")
    assert dialog.meeting().title == "Council, 2024 session"
    assert dialog.meeting().chair == "Chair "


def test_a_meeting_without_a_code_keeps_having_none(window, qtbot):
    imported = window.db.meeting_by_code("C24").replace(code="", uid="event-7@example.org")
    dialog = MeetingDialog(imported, window.db.venues(), window.db.rooms(), [], {"C24"})
    qtbot.addWidget(dialog)
    assert ok_enabled(dialog) and dialog.meeting() == imported


def test_a_venue_no_longer_in_the_list_is_kept_until_the_planner_changes_it(window, qtbot):
    old = window.db.meeting_by_code("C24").replace(venue="Old Hall", room="Salle 1")
    dialog = MeetingDialog(old, window.db.venues(), window.db.rooms(), [], set())
    qtbot.addWidget(dialog)
    assert ok_enabled(dialog) and dialog.meeting() == old
    dialog.room.setCurrentText("Salle 2")
    assert dialog.problem.text() == (
        "'Old Hall' is not a known venue: choose one from the list, or none."
    )


def test_none_and_zero_participants_stay_apart(window, qtbot):
    dialog = opened(window, qtbot, "WTDC-25")
    assert dialog.meeting().participants == 1900
    dialog.participants.setValue(0)
    assert dialog.meeting().participants == 0
    dialog.participants.setValue(dialog.participants.minimum())
    assert dialog.participants.text() == "unknown" and dialog.meeting().participants is None


# --- dates as exactly as they are known ----------------------------------------------------------


def test_a_meeting_known_by_its_year_opens_on_its_year(window, qtbot):
    dialog = opened(window, qtbot, "WTDC-29")
    assert dialog.period.precision() is Precision.YEAR
    assert dialog.period.pages.currentIndex() == 3 and dialog.period.year.value() == 2029


def test_a_meeting_known_by_its_month_opens_on_its_month_and_can_be_given_days(window, qtbot):
    dialog = opened(window, qtbot, "TDAG-2024")
    assert dialog.period.precision() is Precision.MONTH
    assert dialog.period.month.text() == "May 2024"
    set_precision(dialog, Precision.DAY)
    dialog.end.setDate(QDate(2024, 5, 24))
    dialog.start.setDate(QDate(2024, 5, 20))
    m = dialog.meeting()
    assert (m.precision, m.start, m.end) == (
        Precision.DAY,
        dt.date(2024, 5, 20),
        dt.date(2024, 5, 24),
    )


def test_changing_a_dated_meeting_to_month_shows_the_month_and_spans_it(window, qtbot):
    dialog = opened(window, qtbot, "C24")  # 4-14 June 2024
    set_precision(dialog, Precision.MONTH)
    assert dialog.period.pages.currentWidget().isAncestorOf(dialog.period.month)
    assert dialog.period.month.text() == "June 2024"
    m = dialog.meeting()
    assert (m.precision, m.start, m.end) == (
        Precision.MONTH,
        dt.date(2024, 6, 1),
        dt.date(2024, 6, 30),
    )
    dialog.period.month.setDate(QDate(2024, 9, 17))
    assert dialog.meeting().span == "Sep 2024"


def test_a_quarter_is_picked_with_its_year(window, qtbot):
    dialog = opened(window, qtbot, "C24")
    set_precision(dialog, Precision.QUARTER)
    assert dialog.period.quarter.currentIndex() == 1  # June is in Q2
    dialog.period.quarter.setCurrentIndex(3)
    dialog.period.quarter_year.setValue(2027)
    m = dialog.meeting()
    assert (m.precision, m.start, m.end) == (
        Precision.QUARTER,
        dt.date(2027, 10, 1),
        dt.date(2027, 12, 31),
    )


def test_the_decided_period_and_its_source_round_trip_and_can_be_cleared(window, qtbot):
    dialog = opened(window, qtbot, "WTSA-24")
    decided = window.db.meeting_by_code("WTSA-24").decided
    assert dialog.decided.isChecked() and dialog.decided.source.text() == decided.source
    dialog.decided.end.setDate(QDate(2024, 11, 30))
    dialog.decided.source.setText("  Council 2023  ")
    assert dialog.meeting().decided == DecidedPeriod(
        dt.date(2024, 10, 1), dt.date(2024, 11, 30), "Council 2023"
    )
    dialog.decided.setChecked(False)
    assert dialog.meeting().decided is None


def test_a_new_decided_period_starts_from_the_meetings_dates(window, qtbot):
    dialog = opened(window, qtbot, "C24")
    dialog.decided.setChecked(True)
    assert dialog.meeting().decided == DecidedPeriod(dt.date(2024, 6, 4), dt.date(2024, 6, 14))


def test_the_cycle_year_is_shown_and_can_be_set_back_to_the_year_it_meets(window, qtbot):
    dialog = opened(window, qtbot, "WTSA-20")
    assert dialog.nominal_year.value() == 2020
    dialog.nominal_year.setValue(2021)
    assert dialog.meeting().nominal_year == 2021
    dialog.nominal_year.setValue(dialog.nominal_year.minimum())
    assert dialog.nominal_year.text() == "the year it meets"
    assert dialog.meeting().nominal_year is None


# --- times, zones and countries ------------------------------------------------------------------


def test_an_all_day_meeting_has_its_time_fields_disabled_and_gets_no_times(window, qtbot):
    dialog = opened(window, qtbot, "C24")
    assert not dialog.timed.isChecked()
    assert not any(w.isEnabled() for w in (dialog.start_time, dialog.end_time, dialog.zone))
    m = dialog.meeting()
    assert (m.start_time, m.end_time, m.timezone) == (None, None, "")
    dialog.timed.setChecked(True)
    assert all(w.isEnabled() for w in (dialog.start_time, dialog.end_time, dialog.zone))
    m = dialog.meeting()
    assert (m.start_time, m.end_time, m.timezone) == (dt.time(9, 30), dt.time(12, 30), GENEVA_ZONE)


def test_the_zone_picker_lists_every_iana_zone_geneva_first_and_searches_anywhere(window, qtbot):
    dialog = opened(window, qtbot, "C24")
    zone = dialog.zone
    assert zone.itemText(0) == "Europe/Zurich" and zone.zone() == "Europe/Zurich"
    assert {zone.itemText(i) for i in range(zone.count())} == zoneinfo.available_timezones()
    completer = zone.completer()
    completer.setCompletionPrefix("zuri")
    assert completer.currentCompletion() == "Europe/Zurich"
    completer.setCompletionPrefix("tokyo")
    assert completer.currentCompletion() == "Asia/Tokyo"


def test_the_country_is_picked_by_name_and_stored_as_its_code(window, qtbot):
    dialog = opened(window, qtbot, "C24")
    assert dialog.country.currentText() == "Switzerland (CH)"
    dialog.country.setCurrentText("japan")
    assert dialog.meeting().country == "JP"
    dialog.country.setCurrentIndex(dialog.country.findData("CI"))
    assert dialog.country.currentText() == "Côte d'Ivoire (CI)"
    assert dialog.meeting().country == "CI"
    dialog.country.setCurrentText("")
    assert dialog.meeting().country == ""
    names = [dialog.country.itemText(i) for i in range(1, dialog.country.count())]
    assert names.index("Åland Islands (AX)") < names.index("Belgium (BE)")


# --- messages in the planner's words -------------------------------------------------------------


def test_an_end_before_the_start_names_the_meeting_and_both_days(window, qtbot):
    dialog = opened(window, qtbot, "C24")
    dialog.end.setDate(QDate(2024, 6, 1))
    assert not ok_enabled(dialog)
    assert dialog.problem.text() == (
        "C24 ends on 1 Jun 2024, before it starts on 4 Jun 2024: change its first or last day."
    )


def test_times_on_a_meeting_known_by_its_month_ask_for_days(window, qtbot):
    dialog = opened(window, qtbot, "TDAG-2024")
    dialog.timed.setChecked(True)
    assert not ok_enabled(dialog)
    assert dialog.problem.text().startswith(
        "TDAG-2024 has set times, so its dates must be known to the day"
    )


def test_times_that_end_before_they_start_name_both_times(window, qtbot):
    dialog = opened(window, qtbot, "EG-ITRs-6")
    dialog.timed.setChecked(True)
    dialog.end_time.setTime(QTime(9, 0))
    assert dialog.problem.text() == (
        "EG-ITRs-6 ends at 09:00, before it starts at 09:30 on the same day: change its times."
    )


def test_a_decided_period_ending_before_it_begins_is_explained(window, qtbot):
    dialog = opened(window, qtbot, "WTSA-24")
    dialog.decided.end.setDate(QDate(2024, 9, 1))
    assert dialog.problem.text().startswith(
        "The period decided for WTSA-24 ends on 1 Sep 2024, before it begins on 1 Oct 2024"
    )


def test_an_unknown_country_or_zone_says_to_pick_from_the_list(window, qtbot):
    dialog = opened(window, qtbot, "C24")
    dialog.country.setCurrentText("Narnia")
    assert dialog.problem.text() == "'Narnia' is not a country in the list: choose one by its name."
    dialog.country.setCurrentText("Switzerland")
    dialog.timed.setChecked(True)
    dialog.zone.setCurrentText("Europe/Geneva")
    assert "Geneva's is Europe/Zurich" in dialog.problem.text()


def test_precision_errors_read_as_what_the_meeting_is_known_by():
    year = InvalidMeeting("precision", "a year-precision meeting must span ...", "WTDC-29")
    values = {"code": "WTDC-29", "precision": Precision.YEAR, "start": dt.date(2029, 3, 1)}
    assert explain(year, values) == "WTDC-29 is known only by its year: its dates are all of 2029."
    month = {"code": "TDAG-2024", "precision": Precision.MONTH, "start": dt.date(2024, 5, 1)}
    assert explain(year, month) == (
        "TDAG-2024 is known only by its month: its dates are all of May 2024."
    )


def test_the_command_line_keeps_the_domains_own_wording(window):
    wtdc = window.db.meeting_by_code("WTDC-29")
    with pytest.raises(InvalidMeeting) as caught:
        Meeting(
            **{
                **{f: getattr(wtdc, f) for f in wtdc.__dataclass_fields__},
                "end": dt.date(2029, 6, 30),
            }
        )
    assert str(caught.value).startswith(
        "WTDC-29: precision: a year-precision meeting must span 2029-01-01 to 2029-12-31"
    )


def test_overlong_notes_are_named_with_their_length(window, qtbot):
    dialog = opened(window, qtbot, "C24")
    dialog.notes.setPlainText("x" * 100_001)
    assert dialog.problem.text() == (
        "Shorten the notes of C24: 100,001 characters, where a field holds at most 100,000."
    )


def test_the_inputs_inside_a_row_have_names_a_screen_reader_can_read(window, qtbot):
    dialog = opened(window, qtbot, "WTSA-24")
    period = dialog.period
    inputs = (
        period.start, period.end, period.month, period.quarter, period.quarter_year, period.year,
        dialog.start_time, dialog.end_time, dialog.decided.start, dialog.decided.end,
        dialog.zone.lineEdit(), dialog.country.lineEdit(),
    )  # fmt: skip
    assert all(widget.accessibleName() for widget in inputs)


def test_bodies_and_venues_are_found_by_any_part_of_their_name(window, qtbot):
    dialog = opened(window, qtbot, "C24")
    completer = dialog.venue.completer()
    completer.setCompletionPrefix("headquarters")
    assert completer.currentCompletion() == "ITU headquarters"


# --- it fits a laptop screen ---------------------------------------------------------------------


@pytest.mark.parametrize("code", ["WTDC-29", "TDAG-2024", "WTSA-24"])
def test_every_tab_fits_a_768_pixel_high_screen(window, qtbot, code):
    dialog = opened(window, qtbot, code)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        hint = dialog.sizeHint()
        assert hint.height() <= 700 and hint.width() <= 1300, (dialog.tabs.tabText(index), hint)
