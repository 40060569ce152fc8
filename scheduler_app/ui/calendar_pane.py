"""The calendar views: the agenda table and the year, timeline and month pages, one shown at a
time; going to a date, stepping a period, zooming the timeline, and dragging a bar to new dates.

The pages are laid out by the print layouts on the meetings the table shows (so they follow the
filter), again whenever those meetings, the overlays or the view's size change, and kept for
going back to a view or a period that nothing changed since.

While a bar is moved the view tints the days where it could start with no warning from its
neighbours or its own dates (the lower bound ``suggest`` ranks by; a rule reading the whole
calendar may still warn): worked out once when the drag starts, so following the mouse costs
nothing more."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QPointF, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
)

from scheduler_app.domain import Meeting
from scheduler_app.printing.charts import MIN_LABEL_PT, meeting_tip
from scheduler_app.printing.job import PrintRequest
from scheduler_app.printing.page import PT, Page
from scheduler_app.services import editing
from scheduler_app.services.suggesting import open_starts
from scheduler_app.ui.filter_panel import FilterPanel
from scheduler_app.ui.meeting_dialog import from_qdate, qdate
from scheduler_app.ui.meetings_pane import MeetingsPane
from scheduler_app.ui.page_view import MIN_TEXT_PX, PageView
from scheduler_app.ui.session import CheckUnavailable, Session
from scheduler_app.ui.view_periods import (
    DEFAULT_SPAN,
    TIMELINE_SPANS,
    VIEW_KEYS,
    local_today,
    screen_page_size,
    step_day,
    view_request,
    zoomed,
)

PAGE_CACHE_SIZE = 12  # calendar pages kept laid out, for going back to a view or a period
MAX_TINT_DAYS = 3 * 366  # a longer timeline is not tinted: judging every start would stall
LayOut = Callable[[PrintRequest], "list[Page] | None"]


class CalendarPane(QObject):
    """The stack of views (``views``) of one window and the day and span they show."""

    view_changed = Signal(str)
    """Another view is shown: "agenda", "year", "timeline" or "month"."""
    context_menu_requested = Signal(QPoint)
    """The planner asked for the menu of a bar (now selected), at this point on the screen."""

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        meetings: MeetingsPane,
        filters: FilterPanel,
        lay_out: LayOut,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.meetings = meetings
        self.filters = filters
        self.lay_out = lay_out
        self.current_date = local_today()
        self.timeline_span = DEFAULT_SPAN
        self.closed = False  # the window went: a pending relayout must not run
        self._page_cache: dict[tuple[object, ...], Page] = {}
        # A resized view is laid out again to its new shape, once the resizing pauses.
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(80)
        self._relayout_timer.timeout.connect(self.refresh_view)
        self.views = QStackedWidget(window)
        self.views.addWidget(meetings.table)
        self.year_view, self.timeline_view, self.month_view = PageView(), PageView(), PageView()
        for view, name in (
            (self.year_view, self.tr("Year planner")),
            (self.timeline_view, self.tr("Cycle timeline")),
            (self.month_view, self.tr("Month")),
        ):
            view.setAccessibleName(name)
            self.views.addWidget(view)
            view.meeting_clicked.connect(self._on_bar_clicked)
            view.drag_started.connect(self._on_drag_started)
            view.drag_moved.connect(self._on_bar_dragging)
            view.drag_finished.connect(self._on_bar_dropped)
            view.step_requested.connect(self.step_selection)
            view.resized.connect(self._relayout_timer.start)
            view.describe = self._describe_meeting
            view.customContextMenuRequested.connect(self._on_context_menu_requested)
        meetings.shown_changed.connect(self.redraw_views)
        filters.overlays_changed.connect(self.redraw_views)
        session.selection_changed.connect(self._on_selection_changed)

    @property
    def page_views(self) -> tuple[PageView, PageView, PageView]:
        return self.year_view, self.timeline_view, self.month_view

    def set_editable(self, editable: bool) -> None:
        """Let bars be dragged to new dates, or not (a read-only database)."""
        for view in self.page_views:
            view.editable = editable

    # --- which view, which period ----------------------------------------------------------------

    @property
    def view(self) -> str:
        return VIEW_KEYS[self.views.currentIndex()]

    def show_view(self, key: str) -> None:
        """Switch to the agenda, year, timeline or month view; they share the selection."""
        self.views.setCurrentIndex(VIEW_KEYS.index(key))
        self.view_changed.emit(key)
        self.refresh_view()

    def go_to(self, day: dt.date) -> None:
        """Show ``day`` in the current view (in the agenda: select what runs on or after it)."""
        self.current_date = day
        if self.view == "agenda":
            self.meetings.go_to_date(day)
        self.refresh_view()

    def open_go_to_dialog(self) -> QDialog:
        """Ask for a date (typed or picked on a calendar) and show it in the current view."""
        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Go to Date"))
        picker = QDateEdit(qdate(self.current_date), dialog)
        picker.setCalendarPopup(True)
        picker.setDisplayFormat("d MMM yyyy")
        picker.setDateRange(qdate(dt.date(1865, 1, 1)), qdate(dt.date(2199, 12, 31)))
        picker.setAccessibleName(self.tr("Date to show"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(picker)
        layout.addWidget(buttons)
        dialog.picker = picker  # type: ignore[attr-defined]
        dialog.accepted.connect(lambda: self.go_to(from_qdate(picker.date())))
        dialog.open()
        return dialog

    def step_period(self, steps: int) -> None:
        """Show the previous (-1) or next (+1) year, month or timeline span."""
        self.current_date = step_day(self.view, self.timeline_span, self.current_date, steps)
        self.refresh_view()

    def zoom_timeline(self, steps: int) -> None:
        """Widen (+) or narrow (-) the timeline, from a fortnight to six years."""
        self.timeline_span = zoomed(self.timeline_span, steps)
        self.window.statusBar().showMessage(
            self.tr("Timeline: %1").replace("%1", self.tr(TIMELINE_SPANS[self.timeline_span])),
            3000,
        )
        self.refresh_view()

    # --- laying out ------------------------------------------------------------------------------

    def view_request(self) -> PrintRequest | None:
        """The page the current calendar view shows, as a print request (None for the agenda)."""
        request = view_request(self.view, self.timeline_span, self.current_date)
        if request is None:
            return None
        request.filter_text = self.filters.describe()
        request.overlays = self.filters.overlays()
        request.mark_today = True
        widget = self.views.currentWidget()
        if widget is not None:
            request.page_size = screen_page_size(widget.width(), widget.height())
            # labels the screen would draw too small to read are not laid out at all
            pixels_per_mm = widget.height() / request.page_size[1]
            request.min_label_pt = max(MIN_LABEL_PT, MIN_TEXT_PX / (PT * pixels_per_mm))
        return request

    @Slot()
    def refresh_view(self) -> None:
        """Lay out the current calendar view on the meetings the filter shows."""
        request = self.view_request()
        if request is None or self.closed:
            return
        # A page laid out since the meetings, the filter or the overlays last changed is
        # shown again as it was: going back to a view, or a period, costs no layout.
        key = (
            request.layout,
            request.year,
            request.date_from,
            request.date_to,
            request.page_size,
            local_today(),
        )
        page = self._page_cache.get(key)
        if page is None:
            pages = self.lay_out(request)
            page = pages[0] if pages else None
            if page is not None:
                if len(self._page_cache) >= PAGE_CACHE_SIZE:
                    self._page_cache.pop(next(iter(self._page_cache)))
                self._page_cache[key] = page
        widget = self.views.currentWidget()
        assert isinstance(widget, PageView)
        selected = self.session.selected_ids
        widget.selected = selected[0] if selected else ""
        widget.set_page(page)

    @Slot()
    def redraw_views(self) -> None:
        """Lay the views out again: the meetings, the filter or the overlays changed."""
        self._page_cache.clear()
        self.refresh_view()

    def _describe_meeting(self, meeting_id: str) -> str:
        row = self.meetings.model.row_of(meeting_id)
        return meeting_tip(self.meetings.model.meeting_at(row)) if row is not None else ""

    # --- the selection ---------------------------------------------------------------------------

    @Slot(object)
    def _on_selection_changed(self, ids: tuple[str, ...]) -> None:
        widget = self.views.currentWidget()
        if isinstance(widget, PageView):
            widget.set_selected(ids[0] if ids else "")

    @Slot(int)
    def step_selection(self, step: int) -> None:
        """Select the meeting before or after the current one, in the table's order, and show
        it in the view (turning the page if it is not on it)."""
        meeting = self.meetings.step_selection(step)
        if meeting is not None and self.view != "agenda" and not self._on_page(meeting):
            self.current_date = meeting.start
            self.refresh_view()

    def _on_page(self, meeting: Meeting) -> bool:
        widget = self.views.currentWidget()
        return isinstance(widget, PageView) and widget.bar_rect(meeting.id) is not None

    @Slot(str)
    def _on_bar_clicked(self, meeting_id: str) -> None:
        self.meetings.select_meeting(meeting_id)

    @Slot(QPoint)
    def _on_context_menu_requested(self, pos: QPoint) -> None:
        view = self.views.currentWidget()
        if not isinstance(view, PageView):
            return
        bar = view.bar_at(QPointF(pos))
        if bar is None:
            return
        if bar.ref not in self.session.selected_ids:
            self.meetings.select_meeting(bar.ref)
        self.context_menu_requested.emit(view.mapToGlobal(pos))

    def current_page_view(self) -> PageView | None:
        widget = self.views.currentWidget()
        return widget if isinstance(widget, PageView) else None

    def show_preview(self, span: tuple[dt.date, dt.date] | None) -> None:
        """Shade ``span`` on the current calendar view (turning to its page if it is not
        shown); None clears the shading. The agenda shows no preview."""
        view = self.current_page_view()
        if view is None:
            return
        if span is not None and not view.shows_day(span[0]):
            self.current_date = span[0]
            self.refresh_view()
        view.set_preview(span)

    # --- dragging --------------------------------------------------------------------------------

    def _dragged(self, meeting_id: str, days: int, mode: str) -> tuple[Meeting, Meeting] | None:
        m = self._draggable(meeting_id)
        if m is None:
            return None
        shift = dt.timedelta(days=days)
        start = m.start + shift if mode in ("move", "start") else m.start
        end = m.end + shift if mode in ("move", "end") else m.end
        if end < start:
            self.window.statusBar().showMessage(
                self.tr("%1: the first day cannot come after the last (%2)")
                .replace("%1", m.label)
                .replace("%2", f"{start:%d %b} > {end:%d %b %Y}")
            )
            return None
        return m, m.replace(start=start, end=end)

    def _draggable(self, meeting_id: str) -> Meeting | None:
        """The meeting, if it can be dragged by days; if it is known only by its month, quarter
        or year, the status bar says why not (in the words of a move by the menu)."""
        m = self.session.db.meeting(meeting_id)
        refusal = editing.not_movable_by_days(m) if m is not None else None
        if refusal is not None:
            self.window.statusBar().showMessage(refusal)
            return None
        return m

    @Slot(str, str)
    def _on_drag_started(self, meeting_id: str, mode: str) -> None:
        """Tint the days where the meeting, moved whole, would start with no warning from its
        neighbours or its own dates."""
        m = self._draggable(meeting_id)
        view = self.current_page_view()
        shown = view.visible_days() if view is not None else None
        if view is None or shown is None or m is None or mode != "move":
            return
        first, last = shown
        if (last - first).days >= MAX_TINT_DAYS:
            return
        try:
            checker = self.session.checker  # waits for a first check still running
        except CheckUnavailable:
            return  # no tint: the status bar already says the calendar is not checked
        view.set_allowed_days(open_starts(checker, m, first, last))

    @Slot(str, int, str)
    def _on_bar_dragging(self, meeting_id: str, days: int, mode: str) -> None:
        """While dragging: what the rules would say about the new dates."""
        pair = self._dragged(meeting_id, days, mode)
        if pair is None:
            return
        before, after = pair
        try:
            checker = self.session.checker  # waits for a first check still running
        except CheckUnavailable as exc:
            self.window.statusBar().showMessage(f"{after.label} {after.span}: {exc}")
            return
        checker.update([before], [after])
        try:
            found = [f for f in checker.findings() if meeting_id in f.meeting_ids and not f.waived]
        finally:
            checker.update([after], [before])
        summary = "; ".join(f"{f.rule_id}: {f.message}" for f in found[:3]) or self.tr("no finding")
        self.window.statusBar().showMessage(f"{after.label} {after.span}: {summary}")
        widget = self.views.currentWidget()
        if isinstance(widget, PageView):
            widget.set_preview((after.start, after.end))

    @Slot(str, int, str)
    def _on_bar_dropped(self, meeting_id: str, days: int, mode: str) -> None:
        pair = self._dragged(meeting_id, days, mode)
        if pair is not None:
            before, after = pair
            db = self.session.db
            self.session.edit(lambda: editing.reschedule(db, before, after.start, after.end))

    def close(self) -> None:
        self.closed = True
        self._relayout_timer.stop()
