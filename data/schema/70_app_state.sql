-- App state: what the dashboard itself writes (follow-ups, accounts, audit trail, import log, responses, self-assessments).
-- Part of the store's schema: the files of data/schema/ are applied in name order at every open
-- (dashboard.core.store.apply_schema), after the pending migrations of data/migrations/.
-- Statements are idempotent: tables `create table if not exists` (a change to an existing table
-- needs a migration as well), views and macros `create or replace`.

-- Tindak lanjut rapat: what the camat agreed with a unit at a staff meeting. Written by
-- the dashboard process through its one read-write connection (queries/follow_up_*.sql).
create sequence if not exists follow_up_id_seq start 1;

create table if not exists follow_ups (
    id               bigint primary key default nextval('follow_up_id_seq'),
    unit_id          varchar not null references units (unit_id),
    meeting_date     date not null,
    issue            varchar not null,
    action           varchar not null,
    person_in_charge varchar not null,
    due_date         date not null,
    status           varchar not null default 'terbuka' check (status in ('terbuka', 'proses', 'selesai', 'batal')),
    created_at       timestamp not null default current_timestamp,
    updated_at       timestamp not null default current_timestamp,
    created_by       varchar
);


-- Accounts. password_hash is an argon2id hash; the clear password is never stored.
create table if not exists users (
    username      varchar primary key check (regexp_full_match(username, '[a-z0-9._-]{2,40}')),
    password_hash varchar not null,
    role          varchar not null check (role in ('pegawai', 'lurah', 'camat', 'hr', 'admin')),
    unit_id       varchar references units (unit_id),
    nip           varchar references employees (nip),
    display_name  varchar,
    active        boolean not null default true,
    created_at    timestamp not null default current_timestamp,
    -- a one-time password (set by an admin or in bulk): changed at the first sign-in, refused after it expires
    must_change_password boolean not null default false,
    password_expires_at  timestamp,
    email         varchar,  -- where the e-mail digests go (migration 0160)
    digest_opt_in boolean default false,  -- pegawai: reminder before a response window closes
    lang          varchar default 'id',  -- language of their e-mails: 'id' or 'en'
    check (role <> 'lurah' or unit_id is not null),
    check (role <> 'pegawai' or nip is not null)
);

-- source: the address the attempt came from (sign-in delays grow per user name and source)
create table if not exists login_attempts (
    username     varchar not null,
    attempted_at timestamp not null,
    success      boolean not null,
    source       varchar
);

-- Append-only: the application only ever inserts here. Tamper-evident: right after each commit
-- the new entries are sealed in order (dashboard/access/audit_trail.py): chain_no counts them,
-- entry_hash is the SHA-256 of the entry and prev_hash, the hash of the entry before it. An
-- edited, inserted or deleted sealed entry breaks the chain (`python -m dashboard audit-check`).
create sequence if not exists audit_seq;
create table if not exists audit_log (
    audit_id bigint primary key default nextval('audit_seq'),
    logged_at timestamp not null default current_timestamp,
    username varchar not null,
    role     varchar not null,
    action   varchar not null,
    target   varchar,
    detail   varchar,
    chain_no   bigint,
    prev_hash  varchar,
    entry_hash varchar
);


-- Every import attempt (CLI or Impor page): who, which file (name and SHA-256), into which
-- table, how many rows were new / updated / unchanged / rejected, and the outcome
-- ('berhasil', 'sebagian' = invalid rows set aside, 'ditolak' = nothing written).
create table if not exists import_log (
    imported_at    timestamp not null,
    username       varchar,
    file_name      varchar not null,
    file_sha256    varchar not null,
    table_name     varchar not null,
    rows_new       bigint not null default 0,
    rows_updated   bigint not null default 0,
    rows_unchanged bigint not null default 0,
    rows_rejected  bigint not null default 0,
    outcome        varchar not null check (outcome in ('berhasil', 'sebagian', 'ditolak')),
    message        varchar
);


-- Tanggapan: the employee's answer to the supervisor's appraisal of one semester (agree, or an
-- objection with reasons) and their plan for the recommendation. Written only by the employee
-- themselves (Kinerja Saya), through the app's one read-write connection, audited.
create table if not exists appraisal_responses (
    nip        varchar not null,
    period     varchar not null check (regexp_full_match(period, '[0-9]{4}-S[12]')),
    response   varchar not null check (response in ('setuju', 'keberatan')),
    reasons    varchar,
    plan       varchar,
    created_at timestamp not null default current_timestamp,
    updated_at timestamp not null default current_timestamp,
    primary key (nip, period),
    check (response = 'setuju' or length(trim(coalesce(reasons, ''))) > 0)
);

-- Penilaian diri: the employee's own rating of hasil kerja and perilaku kerja (with the seven
-- BerAKHLAK values) for one semester, shown to the appraiser beside theirs.
create table if not exists self_assessments (
    nip                    varchar not null,
    period                 varchar not null check (regexp_full_match(period, '[0-9]{4}-S[12]')),
    rating_results         varchar not null check (rating_results in ('di_atas', 'sesuai', 'di_bawah')),
    rating_behaviour       varchar not null check (rating_behaviour in ('di_atas', 'sesuai', 'di_bawah')),
    berorientasi_pelayanan varchar not null check (berorientasi_pelayanan in ('di_atas', 'sesuai', 'di_bawah')),
    akuntabel              varchar not null check (akuntabel in ('di_atas', 'sesuai', 'di_bawah')),
    kompeten               varchar not null check (kompeten in ('di_atas', 'sesuai', 'di_bawah')),
    harmonis               varchar not null check (harmonis in ('di_atas', 'sesuai', 'di_bawah')),
    loyal                  varchar not null check (loyal in ('di_atas', 'sesuai', 'di_bawah')),
    adaptif                varchar not null check (adaptif in ('di_atas', 'sesuai', 'di_bawah')),
    kolaboratif            varchar not null check (kolaboratif in ('di_atas', 'sesuai', 'di_bawah')),
    note                   varchar,
    created_at             timestamp not null default current_timestamp,
    updated_at             timestamp not null default current_timestamp,
    primary key (nip, period)
);

-- Tanggapan and penilaian diri lock this many days after their semester closes (see
-- dashboard/selfservice.py: a self-assessment belongs to its own semester, a response to the
-- semester after the appraised one, when the appraisal is handed over). Change with
-- `update settings set value = '45' where key = 'response_lock_days'`.
insert or ignore into settings values ('response_lock_days', '30');
