-- Indexes the service's pages need to answer fast with twenty years of runs and reports behind them.

-- The jobs page sums each listed execution's steps; Spring Batch's schema has no index on this key.
create index batch_step_execution_job on batch_step_execution (job_execution_id);
-- The last completed nightly chain (a metric): executions of the pipelineJob instances.
create index batch_job_execution_instance on batch_job_execution (job_instance_id);
-- The dashboard's newest national reports: the current editions of one territory in one script.
create index report_current_territory on report (territory_code, script) where current;
