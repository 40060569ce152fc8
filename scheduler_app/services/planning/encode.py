"""The rules between meetings, as constraints of the plan model, with the policy's parameters.

Each encoder reads the same parameters as the rule it stands for (``rules/``) and names it, so
a violation in the model is the rule's finding in the check that follows. Rules that judge one
meeting against the fixed calendar are already in the starts' costs (:mod:`.unary`); here are
the constraints between two meetings of which at least one is to be placed:

- no overlap: one room (VENUE-ROOM-CLASH), one study group's rapporteur groups
  (WTDC1-RG-PARALLEL), one chair (PERSON-CLASH), forums and core activities (R77-FORUM-CORE),
  CWGs and conferences or advisory groups (DEC11-CWG-CLASH), conferences and outside ICT events
  (R77-ICT-EVENT), RPMs and other ITU-D meetings (R31-RPM-TIMING);
- gaps: between conferences (R77-GAP), TDAG and study groups (WTDC1-TDAG-WITH-SG), study groups
  and the next WTDC (WTDC1-SG-BEFORE-WTDC);
- years: not two conferences in one year (R77-SAME-YEAR);
- the WTDC's preparations: the last TDAG 3-6 months before it, after the RPMs (R31-RPM-TIMING).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from dateutil.relativedelta import relativedelta
from ortools.sat.python import cp_model

from scheduler_app.domain import Meeting, MeetingKind
from scheduler_app.i18n import isolate, translate
from scheduler_app.rules.calendar import is_body, itu_d, person_key, room_key
from scheduler_app.rules.model import REGISTRY
from scheduler_app.rules.wording import code as coded
from scheduler_app.services.planning.model import Expr, PlanModel

CONF = ["pp", "ra", "wcit", "wrc", "wtdc", "wtsa"]
ITU_D_KINDS = {
    MeetingKind.STUDY_GROUP,
    MeetingKind.RAPPORTEUR_GROUP,
    MeetingKind.ADVISORY_GROUP,
    MeetingKind.RPM,
}


def _both(a: Meeting, b: Meeting) -> str:
    return translate("Messages", "{first} and {second}").format(first=coded(a), second=coded(b))


def param(pm: PlanModel, rule_id: str, name: str) -> object:
    return pm.policy.param(REGISTRY[rule_id], name)


def _kinds(pm: PlanModel, rule_id: str, name: str = "kinds") -> set[str]:
    value = param(pm, rule_id, name)
    return set(value) if isinstance(value, list) else set()


def _int(pm: PlanModel, rule_id: str, name: str) -> int:
    value = param(pm, rule_id, name)
    return int(value) if isinstance(value, (int, float)) else 0


def _pairs(
    pm: PlanModel, left: Sequence[Meeting], right: Sequence[Meeting], reach: int
) -> Iterable[tuple[Meeting, Meeting]]:
    """Pairs (one of ``left``, one of ``right``, distinct, at least one to place) that may come
    within ``reach`` days of each other; each unordered pair once."""
    right_sorted = sorted(right, key=lambda m: pm.reach(m.id)[0])
    seen: set[tuple[str, str]] = set()
    for a in left:
        a_lo, a_hi = pm.reach(a.id)
        for b in right_sorted:
            b_lo, b_hi = pm.reach(b.id)
            if b_lo > a_hi + reach:
                break
            if b.id == a.id or b_hi + reach < a_lo:
                continue
            if not (pm.placed(a.id) or pm.placed(b.id)):
                continue
            key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
            if key not in seen:
                seen.add(key)
                yield a, b


def _apart_all(
    pm: PlanModel,
    rule_id: str,
    left: Sequence[Meeting],
    right: Sequence[Meeting],
    gap: int,
    skip: Callable[[Meeting, Meeting], bool] = lambda a, b: False,
) -> None:
    for a, b in _pairs(pm, left, right, gap):
        if not skip(a, b):
            pm.apart(rule_id, a.id, b.id, gap, _both(a, b))


def _local_pairs_only(pm: PlanModel, ms: Sequence[Meeting]) -> list[Meeting]:
    """For a local rule, the costs of the starts already judge a meeting against the fixed
    ones: only pairs of two meetings to place are left."""
    return [m for m in ms if pm.placed(m.id)]


def _ra_wrc(a: Meeting, b: Meeting) -> bool:
    """An RA and a WRC: associated ones count as one (CS91-RA-WITH-WRC says whether they are)."""
    return {a.kind, b.kind} == {MeetingKind.RA, MeetingKind.WRC}


def encode(pm: PlanModel, meetings: Sequence[Meeting]) -> None:
    """Add every encoded rule that the policy enables."""
    by_kind: dict[str, list[Meeting]] = defaultdict(list)
    for m in meetings:
        by_kind[m.kind.value].append(m)

    def of(kinds: Iterable[str]) -> list[Meeting]:
        return [m for k in sorted(set(kinds)) for m in by_kind.get(k, [])]

    placed = [m for m in meetings if pm.placed(m.id)]
    if pm.enabled("VENUE-ROOM-CLASH"):
        rooms: dict[tuple[str, str], list[str]] = defaultdict(list)
        for m in placed:
            if (key := room_key(m)) is not None:
                rooms[key].append(m.id)
        for (venue, room), mids in sorted(rooms.items()):
            pm.no_overlap(
                "VENUE-ROOM-CLASH",
                mids,
                translate("Messages", "room {room} of {venue}").format(
                    room=isolate(room), venue=isolate(venue)
                ),
            )
    if pm.enabled("WTDC1-RG-PARALLEL"):
        parents: dict[str, list[str]] = defaultdict(list)
        for m in placed:
            if m.kind is MeetingKind.RAPPORTEUR_GROUP and itu_d(m) and m.parent:
                parents[m.parent].append(m.id)
        for parent, mids in sorted(parents.items()):
            pm.no_overlap(
                "WTDC1-RG-PARALLEL",
                mids,
                translate("Messages", "the rapporteur groups of {body}").format(
                    body=isolate(parent)
                ),
            )
    if pm.enabled("PERSON-CLASH"):
        chairs: dict[str, list[str]] = defaultdict(list)
        for m in placed:
            if m.chair.strip():
                chairs[person_key(m.chair)].append(m.id)
        for chair, mids in sorted(chairs.items()):
            pm.no_overlap(
                "PERSON-CLASH",
                mids,
                translate("Messages", "meetings chaired by {chair}").format(chair=isolate(chair)),
            )
    if pm.enabled("R77-FORUM-CORE"):
        forums = _local_pairs_only(pm, of(_kinds(pm, "R77-FORUM-CORE")))
        core = _local_pairs_only(pm, of(_kinds(pm, "R77-FORUM-CORE", "core_kinds")))
        _apart_all(pm, "R77-FORUM-CORE", forums, core, 1)
    if pm.enabled("DEC11-CWG-CLASH"):
        others = of(
            _kinds(pm, "DEC11-CWG-CLASH", "conference_kinds")
            | _kinds(pm, "DEC11-CWG-CLASH", "advisory_kinds")
        )
        _apart_all(pm, "DEC11-CWG-CLASH", of(["cwg"]), others, 1)
    if pm.enabled("R77-ICT-EVENT"):
        floor = _int(pm, "R77-ICT-EVENT", "major_min_participants")
        only_major = bool(param(pm, "R77-ICT-EVENT", "only_major"))
        events = [
            e
            for e in of(_kinds(pm, "R77-ICT-EVENT", "external_kinds"))
            if not only_major or (e.participants or 0) >= floor
        ]
        _apart_all(pm, "R77-ICT-EVENT", of(_kinds(pm, "R77-ICT-EVENT")), events, 1)
    _conferences(pm, of)
    _itu_d(pm, of)


def _conferences(pm: PlanModel, of: Callable[[Iterable[str]], list[Meeting]]) -> None:
    if pm.enabled("R77-GAP"):
        confs = of(_kinds(pm, "R77-GAP"))
        gap = _int(pm, "R77-GAP", "min_gap_days")
        _apart_all(pm, "R77-GAP", confs, confs, gap, _ra_wrc)
    if pm.enabled("R77-SAME-YEAR"):
        confs = of(_kinds(pm, "R77-SAME-YEAR"))
        as_one = bool(param(pm, "R77-SAME-YEAR", "pair_counts_as_one"))
        for a, b in _pairs(pm, confs, confs, 366):
            if as_one and _ra_wrc(a, b):
                continue
            ya, yb = pm.year_certain(a.id), pm.year_certain(b.id)
            if ya is not None and yb is not None:
                continue  # the windows decide it; the check reports it
            year_a = pm.table_of(a.id, _year, f"year[{a.label}]")
            year_b = pm.table_of(b.id, _year, f"year[{b.label}]")
            same = pm.penalty(
                "R77-SAME-YEAR",
                translate("Messages", "{first} and {second} in one year").format(
                    first=coded(a), second=coded(b)
                ),
            )
            pm.model.add(year_a != year_b).only_enforce_if(~same)


def _year(day: int) -> int:
    return dt.date.fromordinal(day).year


def _itu_d(pm: PlanModel, of: Callable[[Iterable[str]], list[Meeting]]) -> None:
    tdags = [m for m in of(["advisory-group"]) if is_body(m, "TDAG")]
    if pm.enabled("WTDC1-TDAG-WITH-SG"):
        kinds = ["study-group"]
        if param(pm, "WTDC1-TDAG-WITH-SG", "include_rapporteur_groups"):
            kinds.append("rapporteur-group")
        groups = [m for m in of(kinds) if itu_d(m)]
        gap = _int(pm, "WTDC1-TDAG-WITH-SG", "min_gap_days")
        # the rule wants more than min_gap_days between them
        _apart_all(pm, "WTDC1-TDAG-WITH-SG", tdags, groups, gap + 1)
    wtdcs = sorted(of(["wtdc"]), key=lambda w: pm.start_range(w.id))
    if pm.enabled("WTDC1-SG-BEFORE-WTDC"):
        _sg_before_wtdc(pm, wtdcs, [m for m in of(["study-group"]) if itu_d(m)])
    if pm.enabled("R31-RPM-TIMING"):
        rpms = of(["rpm"])
        others = [m for m in of(k.value for k in ITU_D_KINDS) if itu_d(m)]
        _apart_all(pm, "R31-RPM-TIMING", rpms, others, 1)
        _rpm_tdag_wtdc(pm, wtdcs, tdags, rpms)


def _sg_before_wtdc(pm: PlanModel, wtdcs: Sequence[Meeting], sgs: Sequence[Meeting]) -> None:
    """WTDC1-SG-BEFORE-WTDC: every meeting of a study group that opens after the previous WTDC
    opened and before this one opens closes at least min_days before this one opens (the rule
    asks it of the last such meeting, which is the same)."""
    min_days = _int(pm, "WTDC1-SG-BEFORE-WTDC", "min_days")
    previous: int | None = None
    for w in wtdcs:
        w_lo, w_hi = pm.start_range(w.id)
        for m in sgs:
            m_lo, m_hi = pm.start_range(m.id)
            if (previous is not None and m_lo <= previous) or m_lo >= w_hi:
                continue
            if not (pm.placed(m.id) or pm.placed(w.id)):
                continue
            if m_hi + pm.days(m.id) - 1 + min_days <= w_lo:
                continue  # far enough wherever both are placed
            inside = pm.before(m.id, w.id)
            late = pm.penalty(
                "WTDC1-SG-BEFORE-WTDC",
                translate("Messages", "{first} close to {second}").format(
                    first=coded(m), second=coded(w)
                ),
            )
            enforce = [~late] + ([] if inside is True else [inside])
            pm.model.add(pm.end_of(m.id) + min_days <= pm.start_of(w.id)).only_enforce_if(enforce)
        previous = w_hi


def _rpm_tdag_wtdc(
    pm: PlanModel, wtdcs: Sequence[Meeting], tdags: Sequence[Meeting], rpms: Sequence[Meeting]
) -> None:
    """R31-RPM-TIMING (1)-(2): the last TDAG before a WTDC (after the previous one closed) opens
    between max_months and min_months before it, and every RPM of the cycle ends before that
    TDAG opens."""
    lo_m, hi_m = _int(pm, "R31-RPM-TIMING", "min_months"), _int(pm, "R31-RPM-TIMING", "max_months")
    previous_end: int | None = None
    m = pm.model
    for w in wtdcs:
        w_hi = pm.start_range(w.id)[1]

        def of_cycle(x: Meeting, after: int | None = previous_end, by: int = w_hi) -> bool:
            x_lo = pm.start_range(x.id)[0]
            return (after is None or x_lo > after) and x_lo < by

        cycle_tdags, cycle_rpms = (
            [t for t in tdags if of_cycle(t)],
            [r for r in rpms if of_cycle(r)],
        )
        if not cycle_tdags or not any(pm.placed(x.id) for x in (w, *cycle_tdags, *cycle_rpms)):
            previous_end = w_hi + pm.days(w.id) - 1
            continue
        floor = min(pm.start_range(t.id)[0] for t in cycle_tdags) - 1
        last = m.new_int_var(floor, w_hi, f"last TDAG before {w.label}")
        effective: list[Expr] = []
        present: list[cp_model.IntVar | bool] = []
        for t in cycle_tdags:
            inside = pm.before(t.id, w.id)
            if inside is True:
                effective.append(pm.start_of(t.id))
                present.append(True)
            elif inside is not False:
                e = m.new_int_var(floor, pm.start_range(t.id)[1], "")
                m.add(e == pm.start_of(t.id)).only_enforce_if(inside)
                m.add(e == floor).only_enforce_if(~inside)
                effective.append(e)
                present.append(inside)
        if not effective:
            previous_end = w_hi + pm.days(w.id) - 1
            continue
        m.add_max_equality(last, effective)
        some = [] if any(p is True for p in present) else [m.new_bool_var("")]
        if some:
            m.add(last > floor).only_enforce_if(some[0])
            m.add(last == floor).only_enforce_if(~some[0])
        earliest = pm.table_of(
            w.id, lambda s: _months_before(s, hi_m), f"{w.label} - {hi_m} months"
        )
        latest = pm.table_of(w.id, lambda s: _months_before(s, lo_m), f"{w.label} - {lo_m} months")
        off = pm.penalty(
            "R31-RPM-TIMING",
            translate("Messages", "the last TDAG before {code} {fewest}-{most} months").format(
                code=coded(w), fewest=lo_m, most=hi_m
            ),
        )
        m.add(last >= earliest).only_enforce_if([~off, *some])
        m.add(last <= latest).only_enforce_if([~off, *some])
        for r in cycle_rpms:
            inside = pm.before(r.id, w.id)
            if inside is False:
                continue
            late = pm.penalty(
                "R31-RPM-TIMING",
                translate("Messages", "{code} before the last TDAG").format(code=coded(r)),
            )
            enforce = [~late, *some] + ([] if inside is True else [inside])
            m.add(pm.end_of(r.id) < last).only_enforce_if(enforce)
        previous_end = w_hi + pm.days(w.id) - 1


def _months_before(day: int, months: int) -> int:
    return (dt.date.fromordinal(day) - relativedelta(months=months)).toordinal()
