-- title: Last import per table
-- description: For every contract table, the time, file and outcome of its last import; NULL when never imported.
-- params: $tables VARCHAR[]
-- grain: one row per contract table, in load order
-- columns: table_name, imported_at, file_name, outcome, username, last_success_at, imports

with tables as (
    select unnest($tables) as table_name, generate_subscripts($tables, 1) as ord
),

last_import as (
    select table_name, arg_max(imported_at, imported_at) as imported_at,
           arg_max(file_name, imported_at) as file_name, arg_max(outcome, imported_at) as outcome,
           arg_max(username, imported_at) as username,
           max(imported_at) filter (where outcome <> 'ditolak') as last_success_at,
           count(*) as imports
    from import_log
    group by table_name
),

final as (
    select t.table_name, l.imported_at, l.file_name, l.outcome, l.username, l.last_success_at,
           coalesce(l.imports, 0) as imports
    from tables t
    left join last_import l using (table_name)
    order by t.ord
)

select * from final
