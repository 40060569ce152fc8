"""The calendar layouts the window shows: overlays, the month grid, timelines from a fortnight to
six years, day strips (which turn a point into a date) and hover tips."""

import datetime as dt

import pytest

from scheduler_app.domain import DecidedPeriod
from scheduler_app.domain.legend import OBSERVANCE_HEX
from scheduler_app.domain.observance import Observance
from scheduler_app.printing.charts import (
    HOLIDAY_MARK,
    TODAY_HEX,
    Overlays,
    cycle_chart,
    meeting_tip,
    month_grid,
    timetable,
    year_planner,
)
from scheduler_app.printing.job import Layout, PrintError, PrintRequest, build_pages, period
from scheduler_app.printing.page import Box, Line, Sheet, Text, approximate_measure
from tests.helpers import meeting

SHEET = Sheet(title="T", period="P", generated=dt.date(2026, 11, 22))
YOM_KIPPUR = Observance("yom_kippur", "Yom Kippur", dt.date(2027, 10, 11), dt.date(2027, 10, 11))
RAMADAN = Observance("ramadan", "Ramadan", dt.date(2027, 2, 8), dt.date(2027, 3, 9), estimated=True)
JEUNE = (dt.date(2027, 9, 9), "Jeûne genevois (CH-GE)")


def bars(page, meeting_id=None):
    return [
        b
        for b in page.items
        if isinstance(b, Box) and b.ref and (meeting_id is None or b.ref == meeting_id)
    ]


def words(page):
    return [t.text for t in page.items if isinstance(t, Text)]


def tips_at(page, day):
    """The hover tips of the day cell where ``day`` is."""
    for strip in page.strips:
        x = strip.x + ((day - strip.first).days + 0.5) * strip.mm_per_day
        y = strip.y + strip.h / 2
        if strip.date_at(x, y) == day:
            return [
                b.tip
                for b in page.items
                if isinstance(b, Box)
                and b.tip
                and not b.ref
                and b.x <= x <= b.x + b.w
                and b.y <= y <= b.y + b.h
            ]
    raise AssertionError(f"{day} is on no strip")


# --- overlays ------------------------------------------------------------------------------------


def test_overlays_parse_from_the_command_line_and_back():
    assert Overlays.parse("religious,holidays,outside,decided") == Overlays()
    assert Overlays.parse(" Religious , decided ") == Overlays(holidays=False, outside=False)
    assert Overlays.parse("none") == Overlays(False, False, False, False)
    assert Overlays.parse("none").text() == "none"
    assert Overlays(holidays=False).text() == "religious,outside,decided"
    with pytest.raises(ValueError, match="unknown overlay fireworks: choose from religious"):
        Overlays.parse("religious,fireworks")


def test_build_pages_leaves_out_each_overlay_turned_off(reference_db):
    def page(overlays, layout=Layout.YEAR, **kw):
        request = PrintRequest(layout, overlays=overlays, **kw)
        if layout is Layout.YEAR:
            request.year = 2026
        return build_pages(reference_db, request, approximate_measure, dt.date(2026, 11, 22))[0][0]

    everything = page(Overlays())
    fills = {b.fill for b in everything.items if isinstance(b, Box)}
    assert OBSERVANCE_HEX in fills and HOLIDAY_MARK in fills
    tips = {b.tip for b in everything.items if isinstance(b, Box) and not b.ref}
    assert any("Holiday: Genevan Fast (CH-GE)" in t for t in tips)  # Jeûne genevois, 10 Sep 2026
    assert any("Religious period: Yom Kippur" in t for t in tips)
    quiet = page(Overlays(religious=False, holidays=False))
    fills = {b.fill for b in quiet.items if isinstance(b, Box)}
    assert OBSERVANCE_HEX not in fills and HOLIDAY_MARK not in fills
    assert len(bars(quiet)) == len(bars(everything))
    # decided periods are the timeline's
    span = {"date_from": dt.date(2026, 1, 1), "date_to": dt.date(2027, 12, 31)}
    with_decided = page(Overlays(), Layout.CYCLE, **span)
    without = page(Overlays(decided=False), Layout.CYCLE, **span)
    assert any(
        b.tip.startswith("Decided period of PP-26")
        for b in with_decided.items
        if isinstance(b, Box)
    )
    assert not any(b.tip.startswith("Decided period") for b in without.items if isinstance(b, Box))


