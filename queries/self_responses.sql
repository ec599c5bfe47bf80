-- title: An employee's responses to their appraisals (tanggapan)
-- description: Every response the employee recorded: agree or objection, the reasons, the plan for the recommendation, when it was first written and last changed.
-- params: $nip VARCHAR
-- grain: one row per responded semester
-- columns: period, response, reasons, plan, created_at, updated_at

select period, response, reasons, plan, created_at, updated_at
from appraisal_responses
where nip = $nip
order by period desc
