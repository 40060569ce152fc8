"""Markup in a title, a code, a note, a venue, a body or a file name is shown as the words it is,
on every surface of the window (issue 16, defect 1: a title ``<img src="/dev/zero">`` froze the
window, ``<img src="file:///etc/passwd">`` made Qt read that file)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QToolTip

from scheduler_app.domain import Meeting
from scheduler_app.domain.bodies import Body, Room, Venue
from scheduler_app.services import editing
from scheduler_app.services.planner import open_database
from scheduler_app.ui.export_dialog import ExportDialog
from scheduler_app.ui.file_actions import remember_recent
from scheduler_app.ui.findings_panel import FINDING_ROLE
from scheduler_app.ui.main_window import MainWindow
from scheduler_app.ui.meeting_model import COLUMNS
from scheduler_app.ui.plain import plain_tooltip
from tests.helpers import meeting

IMG = '<img src="/dev/zero">'
BOLD = "<b>bold</b>"
LINK = '<a href="file:///etc/passwd">x</a>'
ENTITY = "&lt;"
TITLE = f"{IMG} {BOLD} {LINK} {ENTITY}"
CODE = f"PP-{IMG}"
VENUE = IMG
ROOM = BOLD
BODY = "<b>Council</b>"
FILE_IMG = '<img src="zero">'  # a file name cannot hold a slash; Qt would read ./zero
DB_NAME = f"{FILE_IMG}{ENTITY}.sqlite"  # "&l" would be a menu's shortcut letter


class _Inert(QTextDocument):
    """A document that never reads a file: it records what the markup asked for instead."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def loadResource(self, kind: int, name: QUrl) -> object:
        self.asked.append(name.toString())
        return None


