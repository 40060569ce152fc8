"""Suggesting dates for one meeting: every start in a period, ranked by what the rules would say.

Each candidate carries the findings it would cause, from the same rules engine against the whole
calendar. "The findings of a candidate" are, after moving the meeting there: every finding that
names the meeting, plus every finding that names only other meetings, or none, and that the
calendar as stored does not have (a study group moved out of a year leaves "no meeting in 2031").
So after applying a candidate, ``check`` reports exactly those findings about the meeting, and
every other finding it reports was there before.

Cost: a *local* rule (``RuleSpec.around``) judges a meeting by its neighbours alone, so every start
in a year is judged by the local rules for a few tens of milliseconds. The other rules re-read a
whole kind of meeting (milliseconds each), so they run only for the candidates that could still
make the top. Some of them can say cheaply which of their findings would name the meeting
(``RuleSpec.about``: a conference outside the last quarter, a study group too close before a
WTDC); with the local findings these are a lower bound of a candidate's findings, and candidates
are checked in full best first until none left unchecked could beat the ones kept (or a budget of
full checks is spent, which ``Suggestions.proven`` says). Without that bound a WTDC, which draws a
warning from those rules wherever it starts, could never be proven best.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from scheduler_app.domain import Meeting, Precision, Status
from scheduler_app.domain.dates import format_span, parse_period
from scheduler_app.domain.errors import InvalidMeeting
from scheduler_app.rules import Checker, Finding, Severity
from scheduler_app.rules.engine import apply_waivers, sort_findings
from scheduler_app.rules.model import RuleSpec
from scheduler_app.storage import PlanningDatabase

DEFAULT_TOP = 5
MAX_PERIOD_DAYS = 3 * 366
# Full checks beyond the ``top`` asked for, when the cheap bound cannot settle the ranking.
EXTRA_FULL_CHECKS = 4


class SuggestError(ValueError):
    """A request the planner cannot use; the message says which meeting and what to change."""


@dataclass(frozen=True, slots=True)
class Place:
    """Where the meeting would sit, when the planner asks about another place than its own."""

    city: str
    country: str
    venue: str = ""
    room: str = ""


@dataclass(frozen=True)
class Candidate:
    """One date range for the meeting, with the findings moving it there would cause."""

    meeting: Meeting  # the meeting as it would be: apply this
    findings: tuple[Finding, ...]
    distance: int  # days from its current start

    @property
    def start(self) -> dt.date:
        return self.meeting.start

    @property
    def end(self) -> dt.date:
        return self.meeting.end

    @property
    def counts(self) -> dict[str, int]:
        return severity_counts(self.findings)

    @property
    def key(self) -> tuple[int, ...]:
        return rank_key(self.counts, self.start, self.distance)

    def is_clean(self, worst: Severity = Severity.WARNING) -> bool:
        """No unwaived finding of ``worst`` or graver."""
        c = self.counts
        return c["error"] == 0 and (worst is Severity.ERROR or c["warning"] == 0)


@dataclass(frozen=True)
class Blocker:
    """What closes days of the period: a rule and its cause (an observance, a holiday, another
    meeting), with the days closed; ``days`` is empty for a rule that every candidate breaks."""

    rule_id: str
    severity: Severity
    cause: str
    days: tuple[tuple[dt.date, dt.date], ...] = ()
    message: str = ""


@dataclass
class Suggestions:
    """The answer to "when could this meeting be held?"."""

    meeting: Meeting  # as stored
    first: dt.date  # the period searched
    last: dt.date
    days: int
    candidates: list[Candidate]
    blocked_by: list[Blocker] = field(default_factory=list)
    longest_free: tuple[dt.date, dt.date] | None = None
    considered: int = 0  # starts judged by the local rules
    checked_in_full: int = 0
    proven: bool = True  # False when the budget of full checks ran out before the bound settled
    checked: list[Candidate] = field(default_factory=list, repr=False)  # every one checked in full

    @property
    def has_error_free(self) -> bool:
        return any(c.is_clean(Severity.ERROR) for c in self.candidates)

    @property
    def has_clean(self) -> bool:
        return any(c.is_clean() for c in self.candidates)


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    result = {s.value: 0 for s in Severity}
    for f in findings:
        if not f.waived:
            result[f.severity.value] += 1
    return result


def rank_key(counts: dict[str, int], start: dt.date, distance: int) -> tuple[int, ...]:
    """Errors, then warnings, then information findings; among equals a Monday start first, then
    the nearest to the current dates (then the earlier)."""
    monday = 0 if start.weekday() == 0 else 1
    return (counts["error"], counts["warning"], counts["info"], monday, distance, start.toordinal())


# --- periods -------------------------------------------------------------------------------------


def parse_within(text: str) -> tuple[dt.date, dt.date]:
    """A period as planners write it: ``2035``, ``2035-Q4``, ``2035-10``, or ``A..B`` where each
    end is a date or such a period (``2035-03-01..2035-06-30``, ``2035-10..2035-12``)."""
    value = text.strip()
    if ".." in value:
        a, b = (part.strip() for part in value.split("..", 1))
        first, last = _bound(a)[0], _bound(b)[1]
    else:
        first, last = _bound(value)
    if last < first:
        raise SuggestError(f"the period {text!r} ends before it starts")
    if (last - first).days >= MAX_PERIOD_DAYS:
        raise SuggestError(f"the period {text!r} is longer than three years; give a shorter one")
    return first, last


def _bound(text: str) -> tuple[dt.date, dt.date]:
    try:
        period = parse_period(text, "within")
        if period is not None:
            return period[0], period[1]
        day = dt.date.fromisoformat(text)
    except (InvalidMeeting, ValueError):
        pass
    else:
        return day, day
    raise SuggestError(
        f"{text!r} is not a period: write 2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30"
    )


def default_period(m: Meeting) -> tuple[dt.date, dt.date]:
    """The period decided for the meeting; else the month, quarter or year it is known by; else
    the year it starts in."""
    if m.decided is not None:
        return m.decided.start, m.decided.end
    if m.precision is not Precision.DAY:
        return m.start, m.end
    return dt.date(m.start.year, 1, 1), dt.date(m.start.year, 12, 31)


# --- the search ----------------------------------------------------------------------------------


class _Probe:
    """Moves one meeting through the checker's calendar and judges it there, then puts it back."""

    def __init__(self, checker: Checker, original: Meeting) -> None:
        self.checker = checker
        self.cal = checker.calendar
        self.original = original
        self.current = original
        enabled = [s for s in checker.rules if checker.policy.enabled(s)]
        self.local = [s for s in enabled if s.around is not None]
        self.kinds = {original.kind.value}
        # rules that are not local but name their findings about one meeting cheaply; only those
        # a full check of the candidate runs (see global_findings)
        self.naming = [
            s
            for s in enabled
            if s.around is None
            and s.about is not None
            and self.kinds <= s.about_kinds
            and (s.reads is None or self.kinds & s.reads)
        ]
        self.baseline: dict[str, set[Finding]] = defaultdict(set)
        for f in checker.findings():
            self.baseline[f.rule_id].add(f)

    def _move(self, m: Meeting) -> None:
        if m is self.current:
            return
        self.cal.remove(self.current)
        self.cal.add(m)
        self.current = m

    def restore(self) -> None:
        self._move(self.original)

    def _claimed(self, spec: RuleSpec, found: Iterable[Finding], mid: str) -> list[Finding]:
        found = apply_waivers(found, self.checker.waivers, self.cal.every_meeting)
        before = self.baseline.get(spec.id, set())
        return [f for f in found if mid in f.meeting_ids or f not in before]

    def local_findings(self, m: Meeting) -> list[Finding]:
        """The findings of the local rules with the meeting as ``m`` (exact for those rules)."""
        self._move(m)
        policy, out = self.checker.policy, []
        for spec in self.local:
            assert spec.around is not None
            out += self._claimed(spec, spec.around(self.cal, policy, spec, [m]), m.id)
        return out

    def named_findings(self, m: Meeting) -> list[Finding]:
        """The findings naming ``m`` of the other rules that can give them alone: part of what
        :meth:`global_findings` will find, so with the local findings a lower bound."""
        self._move(m)
        policy, out = self.checker.policy, []
        for spec in self.naming:
            assert spec.about is not None
            out += self._claimed(spec, spec.about(self.cal, policy, spec, [m]), m.id)
        return out

    def global_findings(self, m: Meeting) -> list[Finding]:
        """The findings of the other rules that read the meeting's kind, with it as ``m``: what
        ``Checker.update`` would re-run."""
        self._move(m)
        policy, out = self.checker.policy, []
        kinds = self.kinds | {m.kind.value}
        for spec in self.checker.rules:
            if spec.around is not None or not policy.enabled(spec):
                continue
            if spec.reads is None or kinds & spec.reads:
                out += self._claimed(spec, spec.check_fn(self.cal, policy, spec), m.id)
        return out


