-- title: People behind the demo accounts
-- description: Active employees of the demo's lagging kelurahan (Bendan Ngisor), heads first, for the demo lurah and pegawai accounts.
-- params: (none)
-- grain: one row per active employee of unit 33.74.09.1003
-- columns: nip, name, position_kind

select nip, name, position_kind
from employees_now
where unit_id = '33.74.09.1003' and end_date is null
order by position_kind <> 'struktural', nip
