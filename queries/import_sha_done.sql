-- title: Was this file imported already
-- description: The last successful import of a file with this SHA-256 into this table (none: never).
-- params: $sha VARCHAR, $table_name VARCHAR
-- grain: one row per earlier import, newest first
-- columns: imported_at, file_name, outcome

select imported_at, file_name, outcome
from import_log
where file_sha256 = $sha and table_name = $table_name and outcome <> 'ditolak'
order by imported_at desc
limit 1
