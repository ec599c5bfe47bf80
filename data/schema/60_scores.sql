-- Score views: SKP capaian and kategori, predikat, IKM per unit and semester.
-- Part of the store's schema: the files of data/schema/ are applied in name order at every open
-- (dashboard.core.store.apply_schema), after the pending migrations of data/migrations/.
-- Statements are idempotent: tables `create table if not exists` (a change to an existing table
-- needs a migration as well), views and macros `create or replace`.

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
