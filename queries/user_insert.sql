-- title: Create an account
-- description: Inserts one account with an already hashed password; a one-time password must be changed at
--   the first sign-in and is refused after $password_expires_at.
-- params: $username VARCHAR, $password_hash VARCHAR, $role VARCHAR, $unit_id VARCHAR, $nip VARCHAR, $display_name VARCHAR, $must_change_password BOOLEAN, $password_expires_at TIMESTAMP
-- grain: inserts one row
-- columns: Count

insert into users (username, password_hash, role, unit_id, nip, display_name, must_change_password, password_expires_at)
values ($username, $password_hash, $role, $unit_id, $nip, $display_name, $must_change_password, $password_expires_at)
