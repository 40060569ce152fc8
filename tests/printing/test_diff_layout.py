"""The diff annex (``print --layout diff``), laid out without Qt (text widths estimated)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scheduler_app.domain import Meeting
from scheduler_app.printing.diff_layout import diff_annex
from scheduler_app.printing.job import Layout, PrintError, PrintRequest, build_pages
from scheduler_app.printing.page import Page, Paper, Sheet, Text, approximate_measure
from scheduler_app.printing.table import Placed
from scheduler_app.rules import Finding, Severity
from scheduler_app.services.diff import CalendarDiff, Moved
from scheduler_app.services.planner import open_database
from tests.helpers import meeting

PRINTED = dt.date(2026, 12, 2)
SHEET = Sheet(Paper.A4, landscape=False, title="ITU meetings: diff", generated=PRINTED)


def texts(pages: list[Page]) -> list[str]:
    return [i.text for p in pages for i in p.items if isinstance(i, Text)]


def flat(pages: list[Page]) -> str:
    """All the words of the pages, wrapped lines joined again."""
    return " ".join(t.replace("\n", " ") for t in texts(pages))


def moved(before: Meeting, after: Meeting) -> Moved:
    return Moved(before, after, before.span, after.span)


def finding(rule: str, severity: Severity, message: str, citation: str) -> Finding:
    return Finding(rule, severity, message, ("x",), ("RA-27",), citation)


RA_BEFORE = meeting("RA-27", "2027-10-11", "2027-11-12", kind="ra", title="Radio Assembly")
RA_AFTER = meeting("RA-27", "2027-10-04", "2027-10-08", kind="ra", title="Radio Assembly")


def test_every_section_is_there_and_an_empty_one_says_none() -> None:
    change = CalendarDiff("plan.sqlite", "draft.csv", added=[meeting("TDAG-27", "2027-05-03")])
    pages = diff_annex(change, SHEET, approximate_measure, PRINTED)
    words = texts(pages)
    headings = [t for t in words if t.startswith(("Added", "Removed", "Moved", "Findings"))]
    assert headings == ["Added (1)", "Removed", "Moved", "Findings gained", "Findings lost"]
    assert words.count("none") == 4
    assert "TDAG-27" in words and "3 May 2027" in words


def test_the_title_block_names_both_calendars_and_the_day_printed() -> None:
    change = CalendarDiff("plan.sqlite", "draft.csv", moved=[moved(RA_BEFORE, RA_AFTER)])
    words = texts(diff_annex(change, SHEET, approximate_measure, PRINTED))
    assert words[:2] == ["Before", "plan.sqlite"] and words[2:4] == ["After", "draft.csv"]
    assert "2 December 2026" in words
    assert "0 added, 0 removed, 1 moved; findings: 0 gained, 0 lost." in words


def test_a_moved_meeting_shows_its_old_and_new_dates_as_planners_write_them() -> None:
    wrc_before = meeting("WRC-27", "2027-10-11", "2027-11-12", kind="wrc")
    wrc_after = meeting("WRC-27", "2027-10-25", "2027-11-26", kind="wrc")
    change = CalendarDiff(
        "a", "b", moved=[moved(wrc_before, wrc_after), moved(RA_BEFORE, RA_AFTER)]
    )
    text = flat(diff_annex(change, SHEET, approximate_measure, PRINTED))
    # by new date: RA-27 (4 October) before WRC-27 (25 October)
    assert text.index("RA-27") < text.index("WRC-27")
    assert "11 Oct-12 Nov 2027 4-8 Oct 2027 7 days earlier, 28 days shorter" in text
    assert "11 Oct-12 Nov 2027 25 Oct-26 Nov 2027 2 weeks later" in text


def test_a_template_row_moves_from_its_period_to_its_dates() -> None:
    placed = meeting("SG1-A", "2027-06-07", "2027-06-11")
    change = CalendarDiff("template.csv", "plan.csv")
    change.moved.append(Moved(placed, placed, "5 days within 2027-Q2", placed.span))
    text = flat(diff_annex(change, SHEET, approximate_measure, PRINTED))
    assert "5 days within 2027-Q2 7-11 Jun 2027" in text


def test_a_long_title_wraps_over_lines_and_is_never_cut() -> None:
    title = " ".join(["Council Working Group on the financial and human resources"] * 6)
    change = CalendarDiff("a", "b", removed=[meeting("CWG-FHR", "2027-02-01", title=title)])
    pages = diff_annex(change, SHEET, approximate_measure, PRINTED)
    [cell] = [i for i in pages[0].items if isinstance(i, Text) and i.text.startswith("Council W")]
    assert cell.wrap and not cell.elide and cell.text.count("\n") >= 3
    assert cell.text.replace("\n", " ") == title


def test_findings_gained_and_lost_carry_rule_severity_message_and_citation() -> None:
    warning = finding(
        "R77-GAP", Severity.WARNING, "RA-27 opens 10 days after WRC-27", "PP Res. 77, resolves 7"
    )
    error = finding("CS91-RA", Severity.ERROR, "RA-27 ends after WRC-27", "Constitution No. 91")
    info = finding("HOLIDAY-VENUE", Severity.INFO, "RA-27 on a holiday", "Planning aid")
    change = CalendarDiff("a", "b", gained=[warning, error], lost=[info])
    words = texts(diff_annex(change, SHEET, approximate_measure, PRINTED))
    assert "Findings gained (2)" in words and "Findings lost (1)" in words
    # errors first, in bold
    assert words.index("CS91-RA") < words.index("R77-GAP") < words.index("HOLIDAY-VENUE")
    for f in (warning, error, info):
        assert {f.severity.value, f.rule_id, f.message, f.citation} <= set(words)


def test_a_long_section_breaks_across_pages_repeating_its_table_header() -> None:
    added = [meeting(f"RG-{i:03d}", f"2028-{1 + i % 12:02d}-{1 + i % 27:02d}") for i in range(150)]
    change = CalendarDiff("a", "b", added=added)
    placed: dict[str, list[Placed]] = {}
    pages = diff_annex(change, SHEET, approximate_measure, PRINTED, placed)
    assert len(pages) >= 3 and len(placed["Added"]) == 150
    for row in placed["Added"]:
        assert SHEET.body_top <= row.top < row.bottom <= SHEET.body_bottom
    for page in pages:
        header = [i for i in page.items if isinstance(i, Text) and i.text == "Code" and i.bold]
        assert len(header) == 1
    numbers = [t for t in texts(pages) if t.startswith("page ")]
    assert numbers == [f"page {n} of {len(pages)}" for n in range(1, len(pages) + 1)]


@pytest.mark.parametrize("count", range(20, 60))
def test_a_heading_is_never_left_at_the_foot_of_a_page_without_its_first_row(count: int) -> None:
    added = [meeting(f"RG-{i:03d}", "2028-03-01") for i in range(count)]
    change = CalendarDiff("a", "b", added=added, moved=[moved(RA_BEFORE, RA_AFTER)])
    placed: dict[str, list[Placed]] = {}
    pages = diff_annex(change, SHEET, approximate_measure, PRINTED, placed)
    [heading_page] = [
        n
        for n, p in enumerate(pages)
        for i in p.items
        if isinstance(i, Text) and i.text == "Moved (1)"
    ]
    assert placed["Moved"][0].page == heading_page


def test_build_pages_names_the_calendars_by_file_name_never_by_folder(tmp_path: Path) -> None:
    folder = tmp_path / "council-2027"
    folder.mkdir()
    other = folder / "draft.csv"
    other.write_text(
        "code,title,kind,sector,body,parent,start,end,city,country\n"
        "C27,Council 2027,council,GS,Council,PP,2027-03-01,2027-03-11,Geneva,CH\n"
    )
    with open_database(tmp_path / "plan.sqlite", with_calendar=True) as db:
        request = PrintRequest(Layout.DIFF, against=other)
        pages, sheet = build_pages(db, request, approximate_measure, PRINTED)
        with pytest.raises(PrintError):
            build_pages(db, PrintRequest(Layout.DIFF), approximate_measure, PRINTED)
    words = texts(pages)
    assert not sheet.landscape  # an annex to a document: portrait
    assert words[1] == "plan.sqlite" and words[3] == "draft.csv"
    assert not any(str(tmp_path) in t for t in words)
    assert "C27" in words and "WRC-27" in flat(pages)  # added, and removed from the calendar
