-- title: Replace an account's password hash
-- description: Stores a new argon2 hash for the account, as a one-time password (must be changed, expires) or
--   as the user's own; returns the account changed.
-- params: $username VARCHAR, $password_hash VARCHAR, $must_change_password BOOLEAN, $password_expires_at TIMESTAMP
-- grain: one row per account changed
-- columns: username

update users
set password_hash = $password_hash, must_change_password = $must_change_password,
    password_expires_at = $password_expires_at
where username = $username
returning username
