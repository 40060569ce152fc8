"""Helpers for building tiny calendars by hand."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from scheduler_app.domain import Meeting, MeetingKind


def meeting(
    code: str = "SG1-2027-1",
    start: str = "2027-03-01",
    end: str | None = None,
    kind: MeetingKind | str = MeetingKind.STUDY_GROUP,
    **kw: Any,
) -> Meeting:
    """A valid meeting with as little typing as possible; ``end`` defaults to ``start``."""
    return Meeting(
        id=kw.pop("id", str(uuid.uuid5(uuid.NAMESPACE_URL, f"test:{code}"))),
        code=code,
        title=kw.pop("title", f"Meeting {code}"),
        kind=MeetingKind(kind),
        start=dt.date.fromisoformat(start),
        end=dt.date.fromisoformat(end or start),
        **kw,
    )
