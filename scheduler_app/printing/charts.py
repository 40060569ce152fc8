"""Chart layouts: the year planner, the cycle chart, and quarter and month timetables."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields

from scheduler_app.domain import Meeting, MeetingKind, Precision, format_span
from scheduler_app.domain.dates import MONTHS, month_end, period_of
from scheduler_app.domain.legend import (
    DECIDED_HEX,
    HOLIDAY_HEX,
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
from scheduler_app.printing.page import (
    Box,
    DayStrip,
    Item,
    Line,
    Page,
    Sheet,
    Text,
    frame,
    legend,
    legend_height,
)

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_STATUS_LEGEND = (("tentative / proposed", "#ffffff", "hatch"), ("cancelled", "#ffffff", "cross"))
OBSERVANCE_MARK = "#f9a825"  # the stripe on top of a religious period's days
HOLIDAY_MARK = "#e65100"  # the stripe under a venue holiday
TODAY_HEX = "#d50000"
MIN_LABEL_PT = 4.0  # a bar label smaller than this cannot be read: it is left out

Holiday = tuple[dt.date, str]
"""A public holiday of a venue: the day and what to call it ("Jeûne genevois (CH-GE)")."""


@dataclass(frozen=True)
class Overlays:
    """What the calendars draw besides the meetings: religious periods (PP Res. 111), the public
    holidays of the venues, outside ICT events, and the decided periods of PP Res. 77."""

    religious: bool = True
    holidays: bool = True
    outside: bool = True
    decided: bool = True

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def parse(cls, text: str) -> Overlays:
        """``"religious,decided"`` turns those on and the others off; ``"none"`` turns all off."""
        chosen = {w.strip().lower() for w in text.split(",") if w.strip()}
        if chosen == {"none"}:
            chosen = set()
        unknown = sorted(chosen - set(cls.names()))
        if unknown:
            raise ValueError(
                f"unknown overlay {', '.join(unknown)}: choose from {', '.join(cls.names())}"
                " or none"
            )
        return cls(**{name: name in chosen for name in cls.names()})

    def text(self) -> str:
        return ",".join(n for n in self.names() if getattr(self, n)) or "none"


def _label(m: Meeting) -> str:
    return m.code or m.title


def meeting_tip(m: Meeting) -> str:
    """What hovering a meeting's bar tells: code and title, dates, length, status and place.
    The screen asks for it on hover rather than the layout writing one per bar."""
    head = f"{m.code}: {m.title}" if m.code else m.title
    place = ", ".join(p for p in (m.venue or m.city, m.country) if p)
    return "\n".join(
        line for line in (head, f"{m.span} ({m.days} days) · {m.status.value}", place) if line
    )


def _day_notes(
    observances: Iterable[Observance], holidays: Iterable[Holiday], first: dt.date, last: dt.date
) -> tuple[dict[dt.date, list[str]], dict[dt.date, list[str]]]:
    """For each day of [first, last]: the religious periods and the venue holidays on it."""
    religious: dict[dt.date, list[str]] = defaultdict(list)
    for o in observances:
        name = o.label + (" (estimated)" if o.estimated else "")
        for d in _days(max(o.start, first), min(o.end, last)):
            if name not in religious[d]:
                religious[d].append(name)
    holiday: dict[dt.date, list[str]] = defaultdict(list)
    for day, name in holidays:
        if first <= day <= last and name not in holiday[day]:
            holiday[day].append(name)
    return religious, holiday


def _day_tip(day: dt.date, religious: Sequence[str], holiday: Sequence[str]) -> str:
    # not strftime: under Qt for Python each call goes through an import hook, and a crowded
    # timeline has hundreds of marked days
    lines = [f"{WEEKDAYS[day.weekday()]} {day.day:02d} {MONTHS[day.month - 1]} {day.year}"]
    lines += [f"Religious period: {name}" for name in religious]
    lines += [f"Holiday: {name}" for name in holiday]
    return "\n".join(lines)


def _bar(m: Meeting, x: float, y: float, w: float, h: float, stroke_width: float = 0.15) -> Box:
    return Box(
        x,
        y,
        w,
        h,
        fill=KIND_HEX[m.kind],
        stroke="#424242",
        mark=status_mark(m.status),
        stroke_width=stroke_width,
        ref=m.id,
    )


def _on_bar(m: Meeting, x: float, y: float, w: float, h: float, text: str, size: float) -> Text:
    """A label written on a meeting's bar, in black or white as reads better on its colour."""
    return Text(x, y, w, h, text, size=size, color=text_on(KIND_HEX[m.kind]), bold=True)


