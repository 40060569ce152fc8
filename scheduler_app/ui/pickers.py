"""Searchable pickers for the meeting dialog: IANA time zones, Geneva's first; countries by name.

Both are editable combo boxes whose completer matches anywhere in an entry, so typing "zur" or
"ivoire" finds "Europe/Zurich" or "Côte d'Ivoire". What they hand back is what a ``Meeting``
stores: the zone's IANA name and the country's ISO 3166-1 alpha-2 code. Outside English the
countries are named in the window's language and each zone's city follows its IANA name
("Europe/Zurich (Цюрих)"), both from CLDR through Babel.
"""

from __future__ import annotations

import functools
import unicodedata
import zoneinfo

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from scheduler_app import i18n
from scheduler_app.domain.meeting import country_name

# Geneva has no zone of its own: "Europe/Geneva" does not exist in the IANA database.
GENEVA_ZONE = "Europe/Zurich"


@functools.cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone this machine knows, Geneva's first, the rest in alphabetical order."""
    return (GENEVA_ZONE, *sorted(zoneinfo.available_timezones() - {GENEVA_ZONE}))


def _sort_key(name: str) -> str:
    # "Åland Islands" sorts with the A's, not after "Zimbabwe"
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


# The IANA areas whose zones are named after a city; "US/Alaska", "Etc/GMT+5" and the like keep
# their IANA name alone.
_CITY_AREAS = frozenset(
    [
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    ]
)


@functools.cache
def zone_labels(lang: str) -> dict[str, str]:
    """The text each zone is listed by in ``lang``: its IANA name, and outside English its city
    as CLDR writes it in that language ("Europe/Zurich (苏黎世)") where it differs."""
    labels = {zone: zone for zone in zone_names()}
    if lang == "en":
        return labels
    from babel.dates import get_timezone, get_timezone_location

    locale = i18n.babel_locale(lang)
    for zone in labels:
        if zone.split("/")[0] not in _CITY_AREAS:
            continue
        city = get_timezone_location(get_timezone(zone), locale=locale, return_city=True)
        if city and city != zone.rsplit("/", 1)[-1].replace("_", " "):
            labels[zone] = f"{zone} ({city})"
    return labels


@functools.cache
def countries(lang: str = "en") -> tuple[tuple[str, str], ...]:
    """``(name, code)`` for every ISO 3166-1 country, named in ``lang`` (CLDR's names; the
    English ones are the domain's), in the alphabetical order of those names."""
    import pycountry  # the domain's own list of valid codes comes from it too

    named: dict[str, str] = {}
    if lang != "en":
        named = dict(i18n.babel_locale(lang).territories)
    pairs = (
        (named.get(c.alpha_2) or country_name(c.alpha_2), str(c.alpha_2))
        for c in pycountry.countries
    )
    if lang == "en":
        return tuple(sorted(pairs, key=lambda pair: _sort_key(pair[0])))
    # the language's own order (ICU's, through Qt): Cyrillic by its alphabet, Chinese by pinyin
    collator = QCollator(QLocale(i18n.LOCALES[lang]))
    return tuple(sorted(pairs, key=lambda pair: collator.sortKey(pair[0])))


def make_searchable(combo: QComboBox) -> None:
    """Let the planner type into ``combo`` and pick from the entries containing what they typed."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


def _name_editor(combo: QComboBox, name: str) -> None:
    editor = combo.lineEdit()
    if editor is not None:  # what a screen reader reads while the planner types into it
        editor.setAccessibleName(name)


class ZonePicker(QComboBox):
    """An IANA time zone, picked or typed; Europe/Zurich (Geneva) comes first and is the default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_text: dict[str, str] = {}
        for zone, label in zone_labels(i18n.language()).items():
            self.addItem(label, zone)
            for key in (label, zone):
                self._by_text.setdefault(key.casefold(), zone)
        self.setItemData(0, self.tr("Geneva's time zone"), Qt.ItemDataRole.ToolTipRole)
        make_searchable(self)
        _name_editor(self, self.tr("Time zone"))
        self.setCurrentIndex(0)

    def zone(self) -> str:
        """The IANA name of the zone listed, or the text as written (the caller checks it is a
        known one)."""
        text = self.currentText().strip()
        return self._by_text.get(text.casefold(), text)

    def set_zone(self, zone: str) -> None:
        index = self.findData(zone)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentText(zone)


class CountryPicker(QComboBox):
    """A country by its name, stored as its ISO 3166-1 alpha-2 code; the first entry is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("", "")
        self._by_text: dict[str, str] = {"": ""}
        for name, code in countries(i18n.language()):
            text = f"{name} ({code})"
            self.addItem(text, code)
            for key in (text, name, code):
                self._by_text.setdefault(key.casefold(), code)
        make_searchable(self)
        _name_editor(self, self.tr("Country"))
        self.setCurrentIndex(0)

    def code(self) -> str | None:
        """The code of the country shown: "" for none, None if the text names no country."""
        return self._by_text.get(self.currentText().strip().casefold())

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentText(code)
