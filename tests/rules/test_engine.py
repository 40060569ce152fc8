"""Running the catalogue: waivers, policy, and the incremental re-check after edits."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler_app.domain import (
    DecidedPeriod,
    Meeting,
    MeetingKind,
    Mode,
    Precision,
    Sector,
    Status,
)
from scheduler_app.domain.dates import month_end
from scheduler_app.domain.observance import Observance
from scheduler_app.rules import (
    Calendar,
    CheckContext,
    Checker,
    Finding,
    Policy,
    Severity,
    UnknownRule,
    Waiver,
    check,
    counts,
    fingerprint,
)
from scheduler_app.rules.engine import subject_fingerprint
from tests.helpers import meeting
from tests.rules.support import D

PP30 = meeting("PP-30", "2030-10-07", "2030-10-28", kind="pp")  # 22 days
WTSA30 = meeting("WTSA-30", "2030-01-01", "2030-01-10", kind="wtsa")
WTDC30 = meeting("WTDC-30", "2030-03-06", "2030-03-16", kind="wtdc")  # 55 days after WTSA-30


def of_rule(findings: list[Finding], rule_id: str) -> list[Finding]:
    return [f for f in findings if f.rule_id == rule_id]


# --- waivers ------------------------------------------------------------------------------------------


def pressing_need(*meetings: Meeting, rule_id: str = "R77-PP-DURATION") -> Waiver:
    return Waiver(rule_id, tuple(m.id for m in meetings), "pressing need", fingerprint(meetings))


def test_a_waived_finding_is_marked_with_its_reason_and_not_counted() -> None:
    plain = check(Calendar([PP30]), rule_ids=["R77-PP-DURATION"])
    waived = check(Calendar([PP30]), rule_ids=["R77-PP-DURATION"], waivers=[pressing_need(PP30)])
    assert [(f.waived, f.meeting_codes) for f in plain] == [(False, ("PP-30",))]
    assert [(f.waived, f.waiver_reason, f.meeting_codes) for f in waived] == [
        (True, "pressing need", ("PP-30",))
    ]
    assert counts(plain) == {"error": 0, "warning": 1, "info": 0}
    assert counts(waived) == {"error": 0, "warning": 0, "info": 0}


def test_a_waiver_covers_only_its_rule() -> None:
    findings = check(Calendar([PP30]), waivers=[pressing_need(PP30, rule_id="R77-LAST-QUARTER")])
    assert [f.waived for f in of_rule(findings, "R77-PP-DURATION")] == [False]


def test_a_waived_finding_comes_back_when_its_meeting_moves() -> None:
    checker = Checker(Calendar([PP30]), Policy(), waivers=[pressing_need(PP30)])
    assert [f.waived for f in of_rule(checker.findings(), "R77-PP-DURATION")] == [True]
    moved = PP30.replace(start=D("2030-10-14"), end=D("2030-11-04"))  # still 22 days
    checker.update([PP30], [moved])
    findings = of_rule(checker.findings(), "R77-PP-DURATION")
    assert [(f.waived, f.message) for f in findings] == [
        (False, "PP-30 (14 Oct-4 Nov 2030) lasts 22 days (limit 21)")
    ]
    assert counts(findings)["warning"] == 1


def test_a_waiver_on_a_pair_comes_back_when_either_meeting_moves() -> None:
    waiver = pressing_need(WTSA30, WTDC30, rule_id="R77-GAP")
    checker = Checker(Calendar([WTSA30, WTDC30]), Policy(), waivers=[waiver])
    assert [f.waived for f in of_rule(checker.findings(), "R77-GAP")] == [True]
    moved = WTSA30.replace(start=D("2030-01-02"), end=D("2030-01-11"))
    checker.update([WTSA30], [moved])
    assert [f.waived for f in of_rule(checker.findings(), "R77-GAP")] == [False]
    checker.update([moved], [WTSA30])  # moved back: the waiver applies again
    assert [f.waived for f in of_rule(checker.findings(), "R77-GAP")] == [True]


def test_a_change_that_keeps_the_dates_keeps_the_waiver() -> None:
    checker = Checker(Calendar([PP30]), Policy(), waivers=[pressing_need(PP30)])
    renamed = PP30.replace(title="Plenipotentiary Conference 2030", city="Doha")
    checker.update([PP30], [renamed])
    assert [f.waived for f in of_rule(checker.findings(), "R77-PP-DURATION")] == [True]


# --- waivers of findings that name no meeting ------------------------------------------------------

C28 = meeting("C28", "2028-06-06", "2028-06-16", kind="council", city="Geneva")
C30 = meeting("C30", "2030-06-04", "2030-06-14", kind="council", city="Geneva")


def year_waiver(year: str, *meetings: Meeting, rule_id: str = "CV51-COUNCIL-ANNUAL") -> Waiver:
    return Waiver(
        rule_id, (), "Council decided", subject_fingerprint(rule_id, year, meetings), year
    )


def annual(checker: Checker) -> list[tuple[str, str, bool]]:
    return [
        (f.subject, f.message, f.waived) for f in of_rule(checker.findings(), "CV51-COUNCIL-ANNUAL")
    ]


def test_a_missing_council_session_is_about_its_year() -> None:
    [finding] = of_rule(check(Calendar([C28, C30])), "CV51-COUNCIL-ANNUAL")
    assert (finding.meeting_ids, finding.subject) == ((), "2029")
    assert finding.key == ("CV51-COUNCIL-ANNUAL", (), "2029")
    policy = Policy(as_of=D("2028-07-01"))
    findings = of_rule(check(Calendar([C28, C30]), policy), "R77-COUNCIL-NEXT-THREE")
    assert [(f.subject, f.meeting_ids) for f in findings] == [("2029", ()), ("2031", ())]


def test_a_year_waiver_covers_that_year_only() -> None:
    c31 = meeting("C31", "2031-06-03", "2031-06-13", kind="council", city="Geneva")
    cal = Calendar([C28, C30, c31.replace(kind=MeetingKind.COUNCIL_EXTRA)])
    checker = Checker(cal, Policy(), waivers=[year_waiver("2029")])
    assert annual(checker) == [
        ("2029", "No ordinary Council session in 2029", True),
        ("2031", "No ordinary Council session in 2031", False),
    ]
    assert counts(of_rule(checker.findings(), "CV51-COUNCIL-ANNUAL"))["warning"] == 1


def test_a_meeting_waiver_does_not_cover_a_year_finding_of_the_same_rule() -> None:
    checker = Checker(
        Calendar([C28, C30]), Policy(), waivers=[pressing_need(C28, rule_id="CV51-COUNCIL-ANNUAL")]
    )
    assert annual(checker) == [("2029", "No ordinary Council session in 2029", False)]


def test_a_year_waiver_lapses_when_a_meeting_the_rule_reads_comes_into_that_year() -> None:
    checker = Checker(Calendar([C28, C30]), Policy(), waivers=[year_waiver("2029")])
    assert [w for _, _, w in annual(checker)] == [True]
    extra = meeting("C29-EXTRA", "2029-10-01", kind="council-extra", city="Geneva")
    checker.update([], [extra])  # an additional session is not the ordinary one: still missing
    assert annual(checker) == [("2029", "No ordinary Council session in 2029", False)]
    checker.update([extra], [])  # gone again: the year is as it was waived
    assert [w for _, _, w in annual(checker)] == [True]


def test_a_year_waiver_holds_when_a_meeting_the_rule_ignores_comes_into_that_year() -> None:
    checker = Checker(Calendar([C28, C30]), Policy(), waivers=[year_waiver("2029")])
    checker.update([], [meeting("SG1-2029", "2029-03-05", city="Geneva")])
    assert [w for _, _, w in annual(checker)] == [True]


# --- policy -------------------------------------------------------------------------------------------


def test_disabling_a_rule_silences_it() -> None:
    policy = Policy({"R77-PP-DURATION": {"enabled": False}})
    assert of_rule(check(Calendar([PP30]), policy), "R77-PP-DURATION") == []
    assert of_rule(check(Calendar([PP30])), "R77-PP-DURATION") != []
    checker = Checker(Calendar([PP30]), policy)
    checker.update([PP30], [PP30.replace(end=D("2030-10-30"))])
    assert of_rule(checker.findings(), "R77-PP-DURATION") == []


def test_a_severity_override_changes_the_findings_severity() -> None:
    policy = Policy({"R77-PP-DURATION": {"severity": "error"}})
    findings = of_rule(check(Calendar([PP30]), policy), "R77-PP-DURATION")
    assert [f.severity for f in findings] == [Severity.ERROR]
    assert counts(findings) == {"error": 1, "warning": 0, "info": 0}


def test_findings_are_sorted_by_severity_then_catalogue_order() -> None:
    policy = Policy({"R77-PP-DURATION": {"severity": "info"}})
    findings = check(Calendar([PP30, WTSA30, WTDC30]), policy)
    assert [(f.severity.value, f.rule_id) for f in findings] == [
        ("warning", "R77-LAST-QUARTER"),
        ("warning", "R77-LAST-QUARTER"),
        ("warning", "R77-SAME-YEAR"),
        ("warning", "R77-GAP"),
        ("info", "R77-PP-YEAR"),
        ("info", "R77-PP-YEAR"),
        ("info", "R77-PP-DURATION"),
    ]


def test_an_unknown_rule_id_is_refused() -> None:
    with pytest.raises(UnknownRule):
        check(Calendar([PP30]), rule_ids=["R77-NOPE"])


# --- the incremental checker agrees with a fresh one --------------------------------------------------

BASE = dt.date(2026, 1, 1)
KINDS = [k.value for k in MeetingKind]
ITU_D = {"study-group", "rapporteur-group", "rpm", "wtdc"}
ROOMS: list[tuple[str, str] | None] = [
    None,
    ("ITU headquarters", "Popov Room"),
    ("CICG", "Room 2"),
    (" cicg", "ROOM  2"),
]
CHAIRS = ["", "Mr X", "x", "Ms Y"]
TIMES = [
    None,
    (dt.time(9, 30), dt.time(12, 30)),
    (dt.time(14, 30), dt.time(17, 30)),
    (dt.time(12, 0), dt.time(15, 0)),
]


def _observances() -> list[Observance]:
    days = [
        ("yom-kippur", "Yom Kippur", "2026-09-21", "2026-09-21"),
        ("eid-al-adha", "Eid al-Adha", "2026-05-27", "2026-05-30"),
        ("diwali", "Diwali", "2026-11-08", "2026-11-08"),
        ("ramadan", "Ramadan", "2027-02-08", "2027-03-09"),
        ("christmas", "Christmas", "2026-12-24", "2026-12-26"),
        ("vesak", "Vesak", "2027-05-20", "2027-05-20"),
    ]
    return [Observance(k, n, D(s), D(e)) for k, n, s, e in days]


def _holidays(country: str, subdiv: str, year: int) -> Mapping[dt.date, str]:
    if country == "CH" and subdiv == "GE":
        return {dt.date(year, 9, 10): "Genevan Fast", dt.date(year, 12, 31): "Restoration"}
    if country == "CH":
        return {dt.date(year, 8, 1): "National Day"}
    return {dt.date(year, 12, 2): "National Day"}


CONTEXT = CheckContext(
    observances=_observances(),
    holidays=_holidays,
    weekend=lambda c: frozenset({4, 5}) if c == "AE" else frozenset({5, 6}),
    capacities={("cicg", "room 2"): 496, ("itu headquarters", "popov room"): 300},
)
POLICIES = [
    Policy(as_of=D("2026-06-01")),
    Policy(
        {
            "R111-RELIGIOUS": {"include_eve": True, "islamic_uncertainty_days": 1},
            "WTDC1-TDAG-WITH-SG": {"include_rapporteur_groups": True, "min_gap_days": 3},
            "R77-ICT-EVENT": {"only_major": True, "major_min_participants": 300},
            "WTDC1-SG-ANNUAL": {"prefer_second_half": True},
            "R77-GAP": {"min_gap_days": 20},
        },
        as_of=D("2027-03-01"),
    ),
]


@dataclasses.dataclass(frozen=True)
class Spec:
    """What a generated meeting is made of; edits change these, and the meeting is rebuilt."""

    code: str
    kind: str
    offset: int
    length: int
    month_only: bool
    room: int
    chair: int
    times: int
    group: int
    city: int
    mode: int
    participants: int | None
    decided: bool
    cancelled: bool

    def build(self) -> Meeting:
        start = BASE + dt.timedelta(days=self.offset)
        kw: dict[str, Any] = {}
        if self.month_only:
            start = start.replace(day=1)
            end = month_end(start.year, start.month)
            kw["precision"] = Precision.MONTH
        else:
            end = start + dt.timedelta(days=self.length)
            if (slot := TIMES[self.times]) is not None and self.length == 0:
                kw.update(start_time=slot[0], end_time=slot[1], timezone="Europe/Zurich")
        if self.kind in ITU_D:
            kw["sector"] = Sector.D
        sg = f"ITU-D SG{self.group % 2 + 1}"
        if self.kind == "study-group":
            kw["body"] = sg
        elif self.kind == "rapporteur-group":
            kw.update(parent=sg, body=f"RG-Q{self.group % 3 + 1}/{self.group % 2 + 1}")
        elif self.kind == "advisory-group":
            kw["body"] = "TDAG" if self.group % 3 else "TSAG"
            kw["sector"] = Sector.D if self.group % 3 else Sector.T
        elif self.kind == "rpm":
            kw["body"] = "RPM-" + ["AFR", "AMS", "ARB", "ASP", "CIS", "EUR"][self.group % 6]
        if (room := ROOMS[self.room]) is not None:
            kw.update(venue=room[0], room=room[1])
        city, country = [("Geneva", "CH"), ("Dubai", "AE"), ("", "")][self.city]
        if self.decided:
            kw["decided"] = DecidedPeriod(dt.date(start.year, 10, 1), dt.date(start.year, 12, 31))
        if self.kind == "wtsa" and self.group % 2:
            kw["nominal_year"] = start.year - 2
        return meeting(
            self.code,
            start.isoformat(),
            end.isoformat(),
            kind=self.kind,
            city=city,
            country=country,
            chair=CHAIRS[self.chair],
            mode=[Mode.IN_PERSON, Mode.HYBRID, Mode.VIRTUAL][self.mode],
            participants=self.participants,
            status=Status.CANCELLED if self.cancelled else Status.CONFIRMED,
            **kw,
        )


HOT = [30, 160, 300, 430, 600, 700]  # most meetings crowd around a few dates, so they overlap


def specs(code: str) -> st.SearchStrategy[Spec]:
    return st.builds(
        Spec,
        code=st.just(code),
        kind=st.sampled_from(KINDS),
        offset=st.integers(0, 729)
        | st.builds(int.__add__, st.sampled_from(HOT), st.integers(0, 10)),
        length=st.sampled_from([0, 0, 0, 1, 2, 4, 9, 20, 30]),
        month_only=st.sampled_from([False] * 5 + [True]),
        room=st.integers(0, len(ROOMS) - 1),
        chair=st.integers(0, len(CHAIRS) - 1),
        times=st.integers(0, len(TIMES) - 1),
        group=st.integers(0, 5),
        city=st.integers(0, 2),
        mode=st.sampled_from([0, 0, 0, 1, 2]),
        participants=st.none() | st.integers(100, 600),
        decided=st.booleans(),
        cancelled=st.sampled_from([False] * 9 + [True]),
    )


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[list[Spec], list[tuple[str, Any]], Policy]:
    n = draw(st.integers(5, 30))
    meetings = [draw(specs(f"M{i}")) for i in range(n)]
    edits: list[tuple[str, Any]] = []
    for step in range(draw(st.integers(1, 8))):
        what = draw(st.sampled_from(["move", "move", "kind", "delete", "add", "swap", "cancel"]))
        if what == "add":
            edits.append(("add", draw(specs(f"N{step}"))))
        elif what == "move":
            days = draw(st.integers(-5, 5) | st.integers(-60, 60))
            edits.append(("move", (draw(st.integers(0, 10**6)), days)))
        elif what == "kind":
            edits.append(("kind", (draw(st.integers(0, 10**6)), draw(st.sampled_from(KINDS)))))
        else:
            edits.append((what, (draw(st.integers(0, 10**6)), draw(st.integers(0, 10**6)))))
    return meetings, edits, draw(st.sampled_from(POLICIES))


def _key(findings: list[Finding]) -> list[tuple[str, tuple[str, ...], str, str]]:
    return sorted((f.rule_id, f.meeting_ids, f.message, f.severity.value) for f in findings)


def _apply(current: dict[str, Spec], edit: tuple[str, Any]) -> tuple[list[Meeting], list[Meeting]]:
    """Apply one edit to the specs; return the (before, after) meetings for Checker.update."""
    what, arg = edit
    if what == "add":
        current[arg.code] = arg
        return [], [arg.build()]
    codes = sorted(current)
    if not codes:
        return [], []
    old = current[codes[arg[0] % len(codes)]]
    if what == "delete":
        del current[old.code]
        return [old.build()], []
    if what == "swap":  # two meetings exchange their dates in one update
        other = current[codes[arg[1] % len(codes)]]
        a = dataclasses.replace(old, offset=other.offset, length=other.length)
        b = dataclasses.replace(other, offset=old.offset, length=old.length)
        current[a.code], current[b.code] = a, b
        pairs = {old.code: (old, a), other.code: (other, b)}
        return [p[0].build() for p in pairs.values()], [p[1].build() for p in pairs.values()]
    if what == "move":
        new = dataclasses.replace(old, offset=min(max(old.offset + arg[1], 0), 729))
    elif what == "kind":
        new = dataclasses.replace(old, kind=arg[1])
    else:  # cancel or restore
        new = dataclasses.replace(old, cancelled=not old.cancelled)
    current[new.code] = new
    return [old.build()], [new.build()]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(scenarios())
def test_incremental_updates_give_the_same_findings_as_a_fresh_check(
    scenario: tuple[list[Spec], list[tuple[str, Any]], Policy],
) -> None:
    initial, edits, policy = scenario
    current = {s.code: s for s in initial}
    checker = Checker(Calendar([s.build() for s in initial], CONTEXT), policy)
    for edit in edits:
        before, after = _apply(current, edit)
        checker.update(before, after)
        fresh = Checker(Calendar([s.build() for s in current.values()], CONTEXT), policy)
        assert _key(checker.findings()) == _key(fresh.findings()), edit


def test_the_generator_makes_the_interesting_cases() -> None:
    # A fixed scenario the property test relies on: rooms, chairs and parents shared.
    a = Spec("A", "rapporteur-group", 10, 0, False, 2, 1, 0, 0, 0, 0, 500, False, False)
    b = dataclasses.replace(a, code="B", group=2, room=3, chair=2)
    c = dataclasses.replace(a, code="C", kind="workshop", room=1)
    d = dataclasses.replace(c, code="D", kind="study-group", group=1, chair=0)
    findings = check(Calendar([s.build() for s in (a, b, c, d)], CONTEXT), POLICIES[0])
    rules = {f.rule_id for f in findings}
    assert {
        "VENUE-ROOM-CLASH",
        "PERSON-CLASH",
        "WTDC1-RG-PARALLEL",
        "VENUE-CAPACITY",
        "R77-HQ-PRIORITY",
    } <= rules
