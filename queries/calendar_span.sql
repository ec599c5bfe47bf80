-- title: Days the working-day calendar covers
-- description: First and last day of calendar_days: working time exists only for instants between them.
-- params: (none)
-- grain: one row
-- columns: first_day, last_day

select min(day) as first_day, max(day) as last_day from calendar_days
