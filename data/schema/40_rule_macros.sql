-- Rule macros: every regulation formula once, so queries, exports and outside DuckDB clients compute it alike.
-- Part of the store's schema: the files of data/schema/ are applied in name order at every open
-- (dashboard.core.store.apply_schema), after the pending migrations of data/migrations/.
-- Statements are idempotent: tables `create table if not exists` (a change to an existing table
-- needs a migration as well), views and macros `create or replace`.

-- Semester of a date or timestamp: '2025-S1' (Jan-Jun) or '2025-S2' (Jul-Dec).
create or replace macro period_of(ts) as
    cast(year(ts) as varchar) || '-S' || case when month(ts) <= 6 then '1' else '2' end;

create or replace macro period_start(p) as
    make_date(cast(substr(p, 1, 4) as integer), case when substr(p, 7, 1) = '1' then 1 else 7 end, 1);

create or replace macro period_end(p) as
    period_start(p) + interval 6 month;

-- The semester before p: '2025-S1' before '2025-S2', '2024-S2' before '2025-S1'.
create or replace macro previous_period(p) as
    period_of(period_start(p) - interval 6 month);

-- Efisiensi of a waktu or biaya aspect, Perka BKN 1/2013: 100 - realisasi/target x 100, rounded to
-- the two decimals it is published with, for the branch test below, so it compares what a reader
-- sees (in binary floating point 1,14 of 1,5 gives 24,000000000000014 and took the wrong branch).
create or replace macro efisiensi_aspek(target, realization) as
    round(100 - realization / target * 100, 2);

-- Capaian of one SKP aspect, Perka BKN 1/2013. kuantitas, kualitas: realisasi/target x 100.
-- waktu, biaya: the branch by the published efisiensi (macro efisiensi_aspek); with the exact
-- efisiensi e, e <= 24 gives (1,76 target - realisasi)/target x 100 = 76 + e, e > 24 gives
-- 76 - (that - 100) = 100 - e (written this way, a realisation equal to its target gives exactly 76,
-- where (1,76 x 12 - 12)/12 x 100 gave 75,99999999999999). 0 when realisasi is missing or 0.
-- Floored at 0: a very late realisation (e below -76) would otherwise score below a missing one.
create or replace macro capaian_aspek(aspect, target, realization) as
    case
        when realization is null or realization = 0 then 0.0
        when aspect in ('kuantitas', 'kualitas') then realization / target * 100
        when aspect in ('waktu', 'biaya') then
            case
                when efisiensi_aspek(target, realization) <= 24
                    then greatest(76 + (100 - realization / target * 100), 0)
                else realization / target * 100
            end
    end;

-- The SKP metrics computed from service logs that measure a processing time (lower is better).
create or replace macro is_time_metric(metric) as
    coalesce(metric = 'median_jam_kerja', false);

-- Capaian of a processing-time indicator (a target linked to a time metric of the logs, such as the
-- median working hours per request). The second branch of Perka BKN 1/2013 (efisiensi > 24) is
-- meant for badly planned time allowances; applied to a median processing time it would punish
-- speed. Rule chosen: on target scores 76 as in the regulation, faster adds the efisiensi up to
-- 100 (reached at 24 % faster) and never drops again, slower subtracts it, floored at 0; a missing
-- realisation scores 0, a realisation of 0 hours is the fastest possible (100).
create or replace macro capaian_waktu_proses(target, realization) as
    case
        when realization is null then 0.0
        else least(greatest(76 + (100 - realization / target * 100), 0), 100)
    end;

-- Capaian of one SKP target: the time-KPI rule for targets linked to a time metric of the logs,
-- capaian_aspek otherwise. Views and calculators use this one.
create or replace macro capaian_target(aspect, target, realization, source_metric) as
    case
        when is_time_metric(source_metric) then capaian_waktu_proses(target, realization)
        else capaian_aspek(aspect, target, realization)
    end;

-- Band of an SKP score, applied to the published (two-decimal) score, so a page never shows
-- "91,00 (Baik)" or "76,00 (Cukup)".
create or replace macro kategori_capaian(score) as
    case
        when score is null then null
        when round(score, 2) >= 91 then 'Sangat Baik'
        when round(score, 2) >= 76 then 'Baik'
        when round(score, 2) >= 61 then 'Cukup'
        when round(score, 2) >= 51 then 'Kurang'
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

-- Every rule of the kurva distribusi (SE MenPANRB 03/2023) per organisation predikat: the bounds of
-- kurva_bounds (kind 'bound') and, where no bound already asks for at least half, the majority the
-- circular calls "sebagian besar" at the organisation's own predikat (kind 'majority', bound_no 0,
-- met when MORE than half of the employees have that predikat).
create or replace macro kurva_rules() as table
select org_predikat, bound_no, 'bound' as kind, predikat_set, min_share, max_share, need_some
from kurva_bounds
union all
select m.org_predikat, 0, 'majority', [m.predikat], 0.5, null::double, false
from kurva_majority m
where not exists (
    select 1 from kurva_bounds k
    where k.org_predikat = m.org_predikat and k.predikat_set = [m.predikat] and k.min_share >= 0.5
);

-- Whether a kurva rule is not met by n_in_set of appraised employees (exact integer test for the
-- majority, a tolerance of 1e-9 on the shares of the bounds).
create or replace macro kurva_not_met(kind, n_in_set, appraised, min_share, max_share, need_some) as
    case
        when kind = 'majority' then 2 * n_in_set <= appraised
        else (max_share is not null and n_in_set / appraised > max_share + 1e-9)
             or (min_share is not null and n_in_set / appraised < min_share - 1e-9)
             or (need_some and n_in_set = 0)
    end;

-- The five predikat kinerja (PermenPANRB 6/2022) and the five kategori of an SKP score, best first:
-- the one list of their names (dashboard/core/rules.py spells them for Python; a test compares).
create or replace macro predikat_list() as
    ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct', 'Sangat Kurang'];

create or replace macro kategori_list() as
    ['Sangat Baik', 'Baik', 'Cukup', 'Kurang', 'Buruk'];

-- Order of predikat from best to worst, for sorting and colour scales.
create or replace macro predikat_rank(p) as
    nullif(list_position(predikat_list(), p), 0);

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

-- Minimum number of IKM respondents for a population of n service users, PermenPANRB 14/2017 (the
-- Krejcie-Morgan table: chi-square 3,841 for one degree of freedom at 95 %, P = 0,5, margin d = 0,05),
-- s = X2 N P (1 - P) / (d2 (N - 1) + X2 P (1 - P)), rounded as the table is (N 100 -> 80, 1.000 -> 278,
-- 10.000 -> 370, 1.000.000 -> 384). NULL without a population.
create or replace macro sampel_minimum_ikm(n) as
    case
        when n is null or n <= 0 then null
        else cast(round(3.841 * n * 0.25 / (0.0025 * (n - 1) + 3.841 * 0.25)) as bigint)
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
