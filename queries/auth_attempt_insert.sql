-- title: Record a sign-in attempt
-- description: Appends one sign-in attempt (never the password).
-- params: $username VARCHAR, $attempted_at TIMESTAMP, $success BOOLEAN
-- grain: inserts one row

insert into login_attempts values ($username, $attempted_at, $success)
