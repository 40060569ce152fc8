"""The cycle chart: a span of days to years on one page, the timeline's lanes as rows."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence

from scheduler_app.domain import Meeting, format_span
from scheduler_app.domain.legend import (
    DECIDED_HEX,
    HOLIDAY_HEX,
    LANES,
    LAST_QUARTER_HEX,
    OBSERVANCE_HEX,
    lane_of,
)
from scheduler_app.domain.observance import Observance
from scheduler_app.i18n import QT_TRANSLATE_NOOP, isolate, translate
from scheduler_app.printing.chart_marks import (
    HOLIDAY_LEGEND,
    HOLIDAY_MARK,
    MIN_LABEL_PT,
    OBSERVANCE_MARK,
    RELIGIOUS_LEGEND,
    STATUS_LEGEND,
    TODAY_HEX,
    UNFIXED_LEGEND,
    Holiday,
    bar,
    day_notes,
    day_tip,
    is_fixed,
    kinds_of,
    label,
    on_bar,
    stack,
    unfixed_text,
)
from scheduler_app.printing.page import (
    PT,
    Box,
    DayStrip,
    Line,
    Page,
    Sheet,
    Text,
    approximate_measure,
    frame,
    legend,
    legend_height,
)
from scheduler_app.printing.time_header import time_header

MAX_BAR_MM = 8.0  # a bar taller than this reads as a block, not a meeting
MAX_LABEL_PT = 11.0
DECIDED_LEGEND = (QT_TRANSLATE_NOOP("Printing", "decided period (Res. 77)"), DECIDED_HEX, "")
LAST_QUARTER_LEGEND = (QT_TRANSLATE_NOOP("Printing", "last quarter"), LAST_QUARTER_HEX, "")


def label_size(bar_h: float) -> float:
    """The size of a bar's label: it grows with the bar (its letters about half the bar's
    height) up to a normal reading size, so a fortnight's tall bars are not labelled in 7 pt."""
    return round(min(MAX_LABEL_PT, bar_h * 1.9), 1)


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
    """A span of days to years on one page, the lanes of the timeline as rows filling the page:
    years and quarters across the top of a long span, months or days on a short one; the last
    quarter of each year shaded (PP Res. 77), religious periods and venue holidays as bands,
    each Resolution 77 decided period drawn behind the meetings it constrains, and meetings
    known only by their year, quarter or month as dashed spans over that period."""
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
    shown = [m for m in meetings if m.end >= start and m.start <= end]
    by_lane: dict[str, list[Meeting]] = defaultdict(list)
    for m in shown:
        by_lane[lane_of(m).key].append(m)
    lanes = [(lane, by_lane[lane.key]) for lane in LANES if by_lane[lane.key]]
    religious, holiday = day_notes(observances, holidays, start, end)
    kinds = kinds_of(shown)
    extra = [*STATUS_LEGEND]
    if any(not is_fixed(m) for m in shown):
        extra.append(UNFIXED_LEGEND)
    if decided and any(m.decided for m in shown):
        extra.append(DECIDED_LEGEND)
    extra.append(LAST_QUARTER_LEGEND)
    if religious:
        extra.append(RELIGIOUS_LEGEND)
    if holiday:
        extra.append(HOLIDAY_LEGEND)
    legend_h = legend_height(len(kinds) + len(extra), right - left) + 2.0
    # the lanes share the whole height down to the legend, each by the rows it needs plus half
    # a row above and below; the bars keep a readable height however tall a row grows
    available = sheet.body_bottom - top - head_h - legend_h
    stacks = [(lane, stack(ms, start, end)) for lane, ms in lanes]
    needed = [max((row for _m, row in st), default=0) + 1 for _l, st in stacks]
    pitch = available / max(sum(needed) + len(stacks), 1)
    bar_h = min(pitch * 0.85, MAX_BAR_MM)
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
    time_header(page, start, end, x_of, width, top, body_bottom, scale)
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
            Box(x, body_top - 0.8, max(scale, 0.3), available + 1.6, tip=day_tip(day, rel, hol))
        )
    page.strips.append(DayStrip(left + label_w, body_top, span * scale, available, start, scale))
    # over years the bars are narrow and their labels sit beside them: smaller, so they fit
    label_pt = min(label_size(bar_h), MAX_LABEL_PT if span <= 400 else 9.0)
    y = body_top
    for (lane, placed), rows in zip(stacks, needed, strict=True):
        height = (rows + 1) * pitch
        lane_title = translate("Printing", lane.title)
        page.add(Text(left, y + 0.5, label_w - 1.5, 4.0, lane_title, size=7, bold=True))
        for m, _row in placed:  # decided periods first, behind the bars
            if decided and m.decided and m.decided.end >= start and m.decided.start <= end:
                page.add(
                    Box(
                        x_of(max(m.decided.start, start)),
                        y + 0.3,
                        width(m.decided.start, m.decided.end),
                        height - 0.6,
                        fill=DECIDED_HEX,
                        tip=_decided_tip(m),
                    )
                )
        starts = _next_starts(placed, start, x_of, width, label_pt)
        for m, row in placed:
            bx = x_of(max(m.start, start))
            bw = max(width(m.start, m.end), 0.8)
            by = y + (0.5 + row) * pitch + (pitch - bar_h) / 2
            page.add(bar(m, bx, by, bw, bar_h, stroke_width=0.1))
            if label_pt >= min_label_pt:
                page.add(
                    _bar_label(m, bx, by, bw, bar_h, label_pt, starts[m.id], left + label_w, right)
                )
        y += height
        page.add(Line(left, y, right, y, "#bdbdbd", 0.15))
    if today is not None and start <= today <= end:
        tx = x_of(today) + scale / 2
        page.add(Line(tx, body_top - 1.5, tx, body_bottom, TODAY_HEX, 0.35))
    if not shown:
        nothing = translate("Printing", "No meeting in this period.")
        page.add(Text(left, body_top + 2, right - left, 5, nothing, size=9))
    legend(page, kinds, left, body_bottom + 1.5, right - left, extra)
    page.mm_per_day = scale
    pages = [page]
    frame(pages, sheet)
    return pages


