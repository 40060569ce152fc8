"""What every chart draws the same way: meeting bars and their labels, the marks of religious
periods, venue holidays and today, the legend's extra entries, and lanes for crowded rows."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence

from scheduler_app.domain import Meeting, MeetingKind, Precision, format_span
from scheduler_app.domain.legend import (
    HOLIDAY_HEX,
    KIND_HEX,
    OBSERVANCE_HEX,
    WEEKEND_HEX,
    status_mark,
    text_on,
)
from scheduler_app.domain.observance import Observance
from scheduler_app.i18n import QT_TRANSLATE_NOOP, is_right_to_left, isolate, translate
from scheduler_app.printing.page import Box, Text
from scheduler_app.printing.words import day_words, observance_word
from scheduler_app.rules import wording
from scheduler_app.services.report_words import status_word

# legend entries: (label in English, colour, mark); page.legend prints the label translated
STATUS_LEGEND = (
    (QT_TRANSLATE_NOOP("Printing", "tentative / proposed"), "#ffffff", "hatch"),
    (QT_TRANSLATE_NOOP("Printing", "cancelled"), "#ffffff", "cross"),
)
UNFIXED_MARK = "dashed"  # a meeting known by its year, quarter or month: a dashed, pale span
UNFIXED_LEGEND = (QT_TRANSLATE_NOOP("Printing", "dates not fixed"), "#eceff1", UNFIXED_MARK)
WEEKEND_LEGEND = (QT_TRANSLATE_NOOP("Printing", "weekend"), WEEKEND_HEX, "")
RELIGIOUS_LEGEND = (QT_TRANSLATE_NOOP("Printing", "religious period"), OBSERVANCE_HEX, "")
OBSERVANCE_MARK = "#f9a825"  # the stripe on top of a religious period's days
# the tick under a venue holiday: indigo, far from every kind's colour (WRC bars are
# #e65100, the orange it used to share) and dark enough to read on white and on HOLIDAY_HEX
HOLIDAY_MARK = "#1a237e"
HOLIDAY_LEGEND = (QT_TRANSLATE_NOOP("Printing", "venue holiday"), HOLIDAY_MARK, "")
TODAY_HEX = "#d50000"
MIN_LABEL_PT = 4.0  # a bar label smaller than this cannot be read: it is left out
SHADING = (WEEKEND_HEX, OBSERVANCE_HEX, OBSERVANCE_MARK, HOLIDAY_HEX, HOLIDAY_MARK)

Holiday = tuple[dt.date, str]
"""A public holiday of a venue: the day and what to call it ("Jeûne genevois (CH-GE)")."""


def label(m: Meeting) -> str:
    return m.code or m.title


def is_fixed(m: Meeting) -> bool:
    """Whether the meeting's days are known (else it spans its month, quarter or year)."""
    return m.precision is Precision.DAY


def meeting_tip(m: Meeting) -> str:
    """What hovering a meeting's bar tells: code and title, dates, length, status and place.
    The screen asks for it on hover rather than the layout writing one per bar."""
    head = f"{m.code}: {m.title}" if m.code else m.title
    place = ", ".join(p for p in (m.venue or m.city, m.country) if p)
    if is_fixed(m):
        length = translate("Printing", "{span} ({days})").format(
            span=isolate(m.span),
            days=wording.days(m.days),  # "5 أيام", "5 дней": plural forms
        )
    else:
        length = translate("Printing", "{span}, dates not fixed").format(span=isolate(m.span))
    status = status_word(m.status)
    return "\n".join(line for line in (head, f"{length} · {status}", place) if line)


def day_notes(
    observances: Iterable[Observance], holidays: Iterable[Holiday], first: dt.date, last: dt.date
) -> tuple[dict[dt.date, list[str]], dict[dt.date, list[str]]]:
    """For each day of [first, last]: the religious periods and the venue holidays on it."""
    religious: dict[dt.date, list[str]] = defaultdict(list)
    for o in observances:
        name = observance_word(o.label)
        if o.estimated:
            name = translate("Printing", "{name} (estimated)").format(name=name)
        for d in days(max(o.start, first), min(o.end, last)):
            if name not in religious[d]:
                religious[d].append(name)
    holiday: dict[dt.date, list[str]] = defaultdict(list)
    for day, name in holidays:
        if first <= day <= last and name not in holiday[day]:
            holiday[day].append(name)
    return religious, holiday


def day_tip(day: dt.date, religious: Sequence[str], holiday: Sequence[str]) -> str:
    lines = [day_words(day)]
    religious_line = translate("Printing", "Religious period: {name}")
    holiday_line = translate("Printing", "Holiday: {name}")
    lines += [religious_line.format(name=name) for name in religious]
    lines += [holiday_line.format(name=name) for name in holiday]
    return "\n".join(lines)


