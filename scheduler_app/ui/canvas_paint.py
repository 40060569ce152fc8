"""Painting a ``Scene``: only what meets the visible rectangle, in vectors at the device's pixel
ratio. Rectangles and straight rules are snapped to device pixels, so a 1 px grid line is one
sharp line at 100 % and two at 200 %, never a grey smear."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QPolygonF

from scheduler_app.screen.scene import (
    Area,
    Bar,
    Caption,
    FontRole,
    More,
    Rect,
    Rule,
    Scene,
    Toggle,
    Tone,
)
from scheduler_app.ui.calendar_palette import bar_colors, mix, tone_color
from scheduler_app.ui.qt_metrics import QtMetrics

Role = QPalette.ColorRole
TILE = 256.0  # px of content per tile of the index of the scene's other shapes
ARROW = 4.0  # half-height of the "continues" arrows, px
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
}
_VCENTER = Qt.AlignmentFlag.AlignVCenter


class TileIndex:
    """Which of many rectangles meet a view, without a pass over all of them: each rectangle is
    filed under the tiles it covers. Answers indices in the original (painting) order."""

    def __init__(self, rects: Sequence[Rect]) -> None:
        self._extents = [(r.x, r.y, r.x + r.w, r.y + r.h) for r in rects]
        self._tiles: dict[tuple[int, int], list[int]] = {}
        for i, r in enumerate(rects):
            for key in _tiles_of(r):
                self._tiles.setdefault(key, []).append(i)

    def query(self, view: Rect) -> list[int]:
        found: set[int] = set()
        for key in _tiles_of(view):
            found.update(self._tiles.get(key, ()))
        vx0, vy0, vx1, vy1 = view.x, view.y, view.x + view.w, view.y + view.h
        extents = self._extents
        return sorted(
            i
            for i in found
            if extents[i][0] < vx1
            and vx0 < extents[i][2]
            and extents[i][1] < vy1
            and vy0 < extents[i][3]
        )


def _tiles_of(r: Rect) -> list[tuple[int, int]]:
    x0, x1 = int(r.x // TILE), int(max(r.x, r.right - 1e-6) // TILE)
    y0, y1 = int(r.y // TILE), int(max(r.y, r.bottom - 1e-6) // TILE)
    return [(tx, ty) for tx in range(x0, x1 + 1) for ty in range(y0, y1 + 1)]


def rule_rect(rule: Rule) -> Rect:
    half = max(rule.width, 1.0) / 2
    x, y = min(rule.x1, rule.x2) - half, min(rule.y1, rule.y2) - half
    return Rect(x, y, abs(rule.x2 - rule.x1) + 2 * half, abs(rule.y2 - rule.y1) + 2 * half)


@dataclass
class SceneIndex:
    """The scene's shapes other than bars, filed by tile (bars have ``Scene.bars_in``)."""

    scene: Scene
    areas: TileIndex = field(init=False)
    captions: TileIndex = field(init=False)
    rules: TileIndex = field(init=False)

    def __post_init__(self) -> None:
        self.areas = TileIndex([a.rect for a in self.scene.areas])
        self.captions = TileIndex([c.rect for c in self.scene.captions])
        self.rules = TileIndex([rule_rect(r) for r in self.scene.rules])

    def areas_in(self, view: Rect) -> list[Area]:
        return [self.scene.areas[i] for i in self.areas.query(view)]

    def captions_in(self, view: Rect) -> list[Caption]:
        return [self.scene.captions[i] for i in self.captions.query(view)]

    def rules_in(self, view: Rect) -> list[Rule]:
        return [self.scene.rules[i] for i in self.rules.query(view)]


@dataclass
class Overlay:
    """What the widget adds over the scene: selection, drag preview, allowed days, focus."""

    selected: frozenset[str] = frozenset()
    preview: Sequence[Rect] = ()
    allowed: Sequence[Rect] = ()
    focused_more: More | None = None
    visible: Rect | None = None  # the viewport's part of the scene: group titles stay in it


