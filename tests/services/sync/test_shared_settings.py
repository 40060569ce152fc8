"""The rule policy and the waivers, shared through a real Radicale by two planning databases."""

from __future__ import annotations

import icalendar

from scheduler_app.rules import Waiver
from scheduler_app.services import editing
from scheduler_app.services.sync.engine import resolve, sync
from scheduler_app.services.sync.shared_settings import (
    CODE,
    local_record,
    read_record,
    resource_text,
)
from scheduler_app.storage import PlanningDatabase
from scheduler_app.storage.checking import (
    load_policy,
    load_waivers,
    reset_policy_value,
    save_policy_value,
    save_waiver,
)
from tests.helpers import meeting
from tests.services.sync.conftest import client_for

RULE, SETTING = "CS91-RA-WITH-WRC", "max_gap_days"


def _sync(db: PlanningDatabase, url: str):
    client = client_for(url)
    try:
        return sync(db, client)
    finally:
        client.close()


def _settle(db: PlanningDatabase, url: str, code: str, keep: str) -> int:
    client = client_for(url)
    try:
        return resolve(db, client, code, keep)
    finally:
        client.close()


def _setting(db: PlanningDatabase, rule: str = RULE, name: str = SETTING) -> object:
    """The stored value (None: the catalogue's default)."""
    return load_policy(db).overrides().get(rule, {}).get(name)


def _waivers(db: PlanningDatabase) -> set[tuple[str, tuple[str, ...], str, str]]:
    return {
        (w.rule_id, tuple(sorted(w.meeting_ids)), w.subject, w.reason) for w in load_waivers(db)
    }


def test_a_rule_setting_made_on_one_side_reaches_the_other_and_back(two_dbs, url):
    a, b = two_dbs
    save_policy_value(a, RULE, SETTING, 10)
    first = _sync(a, url)
    assert first.settings_sent and not first.conflicts
    second = _sync(b, url)
    assert second.settings_received == 1
    assert _setting(b) == 10
    reset_policy_value(b, RULE, SETTING)  # back to the catalogue's default, there
    save_policy_value(b, "CS47-PP-INTERVAL", "interval_years", 5)
    _sync(b, url)
    _sync(a, url)
    assert local_record(a) == local_record(b)
    assert _setting(a) is None  # the default again
    assert _setting(a, "CS47-PP-INTERVAL", "interval_years") == 5


def test_waivers_of_meetings_and_of_a_year_are_shared_and_their_removal_too(two_dbs, url):
    a, b = two_dbs
    wrc = editing.create(a, meeting("WRC-27", "2027-10-18", kind="wrc")).after[0]
    save_waiver(a, Waiver("CS91-RA-WITH-WRC", (wrc.id,), "agreed by Council, 2026", "fp-1"))
    save_waiver(a, Waiver("CV51-COUNCIL-ANNUAL", (), "no session in 2030; see C25/1", "", "2030"))
    _sync(a, url)
    report = _sync(b, url)
    assert report.received == 1 and report.settings_received == 2
    assert _waivers(b) == _waivers(a)
    assert {w.fingerprint for w in load_waivers(b)} == {"fp-1", ""}
    # the waiver names the same meeting in B: meeting ids are shared
    assert b.meeting(wrc.id).code == "WRC-27"
    b.conn.execute("DELETE FROM waivers WHERE subject = '2030'")
    b.conn.commit()
    _sync(b, url)
    _sync(a, url)
    assert (
        _waivers(a)
        == _waivers(b)
        == {("CS91-RA-WITH-WRC", (wrc.id,), "", "agreed by Council, 2026")}
    )


def test_settings_changed_on_both_sides_to_different_fields_merge(two_dbs, url):
    a, b = two_dbs
    save_policy_value(a, RULE, SETTING, 10)
    _sync(a, url)
    _sync(b, url)
    save_policy_value(a, "CS47-PP-INTERVAL", "interval_years", 5)
    save_waiver(b, Waiver("CV51-COUNCIL-ANNUAL", (), "no session in 2031", "", "2031"))
    _sync(a, url)
    assert not _sync(b, url).conflicts
    _sync(a, url)
    assert local_record(a) == local_record(b) and len(local_record(a)) == 3


def test_the_same_setting_changed_on_both_sides_is_a_conflict_until_resolved(two_dbs, url):
    a, b = two_dbs
    save_policy_value(a, RULE, SETTING, 10)
    _sync(a, url)
    _sync(b, url)
    save_policy_value(a, RULE, SETTING, 14)
    save_policy_value(b, RULE, SETTING, 3)
    _sync(a, url)
    [c] = _sync(b, url).conflicts
    assert (c.code, c.field, c.mine, c.theirs) == (CODE, f"policy {RULE} {SETTING}", "3", "14")
    # each keeps its own value while it is open, and a colleague's sync does not lose it
    assert _setting(b) == 3
    assert _sync(a, url).conflicts == [] and _setting(a) == 14
    assert len(_sync(b, url).conflicts) == 1
    assert _settle(b, url, CODE, "theirs") == 1
    assert _sync(b, url).conflicts == []
    assert _setting(b) == 14
    _sync(a, url)
    assert local_record(a) == local_record(b)


def test_keep_mine_on_a_removed_waiver_sends_the_removal(two_dbs, url):
    a, b = two_dbs
    save_waiver(a, Waiver("CV51-COUNCIL-ANNUAL", (), "no session in 2030", "", "2030"))
    _sync(a, url)
    _sync(b, url)
    a.conn.execute("DELETE FROM waivers")
    a.conn.commit()
    save_waiver(
        b, Waiver("CV51-COUNCIL-ANNUAL", (), "no session in 2030 (C26 decision)", "", "2030")
    )
    _sync(b, url)
    [c] = _sync(a, url).conflicts
    assert c.mine == "" and "C26 decision" in c.theirs
    _settle(a, url, CODE, "mine")
    _sync(a, url)
    _sync(b, url)
    assert load_waivers(a) == load_waivers(b) == []


def test_the_settings_are_a_journal_no_calendar_shows_as_a_meeting(two_dbs, url):
    a, b = two_dbs
    editing.create(a, meeting("SG1-2027-1", "2027-03-01"))
    save_policy_value(a, RULE, SETTING, 10)
    _sync(a, url)
    client = client_for(url)
    calendar = icalendar.Calendar.from_ical(client.get_collection())
    client.close()
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Meeting SG1-2027-1"]
    [journal] = calendar.walk("VJOURNAL")
    assert str(journal["SUMMARY"]) == "Rule settings and waivers"
    report = _sync(b, url)
    assert report.skipped == [] and [m.code for m in b.meetings()] == ["SG1-2027-1"]


def test_a_settings_resource_reads_back_what_it_was_written_with():
    record = {
        "policy CV51-COUNCIL-ANNUAL seat_city": '"Genève; or, Bern\\\\"',
        "waiver R1 subject 2030 and more": '{"fingerprint": "", "reason": "a,b;c\\nd é"}',
        "waiver R2 1b2c,9f8e": '{"fingerprint": "x", "reason": "' + "long " * 40 + '"}',
    }
    text = resource_text(record, "20261202T000000Z")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert read_record(text) == record
    assert icalendar.Calendar.from_ical(text).walk("VJOURNAL")
