"""The rules' second pass against the texts (issue 14): timed meetings compared by their instants,
meetings known only by a month or a quarter judged by every placement, the RA after its WRC, and
the messages and structured details of the findings."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from scheduler_app.domain import DecidedPeriod, Meeting, Mode, Sector
from scheduler_app.domain.dates import parse_period
from scheduler_app.domain.observance import Observance
from scheduler_app.rules import REGISTRY, Calendar, CheckContext, Checker, Policy, Severity
from tests.helpers import meeting
from tests.rules.support import D, codes, messages, run

# --- timed meetings: instants, not local days -----------------------------------------------------

GENEVA = {"timezone": "Europe/Zurich", "city": "Geneva"}
AUCKLAND = {"timezone": "Pacific/Auckland", "city": "Auckland"}


def timed(code: str, day: str, start: int, end: int, where: dict[str, str], **kw: Any) -> Meeting:
    return meeting(code, day, start_time=dt.time(start), end_time=dt.time(end), **where, **kw)


def rg(code: str, day: str, start: int, end: int, where: dict[str, str]) -> Meeting:
    return timed(
        code,
        day,
        start,
        end,
        where,
        kind="rapporteur-group",
        sector=Sector.D,
        body=code,
        parent="ITU-D SG1",
    )


# 14:00-17:00 CET on 10 March 2027 is 13:00-16:00 UTC; 02:00-05:00 NZDT on 11 March is the same.
RG_GENEVA = rg("RG-Q1/1", "2027-03-10", 14, 17, GENEVA)
RG_AUCKLAND = rg("RG-Q2/1", "2027-03-11", 2, 5, AUCKLAND)
SAME_HOURS = ": 14:00-17:00 Geneva time, 02:00-05:00 Auckland time"


def test_rapporteur_groups_at_the_same_hours_on_different_local_days_meet_in_parallel() -> None:
    findings = run("WTDC1-RG-PARALLEL", RG_GENEVA, RG_AUCKLAND)
    assert messages(findings) == [
        "RG-Q1/1 (10 Mar 2027) and RG-Q2/1 (11 Mar 2027) are rapporteur groups of ITU-D SG1 "
        f"meeting in parallel{SAME_HOURS}"
    ]
    assert findings[0].severity is Severity.ERROR


def test_rapporteur_groups_one_after_the_other_across_the_date_line_are_not_parallel() -> None:
    # 05:00-08:00 NZDT on 11 March is 16:00-19:00 UTC on 10 March: it starts as Geneva ends
    later = rg("RG-Q2/1", "2027-03-11", 5, 8, AUCKLAND)
    assert run("WTDC1-RG-PARALLEL", RG_GENEVA, later) == []


def test_the_recheck_after_an_edit_finds_the_clash_across_the_date_line() -> None:
    spec = REGISTRY["WTDC1-RG-PARALLEL"]
    checker = Checker(Calendar([RG_GENEVA]), Policy(), [spec])
    checker.update([], [RG_AUCKLAND])
    assert codes(checker.findings()) == [("RG-Q1/1", "RG-Q2/1")]


def test_a_room_booked_at_the_same_hours_from_two_zones_clashes_and_shows_both_clocks() -> None:
    room = {"venue": "ITU headquarters", "room": "Popov", "mode": Mode.HYBRID}
    a = timed("WS-A", "2027-03-10", 14, 17, GENEVA, kind="workshop", **room)
    b = timed("WS-B", "2027-03-11", 2, 5, AUCKLAND, kind="workshop", **room)
    assert messages(run("VENUE-ROOM-CLASH", a, b)) == [
        "WS-A (10 Mar 2027) and WS-B (11 Mar 2027) are both booked in Popov (ITU headquarters)"
        f"{SAME_HOURS}"
    ]


def test_one_chair_on_two_meetings_at_the_same_hours_in_two_zones_is_reported() -> None:
    a = timed("WS-A", "2027-03-10", 14, 17, GENEVA, kind="workshop", chair="Ms Y")
    b = timed("WS-B", "2027-03-11", 2, 5, AUCKLAND, kind="workshop", chair="Ms Y")
    assert messages(run("PERSON-CLASH", a, b)) == [
        f"Ms Y chairs both WS-A (10 Mar 2027) and WS-B (11 Mar 2027){SAME_HOURS}"
    ]


def test_an_outside_event_and_a_cwg_clash_by_their_hours_across_the_date_line() -> None:
    council = timed("C27-X", "2027-03-10", 14, 17, GENEVA, kind="council-extra")
    event = timed("EXPO", "2027-03-11", 2, 5, AUCKLAND, kind="external")
    assert codes(run("R77-ICT-EVENT", council, event)) == [("C27-X", "EXPO")]
    cwg = timed("CWG-X", "2027-03-10", 14, 17, GENEVA, kind="cwg", mode=Mode.VIRTUAL)
    tdag = timed("TDAG-X", "2027-03-11", 2, 5, AUCKLAND, kind="advisory-group", body="TDAG")
    assert messages(run("DEC11-CWG-CLASH", cwg, tdag)) == [
        f"CWG-X (10 Mar 2027) meets during TDAG-X (11 Mar 2027){SAME_HOURS}"
    ]


def test_day_rules_still_read_local_days_of_timed_meetings() -> None:
    # a timed meeting the day after a holiday and the day after Yom Kippur: neither is hit,
    # although the clash indexes look a day further for timed meetings
    m = timed("C27-X", "2027-10-12", 14, 17, GENEVA, kind="council-extra", country="CH")
    yom_kippur = Observance("yom-kippur", "Yom Kippur", D("2027-10-11"), D("2027-10-11"))

    def holidays(_country: str, _subdiv: str, year: int) -> dict[dt.date, str]:
        return {dt.date(year, 10, 11): "Test Day"}

    context = CheckContext(observances=[yom_kippur], holidays=holidays)
    assert run("HOLIDAY-VENUE", m, context=context) == []
    assert run("R111-RELIGIOUS", m, context=context) == []
    cal = Calendar([m], context)
    assert cal.overlapping(D("2027-10-11"), D("2027-10-11")) == []
    assert cal.same_country("CH", D("2027-10-11")) == []
    assert [x.code for x in cal.same_country("CH", D("2027-10-12"))] == ["C27-X"]


# --- meetings known by a month or a quarter --------------------------------------------------------


def coarse(code: str, period: str, kind: str, **kw: Any) -> Meeting:
    """A meeting known only by a period written as planners do: ``2031-Q3``, ``2031-05``."""
    parsed = parse_period(period)
    assert parsed is not None
    first, last, precision = parsed
    return meeting(code, first.isoformat(), last.isoformat(), kind=kind, precision=precision, **kw)


def test_a_council_known_only_as_a_quarter_that_may_fall_inside_is_only_noted() -> None:
    findings = run("R77-COUNCIL-JUNE-JULY", coarse("C31", "2031-Q3", "council"))
    assert messages(findings) == [
        "C31 is known only as Q3 2031: some placements in it fall outside 18 May-14 Aug"
    ]
    assert findings[0].severity is Severity.INFO
    assert findings[0].details["verdict"] == "undetermined"


def test_a_council_known_as_may_is_noted_as_june_is_fine_and_september_breaks() -> None:
    may = run("R77-COUNCIL-JUNE-JULY", coarse("C31", "2031-05", "council"))
    assert [f.severity for f in may] == [Severity.INFO]
    assert run("R77-COUNCIL-JUNE-JULY", coarse("C31", "2031-06", "council")) == []
    september = run("R77-COUNCIL-JUNE-JULY", coarse("C31", "2031-09", "council"))
    assert [f.severity for f in september] == [Severity.WARNING]


RA31_Q4 = coarse("RA-31", "2031-Q4", "ra", city="Dubai")
WRC31_Q4 = coarse("WRC-31", "2031-Q4", "wrc", city="Dubai")


def test_an_ra_and_a_wrc_known_as_one_quarter_in_one_city_are_one_conference() -> None:
    assert run("R77-SAME-YEAR", RA31_Q4, WRC31_Q4) == []
    assert run("R77-GAP", RA31_Q4, WRC31_Q4) == []
    [note] = run("CS91-RA-WITH-WRC", RA31_Q4, WRC31_Q4)
    assert note.severity is Severity.INFO
    assert note.message == (
        "RA-31 is known only as Q4 2031 and WRC-31 is known only as Q4 2031: some placements "
        "leave them more than 7 days apart"
    )


def test_a_wtsa_known_as_october_breaks_the_gap_to_a_wtdc_opening_on_8_november() -> None:
    wtsa = coarse("WTSA-27", "2027-10", "wtsa")
    wtdc = meeting("WTDC-27", "2027-11-08", "2027-11-19", kind="wtdc")
    findings = run("R77-GAP", wtsa, wtdc)
    assert messages(findings) == [
        "WTSA-27 (Oct 2027) and WTDC-27 (8-19 Nov 2027) are at most 38 days apart wherever they "
        "are held in their periods (at least 56 days wanted)"
    ]
    assert findings[0].severity is Severity.WARNING


def test_a_wtsa_known_as_september_may_or_may_not_leave_the_gap() -> None:
    wtsa = coarse("WTSA-27", "2027-09", "wtsa")
    wtdc = meeting("WTDC-27", "2027-11-08", "2027-11-19", kind="wtdc")
    [note] = run("R77-GAP", wtsa, wtdc)
    assert note.severity is Severity.INFO
    assert note.message.startswith("WTSA-27 is known only as Sep 2027: some placements leave")


def test_last_quarter_breaks_for_september_and_holds_for_a_fourth_quarter_month() -> None:
    september = run("R77-LAST-QUARTER", coarse("WTSA-28", "2028-09", "wtsa"))
    assert messages(september) == ["WTSA-28 (Sep 2028) is not within October-December 2028"]
    assert run("R77-LAST-QUARTER", coarse("WTSA-28", "2028-11", "wtsa")) == []


def test_a_decided_period_is_judged_over_every_placement() -> None:
    decided = DecidedPeriod(D("2023-11-13"), D("2023-11-17"), "PP Resolution 77")
    november = coarse("RA-23", "2023-11", "ra", decided=decided)
    october = coarse("RA-23", "2023-10", "ra", decided=decided)
    [note] = run("R77-DECIDED-PERIOD", november)
    assert note.severity is Severity.INFO
    assert note.message == (
        "RA-23 is known only as Nov 2023: some placements in it fall outside the period decided "
        "for it (13-17 Nov 2023)"
    )
    assert [f.severity for f in run("R77-DECIDED-PERIOD", october)] == [Severity.WARNING]
    q4 = DecidedPeriod(D("2027-10-01"), D("2027-12-31"), "PP Resolution 77")
    assert run("R77-DECIDED-PERIOD", coarse("RA-27", "2027-12", "ra", decided=q4)) == []


PP22 = meeting("PP-22", "2022-09-26", "2022-10-14", kind="pp")
PP26 = meeting("PP-26", "2026-11-09", "2026-11-27", kind="pp")


def test_one_wtdc_is_judged_over_every_placement_of_a_coarse_wtdc() -> None:
    [note] = run("CS141-ONE-WTDC", PP22, coarse("WTDC-26", "2026-Q4", "wtdc"), PP26)
    assert note.severity is Severity.INFO
    assert note.message == (
        "WTDC-26 is known only as Q4 2026: some placements leave no WTDC between PP-22 and PP-26"
    )
    [broken] = run("CS141-ONE-WTDC", PP22, coarse("WTDC-26", "2026-12", "wtdc"), PP26)
    assert broken.severity is Severity.WARNING
    assert broken.message.startswith("0 WTDCs between PP-22")


# --- the RA after its WRC ------------------------------------------------------------------------

WRC27 = meeting("WRC-27", "2027-10-11", "2027-11-05", kind="wrc", city="Shanghai")  # to Friday
RA27_AFTER = meeting("RA-27", "2027-11-08", "2027-11-12", kind="ra", city="Shanghai")  # Monday


def test_an_ra_opening_the_monday_after_its_wrc_closes_is_associated() -> None:
    assert run("CS91-RA-WITH-WRC", WRC27, RA27_AFTER) == []


def test_same_year_and_gap_follow_the_pairing_of_an_ra_after_its_wrc() -> None:
    assert run("R77-SAME-YEAR", WRC27, RA27_AFTER) == []
    assert run("R77-GAP", WRC27, RA27_AFTER) == []


# --- messages ------------------------------------------------------------------------------------


def test_same_year_says_which_ra_and_wrc_count_as_one() -> None:
    wtsa = meeting("WTSA-27", "2027-03-01", "2027-03-09", kind="wtsa")
    wtdc = meeting("WTDC-27", "2027-06-07", "2027-06-18", kind="wtdc")
    [finding] = run("R77-SAME-YEAR", wtsa, wtdc, WRC27, RA27_AFTER)
    assert finding.message == (
        "3 conferences or assemblies in 2027 (RA-27 and WRC-27 counting as one): "
        "WTSA-27 (1-9 Mar 2027), WTDC-27 (7-18 Jun 2027), WRC-27 (11 Oct-5 Nov 2027), "
        "RA-27 (8-12 Nov 2027)"
    )
    assert finding.details["conferences"] == 3
    assert finding.details["counted_as_one"] == [["RA-27", "WRC-27"]]


def test_an_ra_nine_days_before_its_wrc_is_a_near_miss_naming_both_and_the_gap() -> None:
    ra = meeting("RA-31", "2031-10-20", "2031-10-24", kind="ra", city="Dubai")
    wrc = meeting("WRC-31", "2031-11-02", "2031-11-28", kind="wrc", city="Dubai")
    [finding] = run("CS91-RA-WITH-WRC", ra, wrc)
    assert finding.message == "RA-31 closes 9 days before WRC-31 opens in Dubai; at most 7 allowed"
    assert set(finding.meeting_codes) == {"RA-31", "WRC-31"}
    assert finding.details["gap_days"] == 9


def test_the_last_tdag_message_gives_its_window() -> None:
    wtdc = meeting("WTDC-29", "2029-11-06", "2029-11-16", kind="wtdc", sector=Sector.D)
    tdag = meeting(
        "TDAG-29", "2029-04-16", "2029-04-19", kind="advisory-group", body="TDAG", sector=Sector.D
    )
    [finding] = run("R31-RPM-TIMING", tdag, wtdc)
    assert finding.message == (
        "TDAG-29 (16-19 Apr 2029), the last TDAG before WTDC-29 (6-16 Nov 2029), should open "
        "between 6 May-6 Aug 2029 (3 to 6 months before)"
    )
    assert finding.details["wanted"] == "open on or after 2029-05-06 and by 2029-08-06"


# --- structured details --------------------------------------------------------------------------


def test_last_quarter_details_give_the_dates_and_the_window_wanted() -> None:
    [finding] = run("R77-LAST-QUARTER", meeting("WTSA-27", "2027-09-27", "2027-10-06", kind="wtsa"))
    assert finding.details == {
        "meetings": [
            {"code": "WTSA-27", "start": "2027-09-27", "end": "2027-10-06", "precision": "day"}
        ],
        "wanted": "start on or after 2027-10-01 and end by 2027-12-31",
    }


def test_religious_details_name_the_observance_and_its_dates() -> None:
    yom_kippur = Observance("yom-kippur", "Yom Kippur", D("2027-10-11"), D("2027-10-11"))
    m = meeting("WRC-27", "2027-10-11", "2027-10-15", kind="wrc")
    [finding] = run("R111-RELIGIOUS", m, context=CheckContext(observances=[yom_kippur]))
    assert finding.details["observance"] == "Yom Kippur"
    assert finding.details["observance_dates"] == ["2027-10-11", "2027-10-11"]
    assert finding.details["observances"][0]["sitting_days"] == ["2027-10-11"]


def test_timed_meetings_details_carry_their_hours_and_zone() -> None:
    [finding] = run("WTDC1-RG-PARALLEL", RG_GENEVA, RG_AUCKLAND)
    first = finding.details["meetings"][0]
    assert (first["start_time"], first["end_time"], first["timezone"]) == (
        "14:00",
        "17:00",
        "Europe/Zurich",
    )
    assert finding.details["other_meeting"] == "RG-Q2/1"


# Every rule of the first catalogue, on a calendar that breaks most of them.
BUSY = [
    PP22,
    meeting("PP-26", "2026-11-09", "2026-12-02", kind="pp", city="Doha"),
    meeting("WTSA-20", "2022-03-01", "2022-03-09", kind="wtsa", nominal_year=2020),
    meeting("WTDC-22", "2022-06-06", "2022-06-16", kind="wtdc", sector=Sector.D),
    meeting("WTSA-22", "2022-12-01", "2022-12-09", kind="wtsa"),
    meeting(
        "RA-23",
        "2023-11-01",
        "2023-11-05",
        kind="ra",
        city="Dubai",
        decided=DecidedPeriod(D("2023-11-13"), D("2023-11-17"), "PP Resolution 77"),
    ),
    meeting("WRC-23", "2023-11-20", "2023-12-15", kind="wrc", city="Dubai"),
    meeting("C22", "2022-03-21", "2022-03-30", kind="council", city="Bucharest"),
    meeting("C24", "2024-06-04", "2024-06-14", kind="council", city="Geneva"),
    meeting("CWG-22", "2022-06-08", "2022-06-09", kind="cwg", chair="Mr Z"),
    meeting("EXPO-22", "2022-10-03", "2022-10-05", kind="external"),
    meeting("SG1-22", "2022-06-14", "2022-06-17", kind="study-group", sector=Sector.D),
    meeting("SG1-23", "2023-09-04", "2023-09-08", kind="study-group", sector=Sector.D),
    meeting(
        "TDAG-22",
        "2022-06-09",
        "2022-06-13",
        kind="advisory-group",
        body="TDAG",
        sector=Sector.D,
        chair="Mr Z",
    ),
    meeting(
        "TDAG-22A", "2022-05-10", "2022-05-11", kind="advisory-group", body="TDAG", sector=Sector.D
    ),
    meeting("RPM-AFR-22", "2022-05-10", "2022-05-11", kind="rpm", sector=Sector.D),
    RG_GENEVA,
    RG_AUCKLAND,
    meeting(
        "WS-22",
        "2022-06-08",
        kind="workshop",
        venue="ITU headquarters",
        room="Popov",
        participants=900,
        city="Geneva",
        country="CH",
    ),
    meeting("C22-ROOM", "2022-06-08", kind="cwg", venue="ITU headquarters", room="Popov"),
    coarse("C25", "2025-Q3", "council", city="Geneva"),
]


def test_every_finding_carries_json_details_with_its_meetings_dates_and_what_was_wanted() -> None:
    yom_kippur = Observance("yom-kippur", "Yom Kippur", D("2022-10-05"), D("2022-10-05"))

    def holidays(_country: str, _subdiv: str, year: int) -> dict[dt.date, str]:
        return {dt.date(year, 6, 8): "Test Day"}

    context = CheckContext(
        observances=[yom_kippur],
        holidays=holidays,
        capacities={("itu headquarters", "popov"): 100},
        today=D("2026-01-01"),
    )
    first_catalogue = [
        "CS47-PP-INTERVAL", "CS90-WRC-INTERVAL", "CS91-RA-WITH-WRC", "CS114-WTSA-INTERVAL",
        "CS141-ONE-WTDC", "CV51-COUNCIL-ANNUAL", "R77-LAST-QUARTER", "R77-SAME-YEAR",
        "R77-PP-YEAR", "R77-PP-DURATION", "R77-ICT-EVENT", "R77-COUNCIL-JUNE-JULY",
        "R77-COUNCIL-NEXT-THREE", "R77-GAP", "R77-DECIDED-PERIOD", "R77-HQ-PRIORITY",
        "R111-RELIGIOUS", "DEC11-CWG-CLASH", "WTDC1-SG-ANNUAL", "WTDC1-RG-PARALLEL",
        "WTDC1-TDAG-WITH-SG", "R31-RPM-TIMING", "VENUE-ROOM-CLASH", "VENUE-CAPACITY",
        "PERSON-CLASH", "HOLIDAY-VENUE",
    ]  # fmt: skip
    seen = set()
    for rule_id in first_catalogue:
        for f in REGISTRY[rule_id].check(Calendar(BUSY, context), Policy()):
            seen.add(rule_id)
            json.dumps(f.details)
            assert "meetings" in f.details and "wanted" in f.details, (rule_id, f.details)
            listed = [m["code"] for m in f.details["meetings"]]
            assert set(f.meeting_codes) <= set(listed), (rule_id, listed)
    assert seen >= set(first_catalogue) - {"CS47-PP-INTERVAL", "CS90-WRC-INTERVAL"}, sorted(
        set(first_catalogue) - seen
    )


# --- a compliant five-year calendar ---------------------------------------------------------------


def _d(code: str, start: str, end: str, kind: str, **kw: Any) -> Meeting:
    kw.setdefault("city", "Geneva")
    kw.setdefault("country", "CH")
    return meeting(code, start, end, kind=kind, **kw)


def _itu_d(code: str, start: str, end: str, kind: str, body: str, **kw: Any) -> Meeting:
    return _d(code, start, end, kind, sector=Sector.D, body=body, **kw)


def compliant_calendar() -> list[Meeting]:
    """2026-2030 by hand: one conference a year in the last quarter, RA-27 with WRC-27, Councils
    in June, study groups every year, rapporteur groups twice a year, TDAG every year (the last
    before WTDC-29 three to six months ahead), RPMs before it, no major religious period."""
    ms = [
        _d("WTDC-25", "2025-11-17", "2025-11-28", "wtdc", city="Baku", country="AZ"),
        _d("PP-26", "2026-10-12", "2026-10-30", "pp", city="Doha", country="QA"),
        _d("RA-27", "2027-11-08", "2027-11-12", "ra", city="Shanghai", country="CN"),
        _d("WRC-27", "2027-11-15", "2027-12-10", "wrc", city="Shanghai", country="CN"),
        _d("WTSA-28", "2028-10-18", "2028-10-27", "wtsa", city="New Delhi", country="IN"),
        _d("WTDC-29", "2029-11-06", "2029-11-16", "wtdc", sector=Sector.D),
        _d("PP-30", "2030-11-11", "2030-11-29", "pp"),
    ]
    councils = ["2026-06-16", "2027-06-15", "2028-06-13", "2029-06-12", "2030-06-11"]
    for day in councils:
        start = D(day)
        end = (start + dt.timedelta(days=10)).isoformat()
        ms.append(_d(f"C{day[2:4]}", day, end, "council"))
        ms.append(_d(f"CWG-{day[:4]}", f"{day[:4]}-01-20", f"{day[:4]}-01-23", "cwg"))
    tdags = ["2026-06-01", "2027-05-31", "2028-05-29", "2029-06-04", "2030-06-03"]
    for day in tdags:
        end = (D(day) + dt.timedelta(days=3)).isoformat()
        ms.append(_itu_d(f"TDAG-{day[:4]}", day, end, "advisory-group", "TDAG"))
    study_groups = {
        "SG1": ["2026-09-28", "2027-09-27", "2028-10-02", "2029-09-24"],
        "SG2": ["2026-10-05", "2027-10-04", "2028-10-09", "2029-09-03"],
    }
    for body, days in study_groups.items():
        for day in days:
            end = (D(day) + dt.timedelta(days=4)).isoformat()
            ms.append(_itu_d(f"{body}-{day[:4]}", day, end, "study-group", f"ITU-D {body}"))
    spring = {"2026": "04-20", "2027": "04-12", "2028": "04-24", "2029": "04-16"}
    autumn = {"2026": "09-23", "2027": "09-22", "2028": "09-27", "2029": "09-20"}
    for year in spring:
        for i, q in enumerate(("Q1/1", "Q2/1")):
            first = D(f"{year}-{spring[year]}") + dt.timedelta(days=2 * i)
            second = D(f"{year}-{autumn[year]}") + dt.timedelta(days=i)
            for n, start, days in ((1, first, 2), (2, second, 1)):
                ms.append(
                    _itu_d(
                        f"RG-{q}-{year}-{n}",
                        start.isoformat(),
                        (start + dt.timedelta(days=days - 1)).isoformat(),
                        "rapporteur-group",
                        f"RG-{q}",
                        parent="ITU-D SG1",
                    )
                )
    regions = ["AFR", "AMS", "ARB", "ASP", "CIS", "EUR"]
    for i, region in enumerate(regions):
        start = D("2029-03-05") + dt.timedelta(days=3 * i)
        ms.append(
            _itu_d(
                f"RPM-{region}-29",
                start.isoformat(),
                (start + dt.timedelta(days=1)).isoformat(),
                "rpm",
                f"RPM-{region}",
                city=f"{region} host",
                country="",
            )
        )
    return ms


def test_a_compliant_five_year_calendar_raises_no_warning_or_error() -> None:
    from scheduler_app.services.checking import check_meetings

    findings = check_meetings(compliant_calendar(), as_of=D("2026-01-01")).findings
    serious = [
        (f.rule_id, f.message) for f in findings if f.severity is not Severity.INFO and not f.waived
    ]
    assert serious == []
