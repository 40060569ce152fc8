"""The paper defects of issue 11, each pinned on the bundled calendar or a tiny one: the cycle
chart fills its page and labels a fortnight's bars at a reading size, meetings without fixed
dates are drawn, timetables fill their page with a legend, lists print dates and addresses
whole, the checklist's header is not cut and a PP's deadlines are listed, and venue holidays
are told from WRC bars and sit in their own month."""

import datetime as dt

import pytest

from scheduler_app.domain import MeetingKind, Precision, Status
from scheduler_app.domain.legend import KIND_HEX
from scheduler_app.printing.chart_marks import HOLIDAY_MARK
from scheduler_app.printing.charts import cycle_chart, month_grid, timetable, year_planner
from scheduler_app.printing.job import Layout, PrintRequest, build_pages
from scheduler_app.printing.page import PT, Box, Page, Sheet, Text, approximate_measure, wrap_lines
from scheduler_app.printing.table import SIZE, cell_size
from tests.helpers import meeting

TODAY = dt.date(2026, 12, 2)
SHEET = Sheet(title="T", period="P", generated=TODAY)
JEUNE = (dt.date(2027, 9, 9), "Jeûne genevois (CH-GE)")


def pages_of(db, layout, measure=approximate_measure, **kw):
    return build_pages(db, PrintRequest(layout, **kw), measure, TODAY)


def texts(page: Page) -> list[Text]:
    return [t for t in page.items if isinstance(t, Text)]


def words_of(page: Page) -> list[str]:
    """The texts of a page, a wrapped cell's lines joined back into its words."""
    return [t.text.replace("\n", " ") for t in texts(page)]


def wide_measure(text: str, size: float, bold: bool = False) -> float:
    """A measure as wide as DejaVu Sans Bold's capitals: what cut "Done" to "Do…" on paper."""
    return len(text) * size * PT * (0.72 if bold else 0.62)


def test_the_cycle_chart_lanes_fill_the_page_down_to_the_legend(reference_db):
    [page], sheet = pages_of(reference_db, Layout.CYCLE)
    [strip] = page.strips
    assert strip.h > 0.8 * (sheet.body_bottom - sheet.body_top)  # it was a third


def test_a_fortnight_cycle_chart_labels_its_bars_at_a_reading_size(reference_db):
    pp = reference_db.meeting_by_code("PP-26")
    [page], _ = pages_of(
        reference_db, Layout.CYCLE, date_from=dt.date(2026, 11, 2), date_to=dt.date(2026, 11, 15)
    )
    [bar] = [b for b in page.items if isinstance(b, Box) and b.ref == pp.id]
    [label] = [t for t in texts(page) if t.text.startswith("PP-26")]
    assert bar.h <= 10.0  # not one huge block
    assert label.size >= 9.0 and label.size * PT / bar.h >= 0.4  # it was 7 pt on an 8.5 mm bar
    assert bar.y <= label.y and label.y + label.size * PT <= bar.y + bar.h


def test_labels_shrink_with_crowded_bars_and_stay_readable():
    ms = [meeting(f"SG-{i}", "2027-03-01", "2027-03-20", kind="study-group") for i in range(40)]
    [page] = cycle_chart(ms, dt.date(2027, 1, 1), dt.date(2027, 12, 31), SHEET)
    sizes = {t.size for t in texts(page) if t.text.startswith("SG-")}
    assert sizes and max(sizes) < 7.0 and min(sizes) >= 4.0


def unfixed_bars(page: Page, meeting_id: str) -> list[Box]:
    return [b for b in page.items if isinstance(b, Box) and b.ref == meeting_id]


