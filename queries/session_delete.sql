-- title: End one session
-- description: Deletes the session with the SHA-256 $token_sha256.
-- params: $token_sha256 VARCHAR
-- grain: one row per session deleted
-- columns: username

delete from user_sessions where token_sha256 = $token_sha256 returning username
