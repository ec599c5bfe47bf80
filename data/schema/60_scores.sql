-- Score views: SKP capaian and kategori, predikat, IKM per unit and semester.
-- Part of the store's schema: the files of data/schema/ are applied in name order at every open
-- (dashboard.core.store.apply_schema), after the pending migrations of data/migrations/.
-- Statements are idempotent: tables `create table if not exists` (a change to an existing table
-- needs a migration as well), views and macros `create or replace`.

-- Capaian of every SKP target (macro capaian_target: the time-KPI rule for targets linked to a
-- processing-time metric of the logs, Perka BKN 1/2013 otherwise).
create or replace view skp_capaian as
select
    t.*,
    capaian_target(t.aspect, t.target_value, t.realization_value, t.source_metric) as capaian
from skp_targets t;

create or replace view skp_indicator_scores as
select nip, period, indicator, avg(capaian) as capaian, count(*) as aspects, count(realization_value) as realised
from skp_capaian
group by all;

-- SKP score per employee and semester. evaluated is false while no realisation has been entered in
-- the semester; skp_score and kategori are then NULL (a semester nobody has realised yet is not
-- "Buruk"). Every figure that counts or averages SKP scores keeps only the evaluated rows (`where
-- evaluated`): this column is that rule's one definition. Outside DuckDB clients read this view.
create or replace view skp_scores as
select
    nip,
    period,
    count(*) as indicators,
    case when sum(realised) > 0 then avg(capaian) end as skp_score,
    case when sum(realised) > 0 then kategori_capaian(avg(capaian)) end as kategori,
    sum(realised) > 0 as evaluated
from skp_indicator_scores
group by all;

-- Mean SKP score per unit and semester of the ASN evaluated in it (at least one realisation entered),
-- each counted in the unit of their posting in that semester (employee_period_units).
create or replace view skp_unit_period as
select e.unit_id, s.period, avg(s.skp_score) as mean_skp, count(*) as employees_scored
from skp_scores s
join employee_period_units e on e.nip = s.nip and e.period = s.period
where s.evaluated
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

-- The SKP figures of a semester and of the one before it (one row each, the chosen one first, ord 1 and 2), for
-- the whole kecamatan (p_unit NULL) or one unit, each ASN counted in the unit of their posting that semester:
-- the mean SKP score of the evaluated ASN and its kategori, how many were scored, how many were appraised and
-- the share of each predikat among them. The headline's SKP part (query camat_headline), and alone the first
-- screen's look back for the latest evaluated semester (query camat_headline_skp), without the service logs.
create or replace macro skp_headline(p_period, p_unit) as table
with periods as (
    select p_period as period, 1 as ord
    union all
    select previous_period(p_period), 2
),

skp as (
    select s.period, avg(s.skp_score) as mean_skp, count(*) as employees_scored
    from skp_scores s
    join employee_period_units e on e.nip = s.nip and e.period = s.period
    where s.evaluated
      and s.period in (select period from periods)
      and (p_unit is null or e.unit_id = p_unit)
    group by s.period
),

predikat as (
    select
        a.period,
        count(*) as appraised,
        avg((a.predikat = 'Sangat Baik')::integer) * 100 as sangat_baik_pct,
        avg((a.predikat = 'Baik')::integer) * 100 as baik_pct,
        avg((a.predikat = 'Butuh Perbaikan')::integer) * 100 as butuh_perbaikan_pct,
        avg((a.predikat = 'Kurang/Misconduct')::integer) * 100 as kurang_pct,
        avg((a.predikat = 'Sangat Kurang')::integer) * 100 as sangat_kurang_pct
    from appraisal_predikat a
    join employee_period_units e on e.nip = a.nip and e.period = a.period
    where a.period in (select period from periods)
      and (p_unit is null or e.unit_id = p_unit)
    group by a.period
)

select
    p.period,
    p.ord,
    sk.mean_skp,
    kategori_capaian(sk.mean_skp) as kategori,
    coalesce(sk.employees_scored, 0) as employees_scored,
    coalesce(pr.appraised, 0) as appraised,
    pr.sangat_baik_pct,
    pr.baik_pct,
    pr.butuh_perbaikan_pct,
    pr.kurang_pct,
    pr.sangat_kurang_pct
from periods p
left join skp sk using (period)
left join predikat pr using (period);

-- IKM per unit and semester, with the population the sample is drawn from (requests the unit received
-- in the semester, from the derived table log_months), the minimum sample of PermenPANRB 14/2017
-- (macro sampel_minimum_ikm) and whether the grade is only indicative (fewer respondents than that).
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
),

