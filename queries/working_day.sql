-- title: Length of a working day
-- description: Working minutes in one working day of the store's office hours (macro working_day_minutes: the hours of most working days), for "1 hari kerja" in durations and chart marks.
-- params: (none)
-- grain: one row
-- columns: minutes

select working_day_minutes()::integer as minutes
