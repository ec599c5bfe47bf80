-- title: Completeness of optional columns per table
-- description: For each optional column that pages rely on, how many rows of its table have it filled.
-- params: (none)
-- grain: one row per table and column
-- columns: table_name, column_name, row_count, filled, filled_pct

with counts as (
    select 1 as ord, 'service_logs' as table_name, 'completed_at' as column_name,
           count(*) as row_count, count(completed_at) as filled from service_logs
    union all select 2, 'service_logs', 'handled_by', count(*), count(handled_by) from service_logs
    union all select 3, 'service_logs', 'channel', count(*), count(channel) from service_logs
    union all select 4, 'service_logs', 'due_at', count(*), count(due_at) from service_logs
    union all select 5, 'employees', 'grade', count(*), count(grade) from employees
    union all select 6, 'employees', 'start_date', count(*), count(start_date) from employees
    union all select 7, 'services', 'standard_minutes', count(*), count(standard_minutes) from services
    union all select 8, 'skp_targets', 'realization_value', count(*), count(realization_value) from skp_targets
    union all select 9, 'skp_targets', 'evidence', count(*), count(evidence) from skp_targets
    union all select 10, 'appraisals', 'feedback', count(*), count(feedback) from appraisals
    union all select 11, 'appraisals', 'recommendation', count(*), count(recommendation) from appraisals
    union all select 12, 'appraisals', 'appraised_on', count(*), count(appraised_on) from appraisals
    union all select 13, 'survey_responses', 'service_id', count(*), count(service_id) from survey_responses
),

final as (
    select table_name, column_name, row_count, filled,
           case when row_count > 0 then 100.0 * filled / row_count end as filled_pct
    from counts
    order by ord
)

select * from final
