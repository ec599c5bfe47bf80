-- title: Processing time of one typed request (Panduan Evaluasi calculator)
-- description: For a typed receipt and completion instant: the elapsed time in hours and the working time in minutes, counted on the store's working calendar (calendar_days: office hours, weekends, national holidays and cuti bersama) with the macro working_minute_index exactly as the view service_logs_timed does, and whether it is within a typed service standard (working minutes). NULL working time when an instant lies outside the calendar.
-- params: $received_at TIMESTAMP, $completed_at TIMESTAMP, $standard_minutes INTEGER
-- grain: one row
-- columns: elapsed_hours, working_minutes, on_standard, days_closed, holidays_between

with ends as (
    select
        working_minute_index($received_at, cr.cum_minutes_before, cr.is_working, cr.open_minute, cr.close_minute)
            as start_index,
        working_minute_index($completed_at, cc.cum_minutes_before, cc.is_working, cc.open_minute, cc.close_minute)
            as end_index,
        (select count(*) from calendar_days d
         where d.day between cast($received_at as date) and cast($completed_at as date)
           and not d.is_working) as days_closed,
        (select count(*) from calendar_days d
         where d.day between cast($received_at as date) and cast($completed_at as date)
           and d.holiday_kind is not null and isodow(d.day) <= 5) as holidays_between
    from (select 1) one
    left join calendar_days cr on cr.day = cast($received_at as date)
    left join calendar_days cc on cc.day = cast($completed_at as date)
)

select
    date_diff('second', $received_at, $completed_at) / 3600.0 as elapsed_hours,
    end_index - start_index as working_minutes,
    end_index - start_index <= $standard_minutes as on_standard,
    days_closed,
    holidays_between
from ends
