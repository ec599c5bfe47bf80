"""The regulations' names, spelled once for Python: predikat, kategori, ratings, organisation predikat, aspects.

The store's rule macros and rule data are the source (data/schema/40_rule_macros.sql: predikat_list,
kategori_list, predikat_kinerja, kategori_capaian; data/schema/30_rule_data.sql: kurva_bounds);
tests/test_rule_names.py checks that these constants equal what they give, so a change to a macro
that is not made here fails there. Pages, charts, the importer and the guide import from here.
"""

from __future__ import annotations

#: Predikat kinerja pegawai, PermenPANRB 6/2022, best first (macro predikat_list, predikat_rank).
PREDIKAT = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang")
#: Column names the queries give each predikat count (camat_predikat_distribution), in PREDIKAT order.
PREDIKAT_COLUMNS = dict(
    zip(("sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"), PREDIKAT, strict=True)
)
#: Kategori of an SKP score, Perka BKN 1/2013, best first (macro kategori_list, kategori_capaian).
KATEGORI = ("Sangat Baik", "Baik", "Cukup", "Kurang", "Buruk")
#: A supervisor's rating of hasil kerja and of perilaku kerja (PermenPANRB 6/2022), best first.
RATINGS = ("di_atas", "sesuai", "di_bawah")
#: Predikat kinerja organisasi (SE MenPANRB 03/2023, table kurva_bounds), best first.
ORG_PREDIKAT = ("istimewa", "baik", "butuh_perbaikan", "kurang", "sangat_kurang")
#: Aspects of an SKP target (Perka BKN 1/2013).
ASPECTS = ("kuantitas", "kualitas", "waktu", "biaya")
