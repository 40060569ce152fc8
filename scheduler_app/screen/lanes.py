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
    if gap_days < 0:
        raise ValueError("gap_days cannot be negative")
    order = sorted(range(len(meetings)), key=lambda i: lane_order_key(meetings[i]))
    lanes = [0] * len(meetings)
    busy: list[tuple[int, int]] = []  # (last day + gap, lane)
    free: list[int] = []
    used = 0
    for i in order:
        m = meetings[i]
        start = m.start.toordinal()
        while busy and busy[0][0] < start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        else:
            lane, used = used, used + 1
        lanes[i] = lane
        heapq.heappush(busy, (m.end.toordinal() + gap_days, lane))
    return lanes
