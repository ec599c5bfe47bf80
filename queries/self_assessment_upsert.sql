-- title: Record an employee's self-assessment (penilaian diri)
-- description: Inserts or replaces the employee's own rating of hasil kerja and perilaku kerja for one semester, with the seven BerAKHLAK values (each 'di_atas', 'sesuai', 'di_bawah') and a note. Keeps created_at, sets updated_at. The lock rule (dashboard/selfservice.py) is checked before this runs. Run through data.transaction with the audit entry.
-- params: $nip VARCHAR, $period VARCHAR, $rating_results VARCHAR, $rating_behaviour VARCHAR, $berorientasi_pelayanan VARCHAR, $akuntabel VARCHAR, $kompeten VARCHAR, $harmonis VARCHAR, $loyal VARCHAR, $adaptif VARCHAR, $kolaboratif VARCHAR, $note VARCHAR, $changed_at TIMESTAMP
-- grain: one row (the key written)
-- columns: nip, period

insert into self_assessments (
    nip, period, rating_results, rating_behaviour, berorientasi_pelayanan, akuntabel, kompeten, harmonis, loyal,
    adaptif, kolaboratif, note, created_at, updated_at
)
values (
    $nip, $period, $rating_results, $rating_behaviour, $berorientasi_pelayanan, $akuntabel, $kompeten, $harmonis,
    $loyal, $adaptif, $kolaboratif, $note, $changed_at, $changed_at
)
on conflict (nip, period) do update set
    rating_results = excluded.rating_results,
    rating_behaviour = excluded.rating_behaviour,
    berorientasi_pelayanan = excluded.berorientasi_pelayanan,
    akuntabel = excluded.akuntabel,
    kompeten = excluded.kompeten,
    harmonis = excluded.harmonis,
    loyal = excluded.loyal,
    adaptif = excluded.adaptif,
    kolaboratif = excluded.kolaboratif,
    note = excluded.note,
    updated_at = excluded.updated_at
returning nip, period
