"""Planning > Plan from Template…: place a template's meetings among the open calendar with the
constraint solver, into a new database that opens beside this one, with what changed.

The same services as ``scheduler-app plan TEMPLATE --db THIS -o OUT.sqlite`` run on a worker
thread (with a connection of its own: SQLite connections stay on the thread that made them),
so the window stays live; the solver's progress feeds a progress dialog. Cancel stops waiting:
the solver still runs to its time limit, but nothing is written and nothing opens.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QWidget,
)

from scheduler_app.interop.csvfile import CsvFormatError
from scheduler_app.services.diff import CalendarDiff, diff_files
from scheduler_app.services.planner import database_label, open_database
from scheduler_app.services.planning import PlanResult, Template, plan, read_template
from scheduler_app.services.planning.output import plan_inputs, refuse_stored_codes, write_plan
from scheduler_app.storage import PlanningDatabase, StorageError
from scheduler_app.ui.diff_dialog import DiffDialog
from scheduler_app.ui.import_preview import problem_line
from scheduler_app.ui.plain import ask, error, plain_label
from scheduler_app.ui.session import Session

DEFAULT_TIME_LIMIT = 30  # seconds, as scheduler-app plan
WRITING = "writing the plan"  # what the worker says once the plan is made: a cancel is late
_open_windows: list[QMainWindow] = []  # the plans opened beside: kept alive until closed


@dataclass
class PlanOutcome:
    """What a run gave: the plan, the database written (None when nothing was), the changes
    from the open calendar to it, or what went wrong."""

    result: PlanResult | None = None
    written: Path | None = None
    changes: CalendarDiff | None = None
    problem: str = ""


def run_plan(
    db_path: Path,
    read_only: bool,
    template: Template,
    template_path: Path,
    output: Path,
    time_limit: float,
    say: Callable[[str], None],
    wanted: threading.Event,
) -> PlanOutcome:
    """Plan ``template`` among the database at ``db_path`` and write ``output`` (unless
    ``wanted`` was cleared meanwhile), then compare the two calendars; on the calling thread."""
    with PlanningDatabase.open(db_path, create=False, read_only=read_only) as db:
        inputs = plan_inputs(db, template)
        result = plan(
            template,
            inputs.base,
            context=inputs.context,
            policy=inputs.policy,
            waivers=inputs.waivers,
            time_limit=time_limit,
            progress=say,
        )
        if not result.solved or not wanted.is_set():
            return PlanOutcome(result)
        say(WRITING)
        if not wanted.is_set():  # cancelled while the solver's last words were on their way
            return PlanOutcome(result)
        write_plan(output, result, template, str(template_path), base=db)
        label = database_label(db)
    say("comparing the plan with the open calendar")
    changes = diff_files(db_path, output)
    changes.a, changes.b = label, output.name
    return PlanOutcome(result, output, changes)


class _Refused(Exception):
    """An input the plan cannot use; the message says what to change."""


class PlanDialog(QDialog):
    """The template, the new database and the solver's time limit; Plan runs it."""

    progressed = Signal(str)
    """The solver said how far it got (from the worker thread, delivered queued)."""
    arrived = Signal(int, object)
    """The worker's run number and :class:`PlanOutcome` (queued to the GUI thread)."""
    planned = Signal(object)
    """A run ended and was shown (the new window and the changes, or why not); its outcome."""

    def __init__(self, session: Session, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.main_window = window
        self.setWindowTitle(self.tr("Plan from Template"))
        self.template = QLineEdit()
        self.template.setAccessibleName(self.tr("Template"))
        self.output = QLineEdit()
        self.output.setAccessibleName(self.tr("New database"))
        self.time_limit = QSpinBox()
        self.time_limit.setRange(1, 3600)
        self.time_limit.setValue(DEFAULT_TIME_LIMIT)
        self.time_limit.setSuffix(self.tr(" s"))
        self.problem = plain_label(QLabel())
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "The template is the import CSV with two more columns: days (the length) and "
                "within (a period such as 2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30). "
                "Rows with dates stay where they are; the others are placed among this calendar."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.plan_button = buttons.addButton(
            self.tr("&Plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(hint)
        form.addRow(self.tr("Template:"), self._with_browse(self.template, self._browse_template))
        form.addRow(self.tr("New database:"), self._with_browse(self.output, self._browse_output))
        form.addRow(self.tr("Time limit:"), self.time_limit)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.setMinimumWidth(560)
        self.progress: QProgressDialog | None = None
        self._wanted = threading.Event()
        self._writing = False  # the worker said it is writing the plan
        self._run = 0  # a cancelled run may still arrive after a new one started
        self.opened: QMainWindow | None = None
        self.changes_dialog: DiffDialog | None = None
        self.progressed.connect(self._on_progressed)
        self.arrived.connect(self._on_arrived)

    def _with_browse(self, edit: QLineEdit, browse: Callable[[], None]) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(browse)
        layout.addWidget(button)
        return row

    @Slot()
    def _browse_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Planning Template"), "", self.tr("CSV files (*.csv)")
        )
        if path:
            self.template.setText(path)
            if not self.output.text():
                self.output.setText(str(Path(path).with_suffix(".sqlite")))

    @Slot()
    def _browse_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New Planning Database"), self.output.text(), "*.sqlite"
        )
        if path:
            self.output.setText(path if path.endswith(".sqlite") else f"{path}.sqlite")

    # --- running ---------------------------------------------------------------------------------

    def _read(self) -> tuple[Template, Path, Path] | None:
        """The template and the paths; None when the planner keeps the file that exists.
        Raises :class:`_Refused` saying what to fix."""
        template_path = Path(self.template.text().strip())
        output = Path(self.output.text().strip())
        if not template_path.is_file():
            raise _Refused(
                self.tr("%1: no such template; choose a CSV file.").replace(
                    "%1", str(template_path)
                )
            )
        if output.suffix.lower() != ".sqlite":
            raise _Refused(
                self.tr("End the new database's name in .sqlite: the plan opens as one.")
            )
        if not output.parent.is_dir():
            raise _Refused(
                self.tr("%1 is not a folder: choose where to write the plan.").replace(
                    "%1", str(output.parent)
                )
            )
        if output.resolve() == self.session.db.path.resolve():
            raise _Refused(
                self.tr("Choose a new file: the plan must not replace the open calendar.")
            )
        try:
            template = read_template(template_path)
            refuse_stored_codes(self.session.db, template)
        except CsvFormatError as exc:
            lines = [problem_line(p, template_path) for p in exc.problems[:5]]
            heading = self.tr("%1 cannot be used:").replace("%1", template_path.name)
            text = heading + "\n" + "\n".join(lines)
            raise _Refused(text) from None
        except (OSError, UnicodeDecodeError) as exc:
            reason = self.tr("%1 cannot be read (%2).")
            raise _Refused(_fill(reason, template_path, exc)) from None
        if not template.to_place:
            raise _Refused(
                self.tr("%1 has no row to place: give a row days and within.").replace(
                    "%1", template_path.name
                )
            )
        if output.exists() and not ask(
            self,
            self.tr("Replace the file?"),
            self.tr("%1 exists. Replace it with the plan?").replace("%1", str(output)),
        ):
            return None
        return template, template_path, output

    @Slot()
    def start(self) -> None:
        """Plan: check the inputs, then place the template on the worker thread."""
        try:
            read = self._read()
        except _Refused as exc:
            self.problem.setText(str(exc))
            return
        if read is None:
            return
        template, template_path, output = read
        self.problem.setText("")
        self.plan_button.setEnabled(False)
        progress = QProgressDialog(
            self.tr("Placing %1 meetings…").replace("%1", str(len(template.to_place))),
            self.tr("Cancel"),
            0,
            0,
            self,
        )
        progress.setWindowTitle(self.tr("Planning"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.canceled.connect(self._on_canceled)
        progress.show()
        self.progress = progress
        self._run += 1
        self._wanted = threading.Event()
        self._wanted.set()
        session, limit, run = self.session, float(self.time_limit.value()), self._run
        db_path, read_only = session.db.path, session.read_only
        wanted, emit, arrived = self._wanted, self.progressed.emit, self.arrived.emit
        self._writing = False

        def say(text: str) -> None:
            with contextlib.suppress(RuntimeError):  # the window was closed during a solve
                emit(text)

        def work() -> None:
            try:
                outcome = run_plan(
                    db_path, read_only, template, template_path, output, limit, say, wanted
                )
            except (StorageError, OSError, ValueError) as exc:
                outcome = PlanOutcome(problem=_one_line(exc))
            except Exception as exc:  # anything else too: the progress dialog must not stay up
                outcome = PlanOutcome(problem=f"{type(exc).__name__}: {_one_line(exc)}")
            with contextlib.suppress(RuntimeError):  # the dialog went meanwhile
                arrived(run, outcome)

        threading.Thread(target=work, name="plan", daemon=True).start()

    @Slot(str)
    def _on_progressed(self, text: str) -> None:
        self._writing = text == WRITING
        if self.progress is not None:
            self.progress.setLabelText(text[:1].upper() + text[1:])

    @Slot()
    def _on_canceled(self) -> None:
        self._wanted.clear()  # the worker writes nothing; the solver stops at its time limit
        self.progress = None
        self.plan_button.setEnabled(True)
        if self._writing:  # the worker may be past its last look at the flag
            text = self.tr(
                "Stopped waiting while the plan was being written: %1 may hold it, but it is "
                "not opened."
            ).replace("%1", self.output.text().strip())
        else:
            text = self.tr(
                "Stopped waiting: nothing is written. The solver stops within %1 s."
            ).replace("%1", str(self.time_limit.value()))
        self.problem.setText(text)

    @Slot(int, object)
    def _on_arrived(self, run: int, outcome: PlanOutcome) -> None:
        if run != self._run or not self._wanted.is_set():
            return  # cancelled: the planner stopped waiting for it
        self._wanted.clear()
        if self.progress is not None:
            self.progress.canceled.disconnect(self._on_canceled)
            self.progress.close()
            self.progress = None
        self.plan_button.setEnabled(True)
        if outcome.written is None:
            self.problem.setText(describe_failure(outcome))
        else:
            self.accept()
            self.opened = open_beside(self.main_window, outcome.written)
            if self.opened is not None and outcome.changes is not None:
                self.changes_dialog = DiffDialog(
                    outcome.changes, self.session.db.path, outcome.written, self.opened
                )
                self.changes_dialog.show()
        self.planned.emit(outcome)


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def describe_failure(outcome: PlanOutcome) -> str:
    """Why no database was written, and what to try."""
    result = outcome.result
    if outcome.problem or result is None:
        failed = QCoreApplication.translate("PlanDialog", "The plan could not be made: %1")
        return failed.replace("%1", outcome.problem or "")
    if result.status == "infeasible":
        conflicts = [f"• {c.text()}" for c in result.conflicts[:8]]
        if not conflicts:
            conflicts = [
                QCoreApplication.translate(
                    "PlanDialog", "(the solver found no smaller set: try a longer time limit)"
                )
            ]
        heading = QCoreApplication.translate(
            "PlanDialog", "The template cannot be satisfied; these constraints conflict:"
        )
        return heading + "\n" + "\n".join(conflicts)
    return QCoreApplication.translate(
        "PlanDialog", "No plan was found in the time given: try a longer time limit."
    )


def _fill(translated: str, *args: object) -> str:
    """%1, %2... replaced in one pass: a path holding "%2" stays as it is."""
    return re.sub(r"%(\d)", lambda m: str(args[int(m.group(1)) - 1]), translated)


def open_beside(window: QMainWindow, path: Path) -> QMainWindow | None:
    """Open the database at ``path`` in a window of its own, to the right of ``window``."""
    from scheduler_app.ui.main_window import MainWindow

    try:
        db = open_database(path, create=False, with_calendar=False)
    except StorageError as exc:
        error(window, window.tr("Cannot open the plan"), str(exc))
        return None
    other = MainWindow(db)
    other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_windows.append(other)
    other.destroyed.connect(lambda _obj=None: _forget(other))
    frame = window.frameGeometry()
    screen = window.screen().availableGeometry()
    other.resize(window.size())
    if frame.right() + 1 + frame.width() <= screen.right():
        other.move(frame.right() + 1, frame.top())
    else:  # no room beside: a step across and down, so both title bars show
        other.move(frame.left() + 48, frame.top() + 32)
    other.show()
    return other


def _forget(window: QMainWindow) -> None:
    with contextlib.suppress(ValueError):
        _open_windows.remove(window)


def open_plan_dialog(session: Session, window: QWidget) -> PlanDialog:
    """Planning > Plan from Template…"""
    assert isinstance(window, QMainWindow)
    dialog = PlanDialog(session, window)
    dialog.open()
    return dialog
