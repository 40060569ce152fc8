"""Chart layouts: the year planner, the cycle chart, and quarter and month timetables."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from scheduler_app.domain import Meeting, MeetingKind, Precision, format_span
from scheduler_app.domain.legend import (
    DECIDED_HEX,
    KIND_HEX,
    LANES,
    LAST_QUARTER_HEX,
    OBSERVANCE_HEX,
    WEEKEND_HEX,
    lane_of,
    status_mark,
    text_on,
)
from scheduler_app.domain.observance import Observance
from scheduler_app.printing.page import Box, Line, Page, Sheet, Text, frame, legend

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_STATUS_LEGEND = (("tentative / proposed", "#ffffff", "hatch"), ("cancelled", "#ffffff", "cross"))


def _label(m: Meeting) -> str:
    return m.code or m.title


def _stack(meetings: Sequence[Meeting], first: dt.date, last: dt.date) -> list[tuple[Meeting, int]]:
    """Give each meeting the lowest lane free over its days within [first, last] (greedy
    interval colouring, in start order)."""
    ends: list[dt.date] = []
    placed = []
    # Conferences and Council first: when a row is too crowded, it is the minor meetings that do
    # not fit and are counted under "+N more".
    for m in sorted(meetings, key=lambda m: (_rank(m), m.start, m.end, m.code)):
        start = max(m.start, first)
        for lane, end in enumerate(ends):
            if end < start:
                ends[lane] = min(m.end, last)
                placed.append((m, lane))
                break
        else:
            ends.append(min(m.end, last))
            placed.append((m, len(ends) - 1))
    return placed


def _rank(m: Meeting) -> int:
    if m.kind.is_conference or m.kind in (MeetingKind.COUNCIL, MeetingKind.COUNCIL_EXTRA):
        return 0
    if m.kind in (MeetingKind.CWG, MeetingKind.ADVISORY_GROUP, MeetingKind.EXTERNAL):
        return 1
    return 2


def _undated(meetings: Sequence[Meeting]) -> str:
    coarse = [m for m in meetings if m.precision is not Precision.DAY]
    return "; ".join(f"{_label(m)} ({m.span})" for m in coarse)


def _observance_note(observances: Sequence[Observance]) -> str:
    seen: dict[str, str] = {}
    for o in sorted(observances, key=lambda o: o.start):
        seen.setdefault(f"{o.label}|{o.start}", f"{o.label} {format_span(o.start, o.end)}")
    return "; ".join(seen.values())


def year_planner(
    meetings: Sequence[Meeting], observances: Sequence[Observance], year: int, sheet: Sheet
) -> list[Page]:
    """One year on one page: months as rows, days as columns, meetings as coloured bars with their
    codes, weekends and religious periods shaded, and a legend."""
    page = sheet.blank()
    left, right = sheet.body_left, sheet.body_right
    label_w, head_h = 16.0, 5.0
    day_w = (right - left - label_w) / 31
    note_h = 16.0
    row_h = (sheet.body_bottom - sheet.body_top - head_h - note_h) / 12
    lane_h = 3.1
    lanes_per_row = max(1, int((row_h - 1.0) // lane_h))
    top = sheet.body_top
    for day in range(1, 32):
        x = left + label_w + (day - 1) * day_w
        page.add(Text(x, top, day_w, head_h, str(day), size=6.5, align="center", color="#424242"))
    observed = defaultdict(list)
    for o in observances:
        d = max(o.start, dt.date(year, 1, 1))
        while d <= min(o.end, dt.date(year, 12, 31)):
            observed[d].append(o)
            d += dt.timedelta(days=1)
    by_month: dict[int, list[Meeting]] = defaultdict(list)
    dated = [m for m in meetings if m.precision is Precision.DAY]
    for m in dated:
        for month in range(1, 13):
            first = dt.date(year, month, 1)
            last = dt.date(year, month, calendar.monthrange(year, month)[1])
            if m.start <= last and m.end >= first:
                by_month[month].append(m)
    for month in range(1, 13):
        y = top + head_h + (month - 1) * row_h
        days_in = calendar.monthrange(year, month)[1]
        page.add(Text(left, y + 0.5, label_w - 1, 4.0, MONTHS[month - 1], size=8, bold=True))
        for day in range(1, 32):
            x = left + label_w + (day - 1) * day_w
            if day > days_in:
                page.add(Box(x, y, day_w, row_h, fill="#bdbdbd"))
                continue
            date = dt.date(year, month, day)
            if date.weekday() >= 5:
                page.add(Box(x, y, day_w, row_h, fill=WEEKEND_HEX))
            if observed.get(date):
                page.add(Box(x, y, day_w, 1.2, fill="#f9a825"))
                page.add(Box(x, y + 1.2, day_w, row_h - 1.2, fill=OBSERVANCE_HEX))
        first = dt.date(year, month, 1)
        last = dt.date(year, month, days_in)
        hidden = 0
        for m, lane in _stack(by_month[month], first, last):
            if lane >= lanes_per_row:
                hidden += 1
                continue
            s, e = max(m.start, first), min(m.end, last)
            x = left + label_w + (s.day - 1) * day_w
            w = (e.day - s.day + 1) * day_w
            by = y + 1.4 + lane * lane_h
            page.add(
                Box(
                    x + 0.2,
                    by,
                    w - 0.4,
                    lane_h - 0.4,
                    fill=KIND_HEX[m.kind],
                    stroke="#424242",
                    mark=status_mark(m.status),
                    ref=m.id,
                )
            )
            page.add(
                Text(
                    x + 0.5,
                    by - 0.1,
                    w - 0.9,
                    lane_h - 0.2,
                    _label(m),
                    size=5.5,
                    color=text_on(KIND_HEX[m.kind]),
                    bold=True,
                )
            )
        if hidden:
            page.add(
                Text(
                    right - 14,
                    y + row_h - 3.2,
                    14,
                    3.0,
                    f"+{hidden} more",
                    size=5.5,
                    align="right",
                    color="#b71c1c",
                )
            )
        page.add(Line(left, y, right, y, "#9e9e9e", 0.15))
    grid_bottom = top + head_h + 12 * row_h
    page.add(Line(left, grid_bottom, right, grid_bottom, "#9e9e9e", 0.15))
    for day in range(32):
        x = left + label_w + day * day_w
        page.add(Line(x, top + head_h, x, grid_bottom, "#e0e0e0", 0.1))
    kinds = sorted({m.kind for m in dated}, key=lambda k: list(KIND_HEX).index(k))
    extra = (
        *_STATUS_LEGEND,
        ("weekend", WEEKEND_HEX, ""),
        ("religious period", OBSERVANCE_HEX, ""),
    )
    used = legend(page, kinds, left, grid_bottom + 1.5, right - left, extra)
    notes = []
    if note := _observance_note([o for o in observances if o.start.year == year]):
        notes.append(f"Religious periods: {note}")
    if undated := _undated(meetings):
        notes.append(f"Dates not fixed: {undated}")
    if notes:
        page.add(
            Text(
                left,
                grid_bottom + 2.0 + used,
                right - left,
                sheet.body_bottom - grid_bottom - used,
                "  ".join(notes),
                size=5.5,
                color="#424242",
                elide=False,
            )
        )
    page.mm_per_day = day_w
    pages = [page]
    frame(pages, sheet)
    return pages


def cycle_chart(
    meetings: Sequence[Meeting], first_year: int, last_year: int, sheet: Sheet
) -> list[Page]:
    """Several years on one page: quarters as columns, the lanes of the timeline as rows, each
    Resolution 77 decided period drawn behind the meetings it constrains."""
    page = sheet.blank()
    left, right = sheet.body_left, sheet.body_right
    label_w, head_h = 42.0, 9.0
    start, end = dt.date(first_year, 1, 1), dt.date(last_year, 12, 31)
    span = (end - start).days + 1
    scale = (right - left - label_w) / span

    def x_of(day: dt.date) -> float:
        return left + label_w + (day - start).days * scale

    top = sheet.body_top
    dated = [
        m for m in meetings if m.precision is Precision.DAY and m.end >= start and m.start <= end
    ]
    lanes = [(lane, [m for m in dated if lane_of(m) == lane]) for lane in LANES]
    lanes = [(lane, ms) for lane, ms in lanes if ms]
    legend_h = 12.0
    available = sheet.body_bottom - top - head_h - legend_h
    bar_h = 3.4
    stacks = [(lane, _stack(ms, start, end)) for lane, ms in lanes]
    needed = [max((lane_no for _m, lane_no in st), default=0) + 1 for _l, st in stacks]
    total = sum(needed) or 1
    bar_h = min(8.0, available / (total + len(stacks)))
    for year in range(first_year, last_year + 1):
        q4 = dt.date(year, 10, 1)
        page.add(
            Box(
                x_of(q4),
                top + head_h,
                (dt.date(year, 12, 31) - q4).days * scale + scale,
                available,
                fill=LAST_QUARTER_HEX,
            )
        )
        page.add(
            Text(
                x_of(dt.date(year, 1, 1)),
                top,
                365 * scale,
                4.5,
                str(year),
                size=9,
                bold=True,
                align="center",
            )
        )
        for q in range(4):
            qs = dt.date(year, 3 * q + 1, 1)
            qe = dt.date(year + (q == 3), (3 * q + 4 - 1) % 12 + 1, 1)
            page.add(
                Text(
                    x_of(qs),
                    top + 4.5,
                    (qe - qs).days * scale,
                    4.0,
                    f"Q{q + 1}",
                    size=7,
                    align="center",
                    color="#424242",
                )
            )
            page.add(
                Line(
                    x_of(qs),
                    top + 4.5,
                    x_of(qs),
                    top + head_h + available,
                    "#9e9e9e" if q == 0 else "#e0e0e0",
                    0.2 if q == 0 else 0.1,
                )
            )
    y = top + head_h
    for (lane, stack), rows in zip(stacks, needed, strict=True):
        height = (rows + 1) * bar_h
        page.add(Text(left, y + 0.5, label_w - 1.5, 4.0, lane.title, size=7, bold=True))
        for m, _row in stack:  # decided periods first, behind the bars
            if m.decided:
                page.add(
                    Box(
                        x_of(max(m.decided.start, start)),
                        y + 0.3,
                        (min(m.decided.end, end) - max(m.decided.start, start)).days * scale
                        + scale,
                        height - 0.6,
                        fill=DECIDED_HEX,
                    )
                )
        for m, row in stack:
            bx = x_of(max(m.start, start))
            bw = max(((min(m.end, end) - max(m.start, start)).days + 1) * scale, 0.8)
            by = y + 0.5 * bar_h + row * bar_h
            page.add(
                Box(
                    bx,
                    by,
                    bw,
                    bar_h * 0.85,
                    fill=KIND_HEX[m.kind],
                    stroke="#424242",
                    mark=status_mark(m.status),
                    ref=m.id,
                    stroke_width=0.1,
                )
            )
            label_w_avail = max(bw, 16.0)
            page.add(
                Text(
                    bx + bw + 0.4 if bw < 10 else bx + 0.4,
                    by - 0.2,
                    label_w_avail,
                    bar_h,
                    _label(m),
                    size=min(6.0, bar_h * 2.2),
                )
            )
        y += height
        page.add(Line(left, y, right, y, "#bdbdbd", 0.15))
    kinds = sorted({m.kind for m in dated}, key=lambda k: list(KIND_HEX).index(k))
    extra = (
        *_STATUS_LEGEND,
        ("decided period (Res. 77)", DECIDED_HEX, ""),
        ("last quarter", LAST_QUARTER_HEX, ""),
    )
    legend(page, kinds, left, top + head_h + available + 1.5, right - left, extra)
    page.mm_per_day = scale
    pages = [page]
    frame(pages, sheet)
    return pages


def timetable(
    meetings: Sequence[Meeting],
    observances: Sequence[Observance],
    first: dt.date,
    last: dt.date,
    sheet: Sheet,
) -> list[Page]:
    """A quarter or a month: one row per meeting with its bar across the days, the day grid with
    weekends and religious periods; rows continue on further pages under a repeated header."""
    left, right = sheet.body_left, sheet.body_right
    info_w = 78.0
    days = (last - first).days + 1
    day_w = (right - left - info_w) / days
    head_h, row_h = 9.0, 4.2
    observed = {d for o in observances for d in _days(o.start, o.end)}
    rows = sorted(
        (
            m
            for m in meetings
            if m.precision is Precision.DAY and m.start <= last and m.end >= first
        ),
        key=lambda m: (m.start, m.end, m.code),
    )
    pages: list[Page] = []

    def new_page() -> tuple[Page, float]:
        page = sheet.blank()
        top = sheet.body_top
        for i in range(days):
            d = first + dt.timedelta(days=i)
            x = left + info_w + i * day_w
            if d.day == 1 or i == 0:
                page.add(
                    Text(x, top, 30, 4.0, f"{MONTHS[d.month - 1]} {d.year}", size=7, bold=True)
                )
            if day_w >= 3.5 or d.weekday() == 0:  # narrow columns: number the Mondays
                page.add(
                    Text(
                        x,
                        top + 4.5,
                        max(day_w, 4.0),
                        4.0,
                        str(d.day),
                        size=6.5,
                        align="left" if day_w < 3.5 else "center",
                        color="#424242",
                    )
                )
        page.add(Text(left, top + 4.5, info_w, 4.0, "Dates / code / title", size=7, bold=True))
        pages.append(page)
        return page, top + head_h

    def shade(page: Page, top: float, bottom: float) -> None:
        for i in range(days):
            d = first + dt.timedelta(days=i)
            x = left + info_w + i * day_w
            if d.weekday() >= 5:
                page.add(Box(x, top, day_w, bottom - top, fill=WEEKEND_HEX))
            if d in observed:
                page.add(Box(x, top - 1.0, day_w, 1.0, fill="#f9a825"))
                page.add(Box(x, top, day_w, bottom - top, fill=OBSERVANCE_HEX))

    page, y = new_page()
    page_top = y
    for index, m in enumerate(rows):
        if y + row_h > sheet.body_bottom:
            shade(page, page_top, y)
            page, y = new_page()
            page_top = y
        if index % 2:
            page.add(Box(left, y, info_w, row_h, fill="#f7f7f7"))
        page.add(Text(left + 0.5, y + 0.3, 24, row_h, m.span, size=6.5))
        page.add(
            Text(left + 25, y + 0.3, info_w - 25.5, row_h, f"{m.code}  {m.title}".strip(), size=6.5)
        )
        s, e = max(m.start, first), min(m.end, last)
        x = left + info_w + (s - first).days * day_w
        page.add(
            Box(
                x + 0.15,
                y + 0.5,
                (e - s).days * day_w + day_w - 0.3,
                row_h - 1.0,
                fill=KIND_HEX[m.kind],
                stroke="#424242",
                mark=status_mark(m.status),
                ref=m.id,
            )
        )
        page.add(Line(left, y + row_h, right, y + row_h, "#eeeeee", 0.1))
        y += row_h
    shade(page, page_top, y)
    if not rows:
        page.add(Text(left, y + 2, right - left, 5, "No meeting in this period.", size=9))
    # shading was added after the bars: move it behind them
    for p in pages:
        p.items.sort(
            key=lambda item: (
                0
                if isinstance(item, Box) and item.fill in (WEEKEND_HEX, OBSERVANCE_HEX, "#f9a825")
                else 1
            )
        )
    for p in pages:
        p.mm_per_day = day_w
    frame(pages, sheet)
    return pages


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
