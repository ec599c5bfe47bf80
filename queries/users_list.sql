-- title: Accounts
-- description: Every account with its role, scope and state (no password hashes).
-- params: (none)
-- grain: one row per account
-- columns: username, display_name, role, unit_id, unit_name, nip, active, created_at

select u.username, u.display_name, u.role, u.unit_id, n.name as unit_name, u.nip, u.active, u.created_at
from users u
left join units n on n.unit_id = u.unit_id
order by u.role, u.username