def test_outside_events_can_be_hidden_from_the_charts(empty_db):
    from scheduler_app.services import editing

    forum = meeting("MWC-27", "2027-03-01", "2027-03-04", kind="external")
    sg = meeting("SG1-2027-1", "2027-03-02", "2027-03-05")
    editing.create(empty_db, forum)
    editing.create(empty_db, sg)

    def shown(overlays):
        request = PrintRequest(Layout.GRID, date_from=dt.date(2027, 3, 1), overlays=overlays)
        [page], _ = build_pages(empty_db, request, approximate_measure, dt.date(2026, 11, 22))
        return {b.ref for b in bars(page)}

    assert shown(Overlays()) == {forum.id, sg.id}
    assert shown(Overlays(outside=False)) == {sg.id}


# --- the year planner ----------------------------------------------------------------------------


def test_the_year_planner_turns_a_point_into_the_date_in_any_month_row():
    [page] = year_planner([], [YOM_KIPPUR], 2027, SHEET, [JEUNE], today=dt.date(2027, 2, 28))
    assert len(page.strips) == 12
    feb = page.strips[1]
    assert feb.first == dt.date(2027, 2, 1) and round(feb.w / feb.mm_per_day) == 28
    x = feb.x + 27.5 * feb.mm_per_day
    assert page.date_at(x, feb.y + 1) == dt.date(2027, 2, 28)
    assert page.date_at(feb.x + 28.5 * feb.mm_per_day, feb.y + 1) is None  # no 29 February
    assert tips_at(page, dt.date(2027, 10, 11)) == ["Mon 11 Oct 2027\nReligious period: Yom Kippur"]
    assert tips_at(page, dt.date(2027, 9, 9)) == [
        "Thu 09 Sep 2027\nHoliday: Jeûne genevois (CH-GE)"
    ]
    [today] = [b for b in page.items if isinstance(b, Box) and b.stroke == TODAY_HEX]
    assert page.date_at(today.x + today.w / 2, today.y + today.h / 2) == dt.date(2027, 2, 28)


def test_a_bar_tip_names_the_meeting_its_dates_and_status():
    m = meeting("WRC-27", "2027-10-18", "2027-11-12", kind="wrc", city="Shanghai", country="CN")
    assert meeting_tip(m) == (
        "WRC-27: Meeting WRC-27\n18 Oct-12 Nov 2027 (26 days) · confirmed\nShanghai, CN"
    )


# --- the month grid ------------------------------------------------------------------------------


def test_the_month_grid_has_a_row_per_week_and_splits_bars_at_week_ends():
    m = meeting("PP-26", "2026-11-09", "2026-11-27", kind="pp")
    [page] = month_grid([m], [], dt.date(2026, 11, 15), SHEET, today=dt.date(2026, 11, 22))
    # November 2026 starts on a Sunday: six rows, from Monday 26 October to Sunday 6 December
    assert [s.first for s in page.strips] == [
        dt.date(2026, 10, 26) + dt.timedelta(weeks=w) for w in range(6)
    ]
    assert all(round(s.w / s.mm_per_day) == 7 for s in page.strips)
    pieces = bars(page, m.id)
    assert len(pieces) == 3  # 9-15, 16-22, 23-27 November
    days = [(page.date_at(b.x + 1, b.y + 1), page.date_at(b.x + b.w - 1, b.y + 1)) for b in pieces]
    assert days == [
        (dt.date(2026, 11, 9), dt.date(2026, 11, 15)),
        (dt.date(2026, 11, 16), dt.date(2026, 11, 22)),
        (dt.date(2026, 11, 23), dt.date(2026, 11, 27)),
    ]
    labels = words(page)
    # the later weeks' bars start with a mark pointing back to the week before
    assert labels.count("PP-26  Meeting PP-26") == 3 and labels.count("◂") == 2
    assert "26 Oct" in labels and "6 Dec" in labels and "Mon" in labels and "Sun" in labels
    [today] = [b for b in page.items if isinstance(b, Box) and b.stroke == TODAY_HEX]
    assert page.date_at(today.x + today.w / 2, today.y + today.h / 2) == dt.date(2026, 11, 22)


