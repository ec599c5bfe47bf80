-- title: A unit's services against the kecamatan in one semester
-- description: Per service the unit handled (requests received in the semester): requests, completed, median and p90 working time and rework share of the unit's completed requests, and its on-standard share, beside the kecamatan's on-standard share, median and p90 for the same service. The on-standard shares count the requests with a known outcome (macro standard_outcomes: completed, or still open and already past the standard, a miss; open requests still within it are left out): n_standard and kec_n_standard requests, open_missed of the unit's are open misses.
-- params: $period VARCHAR, $unit_id VARCHAR
-- grain: one row per service the unit received requests for
-- columns: service_id, name, standard_minutes, requests, completed, median_minutes, p90_minutes, n_standard, open_missed, on_standard_pct, rework_pct, kec_completed, kec_n_standard, kec_on_standard_pct, kec_median_minutes, kec_p90_minutes, diff_pct

with logs as (
    select unit_id, service_id, status, working_minutes, rework_count
    from service_logs_timed
    where received_at >= period_start($period)::timestamp
      and received_at < period_end($period)::timestamp
),

outcomes as (
    select unit_id, service_id, is_open, meets_standard
    from standard_outcomes(period_start($period)::timestamp, period_end($period)::timestamp, null, [], null)
    where meets_standard is not null
),

unit_side as (
    select
        service_id,
        count(*) as requests,
        count(*) filter (where status = 'selesai') as completed,
        median(working_minutes) filter (where status = 'selesai') as median_minutes,
        quantile_cont(working_minutes, 0.9) filter (where status = 'selesai') as p90_minutes,
        avg((rework_count > 0)::integer) filter (where status = 'selesai') * 100 as rework_pct
    from logs
    where unit_id = $unit_id
    group by all
),

unit_shares as (
    select
        service_id,
        count(*) as n_standard,
        count(*) filter (where is_open) as open_missed,
        avg(meets_standard::integer) * 100 as on_standard_pct
    from outcomes
    where unit_id = $unit_id
    group by all
),

kecamatan_side as (
    select
        service_id,
        count(*) filter (where status = 'selesai') as kec_completed,
        median(working_minutes) filter (where status = 'selesai') as kec_median_minutes,
        quantile_cont(working_minutes, 0.9) filter (where status = 'selesai') as kec_p90_minutes
    from logs
    where service_id in (select service_id from unit_side)
    group by all
),

kecamatan_shares as (
    select service_id, count(*) as kec_n_standard, avg(meets_standard::integer) * 100 as kec_on_standard_pct
    from outcomes
    where service_id in (select service_id from unit_side)
    group by all
),

final as (
    select
        s.service_id,
        s.name,
        s.standard_minutes,
        u.requests,
        u.completed,
        u.median_minutes,
        u.p90_minutes,
        coalesce(us.n_standard, 0) as n_standard,
        coalesce(us.open_missed, 0) as open_missed,
        us.on_standard_pct,
        u.rework_pct,
        k.kec_completed,
        coalesce(ks.kec_n_standard, 0) as kec_n_standard,
        ks.kec_on_standard_pct,
        k.kec_median_minutes,
        k.kec_p90_minutes,
        us.on_standard_pct - ks.kec_on_standard_pct as diff_pct
    from unit_side u
    join services s using (service_id)
    left join unit_shares us using (service_id)
    left join kecamatan_side k using (service_id)
    left join kecamatan_shares ks using (service_id)
    order by u.requests desc, s.name
)

select * from final
