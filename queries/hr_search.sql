-- title: Find employees by part of the name or NIP
-- description: Employees whose name contains $search (ignoring case) or whose NIP contains it (spaces ignored, so '19850312 201001' matches), optionally of one unit, position kind and grade; with their latest evaluated SKP score (a semester with at least one realisation) and their latest predikat kinerja (matrix). An empty $search matches everyone.
-- params: $search VARCHAR, $unit_id VARCHAR (NULL = all units), $position_kind VARCHAR (NULL = all), $grade VARCHAR (NULL = all)
-- grain: one row per employee
-- columns: nip, name, unit_id, unit_name, position, position_kind, grade, end_date, skp_period, skp_score, kategori, predikat_period, predikat

with needle as (
    select lower(trim(coalesce($search, ''))) as text, replace(trim(coalesce($search, '')), ' ', '') as digits
),

matches as (
    select e.*
    from employees_now e, needle n
    where (contains(lower(e.name), n.text) or (n.digits <> '' and contains(e.nip, n.digits)))
      and ($unit_id is null or e.unit_id = $unit_id)
      and ($position_kind is null or e.position_kind = $position_kind)
      and ($grade is null or e.grade = $grade)
),

latest_score as (
    select s.nip, s.period, s.skp_score, s.kategori
    from skp_scores s
    semi join matches m on m.nip = s.nip
    where s.evaluated
    qualify row_number() over (partition by s.nip order by s.period desc) = 1
),

latest_predikat as (
    select a.nip, a.period, a.predikat
    from appraisal_predikat a
    semi join matches m on m.nip = a.nip
    qualify row_number() over (partition by a.nip order by a.period desc) = 1
),

final as (
    select
        m.nip,
        m.name,
        m.unit_id,
        u.name as unit_name,
        m.position,
        m.position_kind,
        m.grade,
        m.end_date,
        s.period as skp_period,
        s.skp_score,
        s.kategori,
        p.period as predikat_period,
        p.predikat
    from matches m
    join units u on u.unit_id = m.unit_id
    left join latest_score s on s.nip = m.nip
    left join latest_predikat p on p.nip = m.nip
)

select * from final order by name, nip
