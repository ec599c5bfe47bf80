-- title: When work arrives: arrivals and processing time by weekday and hour
-- description: Requests received during office hours on working days, by ISO weekday (1 = Monday) and hour of receipt: all arrivals, the mean arrivals per working day of that weekday in the period, and the median working and elapsed minutes of those that were completed (status selesai). The median is of the chosen measure ($measure 'working': working minutes; 'elapsed': elapsed minutes; anything else raises).
-- params: $date_from DATE, $date_to DATE (exclusive), $unit_id VARCHAR (NULL = all units), $service_ids VARCHAR[] (empty = all services), $channel VARCHAR (NULL = all channels), $measure VARCHAR ('working' or 'elapsed')
-- grain: one row per weekday and hour with at least one arrival
-- columns: weekday, hour, arrivals, working_days, arrivals_per_day, completed, median_minutes

with logs as (
    select
        isodow(l.received_at) as weekday,
        hour(l.received_at) as hour,
        l.status,
        measure_minutes($measure, l.working_minutes, l.elapsed_hours) as minutes
    from service_logs_timed l
    join calendar_days c on c.day = cast(l.received_at as date)
    where l.received_at >= $date_from and l.received_at < $date_to
      and c.is_working
      and hour(l.received_at) * 60 + minute(l.received_at) >= c.open_minute
      and hour(l.received_at) * 60 + minute(l.received_at) < c.close_minute
      and ($unit_id is null or l.unit_id = $unit_id)
      and (coalesce(len($service_ids), 0) = 0 or list_contains($service_ids, l.service_id))
      and ($channel is null or l.channel = $channel)
),

working_days as (
    select isodow(day) as weekday, count(*) as days
    from calendar_days
    where day >= $date_from and day < $date_to and is_working
    group by all
),

cells as (
    select
        weekday,
        hour,
        count(*) as arrivals,
        count(*) filter (where status = 'selesai') as completed,
        quantile_cont(minutes, 0.5) filter (where status = 'selesai') as median_minutes
    from logs
    group by all
),

final as (
    select
        c.weekday,
        c.hour,
        c.arrivals,
        w.days as working_days,
        c.arrivals / w.days as arrivals_per_day,
        c.completed,
        c.median_minutes
    from cells c
    join working_days w using (weekday)
    order by c.weekday, c.hour
)

select * from final
