import datetime as dt
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler_app.domain import (
    DecidedPeriod,
    Meeting,
    MeetingKind,
    Mode,
    Precision,
    Sector,
    Status,
    new_id,
)
from scheduler_app.domain.dates import period_of
from scheduler_app.interop.csvfile import (
    COLUMNS,
    CsvFormatError,
    parse_meetings,
    read_meetings,
    write_meetings,
)
from tests.helpers import meeting

HEADER = "title,kind,start,end"


def parse(text: str, name: str = "in.csv"):
    return parse_meetings(text.encode("utf-8"), name)


def problems(text: str) -> list[str]:
    with pytest.raises(CsvFormatError) as info:
        parse(text)
    return [str(p) for p in info.value.problems]


def test_the_four_required_columns_make_a_meeting():
    [row] = parse(f"{HEADER}\nWTDC-25,wtdc,2025-11-17,2025-11-28\n")
    assert row.meeting.kind is MeetingKind.WTDC and row.meeting.days == 12 and not row.has_id


def test_headers_are_case_insensitive_in_any_order_with_excels_bom():
    data = "\ufeffEnd, Start ,KIND,Title,Code\r\n2026-11-27,2026-11-09,PP,Plenipotentiary,PP-26\r\n"
    [row] = parse_meetings(data.encode("utf-8"), "excel.csv")
    assert row.meeting.code == "PP-26" and row.meeting.start == dt.date(2026, 11, 9)


def test_an_end_before_the_start_is_reported_with_file_line_and_column():
    assert problems(f"{HEADER}\nA,pp,2030-10-05,2030-10-23\nB,wtdc,2030-11-15,2030-11-04\n") == [
        "in.csv:3: end: the meeting ends 2030-11-04 before it starts 2030-11-15"
    ]


def test_every_bad_row_is_reported_not_just_the_first():
    found = problems(
        f"{HEADER}\nA,conference,2030-10-05,2030-10-23\nB,pp,5 Oct 2030,2030-10-23\n,pp,2030-10-05,2030-10-06\n"
    )
    assert [p.split(": ")[0:2] for p in found] == [
        ["in.csv:2", "kind"],
        ["in.csv:3", "start"],
        ["in.csv:4", "title"],
    ]
    assert "expected one of: pp, council" in found[0]


def test_a_missing_required_column_is_named():
    assert problems("title,kind,start\nA,pp,2030-10-05\n") == [
        "in.csv:1: end: required column is missing"
    ]


def test_an_unknown_or_repeated_column_is_refused():
    assert problems(f"{HEADER},tittle\nA,pp,2030-10-05,2030-10-05,x\n") == [
        "in.csv:1: tittle: unknown column (see the README for the format)"
    ]
    assert "appears twice" in problems(f"{HEADER},Title\nA,pp,2030-10-05,2030-10-05,x\n")[0]


def test_an_empty_file_and_a_non_utf8_file_are_refused_by_name():
    assert problems("") == ["in.csv:1: empty file: no header row"]
    with pytest.raises(CsvFormatError, match=r"latin\.csv:2: not UTF-8"):
        parse_meetings(
            f"{HEADER}\n".encode() + "Genève,pp,2030-10-05,2030-10-05\n".encode("latin-1"),
            "latin.csv",
        )


def test_a_quoted_title_across_lines_keeps_the_line_numbers_right():
    text = f'{HEADER}\n"Two\nline title",pp,2030-10-05,2030-10-06\nB,pp,2030-10-06,2030-10-05\n'
    assert problems(text) == [
        "in.csv:4: end: the meeting ends 2030-10-05 before it starts 2030-10-06"
    ]


def test_a_row_with_too_many_fields_is_refused():
    assert (
        "5 fields but the header has 4"
        in problems(f"{HEADER}\nA,pp,2030-10-05,2030-10-05,extra\n")[0]
    )


def test_a_code_twice_in_one_file_is_refused():
    assert problems(
        f"code,{HEADER}\nPP-30,A,pp,2030-10-05,2030-10-05\nPP-30,B,pp,2030-11-05,2030-11-05\n"
    ) == ["in.csv:3: code: PP-30 is also on line 2"]


def test_blank_lines_are_skipped():
    assert len(parse(f"{HEADER}\n\nA,pp,2030-10-05,2030-10-05\n,,,\n")) == 1


@pytest.mark.parametrize(
    ("start", "end", "precision", "span"),
    [
        ("2029", "", "", (dt.date(2029, 1, 1), dt.date(2029, 12, 31), Precision.YEAR)),
        ("2023-06", "", "", (dt.date(2023, 6, 1), dt.date(2023, 6, 30), Precision.MONTH)),
        (
            "2027-Q4",
            "2027-12-31",
            "",
            (dt.date(2027, 10, 1), dt.date(2027, 12, 31), Precision.QUARTER),
        ),
        (
            "2027-11-05",
            "",
            "quarter",
            (dt.date(2027, 10, 1), dt.date(2027, 12, 31), Precision.QUARTER),
        ),
        (
            "2023-06-01",
            "2023-06-30",
            "month",
            (dt.date(2023, 6, 1), dt.date(2023, 6, 30), Precision.MONTH),
        ),
    ],
)
def test_meetings_whose_dates_are_not_fixed_span_their_period(start, end, precision, span):
    [row] = parse(f"{HEADER},precision\nWTDC,wtdc,{start},{end},{precision}\n")
    assert (row.meeting.start, row.meeting.end, row.meeting.precision) == span


