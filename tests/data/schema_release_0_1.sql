-- Schema of the Dasbor Kinerja Gajahmungkur store.
-- Tables are the import contract (see ../shared/DESIGN.md); rule macros implement the
-- regulations once so every query, export and outside DuckDB client computes them alike.
-- Applied by `python -m dashboard init`; every statement is idempotent.

-- ---------------------------------------------------------------- settings & calendar

create table if not exists settings (
    key   varchar primary key,
    value varchar not null
);

-- One row per day. cum_minutes_before = working minutes from the calendar's first day up
-- to this day's midnight, so working time between two instants is a difference of two
-- lookups (no per-row loop).
create table if not exists calendar_days (
    day                date primary key,
    is_working         boolean not null,
    holiday_name       varchar,
    holiday_kind       varchar check (holiday_kind in ('public', 'cuti_bersama')),
    open_minute        integer not null check (open_minute between 0 and 1440),
    close_minute       integer not null check (close_minute between 0 and 1440),
    cum_minutes_before bigint not null,
    check (close_minute >= open_minute)
);

-- ---------------------------------------------------------------- contract tables

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

-- Kurva distribusi (SE MenPANRB 03/2023): bounds on the share of employee predikat
-- allowed by the organisation's own predikat. A bound holds when the share of employees
-- whose predikat is in predikat_set lies within [min_share, max_share]; need_some asks
-- for at least one such employee.
create table if not exists kurva_bounds (
    org_predikat varchar not null,
    bound_no     integer not null,
    predikat_set varchar[] not null,
    min_share    double,
    max_share    double,
    need_some    boolean not null default false,
    primary key (org_predikat, bound_no)
);

insert or replace into kurva_bounds values
    ('istimewa',        1, ['Sangat Baik'],                          null, 0.70, false),
    ('baik',            1, ['Baik'],                                 null, 0.70, false),
    ('baik',            2, ['Butuh Perbaikan', 'Kurang/Misconduct'], null, null, true),
    ('butuh_perbaikan', 1, ['Butuh Perbaikan'],                      0.60, null, false),
    ('butuh_perbaikan', 2, ['Sangat Baik'],                          null, 0.10, false),
    ('kurang',          1, ['Kurang/Misconduct'],                    0.60, null, false),
    ('kurang',          2, ['Butuh Perbaikan'],                      0.10, null, false),
    ('kurang',          3, ['Sangat Baik'],                          null, 0.10, false),
    ('sangat_kurang',   1, ['Sangat Kurang'],                        0.60, null, false),
    ('sangat_kurang',   2, ['Kurang/Misconduct', 'Butuh Perbaikan'], 0.10, null, false),
    ('sangat_kurang',   3, ['Sangat Baik'],                          null, 0.00, false);

insert or replace into skp_source_metrics values
    ('layanan_selesai', 'Jumlah permohonan yang diselesaikan', 'Requests completed', 'permohonan'),
    ('persen_sesuai_standar', 'Persentase permohonan selesai sesuai standar pelayanan',
        'Share of requests completed within the service standard', '%'),
    ('persen_tanpa_perbaikan', 'Persentase permohonan selesai tanpa perbaikan berkas',
        'Share of requests completed without rework', '%'),
    ('median_jam_kerja', 'Median waktu proses (jam kerja)', 'Median processing time (working hours)', 'jam');

-- ---------------------------------------------------------------- rule macros

-- Semester of a date or timestamp: '2025-S1' (Jan-Jun) or '2025-S2' (Jul-Dec).
create or replace macro period_of(ts) as
    cast(year(ts) as varchar) || '-S' || case when month(ts) <= 6 then '1' else '2' end;

create or replace macro period_start(p) as
    make_date(cast(substr(p, 1, 4) as integer), case when substr(p, 7, 1) = '1' then 1 else 7 end, 1);

create or replace macro period_end(p) as
    period_start(p) + interval 6 month;

