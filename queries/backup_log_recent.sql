-- title: Recent backups
-- description: The latest backup attempts, newest first: file, size, verified, rows, message.
-- params: $limit INTEGER
-- grain: one row per backup attempt
-- columns: taken_at, path, size_bytes, verified, rows_total, message

select taken_at, path, size_bytes, verified, rows_total, message
from backup_log
order by taken_at desc
limit $limit
