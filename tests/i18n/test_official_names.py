"""The Union's names of its conferences and bodies, in the six languages, with their sources."""

from __future__ import annotations

import csv
import unicodedata
from importlib import resources

import pytest

from scheduler_app import i18n
from scheduler_app.domain import MeetingKind
from scheduler_app.i18n.names import official_name, official_names, sources

# Each script's letters: a Russian name in Latin letters or an Arabic one left in English is a slip
SCRIPT = {
    "ar": "ARABIC",
    "zh": "CJK",
    "ru": "CYRILLIC",
    "en": "LATIN",
    "fr": "LATIN",
    "es": "LATIN",
}
NAMED_KINDS = [
    "pp",
    "council",
    "cwg",
    "wtdc",
    "wtsa",
    "wrc",
    "ra",
    "wcit",
    "cpm",
    "rpm",
    "advisory-group",
    "study-group",
    "working-party",
    "rapporteur-group",
]


def _letters_in(text: str, script: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(
        script in unicodedata.name(c, "") or c in "ITUDRSGCW" for c in letters
    )


@pytest.mark.parametrize("key", sorted(official_names()))
def test_every_name_is_given_in_the_six_languages_in_their_scripts_with_its_source(key: str):
    entry = official_names()[key]
    for lang in i18n.LANGUAGES:
        name = official_name(key, lang)
        assert name and _letters_in(name, SCRIPT[lang]), (key, lang, name)
    assert entry["source"] in sources() and entry["clause"]
    assert sources()[entry["source"]]["url"].startswith("https://www.itu.int/")
    for lang, url in entry.get("pages", {}).items():
        assert url.startswith(f"https://www.itu.int/{lang}/"), (key, url)


def test_the_conference_kinds_and_the_bodies_with_a_published_name_are_listed():
    kinds = {k.value for k in MeetingKind}
    assert set(NAMED_KINDS) <= kinds and set(NAMED_KINDS) <= set(official_names())
    text = resources.files("scheduler_app.resources").joinpath("bodies.csv").read_text("utf-8")
    codes = [row["code"] for row in csv.DictReader(text.splitlines())]
    named = [
        c for c in codes if not c.startswith("RG-")
    ]  # a Rapporteur group has no title of its own
    assert [c for c in named if official_name(c, "fr") is None] == []


def test_english_names_are_the_ones_the_bodies_file_uses():
    # a study group's file name adds its title after a colon, which is not part of the name
    text = resources.files("scheduler_app.resources").joinpath("bodies.csv").read_text("utf-8")
    for row in csv.DictReader(text.splitlines()):
        if row["code"] in official_names():
            assert row["name"].split(": ")[0] in (
                official_name(row["code"], "en"),
                "Regional preparatory meeting for WTDC",
            ), row["code"]


def test_the_name_follows_the_current_language_and_a_body_falls_back_on_its_kind():
    assert official_name("wtdc") == "World Telecommunication Development Conference"
    with i18n.using_language("ru"):
        assert official_name("WRC") == "Всемирная конференция радиосвязи"
        assert official_name("study-group") == "Исследовательская комиссия"
    assert official_name("pp", "zh") == "全权代表大会"
    assert official_name("Council", "fr") == "Conseil de l'UIT"
    assert official_name("council", "ar") == "المجلس"
    assert official_name("RG-Q1/1") is None
    with pytest.raises(ValueError, match="unknown language"):
        official_name("pp", "de")
