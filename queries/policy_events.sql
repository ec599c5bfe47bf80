-- title: Policy events
-- description: Dated policy events drawn on every time axis.
-- params: (none)
-- grain: one row per event
-- columns: event_date, label, description

select event_date, label, description
from policy_events
order by event_date
