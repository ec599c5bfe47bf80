-- title: Employees' responses to their appraisals, for the meeting follow-up list
-- description: The latest responses (agree or objection with reasons, and the plan for the recommendation) of the employees of one unit or all units, objections first, with the appraisal's predikat.
-- params: $unit_id VARCHAR (NULL = all units), $limit INTEGER
-- grain: one row per employee and semester responded to
-- columns: unit_name, name, period, predikat, response, reasons, plan, updated_at

with responses as (
    select r.nip, r.period, r.response, r.reasons, r.plan, r.updated_at, e.name, e.unit_id
    from appraisal_responses r
    join employees_now e using (nip)
    where $unit_id is null or e.unit_id = $unit_id
),

final as (
    select
        u.name as unit_name,
        r.name,
        r.period,
        p.predikat,
        r.response,
        r.reasons,
        r.plan,
        r.updated_at
    from responses r
    join units u using (unit_id)
    left join appraisal_predikat p using (nip, period)
    order by r.response = 'setuju', r.updated_at desc
    limit $limit
)

select * from final
