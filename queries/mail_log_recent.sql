-- title: Recent e-mails
-- description: The latest digests and test mails, newest first, with how they were delivered.
-- params: $limit INTEGER
-- grain: one row per e-mail
-- columns: sent_at, kind, recipient, subject, delivered, attempts, error

select sent_at, kind, recipient, subject, delivered, attempts, error
from mail_log
order by sent_at desc
limit $limit
