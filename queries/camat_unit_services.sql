-- title: A unit's services against the kecamatan in one semester
-- description: Per service the unit handled (requests received in the semester): requests, completed, median and p90 working time, on-standard share and rework share of the unit, beside the kecamatan's on-standard share, median and p90 for the same service.
-- params: $period VARCHAR, $unit_id VARCHAR
-- grain: one row per service the unit received requests for
-- columns: service_id, name, standard_minutes, requests, completed, median_minutes, p90_minutes, n_standard, on_standard_pct, rework_pct, kec_completed, kec_on_standard_pct, kec_median_minutes, kec_p90_minutes, diff_pct

with logs as (
    select unit_id, service_id, status, on_standard, working_minutes, rework_count
    from service_logs_timed
    where received_at >= period_start($period)::timestamp
      and received_at < period_end($period)::timestamp
),

unit_side as (
    select
        service_id,
        count(*) as requests,
        count(*) filter (where status = 'selesai') as completed,
        median(working_minutes) filter (where status = 'selesai') as median_minutes,
        quantile_cont(working_minutes, 0.9) filter (where status = 'selesai') as p90_minutes,
        count(on_standard) filter (where status = 'selesai') as n_standard,
        avg(on_standard::integer) filter (where status = 'selesai') * 100 as on_standard_pct,
        avg((rework_count > 0)::integer) filter (where status = 'selesai') * 100 as rework_pct
    from logs
    where unit_id = $unit_id
    group by all
),

kecamatan_side as (
    select
        service_id,
        count(*) filter (where status = 'selesai') as kec_completed,
        avg(on_standard::integer) filter (where status = 'selesai') * 100 as kec_on_standard_pct,
        median(working_minutes) filter (where status = 'selesai') as kec_median_minutes,
        quantile_cont(working_minutes, 0.9) filter (where status = 'selesai') as kec_p90_minutes
    from logs
    where service_id in (select service_id from unit_side)
    group by all
),

final as (
    select s.service_id, s.name, s.standard_minutes, u.*, k.* exclude (service_id),
           u.on_standard_pct - k.kec_on_standard_pct as diff_pct
    from unit_side u
    join services s using (service_id)
    left join kecamatan_side k using (service_id)
    order by u.requests desc, s.name
)

select * exclude (service_id_1) from final
