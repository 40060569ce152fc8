import datetime as dt
import subprocess
import sys

import pytest

from scheduler_app.observances.public_holidays import (
    UnknownHolidayCalendar,
    holiday_provenance,
    public_holidays,
    weekend_days,
)

D = dt.date


def test_geneva_2025_has_the_jeune_genevois_on_11_september():
    assert public_holidays("CH", [2025], "GE")[D(2025, 9, 11)] == "Genevan Fast"


def test_geneva_names_its_holidays_in_french_when_asked():
    geneva = public_holidays("CH", [2025], "GE", language="fr")
    assert geneva[D(2025, 9, 11)] == "Jeûne genevois"
    assert geneva[D(2025, 12, 31)] == "Restauration de la République"


def test_geneva_2025_has_the_national_day_and_the_restoration_of_the_republic():
    geneva = public_holidays("CH", [2025], "GE")
    assert geneva[D(2025, 8, 1)] == "National Day"
    assert geneva[D(2025, 12, 31)] == "Restoration Day"


def test_switzerland_without_a_canton_has_no_jeune_genevois():
    assert D(2025, 9, 11) not in public_holidays("CH", [2025])
    assert D(2025, 9, 11) not in public_holidays("CH", [2025], "")


def test_holidays_of_several_years_come_together():
    geneva = public_holidays("CH", range(2025, 2027), "GE")
    assert {D(2025, 12, 31), D(2026, 12, 31)} <= geneva.keys()
    assert {d.year for d in geneva} == {2025, 2026}


def test_no_year_gives_no_holiday():
    assert public_holidays("CH", [], "GE") == {}


def test_country_codes_are_read_in_any_case():
    assert public_holidays("ch", [2025], "GE") == public_holidays("CH", [2025], "GE")


def test_uae_1_december_2023_is_commemoration_day():
    assert public_holidays("AE", [2023])[D(2023, 12, 1)] == "Commemoration Day"


def test_changing_the_returned_holidays_does_not_change_the_next_answer():
    public_holidays("CH", [2025], "GE").clear()
    assert D(2025, 9, 11) in public_holidays("CH", [2025], "GE")


def test_an_unknown_country_is_refused_by_name():
    with pytest.raises(UnknownHolidayCalendar, match="country 'XX'"):
        public_holidays("XX", [2025])


def test_an_unknown_subdivision_is_refused_naming_it_and_its_country():
    with pytest.raises(UnknownHolidayCalendar, match="subdivision 'ZZ' of 'CH'"):
        public_holidays("CH", [2025], "ZZ")


def test_an_unknown_holiday_calendar_is_a_value_error():
    assert issubclass(UnknownHolidayCalendar, ValueError)


def test_qatar_weekend_is_friday_and_saturday():
    assert weekend_days("QA") == frozenset({4, 5})


def test_switzerland_weekend_is_saturday_and_sunday():
    assert weekend_days("CH") == frozenset({5, 6})


def test_a_country_unknown_to_holidays_has_a_saturday_sunday_weekend():
    assert weekend_days("XX") == frozenset({5, 6})


def test_provenance_names_the_library_version_and_the_calendar():
    assert holiday_provenance("CH", "GE") == "holidays 0.109 (CH-GE)"
    assert holiday_provenance("QA", None) == "holidays 0.109 (QA)"


def test_importing_the_module_does_not_import_holidays():
    code = (
        "import sys, scheduler_app.observances.public_holidays;sys.exit('holidays' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_supported_countries_are_the_librarys_own_list():
    """Read from the library's registry instead of its list_supported_countries(), which imports
    every country's module: the two must agree, or a library update changed the registry."""
    import holidays

    from scheduler_app.observances.public_holidays import supported_countries

    assert supported_countries() == frozenset(holidays.list_supported_countries())
