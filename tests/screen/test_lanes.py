"""Lanes of a timeline group: no two meetings of a lane overlap, and no more lanes than needed."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

from scheduler_app.screen.lanes import assign_lanes
from tests.helpers import meeting


def test_overlapping_meetings_take_different_lanes():
    a = meeting("A", "2027-03-01", "2027-03-05")
    b = meeting("B", "2027-03-05", "2027-03-08")
    assert assign_lanes([a, b]) == [0, 1]


def test_touching_meetings_share_a_lane_without_a_gap():
    a = meeting("A", "2027-03-01", "2027-03-05")
    b = meeting("B", "2027-03-06", "2027-03-08")
    assert assign_lanes([a, b]) == [0, 0]


def test_a_gap_keeps_touching_meetings_apart():
    a = meeting("A", "2027-03-01", "2027-03-05")
    b = meeting("B", "2027-03-06", "2027-03-08")
    c = meeting("C", "2027-03-07", "2027-03-09")  # two days after A ends: A's lane is free
    assert assign_lanes([a, b, c], gap_days=1) == [0, 1, 0]


def test_a_negative_gap_is_refused():
    with pytest.raises(ValueError, match="negative"):
        assign_lanes([], gap_days=-1)


def test_the_lowest_free_lane_is_taken():
    a = meeting("A", "2027-03-01", "2027-03-10")
    b = meeting("B", "2027-03-02", "2027-03-03")
    c = meeting("C", "2027-03-03", "2027-03-20")
    d = meeting("D", "2027-03-12", "2027-03-12")  # A (lane 0) and B (lane 1) are over
    assert assign_lanes([a, b, c, d]) == [0, 1, 2, 0]


def test_lanes_do_not_depend_on_the_order_given():
    rng = random.Random(7)
    ms = [_random_meeting(rng, i) for i in range(300)]
    lanes = dict(zip((m.id for m in ms), assign_lanes(ms), strict=True))
    rng.shuffle(ms)
    assert dict(zip((m.id for m in ms), assign_lanes(ms), strict=True)) == lanes


@pytest.mark.parametrize("gap", [0, 2])
def test_no_lane_holds_two_meetings_closer_than_the_gap_and_no_lane_is_wasted(gap):
    rng = random.Random(gap)
    ms = [_random_meeting(rng, i) for i in range(400)]
    lanes = assign_lanes(ms, gap_days=gap)
    by_lane: dict[int, list] = {}
    for m, lane in zip(ms, lanes, strict=True):
        by_lane.setdefault(lane, []).append(m)
    for members in by_lane.values():
        members.sort(key=lambda m: m.start)
        for a, b in itertools.pairwise(members):
            assert (b.start - a.end).days > gap
    # as many lanes as the busiest day needs, each meeting widened by the gap
    busiest = max(
        sum(1 for m in ms if m.start <= day <= m.end + dt.timedelta(days=gap))
        for day in {m.start for m in ms}
    )
    assert max(lanes) + 1 == busiest


def _random_meeting(rng: random.Random, i: int):
    start = dt.date(2027, 1, 1) + dt.timedelta(days=rng.randrange(120))
    end = start + dt.timedelta(days=rng.randrange(6))
    return meeting(f"M-{i}", start.isoformat(), end.isoformat())
