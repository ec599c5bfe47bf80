-- title: Example e-mail addresses for the demo accounts
-- description: Gives every account without an address <username>@gajahmungkur.example (demo store only).
-- params: (none)
-- grain: updates the accounts without an address
-- columns: Count

update users set email = username || '@gajahmungkur.example' where email is null
