"""Dragging a bar in a calendar view: by whole days in the year, timeline and month views, by
15-minute steps in the week and day views (where a timed meeting moves on the planner's clock
and keeps its own zone). While it moves the status bar says what the rules would find and the
view shades the new dates; the drop is one undoable edit.

While a meeting is moved by days the view tints the days where it could start with no warning
from its neighbours or its own dates (the lower bound ``suggest`` ranks by; a rule reading the
whole calendar may still warn): worked out once when the drag starts, so following the mouse
costs nothing more."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from scheduler_app.domain import Meeting
from scheduler_app.services import editing
from scheduler_app.services.suggesting import open_starts
from scheduler_app.services.time_moves import moved_by_minutes
from scheduler_app.ui.session import CheckUnavailable
from scheduler_app.ui.view_layouts import planner_zone

if TYPE_CHECKING:
    from scheduler_app.ui.calendar_pane import CalendarPane

MAX_TINT_DAYS = 3 * 366  # a longer period is not tinted: judging every start would stall
TIMED_VIEWS = ("week", "day")


class CalendarDrag(QObject):
    """Follows the drags of every canvas of a calendar pane."""

    def __init__(self, pane: CalendarPane) -> None:
        super().__init__(pane)
        self.pane = pane
        for canvas in pane.canvases.values():
            canvas.drag_started.connect(self._on_drag_started)
            canvas.bar_dragging.connect(self._on_dragging)
            canvas.bar_dropped.connect(self._on_dropped)
            canvas.drag_cancelled.connect(self._on_cancelled)

    def _say(self, text: str) -> None:
        self.pane.window.statusBar().showMessage(text)

    def dragged(self, meeting_id: str, delta: int, mode: str) -> tuple[Meeting, Meeting] | None:
        """The meeting before and after a drag of ``delta`` (days, or minutes in the week and
        day views), or None after saying why it cannot go there."""
        m = self.pane.session.db.meeting(meeting_id)
        if m is None:
            return None
        if self.pane.view in TIMED_VIEWS and m.start_time is not None:
            try:
                return m, moved_by_minutes(m, delta, mode, planner_zone())
            except ValueError as exc:
                self._say(str(exc))
                return None
        if self.pane.view in TIMED_VIEWS:
            delta = round(delta / (24 * 60))  # an all-day meeting moves by whole days
        refusal = editing.not_movable_by_days(m)
        if refusal is not None:
            self._say(refusal)
            return None
        shift = dt.timedelta(days=delta)
        start = m.start + shift if mode in ("move", "start") else m.start
        end = m.end + shift if mode in ("move", "end") else m.end
        if end < start:
            self._say(
                self.tr("%1: the first day cannot come after the last (%2)")
                .replace("%1", m.label)
                .replace("%2", f"{start:%d %b} > {end:%d %b %Y}")
            )
            return None
        return m, m.replace(start=start, end=end)

    @Slot(str, str)
    def _on_drag_started(self, meeting_id: str, mode: str) -> None:
        """Tint the days where the meeting, moved whole by days, would start with no warning
        from its neighbours or its own dates."""
        canvas = self.pane.current_canvas()
        m = self.pane.session.db.meeting(meeting_id)
        if canvas is None or m is None or mode != "move" or self.pane.view in TIMED_VIEWS:
            return
        refusal = editing.not_movable_by_days(m)
        if refusal is not None:
            self._say(refusal)  # said as the drag starts, not only once the bar moves
            return
        first, last = self.pane.period()
        if (last - first).days >= MAX_TINT_DAYS:
            return
        try:
            checker = self.pane.session.checker  # waits for a first check still running
        except CheckUnavailable:
            return  # no tint: the status bar already says the calendar is not checked
        canvas.set_allowed_days(open_starts(checker, m, first, last))

    @Slot(str, int, str)
    def _on_dragging(self, meeting_id: str, delta: int, mode: str) -> None:
        """While dragging: what the rules would say about the new dates, and their shade."""
        pair = self.dragged(meeting_id, delta, mode)
        if pair is None:
            return
        before, after = pair
        when = f"{after.label} {after.span}" + (
            f" {after.start_time:%H:%M}-{after.end_time:%H:%M}"
            if after.start_time is not None and after.end_time is not None
            else ""
        )
        try:
            checker = self.pane.session.checker  # waits for a first check still running
        except CheckUnavailable as exc:
            self._say(f"{when}: {exc}")
            return
        checker.update([before], [after])
        try:
            found = [f for f in checker.findings() if meeting_id in f.meeting_ids and not f.waived]
        finally:
            checker.update([after], [before])
        summary = "; ".join(f"{f.rule_id}: {f.message}" for f in found[:3]) or self.tr("no finding")
        self._say(f"{when}: {summary}")
        canvas = self.pane.current_canvas()
        if canvas is not None:
            canvas.set_preview(after.start, after.end)

    @Slot(str, int, str)
    def _on_dropped(self, meeting_id: str, delta: int, mode: str) -> None:
        self._clear()
        if delta == 0:
            return
        pair = self.dragged(meeting_id, delta, mode)
        if pair is None:
            return
        before, after = pair
        db = self.pane.session.db
        if after.start_time != before.start_time or after.end_time != before.end_time:
            self.pane.session.edit(lambda: editing.update(db, before, after, "Move"))
        else:
            self.pane.session.edit(lambda: editing.reschedule(db, before, after.start, after.end))

    @Slot()
    def _on_cancelled(self) -> None:
        self._clear()
        self.pane.window.statusBar().clearMessage()

    def _clear(self) -> None:
        canvas = self.pane.current_canvas()
        if canvas is not None:
            canvas.clear_preview()
            canvas.set_allowed_days(())
