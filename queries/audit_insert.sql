-- title: Append to the audit trail
-- description: Appends one audited action (sign-in, record opened, export, import, refusal).
-- params: $logged_at TIMESTAMP, $username VARCHAR, $role VARCHAR, $action VARCHAR, $target VARCHAR, $detail VARCHAR
-- grain: inserts one row

insert into audit_log (logged_at, username, role, action, target, detail)
values ($logged_at, $username, $role, $action, $target, $detail)
