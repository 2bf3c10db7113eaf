"""Annual calendars in the database: versions and their workflow, the planner and the check, import, iCalendar."""
