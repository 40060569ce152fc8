"""The meeting dialog's four tabs: which field goes on which tab, under which label.

The fields are made and read by :class:`~scheduler_app.ui.meeting_dialog.MeetingDialog`; the
texts stay filed under its translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from scheduler_app.ui.meeting_dialog_dates import row_of

if TYPE_CHECKING:
    from scheduler_app.ui.meeting_dialog import MeetingDialog


def meeting_tabs(d: MeetingDialog) -> QTabWidget:
    """The tabs Meeting, Dates, Place and Details holding ``d``'s fields."""
    tabs = QTabWidget()
    tabs.addTab(
        _form(
            (QCoreApplication.translate("MeetingDialog", "Code:"), d.code),
            (QCoreApplication.translate("MeetingDialog", "Title:"), d.title_edit),
            (QCoreApplication.translate("MeetingDialog", "Kind:"), d.kind),
            (QCoreApplication.translate("MeetingDialog", "Sector:"), d.sector),
            (QCoreApplication.translate("MeetingDialog", "Body:"), d.body),
            (QCoreApplication.translate("MeetingDialog", "Reports to:"), d.parent_body),
            (QCoreApplication.translate("MeetingDialog", "Status:"), d.status),
        ),
        QCoreApplication.translate("MeetingDialog", "&Meeting"),
    )
    when = QWidget()
    layout = QVBoxLayout(when)
    layout.addWidget(
        _form(
            (
                QCoreApplication.translate("MeetingDialog", "Dates known to the:"),
                d.period.precision_box,
            ),
            (QCoreApplication.translate("MeetingDialog", "Dates:"), d.period.pages),
            ("", d.timed),
            (
                QCoreApplication.translate("MeetingDialog", "Times:"),
                row_of(
                    d.start_time,
                    QLabel(QCoreApplication.translate("MeetingDialog", "to")),
                    d.end_time,
                ),
            ),
            (QCoreApplication.translate("MeetingDialog", "Time zone:"), d.zone),
            (QCoreApplication.translate("MeetingDialog", "Cycle year:"), d.nominal_year),
            margins=False,
        )
    )
    layout.addWidget(d.decided)
    layout.addStretch(1)
    tabs.addTab(when, QCoreApplication.translate("MeetingDialog", "&Dates"))
    tabs.addTab(
        _form(
            (QCoreApplication.translate("MeetingDialog", "Mode:"), d.mode),
            (QCoreApplication.translate("MeetingDialog", "Venue:"), d.venue),
            (QCoreApplication.translate("MeetingDialog", "Room:"), d.room),
            (QCoreApplication.translate("MeetingDialog", "City:"), d.city),
            (QCoreApplication.translate("MeetingDialog", "Country:"), d.country),
        ),
        QCoreApplication.translate("MeetingDialog", "&Place"),
    )
    tabs.addTab(
        _form(
            (QCoreApplication.translate("MeetingDialog", "Participants:"), d.participants),
            (QCoreApplication.translate("MeetingDialog", "Chair:"), d.chair),
            (QCoreApplication.translate("MeetingDialog", "Source:"), d.source),
            (QCoreApplication.translate("MeetingDialog", "Notes:"), d.notes),
        ),
        QCoreApplication.translate("MeetingDialog", "D&etails"),
    )
    tabs.setAccessibleName(QCoreApplication.translate("MeetingDialog", "Meeting fields"))
    tabs.tabBar().setAccessibleName(QCoreApplication.translate("MeetingDialog", "Field groups"))
    return tabs


def _form(*rows: tuple[str, QWidget], margins: bool = True) -> QWidget:
    page = QWidget()
    form = QFormLayout(page)
    if not margins:  # inside a page that has its own
        form.setContentsMargins(0, 0, 0, 0)
    for label, widget in rows:
        form.addRow(label, widget)
    return page
