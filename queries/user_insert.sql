-- title: Create an account
-- description: Inserts one account with an already hashed password.
-- params: $username VARCHAR, $password_hash VARCHAR, $role VARCHAR, $unit_id VARCHAR, $nip VARCHAR, $display_name VARCHAR
-- grain: inserts one row

insert into users (username, password_hash, role, unit_id, nip, display_name)
values ($username, $password_hash, $role, $unit_id, $nip, $display_name)
