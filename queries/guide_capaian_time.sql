-- title: Capaian of a processing-time indicator, by the time-KPI rule and by Perka BKN 1/2013 (Panduan Evaluasi)
-- description: For a typed target and realisation of a processing time (hours, as the metric median_jam_kerja): the efisiensi (macro efisiensi_aspek), the capaian the store gives a target linked to a processing-time metric (macro capaian_target with 'median_jam_kerja': 76 on target, plus the efisiensi up to 100, minus it down to 0 when slower) and, for contrast, the capaian of a waktu aspect by Perka BKN 1/2013 as written (macro capaian_aspek), which falls again above 24 % faster.
-- params: $time_target DOUBLE, $time_realization DOUBLE
-- grain: one row
-- columns: efisiensi, capaian_time_kpi, capaian_perka

select
    efisiensi_aspek($time_target, $time_realization) as efisiensi,
    capaian_target('waktu', $time_target, $time_realization, 'median_jam_kerja') as capaian_time_kpi,
    capaian_aspek('waktu', $time_target, $time_realization) as capaian_perka
