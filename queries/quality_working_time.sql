-- title: Requests whose working time says little
-- description: Two checks of the working-time rule. 'outside_hours': completed requests received and completed entirely outside office hours (after closing, on a weekend or holiday, with no office minute in between): their working time is 0 minutes, so they always meet the standard (on_standard_n of them do). 'outside_calendar': requests received or completed on a day the working-day calendar does not hold (calendar_days covers first_day to last_day): they get no working time and count in no speed figure. Each with one example request.
-- params: $unit_id VARCHAR (NULL = all units)
-- grain: one row per check, in a fixed order
-- columns: check_id, n, on_standard_n, example, first_day, last_day

with cal as (
    select min(day) as first_day, max(day) as last_day from calendar_days
),

counted as (
    select
        count(*) filter (where l.working_minutes = 0 and l.completed_at > l.received_at) as outside_hours_n,
        count(*) filter (where l.working_minutes = 0 and l.completed_at > l.received_at and l.on_standard)
            as outside_hours_on_standard,
        min(l.request_id) filter (where l.working_minutes = 0 and l.completed_at > l.received_at) as outside_hours_ex,
        count(*) filter (where l.received_at::date not between c.first_day and c.last_day
                         or l.completed_at::date > c.last_day) as outside_calendar_n,
        min(l.request_id) filter (where l.received_at::date not between c.first_day and c.last_day
                                  or l.completed_at::date > c.last_day) as outside_calendar_ex
    from service_logs_timed l
    cross join cal c
    where $unit_id is null or l.unit_id = $unit_id
),

final as (
    select 'outside_hours' as check_id, outside_hours_n as n, outside_hours_on_standard as on_standard_n,
           outside_hours_ex as example, c.first_day, c.last_day
    from counted, cal c
    union all
    select 'outside_calendar', outside_calendar_n, null, outside_calendar_ex, c.first_day, c.last_day
    from counted, cal c
)

select * from final order by check_id = 'outside_calendar', check_id