def test_the_month_grid_names_each_days_observances_and_holidays():
    [page] = month_grid(
        [], [YOM_KIPPUR], dt.date(2027, 10, 1), SHEET, [(dt.date(2027, 10, 1), "X Day (QA)")]
    )
    assert "Yom Kippur" in words(page) and "X Day (QA)" in words(page)
    assert tips_at(page, dt.date(2027, 10, 11)) == ["Mon 11 Oct 2027\nReligious period: Yom Kippur"]


def test_a_crowded_week_says_how_many_it_could_not_draw():
    ms = [meeting(f"RG-{i}", "2027-03-02") for i in range(30)]
    [page] = month_grid(ms, [], dt.date(2027, 3, 1), SHEET)
    drawn = len(bars(page))
    assert drawn < 30 and f"+{30 - drawn} more" in words(page)


# --- the timeline --------------------------------------------------------------------------------


def test_a_fortnight_timeline_shows_days_weekends_and_holidays():
    m = meeting("SG1-2027-1", "2027-09-06", "2027-09-10")
    first, last = dt.date(2027, 9, 6), dt.date(2027, 9, 19)
    [page] = cycle_chart([m], first, last, SHEET, [], [JEUNE], today=dt.date(2027, 9, 8))
    labels = words(page)
    assert "Sep 2027" in labels and all(str(d) in labels for d in range(6, 20))
    assert "Q3" not in labels  # no quarters on a fortnight
    [strip] = page.strips
    assert strip.first == first and round(strip.w / strip.mm_per_day) == 14
    [bar] = bars(page, m.id)
    assert page.date_at(bar.x + 0.1, bar.y + 0.1) == dt.date(2027, 9, 6)
    assert page.date_at(bar.x + bar.w - 0.1, bar.y + 0.1) == dt.date(2027, 9, 10)
    assert tips_at(page, dt.date(2027, 9, 9)) == [
        "Thu 09 Sep 2027\nHoliday: Jeûne genevois (CH-GE)"
    ]
    weekends = [b for b in page.items if isinstance(b, Box) and b.fill == "#eeeeee"]
    assert len(weekends) == 4


def test_a_year_long_timeline_shows_months_and_quarters():
    [page] = cycle_chart(
        [meeting("X")], dt.date(2027, 1, 1), dt.date(2027, 12, 31), SHEET, [RAMADAN]
    )
    labels = words(page)
    assert "Jan 2027" in labels and "Feb" in labels and "Q4" in labels
    assert tips_at(page, dt.date(2027, 2, 20)) == [
        "Sat 20 Feb 2027\nReligious period: Ramadan (estimated)"
    ]


def test_unreadable_labels_are_left_out_of_a_crowded_timeline():
    ms = [meeting(f"M{i}", "2027-03-02") for i in range(400)]
    [page] = cycle_chart(ms, dt.date(2026, 1, 1), dt.date(2030, 12, 31), SHEET)
    assert len(bars(page)) == 400
    assert not [t for t in words(page) if t.startswith("M1")]


