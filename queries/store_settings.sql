-- title: Store settings
-- description: Key-value settings of the store (demo flag, office hours, build time).
-- params: (none)
-- grain: one row per setting
-- columns: key, value

select key, value from settings order by key
