"""The headless code's languages: the catalogue read from the .ts files, the locale's dates."""

from __future__ import annotations

import datetime as dt

import pytest

from scheduler_app import i18n
from scheduler_app.i18n import catalogue


def test_english_is_the_source_and_needs_no_catalogue():
    assert i18n.translate("Vocabulary", "Study group") == "Study group"


def test_a_text_is_found_under_its_own_context_only():
    """No fallback by text alone: "WRC" under Vocabulary (a kind's acronym, kept as ITU writes
    it) once took the findings' "CMR" filed under another context."""
    with i18n.using_language("fr"):
        assert i18n.translate("Vocabulary", "Study group") == "Commission d'études"
        assert i18n.translate("Elsewhere", "Study group") == "Study group"
        assert i18n.translate("Vocabulary", "WRC") == "WRC"
        assert i18n.translate("Vocabulary", "not a message") == "not a message"
    assert i18n.language() == "en"


def test_an_unfinished_translation_is_not_used(tmp_path, monkeypatch):
    (tmp_path / "x_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr"><context>'
        "<name>C</name>"
        "<message><source>Done</source><translation>Fait</translation></message>"
        '<message><source>Draft</source><translation type="unfinished">Brouillon</translation>'
        "</message></context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(catalogue, "translations_dir", lambda: tmp_path)
    catalogue._catalogue.cache_clear()
    try:
        with i18n.using_language("fr"):
            assert (i18n.translate("C", "Done"), i18n.translate("C", "Draft")) == ("Fait", "Draft")
    finally:
        catalogue._catalogue.cache_clear()


def test_an_unknown_language_is_refused_naming_the_six():
    with pytest.raises(ValueError, match=r"'de'.*ar, zh, en, fr, ru, es"):
        i18n.set_language("de")


def spaced(text: str) -> str:
    """CLDR sets thin and narrow no-break spaces round dashes and before "г."."""
    return text.replace("\u2009", " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    ("lang", "one_day", "span", "heading", "first"),
    [
        ("en", "8 May 2026", "28 Apr – 8 May 2026", "May 2026", 0),
        ("fr", "8 mai 2026", "28 avr. – 8 mai 2026", "mai 2026", 0),
        ("es", "8 may 2026", "28 abr – 8 may 2026", "mayo de 2026", 0),
        ("ru", "8 мая 2026 г.", "28 апр. — 8 мая 2026 г.", "май 2026 г.", 0),
        ("zh", "2026年5月8日", "2026年4月28日 – 5月8日", "2026年5月", 0),
        ("ar", "8 مايو 2026", "28 أبريل – 8 مايو 2026", "مايو 2026", 5),
    ],
)
def test_dates_are_written_the_languages_way(lang, one_day, span, heading, first):
    with i18n.using_language(lang):
        assert spaced(i18n.day(dt.date(2026, 5, 8))) == one_day
        assert spaced(i18n.day_range(dt.date(2026, 4, 28), dt.date(2026, 5, 8))) == span
        assert spaced(i18n.month_year(2026, 5)) == heading
        assert i18n.first_weekday() == first  # Saturday in Arabic, Monday elsewhere


def test_numbers_and_names_follow_the_language():
    with i18n.using_language("fr"):
        assert i18n.number(20000) == "20\u202f000"
        assert i18n.month_name(5) == "mai" and i18n.weekday_name(0, "wide") == "lundi"
    with i18n.using_language("ru"):
        assert i18n.month_name(5) == "май"  # the heading's form, not the date's "мая"
    assert i18n.number(1234.5, 1) == "1,234.5"


def test_mixed_direction_text_is_isolated_only_in_arabic():
    assert i18n.isolate("PP-26") == "PP-26"
    with i18n.using_language("ar"):
        assert i18n.isolate("PP-26") == "\u2068PP-26\u2069"


def test_the_system_language_is_read_as_posix_reads_it(monkeypatch):
    monkeypatch.setenv("LANG", "ar_EG.UTF-8")
    assert i18n.system_language() == "ar"
    monkeypatch.setenv("LC_ALL", "pt_BR.UTF-8")
    assert i18n.system_language() == "en"


def test_every_date_the_planner_writes_takes_the_language():
    from scheduler_app.domain.dates import format_day, format_span
    from scheduler_app.domain.kinds import Precision

    nov = (dt.date(2025, 11, 17), dt.date(2025, 11, 28))
    assert format_span(*nov) == "17-28 Nov 2025"  # English stays the planner's own way
    with i18n.using_language("fr"):
        assert spaced(format_span(*nov)) == "17–28 nov. 2025"
        assert format_span(dt.date(2027, 10, 1), dt.date(2027, 12, 31), Precision.QUARTER) == (
            "T4 2027"
        )
        assert format_span(dt.date(2029, 1, 1), dt.date(2029, 12, 31), Precision.YEAR) == "2029"
    with i18n.using_language("zh"):
        assert format_day(dt.date(2026, 11, 7)) == "2026年11月7日"


def test_a_country_is_named_in_the_language_wherever_the_planner_writes_it():
    from scheduler_app.domain.meeting import country_name

    assert country_name("CH") == "Switzerland"
    with i18n.using_language("fr"):
        assert (country_name("CH"), i18n.territory_name("AE")) == ("Suisse", "Émirats arabes unis")
    with i18n.using_language("zh"):
        assert country_name("CH") == "瑞士"
        assert country_name("XX") == "XX"  # unknown: the code as given
