import datetime as dt

import pytest
from sqlite_utils import Database

from scheduler_app.domain.observance import Observance
from scheduler_app.rules import Waiver
from scheduler_app.storage.checking import (
    correct_observance,
    delete_waiver,
    load_observances,
    load_policy,
    load_waivers,
    observance_years,
    reset_policy_value,
    save_policy_value,
    save_waiver,
    store_computed_observances,
)
from scheduler_app.storage.database import PlanningDatabase
from scheduler_app.storage.migrations import migrations

D = dt.date


def eid(start: str, provenance: str = "hijridate 2.6.0 (Umm al-Qura)") -> Observance:
    day = D.fromisoformat(start)
    return Observance(
        "eid-al-fitr", "Eid al-Fitr", day, day + dt.timedelta(days=2), True, provenance
    )


def test_a_planners_correction_survives_recomputing(empty_db):
    store_computed_observances(empty_db, [2026], [eid("2026-03-20")])
    assert correct_observance(
        empty_db, "eid-al-fitr", "", D(2026, 3, 20), D(2026, 3, 21), D(2026, 3, 23)
    )
    store_computed_observances(
        empty_db, [2026], [eid("2026-03-20", "hijridate 2.7.0 (Umm al-Qura)")]
    )
    [o] = load_observances(empty_db)
    assert (o.start, o.end, o.provenance) == (
        D(2026, 3, 21),
        D(2026, 3, 23),
        "edited by the planner",
    )
    assert observance_years(empty_db) == {2026}


def test_recomputing_updates_rows_nobody_edited(empty_db):
    store_computed_observances(empty_db, [2026], [eid("2026-03-20")])
    store_computed_observances(
        empty_db, [2026], [eid("2026-03-20", "hijridate 2.7.0 (Umm al-Qura)")]
    )
    [o] = load_observances(empty_db)
    assert o.provenance == "hijridate 2.7.0 (Umm al-Qura)"


def test_policy_values_round_trip_as_json(empty_db):
    save_policy_value(empty_db, "R111-RELIGIOUS", "observances", ["ramadan", "yom-kippur"])
    save_policy_value(empty_db, "R77-GAP", "min_gap_days", 42)
    policy = load_policy(empty_db)
    assert policy.overrides() == {
        "R111-RELIGIOUS": {"observances": ["ramadan", "yom-kippur"]},
        "R77-GAP": {"min_gap_days": 42},
    }
    assert reset_policy_value(empty_db, "R77-GAP") == 1
    assert "R77-GAP" not in load_policy(empty_db).overrides()


def test_waivers_are_stored_by_rule_and_meeting_set(empty_db):
    w = Waiver("R77-PP-DURATION", ("b", "a"), "Council Decision 623", "fp")
    save_waiver(empty_db, w)
    [stored] = load_waivers(empty_db)
    assert stored.key == ("R77-PP-DURATION", ("a", "b"), "")
    assert stored.reason == "Council Decision 623"
    assert delete_waiver(empty_db, "R77-PP-DURATION", ["a", "b"])
    assert load_waivers(empty_db) == []


def test_waivers_of_years_are_stored_by_rule_and_year_beside_those_of_meetings(empty_db):
    rule = "CV51-COUNCIL-ANNUAL"
    for year in ("2029", "2031"):
        save_waiver(empty_db, Waiver(rule, (), f"no session {year}", f"{year}:", year))
    save_waiver(empty_db, Waiver(rule, ("c",), "in Bucharest", "fp"))
    save_waiver(empty_db, Waiver(rule, (), "replaced by PP-30", "2029:", "2029"))  # replaces
    stored = {w.key: (w.reason, w.meeting_ids, w.subject) for w in load_waivers(empty_db)}
    assert stored == {
        (rule, (), "2029"): ("replaced by PP-30", (), "2029"),
        (rule, (), "2031"): ("no session 2031", (), "2031"),
        (rule, ("c",), ""): ("in Bucharest", ("c",), ""),
    }
    assert not delete_waiver(empty_db, rule, [], "2030")
    assert delete_waiver(empty_db, rule, [], "2029")
    assert {w.subject for w in load_waivers(empty_db)} == {"2031", ""}


def test_a_waiver_naming_neither_meetings_nor_a_subject_is_refused(empty_db):
    with pytest.raises(ValueError, match="names no meeting and no subject"):
        save_waiver(empty_db, Waiver("CV51-COUNCIL-ANNUAL", (), "why", ""))
    assert load_waivers(empty_db) == []


def test_waivers_written_before_year_waivers_survive_the_migration(tmp_path):
    path = tmp_path / "old.sqlite"
    old = Database(path)
    old.execute("PRAGMA foreign_keys = ON")
    migrations.apply(old, stop_before="0008_waivers_by_subject")
    old.execute(
        "INSERT INTO waivers(rule_id, meeting_ids, reason, fingerprint, created_at) "
        "VALUES ('R77-GAP', 'a,b', 'pressing need', 'fp', '2026-01-05T10:00:00+00:00')"
    )
    old.conn.commit()
    old.close()
    with PlanningDatabase.open(path) as db:
        assert load_waivers(db) == [Waiver("R77-GAP", ("a", "b"), "pressing need", "fp", "")]
        assert delete_waiver(db, "R77-GAP", ["b", "a"])
