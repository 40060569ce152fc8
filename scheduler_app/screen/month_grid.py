"""The month grid on the screen: a wall calendar of 5 or 6 weeks whose rows grow with the
meetings they hold, laid out in widget pixels for a given width (the widget scrolls vertically).

Each week row draws every meeting that touches it as a bar over its days of that week (a meeting
of several weeks is drawn in each, marked as continuing). With ``max_lanes`` a day that needs
more lanes keeps ``max_lanes - 1`` and turns the rest into a "+N more" button in its last lane,
never under a bar, which lists the meetings that day could not draw."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from scheduler_app.domain import Meeting
from scheduler_app.domain.dates import month_end
from scheduler_app.domain.observance import Observance
from scheduler_app.printing.chart_marks import day_notes, day_tip
from scheduler_app.printing.charts import Holiday
from scheduler_app.screen import words
from scheduler_app.screen.day_cells import (
    MIN_LANES,
    DayRow,
    RowsAxis,
    Sizes,
    Tips,
    day_areas,
    full_date,
    meeting_bar,
)
from scheduler_app.screen.labels import LABEL_PAD, fit_label
from scheduler_app.screen.lanes import assign_lanes
from scheduler_app.screen.mirror import mirror
from scheduler_app.screen.mirror import right_to_left as _rtl
from scheduler_app.screen.scene import (
    Area,
    Bar,
    Caption,
    FontRole,
    Metrics,
    More,
    Rect,
    Rule,
    Scene,
    Tone,
)

_INSET = 2.0  # px between a bar and its day's edge


@dataclass(frozen=True, slots=True)
class _Piece:
    """A meeting's part in one week: columns ``first``-``last`` (inclusive) and its lane."""

    m: Meeting
    first: int
    last: int
    lane: int = 0


