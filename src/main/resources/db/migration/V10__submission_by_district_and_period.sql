-- Completeness asks, for each district and quarter, whether any file arrived (accepted, superseded or
-- rejected): without this index each question scanned every submission of every year.
create index submission_district_period_kind on submission (district_code, period_code, kind);
