import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from scheduler_app.domain import MeetingKind, Sector, Status
from scheduler_app.ui.main_window import MainWindow, meeting_html
from scheduler_app.ui.meeting_model import CODE, DATES, MEETING_ROLE, MeetingTableModel
from tests.helpers import meeting


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


def test_the_meeting_model_passes_qts_model_tester(qtmodeltester, reference_db):
    model = MeetingTableModel()
    model.set_meetings(reference_db.meetings())
    qtmodeltester.check(model)
    model.sort(CODE, Qt.SortOrder.DescendingOrder)
    model.set_filter("council")
    qtmodeltester.check(model)


def test_the_window_shows_the_bundled_calendar(window):
    assert window.model.rowCount() == 40
    assert window.windowTitle().startswith("plan.sqlite")
    assert window.count_label.text() == "40 meetings"
    codes = {window.model.meeting_at(r).code for r in range(40)}
    assert {"PP-26", "WTDC-25", "EG-ITRs-6", "RA-27"} <= codes


def test_searching_filters_every_word(window, qtbot):
    qtbot.keyClicks(window.filter_panel.search, "eg-itrs geneva")
    qtbot.waitUntil(lambda: window.model.rowCount() == 6)
    assert window.count_label.text() == "6 of 40 meetings shown"
    window.filter_panel.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 40)


def test_kind_and_sector_filters(window):
    window.filter_panel.kind_box.setCurrentIndex(
        window.filter_panel.kind_box.findData(MeetingKind.RPM.value)
    )
    assert window.model.rowCount() == 6
    window.filter_panel.kind_box.setCurrentIndex(0)
    window.filter_panel.sector_box.setCurrentIndex(
        window.filter_panel.sector_box.findData(Sector.R.value)
    )
    assert {window.model.meeting_at(r).code for r in range(window.model.rowCount())} == {
        "RA-23",
        "WRC-23",
        "CPM27-1",
        "IRIS-WRC27-1",
        "RA-27",
        "WRC-27",
    }
    window.filter_panel.status_box.setCurrentIndex(
        window.filter_panel.status_box.findData(Status.HELD.value)
    )
    shown = [window.model.meeting_at(r) for r in range(window.model.rowCount())]
    assert {m.code for m in shown} == {
        m.code for m in window.db.meetings() if m.sector is Sector.R and m.status is Status.HELD
    }
    assert shown and len(shown) < 6
    assert window.filter_text() == "Sector ITU-R; status Held"
    # Selecting a meeting the filters hide (from a finding, say) clears them all.
    hidden = next(m for m in window.db.meetings() if m.status is not Status.HELD)
    assert window.select_meetings([hidden.id]) == 1
    assert (
        window.filter_panel.status_box.currentIndex()
        == window.filter_panel.sector_box.currentIndex()
        == 0
    )
    assert window.model.rowCount() == 40


def test_clicking_a_header_sorts(window):
    window.table.sortByColumn(CODE, Qt.SortOrder.AscendingOrder)
    codes = [window.model.meeting_at(r).code for r in range(window.model.rowCount())]
    assert codes == sorted(codes, key=str.casefold)
    window.table.sortByColumn(DATES, Qt.SortOrder.DescendingOrder)
    assert window.model.meeting_at(0).code == "WTDC-29"


def test_selecting_a_meeting_shows_its_details(window):
    assert window.select_meeting(window.db.meeting_by_code("WTDC-25").id)
    text = window.details.toPlainText()
    assert "WTDC-25" in text and "17-28 Nov 2025 (12 days)" in text and "Baku, Azerbaijan" in text
    assert "resolves 5.4" in text


def test_on_start_the_selection_is_on_what_is_coming_up(window):
    window.go_to_date(dt.date(2026, 11, 22))
    assert window.model.meeting_at(window.table.currentIndex().row()).code == "PP-26"


def test_nothing_in_a_title_is_markup():
    html_text = meeting_html(meeting("X&Y", title="<b>Bold</b> & <script>", notes="a<br>b"))
    assert (
        "<b>Bold</b>" not in html_text
        and "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;" in html_text
    )


def test_cancelled_meetings_are_struck_through(reference_db):
    model = MeetingTableModel()
    model.set_meetings([meeting("A", status=Status.CANCELLED)])
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(0, 0).data(MEETING_ROLE).code == "A"


def test_a_bad_csv_import_shows_every_problem_and_changes_nothing(window, tmp_path, message_boxes):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "title,kind,start,end\nX,pp,2030-10-05,2030-10-01\nY,summit,2030-10-05,2030-10-06\n"
    )
    assert not window.import_path(bad, confirm=False)
    [shown] = message_boxes.texts
    # the file named once, then each problem by its line
    assert shown.count(str(bad)) == 1
    assert "Line 2, end:" in shown and "Line 3, kind:" in shown
    assert window.db.count_meetings() == 40 and window.model.rowCount() == 40


