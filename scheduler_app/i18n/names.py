"""The Union's own names for its conferences, assemblies and bodies in the six languages.

``resources/official_names.json`` holds them with their source: the heading of the Constitution's
or Convention's article that creates the conference or body (the Collection of the basic texts is
published in the six languages), the resolution that names it, and the Union's page in each
language. Keys are the domain's kind slugs (``"wtdc"``, ``"study-group"``) and the codes of
``resources/bodies.csv`` (``"TDAG"``, ``"CWG-FHR"``); a body code with no entry of its own
(``"WRC"``) falls back to its kind's slug.

>>> official_name("wtdc", "fr")
'Conférence mondiale de développement des télécommunications'
>>> official_name("RG-Q1/1", "fr") is None
True
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TypedDict, cast

from scheduler_app.i18n.languages import LANGUAGES, language

RESOURCE = "official_names.json"


class OfficialName(TypedDict, total=False):
    ar: str
    zh: str
    en: str
    fr: str
    ru: str
    es: str
    source: str  # a key of the file's "sources": the document, with its public address
    clause: str  # where in that document the name stands
    pages: dict[str, str]  # the Union's page about it, per language


@cache
def _file() -> dict[str, object]:
    data = resources.files("scheduler_app.resources").joinpath(RESOURCE).read_text("utf-8")
    return cast(dict[str, object], json.loads(data))


def official_names() -> dict[str, OfficialName]:
    """Every entry, by key."""
    return cast(dict[str, OfficialName], _file()["names"])


def sources() -> dict[str, dict[str, str]]:
    """The documents the names are taken from, by key: ``{"title": ..., "url": ...}``."""
    return cast(dict[str, dict[str, str]], _file()["sources"])


def official_name(key: str, lang: str | None = None) -> str | None:
    """The Union's name of the conference, body or kind ``key`` in ``lang`` (the current
    language by default), or None where it publishes none."""
    lang = lang or language()
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    names = official_names()
    entry = names.get(key) or names.get(key.lower())
    if entry is None:
        return None
    return cast(dict[str, str], entry).get(lang)
