"""Page layouts, computed without Qt (text widths estimated)."""

import datetime as dt

import pytest

from scheduler_app.domain import DecidedPeriod, Precision, Status
from scheduler_app.domain.observance import Observance
from scheduler_app.printing.charts import cycle_chart, timetable, year_planner
from scheduler_app.printing.job import Layout, PrintError, PrintRequest, period
from scheduler_app.printing.lists import meeting_list
from scheduler_app.printing.page import Box, Paper, Sheet, Text, approximate_measure, wrap_lines
from scheduler_app.printing.table import Placed
from scheduler_app.rules import Finding, Severity
from tests.helpers import meeting

SHEET = Sheet(title="T", period="P", generated=dt.date(2026, 11, 22))
TODAY = dt.date(2026, 11, 22)


def texts(pages) -> list[str]:
    return [i.text for p in pages for i in p.items if isinstance(i, Text)]


def many(
    n: int, title: str = "A fairly long meeting title that will need wrapping in the table " * 2
):
    return [
        meeting(f"M-{i:04d}", f"2027-{1 + i % 12:02d}-{1 + i % 27:02d}", title=f"{title}{i}")
        for i in range(n)
    ]


def test_a_long_list_paginates_with_every_row_on_one_page_and_the_header_repeated():
    placed: list[Placed] = []
    ms = many(300)
    pages = meeting_list(ms, None, SHEET, approximate_measure, placed)
    assert len(pages) > 5 and len(placed) == 300
    for p in placed:
        assert SHEET.body_top <= p.top < p.bottom <= SHEET.body_bottom
    for page in pages:
        headers = [i for i in page.items if isinstance(i, Text) and i.text == "Dates" and i.bold]
        assert len(headers) == 1
    assert [t for t in texts(pages) if t.startswith("page ")][
        -1
    ] == f"page {len(pages)} of {len(pages)}"


def test_the_annex_lists_every_finding_after_the_meetings():
    findings = [
        Finding(
            "R77-PP-DURATION",
            Severity.WARNING,
            "PP-30 lasts 22 days (limit 21)",
            ("x",),
            ("PP-30",),
            "PP Resolution 77 (Rev. Bucharest, 2022), resolves 2",
            True,
            "Council Decision 640",
        )
    ]
    pages = meeting_list(
        [meeting("PP-30", "2030-10-07", "2030-10-28", kind="pp")],
        findings,
        SHEET,
        approximate_measure,
    )
    words = texts(pages)
    assert any("Compliance annex" in t for t in words)
    assert "R77-PP-DURATION" in words and "Council Decision 640" in "\n".join(words)


def test_nothing_in_a_title_is_markup():
    pages = meeting_list(
        [meeting("X", "2027-03-01", title="<b>Bold</b> & <i>co</i>")],
        None,
        SHEET,
        approximate_measure,
    )
    assert any("<b>Bold</b> & <i>co</i>" in t for t in texts(pages))


def test_wrapping_breaks_words_and_scripts_without_spaces():
    assert wrap_lines("alpha beta gamma", 11.0, 10, approximate_measure) == [
        "alpha",
        "beta",
        "gamma",
    ]
    chinese = wrap_lines("国际电信联盟全权代表大会" * 3, 20.0, 10, approximate_measure)
    assert len(chinese) > 1 and "".join(chinese) == "国际电信联盟全权代表大会" * 3


def test_the_year_planner_draws_each_meeting_and_notes_those_without_fixed_dates():
    ms = [
        meeting("WTDC-30", "2030-11-04", "2030-11-15", kind="wtdc"),
        meeting("RA-30", "2030-10-21", "2030-10-25", kind="ra", status=Status.TENTATIVE),
        meeting("WTSA-30", "2030-01-01", "2030-12-31", kind="wtsa", precision=Precision.YEAR),
    ]
    obs = [
        Observance(
            "diwali", "Diwali", dt.date(2030, 10, 26), dt.date(2030, 10, 26), True, "t", "India"
        )
    ]
    [page] = year_planner(ms, obs, 2030, SHEET)
    words = texts([page])
    assert "WTDC-30" in words and "RA-30" in words
    assert any(isinstance(i, Box) and i.mark == "hatch" for i in page.items)  # the tentative RA
    assert any("Dates not fixed: WTSA-30 (2030)" in t for t in words)
    assert any("Diwali (India) 26 Oct 2030" in t for t in words)
    assert (
        sum(
            1
            for t in words
            if t
            in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
        )
        == 12
    )