def _more(hidden: int, x: float, y: float, w: float, h: float, size: float) -> Text:
    """ "+N more": how many meetings a crowded row could not draw."""
    return Text(x, y, w, h, f"+{hidden} more", size=size, align="right", color="#b71c1c")


def _extra_legend(religious: bool, holidays: bool) -> tuple[tuple[str, str, str], ...]:
    extra = [*_STATUS_LEGEND, ("weekend", WEEKEND_HEX, "")]
    if religious:
        extra.append(("religious period", OBSERVANCE_HEX, ""))
    if holidays:
        extra.append(("venue holiday", HOLIDAY_MARK, ""))
    return tuple(extra)


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
    meetings: Sequence[Meeting],
    observances: Sequence[Observance],
    year: int,
    sheet: Sheet,
    holidays: Sequence[Holiday] = (),
    today: dt.date | None = None,
) -> list[Page]:
    """One year on one page: months as rows, days as columns, meetings as coloured bars with their
    codes, weekends, religious periods and venue holidays shaded, and a legend."""
    page = sheet.blank()
    left, right = sheet.body_left, sheet.body_right
    label_w, head_h = 16.0, 5.0
    day_w = (right - left - label_w) / 31
    jan1, dec31 = dt.date(year, 1, 1), dt.date(year, 12, 31)
    religious, holiday = _day_notes(observances, holidays, jan1, dec31)
    dated = [m for m in meetings if m.precision is Precision.DAY]
    kinds = sorted(
        {m.kind for m in dated if m.end >= jan1 and m.start <= dec31},
        key=lambda k: list(KIND_HEX).index(k),
    )
    extra = _extra_legend(bool(religious), bool(holiday))
    note_h = max(16.0, legend_height(len(kinds) + len(extra), right - left) + 9.0)
    row_h = (sheet.body_bottom - sheet.body_top - head_h - note_h) / 12
    lane_h = 3.1
    lanes_per_row = max(1, int((row_h - 2.4) // lane_h))
    top = sheet.body_top
    for day in range(1, 32):
        x = left + label_w + (day - 1) * day_w
        page.add(Text(x, top, day_w, head_h, str(day), size=6.5, align="center", color="#424242"))
    by_month: dict[int, list[Meeting]] = defaultdict(list)
    for m in dated:
        if m.end < jan1 or m.start > dec31:
            continue
        for month in range(max(m.start, jan1).month, min(m.end, dec31).month + 1):
            by_month[month].append(m)
    marks: list[Box] = []  # today's outline, over everything
    front: list[Item] = []  # the bars and their labels, over the day rules
    for month in range(1, 13):
        y = top + head_h + (month - 1) * row_h
        days_in = month_end(year, month).day
        first = dt.date(year, month, 1)
        page.add(Text(left, y + 0.5, label_w - 1, 4.0, MONTHS[month - 1], size=8, bold=True))
        page.strips.append(DayStrip(left + label_w, y, days_in * day_w, row_h, first, day_w))
        for day in range(1, 32):
            x = left + label_w + (day - 1) * day_w
            if day > days_in:
                page.add(Box(x, y, day_w, row_h, fill="#bdbdbd"))
                continue
            date = dt.date(year, month, day)
            if date.weekday() >= 5:
                page.add(Box(x, y, day_w, row_h, fill=WEEKEND_HEX))
            rel, hol = religious.get(date, ()), holiday.get(date, ())
            if rel:
                page.add(Box(x, y, day_w, 1.2, fill=OBSERVANCE_MARK))
                page.add(Box(x, y + 1.2, day_w, row_h - 1.2, fill=OBSERVANCE_HEX))
            if hol:
                page.add(Box(x, y + row_h - 1.0, day_w, 1.0, fill=HOLIDAY_MARK))
            if rel or hol:
                page.add(Box(x, y, day_w, row_h, tip=_day_tip(date, rel, hol)))
            if date == today:
                marks.append(Box(x, y, day_w, row_h, stroke=TODAY_HEX, stroke_width=0.6))
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
            front.append(_bar(m, x + 0.2, by, w - 0.4, lane_h - 0.4))
            front.append(_on_bar(m, x + 0.5, by - 0.1, w - 0.9, lane_h - 0.2, _label(m), 5.5))
        if hidden:
            front.append(_more(hidden, right - 14, y + row_h - 3.2, 14, 3.0, 5.5))
        page.add(Line(left, y, right, y, "#9e9e9e", 0.15))
    grid_bottom = top + head_h + 12 * row_h
    page.add(Line(left, grid_bottom, right, grid_bottom, "#9e9e9e", 0.15))
    for day in range(32):
        x = left + label_w + day * day_w
        page.add(Line(x, top + head_h, x, grid_bottom, "#e0e0e0", 0.1))
    page.add(*front, *marks)
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
    meetings: Sequence[Meeting],
    start: dt.date,
    end: dt.date,
    sheet: Sheet,
    observances: Sequence[Observance] = (),
    holidays: Sequence[Holiday] = (),
    decided: bool = True,
    today: dt.date | None = None,
    min_label_pt: float = MIN_LABEL_PT,
) -> list[Page]:
    """A span of days to years on one page, the lanes of the timeline as rows: years and
    quarters across the top of a long span, months or days on a short one; the last quarter of
    each year shaded (PP Res. 77), religious periods and venue holidays as bands, and each
    Resolution 77 decided period drawn behind the meetings it constrains."""
    page = sheet.blank()
    left, right = sheet.body_left, sheet.body_right
    label_w, head_h = 42.0, 9.0
    span = (end - start).days + 1
    scale = (right - left - label_w) / span

    def x_of(day: dt.date) -> float:
        return left + label_w + (day - start).days * scale

    def width(first: dt.date, last: dt.date) -> float:
        return ((min(last, end) - max(first, start)).days + 1) * scale

    top = sheet.body_top
    dated = [
        m for m in meetings if m.precision is Precision.DAY and m.end >= start and m.start <= end
    ]
    by_lane: dict[str, list[Meeting]] = defaultdict(list)
    for m in dated:
        by_lane[lane_of(m).key].append(m)
    lanes = [(lane, by_lane[lane.key]) for lane in LANES if by_lane[lane.key]]
    religious, holiday = _day_notes(observances, holidays, start, end)
    kinds = sorted({m.kind for m in dated}, key=lambda k: list(KIND_HEX).index(k))
    extra = [*_STATUS_LEGEND]
    if decided and any(m.decided for m in dated):
        extra.append(("decided period (Res. 77)", DECIDED_HEX, ""))
    extra.append(("last quarter", LAST_QUARTER_HEX, ""))
    if religious:
        extra.append(("religious period", OBSERVANCE_HEX, ""))
    if holiday:
        extra.append(("venue holiday", HOLIDAY_MARK, ""))
    legend_h = legend_height(len(kinds) + len(extra), right - left) + 2.0
    available = sheet.body_bottom - top - head_h - legend_h
    stacks = [(lane, _stack(ms, start, end)) for lane, ms in lanes]
    needed = [max((lane_no for _m, lane_no in st), default=0) + 1 for _l, st in stacks]
    total = sum(needed) or 1
    bar_h = min(10.0, available / (total + len(stacks)))
    # the bands and rules stop under the last lane, and the legend follows
    available = min(available, max(sum((n + 1) * bar_h for n in needed), 20.0))
    body_top, body_bottom = top + head_h, top + head_h + available
    for year in range(start.year, end.year + 1):
        q4 = max(dt.date(year, 10, 1), start)
        if q4 <= min(dt.date(year, 12, 31), end):
            page.add(
                Box(
                    x_of(q4),
                    body_top,
                    width(q4, dt.date(year, 12, 31)),
                    available,
                    fill=LAST_QUARTER_HEX,
                )
            )
    _time_header(page, start, end, x_of, width, top, body_bottom, scale)
    for day in sorted(set(religious) | set(holiday)):
        rel, hol = religious.get(day, ()), holiday.get(day, ())
        x = x_of(day)
        if rel:
            page.add(Box(x, body_top, scale, available, fill=OBSERVANCE_HEX))
            page.add(Box(x, body_top - 0.8, scale, 0.8, fill=OBSERVANCE_MARK))
        if hol:
            if span <= 400:  # zoomed in: the whole day; zoomed out, only the stripe
                page.add(Box(x, body_top, scale, available, fill=HOLIDAY_HEX))
            page.add(Box(x, body_bottom - 0.8, max(scale, 0.3), 0.8, fill=HOLIDAY_MARK))
        page.add(
            Box(x, body_top - 0.8, max(scale, 0.3), available + 1.6, tip=_day_tip(day, rel, hol))
        )
    page.strips.append(DayStrip(left + label_w, body_top, span * scale, available, start, scale))
    label_pt = min(7.0, bar_h * 2.2)
    y = body_top
    for (lane, stack), rows in zip(stacks, needed, strict=True):
        height = (rows + 1) * bar_h
        page.add(Text(left, y + 0.5, label_w - 1.5, 4.0, lane.title, size=7, bold=True))
        for m, _row in stack:  # decided periods first, behind the bars
            if decided and m.decided and m.decided.end >= start and m.decided.start <= end:
                page.add(
                    Box(
                        x_of(max(m.decided.start, start)),
                        y + 0.3,
                        width(m.decided.start, m.decided.end),
                        height - 0.6,
                        fill=DECIDED_HEX,
                        tip=f"Decided period of {_label(m)}: "
                        f"{format_span(m.decided.start, m.decided.end)}"
                        + (f"\n{m.decided.source}" if m.decided.source else ""),
                    )
                )
        for m, row in stack:
            bx = x_of(max(m.start, start))
            bw = max(width(m.start, m.end), 0.8)
            by = y + 0.5 * bar_h + row * bar_h
            page.add(_bar(m, bx, by, bw, bar_h * 0.85, stroke_width=0.1))
            if label_pt >= min_label_pt:
                inside = bw >= 10
                page.add(
                    Text(
                        bx + 0.4 if inside else bx + bw + 0.4,
                        by - 0.2,
                        bw - 0.8 if inside else max(min(16.0, right - bx - bw - 0.4), 0.0),
                        bar_h,
                        _label(m),
                        size=label_pt,
                        color=text_on(KIND_HEX[m.kind]) if inside else "#000000",
                    )
                )
        y += height
        page.add(Line(left, y, right, y, "#bdbdbd", 0.15))
    if today is not None and start <= today <= end:
        tx = x_of(today) + scale / 2
        page.add(Line(tx, body_top - 1.5, tx, body_bottom, TODAY_HEX, 0.35))
    if not dated:
        page.add(Text(left, body_top + 2, right - left, 5, "No meeting in this period.", size=9))
    legend(page, kinds, left, body_bottom + 1.5, right - left, extra)
    page.mm_per_day = scale
    pages = [page]
    frame(pages, sheet)
    return pages


def _time_header(
    page: Page,
    start: dt.date,
    end: dt.date,
    x_of: Callable[[dt.date], float],
    width: Callable[[dt.date, dt.date], float],
    top: float,
    bottom: float,
    scale: float,
) -> None:
    """The two header rows of the timeline and its vertical rules: years and quarters over a long
    span, months and quarters over a year or so, months and days (weekends shaded) over weeks."""
    span = (end - start).days + 1
    if span > 400:
        for year in range(start.year, end.year + 1):
            first = max(dt.date(year, 1, 1), start)
            page.add(
                Text(
                    x_of(first),
                    top,
                    width(first, dt.date(year, 12, 31)),
                    4.5,
                    str(year),
                    size=9,
                    bold=True,
                    align="center",
                )
            )
            for q in range(4):
                qs, qe = period_of(Precision.QUARTER, dt.date(year, 3 * q + 1, 1))
                if qe < start or qs > end:
                    continue
                page.add(
                    Text(
                        x_of(max(qs, start)),
                        top + 4.5,
                        width(qs, qe),
                        4.0,
                        f"Q{q + 1}",
                        size=7,
                        align="center",
                        color="#424242",
                    )
                )
                if qs >= start:
                    strong = q == 0
                    page.add(
                        Line(
                            x_of(qs),
                            top + 4.5,
                            x_of(qs),
                            bottom,
                            "#9e9e9e" if strong else "#e0e0e0",
                            0.2 if strong else 0.1,
                        )
                    )
        return
    month = dt.date(start.year, start.month, 1)
    while month <= end:
        last = month_end(month.year, month.month)
        first = max(month, start)
        name = f"{MONTHS[month.month - 1]} {month.year}"
        if span > 62:
            name = MONTHS[month.month - 1] + (
                f" {month.year}" if month.month == 1 or first == start else ""
            )
        page.add(
            Text(
                x_of(first),
                top,
                max(width(first, last), 12.0),
                4.5,
                name,
                size=8,
                bold=True,
                align="center" if span > 62 else "left",
            )
        )
        if month >= start:
            quarter = month.month % 3 == 1
            page.add(
                Line(
                    x_of(month),
                    top,
                    x_of(month),
                    bottom,
                    "#9e9e9e" if quarter else "#e0e0e0",
                    0.2 if quarter else 0.1,
                )
            )
        if span > 62 and month.month % 3 == 1 and first == month:
            page.add(
                Text(
                    x_of(month),
                    top + 4.5,
                    width(month, month + dt.timedelta(days=89)),
                    4.0,
                    f"Q{month.month // 3 + 1}",
                    size=7,
                    align="center",
                    color="#424242",
                )
            )
        month = last + dt.timedelta(days=1)
    if span > 62:
        return
    for day in _days(start, end):
        x = x_of(day)
        if day.weekday() >= 5:
            page.add(Box(x, top + 9.0, scale, bottom - top - 9.0, fill=WEEKEND_HEX))
        if scale >= 3.5 or day.weekday() == 0:
            page.add(
                Text(
                    x,
                    top + 4.5,
                    max(scale, 4.0),
                    4.0,
                    str(day.day),
                    size=6.5,
                    align="center" if scale >= 3.5 else "left",
                    color="#424242",
                )
            )
        if scale >= 1.5 or day.weekday() == 0:
            page.add(Line(x, top + 9.0, x, bottom, "#eeeeee", 0.1))


def timetable(
    meetings: Sequence[Meeting],
    observances: Sequence[Observance],
    first: dt.date,
    last: dt.date,
    sheet: Sheet,
    holidays: Sequence[Holiday] = (),
    today: dt.date | None = None,
) -> list[Page]:
    """A quarter or a month: one row per meeting with its bar across the days, the day grid with
    weekends, religious periods and venue holidays; rows continue on further pages under a
    repeated header."""
    left, right = sheet.body_left, sheet.body_right
    info_w = 78.0
    days = (last - first).days + 1
    day_w = (right - left - info_w) / days
    head_h, row_h = 9.0, 4.2
    religious, holiday = _day_notes(observances, holidays, first, last)
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

    def shade(page: Page, top: float, bottom: float) -> list[Box]:
        """The day grid behind the rows; returns the hover areas and today's mark, drawn over."""
        over: list[Box] = []
        for i in range(days):
            d = first + dt.timedelta(days=i)
            x = left + info_w + i * day_w
            if d.weekday() >= 5:
                page.add(Box(x, top, day_w, bottom - top, fill=WEEKEND_HEX))
            rel, hol = religious.get(d, ()), holiday.get(d, ())
            if rel:
                page.add(Box(x, top - 1.0, day_w, 1.0, fill=OBSERVANCE_MARK))
                page.add(Box(x, top, day_w, bottom - top, fill=OBSERVANCE_HEX))
            if hol:
                page.add(Box(x, top, day_w, bottom - top, fill=HOLIDAY_HEX))
                page.add(Box(x, bottom, day_w, 1.0, fill=HOLIDAY_MARK))
            if rel or hol:
                over.append(Box(x, top - 1.0, day_w, bottom - top + 2.0, tip=_day_tip(d, rel, hol)))
            if d == today:
                over.append(Box(x, top, day_w, bottom - top, stroke=TODAY_HEX, stroke_width=0.5))
        page.strips.append(DayStrip(left + info_w, top, days * day_w, bottom - top, first, day_w))
        return over

    page, y = new_page()
    page_top = y
    overs: list[tuple[Page, list[Box]]] = []
    for index, m in enumerate(rows):
        if y + row_h > sheet.body_bottom:
            overs.append((page, shade(page, page_top, y)))
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
        page.add(_bar(m, x + 0.15, y + 0.5, (e - s).days * day_w + day_w - 0.3, row_h - 1.0))
        page.add(Line(left, y + row_h, right, y + row_h, "#eeeeee", 0.1))
        y += row_h
    overs.append((page, shade(page, page_top, max(y, page_top + row_h))))
    if not rows:
        page.add(Text(left, y + 2, right - left, 5, "No meeting in this period.", size=9))
    shading = (WEEKEND_HEX, OBSERVANCE_HEX, OBSERVANCE_MARK, HOLIDAY_HEX, HOLIDAY_MARK)
    for p, over in overs:
        # the shading was added after the bars: move it behind them, the hover areas on top
        p.items.sort(key=lambda item: 0 if isinstance(item, Box) and item.fill in shading else 1)
        p.add(*over)
    for p in pages:
        p.mm_per_day = day_w
    frame(pages, sheet)
    return pages


def month_grid(
    meetings: Sequence[Meeting],
    observances: Sequence[Observance],
    month: dt.date,
    sheet: Sheet,
    holidays: Sequence[Holiday] = (),
    today: dt.date | None = None,
) -> list[Page]:
    """A month as a wall calendar: weeks as rows from Monday to Sunday, meetings as bars across
    the days of each week, each day's religious periods and venue holidays named in its cell."""
    page = sheet.blank()
    left, right = sheet.body_left, sheet.body_right
    first = month.replace(day=1)
    last = month_end(first.year, first.month)
    grid_first = first - dt.timedelta(days=first.weekday())
    weeks = ((last - grid_first).days // 7) + 1
    grid_last = grid_first + dt.timedelta(days=7 * weeks - 1)
    religious, holiday = _day_notes(observances, holidays, grid_first, grid_last)
    dated = [
        m
        for m in meetings
        if m.precision is Precision.DAY and m.end >= grid_first and m.start <= grid_last
    ]
    kinds = sorted({m.kind for m in dated}, key=lambda k: list(KIND_HEX).index(k))
    extra = _extra_legend(bool(religious), bool(holiday))
    head_h = 5.0
    legend_h = legend_height(len(kinds) + len(extra), right - left) + 2.0
    top = sheet.body_top
    col_w = (right - left) / 7
    row_h = (sheet.body_bottom - top - head_h - legend_h) / weeks
    lane_h, day_head = 4.4, 8.0
    lanes_per_row = max(1, int((row_h - day_head - 1.0) // lane_h))
    for i, name in enumerate(WEEKDAYS):
        page.add(
            Text(
                left + i * col_w,
                top,
                col_w,
                head_h,
                name,
                size=8,
                bold=True,
                align="center",
                color="#424242",
            )
        )
    over: list[Box] = []  # hover areas and today's outline, over everything
    front: list[Item] = []  # the bars and their labels, over the day rules
    for week in range(weeks):
        ws = grid_first + dt.timedelta(days=7 * week)
        we = ws + dt.timedelta(days=6)
        y = top + head_h + week * row_h
        page.strips.append(DayStrip(left, y, 7 * col_w, row_h, ws, col_w))
        for i in range(7):
            d = ws + dt.timedelta(days=i)
            x = left + i * col_w
            inside = d.month == first.month
            rel, hol = religious.get(d, ()), holiday.get(d, ())
            fill = None
            if not inside:
                fill = "#f5f5f5"
            elif rel:
                fill = OBSERVANCE_HEX
            elif hol:
                fill = HOLIDAY_HEX
            elif d.weekday() >= 5:
                fill = WEEKEND_HEX
            if fill:
                page.add(Box(x, y, col_w, row_h, fill=fill))
            if rel:
                page.add(Box(x, y, col_w, 1.0, fill=OBSERVANCE_MARK))
            if hol:
                page.add(Box(x, y + row_h - 1.0, col_w, 1.0, fill=HOLIDAY_MARK))
            number = str(d.day) if inside else f"{d.day} {MONTHS[d.month - 1]}"
            page.add(
                Text(
                    x + 1.0,
                    y + 1.0,
                    14.0,
                    4.0,
                    number,
                    size=8,
                    bold=d.day == 1,
                    color="#212121" if inside else "#9e9e9e",
                )
            )
            names = "; ".join([*rel, *hol])
            if names:
                page.add(
                    Text(
                        x + 12.0,
                        y + 1.4,
                        col_w - 13.0,
                        3.5,
                        names,
                        size=5.5,
                        align="right",
                        color="#8d6e63",
                    )
                )
                over.append(Box(x, y, col_w, row_h, tip=_day_tip(d, rel, hol)))
            if d == today:
                over.append(
                    Box(
                        x + 0.3,
                        y + 0.3,
                        col_w - 0.6,
                        row_h - 0.6,
                        stroke=TODAY_HEX,
                        stroke_width=0.6,
                    )
                )
        hidden = 0
        for m, lane in _stack([m for m in dated if m.end >= ws and m.start <= we], ws, we):
            if lane >= lanes_per_row:
                hidden += 1
                continue
            s, e = max(m.start, ws), min(m.end, we)
            x = left + (s - ws).days * col_w
            w = ((e - s).days + 1) * col_w
            by = y + day_head + lane * lane_h
            front.append(_bar(m, x + 0.6, by, w - 1.2, lane_h - 0.6))
            text = _label(m) if not m.code else f"{m.code}  {m.title}"
            if m.start < ws:
                text = "◂ " + text  # it began the week before
            front.append(_on_bar(m, x + 1.2, by + 0.2, w - 2.4, lane_h - 0.6, text, 6.5))
        if hidden:
            front.append(_more(hidden, left, y + row_h - 3.6, 7 * col_w - 1.0, 3.2, 6))
        page.add(Line(left, y, right, y, "#9e9e9e", 0.15))
    bottom = top + head_h + weeks * row_h
    page.add(Line(left, bottom, right, bottom, "#9e9e9e", 0.15))
    for i in range(8):
        page.add(Line(left + i * col_w, top + head_h, left + i * col_w, bottom, "#bdbdbd", 0.1))
    page.add(*front, *over)
    legend(page, kinds, left, bottom + 1.5, right - left, extra)
    page.mm_per_day = col_w
    pages = [page]
    frame(pages, sheet)
    return pages


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
