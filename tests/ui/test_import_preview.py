"""The import preview lists each change and answers Import or Cancel; the error list names the
file once and each problem once."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from scheduler_app.interop.csvfile import CsvFormatError, CsvProblem
from scheduler_app.services.importing import ImportReport, import_csv
from scheduler_app.ui.import_preview import (
    FILTER_FROM,
    ImportErrorsDialog,
    ImportPreviewDialog,
    confirm_import,
    problem_line,
    show_import_errors,
)
from scheduler_app.ui.plain import plain_tooltip
from tests.helpers import meeting
from tests.ui.accessibility import unnamed

pytestmark = pytest.mark.real_import_dialogs

HEADER = "code,title,kind,start,end,city,country"


@pytest.fixture
def report(empty_db, tmp_path):
    """A planned import that adds WTDC-30 (with a hostile title) and moves PP-30."""
    path = tmp_path / "plan.csv"
    path.write_text(f"{HEADER}\nPP-30,PP,pp,2030-10-07,2030-10-25,Doha,QA\n", encoding="utf-8")
    import_csv(empty_db, path)
    path.write_text(
        f"{HEADER}\nPP-30,PP,pp,2030-10-14,2030-11-01,Lusail,QA\n"
        "WTDC-30,<b>x</b>,wtdc,2030-11-04,2030-11-15,,\n",
        encoding="utf-8",
    )
    planned = import_csv(empty_db, path, dry_run=True)
    planned.skipped.append(f"{path}:7: skipped 1 VTODO (not a meeting; line 7)")
    return planned, path


def texts(item):
    return [item.text(c) for c in range(4)]


def test_the_sections_list_each_meeting_and_each_field_change(qtbot, report):
    planned, path = report
    dialog = ImportPreviewDialog(planned, path)
    qtbot.addWidget(dialog)
    assert dialog.section_title("add") == "To add (1)"
    assert dialog.section_title("update") == "To update (1)"
    assert dialog.section_title("skip") == "Skipped (1)"
    [added] = [dialog.sections["add"].child(0)]
    assert texts(added) == ["WTDC-30", "<b>x</b>", "", "4-15 Nov 2030"]
    update = dialog.sections["update"].child(0)
    assert texts(update) == ["PP-30", "PP", "", "Dates, City"]
    assert update.isExpanded()
    assert [texts(update.child(i)) for i in range(update.childCount())] == [
        ["", "Dates", "7-25 Oct 2030", "14 Oct-1 Nov 2030"],
        ["", "City", "Doha", "Lusail"],
    ]
    skip = dialog.sections["skip"].child(0)
    assert skip.text(0) == "Line 7: skipped 1 VTODO (not a meeting; line 7)"
    assert str(path) not in skip.text(0)
    assert dialog.heading.text() == "What importing plan.csv would change"
    assert dialog.summary.text() == "1 to add, 1 to update, 0 unchanged, 1 skipped."


def test_a_hostile_title_is_shown_as_text(qtbot, report):
    dialog = ImportPreviewDialog(*report)
    qtbot.addWidget(dialog)
    added = dialog.sections["add"].child(0)
    assert added.text(1) == "<b>x</b>"
    assert added.toolTip(1) == plain_tooltip("<b>x</b>")
    assert "&lt;b&gt;" in added.toolTip(1)
    for label in (dialog.heading, dialog.where, dialog.summary, dialog.nothing):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_import_returns_true_and_cancel_false(qtbot, report):
    planned, path = report

    def press(which):
        def click():
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, ImportPreviewDialog)
            getattr(dialog, which).click()

        QTimer.singleShot(0, click)

    press("import_button")
    assert confirm_import(None, planned, path) is True
    press("cancel_button")
    assert confirm_import(None, planned, path) is False


def test_an_import_that_changes_nothing_cannot_be_pressed(qtbot, tmp_path):
    dialog = ImportPreviewDialog(ImportReport("same.csv", unchanged=[meeting("PP-30")]), "same.csv")
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.cancel_button.isDefault()
    assert not dialog.nothing.isHidden()


def test_a_long_preview_has_a_filter_that_keeps_matching_rows_and_counts_them(qtbot):
    added = [meeting(f"SG{i}-2030", f"2030-03-{i + 1:02d}") for i in range(FILTER_FROM)]
    dialog = ImportPreviewDialog(ImportReport("many.csv", added=added), "many.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.filter.isVisible()
    qtbot.keyClicks(dialog.filter, "sg1")  # SG1, SG10..SG19
    section = dialog.sections["add"]
    shown = [
        section.child(i).text(0)
        for i in range(section.childCount())
        if not section.child(i).isHidden()
    ]
    assert shown == ["SG1-2030", *[f"SG{i}-2030" for i in range(10, 20)]]
    assert dialog.section_title("add") == f"To add (11 of {FILTER_FROM})"
    dialog.filter.clear()
    assert dialog.section_title("add") == f"To add ({FILTER_FROM})"


def test_a_short_preview_has_no_filter_and_every_control_is_named(qtbot, report):
    dialog = ImportPreviewDialog(*report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.filter.isVisible()
    assert unnamed(dialog) == []
    assert dialog.width() <= 1366 and dialog.height() <= 768


def test_the_filter_finds_an_update_by_a_field_it_changes(qtbot):
    before = meeting("PP-30", "2030-10-07", city="Doha")
    after = before.replace(city="Lusail", sequence=1)
    added = [meeting(f"X{i}", "2030-01-01") for i in range(FILTER_FROM)]
    planned = ImportReport("f.csv", added=added, updated=[after], based_on={before.id: before})
    dialog = ImportPreviewDialog(planned, "f.csv")
    qtbot.addWidget(dialog)
    dialog.filter.setText("lusail")
    assert not dialog.sections["update"].child(0).isHidden()
    assert dialog.section_title("add") == f"To add (0 of {FILTER_FROM})"


# --- the error list ------------------------------------------------------------------------------


def test_the_error_dialog_lists_each_line_once_and_the_path_only_in_the_heading(
    qtbot, empty_db, tmp_path
):
    path = tmp_path / "bad.csv"
    path.write_text(
        "code,title,kind,start,end\nX,,pp,2030-10-07,2030-10-25\n"
        "WTDC-30,WTDC,wtdc,2030-11-15,2030-11-04\n",
        encoding="utf-8",
    )
    with pytest.raises(CsvFormatError) as info:
        import_csv(empty_db, path, dry_run=True)
    dialog = ImportErrorsDialog(path, info.value.problems)
    qtbot.addWidget(dialog)
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert lines == [
        "Line 2, title: is empty",
        "Line 3, end: the meeting ends 2030-11-04 before it starts 2030-11-15",
    ]
    assert dialog.heading.text().startswith("bad.csv was not imported: 2 problems to correct.")
    assert dialog.where.text() == str(path)
    assert dialog.windowTitle() == "Nothing was imported"
    dialog.show()
    assert unnamed(dialog) == []


def test_copy_puts_the_file_once_and_every_problem_on_the_clipboard(qtbot, tmp_path):
    path = tmp_path / "x.ics"
    problems = [
        CsvProblem(str(path), 4, "DTEND", "the event ends before it starts"),
        f"{path}:9: UID e2: the event has no start",
    ]
    dialog = ImportErrorsDialog(path, problems)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied.count(str(path)) == 1
    assert "Line 4, DTEND: the event ends before it starts" in copied
    assert "Line 9: UID e2: the event has no start" in copied


def test_problem_lines_without_a_line_or_from_another_file_say_so():
    assert problem_line(CsvProblem("a.csv", 0, "", "cannot read: No such file"), "a.csv") == (
        "cannot read: No such file"
    )
    assert problem_line(CsvProblem("b.csv", 3, "code", "is used twice"), "a.csv") == (
        "b.csv, line 3, code: is used twice"
    )
    assert problem_line("a.csv: cannot read", "a.csv") == "cannot read"
    assert problem_line("something else", "a.csv") == "something else"


def test_a_hostile_problem_is_shown_as_text(qtbot):
    dialog = ImportErrorsDialog(
        "<b>f</b>.csv", [CsvProblem("<b>f</b>.csv", 2, "title", "<i>x</i>")]
    )
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).text() == "Line 2, title: <i>x</i>"
    assert dialog.heading.textFormat() == Qt.TextFormat.PlainText
    assert dialog.where.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;i&gt;" in dialog.list.item(0).toolTip()


def test_show_import_errors_is_modal_and_closes(qtbot, tmp_path):
    def close():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportErrorsDialog) and dialog.list.count() == 1
        dialog.reject()

    QTimer.singleShot(0, close)
    show_import_errors(None, tmp_path / "a.csv", ["a problem"])


def test_many_updates_start_collapsed_and_show_their_fields_when_opened(qtbot):
    befores = [meeting(f"SG{i}-2030", f"2030-03-{i + 1:02d}", city="Doha") for i in range(13)]
    afters = [m.replace(city=f"City {i}", sequence=1) for i, m in enumerate(befores)]
    planned = ImportReport("u.csv", updated=afters, based_on={m.id: m for m in befores})
    dialog = ImportPreviewDialog(planned, "u.csv")
    qtbot.addWidget(dialog)
    section = dialog.sections["update"]
    last = section.child(12)
    assert not last.isExpanded() and last.text(3) == "City"
    assert dialog.row_count() == 26  # 13 meetings and one field each, whether shown or not
    dialog.filter.setText("city 12")  # found in a field row not made yet
    assert [section.child(i).isHidden() for i in range(13)] == [True] * 12 + [False]
    last.setExpanded(True)
    assert texts(last.child(0)) == ["", "City", "Doha", "City 12"]
    assert last.childCount() == 1
    last.setExpanded(False)
    last.setExpanded(True)
    assert last.childCount() == 1  # made once
