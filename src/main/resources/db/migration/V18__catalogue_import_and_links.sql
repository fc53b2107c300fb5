-- A year's table is imported by an administrator (jobs/catalogue import, or the admin page);
-- 2021's still comes from V4. Links say which row of the year before a row continues.

alter table catalogue_year add column imported_by text;

-- As written in the table's previous_code column: null = the row continues the previous year's
-- row of the same code, if there is one; '-' = no link (a new row, or one whose meaning changed);
-- 'A' = continues A (renumbered or moved); 'A|B' = A and B merged into this row. Two rows naming
-- the same A split it. Kept as written, so a year imported before its predecessor links once
-- that one arrives.
alter table indicator add column previous_code text;

-- One row per link: this year's indicator and a row of the year before that it continues.
create view indicator_link as
select i.id as indicator_id, i.year, i.code, p.id as previous_id, p.code as previous_code
from indicator i
join indicator p on p.year = i.year - 1
 and p.code = any (case when i.previous_code is null then array[i.code::text]
                        when i.previous_code = '-' then array[]::text[]
                        else string_to_array(i.previous_code, '|') end);

-- Per figure (indicator and measure) of a year whose previous year has a table: how it links.
-- 'same' (same code), 'renumbered' (one row, another code), 'merged' (several rows add up to it),
-- 'split' (its row is one of several that share one earlier row), 'new' (nothing to compare with).
create view figure_lineage as
with links as (
    select l.*, count(*) over (partition by l.previous_id) as sharing,
           count(*) over (partition by l.indicator_id) as sources
    from indicator_link l
)
select i.id as indicator_id, i.year, i.code, m.measure_key,
       case when not exists (select 1 from links l join indicator_measure pm
                             on pm.indicator_id = l.previous_id and pm.measure_key = m.measure_key
                             where l.indicator_id = i.id) then 'new'
            when (select max(l.sources) from links l where l.indicator_id = i.id) > 1 then 'merged'
            when (select max(l.sharing) from links l where l.indicator_id = i.id) > 1 then 'split'
            when (select min(l.previous_code) from links l where l.indicator_id = i.id) <> i.code then 'renumbered'
            else 'same' end as lineage
from indicator i
join indicator_measure m on m.indicator_id = i.id
where exists (select 1 from catalogue_year y where y.year = i.year - 1);
