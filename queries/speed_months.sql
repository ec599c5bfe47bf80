-- title: Months with service requests
-- description: Every calendar month in which a request was received, oldest first, with its semester; the options of the period filter on Kecepatan Layanan.
-- params: (none)
-- grain: one row per month
-- columns: month, period

with months as (
    select distinct month from log_months
),

final as (
    select month, period_of(month) as period
    from months
    order by month
)

select * from final
