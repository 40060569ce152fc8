"""A density strip merges its bins (week, fortnight, month, quarter) until most have room for
their counts: a strip of empty boxes, every count left to its tooltip, tells the planner
nothing (an Arabic window's narrower canvas at 1366 px showed 0 counts in 255 boxes)."""

from __future__ import annotations

import datetime as dt
import itertools

from scheduler_app import i18n
from scheduler_app.domain import MeetingKind, Sector
from scheduler_app.screen.density import UNITS, Bin, bins, readable_unit
from scheduler_app.screen.scene import FontRole, Tone
from scheduler_app.screen.timeline import TimelineLayout
from tests.helpers import meeting

YEAR = (dt.date(2027, 1, 1), dt.date(2027, 12, 31))


class FakeMetrics:
    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float:
        return len(text) * 7.0  # "12" and its 4 px of padding need 18 px

    def height(self, role: FontRole = FontRole.NORMAL) -> float:
        return 14.0


def sg(code: str, start: str, end: str | None = None):
    return meeting(code, start, end, MeetingKind.STUDY_GROUP, sector=Sector.D, body="ITU-D SG1")


def busy_year(per_week: int) -> list:
    """``per_week`` one-day meetings on every Wednesday of 2027."""
    day, out = dt.date(2027, 1, 6), []
    while day.year == 2027:
        out += [sg(f"M{day:%j}-{i}", day.isoformat()) for i in range(per_week)]
        day += dt.timedelta(days=7)
    return out


def strip(ms: list, px_per_day: float, rtl: bool = False):
    scene = TimelineLayout(ms).scene(
        *YEAR, px_per_day, frozenset({"itu-d"}), FakeMetrics(), right_to_left=rtl
    )
    return scene.mores, [a for a in scene.areas if a.tone is Tone.DENSITY]


def test_a_week_with_room_for_its_count_stays_a_week():
    mores, _ = strip(busy_year(3), 2.0)  # a week is 14 px, "3" needs 11
    assert len(mores) == 52 and all(m.text == "3" for m in mores[:-1])
    assert not mores[-1].text  # 27-31 Dec, clipped by the period: its tooltip counts
    assert mores[0].title == "ITU-D groups, week of 4 Jan 2027"


def test_weeks_too_narrow_for_their_count_merge_into_fortnights():
    mores, areas = strip(busy_year(6), 1.5)  # a week of 10.5 px cannot hold "6"
    assert 26 <= len(mores) <= 27
    counted = [m for m in mores if m.text]
    assert len(counted) >= 0.9 * len(mores) and {m.text for m in counted} <= {"6", "12"}
    assert mores[1].title == "ITU-D groups, 18-31 Jan 2027"  # its two weeks, Monday to Sunday
    assert areas[1].tip.startswith("12 meetings, 18-31 Jan 2027: ")


def test_fortnights_too_narrow_for_two_digits_merge_into_months():
    mores, _ = strip(busy_year(6), 1.0)  # a fortnight of 14 px cannot hold "12"
    assert [m.title for m in mores][:2] == [
        "ITU-D groups, January 2027",
        "ITU-D groups, February 2027",
    ]
    assert sum(bool(m.text) for m in mores) == 12


def test_months_too_narrow_merge_into_quarters():
    mores, areas = strip(busy_year(6), 0.5)  # a month of ~15 px cannot hold "24"
    assert [m.title for m in mores] == [f"ITU-D groups, Q{q} 2027" for q in (1, 2, 3, 4)]
    assert all(m.text for m in mores)
    assert areas[0].tip.startswith("78 meetings, Q1 2027: ")


def test_arabic_strips_merge_alike_and_mirror():
    with i18n.using_language("ar"):
        mores, _ = strip(busy_year(6), 1.5, rtl=True)
    english, _ = strip(busy_year(6), 1.5)
    assert [m.text for m in mores] == [m.text for m in english]
    assert mores[0].rect.x > mores[1].rect.x  # time runs leftwards


def test_bins_of_each_unit_tile_the_days_and_a_fortnight_starts_on_a_monday():
    ms = [sg("A", "2027-01-01", "2027-12-31")]
    for unit in UNITS:
        found = bins(ms, *YEAR, unit)
        assert found[0].first == YEAR[0] and found[-1].last == YEAR[1]
        for a, b in itertools.pairwise(found):
            assert b.first - a.last == dt.timedelta(days=1)
    fortnights = bins(ms, *YEAR, "fortnight")
    assert all(b.first.weekday() == 0 for b in fortnights[1:])
    assert len(bins(ms, *YEAR, "quarter")) == 4


def test_the_finest_readable_unit_is_chosen_and_the_coarsest_when_none_is():
    def none_fit(_b: Bin) -> bool:
        return False

    tried: list[str] = []

    def strip_of(unit: str) -> list[str]:
        tried.append(unit)
        return ["x"]

    assert readable_unit(1.0, 11.0, strip_of, none_fit) == "quarter"
    assert tried == ["fortnight", "month"]  # a 7 px week cannot hold 11 px: not worked out
    assert readable_unit(1.0, 11.0, strip_of, lambda _b: True) == "fortnight"
