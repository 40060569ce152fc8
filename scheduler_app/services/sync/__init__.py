"""Planning as a team on a shared CalDAV calendar (RFC 4791), two ways.

Design, in one place:

- **One resource per meeting**, ``<UID>.ics``, in the planner's own export profile with every
  planner field as ``X-SCHEDULER-*`` (:mod:`.resources`). Colleagues' clients see ordinary
  events; their edits of dates, times, title, location and status come back, and the ``X-``
  fields they keep are not wiped.
- **Shared with the meetings**: everything that belongs to a meeting, its decided period
  included (``X-SCHEDULER-DECIDED-FROM/-TO/-SOURCE``).
- **The rule policy and the waivers** are one resource of their own,
  ``scheduler-app-settings.ics``: a VJOURNAL (no calendar client shows it among events) whose
  ``X-SCHEDULER-SETTING`` properties each hold one setting or one waiver, merged like a meeting
  (last synced version, field by field, conflicts under the code ``rule-settings``) and read
  on every sync (:mod:`.shared_settings`). A waiver names meetings by id, the same in every
  database of the collection. Observances, venues, window state and per-user settings stay
  local.
- **Incremental**: a ``sync-collection`` report (RFC 6578) with the stored token where the
  server offers it, else a full ETag listing compared with the stored ETags; only resources
  whose ETag changed are fetched (``calendar-multiget``). Every write carries ``If-Match`` (or
  ``If-None-Match: *`` for a new resource).
- **Three-way merge** field by field against the last synced version (:mod:`.merge`); the same
  field changed on both sides, or a deletion against an edit, is a conflict kept on both sides
  until resolved (:func:`.engine.resolve`).
- **Offline and interrupted syncs**: local edits are found from the database itself (a SEQUENCE
  or change time since the last agreement), so whatever was made offline is sent next time;
  state is committed with what it describes (:mod:`.engine` says how a stopped sync resumes).
- **Password**: the system keyring or ``SCHEDULER_APP_PASSWORD`` (:mod:`.password`), never stored
  in the database nor printed. TLS verified; plain http only to the loopback or with
  ``insecure``.

The state tables are in :mod:`scheduler_app.storage.sync_tables`.
"""
