-- title: Working calendar of one year
-- description: Working days, national holidays and cuti bersama falling on weekdays, and the office hours in force.
-- params: $year INTEGER
-- grain: one row
-- columns: working_days, public_holidays, cuti_bersama_days, open_minute, close_minute

select
    count(*) filter (where is_working) as working_days,
    count(*) filter (where holiday_kind = 'public' and isodow(day) <= 5) as public_holidays,
    count(*) filter (where holiday_kind = 'cuti_bersama' and isodow(day) <= 5) as cuti_bersama_days,
    min(open_minute) as open_minute,
    max(close_minute) as close_minute
from calendar_days
where year(day) = $year
