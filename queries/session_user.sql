-- title: The account of a session token
-- description: The session with the SHA-256 $token_sha256 and its active account (nothing for an unknown token
--   or a disabled account), with when it was last used and when it expires.
-- params: $token_sha256 VARCHAR
-- grain: zero or one row
-- columns: username, last_used, expires_at, role, unit_id, nip, display_name, must_change_password

select s.username, s.last_used, s.expires_at, u.role, u.unit_id, u.nip, u.display_name, u.must_change_password
from user_sessions s
join users u using (username)
where s.token_sha256 = $token_sha256
  and u.active