def month_grid_scene(
    meetings: Sequence[Meeting],
    month: dt.date,
    observances: Sequence[Observance],
    holidays: Sequence[Holiday],
    today: dt.date | None,
    metrics: Metrics,
    width: float,
    first_weekday: int = 0,
    max_lanes: int | None = None,
    *,
    week_numbers: bool = True,
    right_to_left: bool | None = None,
) -> Scene:
    """The month holding ``month`` (any day of it), ``width`` px wide, weeks starting on
    ``first_weekday`` (0 Monday ... 6 Sunday), ISO week numbers in a left column unless
    ``week_numbers`` is False. Rows grow to show every meeting unless ``max_lanes`` caps them.
    ``right_to_left`` (by default the language's) mirrors it: the first weekday at the right."""
    if max_lanes is not None and max_lanes < 1:
        raise ValueError(f"max_lanes is at least 1, not {max_lanes}")
    first = month.replace(day=1)
    last = month_end(first.year, first.month)
    grid_first = first - dt.timedelta(days=(first.weekday() - first_weekday) % 7)
    weeks = (last - grid_first).days // 7 + 1
    grid_last = grid_first + dt.timedelta(days=7 * weeks - 1)
    sizes = Sizes.of(metrics)
    x0 = 0.0
    if week_numbers:
        # the widest number and its padding, no more: every pixel here is a seventh of a
        # pixel less for each day's labels
        x0 = metrics.width(words.week_number(53), FontRole.SMALL) + LABEL_PAD
    col = (width - x0) / 7
    captions: list[Caption] = []
    head = metrics.height(FontRole.BOLD) + 6.0
    captions += _weekday_header(metrics, x0, col, first_weekday, head)
    number_h = metrics.height(FontRole.NORMAL)
    day_head = number_h + 6.0
    religious, holiday = day_notes(observances, holidays, grid_first, grid_last)

    by_week: list[list[Meeting]] = [[] for _ in range(weeks)]
    for m in meetings:
        if m.end >= grid_first and m.start <= grid_last:
            a = max(0, (m.start - grid_first).days // 7)
            b = min(weeks - 1, (m.end - grid_first).days // 7)
            for w in range(a, b + 1):
                by_week[w].append(m)

    tips = Tips()
    bars: list[Bar] = []
    areas: list[Area] = []
    marks: list[Area] = []  # today's outline, over the shading
    mores: list[More] = []
    rows: list[DayRow] = []
    rules: list[Rule] = [Rule(0, head, width, head)]
    y = head
    for w in range(weeks):
        ws = grid_first + dt.timedelta(days=7 * w)
        pieces = _pieces(by_week[w], ws)
        hidden = _hidden(pieces, max_lanes)
        used = max((p.lane + 1 for p in pieces), default=0)
        shown = used if max_lanes is None else min(used, max_lanes)
        h = max(day_head + max(shown, MIN_LANES) * sizes.lane + 2.0, 0.5 * col)
        rows.append(DayRow(y, y + h, ws, 7))
        lanes_top = y + day_head
        hidden_on: list[list[Meeting]] = [[] for _ in range(7)]
        for i, p in enumerate(pieces):
            if i in hidden:
                for c in range(p.first, p.last + 1):
                    hidden_on[c].append(p.m)
                continue
            rect = Rect(
                x0 + p.first * col + _INSET,
                lanes_top + p.lane * sizes.lane,
                (p.last - p.first + 1) * col - 2 * _INSET,
                sizes.bar,
            )
            bars.append(
                meeting_bar(
                    p.m,
                    rect,
                    tips(p.m),
                    _label(p.m, rect, metrics, sizes),
                    p.m.start < ws,
                    p.m.end > ws + dt.timedelta(days=6),
                )
            )
        for c in range(7):
            day = ws + dt.timedelta(days=c)
            cell = Rect(x0 + c * col, y, col, h)
            rel, hol = religious.get(day, ()), holiday.get(day, ())
            shading = day_areas(cell, day, rel, hol, 3.0)
            inside = day.month == first.month
            if not shading and not inside:
                shading = [Area(cell, Tone.ALTERNATE)]
            areas += shading
            captions += _day_captions(day, cell, inside, day == today, rel, hol, metrics)
            if day == today:
                marks.append(
                    Area(Rect(cell.x + 1, cell.y + 1, col - 2, h - 2), Tone.TODAY, outlined=True)
                )
            if hidden_on[c] and max_lanes is not None:
                mores.append(_more(day, hidden_on[c], cell, lanes_top, max_lanes, metrics, sizes))
        if week_numbers:
            monday = ws + dt.timedelta(days=(7 - first_weekday) % 7)
            captions.append(
                Caption(
                    words.week_number(monday.isocalendar()[1]),
                    Rect(LABEL_PAD / 2, y + 3.0, x0 - LABEL_PAD, sizes.small),
                    FontRole.SMALL,
                    Tone.MUTED,
                    align="center",
                    tip=words.week_name(monday.isocalendar()[1]),
                )
            )
        y += h
        rules.append(Rule(0, y, width, y))
    rules += [Rule(x0 + i * col, head, x0 + i * col, y) for i in range(8)]
    scene = Scene(
        width=width,
        height=y,
        first=grid_first,
        last=grid_last,
        axis=RowsAxis(x0, col, rows),
        bars=bars,
        areas=[*areas, *marks],
        captions=captions,
        rules=rules,
        mores=mores,
    )
    return mirror(scene) if _rtl(right_to_left) else scene


def _pieces(meetings: Sequence[Meeting], ws: dt.date) -> list[_Piece]:
    """The week's pieces with their lanes, in reading order (first day, then lane). Lanes by
    the meetings' own dates: within one week that is the order of their first days in it."""
    lanes = assign_lanes(meetings)
    pieces = [
        _Piece(m, max(0, (m.start - ws).days), min(6, (m.end - ws).days), lane)
        for m, lane in zip(meetings, lanes, strict=True)
    ]
    return sorted(pieces, key=lambda p: (p.first, p.lane))


def _hidden(pieces: Sequence[_Piece], max_lanes: int | None) -> set[int]:
    """Which pieces a capped week does not draw: those past the last lane, and those in the
    last lane that cross a day which needs that lane for its "+N more". (The days of the latter
    need it too, but no other piece of the last lane can be on them: no further pass.)"""
    if max_lanes is None:
        return set()
    over = {c for p in pieces if p.lane >= max_lanes for c in range(p.first, p.last + 1)}
    return {
        i
        for i, p in enumerate(pieces)
        if p.lane >= max_lanes
        or (p.lane == max_lanes - 1 and any(c in over for c in range(p.first, p.last + 1)))
    }


def _label(m: Meeting, bar: Rect, metrics: Metrics, sizes: Sizes) -> tuple[str, Rect, bool] | None:
    """Inside the bar: the code and title when both fit (as the printed grid writes them),
    else the longest form of the code that fits, else none (the tooltip tells)."""
    role = FontRole.SMALL
    text = f"{m.code}  {m.title}" if m.code else ""
    if not text or metrics.width(text, role) > bar.w - LABEL_PAD:
        text = fit_label(m, bar.w, metrics, role)
    if not text:
        return None
    y = bar.y + (bar.h - sizes.small) / 2
    return text, Rect(bar.x + LABEL_PAD / 2, y, bar.w - LABEL_PAD, sizes.small), True


def _more(
    day: dt.date,
    hidden: Sequence[Meeting],
    cell: Rect,
    lanes_top: float,
    max_lanes: int,
    metrics: Metrics,
    sizes: Sizes,
) -> More:
    """The day's "+N more" in its last lane (which none of its drawn bars uses)."""
    rect = Rect(
        cell.x + _INSET,
        lanes_top + (max_lanes - 1) * sizes.lane,
        cell.w - 2 * _INSET,
        sizes.bar,
    )
    text = words.more(len(hidden))
    if metrics.width(text, FontRole.SMALL) > rect.w - LABEL_PAD:
        text = f"+{len(hidden)}"
    return More(rect, text, tuple(m.id for m in hidden), full_date(day))


def _weekday_header(
    metrics: Metrics, x0: float, col: float, first_weekday: int, head: float
) -> list[Caption]:
    """The weekday names, as long as all of them fit their column: "Monday", "Mon", "Mo", "M"
    (the language's wide, abbreviated, short and narrow names)."""
    forms = [words.weekday_forms((first_weekday + i) % 7) for i in range(7)]
    h = metrics.height(FontRole.BOLD)
    for n in range(max(len(f) for f in forms)):
        cut = [f[min(n, len(f) - 1)] for f in forms]
        widths = [metrics.width(c, FontRole.BOLD) for c in cut]
        if all(w + LABEL_PAD <= col for w in widths):
            return [
                Caption(
                    c,
                    Rect(x0 + (i + 0.5) * col - w / 2, (head - h) / 2, w, h),
                    FontRole.BOLD,
                    Tone.MUTED,
                    "center",
                )
                for i, (c, w) in enumerate(zip(cut, widths, strict=True))
            ]
    return []


def _day_captions(
    day: dt.date,
    cell: Rect,
    inside: bool,
    is_today: bool,
    religious: Sequence[str],
    holiday: Sequence[str],
    metrics: Metrics,
) -> list[Caption]:
    """The day's number (with its month for another month's day, when it fits), and the names
    of its religious periods and holidays beside it when they fit (the tip has them all)."""
    role = FontRole.BOLD if is_today or day.day == 1 else FontRole.NORMAL
    number = str(day.day)
    room = cell.w - 2 * LABEL_PAD
    if not inside and metrics.width(words.day_month(day), role) <= room:
        number = words.day_month(day)
    tone = Tone.TODAY if is_today else Tone.TEXT if inside else Tone.MUTED
    h = metrics.height(FontRole.NORMAL)
    w = metrics.width(number, role)
    tip = day_tip(day, religious, holiday) if religious or holiday else ""
    captions = [Caption(number, Rect(cell.x + LABEL_PAD, cell.y + 3.0, w, h), role, tone, tip=tip)]
    names = [*religious, *holiday]
    if names:
        x = cell.x + LABEL_PAD + w + 2 * LABEL_PAD
        free = cell.right - LABEL_PAD - x
        for text in ("; ".join(names), names[0]):
            tw = metrics.width(text, FontRole.SMALL)
            if tw <= free:
                small = metrics.height(FontRole.SMALL)
                rect = Rect(cell.right - LABEL_PAD - tw, cell.y + 3.0 + (h - small) / 2, tw, small)
                captions.append(Caption(text, rect, FontRole.SMALL, Tone.MUTED, "right", tip))
                break
    return captions
