-- title: Holidays of one year
-- description: National holidays and cuti bersama of a year, as the working calendar counts them.
-- params: $year INTEGER
-- grain: one row per holiday date
-- columns: day, holiday_name, holiday_kind

select day, holiday_name, holiday_kind
from calendar_days
where year(day) = $year and holiday_kind is not null
order by day
