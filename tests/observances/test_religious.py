import datetime as dt
import subprocess
import sys
import warnings

import holidays
import pytest
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from scheduler_app.observances.religious import CATALOGUE, compute_religious

D = dt.date
CROSS_CHECK_YEARS = range(2020, 2041)


def spans(year: int, key: str, variant: str = "") -> list[tuple[dt.date, dt.date]]:
    """(start, end) of every occurrence of ``key`` starting in ``year``."""
    return [
        (o.start, o.end)
        for o in compute_religious(year, year)
        if o.key == key and o.variant == variant
    ]


def starts(year_from: int, year_to: int, key: str) -> list[dt.date]:
    return [o.start for o in compute_religious(year_from, year_to) if o.key == key]


def country(code: str, years: range) -> holidays.HolidayBase:
    """A holidays calendar in English, without days moved to by law."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return holidays.country_holidays(code, years=years, language="en_US", observed=False)


def named(calendar: holidays.HolidayBase, name: str) -> list[dt.date]:
    return sorted(
        day
        for day in calendar
        if name in (n.removesuffix(" (estimated)") for n in calendar.get_list(day))
    )


def first_days(days: list[dt.date]) -> list[dt.date]:
    """The first day of each run of consecutive days."""
    return [d for d in days if d - dt.timedelta(days=1) not in days]


# --- the catalogue ----------------------------------------------------------------------------


def test_the_catalogue_has_exactly_the_fourteen_keys():
    assert list(CATALOGUE) == [
        "ramadan",
        "eid-al-fitr",
        "eid-al-adha",
        "good-friday-easter-monday",
        "orthodox-good-friday-easter-monday",
        "christmas",
        "orthodox-christmas",
        "rosh-hashanah",
        "yom-kippur",
        "passover",
        "diwali",
        "vesak",
        "lunar-new-year",
        "gurpurab",
    ]


def test_every_catalogue_entry_has_a_name_a_religion_and_a_method():
    for key, entry in CATALOGUE.items():
        assert entry.key == key
        assert entry.name and entry.religion and entry.method


def test_every_catalogue_key_occurs_in_2026_and_nothing_else_does():
    assert {o.key for o in compute_religious(2026, 2026)} == set(CATALOGUE)


# --- 2026 ---------------------------------------------------------------------------------------

EXPECTED_2026 = {
    ("ramadan", ""): [(D(2026, 2, 18), D(2026, 3, 19))],
    ("eid-al-fitr", ""): [(D(2026, 3, 20), D(2026, 3, 22))],
    ("eid-al-adha", ""): [(D(2026, 5, 27), D(2026, 5, 30))],
    ("good-friday-easter-monday", ""): [(D(2026, 4, 3), D(2026, 4, 6))],
    ("orthodox-good-friday-easter-monday", ""): [(D(2026, 4, 10), D(2026, 4, 13))],
    ("christmas", ""): [(D(2026, 12, 24), D(2026, 12, 26))],
    ("orthodox-christmas", ""): [(D(2026, 1, 7), D(2026, 1, 7))],
    ("rosh-hashanah", ""): [(D(2026, 9, 12), D(2026, 9, 13))],
    ("yom-kippur", ""): [(D(2026, 9, 21), D(2026, 9, 21))],
    ("passover", ""): [(D(2026, 4, 2), D(2026, 4, 3))],
    ("diwali", "India"): [(D(2026, 11, 8), D(2026, 11, 8))],
    ("diwali", "Singapore"): [(D(2026, 11, 8), D(2026, 11, 8))],
    ("vesak", "India"): [(D(2026, 5, 1), D(2026, 5, 1))],
    ("vesak", "Singapore"): [(D(2026, 5, 31), D(2026, 5, 31))],
    ("lunar-new-year", ""): [(D(2026, 2, 17), D(2026, 2, 19))],
    ("gurpurab", "India"): [(D(2026, 11, 24), D(2026, 11, 24))],
}


def test_2026_has_exactly_the_reference_dates_of_every_observance():
    found: dict[tuple[str, str], list[tuple[dt.date, dt.date]]] = {}
    for o in compute_religious(2026, 2026):
        found.setdefault((o.key, o.variant), []).append((o.start, o.end))
    assert found == EXPECTED_2026


def test_only_the_islamic_and_table_based_observances_are_estimated():
    estimated = {o.key for o in compute_religious(2026, 2026) if o.estimated}
    assert estimated == {"ramadan", "eid-al-fitr", "eid-al-adha", "diwali", "vesak", "gurpurab"}


def test_rows_carry_the_catalogue_name_and_religion():
    (yom_kippur,) = [o for o in compute_religious(2026, 2026) if o.key == "yom-kippur"]
    assert (yom_kippur.name, yom_kippur.religion) == ("Yom Kippur", "Judaism")


def test_provenance_names_the_library_and_its_installed_version():
    provenance = {(o.key, o.variant): o.provenance for o in compute_religious(2026, 2026)}
    assert provenance[("ramadan", "")] == "hijridate 2.6.0 (Umm al-Qura)"
    assert provenance[("yom-kippur", "")] == "pyluach 2.3.0"
    assert provenance[("lunar-new-year", "")] == "holidays 0.109 (Chinese lunisolar table)"
    assert provenance[("good-friday-easter-monday", "")] == "python-dateutil 2.9.0.post0"
    assert provenance[("christmas", "")] == "fixed date"
    assert provenance[("diwali", "India")] == "holidays 0.109 (India)"
    assert provenance[("vesak", "Singapore")] == "holidays 0.109 (Singapore)"


def test_only_table_based_observances_have_a_variant():
    variants = {(o.key, o.variant) for o in compute_religious(2026, 2026) if o.variant}
    assert variants == {
        ("diwali", "India"),
        ("diwali", "Singapore"),
        ("vesak", "India"),
        ("vesak", "Singapore"),
        ("gurpurab", "India"),
    }


def test_rows_are_sorted_by_start_key_and_variant():
    rows = compute_religious(2018, 2050)
    assert rows == sorted(rows, key=lambda o: (o.start, o.key, o.variant))


def test_each_row_starts_in_the_years_asked_for():
    assert {o.start.year for o in compute_religious(2027, 2028)} == {2027, 2028}


def test_changing_the_returned_list_does_not_change_the_next_answer():
    compute_religious(2026, 2026).clear()
    assert len(compute_religious(2026, 2026)) == sum(map(len, EXPECTED_2026.values()))


def test_an_empty_year_range_gives_no_rows():
    assert compute_religious(2027, 2026) == []


# --- reference dates 2027-2030 (Umm al-Qura for the Islamic ones) -----------------------------

REFERENCE = [
    # 2027
    ("ramadan", "", D(2027, 2, 8), D(2027, 3, 8)),
    ("eid-al-fitr", "", D(2027, 3, 9), D(2027, 3, 11)),
    ("eid-al-adha", "", D(2027, 5, 16), D(2027, 5, 19)),
    ("good-friday-easter-monday", "", D(2027, 3, 26), D(2027, 3, 29)),
    ("orthodox-good-friday-easter-monday", "", D(2027, 4, 30), D(2027, 5, 3)),
    ("rosh-hashanah", "", D(2027, 10, 2), D(2027, 10, 3)),
    ("yom-kippur", "", D(2027, 10, 11), D(2027, 10, 11)),
    ("diwali", "India", D(2027, 10, 29), D(2027, 10, 29)),
    ("lunar-new-year", "", D(2027, 2, 6), D(2027, 2, 8)),
    # 2028
    ("ramadan", "", D(2028, 1, 28), D(2028, 2, 25)),
    ("eid-al-fitr", "", D(2028, 2, 26), D(2028, 2, 28)),
    ("eid-al-adha", "", D(2028, 5, 5), D(2028, 5, 8)),
    ("good-friday-easter-monday", "", D(2028, 4, 14), D(2028, 4, 17)),
    ("orthodox-good-friday-easter-monday", "", D(2028, 4, 14), D(2028, 4, 17)),
    ("rosh-hashanah", "", D(2028, 9, 21), D(2028, 9, 22)),
    ("yom-kippur", "", D(2028, 9, 30), D(2028, 9, 30)),
    ("diwali", "India", D(2028, 10, 17), D(2028, 10, 17)),
    ("diwali", "Singapore", D(2028, 11, 15), D(2028, 11, 15)),
    ("lunar-new-year", "", D(2028, 1, 26), D(2028, 1, 28)),
    # 2029
    ("ramadan", "", D(2029, 1, 16), D(2029, 2, 13)),
    ("eid-al-fitr", "", D(2029, 2, 14), D(2029, 2, 16)),
    ("eid-al-adha", "", D(2029, 4, 24), D(2029, 4, 27)),
    ("good-friday-easter-monday", "", D(2029, 3, 30), D(2029, 4, 2)),
    ("orthodox-good-friday-easter-monday", "", D(2029, 4, 6), D(2029, 4, 9)),
    ("rosh-hashanah", "", D(2029, 9, 10), D(2029, 9, 11)),
    ("yom-kippur", "", D(2029, 9, 19), D(2029, 9, 19)),
    ("diwali", "India", D(2029, 11, 5), D(2029, 11, 5)),
    ("diwali", "Singapore", D(2029, 11, 5), D(2029, 11, 5)),
    ("lunar-new-year", "", D(2029, 2, 13), D(2029, 2, 15)),
    # 2030
    ("eid-al-fitr", "", D(2030, 2, 4), D(2030, 2, 6)),
    ("eid-al-adha", "", D(2030, 4, 13), D(2030, 4, 16)),
    ("good-friday-easter-monday", "", D(2030, 4, 19), D(2030, 4, 22)),
    ("orthodox-good-friday-easter-monday", "", D(2030, 4, 26), D(2030, 4, 29)),
    ("rosh-hashanah", "", D(2030, 9, 28), D(2030, 9, 29)),
    ("yom-kippur", "", D(2030, 10, 7), D(2030, 10, 7)),
    ("diwali", "India", D(2030, 10, 26), D(2030, 10, 26)),
    ("lunar-new-year", "", D(2030, 2, 3), D(2030, 2, 5)),
]


@pytest.mark.parametrize(
    ("key", "variant", "start", "end"),
    REFERENCE,
    ids=[f"{key}-{variant or 'all'}-{start.year}" for key, variant, start, _ in REFERENCE],
)
def test_reference_date_of_2027_to_2030(key: str, variant: str, start: dt.date, end: dt.date):
    assert spans(start.year, key, variant) == [(start, end)]


def test_easter_falls_on_the_reference_sundays():
    sundays = {
        "good-friday-easter-monday": [
            D(2027, 3, 28),
            D(2028, 4, 16),
            D(2029, 4, 1),
            D(2030, 4, 21),
        ],
        "orthodox-good-friday-easter-monday": [
            D(2027, 5, 2),
            D(2028, 4, 16),
            D(2029, 4, 8),
            D(2030, 4, 28),
        ],
    }
    for key, expected in sundays.items():
        assert [d + dt.timedelta(days=2) for d in starts(2027, 2030, key)] == expected


def test_2030_has_two_ramadans_one_starting_in_january_and_one_in_december():
    assert spans(2030, "ramadan") == [
        (D(2030, 1, 5), D(2030, 2, 3)),
        (D(2030, 12, 26), D(2031, 1, 23)),
    ]


def test_the_ramadan_starting_in_december_2030_belongs_to_2030_not_2031():
    assert [s for s, _ in spans(2031, "ramadan")] == [D(2031, 12, 15)]


# --- real cases -----------------------------------------------------------------------------------


def test_rosh_hashanah_2022_was_26_and_27_september():
    assert spans(2022, "rosh-hashanah") == [(D(2022, 9, 26), D(2022, 9, 27))]


def test_yom_kippur_2022_was_5_october():
    assert spans(2022, "yom-kippur") == [(D(2022, 10, 5), D(2022, 10, 5))]


def test_gurpurab_2023_was_27_november():
    assert spans(2023, "gurpurab", "India") == [(D(2023, 11, 27), D(2023, 11, 27))]


def test_eid_al_fitr_2025_was_30_march_to_1_april():
    assert spans(2025, "eid-al-fitr") == [(D(2025, 3, 30), D(2025, 4, 1))]


def test_ramadan_1446_was_1_to_29_march_2025():
    assert spans(2025, "ramadan") == [(D(2025, 3, 1), D(2025, 3, 29))]


def test_vesak_2026_is_1_may_in_the_india_variant():
    assert spans(2026, "vesak", "India") == [(D(2026, 5, 1), D(2026, 5, 1))]


# --- years a library does not cover ------------------------------------------------------------


def test_years_beyond_hijridate_give_no_islamic_rows_instead_of_an_error():
    keys = {o.key for o in compute_religious(2100, 2100)}
    assert not keys & {"ramadan", "eid-al-fitr", "eid-al-adha"}
    assert "christmas" in keys


def test_the_last_islamic_year_hijridate_covers_is_2077():
    assert starts(2077, 2077, "ramadan") != []
    assert starts(2078, 2078, "ramadan") == []


def test_years_before_hijridate_give_no_islamic_rows():
    assert starts(1920, 1920, "eid-al-adha") == []


def test_diwali_2040_has_no_india_row_once_the_india_table_runs_out():
    assert [o.variant for o in compute_religious(2040, 2040) if o.key == "diwali"] == ["Singapore"]


def test_gurpurab_has_no_row_after_the_india_table_runs_out():
    assert starts(2036, 2040, "gurpurab") == []


def test_lunar_new_year_stops_where_the_chinese_table_of_holidays_stops():
    assert starts(2099, 2099, "lunar-new-year") == [D(2099, 1, 21)]
    assert starts(2100, 2100, "lunar-new-year") == [D(2100, 2, 9)]
    assert starts(2101, 2101, "lunar-new-year") == []


def test_no_observance_comes_from_a_gpl_library():
    # The planner is MIT and ships its dependencies inside its installers (lunardate is GPL-3.0).
    provenances = {o.provenance.split()[0] for o in compute_religious(2026, 2030)}
    assert "lunardate" not in provenances
    from importlib.metadata import requires

    assert not [r for r in requires("scheduler-app") or [] if r.startswith("lunardate")]


def test_orthodox_christmas_is_7_january_only_while_julian_calendar_is_13_days_behind():
    # Julian 25 December was 6 January in 1900 and will be 8 January in 2101.
    assert starts(1900, 1900, "orthodox-christmas") == []
    assert starts(1901, 1901, "orthodox-christmas") == [D(1901, 1, 7)]
    assert starts(2100, 2100, "orthodox-christmas") == [D(2100, 1, 7)]
    assert starts(2101, 2101, "orthodox-christmas") == []


def test_a_far_range_does_not_crash():
    rows = compute_religious(1, 9999)
    assert {o.start.year for o in rows if o.key == "christmas"} == set(range(1, 10000))


def test_importing_the_module_does_not_import_holidays():
    code = "import sys, scheduler_app.observances.religious;sys.exit('holidays' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# --- cross-checks between independent libraries, 2020-2040 --------------------------------------
# A library upgrade that moves a date fails one of these.


def test_hebrew_dates_agree_with_the_israel_calendar_of_holidays():
    israel = country("IL", CROSS_CHECK_YEARS)
    last = CROSS_CHECK_YEARS.stop - 1
    first = CROSS_CHECK_YEARS.start
    rosh_hashanah = [
        d
        for o in compute_religious(first, last)
        if o.key == "rosh-hashanah"
        for d in (o.start, o.end)
    ]
    assert rosh_hashanah == named(israel, "Rosh Hashanah")
    assert starts(first, last, "yom-kippur") == named(israel, "Yom Kippur")
    assert starts(first, last, "passover") == named(israel, "Pesach")


@pytest.mark.parametrize(
    ("code", "name"), [("CN", "Chinese New Year (Spring Festival)"), ("SG", "Chinese New Year")]
)
def test_lunar_new_year_agrees_with_holidays(code: str, name: str):
    new_years = first_days(named(country(code, CROSS_CHECK_YEARS), name))
    first, last = CROSS_CHECK_YEARS.start, CROSS_CHECK_YEARS.stop - 1
    # China's 2020 holiday was extended (31 Jan-2 Feb): keep the first day of each year.
    first_of_year = sorted({min(d for d in new_years if d.year == y) for y in CROSS_CHECK_YEARS})
    assert starts(first, last, "lunar-new-year") == first_of_year


@pytest.mark.parametrize(
    ("code", "key", "method"),
    [
        ("DE", "good-friday-easter-monday", EASTER_WESTERN),
        ("DK", "good-friday-easter-monday", EASTER_WESTERN),
        ("GR", "orthodox-good-friday-easter-monday", EASTER_ORTHODOX),
        ("RS", "orthodox-good-friday-easter-monday", EASTER_ORTHODOX),
    ],
)
def test_easter_agrees_with_the_good_friday_and_easter_monday_of_holidays(
    code: str, key: str, method: int
):
    calendar = country(code, CROSS_CHECK_YEARS)
    rows = [o for o in compute_religious(2020, 2040) if o.key == key]
    assert [o.start for o in rows] == named(calendar, "Good Friday")
    assert [o.end for o in rows] == named(calendar, "Easter Monday")
    assert [o.start + dt.timedelta(days=2) for o in rows] == [
        easter(y, method) for y in CROSS_CHECK_YEARS
    ]


def test_islamic_feasts_agree_with_saudi_arabia_in_holidays_within_one_day():
    # Umm al-Qura is computed ahead; holidays' Saudi calendar holds the announced dates of past
    # years, which follow the sighting of the moon and can differ from Umm al-Qura by a day.
    # Besides, Saudi Arabia's Eid al-Fitr holiday starts on 30 Ramadan when Ramadan has 30 days,
    # so its first day is then the day before 1 Shawwal. Hence "at most one day", not "exact".
    saudi = country("SA", range(CROSS_CHECK_YEARS.start - 1, CROSS_CHECK_YEARS.stop + 1))
    first, last = CROSS_CHECK_YEARS.start, CROSS_CHECK_YEARS.stop - 1
    for key, name in [
        ("eid-al-fitr", "Eid al-Fitr Holiday"),
        ("eid-al-adha", "Eid al-Adha Holiday"),
    ]:
        saudi_first_days = first_days(named(saudi, name))
        ours = starts(first, last, key)
        assert len(ours) >= len(CROSS_CHECK_YEARS)
        for day in ours:
            nearest = min(saudi_first_days, key=lambda d, day=day: abs((d - day).days))
            assert abs((nearest - day).days) <= 1, (key, day, nearest)
