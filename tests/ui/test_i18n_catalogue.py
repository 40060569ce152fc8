"""The translation files: every message translated, placeholders and accelerators kept, the
.qm files rebuilt from the .ts sources; the vocabulary's names equal to the domain's labels."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scheduler_app.domain import MeetingKind, Sector, Status
from scheduler_app.domain.kinds import KIND_LABELS, KIND_SHORT_LABELS, Mode
from scheduler_app.ui import i18n, vocabulary

OTHERS = [lang for lang in i18n.LANGUAGES if lang != "en"]
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(lang: str) -> list[ET.Element]:
    path = i18n.translations_dir() / f"scheduler_app_{lang}.ts"
    return list(ET.parse(path).getroot().iter("message"))


def translations(message: ET.Element) -> list[str]:
    """The translation of ``message``, or each of its plural forms ("%n meetings" has three in
    Russian, six in Arabic)."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def lrelease() -> str:
    """Qt's compiler of .ts files, beside this Python's PySide6 or on the PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        pytest.skip("pyside6-lrelease is not installed")
    return found


def test_every_language_but_english_has_a_catalogue():
    folder = i18n.translations_dir()
    # the window's catalogues; the headless areas' (cli_<lang>.ts...) need no .qm
    assert sorted(p.stem for p in folder.glob("scheduler_app_*.ts")) == sorted(
        f"scheduler_app_{lang}" for lang in OTHERS
    )
    assert {p.stem for p in folder.glob("*.qm")} == {
        p.stem for p in folder.glob("scheduler_app_*.ts")
    }


@pytest.mark.parametrize("lang", OTHERS)
def test_every_message_is_translated(lang):
    found = messages(lang)
    assert len(found) > 600
    unfinished = []
    for m in found:
        translation = m.find("translation")
        if translation is None or translation.get("type") or not all(translations(m)):
            unfinished.append(m.findtext("source"))
    assert unfinished == []


@pytest.mark.parametrize("lang", OTHERS)
def test_placeholders_are_kept_in_each_translation(lang):
    changed = [
        (source, text)
        for m in messages(lang)
        for text in translations(m)
        if sorted(PLACEHOLDER.findall(source := m.findtext("source") or ""))
        != sorted(PLACEHOLDER.findall(text))
    ]
    assert changed == []


@pytest.mark.parametrize("lang", OTHERS)
def test_a_menu_item_keeps_one_accelerator(lang):
    def accelerators(text: str) -> int:
        return text.replace("&&", "").count("&")

    wrong = [
        (source, translations(m))
        for m in messages(lang)
        if (source := m.findtext("source") or "")
        and accelerators(source) == 1
        and any(accelerators(translation) != 1 for translation in translations(m))
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", OTHERS)
def test_the_qm_files_are_rebuilt_from_the_ts_sources(lang, tmp_path):
    """A .ts edited without running lrelease would leave the window with the old translations."""
    folder = i18n.translations_dir()
    built = tmp_path / f"scheduler_app_{lang}.qm"
    subprocess.run(
        [lrelease(), "-silent", str(folder / f"scheduler_app_{lang}.ts"), "-qm", str(built)],
        check=True,
    )
    assert built.read_bytes() == (folder / f"scheduler_app_{lang}.qm").read_bytes(), (
        "run: pyside6-lrelease resources/translations/*.ts (see resources/translations/README.md)"
    )


def test_the_official_names_of_itu_conferences_are_used():
    """ITU's own names of the Plenipotentiary Conference in each language."""
    official = {
        "fr": "Conférence de plénipotentiaires",
        "es": "Conferencia de Plenipotenciarios",
        "ru": "Полномочная конференция",
        "zh": "全权代表大会",
        "ar": "مؤتمر المندوبين المفوضين",
    }
    for lang, name in official.items():
        [message] = [
            m for m in messages(lang) if m.findtext("source") == KIND_LABELS[MeetingKind.PP]
        ]
        assert message.findtext("translation") == name


def test_the_vocabulary_lists_every_label_of_the_domain():
    """The window translates the kinds, statuses, Sectors and modes through lists lupdate reads;
    a kind added or renamed in the domain must be added here, or it shows in English."""
    assert set(vocabulary.KIND_NAMES) == set(KIND_LABELS.values())
    worded = {label for label in KIND_SHORT_LABELS.values() if label != label.upper()}
    assert worded <= set(vocabulary.KIND_SHORT_NAMES)
    assert set(vocabulary.STATUS_NAMES) == set(Status)
    assert set(vocabulary.SECTOR_NAMES) == set(Sector)
    assert set(vocabulary.MODE_NAMES) == set(Mode)
    assert vocabulary.STATUS_NAMES[Status.HELD] == "Held"


def test_russian_and_arabic_counts_have_their_plural_forms():
    [ru] = [m for m in messages("ru") if m.findtext("source") == "%n meetings"]
    assert translations(ru) == ["%n собрание", "%n собрания", "%n собраний"]
    [ar] = [m for m in messages("ar") if m.findtext("source") == "%n meetings"]
    assert len(translations(ar)) == 6
