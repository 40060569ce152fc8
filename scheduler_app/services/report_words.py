"""The small words the reports of imports, exports, diffs and syncs write, in the current
language: counts, a finding's severity and a meeting's status.

English keeps the planner's own forms ("20000", "error", "confirmed"), which the command line's
tests and scripts read; every other language takes its CLDR number separators and the
translations of the command line's catalogue (``resources/translations/cli_<lang>.ts``).
"""

from __future__ import annotations

from scheduler_app import i18n
from scheduler_app.domain import Status
from scheduler_app.i18n import QT_TRANSLATE_NOOP, translate

SEVERITY_WORDS = {
    "error": QT_TRANSLATE_NOOP("CommandLine", "error"),
    "warning": QT_TRANSLATE_NOOP("CommandLine", "warning"),
    "info": QT_TRANSLATE_NOOP("CommandLine", "info"),
}
STATUS_WORDS = {
    Status.PROPOSED: QT_TRANSLATE_NOOP("CommandLine", "proposed"),
    Status.TENTATIVE: QT_TRANSLATE_NOOP("CommandLine", "tentative"),
    Status.CONFIRMED: QT_TRANSLATE_NOOP("CommandLine", "confirmed"),
    Status.HELD: QT_TRANSLATE_NOOP("CommandLine", "held"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("CommandLine", "cancelled"),
}


def count(n: int) -> str:
    """A count as the language writes it: "20000" in English (as always), "20 000" in French."""
    return str(n) if i18n.language() == "en" else i18n.number(n)


def severity_word(severity: str) -> str:
    """ "error", "erreur", "错误": a finding's severity as a report line writes it."""
    return translate("CommandLine", SEVERITY_WORDS.get(severity, severity))


def status_word(status: Status) -> str:
    """ "confirmed", "confirmée", "已确认": a meeting's status in a sentence or a list."""
    return translate("CommandLine", STATUS_WORDS[status])


def kind_word(kind_label: str) -> str:
    """A kind's name in the window's words (its ``Vocabulary`` catalogue): "Study group",
    "Commission d'études"; acronyms such as "WTDC" stay as ITU writes them."""
    return translate("Vocabulary", kind_label)
