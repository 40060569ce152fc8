"""The week and day views with hours, as Outlook and Thunderbird show them: a column per day
right of an hours gutter, the day's header on top, an all-day band under it for meetings
without hours, and timed meetings at their hours on the planner's clock.

What the hours mean (``zone_times`` says it at length): a timed meeting is one event from its
``start`` day at ``start_time`` to its ``end`` day at ``end_time`` on its own zone's clock, as the
iCalendar export writes it (one DTSTART, one DTEND) and as the rules compare timed meetings (by
these instants; each meeting's hours said on its own clock). It is drawn at those instants on the
planner's clock: a Geneva session 09:30-12:30 Europe/Zurich seen from America/New_York sits at
03:30-06:30, its label says "09:30-12:30 Geneva time", and a meeting over the planner's midnight
continues at the top of the next day's column. Meetings without hours, and those whose dates are
not fixed (drawn dashed over their month, quarter or year), go to the all-day band.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence

from scheduler_app.domain import Meeting, Precision
from scheduler_app.domain.legend import KIND_HEX, status_mark
from scheduler_app.domain.observance import Observance
from scheduler_app.printing.chart_marks import day_tip
from scheduler_app.printing.charts import Holiday, meeting_tip
from scheduler_app.screen import words
from scheduler_app.screen.hours import (
    WORKING_HOURS,
    TimeGrid,
    WeekAxis,
    default_hour_height,
    hour_marks,
)
from scheduler_app.screen.labels import LABEL_PAD, LabelPlacer, fit_label
from scheduler_app.screen.lanes import assign_lanes, lane_order_key
from scheduler_app.screen.mirror import mirror, unmirrored
from scheduler_app.screen.mirror import right_to_left as _rtl
from scheduler_app.screen.scene import (
    Area,
    Bar,
    Caption,
    FontRole,
    Metrics,
    Rect,
    Rule,
    Scene,
    Tone,
)
from scheduler_app.screen.zone_times import day_segments, hours_tip, time_texts, zone_of

GAP = 1.0  # pixels between bars, so two meetings side by side read as two
FREE_RIGHT = 8.0  # pixels kept free at the right of each day: a click there is on the day itself
MARK_H = 3.0  # height of a religious period's or a holiday's stripe in a day header


def first_working_y(scene: Scene) -> float:
    """The height of 08:00 in a week or day scene: where the pane scrolls first."""
    axis = unmirrored(scene.axis)
    if not isinstance(axis, WeekAxis):
        raise TypeError("first_working_y needs a scene made by week_scene")
    return axis.grid.y_of(WORKING_HOURS[0] * 60)


def week_scene(
    meetings: Iterable[Meeting],
    first_day: dt.date,
    days: int,
    zone: str,
    observances: Sequence[Observance],
    holidays: Sequence[Holiday],
    today: dt.date | None,
    now: dt.datetime | None,
    metrics: Metrics,
    width: float,
    hour_height: float | None = None,
    hours: tuple[int, int] = (0, 24),
    right_to_left: bool | None = None,
) -> Scene:
    """The week (``days`` 7, or 5 for a work week) or day (``days`` 1) from ``first_day``, on the
    clock of ``zone`` (the planner's IANA zone), ``width`` pixels wide (wider when the days need
    it) and as tall as the ``hours`` shown at ``hour_height`` pixels an hour (by default
    ``hours.default_hour_height``); taller than the window, it scrolls. ``right_to_left`` (by
    default the language's) mirrors it: the hours at the right, the days from right to left."""
    if days < 1:
        raise ValueError("a week or day view shows at least one day")
    if not 0 <= hours[0] < hours[1] <= 24:
        raise ValueError(f"hours {hours[0]}-{hours[1]} are not a part of a day")
    last = first_day + dt.timedelta(days=days - 1)
    small, line = FontRole.SMALL, metrics.height(FontRole.SMALL)
    gutter = max(metrics.width(words.hour(h), small) for h in range(24)) + 10
    # a column holds at least its shortest heading with a weekday ("Wed 30", "пн 30")
    named = words.named_day_width(lambda t: metrics.width(t, FontRole.BOLD))
    col_w = max((width - gutter) / days, named + 2 * LABEL_PAD)
    header_h = metrics.height(FontRole.BOLD) + 6 + 2 * MARK_H
    untimed, timed = _split(meetings, first_day, last)
    band, lanes = _band(untimed, first_day, days, gutter, col_w, header_h, metrics)
    band_h = max(1, lanes) * (line + 6) + 4
    grid = TimeGrid(
        first_day=first_day,
        days=days,
        zone=zone,
        left=gutter,
        col_w=col_w,
        top=header_h + band_h,
        hour_height=hour_height or default_hour_height(metrics),
        hours=hours,
        band_top=header_h,
    )
    areas, captions = _headers(grid, header_h, today, observances, holidays, metrics)
    areas.insert(0, Area(Rect(0.0, header_h, grid.right, band_h), Tone.ALTERNATE))
    marks, rules = hour_marks(grid, metrics)
    captions += marks
    rules += _now_line(grid, now)
    scene = Scene(
        width=grid.right,
        height=grid.bottom,
        first=first_day,
        last=last,
        axis=WeekAxis(grid),
        bars=band + _timed_bars(timed, grid, metrics),
        areas=areas,
        captions=captions,
        rules=rules,
        pinned_top=grid.top,  # the day headers and the all-day band stay as the hours scroll
    )
    return mirror(scene) if _rtl(right_to_left) else scene


ZONE_MARGIN = dt.timedelta(days=2)
"""How far from its own dates a timed meeting may fall on another zone's clock (with room)."""


def _split(
    meetings: Iterable[Meeting], first: dt.date, last: dt.date
) -> tuple[list[Meeting], list[Meeting]]:
    """The meetings without hours on the days shown, and the timed ones that may reach them
    (within ``ZONE_MARGIN`` either side)."""
    lo, hi = first - ZONE_MARGIN, last + ZONE_MARGIN
    untimed, timed = [], []
    for m in meetings:
        if m.start_time is None:
            if m.start <= last and m.end >= first:
                untimed.append(m)
        elif m.start <= hi and m.end >= lo:
            timed.append(m)
    return untimed, timed


def _bar_fill(m: Meeting) -> str:
    return KIND_HEX.get(m.kind, "#b0bec5")


def _band(
    meetings: list[Meeting],
    first: dt.date,
    days: int,
    left: float,
    col_w: float,
    top: float,
    metrics: Metrics,
) -> tuple[list[Bar], int]:
    """Bars of the all-day band, lane by lane, and the number of lanes they needed."""
    last = first + dt.timedelta(days=days - 1)
    meetings = sorted(meetings, key=lane_order_key)
    spans = [
        ((max(m.start, first) - first).days, (min(m.end, last) - first).days) for m in meetings
    ]
    # lanes are packed over the meetings' whole days; renumbered over those the week uses, so
    # a lane that only a neighbouring week needs leaves no empty row here
    packed = assign_lanes(meetings)
    used = {lane: k for k, lane in enumerate(sorted(set(packed)))}
    lane_of = [used[lane] for lane in packed]
    row_h = metrics.height(FontRole.SMALL) + 6
    by_lane: dict[int, list[int]] = defaultdict(list)
    for i, lane in enumerate(lane_of):
        by_lane[lane].append(i)
    placer, bars = LabelPlacer(), []
    for lane in sorted(by_lane):
        order = sorted(by_lane[lane], key=lambda i: spans[i][0])
        for k, i in enumerate(order):
            m, (a, b) = meetings[i], spans[i]
            rect = Rect(
                left + a * col_w + GAP,
                top + 2 + lane * row_h,
                (b - a + 1) * col_w - 2 * GAP,
                row_h - 2,
            )
            limit = (
                left + spans[order[k + 1]][0] * col_w if k + 1 < len(order) else left + days * col_w
            )
            placed = placer.place(lane, rect, m, metrics, limit_right=limit)
            text, label_rect, inside = placed if placed else ("", None, True)
            bars.append(
                Bar(
                    m.id,
                    rect,
                    _bar_fill(m),
                    mark=status_mark(m.status),
                    dashed=m.precision is not Precision.DAY,
                    label=text,
                    label_rect=label_rect,
                    label_inside=inside,
                    tip=meeting_tip(m),
                    continues_before=m.start < first,
                    continues_after=m.end > last,
                )
            )
    bars.sort(key=lambda bar: (bar.rect.x, bar.rect.y))
    return bars, (max(lane_of) + 1 if lane_of else 0)


def _timed_bars(meetings: list[Meeting], grid: TimeGrid, metrics: Metrics) -> list[Bar]:
    """Timed meetings at their hours, side by side where they overlap, day by day."""
    line = metrics.height(FontRole.SMALL)
    # a bar is never shorter than one line of small text: a 10-minute call stays readable, and
    # the sweep below puts it beside whatever that height meets
    least = (line + 4) * 60 / grid.hour_height
    lo, hi = grid.hours[0] * 60, grid.hours[1] * 60
    per_day: dict[int, list[tuple[float, float, Meeting, bool, bool]]] = defaultdict(list)
    for m in meetings:
        for seg in day_segments(m, grid.zone, grid.first_day, grid.days):
            before = not seg.starts or seg.start < lo
            after = not seg.ends or seg.end > hi
            s, e = min(max(seg.start, lo), hi), min(max(seg.end, lo), hi)
            e = max(e, s + least)
            if e > hi:  # at the bottom edge: keep the least height inside the grid
                s, e = max(lo, hi - least), hi
            per_day[seg.col].append((s, e, m, before, after))
    bars: list[Bar] = []
    for col in sorted(per_day):
        bars += _day_bars(col, per_day[col], grid, metrics)
    return bars


def _day_bars(
    col: int,
    items: list[tuple[float, float, Meeting, bool, bool]],
    grid: TimeGrid,
    metrics: Metrics,
) -> list[Bar]:
    """One day's timed bars: clusters of overlapping hours share the column's width, each
    meeting in the first sub-column free at its start (a sweep, no pairwise comparison)."""
    items.sort(key=lambda it: (it[0], -it[1], it[2].code, it[2].id))
    placed: list[tuple[int, int]] = []  # (sub-column, cluster) per item
    clusters: list[int] = []  # sub-columns each cluster needed
    ends: list[tuple[float, int]] = []  # (end, sub-column) of the meetings still running
    free: list[int] = []
    cluster_end, width_needed = -1.0, 0
    for s, e, _m, _b, _a in items:
        if s >= cluster_end and clusters:  # nothing running: a new cluster starts here
            clusters[-1] = width_needed
            ends, free, width_needed = [], [], 0
        if s >= cluster_end:
            clusters.append(0)
        while ends and ends[0][0] <= s:
            heapq.heappush(free, heapq.heappop(ends)[1])
        sub = heapq.heappop(free) if free else width_needed
        width_needed = max(width_needed, sub + 1)
        heapq.heappush(ends, (e, sub))
        cluster_end = max(cluster_end, e)
        placed.append((sub, len(clusters) - 1))
    if clusters:
        clusters[-1] = width_needed
    inner = grid.col_w - FREE_RIGHT
    bars = []
    for (s, e, m, before, after), (sub, cluster) in zip(items, placed, strict=True):
        w = inner / clusters[cluster]
        gap = min(GAP, w / 4)  # dozens side by side stay apart, each still drawn
        rect = Rect(
            grid.x_of(col) + sub * w + gap,
            grid.y_of(s) + GAP,
            w - 2 * gap,
            grid.y_of(e) - grid.y_of(s) - 2 * GAP,
        )
        text, label_rect = _label(m, rect, grid.zone, metrics)
        bars.append(
            Bar(
                m.id,
                rect,
                _bar_fill(m),
                mark=status_mark(m.status),
                label=text,
                label_rect=label_rect,
                tip=f"{meeting_tip(m)}\n{hours_tip(m, grid.zone)}",
                continues_before=before,
                continues_after=after,
            )
        )
    bars.sort(key=lambda b: (b.rect.y, b.rect.x))
    return bars


def _label(m: Meeting, rect: Rect, zone: str, metrics: Metrics) -> tuple[str, Rect | None]:
    """The code on the bar's first line, the times on its second when the bar is tall enough
    (two lines, written inside the bar, one under the other); "" leaves it to the tooltip."""
    line = metrics.height(FontRole.SMALL)
    if rect.h < line:
        return "", None
    code = fit_label(m, rect.w, metrics)
    if not code:
        return "", None
    room = rect.w - LABEL_PAD
    lines = [code]
    if rect.h >= 2 * line + 2:
        hours = next(
            (t for t in time_texts(m, zone) if metrics.width(t, FontRole.SMALL) <= room), ""
        )
        if hours:
            lines.append(hours)
    top = rect.y + min(2.0, (rect.h - line * len(lines)) / 2)
    return "\n".join(lines), Rect(rect.x + LABEL_PAD / 2, top, room, line * len(lines))


def _headers(
    grid: TimeGrid,
    header_h: float,
    today: dt.date | None,
    observances: Sequence[Observance],
    holidays: Sequence[Holiday],
    metrics: Metrics,
) -> tuple[list[Area], list[Caption]]:
    """Each day's header (weekday and date, today in bold and marked), its religious-period and
    holiday stripes with what they are, and the weekend's shading down the column."""
    first, last = grid.first_day, grid.first_day + dt.timedelta(days=grid.days - 1)
    religious: dict[dt.date, list[str]] = defaultdict(list)
    for o in observances:
        if o.start <= last and o.end >= first:
            name = words.estimated(o.label) if o.estimated else o.label
            d = max(o.start, first)
            while d <= min(o.end, last):
                if name not in religious[d]:
                    religious[d].append(name)
                d += dt.timedelta(days=1)
    holiday: dict[dt.date, list[str]] = defaultdict(list)
    for day, name in holidays:
        if first <= day <= last and name not in holiday[day]:
            holiday[day].append(name)
    areas: list[Area] = []
    captions: list[Caption] = []
    text_h = metrics.height(FontRole.BOLD)
    for col in range(grid.days):
        day = first + dt.timedelta(days=col)
        x, w = grid.x_of(col), grid.col_w
        tip = day_tip(day, religious[day], holiday[day])
        if day.weekday() >= 5:
            areas.append(Area(Rect(x, 0.0, w, grid.bottom), Tone.WEEKEND))
        is_today = day == today
        role = FontRole.BOLD if is_today else FontRole.NORMAL
        forms = words.day_heading_forms(day)
        text = next((f for f in forms if metrics.width(f, role) <= w - LABEL_PAD), forms[-1])
        captions.append(
            Caption(
                text,
                Rect(x + LABEL_PAD / 2, 3.0, w - LABEL_PAD, text_h),
                role,
                Tone.TODAY if is_today else Tone.TEXT,
                align="center",
                tip=tip,
            )
        )
        if is_today:
            areas.append(Area(Rect(x, 0.0, w, header_h), Tone.TODAY, outlined=True, tip=tip))
        y = header_h - 2 * MARK_H - 1
        if religious[day]:
            areas.append(Area(Rect(x, y, w, MARK_H), Tone.OBSERVANCE, tip=tip))
        if holiday[day]:
            areas.append(Area(Rect(x, y + MARK_H, w, MARK_H), Tone.HOLIDAY, tip=tip))
    return areas, captions


def _now_line(grid: TimeGrid, now: dt.datetime | None) -> list[Rule]:
    """The line of the present moment across its day, when it is among the days and hours shown."""
    if now is None:
        return []
    local = now.astimezone(zone_of(grid.zone))
    col = (local.date() - grid.first_day).days
    minutes = local.hour * 60 + local.minute + local.second / 60
    if not 0 <= col < grid.days or not grid.hours[0] * 60 <= minutes <= grid.hours[1] * 60:
        return []
    y = grid.y_of(minutes)
    return [Rule(grid.x_of(col), y, grid.x_of(col) + grid.col_w, y, Tone.TODAY, 2.0)]
