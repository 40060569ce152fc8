"""Benchmark of the planner window's calendar views (not a test: machines here are noisy).

    python tests/benchmarks/bench_views.py [--meetings 20000] [--runs 5]

On the demo calendar, in the real window (offscreen): switching to each view and painting it,
stepping a period, zooming the timeline, the findings preview while a bar is dragged, and one
drag applied as an edit and undone; and the start. Each figure is from the call to the repainted widget.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from scheduler_app.services.demo import write_demo
    from scheduler_app.storage import PlanningDatabase
    from scheduler_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    results: dict[str, list[float]] = {}

    with tempfile.TemporaryDirectory() as tmp:
        db = PlanningDatabase.open(Path(tmp) / "demo.sqlite")
        write_demo(db, args.meetings)
        db.close()
        start = time.perf_counter()
        db = PlanningDatabase.open(Path(tmp) / "demo.sqlite")
        window = MainWindow(db)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        results["start: window shown and painted"] = [time.perf_counter() - start]
        window.check_now()
        results["start: first full check"] = [time.perf_counter() - start]

        def timed(label: str, action: Callable[[], object]) -> None:
            for _ in range(args.runs):
                start = time.perf_counter()
                action()
                window.views.currentWidget().repaint()
                results.setdefault(label, []).append(time.perf_counter() - start)

        window.current_date = dt.date(2027, 3, 1)
        for key in ("year", "timeline", "month", "agenda"):
            # laid out anew (as after an edit), then shown again as laid out
            timed(
                f"switch to {key} (new layout)",
                lambda key=key: (window._page_cache.clear(), window.show_view(key)),
            )
        for key in ("year", "timeline", "month"):
            timed(
                f"switch back to {key}",
                lambda key=key: (window.show_view("agenda"), window.show_view(key)),
            )
        window.show_view("year")
        timed("year: next period", lambda: window.step_period(1))
        window.show_view("month")
        timed("month: next period", lambda: window.step_period(1))
        window.show_view("timeline")
        for span in ("5y", "1y", "3m", "2w"):
            window.timeline_span = span
            timed(f"timeline {span}: new layout", window.redraw_views)
        window.timeline_span = "5y"
        timed(
            "timeline: zoom in/out (laid out before)",
            lambda: window.zoom_timeline(-1 if window.timeline_span == "5y" else 1),
        )
        view = window.views.currentWidget()
        timed("timeline: repaint (selection, hover)", lambda: view.set_selected(""))
        window.current_date = dt.date(2027, 3, 1)
        window.show_view("year")
        bar = next(m for m in window.shown_meetings() if m.start.year == 2027 and m.days > 2)
        timed(
            "drag preview (findings for new dates)",
            lambda: window._on_bar_dragging(bar.id, 3, "move"),
        )
        timed(
            "drop (edit, re-check, redraw) and undo",
            lambda: (window._on_bar_dropped(bar.id, 3, "move"), window.undo_stack.undo()),
        )
        window.close()
    for label, samples in results.items():
        print(
            f"{label:<42} median {statistics.median(samples) * 1000:7.1f} ms   "
            f"max {max(samples) * 1000:7.1f} ms"
        )


if __name__ == "__main__":
    main()
