-- title: Semesters with data
-- description: Every semester in which a service request was received or an SKP target set, newest first.
-- params: (none)
-- grain: one row per period
-- columns: period

with periods as (
    select distinct period from service_logs_timed  -- the stored period column: 10 ms at 10M logs
    union
    select distinct period from skp_targets
)

select period from periods order by period desc
