-- title: The last time recorded in the store
-- description: The latest receipt or completion time in service_logs (macro logs_as_of), the "now" of every open-request figure: a range ending after it is still running.
-- params: (none)
-- grain: one row
-- columns: data_end
select (select ts from logs_as_of()) as data_end
