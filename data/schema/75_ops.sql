-- Operations: what the scheduler inside the dashboard process did (inbox imports, backups,
-- e-mail digests), so the admin sees each job's last run and its result on the Operasional page.
-- Idempotent like every schema file (dashboard.core.store.apply_schema).

create sequence if not exists ops_run_seq;
create table if not exists ops_runs (
    run_id      bigint primary key default nextval('ops_run_seq'),
    job         varchar not null check (job in ('inbox', 'backup', 'digest_daily', 'digest_weekly', 'smtp_test')),
    started_at  timestamp not null,
    finished_at timestamp not null,
    ok          boolean not null,
    trigger     varchar not null check (trigger in ('jadwal', 'admin', 'cli')),
    summary     varchar  -- one line for the admin: what was done, or why it failed (never a password)
);

-- Every backup attempt: the file, its size, whether it was opened and counted after writing.
create table if not exists backup_log (
    taken_at   timestamp not null,
    path       varchar not null,
    size_bytes bigint,
    verified   boolean not null,
    rows_total bigint,
    message    varchar
);

-- Every e-mail the digests sent or wrote to the outbox (no body: the recipient may see it, the log need not).
create table if not exists mail_log (
    sent_at   timestamp not null,
    kind      varchar not null,
    recipient varchar not null,
    subject   varchar not null,
    delivered varchar not null check (delivered in ('smtp', 'outbox', 'gagal')),
    attempts  integer not null default 1,
    error     varchar
);

-- Defaults an admin may change on the Operasional page (or with `update settings ...`).
insert or ignore into settings values ('ops.backup_time', '01:30');
insert or ignore into settings values ('ops.backup_keep', '14');
insert or ignore into settings values ('ops.digest_daily_time', '06:30');
insert or ignore into settings values ('ops.digest_weekly', 'mon 07:00');
