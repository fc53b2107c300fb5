-- Fulfilment like for like: the plan of the districts that sent a plan was compared with the figure of
-- every district that reported, so a nation where 22 districts reported and 13 planned printed 137 %.
-- matched_* are the figure and the plan summed over the districts that have both for the key, and
-- how many they are (the plan coverage); fulfilment is matched_value / matched_plan. plan_value and
-- plan_reporting stay the plan of every district that sent one.
alter table consolidated_value add column matched_value numeric(18, 3);
alter table consolidated_value add column matched_plan numeric(18, 3);
alter table consolidated_value add column matched_reporting int not null default 0;
-- A stock's year to date is each district's latest reported quarter: carried counts the districts
-- whose value came from a quarter before the one the row runs to (always 0 for flows and quarters).
alter table consolidated_value add column carried int not null default 0;
comment on column consolidated_value.matched_value is 'the figure summed over the districts that have both a figure and a plan (ytd only)';
comment on column consolidated_value.matched_plan is 'the plan summed over the districts that have both a figure and a plan (ytd only)';
comment on column consolidated_value.matched_reporting is 'how many districts have both a figure and a plan: the plan coverage of the fulfilment';
comment on column consolidated_value.carried is 'stocks, year to date: districts whose value is from an earlier quarter than the row''s';
