-- title: Minimum IKM sample of a population (Panduan Evaluasi calculator)
-- description: The minimum number of respondents PermenPANRB 14/2017 asks for a population of service users (the Krejcie-Morgan table, macro sampel_minimum_ikm), and whether a typed number of respondents reaches it (below it the grade is only indicative).
-- params: $population BIGINT, $respondents BIGINT
-- grain: one row
-- columns: min_sample, indicative

select
    sampel_minimum_ikm($population) as min_sample,
    $respondents < coalesce(sampel_minimum_ikm($population), 0) as indicative