def test_wtdc_29_known_by_its_year_is_a_dashed_span_over_2029_on_the_cycle_chart(reference_db):
    wtdc = reference_db.meeting_by_code("WTDC-29")
    assert wtdc.precision is Precision.YEAR
    [page], _ = pages_of(reference_db, Layout.CYCLE)  # 2026-2030, around today
    [bar] = unfixed_bars(page, wtdc.id)
    assert bar.mark == "dashed" and bar.stroke == KIND_HEX[MeetingKind.WTDC]
    assert bar.fill != KIND_HEX[MeetingKind.WTDC]  # pale: not a meeting of known days
    assert page.date_at(bar.x + 0.1, bar.y + 0.1) == dt.date(2029, 1, 1)
    assert page.date_at(bar.x + bar.w - 0.1, bar.y + 0.1) == dt.date(2029, 12, 31)
    words = [t.text for t in texts(page)]
    assert "WTDC-29" in " ".join(words) and "dates not fixed" in words


@pytest.mark.parametrize(
    ("draw", "month"),
    [
        (lambda ms: year_planner(ms, [], 2029, SHEET), None),
        (lambda ms: month_grid(ms, [], dt.date(2029, 5, 1), SHEET), None),
        (lambda ms: timetable(ms, [], dt.date(2029, 4, 1), dt.date(2029, 6, 30), SHEET), None),
    ],
    ids=["year", "grid", "quarter"],
)
def test_every_chart_draws_a_meeting_without_fixed_dates_distinct_from_a_tentative_one(draw, month):
    ms = [
        meeting("WTDC-29", "2029-01-01", "2029-12-31", kind="wtdc", precision=Precision.YEAR),
        meeting(
            "TDAG-29", "2029-05-01", "2029-05-31", kind="advisory-group", status=Status.TENTATIVE
        ),
    ]
    [page] = draw(ms)
    marks = {b.mark for b in unfixed_bars(page, ms[0].id)}
    assert marks == {"dashed"}
    assert {b.mark for b in unfixed_bars(page, ms[1].id)} == {"hatch"}
    assert "dates not fixed" in [t.text for t in texts(page)]  # the legend says what it is


@pytest.mark.parametrize("layout", [Layout.QUARTER, Layout.MONTH])
def test_timetables_fill_their_page_and_carry_a_legend(reference_db, layout):
    [page], sheet = pages_of(reference_db, layout, date_from=dt.date(2026, 11, 1))
    [strip] = page.strips
    assert strip.y + strip.h > sheet.body_bottom - 20.0  # the day grid runs down to the legend
    words = [t.text for t in texts(page)]
    assert {"PP", "Council (extra)", "weekend", "religious period"} <= set(words)
    legend_top = min(t.y for t in texts(page) if t.text == "weekend")
    assert strip.y + strip.h <= legend_top


def test_the_list_prints_every_date_in_full(reference_db):
    pages, _ = pages_of(reference_db, Layout.LIST, annex=False)
    spans = {m.span for m in reference_db.meetings()}
    dates = [t for p in pages for t in texts(p) if t.text in spans]
    assert "29 Oct-16 Nov 2018" in [t.text for t in dates]
    for t in dates:
        assert approximate_measure(t.text, t.size) <= t.w, t.text  # never elided


def test_a_long_address_starts_its_own_line_and_is_not_split():
    url = "https://www.itu.int/en/ITU-T/wtsa20/Pages/FAQ.aspx"
    width = approximate_measure(url, 7.5) + 0.5
    assert wrap_lines(f"See {url} for more", width, 7.5, approximate_measure) == [
        "See",
        url,
        "for more",
    ]


def test_an_address_longer_than_the_line_breaks_after_a_slash_or_hyphen():
    url = "https://www.itu.int/en/ITU-T/wtsa20/Pages/FAQ.aspx"
    lines = wrap_lines(url, 20.0, 7.5, approximate_measure)
    assert "".join(lines) == url and len(lines) > 1
    assert all(line[-1] in "/-" for line in lines[:-1])


def test_a_cell_shrinks_its_font_only_when_that_keeps_an_address_whole():
    url = "https://www.itu.int/en/council/2022/Pages/default.aspx"
    at_six = approximate_measure(url, 6.0)
    assert cell_size(f"Report {url}", at_six + 0.1, approximate_measure) == 6.0
    assert cell_size("short words only", 30.0, approximate_measure) == SIZE
    assert cell_size(url, at_six / 2, approximate_measure) == SIZE  # nothing would help


