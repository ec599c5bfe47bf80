-- title: Capaian of an SKP indicator, worked by the rule macros (Panduan Evaluasi)
-- description: For aspects typed into the guide's calculator (parallel lists of aspect, target, realisation): the efisiensi (waktu and biaya: 100 - realisasi/target x 100, rounded to two decimals by the macro efisiensi_aspek), which branch of the Perka BKN 1/2013 formula applies (efisiensi <= 24 or > 24), the capaian by the store's macro capaian_aspek, and the indicator's capaian (mean of its aspects) with its kategori (macro kategori_capaian).
-- params: $aspects VARCHAR[], $targets DOUBLE[], $realizations DOUBLE[]
-- grain: one row per aspect typed
-- columns: position, aspect, target, realization, efisiensi, capaian, branch, indicator_capaian, kategori

with typed as (
    select
        i as position,
        $aspects[i] as aspect,
        $targets[i] as target,
        $realizations[i] as realization
    from range(1, len($aspects) + 1) r(i)
),

worked as (
    select
        position,
        aspect,
        target,
        realization,
        case when aspect in ('waktu', 'biaya') and target <> 0 and realization is not null
            then efisiensi_aspek(target, realization) end as efisiensi,
        capaian_aspek(aspect, target, realization) as capaian
    from typed
),

final as (
    select
        *,
        case when efisiensi is null then null when efisiensi <= 24 then 'le24' else 'gt24' end as branch,
        avg(capaian) over () as indicator_capaian,
        kategori_capaian(avg(capaian) over ()) as kategori
    from worked
)

select * from final order by position
