-- title: Who gets the e-mail digests
-- description: Active accounts with an e-mail address: role, unit scope, NIP, the employee reminder opt-in.
-- params: (none)
-- grain: one row per account with an address
-- columns: username, display_name, role, unit_id, unit_name, nip, email, digest_opt_in, lang

select u.username, u.display_name, u.role, u.unit_id, n.name as unit_name, u.nip, u.email,
       coalesce(u.digest_opt_in, false) as digest_opt_in, coalesce(u.lang, 'id') as lang
from users u
left join units n on n.unit_id = u.unit_id
where u.active and u.email is not null and trim(u.email) <> ''
order by u.role, u.username
