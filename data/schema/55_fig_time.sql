-- Standard outcomes, open requests and windows that reach the end of the data.
-- Part of the store's schema: the files of data/schema/ are applied in name order at every open
-- (dashboard.core.store.apply_schema), after the pending migrations of data/migrations/.
-- Depends on 50_working_time.sql (service_logs_timed, logs_as_of). Views and macros only.

-- The outcome of one request against its service standard (working minutes): true within, false over;
-- for an open request, whose time is still running, false once its working minutes so far are past the
-- standard (a known miss) and NULL before (not yet known); NULL without a standard.
create or replace macro outcome_against_standard(working_minutes, standard_minutes, is_open) as
    case
        when standard_minutes is null or working_minutes is null then null
        when not is_open then working_minutes <= standard_minutes
        when working_minutes > standard_minutes then false
    end;

-- Every request that counts in a "sesuai standar" share (Permenpan RB 15/2014: the standard is
-- a promise from receipt), received in [date_from, date_to), of one unit (NULL = all), of the listed
-- services (NULL or empty = all) and one channel (NULL = all), with its outcome against the standard:
--   meets_standard true   completed within the standard
--   meets_standard false  completed over the standard, or still open (status proses) and already
--                         past its standard as of the end of the data (logs_as_of): a known miss
--   meets_standard NULL   still open and within its standard so far (not yet known), or a service
--                         without a standard
-- A share is 100 * avg(meets_standard::integer) over count(meets_standard) requests: leaving the
-- open misses out would count only the requests that were done, and flatter a slow unit.
-- Rejected and withdrawn requests (ditolak, batal) have no outcome and are not listed.
-- Each row also names the request, its handler (handled_by: an open request counts for the officer
-- who has it), when it was completed (NULL while open), its working minutes (to completion, or so
-- far as of logs_as_of while open) and its rework count.
create or replace macro standard_outcomes(date_from, date_to, unit, services, chan) as table
with as_of as (
    select * from logs_as_of()
),

completed as (
    select
        request_id,
        service_id,
        unit_id,
        handled_by,
        channel,
        received_at,
        completed_at,
        false as is_open,
        working_minutes,
        standard_minutes,
        rework_count,
        outcome_against_standard(working_minutes, standard_minutes, false) as meets_standard
    from service_logs_timed
    where received_at >= date_from and received_at < date_to
      and status = 'selesai'
      and (unit is null or unit_id = unit)
      and (coalesce(len(services), 0) = 0 or list_contains(services, service_id))
      and (chan is null or channel = chan)
),

still_open as (
    select
        l.request_id,
        l.service_id,
        l.unit_id,
        l.handled_by,
        l.channel,
        l.received_at,
        l.completed_at,
        true as is_open,
        a.idx - working_minute_index(l.received_at, c.cum_minutes_before, c.is_working, c.open_minute,
                                     c.close_minute) as working_minutes,
        l.standard_minutes,
        l.rework_count
    from service_logs_timed l
    join calendar_days c on c.day = cast(l.received_at as date)
    cross join as_of a
    where l.received_at >= date_from and l.received_at < date_to
      and l.status = 'proses'
      and (unit is null or l.unit_id = unit)
      and (coalesce(len(services), 0) = 0 or list_contains(services, l.service_id))
      and (chan is null or l.channel = chan)
)

select * from completed
union all
select *, outcome_against_standard(working_minutes, standard_minutes, true) as meets_standard from still_open;
