"""The calendar views: the agenda table and the year, timeline, month, week and day views, one
shown at a time; the day they show, stepping a period, zooming, and following the selection.

The views are laid out for the screen (``scheduler_app.screen``, through :mod:`view_layouts`)
on the meetings the table shows, so they follow the filter; again whenever those meetings, the
overlays, the period, the zoom or the canvas's width change. Dragging a bar is
:mod:`calendar_drag`'s."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QPoint, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
)

from scheduler_app.domain import Meeting
from scheduler_app.screen.periods import (
    DEFAULT_TIMELINE_DAYS,
    VIEW_KEYS,
    local_today,
    period,
    step_day,
)
from scheduler_app.screen.scene import Scene
from scheduler_app.screen.view_data import ViewData
from scheduler_app.ui.calendar_canvas import CalendarCanvas
from scheduler_app.ui.calendar_data import CalendarData
from scheduler_app.ui.calendar_drag import CalendarDrag
from scheduler_app.ui.calendar_scroll import (
    scroll_to_day,
    start_day,
    start_offset,
    timeline_offset_x,
    timeline_start_x,
)
from scheduler_app.ui.calendar_zoom import CalendarZoom
from scheduler_app.ui.canvas_view import named_period, period_text
from scheduler_app.ui.filter_panel import FilterPanel
from scheduler_app.ui.meeting_dialog import from_qdate, qdate
from scheduler_app.ui.meetings_pane import MeetingsPane
from scheduler_app.ui.session import Session
from scheduler_app.ui.view_layouts import ViewLayouts, Zoom

VIEW_NAMES = {
    "year": "Year planner",
    "timeline": "Cycle timeline",
    "month": "Month",
    "week": "Week",
    "day": "Day",
}


class CalendarPane(QObject):
    """The stack of views (``views``) of one window and the day and zoom they show."""

    view_changed = Signal(str)
    """Another view is shown: one of ``periods.VIEW_KEYS``."""
    date_changed = Signal(object)
    """The day the views show moved (a ``dt.date``): the month navigator follows."""
    context_menu_requested = Signal(QPoint)
    """The planner asked for the menu of a bar (now selected), at this point on the screen."""
    activated = Signal()
    """A bar was double-clicked or Enter pressed on it: open the selected meeting."""

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        meetings: MeetingsPane,
        filters: FilterPanel,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.meetings = meetings
        self.filters = filters
        self.current_date = local_today()
        self.zoom = Zoom(DEFAULT_TIMELINE_DAYS)
        self.layouts = ViewLayouts()
        self.closed = False  # the window went: a pending relayout must not run
        self.data = CalendarData(lambda: session.db)
        self._laid_out: dict[str, tuple[object, ...]] = {}  # what each canvas shows now
        # A resized view is laid out again to its new width, once the resizing pauses.
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(60)
        self._relayout_timer.timeout.connect(self.refresh_view)
        # The timeline holds only what is near its viewport: it is laid out again when a scroll
        # leaves that part, and once scrolling pauses (its group titles follow the left edge).
        self._timeline_built: tuple[float, float] | None = None
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(120)
        self._scroll_timer.timeout.connect(self._relayout_timeline)
        self._laying_out = False
        self._stale_timeline = False
        self.views = QStackedWidget(window)
        self.views.addWidget(meetings.table)
        self.canvases: dict[str, CalendarCanvas] = {}
        for key in VIEW_KEYS[1:]:
            canvas = CalendarCanvas()
            canvas.setObjectName(f"{key}-view")
            canvas.set_view_name(self.tr(VIEW_NAMES[key]))
            canvas.set_describe(self._describe_meeting)
            canvas.bar_clicked.connect(self._on_bar_clicked)
            canvas.bar_activated.connect(self._on_bar_activated)
            canvas.context_menu_requested.connect(self._on_context_menu_requested)
            canvas.step_requested.connect(self.step_selection)
            canvas.period_step_requested.connect(self.step_period)
            canvas.toggle_clicked.connect(self._on_toggle_clicked)
            canvas.zoom_requested.connect(self._on_zoom_requested)
            canvas.viewport_resized.connect(lambda _w, _h: self._relayout_timer.start())
            canvas.metrics_changed.connect(self.redraw_views)
            canvas.visible_changed.connect(self._on_visible_changed)
            self.canvases[key] = canvas
            self.views.addWidget(canvas)
        self.drag = CalendarDrag(self)
        self.zoomer = CalendarZoom(self)
        meetings.shown_changed.connect(self.redraw_views)
        filters.overlays_changed.connect(self.redraw_views)
        session.selection_changed.connect(self._on_selection_changed)
        session.settings_changed.connect(self._on_settings_changed)

    @property
    def canvas_list(self) -> list[CalendarCanvas]:
        return list(self.canvases.values())

    def set_editable(self, editable: bool) -> None:
        """Let bars be dragged to new dates, or not (a read-only database)."""
        for canvas in self.canvases.values():
            canvas.set_editable(editable)

    # --- which view, which period ----------------------------------------------------------------

    @property
    def view(self) -> str:
        return VIEW_KEYS[self.views.currentIndex()]

    def current_canvas(self) -> CalendarCanvas | None:
        return self.canvases.get(self.view)

    def show_view(self, key: str) -> None:
        """Switch to one of ``VIEW_KEYS``; they share the selection and the day shown."""
        self.views.setCurrentIndex(VIEW_KEYS.index(key))
        self.view_changed.emit(key)
        self.refresh_view()
        self._show_selection()

    def period(self, view: str | None = None) -> tuple[dt.date, dt.date]:
        """The days the (current) view lays out."""
        return period(view or self.view, self.current_date, self.zoom.timeline_days)

    def go_to(self, day: dt.date) -> None:
        """Show ``day`` in the current view (in the agenda: select what runs on or after it)."""
        self.current_date = day
        self.date_changed.emit(day)
        if self.view == "agenda":
            self.meetings.go_to_date(day)
        self.refresh_view()
        self.scroll_to_day(day)

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

    @Slot(int)
    def step_period(self, steps: int) -> None:
        """Show the previous (-1) or next (+1) year, month, week, day or timeline viewport."""
        view = self.view if self.view != "agenda" else "year"
        base = self.left_edge_day() if view == "timeline" else self.current_date
        self.go_to(step_day(view, base, steps, self.zoom.timeline_days))

    def left_edge_day(self) -> dt.date:
        """The first day in view on the timeline, at the start of its lines (the day shown, in
        the other views)."""
        canvas = self.current_canvas()
        if canvas is None or self.view != "timeline":
            return self.current_date
        return start_day(canvas) or self.current_date

    def zoom_by(self, factor: float, anchor: tuple[float, float] | None = None) -> None:
        """Zoom the current view in (``factor`` > 1) or out now (:mod:`calendar_zoom`)."""
        self.zoomer.zoom_by(factor, anchor)

    @Slot(float, float, float)
    def _on_zoom_requested(self, factor: float, x: float, y: float) -> None:
        self.zoomer.gesture(factor, x, y)

    # --- laying out ------------------------------------------------------------------------------

    def view_data(self, view: str) -> ViewData:
        """The meetings of the period ``view`` shows, with the days it marks (kept per period)."""
        first, last = self.period(view)
        return self.data.get(
            view,
            first,
            last,
            self.current_date,
            self.meetings.shown_meetings,
            self.filters.overlays(),
        )

    @Slot()
    def refresh_view(self) -> None:
        """Lay out the current calendar view, unless nothing it shows has changed."""
        canvas = self.current_canvas()
        if canvas is None or self.closed:
            return
        view = self.view
        data = self.view_data(view)
        self.layouts.decided = self.filters.overlays().decided
        key = (
            data,
            self.period(view),
            canvas.viewport().width(),
            self.zoom.timeline_days if view == "timeline" else None,
            self.zoom.hour_px if view in ("week", "day") else None,
            self.zoom.width.get(view),
            self.layouts.collapsed if view == "timeline" else None,
            local_today(),
        )
        before = self._laid_out.get(view)
        if before == key and not self._stale_timeline:
            return
        fresh_period = (before or (None, None))[1] != key[1]
        self._stale_timeline = False
        self._laid_out[view] = key
        visible_x = canvas.visible_rect().x
        first, last = self.period(view)
        kept: float | None = None  # the timeline's start of the lines, in days, to keep
        if view == "timeline" and fresh_period:
            visible_x = timeline_start_x(
                first, last, self.current_date, canvas.viewport().width(), self.zoom.timeline_days
            )
        elif view == "timeline" and before is not None and before[2:4] != key[2:4]:
            # a new width or zoom: the same day at the start of the lines, whichever way
            # time runs (a kept pixel offset would move it, by years when mirrored)
            kept = start_offset(canvas)
            if kept is not None:
                visible_x = timeline_offset_x(
                    first, last, kept, canvas.viewport().width(), self.zoom.timeline_days
                )
        self._laying_out = True
        try:
            scene = self.layouts.scene(
                view, self.current_date, data, canvas, self.zoom, local_today(), visible_x
            )
            canvas.set_scene(scene, keep_scroll=not fresh_period)
            if kept is not None:
                canvas.scroll_to(visible_x, canvas.visible_rect().y)
        finally:
            self._laying_out = False
        if view == "timeline":
            width = canvas.viewport().width()
            margin = max(300.0, width / 2)
            self._timeline_built = (visible_x - margin, visible_x + width + margin)
        canvas.set_selected(self.session.selected_ids)
        canvas.set_view_name(named_period(self.tr(VIEW_NAMES[view]), period_text(first, last)))
        if fresh_period:
            self.scroll_to_day(self.current_date)

    @Slot()
    def _on_visible_changed(self) -> None:
        if self.view != "timeline" or self._laying_out:
            return
        canvas = self.canvases["timeline"]
        v, built = canvas.visible_rect(), self._timeline_built
        if built is None or v.x < max(built[0], 0) or v.right > built[1]:
            self._relayout_timeline()
        else:
            self._scroll_timer.start()

    @Slot()
    def _relayout_timeline(self) -> None:
        if self.view == "timeline" and not self.closed:
            self._stale_timeline = True  # the same period, laid out around the new scroll
            self.refresh_view()

    @Slot(object)
    def _on_settings_changed(self, _record: object) -> None:
        """An observance corrected, a venue or its holidays changed: read every mark anew."""
        self.data.forget_all()
        self.redraw_views()

    @Slot()
    def redraw_views(self) -> None:
        """Lay the views out again: the meetings, the filter or the overlays changed."""
        self.data.forget_meetings()
        # laid out anew (the data differ) but not as a new period: the scroll stays
        self._laid_out = {v: (None, *k[1:]) for v, k in self._laid_out.items()}
        self.layouts.forget()
        self.refresh_view()

    def scroll_to_day(self, day: dt.date, at: float | None = None) -> None:
        """Bring ``day`` into the current view (:func:`calendar_scroll.scroll_to_day`)."""
        canvas = self.current_canvas()
        if canvas is not None:
            scroll_to_day(canvas, self.view, day, at)

    def _describe_meeting(self, meeting_id: str) -> str:
        row = self.meetings.model.row_of(meeting_id)
        if row is None:
            return meeting_id
        m = self.meetings.model.meeting_at(row)
        return f"{m.label}: {m.title}, {m.span}" if m.code else f"{m.title}, {m.span}"

    # --- the selection ---------------------------------------------------------------------------

    @Slot(object)
    def _on_selection_changed(self, ids: tuple[str, ...]) -> None:
        for canvas in self.canvases.values():
            canvas.set_selected(ids)
        self._show_selection()

    def _show_selection(self) -> None:
        """The current view follows the selection: to the selected meeting's period if it is
        not in the one shown, then scrolled to its bar."""
        canvas = self.current_canvas()
        ids = self.session.selected_ids
        if canvas is None or not ids:
            return
        m = self._meeting(ids[0])
        if m is None:
            return
        first, last = self.period()
        scene = canvas.scene
        drawn = scene is not None and scene.bar(m.id) is not None
        # a meeting shown is not turned away from; one known to the day only by its own dates
        # may be drawn a day off in another zone (the week's scene knows)
        if not drawn and not (m.start <= last and m.end >= first):
            self.current_date = m.start
            self.date_changed.emit(m.start)
            self.refresh_view()
        canvas.ensure_visible(m.id)

    def _meeting(self, meeting_id: str) -> Meeting | None:
        row = self.meetings.model.row_of(meeting_id)
        return self.meetings.model.meeting_at(row) if row is not None else None

    @Slot(int)
    def step_selection(self, step: int) -> None:
        """Select the meeting before or after the current one, in the table's order, and show
        it in the view (turning the page if it is not on it)."""
        self.meetings.step_selection(step)

    @Slot(str)
    def _on_bar_clicked(self, meeting_id: str) -> None:
        self.meetings.select_meeting(meeting_id)

    @Slot(str)
    def _on_bar_activated(self, meeting_id: str) -> None:
        if meeting_id not in self.session.selected_ids:
            self.meetings.select_meeting(meeting_id)
        self.activated.emit()

    @Slot(QPoint, str)
    def _on_context_menu_requested(self, pos: QPoint, meeting_id: str) -> None:
        if not meeting_id:
            return
        if meeting_id not in self.session.selected_ids:
            self.meetings.select_meeting(meeting_id)
        self.context_menu_requested.emit(pos)

    @Slot(str)
    def _on_toggle_clicked(self, key: str) -> None:
        self.layouts.toggle_group(key)
        self.refresh_view()

    def show_preview(self, span: tuple[dt.date, dt.date] | None) -> None:
        """Shade ``span`` on the current calendar view (turning to its period if it is not
        shown); None clears the shading. The agenda shows no preview."""
        canvas = self.current_canvas()
        if canvas is None:
            return
        if span is None:
            canvas.clear_preview()
            return
        first, last = self.period()
        if not first <= span[0] <= last:
            self.go_to(span[0])
        canvas.set_preview(*span)

    def scene(self) -> Scene | None:
        canvas = self.current_canvas()
        return canvas.scene if canvas is not None else None

    def close(self) -> None:
        self.closed = True
        self._relayout_timer.stop()
        self._scroll_timer.stop()
