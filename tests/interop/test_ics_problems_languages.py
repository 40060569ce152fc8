"""``scheduler-app --lang LANG import --dry-run bad.ics`` names the file, the line and the
property of a refused event, the reason in the language (issue 17): an end before the start, a
bad DURATION, a bad SEQUENCE, an unknown time zone, a field too long, a series that repeats
more often than daily. Property names, quoted values and numbers stay as the file has them."""

from __future__ import annotations

import pytest

from scheduler_app.cli import main
from scheduler_app.interop.csvfile import MAX_FIELD_CHARS

HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:x\r\n"
TAIL = "END:VEVENT\r\nEND:VCALENDAR\r\n"
EVENTS = {
    "end": "DTSTART;VALUE=DATE:20270105\r\nDTEND;VALUE=DATE:20270101\r\n",
    "duration": "DTSTART:20270105T090000\r\nDURATION:P1X\r\n",
    "sequence": "SEQUENCE:many\r\nDTSTART;VALUE=DATE:20270105\r\n",
    "zone": "DTSTART;TZID=Mars/Olympus:20270105T090000\r\n",
    "long": "SUMMARY:" + "y" * (MAX_FIELD_CHARS + 10) + "\r\nDTSTART;VALUE=DATE:20270105\r\n",
    "rrule": "DTSTART:20270105T090000Z\r\nRRULE:FREQ=MINUTELY\r\n",
}
# the start of what each file's refusal says: file, line, UID and property, then the reason
SAID = {
    "en": {
        "end": "bad.ics:7: UID x: DTEND: the event ends 2027-01-01 before it starts 2027-01-05",
        "duration": "bad.ics:7: UID x: DURATION: 'P1X' is not a duration",
        "sequence": "bad.ics:4: UID x: SEQUENCE: 'many' is not a number",
        "zone": "bad.ics:6: UID x: TZID: unknown time zone 'Mars/Olympus'",
        "long": "bad.ics:6: UID x: SUMMARY: title would be 100,010 characters long",
        "rrule": "bad.ics:7: UID x: RRULE: FREQ=MINUTELY: a series that repeats more often",
    },
    "fr": {
        "end": "bad.ics:7: UID x: DTEND: l'événement se termine le 2027-01-01, avant de commencer",
        "duration": "bad.ics:7: UID x: DURATION: 'P1X' n'est pas une durée",
        "sequence": "bad.ics:4: UID x: SEQUENCE: 'many' n'est pas un nombre",
        "zone": "bad.ics:6: UID x: TZID: fuseau horaire inconnu 'Mars/Olympus'",
        "long": "bad.ics:6: UID x: SUMMARY: title compterait 100\u202f010 caractères",
        "rrule": "bad.ics:7: UID x: RRULE: FREQ=MINUTELY : une série qui se répète",
    },
    "ar": {
        "end": "bad.ics:7: UID x: DTEND: ينتهي الحدث في 2027-01-01 قبل أن يبدأ في 2027-01-05",
        "duration": "bad.ics:7: UID x: DURATION: 'P1X' ليست مدة",
        "sequence": "bad.ics:4: UID x: SEQUENCE: 'many' ليس عددًا",
        "zone": "bad.ics:6: UID x: TZID: منطقة زمنية غير معروفة 'Mars/Olympus'",
        "long": "bad.ics:6: UID x: SUMMARY: سيبلغ طول title",
        "rrule": "bad.ics:7: UID x: RRULE: FREQ=MINUTELY: لا تُستورد سلسلة",
    },
}
ENGLISH = ("the event", "is not", "would be", "unknown time zone", "a series", "nothing was")


@pytest.mark.parametrize("case", sorted(EVENTS))
@pytest.mark.parametrize("lang", sorted(SAID))
def test_a_refused_event_names_file_line_and_property_in_the_language(capsys, tmp_path, lang, case):
    bad = tmp_path / "bad.ics"
    bad.write_bytes((HEAD + EVENTS[case] + TAIL).encode())
    db = str(tmp_path / "plan.sqlite")
    assert main(["init", "--empty", "--db", db]) == 0
    capsys.readouterr()
    main(["--lang", lang, "import", "--db", db, "--dry-run", str(bad)])
    out, err = capsys.readouterr()
    lines = [line.replace(str(bad), "bad.ics") for line in (out + err).splitlines()]
    assert any(line.startswith(SAID[lang][case]) for line in lines), lines
    if lang != "en":
        assert not any(words in line for line in lines for words in ENGLISH), lines
