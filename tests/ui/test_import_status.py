"""The status bar after an import says what was written (issue 12, defect 5: it said "would
update", the preview's words, as only "would add" was replaced)."""

from __future__ import annotations

import csv

import pytest

from scheduler_app.interop.csvfile import write_meetings
from scheduler_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


def test_the_status_bar_says_what_an_import_added_and_updated(window, tmp_path):
    path = tmp_path / "changed.csv"
    write_meetings(path, window.db.meetings())
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        if row["code"] == "C26":
            row["title"] = "Council 2026, renamed"
    rows.append(dict(rows[0], id="", code="NEW-1", title="A new meeting"))
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)

    assert window.import_path(path, confirm=False)
    message = window.statusBar().currentMessage()
    assert "added 1, updated 1," in message and "would" not in message
