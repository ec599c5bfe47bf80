-- title: Start a sign-in session
-- description: Stores the SHA-256 of a new session token (never the token) for a user.
-- params: $token_sha256 VARCHAR, $username VARCHAR, $created_at TIMESTAMP, $expires_at TIMESTAMP
-- grain: inserts one row
-- columns: Count

insert into user_sessions (token_sha256, username, created_at, last_used, expires_at)
values ($token_sha256, $username, $created_at, $created_at, $expires_at)