def tint(colour: str, keep: float = 0.3) -> str:
    """``colour`` mixed with white, keeping ``keep`` of it: the pale fill of an unfixed span."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(255 - (255 - c) * keep):02x}" for c in (r, g, b))


def bar_fill(m: Meeting) -> str:
    return KIND_HEX[m.kind] if is_fixed(m) else tint(KIND_HEX[m.kind])


def bar(m: Meeting, x: float, y: float, w: float, h: float, stroke_width: float = 0.15) -> Box:
    """A meeting's bar: its kind's colour with its status mark; a meeting whose dates are not
    fixed is a pale span with a dashed edge in its kind's colour, over its whole period."""
    if not is_fixed(m):
        return Box(
            x,
            y,
            w,
            h,
            fill=bar_fill(m),
            stroke=KIND_HEX[m.kind],
            mark=UNFIXED_MARK,
            stroke_width=max(stroke_width, 0.3),
            ref=m.id,
        )
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


def on_bar(m: Meeting, x: float, y: float, w: float, h: float, text: str, size: float) -> Text:
    """A label written on a meeting's bar, in black or white as reads better on its colour."""
    return Text(x, y, w, h, text, size=size, color=text_on(bar_fill(m)), bold=True)


def unfixed_text(m: Meeting) -> str:
    """The words on an unfixed span: its code and what is known ("WTDC-29 · 2029, dates not
    fixed")."""
    return translate("Printing", "{code} · {span}, dates not fixed").format(
        code=isolate(label(m)), span=isolate(m.span)
    )


def more(hidden: int, x: float, y: float, w: float, h: float, size: float) -> Text:
    """ "+N more": how many meetings a crowded row could not draw."""
    text = translate("Printing", "+{count} more").format(count=hidden)
    return Text(x, y, w, h, text, size=size, align="right", color="#b71c1c")


def extra_legend(
    religious: bool, holidays: bool, unfixed: bool = False
) -> tuple[tuple[str, str, str], ...]:
    extra = [*STATUS_LEGEND]
    if unfixed:
        extra.append(UNFIXED_LEGEND)
    extra.append(WEEKEND_LEGEND)
    if religious:
        extra.append(RELIGIOUS_LEGEND)
    if holidays:
        extra.append(HOLIDAY_LEGEND)
    return tuple(extra)


def kinds_of(meetings: Iterable[Meeting]) -> list[MeetingKind]:
    """The kinds among ``meetings``, in the legend's order."""
    order = list(KIND_HEX)
    return sorted({m.kind for m in meetings}, key=order.index)


def stack(meetings: Sequence[Meeting], first: dt.date, last: dt.date) -> list[tuple[Meeting, int]]:
    """Give each meeting the lowest lane free over its days within [first, last] (greedy
    interval colouring, in start order)."""
    ends: list[dt.date] = []
    placed = []
    # Conferences and Council first: when a row is too crowded, it is the minor meetings that do
    # not fit and are counted under "+N more".
    for m in sorted(meetings, key=lambda m: (rank(m), m.start, m.end, m.code)):
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


def rank(m: Meeting) -> int:
    # an unfixed span goes after the dated meetings of its rank: it covers a whole month or
    # year, and would otherwise take the top lane of every row it crosses
    later = 0 if is_fixed(m) else 3
    if m.kind.is_conference or m.kind in (MeetingKind.COUNCIL, MeetingKind.COUNCIL_EXTRA):
        return 0 + later
    if m.kind in (MeetingKind.CWG, MeetingKind.ADVISORY_GROUP, MeetingKind.EXTERNAL):
        return 1 + later
    return 2 + later


def undated(meetings: Sequence[Meeting]) -> str:
    coarse = [m for m in meetings if not is_fixed(m)]
    return translate("Printing", "; ").join(
        f"{isolate(label(m))} ({isolate(m.span)})" for m in coarse
    )


def continued() -> str:
    """The mark before a bar that began in an earlier row: it points back in time, to the
    right on a right-to-left page."""
    return "▸" if is_right_to_left() else "◂"


def observance_note(observances: Sequence[Observance]) -> str:
    seen: dict[str, str] = {}
    for o in sorted(observances, key=lambda o: o.start):
        span = isolate(format_span(o.start, o.end))
        seen.setdefault(f"{o.label}|{o.start}", f"{observance_word(o.label)} {span}")
    return translate("Printing", "; ").join(seen.values())


def days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
