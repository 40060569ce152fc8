"""The deadlines checklist's own words in the current language: each deadline's name and its
offset ("opening - 21 calendar days"). The source column keeps the ITU text's own words, in
the language it was adopted in, with its address.

The domain names its deadlines in English (:mod:`scheduler_app.domain.deadlines`); they are
listed here for the printing catalogue. ``tests/printing/test_print_languages.py`` checks that
every deadline the bundled calendar has is in this list.
"""

from __future__ import annotations

import re

from scheduler_app.domain.deadlines import Deadline
from scheduler_app.i18n import QT_TRANSLATE_NOOP, isolate, translate

TITLES = (
    QT_TRANSLATE_NOOP("Deadlines", "Invitation circular sent"),
    QT_TRANSLATE_NOOP("Deadlines", "Registration form due"),
    QT_TRANSLATE_NOOP("Deadlines", "Contributions due for translation"),
    QT_TRANSLATE_NOOP("Deadlines", "Last contributions due (published untranslated)"),
    QT_TRANSLATE_NOOP("Deadlines", "Translated contributions published"),
    QT_TRANSLATE_NOOP("Deadlines", "Secretariat documents published"),
    QT_TRANSLATE_NOOP("Deadlines", "WTDC contributions due"),
    QT_TRANSLATE_NOOP("Deadlines", "All WTDC contributions published"),
    QT_TRANSLATE_NOOP("Deadlines", "WTDC secretariat documents published"),
    QT_TRANSLATE_NOOP("Deadlines", "Proposed new ITU-D study Questions due"),
    QT_TRANSLATE_NOOP("Deadlines", "List of proposed study Questions communicated"),
    QT_TRANSLATE_NOOP("Deadlines", "Interpretation requested"),
    QT_TRANSLATE_NOOP("Deadlines", "Draft Recommendations available in all languages"),
    QT_TRANSLATE_NOOP("Deadlines", "Circular on Recommendations for adoption received"),
    QT_TRANSLATE_NOOP("Deadlines", "Side event announced"),
    QT_TRANSLATE_NOOP("Deadlines", "TDAG detailed report available"),
    QT_TRANSLATE_NOOP("Deadlines", "Res. 101 report on IP-based networks distributed"),
    QT_TRANSLATE_NOOP("Deadlines", "Decision 5 budget data to Council"),
    QT_TRANSLATE_NOOP("Deadlines", "Chair and vice-chair candidates (preferred date)"),
    QT_TRANSLATE_NOOP("Deadlines", "Chair and vice-chair candidates (at the latest)"),
    QT_TRANSLATE_NOOP("Deadlines", "EG-ITRs first draft of the final report"),
    QT_TRANSLATE_NOOP(
        "Deadlines", "Council secretariat documents with serious financial implications"
    ),
    QT_TRANSLATE_NOOP("Deadlines", "All Council secretariat documents"),
    QT_TRANSLATE_NOOP("Deadlines", "Member State contributions to Council"),
    QT_TRANSLATE_NOOP("Deadlines", "Documents for the Council's last meeting before the PP"),
    QT_TRANSLATE_NOOP("Deadlines", "Contributions to the Council's last meeting before the PP"),
)

_TIMETABLE = re.compile(r"ITU-D timetable of (\d{4}) meetings published")
_OFFSET = re.compile(r"(.+) ([+-]) (\d+) (calendar days?|weeks?|months?)")
_FIRST_OF_YEAR = re.compile(r"opening of the first ITU-D meeting of (\d{4})")


def deadline_title(d: Deadline) -> str:
    """The deadline's name: "WTDC contributions due", "Contributions de la CMDT attendues"."""
    if found := _TIMETABLE.fullmatch(d.title):
        return translate("Deadlines", "ITU-D timetable of {year} meetings published").format(
            year=found.group(1)
        )
    return translate("Deadlines", d.title)


def _anchor(words: str) -> str:
    if words == "opening":
        return translate("Deadlines", "opening")
    if words == "closing":
        return translate("Deadlines", "closing")
    if words == "opening of the next EG-ITRs meeting":
        return translate("Deadlines", "opening of the next EG-ITRs meeting")
    if found := _FIRST_OF_YEAR.fullmatch(words):
        return translate("Deadlines", "opening of the first ITU-D meeting of {year}").format(
            year=found.group(1)
        )
    return words


def _amount(count: int, unit: str) -> str:
    """ "21 calendar days", "3 weeks", "1 month", with the language's plural forms."""
    one = count == 1
    if unit.startswith("calendar"):
        text = "{count} calendar day" if one else "{count} calendar days"
    elif unit.startswith("week"):
        text = "{count} week" if one else "{count} weeks"
    else:
        text = "{count} month" if one else "{count} months"
    return translate("Deadlines", text).format(count=count)


# the forms lupdate must see, since _amount picks among them by variable
AMOUNTS = (
    QT_TRANSLATE_NOOP("Deadlines", "{count} calendar day"),
    QT_TRANSLATE_NOOP("Deadlines", "{count} calendar days"),
    QT_TRANSLATE_NOOP("Deadlines", "{count} week"),
    QT_TRANSLATE_NOOP("Deadlines", "{count} weeks"),
    QT_TRANSLATE_NOOP("Deadlines", "{count} month"),
    QT_TRANSLATE_NOOP("Deadlines", "{count} months"),
)


def deadline_rule(d: Deadline) -> str:
    """The offset in words: "opening - 21 calendar days", "ouverture - 21 jours civils"."""
    found = _OFFSET.fullmatch(d.rule)
    if found is None:
        return d.rule
    anchor, sign, count, unit = found.groups()
    # the sign and the amount stay together, in their order, inside an Arabic line
    return f"{_anchor(anchor)} {isolate(sign + ' ' + _amount(int(count), unit))}"
