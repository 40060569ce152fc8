"""What the canvas does once rather than on every scroll or paint (issue 11's speed): naming a
meeting once per scene, saying what is in view once per new scene, and filling a run of
side-by-side areas of one shade as one rectangle, which paints what painting each would."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from scheduler_app.screen.scene import Area, Rect, Tone
from scheduler_app.ui import canvas_paint
from scheduler_app.ui.calendar_canvas import CalendarCanvas
from tests.ui.test_calendar_canvas import bar, canvas, scene_of  # noqa: F401 (a fixture)


def test_each_meeting_is_named_once_per_scene(canvas: CalendarCanvas) -> None:  # noqa: F811
    asked: list[str] = []

    def name(meeting_id: str) -> str:
        asked.append(meeting_id)
        return f"named {meeting_id}"

    canvas.set_describe(name)
    canvas.set_scene(scene_of([bar("m1", 2, 3), bar("m2", 8, 3)]))
    assert [canvas.describe(m) for m in ("m1", "m2", "m1", "m2")] == [
        "named m1",
        "named m2",
        "named m1",
        "named m2",
    ]
    assert asked == ["m1", "m2"]
    canvas.set_scene(scene_of([bar("m1", 4, 3)]))  # a new scene: the meeting may have changed
    assert canvas.describe("m1") == "named m1" and asked == ["m1", "m2", "m1"]


def test_a_new_scene_from_the_top_says_once_that_the_view_changed(
    canvas: CalendarCanvas,  # noqa: F811
) -> None:
    canvas.set_scene(scene_of([bar(f"m{i}", i * 3, 2) for i in range(100)]))
    canvas.scroll_to(3000, 0)
    told: list[float] = []
    canvas.visible_changed.connect(lambda: told.append(canvas.visible_rect().x))
    canvas.set_scene(scene_of([bar("m1", 2, 3)]), keep_scroll=False)
    assert told == [0]


def _painted(areas: list[Area], merged: bool, qtbot: QtBot) -> tuple[QImage, int]:
    widget = CalendarCanvas()
    qtbot.addWidget(widget)
    image = QImage(400, 100, QImage.Format.Format_ARGB32)
    image.fill(0)
    qp = QPainter(image)
    fills = 0
    real = qp.fillRect

    class Counting:
        def __getattr__(self, name: str) -> object:
            return getattr(qp, name)

        def fillRect(self, *args: object) -> None:
            nonlocal fills
            fills += 1
            real(*args)  # type: ignore[call-overload]

    p = canvas_paint.Painter(Counting(), widget.palette(), widget.metrics, 1.0)  # type: ignore[arg-type]
    if merged:
        canvas_paint.paint_areas(p, areas)
    else:
        for area in areas:
            canvas_paint.paint_area(p, area)
    qp.end()
    return image, fills


def test_side_by_side_areas_of_one_shade_are_one_fill_that_paints_the_same(
    qtbot: QtBot,
) -> None:
    days = [Area(Rect(10 + i, 10, 1, 60), Tone.OBSERVANCE, tip=f"day {i}") for i in range(30)]
    holidays = [Area(Rect(100 + 3 * i, 10, 1, 4), Tone.HOLIDAY) for i in range(5)]  # apart
    today = Area(Rect(200, 10, 20, 60), Tone.TODAY, outlined=True)
    bins = [Area(Rect(240 + 10 * i, 10, 10, 20), Tone.DENSITY, level=i / 4) for i in range(4)]
    areas = [*days, *holidays, today, *bins]
    merged, fills = _painted(areas, True, qtbot)
    alone, each = _painted(areas, False, qtbot)
    assert merged == alone
    assert each == 30 + 5 + 4 and fills == 1 + 5 + 4  # the frame is drawn, not filled