@dataclass
class Painter:
    """One paint pass: the painter, the palette, the fonts, the device pixel ratio."""

    qp: QPainter
    palette: QPalette
    metrics: QtMetrics
    dpr: float
    _tones: dict[tuple[Tone, float], QColor] = field(default_factory=dict)

    def tone(self, tone: Tone, level: float = 0.0) -> QColor:
        key = (tone, round(level, 2))
        color = self._tones.get(key)
        if color is None:
            color = self._tones[key] = tone_color(tone, self.palette, level)
        return color

    def tone_base(self) -> QColor:
        return self.tone(Tone.BASE)

    def snap(self, r: Rect) -> QRectF:
        """``r`` with its edges on device pixels, at least one device pixel wide and high."""
        d = self.dpr
        x, y = r.x, r.y
        if d == 1.0:  # the common case, without the divisions
            x0, y0 = round(x), round(y)
            return QRectF(x0, y0, max(round(x + r.w) - x0, 1), max(round(y + r.h) - y0, 1))
        x0, y0 = round(x * d), round(y * d)
        x1, y1 = max(round((x + r.w) * d), x0 + 1), max(round((y + r.h) * d), y0 + 1)
        return QRectF(x0 / d, y0 / d, (x1 - x0) / d, (y1 - y0) / d)

    def text(self, rect: Rect, flags: int, text: str, role: FontRole, color: QColor) -> None:
        self.qp.setFont(self.metrics.font(role))
        self.qp.setPen(color)
        if flags == _LEFT_MIDDLE and "\n" not in text:
            # one line the layout already fitted: drawn from its baseline, without the text
            # layout a rectangle costs (a third of painting a crowded view); a line ending at
            # the right (right to left) takes the layout, which measures with the device's font
            ascent, height = self.metrics.ascent(role), self.metrics.height(role)
            baseline = rect.y + (rect.h - height) / 2 + ascent
            self.qp.drawText(QPointF(rect.x, baseline), text)
            return
        # drawText clips to the rectangle when the text does not fit (no TextDontClip);
        # AlignAbsolute: the scene says left or right itself (a mirrored scene flips them)
        self.qp.drawText(
            QRectF(rect.x, rect.y, rect.w, rect.h), flags | Qt.AlignmentFlag.AlignAbsolute, text
        )

    def start_flag(self) -> Qt.AlignmentFlag:
        """Where a line starts: at the left, or at the right of a mirrored scene."""
        rtl = self.qp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft


def paint_scene(p: Painter, index: SceneIndex, view: Rect, overlay: Overlay) -> None:
    """Draw the part ``view`` of the scene; the painter is in content coordinates."""
    scene = index.scene
    qp = p.qp
    # Arabic words run right to left, and a line's neutral marks ("+3", "(12)") with them
    qp.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if scene.right_to_left else Qt.LayoutDirection.LeftToRight
    )
    qp.fillRect(p.snap(view), p.tone_base())
    paint_areas(p, index.areas_in(view))
    _tint(p, overlay.allowed, p.palette.color(Role.Highlight), 40)
    _tint(p, overlay.preview, p.palette.color(Role.Highlight), 90)
    for rule in index.rules_in(view):
        paint_rule(p, rule)
    for caption in index.captions_in(view):
        p.text(caption.rect, _ALIGN.get(caption.align, _ALIGN["left"]) | _VCENTER, caption.text,
               caption.role, p.tone(caption.tone))  # fmt: skip
    bars = scene.bars_in(view)
    for bar in bars:
        paint_bar(p, bar)
    if overlay.selected:
        _outline_selected(p, [b for b in bars if b.meeting_id in overlay.selected])
    for more in scene.mores:
        if more.rect.intersects(view):
            paint_more(p, more, more is overlay.focused_more)
    for toggle in scene.toggles:
        if toggle.rect.intersects(view):
            paint_toggle(p, toggle, overlay.visible or view)


def paint_areas(p: Painter, areas: Sequence[Area]) -> None:
    """The areas in order, each run of side-by-side areas of one shade (the days of a religious
    period, a row's weekend; areas under a device pixel apart) filled as one rectangle: zoomed
    out, a timeline has hundreds of one-pixel days in view, and each fill is a call into Qt."""
    run: Area | None = None  # the shade and band of the run being gathered
    x0 = x1 = 0.0
    touch = 1.0 / p.dpr  # areas less than a device pixel apart are filled as one
    for area in areas:
        r = area.rect
        if (
            run is not None
            and area.tone is run.tone
            and area.level == run.level
            and not area.outlined
            and r.y == run.rect.y
            and r.h == run.rect.h
            and x0 <= r.x <= x1 + touch
        ):
            x1 = max(x1, r.x + r.w)
            continue
        if run is not None:
            p.qp.fillRect(
                p.snap(Rect(x0, run.rect.y, x1 - x0, run.rect.h)), p.tone(run.tone, run.level)
            )
            run = None
        if area.outlined:
            paint_area(p, area)
        else:
            run, x0, x1 = area, r.x, r.x + r.w
    if run is not None:
        p.qp.fillRect(
            p.snap(Rect(x0, run.rect.y, x1 - x0, run.rect.h)), p.tone(run.tone, run.level)
        )


