"""Files in and out: the CSV interchange format (and, later, iCalendar)."""
