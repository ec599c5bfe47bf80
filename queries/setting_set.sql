-- title: Change one setting
-- description: Sets a key of the settings table (schedule times, SMTP host and port; never a password).
-- params: $key VARCHAR, $value VARCHAR
-- grain: inserts or replaces one row
-- columns: Count

insert or replace into settings values ($key, $value)
