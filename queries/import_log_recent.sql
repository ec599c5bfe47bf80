-- title: Import history
-- description: The most recent imports (CLI and Impor page), newest first, with counts and outcome.
-- params: $limit INTEGER
-- grain: one row per import attempt
-- columns: imported_at, username, file_name, file_sha256, table_name, rows_new, rows_updated, rows_unchanged, rows_rejected, outcome, message

select
    imported_at,
    username,
    file_name,
    file_sha256,
    table_name,
    rows_new,
    rows_updated,
    rows_unchanged,
    rows_rejected,
    outcome,
    message
from import_log
order by imported_at desc
limit $limit
