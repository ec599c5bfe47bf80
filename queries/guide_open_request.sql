-- title: An open request against its standard (Panduan Evaluasi calculator)
-- description: For a typed receipt instant of a request still open at $as_of: its working minutes so far, counted on the store's working calendar with the macro working_minute_index (as for completed requests), and its outcome by the macro outcome_against_standard, the rule of every "sesuai standar" share: false once past the typed standard (a known miss), NULL while still within it (not yet known). data_end: the last time recorded in the store, the "now" of the dashboard's shares. NULL working time when an instant lies outside the calendar.
-- params: $received_at TIMESTAMP, $as_of TIMESTAMP, $standard_minutes INTEGER
-- grain: one row
-- columns: working_minutes_so_far, meets_standard, data_end

with ends as (
    select
        working_minute_index(
            $as_of::timestamp, ca.cum_minutes_before, ca.is_working, ca.open_minute, ca.close_minute
        ) - working_minute_index(
            $received_at::timestamp, cr.cum_minutes_before, cr.is_working, cr.open_minute, cr.close_minute
        ) as working_minutes_so_far
    from (select 1) one
    left join calendar_days cr on cr.day = cast($received_at::timestamp as date)
    left join calendar_days ca on ca.day = cast($as_of::timestamp as date)
)

select
    working_minutes_so_far,
    outcome_against_standard(working_minutes_so_far, $standard_minutes::integer, true) as meets_standard,
    (select ts from logs_as_of()) as data_end
from ends
