"""Suggest Dates… in the window (issue 13, part 5): the candidates ``suggest`` finds, previewed
on the calendar, applied as one undo step; and the meeting dialog's button, which only fills
the dates."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from scheduler_app.services.suggest_text import candidate_line, ranking_note
from scheduler_app.services.suggesting import parse_within, suggest
from scheduler_app.ui.main_window import MainWindow
from scheduler_app.ui.suggest_dialog import TOP, SuggestDialog


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


def _select(window, code):
    m = window.db.meeting_by_code(code)
    assert window.select_meeting(m.id)
    return m


def test_the_dialog_lists_what_suggest_finds_previews_it_and_applies_it_as_one_undo_step(
    window, qtbot
):
    pp = _select(window, "PP-26")
    window.current_date = dt.date(2026, 11, 9)
    window.show_view("year")
    undo_steps = window.undo_stack.count()
    dialog = window.edits.suggest_dates()
    assert isinstance(dialog, SuggestDialog) and dialog.windowTitle() == "Suggest Dates for PP-26"
    expected = suggest(window.checker, pp, top=TOP).candidates
    assert [c.start for c in dialog.suggestions.candidates] == [c.start for c in expected]
    shown = [dialog.candidates.item(i).text() for i in range(dialog.candidates.count())]
    assert shown == [candidate_line(c) for c in expected]
    assert "no finding" in shown[0]
    assert dialog.explain.isHidden()
    result = dialog.suggestions
    assert dialog.ranking.text() == ranking_note(result)
    assert dialog.ranking.text().startswith(f"Ranked from all {result.considered} starts: ")
    # moving through the list shades each candidate on the calendar view
    dialog.candidates.setCurrentRow(1)
    second = expected[1]
    assert window.year_view._preview == (second.start, second.end)
    assert dialog.findings.topLevelItem(0).text(2) == "No finding"
    dialog.apply_button.click()
    moved = window.db.meeting_by_code("PP-26")
    assert (moved.start, moved.end) == (second.start, second.end)
    assert window.undo_stack.count() == undo_steps + 1
    assert window.year_view._preview is None  # the shading goes with the dialog
    window.undo_stack.undo()
    back = window.db.meeting_by_code("PP-26")
    assert (back.start, back.end) == (pp.start, pp.end)


def test_no_date_free_of_warnings_is_explained_in_the_planners_words(window):
    _select(window, "PP-26")
    dialog = window.edits.suggest_dates()
    dialog.within.setText("2026-Q4")
    dialog.days.setValue(26)
    dialog.suggest_button.click()
    result = dialog.suggestions
    within = parse_within("2026-Q4")
    expected = suggest(window.checker, result.meeting, within=within, days=26, top=TOP)
    assert [c.start for c in result.candidates] == [c.start for c in expected.candidates]
    assert not result.has_clean and dialog.explain.isVisible()
    text = dialog.explain.toPlainText()
    assert text.startswith(
        "No 26-day dates within 1 Oct-31 Dec 2026 are free of warnings for PP-26"
    )
    assert "Diwali (India) closes" in text and "Christmas closes" in text
    assert "The longest free stretch is" in text and "PP-26 needs 26." in text
    assert "1 warning" in dialog.candidates.item(0).text()
    assert dialog.findings.topLevelItem(0).text(0) == "warning"


def test_a_period_that_cannot_be_read_is_named_and_nothing_is_offered(window):
    _select(window, "PP-26")
    dialog = window.edits.suggest_dates()
    dialog.within.setText("next spring")
    dialog.suggest_button.click()
    assert "'next spring' is not a period" in dialog.problem.text()
    assert dialog.candidates.count() == 0 and not dialog.apply_button.isEnabled()


def test_suggest_dates_is_offered_for_one_selected_meeting(window):
    one = _select(window, "PP-26")
    assert window.edits.suggest_action.isEnabled()
    other = window.db.meeting_by_code("C26")
    window.select_meetings([one.id, other.id])
    assert not window.edits.suggest_action.isEnabled()
    assert window.edits.suggest_dates() is None
    menu = window.edits.context_menu(window)
    assert window.edits.suggest_action in menu.actions()


def test_the_meeting_dialogs_button_sets_the_dates_as_entered_without_an_edit(window, qtbot):
    pp = window.db.meeting_by_code("PP-26")
    undo_steps = window.undo_stack.count()
    dialog = window.open_meeting_dialog(pp)
    assert dialog.suggest_button.isVisibleTo(dialog)
    dialog.end.setDate(dialog.start.date().addDays(4))  # as entered: five days, not nineteen
    dialog.suggest_button.click()
    [suggesting] = dialog.findChildren(SuggestDialog)
    assert suggesting.apply_button.text() == "&Use These Dates"
    assert {(c.end - c.start).days + 1 for c in suggesting.suggestions.candidates} == {5}
    suggesting.candidates.setCurrentRow(2)
    chosen = suggesting.current
    suggesting.apply_button.click()
    assert dialog.meeting().start == chosen.start and dialog.meeting().end == chosen.end
    # nothing was written, and the checker's calendar holds the stored meeting again
    assert window.db.meeting_by_code("PP-26") == pp
    assert window.undo_stack.count() == undo_steps
    assert window.checker.calendar.by_id[pp.id] == pp
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_apply_refuses_to_overwrite_a_change_made_by_another_writer_and_asking_again_keeps_it(
    window, db_path, monkeypatch
):
    """Issue 13 (review): Apply re-read the meeting at Apply time, so the check always passed
    and the dialog wrote back the title and notes as they were when it opened."""
    from scheduler_app.services import editing
    from scheduler_app.storage import PlanningDatabase
    from scheduler_app.ui import main_window

    warned = []
    monkeypatch.setattr(main_window, "warn", lambda _parent, title, text: warned.append(text))
    pp = _select(window, "PP-26")
    dialog = window.edits.suggest_dates()
    other = PlanningDatabase.open(db_path, create=False)
    try:
        cur = other.meeting(pp.id)
        editing.update(other, cur, cur.replace(title="Changed by another planner"))
    finally:
        other.close()
    undo_steps = window.undo_stack.count()
    dialog.apply_button.click()
    expected = "PP-26 was changed by someone else since you asked for suggestions: ask again"
    assert dialog.problem.text() == expected and warned == [expected]
    assert dialog.isVisible() and window.undo_stack.count() == undo_steps
    assert window.db.meeting(pp.id).title == "Changed by another planner"
    # asking again starts from the meeting as it is now, and Apply keeps the other change
    dialog.suggest_button.click()
    chosen = dialog.current
    dialog.apply_button.click()
    moved = window.db.meeting(pp.id)
    assert moved.title == "Changed by another planner" and moved.start == chosen.start


def test_a_finding_that_quotes_markup_is_shown_as_written_in_its_tooltip(window):
    pp = _select(window, "PP-26")
    from scheduler_app.services import editing

    window.edit(lambda: editing.update(window.db, pp, pp.replace(code="<b>PP</b>")))
    _select(window, "<b>PP</b>")
    dialog = window.edits.suggest_dates()
    dialog.within.setText("2027")
    dialog.run()
    rows = []  # (text, tooltip) of every finding of every candidate
    for i in range(dialog.candidates.count()):
        dialog.candidates.setCurrentRow(i)
        items = [
            dialog.findings.topLevelItem(j) for j in range(dialog.findings.topLevelItemCount())
        ]
        rows += [(item.text(2), item.toolTip(2)) for item in items]
    quoting = [tip for text, tip in rows if "<b>PP</b>" in text]
    assert quoting and all("<b>" not in t and "&lt;b&gt;PP&lt;/b&gt;" in t for t in quoting)
