"""Rule findings in the five other languages of the Union (issue 17).

Every message is translated with its placeholders filled; the rule ids, citations and the quoted
ITU clauses stay as they are (the quotes in English, the language they were adopted in). The
calendars are the bundled reference calendar (in all five languages) and the tiny ones the rule
tests build: each rule test with no fixture is run again in each language, and the findings its
rules return are compared with those of the same test in English.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import tests.rules
from scheduler_app import i18n
from scheduler_app.i18n import using_language
from scheduler_app.rules import REGISTRY, Calendar, Finding, Policy, RuleSpec, catalogue
from scheduler_app.rules.wording import rule_title, severity_name
from scheduler_app.services.checking import check_database

LANGUAGES = ["ar", "zh", "fr", "ru", "es"]
ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = i18n.translations_dir()
SOURCES = [
    *sorted((ROOT / "scheduler_app" / "rules").glob("*.py")),
    ROOT / "scheduler_app" / "services" / "suggest_text.py",
    ROOT / "scheduler_app" / "services" / "deadline_list.py",
    ROOT / "scheduler_app" / "ui" / "rule_text.py",
    ROOT / "scheduler_app" / "cli_checking.py",  # its Findings texts; CommandLine's are cli_*.ts
]
CONTEXTS = {"Findings", "Rules", "Rationales", "Parameters", "Deadlines"}

# English words no translated sentence keeps, in lower case as the wording writes them (names,
# such as a group "Meeting SG1-23" of a test calendar, are capitalised or taken out first).
ENGLISH = {
    "the", "and", "is", "are", "with", "between", "before", "after", "during", "within",
    "outside", "should", "not", "wanted", "apart", "overlaps", "opens", "closes", "coincides",
    "meeting", "meetings", "days", "day", "years", "year", "meets", "has", "at", "least",
    "most", "sits", "lasts", "booked", "chairs", "expects", "seats", "cancelled", "propose",
    "placements", "known", "only", "some", "period", "periods", "held", "limit", "once", "twice",
}  # fmt: skip
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _words_left(f: Finding) -> set[str]:
    """The English words of ``f``'s message once the planner's names in it are removed: its
    meetings' codes and titles, and the observances and holidays it names (data, not wording)."""
    text = f.message
    names = [
        *f.meeting_codes,
        *(str(o["observance"]) for o in f.details.get("observances", [])),
        *(str(h["holiday"]) for h in f.details.get("holidays", [])),
    ]
    for label in sorted(names, key=len, reverse=True):
        text = text.replace(label, " ")
    return {w for w in re.findall(r"[A-Za-z]+", text) if w in ENGLISH}


def _assert_translated(f: Finding, english: Finding, lang: str) -> None:
    assert (f.rule_id, f.meeting_ids, f.citation) == (
        english.rule_id,
        english.meeting_ids,
        english.citation,
    )
    assert "{" not in f.message and "}" not in f.message, (lang, f.message)
    assert f.message != english.message, (lang, f.message)
    assert not _words_left(f), (lang, f.message, _words_left(f))


# -- the rule tests' own calendars, in every language ----------------------------------------


# Test modules whose tests judge the engine, the sources or these texts, not a rule's findings:
# their calendars are large (the engine's random edits take 15 s) and add no wording.
NOT_RULE_TESTS = {
    "test_findings_languages",
    "test_rule_texts_languages",
    "test_engine",
    "test_sources",
    "test_derived",
    "test_incremental_wtdc",
    "test_about_forms",
}


def _rule_tests() -> Iterator[Callable[[], Any]]:
    """The rule tests that need no fixture (each builds its calendar in a few lines)."""
    for info in pkgutil.iter_modules(tests.rules.__path__):
        if not info.name.startswith("test_") or info.name in NOT_RULE_TESTS:
            continue
        module = importlib.import_module(f"tests.rules.{info.name}")
        for name, fn in sorted(vars(module).items()):
            if (
                name.startswith("test_")
                and inspect.isfunction(fn)
                and not inspect.signature(fn).parameters
            ):
                yield fn


@contextmanager
def _recording(into: list[Finding]) -> Iterator[None]:
    """Every finding a rule returns through ``RuleSpec.check`` while inside, in order."""
    original = RuleSpec.check

    def check(self: RuleSpec, calendar: Calendar, policy: Policy | None = None) -> list[Finding]:
        found = original(self, calendar, policy)
        into.extend(found)
        return found

    RuleSpec.check = check  # type: ignore[method-assign]
    try:
        yield
    finally:
        RuleSpec.check = original  # type: ignore[method-assign]


def _run(fn: Callable[[], Any], lang: str) -> list[Finding]:
    found: list[Finding] = []
    with using_language(lang), _recording(found), suppress(Exception):
        fn()  # a test comparing English words fails here: its findings are what matter
    return found


@cache
def _in_english(fn: Callable[[], Any]) -> list[Finding]:
    return _run(fn, "en")