def test_a_good_csv_import_shows_the_new_meetings(window, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text(
        "code,title,kind,start,end\nPP-30,Plenipotentiary 2030,pp,2030-10-07,2030-10-25\n"
    )
    assert window.import_path(good, confirm=False)
    assert window.model.rowCount() == 41 and window.db.meeting_by_code("PP-30") is not None


def test_opening_a_corrupt_database_keeps_the_current_one(window, tmp_path, message_boxes):
    bad = tmp_path / "broken.sqlite"
    bad.write_bytes(b"not sqlite" * 100)
    assert not window.open_path(bad)
    assert "broken.sqlite" in message_boxes.texts[0] and window.model.rowCount() == 40


def test_opening_another_database_replaces_the_table(window, tmp_path):
    from scheduler_app.services.planner import open_database

    other = tmp_path / "other.sqlite"
    with open_database(other, with_calendar=False) as db:
        db.save_meetings([meeting("ONLY")])
    assert window.open_path(other)
    assert window.model.rowCount() == 1 and window.windowTitle().startswith("other.sqlite")


def test_gui_screenshot_renders_the_window_to_a_png(tmp_path, reference_db):
    png = tmp_path / "shot.png"
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "scheduler_app",
            "gui",
            "--db",
            str(reference_db.path),
            "--screenshot",
            str(png),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(png))
    assert image.width() >= 1200 and image.height() >= 700
    # Not a blank canvas: the table paints many distinct colours (kind swatches, text, selection).
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20


