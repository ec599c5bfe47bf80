-- title: Record a meeting follow-up
-- description: Inserts one follow-up action (status 'terbuka') and returns its id. Run through data.write.
-- params: $unit_id VARCHAR, $meeting_date DATE, $issue VARCHAR, $action VARCHAR, $person_in_charge VARCHAR, $due_date DATE, $created_by VARCHAR
-- grain: one row (the new id)
-- columns: id

insert into follow_ups (unit_id, meeting_date, issue, action, person_in_charge, due_date, status, created_by)
values ($unit_id, $meeting_date, $issue, $action, $person_in_charge, $due_date, 'terbuka', $created_by)
returning id