def _stored_in(db: PlanningDatabase, meeting: Meeting | str) -> Meeting:
    if isinstance(meeting, Meeting):
        return meeting
    found = db.meeting_by_code(meeting)
    if found is None:
        raise SuggestError(f"no meeting has the code {meeting}")
    return found


def _stored(checker: Checker, meeting: Meeting | str) -> Meeting:
    cal = checker.calendar
    if isinstance(meeting, str):
        found = next((m for m in cal.every_meeting.values() if m.label == meeting), None)
        if found is None:
            raise SuggestError(f"no meeting has the code {meeting}")
        meeting = found
    stored = cal.by_id.get(meeting.id)
    if stored is None:
        what = "is cancelled" if meeting.status is Status.CANCELLED else "is not in this plan"
        raise SuggestError(f"{meeting.label} {what}: there is nothing to place")
    return stored


def _checker_for(
    db: PlanningDatabase, first: dt.date, last: dt.date, as_of: dt.date | None
) -> Checker:
    """A checker for the database that also knows the observances of the period searched (a
    check after moving the meeting there would compute them), stored once like ``check`` does."""
    from scheduler_app.services.checking import (
        FIRST_OBSERVANCE_YEAR,
        LAST_OBSERVANCE_YEAR,
        checker_for_database,
        ensure_observances,
    )

    if not db.read_only:
        years = range(max(first.year - 1, FIRST_OBSERVANCE_YEAR), last.year + 1)
        ensure_observances(db, [y for y in years if y <= LAST_OBSERVANCE_YEAR])
    return checker_for_database(db, as_of=as_of)


