-- title: Data dictionary of the import contract
-- description: Columns of the contract tables with their type, whether they are required and part of the key, in schema order.
-- params: $tables VARCHAR[]
-- grain: one row per table and column
-- columns: table_name, column_name, data_type, required, is_key

with cols as (
    select table_name, column_name, data_type, not is_nullable as required, column_index
    from duckdb_columns()
    where database_name = current_database()
      and schema_name = 'main'
      and list_contains($tables, table_name)
),

keys as (
    select table_name, unnest(constraint_column_names) as column_name
    from duckdb_constraints()
    where database_name = current_database()
      and constraint_type = 'PRIMARY KEY'
),

final as (
    select
        c.table_name,
        c.column_name,
        c.data_type,
        c.required or k.column_name is not null as required,
        k.column_name is not null as is_key
    from cols c
    left join keys k using (table_name, column_name)
    order by list_position($tables, c.table_name), c.column_index
)

select * from final
