"""Benchmark of the planner window's calendar views (not a test: machines here are noisy).

    python tests/benchmarks/bench_views.py [--meetings 20000] [--runs 5] [--sizes 1366x768,1920x1080]
        [--views year,timeline,month,week,day]

On the demo calendar, in the real window (offscreen unless QT_QPA_PLATFORM says otherwise), at
each window size: the first layout of each view (laid out anew, as after an edit, and painted),
a scroll step and a zoom step in each (a gesture's step, which stretches what is drawn; its
layout once the gesture pauses; a menu zoom, laid out at once), stepping a period, and the drag
preview with its findings. Each figure runs from the call to the repainted canvas. Issue 11's targets: first
layout under 50 ms, scroll or zoom step under 16 ms, drag preview under 30 ms.

The process's CPU time is given beside the wall time: on a loaded machine the wall time is the
CPU time plus waiting for a core, and the CPU time is what the code costs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

VIEWS = ("year", "timeline", "month", "week", "day")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument("--views", default=",".join(VIEWS), help="e.g. year,timeline")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from scheduler_app.services.demo import write_demo
    from scheduler_app.storage import PlanningDatabase
    from scheduler_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    results: dict[str, list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = PlanningDatabase.open(Path(tmp) / "demo.sqlite")
        write_demo(db, args.meetings)
        db.close()
        db = PlanningDatabase.open(Path(tmp) / "demo.sqlite")
        window = MainWindow(db)
        window.show()
        app.processEvents()
        window.check_now()
        pane = window.calendar

        def timed(label: str, action: Callable[[], object]) -> None:
            for _ in range(args.runs):
                start, cpu = time.perf_counter(), time.process_time()
                action()
                canvas = pane.current_canvas()
                if canvas is not None:
                    canvas.viewport().repaint()
                results.setdefault(label, []).append(
                    (time.perf_counter() - start, time.process_time() - cpu)
                )

        for size in args.sizes.split(","):
            w, h = (int(n) for n in size.split("x"))
            window.resize(w, h)
            app.processEvents()
            for key in args.views.split(","):
                pane.current_date = dt.date(2027, 3, 1)
                window.show_view(key)
                app.processEvents()
                timed(f"{size} {key}: first layout", lambda: pane.redraw_views())
                canvas = pane.current_canvas()
                assert canvas is not None

                def scroll(canvas=canvas, key=key) -> None:
                    bar = (
                        canvas.horizontalScrollBar()
                        if key == "timeline"
                        else canvas.verticalScrollBar()
                    )
                    bar.setValue(bar.value() + 40 if bar.value() < bar.maximum() - 40 else 0)

                timed(f"{size} {key}: scroll step", scroll)

                def gesture(canvas=canvas) -> None:  # one Ctrl+wheel notch at the middle
                    middle = canvas.visible_rect()
                    factor = 1.25 if pane.zoom.timeline_days > 400 else 0.8
                    pane.zoomer.gesture(factor, middle.x + middle.w / 2, middle.y + middle.h / 2)

                timed(f"{size} {key}: zoom gesture step", gesture)
                timed(f"{size} {key}: zoom laid out (gesture paused)", pane.zoomer.settle)
                timed(
                    f"{size} {key}: zoom by the menu (laid out at once)",
                    lambda: pane.zoom_by(1.25 if pane.zoom.timeline_days > 400 else 0.8),
                )
                timed(f"{size} {key}: next period", lambda: pane.step_period(1))
            pane.current_date = dt.date(2027, 3, 1)
            window.show_view("year")
            bar = next(m for m in window.shown_meetings() if m.start.year == 2027 and m.days > 2)
            timed(
                f"{size} drag preview (findings for new dates)",
                lambda bar=bar: pane.drag._on_dragging(bar.id, 3, "move"),
            )
        window.close()
    print(f"load average {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    for label, samples in results.items():
        walls, cpus = [w for w, _c in samples], [c for _w, c in samples]
        print(
            f"{label:<46} median {statistics.median(walls) * 1000:7.1f} ms   "
            f"max {max(walls) * 1000:7.1f} ms   CPU median {statistics.median(cpus) * 1000:7.1f} ms"
        )


if __name__ == "__main__":
    main()
