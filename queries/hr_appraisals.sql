-- title: Appraisals of one employee
-- description: Per semester the two ratings (hasil kerja, perilaku kerja), the predikat from the PermenPANRB 6/2022 matrix (view appraisal_predikat), the predikat recorded by the source system and whether the two disagree, the appraiser's name, feedback, recommendation and date.
-- params: $nip VARCHAR
-- grain: one row per appraised semester
-- columns: period, rating_results, rating_behaviour, predikat, predikat_recorded, predikat_disagrees, appraiser_nip, appraiser_name, appraiser_position, feedback, recommendation, appraised_on

select
    a.period,
    a.rating_results,
    a.rating_behaviour,
    a.predikat,
    a.predikat_recorded,
    a.predikat_recorded is not null and a.predikat_recorded <> a.predikat as predikat_disagrees,
    a.appraiser_nip,
    p.name as appraiser_name,
    p.position as appraiser_position,
    a.feedback,
    a.recommendation,
    a.appraised_on
from appraisal_predikat a
left join employees p on p.nip = a.appraiser_nip
where a.nip = $nip
order by a.period desc
