-- title: Re-hash an account's password
-- description: Replaces the hash of the same password made with older argon2 parameters; nothing else changes.
-- params: $username VARCHAR, $password_hash VARCHAR
-- grain: one row per account changed
-- columns: username

update users set password_hash = $password_hash where username = $username returning username
