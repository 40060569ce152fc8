"""The calendar views' catalogue (``resources/translations/calendar_<lang>.ts``): every message
translated with the placeholders of its source, and nothing the views' code asks for missing.

Made and refreshed with (then each new message translated)::

    for lang in ar zh fr ru es; do .venv/bin/pyside6-lupdate -locations none -no-obsolete \\
        <SOURCES below> -source-language en -target-language $lang \\
        -ts resources/translations/calendar_$lang.ts; done
"""

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
from scheduler_app.domain.legend import LANES
from scheduler_app.screen import words

OTHERS = [lang for lang in i18n.LANGUAGES if lang != "en"]
ROOT = Path(__file__).resolve().parents[2]
UI = [
    "calendar_canvas",
    "canvas_view",
    "canvas_paint",
    "canvas_hits",
    "canvas_drag",
    "canvas_more",
    "canvas_zoom",
    "calendar_pane",
    "calendar_data",
    "calendar_docks",
    "calendar_drag",
    "calendar_zoom",
    "calendar_palette",
    "view_layouts",
    "visible_meetings",
    "month_navigator",
    "qt_metrics",
]
SOURCES = sorted(
    [
        *(ROOT / "scheduler_app" / "screen").glob("*.py"),
        *(ROOT / "scheduler_app" / "ui" / f"{name}.py" for name in UI),
    ]
)
FIELD = re.compile(r"\{[a-z_]+\}|%\d")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", m.findtext("source") or ""): m
        for context in root.iter("context")
        for m in context.iter("message")
    }


@pytest.mark.parametrize("lang", OTHERS)
def test_every_calendar_message_is_translated_with_its_placeholders(lang):
    found = messages(i18n.translations_dir() / f"calendar_{lang}.ts")
    assert len(found) > 30
    for (context, source), m in found.items():
        node = m.find("translation")
        assert node is not None and node.get("type") is None, (context, source)
        text = node.text or ""
        assert text.strip(), (context, source)
        assert sorted(FIELD.findall(text)) == sorted(FIELD.findall(source)), (source, text)


@pytest.mark.parametrize("lang", OTHERS)
def test_the_translations_are_found_by_the_headless_lookup(lang):
    with i18n.using_language(lang):
        assert words.more(3) != "+3 more"
        assert "Week of" not in words.week_of(dt.date(2027, 3, 1))
        assert words.lane_title("ITU-T groups") != "ITU-T groups"


def test_the_lane_titles_given_to_the_translators_are_the_timelines():
    assert list(words.LANE_TITLES) == [lane.title for lane in LANES]


def lupdate() -> str:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        pytest.skip("pyside6-lupdate is not installed")
    return found


def test_lupdate_finds_no_calendar_message_missing_from_the_catalogue(tmp_path):
    out = tmp_path / "calendar_fr.ts"
    subprocess.run(
        [lupdate(), "-locations", "none", "-no-obsolete", *map(str, SOURCES),
         "-source-language", "en", "-target-language", "fr", "-ts", str(out)],
        check=True, capture_output=True,
    )  # fmt: skip
    wanted = set(messages(out))
    assert len(wanted) > 30
    for lang in OTHERS:
        have = set(messages(i18n.translations_dir() / f"calendar_{lang}.ts"))
        assert wanted - have == set(), lang
        assert have - wanted == set(), f"{lang}: messages no code asks for"
