-- title: An appraisal still waiting for the employee's response
-- description: The appraisal of $period for $nip when it exists and the employee has not responded yet (empty otherwise). The reminder e-mail says when the window closes; the lock rule is in dashboard/pegawai/selfservice.py.
-- params: $nip VARCHAR, $period VARCHAR
-- grain: at most one row
-- columns: nip, period, appraised_on

select a.nip, a.period, a.appraised_on
from appraisals a
where a.nip = $nip
  and a.period = $period
  and not exists (select 1 from appraisal_responses r where r.nip = a.nip and r.period = a.period)
