"""The year planner and the meeting list of the bundled calendar printed to PDF in each of the
six languages: the words in the PDF's text, every character drawn in a font that has it, the
Chinese and Arabic fonts embedded (issue 17)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from scheduler_app import i18n
from scheduler_app.printing.job import Layout, PrintRequest, build_pages
from scheduler_app.printing.page import Text
from scheduler_app.printing.render import measure, pdf_bytes
from scheduler_app.printing.scripts import Script, families, script_of

TODAY = dt.date(2026, 11, 22)
INVISIBLE = {"\n", "\u2068", "\u2069"}  # line breaks and the isolates of i18n.isolate
# what pdftotext must find: the year planner's title, January, December; the list's columns
EXPECTED = {
    "ar": ("المخطط السنوي", "يناير", "ديسمبر", "التواريخ", "الرمز", "الصفحة"),
    "zh": ("年度计划", "1月", "12月", "日期", "代号", "第1页"),
    "en": ("year planner", "Jan", "Dec", "Dates", "Code", "page 1 of"),
    "fr": ("planning annuel", "janv.", "déc.", "Dates", "Titre", "page 1 sur"),
    "ru": ("годовой план", "янв.", "дек.", "Даты", "Название", "стр. 1 из"),
    "es": ("planificador anual", "ene", "dic", "Fechas", "Título", "página 1 de"),
}
ENGLISH = ("Year planner", "Meeting list", "Title", "Venue", "Status", "Generated", "weekend")


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return found


def printed(db, lang: str, layout: Layout, folder: Path):
    with i18n.using_language(lang):
        pages, _sheet = build_pages(db, PrintRequest(layout, year=2026), measure, TODAY)
        data = pdf_bytes(pages)
    path = folder / f"{layout}_{lang}.pdf"
    path.write_bytes(data)
    return pages, path


BIDI_MARKS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def text_of(path: Path) -> str:
    """The PDF's text as pdftotext reads it, its ligatures ("ﬁ") and Arabic presentation
    forms folded back to letters and its direction marks left out."""
    out = subprocess.run(
        [poppler("pdftotext"), "-layout", str(path), "-"], check=True, capture_output=True
    )
    return unicodedata.normalize("NFKC", out.stdout.decode()).translate(BIDI_MARKS)


def fonts_of(path: Path) -> str:
    out = subprocess.run([poppler("pdffonts"), str(path)], check=True, capture_output=True)
    return out.stdout.decode()


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_year_planner_and_the_list_print_in_the_language(qapp, reference_db, tmp_path, lang):
    _year, year_pdf = printed(reference_db, lang, Layout.YEAR, tmp_path)
    _list, list_pdf = printed(reference_db, lang, Layout.LIST, tmp_path)
    year, listed = text_of(year_pdf), text_of(list_pdf)
    title, january, december, dates, second, folio = EXPECTED[lang]
    assert title in year and january in year and december in year
    assert dates in listed and second in listed and folio in listed
    if lang != "en":
        left = [w for w in ENGLISH if w in year or w in listed]
        assert left == []


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_character_drawn_is_in_the_font_chosen_for_it(qapp, reference_db, tmp_path, lang):
    metrics: dict[str, QFontMetricsF] = {}
    missing = set()
    for layout in (Layout.YEAR, Layout.LIST):
        pages, _path = printed(reference_db, lang, layout, tmp_path)
        for item in (i for p in pages for i in p.items if isinstance(i, Text)):
            chosen = families(script_of(item.text))
            for char in set(item.text) - INVISIBLE:
                if char.isspace():
                    continue
                for family in chosen:
                    if family not in metrics:
                        metrics[family] = QFontMetricsF(QFont(family))
                    if metrics[family].inFontUcs4(ord(char)):
                        break
                else:
                    missing.add((char, chosen))
    assert missing == set()


@pytest.mark.parametrize(("lang", "font"), [("zh", "WenQuanYiMicroHei"), ("ar", "NotoSansArabic")])
def test_chinese_and_arabic_pages_embed_their_script_font(qapp, reference_db, tmp_path, lang, font):
    script = Script.CJK if lang == "zh" else Script.ARABIC
    if font[:8] not in families(script)[0].replace(" ", ""):
        pytest.skip(f"the {script} font is not installed")
    for layout in (Layout.YEAR, Layout.LIST):
        _pages, path = printed(reference_db, lang, layout, tmp_path)
        fonts = fonts_of(path)
        assert font in fonts
        assert "Type 3" not in fonts  # no bitmap fallback (Qt's box for a missing glyph)


def test_an_arabic_page_draws_its_heading_at_the_right_and_its_period_at_the_left(
    qapp, reference_db, tmp_path
):
    _pages, path = printed(reference_db, "ar", Layout.YEAR, tmp_path)
    lines = [line for line in text_of(path).splitlines() if line.strip()]
    # pdftotext -layout keeps where things are: the year (the period) at the left margin, the
    # title against the right one
    [year] = [line for line in lines[:3] if line.strip() == "2026"]
    [title] = [line for line in lines[:3] if "المخطط السنوي" in line]
    assert len(year) - len(year.lstrip()) < 5 < 40 < len(title) - len(title.lstrip())