-- Capaian of one SKP aspect, Perka BKN 1/2013. kuantitas, kualitas: realisasi/target x 100.
-- waktu, biaya: by efisiensi = 100 - realisasi/target x 100; <= 24 gives
-- (1.76 target - realisasi)/target x 100, > 24 gives 76 - (that - 100). 0 when realisasi
-- is missing or 0.
create or replace macro capaian_aspek(aspect, target, realization) as
    case
        when realization is null or realization = 0 then 0.0
        when aspect in ('kuantitas', 'kualitas') then realization / target * 100
        when aspect in ('waktu', 'biaya') then
            case
                when 100 - realization / target * 100 <= 24
                    then (1.76 * target - realization) / target * 100
                else 76 - (((1.76 * target - realization) / target * 100) - 100)
            end
    end;

-- Band of an SKP score, applied to the unrounded score.
create or replace macro kategori_capaian(score) as
    case
        when score is null then null
        when score >= 91 then 'Sangat Baik'
        when score >= 76 then 'Baik'
        when score >= 61 then 'Cukup'
        when score >= 51 then 'Kurang'
        else 'Buruk'
    end;

-- Predikat kinerja pegawai, PermenPANRB 6/2022 (rows: hasil kerja, columns: perilaku).
create or replace macro predikat_kinerja(rating_results, rating_behaviour) as
    case
        when rating_results is null or rating_behaviour is null then null
        when rating_results in ('di_atas', 'sesuai') and rating_behaviour = 'di_bawah' then 'Kurang/Misconduct'
        when rating_results = 'di_atas' and rating_behaviour = 'di_atas' then 'Sangat Baik'
        when rating_results in ('di_atas', 'sesuai') then 'Baik'
        when rating_behaviour = 'di_bawah' then 'Sangat Kurang'
        else 'Butuh Perbaikan'
    end;

-- Order of predikat from best to worst, for sorting and colour scales.
create or replace macro predikat_rank(p) as
    case p when 'Sangat Baik' then 1 when 'Baik' then 2 when 'Butuh Perbaikan' then 3
           when 'Kurang/Misconduct' then 4 when 'Sangat Kurang' then 5 end;

-- Indeks Kepuasan Masyarakat, PermenPANRB 14/2017: 25 x sum(NRR x 1/9), exact weight.
create or replace macro nilai_ikm(n1, n2, n3, n4, n5, n6, n7, n8, n9) as
    25.0 * (n1 + n2 + n3 + n4 + n5 + n6 + n7 + n8 + n9) / 9.0;

-- Mutu pelayanan from the IKM, on the value as published (two decimals), so the
-- published ranges 65.00-76.60 and 76.61-88.30 leave no gap.
create or replace macro mutu_ikm(ikm) as
    case
        when ikm is null then null
        when round(ikm, 2) >= 88.31 then 'A'
        when round(ikm, 2) >= 76.61 then 'B'
        when round(ikm, 2) >= 65.00 then 'C'
        else 'D'
    end;

-- The processing time of a request in minutes, in the measure a speed view shows: 'working'
-- (working minutes) or 'elapsed' (elapsed hours x 60); any other measure raises.
create or replace macro measure_minutes(measure, working_minutes, elapsed_hours) as
    case
        when measure = 'working' then working_minutes
        when measure = 'elapsed' then elapsed_hours * 60
        else error('measure must be working or elapsed')
    end;

-- Working minutes from the calendar's start up to instant ts, given the calendar row of
-- ts's day. Outside office hours the clock stands still.
create or replace macro working_minute_index(ts, cum_before, is_working, open_minute, close_minute) as
    cum_before + case
        when is_working then least(greatest(hour(ts) * 60 + minute(ts) + second(ts) / 60.0 - open_minute, 0),
                                   close_minute - open_minute)
        else 0
    end;

-- ---------------------------------------------------------------- views

