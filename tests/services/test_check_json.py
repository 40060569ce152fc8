"""``check --format json``: the structured fields beside the message, and the keys scripts rely on."""

import datetime as dt
import json

from scheduler_app.domain import MeetingKind
from scheduler_app.rules import Calendar, Checker, Finding, Policy, Severity
from scheduler_app.services.checking import CheckResult, check_meetings, jsonable
from tests.helpers import meeting

PP30 = meeting("PP-30", "2030-10-07", "2030-10-28", kind="pp")  # 22 days: R77-PP-DURATION
C28 = meeting("C28", "2028-06-06", "2028-06-16", kind="council", city="Geneva")
C30 = meeting("C30", "2030-06-04", "2030-06-14", kind="council", city="Geneva")
OLD_KEYS = {"rule", "severity", "message", "meetings", "citation", "waived"}


def findings_of(rule_id: str, *meetings) -> list[dict]:
    report = check_meetings(list(meetings), rule_ids=[rule_id]).as_json()
    json.dumps(report)  # all of it JSON as it is
    return report["findings"]


def test_a_finding_on_a_meeting_gives_its_dates_by_code_beside_the_old_keys() -> None:
    [finding] = findings_of("R77-PP-DURATION", PP30)
    assert OLD_KEYS | {"details", "meeting_dates"} == set(finding)
    assert finding["meetings"] == ["PP-30"]
    assert finding["meeting_dates"] == {"PP-30": ["2030-10-07", "2030-10-28"]}
    assert "subject" not in finding and isinstance(finding["details"], dict)


def test_a_finding_that_names_no_meeting_gives_its_subject_and_no_dates() -> None:
    [finding] = findings_of("CV51-COUNCIL-ANNUAL", C28, C30)
    assert finding["message"] == "No ordinary Council session in 2029"
    assert (finding["subject"], finding["meetings"], finding["meeting_dates"]) == ("2029", [], {})


def test_details_are_written_as_json_whatever_the_rule_put_in_them() -> None:
    checker = Checker(Calendar([PP30]), Policy(), rules=[])
    finding = Finding(
        "R77-PP-DURATION",
        Severity.WARNING,
        "PP-30 lasts 22 days",
        (PP30.id,),
        (PP30.code,),
        "PP Resolution 77",
        details={
            "start": dt.date(2030, 10, 7),
            "limit": dt.timedelta(days=21),
            "kinds": {MeetingKind.WTDC, MeetingKind.PP},
            "window": (dt.date(2030, 10, 1), dt.date(2030, 12, 31)),
            "meeting": PP30,
            "nested": {"days": 22, "why": None},
        },
    )
    [out] = CheckResult([finding], checker).as_json()["findings"]
    assert out["details"] == {
        "start": "2030-10-07",
        "limit": 21,
        "kinds": ["pp", "wtdc"],
        "window": ["2030-10-01", "2030-12-31"],
        "meeting": "PP-30",
        "nested": {"days": 22, "why": None},
    }
    assert out["meeting_dates"] == {"PP-30": ["2030-10-07", "2030-10-28"]}


def test_a_time_of_day_and_a_duration_in_hours_are_kept() -> None:
    assert jsonable(dt.time(14, 30)) == "14:30:00"
    assert jsonable(dt.timedelta(hours=3)) == 10800.0
    assert jsonable(object.__new__(type("Odd", (), {"__str__": lambda self: "odd"}))) == "odd"
