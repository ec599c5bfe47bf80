-- title: Unit of an employee
-- description: The unit an employee is posted to, for the access check on individual records.
-- params: $nip VARCHAR
-- grain: zero or one row
-- columns: nip, unit_id

select nip, unit_id from employees_now where nip = $nip
