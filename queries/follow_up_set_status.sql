-- title: Change the status of a meeting follow-up
-- description: Sets the status of one follow-up action and its updated_at; returns the id when it exists. Run through data.write.
-- params: $id BIGINT, $status VARCHAR
-- grain: one row per updated action (0 or 1)
-- columns: id

update follow_ups
set status = $status, updated_at = current_timestamp
where id = $id
returning id
