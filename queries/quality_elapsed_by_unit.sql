-- title: Elapsed time per unit
-- description: Median and 90th percentile of elapsed time (calendar hours from received to completed) of completed requests, per unit.
-- params: $unit_id VARCHAR (NULL = all units)
-- grain: one row per unit with at least one completed request
-- columns: unit_id, unit_name, completed, median_hours, p90_hours, max_hours

with done as (
    select unit_id, elapsed_hours
    from service_logs_timed
    where status = 'selesai'
      and completed_at is not null
      and ($unit_id is null or unit_id = $unit_id)
),

-- both quantiles from one sort per unit (two separate quantile aggregates took twice as long at 10M logs)
per_unit as (
    select
        unit_id,
        count(*) as completed,
        quantile_cont(elapsed_hours, [0.5, 0.9]) as q,
        max(elapsed_hours) as max_hours
    from done
    group by unit_id
),

final as (
    select p.unit_id, u.name as unit_name, p.completed, p.q[1] as median_hours, p.q[2] as p90_hours, p.max_hours
    from per_unit p
    join units u using (unit_id)
    order by p.unit_id
)

select * from final
