-- Rule data of the kurva distribusi beyond its bounds (SE MenPANRB 03/2023).
-- Part of the store's schema: the files of data/schema/ are applied in name order at every open
-- (dashboard.core.store.apply_schema), after the pending migrations of data/migrations/.
-- Statements are idempotent: tables `create table if not exists` (a change to an existing table
-- needs a migration as well), views and macros `create or replace`.

-- The employee predikat that matches an organisation predikat. SE MenPANRB 03/2023 draws each curve
-- with "sebagian besar" (most, i.e. more than half) of the employees at the organisation's own
-- predikat; the bounds of kurva_bounds alone do not say so for Istimewa and Baik.
create table if not exists kurva_majority (
    org_predikat varchar primary key,
    predikat     varchar not null
);

insert or replace into kurva_majority values
    ('istimewa',        'Sangat Baik'),
    ('baik',            'Baik'),
    ('butuh_perbaikan', 'Butuh Perbaikan'),
    ('kurang',          'Kurang/Misconduct'),
    ('sangat_kurang',   'Sangat Kurang');
