"""iCalendar export and import, proven with three independent parsers and a round trip."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import zoneinfo
from pathlib import Path

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler_app.domain import Meeting, MeetingKind, Mode, Sector, Status
from scheduler_app.interop.csvfile import CsvFormatError
from scheduler_app.services.calendar_export import IcsOptions, export_ics
from scheduler_app.services.importing import import_ics
from scheduler_app.services.planner import open_database
from scheduler_app.storage import PlanningDatabase
from tests.helpers import meeting
from tests.interop.test_csvfile import meetings as any_meeting

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
WINDOW = (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
ZURICH = zoneinfo.ZoneInfo("Europe/Zurich")


def export(db: PlanningDatabase, path: Path, **options: object) -> str:
    export_ics(db, path, options=IcsOptions(**options))  # type: ignore[arg-type]
    return path.read_bytes().decode("utf-8")


def timed(code: str, day: str, start: str, end: str, zone: str, **kw: object) -> Meeting:
    return meeting(
        code,
        day,
        kind=kw.pop("kind", "rapporteur-group"),
        start_time=dt.time.fromisoformat(start),
        end_time=dt.time.fromisoformat(end),
        timezone=zone,
        **kw,
    )


@pytest.fixture
def mixed_db(reference_db: PlanningDatabase) -> PlanningDatabase:
    """The bundled calendar plus timed meetings in zones with and without daylight saving, one in
    a zone no yearly rule can describe (Israel), and titles that need escaping and folding."""
    reference_db.save_meetings(
        [
            timed("RG-Q3/1-A", "2027-03-26", "09:30", "12:30", "Europe/Zurich", title="Before DST"),
            timed("RG-Q3/1-B", "2027-04-02", "09:30", "12:30", "Europe/Zurich", title="After DST"),
            timed("DOHA-1", "2026-11-20", "10:00", "13:00", "Asia/Qatar", title="Side meeting"),
            timed("NY-1", "2027-09-20", "15:00", "17:00", "America/New_York", title="UNGA, event"),
            timed("TLV-1", "2027-10-20", "09:00", "11:00", "Asia/Jerusalem", title="Outreach"),
            meeting(
                "LONG-1",
                "2027-05-03",
                "2027-05-07",
                kind="workshop",
                title="Atelier régional; « télécommunications », 中文 and عربي, with a comma, "
                "a backslash \\ and a title long enough to be folded more than once over",
                notes="Line one\nLine two",
            ),
            meeting("GONE-1", "2027-02-01", kind="other", status=Status.CANCELLED),
        ]
    )
    return reference_db


# --- invariants and independent parsers ----------------------------------------------------------


def check_invariants(text: str) -> icalendar.Calendar:
    """What no parser checks for us: unique UIDs, DTSTAMP, end after start, defined TZIDs,
    RRULE-style time zones, CRLF line ends and 75-octet lines."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    cal = icalendar.Calendar.from_ical(text)
    assert cal["METHOD"] == "PUBLISH" and "PRODID" in cal
    assert str(cal["X-PUBLISHED-TTL"]) == "PT12H"
    events = cal.walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids))
    defined = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
    for tz in cal.walk("VTIMEZONE"):
        kinds = [c.name for c in tz.subcomponents]
        assert kinds.count("STANDARD") == 1 and kinds.count("DAYLIGHT") <= 1
        if "DAYLIGHT" in kinds:
            assert all("RRULE" in c for c in tz.subcomponents) and not any(
                "RDATE" in c for c in tz.subcomponents
            )
    for e in events:
        assert "DTSTAMP" in e and "DTSTART" in e and "DTEND" in e
        assert e.decoded("DTEND") > e.decoded("DTSTART")
        for name in ("DTSTART", "DTEND"):
            tzid = e[name].params.get("TZID")
            assert tzid is None or tzid in defined
    return cal


