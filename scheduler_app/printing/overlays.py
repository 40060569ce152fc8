"""Which overlays the calendars draw besides the meetings (the window's and ``--overlays``)."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Overlays:
    """What the calendars draw besides the meetings: religious periods (PP Res. 111), the public
    holidays of the venues, outside ICT events, and the decided periods of PP Res. 77."""

    religious: bool = True
    holidays: bool = True
    outside: bool = True
    decided: bool = True

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def parse(cls, text: str) -> Overlays:
        """``"religious,decided"`` turns those on and the others off; ``"none"`` turns all off."""
        chosen = {w.strip().lower() for w in text.split(",") if w.strip()}
        if chosen == {"none"}:
            chosen = set()
        unknown = sorted(chosen - set(cls.names()))
        if unknown:
            raise ValueError(
                f"unknown overlay {', '.join(unknown)}: choose from {', '.join(cls.names())}"
                " or none"
            )
        return cls(**{name: name in chosen for name in cls.names()})

    def text(self) -> str:
        return ",".join(n for n in self.names() if getattr(self, n)) or "none"
