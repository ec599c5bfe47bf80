-- Working time and the derived tables (each defined once as a *_live view; kept in step by dashboard.core.store.refresh_facts).
-- Part of the store's schema: the files of data/schema/ are applied in name order at every open
-- (dashboard.core.store.apply_schema), after the pending migrations of data/migrations/.
-- Statements are idempotent: tables `create table if not exists` (a change to an existing table
-- needs a migration as well), views and macros `create or replace`.

-- Working minutes are computed once per row (a CTE), then compared with the standard: the
-- expression written twice was evaluated twice, a third of the cost of every speed query.
-- This view computes them live; queries read the stored copy service_log_facts (below).
create or replace view service_logs_timed_live as
with timed as (
    select
        l.*,
        s.standard_minutes,
        case when l.completed_at is not null then
            working_minute_index(l.completed_at, cc.cum_minutes_before, cc.is_working, cc.open_minute, cc.close_minute)
            - working_minute_index(l.received_at, cr.cum_minutes_before, cr.is_working, cr.open_minute, cr.close_minute)
        end as working_minutes
    from service_logs l
    join services s on s.service_id = l.service_id
    left join calendar_days cr on cr.day = cast(l.received_at as date)
    left join calendar_days cc on cc.day = cast(l.completed_at as date)
)
select
    * exclude (standard_minutes, working_minutes),
    period_of(received_at) as period,
    date_diff('second', received_at, completed_at) / 3600.0 as elapsed_hours,
    working_minutes,
    standard_minutes,
    working_minutes <= standard_minutes as on_standard,  -- NULL while open or without a standard
    case when completed_at is not null and due_at is not null then completed_at <= due_at end as on_time
from timed;

-- Derived table: service_logs with their working times, stored in order of receipt, so a speed
-- query reads a few narrow columns of the months it asks for instead of joining the calendar twice
-- per row (2-3x faster at 10 million logs). Kept in step by dashboard.store.refresh_facts, which the
-- importer (the imported rows; everything when a service's standard changed), the demo builder and
-- the calendar writer call, and which the dashboard runs on open when the counts disagree (a store
-- written by another tool). Never written by hand; `service_logs` stays the source of truth.
create table if not exists service_log_facts as
select * from service_logs_timed_live order by received_at;

create or replace view service_logs_timed as
select * from service_log_facts;

-- Derived table: service logs counted per month received, unit, service, channel and status, for
-- the questions that need counts only (months with data, completeness, monthly on-standard share
-- per unit): about 40.000 rows at 10 million logs. Rebuilt whole by refresh_facts (0,3 s at 10M).
create or replace view log_months_live as
select
    date_trunc('month', received_at)::date as month,
    unit_id,
    service_id,
    channel,
    status,
    count(*) as requests,
    count(*) filter (where completed_at is null) as not_completed,
    count(*) filter (where handled_by is null) as no_handler,
    count(*) filter (where due_at is null) as no_due,
    count(on_standard) as n_with_standard,
    count(*) filter (where on_standard) as on_standard,
    count(*) filter (where rework_count > 0) as with_rework
from service_log_facts
group by all;

create table if not exists log_months as
select * from log_months_live;

-- Derived table: look-alike requests (same service, unit and time received, different request
-- numbers), one row per such key, for the data-quality page: finding them needs a grouping of
-- every log (about 1 s at 10 million logs), so refresh_facts keeps this list in step instead.
create or replace view log_duplicate_keys_live as
select service_id, unit_id, received_at, count(*) as requests
from service_logs
group by all
having count(*) > 1;

create table if not exists log_duplicate_keys as
select * from log_duplicate_keys_live;

-- The completed requests (status selesai) the speed filters select: received in [date_from, date_to),
-- of one unit (NULL = all), of the listed services (NULL or empty = all) and one channel (NULL = all),
-- with their times. Expanded in place, so DuckDB plans it exactly as the filter written out.
create or replace macro completed_logs(date_from, date_to, unit, services, chan) as table
select *
from service_logs_timed
where received_at >= date_from and received_at < date_to
  and status = 'selesai'
  and (unit is null or unit_id = unit)
  and (coalesce(len(services), 0) = 0 or list_contains(services, service_id))
  and (chan is null or channel = chan);

-- "Now" for the open backlog: the latest time recorded in service_logs (ts), so a store loaded some
-- days ago still ages correctly, with its working-minute index (idx) to subtract a receipt's from.
create or replace macro logs_as_of() as table
with as_of as (
    select max(greatest(received_at, coalesce(completed_at, received_at))) as ts
    from service_logs
)
select
    a.ts,
    working_minute_index(a.ts, c.cum_minutes_before, c.is_working, c.open_minute, c.close_minute) as idx
from as_of a
join calendar_days c on c.day = cast(a.ts as date);

-- The organisation a unit belongs to in semester p, for the kurva distribusi (SE MenPANRB 03/2023):
-- the nearest of the unit, its parent and its grandparent rated in org_ratings for p, with that
-- rating; a unit with no rating up to two levels up is its own organisation (org_predikat NULL).
create or replace macro unit_organisation(p) as table
select
    u.unit_id,
    u.parent_id,
    case when r0.predikat is not null then u.unit_id
         when r1.predikat is not null then p1.unit_id
         when r2.predikat is not null then p1.parent_id
         else u.unit_id end as org_unit_id,
    coalesce(r0.predikat, r1.predikat, r2.predikat) as org_predikat
from units u
left join units p1 on p1.unit_id = u.parent_id
left join org_ratings r0 on r0.unit_id = u.unit_id and r0.period = p
left join org_ratings r1 on r1.unit_id = p1.unit_id and r1.period = p
left join org_ratings r2 on r2.unit_id = p1.parent_id and r2.period = p;
