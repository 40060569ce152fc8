"""Searchable pickers for the meeting dialog: IANA time zones, Geneva's first; countries by name.

Both are editable combo boxes whose completer matches anywhere in an entry, so typing "zur" or
"ivoire" finds "Europe/Zurich" or "Côte d'Ivoire". What they hand back is what a ``Meeting``
stores: the zone's IANA name and the country's ISO 3166-1 alpha-2 code.
"""

from __future__ import annotations

import functools
import unicodedata
import zoneinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

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


@functools.cache
def countries() -> tuple[tuple[str, str], ...]:
    """``(name, code)`` for every ISO 3166-1 country, in the order of their English names."""
    import pycountry  # the domain's own list of valid codes comes from it too

    pairs = ((country_name(c.alpha_2), str(c.alpha_2)) for c in pycountry.countries)
    return tuple(sorted(pairs, key=lambda pair: _sort_key(pair[0])))


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
        self.addItems(list(zone_names()))
        self.setItemData(0, self.tr("Geneva's time zone"), Qt.ItemDataRole.ToolTipRole)
        make_searchable(self)
        _name_editor(self, self.tr("Time zone"))
        self.setCurrentIndex(0)

    def zone(self) -> str:
        """The zone as written (the caller checks it is a known one)."""
        return self.currentText().strip()

    def set_zone(self, zone: str) -> None:
        index = self.findText(zone, Qt.MatchFlag.MatchExactly)
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
        for name, code in countries():
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
