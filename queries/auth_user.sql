-- title: One account by user name
-- description: The account with its hash, role, scope and whether it is active (for sign-in).
-- params: $username VARCHAR
-- grain: zero or one row

select username, password_hash, role, unit_id, nip, display_name, active
from users
where username = $username
