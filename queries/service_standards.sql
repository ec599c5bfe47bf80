-- title: Service standards
-- description: The service catalogue with its standard in working minutes and its fee.
-- params: (none)
-- grain: one row per service
-- columns: service_id, name, category, standard_minutes, fee

select service_id, name, category, standard_minutes, fee::double as fee
from services
order by category, name