def strict_parse(text: str) -> object:
    from ical.calendar_stream import IcsCalendarStream

    return IcsCalendarStream.calendar_from_ics(text)


def icaljs() -> Path | None:
    node = shutil.which("node")
    candidates = [
        os.environ.get("ICALJS", ""),
        str(ROOT / ".ci/node/node_modules/ical.js/dist/ical.js"),
    ]
    found = next((Path(c) for c in candidates if c and Path(c).is_file()), None)
    if node is None or found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Node.js and ical.js (see .ci/run)")
        return None
    return found


def icaljs_parse(path: Path) -> dict[str, object]:
    module = icaljs()
    if module is None:
        pytest.skip("ical.js is not installed here (CI installs it)")
    done = subprocess.run(
        ["node", str(Path(__file__).parent / "icaljs_read.mjs"), str(path)],
        env={**os.environ, "ICALJS": str(module)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_an_export_reads_the_same_in_icalendar_ical_and_icaljs(mixed_db, tmp_path):
    path = tmp_path / "plan.ics"
    text = export(mixed_db, path, name="ITU plan 2027", observances=True, deadlines=True)
    cal = check_invariants(text)
    strict = strict_parse(text)
    by_uid = {str(e["UID"]): e for e in cal.walk("VEVENT")}

    before = by_uid[f"{mixed_db.meeting_by_code('RG-Q3/1-A').id}@scheduler-app"]
    after = by_uid[f"{mixed_db.meeting_by_code('RG-Q3/1-B').id}@scheduler-app"]
    # 09:30 in Geneva is 08:30 UTC in winter and 07:30 UTC from the last Sunday of March.
    assert before.decoded("DTSTART").astimezone(dt.UTC).hour == 8
    assert after.decoded("DTSTART").astimezone(dt.UTC).hour == 7
    israel = by_uid[f"{mixed_db.meeting_by_code('TLV-1').id}@scheduler-app"]
    assert israel.decoded("DTSTART") == dt.datetime(2027, 10, 20, 6, 0, tzinfo=dt.UTC)
    wtdc = by_uid[f"{mixed_db.meeting_by_code('WTDC-25').id}@scheduler-app"]
    assert wtdc.decoded("DTSTART") == dt.date(2025, 11, 17) and wtdc.decoded("DTEND") == dt.date(
        2025, 11, 29
    )
    assert "ITU Meeting Planner" in [str(c) for c in wtdc["CATEGORIES"].cats]
    long = by_uid[f"{mixed_db.meeting_by_code('LONG-1').id}@scheduler-app"]
    assert str(long["SUMMARY"]) == mixed_db.meeting_by_code("LONG-1").title

    strict_events = {e.uid: e for e in strict.events}  # type: ignore[attr-defined]
    assert set(strict_events) == set(by_uid)
    assert strict_events[str(after["UID"])].dtstart.astimezone(dt.UTC).hour == 7
    assert strict_events[str(long["UID"])].summary == str(long["SUMMARY"])

    js = icaljs_parse(path)
    js_events = {e["uid"]: e for e in js["events"]}  # type: ignore[index, union-attr]
    assert js["calname"] == "ITU plan 2027" and set(js_events) == set(by_uid)
    assert js_events[str(after["UID"])]["start"] == int(after.decoded("DTSTART").timestamp())
    assert js_events[str(before["UID"])]["start"] == int(before.decoded("DTSTART").timestamp())
    assert js_events[str(wtdc["UID"])]["end"] == "2025-11-29"
    assert js_events[str(long["UID"])]["summary"] == str(long["SUMMARY"])


def test_observances_holidays_and_deadlines_are_free_time_linked_to_their_meetings(
    mixed_db, tmp_path
):
    cal = check_invariants(export(mixed_db, tmp_path / "x.ics", observances=True, deadlines=True))
    events = cal.walk("VEVENT")
    yom_kippur = [e for e in events if str(e.get("X-SCHEDULER-OBSERVANCE")) == "yom-kippur"]
    assert any(e.decoded("DTSTART") == dt.date(2027, 10, 11) for e in yom_kippur)
    assert all(str(e["TRANSP"]) == "TRANSPARENT" for e in yom_kippur)
    jeune = [
        e
        for e in events
        if "X-SCHEDULER-HOLIDAY" in e and e.decoded("DTSTART") == dt.date(2025, 9, 11)
    ]
    assert jeune and str(jeune[0]["X-SCHEDULER-HOLIDAY"]) == "CH-GE"
    wtdc = mixed_db.meeting_by_code("WTDC-25")
    contributions = [
        e
        for e in events
        if str(e.get("X-SCHEDULER-DEADLINE")) == "wtdc-contributions"
        and str(e["RELATED-TO"]) == f"{wtdc.id}@scheduler-app"
    ]
    assert [e.decoded("DTSTART") for e in contributions] == [dt.date(2025, 10, 27)]


# --- round trip ----------------------------------------------------------------------------------


def test_export_import_export_gives_the_same_meetings_and_the_same_bytes(mixed_db, tmp_path):
    first = export(mixed_db, tmp_path / "a.ics", observances=True, deadlines=True)
    with open_database(tmp_path / "copy.sqlite", with_calendar=False) as copy:
        report = import_ics(copy, tmp_path / "a.ics")
        assert len(report.added) == mixed_db.count_meetings() and report.skipped
        assert copy.meetings() == mixed_db.meetings()
        second = export(copy, tmp_path / "b.ics", observances=True, deadlines=True)
    assert first == second


def test_the_same_data_gives_the_same_bytes(mixed_db, tmp_path):
    assert export(mixed_db, tmp_path / "a.ics") == export(mixed_db, tmp_path / "b.ics")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(any_meeting(), max_size=6, unique_by=lambda m: m.code))
def test_any_calendar_of_valid_meetings_survives_export_and_import(tmp_path_factory, calendar):
    tmp = tmp_path_factory.mktemp("ics")
    with open_database(tmp / "a.sqlite", with_calendar=False) as db:
        from scheduler_app.interop.csvfile import CsvRow
        from scheduler_app.services.importing import apply_import, plan_import

        apply_import(db, plan_import(db, [CsvRow(0, m, True) for m in calendar], "x"))
        text = export(db, tmp / "a.ics")
        check_invariants(text)
        with open_database(tmp / "b.sqlite", with_calendar=False) as copy:
            import_ics(copy, tmp / "a.ics")
            assert copy.meetings() == db.meetings()


# --- files from other calendars ------------------------------------------------------------------


def imported(tmp_path, name: str) -> list[Meeting]:
    with open_database(tmp_path / f"{name}.sqlite", with_calendar=False) as db:
        import_ics(db, FIXTURES / name, window=WINDOW)
        return db.meetings()


def test_an_outlook_weekly_series_across_the_daylight_saving_change(tmp_path):
    ms = imported(tmp_path, "outlook.ics")
    series = [m for m in ms if m.title.startswith("SG1 RG Q3/1")]
    # Six Fridays from 5 March, 19 March excluded, 2 April moved to the afternoon.
    assert [m.start for m in series] == [
        dt.date(2027, 3, 5),
        dt.date(2027, 3, 12),
        dt.date(2027, 3, 26),
        dt.date(2027, 4, 2),
        dt.date(2027, 4, 9),
    ]
    assert [m.start_time for m in series] == [dt.time(10)] * 3 + [dt.time(14), dt.time(10)]
    assert {m.kind for m in series} == {MeetingKind.RAPPORTEUR_GROUP}
    for m in series:  # the same wall-clock time on both sides of 28 March
        start = m.starts_at()
        assert start is not None and start.astimezone(ZURICH).hour == m.start_time.hour
    assert len({m.uid for m in series}) == 5
    [briefing] = [m for m in ms if "briefing" in m.title]
    assert (
        briefing.timezone == "Asia/Dubai"
        and briefing.code == ""
        and briefing.kind is MeetingKind.OTHER
    )


def test_google_utc_times_are_read_in_the_calendars_zone(tmp_path):
    ms = {m.title: m for m in imported(tmp_path, "google.ics")}
    sg2 = ms["ITU-D Study Group 2 opening"]
    assert (sg2.start_time, sg2.timezone, sg2.kind) == (
        dt.time(9),
        "Europe/Zurich",
        MeetingKind.STUDY_GROUP,
    )
    assert ms["TDAG informal session"].timezone == "Europe/Zurich"
    workshop = ms["Workshop on digital skills"]
    assert (workshop.start, workshop.end, workshop.status) == (
        dt.date(2027, 11, 8),
        dt.date(2027, 11, 9),
        Status.TENTATIVE,
    )
    assert "CICG, Geneva" in sg2.notes


def test_a_thunderbird_event_keeps_its_zone_kind_and_sequence(tmp_path):
    [m] = imported(tmp_path, "thunderbird.ics")
    assert (m.kind, m.timezone, m.start_time, m.sequence) == (
        MeetingKind.CWG,
        "Europe/Zurich",
        dt.time(9, 30),
        2,
    )


def test_itu_events_get_their_code_and_kind_from_the_title(tmp_path):
    ms = {m.code: m for m in imported(tmp_path, "itu.ics")}
    assert ms["WTDC-25"].kind is MeetingKind.WTDC and ms["WTDC-25"].end == dt.date(2025, 11, 28)
    assert ms["C27"].kind is MeetingKind.COUNCIL


def test_importing_twice_updates_instead_of_duplicating(reference_db, tmp_path):
    first = import_ics(reference_db, FIXTURES / "itu.ics", window=WINDOW)
    again = import_ics(reference_db, FIXTURES / "itu.ics", window=WINDOW)
    # WTDC-25 is already in the bundled calendar: matched by its code, not added twice.
    # The ITU file's WTDC-25 has the bundled dates: nothing to change, and its body, decided
    # period and source are left alone.
    assert [m.code for m in first.added] == ["C27"]
    assert [m.code for m in first.unchanged] == ["WTDC-25"]
    assert again.added == [] and again.updated == [] and len(again.unchanged) == 2
    assert reference_db.count_meetings() == 41
    assert reference_db.meeting_by_code("WTDC-25").decided is not None


def test_an_older_sequence_never_overwrites_a_newer_edit(tmp_path):
    with open_database(tmp_path / "s.sqlite", with_calendar=False) as db:
        import_ics(db, FIXTURES / "thunderbird.ics")
        [m] = db.meetings()
        db.save_meetings([m.replace(title="Renamed by the planner", sequence=5)])
        report = import_ics(db, FIXTURES / "thunderbird.ics")
        assert report.updated == [] and "older" in report.skipped[0]
        assert db.meetings()[0].title == "Renamed by the planner"


# --- bad input -----------------------------------------------------------------------------------


def bad(tmp_path, body: str) -> list[str]:
    path = tmp_path / "bad.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + body + "END:VCALENDAR\r\n")
    with (
        open_database(tmp_path / "db.sqlite", with_calendar=False) as db,
        pytest.raises(CsvFormatError) as info,
    ):
        import_ics(db, path)
    with open_database(tmp_path / "db.sqlite", with_calendar=False) as db:
        assert db.count_meetings() == 0
    return [str(p) for p in info.value.problems]


GOOD = "BEGIN:VEVENT\r\nUID:ok\r\nDTSTART;VALUE=DATE:20270301\r\nSUMMARY:Fine\r\nEND:VEVENT\r\n"


def test_an_event_without_a_start_is_refused_naming_line_and_uid(tmp_path):
    problems = bad(tmp_path, GOOD + "BEGIN:VEVENT\r\nUID:no-start\r\nSUMMARY:X\r\nEND:VEVENT\r\n")
    assert problems == [f"{tmp_path / 'bad.ics'}:9: UID no-start: DTSTART: the event has no start"]


def test_an_end_before_the_start_is_refused(tmp_path):
    [problem] = bad(
        tmp_path,
        "BEGIN:VEVENT\r\nUID:back\r\nDTSTART:20270301T100000Z\r\nDTEND:20270301T090000Z\r\nSUMMARY:X\r\nEND:VEVENT\r\n",
    )
    assert (
        ":7: UID back: DTEND: the event ends 2027-03-01 09:00 before it starts 2027-03-01 10:00"
        in problem
    )


def test_an_unknown_time_zone_is_refused(tmp_path):
    [problem] = bad(
        tmp_path,
        "BEGIN:VEVENT\r\nUID:tz\r\nDTSTART;TZID=Mars/Olympus:20270301T100000\r\nSUMMARY:X\r\nEND:VEVENT\r\n",
    )
    assert "UID tz: TZID: unknown time zone 'Mars/Olympus'" in problem


def test_a_file_that_does_not_parse_is_refused(tmp_path):
    [problem] = bad(
        tmp_path, "BEGIN:VEVENT\r\nUID:x\r\nthis is not a content line\r\nEND:VEVENT\r\n"
    )
    assert "bad.ics:6" in problem and "not a content line" in problem
    assert bad(tmp_path, "BEGIN:VEVENT\r\nUID:x\r\n") != []


def test_a_text_file_that_is_no_calendar_is_refused(tmp_path):
    path = tmp_path / "notes.ics"
    path.write_text("Hello: this is a note\r\n")
    with (
        open_database(tmp_path / "db.sqlite", with_calendar=False) as db,
        pytest.raises(CsvFormatError, match="outside BEGIN:VCALENDAR"),
    ):
        import_ics(db, path)


def test_nothing_in_a_file_makes_the_planner_fetch_or_open_anything(tmp_path, monkeypatch):
    import socket
    import urllib.request

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("the importer tried the network")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    path = tmp_path / "attach.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\n"
        "DTSTART;VALUE=DATE:20270301\r\nSUMMARY:X\r\nATTACH:https://example.invalid/x.ics\r\n"
        "URL:file:///etc/passwd\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with open_database(tmp_path / "db.sqlite", with_calendar=False) as db:
        assert len(import_ics(db, path).added) == 1


# --- subscribers' updates ------------------------------------------------------------------------


def test_changed_since_writes_changes_and_deletions_as_cancellations(mixed_db, tmp_path):
    everything = check_invariants(export(mixed_db, tmp_path / "all.ics"))
    assert len(everything.walk("VEVENT")) == mixed_db.count_meetings()
    mixed_db.conn.execute("UPDATE meetings SET updated_at = '2020-01-01T00:00:00Z'")
    mixed_db.conn.commit()
    wrc = mixed_db.meeting_by_code("WRC-27")
    mixed_db.save_meetings([wrc.replace(start=dt.date(2027, 10, 18), sequence=wrc.sequence + 1)])
    ra = mixed_db.meeting_by_code("RA-27")
    mixed_db.delete_meetings([ra.id])
    since = dt.datetime.now(dt.UTC).date()
    cal = check_invariants(export(mixed_db, tmp_path / "since.ics", changed_since=since))
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {f"{wrc.id}@scheduler-app", f"{ra.id}@scheduler-app"}
    assert int(events[f"{wrc.id}@scheduler-app"]["SEQUENCE"]) == 1
    cancelled = events[f"{ra.id}@scheduler-app"]
    assert str(cancelled["STATUS"]) == "CANCELLED" and int(cancelled["SEQUENCE"]) == ra.sequence + 1
    assert cancelled.decoded("DTSTART") == ra.start


# --- the content-line profile --------------------------------------------------------------------


def test_text_is_escaped_and_folded_without_breaking_a_character(reference_db, tmp_path):
    title = "Réunion; « ITU », 中文 " * 6
    reference_db.save_meetings(
        [meeting("ESC-1", "2027-05-03", kind="workshop", title=title.strip())]
    )
    text = export(reference_db, tmp_path / "e.ics")
    raw = text.encode("utf-8")
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # a fold never splits a character
    cal = icalendar.Calendar.from_ical(text)
    [event] = [e for e in cal.walk("VEVENT") if str(e.get("X-SCHEDULER-CODE")) == "ESC-1"]
    assert str(event["SUMMARY"]) == title.strip() and "\\;" in text and "\\," in text


def test_export_follows_the_filter(reference_db, tmp_path):
    from scheduler_app.storage import MeetingFilter

    path = tmp_path / "pp.ics"
    export_ics(reference_db, path, MeetingFilter(kinds=frozenset({MeetingKind.PP})))
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert sorted(str(e["X-SCHEDULER-CODE"]) for e in cal.walk("VEVENT")) == [
        "PP-18",
        "PP-22",
        "PP-26",
    ]


def test_statuses_map_to_icalendar_and_back(tmp_path):
    with open_database(tmp_path / "s.sqlite", with_calendar=False) as db:
        ms = [
            meeting(f"S-{s.value}", "2027-03-01", status=s, mode=Mode.HYBRID, sector=Sector.D)
            for s in Status
        ]
        db.save_meetings(ms)
        cal = icalendar.Calendar.from_ical(export(db, tmp_path / "s.ics"))
        statuses = {str(e["X-SCHEDULER-CODE"]): str(e["STATUS"]) for e in cal.walk("VEVENT")}
        assert statuses == {
            "S-proposed": "TENTATIVE",
            "S-tentative": "TENTATIVE",
            "S-confirmed": "CONFIRMED",
            "S-held": "CONFIRMED",
            "S-cancelled": "CANCELLED",
        }


def test_a_title_that_looks_like_a_code_does_not_take_over_a_meeting_on_other_dates(
    reference_db, tmp_path
):
    path = tmp_path / "g.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:g1\r\n"
        "DTSTART;VALUE=DATE:20271101\r\nDTEND;VALUE=DATE:20271105\r\nSUMMARY:PP-26\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    report = import_ics(reference_db, path)
    assert report.updated == [] and [m.code for m in report.added] == [""]
    assert reference_db.meeting_by_code("PP-26").start == dt.date(2026, 11, 9)


def test_a_timed_event_without_an_end_lasts_no_time(tmp_path):
    path = tmp_path / "z.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:z1\r\n"
        "DTSTART:20270405T090000Z\r\nSUMMARY:Call\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with open_database(tmp_path / "z.sqlite", with_calendar=False) as db:
        [m] = import_ics(db, path).added
        assert m.start_time == m.end_time == dt.time(9)


def test_control_characters_and_huge_numbers_are_refused(tmp_path):
    path = tmp_path / "c.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:c1\r\n"
        "DTSTART;VALUE=DATE:20270405\r\nSUMMARY:A\x07B\r\nSEQUENCE:99999999999999999999\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with (
        open_database(tmp_path / "c.sqlite", with_calendar=False) as db,
        pytest.raises(CsvFormatError, match="SEQUENCE"),
    ):
        import_ics(db, path)


def test_meetings_without_fixed_days_are_free_time_in_outlook(reference_db, tmp_path):
    cal = check_invariants(export(reference_db, tmp_path / "t.ics"))
    transp = {str(e["X-SCHEDULER-CODE"]): str(e["TRANSP"]) for e in cal.walk("VEVENT")}
    assert transp["WTDC-29"] == "TRANSPARENT" and transp["TDAG-2023"] == "TRANSPARENT"
    assert transp["PP-26"] == "OPAQUE"
