"""The schema of the planning database, as append-only migrations.

Never edit or reorder a migration that has shipped: add a new one. Dates are ISO strings, times
``HH:MM[:SS]`` strings; empty optional references are NULL so that the foreign keys hold.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "scheduler_app"
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_bodies_venues_meetings")
def _initial(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE bodies (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            sector TEXT,
            parent TEXT REFERENCES bodies(code) ON UPDATE CASCADE ON DELETE SET NULL,
            chair TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE venues (
            name TEXT PRIMARY KEY,
            city TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE rooms (
            venue TEXT NOT NULL REFERENCES venues(name) ON UPDATE CASCADE ON DELETE CASCADE,
            name TEXT NOT NULL,
            capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
            source TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (venue, name)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE meetings (
            id TEXT PRIMARY KEY,
            code TEXT,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            sector TEXT,
            body TEXT REFERENCES bodies(code) ON UPDATE CASCADE,
            parent TEXT REFERENCES bodies(code) ON UPDATE CASCADE,
            start TEXT NOT NULL,
            "end" TEXT NOT NULL CHECK ("end" >= start),
            precision TEXT NOT NULL DEFAULT 'day',
            start_time TEXT,
            end_time TEXT,
            timezone TEXT,
            city TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            venue TEXT REFERENCES venues(name) ON UPDATE CASCADE,
            room TEXT,
            mode TEXT NOT NULL DEFAULT 'in-person',
            status TEXT NOT NULL DEFAULT 'confirmed',
            decided_from TEXT,
            decided_to TEXT,
            decided_source TEXT NOT NULL DEFAULT '',
            nominal_year INTEGER,
            participants INTEGER,
            chair TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            sequence INTEGER NOT NULL DEFAULT 0,
            FOREIGN KEY (venue, room) REFERENCES rooms(venue, name) ON UPDATE CASCADE
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX meetings_code ON meetings(code) WHERE code IS NOT NULL")
    db.execute('CREATE INDEX meetings_dates ON meetings(start, "end")')
    db.execute("CREATE INDEX meetings_kind ON meetings(kind)")
    db.execute("CREATE INDEX meetings_body ON meetings(body)")
    db.execute("CREATE INDEX meetings_room ON meetings(venue, room)")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations(name="0002_policy_waivers_observances")
def _rules(db: Database) -> None:
    # One row per changed setting; an unset value falls back to the catalogue's default.
    db.execute(
        """
        CREATE TABLE policy (
            rule_id TEXT NOT NULL,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (rule_id, name)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE waivers (
            rule_id TEXT NOT NULL,
            meeting_ids TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            fingerprint TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (rule_id, meeting_ids)
        )
        """
    )
    # ``anchor`` is the start date the library computed: it identifies an occurrence even after a
    # planner corrects its dates (``edited`` = 1), so recomputing never overwrites a correction.
    db.execute(
        """
        CREATE TABLE observances (
            key TEXT NOT NULL,
            variant TEXT NOT NULL DEFAULT '',
            anchor TEXT NOT NULL,
            name TEXT NOT NULL,
            religion TEXT NOT NULL DEFAULT '',
            start TEXT NOT NULL,
            "end" TEXT NOT NULL CHECK ("end" >= start),
            estimated INTEGER NOT NULL DEFAULT 0,
            provenance TEXT NOT NULL DEFAULT '',
            edited INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (key, variant, anchor)
        )
        """
    )
    db.execute('CREATE INDEX observances_dates ON observances(start, "end")')
    db.execute("CREATE TABLE observance_years (year INTEGER PRIMARY KEY)")


# The meeting columns as of migration 0003, spelled out: a migration must not change meaning when
# later code adds columns.
_MEETING_COLUMNS_0003 = (
    "id",
    "code",
    "title",
    "kind",
    "sector",
    "body",
    "parent",
    "start",
    "end",
    "precision",
    "start_time",
    "end_time",
    "timezone",
    "city",
    "country",
    "venue",
    "room",
    "mode",
    "status",
    "decided_from",
    "decided_to",
    "decided_source",
    "nominal_year",
    "participants",
    "chair",
    "notes",
    "source",
    "sequence",
    "uid",
)


@migrations(name="0003_uid_stamps_tombstones")
def _interop(db: Database) -> None:
    # ``uid``: the iCalendar UID of a meeting that came from another calendar (ours write
    # "<id>@scheduler-app"). ``stamp``: the DTSTAMP an imported event carried, so a round trip
    # writes the same bytes. ``updated_at``: when the planner last changed the meeting (UTC),
    # kept by triggers, for ``export --changed-since``.
    db.execute("ALTER TABLE meetings ADD COLUMN uid TEXT")
    db.execute("ALTER TABLE meetings ADD COLUMN stamp TEXT")
    db.execute("ALTER TABLE meetings ADD COLUMN updated_at TEXT")
    db.execute("CREATE UNIQUE INDEX meetings_uid ON meetings(uid) WHERE uid IS NOT NULL")
    now = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
    db.execute(f"UPDATE meetings SET updated_at = {now}")
    db.execute(
        f"""
        CREATE TRIGGER meetings_inserted AFTER INSERT ON meetings
        BEGIN
            UPDATE meetings SET updated_at = {now} WHERE id = NEW.id;
        END
        """
    )
    # Fires on a change of any column but ``updated_at`` itself, so its own UPDATE does not
    # re-fire it (sqlite-utils turns recursive triggers on).
    watched = ", ".join(f'"{c}"' for c in (*_MEETING_COLUMNS_0003, "stamp"))
    db.execute(
        f"""
        CREATE TRIGGER meetings_updated AFTER UPDATE OF {watched} ON meetings
        BEGIN
            UPDATE meetings SET updated_at = {now} WHERE id = NEW.id;
        END
        """
    )
    db.execute(
        """
        CREATE TABLE deleted_meetings (
            id TEXT PRIMARY KEY,
            code TEXT,
            uid TEXT,
            title TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            deleted_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        f"""
        CREATE TRIGGER meetings_deleted AFTER DELETE ON meetings
        BEGIN
            INSERT OR REPLACE INTO deleted_meetings(id, code, uid, title, sequence, deleted_at)
            VALUES (OLD.id, OLD.code, OLD.uid, OLD.title, OLD.sequence, {now});
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER meetings_revived AFTER INSERT ON meetings
        BEGIN
            DELETE FROM deleted_meetings WHERE id = NEW.id;
        END
        """
    )


@migrations(name="0004_tombstone_dates")
def _tombstone_dates(db: Database) -> None:
    # A cancelled event in an export for subscribers needs the dates it had (DTSTART is required).
    db.execute("ALTER TABLE deleted_meetings ADD COLUMN start TEXT")
    db.execute('ALTER TABLE deleted_meetings ADD COLUMN "end" TEXT')
    db.execute("DROP TRIGGER meetings_deleted")
    db.execute(
        """
        CREATE TRIGGER meetings_deleted AFTER DELETE ON meetings
        BEGIN
            INSERT OR REPLACE INTO deleted_meetings
                (id, code, uid, title, sequence, deleted_at, start, "end")
            VALUES (OLD.id, OLD.code, OLD.uid, OLD.title, OLD.sequence,
                    strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), OLD.start, OLD."end");
        END
        """
    )


@migrations(name="0005_cheaper_insert_triggers")
def _cheaper_insert_triggers(db: Database) -> None:
    # The planner now writes ``updated_at`` with each insert, so the trigger only fills it in for
    # rows written without it: bulk imports of 20,000 events no longer pay an UPDATE per row.
    db.execute("DROP TRIGGER meetings_inserted")
    db.execute(
        """
        CREATE TRIGGER meetings_inserted AFTER INSERT ON meetings
        WHEN NEW.updated_at IS NULL
        BEGIN
            UPDATE meetings SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            WHERE id = NEW.id;
        END
        """
    )


@migrations(name="0006_no_insert_trigger")
def _no_insert_trigger(db: Database) -> None:
    # Even with a false WHEN clause the trigger cost 20 µs a row (0.4 s of a 20,000-event
    # import). The planner writes ``updated_at`` in its INSERT; a row inserted by hand from
    # another tool simply has no change time and is left out of ``export --changed-since``.
    db.execute("DROP TRIGGER meetings_inserted")


@migrations(name="0007_no_revive_trigger")
def _no_revive_trigger(db: Database) -> None:
    # Any AFTER INSERT trigger on this wide table cost 16 µs a row (0.3 s of a 20,000-event
    # import) though the tombstone table is nearly always empty:
    # PlanningDatabase.save_meetings removes the tombstones of the meetings it puts back itself.
    db.execute("DROP TRIGGER meetings_revived")


@migrations(name="0008_waivers_by_subject")
def _waivers_by_subject(db: Database) -> None:
    # A finding that names no meeting ("No ordinary Council session in 2030") is waived by its
    # subject, the year: ``meeting_ids`` is then '' and the key takes the subject in. SQLite cannot
    # change a primary key in place, so the table is rebuilt; the waivers kept have subject '' (an
    # older version refused a waiver without meetings, so every stored one names some).
    db.execute(
        """
        CREATE TABLE waivers_0008 (
            rule_id TEXT NOT NULL,
            meeting_ids TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            fingerprint TEXT NOT NULL,
            created_at TEXT NOT NULL,
            CHECK ((meeting_ids = '') <> (subject = '')),
            PRIMARY KEY (rule_id, meeting_ids, subject)
        )
        """
    )
    db.execute(
        "INSERT INTO waivers_0008(rule_id, meeting_ids, reason, fingerprint, created_at) "
        "SELECT rule_id, meeting_ids, reason, fingerprint, created_at FROM waivers "
        "WHERE meeting_ids <> ''"
    )
    db.execute("DROP TABLE waivers")
    db.execute("ALTER TABLE waivers_0008 RENAME TO waivers")


@migrations(name="0009_shared_calendar_sync")
def _shared_calendar_sync(db: Database) -> None:
    # What the last sync with a shared CalDAV collection agreed on (scheduler_app.storage.
    # sync_tables says how it is used). No foreign key to meetings: the state of a meeting
    # deleted here must outlive it until the deletion has reached the server.
    db.execute(
        """
        CREATE TABLE sync_remote (
            url TEXT PRIMARY KEY,
            token TEXT NOT NULL DEFAULT '',
            synced_at TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE sync_items (
            url TEXT NOT NULL REFERENCES sync_remote(url) ON DELETE CASCADE,
            meeting_id TEXT NOT NULL,
            href TEXT NOT NULL,
            etag TEXT NOT NULL DEFAULT '',
            base TEXT,
            base_sequence INTEGER NOT NULL DEFAULT -1,
            recheck INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (url, meeting_id)
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX sync_items_href ON sync_items(url, href)")
    db.execute(
        """
        CREATE TABLE sync_conflicts (
            url TEXT NOT NULL REFERENCES sync_remote(url) ON DELETE CASCADE,
            meeting_id TEXT NOT NULL,
            field TEXT NOT NULL,
            code TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            mine TEXT NOT NULL,
            theirs TEXT NOT NULL,
            PRIMARY KEY (url, meeting_id, field)
        )
        """
    )