def paint_area(p: Painter, area: Area) -> None:
    rect = p.snap(area.rect)
    if area.outlined:  # a frame in its tone (today's cell), the day's own shade showing
        _frame(p, rect, p.tone(area.tone, area.level), 2.0)
        return
    p.qp.fillRect(rect, p.tone(area.tone, area.level))


def paint_rule(p: Painter, rule: Rule) -> None:
    color = p.tone(rule.tone)
    if rule.x1 == rule.x2 or rule.y1 == rule.y2:  # the grid: filled, on device pixels
        p.qp.fillRect(p.snap(rule_rect_exact(rule)), color)
        return
    p.qp.setPen(QPen(color, rule.width))
    p.qp.drawLine(QPointF(rule.x1, rule.y1), QPointF(rule.x2, rule.y2))


def rule_rect_exact(rule: Rule) -> Rect:
    half = rule.width / 2
    if rule.x1 == rule.x2:
        return Rect(rule.x1 - half, min(rule.y1, rule.y2), rule.width, abs(rule.y2 - rule.y1))
    return Rect(min(rule.x1, rule.x2), rule.y1 - half, abs(rule.x2 - rule.x1), rule.width)


_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def paint_bar(p: Painter, bar: Bar) -> None:
    """One meeting's bar: fill, status pattern, outline (dashed when its dates are not fixed),
    "continues" arrows and its label."""
    qp = p.qp
    fill, on, outline = bar_colors(bar.fill, p.palette)
    if bar.dashed:  # dates not fixed: a lighter fill, so a fixed meeting stands out over it
        fill, on, _ = bar_colors(mix(fill, p.tone_base(), 0.55).name(), p.palette)
    rect = p.snap(bar.rect)
    qp.fillRect(rect, fill)
    if bar.mark and rect.width() >= 6:
        qp.fillRect(rect, _mark_brush(bar.mark, on.rgba(), p.dpr))
    pen = QPen(outline, 1.0 if bar.dashed else 0.0)
    pen.setCosmetic(True)
    if bar.dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    qp.setPen(pen)
    qp.setBrush(Qt.BrushStyle.NoBrush)
    inset = 0.5 / p.dpr
    qp.drawRect(rect.adjusted(inset, inset, -inset, -inset))
    arrows = bar.continues_before or bar.continues_after
    where = bar.label_rect or bar.rect
    if bar.label and bar.label_inside and arrows:
        where, arrows = _clear_of_arrows(p, rect, bar, where)
    if arrows:
        _arrows(p, rect, bar, on)
    if bar.label:
        color = on if bar.label_inside else p.palette.color(Role.Text)
        p.text(where, p.start_flag() | _VCENTER, bar.label, bar.label_role, color)


def _clear_of_arrows(p: Painter, rect: QRectF, bar: Bar, where: Rect) -> tuple[Rect, bool]:
    """A label inside a bar moved off its "continues" arrows (the one before is at the label's
    start, in either direction), or, where the bar has no room for both, the arrows left out:
    the code is what the planner reads, and the tooltip gives the dates."""
    h = _arrow_size(rect)
    if h is None:
        return where, False
    room = h + 2.0
    start = room if bar.continues_before else 0.0
    end = room if bar.continues_after else 0.0
    if p.metrics.width(bar.label, bar.label_role) + start + end > where.w:
        return where, False
    if p.qp.layoutDirection() == Qt.LayoutDirection.RightToLeft:  # the start is at the right
        start, end = end, start
    return Rect(where.x + start, where.y, where.w - start - end, where.h), True


def _arrow_size(rect: QRectF) -> float | None:
    h = min(ARROW, rect.height() / 2 - 1)
    return None if h < 2 or rect.width() < 4 * h else h


def _arrows(p: Painter, rect: QRectF, bar: Bar, color: QColor) -> None:
    h = _arrow_size(rect)
    if h is None:
        return
    cy = rect.center().y()
    p.qp.setPen(Qt.PenStyle.NoPen)
    p.qp.setBrush(color)
    before, after = bar.continues_before, bar.continues_after
    if p.qp.layoutDirection() == Qt.LayoutDirection.RightToLeft:  # earlier is to the right
        before, after = after, before
    if before:
        x = rect.left() + 1
        p.qp.drawPolygon(
            QPolygonF([QPointF(x, cy), QPointF(x + h, cy - h), QPointF(x + h, cy + h)])
        )
    if after:
        x = rect.right() - 1
        p.qp.drawPolygon(
            QPolygonF([QPointF(x, cy), QPointF(x - h, cy - h), QPointF(x - h, cy + h)])
        )


