"""The cycle timeline laid out for the screen: lane groups down, time across, at any zoom from
six years to two weeks in the viewport (``px_per_day``), the whole period wide (the canvas
scrolls over it).

``TimelineLayout`` sorts the meetings into the groups of ``domain.legend.LANES`` and gives each
its lane once; ``scene`` then only places what a zoom shows. A group collapsed by the planner,
or one needing more than ``max_lanes`` lanes while zoomed out (or whose bars could mostly not
carry their code there), is drawn as a density strip of
counts per week or month. Meetings known only by year, quarter or month are drawn dashed over
their whole period. Given ``visible``, a scene builds bars, labels and day marks only over that
x-range and a margin (its size stays the whole period's): the pane asks again on scroll.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
from collections.abc import Iterable, Sequence

from scheduler_app.domain import Meeting, Precision, format_span
from scheduler_app.domain.legend import KIND_HEX, LANES, lane_of, status_mark
from scheduler_app.domain.observance import Observance
from scheduler_app.i18n import isolate, number, translate
from scheduler_app.printing.charts import Holiday
from scheduler_app.screen.density import Bin, bins, readable_unit
from scheduler_app.screen.labels import LABEL_PAD, LabelPlacer, font_signature, shared_widths
from scheduler_app.screen.lanes import assign_sorted
from scheduler_app.screen.mirror import mirror, mirror_x
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
    Toggle,
    Tone,
)
from scheduler_app.screen.timeline_axis import TimelineAxis, day_x
from scheduler_app.screen.timeline_header import ROW_PAD, header, weekends
from scheduler_app.screen.timeline_marks import DayMarks
from scheduler_app.screen.tips import tip_of
from scheduler_app.screen.words import english, lane_title

# zoomed out, a group leaving more of its bars unnamed than these is drawn as a strip
UNNAMED_SHARE = 0.25
UNNAMED_FEW = 3
ALL_LANES_FROM = 5.0
"""From this zoom (pixels a day) a crowded group shows all its lanes: its bars are wide enough
to be told apart and labelled, and its rows grow instead."""
MIN_BAR_PX = 2.0  # a one-day meeting six years wide is still a visible stroke
LANE_GAP = 2.0  # pixels between the bars of two lanes
_NEVER = 10**7  # an ordinal after any date
_DAY = Precision.DAY


_ORDER = operator.attrgetter("start", "end", "code", "id")
"""``lanes.lane_order_key`` by dates instead of ordinals (the same order), read in C."""


class _Group:
    """One lane group's meetings in start order, with their lanes, as parallel lists (20,000
    small objects would cost more than the lanes themselves), and what its scenes keep: the
    meetings of a period, the lanes they need, the density bins of a strip."""

    def __init__(self, key: str, title: str, meetings: Sequence[Meeting], gap_days: int) -> None:
        self.key, self.title = key, title
        self.ms = sorted(meetings, key=_ORDER)
        self.starts = [m.start.toordinal() for m in self.ms]
        self.ends = [m.end.toordinal() for m in self.ms]
        self.lanes = assign_sorted(self.starts, self.ends, gap_days)
        # the first day of the next meeting in the same lane bounds a label beside a bar
        self.nexts = [_NEVER] * len(self.ms)
        following: dict[int, int] = {}
        for i in range(len(self.ms) - 1, -1, -1):
            lane = self.lanes[i]
            self.nexts[i] = following.get(lane, _NEVER)
            following[lane] = self.starts[i]
        self.longest = max((e - s for s, e in zip(self.starts, self.ends, strict=True)), default=0)
        self._needed: dict[tuple[int, int], int] = {}
        self._periods: dict[tuple[int, int], list[int]] = {}
        self.bins: dict[tuple[str, int, int], list[_StripBin]] = {}

    def in_period(self, lo: int, hi: int) -> list[int]:
        """``meeting(lo, hi)`` for a whole scene's period, remembered across zoom steps."""
        key = (lo, hi)
        found = self._periods.get(key)
        if found is None:
            if len(self._periods) > 64:
                self._periods.clear()
            found = self._periods[key] = self.meeting(lo, hi)
        return found

    def meeting(self, lo: int, hi: int) -> list[int]:
        """The indices of the meetings that meet the ordinal days lo..hi, in start order."""
        a = bisect.bisect_left(self.starts, lo - self.longest)
        b = bisect.bisect_right(self.starts, hi)
        ends = self.ends
        return [i for i in range(a, b) if ends[i] >= lo]

    def lanes_needed(self, lo: int, hi: int) -> int:
        key = (lo, hi)
        if key not in self._needed:
            lanes = self.lanes
            self._needed[key] = max((lanes[i] for i in self.in_period(lo, hi)), default=-1) + 1
        return self._needed[key]


