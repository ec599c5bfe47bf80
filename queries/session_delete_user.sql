-- title: End every session of a user
-- description: Deletes every session of $username (sign-out, account disabled, password reset).
-- params: $username VARCHAR
-- grain: one row per session deleted
-- columns: token_sha256

delete from user_sessions where username = $username returning token_sha256
