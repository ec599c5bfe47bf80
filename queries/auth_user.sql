-- title: One account by user name
-- description: The account with its hash, role, scope, whether it is active and whether its password is a
--   one-time password that must be changed (and until when it is valid), for sign-in.
-- params: $username VARCHAR
-- grain: zero or one row
-- columns: username, password_hash, role, unit_id, nip, display_name, active, must_change_password, password_expires_at

select username, password_hash, role, unit_id, nip, display_name, active, must_change_password, password_expires_at
from users
where username = $username
