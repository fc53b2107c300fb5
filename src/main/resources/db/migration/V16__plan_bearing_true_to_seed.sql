-- Which 2021 rows bear an annual plan figure, as catalogue/2021.csv states it (the rule is in that file's header):
-- the quantitative rows of the seed's tables with a "2021 йил режа(си)" column, parts included, and no other row.
-- A database loaded by V4 from an earlier catalogue is brought to these flags; one loaded from the current
-- catalogue is left as it is, and running this again changes nothing. Stored plan figures are kept, whatever
-- their row: a plan value of a row without plan is not lost, only left out where plans meet returns.
with planned (code) as (
    select unnest(array['5.21', '5.22', '5.22.01', '5.23', '5.23.01', '5.23.02',
                        '8.1', '8.1.01', '8.1.02', '8.1.03', '8.1.04', '8.1.05', '8.1.06',
                        '10.2', '10.3', '10.4', '10.4.01', '10.4.02', '10.4.03', '10.4.04', '10.4.05', '10.4.06',
                        '10.4.07', '10.4.08', '10.4.09', '10.4.10', '10.4.11', '10.4.12', '10.4.13',
                        '10.5', '10.6', '10.7', '10.8', '10.9', '10.10', '10.11'])
)
update indicator i
set plan_bearing = i.code in (select code from planned)
where i.year = 2021
  and i.plan_bearing <> (i.code in (select code from planned));
