-- title: The camat who signs reports
-- description: Name and NIP of the camat for the signature block: settings camat_name and camat_nip, else the employee whose position is 'Camat' in the kecamatan unit 33.74.09 (still in office, the latest start first).
-- params: (none)
-- grain: one row
-- columns: name, nip

with configured as (
    select
        max(value) filter (where key = 'camat_name') as name,
        max(value) filter (where key = 'camat_nip') as nip
    from settings
),

in_office as (
    select name, nip
    from employees_now
    where unit_id = '33.74.09' and lower(position) = 'camat'
    order by end_date is null desc, start_date desc nulls last
    limit 1
),

final as (
    select
        coalesce(c.name, o.name) as name,
        coalesce(c.nip, o.nip) as nip
    from configured c
    left join in_office o on true
)

select * from final