population as (
    select unit_id, period_of(month) as period, sum(requests)::bigint as population
    from log_months
    group by all
)

select
    n.*,
    nilai_ikm(nrr_u1, nrr_u2, nrr_u3, nrr_u4, nrr_u5, nrr_u6, nrr_u7, nrr_u8, nrr_u9) as ikm,
    mutu_ikm(nilai_ikm(nrr_u1, nrr_u2, nrr_u3, nrr_u4, nrr_u5, nrr_u6, nrr_u7, nrr_u8, nrr_u9)) as mutu,
    p.population,
    sampel_minimum_ikm(p.population) as min_sample,
    n.respondents < coalesce(sampel_minimum_ikm(p.population), 0) as indicative
from nrr n
left join population p using (unit_id, period);

-- The requests behind the SKP realisations computed from service logs (table skp_source_metrics),
-- for every linked target of employee p_nip: the requests the employee handled that were completed
-- (status selesai) in the target's semester (counted when the work was done, not when it came in),
-- of the target's source_service_id. A target without a service counts the OTHER services: those
-- that no other target of the same employee, semester and metric names, so no request counts twice
-- for one metric. queries/skp_metric_realization.sql and queries/hr_evidence_requests.sql read this.
-- persen_sesuai_standar follows the rule of every on-standard share (macro standard_outcomes): a
-- request still open and already past its standard is a miss, for the officer who has it. A request
-- counts for it in the semester its outcome became known: one completed within the standard in the
-- semester completed; a miss (completed over the standard, or still open past it) in the semester it
-- went past the standard, and stays there when it is completed later, so an evaluated semester does
-- not change afterwards and keeping a late request open does not move its miss. An open request still
-- within its standard is not listed. meets_standard is the outcome (is_open: still open; working_minutes
-- so far, as of the end of the data).
create or replace macro skp_target_requests(p_nip) as table
with linked as (
    select target_id, nip, period, source_metric, source_service_id
    from skp_targets
    where nip = p_nip and source_metric is not null
),

named as (
    select distinct period, source_metric, source_service_id as service_id_named
    from linked
    where source_service_id is not null
),

handled as (
    select
        o.request_id,
        o.service_id,
        o.channel,
        o.received_at,
        o.completed_at,
        o.is_open,
        o.working_minutes,
        o.standard_minutes,
        o.meets_standard,
        o.rework_count
    from standard_outcomes(timestamp '-infinity', timestamp 'infinity', null, [], null) o
    where o.handled_by = p_nip
),

-- each semester from a miss's receipt to its end (completion, or the end of the data while open)
miss_semesters as (
    select
        h.request_id,
        h.received_at,
        h.standard_minutes,
        coalesce(h.completed_at, a.ts) as ended_at,
        unnest(generate_series(period_start(period_of(h.received_at)), coalesce(h.completed_at, a.ts)::date,
                               interval 6 month)) as semester_start
    from handled h
    cross join logs_as_of() a
    where not h.meets_standard
),

-- the first of them by whose end (or the request's end, when earlier) it was already past its standard
missed as (
    select m.request_id, min(period_of(m.semester_start)) as missed_in
    from miss_semesters m
    join calendar_days cr on cr.day = cast(m.received_at as date)
    join calendar_days ce on ce.day = cast(least(m.semester_start + interval 6 month, m.ended_at) as date)
    where not outcome_against_standard(
        working_minute_index(least(m.semester_start + interval 6 month, m.ended_at), ce.cum_minutes_before,
                             ce.is_working, ce.open_minute, ce.close_minute)
        - working_minute_index(m.received_at, cr.cum_minutes_before, cr.is_working, cr.open_minute,
                               cr.close_minute),
        m.standard_minutes,
        true
    )
    group by m.request_id
),

counted as (
    select h.*, period_of(h.completed_at) as completed_in, m.missed_in
    from handled h
    left join missed m using (request_id)
)

select
    t.target_id,
    t.period,
    l.request_id,
    l.service_id,
    l.channel,
    l.received_at,
    l.completed_at,
    l.is_open,
    l.working_minutes,
    l.standard_minutes,
    l.meets_standard,
    l.rework_count
from linked t
join counted l
    on t.period = case when t.source_metric = 'persen_sesuai_standar' then coalesce(l.missed_in, l.completed_in)
                       else l.completed_in end
where (t.source_service_id is not null and l.service_id = t.source_service_id)
   or (t.source_service_id is null and not exists (
        select 1 from named n
        where n.period = t.period and n.source_metric = t.source_metric and n.service_id_named = l.service_id
   ));
