-- title: The SKP figures of a semester against the previous one (camat_headline's SKP columns, without the service logs)
-- description: SKP scores count only for ASN with at least one realisation in the semester (not yet evaluated otherwise). Mean SKP score and kategori, ASN scored, ASN appraised and the share of each predikat, each ASN in the unit of their posting that semester (macro skp_headline, as in camat_headline). The first screen looks back through earlier semesters for the latest evaluated one with this query, so each look does not pay for the headline's service figures.
-- params: $period VARCHAR, $unit_id VARCHAR (NULL = the whole kecamatan)
-- grain: one row per period (the chosen semester first, then the previous one)
-- columns: period, mean_skp, kategori, employees_scored, appraised, sangat_baik_pct, baik_pct, butuh_perbaikan_pct, kurang_pct, sangat_kurang_pct

select period, mean_skp, kategori, employees_scored, appraised, sangat_baik_pct, baik_pct, butuh_perbaikan_pct,
       kurang_pct, sangat_kurang_pct
from skp_headline($period, $unit_id)
order by ord