def test_a_crowded_month_says_how_many_it_could_not_draw():
    ms = [meeting(f"W-{i}", "2027-03-01", "2027-03-05", kind="workshop") for i in range(12)]
    words = texts(year_planner(ms, [], 2027, SHEET))
    assert any(t.endswith("more") and t.startswith("+") for t in words)


def test_the_cycle_chart_draws_decided_periods_behind_their_meetings():
    decided = DecidedPeriod(dt.date(2027, 10, 1), dt.date(2027, 12, 31), "Res. 77")
    ms = [
        meeting("WRC-27", "2027-10-11", "2027-11-12", kind="wrc", decided=decided),
        meeting("C27", "2027-06-15", "2027-06-25", kind="council"),
    ]
    [page] = cycle_chart(ms, dt.date(2026, 1, 1), dt.date(2030, 12, 31), SHEET)
    boxes = [i for i in page.items if isinstance(i, Box)]
    decided_at = next(n for n, b in enumerate(boxes) if b.fill == "#d1c4e9")
    bar_at = next(n for n, b in enumerate(boxes) if b.fill == "#e65100")
    assert decided_at < bar_at
    assert {"Conferences and assemblies", "Council and CWGs", "2026", "2030", "Q4"} <= set(
        texts([page])
    )


def test_a_timetable_continues_on_new_pages_under_a_repeated_header():
    ms = [meeting(f"R-{i:03d}", "2027-03-01", "2027-03-02") for i in range(120)]
    pages = timetable(ms, [], dt.date(2027, 1, 1), dt.date(2027, 3, 31), SHEET)
    assert len(pages) >= 3
    assert all(
        sum(1 for i in p.items if isinstance(i, Text) and i.text == "Dates / code / title") == 1
        for p in pages
    )


@pytest.mark.parametrize(
    ("layout", "kwargs", "expected"),
    [
        (Layout.YEAR, {"year": 2027}, (dt.date(2027, 1, 1), dt.date(2027, 12, 31))),
        (
            Layout.QUARTER,
            {"date_from": dt.date(2027, 11, 5)},
            (dt.date(2027, 10, 1), dt.date(2027, 12, 31)),
        ),
        (
            Layout.MONTH,
            {"date_from": dt.date(2028, 2, 10)},
            (dt.date(2028, 2, 1), dt.date(2028, 2, 29)),
        ),
        (Layout.CYCLE, {}, (dt.date(2026, 1, 1), dt.date(2030, 12, 31))),
        (Layout.QUARTER, {}, (dt.date(2026, 10, 1), dt.date(2026, 12, 31))),
    ],
)
def test_periods_default_to_what_a_planner_means(layout, kwargs, expected):
    pps = [meeting("PP-22", "2022-09-26", kind="pp"), meeting("PP-26", "2026-11-09", kind="pp")]
    assert period(PrintRequest(layout, **kwargs), pps, TODAY) == expected


def test_a_cycle_chart_of_more_than_six_years_is_refused():
    with pytest.raises(PrintError, match="at most 6 years"):
        period(
            PrintRequest(Layout.CYCLE, date_from=dt.date(2026, 1, 1), date_to=dt.date(2033, 1, 1)),
            [],
            TODAY,
        )


@pytest.mark.parametrize(
    ("paper", "landscape", "size"),
    [
        (Paper.A4, True, (297.0, 210.0)),
        (Paper.A3, False, (297.0, 420.0)),
        (Paper.LETTER, True, (279.4, 215.9)),
    ],
)
def test_paper_sizes(paper, landscape, size):
    assert Sheet(paper=paper, landscape=landscape).size == size
