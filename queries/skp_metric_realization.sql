-- title: SKP realisations computed from the service logs
-- description: THE definition of the supported skp_source_metrics, computed for every SKP target linked to one (skp_targets.source_metric) from the requests its employee handled (service_logs.handled_by = nip) that were received in the target's semester and finished with status 'selesai', restricted to the target's source_service_id when set. layanan_selesai = number of those requests; persen_sesuai_standar = share (%) of those whose service has a standard that were completed within it in working time; persen_tanpa_perbaikan = share (%) completed without rework (rework_count = 0); median_jam_kerja = median working time in hours. NULL when no request qualifies (a count is then 0). queries/hr_evidence_requests.sql lists the same requests.
-- params: $nip VARCHAR, $period VARCHAR (NULL = every semester)
-- grain: one row per linked SKP target of the employee

with linked as (
    select target_id, nip, period, indicator, aspect, source_metric, source_service_id, target_value,
           realization_value
    from skp_targets
    where nip = $nip
      and source_metric is not null
      and ($period is null or period = $period)
),

handled as (
    select l.request_id, l.service_id, l.period, l.on_standard, l.rework_count, l.working_minutes
    from service_logs_timed l
    where l.handled_by = $nip
      and l.status = 'selesai'
      and ($period is null or l.period = $period)
),

per_target as (
    select
        t.target_id,
        count(h.request_id) as requests,
        count(h.on_standard) as requests_with_standard,
        count(*) filter (where h.on_standard) as on_standard,
        count(*) filter (where h.rework_count = 0) as without_rework,
        median(h.working_minutes) as median_minutes
    from linked t
    left join handled h
        on h.period = t.period
       and (t.source_service_id is null or h.service_id = t.source_service_id)
    group by t.target_id
),

final as (
    select
        t.target_id,
        t.nip,
        t.period,
        t.indicator,
        t.aspect,
        t.source_metric,
        t.source_service_id,
        t.target_value,
        t.realization_value,
        p.requests,
        case t.source_metric
            when 'layanan_selesai' then p.requests::double
            when 'persen_sesuai_standar' then 100.0 * p.on_standard / nullif(p.requests_with_standard, 0)
            when 'persen_tanpa_perbaikan' then 100.0 * p.without_rework / nullif(p.requests, 0)
            when 'median_jam_kerja' then p.median_minutes / 60.0
        end as computed_value
    from linked t
    join per_target p using (target_id)
)

select * from final order by period, target_id
