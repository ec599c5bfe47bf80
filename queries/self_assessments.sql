-- title: An employee's self-assessments beside the supervisor's ratings
-- description: Every self-assessment of the employee (hasil kerja, perilaku kerja, the seven BerAKHLAK values, note), with the supervisor's two ratings of the same semester when the appraisal exists, the predikat each pair gives by the matrix (macro predikat_kinerja), and whether self and supervisor differ on either rating.
-- params: $nip VARCHAR
-- grain: one row per self-assessed semester
-- columns: period, rating_results, rating_behaviour, berorientasi_pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif, note, created_at, updated_at, self_predikat, supervisor_results, supervisor_behaviour, supervisor_predikat, differs

select
    s.period,
    s.rating_results,
    s.rating_behaviour,
    s.berorientasi_pelayanan,
    s.akuntabel,
    s.kompeten,
    s.harmonis,
    s.loyal,
    s.adaptif,
    s.kolaboratif,
    s.note,
    s.created_at,
    s.updated_at,
    predikat_kinerja(s.rating_results, s.rating_behaviour) as self_predikat,
    a.rating_results as supervisor_results,
    a.rating_behaviour as supervisor_behaviour,
    a.predikat as supervisor_predikat,
    a.nip is not null
    and (a.rating_results <> s.rating_results or a.rating_behaviour <> s.rating_behaviour) as differs
from self_assessments s
left join appraisal_predikat a on a.nip = s.nip and a.period = s.period
where s.nip = $nip
order by s.period desc
