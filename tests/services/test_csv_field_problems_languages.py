"""A CSV row's field problems (interop/csv_fields.py) in each language: the column, the value
quoted as written, the sentence translated; English word for word."""

from __future__ import annotations

import pytest

from scheduler_app import i18n
from scheduler_app.domain import InvalidMeeting
from scheduler_app.domain.errors import MAX_FIELD_CHARS
from scheduler_app.interop.csv_fields import record_to_meeting

OTHERS = [lang for lang in i18n.LANGUAGES if lang != "en"]
BASE = {"title": "Council", "kind": "council", "start": "2030-06-10", "end": "2030-06-19"}

# a row, the column named and the problem in English as it always read
ROWS = [
    ({"start": ""}, "start", "is empty"),
    ({"end": ""}, "end", "is empty (give the last day of the meeting)"),
    ({"start": "2030-06-10T25:00", "end": "2030-06-19T10:00"}, "start",
     "'2030-06-10T25:00' is not a valid date and time (hour must be in 0..23)"),
    ({"start": "2030-06-10T09:00+02:00"}, "start",
     "'2030-06-10T09:00+02:00' has a UTC offset; write the local time and put the IANA zone "
     "in the timezone column"),
    ({"start": "June"}, "start",
     "'June' is not a date (YYYY-MM-DD), a date and time (YYYY-MM-DDTHH:MM) or a period "
     "(YYYY, YYYY-MM, YYYY-Qn)"),
    ({"participants": "many"}, "participants", "'many' is not a whole number"),
    ({"decided_from": "soon", "decided_to": "2030-07-01"}, "decided_from",
     "'soon' is not a date (YYYY-MM-DD)"),
    ({"decided_from": "2030-06-01"}, "decided_to",
     "give both decided_from and decided_to, or neither"),
    ({"start": "2030-06", "precision": "year"}, "precision", "year does not match start '2030-06'"),
    ({"end": "2030-06-19T10:00"}, "end", "give times on both start and end, or on neither"),
    ({"start": "2030-06-10T09:00", "precision": "month", "end": ""}, "start",
     "a month-precision meeting has no time of day"),
    ({"start": "2030-06", "end": "later"}, "end", "'later' is not a date or a period"),
    ({"start": "2030-06", "end": "2030-07-02"}, "end",
     "'2030-07-02' is outside the month that starts 2030-06-01"),
    ({"start": "2030-Q2", "end": "2030-07-02"}, "end",
     "'2030-07-02' is outside the quarter that starts 2030-04-01"),
    ({"start": "2030", "end": "2031-01-01"}, "end",
     "'2031-01-01' is outside the year that starts 2030-01-01"),
    ({"notes": "x" * (MAX_FIELD_CHARS + 1)}, "notes",
     "is 100,001 characters long; the limit is 100,000"),
    ({"title": ""}, "title", "is empty"),
]  # fmt: skip


def refusal(changes: dict[str, str]) -> InvalidMeeting:
    with pytest.raises(InvalidMeeting) as refused:
        record_to_meeting({**BASE, **changes})
    return refused.value


@pytest.mark.parametrize(("changes", "column", "english"), ROWS)
def test_english_stays_word_for_word(changes, column, english):
    exc = refusal(changes)
    assert (exc.field, exc.problem) == (column, english)


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize(("changes", "column", "english"), ROWS)
def test_each_problem_is_translated_keeping_column_and_value(lang, changes, column, english):
    with i18n.using_language(lang):
        exc = refusal(changes)
    assert exc.field == column
    assert exc.problem != english
    # the formats' letters are the language's own (AAAA-MM-JJ, ГГГГ-ММ-ДД), as elsewhere
    for kept in ("'2030-07-02'", "'later'", "'many'", "'June'", "decided_from", "2030-06-01"):
        if kept in english:
            assert kept in exc.problem, (lang, exc.problem)


def test_counts_take_the_languages_separators():
    with i18n.using_language("fr"):
        exc = refusal({"notes": "x" * (MAX_FIELD_CHARS + 1)})
    assert "100\u202f001" in exc.problem or "100\u00a0001" in exc.problem, exc.problem
