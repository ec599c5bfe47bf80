-- title: SKP targets of one employee with their capaian
-- description: Every SKP target of the employee in every semester: indicator, aspect, target, typed realisation, measure unit, evidence, source metric; capaian by the rule macro capaian_target (view skp_capaian: Perka BKN 1/2013, or the time-KPI rule for a target linked to a processing-time metric) and the mean of the indicator's aspects (view skp_indicator_scores).
-- params: $nip VARCHAR
-- grain: one row per SKP target
-- columns: target_id, period, indicator, aspect, target_value, realization_value, measure_unit, evidence, source_metric, source_service_id, source_service_name, capaian, indicator_capaian

select
    c.target_id,
    c.period,
    c.indicator,
    c.aspect,
    c.target_value,
    c.realization_value,
    c.measure_unit,
    c.evidence,
    c.source_metric,
    c.source_service_id,
    s.name as source_service_name,
    c.capaian,
    i.capaian as indicator_capaian
from skp_capaian c
join skp_indicator_scores i on i.nip = c.nip and i.period = c.period and i.indicator = c.indicator
left join services s on s.service_id = c.source_service_id
where c.nip = $nip
order by c.period desc, c.indicator, case c.aspect when 'kuantitas' then 1 when 'kualitas' then 2 when 'waktu' then 3 else 4 end,
    c.target_id
