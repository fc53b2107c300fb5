-- Accepting a file in one round trip: lock the district's period, supersede the current file,
-- number the new version and insert it. Called once per accepted file by the ingest job.
create function accept_submission(p_kind text, p_name text, p_sha text, p_intake text, p_template text,
                                  p_district text, p_period text, p_path text, p_values int, p_warnings int,
                                  p_durable boolean) returns bigint
language plpgsql as $$
declare
    previous bigint;
    new_id bigint;
    next_version int;
begin
    if not p_durable then
        -- Safe because the ingest job commits durably before any file leaves the work folder.
        perform set_config('synchronous_commit', 'off', true);
    end if;
    perform pg_advisory_xact_lock(hashtext(p_district || '/' || p_period || '/' || p_kind));
    update submission set status = 'superseded'
    where district_code = p_district and period_code = p_period and kind = p_kind and status = 'accepted'
    returning id into previous;
    select coalesce(max(version), 0) + 1 into next_version from submission
    where district_code = p_district and period_code = p_period and kind = p_kind
      and status in ('accepted', 'superseded');
    insert into submission (kind, original_name, sha256, intake_name, template_version, district_code, period_code,
                            version, status, stored_path, value_count, error_count, warning_count, processed_at)
    values (p_kind, p_name, p_sha, p_intake, p_template, p_district, p_period, next_version, 'accepted', p_path,
            p_values, 0, p_warnings, now())
    returning id into new_id;
    if previous is not null then
        update submission set superseded_by = new_id where id = previous;
    end if;
    return new_id;
end
$$;
