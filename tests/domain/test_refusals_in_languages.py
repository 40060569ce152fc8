"""The domain's and the settings' refusals in the planner's language (issue 17): a meeting that
cannot exist, a decided period, an unknown kind, a body, a room, an observance, a rule setting, a
timed drag. CSV column names, slugs and rule ids stay as written; English stays word for word."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from scheduler_app import i18n
from scheduler_app.domain import InvalidMeeting, MeetingKind, Precision
from scheduler_app.domain.bodies import Body, InvalidBody, Room
from scheduler_app.domain.dates import parse_period
from scheduler_app.domain.errors import check_year, quoted
from scheduler_app.domain.kinds import parse_enum
from scheduler_app.domain.meeting import DecidedPeriod
from scheduler_app.domain.observance import InvalidObservance, Observance
from scheduler_app.services import checking, settings_edits
from scheduler_app.services.time_moves import moved_by_minutes
from tests.helpers import meeting

D = dt.date


def ends_before_it_starts() -> InvalidMeeting:
    with pytest.raises(InvalidMeeting) as refused:
        dataclasses.replace(meeting("SG1-2027-1", "2027-03-10"), end=D(2027, 3, 2))
    return refused.value


def test_english_is_unchanged():
    e = ends_before_it_starts()
    assert str(e) == "SG1-2027-1: end: the meeting ends 2027-03-02 before it starts 2027-03-10"
    with pytest.raises(ValueError, match=r"^unknown kind 'sg' \(expected one of: pp, council,"):
        parse_enum(MeetingKind, "sg", "kind")
    assert quoted("x" * 100, limit=12) == "'xxxxxxxx'… (100 characters)"


def test_a_meeting_ending_before_it_starts_in_french_and_arabic():
    with i18n.using_language("fr"):
        e = ends_before_it_starts()
    assert (e.field, e.code) == ("end", "SG1-2027-1")  # the column and the code stay
    assert e.problem == "la réunion se termine le 2027-03-02, avant son début le 2027-03-10"
    assert str(e) == f"SG1-2027-1: end: {e.problem}"
    with i18n.using_language("ar"):
        e = ends_before_it_starts()
        # the code and the column kept whole inside the right-to-left line
        code, column = i18n.isolate("SG1-2027-1"), i18n.isolate("end")
    assert e.problem == "ينتهي الاجتماع في 2027-03-02 قبل بدئه في 2027-03-10"
    assert str(e) == f"{code}: {column}: {e.problem}" and code != "SG1-2027-1"


def test_an_unknown_kind_lists_the_slugs_in_the_language():
    for lang, words in (("fr", "valeur inconnue pour kind"), ("ar", "قيمة غير معروفة للحقل kind")):
        with i18n.using_language(lang), pytest.raises(ValueError) as refused:
            parse_enum(MeetingKind, "sg", "kind")
        text = str(refused.value)
        assert words in text and "'sg'" in text
        assert "study-group" in text and "expected" not in text


def test_a_decided_period_ending_first_and_a_thirteenth_month():
    with i18n.using_language("fr"):
        with pytest.raises(InvalidMeeting) as refused:
            DecidedPeriod(D(2027, 10, 1), D(2027, 3, 31))
        assert refused.value.problem == "2027-03-31 est antérieur à decided_from (2027-10-01)"
        with pytest.raises(InvalidMeeting) as refused:
            parse_period("2027-13", "decided_from")
        assert refused.value.field == "decided_from"
        assert "le mois 13 n'est pas compris entre 1 et 12" in refused.value.problem
    with i18n.using_language("ar"), pytest.raises(InvalidMeeting) as refused:
        DecidedPeriod(D(2027, 10, 1), D(2027, 3, 31))
    assert refused.value.problem == "2027-03-31 يسبق decided_from (2027-10-01)"


def test_precision_and_year_range_in_the_language():
    with i18n.using_language("fr"), pytest.raises(InvalidMeeting) as refused:
        meeting("Y-1", "2027-01-01", "2027-06-30", precision=Precision.YEAR)
    assert refused.value.field == "precision"
    assert "une réunion de précision year doit couvrir" in refused.value.problem
    with i18n.using_language("ar"), pytest.raises(InvalidMeeting) as refused:
        check_year(2300, "start")
    assert refused.value.problem == "السنة 2300 خارج نطاق السنوات التي يدعمها المخطِّط (1865-2199)"


def test_a_long_cell_counts_its_characters_the_language_s_way():
    with i18n.using_language("fr"):
        assert quoted("x" * 2000, limit=12) == "'xxxxxxxx'… (2\u202f000 caractères)"


def test_bodies_rooms_and_observances_refuse_in_the_language():
    with i18n.using_language("ru"):
        with pytest.raises(InvalidBody, match="не может быть подотчетен самому себе"):
            Body("TSAG", parent="TSAG")
        with pytest.raises(InvalidBody, match="вместимость \\(0\\) должна быть положительной"):
            Room("CICG", "Room 1", 0)
    with i18n.using_language("es"), pytest.raises(InvalidObservance, match="antes de su comienzo"):
        Observance("eid", "Eid", D(2027, 3, 10), D(2027, 3, 9))


def test_a_rule_setting_refused_in_french_and_arabic():
    with i18n.using_language("fr"), pytest.raises(checking.PolicyError) as refused:
        checking.validate_policy_value("R77-PP-DURATION", "gap", 3)
    text = str(refused.value)
    assert text.startswith("R77-PP-DURATION n'a pas de paramètre 'gap' (ses paramètres : severity")
    with i18n.using_language("ar"), pytest.raises(checking.PolicyError) as refused:
        checking.validate_policy_value("R-NONE", "severity", "error")
    assert str(refused.value) == "قاعدة غير معروفة 'R-NONE' (انظر `scheduler-app rules`)"
    with i18n.using_language("fr"), pytest.raises(checking.PolicyError, match="true ou false"):
        checking.validate_policy_value("R77-PP-DURATION", "enabled", "yes")


def test_the_settings_editors_refuse_in_the_language():
    with i18n.using_language("fr"), pytest.raises(settings_edits.SettingsRefused) as refused:
        settings_edits.unwaive_rows(None, [])  # type: ignore[arg-type]
    assert str(refused.value) == "sélectionnez les dérogations à annuler"
    with i18n.using_language("ar"), pytest.raises(settings_edits.SettingsRefused) as refused:
        settings_edits.set_policy(None, "R77-PP-DURATION", {})  # type: ignore[arg-type]
    assert str(refused.value) == "اختر إعداداً من إعدادات R77-PP-DURATION لتغييره"


def test_a_timed_drag_refused_in_the_language():
    all_day = meeting("C26", "2026-06-09", kind="council")
    with i18n.using_language("fr"), pytest.raises(ValueError) as refused:
        moved_by_minutes(all_day, 30, "move", "Europe/Zurich")
    assert str(refused.value).startswith("C26 n'a pas d'heures et ne peut donc pas être déplacée")
    timed = all_day.replace(
        start_time=dt.time(9, 30), end_time=dt.time(12, 30), timezone="Europe/Zurich"
    )
    with i18n.using_language("ru"), pytest.raises(ValueError) as refused:
        moved_by_minutes(timed, -240, "end", "Europe/Zurich")
    text = str(refused.value)
    assert "9 июн." in text and "перетащите его окончание" in text
