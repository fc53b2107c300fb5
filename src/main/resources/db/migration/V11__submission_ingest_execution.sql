-- The ingestJob execution that last processed each file: what a run's table of files is read
-- back from (results travel through the warehouse, not through the process that ran the job).
alter table submission add column ingest_execution bigint;
create index submission_ingest_execution on submission (ingest_execution) where ingest_execution is not null;
