"""File > Shared Calendar…: where the open database syncs, sync now or every N minutes, and the
conflicts waiting for the planner, each settled by Keep mine or Keep theirs.

The dialog only edits the settings of the window's :class:`SyncStatus` and asks it to sync; the
sync runs on its worker thread, so the dialog stays responsive and may be closed meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scheduler_app.services.sync.client import SyncError, check_url
from scheduler_app.services.sync.password import remember
from scheduler_app.services.sync.run import SyncOutcome
from scheduler_app.storage.sync_tables import SETTINGS_ID, StoredConflict
from scheduler_app.ui.plain import plain_label
from scheduler_app.ui.session import Session
from scheduler_app.ui.sync_status import SharedCalendarSettings, SyncStatus

COLUMNS = ("Meeting", "Field", "Mine", "Theirs")


class SharedCalendarDialog(QDialog):
    """The shared calendar of the open database."""

    def __init__(self, status: SyncStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setWindowTitle(self.tr("Shared Calendar"))
        self.setObjectName("shared_calendar_dialog")
        settings = status.settings
        self.url = QLineEdit(settings.url)
        self.url.setPlaceholderText("https://calendar.example.org/planner/itu/")
        self.user = QLineEdit(settings.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if status.has_password:
            self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        self.every = QCheckBox(self.tr("Sync every"))
        self.every.setChecked(settings.every_minutes > 0)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setValue(settings.every_minutes or 15)
        every_row = QHBoxLayout()
        every_row.addWidget(self.every)
        every_row.addWidget(self.minutes)
        every_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Calendar &address:"), self.url)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", every_row)
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.connect_button.clicked.connect(self._on_connect_clicked)
        self.sync_button = QPushButton(self.tr("&Sync Now"))
        self.sync_button.clicked.connect(self._on_sync_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        self.line = plain_label(QLabel())
        self.line.setObjectName("shared_calendar_line")
        self.line.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("conflicts")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.keep_mine = QPushButton(self.tr("Keep &Mine"))
        self.keep_mine.clicked.connect(lambda: self._settle("mine"))
        self.keep_theirs = QPushButton(self.tr("Keep &Theirs"))
        self.keep_theirs.clicked.connect(lambda: self._settle("theirs"))
        keep = QHBoxLayout()
        keep.addStretch(1)
        keep.addWidget(self.keep_mine)
        keep.addWidget(self.keep_theirs)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.line)
        layout.addWidget(QLabel(self.tr("Conflicts (the same field changed here and there):")))
        layout.addWidget(self.table)
        layout.addLayout(keep)
        layout.addWidget(close)
        self.resize(720, 480)
        status.sync_started.connect(self._on_sync_started)
        status.sync_finished.connect(self._on_sync_finished)
        self._conflicts: list[StoredConflict] = []
        self._fill_conflicts()
        self.line.setText(status.text())
        self._enable()

    # --- settings ---------------------------------------------------------------------------------

    def _settings(self) -> SharedCalendarSettings | None:
        """The settings typed, or None (said on the dialog's line) when they cannot be used."""
        url, user = self.url.text().strip(), self.user.text().strip()
        if not url or not user:
            self.line.setText(self.tr("Type the calendar's address and your user name."))
            return None
        try:
            url = check_url(url, insecure=False)
        except SyncError as exc:
            self.line.setText(str(exc).replace("with --insecure", "only on this computer"))
            return None
        every = self.minutes.value() if self.every.isChecked() else 0
        return SharedCalendarSettings(url, user, every)

    @Slot()
    def _on_connect_clicked(self) -> None:
        settings = self._settings()
        if settings is None:
            return
        password = self.password.text()
        same_account = (settings.url, settings.user) == (
            self.status.settings.url,
            self.status.settings.user,
        )
        if not password and not (same_account and self.status.has_password):
            self.status.configure(settings)  # a password may be in the keyring already
            if not self.status.has_password:
                self.line.setText(
                    self.tr("Type the password of %1 on this calendar.").replace(
                        "%1", settings.user
                    )
                )
                return
        note = ""
        if password:
            try:
                remember(settings.url, settings.user, password)
            except Exception as exc:  # keyring's errors: no keyring, a locked one, refused
                note = self.tr(
                    "The system keyring cannot keep the password (%1): it is used until you "
                    "close the planner."
                ).replace("%1", str(exc) or type(exc).__name__)
        self.password.clear()
        self.status.configure(settings, password or None)
        self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        self.status.sync_now()
        if note:
            self.line.setText(note)

    @Slot()
    def _on_sync_clicked(self) -> None:
        settings = self._settings()
        if settings is None:
            return
        if settings != self.status.settings:
            self.status.configure(settings)
        if not self.status.sync_now():
            self.line.setText(self.status.text())

    # --- conflicts --------------------------------------------------------------------------------

    def _fill_conflicts(self) -> None:
        self._conflicts = self.status.conflicts()
        self.table.setRowCount(len(self._conflicts))
        for row, c in enumerate(self._conflicts):
            what = c.title if c.meeting_id == SETTINGS_ID else (c.code or c.title)
            for column, text in enumerate((what, c.field, c.mine, c.theirs)):
                item = QTableWidgetItem(text)  # plain text: a title is never markup here
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        if self._conflicts:
            self.table.selectRow(0)

    def selected_conflict(self) -> StoredConflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self._conflicts[rows[0].row()] if rows else None

    def _settle(self, keep: str) -> None:
        conflict = self.selected_conflict()
        if conflict is None:
            return
        # every conflict of that meeting is settled the same way (the engine's resolve)
        if not self.status.sync_now(settle=(conflict.code or conflict.meeting_id, keep)):
            self.line.setText(self.status.text())

    # --- the sync's progress ----------------------------------------------------------------------

    @Slot()
    def _on_selection_changed(self) -> None:
        self._enable()

    @Slot()
    def _on_sync_started(self) -> None:
        self.line.setText(self.status.text())
        self._enable()

    @Slot(object)
    def _on_sync_finished(self, outcome: SyncOutcome) -> None:
        text = self.status.text()
        report = outcome.report
        if report is not None:
            text = report.summary() + "."
            if report.skipped:
                text += "\n" + "\n".join(report.skipped[:5])
        self.line.setText(text)
        self._fill_conflicts()
        self._enable()

    def _enable(self) -> None:
        idle = not self.status.running
        self.connect_button.setEnabled(idle)
        self.sync_button.setEnabled(idle)
        chosen = idle and self.selected_conflict() is not None
        self.keep_mine.setEnabled(chosen)
        self.keep_theirs.setEnabled(chosen)


def status_of(window: QMainWindow, session: Session) -> SyncStatus:
    """The window's shared calendar (made on first use if the window made none)."""
    found = window.findChild(SyncStatus, "shared_calendar_sync")
    return found if isinstance(found, SyncStatus) else SyncStatus(window, session)


def open_shared_calendar(window: QMainWindow, session: Session) -> SharedCalendarDialog:
    """File > Shared Calendar…: the dialog, not modal (a sync may take a while)."""
    dialog = SharedCalendarDialog(status_of(window, session), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