def test_the_list_breaks_addresses_only_after_a_slash_or_hyphen(reference_db):
    pages, _ = pages_of(reference_db, Layout.LIST, annex=False)
    sources = {m.source for m in reference_db.meetings() if m.source}
    cells = [t for p in pages for t in texts(p) if t.wrap and t.text.replace("\n", " ")]
    tokens = {w for s in sources for w in s.split()}
    checked = 0
    for cell in cells:
        if "http" not in cell.text:
            continue
        for line in cell.text.split("\n")[:-1]:
            last = line.split()[-1]
            assert last in tokens or last[-1] in "/-", line
            checked += 1
    assert checked > 20


def test_the_deadlines_header_is_never_cut(reference_db):
    [page, *_], _ = pages_of(reference_db, Layout.DEADLINES, measure=wide_measure)
    heads = [t for t in texts(page) if t.bold and t.text in {"Done", "Date", "Day", "Meeting"}]
    assert len(heads) == 4
    for t in heads:
        assert wide_measure(t.text, t.size, True) <= t.w, t.text


def test_the_deadlines_of_pp_26_are_those_of_the_council_meeting_before_it(reference_db):
    [page], sheet = pages_of(reference_db, Layout.DEADLINES, meeting_code="PP-26")
    words = words_of(page)
    assert sheet.period.startswith("PP-26")
    assert words.count("C26-LAST") == 2 and "No deadline in this period." not in words
    assert any("Council's last meeting before the PP" in w for w in words)


def test_a_meeting_without_deadlines_is_named_in_the_checklist(reference_db):
    [page], _ = pages_of(reference_db, Layout.DEADLINES, meeting_code="WTDC-29")
    assert "WTDC-29 has no deadline: its dates are not fixed to the day." in words_of(page)


def _rgb(colour: str) -> tuple[int, ...]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def test_the_venue_holiday_mark_is_far_from_every_kinds_colour_and_reads_on_white():
    for kind, colour in KIND_HEX.items():
        distance = sum((a - b) ** 2 for a, b in zip(_rgb(HOLIDAY_MARK), _rgb(colour), strict=True))
        assert distance**0.5 > 60, kind  # it was the WRC's #e65100

    def luminance(c: tuple[int, ...]) -> float:
        lin = [(v / 255) / 12.92 if v <= 10 else ((v / 255 + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    assert 1.05 / (luminance(_rgb(HOLIDAY_MARK)) + 0.05) >= 4.5


def test_a_holiday_tick_sits_inside_its_own_months_row_of_the_year_planner():
    [page] = year_planner([], [], 2027, SHEET, [JEUNE, (dt.date(2027, 1, 31), "Last day")])
    ticks = [
        b for b in page.items if isinstance(b, Box) and b.fill == HOLIDAY_MARK and not b.stroke
    ]
    assert len(ticks) == 2
    for tick in ticks:
        cx, cy = tick.x + tick.w / 2, tick.y + tick.h / 2
        [row] = [s for s in page.strips if s.y <= cy < s.y + s.h]
        assert row.date_at(cx, cy) in {JEUNE[0], dt.date(2027, 1, 31)}
        assert tick.y >= row.y + 0.3 and tick.y + tick.h <= row.y + row.h - 0.3


def test_the_timetable_prints_a_span_across_months_in_full(reference_db):
    [page], _ = pages_of(reference_db, Layout.QUARTER, date_from=dt.date(2027, 10, 1))
    spans = [t for t in texts(page) if t.text == "11 Oct-12 Nov 2027"]  # RA-27 and WRC-27
    assert len(spans) == 2
    for span in spans:
        assert approximate_measure(span.text, span.size) * 1.2 <= span.w  # it was cut at 24 mm
