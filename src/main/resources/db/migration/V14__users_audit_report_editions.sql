-- The service's users: who signs in, with which role, bound to which region, in which language.
create table app_user (
    id             bigserial primary key,
    -- kept in lower case: names are compared without regard to case
    username       varchar(64) not null unique check (username = lower(username) and username ~ '^[a-z0-9._-]{2,64}$'),
    password_hash  text not null,
    role           varchar(8) not null check (role in ('ADMIN', 'ANALYST', 'REGIONAL')),
    region_code    varchar(10) references territory (code),
    language       varchar(4) not null default 'latn' check (language in ('cyrl', 'latn', 'en')),
    enabled        boolean not null default true,
    created_at     timestamptz not null default now(),
    password_set_at timestamptz not null default now(),
    -- a regional user is bound to exactly one region; the others to none
    check ((role = 'REGIONAL') = (region_code is not null))
);

-- Every upload, download and refusal, and what administrators did: shown to administrators.
create table audit_event (
    id             bigserial primary key,
    at             timestamptz not null default now(),
    username       varchar(64),
    action         varchar(24) not null,
    target         text,
    outcome        varchar(16) not null,
    remote_address varchar(64)
);
create index audit_event_at on audit_event (at desc);

-- Report editions: a report made again from a newer consolidation run is a new edition; the
-- older ones stay downloadable. One current edition per type, period, territory, script, format.
do $$
declare
    name text;
begin
    select conname into name from pg_constraint where conrelid = 'report'::regclass and contype = 'u';
    execute format('alter table report drop constraint %I', name);
end $$;
alter table report add column current boolean not null default true;
create unique index report_current on report (report_type, period_code, territory_code, script, format) where current;
create index report_by_period on report (period_code, territory_code);
