"""How a bulk edit is worded: what it gives each field ("status to confirmed") and what the
meetings already hold ("status confirmed"), for the undo label and the refusals of
:func:`scheduler_app.services.editing.set_fields`."""

from __future__ import annotations

from scheduler_app.domain import MeetingKind, Mode, Status
from scheduler_app.i18n import QT_TRANSLATE_NOOP, isolate, language, translate
from scheduler_app.rules.wording import joined
from scheduler_app.services.report_words import kind_word, status_word

# What a bulk edit gives each field ("status to confirmed") and what a meeting already holds
# ("status confirmed"), as whole phrases a translator can reorder.
_GIVEN = {
    "status": QT_TRANSLATE_NOOP("Messages", "status to {value}"),
    "kind": QT_TRANSLATE_NOOP("Messages", "kind to {value}"),
    "venue": QT_TRANSLATE_NOOP("Messages", "venue to {value}"),
    "mode": QT_TRANSLATE_NOOP("Messages", "mode to {value}"),
}
_HELD = {
    "status": QT_TRANSLATE_NOOP("Messages", "status {value}"),
    "kind": QT_TRANSLATE_NOOP("Messages", "kind {value}"),
    "venue": QT_TRANSLATE_NOOP("Messages", "venue {value}"),
    "mode": QT_TRANSLATE_NOOP("Messages", "mode {value}"),
}
# The modes by the window's names (its Vocabulary catalogue); English keeps the slugs.
_MODE_NAMES = {Mode.IN_PERSON: "In person", Mode.VIRTUAL: "Virtual", Mode.HYBRID: "Hybrid"}


def _value_words(field: str, value: object) -> str:
    if isinstance(value, MeetingKind):
        return kind_word(value.short_label)
    if isinstance(value, Status):
        return status_word(value)
    if isinstance(value, Mode) and language() != "en":
        return translate("Vocabulary", _MODE_NAMES[value])
    if field == "venue" and not value:
        return translate("Messages", "no venue")
    return isolate(str(value))


def given(values: dict[str, object]) -> str:
    """What the edit gives each field, joined: "status to confirmed and venue to CICG"."""
    return joined(
        translate("Messages", _GIVEN[f]).format(value=_value_words(f, v)) for f, v in values.items()
    )


def held(values: dict[str, object]) -> str:
    """What the meetings already hold, joined: "status confirmed and no venue"."""
    return joined(
        _value_words(f, v)
        if f == "venue" and not v
        else translate("Messages", _HELD[f]).format(value=_value_words(f, v))
        for f, v in values.items()
    )
