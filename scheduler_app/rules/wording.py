"""How findings are worded in the planner's language: counts, lists, codes and rule titles.

Every message a rule writes is ``translate("Findings", "... {name} ...").format(name=...)``;
the pieces they share are here. A count with a noun ("3 days") takes the language's plural form:
its translation may hold one form per CLDR plural category, ``one:{n} день|few:{n} дня|many:{n}
дней|other:{n} дня``, and :func:`counted` picks the form ``n`` needs (English needs none). The
quotes of the ITU texts are never translated: they are the words adopted, in English.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from scheduler_app.i18n import QT_TRANSLATE_NOOP, babel_locale, isolate, language, number, translate

if TYPE_CHECKING:
    from scheduler_app.domain import Meeting
    from scheduler_app.rules.model import RuleSpec

# How a language separates the items of a list inside a sentence.
_LIST_SEPARATORS = {"zh": "、", "ar": "، "}


def count(n: int) -> str:
    """A count of people or days as the language writes numbers ("6 000" in French); digits as
    they are in English, whose messages keep the planner's "6000"."""
    return str(n) if language() == "en" else number(n)


def counted(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both translated, with an ``{n}`` placeholder) for ``n``, in the
    plural form the language needs when the translation lists its forms by category."""
    text = one if abs(n) == 1 else many
    if "|" in text:
        forms = dict(part.split(":", 1) for part in text.split("|") if ":" in part)
        category = "other" if language() == "en" else babel_locale(language()).plural_form(abs(n))
        text = forms.get(category) or forms.get("other") or next(iter(forms.values()))
    return text.format(n=count(n))


def days(n: int) -> str:
    """``1 day``, ``9 days``."""
    return counted(n, translate("Findings", "{n} day"), translate("Findings", "{n} days"))


def joined(items: Iterable[str]) -> str:
    """Items of a list in a sentence: "A, B, C" ("A、B、C" in Chinese)."""
    return _LIST_SEPARATORS.get(language(), ", ").join(items)


def code(m: Meeting) -> str:
    """The meeting's code (else title), kept whole inside a right-to-left sentence."""
    return isolate(m.label)


def text(value: str) -> str:
    """A planner's text (a city, a room, a body) kept whole inside a right-to-left sentence."""
    return isolate(value)


def rule_title(spec: RuleSpec) -> str:
    """The rule's title in the current language (its id never changes)."""
    return translate("Rules", spec.title)


def rule_rationale(spec: RuleSpec) -> str:
    """The rule's rationale (its docstring) in the current language, from the rationale
    catalogues (``rule_rationales_<lang>.ts``, kept in step with the docstrings by a test)."""
    return translate("Rationales", spec.rationale) if spec.rationale else ""


SEVERITY_NAMES = {
    "error": QT_TRANSLATE_NOOP("Findings", "error"),
    "warning": QT_TRANSLATE_NOOP("Findings", "warning"),
    "info": QT_TRANSLATE_NOOP("Findings", "information"),
}


# What the command line's text marks a waived finding with (it looks them up by these words).
WAIVED = (
    QT_TRANSLATE_NOOP("Findings", "waived"),
    QT_TRANSLATE_NOOP("Findings", "waived: {reason}"),
)


def severity_name(value: str) -> str:
    """A severity ("error", "warning", "info") in the planner's words."""
    return translate("Findings", SEVERITY_NAMES.get(value, value))


def years(n: int) -> str:
    """``1 year``, ``4 years``."""
    return counted(n, translate("Findings", "{n} year"), translate("Findings", "{n} years"))