def test_decided_periods_are_drawn_only_where_the_timeline_reaches():
    m = meeting(
        "PP-26",
        "2026-11-09",
        "2026-11-27",
        kind="pp",
        decided=DecidedPeriod(dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
    )
    [page] = cycle_chart([m], dt.date(2026, 11, 2), dt.date(2026, 11, 15), SHEET)
    [band] = [b for b in page.items if isinstance(b, Box) and b.tip.startswith("Decided")]
    assert page.date_at(band.x + 0.1, band.y + 1) == dt.date(2026, 11, 2)
    assert page.date_at(band.x + band.w - 0.1, band.y + 1) == dt.date(2026, 11, 15)


@pytest.mark.parametrize(
    ("date_from", "date_to", "problem"),
    [
        (dt.date(2027, 3, 1), dt.date(2027, 3, 5), "at least 7 days"),
        (dt.date(2027, 3, 1), dt.date(2033, 3, 1), "at most 6 years"),
        (dt.date(2027, 3, 1), dt.date(2027, 2, 1), "before"),
    ],
)
def test_a_timeline_span_is_a_week_to_six_years(date_from, date_to, problem):
    with pytest.raises(PrintError, match=problem):
        period(
            PrintRequest(Layout.CYCLE, date_from=date_from, date_to=date_to), [], SHEET.generated
        )


def test_a_timeline_of_any_span_keeps_its_exact_days():
    request = PrintRequest(
        Layout.CYCLE, date_from=dt.date(2027, 3, 1), date_to=dt.date(2033, 2, 28)
    )
    assert period(request, [], SHEET.generated) == (dt.date(2027, 3, 1), dt.date(2033, 2, 28))


# --- the timetable -------------------------------------------------------------------------------


def test_the_timetable_shades_holidays_and_marks_today():
    [page] = timetable(
        [meeting("X", "2027-09-08")],
        [],
        dt.date(2027, 9, 1),
        dt.date(2027, 9, 30),
        SHEET,
        [JEUNE],
        today=dt.date(2027, 9, 8),
    )
    assert tips_at(page, dt.date(2027, 9, 9)) == [
        "Thu 09 Sep 2027\nHoliday: Jeûne genevois (CH-GE)"
    ]
    assert any(isinstance(b, Box) and b.stroke == TODAY_HEX for b in page.items)


def test_a_screen_page_takes_the_shape_it_is_given(reference_db):
    request = PrintRequest(Layout.GRID, date_from=dt.date(2026, 11, 1), page_size=(400.0, 210.0))
    [page], sheet = build_pages(reference_db, request, approximate_measure, dt.date(2026, 11, 22))
    assert (page.width, page.height) == (400.0, 210.0) == sheet.size


@pytest.mark.parametrize("layout", ["year", "cycle", "grid"])
def test_a_long_legend_on_a_narrow_page_stays_above_the_footer(layout):
    from scheduler_app.domain import MeetingKind

    kinds = list(MeetingKind)
    ms = [meeting(f"M{i}", "2027-03-02", kind=k) for i, k in enumerate(kinds)]
    narrow = Sheet(title="T", period="P", custom_size=(210.0, 210.0))
    if layout == "year":
        [page] = year_planner(ms, [RAMADAN], 2027, narrow, [JEUNE])
    elif layout == "cycle":
        [page] = cycle_chart(ms, dt.date(2027, 1, 1), dt.date(2027, 12, 31), narrow, [RAMADAN])
    else:
        [page] = month_grid(ms, [RAMADAN], dt.date(2027, 3, 1), narrow, [JEUNE])
    footer_top = narrow.body_bottom
    body = [i for i in page.items if getattr(i, "y", 0) > narrow.body_top]
    swatches = [i for i in body if isinstance(i, Text) and i.text in {"cancelled", "weekend"}]
    assert swatches and all(i.y + i.h <= footer_top + 0.01 for i in swatches)
    if layout == "year":  # the notes under the legend keep a place too
        [notes] = [i for i in page.items if isinstance(i, Text) and i.text.startswith("Religious")]
        assert notes.h > 3 and notes.y + 3 <= footer_top


def test_a_timeline_from_29_february_may_run_six_years():
    request = PrintRequest(
        Layout.CYCLE, date_from=dt.date(2028, 2, 29), date_to=dt.date(2034, 2, 28)
    )
    assert period(request, [], SHEET.generated) == (dt.date(2028, 2, 29), dt.date(2034, 2, 28))


def test_a_label_beside_a_bar_at_the_end_of_the_timeline_stays_on_the_page():
    m = meeting("LATE-MEETING-CODE", "2027-12-30")
    [page] = cycle_chart([m], dt.date(2027, 12, 1), dt.date(2027, 12, 31), SHEET)
    [label] = [t for t in page.items if isinstance(t, Text) and t.text == "LATE-MEETING-CODE"]
    assert label.x + label.w <= SHEET.body_right + 0.01


@pytest.mark.parametrize("layout", ["year", "grid"])
def test_no_day_rule_is_drawn_across_a_bar(layout):
    m = meeting("PP-26", "2026-11-09", "2026-11-27", kind="pp")
    if layout == "year":
        [page] = year_planner([m], [], 2026, SHEET)
    else:
        [page] = month_grid([m], [], dt.date(2026, 11, 1), SHEET)
    first_bar = next(i for i, b in enumerate(page.items) if isinstance(b, Box) and b.ref)
    for item in page.items[first_bar:]:
        if isinstance(item, Line) and item.x1 == item.x2:  # a vertical rule after a bar
            assert not any(
                b.x < item.x1 < b.x + b.w and b.y < item.y2 and item.y1 < b.y + b.h
                for b in bars(page, m.id)
            )
