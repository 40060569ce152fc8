"""What a plain CalDAV client writes comes in, Outlook's subscription reads the collection, and
a sync stopped by the server resumes without duplicates or loss (real Radicale)."""

from __future__ import annotations

import icalendar
import niquests
import pytest

from scheduler_app.services import editing
from scheduler_app.services.sync.client import CalDavClient, Unreachable
from scheduler_app.services.sync.engine import sync
from tests.helpers import meeting
from tests.services.sync.conftest import client_for
from tests.services.sync.radicale_server import PASSWORD, USER

_PLAIN = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\n"
    "BEGIN:VEVENT\r\nUID:0b9f7a4e-thunderbird\r\nDTSTAMP:20261201T090000Z\r\n"
    "DTSTART;VALUE=DATE:20270510\r\nDTEND;VALUE=DATE:20270513\r\n"
    "SUMMARY:Coordination lunch of the Bureaux\r\nLOCATION:Room A\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def _put(url: str, name: str, text: str) -> None:
    r = niquests.put(
        url + name,
        data=text.encode(),
        auth=(USER, PASSWORD),
        headers={"Content-Type": "text/calendar"},
    )
    assert r.status_code in (201, 204)


def test_an_event_from_a_plain_client_comes_in_and_goes_back_under_its_own_uid(two_dbs, url):
    a, _ = two_dbs
    client = client_for(url)
    sync(a, client)
    _put(url, "tb-event.ics", _PLAIN)
    assert sync(a, client).received == 1
    [m] = a.meetings()
    assert m.title == "Coordination lunch of the Bureaux" and m.uid == "0b9f7a4e-thunderbird"
    editing.update(a, m, m.replace(title="Coordination lunch"))
    assert sync(a, client).sent == 1
    listing = client.etags()
    assert list(listing) == [client.href_in_collection("tb-event.ics")]  # no second copy
    client.close()


def test_a_colleagues_thunderbird_edit_keeps_the_planner_fields(two_dbs, url):
    a, _ = two_dbs
    editing.create(a, meeting("SG1-2027-1", "2027-03-01", chair="Ms Chair", notes="keep me"))
    client = client_for(url)
    sync(a, client)
    [(href, (_, text))] = client.fetch(client.etags()).items()
    edited = (
        text.replace("SUMMARY:Meeting SG1-2027-1", "SUMMARY:SG1 moved")
        .replace("DTSTART;VALUE=DATE:20270301", "DTSTART;VALUE=DATE:20270308")
        .replace("DTEND;VALUE=DATE:20270302", "DTEND;VALUE=DATE:20270309")
        .replace("STATUS:CONFIRMED", "STATUS:TENTATIVE")
    )
    _put(url, href.rsplit("/", 1)[1], edited)
    sync(a, client)
    m = a.meeting_by_code("SG1-2027-1")
    assert (m.title, m.start.isoformat(), m.status.value) == (
        "SG1 moved",
        "2027-03-08",
        "tentative",
    )
    assert (m.chair, m.notes) == ("Ms Chair", "keep me")
    client.close()


def test_the_collection_is_served_as_one_calendar_for_an_outlook_subscription(two_dbs, url):
    a, _ = two_dbs
    editing.create(a, meeting("SG1-2027-1", "2027-03-01"))
    editing.create(a, meeting("SG2-2027-1", "2027-04-01"))
    client = client_for(url)
    sync(a, client)
    calendar = icalendar.Calendar.from_ical(client.get_collection())
    client.close()
    summaries = sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
    assert summaries == ["Meeting SG1-2027-1", "Meeting SG2-2027-1"]


def test_a_sync_stopped_by_the_server_resumes_without_duplicates_or_loss(
    two_dbs, url, radicale, monkeypatch
):
    a, b = two_dbs
    for n in range(12):
        editing.create(a, meeting(f"SG{n}-2027", "2027-03-01"))
    client = client_for(url)
    real_put = CalDavClient.put
    calls = {"n": 0}

    def stopping_put(self, href, text, etag):
        calls["n"] += 1
        if calls["n"] == 5:
            radicale.stop()
        return real_put(self, href, text, etag)

    monkeypatch.setattr(CalDavClient, "put", stopping_put)
    with pytest.raises(Unreachable):
        sync(a, client)
    monkeypatch.setattr(CalDavClient, "put", real_put)
    radicale.start()
    client.close()
    client = client_for(url)
    report = sync(a, client)
    assert report.sent == 8 and not report.conflicts
    assert len(client.etags()) == 12
    other = client_for(url)
    sync(b, other)
    assert sorted(m.code for m in b.meetings()) == sorted(m.code for m in a.meetings())
    client.close()
    other.close()


def test_edits_made_offline_are_sent_at_the_next_sync(two_dbs, url, radicale):
    a, b = two_dbs
    editing.create(a, meeting("SG1-2027-1", "2027-03-01"))
    client = client_for(url)
    sync(a, client)
    radicale.stop()
    m = a.meeting_by_code("SG1-2027-1")
    editing.update(a, m, m.replace(title="Edited on the train"))
    with pytest.raises(Unreachable):
        sync(a, client)
    radicale.start()
    client.close()
    client = client_for(url)
    assert sync(a, client).sent == 1
    sync(b, client)
    assert b.meeting_by_code("SG1-2027-1").title == "Edited on the train"
    client.close()
