-- The name a file had in the work folder while it was processed: after a crash between the
-- commit and the move to the archive, the same file is recognised as already done (not a duplicate).
alter table submission add column intake_name text;
create index submission_intake on submission (intake_name);
create index submission_district_period on submission (district_code, period_code) where status = 'accepted';
