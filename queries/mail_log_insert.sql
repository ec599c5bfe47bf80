-- title: Record one e-mail
-- description: Appends one digest or test mail: to whom, its subject, sent by SMTP, written to the outbox, or failed.
-- params: $sent_at TIMESTAMP, $kind VARCHAR, $recipient VARCHAR, $subject VARCHAR, $delivered VARCHAR, $attempts INTEGER, $error VARCHAR
-- grain: inserts one row
-- columns: Count

insert into mail_log (sent_at, kind, recipient, subject, delivered, attempts, error)
values ($sent_at, $kind, $recipient, $subject, $delivered, $attempts, $error)
