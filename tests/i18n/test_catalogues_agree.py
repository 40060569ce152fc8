"""All the catalogues together: the headless lookup reads every ``*_<lang>.ts`` of a language
and keeps the first translation of a (context, text) it meets, so two areas translating the
same message differently would make one of them wrong without any test of its own failing."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

import pytest

from scheduler_app.i18n import LANGUAGES, translations_dir

OTHERS = [lang for lang in LANGUAGES if lang != "en"]


def areas(lang: str) -> set[str]:
    return {p.name.removesuffix(f"_{lang}.ts") for p in translations_dir().glob(f"*_{lang}.ts")}


def test_every_language_has_every_areas_catalogue():
    assert len({frozenset(areas(lang)) for lang in OTHERS}) == 1, {x: areas(x) for x in OTHERS}
    assert {"scheduler_app", "findings", "printing", "calendar", "cli", "messages"} <= areas("fr")


@pytest.mark.parametrize("lang", OTHERS)
def test_a_message_in_two_catalogues_is_translated_the_same_in_both(lang):
    seen: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for path in sorted(translations_dir().glob(f"*_{lang}.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "")
                seen[key][path.name] = message.findtext("translation") or ""
    clashes = {key: by for key, by in seen.items() if len(set(by.values())) > 1}
    assert not clashes
