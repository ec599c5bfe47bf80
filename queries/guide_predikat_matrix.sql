-- title: The predikat matrix (PermenPANRB 6/2022), from the rule macro
-- description: Every pair of supervisor ratings (hasil kerja x perilaku kerja) with the predikat the store's macro predikat_kinerja gives it, for the Panduan Evaluasi; rows di_atas, sesuai, di_bawah.
-- params: (none)
-- grain: one row per pair of ratings (9 rows)
-- columns: rating_results, rating_behaviour, row_no, column_no, predikat

with ratings as (
    select * from (values ('di_atas', 1), ('sesuai', 2), ('di_bawah', 3)) v(rating, position)
)

select
    r.rating as rating_results,
    b.rating as rating_behaviour,
    r.position as row_no,
    4 - b.position as column_no,
    predikat_kinerja(r.rating, b.rating) as predikat
from ratings r
cross join ratings b
order by row_no, column_no
