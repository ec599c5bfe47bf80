-- title: Enable or disable an account
-- description: Sets whether the account may sign in; returns the account changed.
-- params: $username VARCHAR, $active BOOLEAN
-- grain: one row per account changed
-- columns: username

update users set active = $active where username = $username returning username
