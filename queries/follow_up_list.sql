-- title: Meeting follow-ups
-- description: Follow-up actions agreed at staff meetings, with the unit's name and whether an action is overdue (open or in progress past its due date on $today). Newest meeting first.
-- params: $unit_id VARCHAR (NULL = all units), $today DATE
-- grain: one row per follow-up action
-- columns: id, unit_id, unit_name, meeting_date, issue, action, person_in_charge, due_date, status, overdue, created_at, updated_at, created_by

select
    f.id,
    f.unit_id,
    u.name as unit_name,
    f.meeting_date,
    f.issue,
    f.action,
    f.person_in_charge,
    f.due_date,
    f.status,
    f.status in ('terbuka', 'proses') and f.due_date < $today as overdue,
    f.created_at,
    f.updated_at,
    f.created_by
from follow_ups f
join units u using (unit_id)
where $unit_id is null or f.unit_id = $unit_id
order by f.meeting_date desc, f.due_date, f.id