def test_a_period_end_outside_the_period_is_refused():
    assert problems(f"{HEADER}\nWTDC,wtdc,2029,2030-01-05\n") == [
        "in.csv:2: end: '2030-01-05' is outside the year that starts 2029-01-01"
    ]


def test_date_times_need_a_zone_and_times_on_both_ends():
    [row] = parse(
        f"{HEADER},timezone\nRG,rapporteur-group,2027-03-02T09:30,2027-03-02 12:30,Europe/Zurich\n"
    )
    assert row.meeting.start_time == dt.time(9, 30) and row.meeting.end_time == dt.time(12, 30)
    assert (
        "timezone"
        in problems(f"{HEADER}\nRG,rapporteur-group,2027-03-02T09:30,2027-03-02T12:30\n")[0]
    )
    assert (
        "on both" in problems(f"{HEADER},timezone\nRG,other,2027-03-02T09:30,2027-03-02,UTC\n")[0]
    )
    assert "UTC offset" in problems(f"{HEADER}\nRG,other,2027-03-02T09:30+01:00,2027-03-02,\n")[0]


def test_numbers_and_decided_periods_are_checked():
    assert (
        "whole number" in problems(f"{HEADER},participants\nA,pp,2030-10-05,2030-10-05,many\n")[0]
    )
    assert (
        "decided_to"
        in problems(f"{HEADER},decided_from\nA,pp,2030-10-05,2030-10-05,2030-10-01\n")[0]
    )
    [row] = parse(
        f"{HEADER},decided_from,decided_to,participants\nA,pp,2030-10-05,2030-10-05,2030-Q4,2030-Q4,1 900\n"
    )
    assert row.meeting.decided == DecidedPeriod(dt.date(2030, 10, 1), dt.date(2030, 12, 31))
    assert row.meeting.participants == 1900


def test_a_missing_file_is_reported_by_name(tmp_path):
    with pytest.raises(CsvFormatError, match=r"nope\.csv: cannot read"):
        read_meetings(tmp_path / "nope.csv")


def test_export_writes_every_column_with_a_bom_and_crlf(tmp_path):
    path = tmp_path / "out.csv"
    assert write_meetings(path, [meeting("PP-30", kind="pp")]) == 1
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + ",".join(COLUMNS).encode() + b"\r\n")


def test_an_interrupted_export_leaves_the_old_file(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old")

    def broken():
        yield meeting("A")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_meetings(path, broken())
    assert path.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["out.csv"]


# --- round trip ----------------------------------------------------------------------------------

_text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"
    )
    | st.sampled_from([*',;"\n\\<>&', "é", "中", "ف", "ж"]),
    max_size=30,
).map(str.strip)
_codes = st.text(alphabet=string.ascii_uppercase + string.digits + "-/", min_size=1, max_size=12)


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    precision = draw(st.sampled_from(Precision))
    start = draw(st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)))
    times: dict[str, object] = {}
    if precision is Precision.DAY:
        end = start + dt.timedelta(days=draw(st.integers(0, 40)))
        if draw(st.booleans()):
            t1 = draw(st.times()).replace(second=0, microsecond=0)
            t2 = draw(st.times()).replace(second=0, microsecond=0)
            if end == start and t2 <= t1:
                end = start + dt.timedelta(days=1)
            times = {
                "start_time": t1,
                "end_time": t2,
                "timezone": draw(st.sampled_from(["Europe/Zurich", "Asia/Qatar", "UTC"])),
            }
    else:
        start, end = period_of(precision, start)
    decided = None
    if draw(st.booleans()):
        d1 = draw(st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)))
        decided = DecidedPeriod(d1, d1 + dt.timedelta(days=draw(st.integers(0, 90))), draw(_text))
    venue = draw(st.sampled_from(["", "CICG"]))
    title = draw(_text.filter(bool))
    return Meeting(
        id=new_id(),
        code=draw(_codes),
        title=title,
        kind=draw(st.sampled_from(MeetingKind)),
        start=start,
        end=end,
        precision=precision,
        sector=draw(st.none() | st.sampled_from(Sector)),
        body=draw(_text),
        parent=draw(_text),
        city=draw(_text),
        country=draw(st.sampled_from(["", "CH", "QA", "CN"])),
        venue=venue,
        room=draw(st.sampled_from(["", "Room 2"])) if venue else "",
        mode=draw(st.sampled_from(Mode)),
        status=draw(st.sampled_from(Status)),
        decided=decided,
        nominal_year=draw(st.none() | st.integers(1990, 2090)),
        participants=draw(st.none() | st.integers(0, 5000)),
        chair=draw(_text),
        notes=draw(_text),
        source=draw(_text),
        **times,
    )


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(meetings(), max_size=5, unique_by=lambda m: m.code))
def test_any_valid_calendar_survives_export_and_import(tmp_path, calendar):
    path = tmp_path / "round.csv"
    write_meetings(path, calendar)
    rows = read_meetings(path)
    assert [r.meeting for r in rows] == calendar
    assert all(r.has_id for r in rows)


def test_control_characters_in_a_field_are_refused():
    assert "control character" in problems(f"{HEADER}\nA\x00B,pp,2030-10-05,2030-10-05\n")[0]


def test_huge_participant_counts_are_refused():
    assert (
        "not from 0 to 1,000,000"
        in problems(f"{HEADER},participants\nA,pp,2030-10-05,2030-10-05,99999999999999999999\n")[0]
    )
