"""Giving and taking back waivers through the service the window and the command line share."""

import pytest

from scheduler_app.services.checking import (
    WaiverError,
    check_database,
    checker_for_database,
    unwaive,
    waive,
)
from scheduler_app.storage.checking import load_waivers
from tests.helpers import meeting

C28 = meeting("C28", "2028-06-06", "2028-06-16", kind="council", city="Geneva")
C30 = meeting("C30", "2030-06-04", "2030-06-14", kind="council", city="Geneva")
RULE = "CV51-COUNCIL-ANNUAL"


@pytest.fixture
def councils(empty_db):
    empty_db.save_meetings([C28, C30])
    return empty_db


def annual(db) -> list[tuple[str, bool, str]]:
    result = check_database(db, rule_ids=[RULE])
    return [(f.subject, f.waived, f.waiver_reason) for f in result.findings]


def test_a_year_finding_is_waived_by_its_year_and_taken_back(councils) -> None:
    waiver = waive(councils, RULE, [], " replaced by an extra session ", subject="2029")
    assert (waiver.key, waiver.reason) == ((RULE, (), "2029"), "replaced by an extra session")
    assert annual(councils) == [("2029", True, "replaced by an extra session")]
    unwaive(councils, RULE, [], subject="2029")
    assert annual(councils) == [("2029", False, "")]


def test_the_windows_checker_can_be_the_one_matched_against(councils) -> None:
    checker = checker_for_database(councils)
    waive(councils, RULE, [], "Council decided", subject="2029", checker=checker)
    checker.set_waivers(load_waivers(councils))
    [finding] = [f for f in checker.findings() if f.rule_id == RULE]
    assert finding.waived


@pytest.mark.parametrize(
    ("meetings", "subject", "message"),
    [
        ([], "2031", "no current finding of CV51-COUNCIL-ANNUAL for 2031: nothing was waived"),
        ([C28], "", "no current finding of CV51-COUNCIL-ANNUAL for C28"),
        ([C28], "2029", "the meetings it covers or a year, not both"),
        ([], "", "or the year of a finding that names none"),
    ],
)
def test_a_waiver_of_no_current_finding_is_refused_and_nothing_stored(
    councils, meetings, subject, message
) -> None:
    with pytest.raises(WaiverError, match=message):
        waive(councils, RULE, meetings, "why", subject=subject)
    assert load_waivers(councils) == []


def test_taking_back_a_waiver_never_given_says_so(councils) -> None:
    with pytest.raises(WaiverError, match="no waiver of CV51-COUNCIL-ANNUAL for 2029"):
        unwaive(councils, RULE, [], subject="2029")
    with pytest.raises(WaiverError, match="no waiver of CV51-COUNCIL-ANNUAL for C28, C30"):
        unwaive(councils, RULE, [C28, C30])


def test_a_waiver_that_no_longer_applies_can_still_be_taken_back(councils) -> None:
    waive(councils, RULE, [], "Council decided", subject="2029")
    councils.save_meetings([meeting("C29", "2029-06-05", "2029-06-15", kind="council")])
    assert annual(councils) == []  # the finding is gone, the waiver is still stored
    unwaive(councils, RULE, [], subject="2029")
    assert load_waivers(councils) == []
