// Reads an iCalendar file with Thunderbird's parser, ical.js, and prints what it understood as
// JSON: one object per VEVENT with its UID, summary, all-day flag, start and end (dates as
// YYYY-MM-DD, times as Unix seconds computed through the file's own VTIMEZONEs), sequence and status.
// Usage: ICALJS=/path/to/ical.js/dist/ical.js node icaljs_read.mjs FILE.ics
import fs from "node:fs";

const ICAL = (await import(process.env.ICALJS)).default;
const text = fs.readFileSync(process.argv[2], "utf8");
const calendar = new ICAL.Component(ICAL.parse(text));
for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
}
const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
  const event = new ICAL.Event(vevent);
  const date = (t) => `${t.year}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;
  return {
    uid: event.uid,
    summary: event.summary,
    allDay: event.startDate.isDate,
    start: event.startDate.isDate ? date(event.startDate) : event.startDate.toUnixTime(),
    end: event.endDate.isDate ? date(event.endDate) : event.endDate.toUnixTime(),
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue("status"),
    categories: vevent.getAllProperties("categories").flatMap((p) => p.getValues()),
  };
});
process.stdout.write(JSON.stringify({ calname: calendar.getFirstPropertyValue("x-wr-calname"), events }));
