"""Which of the six languages the planner speaks now."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
"""The six official languages of ITU (Constitution, Article 29), in the Union's order."""

NATIVE_NAMES = {
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}

LOCALES = {
    "ar": "ar_EG",
    "zh": "zh_CN",
    # ITU writes British English: "8 May 2026", weeks from Monday, as the planner always has
    "en": "en_GB",
    "fr": "fr_FR",
    "ru": "ru_RU",
    "es": "es_ES",
}
"""The locale whose dates, numbers and first weekday each language takes (the territory is
the one Qt's QLocale also picks for the bare language, but for English)."""

RIGHT_TO_LEFT = frozenset({"ar"})

_current = "en"


def set_language(lang: str) -> None:
    """Speak ``lang`` from now on (the command line's ``--lang``, the window's choice)."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    _current = lang


def language() -> str:
    return _current


def is_right_to_left(lang: str | None = None) -> bool:
    return (lang or _current) in RIGHT_TO_LEFT


@contextmanager
def using_language(lang: str) -> Iterator[None]:
    """Speak ``lang`` inside the block (a print in another language than the window's)."""
    before = _current
    set_language(lang)
    try:
        yield
    finally:
        set_language(before)


def system_language() -> str:
    """The system's language when it is one of the six, else English: the first of
    ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set, as POSIX and Qt read them, or the
    locale Python reports where there are none (Windows)."""
    import locale
    import os

    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            break
    else:
        value = locale.getlocale()[0] or ""
    code = value.split(".")[0].split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else "en"