def placed(m: Meeting, start: dt.date, days: int, place: Place | None) -> Meeting:
    """The meeting moved to ``start`` for ``days`` days (and to ``place``), with day precision."""
    changes: dict[str, object] = {
        "start": start,
        "end": start + dt.timedelta(days=days - 1),
        "precision": Precision.DAY,
    }
    if place is not None:
        changes |= {"city": place.city, "country": place.country}
        changes |= {"venue": place.venue, "room": place.room}
    return m.replace(**changes)


def suggest(
    source: PlanningDatabase | Checker,
    meeting: Meeting | str,
    *,
    within: tuple[dt.date, dt.date] | None = None,
    days: int | None = None,
    place: Place | None = None,
    top: int = DEFAULT_TOP,
    as_of: dt.date | None = None,
) -> Suggestions:
    """Candidate dates for ``meeting`` (a stored meeting, or its code), best first.

    ``source`` is a planning database (a checker is built for it, with the observances of the
    period) or a checker already current (the window's); the checker's calendar is left as it was
    found. ``within`` defaults to :func:`default_period`, ``days`` to the meeting's own length;
    ``place`` asks about another city, venue or room (:func:`place_in_database` makes one).
    """
    from scheduler_app.services.day_masks import explain

    if isinstance(source, Checker):
        checker = source
        stored = _stored(checker, meeting)
    else:
        stored = _stored_in(source, meeting)
        first, last = within or default_period(stored)
        checker = _checker_for(source, first, last, as_of)
        stored = _stored(checker, stored)
    first, last = within or default_period(stored)
    if days is None:
        if stored.precision is not Precision.DAY:
            raise SuggestError(
                f"{stored.label} is known only as {stored.span}: say how many days it lasts"
            )
        days = stored.days
    if days < 1:
        raise SuggestError(f"{stored.label}: a meeting lasts at least one day")
    if top < 1:
        raise SuggestError("ask for at least one suggestion")
    span = (last - first).days + 1
    if span < days:
        raise SuggestError(
            f"{stored.label} lasts {days} days, longer than {format_span(first, last)} "
            f"({span} days): give a longer period or fewer days"
        )
    probe = _Probe(checker, stored)
    try:
        result = _search(probe, stored, first, last, days, place, top)
        if not result.has_clean:
            full = result.checked
            result.blocked_by, result.longest_free = explain(
                probe, stored, first, last, place, full
            )
        return result
    finally:
        probe.restore()


