"""Printed pages in the six languages, laid out without Qt: every word in the language, the
printing catalogue complete, an Arabic page mirrored with time running right to left."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scheduler_app import i18n
from scheduler_app.domain.deadlines import deadlines_for
from scheduler_app.printing.deadline_words import TITLES, deadline_rule, deadline_title
from scheduler_app.printing.job import Layout, PrintRequest, build_pages
from scheduler_app.printing.page import Page, Text, approximate_measure

OTHERS = [lang for lang in i18n.LANGUAGES if lang != "en"]
PLACEHOLDER = re.compile(r"\{\w+\}")
SOURCES = sorted(Path(__file__).parents[2].joinpath("scheduler_app", "printing").glob("*.py"))
TODAY = dt.date(2026, 11, 22)


def catalogue(lang: str) -> Path:
    return i18n.translations_dir() / f"printing_{lang}.ts"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    return [
        (context.findtext("name") or "", m.findtext("source") or "", m)
        for context in ET.parse(path).getroot().iter("context")
        for m in context.iter("message")
    ]


def words(pages: list[Page]) -> list[str]:
    return [t.text for p in pages for t in p.items if isinstance(t, Text)]


def pages_of(db, layout: Layout, lang: str, **kw) -> list[Page]:
    with i18n.using_language(lang):
        return build_pages(db, PrintRequest(layout, **kw), approximate_measure, TODAY)[0]


@pytest.mark.parametrize("lang", OTHERS)
def test_every_printing_message_is_translated_with_its_placeholders(lang):
    found = messages(catalogue(lang))
    assert len(found) > 120
    for context, source, m in found:
        node = m.find("translation")
        assert node is not None and not node.get("type") and node.text, (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(node.text))


def test_lupdate_finds_no_printing_message_missing_from_the_catalogue(tmp_path):
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    lupdate = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "printing_fr.ts"
    subprocess.run(
        [lupdate, "-locations", "none", *map(str, SOURCES), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(c, s) for c, s, _m in messages(fresh)}
    have = {(c, s) for c, s, _m in messages(catalogue("fr"))}
    assert wanted - have == set()
    assert have - wanted == set()  # nothing obsolete left either


def test_every_deadline_of_the_bundled_calendar_is_named_in_the_catalogue(reference_db):
    everything = deadlines_for(reference_db.meetings())
    titles = {d.title for d in everything}
    unknown = {t for t in titles if t not in TITLES and not t.startswith("ITU-D timetable of ")}
    assert unknown == set()
    with i18n.using_language("fr"):
        for d in everything:
            assert deadline_title(d) != d.title or d.title.startswith("ITU-D timetable")
            assert deadline_rule(d) != d.rule, d.rule


HEADINGS = {  # the year planner's title, its first month and the list's date column
    "ar": ("المخطط السنوي", "يناير", "التواريخ"),
    "zh": ("年度计划", "1月", "日期"),
    "fr": ("planning annuel", "janv.", "Dates"),
    "ru": ("годовой план", "янв.", "Даты"),
    "es": ("planificador anual", "ene", "Fechas"),
}


@pytest.mark.parametrize("lang", OTHERS)
def test_the_year_planner_and_the_list_are_in_the_language(reference_db, lang):
    title, january, dates = HEADINGS[lang]
    year = words(pages_of(reference_db, Layout.YEAR, lang, year=2026))
    listed = words(pages_of(reference_db, Layout.LIST, lang, year=2026))
    assert any(title in w.lower() or title in w for w in year), year[:3]
    assert january in year
    assert dates in listed
    with i18n.using_language(lang):  # "Dates" and "Code" are French words too
        english = {"Dates", "Code", "Title", "weekend", "Severity", "Status"}
        english = {w for w in english if i18n.translate("Printing", w) != w}
    assert english and english.isdisjoint(year + listed)
    assert "Jan" not in year and "Year planner" not in year
    assert not any(w.startswith(("page 1 of", "Generated ", "ITU meetings")) for w in year + listed)


def test_english_pages_are_unchanged(reference_db):
    year = words(pages_of(reference_db, Layout.YEAR, "en", year=2026))
    assert "ITU meetings: year planner" in year and "Jan" in year and "page 1 of 1" in year


def test_the_month_grid_starts_its_weeks_on_the_languages_first_day(reference_db):
    [fr] = pages_of(reference_db, Layout.GRID, "fr", date_from=dt.date(2026, 11, 1))
    [ar] = pages_of(reference_db, Layout.GRID, "ar", date_from=dt.date(2026, 11, 1))
    assert fr.strips[0].first.weekday() == 0  # Monday 26 October
    assert ar.strips[0].first == dt.date(2026, 10, 31)  # Saturday


def test_an_arabic_year_planner_is_mirrored_with_time_running_right_to_left(reference_db):
    [en] = pages_of(reference_db, Layout.YEAR, "en", year=2026)
    [ar] = pages_of(reference_db, Layout.YEAR, "ar", year=2026)
    assert ar.rtl and not en.rtl
    january = next(s for s in ar.strips if s.first == dt.date(2026, 1, 1))
    # the first day of January at the right end of its row, the 31st at the left
    assert ar.date_at(january.x + january.w - 0.5, january.y + 1) == dt.date(2026, 1, 1)
    assert ar.date_at(january.x + 0.5, january.y + 1) == dt.date(2026, 1, 31)
    with i18n.using_language("ar"):
        name = i18n.month_name(1, "abbreviated")
    [label] = [t for t in ar.items if isinstance(t, Text) and t.text == name]
    assert label.x > january.x + january.w - 1 and label.align == "right"  # the row's head
    day_one = next(t for t in ar.items if isinstance(t, Text) and t.text == "1")
    day_31 = next(t for t in ar.items if isinstance(t, Text) and t.text == "31")
    assert day_one.x > day_31.x  # the day header counts from the right


def test_an_arabic_list_has_its_first_column_at_the_right(reference_db):
    [ar, *_] = pages_of(reference_db, Layout.LIST, "ar", year=2026)
    dates = next(t for t in ar.items if isinstance(t, Text) and t.text == "التواريخ")
    source = next(t for t in ar.items if isinstance(t, Text) and t.text == "المصدر")
    header = [t for t in ar.items if isinstance(t, Text) and t.y == dates.y and t.bold]
    assert len(header) == 7 and dates.align == "right"
    assert max(t.x for t in header) == dates.x  # the first column at the right
    assert min(t.x for t in header) == source.x  # the last at the left


def test_a_bars_tip_counts_its_days_in_the_languages_plural():
    from scheduler_app.printing.chart_marks import meeting_tip
    from tests.helpers import meeting

    five = meeting("C27", "2027-05-03", "2027-05-07")
    assert "(5 days)" in meeting_tip(five)
    with i18n.using_language("ar"):
        assert "(5 أيام)" in meeting_tip(five)  # not the singular "5 يوم"
    with i18n.using_language("ru"):
        assert "(5 дней)" in meeting_tip(five)
