"""Marking a text for translation where it is written and translating it where it is shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Returns ``text`` unchanged; ``pyside6-lupdate`` files it under ``context`` for the
    translators, and a ``tr()`` of the variable finds it at run time. PySide6's own function
    is typed to return ``object``, which would spread untyped text through the tables."""
    return text
