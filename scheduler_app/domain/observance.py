"""Observances: religious periods to avoid (PP Resolution 111) and public holidays of a venue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from scheduler_app.i18n import translate


class InvalidObservance(ValueError):
    """An observance that cannot exist."""


@dataclass(frozen=True, slots=True)
class Observance:
    """One occurrence of an observance: "Yom Kippur 2027, 11 Oct", "Ramadan 1448, 8 Feb-8 Mar 2027".

    ``key`` names the observance across years (``yom-kippur``); ``variant`` tells traditions or
    countries apart where they disagree (Vesak: ``India`` and ``Singapore``). ``end`` is inclusive.
    ``estimated`` marks dates that may differ by a day or more in practice (Islamic dates vary by
    country; Diwali and Vesak come from yearly tables). ``provenance`` names the library and version
    that computed it, or "edited by the planner" for a user's correction.
    """

    key: str
    name: str
    start: dt.date
    end: dt.date
    estimated: bool = False
    provenance: str = ""
    variant: str = ""
    religion: str = ""

    def __post_init__(self) -> None:
        if not self.key or not self.name:
            raise InvalidObservance(translate("Messages", "an observance needs a key and a name"))
        if self.end < self.start:
            raise InvalidObservance(
                translate("Messages", "{name}: ends {end} before it starts {start}").format(
                    name=self.name, end=self.end, start=self.start
                )
            )

    @property
    def label(self) -> str:
        """``Vesak (India)`` or ``Yom Kippur``."""
        return f"{self.name} ({self.variant})" if self.variant else self.name

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end
