-- title: Active employees without a pegawai account
-- description: Employees in post on $today (no end_date, or one not yet passed) who have no account with role 'pegawai' for their NIP and whose NIP is not yet taken as a user name; optionally of one unit. The list the bulk account creation works through.
-- params: $today DATE, $unit_id VARCHAR (NULL = all units)
-- grain: one row per employee
-- columns: nip, name, unit_id, unit_name

select e.nip, e.name, e.unit_id, u.name as unit_name
from employees_now e
join units u on u.unit_id = e.unit_id
where (e.end_date is null or e.end_date >= $today)
  and (e.start_date is null or e.start_date <= $today)
  and ($unit_id is null or e.unit_id = $unit_id)
  and not exists (select 1 from users a where a.nip = e.nip and a.role = 'pegawai')
  and not exists (select 1 from users a where a.username = e.nip)
order by e.unit_id, e.name, e.nip
