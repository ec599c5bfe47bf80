-- title: Record a sign-in attempt
-- description: Appends one sign-in attempt (never the password) with the address it came from.
-- params: $username VARCHAR, $attempted_at TIMESTAMP, $success BOOLEAN, $source VARCHAR
-- grain: inserts one row
-- columns: Count

insert into login_attempts (username, attempted_at, success, source) values ($username, $attempted_at, $success, $source)
