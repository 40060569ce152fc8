"""Planning > Plan from Template… (issue 13, part 5): the template placed among the open
calendar on a worker thread with a progress dialog, written to a new database that opens in a
second window beside this one, with the changes; and the print dialog without the diff."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from scheduler_app.printing.job import TITLES, Layout
from scheduler_app.screen.periods import local_today
from scheduler_app.services.diff import diff_files
from scheduler_app.services.planner import open_database
from scheduler_app.ui.main_window import MainWindow
from scheduler_app.ui.plan_dialog import PlanDialog, open_plan_dialog
from scheduler_app.ui.print_dialog import PrintOptionsDialog
from tests.services.test_planning import SMALL

PLAN_SECONDS = 120_000  # ms to wait for the worker: the small template takes about a second


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


@pytest.fixture
def template(tmp_path: Path) -> Path:
    path = tmp_path / "template.csv"
    path.write_text(SMALL)
    return path


def _dialog(window, template: Path, output: Path) -> PlanDialog:
    dialog = open_plan_dialog(window.session, window)
    dialog.template.setText(str(template))
    dialog.output.setText(str(output))
    dialog.time_limit.setValue(10)
    return dialog


def test_plan_from_template_is_in_the_planning_menu(window):
    texts = [a.text() for a in window.menus.planning.actions()]
    assert "&Plan from Template…" in texts


def test_a_plan_is_written_opened_beside_and_its_changes_shown(window, qtbot, template, tmp_path):
    out = tmp_path / "placed.sqlite"
    dialog = _dialog(window, template, out)
    said: list[str] = []
    dialog.progressed.connect(said.append)
    with qtbot.waitSignal(dialog.planned, timeout=PLAN_SECONDS) as blocker:
        dialog.plan_button.click()
        assert dialog.progress is not None and dialog.progress.isVisible()
    outcome = blocker.args[0]
    assert outcome.written == out and outcome.result.solved
    assert any(text.startswith("solving") for text in said)
    assert dialog.progress is None  # closed when the plan arrived
    # the new database: the open calendar and the template's meetings, placed
    with open_database(out, create=False) as db:
        assert db.count_meetings() == window.db.count_meetings() + 4
        assert str(db.meeting_by_code("RG1").start) == "2027-06-09"
    other = dialog.opened
    assert other is not None and other is not window and other.isVisible()
    qtbot.addWidget(other)
    assert other.db.path == out and other.db.meeting_by_code("SG2-A") is not None
    assert window.isVisible()  # the current one stays open
    # the changes, as scheduler-app diff says them
    changes = dialog.changes_dialog
    assert changes is not None and changes.isVisible()
    expected = diff_files(window.db.path, out)
    expected.a, expected.b = window.db.path.name, out.name
    assert changes.text.toPlainText() == expected.as_text()
    assert "Added (4):" in changes.text.toPlainText()
    assert changes.windowTitle() == f"Changes from {window.db.path.name} to placed.sqlite"
    pdf = tmp_path / "changes.pdf"
    assert changes.save_pdf(pdf) and pdf.read_bytes().startswith(b"%PDF")


def test_cancel_stops_waiting_and_nothing_is_written(window, qtbot, template, tmp_path):
    out = tmp_path / "placed.sqlite"
    dialog = _dialog(window, template, out)
    planned: list[object] = []
    dialog.planned.connect(planned.append)
    with qtbot.waitSignal(dialog.arrived, timeout=PLAN_SECONDS):
        dialog.plan_button.click()
        dialog.progress.findChild(QPushButton).click()  # the progress dialog's Cancel
        assert "Stopped waiting: nothing is written" in dialog.problem.text()
    assert not out.exists() and planned == [] and dialog.opened is None


def test_an_impossible_template_says_which_constraints_conflict(window, qtbot, template, tmp_path):
    template.write_text(SMALL.replace("L,2,2027-06-07..2027-06-09", "L,3,2027-06-07..2027-06-11"))
    out = tmp_path / "placed.sqlite"
    dialog = _dialog(window, template, out)
    with qtbot.waitSignal(dialog.planned, timeout=PLAN_SECONDS):
        dialog.plan_button.click()
    assert dialog.problem.text().startswith("The template cannot be satisfied")
    assert "•" in dialog.problem.text()
    assert not out.exists() and dialog.opened is None


def test_inputs_the_plan_cannot_use_are_named_before_any_work(window, template, tmp_path):
    dialog = _dialog(window, tmp_path / "missing.csv", tmp_path / "placed.sqlite")
    dialog.plan_button.click()
    assert "no such template" in dialog.problem.text() and dialog.progress is None
    dialog.template.setText(str(template))
    dialog.output.setText(str(tmp_path / "plan.csv"))
    dialog.plan_button.click()
    assert ".sqlite" in dialog.problem.text() and dialog.progress is None
    dialog.output.setText(str(window.db.path))
    dialog.plan_button.click()
    assert "must not replace the open calendar" in dialog.problem.text()


def test_the_print_dialog_does_not_offer_the_diff_which_needs_a_second_calendar(qtbot):
    dialog = PrintOptionsDialog(local_today(), "Print")
    qtbot.addWidget(dialog)
    offered = [dialog.layout_box.itemData(i) for i in range(dialog.layout_box.count())]
    assert Layout.DIFF.value not in offered
    assert len(offered) == len(TITLES) - 1


def test_a_failure_nobody_expected_is_reported_in_one_line_and_plan_is_offered_again(
    window, qtbot, template, tmp_path, monkeypatch
):
    """Issue 13 (review): an exception the worker did not catch left the progress dialog up."""
    import scheduler_app.ui.plan_dialog as plan_dialog

    def boom(*_args: object) -> None:
        raise KeyError("boom\nsecond line")

    monkeypatch.setattr(plan_dialog, "diff_files", boom)
    dialog = _dialog(window, template, tmp_path / "placed.sqlite")
    with qtbot.waitSignal(dialog.planned, timeout=PLAN_SECONDS):
        dialog.plan_button.click()
    assert dialog.problem.text() == "The plan could not be made: KeyError: 'boom\\nsecond line'"
    assert dialog.progress is None and dialog.plan_button.isEnabled()


def test_a_cancel_that_comes_as_the_plan_is_about_to_be_written_writes_nothing(
    window, template, tmp_path
):
    import threading

    from scheduler_app.services.planning import read_template
    from scheduler_app.ui.plan_dialog import WRITING, run_plan

    wanted = threading.Event()
    wanted.set()

    def say(text: str) -> None:
        if text == WRITING:
            wanted.clear()  # the planner presses Cancel as the worker says it writes

    out = tmp_path / "placed.sqlite"
    outcome = run_plan(
        window.db.path, False, read_template(template), template, out, 10, say, wanted
    )
    assert outcome.written is None and not out.exists()


def test_the_changes_print_after_the_window_they_came_from_has_closed(
    window, qtbot, template, tmp_path
):
    """Issue 13 (review): the changes dialog printed through the first window's connection,
    which closes with that window (sqlite3.ProgrammingError on Save PDF)."""
    dialog = _dialog(window, template, tmp_path / "placed.sqlite")
    with qtbot.waitSignal(dialog.planned, timeout=PLAN_SECONDS):
        dialog.plan_button.click()
    qtbot.addWidget(dialog.opened)
    window.close()
    pdf = tmp_path / "changes.pdf"
    assert dialog.changes_dialog.save_pdf(pdf) and pdf.read_bytes().startswith(b"%PDF")


def test_a_row_to_place_with_a_stored_code_is_refused_before_any_work(window, tmp_path):
    template = tmp_path / "t.csv"
    template.write_text("code,title,kind,days,within\nPP-26,Thing,study-group,5,2027\n")
    dialog = _dialog(window, template, tmp_path / "placed.sqlite")
    dialog.plan_button.click()
    assert dialog.progress is None
    assert dialog.problem.text().splitlines()[1] == (
        "Line 2: PP-26 is already on the calendar (9-27 Nov 2026); give the row a new code, "
        "or give it dates to keep it fixed"
    )
