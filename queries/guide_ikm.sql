-- title: IKM of typed element scores (Panduan Evaluasi calculator)
-- description: The Indeks Kepuasan Masyarakat (PermenPANRB 14/2017) of nine typed element means (NRR u1..u9, each 1-4) by the store's macro nilai_ikm (25 x sum(NRR x 1/9), exact weight), its grade by mutu_ikm, and for contrast the value with the rounded weight 0.111.
-- params: $nrr DOUBLE[]
-- grain: one row
-- columns: ikm, mutu, ikm_rounded_weight

select
    nilai_ikm($nrr[1], $nrr[2], $nrr[3], $nrr[4], $nrr[5], $nrr[6], $nrr[7], $nrr[8], $nrr[9]) as ikm,
    mutu_ikm(nilai_ikm($nrr[1], $nrr[2], $nrr[3], $nrr[4], $nrr[5], $nrr[6], $nrr[7], $nrr[8], $nrr[9])) as mutu,
    25 * 0.111 * list_sum($nrr[1:9]) as ikm_rounded_weight
