"""Exporting the plan as iCalendar, for ``scheduler-app export -o FILE.ics`` and File > Export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from scheduler_app.domain import Meeting
from scheduler_app.domain.deadlines import deadlines_for
from scheduler_app.i18n import translate
from scheduler_app.interop.atomic import replacing_bytes
from scheduler_app.interop.ics_export import ExportRequest, Tombstone, export_text
from scheduler_app.services.checking import observances_between
from scheduler_app.services.report_words import count
from scheduler_app.services.venue_holidays import venue_holidays
from scheduler_app.storage import MeetingFilter, PlanningDatabase


@dataclass(frozen=True, slots=True)
class IcsOptions:
    """What to put in the file besides the meetings."""

    name: str = "ITU Meeting Planner"
    observances: bool = False
    deadlines: bool = False
    changed_since: dt.date | None = None


@dataclass(frozen=True, slots=True)
class IcsExport:
    meetings: int
    cancelled: int
    observances: int
    holidays: int
    deadlines: int

    def summary(self, path: Path | str) -> str:
        """ "wrote 40 meetings (and 3 deadlines) to plan.ics", in the current language."""
        extra = [
            text.format(n=count(n))
            for n, text in (
                (self.cancelled, translate("CommandLine", "{n} cancellations")),
                (self.observances, translate("CommandLine", "{n} religious periods")),
                (self.holidays, translate("CommandLine", "{n} public holidays")),
                (self.deadlines, translate("CommandLine", "{n} deadlines")),
            )
            if n
        ]
        n, where = count(self.meetings), str(path)
        if not extra:
            return translate("CommandLine", "wrote {n} meetings to {path}").format(n=n, path=where)
        return translate("CommandLine", "wrote {n} meetings (and {extra}) to {path}").format(
            n=n, extra=translate("CommandLine", ", ").join(extra), path=where
        )


def build_request(
    db: PlanningDatabase,
    where: MeetingFilter | None = None,
    options: IcsOptions = IcsOptions(),
    only: Sequence[Meeting] | None = None,
) -> ExportRequest:
    """Gather what an export writes: the meetings ``where`` selects, or exactly ``only`` (the
    meetings the GUI's filter shows)."""
    meetings = list(only) if only is not None else db.meetings(where)
    tombstones: list[Tombstone] = []
    if options.changed_since is not None:
        moment = f"{options.changed_since.isoformat()}T00:00:00Z"
        changed, deleted = db.changed_since(moment)
        meetings = [m for m in meetings if m.id in changed]
        tombstones = [
            Tombstone(
                d.id,
                d.uid or f"{d.id}@scheduler-app",
                d.title,
                d.sequence,
                d.start,
                d.end,
                d.deleted_at,
            )
            for d in deleted
        ]
    request = ExportRequest(
        meetings=meetings, stamps=db.export_stamps(), name=options.name, tombstones=tombstones
    )
    if options.observances and meetings:
        first = min(m.start for m in meetings)
        last = max(m.end for m in meetings)
        request.observances = observances_between(db, first, last)
        request.holidays = venue_holidays(db, meetings)
    if options.deadlines:
        # Some deadlines depend on other meetings (the first ITU-D meeting of the year, the next
        # EG-ITRs meeting): computed on the whole plan, then kept for the exported meetings.
        ids = {m.id for m in meetings}
        request.deadlines = [d for d in deadlines_for(db.meetings()) if d.meeting_id in ids]
    return request


def write_ics(path: Path | str, request: ExportRequest) -> IcsExport:
    """Write atomically: to a temporary file beside the target, then renamed into place."""
    path = Path(path)
    data = export_text(request).encode("utf-8")
    with replacing_bytes(path) as handle:
        handle.write(data)
    return IcsExport(
        meetings=len(request.meetings),
        cancelled=len(request.tombstones),
        observances=len(request.observances),
        holidays=len(request.holidays),
        deadlines=len(request.deadlines),
    )


def export_ics(
    db: PlanningDatabase,
    path: Path | str,
    where: MeetingFilter | None = None,
    options: IcsOptions = IcsOptions(),
) -> IcsExport:
    return write_ics(path, build_request(db, where, options))
