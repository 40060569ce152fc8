"""The boxes and lines shown only when something fails, driven in each of the five other
languages: an edit refused, an import refused, a file that cannot be read, a database opened
read-only, a shared calendar that cannot be reached. Each says it in the window's language.

What the services and the storage say of a refusal (the reason after the window's words) goes
through ``i18n.translate`` too, so the whole box is walked, reasons included."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from scheduler_app.domain import MeetingKind
from scheduler_app.interop.csvfile import CsvFormatError
from scheduler_app.services import editing
from scheduler_app.services.importing import import_file
from scheduler_app.services.planner import open_database
from scheduler_app.storage import PlanningDatabase
from scheduler_app.ui import i18n
from scheduler_app.ui.import_preview import ImportErrorsDialog
from scheduler_app.ui.main_window import MainWindow
from scheduler_app.ui.sync_status import SharedCalendarSettings
from tests.ui.test_i18n_dialogs import dialog_texts
from tests.ui.test_i18n_window import OTHERS, catalogue, english_left, english_words

# The services' and the storage's reasons are translated where they are written
# (resources/translations/messages_<lang>.ts): nothing is left out of the walk any more.
SERVICES_ENGLISH: tuple[str, ...] = ()


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[QWidget]:
    """The message boxes and dialogs opened, each closed at once."""
    boxes: list[QWidget] = []

    def catch(self: QDialog, *args: object) -> int:
        boxes.append(self)
        return 0

    for cls in (QDialog, QMessageBox):
        for name in ("exec", "open"):
            monkeypatch.setattr(cls, name, catch)
    return boxes


def window_words(box: QWidget, *facts: str) -> list[str]:
    """The box's texts with the facts it quotes (paths, codes, the services' reasons) taken
    out: what is left is the window's own words."""
    texts = []
    for text in dialog_texts(box):
        for fact in (*facts, *SERVICES_ENGLISH):
            text = text.replace(fact, "")
        texts.append(text)
    return texts


@pytest.fixture
def window(qtbot, reference_db, language) -> MainWindow:
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    return w


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_a_refused_edit_says_so_in_the_language(window, shown, language):
    db = window.session.db
    c26 = next(m for m in db.meetings() if m.label == "C26")
    with pytest.raises(editing.EditRefused) as refused:
        editing.move_many(db, [c26], 0)
    assert window.session.edit(lambda: editing.move_many(db, [c26], 0)) is None
    [box] = shown
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == catalogue(language)["Not changed"]
    assert box.text() == str(refused.value)  # services/editing.py's reason, in the language
    assert english_left([box.text()], language) == []


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_an_unreadable_file_says_so_in_the_language(window, shown, language, tmp_path: Path):
    missing = tmp_path / "gone.csv"
    assert not window.files.import_path(missing, confirm=False)
    [box] = shown
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == catalogue(language)["Nothing was imported"]
    assert str(missing) in box.text()
    assert english_left(window_words(box, str(missing)), language) == []


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_a_refused_import_says_so_in_the_language(qtbot, window, language, tmp_path: Path):
    bad = tmp_path / "bad.csv"
    head = "code,title,kind,sector,body,start,end,precision,city,country,mode,status\n"
    rows = "X-1,A,study-group,T,TSAG,2026-01-20,2026-01-02,day,Geneva,CH,in-person,held\n"
    bad.write_text(head + rows + rows.replace("X-1", "X-2").replace("study-group,", "nothing,"))
    with pytest.raises(CsvFormatError) as refused:
        import_file(window.session.db, bad, dry_run=True)
    dialog = ImportErrorsDialog(bad, refused.value.problems, window)
    qtbot.addWidget(dialog)
    # the problems' lines are walked too (the domain's reasons, an end before its start and an
    # unknown kind), with what they quote taken out: the columns, the value and the slugs
    slugs = ", ".join(k.value for k in MeetingKind)
    facts = (str(bad), bad.name, slugs, "'nothing'", "kind", "end")
    problems = refused.value.problems
    assert len(dialog.lines) == len(problems) == 2
    # each line ends with its reason, after its line and column in the window's words: the
    # whole lines are walked, "Line N" and its separators included
    assert all(line.endswith(p.problem) for line, p in zip(dialog.lines, problems, strict=True))
    assert all(f"Line {p.line}" not in line for line, p in zip(dialog.lines, problems, strict=True))
    texts = window_words(dialog, *facts) + [
        functools.reduce(lambda text, fact: text.replace(fact, ""), facts, line)
        for line in dialog.lines
    ]
    assert english_left(texts, language) == []
    if language in ("ar", "zh", "ru"):
        assert not any(english_words(text) for text in texts), texts


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_a_read_only_database_says_so_in_the_language(qtbot, shown, language, tmp_path: Path):
    path = tmp_path / "plan.sqlite"
    open_database(path, with_calendar=True).close()
    window = MainWindow(PlanningDatabase.open(path, read_only=True))
    qtbot.addWidget(window)
    title = window.windowTitle().replace(path.name, "").replace(path.stem, "")
    assert catalogue(language)["(read-only)"] in title
    status = window.statusBar().currentMessage()
    for fact in SERVICES_ENGLISH:
        status = status.replace(fact, "")
    assert english_left([status], language) == []
    db = window.session.db
    c26 = next(m for m in db.meetings() if m.label == "C26")
    assert window.session.edit(lambda: editing.delete(db, [c26])) is None
    [box] = shown
    assert box.windowTitle() == catalogue(language)["Not changed"]
    # the reason is storage/connection.py's ("opened read-only (...); nothing was changed")
    assert str(path) in box.text()
    assert english_left(window_words(box, str(path)), language) == []


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_a_shared_calendar_out_of_reach_says_so_in_the_language(qtbot, window, language):
    sync = window.sync_status
    sync.configure(SharedCalendarSettings("http://127.0.0.1:9/calendar", "planner", 0), "pw")
    with qtbot.waitSignal(sync.sync_finished, timeout=20_000):
        assert sync.sync_now()
    text = sync.label.text()
    assert text.startswith(catalogue(language)["Shared calendar: "])
    assert english_left([text], language) == []
