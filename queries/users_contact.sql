-- title: Accounts' e-mail settings
-- description: Every account's e-mail address, e-mail language and reminder opt-in (for the admin's Operasional page).
-- params: (none)
-- grain: one row per account
-- columns: username, display_name, role, active, email, lang, digest_opt_in

select username, display_name, role, active, email, coalesce(lang, 'id') as lang,
       coalesce(digest_opt_in, false) as digest_opt_in
from users
order by role, username