def _no_markup_in(doc: QTextDocument) -> None:
    """No image, and no link but to the web, in a document Qt built."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            assert not fmt.isImageFormat(), f"an image was made of {it.fragment().text()!r}"
            if fmt.isAnchor():
                assert fmt.anchorHref().startswith("https://"), fmt.anchorHref()
            it += 1
        block = block.next()


def seen(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What the planner reads on a surface showing ``text`` in ``text_format``: the words
    themselves for plain text, the rendered text (checked for images and links) for rich text."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    doc = _Inert()
    doc.setHtml(text)
    _no_markup_in(doc)
    assert doc.asked == []
    return doc.toPlainText()


def _hostile(code: str = CODE, **kw: object) -> Meeting:
    fields: dict[str, object] = {
        "title": TITLE,
        "notes": f"{IMG}\n{ENTITY}",
        "venue": VENUE,
        "room": ROOM,
        "body": BODY,
        "city": ENTITY,
        "source": f"https://example.org/{LINK}",
    }
    fields.update(kw)
    # 30 days (a PP lasts at most 21) and over Yom Kippur: two findings quote the code
    return meeting(code, "2030-10-01", "2030-10-30", kind="pp", **fields)


@pytest.fixture
def window(qtbot, tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    db = open_database(tmp_path / DB_NAME, with_calendar=False)
    db.save_bodies([Body(BODY)])
    db.save_venues([Venue(VENUE, city=ENTITY, country="CH")])
    db.save_rooms([Room(VENUE, ROOM)])
    db.save_meetings([_hostile(), meeting("SG1-2030-1", "2030-03-02", title=LINK)])
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    w.check_now()
    return w


def _the_hostile_meeting(window: MainWindow) -> Meeting:
    found = window.db.meeting_by_code(CODE)
    assert found is not None
    return found


def test_plain_tooltip_shows_markup_and_entities_as_written():
    tip = plain_tooltip(f"{TITLE}\n  second line")
    assert seen(tip) == f"{TITLE}\n  second line"
    assert plain_tooltip("") == ""


def test_every_table_cells_tooltip_shows_the_title_literally(window):
    model = window.model
    row = model.row_of(_the_hostile_meeting(window).id)
    assert row is not None
    for column in range(len(COLUMNS)):
        tip = seen(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole))
        assert CODE in tip and TITLE in tip and f"{LINK}" in tip


def test_the_details_pane_shows_every_field_literally(window):
    window.select_meeting(_the_hostile_meeting(window).id)
    doc = window.details.document()
    _no_markup_in(doc)
    shown = doc.toPlainText()
    for text in (CODE, TITLE, IMG, ENTITY, ROOM, BODY, LINK):
        assert text in shown, text


def test_a_calendar_bars_tooltip_shows_the_title_literally(window, monkeypatch):
    tips: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_a: tips.append(text))
    hostile = _the_hostile_meeting(window)
    for view in ("year", "timeline", "month", "week", "day"):
        window.calendar.go_to(dt.date(2030, 10, 1))
        window.show_view(view)
        canvas = window.calendar.current_canvas()
        assert canvas is not None and canvas.ensure_visible(hostile.id), view
        bar, seen_from = canvas.scene.bar(hostile.id), canvas.visible_rect()
        dy = 0 if bar.rect.bottom <= canvas.scene.pinned_top else seen_from.y  # the week's band
        point = QPoint(round(bar.rect.x + 2 - seen_from.x), round(bar.rect.y + 2 - dy))
        port = canvas.viewport()
        canvas.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, point, port.mapToGlobal(point)))
        assert tips, view
        shown = seen(tips.pop())
        assert f"{CODE}: {TITLE}" in shown and VENUE in shown, view


def test_the_findings_tooltips_and_details_show_the_code_literally(window):
    panel = window.findings
    model = panel.model
    checked = 0
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            finding = index.data(FINDING_ROLE)
            if CODE not in finding.meeting_codes:
                continue
            assert f"{CODE} (1-30 Oct 2030)" in seen(index.data(Qt.ItemDataRole.ToolTipRole))
            assert panel.select(finding.key)
            _no_markup_in(panel.details.document())
            assert CODE in panel.details.toPlainText()
            checked += 1
    assert checked >= 2  # the PP's length and Yom Kippur


def test_every_message_box_shows_user_text_as_plain_text(window, message_boxes, tmp_path):
    hostile = _the_hostile_meeting(window)

    # the delete confirmation names the meeting
    window.select_meeting(hostile.id)
    message_boxes.answer = QMessageBox.StandardButton.No
    window.edits.delete()
    assert window.db.meeting_by_code(CODE) is not None

    # an edit refused: the meeting changed elsewhere since the window read it
    window.db.save_meetings([hostile.replace(notes="changed elsewhere", sequence=9)])
    assert window.edit(lambda: editing.move(window.db, hostile, 1)) is None

    # an import refused, for a kind cell that is markup, from a file whose name is
    bad = tmp_path / f"{FILE_IMG}-bad.csv"
    bad.write_text(f"code,title,kind,start,end\nX,{BOLD},{IMG},2030-10-05,2030-10-06\n")
    assert not window.import_path(bad, confirm=False)

    # the import question names the file's meetings' problems (a good file this time)
    good = tmp_path / f"{FILE_IMG}.csv"
    good.write_text(f'code,title,kind,start,end\nY,"{LINK}",pp,2031-10-05,2031-10-06\n')
    message_boxes.answer = QMessageBox.StandardButton.No
    assert not window.import_path(good, confirm=True)

    # a database that cannot be opened, named by its path
    broken = tmp_path / f"{FILE_IMG}.sqlite"
    broken.write_bytes(b"not sqlite" * 100)
    assert not window.open_path(broken)

    shown = message_boxes.shown
    assert len(shown) == 5, [s.text for s in shown]
    for box in shown:
        assert box.text_format == Qt.TextFormat.PlainText, box.text
    delete, refused, import_refused, _question, cannot_open = (s.text for s in shown)
    assert hostile.label in seen(delete, shown[0].text_format)
    assert CODE in refused and "changed or deleted elsewhere" in refused
    assert f"{FILE_IMG}-bad.csv" in import_refused and IMG in import_refused
    assert FILE_IMG in cannot_open


def test_the_waiver_question_quotes_the_finding_as_plain_text(window, monkeypatch):
    labels: list[tuple[str, Qt.TextFormat]] = []

    def exec_(dialog: QInputDialog) -> int:
        labels.extend((label.text(), label.textFormat()) for label in dialog.findChildren(QLabel))
        return 0  # cancelled

    monkeypatch.setattr(QInputDialog, "exec", exec_)
    finding = next(f for f in window.checker.findings() if CODE in f.meeting_codes)
    window.findings_dock._on_waive_requested(finding)
    [(text, text_format)] = labels
    assert text_format == Qt.TextFormat.PlainText and CODE in text


def test_the_meeting_dialogs_problem_quotes_the_code_as_plain_text(window):
    dialog = window.open_meeting_dialog(None)
    dialog.code.setText(CODE)  # taken by the hostile meeting
    assert dialog.problem.textFormat() == Qt.TextFormat.PlainText
    assert f"{CODE} is already used" in dialog.problem.text()
    dialog.code.setText("NEW-1")
    dialog.venue.setCurrentText(f"{IMG}x")
    assert f"{IMG}x" in seen(dialog.problem.text(), dialog.problem.textFormat())


def test_the_export_dialog_names_the_file_as_plain_text(window):
    dialog = ExportDialog(Path(f"{FILE_IMG}.ics"), 2, window)
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText
    assert f"{FILE_IMG}.ics" in dialog.summary.text()


def test_the_window_title_and_the_recent_menu_show_the_file_name_as_written(window):
    assert window.windowTitle().startswith(DB_NAME)
    remember_recent(window.db.path)
    window.files.fill_recent_menu()
    first = window.files.recent_menu.actions()[0]
    assert f" {DB_NAME.replace('&', '&&')}  —  " in first.text()