class _Groups:
    """The groups of the last few layouts, found again by their meetings: a layout made anew
    after an edit (the pane drops the old one) sorts and packs again only the groups the edit
    touched, and keeps the others' lanes and density bins. A group is known by the identities
    of its meeting objects: an edit replaces the meetings it changes, the rest stay the same
    objects, and the group keeps them alive so no id is reused while it is remembered."""

    KEPT = 3  # versions of each group: the period shown, the one before, one more

    def __init__(self) -> None:
        self._kept: dict[tuple[str, int], list[tuple[frozenset[int], _Group]]] = {}

    def group(self, key: str, title: str, meetings: list[Meeting], gap_days: int) -> _Group:
        ids = frozenset(map(id, meetings))
        versions = self._kept.setdefault((key, gap_days), [])
        for n, (known, g) in enumerate(versions):
            if known == ids and len(g.ms) == len(meetings):
                versions.insert(0, versions.pop(n))
                return g
        g = _Group(key, title, meetings, gap_days)
        versions.insert(0, (ids, g))
        del versions[self.KEPT :]
        return g


_GROUPS = _Groups()


class TimelineLayout:
    """The timeline of ``meetings`` with its marked days; lanes are worked out here, once."""

    def __init__(
        self,
        meetings: Iterable[Meeting],
        observances: Iterable[Observance] = (),
        holidays: Iterable[Holiday] = (),
        today: dt.date | None = None,
        decided: bool = True,
        gap_days: int = 1,
    ) -> None:
        by_key: dict[str, list[Meeting]] = {lane.key: [] for lane in LANES}
        group_of: dict[tuple[object, object], list[Meeting]] = {}
        for m in meetings:  # a lane holds by kind and Sector: ask once per pair
            pair = (m.kind, m.sector)
            members = group_of.get(pair)
            if members is None:
                members = group_of[pair] = by_key[lane_of(m).key]
            members.append(m)
        self.groups = [
            _GROUPS.group(lane.key, lane.title, by_key[lane.key], gap_days) for lane in LANES
        ]
        self.marks = DayMarks(observances, holidays)
        self.today, self.decided = today, decided

    def scene(
        self,
        first: dt.date,
        last: dt.date,
        px_per_day: float,
        collapsed: frozenset[str],
        metrics: Metrics,
        max_lanes: int = 8,
        visible: tuple[float, float] | None = None,
        right_to_left: bool | None = None,
    ) -> Scene:
        """The days ``first``-``last`` at ``px_per_day`` (the pane's viewport width / days shown).
        ``visible`` (content x from, to) limits bars, labels and day marks to that part and a
        margin of half a viewport (at least 300 px) on each side, and keeps the headings of the
        periods its edges cut whole inside it. ``right_to_left`` (by default
        the language's) mirrors it: time runs from right to left, ``visible`` in its x."""
        if last < first or px_per_day <= 0:
            raise ValueError("a timeline needs first <= last and a positive zoom")
        base, end = first.toordinal(), last.toordinal()
        width = day_x(end - base + 1, px_per_day)
        rtl = _rtl(right_to_left)
        if rtl and visible is not None:
            visible = mirror_x(*visible, width)
        if visible is None:
            x_range = (0.0, width)
        else:
            margin = max(300.0, (visible[1] - visible[0]) / 2)
            x_range = (max(0.0, visible[0] - margin), min(width, visible[1] + margin))
        lo = max(base, base + int(x_range[0] // px_per_day))
        hi = min(end, base + int(x_range[1] // px_per_day) + 1)
        font = font_signature(metrics)
        texts = _text_widths.get(font)
        if texts is None or len(texts) > 100_000:  # another font or size: measure again
            if len(_text_widths) >= 8:
                _text_widths.clear()
            texts = _text_widths[font] = {}
        placer = LabelPlacer(shared_widths(metrics))
        metrics = _CachedMetrics(metrics, texts)
        head = header(first, last, px_per_day, metrics, x_range, visible)
        pitch = metrics.height(FontRole.SMALL) + ROW_PAD
        group_h = metrics.height(FontRole.BOLD) + ROW_PAD
        title_x = (visible[0] if visible else 0.0) + LABEL_PAD
        y = head.height
        bars: list[tuple[int, float, Bar]] = []
        areas: list[Area] = []
        captions = list(head.captions)
        rules: list[Rule] = []
        mores: list[More] = []
        toggles: list[Toggle] = []
        for g in self.groups:
            in_view = g.in_period(base, end)
            if not in_view:
                continue
            expanded = g.key not in collapsed
            toggles.append(Toggle(g.key, Rect(0, y, width, group_h), expanded, lane_title(g.title)))
            title = _group_title(g.title, len(in_view))
            tw = metrics.width(title, FontRole.BOLD) + LABEL_PAD
            if tw <= width:
                tx = min(title_x, width - tw)
                captions.append(Caption(title, Rect(tx, y, tw, group_h), FontRole.BOLD))
            y += group_h
            needed = g.lanes_needed(base, end)
            zoomed_out = px_per_day < ALL_LANES_FROM
            crowded = needed > max_lanes and zoomed_out
            drawn: list[tuple[int, float, Bar]] = []
            decided: list[Area] = []
            if expanded and not crowded:
                shown = g.meeting(lo, hi) if visible is not None else in_view
                self._bars(
                    g, shown, first, last, px_per_day, y, pitch, width, metrics, placer, drawn,
                    decided,
                )  # fmt: skip
                # zoomed out, a group most of whose bars cannot be named is counted instead:
                # bars without their codes tell the planner nothing the strip's count does not
                # (one that found no room is left to its tooltip)
                unnamed = sum(not bar.label for _s, _y, bar in drawn)
                crowded = zoomed_out and unnamed > max(UNNAMED_FEW, UNNAMED_SHARE * len(drawn))
            if expanded and not crowded:
                bars += drawn
                areas += decided
                y += needed * pitch
            else:
                y = self._strip(
                    g, in_view, first, last, px_per_day, y, pitch, x_range, metrics, areas, mores
                )
            rules.append(Rule(0, y, width, y))
        body_top, height = head.height, max(y, head.height + pitch)
        back: list[Area] = []
        if head.day_zoom:
            back += [
                Area(Rect(x, body_top, w, height - body_top), Tone.WEEKEND)
                for x, w in weekends(first, last, px_per_day, x_range)
            ]
        back += self.marks.areas(first, last, px_per_day, body_top, height - body_top, x_range)
        for x, is_year in head.months:
            rules.append(Rule(x, body_top, x, height, Tone.GRID, 2.0 if is_year else 1.0))
        if self.today is not None and first <= self.today <= last:
            tx = (
                day_x(self.today.toordinal() - base, px_per_day)
                + day_x(self.today.toordinal() - base + 1, px_per_day)
            ) / 2
            rules.append(Rule(tx, 0, tx, height, Tone.TODAY, 2.0))
        bars.sort(key=lambda t: (t[0], t[1]))
        scene = Scene(
            width=width,
            height=height,
            first=first,
            last=last,
            axis=TimelineAxis(first, last, px_per_day, body_top, height),
            bars=[b for _s, _y, b in bars],
            areas=back + areas,
            captions=captions,
            rules=rules,
            mores=mores,
            toggles=toggles,
        )
        return mirror(scene) if rtl else scene

    def _bars(
        self,
        g: _Group,
        items: Sequence[int],
        first: dt.date,
        last: dt.date,
        px_per_day: float,
        top: float,
        pitch: float,
        width: float,
        metrics: Metrics,
        placer: LabelPlacer,
        out: list[tuple[int, float, Bar]],
        areas: list[Area],
    ) -> None:
        base, end = first.toordinal(), last.toordinal()
        decided = self.decided
        h = pitch - LANE_GAP
        for i in items:
            m, start, stop, lane = g.ms[i], g.starts[i], g.ends[i], g.lanes[i]
            a, b = max(start, base), min(stop, end)
            x = day_x(a - base, px_per_day)
            next_x = min(day_x(g.nexts[i] - base, px_per_day), width)
            w = min(max(day_x(b + 1 - base, px_per_day) - x, MIN_BAR_PX), max(next_x - x, 1.0))
            y = top + lane * pitch + LANE_GAP / 2
            rect = Rect(x, y, w, h)
            if decided and m.decided is not None:
                areas.append(_decided(m, base, end, px_per_day, top + lane * pitch, pitch))
            placed = placer.place((g.key, lane), rect, m, metrics, FontRole.SMALL, next_x)
            tip = tip_of(m)
            if placed is None:
                label, label_rect, inside = "", None, True
            else:
                label, label_rect, inside = placed
            bar = Bar(
                m.id,
                rect,
                KIND_HEX[m.kind],
                status_mark(m.status),
                m.precision is not _DAY,
                label,
                label_rect,
                inside,
                FontRole.SMALL,
                tip,
                start < base,
                stop > end,
            )
            out.append((a, y, bar))

    def _strip(
        self,
        g: _Group,
        items: Sequence[int],
        first: dt.date,
        last: dt.date,
        px_per_day: float,
        top: float,
        pitch: float,
        x_range: tuple[float, float],
        metrics: Metrics,
        areas: list[Area],
        mores: list[More],
    ) -> float:
        """A density strip one lane high (plus a little) at ``top``; returns its bottom."""
        base = first.toordinal()
        h = pitch + 2 * LANE_GAP

        def strip(unit: str) -> list[_StripBin]:
            key = (unit, base, last.toordinal())
            found = g.bins.get(key)
            if found is None:
                if len(g.bins) > 64:  # many periods asked for: forget the old ones
                    g.bins.clear()
                found = g.bins[key] = [
                    _StripBin(b, base, g.title)
                    for b in bins((g.ms[i] for i in items), first, last, unit)
                ]
            return found

        def fits(b: _StripBin) -> bool:
            room = day_x(b.stop, px_per_day) - day_x(b.start, px_per_day)
            return metrics.width(b.text, FontRole.SMALL) + LABEL_PAD <= room

        least = metrics.width("1", FontRole.SMALL) + LABEL_PAD
        found = strip(readable_unit(px_per_day, least, strip, fits))
        most = max((b.count for b in found), default=1)
        for b in found:
            x = day_x(b.start, px_per_day)
            w = day_x(b.stop, px_per_day) - x
            if x + w < x_range[0] or x > x_range[1]:
                continue
            rect = Rect(x, top + LANE_GAP, w, h - 2 * LANE_GAP)
            areas.append(Area(rect, Tone.DENSITY, level=b.count / most, tip=b.tip))
            mores.append(More(rect, b.text if fits(b) else "", b.ids, b.title))
        return top + h


class _StripBin:
    """A bin with its words worked out once, for every zoom step that shows it."""

    __slots__ = ("count", "ids", "start", "stop", "text", "tip", "title")

    def __init__(self, b: Bin, base: int, group_title: str) -> None:
        self.start, self.stop = b.first.toordinal() - base, b.last.toordinal() + 1 - base
        self.count = len(b.meetings)
        self.text, self.tip = str(self.count), b.tip
        self.ids = tuple(m.id for m in b.meetings)
        self.title = f"{lane_title(group_title)}, {b.name}"


def _decided(m: Meeting, base: int, end: int, px_per_day: float, top: float, h: float) -> Area:
    """The decided period (PP Res. 77) of ``m`` behind its lane."""
    d = m.decided
    assert d is not None
    a, b = max(d.start.toordinal(), base), min(d.end.toordinal(), end)
    tip = translate("Calendar", "Decided period of {code}: {dates}").format(
        code=isolate(m.label), dates=isolate(format_span(d.start, d.end))
    )
    if d.source:
        tip += f"\n{d.source}"
    x = day_x(a - base, px_per_day)
    rect = Rect(x, top, max(day_x(b + 1 - base, px_per_day) - x, 0.0), h)
    return Area(rect, Tone.DECIDED, tip=tip)


def _group_title(title: str, count: int) -> str:
    """ "ITU-T groups (1,234)", the count with the language's separators."""
    if english():
        return f"{title} ({count:,})"
    return f"{lane_title(title)} ({number(count)})"


# the widths of other texts (group titles, the header's) per font, kept across layouts
_text_widths: dict[tuple[float, ...], dict[tuple[str, FontRole], float]] = {}


class _CachedMetrics:
    """The widget's metrics with text widths remembered across scenes (zoom steps re-measure
    the same codes)."""

    def __init__(self, metrics: Metrics, widths: dict[tuple[str, FontRole], float]) -> None:
        self._metrics, self._widths = metrics, widths

    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float:
        key = (text, role)
        w = self._widths.get(key)
        if w is None:
            w = self._widths[key] = self._metrics.width(text, role)
        return w

    def height(self, role: FontRole = FontRole.NORMAL) -> float:
        return self._metrics.height(role)
