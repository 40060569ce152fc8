"""The calendar canvas paints a hand-built scene and turns clicks, keys and drags into the
planner's requests. The scenes here use a linear day axis: day n of 2026 is x = 20 n."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from scheduler_app.screen.scene import Area, Bar, Caption, More, Rect, Rule, Scene, Toggle, Tone
from scheduler_app.ui import canvas_paint
from scheduler_app.ui.calendar_canvas import CalendarCanvas

FIRST = dt.date(2026, 1, 1)
DAY = 20.0  # px per day
ROW = 400.0


class DayAxis:
    """x = 20 px per day from 1 January 2026; one strip ``ROW`` px high."""

    step_minutes = 0

    def __init__(self, days: int = 365) -> None:
        self.days = days

    def date_at(self, x: float, y: float) -> dt.date | None:
        if not 0 <= x < self.days * DAY:
            return None
        return FIRST + dt.timedelta(days=int(x // DAY))

    def moment_at(self, x: float, y: float) -> dt.datetime | None:
        return None

    def day_rects(self, first: dt.date, last: dt.date) -> list[Rect]:
        x = (first - FIRST).days * DAY
        return [Rect(x, 0, ((last - first).days + 1) * DAY, ROW)]


class HourAxis:
    """A week view: a column of 100 px per day, 1 px per minute down from midnight (UTC)."""

    step_minutes = 15

    def date_at(self, x: float, y: float) -> dt.date | None:
        return FIRST + dt.timedelta(days=int(x // 100))

    def moment_at(self, x: float, y: float) -> dt.datetime | None:
        day = dt.datetime.combine(FIRST, dt.time(), tzinfo=dt.UTC) + dt.timedelta(
            days=int(x // 100)
        )
        return day + dt.timedelta(minutes=y)

    def day_rects(self, first: dt.date, last: dt.date) -> list[Rect]:
        return [Rect((first - FIRST).days * 100, 0, ((last - first).days + 1) * 100, 1440)]


def bar(
    meeting_id: str,
    day: int,
    days: int,
    y: float = 40,
    fill: str = "#1f4e9c",
    **kw: object,
) -> Bar:
    rect = Rect(day * DAY, y, days * DAY, 18)
    return Bar(meeting_id, rect, fill, tip=f"{meeting_id}: Meeting {meeting_id}\n{day}", **kw)  # type: ignore[arg-type]


def scene_of(
    bars: Sequence[Bar] = (),
    width: float = 365 * DAY,
    height: float = ROW,
    axis: object | None = None,
    **kw: object,
) -> Scene:
    return Scene(
        width,
        height,
        FIRST,
        dt.date(2026, 12, 31),
        axis or DayAxis(),  # type: ignore[arg-type]
        bars=list(bars),
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def canvas(qtbot: QtBot) -> CalendarCanvas:
    c = CalendarCanvas()
    qtbot.addWidget(c)
    c.resize(600, 300)
    c.show()
    qtbot.waitExposed(c)
    return c


def at(canvas: CalendarCanvas, x: float, y: float) -> QPoint:
    """The viewport point showing content point (x, y)."""
    view = canvas.visible_rect()
    return QPoint(round(x - view.x), round(y - view.y))


def pixel(canvas: CalendarCanvas, x: float, y: float) -> QColor:
    image = canvas.viewport().grab().toImage()
    p = at(canvas, x, y)
    return image.pixelColor(p.x(), p.y())


# --- painting ------------------------------------------------------------------------------------


def test_a_label_inside_is_written_in_the_colour_that_reads_on_the_bar(
    canvas: CalendarCanvas,
) -> None:
    label = "WWWWWWWW"
    b = bar("m1", 2, 10, label=label, label_rect=Rect(44, 40, 190, 18))
    canvas.set_scene(scene_of([b]))
    image = canvas.viewport().grab().toImage()
    inside = {image.pixelColor(x, y).name() for x in range(46, 140) for y in range(42, 56)}
    assert "#1f4e9c" in inside  # the fill
    # white text on a dark blue bar: some pixels of the glyphs are (near) white
    assert any(QColor(c).lightness() > 200 for c in inside)
    # nothing is drawn outside the bar's rows
    assert image.pixelColor(100, 70).name() == pixel(canvas, 100, 200).name()


def test_a_label_beside_a_bar_is_written_in_the_palette_text_colour(
    canvas: CalendarCanvas,
) -> None:
    b = bar("m1", 2, 1, fill="#ffffff", label="MMMMMM", label_rect=Rect(64, 40, 120, 18),
            label_inside=False)  # fmt: skip
    canvas.set_scene(scene_of([b]))
    image = canvas.viewport().grab().toImage()
    text = canvas.palette().text().color()
    darkest = min(
        (image.pixelColor(x, y) for x in range(64, 180) for y in range(40, 58)),
        key=lambda c: abs(c.lightness() - text.lightness()),
    )
    assert abs(darkest.lightness() - text.lightness()) < 40


def test_only_the_bars_in_view_are_painted(
    canvas: CalendarCanvas, monkeypatch: pytest.MonkeyPatch
) -> None:
    painted: list[str] = []
    real = canvas_paint.paint_bar

    def spy(p: canvas_paint.Painter, b: Bar) -> None:
        painted.append(b.meeting_id)
        real(p, b)

    monkeypatch.setattr(canvas_paint, "paint_bar", spy)
    bars = [bar(f"m{i}", i * 3, 2) for i in range(100)]  # 60 px apart, 6,000 px in all
    canvas.set_scene(scene_of(bars))
    canvas.viewport().repaint()
    in_view = {b.meeting_id for b in bars if b.rect.intersects(canvas.visible_rect())}
    assert set(painted) == in_view and 5 <= len(in_view) <= 12
    painted.clear()
    canvas.scroll_to(3000, 0)
    canvas.viewport().repaint()
    assert painted and all(int(m[1:]) >= 45 for m in painted)


def test_areas_rules_captions_toggles_and_mores_are_drawn(canvas: CalendarCanvas) -> None:
    scene = scene_of(
        areas=[Area(Rect(0, 100, 40, 40), Tone.HOLIDAY)],
        rules=[Rule(200, 0, 200, ROW, Tone.TEXT)],
        captions=[Caption("January", Rect(300, 0, 200, 20))],
        mores=[More(Rect(300, 200, 80, 20), "+3 more", ("a", "b", "c"), "3 January")],
        toggles=[Toggle("conf", Rect(0, 250, 200, 22), True, "Conferences")],
    )
    canvas.set_scene(scene)
    base = pixel(canvas, 150, 120).name()
    assert pixel(canvas, 20, 120).name() != base  # the holiday
    assert pixel(canvas, 200, 120).name() == canvas.palette().text().color().name()
    assert pixel(canvas, 199, 120).name() == base  # the rule is one pixel, not a smear
    assert pixel(canvas, 302, 210).name() != base  # the button's face
    assert pixel(canvas, 2, 252).name() != base  # the header's band


def test_a_bar_whose_dates_are_not_fixed_is_lighter_with_a_dashed_edge(
    canvas: CalendarCanvas,
) -> None:
    canvas.set_scene(scene_of([bar("fixed", 1, 10, y=40), bar("open", 1, 10, y=80, dashed=True)]))
    fixed, loose = pixel(canvas, 100, 48), pixel(canvas, 100, 88)
    assert loose.lightness() > fixed.lightness()
    edge = [pixel(canvas, x, 80).name() for x in range(30, 200)]
    assert len(set(edge)) > 1  # dashes and gaps along the top edge


def test_at_twice_the_pixel_ratio_edges_stay_sharp(canvas: CalendarCanvas) -> None:
    canvas.set_scene(scene_of([bar("m1", 1, 3, y=41)], rules=[Rule(200.5, 0, 200.5, ROW)]))
    image = QImage(1200, 600, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(2.0)
    image.fill(QColor("#ffffff"))
    qp = QPainter(image)
    try:
        canvas.paint_view(qp, Rect(0, 0, 600, 300), 2.0)
    finally:
        qp.end()
    fill = QColor("#1f4e9c").name()
    # the bar's top edge (y = 41) and left edge (x = 20) fall on device pixels 82 and 40
    assert image.pixelColor(60, 82).name() != image.pixelColor(60, 81).name()
    assert image.pixelColor(60, 81).name() == image.pixelColor(60, 20).name()  # the sheet
    assert image.pixelColor(41, 100).name() != image.pixelColor(39, 100).name()
    assert image.pixelColor(60, 100).name() == fill
    # a rule at 200.5 px, 1 px wide: exactly device pixels 400 and 401, the same colour
    grid = image.pixelColor(400, 300).name()
    assert image.pixelColor(401, 300).name() == grid != image.pixelColor(399, 300).name()
    assert image.pixelColor(402, 300).name() == image.pixelColor(399, 300).name()


# --- pointer and keys -------------------------------------------------------------------------


def test_a_click_selects_a_double_click_opens(canvas: CalendarCanvas, qtbot: QtBot) -> None:
    canvas.set_scene(scene_of([bar("m1", 2, 5), bar("m2", 10, 5)]))
    with qtbot.waitSignal(canvas.bar_clicked) as clicked:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at(canvas, 230, 48))
    assert clicked.args == ["m2"] and canvas.selected() == ("m2",)
    with qtbot.waitSignal(canvas.bar_activated) as opened:
        qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at(canvas, 50, 48))
    assert opened.args == ["m1"]
    with qtbot.assertNotEmitted(canvas.bar_clicked):
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at(canvas, 50, 200))


def test_enter_opens_the_selected_meeting(canvas: CalendarCanvas, qtbot: QtBot) -> None:
    canvas.set_scene(scene_of([bar("m1", 2, 5)]))
    canvas.set_selected(("m1",))
    canvas.setFocus()
    with qtbot.waitSignal(canvas.bar_activated) as opened:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert opened.args == ["m1"]


def test_a_right_click_asks_for_the_meetings_menu(canvas: CalendarCanvas, qtbot: QtBot) -> None:
    canvas.set_scene(scene_of([bar("m1", 2, 5)]))
    p = at(canvas, 50, 48)
    with qtbot.waitSignal(canvas.bar_clicked):  # the right button selects too
        qtbot.mousePress(canvas.viewport(), Qt.MouseButton.RightButton, pos=p)
    with qtbot.waitSignal(canvas.context_menu_requested) as asked:
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, p, canvas.viewport().mapToGlobal(p)
        )
        QApplication.sendEvent(canvas.viewport(), event)
    assert asked.args[1] == "m1"
    assert asked.args[0] == canvas.viewport().mapToGlobal(at(canvas, 50, 48))


def test_the_menu_key_asks_for_the_selected_meetings_menu(
    canvas: CalendarCanvas, qtbot: QtBot
) -> None:
    canvas.set_scene(scene_of([bar("m1", 2, 5)]))
    canvas.set_selected(("m1",))
    with qtbot.waitSignal(canvas.context_menu_requested) as asked:
        event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
        QApplication.sendEvent(canvas.viewport(), event)
    assert asked.args[1] == "m1"
    # the menu opens under the bar, not at the corner
    assert canvas.viewport().mapFromGlobal(asked.args[0]).y() == 58


@pytest.mark.parametrize(
    ("key", "signal", "step"),
    [
        (Qt.Key.Key_Right, "step_requested", 1),
        (Qt.Key.Key_Down, "step_requested", 1),
        (Qt.Key.Key_Left, "step_requested", -1),
        (Qt.Key.Key_Up, "step_requested", -1),
        (Qt.Key.Key_PageDown, "period_step_requested", 1),
        (Qt.Key.Key_PageUp, "period_step_requested", -1),
    ],
)
def test_arrows_step_meetings_and_page_keys_step_periods(
    canvas: CalendarCanvas, qtbot: QtBot, key: Qt.Key, signal: str, step: int
) -> None:
    canvas.set_scene(scene_of([bar("m1", 2, 5)]))
    canvas.setFocus()
    with qtbot.waitSignal(getattr(canvas, signal)) as stepped:
        qtbot.keyClick(canvas, key)
    assert stepped.args == [step]


def test_a_click_on_a_group_header_toggles_it(canvas: CalendarCanvas, qtbot: QtBot) -> None:
    canvas.set_scene(scene_of(toggles=[Toggle("sectors", Rect(0, 250, 200, 22), False, "Sectors")]))
    with qtbot.waitSignal(canvas.toggle_clicked) as toggled:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at(canvas, 30, 260))
    assert toggled.args == ["sectors"]


def test_set_scene_keeps_or_resets_the_scroll(canvas: CalendarCanvas) -> None:
    canvas.set_scene(scene_of([bar("m1", 2, 5)]))
    canvas.scroll_to(1000, 50)
    assert canvas.visible_rect().x == 1000 and canvas.visible_rect().y == 50
    canvas.set_scene(scene_of([bar("m1", 2, 5)]))
    assert canvas.visible_rect().x == 1000
    canvas.set_scene(scene_of([bar("m1", 2, 5)]), keep_scroll=False)
    assert (canvas.visible_rect().x, canvas.visible_rect().y) == (0, 0)


def test_ensure_visible_scrolls_to_a_meeting(canvas: CalendarCanvas) -> None:
    canvas.set_scene(scene_of([bar("m1", 2, 5), bar("far", 200, 5)]))
    assert canvas.ensure_visible("far")
    view, r = canvas.visible_rect(), Rect(4000, 40, 100, 18)
    assert view.x <= r.x and r.right <= view.right
    assert not canvas.ensure_visible("nobody")


def test_resizing_reports_the_room_for_a_new_layout(canvas: CalendarCanvas, qtbot: QtBot) -> None:
    with qtbot.waitSignal(canvas.viewport_resized) as resized:
        canvas.resize(800, 500)
    w, h = resized.args
    assert (w, h) == (canvas.viewport().width(), canvas.viewport().height())


def test_the_view_and_its_period_are_named_for_a_screen_reader(canvas: CalendarCanvas) -> None:
    canvas.set_view_name("Timeline")
    canvas.set_scene(scene_of([bar("m1", 2, 5), bar("m2", 9, 5)]))
    assert canvas.accessibleName() == "Timeline, 1 January 2026 to 31 December 2026"
    assert canvas.accessibleDescription().startswith("2 meetings from 1 January 2026")
