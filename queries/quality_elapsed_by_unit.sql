-- title: Elapsed time per unit
-- description: Median and 90th percentile of elapsed time (calendar hours from received to completed) of completed requests, per unit.
-- params: $unit_id VARCHAR (NULL = all units)
-- grain: one row per unit with at least one completed request

with done as (
    select unit_id, elapsed_hours
    from service_logs_timed
    where status = 'selesai'
      and completed_at is not null
      and ($unit_id is null or unit_id = $unit_id)
),

final as (
    select
        d.unit_id,
        u.name as unit_name,
        count(*) as completed,
        quantile_cont(d.elapsed_hours, 0.5) as median_hours,
        quantile_cont(d.elapsed_hours, 0.9) as p90_hours,
        max(d.elapsed_hours) as max_hours
    from done d
    join units u using (unit_id)
    group by all
    order by d.unit_id
)

select * from final
