"""Real PDFs through Qt, read back with poppler (pdfinfo, pdftotext, pdffonts, pdftoppm)."""

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from scheduler_app.cli import main
from scheduler_app.domain import MeetingKind
from scheduler_app.printing.job import Layout, PrintRequest
from scheduler_app.printing.page import Paper
from scheduler_app.printing.render import print_pdf
from scheduler_app.ui.main_window import MainWindow
from tests.helpers import meeting

TODAY = dt.date(2026, 11, 22)


def poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install poppler-utils ({tool})")
        pytest.skip(f"{tool} is not installed here (CI installs poppler-utils)")
    return path


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(
        [poppler("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def text(pdf: Path, *args: str) -> str:
    return subprocess.run(
        [poppler("pdftotext"), *args, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def make(db, layout: Layout, tmp_path: Path, **kw) -> tuple[Path, int]:
    pdf = tmp_path / f"{layout.value}.pdf"
    pages = print_pdf(db, PrintRequest(layout, **kw), pdf, TODAY)
    return pdf, pages


@pytest.mark.parametrize(
    ("layout", "kw", "codes"),
    [
        (Layout.YEAR, {"year": 2026}, ["C26", "PP-26", "CWG-2026-01"]),
        (Layout.CYCLE, {"year": 2026}, ["PP-26", "RA-27", "WRC-27"]),
        (Layout.QUARTER, {"date_from": dt.date(2025, 10, 1)}, ["WTDC-25", "IRIS-WRC27-1"]),
        (
            Layout.MONTH,
            {"date_from": dt.date(2025, 4, 1)},
            ["RPM-AMS-25", "RPM-AFR-25", "RPM-CIS-25"],
        ),
        (Layout.GRID, {"date_from": dt.date(2026, 11, 1)}, ["PP-26", "C26-LAST", "Gurpurab"]),
        (Layout.LIST, {"year": 2022}, ["WTSA-20", "C22", "WTDC-22", "PP-22"]),
        (Layout.DEADLINES, {"year": 2025}, ["WTDC-25", "C25"]),
    ],
)
def test_every_layout_of_the_bundled_calendar_prints(
    qapp, reference_db, tmp_path, layout, kw, codes
):
    pdf, pages = make(reference_db, layout, tmp_path, **kw)
    meta = info(pdf)
    assert int(meta["Pages"]) == pages >= 1
    words = text(pdf, "-raw")
    for code in codes:
        assert code in words, code
    assert f"page 1 of {pages}" in words and "Generated 22 Nov 2026 by ITU Meeting Planner" in words
    assert "ITU meetings:" in words
    landscape = layout is not Layout.DEADLINES
    width, height = (float(v) for v in re.findall(r"[\d.]+", meta["Page size"])[:2])
    assert (round(width), round(height)) == ((842, 595) if landscape else (595, 842))


def test_the_list_has_its_compliance_annex(qapp, reference_db, tmp_path):
    pdf, _ = make(reference_db, Layout.LIST, tmp_path, year=2022)
    words = " ".join(text(pdf, "-raw").split())  # cells wrap over lines
    assert "Compliance annex" in words
    assert "R77-SAME-YEAR" in words and "R77-LAST-QUARTER" in words
    assert "PP-22 Final Acts, Resolution 77 (Rev. Bucharest, 2022), resolves 1" in words


def test_a_multi_page_list_never_splits_a_row_and_repeats_its_header(qapp, empty_db, tmp_path):
    empty_db.save_meetings(
        [
            meeting(
                f"LONG-{i:03d}",
                f"2027-{1 + i % 12:02d}-{1 + i % 27:02d}",
                title="Regional workshop on spectrum management and digital inclusion "
                * (1 + i % 3),
            )
            for i in range(150)
        ]
    )
    pdf, pages = make(empty_db, Layout.LIST, tmp_path, year=2027, annex=False)
    assert pages > 3
    for number in range(1, pages + 1):
        page = text(pdf, "-raw", "-f", str(number), "-l", str(number))
        assert page.count("Dates") >= 1 and f"page {number} of {pages}" in page
    words = text(pdf, "-raw")
    assert all(words.count(f"LONG-{i:03d}") == 1 for i in range(150))


def test_paper_and_orientation_are_honoured(qapp, reference_db, tmp_path):
    pdf, _ = make(reference_db, Layout.YEAR, tmp_path, year=2026, paper=Paper.A3, landscape=False)
    assert "A3" in info(pdf)["Page size"]
    pdf, _ = make(
        reference_db, Layout.YEAR, tmp_path, year=2026, paper=Paper.LETTER, landscape=True
    )
    width, height = (float(v) for v in re.findall(r"[\d.]+", info(pdf)["Page size"])[:2])
    assert (round(width), round(height)) == (792, 612)


def test_titles_in_arabic_chinese_russian_and_french_print(qapp, empty_db, tmp_path):
    titles = [
        "مؤتمر المندوبين المفوضين",
        "国际电信联盟理事会",
        "Всемирная ассамблея",
        "Réunion préparatoire régionale",
    ]
    empty_db.save_meetings([meeting(f"L-{i}", "2027-03-01", title=t) for i, t in enumerate(titles)])
    pdf, _ = make(empty_db, Layout.LIST, tmp_path, year=2027, annex=False)
    words = text(pdf)
    for t in titles[1:]:
        assert t in words, t
    # Arabic comes back from pdftotext as shaped presentation forms, one glyph at a time.
    assert sum(1 for c in words if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff") >= 10
    fonts = subprocess.run(
        [poppler("pdffonts"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "DejaVu" in fonts and re.search(r"WenQuanYi|wqy|Micro", fonts, re.IGNORECASE)


def test_pages_render_to_images(qapp, reference_db, tmp_path):
    pdf, _ = make(reference_db, Layout.YEAR, tmp_path, year=2026)
    subprocess.run(
        [poppler("pdftoppm"), "-r", "40", "-png", str(pdf), str(tmp_path / "p")], check=True
    )
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "p-1.png"))
    assert image.width() > image.height() > 100
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)
    }
    assert len(colours) > 10


def test_the_print_command(capsys, qapp, tmp_path):
    db = str(tmp_path / "ref.sqlite")
    main(["init", "--db", db])
    capsys.readouterr()
    out = tmp_path / "pp.pdf"
    assert (
        main(
            ["print", "--layout", "list", "-o", str(out), "--db", db, "--kind", "pp", "--no-annex"]
        )
        == 0
    )
    assert "wrote 1 page" in capsys.readouterr().out
    words = text(out, "-raw")
    assert "Filter: kind pp" in words and "PP-18" in words and "WTDC-25" not in words
    assert (
        main(
            [
                "print",
                "--layout",
                "cycle",
                "-o",
                str(out),
                "--db",
                db,
                "--from",
                "2020-01-01",
                "--to",
                "2030-01-01",
                "--force",
            ]
        )
        == 2
    )
    assert "at most 6 years" in capsys.readouterr().err
    assert main(["print", "--layout", "year", "-o", str(tmp_path / "x.png"), "--db", db]) == 2
    assert (
        main(
            [
                "print",
                "--layout",
                "deadlines",
                "-o",
                str(out),
                "--db",
                db,
                "--meeting",
                "WTDC-25",
                "--force",
            ]
        )
        == 0
    )
    assert "wtdc" not in text(out, "-raw").lower() or "WTDC contributions" in text(out, "-raw")


def test_the_window_exports_what_its_filter_shows(qtbot, reference_db, tmp_path):
    window = MainWindow(reference_db)
    qtbot.addWidget(window)
    window.filter_panel.kind_box.setCurrentIndex(
        window.filter_panel.kind_box.findData(MeetingKind.PP.value)
    )
    pdf = tmp_path / "window.pdf"
    pages = window.export_pdf(
        PrintRequest(Layout.LIST, annex=False, filter_text=window.filter_text()), pdf
    )
    words = text(pdf, "-raw")
    assert pages == 1 and "PP-26" in words and "C26" not in words and "Filter: kind" in words


def test_painting_does_not_leak_references_to_none(qapp):
    """PySide6 6.12.0 took a reference to None from every void call (setPen, drawRect...), so a
    long list aborted Python 3.11 with "deallocating None". The pin in pyproject.toml keeps it
    out; this fails if a release with the bug comes back."""
    import sys

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    image = QImage(50, 50, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pen = QPen(QColor("#000000"), 1.0)
    before = sys.getrefcount(None)
    for _ in range(200):
        painter.setPen(pen)
        painter.drawRect(QRectF(1, 1, 5, 5))
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 5


def test_the_print_options_dialog_builds_the_request(qtbot):
    from scheduler_app.ui.print_dialog import PrintOptionsDialog

    dialog = PrintOptionsDialog(TODAY, "Print")
    qtbot.addWidget(dialog)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData(Layout.MONTH.value))
    assert dialog.start.isEnabled() and not dialog.year.isEnabled()
    dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
    request = dialog.request("kind PP")
    assert (request.layout, request.paper, request.year) == (Layout.MONTH, Paper.A3, None)
    assert request.date_from == dt.date(2026, 11, 1) and request.filter_text == "kind PP"
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData(Layout.YEAR.value))
    assert dialog.request("").year == 2026
