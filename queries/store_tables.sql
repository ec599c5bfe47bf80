-- title: What the store holds
-- description: Row count and the first and last date of each contract table.
-- params: (none)
-- grain: one row per contract table, in load order
-- columns: table_name, row_count, first_date, last_date

with counts as (
    select 1 as ord, 'units' as table_name, count(*) as row_count,
           null::date as first_date, null::date as last_date
    from units
    union all
    select 2, 'employees', count(*), min(start_date), max(coalesce(end_date, start_date)) from employees
    union all
    select 2.5, 'postings', count(*), min(valid_from), max(coalesce(valid_to, valid_from)) from postings
    union all
    select 3, 'services', count(*), null, null from services
    union all
    select 4, 'service_logs', count(*), min(received_at)::date, max(received_at)::date from service_logs
    union all
    select 5, 'skp_targets', count(*), min(period_start(period)), max(period_end(period) - interval 1 day)::date
    from skp_targets
    union all
    select 6, 'appraisals', count(*), min(appraised_on), max(appraised_on) from appraisals
    union all
    select 7, 'survey_responses', count(*), min(responded_on), max(responded_on) from survey_responses
    union all
    select 8, 'org_ratings', count(*), min(period_start(period)), max(period_end(period) - interval 1 day)::date
    from org_ratings
    union all
    select 9, 'policy_events', count(*), min(event_date), max(event_date) from policy_events
),

final as (
    select table_name, row_count, first_date, last_date from counts order by ord
)

select * from final
