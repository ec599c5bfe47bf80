-- title: Grades (golongan) in use
-- description: The distinct grades of employees, lowest first (I/a ... IV/e), for the search filter.
-- params: (none)
-- grain: one row per grade
-- columns: grade

select distinct grade
from employees
where grade is not null
order by case split_part(grade, '/', 1) when 'I' then 1 when 'II' then 2 when 'III' then 3 else 4 end, grade
