"""How a meeting is named on a bar that has little room, and where its label goes.

Every screen view shares these rules, so a planner reads the same short form everywhere:

1. the full code ("ITU-T-RG-Q7/17-2029-702"), or the title of a meeting without a code;
2. the code without its Sector prefix ("RG-Q7/17-2029-702"), the lane says the Sector;
3. the body's short code with the meeting's number, the year left to the time axis
   ("RG-Q7/17-702", "SG1-425", "CWG-01");
4. the body's short code alone ("RG-Q7/17", "SG1", "PP", "RPM-AFR", "EG-ITRs"), and for a
   rapporteur group its Question ("Q7/17").

A label is never cut to a common prefix ("ITU-D-..."): a form that does not fit is left out,
and when none fits the bar keeps its tooltip only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Hashable
from functools import lru_cache

from scheduler_app.domain import Meeting
from scheduler_app.screen.scene import FontRole, Metrics, Rect

LABEL_PAD = 4.0
"""Pixels a label needs besides its text: half on each side, so it never touches a bar's edge."""

BESIDE_GAP = 2.0
"""Pixels between a bar and the label written beside it."""

_SECTOR = re.compile(r"^ITU-[RTD][- ]")
_YEAR = re.compile(r"^(19|20|21)\d\d$")
_BARE = re.compile(r"^(ITU(-[RTD])?)?$")  # what a label must never be reduced to


def label_candidates(m: Meeting) -> tuple[str, ...]:
    """The names a bar may carry, longest first (the rule is in the module's docstring)."""
    return _candidates(m.code, m.title, m.body)


@lru_cache(maxsize=65536)
def _candidates(code: str, title: str, body: str) -> tuple[str, ...]:
    if not code:
        return (title,)
    forms = [code]
    rest = _SECTOR.sub("", code)
    forms.append(rest)
    short = _SECTOR.sub("", body)
    after = _after_body(rest, short)
    if after is not None:
        number = "-".join(p for p in after.split("-") if p and not _YEAR.match(p))
        if number and number != after:
            forms.append(f"{short}-{number}")
        forms.append(short)
        if short.startswith("RG-") and len(short) > 3:
            forms.append(short[3:])
    else:  # no body to go by: "WORKSHOP-2031-55", "CWG-2027-01", "EXT-MWC-2031"
        parts = rest.split("-")
        year = next((i for i, p in enumerate(parts) if i and _YEAR.match(p)), None)
        if year is not None:
            head, tail = "-".join(parts[:year]), "-".join(p for p in parts[year + 1 :] if p)
            if tail:
                forms.append(f"{head}-{tail}")
            forms.append(head)
    unique = [f for f in dict.fromkeys(forms) if not _BARE.match(f)]
    return tuple(sorted(unique, key=len, reverse=True)) or (code,)


def _after_body(rest: str, short: str) -> str | None:
    """What follows the body's short code in a code ("2029-702" in "RG-Q7/17-2029-702"), or
    None when the code does not start with it ("C27" of Council)."""
    if not short or not rest.startswith(short) or rest == short:
        return None
    tail = rest[len(short) :]
    if tail[0] == "-":
        return tail[1:]
    return tail if tail[0].isdigit() else None  # "CPM27-1" of the CPM


def fit_label(m: Meeting, width: float, metrics: Metrics, role: FontRole = FontRole.SMALL) -> str:
    """The longest of ``label_candidates(m)`` that fits ``width`` pixels with ``LABEL_PAD``;
    "" when none does (the bar keeps its tooltip)."""
    room = width - LABEL_PAD
    if room <= 0:
        return ""
    for text in label_candidates(m):
        if metrics.width(text, role) <= room:
            return text
    return ""


def _longest_fitting(texts: tuple[str, ...], widths: tuple[float, ...], room: float) -> int:
    """The index of the first (longest) text whose width fits ``room``, or -1."""
    for i, w in enumerate(widths):
        if w <= room:
            return i
    return -1


WidthCache = dict[tuple[tuple[str, ...], FontRole], tuple[float, ...]]
"""The measured widths of a meeting's label candidates, kept across placements (and scenes, for
as long as the font stays the same)."""


_SHARED_LIMIT = 100_000  # label forms measured per font before its cache starts again
_shared: dict[tuple[float, ...], WidthCache] = {}


def font_signature(metrics: Metrics) -> tuple[float, ...]:
    """What tells one set of fonts from another, so widths measured in one are kept for as long
    as the widget's fonts stay the same (whatever object it passes as ``metrics``)."""
    return tuple(
        v for role in FontRole for v in (metrics.width("Wg0/-", role), metrics.height(role))
    )


