"""Editors of the settings the rules read, each a non-modal dialog over the session: venues and
rooms, rule policy, observance corrections and waivers. The window opens them through the
``open_*`` functions, which bring an editor already open to the front instead of opening a
second one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from scheduler_app.ui.editors.base import SettingsDialog, reuse
from scheduler_app.ui.editors.observances import ObservancesDialog
from scheduler_app.ui.editors.policy import PolicyDialog
from scheduler_app.ui.editors.venues import VenuesDialog
from scheduler_app.ui.editors.waivers import WaiversDialog
from scheduler_app.ui.session import Session

__all__ = [
    "ObservancesDialog",
    "PolicyDialog",
    "SettingsDialog",
    "VenuesDialog",
    "WaiversDialog",
    "open_observances_editor",
    "open_policy_editor",
    "open_venues_editor",
    "open_waivers_editor",
]


def open_venues_editor(session: Session, parent: QWidget | None) -> VenuesDialog:
    """Venues and Rooms (the window's menu item)."""
    return reuse(parent, VenuesDialog, session, lambda: VenuesDialog(session, parent))


def open_policy_editor(
    session: Session, parent: QWidget | None, rule_id: str | None = None
) -> PolicyDialog:
    """Rule Policy, on ``rule_id`` when given (e.g. the rule of the selected finding)."""
    dialog = reuse(parent, PolicyDialog, session, lambda: PolicyDialog(session, parent))
    if rule_id:
        dialog.select_rule(rule_id)
    return dialog


def open_observances_editor(
    session: Session, parent: QWidget | None, year: int | None = None
) -> ObservancesDialog:
    """Religious Observances, of ``year`` when given (else the one shown, at first this year)."""
    dialog = reuse(parent, ObservancesDialog, session, lambda: ObservancesDialog(session, parent))
    if year is not None:
        dialog.year.setValue(year)
    return dialog


def open_waivers_editor(session: Session, parent: QWidget | None) -> WaiversDialog:
    """Waivers (the stored ones, to take back)."""
    return reuse(parent, WaiversDialog, session, lambda: WaiversDialog(session, parent))