def _search(
    probe: _Probe,
    stored: Meeting,
    first: dt.date,
    last: dt.date,
    days: int,
    place: Place | None,
    top: int,
) -> Suggestions:
    starts = [first + dt.timedelta(days=i) for i in range((last - first).days - days + 2)]
    local: dict[dt.date, tuple[Meeting, list[Finding]]] = {}
    bounds: dict[dt.date, tuple[int, ...]] = {}
    for s in starts:
        m = placed(stored, s, days, place)
        found = probe.local_findings(m)
        local[s] = (m, found)
        least = severity_counts([*found, *probe.named_findings(m)])
        bounds[s] = rank_key(least, s, abs((s - stored.start).days))
    bound = bounds.__getitem__

    order = sorted(starts, key=bound)
    full: list[Candidate] = []
    budget = top + EXTRA_FULL_CHECKS
    proven = True
    for s in order:
        kept = sorted(full, key=lambda c: c.key)[:top]
        if len(kept) == top and bound(s) >= kept[-1].key:
            break  # no candidate left can beat the ones kept: the local findings are a bound
        if len(full) >= budget:
            proven = False
            break
        m, found = local[s]
        findings = tuple(sort_findings([*found, *probe.global_findings(m)]))
        full.append(Candidate(m, findings, abs((s - stored.start).days)))
    candidates = sorted(full, key=lambda c: c.key)[:top]
    return Suggestions(
        meeting=stored,
        first=first,
        last=last,
        days=days,
        candidates=candidates,
        considered=len(starts),
        checked_in_full=len(full),
        proven=proven,
        checked=full,
    )


def open_starts(checker: Checker, meeting: Meeting, first: dt.date, last: dt.date) -> set[dt.date]:
    """The days of [first, last] where ``meeting``, keeping its length, could start without an
    error or a warning from the rules that judge it by its neighbours and its own dates (the
    lower bound ``suggest`` ranks by: a start outside it surely draws a warning; one inside it
    may still draw one from the rules that read the whole calendar). The checker's calendar is
    left as it was found."""
    stored = checker.calendar.by_id.get(meeting.id)
    if stored is None or stored.precision is not Precision.DAY:
        return set()
    probe = _Probe(checker, stored)
    found: set[dt.date] = set()
    try:
        day = first
        while day <= last:
            m = placed(stored, day, stored.days, None)
            counts = severity_counts([*probe.local_findings(m), *probe.named_findings(m)])
            if counts["error"] == 0 and counts["warning"] == 0:
                found.add(day)
            day += dt.timedelta(days=1)
    finally:
        probe.restore()
    return found
