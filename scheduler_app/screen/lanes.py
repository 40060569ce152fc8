"""Lanes: the rows of a timeline group, so that meetings drawn in one row never overlap.

Greedy interval partitioning: meetings in order of start take the lowest-numbered lane free on
their first day (a heap of the busy lanes' last days, a heap of the free lane numbers). It uses
as few lanes as the busiest day needs, and a meeting gets lane k only when lanes 0..k-1 are busy
on its first day, so the lanes a stretch of time needs are the ones its own crowd needs, not
those of the busiest week elsewhere. O(n log n), and the same input gives the same lanes.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from scheduler_app.domain import Meeting


def lane_order_key(m: Meeting) -> tuple[int, int, str, str]:
    """Start, then end, then code and id: a total order, so lanes do not depend on input order."""
    return (m.start.toordinal(), m.end.toordinal(), m.code, m.id)


def assign_lanes(meetings: Sequence[Meeting], gap_days: int = 0) -> list[int]:
    """The lane of each meeting (in the order given), from 0.

    A lane is free for a meeting when its last meeting ended more than ``gap_days`` days before
    the meeting starts: with 0, a meeting ending on the 9th and one starting on the 10th share a
    lane; with 1, they do not, which leaves room for a label beside the first bar.
    """
    order = sorted(range(len(meetings)), key=lambda i: lane_order_key(meetings[i]))
    starts = [meetings[i].start.toordinal() for i in order]
    ends = [meetings[i].end.toordinal() for i in order]
    lanes = [0] * len(meetings)
    for i, lane in zip(order, assign_sorted(starts, ends, gap_days), strict=True):
        lanes[i] = lane
    return lanes


def assign_sorted(starts: Sequence[int], ends: Sequence[int], gap_days: int = 0) -> list[int]:
    """``assign_lanes`` for spans already in order (first and last days as ordinals)."""
    if gap_days < 0:
        raise ValueError("gap_days cannot be negative")
    lanes = [0] * len(starts)
    busy: list[tuple[int, int]] = []  # (last day + gap, lane)
    free: list[int] = []
    used = 0
    push, pop = heapq.heappush, heapq.heappop
    for i, start in enumerate(starts):
        while busy and busy[0][0] < start:
            push(free, pop(busy)[1])
        if free:
            lane = pop(free)
        else:
            lane, used = used, used + 1
        lanes[i] = lane
        push(busy, (ends[i] + gap_days, lane))
    return lanes
