-- Accounts get an e-mail address (the digests go to it), the language of their e-mails, and an
-- opt-in flag for the employee's reminder before a response window on an appraisal closes.
alter table users add column email varchar;
alter table users add column digest_opt_in boolean default false;
alter table users add column lang varchar default 'id';
