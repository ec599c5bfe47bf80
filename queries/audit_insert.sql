-- title: Append to the audit trail
-- description: Appends one audited action (sign-in, record opened, export, import, refusal); target and detail are cut to 200 and 500 characters, so no visitor can fill the trail with long text.
-- params: $logged_at TIMESTAMP, $username VARCHAR, $role VARCHAR, $action VARCHAR, $target VARCHAR, $detail VARCHAR
-- grain: inserts one row
-- columns: Count

insert into audit_log (logged_at, username, role, action, target, detail)
values ($logged_at, left($username, 60), $role, left($action, 60), left($target, 200), left($detail, 500))
