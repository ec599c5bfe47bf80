-- title: Failed sign-ins of a user since a moment
-- description: Failed attempts of a user name since $since and since its last successful sign-in: from all
--   sources (failures) and from $source (source_failures), with the latest of each (for the growing delay).
-- params: $username VARCHAR, $since TIMESTAMP, $source VARCHAR
-- grain: one row
-- columns: failures, last_failure, source_failures, last_source_failure

with after_success as (
    select attempted_at, source
    from login_attempts
    where username = $username
      and not success
      and attempted_at >= $since
      and attempted_at > coalesce(
          (select max(attempted_at) from login_attempts where username = $username and success), '-infinity'::timestamp
      )
)
select
    count(*) as failures,
    max(attempted_at) as last_failure,
    count(*) filter (where source is not distinct from $source) as source_failures,
    max(attempted_at) filter (where source is not distinct from $source) as last_source_failure
from after_success
