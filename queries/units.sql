-- title: Units
-- description: Every unit with its kind and parent, the kecamatan first, then sekretariat, seksi and kelurahan by name.
-- params: (none)
-- grain: one row per unit
-- columns: unit_id, name, kind, parent_id

select unit_id, name, kind, parent_id
from units
order by case kind when 'kecamatan' then 1 when 'sekretariat' then 2 when 'seksi' then 3 else 4 end, unit_id
