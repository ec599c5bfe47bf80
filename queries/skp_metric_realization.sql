-- title: SKP realisations computed from the service logs
-- description: THE definition of the supported skp_source_metrics, computed for every SKP target linked to one (skp_targets.source_metric) from the requests the schema macro skp_target_requests selects: handled by the target's employee, completed (status 'selesai') in the target's semester, of its source_service_id; a target without a service counts the other services (those no other target of the employee, semester and metric names). persen_sesuai_standar follows the rule of every on-standard share (macro standard_outcomes): a request still open and already past its standard counts as a miss for the officer who has it, in the semester it went past the standard, where it stays when it is completed later (a late completed request likewise counts in the semester it went past its standard; one within the standard in the semester completed); an open request still within its standard is left out until its outcome is known. So an evaluated semester does not change afterwards, and keeping a late request open does not keep it out. layanan_selesai = number of those requests; layanan_sesuai_standar = number of those completed within their service standard in working time; persen_sesuai_standar = share (%) within the standard of those whose service has one (the open misses among them); persen_tanpa_perbaikan = share (%) completed without rework (rework_count = 0); median_jam_kerja = median working time in hours. NULL when no request qualifies (a count is then 0). overlaps_with lists the other linked targets of the same employee, semester, metric and service (NULL = all services), which would count the same requests again. queries/hr_evidence_requests.sql lists the same requests.
-- params: $nip VARCHAR, $period VARCHAR (NULL = every semester)
-- grain: one row per linked SKP target of the employee
-- columns: target_id, nip, period, indicator, aspect, source_metric, source_service_id, target_value, realization_value, requests, computed_value, overlaps_with

with linked as (
    select target_id, nip, period, indicator, aspect, source_metric, source_service_id, target_value,
           realization_value
    from skp_targets
    where nip = $nip
      and source_metric is not null
      and ($period is null or period = $period)
),

handled as (
    select * from skp_target_requests($nip)
),

per_target as (
    select
        t.target_id,
        count(h.request_id) as requests,
        count(h.meets_standard) as requests_with_standard,
        count(*) filter (where h.meets_standard) as on_standard,
        count(*) filter (where h.rework_count = 0) as without_rework,
        median(h.working_minutes) as median_minutes
    from linked t
    left join handled h using (target_id)
    group by t.target_id
),

overlapping as (
    select a.target_id, list(b.target_id order by b.target_id) as overlaps_with
    from linked a
    join skp_targets b
        on b.nip = a.nip
       and b.period = a.period
       and b.source_metric = a.source_metric
       and b.source_service_id is not distinct from a.source_service_id
       and b.target_id <> a.target_id
    group by a.target_id
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
            when 'layanan_sesuai_standar' then p.on_standard::double
            when 'persen_sesuai_standar' then 100.0 * p.on_standard / nullif(p.requests_with_standard, 0)
            when 'persen_tanpa_perbaikan' then 100.0 * p.without_rework / nullif(p.requests, 0)
            when 'median_jam_kerja' then p.median_minutes / 60.0
        end as computed_value,
        o.overlaps_with
    from linked t
    join per_target p using (target_id)
    left join overlapping o using (target_id)
)

select * from final order by period, target_id
