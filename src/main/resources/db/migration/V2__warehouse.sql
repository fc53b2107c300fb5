-- The warehouse: territory, the indicator catalogue by reporting year, periods, submissions
-- with their values and findings, and the catalogue of generated reports.
-- Reference rows (territory, catalogue) are loaded by the Java migrations that follow.

-- Territory: nation -> region -> district (or city of regional rank), keyed by SOATO code.
create table territory (
    code         varchar(10) primary key,
    level        varchar(10) not null check (level in ('nation', 'region', 'district')),
    kind         varchar(20) not null check (kind in ('nation', 'republic', 'region', 'capital', 'district', 'city')),
    parent_code  varchar(10) references territory (code),
    name_cyrl    text not null,
    name_latn    text not null,
    name_ru      text not null,
    -- Latin, lower case, apostrophes folded: what any spelling of the name is matched against.
    match_key    text not null,
    check ((level = 'nation') = (parent_code is null))
);
create index territory_parent on territory (parent_code);
create index territory_match on territory (match_key);

-- The indicator catalogue is versioned by reporting year.
create table catalogue_year (
    year         int primary key,
    source       text not null,
    loaded_at    timestamptz not null default now()
);

create table measure (
    key          varchar(20) primary key,
    label_cyrl   text not null,
    label_latn   text not null,
    label_en     text not null,
    decimals     boolean not null
);

create table section (
    year         int not null references catalogue_year (year),
    code         varchar(5) not null,
    ordinal      int not null,
    label_cyrl   text not null,
    label_latn   text not null,
    label_en     text not null,
    primary key (year, code)
);

create table indicator (
    id           serial primary key,
    year         int not null references catalogue_year (year),
    code         varchar(20) not null,
    ordinal      int not null,
    seed_number  varchar(10),
    section_code varchar(5) not null,
    parent_id    int references indicator (id),
    -- How the rows whose parent this is relate to it: parts add up (complete) or may not exceed it (partial).
    breakdown    varchar(10) check (breakdown in ('complete', 'partial')),
    label_cyrl   text not null,
    label_latn   text not null,
    label_en     text not null,
    unit_seed    text,
    aggregation  varchar(5) not null check (aggregation in ('flow', 'stock')),
    periodicity  varchar(10) not null check (periodicity in ('quarterly', 'monthly', 'annual')),
    due_seed     text,
    plan_bearing boolean not null,
    qualitative  boolean not null,
    unique (year, code),
    unique (year, ordinal),
    foreign key (year, section_code) references section (year, code)
);

create table indicator_measure (
    indicator_id int not null references indicator (id),
    position     int not null,
    measure_key  varchar(20) not null references measure (key),
    primary key (indicator_id, measure_key),
    unique (indicator_id, position)
);

-- Periods use ISO-like codes: 2021 (year), 2021Q1 (quarter), 2021M01 (month).
create table period (
    code         varchar(8) primary key,
    type         varchar(7) not null check (type in ('year', 'quarter', 'month')),
    year         int not null,
    quarter      int check (quarter between 1 and 4),
    month        int check (month between 1 and 12),
    start_date   date not null,
    end_date     date not null,
    locked_at    timestamptz
);

insert into period (code, type, year, quarter, month, start_date, end_date)
select y::text, 'year', y, null::int, null::int, make_date(y, 1, 1), make_date(y, 12, 31)
from generate_series(2000, 2100) y
union all
select y || 'Q' || q, 'quarter', y, q, null::int, make_date(y, 3 * q - 2, 1),
       (make_date(y, 3 * q - 2, 1) + interval '3 months' - interval '1 day')::date
from generate_series(2000, 2100) y, generate_series(1, 4) q
union all
select y || 'M' || lpad(m::text, 2, '0'), 'month', y, (m + 2) / 3, m, make_date(y, m, 1),
       (make_date(y, m, 1) + interval '1 month' - interval '1 day')::date
from generate_series(2000, 2100) y, generate_series(1, 12) m;

-- One row per file received, whatever became of it.
create table submission (
    id              bigserial primary key,
    kind            varchar(6) not null check (kind in ('plan', 'return')),
    original_name   text not null,
    sha256          char(64) not null,
    district_code   varchar(10) references territory (code),
    period_code     varchar(8) references period (code),
    template_version text,
    -- 1, 2, ... for successive accepted files of one district, period and kind.
    version         int,
    status          varchar(10) not null check (status in ('received', 'accepted', 'rejected', 'superseded', 'duplicate')),
    duplicate_of    bigint references submission (id),
    superseded_by   bigint references submission (id),
    stored_path     text,
    value_count     int not null default 0,
    error_count     int not null default 0,
    warning_count   int not null default 0,
    received_at     timestamptz not null default now(),
    processed_at    timestamptz
);
-- The same bytes are loaded at most once; later copies are recorded as duplicates.
create unique index submission_sha256_once on submission (sha256) where status <> 'duplicate';
-- At most one current accepted file per district, period and kind.
create unique index submission_current on submission (district_code, period_code, kind) where status = 'accepted';

-- Values of returns. A blank cell has no row: "not reported" is never stored as zero.
create table data_value (
    submission_id bigint not null references submission (id),
    indicator_id  int not null references indicator (id),
    measure_key   varchar(20) not null references measure (key),
    value         numeric(18, 3) not null,
    primary key (submission_id, indicator_id, measure_key)
);

-- Qualitative rows of a return: done or not, with the district's note.
create table data_status (
    submission_id bigint not null references submission (id),
    indicator_id  int not null references indicator (id),
    done          boolean,
    note          text,
    primary key (submission_id, indicator_id)
);

create table plan_value (
    submission_id bigint not null references submission (id),
    indicator_id  int not null references indicator (id),
    measure_key   varchar(20) not null references measure (key),
    value         numeric(18, 3) not null,
    primary key (submission_id, indicator_id, measure_key)
);

create table validation_finding (
    id            bigserial primary key,
    submission_id bigint not null references submission (id),
    severity      varchar(7) not null check (severity in ('error', 'warning', 'info')),
    rule          varchar(60) not null,
    sheet         text,
    cell          varchar(12),
    value_seen    text,
    message_cyrl  text not null,
    message_latn  text not null,
    message_en    text not null
);
create index validation_finding_submission on validation_finding (submission_id);

create table consolidation_run (
    id            bigserial primary key,
    year          int not null,
    quarter       int,
    started_at    timestamptz not null default now(),
    finished_at   timestamptz
);

create table consolidation_run_submission (
    run_id        bigint not null references consolidation_run (id),
    submission_id bigint not null references submission (id),
    primary key (run_id, submission_id)
);

create table report (
    id                bigserial primary key,
    report_type       varchar(40) not null,
    period_code       varchar(8) not null references period (code),
    territory_code    varchar(10) not null references territory (code),
    script            varchar(4) not null check (script in ('cyrl', 'latn')),
    format            varchar(8) not null,
    path              text not null,
    size_bytes        bigint not null,
    sha256            char(64) not null,
    generated_at      timestamptz not null default now(),
    consolidation_run bigint references consolidation_run (id),
    unique (report_type, period_code, territory_code, script, format)
);
