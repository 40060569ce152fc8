"""Two planning databases syncing through a real Radicale on 127.0.0.1."""

from __future__ import annotations

import datetime as dt

from scheduler_app.services import editing
from scheduler_app.services.sync.engine import resolve, sync
from scheduler_app.storage import PlanningDatabase
from tests.helpers import meeting
from tests.services.sync.conftest import client_for


def _sync(db: PlanningDatabase, url: str):
    client = client_for(url)
    try:
        return sync(db, client)
    finally:
        client.close()


def _same(a: PlanningDatabase, b: PlanningDatabase) -> None:
    def key(db: PlanningDatabase) -> list[tuple[str, ...]]:
        return sorted(
            (m.id, m.code, m.title, m.start.isoformat(), m.end.isoformat(), m.city, m.status.value)
            for m in db.meetings()
        )

    assert key(a) == key(b)


def test_the_first_sync_makes_the_calendar_and_a_second_database_receives_every_meeting(
    two_dbs, url
):
    a, b = two_dbs
    editing.create(a, meeting("SG1-2027-1", "2027-03-01", "2027-03-05", city="Geneva"))
    editing.create(a, meeting("SG2-2027-1", "2027-04-01", "2027-04-05", decided=None))
    first = _sync(a, url)
    assert first.created and first.sent == 2 and not first.conflicts
    second = _sync(b, url)
    assert second.received == 2 and second.sent == 0
    _same(a, b)
    again = _sync(a, url)
    assert (again.received, again.sent) == (0, 0)


def test_edits_on_both_sides_to_different_fields_merge(two_dbs, url):
    a, b = two_dbs
    editing.create(a, meeting("SG1-2027-1", "2027-03-01", "2027-03-05", city="Geneva"))
    _sync(a, url)
    _sync(b, url)
    ma = a.meeting_by_code("SG1-2027-1")
    editing.update(a, ma, ma.replace(title="Study Group 1, first meeting"))
    mb = b.meeting_by_code("SG1-2027-1")
    editing.update(b, mb, mb.replace(start=dt.date(2027, 3, 8), end=dt.date(2027, 3, 12)))
    _sync(a, url)
    report = _sync(b, url)
    assert not report.conflicts
    _sync(a, url)
    _same(a, b)
    merged = a.meeting_by_code("SG1-2027-1")
    assert merged.title == "Study Group 1, first meeting" and merged.start == dt.date(2027, 3, 8)


def test_the_same_field_changed_on_both_sides_is_a_conflict_until_resolved(two_dbs, url):
    a, b = two_dbs
    editing.create(a, meeting("SG1-2027-1", "2027-03-01", city="Geneva"))
    _sync(a, url)
    _sync(b, url)
    ma, mb = a.meeting_by_code("SG1-2027-1"), b.meeting_by_code("SG1-2027-1")
    editing.update(a, ma, ma.replace(title="Title from A"))
    editing.update(b, mb, mb.replace(title="Title from B"))
    _sync(a, url)
    report = _sync(b, url)
    [c] = report.conflicts
    assert (c.code, c.field, c.mine, c.theirs) == (
        "SG1-2027-1",
        "title",
        "Title from B",
        "Title from A",
    )
    # each side keeps its own value while the conflict is open
    assert b.meeting_by_code("SG1-2027-1").title == "Title from B"
    assert _sync(a, url).conflicts == [] and a.meeting_by_code("SG1-2027-1").title == "Title from A"
    assert len(_sync(b, url).conflicts) == 1
    client = client_for(url)
    assert resolve(b, client, "SG1-2027-1", "mine") == 1
    client.close()
    assert _sync(b, url).conflicts == []
    _sync(a, url)
    assert a.meeting_by_code("SG1-2027-1").title == "Title from B"
    _same(a, b)


def test_keeping_theirs_takes_the_other_sides_value(two_dbs, url):
    a, b = two_dbs
    editing.create(a, meeting("SG1-2027-1", "2027-03-01"))
    _sync(a, url)
    _sync(b, url)
    ma, mb = a.meeting_by_code("SG1-2027-1"), b.meeting_by_code("SG1-2027-1")
    editing.update(a, ma, ma.replace(city="Rome"))
    editing.update(b, mb, mb.replace(city="Paris"))
    _sync(a, url)
    assert _sync(b, url).conflicts
    client = client_for(url)
    resolve(b, client, "SG1-2027-1", "theirs")
    client.close()
    assert _sync(b, url).conflicts == []
    assert b.meeting_by_code("SG1-2027-1").city == "Rome"
    _sync(a, url)
    _same(a, b)


def test_a_deletion_against_an_edit_is_a_conflict_and_keeping_the_edit_brings_it_back(two_dbs, url):
    a, b = two_dbs
    editing.create(a, meeting("SG1-2027-1", "2027-03-01"))
    _sync(a, url)
    _sync(b, url)
    editing.delete(a, [a.meeting_by_code("SG1-2027-1")])
    mb = b.meeting_by_code("SG1-2027-1")
    editing.update(b, mb, mb.replace(title="Edited by B"))
    _sync(b, url)
    report = _sync(a, url)
    [c] = report.conflicts
    assert (c.field, c.mine, c.theirs) == ("deleted", "deleted here", "changed there")
    assert a.meeting_by_code("SG1-2027-1") is None
    client = client_for(url)
    resolve(a, client, "SG1-2027-1", "theirs")
    client.close()
    assert _sync(a, url).conflicts == []
    assert a.meeting_by_code("SG1-2027-1").title == "Edited by B"
    _same(a, b)


def test_a_deletion_of_an_unchanged_meeting_reaches_the_other_side(two_dbs, url):
    a, b = two_dbs
    editing.create(a, meeting("SG1-2027-1", "2027-03-01"))
    editing.create(a, meeting("SG2-2027-1", "2027-03-01"))
    _sync(a, url)
    _sync(b, url)
    editing.delete(b, [b.meeting_by_code("SG2-2027-1")])
    _sync(b, url)
    _sync(a, url)
    assert a.meeting_by_code("SG2-2027-1") is None
    _same(a, b)
