"""The window's menus and toolbar, built in one place from the actions of its parts.

Menus: File, Edit, View, Planning (editors of venues, rule policy, observances and waivers; it
shows once an action is added with :meth:`Menus.add_planning`) and Help."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from scheduler_app.screen.periods import VIEWS, ZOOM_STEP, local_today
from scheduler_app.ui.calendar_pane import CalendarPane
from scheduler_app.ui.edit_actions import EditActions
from scheduler_app.ui.file_actions import FileActions
from scheduler_app.ui.filter_panel import FilterPanel
from scheduler_app.ui.i18n import language_menu
from scheduler_app.ui.print_actions import PrintActions
from scheduler_app.ui.session import Session


class Menus:
    """The menu bar of one window, with the actions that other parts look up by name."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        self.file = bar.addMenu(window.tr("&File"))
        self.edit = bar.addMenu(window.tr("&Edit"))
        self.view = bar.addMenu(window.tr("&View"))
        self.planning = bar.addMenu(window.tr("&Planning"))
        self.planning.menuAction().setVisible(False)  # until an editor is added
        self.help = bar.addMenu(window.tr("&Help"))
        self.view_actions: dict[str, QAction] = {}
        self.overlay_actions: dict[str, QAction] = {}

    def add_planning(self, action: QAction) -> None:
        """Add an editor (venues, policy, observances, waivers) to the Planning menu."""
        self.planning.addAction(action)
        self.planning.menuAction().setVisible(True)

    def action(self, text: str, slot: Callable[[], object], keys: str = "") -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    # --- the menus -------------------------------------------------------------------------------

    def build_file(self, files: FileActions, printing: PrintActions) -> None:
        menu = self.file
        menu.addAction(files.new_action)
        menu.addAction(files.open_action)
        menu.addMenu(files.recent_menu)
        menu.addAction(files.copy_action)
        menu.addSeparator()
        menu.addAction(files.import_action)
        menu.addAction(files.bundled_action)
        menu.addAction(files.export_action)
        menu.addAction(files.shared_calendar_action)
        menu.addSeparator()
        menu.addAction(printing.print_action)
        menu.addAction(printing.preview_action)
        menu.addAction(printing.pdf_action)
        menu.addSeparator()
        quit_action = QAction(self.window.tr("&Quit"), self.window)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.window.close)
        menu.addAction(quit_action)

    def build_edit(self, undo_stack: QUndoStack, edits: EditActions) -> None:
        menu = self.edit
        undo = undo_stack.createUndoAction(self.window, self.window.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = undo_stack.createRedoAction(self.window, self.window.tr("&Redo"))
        redo.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        menu.addAction(undo)
        menu.addAction(redo)
        menu.addSeparator()
        for action in edits.actions:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.action(self.window.tr("Se&ttings…"), self._open_preferences))

    def _open_preferences(self) -> None:
        from scheduler_app.ui.settings_dialog import open_preferences

        open_preferences(self.window)

    def build_view(
        self,
        calendar: CalendarPane,
        filters: FilterPanel,
        docks: Sequence[QDockWidget],
        find: Callable[[], object],
    ) -> None:
        window, menu = self.window, self.view
        menu.addAction(self.action(window.tr("&Find"), find, "Ctrl+F"))
        group = QActionGroup(window)
        for key, (text, keys) in VIEWS.items():
            action = QAction(window.tr(text), window, checkable=True)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, k=key: calendar.show_view(k))
            group.addAction(action)
            menu.addAction(action)
            self.view_actions[key] = action
        self.view_actions["agenda"].setChecked(True)
        calendar.view_changed.connect(lambda key: self.view_actions[key].setChecked(True))
        menu.addSeparator()
        moves: tuple[tuple[str, str, Callable[[], object]], ...] = (
            (window.tr("Go to &Today"), "Ctrl+T", lambda: calendar.go_to(local_today())),
            (window.tr("&Go to Date…"), "Ctrl+G", calendar.open_go_to_dialog),
            (window.tr("&Previous Period"), "Ctrl+PgUp", lambda: calendar.step_period(-1)),
            (window.tr("&Next Period"), "Ctrl+PgDown", lambda: calendar.step_period(1)),
            (window.tr("Zoom &In"), "Ctrl++", lambda: calendar.zoom_by(ZOOM_STEP)),
            (window.tr("Zoom &Out"), "Ctrl+-", lambda: calendar.zoom_by(1 / ZOOM_STEP)),
        )
        for text, keys, move in moves:
            menu.addAction(self.action(text, move, keys))
        toolbar = window.addToolBar(window.tr("Views"))
        toolbar.setObjectName("views")
        for action in self.view_actions.values():
            toolbar.addAction(action)
        overlays = menu.addMenu(window.tr("Show on &Calendars"))
        for name, check in filters.overlay_boxes.items():
            action = QAction(check.text(), window, checkable=True)
            action.setChecked(check.isChecked())
            action.toggled.connect(check.setChecked)  # one state: the panel's check box
            check.toggled.connect(action.setChecked)
            overlays.addAction(action)
            self.overlay_actions[name] = action
        menu.addSeparator()
        for dock in docks:
            menu.addAction(dock.toggleViewAction())
        menu.addSeparator()
        menu.addMenu(language_menu(self.window))

    def build_planning(self, session: Session) -> None:
        """The editors of what the rules read: venues and rooms, rule settings, observances,
        waivers; each a window of its own beside the planner."""
        from scheduler_app.ui import editors

        window = self.window
        for text, keys, opener in (
            (window.tr("&Venues and Rooms…"), "", editors.open_venues_editor),
            (window.tr("&Rule Settings…"), "", editors.open_policy_editor),
            (window.tr("&Observances…"), "", editors.open_observances_editor),
            (window.tr("&Waivers…"), "", editors.open_waivers_editor),
            (window.tr("&Plan from Template…"), "", _open_plan_dialog),
        ):
            self.add_planning(self.action(text, _opener(opener, session, window), keys))

    def build_help(self, rules: Callable[[], object], about: Callable[[], object]) -> None:
        from scheduler_app.ui.help import guide_dialog, shortcuts_dialog

        window, menu = self.window, self.help
        menu.addAction(
            self.action(
                window.tr("&Keyboard Shortcuts"),
                lambda: shortcuts_dialog(window.menuBar(), window).open(),
            )
        )
        menu.addAction(self.action(window.tr("&Rules"), rules))
        menu.addAction(self.action(window.tr("User &Guide"), lambda: guide_dialog(window).open()))
        menu.addSeparator()
        menu.addAction(self.action(window.tr("&About"), about))

    def add_to_view(self, title: str, actions: Sequence[QAction]) -> QMenu:
        """A submenu of View (the panes' shortcuts)."""
        submenu = self.view.addMenu(title)
        for action in actions:
            submenu.addAction(action)
        return submenu


def _opener(
    open_editor: Callable[[Session, QWidget], object], session: Session, window: QWidget
) -> Callable[[], object]:
    return lambda: open_editor(session, window)


def _open_plan_dialog(session: Session, window: QWidget) -> object:
    # imported on first use: the solver (OR-Tools, with pandas) costs half a second to load
    from scheduler_app.ui.plan_dialog import open_plan_dialog

    return open_plan_dialog(session, window)
