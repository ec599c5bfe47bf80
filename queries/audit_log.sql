-- title: Audit trail
-- description: The latest audited actions, newest first, optionally for one user and one action.
-- params: $username VARCHAR (NULL = everyone), $action VARCHAR (NULL = every action), $limit INTEGER
-- grain: one row per audited action
-- columns: audit_id, logged_at, username, role, action, target, detail

select audit_id, logged_at, username, role, action, target, detail
from audit_log
where ($username is null or username = $username)
  and ($action is null or action = $action)
order by logged_at desc, audit_id desc
limit $limit
