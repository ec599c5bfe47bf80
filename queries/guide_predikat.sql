-- title: Predikat of one pair of ratings (Panduan Evaluasi calculator)
-- description: The predikat the store's macro predikat_kinerja gives a rating of hasil kerja and of perilaku kerja.
-- params: $rating_results VARCHAR, $rating_behaviour VARCHAR
-- grain: one row
-- columns: predikat

select predikat_kinerja($rating_results, $rating_behaviour) as predikat
