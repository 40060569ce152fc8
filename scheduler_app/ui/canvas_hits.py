"""What is under a point of a scene (content pixels), for clicks and hovers, and what a hover
there tells. No Qt: plain lookups over the scene and its tile index."""

from __future__ import annotations

from collections.abc import Callable

from scheduler_app.i18n import translate
from scheduler_app.screen import words
from scheduler_app.screen.scene import More, Rect, Scene, Toggle
from scheduler_app.ui.canvas_paint import SceneIndex

MORE_TIP_LINES = 12  # a hover over "+N more" names this many meetings, then counts the rest


def more_at(scene: Scene, x: float, y: float) -> More | None:
    for more in reversed(scene.mores):
        if more.rect.contains(x, y):
            return more
    return None


def toggle_at(scene: Scene, x: float, y: float) -> Toggle | None:
    for toggle in reversed(scene.toggles):
        if toggle.rect.contains(x, y):
            return toggle
    return None


def next_more(scene: Scene, view: Rect, current: More | None, forward: bool) -> More | None:
    """The "+N more" button Tab (``forward``) or Shift+Tab goes to, in reading order (rows,
    then columns): from none, the first (or last) in view, else the first after (or before)
    it; past either end, None, and the focus leaves the canvas."""
    order = sorted(scene.mores, key=lambda m: (m.rect.y, m.rect.x))
    if current in order:
        i = order.index(current) + (1 if forward else -1)
        return order[i] if 0 <= i < len(order) else None
    shown = [m for m in order if m.rect.intersects(view)] or order
    if not shown:
        return None
    return shown[0] if forward else shown[-1]


def tip_at(index: SceneIndex, x: float, y: float, describe: Callable[[str], str]) -> str:
    """The hover text at a point: a bar's tip, else a button's, else the topmost area's or
    caption's (plain text; "" for none)."""
    scene = index.scene
    bar = scene.bar_at(x, y)
    if bar is not None:
        return bar.tip or describe(bar.meeting_id)
    more = more_at(scene, x, y)
    if more is not None:
        names = [describe(m) for m in more.meeting_ids[:MORE_TIP_LINES]]
        rest = len(more.meeting_ids) - len(names)
        if rest > 0:
            names.append(words.and_more(rest))
        return "\n".join([more.title, *names])
    toggle = toggle_at(scene, x, y)
    if toggle is not None:
        if toggle.expanded:
            return translate("Calendar", "{group} (click to collapse)").format(group=toggle.title)
        return translate("Calendar", "{group} (click to expand)").format(group=toggle.title)
    point = Rect(x, y, 0.5, 0.5)
    for caption in reversed(index.captions_in(point)):
        if caption.tip and caption.rect.contains(x, y):
            return caption.tip
    for area in reversed(index.areas_in(point)):
        if area.tip and area.rect.contains(x, y):
            return area.tip
    return ""
