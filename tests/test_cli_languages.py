"""The command line's text in the language of ``--lang`` (issue 17): every summary, heading and
one-line message in the five other official languages of ITU, dates and numbers the language's
way, while JSON, rule ids, codes and the planner's own iCalendar properties never change."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from scheduler_app import i18n
from scheduler_app.cli import main
from scheduler_app.domain import MeetingKind
from scheduler_app.i18n import translations_dir
from scheduler_app.services.report_words import STATUS_WORDS, severity_word

LANGS = ("ar", "zh", "fr", "ru", "es")
CONTEXTS = ("CommandLine", "CalendarExport")  # the command line's catalogue, cli_<lang>.ts
# Latin words the translations keep on purpose: options, file types, product and variable names
KEPT = {"app", "scheduler", "ics", "csv", "icalendar", "sqlite", "out", "url", "user", "code"}
KEPT |= {"mine", "theirs", "lgpl", "pyside6", "python", "days", "within", "password", "keep"}


def run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    return out


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    root = ET.parse(translations_dir() / f"cli_{lang}.ts").getroot()
    return {
        (c.findtext("name") or "", m.findtext("source") or ""): m.findtext("translation") or ""
        for c in root.iter("context")
        for m in c.iter("message")
    }


def _words(text: str) -> set[str]:
    text = re.sub(r"\{\w+\}|--[\w-]+|`[^`]*`", " ", text)  # placeholders, options, commands
    return {w.casefold() for w in re.findall(r"[A-Za-z]{3,}", text) if not w.isupper()}


@cache
def english_words(lang: str) -> frozenset[str]:
    """The English words of the command line's messages and of the kind and status names that
    the language's own translations do not also use ("Code", "Dates" and "Source" are French)."""
    english = set()
    for _context, source in _catalogue(lang):
        english |= _words(source)
    for kind in MeetingKind:
        english |= _words(kind.label) | _words(kind.short_label)
    english |= set(STATUS_WORDS.values())
    native = set().union(*(_words(t) for t in _catalogue(lang).values()))
    with i18n.using_language(lang):
        for kind in MeetingKind:
            native |= _words(i18n.translate("Vocabulary", kind.short_label))
    return frozenset(english - native - KEPT)


def english_left(text: str, lang: str, data: list[str]) -> set[str]:
    """The English words of ``text`` other than those of the data it quotes (titles, places,
    paths, codes, findings' messages), which a table may have cut short."""
    quoted = set().union(*(_words(value) for value in data))
    return (_words(text) - quoted) & english_words(lang)


