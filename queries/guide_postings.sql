-- title: Transfers recorded in the store (Panduan Evaluasi)
-- description: How many employees have more than one posting in employee_postings (moved between units at least once); counts only, no names.
-- params: (none)
-- grain: one row
-- columns: moved

select count(*) as moved
from (select nip from employee_postings group by nip having count(distinct unit_id) > 1)
