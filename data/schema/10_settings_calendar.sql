-- Settings and the working-day calendar.
-- Part of the store's schema: the files of data/schema/ are applied in name order at every open
-- (dashboard.core.store.apply_schema), after the pending migrations of data/migrations/.
-- Statements are idempotent: tables `create table if not exists` (a change to an existing table
-- needs a migration as well), views and macros `create or replace`.

create table if not exists settings (
    key   varchar primary key,
    value varchar not null
);

-- One row per day. cum_minutes_before = working minutes from the calendar's first day up
-- to this day's midnight, so working time between two instants is a difference of two
-- lookups (no per-row loop).
create table if not exists calendar_days (
    day                date primary key,
    is_working         boolean not null,
    holiday_name       varchar,
    holiday_kind       varchar check (holiday_kind in ('public', 'cuti_bersama')),
    open_minute        integer not null check (open_minute between 0 and 1440),
    close_minute       integer not null check (close_minute between 0 and 1440),
    cum_minutes_before bigint not null,
    check (close_minute >= open_minute)
);
