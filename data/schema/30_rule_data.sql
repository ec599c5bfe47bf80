-- Rule data: the regulations' tables (kurva distribusi bounds) and the SKP metrics computed from service logs.
-- Part of the store's schema: the files of data/schema/ are applied in name order at every open
-- (dashboard.core.store.apply_schema), after the pending migrations of data/migrations/.
-- Statements are idempotent: tables `create table if not exists` (a change to an existing table
-- needs a migration as well), views and macros `create or replace`.

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
    ('layanan_sesuai_standar', 'Jumlah permohonan selesai sesuai standar pelayanan',
        'Requests completed within the service standard', 'permohonan'),
    ('persen_sesuai_standar', 'Persentase permohonan selesai sesuai standar pelayanan',
        'Share of requests completed within the service standard', '%'),
    ('persen_tanpa_perbaikan', 'Persentase permohonan selesai tanpa perbaikan berkas',
        'Share of requests completed without rework', '%'),
    ('median_jam_kerja', 'Median waktu proses (jam kerja)', 'Median processing time (working hours)', 'jam');
