-- title: Record a backup attempt
-- description: Appends one backup (its file, size, whether it verified) or a failed attempt.
-- params: $taken_at TIMESTAMP, $path VARCHAR, $size_bytes BIGINT, $verified BOOLEAN, $rows_total BIGINT, $message VARCHAR
-- grain: inserts one row
-- columns: Count

insert into backup_log (taken_at, path, size_bytes, verified, rows_total, message)
values ($taken_at, $path, $size_bytes, $verified, $rows_total, $message)