def shared_widths(metrics: Metrics) -> WidthCache:
    """The label widths measured so far in ``metrics``'s fonts, kept across layouts (a layout
    after an edit measures again only the forms it has not seen)."""
    signature = font_signature(metrics)
    found = _shared.get(signature)
    if found is None:
        if len(_shared) >= 8:
            _shared.clear()
        found = _shared[signature] = {}
    elif len(found) > _SHARED_LIMIT:
        found.clear()
    return found


def measured_candidates(
    m: Meeting, metrics: Metrics, widths: WidthCache, role: FontRole = FontRole.SMALL
) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """``label_candidates(m)`` with their widths in ``role``, measured once into ``widths``:
    a layout that tries a bar's label in several places measures its forms once."""
    texts = _candidates(m.code, m.title, m.body)
    found = widths.get((texts, role))
    if found is None:
        found = widths[(texts, role)] = tuple(metrics.width(t, role) for t in texts)
    return texts, found


def longest_fitting(texts: tuple[str, ...], widths: tuple[float, ...], room: float) -> str:
    """What ``fit_label`` gives for ``room`` pixels (padding included), from measured forms."""
    if room <= LABEL_PAD:
        return ""
    i = _longest_fitting(texts, widths, room - LABEL_PAD)
    return texts[i] if i >= 0 else ""


class LabelPlacer:
    """Labels of bars laid out row by row (a lane, a week): each goes inside its bar when a form
    fits, else beside it to the right where the row is free, else nowhere (tooltip only).

    Each row keeps its occupied x-intervals (bars placed and their labels) disjoint and sorted,
    so a placement looks its neighbours up by bisection. Labels never overlap one another, and a
    label beside its bar never covers another bar placed in that row (or reserved with
    ``reserve``); ``limit_right`` bounds it by what the caller knows is coming (the next bar).
    """

    def __init__(self, widths: WidthCache | None = None) -> None:
        self._starts: dict[Hashable, list[float]] = {}
        self._ends: dict[Hashable, list[float]] = {}
        self._widths: WidthCache = {} if widths is None else widths

    def reserve(self, row: Hashable, x0: float, x1: float) -> None:
        """Mark [x0, x1) of ``row`` as taken (a bar no label may cover)."""
        if x1 <= x0:
            return
        starts = self._starts.setdefault(row, [])
        ends = self._ends.setdefault(row, [])
        lo = bisect.bisect_left(ends, x0)  # first interval ending at or after x0
        hi = bisect.bisect_right(starts, x1)  # intervals starting at or before x1
        if lo < hi:  # merge with the intervals it meets, to keep them disjoint
            x0, x1 = min(x0, starts[lo]), max(x1, ends[hi - 1])
        starts[lo:hi] = [x0]
        ends[lo:hi] = [x1]

    def free_until(self, row: Hashable, x: float) -> float:
        """How far right of ``x`` the row is free (``x`` itself when it is taken); inf if the
        rest of the row is."""
        starts, ends = self._starts.get(row), self._ends.get(row)
        if not starts or ends is None:
            return float("inf")
        i = bisect.bisect_right(starts, x)
        if i and ends[i - 1] > x:
            return x
        return starts[i] if i < len(starts) else float("inf")

    def place(
        self,
        row: Hashable,
        bar: Rect,
        m: Meeting,
        metrics: Metrics,
        role: FontRole = FontRole.SMALL,
        limit_right: float = float("inf"),
    ) -> tuple[str, Rect, bool] | None:
        """(text, label rect, inside) for ``m``'s bar, or None when there is no room; the bar's
        own interval is taken either way."""
        texts = label_candidates(m)
        widths = self._widths.get((texts, role))
        if widths is None:
            widths = self._widths[(texts, role)] = tuple(metrics.width(t, role) for t in texts)
        h = metrics.height(role)
        y = bar.y + (bar.h - h) / 2
        result: tuple[str, Rect, bool] | None = None
        if bar.h >= h and self.free_until(row, bar.x) >= bar.right:
            i = _longest_fitting(texts, widths, bar.w - LABEL_PAD)
            if i >= 0:
                result = (texts[i], Rect(bar.x + LABEL_PAD / 2, y, bar.w - LABEL_PAD, h), True)
        if result is None:
            x0 = bar.right + BESIDE_GAP
            limit = min(limit_right, self.free_until(row, bar.right))
            i = _longest_fitting(texts, widths, limit - x0 - LABEL_PAD)
            if i >= 0:
                result = (texts[i], Rect(x0, y, widths[i] + LABEL_PAD, h), False)
        self.reserve(row, bar.x, bar.right if result is None else max(bar.right, result[1].right))
        return result