def _decided_tip(m: Meeting) -> str:
    assert m.decided is not None
    tip = translate("Printing", "Decided period of {code}: {span}").format(
        code=isolate(label(m)), span=isolate(format_span(m.decided.start, m.decided.end))
    )
    return tip + (f"\n{m.decided.source}" if m.decided.source else "")


def _next_starts(
    placed: Sequence[tuple[Meeting, int]],
    start: dt.date,
    x_of: Callable[[dt.date], float],
    width: Callable[[dt.date, dt.date], float],
    size: float,
) -> dict[str, tuple[float, float]]:
    """For each bar, where the bar before it in its row ends, with the label it may have set
    beside it, and where the next bar begins (infinities at the ends): a label set beside a
    short bar stays between them, so labels never run into their neighbours."""
    rows: dict[int, list[Meeting]] = defaultdict(list)
    for m, row in placed:
        rows[row].append(m)
    room: dict[str, tuple[float, float]] = {}
    for ms in rows.values():
        ms.sort(key=lambda m: m.start)
        ends = [
            x_of(max(m.start, start)) + width(m.start, m.end) + _width(label(m), size, False) + 1.4
            for m in ms
        ]
        for i, m in enumerate(ms):
            before = ends[i - 1] if i else float("-inf")
            after = x_of(max(ms[i + 1].start, start)) if i + 1 < len(ms) else float("inf")
            room[m.id] = (before, after)
    return room


def _bar_label(
    m: Meeting,
    bx: float,
    by: float,
    bw: float,
    bar_h: float,
    size: float,
    neighbours: tuple[float, float],
    left: float,
    right: float,
) -> Text:
    """The label of one bar: on it when it fits (with the title, or what is known of an unfixed
    meeting's dates, when there is room), else beside it up to the next bar of its row."""
    line_h = size * PT * 1.32
    ty = by + max((bar_h - line_h) / 2, -0.2)
    short = label(m)
    long = (
        unfixed_text(m) if not is_fixed(m) else f"{isolate(m.code)}  {m.title}" if m.code else short
    )
    room = bw - 1.2
    if _width(long, size, True) <= room:
        return on_bar(m, bx + 0.6, ty, room, line_h, long, size)
    before, after = neighbours
    beside = min(after, right) - (bx + bw) - 0.8
    text_w = _width(short, size, False) + 1.0
    if _width(short, size, True) <= room or room >= beside:
        return on_bar(m, bx + 0.6, ty, room, line_h, short, size)
    left_room = bx - max(before, left) - 0.8
    if beside < text_w and left_room > beside:  # at the right edge or crowded: on the left
        w = min(text_w, left_room)
        return Text(bx - 0.4 - w, ty, w, line_h, short, size=size, align="right")
    return Text(bx + bw + 0.4, ty, max(min(text_w, beside), 0.0), line_h, short, size=size)


def _width(text: str, size: float, bold: bool) -> float:
    # the layout has no font metrics: the estimate is widened so that a label judged to fit
    # is not elided by the painter (codes are mostly capitals and digits, wider than 0.55 em)
    return approximate_measure(text, size, bold) * 1.25
