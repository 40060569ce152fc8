"""The list a "+N more" button opens: its title, then each meeting it stands for (code and
title, plain text), as a menu the keyboard can walk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QWidget

from scheduler_app.screen.scene import More


def menu_text(text: str) -> str:
    """``text`` as a menu entry shows it: an ampersand would otherwise mark a shortcut."""
    return text.replace("&", "&&")


def more_menu(
    parent: QWidget,
    more: More,
    describe: Callable[[str], str],
    chosen: Callable[[str], None],
) -> QMenu:
    """A menu headed by ``more.title`` (greyed, not a choice) listing ``more.meeting_ids``;
    choosing one calls ``chosen(meeting_id)``."""
    menu = QMenu(parent)
    menu.setObjectName("more_menu")
    menu.setAccessibleName(more.title)
    menu.setTitle(menu_text(more.title))
    header = menu.addAction(menu_text(more.title))
    header.setEnabled(False)
    menu.addSeparator()
    for meeting_id in more.meeting_ids:
        action = menu.addAction(menu_text(describe(meeting_id)))
        action.setData(meeting_id)
        action.triggered.connect(lambda _=False, m=meeting_id: chosen(m))
    return menu


def open_more(
    parent: QWidget,
    more: More,
    at: QPoint,
    describe: Callable[[str], str],
    chosen: Callable[[str], None],
    by_keyboard: bool,
) -> QMenu:
    """Show the list at ``at`` (global) without blocking; from the keyboard the first meeting
    is active, so Down and Enter choose at once."""
    menu = more_menu(parent, more, describe, chosen)
    menu.aboutToHide.connect(menu.deleteLater)
    menu.popup(at)
    if by_keyboard:
        entries = [a for a in menu.actions() if a.data()]
        if entries:
            menu.setActiveAction(entries[0])
    return menu