@pytest.fixture(scope="module")
def ref(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ref") / "ref.sqlite"
    assert main(["init", "--db", str(path)]) == 0
    return path


@pytest.fixture(scope="module")
def data(ref: Path) -> list[str]:
    """The texts of the reference calendar a listing quotes as they are stored."""
    meetings = json.loads(_json(["list", "--db", str(ref), "--format", "json"]))
    out = [str(m.get(k) or "") for m in meetings for k in ("title", "code", "city", "venue")]
    from scheduler_app.storage import PlanningDatabase

    with PlanningDatabase.open(ref) as db:
        for venue in db.venues():
            out += [venue.name, venue.city, *(room.name for room in db.rooms(venue.name))]
    return [*out, str(ref)]


def _json(argv: list[str]) -> str:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(argv) in (0, 1)
    return buffer.getvalue()


# --- the catalogue ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_catalogue_is_translated_with_the_sources_placeholders(lang: str) -> None:
    root = ET.parse(translations_dir() / f"cli_{lang}.ts").getroot()
    assert root.get("language") == lang
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        assert node is not None and node.get("type") is None and node.text, source
        assert sorted(re.findall(r"\{\w+\}", node.text)) == sorted(
            re.findall(r"\{\w+\}", source)
        ), (lang, source, node.text)


SOURCES = [
    *sorted(Path("scheduler_app").glob("cli*.py")),
    Path("scheduler_app/interop/ics_export.py"),
    *(
        Path("scheduler_app/services") / name
        for name in ("calendar_export.py", "diff.py", "importing.py", "report_words.py")
    ),
    Path("scheduler_app/services/sync/engine.py"),
    Path("scheduler_app/services/sync/report.py"),
]


def test_lupdate_finds_no_message_the_catalogue_lacks(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    root = Path(__file__).resolve().parents[1]
    target = tmp_path / "cli_fr.ts"
    subprocess.run(
        [str(lupdate if lupdate.exists() else "pyside6-lupdate"), "-locations", "none"]
        + [str(root / p) for p in SOURCES]
        + ["-source-language", "en", "-target-language", "fr", "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    found = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(target).getroot().iter("context")
        for m in c.iter("message")
        if c.findtext("name") in CONTEXTS  # the rules' own contexts live in their catalogues
    }
    assert found == set(_catalogue("fr"))


# --- the commands' text ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_list_bodies_and_venues_are_in_the_language(capsys, ref: Path, data, lang: str) -> None:
    db = ["--db", str(ref)]
    listed = run(capsys, "--lang", lang, "list", *db, "--from", "2026-01-01", "--to", "2026-12-31")
    assert not english_left(listed, lang, data), listed
    head = listed.splitlines()[0]
    with i18n.using_language(lang):
        assert i18n.translate("CommandLine", "Title") in head
        assert i18n.month_name(1, "abbreviated", standalone=False) in listed  # "janv." ...
    assert "Dates" not in head or lang == "fr"
    bodies = run(capsys, "--lang", lang, "bodies", *db)
    # the Union's own names of its bodies, in the language (i18n.names)
    from scheduler_app.i18n.names import official_name

    assert f"TDAG [D]  {official_name('TDAG', lang)}" in bodies
    venues = run(capsys, "--lang", lang, "venues", *db)
    assert not english_left(venues, lang, data), venues


def test_a_list_in_french_writes_french_dates_and_numbers(capsys, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    said = run(capsys, "--lang", "fr", "demo", "--meetings", "1200", "--db", str(db))
    assert said.startswith("1\u202f200 réunions (") and " organes et " in said
    listed = run(capsys, "--lang", "fr", "list", "--db", str(db))
    assert listed.rstrip().endswith("1\u202f200 réunions")
    assert re.search(
        r"\d+ (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.)", listed
    )
    assert run(capsys, "list", "--db", str(db)).rstrip().endswith("1200 meetings")  # English


@pytest.mark.parametrize("lang", LANGS)
def test_import_export_and_diff_summaries_are_in_the_language(
    capsys, ref: Path, data, tmp_path: Path, lang: str
) -> None:
    db = ["--db", str(ref)]
    out_csv, out_ics = tmp_path / "plan.csv", tmp_path / "plan.ics"
    wrote = run(capsys, "--lang", lang, "export", *db, "-o", str(out_csv))
    wrote += run(capsys, "--lang", lang, "export", *db, "-o", str(out_ics), "--deadlines")
    imported = run(capsys, "--lang", lang, "import", *db, str(out_ics), "--dry-run")
    known = [*data, str(out_csv), str(out_ics)]
    assert not english_left(wrote, lang, known), wrote
    assert not english_left(imported, lang, known), imported
    with i18n.using_language(lang):
        assert i18n.translate("CommandLine", "would add {n}").format(n=0) in imported
        assert i18n.translate("CommandLine", "{n} unchanged").format(n=40) in imported

    changed = tmp_path / "changed.csv"
    with out_csv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    columns = list(rows[0])
    rows = rows[1:]  # one meeting removed
    rows[0]["start"], rows[0]["end"] = "2026-03-02", "2026-03-06"  # one moved
    with changed.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns)
        writer.writeheader()
        writer.writerows(rows)
    text = run(capsys, "--lang", lang, "diff", str(out_csv), str(changed))
    found = json.loads(
        _json(["--lang", lang, "diff", str(out_csv), str(changed), "--format", "json"])
    )
    messages = [f["message"] for key in ("findings_gained", "findings_lost") for f in found[key]]
    assert found["removed"] and found["moved"]
    assert not english_left(text, lang, [*known, str(changed), *messages]), text
    with i18n.using_language(lang):
        assert i18n.translate("CommandLine", "Removed ({n}):").format(n=1) in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_json_is_the_same_in_every_language(capsys, ref: Path, lang: str) -> None:
    listing = ["list", "--db", str(ref), "--format", "json"]
    assert _json(["--lang", lang, *listing]) == _json(listing)
    check = ["check", str(ref), "--format", "json"]

    def keys(value: object) -> object:
        if isinstance(value, dict):
            return {k: keys(v) for k, v in value.items()}
        if isinstance(value, list):
            return [keys(v) for v in value]
        return None

    assert keys(json.loads(_json(["--lang", lang, *check]))) == keys(json.loads(_json(check)))


def test_an_export_in_french_imports_back_the_same(capsys, ref: Path, tmp_path: Path) -> None:
    french, english = tmp_path / "fr.ics", tmp_path / "en.ics"
    run(capsys, "--lang", "fr", "export", "--db", str(ref), "-o", str(french), "--observances")
    run(capsys, "export", "--db", str(ref), "-o", str(english), "--observances")
    text = french.read_text(encoding="utf-8")
    unfolded = text.replace("\r\n ", "")
    assert (
        "\\nStatut : tenue\\n" in unfolded
        and "DESCRIPTION:Conférence de plénipotentiaires" in unfolded
    )
    # the planner's own properties are the same; only what people read differs
    assert unfolded != english.read_text(encoding="utf-8").replace("\r\n ", "")

    def own(ics: str) -> list[str]:
        return [line for line in ics.splitlines() if line.startswith(("X-SCHEDULER-", "UID:"))]

    assert own(unfolded) == own(english.read_text(encoding="utf-8").replace("\r\n ", ""))
    again = run(capsys, "import", "--db", str(ref), str(french), "--dry-run")
    assert "would add 0, would update 0, 40 unchanged" in again
    fresh = tmp_path / "fresh.sqlite"
    assert main(["init", "--empty", "--db", str(fresh)]) == 0
    run(capsys, "--lang", "fr", "import", "--db", str(fresh), str(french))
    listing = ["list", "--format", "json", "--db"]
    assert _json([*listing, str(fresh)]) == _json([*listing, str(ref)])


@pytest.mark.parametrize("lang", ["fr", "ru", "es"])
def test_suggest_writes_each_severity_whole(capsys, ref: Path, lang: str) -> None:
    """suggest cut the severity to English's 8 columns: "AVERTIS…", "ПРЕДУПР…"."""
    out = run(capsys, "--lang", lang, "suggest", "--db", str(ref), "PP-22")
    with i18n.using_language(lang):
        warning = severity_word("warning").upper()
    assert f" {warning} R77-" in out and "…" not in out.split(warning)[0][-2:]
