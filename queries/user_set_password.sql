-- title: Replace an account's password hash
-- description: Stores a new argon2 hash for the account; returns the account changed.
-- params: $username VARCHAR, $password_hash VARCHAR
-- grain: one row per account changed

update users set password_hash = $password_hash where username = $username returning username
