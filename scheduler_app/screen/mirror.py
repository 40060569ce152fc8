"""A scene mirrored for a language written from right to left (Arabic): time runs from right
to left, as on an Arabic wall calendar: the timeline's and the week's days, the month grid's
weekdays (its first at the right), the year planner's days 1-31 and its months' names at the
right.

Each layout is made left to right and then mirrored here in x, axis included, so painting,
hit-testing, dragging (a drag to the left moves a meeting later) and the tints of a drag's days
all read the same mirrored geometry. Words are not mirrored: a caption keeps its text and takes
the other alignment, and the painter writes it right to left."""

from __future__ import annotations

import datetime as dt

from scheduler_app.i18n import is_right_to_left
from scheduler_app.screen.scene import Area, Axis, Bar, Caption, More, Rect, Rule, Scene, Toggle

_EPS = 1e-6  # a point's mirror falls inside the same cell: cells are half-open [x, x + w)
_ALIGN = {"left": "right", "right": "left", "center": "center"}


class MirroredAxis:
    """``inner`` read in mirrored x: the point x of a scene ``width`` wide is ``width - x``."""

    def __init__(self, inner: Axis, width: float) -> None:
        self.inner, self.width = inner, width
        self.step_minutes = inner.step_minutes

    def date_at(self, x: float, y: float) -> dt.date | None:
        return self.inner.date_at(self.width - x - _EPS, y)

    def moment_at(self, x: float, y: float) -> dt.datetime | None:
        return self.inner.moment_at(self.width - x - _EPS, y)

    def day_rects(self, first: dt.date, last: dt.date) -> list[Rect]:
        return [_flip(r, self.width) for r in self.inner.day_rects(first, last)]


def right_to_left(asked: bool | None) -> bool:
    """``asked``, or whether the planner's language is written from right to left."""
    return is_right_to_left() if asked is None else asked


def unmirrored(axis: Axis) -> Axis:
    """The layout's own axis under a mirrored one (the week's time grid)."""
    return axis.inner if isinstance(axis, MirroredAxis) else axis


def _flip(r: Rect, width: float) -> Rect:
    return Rect(width - r.x - r.w, r.y, r.w, r.h)


def mirror_x(x0: float, x1: float, width: float) -> tuple[float, float]:
    """A range of x (from, to) in the other direction's coordinates."""
    return width - x1, width - x0


def mirror(scene: Scene) -> Scene:
    """``scene`` mirrored in x (``right_to_left`` set); mirroring it again gives it back."""
    w = scene.width
    bars = [
        Bar(  # by position, as the layouts make them: a year makes thousands
            b.meeting_id,
            _flip(b.rect, w),
            b.fill,
            b.mark,
            b.dashed,
            b.label,
            None if b.label_rect is None else _flip(b.label_rect, w),
            b.label_inside,
            b.label_role,
            b.tip,
            b.continues_before,
            b.continues_after,
        )
        for b in scene.bars
    ]
    # the bars keep their order: reading order is time order, whichever way time runs
    axis = scene.axis
    return Scene(
        width=w,
        height=scene.height,
        first=scene.first,
        last=scene.last,
        axis=axis.inner if isinstance(axis, MirroredAxis) else MirroredAxis(axis, w),
        bars=bars,
        areas=[Area(_flip(a.rect, w), a.tone, a.level, a.tip, a.outlined) for a in scene.areas],
        captions=[
            Caption(c.text, _flip(c.rect, w), c.role, c.tone, _ALIGN.get(c.align, c.align), c.tip)
            for c in scene.captions
        ],
        rules=[Rule(w - r.x1, r.y1, w - r.x2, r.y2, r.tone, r.width) for r in scene.rules],
        mores=[More(_flip(m.rect, w), m.text, m.meeting_ids, m.title) for m in scene.mores],
        toggles=[Toggle(t.key, _flip(t.rect, w), t.expanded, t.title) for t in scene.toggles],
        pinned_top=scene.pinned_top,
        right_to_left=not scene.right_to_left,
    )
