"""The headless services' catalogue (``resources/translations/messages_<lang>.ts``): what the
editing, the database file, the CSV reader, the shared calendar's client and the planner say to
the window and the command line. Every message translated with its source's placeholders, and
nothing their code asks for missing.

Made and refreshed with (then each new message translated)::

    for lang in ar zh fr ru es; do .venv/bin/pyside6-lupdate -locations none -no-obsolete \\
        <SOURCES below> -source-language en -target-language $lang \\
        -ts resources/translations/messages_$lang.ts; done
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scheduler_app import i18n
from scheduler_app.domain import Precision
from scheduler_app.services import editing
from tests.helpers import meeting

OTHERS = [lang for lang in i18n.LANGUAGES if lang != "en"]
ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    ROOT / "scheduler_app" / path
    for path in (
        "services/editing.py",
        "services/edit_words.py",
        "storage/connection.py",
        "interop/csvfile.py",
        "interop/csv_fields.py",
        "services/sync/client.py",
        "services/sync/run.py",
        "services/sync/resources.py",
        "services/planning/encode.py",
        "services/planning/explain.py",
        "services/planning/solve.py",
        "services/planning/output.py",
        "services/planning/template.py",
        "domain/errors.py",
        "domain/meeting.py",
        "domain/dates.py",
        "domain/kinds.py",
        "domain/bodies.py",
        "domain/observance.py",
        "services/settings_edits.py",
        "services/time_moves.py",
        "services/checking.py",
        "interop/ics_events.py",
        "interop/ics_event_end.py",
        "interop/ics_import.py",
        "interop/ics_parse.py",
        "interop/ics_recurrence.py",
        "interop/ics_rrule.py",
        "interop/ics_zones.py",
        "interop/vtimezone.py",
    )
]
FIELD = re.compile(r"\{[a-z_]+\}")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", m.findtext("source") or ""): m
        for context in root.iter("context")
        for m in context.iter("message")
    }


@pytest.mark.parametrize("lang", OTHERS)
def test_every_message_is_translated_with_its_placeholders(lang):
    found = messages(i18n.translations_dir() / f"messages_{lang}.ts")
    assert len(found) > 100
    for (context, source), m in found.items():
        node = m.find("translation")
        assert node is not None and node.get("type") is None, (context, source)
        text = node.text or ""
        assert text.strip() and text != source, (lang, source)
        # a count's plural forms repeat {n}: the same names, each at least once
        assert set(FIELD.findall(text)) == set(FIELD.findall(source)), (source, text)


@pytest.mark.parametrize("lang", OTHERS)
def test_the_translations_are_found_by_the_headless_lookup(lang):
    codes = [meeting(f"M-{i}", "2030-01-06") for i in range(5)]
    with i18n.using_language(lang):
        assert "meetings" not in editing.names(codes)
        assert "5" in editing.names(codes)
        year = meeting("Y-1", "2030-01-01", "2030-12-31", precision=Precision.YEAR)
        assert "known only" not in (editing.not_movable_by_days(year) or "")


def test_russian_and_arabic_counts_take_the_plural_form_of_the_number():
    many = [meeting(f"M-{i}", "2030-01-06") for i in range(5)]
    with i18n.using_language("ru"):
        assert editing.names(many) == "5 собраний"
        assert editing.names(many[:3] + many[:0], most=2) == "3 собрания"
    with i18n.using_language("ar"):
        assert "اجتماعات" in editing.names(many[:3], most=2)


def lupdate() -> str:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        pytest.skip("pyside6-lupdate is not installed")
    return found


def test_lupdate_finds_no_message_missing_from_the_catalogue(tmp_path):
    out = tmp_path / "messages_fr.ts"
    subprocess.run(
        [lupdate(), "-locations", "none", "-no-obsolete", *map(str, SOURCES),
         "-source-language", "en", "-target-language", "fr", "-ts", str(out)],
        check=True, capture_output=True,
    )  # fmt: skip
    wanted = set(messages(out))
    assert len(wanted) > 100
    for lang in OTHERS:
        have = set(messages(i18n.translations_dir() / f"messages_{lang}.ts"))
        assert wanted - have == set(), lang
        assert have - wanted == set(), f"{lang}: messages no code asks for"
