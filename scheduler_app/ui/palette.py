"""Colours by meeting kind, as Qt colours (the table itself is :mod:`scheduler_app.domain.legend`).

Colours group related kinds (conferences in strong hues, Council in reds, Sector groups in blues
and greens, forums and outside events in greys), and never carry meaning alone: every view also
writes the kind or code.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from scheduler_app.domain import MeetingKind
from scheduler_app.domain.legend import KIND_HEX


def kind_color(kind: MeetingKind) -> QColor:
    return QColor(KIND_HEX[kind])
