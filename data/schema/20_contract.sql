-- Contract tables: what an import may write (docs/DESIGN.md, the import contract).
-- Part of the store's schema: the files of data/schema/ are applied in name order at every open
-- (dashboard.core.store.apply_schema), after the pending migrations of data/migrations/.
-- Statements are idempotent: tables `create table if not exists` (a change to an existing table
-- needs a migration as well), views and macros `create or replace`.

create table if not exists units (
    unit_id   varchar primary key,
    name      varchar not null,
    kind      varchar not null check (kind in ('kecamatan', 'sekretariat', 'seksi', 'kelurahan')),
    parent_id varchar references units (unit_id)
);

create table if not exists employees (
    nip           varchar primary key check (
        regexp_full_match(nip, '[0-9]{18}')
        and try_strptime(substr(nip, 1, 8), '%Y%m%d') is not null
        and try_strptime(substr(nip, 9, 6) || '01', '%Y%m%d') is not null
        and substr(nip, 15, 1) in ('1', '2')
    ),
    name          varchar not null,
    unit_id       varchar not null references units (unit_id),
    position      varchar not null,
    position_kind varchar not null check (position_kind in ('struktural', 'fungsional', 'pelaksana')),
    grade         varchar check (regexp_full_match(grade, '(I|II|III|IV)/[a-e]')),
    start_date    date,
    end_date      date,
    check (end_date is null or start_date is null or end_date >= start_date)
);

create table if not exists services (
    service_id       varchar primary key,
    name             varchar not null,
    category         varchar not null,
    standard_minutes integer check (standard_minutes > 0),
    fee              decimal(14, 2) not null default 0 check (fee >= 0)
);

create table if not exists service_logs (
    request_id   varchar primary key,
    service_id   varchar not null references services (service_id),
    unit_id      varchar not null references units (unit_id),
    handled_by   varchar references employees (nip),
    channel      varchar check (channel in ('loket', 'online', 'jemput_bola')),
    received_at  timestamp not null,
    completed_at timestamp,
    due_at       timestamp,
    status       varchar not null check (status in ('selesai', 'proses', 'ditolak', 'batal')),
    rework_count integer not null default 0 check (rework_count >= 0),
    check (completed_at is null or completed_at >= received_at),
    check (status <> 'selesai' or completed_at is not null),
    check (status <> 'proses' or completed_at is null)
);

-- Realisations that can be computed from service_logs instead of typed in. The one place
-- where these metrics are defined; queries/skp_metric_realization.sql computes them.
create table if not exists skp_source_metrics (
    metric_id   varchar primary key,
    name_id     varchar not null,
    name_en     varchar not null,
    measure_unit varchar not null
);

create table if not exists skp_targets (
    target_id         varchar primary key,
    nip               varchar not null references employees (nip),
    period            varchar not null check (regexp_full_match(period, '[0-9]{4}-S[12]')),
    indicator         varchar not null,
    aspect            varchar not null check (aspect in ('kuantitas', 'kualitas', 'waktu', 'biaya')),
    target_value      double not null check (target_value > 0),
    measure_unit      varchar not null,
    realization_value double check (realization_value >= 0),
    evidence          varchar,
    source_metric     varchar references skp_source_metrics (metric_id),
    source_service_id varchar references services (service_id)
);

create table if not exists appraisals (
    nip                varchar not null references employees (nip),
    period             varchar not null check (regexp_full_match(period, '[0-9]{4}-S[12]')),
    rating_results     varchar not null check (rating_results in ('di_atas', 'sesuai', 'di_bawah')),
    rating_behaviour   varchar not null check (rating_behaviour in ('di_atas', 'sesuai', 'di_bawah')),
    appraiser_nip      varchar references employees (nip),
    feedback           varchar,
    recommendation     varchar,
    appraised_on       date,
    -- the predikat as recorded by the source system, if any; compared with the matrix
    predikat_recorded  varchar check (predikat_recorded in
        ('Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct', 'Sangat Kurang')),
    primary key (nip, period)
);

create table if not exists survey_responses (
    response_id  varchar primary key,
    unit_id      varchar not null references units (unit_id),
    service_id   varchar references services (service_id),
    responded_on date not null,
    u1 tinyint not null check (u1 between 1 and 4),
    u2 tinyint not null check (u2 between 1 and 4),
    u3 tinyint not null check (u3 between 1 and 4),
    u4 tinyint not null check (u4 between 1 and 4),
    u5 tinyint not null check (u5 between 1 and 4),
    u6 tinyint not null check (u6 between 1 and 4),
    u7 tinyint not null check (u7 between 1 and 4),
    u8 tinyint not null check (u8 between 1 and 4),
    u9 tinyint not null check (u9 between 1 and 4)
);

create table if not exists org_ratings (
    unit_id  varchar not null references units (unit_id),
    period   varchar not null check (regexp_full_match(period, '[0-9]{4}-S[12]')),
    predikat varchar not null check (predikat in
        ('istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang')),
    primary key (unit_id, period)
);

create table if not exists policy_events (
    event_date  date primary key,
    label       varchar not null,
    description varchar
);