-- Working minutes are computed once per row (a CTE), then compared with the standard: the
-- expression written twice was evaluated twice, a third of the cost of every speed query.
-- This view computes them live; queries read the stored copy service_log_facts (below).
create or replace view service_logs_timed_live as
with timed as (
    select
        l.*,
        s.standard_minutes,
        case when l.completed_at is not null then
            working_minute_index(l.completed_at, cc.cum_minutes_before, cc.is_working, cc.open_minute, cc.close_minute)
            - working_minute_index(l.received_at, cr.cum_minutes_before, cr.is_working, cr.open_minute, cr.close_minute)
        end as working_minutes
    from service_logs l
    join services s on s.service_id = l.service_id
    left join calendar_days cr on cr.day = cast(l.received_at as date)
    left join calendar_days cc on cc.day = cast(l.completed_at as date)
)
select
    * exclude (standard_minutes, working_minutes),
    period_of(received_at) as period,
    date_diff('second', received_at, completed_at) / 3600.0 as elapsed_hours,
    working_minutes,
    standard_minutes,
    working_minutes <= standard_minutes as on_standard,  -- NULL while open or without a standard
    case when completed_at is not null and due_at is not null then completed_at <= due_at end as on_time
from timed;

-- Derived table: service_logs with their working times, stored in order of receipt, so a speed
-- query reads a few narrow columns of the months it asks for instead of joining the calendar twice
-- per row (2-3x faster at 10 million logs). Kept in step by dashboard.store.refresh_facts, which the
-- importer (the imported rows; everything when a service's standard changed), the demo builder and
-- the calendar writer call, and which the dashboard runs on open when the counts disagree (a store
-- written by another tool). Never written by hand; `service_logs` stays the source of truth.
create table if not exists service_log_facts as
select * from service_logs_timed_live order by received_at;

create or replace view service_logs_timed as
select * from service_log_facts;

-- Derived table: service logs counted per month received, unit, service, channel and status, for
-- the questions that need counts only (months with data, completeness, monthly on-standard share
-- per unit): about 40.000 rows at 10 million logs. Rebuilt whole by refresh_facts (0,3 s at 10M).
create or replace view log_months_live as
select
    date_trunc('month', received_at)::date as month,
    unit_id,
    service_id,
    channel,
    status,
    count(*) as requests,
    count(*) filter (where completed_at is null) as not_completed,
    count(*) filter (where handled_by is null) as no_handler,
    count(*) filter (where due_at is null) as no_due,
    count(on_standard) as n_with_standard,
    count(*) filter (where on_standard) as on_standard,
    count(*) filter (where rework_count > 0) as with_rework
from service_log_facts
group by all;

create table if not exists log_months as
select * from log_months_live;

-- Derived table: look-alike requests (same service, unit and time received, different request
-- numbers), one row per such key, for the data-quality page: finding them needs a grouping of
-- every log (about 1 s at 10 million logs), so refresh_facts keeps this list in step instead.
create or replace view log_duplicate_keys_live as
select service_id, unit_id, received_at, count(*) as requests
from service_logs
group by all
having count(*) > 1;

create table if not exists log_duplicate_keys as
select * from log_duplicate_keys_live;

-- The completed requests (status selesai) the speed filters select: received in [date_from, date_to),
-- of one unit (NULL = all), of the listed services (NULL or empty = all) and one channel (NULL = all),
-- with their times. Expanded in place, so DuckDB plans it exactly as the filter written out.
create or replace macro completed_logs(date_from, date_to, unit, services, chan) as table
select *
from service_logs_timed
where received_at >= date_from and received_at < date_to
  and status = 'selesai'
  and (unit is null or unit_id = unit)
  and (coalesce(len(services), 0) = 0 or list_contains(services, service_id))
  and (chan is null or channel = chan);

-- "Now" for the open backlog: the latest time recorded in service_logs (ts), so a store loaded some
-- days ago still ages correctly, with its working-minute index (idx) to subtract a receipt's from.
create or replace macro logs_as_of() as table
with as_of as (
    select max(greatest(received_at, coalesce(completed_at, received_at))) as ts
    from service_logs
)
select
    a.ts,
    working_minute_index(a.ts, c.cum_minutes_before, c.is_working, c.open_minute, c.close_minute) as idx
from as_of a
join calendar_days c on c.day = cast(a.ts as date);

-- The organisation a unit belongs to in semester p, for the kurva distribusi (SE MenPANRB 03/2023):
-- the nearest of the unit, its parent and its grandparent rated in org_ratings for p, with that
-- rating; a unit with no rating up to two levels up is its own organisation (org_predikat NULL).
create or replace macro unit_organisation(p) as table
select
    u.unit_id,
    u.parent_id,
    case when r0.predikat is not null then u.unit_id
         when r1.predikat is not null then p1.unit_id
         when r2.predikat is not null then p1.parent_id
         else u.unit_id end as org_unit_id,
    coalesce(r0.predikat, r1.predikat, r2.predikat) as org_predikat
from units u
left join units p1 on p1.unit_id = u.parent_id
left join org_ratings r0 on r0.unit_id = u.unit_id and r0.period = p
left join org_ratings r1 on r1.unit_id = p1.unit_id and r1.period = p
left join org_ratings r2 on r2.unit_id = p1.parent_id and r2.period = p;

create or replace view skp_capaian as
select
    t.*,
    capaian_aspek(t.aspect, t.target_value, t.realization_value) as capaian
from skp_targets t;

create or replace view skp_indicator_scores as
select nip, period, indicator, avg(capaian) as capaian, count(*) as aspects
from skp_capaian
group by all;

create or replace view skp_scores as
select
    nip,
    period,
    count(*) as indicators,
    avg(capaian) as skp_score,
    kategori_capaian(avg(capaian)) as kategori
from skp_indicator_scores
group by all;

create or replace view appraisal_predikat as
select
    a.nip,
    a.period,
    a.rating_results,
    a.rating_behaviour,
    predikat_kinerja(a.rating_results, a.rating_behaviour) as predikat,
    a.predikat_recorded,
    a.appraiser_nip,
    a.feedback,
    a.recommendation,
    a.appraised_on
from appraisals a;

create or replace view ikm_by_unit_period as
with nrr as (
    select
        unit_id,
        period_of(responded_on) as period,
        count(*) as respondents,
        avg(u1) as nrr_u1, avg(u2) as nrr_u2, avg(u3) as nrr_u3,
        avg(u4) as nrr_u4, avg(u5) as nrr_u5, avg(u6) as nrr_u6,
        avg(u7) as nrr_u7, avg(u8) as nrr_u8, avg(u9) as nrr_u9
    from survey_responses
    group by all
)
select
    *,
    nilai_ikm(nrr_u1, nrr_u2, nrr_u3, nrr_u4, nrr_u5, nrr_u6, nrr_u7, nrr_u8, nrr_u9) as ikm,
    mutu_ikm(nilai_ikm(nrr_u1, nrr_u2, nrr_u3, nrr_u4, nrr_u5, nrr_u6, nrr_u7, nrr_u8, nrr_u9)) as mutu
from nrr;

-- ---------------------------------------------------------------- meeting follow-ups (issue 3)

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

-- ---------------------------------------------------------------- access control (issue 8)

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
    check (role <> 'lurah' or unit_id is not null),
    check (role <> 'pegawai' or nip is not null)
);

create table if not exists login_attempts (
    username     varchar not null,
    attempted_at timestamp not null,
    success      boolean not null
);

-- Append-only: the application only ever inserts here.
create sequence if not exists audit_seq;
create table if not exists audit_log (
    audit_id bigint primary key default nextval('audit_seq'),
    logged_at timestamp not null default current_timestamp,
    username varchar not null,
    role     varchar not null,
    action   varchar not null,
    target   varchar,
    detail   varchar
);

-- ---------------------------------------------------------------- import log

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

-- ---------------------------------------------------------------- tanggapan and penilaian diri (issue 10)

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
