"""Messages in the current language, read from the ``.ts`` catalogues Qt's tools keep.

Headless code writes ``translate("Context", "English text {name}").format(name=...)``:
``pyside6-lupdate`` finds the call by its name and files the text under the context, the
translator fills it in, and here the translation is looked up by context and text: never by
the text alone, since two areas may word one English text differently ("WRC" is a kind's
acronym in the window and "CMR" in a French finding's sentence). The ``.ts`` XML is read
directly, so no ``.qm`` and no Qt are needed; placeholders are named ``{…}`` fields, never
f-strings (lupdate cannot read those, and a translator may reorder them).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from importlib import resources
from pathlib import Path

from scheduler_app.i18n.languages import language


def translations_dir() -> Path:
    """Where the ``.ts`` catalogues (and the window's ``.qm``) are: package data."""
    return Path(str(resources.files("scheduler_app.resources").joinpath("translations")))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks ``text`` for the translators under ``context`` and returns it unchanged; a
    ``translate(context, text)`` where it is shown finds its translation."""
    return text


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    by_context: dict[tuple[str, str], str] = {}
    for path in sorted(translations_dir().glob(f"*_{lang}.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                node = message.find("translation")
                if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                text = node.text or ""
                if text:
                    by_context.setdefault((name, source), text)
    return by_context


def translate(context: str, text: str) -> str:
    """``text`` in the current language (itself in English, or while untranslated)."""
    lang = language()
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text)) or text
