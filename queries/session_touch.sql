-- title: Note the use of a session
-- description: Sets when the session was last used (its idle time starts again).
-- params: $token_sha256 VARCHAR, $used_at TIMESTAMP
-- grain: one row per session changed
-- columns: username

update user_sessions set last_used = $used_at where token_sha256 = $token_sha256 returning username
