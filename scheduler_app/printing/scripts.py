"""Which fonts a printed text is set in, by the script it is written in.

A page of one language holds texts of several scripts (an Arabic heading over Latin meeting
codes, a Chinese title beside "WTDC-25"); each text is set in the families of its own script,
first the one made for it and then the others, so that Qt takes every character from the first
family that has it and never draws a missing-glyph box. Fonts on Debian: ``fonts-dejavu-core``
(Latin, Cyrillic), ``fonts-noto-core`` (Noto Sans Arabic, Noto Naskh Arabic) and
``fonts-wqy-microhei`` (WenQuanYi Micro Hei) or ``fonts-noto-cjk``.
"""

from __future__ import annotations

import functools
from enum import StrEnum

from PySide6.QtGui import QFontDatabase


class Script(StrEnum):
    LATIN = "latin"  # and Cyrillic, Greek, digits, punctuation: DejaVu Sans covers them
    ARABIC = "arabic"
    CJK = "cjk"


_ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_CJK = (
    (0x2E80, 0x2FFF),  # radicals
    (0x3000, 0x30FF),  # CJK punctuation, kana
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF00, 0xFFEF),  # full-width forms: the "：" and "，" of Chinese sentences
)

PREFERRED: dict[Script, tuple[str, ...]] = {
    Script.LATIN: ("DejaVu Sans", "Noto Sans", "WenQuanYi Micro Hei", "Noto Sans Arabic"),
    Script.ARABIC: ("Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", "Noto Sans"),
    Script.CJK: (
        "WenQuanYi Micro Hei",
        "Noto Sans CJK SC",
        "Noto Sans SC",
        "Source Han Sans SC",
        "DejaVu Sans",
    ),
}
"""The families each script is set in, best first; those not installed are skipped."""


def _within(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


@functools.lru_cache(maxsize=4096)
def script_of(text: str) -> Script:
    """The script that decides a text's font: Arabic if it has an Arabic letter, else CJK if
    it has a Chinese character, else Latin."""
    if text.isascii():
        return Script.LATIN
    codes = [ord(c) for c in text if ord(c) >= 0x0600]
    if any(_within(c, _ARABIC) for c in codes):
        return Script.ARABIC
    if any(_within(c, _CJK) for c in codes):
        return Script.CJK
    return Script.LATIN


@functools.lru_cache(maxsize=4096)
def reads_right_to_left(text: str) -> bool:
    """Whether ``text`` is an Arabic sentence (read from the right) rather than a Latin one
    with an Arabic date or name inside (an untranslated finding on an Arabic page): more of its
    letters are Arabic than Latin. The first strong letter, as Unicode's default rule takes it,
    would make an Arabic sentence that opens on a meeting code read left to right."""
    if text.isascii():
        return False
    arabic = sum(1 for c in text if c.isalpha() and _within(ord(c), _ARABIC))
    latin = sum(1 for c in text if c.isalpha() and ord(c) < 0x0250)
    return arabic > latin


@functools.cache
def installed() -> frozenset[str]:
    return frozenset(QFontDatabase.families())


@functools.cache
def families(script: Script) -> tuple[str, ...]:
    """The installed families of ``script``, best first (DejaVu Sans when none is: Qt then
    substitutes what the system has)."""
    found = tuple(f for f in PREFERRED[script] if f in installed())
    return found or ("DejaVu Sans",)
