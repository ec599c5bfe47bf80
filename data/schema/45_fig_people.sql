-- Staff postings (penempatan, mutasi): which unit an employee was in over time, and the one rule
-- that attributes a past figure (appraisal, SKP, service handled) to the unit of that time.
-- Part of the store's schema: the files of data/schema/ are applied in name order at every open
-- (dashboard.core.store.apply_schema), after the pending migrations of data/migrations/.
-- Statements are idempotent: tables `create table if not exists` (a change to an existing table
-- needs a migration as well), views and macros `create or replace`.

-- One row per posting: from valid_from up to and including valid_to (NULL = still there). An import
-- of a transfer (mutasi) adds a posting; the importer closes the one before it on the eve of the
-- new one (dashboard.datamgmt.importer). employees.unit_id keeps the unit the employee was imported
-- with (DuckDB refuses to change it once other tables refer to the employee); the current unit is
-- employees_now.unit_id.
create table if not exists postings (
    nip        varchar not null references employees (nip),
    unit_id    varchar not null references units (unit_id),
    valid_from date not null,
    valid_to   date,
    primary key (nip, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);

-- Every employee's postings: the recorded ones, or, for an employee without any, one posting in
-- employees.unit_id from the TMT CPNS in the NIP (or an earlier start date) up to end_date.
-- A store made before postings existed therefore needs no migration: its employees read as one
-- posting each until a transfer is imported.
create or replace view employee_postings as
select nip, unit_id, valid_from, valid_to, 'recorded' as source
from postings
union all
select
    e.nip,
    e.unit_id,
    least(strptime(substr(e.nip, 9, 6) || '01', '%Y%m%d')::date,
          coalesce(e.start_date, strptime(substr(e.nip, 9, 6) || '01', '%Y%m%d')::date)) as valid_from,
    e.end_date as valid_to,
    'implied' as source
from employees e
anti join postings p on p.nip = e.nip;

-- The unit a semester's figures of an employee count for: the unit of their last posting that
-- overlaps the semester (after a transfer within the semester, the new unit; after leaving, the
-- last one). Appraisals, SKP scores and peer groups of a semester join this view on (nip, period).
create or replace view employee_period_units as
with semesters as (
    select period_of(d) as period, d::date as start_day, (d + interval 6 month)::date as end_day
    from range(
        (select make_date(year(min(valid_from)), 1, 1) from employee_postings)::timestamp,
        (select make_date(year(greatest(max(valid_from), max(valid_to), current_date)) + 2, 1, 1)
         from employee_postings)::timestamp,
        interval 6 month
    ) r(d)
)
select p.nip, s.period, arg_max(p.unit_id, p.valid_from) as unit_id
from employee_postings p
join semesters s on p.valid_from < s.end_day and (p.valid_to is null or p.valid_to >= s.start_day)
group by all;

-- Employees with their current unit (the unit of their latest posting) in unit_id.
create or replace view employees_now as
select e.* replace (coalesce(c.unit_id, e.unit_id) as unit_id)
from employees e
left join (
    select nip, arg_max(unit_id, valid_from) as unit_id from employee_postings group by nip
) c on c.nip = e.nip;

-- The length of a working day in minutes: the office hours of most working days in the calendar
-- (a shorter Friday does not change it). "1 hari kerja" in durations, chart marks and the
-- within-1-day shares means this many working minutes (480 for 08.00-16.00).
create or replace macro working_day_minutes() as (
    select coalesce(mode(close_minute - open_minute), 480) from calendar_days where is_working
);
