"""The year planner on the screen: twelve month rows that fit the widget's width and grow with
the lanes they need (the widget scrolls vertically, never sideways).

The layout is the wall planner's: months as rows and the days 1-31 as columns, the same on
every row, so "the 14th" is one column down the whole year, as on the printed planner (and on
the wall charts planners know). A weekday-aligned layout (37 columns) was the alternative: it
lines up weekdays but makes every day a sixth narrower at the same width, which costs labels,
and it moves each date from row to row; weekends are shaded here instead.

A bar's label goes inside it when a form of its code fits, else beside it (right, or left at
the end of a row) where the lane is kept free for it: the lanes are packed with each bar's
label, so a label never covers another bar or label and a bar is left to its tooltip only
when no form fits even beside it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from scheduler_app.domain import Meeting, format_span
from scheduler_app.domain.dates import month_end
from scheduler_app.domain.observance import Observance
from scheduler_app.i18n import isolate, translate
from scheduler_app.printing.chart_marks import day_notes
from scheduler_app.printing.charts import Holiday
from scheduler_app.screen import words
from scheduler_app.screen.day_cells import (
    MIN_LANES,
    DayRow,
    RowsAxis,
    Sizes,
    day_areas,
    meeting_bar,
    pack_lanes,
)
from scheduler_app.screen.labels import (
    BESIDE_GAP,
    LABEL_PAD,
    WidthCache,
    font_signature,
    longest_fitting,
    measured_candidates,
    shared_widths,
)
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
from scheduler_app.screen.tips import tip_of

_INSET = 1.0  # px between a bar and its first and last day's edges
_DECIDED_H = 4.0  # the decided-period strip on top of a month row
_Label = tuple[str, float, float, bool]  # text, x, width, inside


def year_planner_scene(
    meetings: Sequence[Meeting],
    year: int,
    observances: Sequence[Observance],
    holidays: Sequence[Holiday],
    today: dt.date | None,
    metrics: Metrics,
    width: float,
    max_lanes: int | None = None,
    right_to_left: bool | None = None,
) -> Scene:
    """``year`` in ``width`` px. Each month row shows every meeting of the month unless
    ``max_lanes`` caps it; the rest are listed by a "+N more" under the month's name.
    ``right_to_left`` (by default the language's) mirrors it: names at the right, the 1st
    of each month next to them (``screen.mirror``)."""
    if max_lanes is not None and max_lanes < 1:
        raise ValueError(f"max_lanes is at least 1, not {max_lanes}")
    sizes = Sizes.of(metrics)
    names = _month_names(metrics, width)
    name_h = metrics.height(FontRole.BOLD)
    x0 = max(metrics.width(n, FontRole.BOLD) for n in names) + 2 * LABEL_PAD
    col = (width - x0) / 31
    head = sizes.small + 6.0
    captions = _day_header(metrics, x0, col, head)
    jan1, dec31 = dt.date(year, 1, 1), dt.date(year, 12, 31)
    religious, holiday = day_notes(observances, holidays, jan1, dec31)
    by_month: list[list[Meeting]] = [[] for _ in range(12)]
    for m in meetings:
        if m.end >= jan1 and m.start <= dec31:
            for month in range(max(m.start, jan1).month, min(m.end, dec31).month + 1):
                by_month[month - 1].append(m)
    decided = _decided(meetings, jan1, dec31)

    widths = shared_widths(metrics)
    font = font_signature(metrics)
    bars: list[Bar] = []
    back: list[Area] = []  # every other month, behind the days
    areas: list[Area] = []
    marks: list[Area] = []  # today's outline, over the shading
    mores: list[More] = []
    rows: list[DayRow] = []
    rules = [Rule(0, head, width, head)]
    y = head
    for month in range(1, 13):
        first, last = dt.date(year, month, 1), month_end(year, month)
        placed = _month_placed(
            by_month[month - 1], first, last, x0, col, width, metrics, widths, font
        )
        used = max((lane + 1 for *_, lane in placed), default=0)
        shown = used if max_lanes is None else min(used, max_lanes)
        hidden = [m for m, *_, lane in placed if max_lanes is not None and lane >= max_lanes]
        lanes_top = y + _DECIDED_H + 2.0
        h = _DECIDED_H + 2.0 + max(shown, MIN_LANES) * sizes.lane + 2.0
        h = max(h, name_h + 6.0 + (sizes.bar + 4.0 if hidden else 0.0))
        rows.append(DayRow(y, y + h, first, last.day))
        if month % 2 == 0:
            back.append(Area(Rect(0, y, width, h), Tone.ALTERNATE))
        captions.append(
            Caption(
                names[month - 1],
                Rect(LABEL_PAD, y + 3.0, x0 - 2 * LABEL_PAD, name_h),
                FontRole.BOLD,
            )
        )
        lane_h, bar_h, small = sizes.lane, sizes.bar, sizes.small
        text_dy = (bar_h - small) / 2
        for m, x, w, label, lane in placed:
            if max_lanes is not None and lane >= max_lanes:
                continue
            bar_y = lanes_top + lane * lane_h
            if label is None:
                at = None
            else:
                at = (label[0], Rect(label[1], bar_y + text_dy, label[2], small), label[3])
            bars.append(
                meeting_bar(
                    m, Rect(x, bar_y, w, bar_h), tip_of(m), at, m.start < first, m.end > last
                )
            )
        for day in range(1, 32):
            cell = Rect(x0 + (day - 1) * col, y, col, h)
            if day > last.day:
                areas.append(Area(cell, Tone.GRID))
                continue
            date = dt.date(year, month, day)
            areas += day_areas(cell, date, religious.get(date, ()), holiday.get(date, ()), 3.0)
            if date == today:
                marks.append(Area(cell, Tone.TODAY, outlined=True))
        for start, end, tip in decided:
            a, b = max(start, first), min(end, last)
            if a <= b:
                x = x0 + (a.day - 1) * col
                rect = Rect(x, y + 1.0, (b.day - a.day + 1) * col, _DECIDED_H)
                areas.append(Area(rect, Tone.DECIDED, tip=tip))
        if hidden:
            mores.append(_more(hidden, month, year, x0, y + h, metrics, sizes))
        y += h
        rules.append(Rule(0, y, width, y))
    rules += [Rule(x0 + i * col, head, x0 + i * col, y) for i in range(32)]
    scene = Scene(
        width=width,
        height=y,
        first=jan1,
        last=dec31,
        axis=RowsAxis(x0, col, rows),
        bars=bars,
        areas=[*back, *areas, *marks],
        captions=captions,
        rules=rules,
        mores=mores,
    )
    return mirror(scene) if _rtl(right_to_left) else scene


_Placed = list[tuple[Meeting, float, float, "_Label | None", int]]
_PLACEMENTS_KEPT = 48  # months (four years' worth) whose packing is kept
_placements: dict[tuple[object, ...], _Placed] = {}


def _month_placed(
    meetings: Sequence[Meeting],
    first: dt.date,
    last: dt.date,
    x0: float,
    col: float,
    width: float,
    metrics: Metrics,
    widths: WidthCache,
    font: tuple[float, ...],
) -> _Placed:
    """``_placed``, kept for the months whose meetings (the same objects), width and fonts are
    the same as last time: after an edit only the months it touched are packed again. The
    packing does not depend on the order the meetings come in (it sorts them fully)."""
    key = (frozenset(map(id, meetings)), len(meetings), first, x0, col, width, font)
    found = _placements.get(key)
    if found is None:
        if len(_placements) >= _PLACEMENTS_KEPT:  # the oldest month goes, not the year just laid
            _placements.pop(next(iter(_placements)))
        # the placement holds its meetings, so no id in the key is reused while it is kept
        found = _placements[key] = _placed(meetings, first, last, x0, col, width, metrics, widths)
    return found


def _placed(
    meetings: Sequence[Meeting],
    first: dt.date,
    last: dt.date,
    x0: float,
    col: float,
    width: float,
    metrics: Metrics,
    widths: WidthCache,
) -> _Placed:
    """The month's bars (x and width) with their labels and lanes, in reading order (first day,
    then lane). Each bar is packed with its label, so both stay clear of the rest."""
    planned: list[tuple[Meeting, float, float, _Label | None]] = []
    keys = []
    h = metrics.height(FontRole.SMALL)
    first_day, last_day = first.day, last.day
    for n, m in enumerate(meetings):
        s = first_day if m.start < first else m.start.day
        e = last_day if m.end > last else m.end.day
        x = x0 + (s - 1) * col + _INSET
        w = (e - s + 1) * col - 2 * _INSET
        label = _label(m, x, w, x0, width, h, metrics, widths)
        lo, hi = x, x + w
        if label is not None:
            lo, hi = min(lo, label[1]), max(hi, label[1] + label[2])
        planned.append((m, x, w, label))
        keys.append((lo, -hi, m.start, m.code, m.id, n))
    keys.sort()
    lanes = pack_lanes([(k[0], BESIDE_GAP - k[1]) for k in keys])
    # reading order: by x, then lane (no two bars of a lane share an x)
    order = sorted((planned[k[5]][1], lane, k[5]) for k, lane in zip(keys, lanes, strict=True))
    return [(*planned[n], lane) for _x, lane, n in order]


def _label(
    m: Meeting,
    x: float,
    w: float,
    x0: float,
    width: float,
    h: float,
    metrics: Metrics,
    widths: WidthCache,
) -> _Label | None:
    """Inside the bar (``x``, ``w``) if a form fits, else right of it, else left of it (a bar
    at the end of a row), as (text, x, width, inside); its y is set once the lane is known."""
    texts, measured = measured_candidates(m, metrics, widths)
    text = longest_fitting(texts, measured, w)
    if text:
        return text, x + LABEL_PAD / 2, w - LABEL_PAD, True
    right = x + w + BESIDE_GAP
    text = longest_fitting(texts, measured, width - right)
    if text:
        return text, right, measured[texts.index(text)] + LABEL_PAD, False
    text = longest_fitting(texts, measured, x - BESIDE_GAP - x0)
    if text:
        lw = measured[texts.index(text)] + LABEL_PAD
        return text, x - BESIDE_GAP - lw, lw, False
    return None


def _month_names(metrics: Metrics, width: float) -> tuple[str, ...]:
    """Full month names when they take under a twelfth of the width, else "Jan" ... "Dec"
    (the language's abbreviations: "janv.", "февр.", "1月")."""
    full = tuple(words.month_wide(m) for m in range(1, 13))
    widest = max(metrics.width(n, FontRole.BOLD) for n in full) + 2 * LABEL_PAD
    return full if widest <= width / 12 else tuple(words.month_short(m) for m in range(1, 13))


def _day_header(metrics: Metrics, x0: float, col: float, head: float) -> list[Caption]:
    """The day numbers over the columns: every day when they fit, else 1 and every 2nd, 5th
    or 10th day, the first of those steps whose numbers do not touch; none if even that fails."""
    role = FontRole.SMALL
    h = metrics.height(role)
    for step in (1, 2, 5, 10):
        days = [1, *range(step if step > 1 else 2, 32, step)]
        widths = [metrics.width(str(d), role) for d in days]
        centres = [x0 + (d - 0.5) * col for d in days]
        if all(
            centres[i + 1] - centres[i] >= (widths[i] + widths[i + 1]) / 2 + LABEL_PAD
            for i in range(len(days) - 1)
        ):
            return [
                Caption(str(d), Rect(c - w / 2, (head - h) / 2, w, h), role, Tone.MUTED, "center")
                for d, c, w in zip(days, centres, widths, strict=True)
            ]
    return []


def _decided(
    meetings: Sequence[Meeting], first: dt.date, last: dt.date
) -> list[tuple[dt.date, dt.date, str]]:
    """The decided periods (PP Res. 77) over the year, each once, with the meetings it is for."""
    periods: dict[tuple[dt.date, dt.date, str], list[str]] = {}
    for m in meetings:
        d = m.decided
        if d is not None and d.end >= first and d.start <= last:
            periods.setdefault((d.start, d.end, d.source), []).append(m.code or m.title)
    return [
        (start, end, _decided_tip(start, end, source, codes))
        for (start, end, source), codes in sorted(periods.items())
    ]


def _decided_tip(start: dt.date, end: dt.date, source: str, codes: Sequence[str]) -> str:
    head = translate("Calendar", "Decided period for {codes}: {dates}").format(
        codes=", ".join(codes), dates=isolate(format_span(start, end))
    )
    if not source:
        return head
    return head + "\n" + translate("Calendar", "Decided by {source}").format(source=source)


def _more(
    hidden: Sequence[Meeting],
    month: int,
    year: int,
    x0: float,
    bottom: float,
    metrics: Metrics,
    sizes: Sizes,
) -> More:
    """The month's "+N more", under its name in the left column, where no bar is drawn."""
    rect = Rect(LABEL_PAD / 2, bottom - sizes.bar - 2.0, x0 - LABEL_PAD, sizes.bar)
    text = words.more(len(hidden))
    if metrics.width(text, FontRole.SMALL) > rect.w - LABEL_PAD:
        text = f"+{len(hidden)}"
    ids = tuple(dict.fromkeys(m.id for m in hidden))
    return More(rect, text, ids, words.month_year(year, month))