def test_gui_screenshot_of_a_corrupt_database_fails_cleanly(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 100)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "scheduler_app",
            "gui",
            "--db",
            str(bad),
            "--screenshot",
            str(tmp_path / "x.png"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert (
        done.returncode == 2
        and "bad.sqlite" in done.stderr
        and not Path(tmp_path / "x.png").exists()
    )


def test_export_writes_the_meetings_the_filter_shows(window, tmp_path):
    import icalendar

    window.filter_panel.kind_box.setCurrentIndex(
        window.filter_panel.kind_box.findData(MeetingKind.PP.value)
    )
    message = window.export_to(tmp_path / "pp.ics", name="PPs", deadlines=True)
    assert message.startswith("wrote 3 meetings")
    cal = icalendar.Calendar.from_ical((tmp_path / "pp.ics").read_bytes())
    codes = sorted(
        str(e["X-SCHEDULER-CODE"]) for e in cal.walk("VEVENT") if "X-SCHEDULER-CODE" in e
    )
    assert codes == ["PP-18", "PP-22", "PP-26"] and str(cal["X-WR-CALNAME"]) == "PPs"
    assert window.export_to(tmp_path / "pp.csv") == f"Wrote 3 meetings to {tmp_path / 'pp.csv'}"


def test_the_export_dialog_counts_before_writing(qtbot, tmp_path):
    from scheduler_app.ui.export_dialog import ExportDialog

    dialog = ExportDialog(tmp_path / "x.ics", 40)
    qtbot.addWidget(dialog)
    assert "40 meetings" in dialog.summary.text() and dialog.deadlines.isEnabled()
    csv = ExportDialog(tmp_path / "x.csv", 1)
    qtbot.addWidget(csv)
    assert "1 meeting " in csv.summary.text() and not csv.deadlines.isEnabled()


def test_an_ics_file_imports_from_the_window(window, tmp_path):
    ics = tmp_path / "c27.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:c27@itu\r\n"
        "DTSTART;VALUE=DATE:20270615\r\nDTEND;VALUE=DATE:20270626\r\nSUMMARY:ITU Council 2027\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert window.import_path(ics, confirm=False)
    assert window.model.rowCount() == 41 and window.db.meeting_by_code("C27") is not None


def test_about_shows_the_version_and_the_licences(window):
    from scheduler_app import __version__
    from scheduler_app.ui.about import show_licences

    dialog, view = show_licences(window)
    text = view.toPlainText()
    assert __version__ in text and "PySide6" in text and "GNU LESSER GENERAL PUBLIC LICENSE" in text
    dialog.close()


def test_a_meeting_selected_past_a_text_filter_stays_selected(window, qtbot):
    qtbot.keyClicks(window.filter_panel.search, "wtdc")
    qtbot.waitUntil(lambda: window.model.rowCount() < 40)
    hidden = window.db.meeting_by_code("PP-26")
    assert window.select_meetings([hidden.id]) == 1
    qtbot.wait(300)  # longer than the typing pause: nothing refilters behind the planner's back
    assert [m.code for m in window.selected_meetings()] == ["PP-26"]
    assert window.filter_panel.search.text() == "" and window.model.rowCount() == 40


def test_the_first_check_runs_after_the_window_shows_and_the_findings_say_so(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    assert w.session.checked is None  # nothing checked before the window is on screen
    with qtbot.waitSignal(w.session.checking_changed) as started:
        w.show()
    assert started.args == [True] and w.findings_label.text() == "Checking…"
    assert "Checking the calendar" in w.findings.details.toPlainText()
    assert w.model.rowCount() == 40  # the table is there while the rules run
    qtbot.waitUntil(lambda: not w.session.checking, timeout=20_000)
    assert "errors" in w.findings_label.text() and w.findings.model.rowCount() > 0


def test_a_filter_change_keeps_a_visible_selection_and_selects_nothing_otherwise(window):
    pp26 = window.db.meeting_by_code("PP-26")
    window.select_meeting(pp26.id)
    box = window.filter_panel.kind_box
    box.setCurrentIndex(box.findData(MeetingKind.PP.value))
    assert [m.code for m in window.selected_meetings()] == ["PP-26"]
    box.setCurrentIndex(box.findData(MeetingKind.RPM.value))
    assert window.selected_meetings() == [] and window.session.selected_ids == ()
    assert "No meeting selected" in window.details.toPlainText()


def test_the_rows_context_menu_acts_on_the_whole_selection(window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from scheduler_app.ui.bulk_edit_dialog import MoveDaysDialog

    codes = ["C26", "PP-26"]
    before = {c: window.db.meeting_by_code(c).start for c in codes}
    assert window.select_meetings([window.db.meeting_by_code(c).id for c in codes]) == 2
    assert set(window.session.selected_ids) == {window.db.meeting_by_code(c).id for c in codes}
    menu = window.edits.context_menu(window.table)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:5] == [
        "&Edit Meeting…",
        "D&uplicate",
        "C&hange Status, Kind, Venue or Mode…",
        "&Move by…",
        "&Delete…",
    ]
    assert {"Export the Se&lection…", "Print the &Selection…"} <= set(texts)

    def accept_ten(dialog: MoveDaysDialog) -> int:
        dialog.days_box.setValue(10)
        dialog.later.setChecked(True)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(MoveDaysDialog, "exec", accept_ten)
    [move_by] = [a for a in menu.actions() if a.text() == "&Move by…"]
    move_by.trigger()
    for code in codes:
        assert (window.db.meeting_by_code(code).start - before[code]).days == 10
    assert window.undo_stack.count() == 1  # one step for both
    window.undo_stack.undo()
    assert {c: window.db.meeting_by_code(c).start for c in codes} == before


def test_return_in_the_find_box_does_not_open_the_meeting_dialog(window, qtbot, monkeypatch):
    from scheduler_app.ui.meeting_dialog import MeetingDialog

    opened = []
    monkeypatch.setattr(MeetingDialog, "exec", lambda d: opened.append(d) or 0)
    window.activateWindow()
    window.filter_panel.search.setFocus()
    qtbot.keyClick(window.filter_panel.search, Qt.Key.Key_Return)
    assert opened == []
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert len(opened) == 1


def test_return_in_find_filters_at_once_and_jumps_to_the_first_match(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.select_meetings([])
    search = window.filter_panel.search
    search.setFocus()
    qtbot.keyClicks(search, "EG-ITRs")
    qtbot.keyClick(search, Qt.Key.Key_Return)  # before the typing pause runs out
    shown = window.shown_meetings()
    assert shown and all("EG-ITRs" in m.code for m in shown)
    assert window.session.selected_ids == (shown[0].id,)
    assert window.table.hasFocus()


def test_the_window_reports_its_first_paint_for_the_benchmark(reference_db):
    import os

    reference_db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SCHEDULER_REPORT_FIRST_PAINT": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "scheduler_app", "gui", "--db", str(reference_db.path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = {
        " ".join(line.split()[:2]): float(line.split()[2]) for line in done.stdout.splitlines()
    }
    # the command paints first, then reads the meetings, then checks them
    assert 0 < lines["first paint"] <= lines["meetings shown"] <= lines["check done"]


def test_a_window_told_to_read_when_shown_paints_before_it_reads(qtbot, reference_db):
    """The ``gui`` command's window: nothing is read before its first paint, so a calendar of
    any size shows the window at once; the meetings and then the rules follow (issue 12)."""
    window = MainWindow(reference_db, read_when_shown=True)
    qtbot.addWidget(window)
    assert window.table.model().rowCount() == 0
    assert not window.session.checking
    window.show()
    qtbot.waitUntil(lambda: window.table.model().rowCount() == len(reference_db.meetings()))
    qtbot.waitUntil(lambda: window.session.checked is not None, timeout=20000)
    assert window.statusBar().currentMessage() == ""


@pytest.mark.parametrize("view", ["week", "day", "timeline"])
def test_gui_screenshot_takes_a_size_and_any_view(tmp_path, reference_db, view):
    png = tmp_path / f"{view}.png"
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "scheduler_app", "gui", "--db", str(reference_db.path),
         "--screenshot", str(png), "--size", "1366x768", "--view", view],
        capture_output=True, text=True, env=env, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)


@pytest.mark.parametrize("size", ["1366", "13x7", "100x100", "99999x768", "wide"])
def test_gui_refuses_a_size_a_screen_cannot_show(size, capsys):
    from scheduler_app.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["gui", "--screenshot", "x.png", "--size", size])
    assert exit_.value.code == 2
    assert "--size" in capsys.readouterr().err
