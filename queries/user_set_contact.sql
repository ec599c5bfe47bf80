-- title: Set an account's e-mail settings
-- description: The e-mail address digests go to, the language of those e-mails, and the employee's opt-in for response reminders.
-- params: $username VARCHAR, $email VARCHAR, $lang VARCHAR, $digest_opt_in BOOLEAN
-- grain: updates one account (returns its name)
-- columns: username

update users set email = nullif(trim($email), ''), lang = $lang, digest_opt_in = $digest_opt_in
where username = $username
returning username
