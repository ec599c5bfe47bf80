-- title: SKP achievement per unit in one semester (camat_units' SKP columns, without the service logs)
-- description: SKP scores count only for ASN with at least one realisation in the semester (not yet evaluated otherwise; view skp_unit_period, as in camat_units). Per unit: mean SKP score, its kategori and the number of ASN scored. The overview's SKP section for an earlier semester needs nothing else, so it does not pay for camat_units' funnel over the service logs.
-- params: $period VARCHAR
-- grain: one row per unit (every unit in the store)
-- columns: unit_id, name, kind, mean_skp, kategori, employees_scored

select
    u.unit_id,
    u.name,
    u.kind,
    sk.mean_skp,
    kategori_capaian(sk.mean_skp) as kategori,
    coalesce(sk.employees_scored, 0) as employees_scored
from units u
left join skp_unit_period sk on sk.unit_id = u.unit_id and sk.period = $period
order by case u.kind when 'kecamatan' then 1 when 'sekretariat' then 2 when 'seksi' then 3 else 4 end, u.unit_id
