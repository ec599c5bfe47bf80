-- title: Identity of one employee
-- description: Name, NIP, unit (with its name), position, position kind, grade and posting dates of one employee.
-- params: $nip VARCHAR
-- grain: zero or one row
-- columns: nip, name, unit_id, unit_name, position, position_kind, grade, start_date, end_date

select e.nip, e.name, e.unit_id, u.name as unit_name, e.position, e.position_kind, e.grade, e.start_date, e.end_date
from employees_now e
join units u on u.unit_id = e.unit_id
where e.nip = $nip
