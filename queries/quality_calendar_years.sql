-- title: Years with data and what the working-day calendar knows of them
-- description: Each year in which a service request was received: whether the calendar (calendar_days) holds it and how many of its days are cuti bersama. The calendar takes holidays and cuti bersama from the Python holidays package, which learns a year's cuti bersama only after the government decree; a year with data and no cuti bersama day counts those days as working days until the package is updated and `python -m dashboard init` is run again.
-- params: (none)
-- grain: one row per year with service requests
-- columns: year, in_calendar, cuti_bersama_days

with data_years as (
    select distinct year(month) as year from log_months
),

calendar_years as (
    select year(day) as year, count(*) as days, count(*) filter (where holiday_kind = 'cuti_bersama') as cuti_bersama_days
    from calendar_days
    group by all
),

final as (
    select d.year, coalesce(c.days, 0) > 0 as in_calendar, coalesce(c.cuti_bersama_days, 0) as cuti_bersama_days
    from data_years d
    left join calendar_years c using (year)
)

select * from final order by year
