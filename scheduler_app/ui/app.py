"""Starting the GUI, or rendering its main window to a PNG for docs, tests and packaging checks."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from scheduler_app import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


def run_gui(
    db_path: Path | None = None,
    screenshot: Path | None = None,
    view: str | None = None,
    date: dt.date | None = None,
    size: tuple[int, int] = (1400, 820),
    lang: str | None = None,
) -> int:
    """Open the planner on ``db_path`` (default database if None); with ``screenshot``, render the
    main window offscreen to that PNG and return instead of running the event loop. ``lang`` is
    one of ``i18n.LANGUAGES`` (default: what ``i18n.choose_language`` finds)."""
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not _has_application():
        from scheduler_app.ui.display import display_problem

        problem = display_problem()  # Qt would abort the process instead of saying so
        if problem is not None:
            print(f"scheduler-app: cannot open the window: {problem}", file=sys.stderr)
            return 2
    from PySide6.QtWidgets import QApplication

    from scheduler_app.services.planner import open_database
    from scheduler_app.storage import StorageError
    from scheduler_app.ui import i18n
    from scheduler_app.ui.main_window import MainWindow
    from scheduler_app.ui.plain import error

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ITU Meeting Planner")
    app.setOrganizationDomain("scheduler-app.invalid")
    if isinstance(app, QApplication):
        app.setWindowIcon(_icon())
    i18n.install(app, i18n.choose_language(lang))  # after the names: the saved choice is read
    try:
        db = open_database(db_path)
    except StorageError as exc:
        print(f"scheduler-app gui: {exc}", file=sys.stderr)
        if screenshot is None:
            error(None, APP_NAME, str(exc))
        return 2
    # the window paints first and reads the meetings after, however large the calendar
    window = MainWindow(db, read_when_shown=screenshot is None)
    if screenshot is None:
        window.restore_settings()  # what the command line asks for wins over what was left
    if date is not None:
        window.current_date = date
        window.go_to_date(date)
    window.show_view(view or ("agenda" if screenshot is not None else window.view))
    if screenshot is not None:
        return _screenshot(window, screenshot, size)
    window.show()
    return app.exec()


def _has_application() -> bool:
    """Whether a QApplication already runs in this process (tests, a second window)."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    return widgets is not None and widgets.QApplication.instance() is not None


def _screenshot(window: object, path: Path, size: tuple[int, int]) -> int:
    from PySide6.QtWidgets import QApplication

    from scheduler_app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.resize(*size)
    window.show()
    window.check_now()
    QApplication.processEvents()
    window.refresh_view()  # laid out to the view's final size, not the first one
    QApplication.processEvents()  # the docks' tab bars, laid out at the final size too
    image = window.grab()
    window.close()
    if path.parent and not path.parent.exists():
        print(f"scheduler-app gui: {path}: folder {path.parent} does not exist", file=sys.stderr)
        return 2
    if not image.save(str(path), "PNG"):
        print(f"scheduler-app gui: {path}: cannot write the screenshot", file=sys.stderr)
        return 2
    print(f"wrote {path} ({image.width()}x{image.height()})")
    return 0


def _icon() -> QIcon:
    from importlib import resources

    from PySide6.QtGui import QIcon, QPixmap

    data = resources.files("scheduler_app.resources").joinpath("icon.svg").read_bytes()
    pixmap = QPixmap()
    pixmap.loadFromData(data, "SVG")
    return QIcon(pixmap)
