"""The timeline on real calendars: the bundled one (WTDC-29 is drawn) and the 20,000-meeting
demo at both ends of the zoom (no two labels or captions overlap; timing is the benchmark's)."""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict

import pytest

from scheduler_app.screen.labels import label_candidates
from scheduler_app.screen.scene import FontRole, Rect, Scene
from scheduler_app.screen.timeline import UNNAMED_FEW, UNNAMED_SHARE, TimelineLayout
from scheduler_app.services.demo import build_demo


class FakeMetrics:
    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float:
        return len(text) * (8.0 if role in (FontRole.BOLD, FontRole.HEADER) else 7.0)

    def height(self, role: FontRole = FontRole.NORMAL) -> float:
        return 14.0


METRICS = FakeMetrics()
VIEWPORT = 1366.0
CYCLE = (dt.date(2026, 1, 1), dt.date(2030, 12, 31))
SIX_YEARS = (dt.date(2026, 1, 1), dt.date(2031, 12, 31))


def _zoom(first: dt.date, last: dt.date) -> float:
    return VIEWPORT / ((last - first).days + 1)


def test_wtdc_29_known_by_its_year_is_on_the_2026_2030_timeline(reference_db):
    meetings = reference_db.meetings()
    wtdc = next(m for m in meetings if m.code == "WTDC-29")
    tl = TimelineLayout(meetings, today=dt.date(2026, 11, 22))
    for px in (_zoom(*CYCLE), VIEWPORT / 14):
        x = (dt.date(2029, 1, 1) - CYCLE[0]).days * px
        scene = tl.scene(*CYCLE, px, frozenset(), METRICS, visible=(x, x + VIEWPORT))
        bar = scene.bar(wtdc.id)
        assert bar is not None and bar.dashed
        assert bar.rect.x == pytest.approx(x, abs=0.02)
        assert bar.rect.w == pytest.approx(365 * px, abs=0.02)
        assert bar.tip.startswith("WTDC-29: ")


@pytest.fixture(scope="module")
def demo_layout() -> TimelineLayout:
    return TimelineLayout(build_demo(20000).meetings, today=dt.date(2026, 11, 22))


def _check(scene: Scene, layout_meetings: dict[str, object]) -> int:
    labels = [(b.label_rect, b) for b in scene.bars if b.label_rect is not None]
    _disjoint([r for r, _b in labels], "labels")
    _disjoint([c.rect for c in scene.captions], "captions")
    for rect, bar in labels:
        assert bar.label_role is FontRole.SMALL
        assert METRICS.width(bar.label, bar.label_role) <= rect.w
        assert bar.label in label_candidates(layout_meetings[bar.meeting_id])
    for c in scene.captions:
        assert c.role in (FontRole.SMALL, FontRole.NORMAL, FontRole.BOLD, FontRole.HEADER)
        assert METRICS.width(c.text, c.role) <= c.rect.w
    # a label beside its bar covers no other bar of its row
    rows: dict[float, list[Rect]] = defaultdict(list)
    for b in scene.bars:
        rows[b.rect.y].append(b.rect)
    for row in rows.values():
        row.sort(key=lambda r: r.x)
    for rect, bar in labels:
        if bar.label_inside:
            assert bar.rect.x <= rect.x and rect.right <= bar.rect.right
            continue
        row = rows[bar.rect.y]
        xs = [r.x for r in row]
        for other in row[
            max(bisect.bisect_left(xs, rect.x) - 1, 0) : bisect.bisect_left(xs, rect.right)
        ]:
            assert other is bar.rect or not other.intersects(rect), (bar.label, other)
    return len(labels)


def _disjoint(rects: list[Rect], what: str) -> None:
    """Sweep in x order: each rect against those still open on its left."""
    open_: list[Rect] = []
    for r in sorted(rects, key=lambda r: r.x):
        open_ = [o for o in open_ if o.right > r.x]
        for o in open_:
            assert not o.intersects(r), f"{what} overlap: {o} and {r}"
        open_.append(r)


def test_the_demo_six_years_wide_draws_readable_labels_that_never_overlap(demo_layout):
    by_id = {m.id: m for g in demo_layout.groups for m in g.ms}
    scene = demo_layout.scene(*SIX_YEARS, _zoom(*SIX_YEARS), frozenset(), METRICS)
    assert scene.width == pytest.approx(VIEWPORT, abs=0.02)
    _check(scene, by_id)
    # a group drawn as bars leaves few of them to their tooltips; the rest are counted
    unnamed = [b for b in scene.bars if not b.label]
    assert len(unnamed) <= max(UNNAMED_FEW, UNNAMED_SHARE * len(scene.bars)) * len(scene.toggles)
    # the three Sectors' groups are too crowded for lanes six years wide: strips of months
    strips = {m.title.split(",")[0] for m in scene.mores}
    assert {"ITU-R groups", "ITU-T groups", "ITU-D groups"} <= strips
    assert all(m.meeting_ids for m in scene.mores)


def test_the_demo_two_weeks_wide_draws_every_lane_and_labels_that_never_overlap(demo_layout):
    by_id = {m.id: m for g in demo_layout.groups for m in g.ms}
    px = VIEWPORT / 14
    scene = demo_layout.scene(*SIX_YEARS, px, frozenset(), METRICS)
    assert not scene.mores  # zoomed in, every group shows its lanes
    drawn = _check(scene, by_id)
    in_view = {m.id for m in by_id.values() if m.end >= SIX_YEARS[0] and m.start <= SIX_YEARS[1]}
    assert set(scene.meeting_ids()) == in_view
    assert drawn > 0.9 * len(in_view)  # two weeks wide, nearly every bar carries its name


def test_a_visible_part_of_the_demo_matches_the_whole_scene_there(demo_layout):
    px = VIEWPORT / 60
    x0 = (dt.date(2028, 6, 1) - SIX_YEARS[0]).days * px
    whole = demo_layout.scene(*SIX_YEARS, px, frozenset(), METRICS)
    part = demo_layout.scene(*SIX_YEARS, px, frozenset(), METRICS, visible=(x0, x0 + VIEWPORT))
    view = Rect(x0, 0, VIEWPORT, whole.height)
    assert whole.bars_in(view) == part.bars_in(view)
    assert len(part.bars) < len(whole.bars) / 3
