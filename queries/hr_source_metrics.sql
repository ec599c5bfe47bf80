-- title: SKP metrics computed from the service logs
-- description: The supported values of skp_targets.source_metric (table skp_source_metrics) with their names and measure units, and how many SKP targets use each; their definitions are in queries/skp_metric_realization.sql.
-- params: (none)
-- grain: one row per metric
-- columns: metric_id, name_id, name_en, measure_unit, targets

select m.metric_id, m.name_id, m.name_en, m.measure_unit, count(t.target_id) as targets
from skp_source_metrics m
left join skp_targets t on t.source_metric = m.metric_id
group by all
order by m.metric_id
