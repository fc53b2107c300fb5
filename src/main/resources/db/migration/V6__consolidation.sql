-- Consolidated figures: district, region and nation totals per quarter and year to date,
-- recomputed whole for a year from the current (accepted) submissions by every consolidation run.
create table consolidated_value (
    run_id          bigint not null references consolidation_run (id),
    year            int not null,
    -- the quarter the figures run to: span 'quarter' is that quarter alone, 'ytd' the year up to it
    -- (the year itself is 'ytd' at quarter 4)
    quarter         int not null check (quarter between 1 and 4),
    span            varchar(7) not null check (span in ('quarter', 'ytd')),
    territory_code  varchar(10) not null references territory (code),
    indicator_id    int not null references indicator (id),
    measure_key     varchar(20) not null references measure (key),
    -- null when no district under this territory reported the figure: never a silent zero
    value           numeric(18, 3),
    reporting       int not null,
    expected        int not null,
    plan_value      numeric(18, 3),
    plan_reporting  int not null default 0,
    previous_value  numeric(18, 3),
    primary key (year, quarter, span, territory_code, indicator_id, measure_key)
);
create index consolidated_value_territory on consolidated_value (territory_code, year, quarter);

-- Returns expected, received and missing per region (and nation) and quarter, on time or late.
create table completeness (
    run_id          bigint not null references consolidation_run (id),
    year            int not null,
    quarter         int not null check (quarter between 1 and 4),
    territory_code  varchar(10) not null references territory (code),
    due_date        date not null,
    expected        int not null,
    received        int not null,
    accepted        int not null,
    rejected        int not null,
    missing         int not null,
    on_time         int not null,
    late            int not null,
    primary key (year, quarter, territory_code)
);

create index submission_period on submission (period_code, kind, status);