@functools.lru_cache(maxsize=32)
def _mark_brush(mark: str, rgba: int, dpr: float) -> QBrush:
    """Hatching for proposed and tentative meetings, cross-hatching for cancelled ones (as on
    paper, ``printing/render.py``), in the colour a label on the bar is written in."""
    style = Qt.BrushStyle.DiagCrossPattern if mark == "cross" else Qt.BrushStyle.BDiagPattern
    color = QColor.fromRgba(rgba)
    color.setAlpha(150)
    return QBrush(color, style)


def _outline_selected(p: Painter, bars: Sequence[Bar]) -> None:
    pen = QPen(p.palette.color(Role.Highlight), 2.0)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    p.qp.setPen(pen)
    p.qp.setBrush(Qt.BrushStyle.NoBrush)
    for bar in bars:
        p.qp.drawRect(p.snap(bar.rect).adjusted(-1, -1, 1, 1))


def _tint(p: Painter, rects: Sequence[Rect], color: QColor, alpha: int) -> None:
    if not rects:
        return
    tint = QColor(color)
    tint.setAlpha(alpha)
    for r in rects:
        p.qp.fillRect(p.snap(r), tint)


def _frame(p: Painter, rect: QRectF, color: QColor, width: float = 0.0) -> None:
    pen = QPen(color, width)
    pen.setCosmetic(width == 0.0)
    p.qp.setPen(pen)
    p.qp.setBrush(Qt.BrushStyle.NoBrush)
    inset = max(width, 1.0 / p.dpr) / 2
    p.qp.drawRect(rect.adjusted(inset, inset, -inset, -inset))


def paint_more(p: Painter, more: More, focused: bool) -> None:
    """A "+N more" as a push button, with a focus frame when the keyboard is on it."""
    rect = p.snap(more.rect)
    qp = p.qp
    qp.setPen(QPen(p.palette.color(Role.Mid), 0))
    qp.setBrush(p.palette.color(Role.Button))
    qp.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    if more.text:  # a narrow density bin leaves its count to the tooltip
        p.text(more.rect, Qt.AlignmentFlag.AlignCenter, more.text, FontRole.SMALL,
               p.palette.color(Role.ButtonText))  # fmt: skip
    if focused:
        _frame(p, rect, p.palette.color(Role.Highlight), 2.0)


def paint_toggle(p: Painter, toggle: Toggle, view: Rect | None = None) -> None:
    """A lane group's header: an arrow (down when expanded, pointing along the lines when
    collapsed: right, or left in a mirrored scene) at the start of the lines in ``view``
    (a header as wide as the timeline's years), then the title."""
    rect = p.snap(toggle.rect)
    qp = p.qp
    qp.fillRect(rect, mix(p.tone_base(), p.palette.color(Role.Text), 0.07))
    h = min(ARROW + 1, rect.height() / 2 - 1)
    rtl = qp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    sign = -1.0 if rtl else 1.0
    left, right = rect.left(), rect.right()
    if view is not None:
        left, right = max(left, view.x), min(right, view.right)
    cx = right - 4 - h if rtl else left + 4 + h
    cy = rect.center().y()
    qp.setPen(Qt.PenStyle.NoPen)
    qp.setBrush(p.palette.color(Role.Text))
    if toggle.expanded:
        pts = [QPointF(cx - h, cy - h / 2), QPointF(cx + h, cy - h / 2), QPointF(cx, cy + h / 2)]
    else:
        back, tip = cx - sign * h / 2, cx + sign * h / 2
        pts = [QPointF(back, cy - h), QPointF(tip, cy), QPointF(back, cy + h)]
    qp.drawPolygon(QPolygonF(pts))
    if rtl:
        title = Rect(left, toggle.rect.y, max(0.0, cx - h - 4 - left), toggle.rect.h)
    else:
        text_x = cx + h + 4
        title = Rect(text_x, toggle.rect.y, max(0.0, right - text_x), toggle.rect.h)
    p.text(title, p.start_flag() | _VCENTER, toggle.title, FontRole.BOLD,
           p.palette.color(Role.Text))  # fmt: skip