@cache
def _findings_of_rule_tests(lang: str) -> list[tuple[Finding, Finding]]:
    """Each rule test's findings in ``lang``, paired with its English ones."""
    pairs = []
    for fn in _rule_tests():
        english, other = _in_english(fn), _run(fn, lang)
        if len(english) == len(other):  # a test whose calendar depends on the clock may differ
            pairs.extend(zip(other, english, strict=True))
    return pairs


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_rule_writes_its_findings_in_the_language(lang: str) -> None:
    pairs = _findings_of_rule_tests(lang)
    for f, english in pairs:
        _assert_translated(f, english, lang)
    assert {f.rule_id for f, _ in pairs} == set(REGISTRY)  # every rule was made to speak


def test_the_placements_wording_of_coarse_meetings_is_translated_too() -> None:
    pairs = _findings_of_rule_tests("fr")
    unsure = [f for f, english in pairs if "is known only as" in english.message]
    assert unsure and all("n'est connue que par sa période" in f.message for f in unsure)


# -- the bundled reference calendar ----------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_reference_calendar_is_checked_in_the_language(lang: str, reference_db: Any) -> None:
    english = check_database(reference_db).findings
    with using_language(lang):
        found = check_database(reference_db).findings
    assert len(found) == len(english) > 10
    for f, e in zip(found, english, strict=True):
        _assert_translated(f, e, lang)


def test_arabic_findings_isolate_codes_and_dates_each_in_one_direction(reference_db: Any) -> None:
    """An isolate takes its direction from its first strong letter: "PP-22 (26 سبتمبر ...)" in
    one isolate is laid out left to right and its Arabic date comes out backwards, so a code and
    an Arabic date are isolated apart."""
    with using_language("ar"):
        found = check_database(reference_db).findings
    f = next(f for f in found if f.rule_id == "R77-LAST-QUARTER")
    assert f"\u2068{f.meeting_codes[0]}\u2069 (\u2068" in f.message
    for finding in found:
        for segment in re.findall("\u2068([^\u2068\u2069]*)\u2069", finding.message):
            latin = re.search("[A-Za-z]", segment)
            arabic = re.search("[\u0600-\u06ff]", segment)
            assert not (latin and arabic), (finding.rule_id, segment)


def test_check_json_keeps_its_keys_and_rule_ids_in_french(reference_db: Any, capsys: Any) -> None:
    from scheduler_app.cli import main

    path = reference_db.path
    reference_db.close()
    assert main(["check", str(path), "--format", "json"]) in (0, 1)
    english = json.loads(capsys.readouterr().out)
    assert main(["--lang", "fr", "check", str(path), "--format", "json"]) in (0, 1)
    french = json.loads(capsys.readouterr().out)
    assert french.keys() == english.keys()
    for f, e in zip(french["findings"], english["findings"], strict=True):
        assert f.keys() == e.keys()
        assert (f["rule"], f["severity"], f["meetings"], f["citation"]) == (
            e["rule"],
            e["severity"],
            e["meetings"],
            e["citation"],
        )
        assert f["details"] == e["details"]  # structured facts for scripts stay as they were
        assert f["message"] != e["message"]


def test_the_rules_command_prints_translated_titles_and_english_quotes(capsys: Any) -> None:
    from scheduler_app.cli import main

    assert main(["--lang", "es", "rules"]) == 0
    out = capsys.readouterr().out
    assert "Una Conferencia de Plenipotenciarios cada cuatro años" in out
    quote = REGISTRY["CS47-PP-INTERVAL"].quote
    assert f'"{quote}"' in out and "CS47-PP-INTERVAL" in out


# -- titles and the catalogue -----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_rule_title_is_translated_and_every_quote_stays_english(lang: str) -> None:
    quotes = {spec.id: spec.quote for spec in catalogue()}
    with using_language(lang):
        titles = [rule_title(spec) for spec in catalogue()]
        assert severity_name("warning") != "warning"
        assert {spec.id: spec.quote for spec in catalogue()} == quotes
    assert all(t != spec.title for t, spec in zip(titles, catalogue(), strict=True))
    assert len(set(titles)) == len(titles)


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            assert node is not None
            out.append((name, message.findtext("source") or "", node))
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_findings_catalogue_is_complete_with_the_same_placeholders(lang: str) -> None:
    messages = _messages(CATALOGUES / f"findings_{lang}.ts")
    assert len(messages) > 300
    for context, source, node in messages:
        assert node.get("type") is None, (lang, context, source)
        text = node.text or ""
        assert text.strip(), (lang, source)
        # a count may list one form per plural category: each keeps the placeholders
        forms = [f.split(":", 1)[1] for f in text.split("|")] if "|" in text else [text]
        for form in forms:
            assert _placeholders(form) == _placeholders(source), (lang, source, form)


@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(ROOT / ".venv" / "bin")) is None,
                    reason="pyside6-lupdate is not installed")  # fmt: skip
def test_lupdate_finds_no_message_missing_from_the_findings_catalogue(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(ROOT / ".venv" / "bin"))
    assert lupdate is not None
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, "-locations", "none", "-no-obsolete", *map(str, SOURCES), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(c, s) for c, s, _ in _messages(fresh) if c in CONTEXTS}
    for lang in LANGUAGES:
        have = {(c, s) for c, s, _ in _messages(CATALOGUES / f"findings_{lang}.ts")}
        assert wanted == have, (lang, wanted ^ have)
