"""Help > About and the licences of the libraries the planner ships with."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from scheduler_app import APP_NAME, __version__


def show_about(parent: QWidget) -> None:
    """The version, what the planner is for, and a button to the licences."""
    from PySide6 import __version__ as pyside_version

    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("about", "About %1").replace("%1", APP_NAME))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.RichText)  # our own words only, escaped
    purpose = QCoreApplication.translate(
        "about", "Plans ITU conferences, Council sessions and groups."
    )
    built_with = QCoreApplication.translate(
        "about", "Qt for Python (PySide6) %1 and Qt, under the LGPL-3.0."
    ).replace("%1", pyside_version)
    box.setText(
        f"<h3>{html.escape(APP_NAME)} {html.escape(__version__)}</h3>"
        f"<p>{html.escape(purpose)}</p><p>{html.escape(built_with)}</p>"
    )
    licences = box.addButton(
        QCoreApplication.translate("about", "&Licences…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is licences:
        show_licences(parent)


def show_licences(parent: QWidget) -> tuple[QDialog, QTextBrowser]:
    """The bundled libraries, their versions and licences, and the LGPL's full text."""
    # importlib.metadata costs the window's first paint some 30 ms: read when asked
    from scheduler_app.services.licences import bundled_libraries, licence_text

    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("about", "Licences"))
    view = QTextBrowser(dialog)
    view.setAccessibleName(QCoreApplication.translate("about", "Licences"))
    rows = "".join(
        f"<tr><td>{html.escape(lib.name)}</td><td>{html.escape(lib.version)}</td>"
        f"<td>{html.escape(lib.licence)}</td></tr>"
        for lib in bundled_libraries()
    )
    view.setHtml(
        f"<h3>{html.escape(APP_NAME)} {html.escape(__version__)}</h3>"
        f"<table cellspacing='4'>{rows}</table>"
        f"<pre>{html.escape(licence_text('LGPL-3.0'))}</pre>"
    )
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    dialog.resize(720, 560)
    dialog.open()
    return dialog, view
