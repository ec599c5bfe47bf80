-- One-time passwords (changed at first sign-in, expiring) and the source of each sign-in attempt.
alter table users add column must_change_password boolean not null default false;
alter table users add column password_expires_at timestamp;
alter table login_attempts add column source varchar;
