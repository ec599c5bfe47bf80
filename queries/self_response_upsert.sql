-- title: Record an employee's response to an appraisal (tanggapan)
-- description: Inserts or replaces the employee's response to the appraisal of one semester: 'setuju' (agree) or 'keberatan' (objection, with reasons), and their plan for the recommendation. Keeps created_at, sets updated_at. The lock rule (dashboard/selfservice.py) is checked before this runs. Run through data.transaction with the audit entry.
-- params: $nip VARCHAR, $period VARCHAR, $response VARCHAR, $reasons VARCHAR, $plan VARCHAR, $changed_at TIMESTAMP
-- grain: one row (the key written)
-- columns: nip, period

insert into appraisal_responses (nip, period, response, reasons, plan, created_at, updated_at)
values ($nip, $period, $response, $reasons, $plan, $changed_at, $changed_at)
on conflict (nip, period) do update set
    response = excluded.response,
    reasons = excluded.reasons,
    plan = excluded.plan,
    updated_at = excluded.updated_at
returning nip, period
