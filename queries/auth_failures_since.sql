-- title: Failed sign-ins of a user since a moment
-- description: Number of failed attempts since $since and the latest of them (for the lockout rule).
-- params: $username VARCHAR, $since TIMESTAMP
-- grain: one row

select count(*) as failures, max(attempted_at) as last_failure
from login_attempts
where username = $username
  and not success
  and attempted_at >= $since
  and attempted_at > coalesce(
      (select max(attempted_at) from login_attempts where username = $username and success), '-infinity'::timestamp
  )
