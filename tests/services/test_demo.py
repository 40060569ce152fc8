import pytest

from scheduler_app.domain import MeetingKind
from scheduler_app.services.demo import build_demo, write_demo
from scheduler_app.storage import StorageError


def test_the_demo_has_exactly_the_meetings_asked_for_and_is_repeatable():
    a, b = build_demo(3000), build_demo(3000)
    assert len(a.meetings) == 3000 and a.meetings == b.meetings
    assert len({m.code for m in a.meetings}) == 3000


def test_the_demo_covers_25_years_of_itu_cycles():
    demo = build_demo(3000)
    kinds = {m.kind for m in demo.meetings}
    assert kinds >= {
        MeetingKind.PP,
        MeetingKind.COUNCIL,
        MeetingKind.CWG,
        MeetingKind.WRC,
        MeetingKind.RA,
        MeetingKind.WTSA,
        MeetingKind.WTDC,
        MeetingKind.STUDY_GROUP,
        MeetingKind.WORKING_PARTY,
        MeetingKind.RAPPORTEUR_GROUP,
        MeetingKind.FORUM,
        MeetingKind.EXTERNAL,
    }
    pps = sorted(m.year for m in demo.meetings if m.kind is MeetingKind.PP)
    assert pps == list(range(2026, 2051, 4))
    assert {m.year for m in demo.meetings} == set(range(2026, 2051))
    assert any(m.is_timed for m in demo.meetings) and any(m.room for m in demo.meetings)


def test_the_demo_goes_into_an_empty_database_only(empty_db):
    write_demo(empty_db, 500)
    assert empty_db.count_meetings() == 500
    with pytest.raises(StorageError, match="already holds 500 meetings"):
        write_demo(empty_db, 10)
