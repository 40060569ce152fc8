"""The window names each kind of conference and body as the Union does in each language
(resources/official_names.json, from the Constitution's and Convention's headings)."""

from __future__ import annotations

import re

import pytest

from scheduler_app.domain import MeetingKind
from scheduler_app.i18n.names import official_name
from scheduler_app.ui import i18n, vocabulary

OTHERS = [lang for lang in i18n.LANGUAGES if lang != "en"]
# A kind whose window label qualifies the Union's name: "Council (ordinary session)"
NAMED_BY = {MeetingKind.COUNCIL_EXTRA: "council"}


def _named(label: str) -> str:
    """The name in a window label, without its qualifier: "Conseil (session ordinaire)",
    "Groupe de travail du Conseil / groupe d'experts", "理事会（常会）"."""
    return re.split(r"\s*[(（/]", label, maxsplit=1)[0].strip()


@pytest.mark.parametrize("lang", OTHERS)
def test_the_windows_kind_names_are_the_unions_official_names(qapp, lang):
    i18n.install(qapp, lang)
    try:
        checked = 0
        for kind in MeetingKind:
            official = official_name(NAMED_BY.get(kind, kind.value), lang)
            if official is None:
                continue
            shown = _named(vocabulary.kind_name(kind))
            # ITU's Spanish capitalises "Comisión de Estudio 1"; a bare kind name need not
            assert shown.casefold() == official.casefold(), (kind, shown, official)
            checked += 1
        assert checked >= 14
    finally:
        i18n.install(qapp, "en")
